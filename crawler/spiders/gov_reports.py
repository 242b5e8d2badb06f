"""The one spider: from seed sites to report candidates, one focused crawl per site.

For each seed the spider fetches the home page (following HTTP, meta-refresh and script
redirects, and widening the site's scope to where they lead), then crawls best-first: every
link is scored by `discovery.links`, strong links are queued with their score as priority,
weak ones wait in the site's reserve until nothing better is in flight, and skipped links
are never fetched. CMS families (`discovery.families`) add the list pages that scripts
write. Pages whose title names a rule-of-law report and that carry text, and attachments
linked from such pages, go to the pipelines as `FetchedDocument`s. Each site ends with a
`SiteOutcome` that says why its crawl stopped.

Arguments: `-a seeds=PATH` (default: the SEEDS_PATH setting), `-a provinces=河北省,山西省`,
`-a adcodes=130100,140000`, `-a limit=N`.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import AsyncIterator, Iterable
from urllib.parse import urlencode

import scrapy
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request, Response, TextResponse, XmlResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (
    ConnectionLost,
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from crawler.discovery.families import Page, PageRequest, families_for
from crawler.discovery.links import (
    ATTACHMENT,
    COLUMN,
    PAGE,
    REPORT,
    SKIP,
    ScoredLink,
    looks_like_report_title,
    score_link,
)
from crawler.discovery.urls import canonical_url, host_of
from crawler.frontier import ROBOTS, UNREACHABLE, CrawlLimits, SiteCrawl
from crawler.items import FetchedDocument, SiteOutcome
from crawler.keywords import ATTACHMENT_URL, COLUMN_WEIGHTS
from crawler.seeds import SeedError, load_seeds
from pipelines.archive import check_archive
from pipelines.classify import title_is_candidate
from pipelines.normalize import to_simplified

logger = logging.getLogger(__name__)

# A report page has at least one run of text this long; list pages have only titles.
MIN_REPORT_TEXT_RUN = 120
# Linked hosts within .gov.cn join a site's scope when the link scores at least this.
FOREIGN_HOST_MIN_SCORE = 40
ATTACHMENT_CONTENT_TYPES = ("pdf", "msword", "officedocument", "octet-stream", "ofd", "wps",
                            "zip", "x-download", "force-download")
# Requests released from a site's reserve at a time.
RESERVE_BATCH = 4
# Content pages carry this much text outside links even when no paragraph is long.
MIN_CONTENT_TEXT = 800
HOME = "home"
_TITLE_NOISE = re.compile(r"\s+")
_YEAR = re.compile(r"(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4}")


def now_iso() -> str:
    """The current UTC time as an ISO 8601 string."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def _split_arg(value: str | None) -> list[str]:
    return [part.strip() for part in re.split(r"[,，;\s]+", value or "") if part.strip()]


def error_kind(failure) -> str:
    """A short name for why a request failed, for the per-site error counts."""
    error = failure.value
    if isinstance(error, HttpError):
        return f"http_{error.response.status}"
    if isinstance(error, IgnoreRequest):
        return ROBOTS if "robots" in str(error).lower() else "ignored"
    if isinstance(error, (TimeoutError, TCPTimedOutError)) or "Timeout" in type(error).__name__:
        return "timeout"
    if isinstance(error, DNSLookupError) or "ResolveHost" in type(error).__name__:
        return "dns"
    if isinstance(error, (ConnectionRefusedError, ConnectionLost)):
        return "connection"
    if isinstance(error, (ResponseFailed, ResponseNeverReceived)):
        return "connection"
    return type(error).__name__.lower()


