"""Crawl-process extensions: progress lines in the log, and garbage-collector tuning.

Scrapy's own LogStats reports pages per minute; archivists watching a national crawl want
to know how far through the seed list it is and what it has found. Every
`PROGRESS_INTERVAL` seconds `ProgressLog` logs one line from the crawl's stats and, for a
spider that implements `CrawlOutcomes`, its site counts. `CollectorTuning` makes Python's
cyclic garbage collector cheaper for a long crawl (see its docstring).
"""

from __future__ import annotations

import gc
import logging

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from crawler.items import CrawlOutcomes

logger = logging.getLogger(__name__)


class ProgressLog:
    """Log crawl progress at a fixed interval."""

    def __init__(self, crawler, interval: float):
        self.crawler = crawler
        self.interval = interval
        self.loop: task.LoopingCall | None = None
        # The crawl's site counts; None for a spider without them (gov_sites).
        self.outcomes: CrawlOutcomes | None = None

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
        if isinstance(spider, CrawlOutcomes):
            self.outcomes = spider
        else:
            logger.info("Progress lines without site counts: %s does not implement CrawlOutcomes",
                        type(spider).__name__)
        self.loop = task.LoopingCall(self.log_progress)
        self.loop.start(self.interval, now=False)

    def spider_closed(self, spider, reason) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        self.log_progress()

    def log_progress(self) -> None:
        """One line: sites done/total (if counted), requests, pages, reports new and seen, errors."""
        stats = self.crawler.stats
        sites = ""
        if self.outcomes is not None:
            sites = f"{self.outcomes.sites_finished}/{self.outcomes.site_count} sites done, "
        errors = sum(v for k, v in stats.get_stats().items() if k.startswith("site_errors/"))
        logger.info(
            "Progress: %s%d requests, %d pages, %d reports new, %d seen again, %d revised, "
            "%d errors",
            sites, stats.get_value("downloader/request_count", 0),
            stats.get_value("response_received_count", 0),
            stats.get_value("archive/reports_new", 0), stats.get_value("archive/reports_seen", 0),
            stats.get_value("archive/revisions", 0), errors,
        )


class CollectorTuning:
    """Spare the reactor thread most of the cyclic garbage collector's work.

    A crawl allocates container objects by the million (requests, responses, deferreds) and
    keeps a large, growing heap (the gazetteer, the duplicate index, every site's frontier).
    With Python's default thresholds the collector runs every 700 allocations and a full
    collection walks the whole heap, which cost about a tenth of the crawl's CPU time on the
    benchmark web. Once the crawl is open, this freezes what start-up built (it is never
    garbage) and raises the thresholds to `GC_THRESHOLDS`; collections become rare. Each
    generation's collection count goes to the stats; the previous state is restored at the
    end. An empty `GC_THRESHOLDS` leaves the collector alone.
    """

    def __init__(self, crawler, thresholds: tuple[int, ...]):
        self.crawler = crawler
        self.thresholds = thresholds
        self.previous: tuple[int, ...] | None = None
        self.counts_before: list[int] = []

    @classmethod
    def from_crawler(cls, crawler):
        values = crawler.settings.getlist("GC_THRESHOLDS")
        if not values:
            raise NotConfigured
        extension = cls(crawler, tuple(int(value) for value in values))
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider) -> None:
        self.previous = gc.get_threshold()
        self.counts_before = [stats["collections"] for stats in gc.get_stats()]
        gc.freeze()
        gc.set_threshold(*self.thresholds)
        logger.info("Garbage collector: %d start-up objects frozen, thresholds %s",
                    gc.get_freeze_count(), self.thresholds)

    def spider_closed(self, spider, reason) -> None:
        for generation, (stats, before) in enumerate(zip(gc.get_stats(), self.counts_before,
                                                         strict=True)):
            self.crawler.stats.set_value(f"gc/collections_gen{generation}",
                                         stats["collections"] - before)
        if self.previous is not None:
            gc.set_threshold(*self.previous)
        gc.unfreeze()
