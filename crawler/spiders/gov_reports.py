"""The one spider: from seed sites to report candidates, one focused crawl per site.

For each seed the spider fetches the home page (following HTTP, meta-refresh and script
redirects, and widening the site's scope to where they lead), then crawls best-first: every
link is scored by `discovery.links`, strong links are queued with their score as priority,
weak ones wait in the site's reserve until nothing better is in flight, and skipped links
are never fetched. CMS families (`discovery.families`) add the list pages that scripts
write. Pages whose title names a rule-of-law report and that carry text, and attachments
linked from such pages, go to the pipelines as `FetchedDocument`s; every fetched page goes
to the archive's `pages` table as a `PageVisit` (handed over in batches); each site ends with a `SiteOutcome`.

A re-crawl uses that history (`archive.history`): known report URLs are checked first, pages
are requested with `If-None-Match`/`If-Modified-Since`, a 304 list replays its stored links
without paging deeper, a changed list is paged only while it shows new links, and leaf pages
that led nowhere are not fetched again. With `-s JOBDIR=...` the per-site state survives a
pause; after a kill the next run starts from the seeds and the archive's history.

Arguments: `-a seeds=PATH` (default: the SEEDS_PATH setting), `-a provinces=河北省,山西省`,
`-a adcodes=130100,140000`, `-a limit=N`.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import AsyncIterator, Iterable
from urllib.parse import urlencode

import scrapy
from scrapy import signals
from scrapy.http import Request, Response, TextResponse, XmlResponse
from scrapy.spidermiddlewares.httperror import HttpError

from archive.history import CrawlHistory, PageRecord, PageRole
from archive.lock import check_archive
from archive.records import EndReason
from crawler.discovery import pages
from crawler.discovery.families import PageRequest
from crawler.discovery.links import (
    Link,
    LinkKind,
    ScoredLink,
    score_link,
)
from crawler.discovery.reading import MIN_LIST_ITEMS, PageReading, PageToRead
from crawler.discovery.sitemaps import sitemap_urls
from crawler.discovery.urls import canonical_url, host_of
from crawler.frontier import CrawlLimits, SiteClaims, SiteCrawl
from crawler.items import FetchedDocument, KnownUrlStatus, PageVisit, PageVisits, SiteOutcome
from crawler.page_reader import PageReader, worker_processes
from crawler.seeds import load_seeds, parse_limit, split_arg
from vocabulary.dates import now_iso

logger = logging.getLogger(__name__)

HOME = "home"
LIST_KINDS = (LinkKind.COLUMN, LinkKind.PAGE, HOME)
# Linked hosts within .gov.cn join a site's scope when the link scores at least this.
FOREIGN_HOST_MIN_SCORE = 40
# Requests released from a site's reserve at a time.
RESERVE_BATCH = 4
# Priority of known report URLs checked again on a re-crawl.
KNOWN_REPORT_SCORE = 95
# Reserve scores of sitemap URLs: beside a known report, and anywhere else.
SITEMAP_NEAR_REPORT_SCORE = 15
SITEMAP_SCORE = 3
# Page visits handed to the archive at a time.
VISIT_BATCH = 100
# Link text kept per stored link: enough to score it again.
STORED_TEXT_CHARS = 80


class GovReportsSpider(scrapy.Spider):
    """Find annual rule-of-law reports on the sites of a seed list."""

    name = "gov_reports"

    def __init__(self, seeds: str | None = None, provinces: str | None = None,
                 adcodes: str | None = None, limit: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.seeds_path = seeds
        self.provinces = split_arg(provinces)
        self.adcodes = split_arg(adcodes)
        self.limit = parse_limit(limit)
        self.sites: dict[str, SiteCrawl] = {}
        self.sites_finished = 0
        self.history = CrawlHistory(None)
        self.pending_visits: list[PageVisit] = []
        self.sites_with_history: set[str] = set()
        self.claims = SiteClaims()
        # CPU seconds of page reading (wherever it ran) and of the spider's own scheduling;
        # summed here and put in the crawl's stats at the end (cpu/parse_seconds, ...).
        self.cpu_seconds = {"parse": 0.0, "schedule": 0.0}

    @classmethod
    def check_configuration(cls, settings, seeds: str | None = None, provinces: str | None = None,
                            adcodes: str | None = None, limit: str | None = None, **_) -> None:
        """Raise SeedError or ArchiveError, with a one-line message, before a crawl starts."""
        load_seeds(seeds or settings.get("SEEDS_PATH"), split_arg(provinces),
                   split_arg(adcodes), parse_limit(limit))
        check_archive(settings.get("ARCHIVE_PATH"))

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.seeds_path = spider.seeds_path or settings.get("SEEDS_PATH")
        spider.archive_path = settings.get("ARCHIVE_PATH")
        spider.limits = CrawlLimits(
            max_pages=settings.getint("MAX_PAGES_PER_SITE"),
            max_depth=settings.getint("MAX_DEPTH"),
            focus_min_score=settings.getint("FOCUS_MIN_SCORE"),
            fallback_pages=settings.getint("FALLBACK_PAGES_PER_SITE"),
            max_list_pages=settings.getint("MAX_LIST_PAGES"),
            max_query_variants=settings.getint("MAX_QUERY_VARIANTS"),
            max_calendar_variants=settings.getint("MAX_CALENDAR_VARIANTS"),
        )
        spider.oldest_year = settings.getint("OLDEST_REPORT_YEAR")
        spider.page_maxsize = min(settings.getint("PAGE_MAXSIZE"), settings.getint("DOWNLOAD_MAXSIZE"))
        spider.page_reader = PageReader(worker_processes(settings.getint("PARSE_PROCESSES"), most=2))
        spider.seed_list = load_seeds(spider.seeds_path, spider.provinces, spider.adcodes,
                                      spider.limit)
        for seed in spider.seed_list.seeds:
            spider.sites[seed.key] = SiteCrawl(seed, spider.limits)
        crawler.signals.connect(spider._on_request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(spider._on_closed, signal=signals.spider_closed)
        crawler.signals.connect(spider._on_robots_parsed, signal=signals.robots_parsed)
        return spider

    # --- start ---

    async def start(self) -> AsyncIterator[Request]:
        self._restore_state()
        self.page_reader.start()
        # The archive pipeline has created the schema by now; the history is read-only.
        self.history = CrawlHistory(self.archive_path)
        self.sites_with_history = self.history.sites_with_pages()
        seed_list = self.seed_list
        logger.info(
            "Seed list %s: %d sites to crawl (%d rows, %d without URL skipped, %d sharing a URL "
            "merged, %d filtered out)", seed_list.source, len(seed_list.seeds), seed_list.rows,
            seed_list.without_url, seed_list.merged, seed_list.filtered_out,
        )
        stats = self.crawler.stats
        stats.set_value("seeds/sites", len(seed_list.seeds))
        stats.set_value("seeds/without_url", seed_list.without_url)
        resumed = self._restored
        for site in self.sites.values():
            for url in (site.site.url, site.final_url):
                if url:
                    self.claims.claim(url, site.site.key)
        for site in self.sites.values():
            if site.finished:
                continue
            if site.site.key not in resumed:
                site.recrawl = self.history.completed_site(site.site.key)
            request = self._make_request(site, site.site.url, score=90, kind=HOME, hops=0,
                                         extra={"is_home": True})
            if request is not None:
                yield request
            for url in self.history.report_urls(site.site.key) if site.recrawl else ():
                request = self._make_request(site, url, KNOWN_REPORT_SCORE, LinkKind.REPORT, hops=1)
                if request is not None:
                    stats.inc_value("frontier/known_reports_checked")
                    yield request

    def _restore_state(self) -> None:
        """With JOBDIR, continue from the per-site state saved when the crawl was paused."""
        self._restored: set[str] = set()
        state = getattr(self, "state", None)
        if state is None:
            return
        if "sites" in state:
            saved = state["sites"]
            self._restored = set(saved) & set(self.sites)
            self.sites = {key: saved.get(key, site) for key, site in self.sites.items()}
            self.sites_finished = sum(1 for site in self.sites.values() if site.finished)
            logger.info("Resuming: %d of %d sites already done", self.sites_finished,
                        len(self.sites))
        state["sites"] = self.sites

    # --- requests ---

    def _make_request(self, site: SiteCrawl, url: str, score: int, kind: str, hops: int,
                      extra: dict | None = None, method: str = "GET",
                      formdata: tuple[tuple[str, str], ...] = (), admitted: bool = False
                      ) -> Request | None:
        if not admitted:
            if self._claimed_by_other(site, url):
                return None
            # A POST is told apart by its form, as if the form were the query.
            key = url if method == "GET" else f"{url}{'&' if '?' in url else '?'}{urlencode(formdata)}"
            refusal = site.admit(key)
            if refusal is not None:
                if refusal == "trap":
                    self.crawler.stats.inc_value("frontier/refused_trap")
                return None
        known = (self.history.page(canonical_url(url))
                 if method == "GET" and site.site.key in self.sites_with_history else None)
        if known is not None and known.role == PageRole.LEAF and known.http_status == 200:
            # An article that led nowhere last time leads nowhere now.
            self.crawler.stats.inc_value("frontier/skipped_known_leaf")
            return None
        if known is not None and not site.recrawl and known.role != PageRole.CANDIDATE:
            # The last crawl of this site did not finish: lists need their content again.
            known = None
        if not site.has_budget():
            self.crawler.stats.inc_value("frontier/refused_budget")
            return None
        site.count_request()
        meta = {"site_key": site.site.key, "score": score, "kind": kind, "hops": hops,
                **(extra or {})}
        if kind != LinkKind.ATTACHMENT:
            # Web pages are small; only documents may be as large as DOWNLOAD_MAXSIZE.
            meta["download_maxsize"] = self.page_maxsize
        headers = {}
        if known is not None:
            meta["known"] = known
            meta["handle_httpstatus_list"] = [304]
            if known.etag:
                headers["If-None-Match"] = known.etag
            if known.last_modified:
                headers["If-Modified-Since"] = known.last_modified
        # Our own per-site `seen` sets deduplicate; Scrapy's filter would, after a kill,
        # keep a JOBDIR's stale fingerprints from being crawled again.
        if method == "POST":
            meta["form"] = formdata
            return scrapy.FormRequest(url, formdata=list(formdata), callback=self.parse,
                                      errback=self.on_error, priority=score, meta=meta,
                                      dont_filter=True)
        return Request(url, callback=self.parse, errback=self.on_error, priority=score, meta=meta,
                       headers=headers, dont_filter=True)

    def _claimed_by_other(self, site: SiteCrawl, url: str) -> bool:
        """Whether `url` lies in another seed's sub-site on a shared platform host."""
        if self.claims.belongs_to_other(url, site.site.key):
            self.crawler.stats.inc_value("frontier/refused_other_site")
            return True
        return False

    def _schedule(self, site: SiteCrawl, link: ScoredLink, hops: int, extra: dict) -> Request | None:
        """Queue a strong link now, or keep a weak one in the site's reserve."""
        if link.kind == LinkKind.SKIP or link.score <= 0:
            return None
        is_page = link.kind == LinkKind.PAGE
        next_hops = hops if is_page else hops + 1
        if next_hops > site.limits.max_depth and link.kind not in (LinkKind.ATTACHMENT, LinkKind.REPORT):
            return None
        if is_page and extra.get("page_number", 1) > site.limits.max_list_pages:
            return None
        if self._claimed_by_other(site, link.url):
            return None
        refusal = site.admit(link.url)
        if refusal is not None:
            if refusal == "trap":
                self.crawler.stats.inc_value("frontier/refused_trap")
            return None
        meta = {"link_text": link.text, "list_date": link.date, **extra}
        if link.score < site.limits.focus_min_score:
            site.keep_in_reserve(link.url, link.score,
                                 {"kind": link.kind, "hops": next_hops, "meta": meta})
            return None
        return self._make_request(site, link.url, link.score, link.kind, next_hops, meta,
                                  admitted=True)

    def _release_reserve(self, site: SiteCrawl) -> list[Request]:
        """When a site has nothing in flight, fetch its best reserve links."""
        if site.in_flight > 0 or site.finished:
            return []
        requests = []
        while not requests and site.reserve_size:
            for entry in site.take_from_reserve(RESERVE_BATCH):
                request = self._make_request(site, entry.url, -entry.sort_key[0],
                                             entry.meta["kind"], entry.meta["hops"],
                                             entry.meta["meta"], admitted=True)
                if request is not None:
                    requests.append(request)
            if not site.can_use_reserve():
                break
        if requests:
            self.crawler.stats.inc_value("frontier/reserve_released", len(requests))
        return requests

    def _after(self, site: SiteCrawl) -> list:
        """Settle one request of the site; release its reserve or close it when idle."""
        site.settle()
        released = self._release_reserve(site)
        if released:
            return released
        if site.in_flight == 0 and not site.finished and site.sitemaps:
            sitemap = self._sitemap_request(site)
            if sitemap is not None:
                return [sitemap]
        if site.in_flight == 0 and not site.finished:
            return [self._finish(site)]
        return []

    def _outcome(self, site: SiteCrawl, reason: str) -> SiteOutcome:
        return SiteOutcome(
            site=site.site, final_url=site.final_url, site_id_code=site.site_id_code,
            requests=site.requested, pages_fetched=site.fetched, end_reason=reason,
            errors=dict(site.errors), finished_at=now_iso(),
        )

    def _finish(self, site: SiteCrawl) -> SiteOutcome:
        site.finished = True
        self.sites_finished += 1
        reason = site.end_reason(finished=True)
        self.crawler.stats.inc_value(f"sites/end_{reason}")
        logger.info(
            "Site %d/%d done: %s %s: %d requests, %d pages, ended by %s%s",
            self.sites_finished, len(self.sites), site.site.name, site.site.url, site.requested,
            site.fetched, reason, f", errors {dict(site.errors)}" if site.errors else "",
        )
        return self._outcome(site, reason)

    def unfinished_outcomes(self) -> list[SiteOutcome]:
        """Outcomes of the sites still open when the crawl stops (shutdown, budget, kill)."""
        return [self._outcome(site, site.end_reason(finished=False))
                for site in self.sites.values() if not site.finished]

    def _on_request_dropped(self, request: Request, spider=None) -> None:
        site = self.sites.get(request.meta.get("site_key", ""))
        if site is not None:
            site.settle()

    def _on_closed(self, spider, reason) -> None:
        for stage, seconds in self.cpu_seconds.items():
            self.crawler.stats.set_value(f"cpu/{stage}_seconds", seconds)
        self.page_reader.close()
        self.history.close()

    def _on_robots_parsed(self, robotparser, request, **_) -> None:
        """Note the `Sitemap:` lines of a site's robots.txt, for when its links run out."""
        site = self.sites.get(request.meta.get("site_key", ""))
        sitemaps = getattr(getattr(robotparser, "rp", None), "sitemaps", None)
        if site is None or sitemaps is None:
            return
        for url in sitemaps:
            if site.in_scope(url):
                site.sitemaps.append(url)

    def _sitemap_request(self, site: SiteCrawl) -> Request | None:
        """Fetch a sitemap of the site once its links are exhausted."""
        while site.sitemaps:
            url = site.sitemaps.pop(0)
            if site.admit(url) is None and site.has_budget():
                site.count_request()
                self.crawler.stats.inc_value("frontier/sitemaps")
                return Request(url, callback=self.parse_sitemap, errback=self.on_error,
                               priority=1, dont_filter=True,
                               meta={"site_key": site.site.key, "kind": "sitemap", "hops": 1})
        return None

    def parse_sitemap(self, response: Response) -> Iterable:
        """Sitemap URLs not reached by links go to the reserve, near-report paths first."""
        site = self.sites[response.meta["site_key"]]
        site.fetched += 1
        outputs: list = []
        try:
            for url in sitemap_urls(response.body):
                if not site.in_scope(url):
                    continue
                if url.endswith(".xml") and "sitemap" in url.lower():
                    site.sitemaps.append(url)
                    continue
                score = SITEMAP_NEAR_REPORT_SCORE if site.near_report_link(url) else SITEMAP_SCORE
                link = ScoredLink(url, "", score, score_link(Link(url, "")).kind)
                if link.kind != LinkKind.SKIP:
                    self._schedule(site, link, 0, {"column": "sitemap"})
        finally:
            outputs.extend(self._after(site))
        yield from outputs

    # --- responses ---

    async def parse(self, response: Response) -> list:
        site = self.sites[response.meta["site_key"]]
        site.fetched += 1
        outputs: list = []
        try:
            if response.status == 304:
                outputs.extend(self._timed(self._handle_unchanged, site, response))
            else:
                page = self._timed(self._page_to_read, site, response, outputs)
                if page is not None:
                    # Parsing and link scoring run in a worker process meanwhile.
                    reading = await self.page_reader.read(page)
                    self.cpu_seconds["parse"] += reading.cpu_seconds
                    outputs.extend(self._timed(self._handle, site, response, reading))
        except Exception:
            # A bug met on one page: logged with its traceback and counted; the site goes on.
            logger.exception("Error handling %s", response.url)
            site.count_error("spider_error")
            self.crawler.stats.inc_value("site_errors/spider_error")
        outputs.extend(self._timed(self._after, site))
        # A list, not an async generator: Scrapy then passes the outputs through its spider
        # middlewares synchronously, which costs far less per request.
        return self._batch_visits(outputs)

    def _batch_visits(self, outputs: list) -> list:
        """Hold page visits back, and hand them over VISIT_BATCH at a time."""
        self.pending_visits.extend(o for o in outputs if isinstance(o, PageVisit))
        outputs = [o for o in outputs if not isinstance(o, PageVisit)]
        if len(self.pending_visits) >= VISIT_BATCH:
            outputs.append(PageVisits(self.take_pending_visits()))
        return outputs

    def take_pending_visits(self) -> list[PageVisit]:
        """The visits not yet handed over (the archive takes the last ones at the end)."""
        visits, self.pending_visits = self.pending_visits, []
        return visits

    def _timed(self, method, *args):
        """Call one of the spider's own steps, counting its CPU time as scheduling time.

        The steps run one at a time in the reactor thread, so their wall time is their CPU
        time; a monotonic clock is read without the system call a CPU clock costs.
        """
        started = time.perf_counter()
        try:
            return method(*args)
        finally:
            self.cpu_seconds["schedule"] += time.perf_counter() - started

    def _visit(self, site: SiteCrawl, response: Response, role: str,
               links: list[ScoredLink] = ()) -> PageVisit:
        stored = [(link.url, link.score, link.kind, link.text[:STORED_TEXT_CHARS], link.date)
                  for link in links if link.kind != LinkKind.SKIP]
        return PageVisit(
            url=canonical_url(response.url), site_key=site.site.key, role=role,
            http_status=response.status, etag=pages.header(response, "ETag"),
            last_modified=pages.header(response, "Last-Modified"), fetched_at=now_iso(),
            links=stored,
        )

    def _handle_unchanged(self, site: SiteCrawl, response: Response) -> list:
        """304 Not Modified: note it, and replay a list's stored links without paging deeper."""
        known: PageRecord = response.meta["known"]
        self.crawler.stats.inc_value("recrawl/not_modified")
        outputs: list = [PageVisit(url=known.url, site_key=site.site.key, role=known.role,
                                   http_status=304, etag=None, last_modified=None,
                                   fetched_at=now_iso(), links=None)]
        if known.report_id is not None:
            outputs.append(KnownUrlStatus(known.url, site.site.key, 304, now_iso()))
        if response.meta.get("is_home"):
            site.final_url = response.url
        meta = response.meta
        for url, score, kind, text, date in known.links:
            if kind == LinkKind.PAGE:
                continue
            if meta.get("is_home") and score >= FOREIGN_HOST_MIN_SCORE:
                self._widen_scope(site, url)
            request = self._schedule(site, ScoredLink(url, text, score, kind, date),
                                     meta.get("hops", 0), {"column": meta.get("column")})
            if request is not None:
                outputs.append(request)
        return outputs

    def _page_to_read(self, site: SiteCrawl, response: Response, outputs: list) -> PageToRead | None:
        """What to send to a page reader; or None, with the outputs of a page needing no reading."""
        meta = response.meta
        if meta.get("is_home"):
            self._record_home(site, response)
        elif not site.in_scope(response.url):
            # An in-scope link redirected off the site.
            self.crawler.stats.inc_value("frontier/offsite_redirect")
            return None
        if pages.is_attachment(response):
            outputs += [self._attachment_item(site, response),
                        self._visit(site, response, PageRole.CANDIDATE)]
            return None
        if not isinstance(response, TextResponse):
            outputs.append(self._visit(site, response, PageRole.LEAF))
            return None
        if pages.is_binary_junk(response):
            site.count_error("binary_content")
            self.crawler.stats.inc_value("site_errors/binary_content")
            outputs.append(self._visit(site, response, PageRole.LEAF))
            return None
        return PageToRead(
            url=response.url, body=response.body, encoding=response.encoding,
            markup="xml" if isinstance(response, XmlResponse) else "html",
            form=tuple(meta.get("form", ())), score=meta.get("score", 0), kind=meta.get("kind", ""),
            inherited_relevance=meta.get("relevance", 0), link_text=meta.get("link_text"),
        )

    def _handle(self, site: SiteCrawl, response: TextResponse, reading: PageReading) -> list:
        """Queue what a read page offers, and record the visit."""
        meta = response.meta
        if reading.error:
            logger.error("Cannot read page %s:\n%s", response.url, reading.error)
            site.count_error("unreadable_page")
            self.crawler.stats.inc_value("site_errors/unreadable_page")
            return [self._visit(site, response, PageRole.LEAF)]
        title, relevance, found = reading.title, reading.relevance, reading.links
        outputs: list = []
        if reading.candidate:
            outputs.append(self._page_item(site, response, [s.url for s in found
                                                            if s.kind == LinkKind.ATTACHMENT]))
        via = ({"via_url": response.url, "via_body": response.body,
                "via_encoding": response.encoding} if reading.is_article else {})
        hops = meta.get("hops", 0)
        # A list is paged on only while its items include links this crawl has not seen (an
        # endless pager repeats the same items) and, on a re-crawl, that no earlier crawl has
        # seen (new items come first), and while its items are newer than OLDEST_REPORT_YEAR.
        # Pagers whose length the CMS states (TRS, Hanweb) are followed on a first crawl even
        # when a page repeats items, as Hanweb's first proxy page repeats the column page.
        # The items of a list are its dated links; a list without dates is judged by all
        # its links (the site's navigation is seen after the first page).
        linked = [link for link in found if link.kind not in (LinkKind.PAGE, LinkKind.SKIP) and link.score > 0]
        items = [link for link in linked if link.date or link.kind == LinkKind.REPORT]
        fresh = [link for link in (items if any(link.date for link in items) else linked)
                 if canonical_url(link.url) not in site.seen]
        if site.recrawl:
            fresh = [link for link in fresh
                     if self.history.page(canonical_url(link.url)) is None]
        older = self._all_items_older(found)
        page_on = bool(fresh) and not older
        follow_bounded = not older and (not site.recrawl or not items or bool(fresh))
        for link in found:
            if meta.get("is_home") and link.score >= FOREIGN_HOST_MIN_SCORE:
                self._widen_scope(site, link.url)
            extra = {"column": title or None}
            if link.kind == LinkKind.ATTACHMENT:
                extra.update(via)
            if link.kind == LinkKind.PAGE:
                if not page_on:
                    continue
                extra["page_number"] = meta.get("page_number", 1) + 1
            if link.kind == LinkKind.REPORT:
                site.note_report_link(link.url)
            request = self._schedule(site, link, hops, extra)
            if request is not None:
                outputs.append(request)
        next_pages = reading.next_pages
        for page_request in next_pages:
            if page_on or (page_request.bounded and follow_bounded):
                request = self._list_request(site, page_request, relevance, hops, title)
                if request is not None:
                    outputs.append(request)
        role = self._role(meta, reading.candidate, found, bool(next_pages))
        keep = found if role in (PageRole.HOME, PageRole.NAVIGATION) else []
        outputs.append(self._visit(site, response, role, keep))
        return outputs

    def _all_items_older(self, found: list[ScoredLink]) -> bool:
        """Whether every dated item of a list is older than the oldest reports sought."""
        years = [int(m.group(0)) for link in found if link.date
                 for m in [re.match(r"(?:19|20)\d{2}", link.date)] if m]
        return len(years) >= 3 and max(years) < self.oldest_year

    @staticmethod
    def _role(meta: dict, candidate: bool, found: list[ScoredLink], paged: bool) -> str:
        """What the page is to later crawls: revisited (home, navigation) or not (leaf)."""
        if candidate:
            return PageRole.CANDIDATE
        if meta.get("is_home"):
            return PageRole.HOME
        dated = sum(1 for link in found if link.date)
        is_list = paged or dated >= MIN_LIST_ITEMS or any(
            link.kind in (LinkKind.PAGE, LinkKind.REPORT, LinkKind.ATTACHMENT) for link in found)
        if meta.get("kind") in LIST_KINDS or is_list:
            return PageRole.NAVIGATION
        return PageRole.LEAF

    def _list_request(self, site: SiteCrawl, page_request: PageRequest, relevance: int, hops: int,
                      title: str | None) -> Request | None:
        if page_request.page_number > site.limits.max_list_pages:
            return None
        score = max(relevance - 1, 2)
        link = ScoredLink(page_request.url, "", score, LinkKind.PAGE)
        extra = {"page_number": page_request.page_number, "column": title or None,
                 "relevance": relevance}
        if score < site.limits.focus_min_score:
            return self._schedule(site, link, hops, extra)
        return self._make_request(site, page_request.url, score, LinkKind.PAGE, hops, extra,
                                  method=page_request.method, formdata=page_request.formdata)

    def _record_home(self, site: SiteCrawl, response: Response) -> None:
        for url in (*response.meta.get("redirect_urls", ()), response.url):
            site.allow_url(url)
        site.final_url = response.url
        self.claims.claim(response.url, site.site.key)
        if isinstance(response, TextResponse):
            site.site_id_code = pages.site_id_code(response)

    def _widen_scope(self, site: SiteCrawl, url: str) -> None:
        host = host_of(url)
        if host.endswith(".gov.cn") and not site.in_scope(url):
            site.allow_host(url)
            self.crawler.stats.inc_value("frontier/linked_hosts_added")

    def _attachment_item(self, site: SiteCrawl, response: Response) -> FetchedDocument:
        meta = response.meta
        self.crawler.stats.inc_value("documents/attachments")
        return FetchedDocument(
            url=canonical_url(response.url), http_status=response.status, body=response.body,
            content_type=pages.header(response, "Content-Type") or "",
            declared_encoding=None, is_attachment=True, fetched_at=now_iso(), site=site.site,
            link_text=meta.get("link_text", ""), list_date=meta.get("list_date"),
            column=meta.get("column"), via_url=meta.get("via_url"),
            via_body=meta.get("via_body"), via_encoding=meta.get("via_encoding"),
            redirected_from=[canonical_url(u) for u in meta.get("redirect_urls", ())],
        )

    def _page_item(self, site: SiteCrawl, response: TextResponse,
                   attachment_urls: list[str]) -> FetchedDocument:
        meta = response.meta
        self.crawler.stats.inc_value("documents/pages")
        return FetchedDocument(
            url=canonical_url(response.url), http_status=response.status, body=response.body,
            content_type=pages.header(response, "Content-Type") or "",
            declared_encoding=response.encoding, is_attachment=False, fetched_at=now_iso(),
            site=site.site, link_text=meta.get("link_text", ""), list_date=meta.get("list_date"),
            column=meta.get("column"), attachment_urls=attachment_urls,
            redirected_from=[canonical_url(u) for u in meta.get("redirect_urls", ())],
        )

    # --- errors ---

    def on_error(self, failure) -> Iterable:
        request = failure.request
        site = self.sites.get(request.meta.get("site_key", ""))
        if site is None:
            return
        kind = pages.error_kind(failure)
        site.count_error(kind)
        self.crawler.stats.inc_value(f"site_errors/{kind}")
        known: PageRecord | None = request.meta.get("known")
        if known is not None and known.report_id is not None and isinstance(failure.value, HttpError):
            # A report that has gone: the archive keeps it and notes the status.
            self.crawler.stats.inc_value("recrawl/reports_gone")
            yield KnownUrlStatus(known.url, site.site.key, failure.value.response.status, now_iso())
        if request.meta.get("is_home"):
            site.home_failed = EndReason.ROBOTS if kind == EndReason.ROBOTS else EndReason.UNREACHABLE
            logger.warning("Home page of %s (%s) failed: %s", site.site.name, request.url, kind)
        yield from self._after(site)