class GovReportsSpider(scrapy.Spider):
    """Find annual rule-of-law reports on the sites of a seed list."""

    name = "gov_reports"

    def __init__(self, seeds: str | None = None, provinces: str | None = None,
                 adcodes: str | None = None, limit: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.seeds_path = seeds
        self.provinces = _split_arg(provinces)
        self.adcodes = _split_arg(adcodes)
        if limit is not None and not str(limit).isdigit():
            raise SeedError(f"-a limit={limit!r}: expected a whole number of sites")
        self.limit = int(limit) if limit is not None else None
        self.sites: dict[str, SiteCrawl] = {}
        self.sites_finished = 0

    @classmethod
    def check_configuration(cls, settings, seeds: str | None = None, provinces: str | None = None,
                            adcodes: str | None = None, limit: str | None = None, **_) -> None:
        """Raise SeedError or ArchiveError, with a one-line message, before a crawl starts."""
        if limit is not None and not str(limit).isdigit():
            raise SeedError(f"-a limit={limit!r}: expected a whole number of sites")
        load_seeds(seeds or settings.get("SEEDS_PATH"), _split_arg(provinces),
                   _split_arg(adcodes), int(limit) if limit is not None else None)
        check_archive(settings.get("ARCHIVE_PATH"))

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.seeds_path = spider.seeds_path or settings.get("SEEDS_PATH")
        spider.limits = CrawlLimits(
            max_pages=settings.getint("MAX_PAGES_PER_SITE"),
            max_depth=settings.getint("MAX_DEPTH"),
            focus_min_score=settings.getint("FOCUS_MIN_SCORE"),
            fallback_pages=settings.getint("FALLBACK_PAGES_PER_SITE"),
            max_list_pages=settings.getint("MAX_LIST_PAGES"),
            max_query_variants=settings.getint("MAX_QUERY_VARIANTS"),
            max_calendar_variants=settings.getint("MAX_CALENDAR_VARIANTS"),
        )
        # Raises SeedError before anything is crawled; the crawl command prints it.
        spider.seed_list = load_seeds(spider.seeds_path, spider.provinces, spider.adcodes,
                                      spider.limit)
        for seed in spider.seed_list.seeds:
            spider.sites[seed.key] = SiteCrawl(seed, spider.limits)
        crawler.signals.connect(spider._on_request_dropped, signal=signals.request_dropped)
        return spider

    # --- start ---

    async def start(self) -> AsyncIterator[Request]:
        seed_list = self.seed_list
        logger.info(
            "Seed list %s: %d sites to crawl (%d rows, %d without URL skipped, %d sharing a URL "
            "merged, %d filtered out)", seed_list.source, len(seed_list.seeds), seed_list.rows,
            seed_list.without_url, seed_list.merged, seed_list.filtered_out,
        )
        self.crawler.stats.set_value("seeds/sites", len(seed_list.seeds))
        self.crawler.stats.set_value("seeds/without_url", seed_list.without_url)
        for site in self.sites.values():
            request = self._make_request(site, site.site.url, score=90, kind=HOME, hops=0,
                                         extra={"is_home": True})
            if request is not None:
                yield request

    # --- requests ---

    def _make_request(self, site: SiteCrawl, url: str, score: int, kind: str, hops: int,
                      extra: dict | None = None, method: str = "GET",
                      formdata: tuple[tuple[str, str], ...] = (), admitted: bool = False
                      ) -> Request | None:
        if not admitted:
            # A POST is told apart by its form, as if the form were the query.
            key = url if method == "GET" else f"{url}{'&' if '?' in url else '?'}{urlencode(formdata)}"
            refusal = site.admit(key)
            if refusal is not None:
                if refusal == "trap":
                    self.crawler.stats.inc_value("frontier/refused_trap")
                return None
        if not site.has_budget():
            self.crawler.stats.inc_value("frontier/refused_budget")
            return None
        site.count_request()
        meta = {"site_key": site.site.key, "score": score, "kind": kind, "hops": hops,
                **(extra or {})}
        if method == "POST":
            meta["form"] = formdata
            return scrapy.FormRequest(url, formdata=list(formdata), callback=self.parse,
                                      errback=self.on_error, priority=score, meta=meta)
        return Request(url, callback=self.parse, errback=self.on_error, priority=score, meta=meta)

    def _schedule(self, site: SiteCrawl, link: ScoredLink, hops: int, extra: dict) -> Request | None:
        """Queue a strong link now, or keep a weak one in the site's reserve."""
        if link.kind == SKIP or link.score <= 0:
            return None
        is_page = link.kind == PAGE
        next_hops = hops if is_page else hops + 1
        if next_hops > site.limits.max_depth and link.kind not in (ATTACHMENT, REPORT):
            return None
        if is_page and extra.get("page_number", 1) > site.limits.max_list_pages:
            return None
        refusal = site.admit(link.url)
        if refusal is not None:
            if refusal == "trap":
                self.crawler.stats.inc_value("frontier/refused_trap")
            return None
        meta = {"link_text": link.text, "list_date": link.date, **extra}
        if link.score < site.limits.focus_min_score:
            site.keep_in_reserve(canonical_url(link.url), link.score,
                                 {"kind": link.kind, "hops": next_hops, "meta": meta})
            return None
        return self._make_request(site, link.url, link.score, link.kind, next_hops, meta,
                                  admitted=True)

    def _release_reserve(self, site: SiteCrawl) -> list[Request]:
        """When a site has nothing in flight, fetch its best reserve links."""
        if site.in_flight > 0 or site.finished:
            return []
        requests = []
        for entry in site.take_from_reserve(RESERVE_BATCH):
            site.count_request()
            meta = {"site_key": site.site.key, "score": -entry.sort_key[0],
                    "kind": entry.meta["kind"], "hops": entry.meta["hops"], **entry.meta["meta"]}
            requests.append(Request(entry.url, callback=self.parse, errback=self.on_error,
                                    priority=-entry.sort_key[0], meta=meta))
        if requests:
            self.crawler.stats.inc_value("frontier/reserve_released", len(requests))
        return requests

    def _after(self, site: SiteCrawl) -> list:
        """Settle one request of the site; release its reserve or close it when idle."""
        site.settle()
        released = self._release_reserve(site)
        if released:
            return released
        if site.in_flight == 0 and not site.finished:
            return [self._finish(site, finished=True)]
        return []

    def _finish(self, site: SiteCrawl, finished: bool) -> SiteOutcome:
        site.finished = True
        self.sites_finished += 1
        reason = site.end_reason(finished)
        self.crawler.stats.inc_value(f"sites/end_{reason}")
        logger.info(
            "Site %d/%d done: %s %s: %d requests, %d pages, ended by %s%s",
            self.sites_finished, len(self.sites), site.site.name, site.site.url, site.requested,
            site.fetched, reason,
            f", errors {dict(site.errors)}" if site.errors else "",
        )
        return SiteOutcome(
            site=site.site, final_url=site.final_url, site_id_code=site.site_id_code,
            requests=site.requested, pages_fetched=site.fetched, end_reason=reason,
            errors=dict(site.errors), finished_at=now_iso(),
        )

    def unfinished_outcomes(self) -> list[SiteOutcome]:
        """Outcomes of the sites still open when the crawl stops (shutdown, budget, kill)."""
        return [self._finish(site, finished=False) for site in self.sites.values()
                if not site.finished]

    def _on_request_dropped(self, request: Request, spider=None) -> None:
        site = self.sites.get(request.meta.get("site_key", ""))
        if site is not None:
            # The scheduler refused it (a URL another site had queued): it will not come back.
            site.settle()

    # --- responses ---

    def parse(self, response: Response) -> Iterable:
        site = self.sites[response.meta["site_key"]]
        site.fetched += 1
        outputs: list = []
        try:
            outputs.extend(self._handle(site, response))
        finally:
            outputs.extend(self._after(site))
        yield from outputs

    def _handle(self, site: SiteCrawl, response: Response) -> list:
        meta = response.meta
        if meta.get("is_home"):
            self._record_home(site, response)
        elif not site.in_scope(response.url):
            # An in-scope link redirected off the site.
            self.crawler.stats.inc_value("frontier/offsite_redirect")
            return []
        if self._is_attachment(response):
            return [self._attachment_item(site, response)]
        if not isinstance(response, TextResponse):
            return []
        page = Page(response.url, response.text, response.selector, tuple(meta.get("form", ())))
        title = self._page_title(response)
        relevance = self._relevance(meta, title)
        title_candidate = any(title_is_candidate(t) for t in (title, meta.get("link_text")))
        found: list[ScoredLink] = []
        families = families_for(page)
        for family in families:
            found.extend(score_link(link, relevance, title_candidate) for link in family.links(page))
        outputs: list = []
        attachment_urls = [s.url for s in found if s.kind == ATTACHMENT]
        if title_candidate and self._has_text_run(response):
            outputs.append(self._page_item(site, response, attachment_urls))
        hops = meta.get("hops", 0)
        # An article page lends its title and date to its attachments; a list page, whose
        # title is a column name without a year, does not.
        is_article = any(looks_like_report_title(t) and _YEAR.search(t)
                         for t in (title, meta.get("link_text")) if t)
        via = ({"via_url": response.url, "via_body": response.body,
                "via_encoding": response.encoding} if is_article else {})
        for link in found:
            if meta.get("is_home") and link.score >= FOREIGN_HOST_MIN_SCORE:
                self._widen_scope(site, link.url)
            extra = {"column": title or None}
            if link.kind == ATTACHMENT:
                extra.update(via)
            if link.kind == PAGE:
                extra["page_number"] = meta.get("page_number", 1) + 1
            request = self._schedule(site, link, hops, extra)
            if request is not None:
                outputs.append(request)
        for family in families:
            for page_request in family.next_pages(page):
                request = self._list_request(site, page_request, relevance, hops, title)
                if request is not None:
                    outputs.append(request)
        return outputs

    def _list_request(self, site: SiteCrawl, page_request: PageRequest, relevance: int, hops: int,
                      title: str | None) -> Request | None:
        if page_request.page_number > site.limits.max_list_pages:
            return None
        score = max(relevance - 1, 2)
        link = ScoredLink(page_request.url, "", score, PAGE)
        extra = {"page_number": page_request.page_number, "column": title or None,
                 "relevance": relevance}
        if score < site.limits.focus_min_score:
            return self._schedule(site, link, hops, extra)
        return self._make_request(site, page_request.url, score, PAGE, hops, extra,
                                  method=page_request.method, formdata=page_request.formdata)

    def _record_home(self, site: SiteCrawl, response: Response) -> None:
        for url in (*response.meta.get("redirect_urls", ()), response.url):
            site.allow_url(url)
        site.final_url = response.url
        if isinstance(response, TextResponse):
            code = response.xpath("//meta[translate(@name,'SITEDCO','sitedco')='siteidcode']"
                                  "/@content").get()
            if not code:
                match = re.search(r"(?:网站标识码|标识码)\s*[:：]?\s*([0-9A-Za-z]{10})", response.text)
                code = match.group(1) if match else None
            site.site_id_code = code.strip() if code else None

    def _widen_scope(self, site: SiteCrawl, url: str) -> None:
        host = host_of(url)
        if host.endswith(".gov.cn") and not site.in_scope(url):
            site.allow_host(url)
            self.crawler.stats.inc_value("frontier/linked_hosts_added")

    def _page_title(self, response: TextResponse) -> str | None:
        title = (response.xpath("//meta[@name='ArticleTitle']/@content").get()
                 or response.xpath("//title/text()").get() or "")
        title = _TITLE_NOISE.sub(" ", title).strip()
        return to_simplified(title) if title else None

    def _relevance(self, meta: dict, title: str | None) -> int:
        """How much this page is about reports: its link's score, or its own title's."""
        inherited = meta.get("relevance", 0)
        if meta.get("kind") in (COLUMN, PAGE):
            inherited = max(inherited, meta.get("score", 0))
        own = 0
        if title:
            own = max((weight for word, weight in COLUMN_WEIGHTS if word in title), default=0)
        return min(max(inherited, own), 95)

    def _has_text_run(self, response: TextResponse) -> bool:
        """Whether the page carries running text, as a report does and a list does not."""
        if response.xpath(f"//p[string-length(normalize-space(string(.))) >= {MIN_REPORT_TEXT_RUN}]"):
            return True
        total = 0
        for text in response.xpath("//body//text()[not(ancestor::a) and not(ancestor::script) "
                                   "and not(ancestor::style) and not(ancestor::option)]").getall():
            length = len(text.strip())
            if length >= MIN_REPORT_TEXT_RUN:
                return True
            total += length
        return total >= MIN_CONTENT_TEXT

    def _is_attachment(self, response: Response) -> bool:
        if isinstance(response, (HtmlResponse, XmlResponse)):
            return False
        head = response.body[:8]
        if head.startswith((b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
            return True
        content_type = response.headers.get("Content-Type", b"").decode("latin-1").lower()
        if any(kind in content_type for kind in ATTACHMENT_CONTENT_TYPES):
            return True
        return not isinstance(response, TextResponse) and bool(ATTACHMENT_URL.search(response.url))

    def _attachment_item(self, site: SiteCrawl, response: Response) -> FetchedDocument:
        meta = response.meta
        self.crawler.stats.inc_value("documents/attachments")
        return FetchedDocument(
            url=response.url, http_status=response.status, body=response.body,
            content_type=response.headers.get("Content-Type", b"").decode("latin-1"),
            declared_encoding=None, is_attachment=True, fetched_at=now_iso(), site=site.site,
            link_text=meta.get("link_text", ""), list_date=meta.get("list_date"),
            column=meta.get("column"), via_url=meta.get("via_url"),
            via_body=meta.get("via_body"), via_encoding=meta.get("via_encoding"),
            redirected_from=list(meta.get("redirect_urls", ())),
        )

    def _page_item(self, site: SiteCrawl, response: TextResponse,
                   attachment_urls: list[str]) -> FetchedDocument:
        meta = response.meta
        self.crawler.stats.inc_value("documents/pages")
        return FetchedDocument(
            url=response.url, http_status=response.status, body=response.body,
            content_type=response.headers.get("Content-Type", b"").decode("latin-1"),
            declared_encoding=response.encoding, is_attachment=False, fetched_at=now_iso(),
            site=site.site, link_text=meta.get("link_text", ""), list_date=meta.get("list_date"),
            column=meta.get("column"), attachment_urls=attachment_urls,
            redirected_from=list(meta.get("redirect_urls", ())),
        )

    # --- errors ---

    def on_error(self, failure) -> Iterable:
        request = failure.request
        site = self.sites.get(request.meta.get("site_key", ""))
        if site is None:
            return
        kind = error_kind(failure)
        site.count_error(kind)
        self.crawler.stats.inc_value(f"site_errors/{kind}")
        if request.meta.get("is_home"):
            site.home_failed = ROBOTS if kind == ROBOTS else UNREACHABLE
            logger.warning("Home page of %s (%s) failed: %s", site.site.name, request.url, kind)
        yield from self._after(site)
