"""Fetch-only baseline: download every URL of a file and do nothing else with the responses.

The practical fetch limit of a machine: the same Scrapy, proxy and project settings as
`scrapy crawl gov_reports` (robots.txt obeyed, CONCURRENT_REQUESTS, per-domain concurrency, the
downloader-aware priority queue, retries, redirects), but no parsing, no items, no pipelines, no
archive, and none of the project's own middlewares or extensions. URLs are read lazily, one per
line; blank lines and lines starting with `#` are skipped. At the end it logs and prints one line
with the responses, the seconds and the pages per second.

    $ python -m scrapy runspider benchmarks/fetch_only_spider.py -a urls=urls.txt \\
        -s DOWNLOAD_DELAY=0 -s AUTOTHROTTLE_ENABLED=False
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import scrapy
from scrapy.http import Response


class FetchOnlySpider(scrapy.Spider):
    """Request every listed URL once; count the answers."""

    name = "fetch_only"
    # Everything of the project that parses, archives or reads the spider's site state is off:
    # the three item pipelines, the progress extension and the script-redirect middleware (it
    # parses every HTML body to follow `window.location`). Scrapy's own components stay.
    custom_settings = {
        "ITEM_PIPELINES": {},
        "EXTENSIONS": {"crawler.extensions.ProgressLog": None},
        "DOWNLOADER_MIDDLEWARES": {"crawler.middlewares.ScriptRedirectMiddleware": None},
        "HTTPERROR_ALLOW_ALL": True,
    }

    def __init__(self, urls: str, **kwargs):
        super().__init__(**kwargs)
        self.urls_path = urls
        self.started = 0.0

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self.started = time.monotonic()
        with open(self.urls_path, encoding="utf-8") as fh:
            for line in fh:
                url = line.strip()
                if url and not url.startswith("#"):
                    yield scrapy.Request(url, callback=self.parse, errback=self.failed)

    def parse(self, response: Response) -> None:
        """Nothing: the body is dropped."""

    def failed(self, failure) -> None:
        """Failures are counted by Scrapy's stats (downloader/exception_*, retry/*)."""

    def closed(self, reason: str) -> None:
        stats = self.crawler.stats
        seconds = time.monotonic() - self.started
        responses = stats.get_value("response_received_count", 0)
        robots = stats.get_value("robotstxt/response_count", 0)
        pages = responses - robots
        line = (f"fetch-only: {pages} pages (+{robots} robots.txt) in {seconds:.1f} s: "
                f"{pages / seconds if seconds else 0:.1f} pages/s ({reason})")
        self.logger.info(line)
        print(line, flush=True)
