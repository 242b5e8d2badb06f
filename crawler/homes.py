"""Which home page a site is crawled from: its candidate URLs, what each answered, the choice.

A seed may name a second URL for its unit (`alt_url`, where public lists disagree); its last
crawl may have found that it moved to another registrable domain (`sites.final_url`); and a
dead host (DNS, connection refused, a proxy's 502/504) may have another URL in the seed registry
(`data/seeds/default.csv`, the SEED_REGISTRY_PATH setting) or answer on its other host form
(`a.gov.cn` for `www.a.gov.cn`, and the reverse). `HomeChoice` keeps a site's
candidates in order of preference with what each home page answered (where it led, its
网站标识码 and title, and whether they confirm the unit), and picks the one to crawl: the
first that confirms the unit, else the first that answered without contradicting it, else
the first that answered. Only the chosen candidate is crawled beyond its home page; the
others are recorded (`site_candidates`). Fallback candidates (the seed URL of a site that
moved, the registry's URLs) are fetched only once every other candidate is dead. A seed
whose name left several units (朝阳区) gets its unit from the chosen page's code or title
(`settle_unit`). Plain values, no Scrapy; `crawler.policy` drives it.
"""

from __future__ import annotations

import csv
import logging
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from crawler.discovery.urls import canonical_url, host_of, registrable_domain
from crawler.seeds import Seed, normalize_seed_url, with_unit
from vocabulary.regions import Gazetteer, Region, strip_site_suffixes

logger = logging.getLogger(__name__)

# Error kinds (`crawler.discovery.pages.error_kind`) of a host that is gone, not just slow.
# Behind a proxy a dead host answers 502 or 504 from the proxy itself.
DEAD_KINDS = ("dns", "connection", "http_502", "http_504")


class Verdict(StrEnum):
    """What a candidate's home page says about the unit."""

    CONFIRMED = "confirmed"  # its code is the unit's, or, showing none, its title names it
    UNKNOWN = "unknown"  # no code, and a title that does not name the unit
    CONTRADICTED = "contradicted"  # the code of another unit
    FAILED = "failed"  # no page: the error says why


class Origin(StrEnum):
    """Where a candidate URL comes from."""

    SEED = "seed"
    ALT_URL = "alt_url"
    MOVED = "moved"  # where the last crawl's home page ended, on another registrable domain
    REGISTRY = "registry"
    HOST_FORM = "host_form"  # the seed URL on its other host form: with or without `www.`


@dataclass(frozen=True)
class HomeAnswer:
    """What a home page answered: where it ended, and what it says it is."""

    url: str
    redirected_from: tuple[str, ...] = ()
    site_id_code: str | None = None
    title: str | None = None


@dataclass
class Candidate:
    """One home URL a site may be crawled from, and what became of it."""

    url: str
    origin: Origin
    fallback: bool = False
    started: bool = False
    answer: HomeAnswer | None = None
    verdict: Verdict | None = None  # None while its answer is awaited
    error: str = ""
    # (context, URL, page reading) of a home page read before the choice was made.
    held: tuple | None = None

    def record(self, site_key: str, chosen: bool) -> dict:
        """The candidate's row in `site_candidates`."""
        answer = self.answer or HomeAnswer(url="")
        return {"site_key": site_key, "url": self.url, "origin": str(self.origin),
                "final_url": answer.url or None, "site_id_code": answer.site_id_code,
                "title": answer.title, "verdict": str(self.verdict) if self.verdict else None,
                "error": self.error or None, "chosen": int(chosen)}


def unit_verdict(seed: Seed, answer: HomeAnswer) -> Verdict:
    """Whether a home page's 网站标识码, else its title, confirms the seed's unit."""
    code = (answer.site_id_code or "")[:6]
    codes = (seed.adcode,) if seed.adcode else seed.candidates
    if codes and len(code) == 6 and code.isdigit():
        return Verdict.CONFIRMED if code in codes else Verdict.CONTRADICTED
    names = {strip_site_suffixes(name) for name in (seed.name, *seed.also_names)}
    if answer.title and any(len(name) >= 2 and name in answer.title for name in names):
        return Verdict.CONFIRMED
    return Verdict.UNKNOWN


