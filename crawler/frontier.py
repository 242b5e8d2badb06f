"""Per-site crawl state: scope, budget, the URLs seen, the reserve of weak links, accounting.

Each seed site gets one `SiteCrawl`. It decides whether a URL may be requested (in scope,
not seen, within the page budget, not the hundredth variant of one path, not a calendar
trap), keeps links that scored too low for the focused crawl in a reserve that is released
only when the site has nothing better in flight, and counts what happened: requests, pages,
errors by kind, and why the site's crawl ended.
"""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import MISSING, dataclass, field, fields
from urllib.parse import urlsplit

from archive.records import EndReason
from crawler.context import CrawlContext
from crawler.discovery.links import SCORE_AVOID, LinkKind, names_a_column
from crawler.discovery.urls import (
    GOVERNMENT_SUFFIX,
    canonical_url,
    host_of,
    is_calendar_page,
    is_calendar_url,
    path_key,
    registrable_domain,
    seen_key,
    url_shape,
)
from crawler.homes import HomeChoice
from crawler.items import SiteOutcome
from crawler.seeds import Seed
from vocabulary.dates import now_iso


@dataclass(frozen=True)
class CrawlLimits:
    """The per-site limits, from settings."""

    max_pages: int = 3000
    max_depth: int = 8
    focus_min_score: int = 20
    fallback_pages: int = 120
    fallback_pages_after_report: int = 20
    max_list_pages: int = 60
    max_query_variants: int = 200
    max_calendar_variants: int = 8
    max_pages_per_shape: int = 20

    @classmethod
    def from_settings(cls, settings) -> CrawlLimits:
        """The limits from Scrapy settings (or anything with `getint`)."""
        return cls(
            max_pages=settings.getint("MAX_PAGES_PER_SITE"),
            max_depth=settings.getint("MAX_DEPTH"),
            focus_min_score=settings.getint("FOCUS_MIN_SCORE"),
            fallback_pages=settings.getint("FALLBACK_PAGES_PER_SITE"),
            fallback_pages_after_report=settings.getint("FALLBACK_PAGES_AFTER_REPORT"),
            max_list_pages=settings.getint("MAX_LIST_PAGES"),
            max_query_variants=settings.getint("MAX_QUERY_VARIANTS"),
            max_calendar_variants=settings.getint("MAX_CALENDAR_VARIANTS"),
            max_pages_per_shape=settings.getint("MAX_PAGES_PER_SHAPE"),
        )


# Reserve entries of a site's tree of lists: read whole, before any article, without using the
# fallback budget (each URL shape still takes at most MAX_PAGES_PER_SHAPE).
TREE_KINDS = (LinkKind.COLUMN, LinkKind.PAGE)
# Answers that say a page is gone: on a site whose lists were all read, a stale link, not a
# failure to look.
GONE_KINDS = ("http_404", "http_410")
# A site's own script files fetched for the URL helpers its pages call, at most.
MAX_SITE_SCRIPTS = 4
# Script files of one site that write or feed its lists (`document.write` files, data), at most.
MAX_INCLUDED_SCRIPTS = 30


@dataclass(order=True)
class ReserveEntry:
    """A weak link waiting until the site has nothing better to fetch."""

    # (0 for a column or list page, or a sitemap URL beside a report link, else 1; -score; arrival)
    sort_key: tuple[int, int, int]
    url: str = field(compare=False)
    ctx: CrawlContext = field(compare=False)


