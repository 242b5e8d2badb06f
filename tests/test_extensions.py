"""The crawl-process extensions that need no crawl: garbage-collector tuning."""

from __future__ import annotations

import gc

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from crawler.extensions import CollectorTuning


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
