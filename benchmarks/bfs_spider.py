"""A plain breadth-first CrawlSpider: the baseline that the focused crawl is measured against.

It starts from the same seeds, stays on each seed's registrable domain, obeys robots.txt,
follows every link breadth-first (FIFO queues, depth priority), and sends every page and
document it fetches through the same extract, classify and archive pipelines. It stops at
`-s CLOSESPIDER_PAGECOUNT=N`, the budget the benchmark gives it. It knows nothing of
report columns, CMS pagers, traps or canonical URLs: that is the point.

    $ scrapy runspider benchmarks/bfs_spider.py -a seeds=seeds.csv -s CLOSESPIDER_PAGECOUNT=2500
"""

from __future__ import annotations

from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.spiders import CrawlSpider, Rule

from crawler.discovery.urls import host_of, registrable_domain
from crawler.items import FetchedDocument
from crawler.seeds import load_seeds
from vocabulary.dates import now_iso


class BreadthFirstSpider(CrawlSpider):
    """Follow every on-site link, breadth first; hand every page to the pipelines."""

    name = "bfs_baseline"
    custom_settings = {
        "DEPTH_PRIORITY": 1,
        "SCHEDULER_DISK_QUEUE": "scrapy.squeues.PickleFifoDiskQueue",
        "SCHEDULER_MEMORY_QUEUE": "scrapy.squeues.FifoMemoryQueue",
        "DOWNLOADER_MIDDLEWARES": {},
    }
    rules = (Rule(LinkExtractor(deny_extensions=["jpg", "png", "gif", "css", "js", "zip"]),
                  callback="parse_page", follow=True, process_request="stay_on_site"),)

    def __init__(self, seeds: str, **kwargs):
        self.seed_list = load_seeds(seeds)
        self.seeds_path = seeds
        self.start_urls = [seed.url for seed in self.seed_list.seeds]
        self.site_by_domain = {registrable_domain(host_of(s.url)): s for s in self.seed_list.seeds}
        self.sites = {seed.key: seed for seed in self.seed_list.seeds}
        super().__init__(**kwargs)

    # CrawlOutcomes, what the archive pipeline asks: the baseline keeps no per-site outcome
    # and hands over no page visits.
    @property
    def seeds_source(self) -> str:
        return str(self.seeds_path)

    @property
    def site_count(self) -> int:
        return len(self.sites)

    sites_finished = 0

    def take_pending_visits(self) -> list:
        return []

    def unfinished_outcomes(self) -> list:
        return []

    def stay_on_site(self, request, response):
        """Keep to the registrable domains of the seeds."""
        return request if registrable_domain(host_of(request.url)) in self.site_by_domain else None

    def parse_start_url(self, response: Response):
        return self.parse_page(response)

    def parse_page(self, response: Response):
        site = self.site_by_domain.get(registrable_domain(host_of(response.url)))
        if site is None:
            return
        text = isinstance(response, TextResponse)
        yield FetchedDocument(
            url=response.url, http_status=response.status, body=response.body,
            content_type=response.headers.get("Content-Type", b"").decode("latin-1"),
            declared_encoding=response.encoding if text else None,
            is_attachment=not isinstance(response, HtmlResponse), fetched_at=now_iso(), site=site,
        )