@dataclass
class SiteCrawl:
    """Everything the spider knows about one site during a crawl."""

    site: Seed
    limits: CrawlLimits
    domains: set[str] = field(default_factory=set)
    hosts: set[str] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)
    requested: int = 0
    fetched: int = 0
    in_flight: int = 0
    fallback_used: int = 0
    budget_hit: bool = False
    variants: Counter = field(default_factory=Counter)
    shapes: Counter = field(default_factory=Counter)  # articles and weak pages per URL shape
    columns_cut: int = 0  # columns not fetched because their URL shape had had its share
    errors: Counter = field(default_factory=Counter)
    lists_failed: int = 0  # failed requests for columns and list pages (any error)
    final_url: str | None = None
    site_id_code: str | None = None
    home_failed: EndReason | None = None
    finished: bool = False
    recrawl: bool = False  # an earlier crawl visited the site: its history applies
    sitemaps: list[str] = field(default_factory=list)  # from robots.txt, fetched last
    report_dirs: set[str] = field(default_factory=set)  # paths where report links point
    homes: HomeChoice | None = None  # its candidate home pages, and the one crawled
    # The site's own script files asked for their URL helpers, and the helpers they define.
    scripts_asked: set[str] = field(default_factory=set)
    script_helpers: dict = field(default_factory=dict)
    # What the script files of an app shell define (`discovery.apps.AppParts`), in order.
    app_parts: list = field(default_factory=list)
    # Script files that write or feed its pages' lists, asked for, and their text by URL.
    included_asked: set[str] = field(default_factory=set)
    script_texts: dict = field(default_factory=dict)
    _reserve: list[ReserveEntry] = field(default_factory=list)
    _pushed: int = 0

    def __post_init__(self) -> None:
        self.allow_url(self.site.url)

    def __setstate__(self, state: dict) -> None:
        """Unpickle a site a paused crawl saved in its JOBDIR: the fields added to this class
        since the crawl was paused take their defaults."""
        for item in fields(self):
            if item.name not in state:
                state[item.name] = (item.default_factory() if item.default_factory is not MISSING
                                    else item.default)
        self.__dict__.update(state)

    # --- scope ---

    def allow_url(self, url: str) -> None:
        """Add the registrable domain of `url` to the site's scope (seed and its redirects)."""
        host = host_of(url)
        if host:
            self.domains.add(registrable_domain(host))
            self.hosts.add(host)

    def allow_host(self, url: str) -> None:
        """Add just the host of `url` (a linked 政府信息公开 sub-site) to the scope."""
        host = host_of(url)
        if host:
            self.hosts.add(host)

    def record_home(self, url: str, redirected_from: tuple[str, ...] | list[str],
                    site_id_code: str | None) -> None:
        """The home page answered at `url`: where it redirected joins the scope."""
        for step in (*redirected_from, url):
            self.allow_url(step)
        self.final_url = url
        self.site_id_code = site_id_code

    def in_scope(self, url: str) -> bool:
        """On the site: its registrable domains and the extra hosts its links led to."""
        host = host_of(url)
        return host in self.hosts or registrable_domain(host) in self.domains

    def owns(self, url: str, scripted: bool = False) -> bool:
        """Whether `url` is the site's to fetch and read: in scope, or a request its own page
        script makes to another government host (its city's shared list platform)."""
        return self.in_scope(url) or (scripted and host_of(url).endswith(GOVERNMENT_SUFFIX))

    # --- admission ---

    def admit(self, url: str, names_report: bool = False, any_government_host: bool = False) -> str | None:
        """Why `url` may not be queued, or None when it may; marks it seen when admitted.

        A link whose title names a report counts its query variants apart from the others:
        the hundreds of news items of a `Detail.aspx?id=` path do not crowd out its reports.
        The page budget is checked separately, when a request is made (`has_budget`).
        `any_government_host`: a request the site's own page script makes may go to another
        `.gov.cn` host (its city's shared list platform), without taking that host into scope.
        """
        url = canonical_url(url)
        if seen_key(url) in self.seen:
            return "seen"
        if not self.owns(url, any_government_host):
            return "offsite"
        key = path_key(url) + ("#report" if names_report else "")
        if "?" in url:
            cap = (self.limits.max_calendar_variants if is_calendar_url(url)
                   else self.limits.max_query_variants)
            if self.variants[key] >= cap:
                return "trap"
            self.variants[key] += 1
        elif is_calendar_page(url):
            # The pages of a calendar by path: its directory's variants are endless.
            directory = key.rsplit("/", 1)[0]
            if self.variants[directory] >= self.limits.max_calendar_variants:
                return "trap"
            self.variants[directory] += 1
        self.seen.add(seen_key(url))
        return None

    def has_budget(self) -> bool:
        """Whether the site may still send a request; notes when the budget runs out."""
        if self.requested >= self.limits.max_pages:
            self.budget_hit = True
            return False
        return True

    def take_shape(self, url: str) -> bool:
        """Count a page of `url`'s shape, unless its shape has had its share (then False)."""
        shape = url_shape(url)
        if self.shapes[shape] >= self.limits.max_pages_per_shape:
            return False
        self.shapes[shape] += 1
        return True

    def count_request(self) -> None:
        """A request for this site left the spider."""
        self.requested += 1
        self.in_flight += 1

    def settle(self) -> None:
        """A request of this site came back (response, error or drop)."""
        self.in_flight = max(0, self.in_flight - 1)

    def ask_included(self, url: str) -> bool:
        """Whether to fetch a script file that writes or feeds a page's list: once each, at
        most MAX_INCLUDED_SCRIPTS per site, on the site, within the page budget."""
        return self._ask_once(self.included_asked, MAX_INCLUDED_SCRIPTS, url)

    def ask_script(self, url: str) -> bool:
        """Whether to fetch one of the site's script files for its helpers: once each, at most
        MAX_SITE_SCRIPTS, on the site, within the page budget (where it is counted, though
        not in flight: the page waiting for it is)."""
        return self._ask_once(self.scripts_asked, MAX_SITE_SCRIPTS, url)

    def _ask_once(self, asked: set[str], cap: int, url: str) -> bool:
        """Count a request for `url` into `asked` unless it is there, full, out of scope or
        over the budget."""
        url = canonical_url(url)
        if url in asked or len(asked) >= cap or not self.in_scope(url) or not self.has_budget():
            return False
        asked.add(url)
        self.requested += 1
        return True

    def note_sitemaps(self, urls) -> None:
        """The site's sitemaps (from robots.txt), to read once its links run out."""
        self.sitemaps.extend(url for url in urls if self.in_scope(url))

    def note_report_link(self, url: str) -> None:
        """Remember the directory of a report link: its neighbours may be reports too."""
        self.report_dirs.add(path_key(canonical_url(url)).rsplit("/", 1)[0])

    def near_report_link(self, url: str) -> bool:
        """Whether `url` sits in a directory where the site's report links point."""
        return path_key(canonical_url(url)).rsplit("/", 1)[0] in self.report_dirs

    # --- reserve ---

    def keep_in_reserve(self, url: str, score: int, ctx: CrawlContext) -> None:
        """Hold a weak link until the focused crawl of the site runs dry."""
        self._pushed += 1
        # The site's tree of columns and lists comes before any article, whatever their scores,
        # and so do the URLs its sitemap lists beside its report links (their neighbours).
        targeted = ctx.kind in TREE_KINDS or (ctx.from_sitemap and self.near_report_link(url))
        # Then the site's other columns (news, unknown menus), lists that may hold a report
        # among their items, before articles; both spend the fallback budget.
        column = (ctx.kind == LinkKind.OTHER and score > SCORE_AVOID
                  and names_a_column(ctx.link_text or "", url, bool(ctx.list_date)))
        rank = 0 if targeted else 1 if column else 2
        heapq.heappush(self._reserve, ReserveEntry((rank, -score, self._pushed), url, ctx))

    def take_from_reserve(self, count: int) -> list[ReserveEntry]:
        """Up to `count` of the best reserve links: columns and lists within the page budget,
        then articles within the fallback budget."""
        taken: list[ReserveEntry] = []
        while (self._reserve and len(taken) < count and self._reserve_open()
               and self.requested + len(taken) < self.limits.max_pages):
            entry = heapq.heappop(self._reserve)
            taken.append(entry)
            if entry.sort_key[0]:
                self.fallback_used += 1
        if self._reserve and self.requested + len(taken) >= self.limits.max_pages:
            self.budget_hit = True
        return taken

    def can_use_reserve(self) -> bool:
        """Whether fallback and page budgets leave room for reserve links."""
        return self._reserve_open() and self.requested < self.limits.max_pages

    def _reserve_open(self) -> bool:
        """A column or list (or a sitemap URL beside a report link) waits: these are read
        whole; or articles have budget left."""
        return bool(self._reserve) and (self._reserve[0].sort_key[0] == 0
                                        or self.fallback_used < self.fallback_budget)

    @property
    def fallback_budget(self) -> int:
        """Reserve articles the site may still take: fewer once a report link has been seen on
        it (its reports sit in its columns, which are read whole before any article)."""
        if self.report_dirs:
            if self.recrawl:
                return 0  # the last crawl looked at its articles; new reports come in its columns
            return min(self.limits.fallback_pages, self.limits.fallback_pages_after_report)
        return self.limits.fallback_pages

    @property
    def reserve_size(self) -> int:
        """Links still waiting in reserve."""
        return len(self._reserve)

    # --- outcome ---

    def count_error(self, kind: str, link_kind: str | None = None) -> None:
        """Count one failed request by kind (timeout, dns, http_503, robots...), and whether it
        was for a column or list page (`link_kind`, the request's `CrawlContext.kind`)."""
        self.errors[kind] += 1
        if link_kind in TREE_KINDS:
            self.lists_failed += 1

    def outcome(self, reason: EndReason) -> SiteOutcome:
        """How the crawl of this site went, for the archive's `sites` table."""
        return SiteOutcome(site=self.site, final_url=self.final_url, site_id_code=self.site_id_code,
                           requests=self.requested, pages_fetched=self.fetched, end_reason=reason,
                           errors=dict(self.errors), finished_at=now_iso(),
                           candidates=self.homes.records(self.site.key) if self.homes else [])

    def summary(self, reason: EndReason) -> str:
        """One line for the log about the site's crawl."""
        errors = f", errors {dict(self.errors)}" if self.errors else ""
        return (f"{self.site.name} {self.site.url}: {self.requested} requests, {self.fetched} pages, "
                f"ended by {reason}{errors}")

    def end_reason(self, finished: bool) -> EndReason:
        """Why the crawl of this site ended."""
        if self.home_failed:
            return self.home_failed
        if not finished:
            return EndReason.SHUTDOWN
        if self.budget_hit:
            return EndReason.BUDGET
        if self.columns_cut:
            # Columns were left unread (their URL shape had had its share): the site's tree
            # of lists was not fully seen.
            return EndReason.PARTIAL
        # A re-crawl asks again for the reports and replayed links of the last crawl; those
        # that are gone answer 404, and may be most of its few requests. When every column
        # and list page was read, they say nothing about whether the site could be looked at.
        ignored = {EndReason.ROBOTS, *(GONE_KINDS if not self.lists_failed else ())}
        failures = sum(n for kind, n in self.errors.items() if kind not in ignored)
        if self.requested and failures > self.requested / 2:
            return EndReason.ERRORS
        return EndReason.DONE


