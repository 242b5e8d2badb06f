"""Progress lines in the log: sites done out of total, pages, reports found so far.

Scrapy's own LogStats reports pages per minute; archivists watching a national crawl want
to know how far through the seed list it is and what it has found. Every
`PROGRESS_INTERVAL` seconds this extension logs one line from the crawl's stats and the
spider's site counts.
"""

from __future__ import annotations

import logging

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

logger = logging.getLogger(__name__)


class ProgressLog:
    """Log crawl progress at a fixed interval."""

    def __init__(self, crawler, interval: float):
        self.crawler = crawler
        self.interval = interval
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat("PROGRESS_INTERVAL")
        if interval <= 0:
            raise NotConfigured
        extension = cls(crawler, interval)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider) -> None:
        self.loop = task.LoopingCall(self.log_progress)
        self.loop.start(self.interval, now=False)

    def spider_closed(self, spider, reason) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        self.log_progress()

    def log_progress(self) -> None:
        """One line: sites done/total, requests, pages, reports new and seen, errors."""
        spider = self.crawler.spider
        stats = self.crawler.stats
        total = len(getattr(spider, "sites", {}))
        done = getattr(spider, "sites_finished", 0)
        errors = sum(v for k, v in stats.get_stats().items() if k.startswith("site_errors/"))
        logger.info(
            "Progress: %d/%d sites done, %d requests, %d pages, %d reports new, %d seen again, "
            "%d revised, %d errors",
            done, total, stats.get_value("downloader/request_count", 0),
            stats.get_value("response_received_count", 0),
            stats.get_value("archive/reports_new", 0), stats.get_value("archive/reports_seen", 0),
            stats.get_value("archive/revisions", 0), errors,
        )