@dataclass
class HomeChoice:
    """A site's candidate home URLs in order of preference, and the one chosen."""

    candidates: list[Candidate] = field(default_factory=list)
    chosen: Candidate | None = None

    def add(self, url: str, origin: Origin, fallback: bool = False) -> None:
        """Add a candidate unless one on the same host is there already."""
        if url and all(host_of(c.url) != host_of(url) for c in self.candidates):
            self.candidates.append(Candidate(url, origin, fallback))

    @property
    def several(self) -> bool:
        """Whether more than one home page is or will be fetched (a fallback counts once
        started: until every other candidate is dead, it is only a possibility)."""
        return sum(1 for c in self.candidates if not c.fallback or c.started) > 1

    def to_start(self) -> list[Candidate]:
        """The candidates to fetch now: all but the fallbacks at first, the fallbacks once
        every other is dead; each once."""
        started = [c for c in self.candidates if c.started]
        waiting = [c for c in self.candidates if not c.started]
        if started and not (all(c.verdict == Verdict.FAILED for c in started)
                            and any(c.error in DEAD_KINDS for c in started)):
            return []
        todo = [c for c in waiting if not c.fallback] or [c for c in waiting if c.fallback]
        for candidate in todo:
            candidate.started = True
        return todo

    def of(self, url: str) -> Candidate | None:
        """The candidate a home request was made for."""
        wanted = canonical_url(url)
        return next((c for c in self.candidates if canonical_url(c.url) == wanted), None)

    def decide(self) -> Candidate | None:
        """The candidate to crawl, once the answers allow a choice (None: not yet, or none)."""
        started = [c for c in self.candidates if c.started]
        for candidate in started:
            if candidate.verdict is None:
                return None
            if candidate.verdict == Verdict.CONFIRMED:
                return candidate
        if any(not c.started for c in self.candidates) and all(
                c.verdict == Verdict.FAILED for c in started):
            return None  # fallbacks may still answer
        for wanted in (Verdict.UNKNOWN, Verdict.CONTRADICTED):
            found = next((c for c in started if c.verdict == wanted), None)
            if found is not None:
                return found
        return None

    def records(self, site_key: str) -> list[dict]:
        """Every candidate that was tried, for `site_candidates` (none for a lone home)."""
        if not self.several:
            return []
        return [c.record(site_key, c is self.chosen) for c in self.candidates if c.started]


def other_host_form(url: str) -> str | None:
    """`url` on its host's other form, `www.a.gov.cn` ↔ `a.gov.cn` (a site often answers on
    only one of them); None for other hosts (`xxgk.a.gov.cn`)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    domain = registrable_domain(host)
    if not domain:
        return None
    if host == f"www.{domain}":
        twin = domain
    elif host == domain:
        twin = f"www.{domain}"
    else:
        return None
    netloc = twin if parts.port is None else f"{twin}:{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


@dataclass
class SiteRegistry:
    """What the crawl knows beyond the seed list: the units, and each unit's known URLs."""

    gazetteer: Gazetteer
    urls_by_adcode: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path | None, gazetteer: Gazetteer) -> SiteRegistry:
        """The `url` and `alt_url` of every row of a seed list such as the default one."""
        registry = cls(gazetteer)
        if not path or not Path(path).exists():
            return registry
        with open(path, encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                for raw in (row.get("url", ""), row.get("alt_url", "")):
                    url = normalize_seed_url(raw or "")
                    if url and row.get("adcode"):
                        registry.urls_by_adcode.setdefault(row["adcode"], []).append(url)
        return registry

    def home_choice(self, seed: Seed, last_final_url: str | None) -> HomeChoice:
        """A seed's candidates: where it moved (then the seed URL as a fallback), or the seed
        URL; its `alt_url`; the registry's other URLs for its unit, as fallbacks."""
        choice = HomeChoice()
        if last_final_url and registrable_domain(host_of(last_final_url)) != registrable_domain(
                host_of(seed.url)):
            choice.add(last_final_url, Origin.MOVED)
            choice.add(seed.url, Origin.SEED, fallback=True)
        else:
            choice.add(seed.url, Origin.SEED)
        choice.add(seed.alt_url, Origin.ALT_URL)
        for url in self.urls_by_adcode.get(seed.adcode, ()) if seed.adcode else ():
            choice.add(url, Origin.REGISTRY, fallback=True)
        choice.add(other_host_form(seed.url) or "", Origin.HOST_FORM, fallback=True)
        return choice

    def settle_unit(self, seed: Seed, answer: HomeAnswer) -> Seed:
        """A seed whose name left several units, given the one the page's code or title names;
        one warning line when neither does."""
        if seed.adcode or not seed.candidates:
            return seed
        units = [self.gazetteer.regions[code] for code in seed.candidates
                 if code in self.gazetteer.regions]
        code = (answer.site_id_code or "")[:6]
        settled = [u for u in units if u.adcode == code] or [
            u for u in units if answer.title and _places_named(u, answer.title, self.gazetteer)]
        if len(settled) == 1:
            return with_unit(seed, settled[0])
        logger.warning("Seed %s (%s): the name fits %s and the site's code (%s) and title (%s) do "
                       "not settle it; crawled without a division code", seed.name, seed.url,
                       "、".join(f"{u.city or u.province}{u.name}" for u in units),
                       answer.site_id_code or "none", answer.title or "none")
        return seed


def _places_named(unit: Region, title: str, gazetteer: Gazetteer) -> bool:
    """Whether a title names the city or province `unit` lies in (长春市朝阳区人民政府)."""
    places = [gazetteer.regions.get(unit.adcode[:4] + "00"), gazetteer.regions.get(unit.adcode[:2] + "0000")]
    return any(name in title for place in places if place is not None
               for name in (place.name, *place.short_names) if len(name) >= 2)
