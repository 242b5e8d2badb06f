"""The crawl-process extensions that need no crawl: progress lines and garbage-collector tuning."""

from __future__ import annotations

import gc
import logging

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from crawler.extensions import CollectorTuning, ProgressLog
from crawler.items import CrawlOutcomes
from crawler.spiders.gov_reports import GovReportsSpider
from crawler.spiders.gov_sites import GovSitesSpider
from simweb.crawlrun import write_seeds


class CountedCrawl:
    """A crawl that counts its sites, as `CrawlOutcomes` declares."""

    seeds_source = "seeds.csv"
    site_count = 5
    sites_finished = 2

    def take_pending_visits(self) -> list:
        return []

    def unfinished_outcomes(self) -> list:
        return []


class UncountedCrawl:
    """A spider such as gov_sites, which counts no sites."""


def progress_lines(spider, caplog) -> list[str]:
    crawler = get_crawler(settings_dict={"PROGRESS_INTERVAL": 30.0})
    crawler.stats.open_spider()
    crawler.stats.set_value("downloader/request_count", 11)
    progress = ProgressLog.from_crawler(crawler)
    with caplog.at_level(logging.INFO, logger="crawler.extensions"):
        progress.spider_opened(spider)
        progress.spider_closed(spider, "finished")
    return [r.getMessage() for r in caplog.records]


def test_progress_counts_the_sites_of_a_crawl_that_counts_them(caplog):
    assert progress_lines(CountedCrawl(), caplog) == [
        "Progress: 2/5 sites done, 11 requests, 0 pages, 0 reports new, 0 seen again, "
        "0 revised, 0 errors"]


def test_progress_without_site_counts_says_why(caplog):
    lines = progress_lines(UncountedCrawl(), caplog)
    assert lines == ["Progress lines without site counts: UncountedCrawl does not implement "
                     "CrawlOutcomes",
                     "Progress: 11 requests, 0 pages, 0 reports new, 0 seen again, 0 revised, "
                     "0 errors"]


def test_gov_reports_implements_crawl_outcomes_and_gov_sites_does_not(tmp_path):
    seeds = write_seeds([{"name": "甲县", "url": "http://www.a.gov.cn/", "level": "county",
                          "province": "河北省", "city": "石家庄市", "adcode": "130123"}],
                        tmp_path / "seeds.csv")
    crawler = get_crawler(GovReportsSpider)
    spider = GovReportsSpider.from_crawler(crawler, seeds=str(seeds))
    assert isinstance(spider, CrawlOutcomes)
    assert (spider.seeds_source, spider.site_count, spider.sites_finished) == (str(seeds), 1, 0)
    crawler = get_crawler(GovSitesSpider)
    assert not isinstance(GovSitesSpider.from_crawler(crawler, seeds=str(seeds)), CrawlOutcomes)


def test_collector_tuning_freezes_sets_thresholds_counts_and_restores():
    crawler = get_crawler(settings_dict={"GC_THRESHOLDS": "12345,7,9"})
    crawler.stats.open_spider()
    tuning = CollectorTuning.from_crawler(crawler)
    before = gc.get_threshold()
    tuning.spider_opened(None)
    try:
        assert gc.get_threshold() == (12345, 7, 9)
        assert gc.get_freeze_count() > 0
        gc.collect(0)
    finally:
        tuning.spider_closed(None, "finished")
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
    assert crawler.stats.get_value("gc/collections_gen0") >= 1
    assert crawler.stats.get_value("gc/collections_gen2") is not None


def test_collector_tuning_is_off_without_thresholds():
    with pytest.raises(NotConfigured):
        CollectorTuning.from_crawler(get_crawler(settings_dict={"GC_THRESHOLDS": []}))