def restore_sites(state: dict, sites: dict[str, SiteCrawl]) -> set[str]:
    """Put back the sites saved in a paused crawl's JOBDIR `state`; returns their keys.

    `state["sites"]` then holds `sites`, to be saved again at the next pause.
    """
    restored = set(state.get("sites", {})) & set(sites)
    for key in restored:
        sites[key] = state["sites"][key]
    state["sites"] = sites
    return restored


def sub_site_prefix(url: str) -> tuple[str, str] | None:
    """The host and directory of a sub-site's home URL (`/xqxx/sheyang/`), or None at a root."""
    parts = urlsplit(canonical_url(url))
    path = parts.path if parts.path.endswith("/") else parts.path.rsplit("/", 1)[0] + "/"
    if not parts.hostname or path == "/":
        return None
    return parts.hostname, path


class SiteClaims:
    """Which seed a sub-site on a shared host belongs to, across the whole crawl.

    A city's 集约化 platform hosts its counties' sites under paths of its own host
    (`www.city.gov.cn/xqxx/sheyang/`). The city's seed and each county's seed are all in
    scope there; without claims each would crawl the others' pages. A seed, or the page its
    home redirects to, claims its directory; the crawl of any other site leaves a claimed
    directory alone. Roots are never claimed: a county on a platform may still read the
    city's own columns. A sub-host whose root is a seed's home (a county on its city's domain,
    `karuo.changdu.gov.cn` beside the portal `www.changdu.gov.cn`) is that seed's whole: the
    crawls of the others, in scope there by the shared domain, leave it alone.
    """

    def __init__(self) -> None:
        self.by_host: dict[str, dict[str, set[str]]] = {}
        self.homes: dict[str, set[str]] = {}

    def claim_seeds(self, sites) -> None:
        """Claim the directory of every site's seed URL and of the page it last ended at."""
        for site in sites:
            for url in (site.site.url, site.final_url):
                if url:
                    self.claim(url, site.site.key)

    def claim(self, url: str, site_key: str) -> None:
        host = host_of(url)
        domain = registrable_domain(host)
        if host and sub_site_prefix(url) is None and host not in (domain, f"www.{domain}"):
            self.homes.setdefault(host, set()).add(site_key)
        prefix = sub_site_prefix(url)
        if prefix is not None:
            host, path = prefix
            self.by_host.setdefault(host, {}).setdefault(path, set()).add(site_key)

    def owners(self, url: str) -> set[str]:
        """The sites that claim the longest directory containing `url` (none: unclaimed)."""
        host = host_of(url)
        claims = self.by_host.get(host)
        if not claims:
            return set()
        path = urlsplit(url).path or "/"
        best = max((p for p in claims if path.startswith(p)), key=len, default=None)
        return claims[best] if best is not None else set()

    def belongs_to_other(self, url: str, site_key: str) -> bool:
        homed = self.homes.get(host_of(url))
        if homed and site_key not in homed:
            return True
        owners = self.owners(url)
        return bool(owners) and site_key not in owners
