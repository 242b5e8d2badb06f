"""County sites that city and provincial portals link and the seed list lacks.

A city's portal links its counties' sites (a 县区 menu, a `<select>` of 县区政府网站, a 网站群
page). `units_of` and `unit_named` match such a link to a county-level unit of the portal's
city or province by its text (平遥县, 平遥县人民政府, 平遥); `SiteFinder` does it during the
report crawl for every page of a portal, and returns a `Seed` for each county whose site is on
another host than any seed's, once. The report crawl then crawls it in the same run, and the
archive records it in `discovered_sites`. `scrapy crawl gov_sites` uses the same matching to
also read each candidate's 网站标识码.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

from crawler.discovery.links import Link
from crawler.discovery.urls import host_of, registrable_domain
from crawler.seeds import Seed
from vocabulary.regions import Gazetteer, Region

logger = logging.getLogger(__name__)

# Longest link text read as a unit's name (a menu entry, not a sentence).
MAX_NAME_TEXT = 30
# The path of a link to a site's home page.
HOME_PATH = re.compile(r"/?(?:index\.\w{2,6})?", re.I)


def units_of(region: Region, counties: list[Region]) -> dict[str, Region]:
    """The county-level units (of `counties`, the gazetteer's) a portal of `region` may link:
    its city's, or all of its province's (a provincial portal's select of 设区市及县(市、区)
    lists every city's counties)."""
    if region.level == "city":
        return {r.adcode: r for r in counties if r.city == region.name or r.adcode[:4] == region.adcode[:4]}
    return {r.adcode: r for r in counties if r.province == region.name}


def unit_named(text: str, units: dict[str, Region]) -> Region | None:
    """The unit a link text names: 平遥县, 平遥县人民政府, 平遥 (a unique stem)."""
    if not text or len(text) > MAX_NAME_TEXT:
        return None
    named = [u for u in units.values()
             if any(name in text for name in (u.name, *u.short_names) if len(name) >= 2)]
    if len(named) == 1:
        return named[0]
    if not named and 2 <= len(text) <= 4:
        stems = [u for u in units.values() if u.name.startswith(text)]
        return stems[0] if len(stems) == 1 else None
    # 新县 inside 新县城 and the like: the longest name wins if it is unique.
    longest = sorted(named, key=lambda u: len(u.name), reverse=True)
    if len(longest) > 1 and len(longest[0].name) > len(longest[1].name):
        return longest[0]
    return None


def _is_home_link(url: str) -> bool:
    """Whether a link opens a site's home page (`https://mangkang.changdu.gov.cn/`)."""
    return HOME_PATH.fullmatch(urlsplit(url).path or "/") is not None


def portal_region(seed: Seed, gazetteer: Gazetteer) -> Region | None:
    """The city or province whose portal `seed` is, by its code, else by its name."""
    if seed.adcode and seed.adcode in gazetteer.regions:
        region = gazetteer.regions[seed.adcode]
        return region if region.level in ("city", "province") else None
    if seed.level == "county":
        return None
    name = seed.name.replace("人民政府", "").strip()
    found = [r for r in gazetteer.lookup(name) if r.level in ("city", "province") and r.name == name]
    return found[0] if len(found) == 1 else None


class SiteFinder:
    """Finds, on the pages of portal seeds, the county sites no seed covers."""

    def __init__(self, seeds: list[Seed], gazetteer: Gazetteer):
        self.units: dict[str, dict[str, Region]] = {}
        self.known_domains = {registrable_domain(host_of(seed.url)) for seed in seeds}
        self.known_hosts = {host_of(seed.url) for seed in seeds}
        self.known_adcodes = {seed.adcode for seed in seeds if seed.adcode}
        counties = gazetteer.counties()
        for seed in seeds:
            region = portal_region(seed, gazetteer)
            if region is not None:
                self.units[seed.key] = units_of(region, counties)
        # Units a seed names without a code: known by name.
        names = {seed.name.replace("人民政府", "") for seed in seeds}
        for units in self.units.values():
            self.known_adcodes |= {code for code, unit in units.items() if unit.name in names}

    def find(self, site_key: str, links: list[Link]) -> list[tuple[Seed, Link]]:
        """New county sites linked from a page of the portal `site_key`, each once."""
        units = self.units.get(site_key)
        if not units:
            return []
        found = []
        for link in links:
            host = host_of(link.url)
            if not host.endswith(".gov.cn") or host in self.known_hosts:
                continue
            if registrable_domain(host) in self.known_domains and not _is_home_link(link.url):
                continue  # a page on a seed's domain; a county's own sub-host is linked by its home
            unit = unit_named(link.text.strip(), units)
            if unit is None or unit.adcode in self.known_adcodes:
                continue
            self.known_adcodes.add(unit.adcode)
            self.known_domains.add(registrable_domain(host))
            self.known_hosts.add(host)
            home = f"{urlsplit(link.url).scheme}://{host}/"
            logger.info("Found the site of %s, linked as %r: %s", unit.name, link.text, home)
            found.append((Seed(name=unit.name, url=home, level="county", province=unit.province,
                               city=unit.city or "", adcode=unit.adcode), link))
        return found
