"""The archive pipeline on a stand-in crawl: it asks the crawl only what `CrawlOutcomes`
declares, writes each batch of page visits as it comes, and holds a candidate's page row
until its document is archived."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest
from scrapy.utils.test import get_crawler

from archive.history import PageRole
from archive.records import DocumentOutcome, DocumentStatus
from crawler.items import CrawlOutcomes, PageVisit, PageVisits, SiteOutcome
from pipelines.scrapy_pipelines import ArchivePipeline


class StandInCrawl:
    """What the archive may know of a crawl, and nothing more."""

    def __init__(self, pending: list[PageVisit]):
        self.pending = pending
        self.took_pending = False

    @property
    def seeds_source(self) -> str:
        return "seeds/stand-in.csv"

    @property
    def site_count(self) -> int:
        return 7

    @property
    def sites_finished(self) -> int:
        return 0

    def take_pending_visits(self) -> list[PageVisit]:
        self.took_pending = True
        visits, self.pending = self.pending, []
        return visits

    def unfinished_outcomes(self) -> list[SiteOutcome]:
        return []


def visit(path: str, role: str = PageRole.NAVIGATION) -> PageVisit:
    return PageVisit(url=f"http://www.a.gov.cn/{path}", site_key="www.a.gov.cn", role=role,
                     http_status=200, etag='"e"', last_modified=None, fetched_at="2025-01-02T03:04:05")


def outcome(path: str) -> DocumentOutcome:
    return DocumentOutcome(url=f"http://www.a.gov.cn/{path}", site_key="www.a.gov.cn", kind="html",
                           status=DocumentStatus.REJECTED, title="通知", reason="not a report",
                           fetched_at="2025-01-02T03:04:05")


def pipeline_on(crawl, archive) -> ArchivePipeline:
    crawler = get_crawler(settings_dict={"ARCHIVE_PATH": str(archive)})
    crawler.stats.open_spider()
    crawler.spider = crawl
    return ArchivePipeline.from_crawler(crawler)


def stored_pages(archive) -> set[str]:
    with sqlite3.connect(archive) as conn:
        return {url.rsplit("/", 1)[1] for (url,) in conn.execute("select url from pages")}


def test_archive_pipeline_writes_each_batch_and_waits_for_candidates(tmp_path):
    archive = tmp_path / "archive.db"
    crawl = StandInCrawl([visit("last.html"), visit("c3.html", PageRole.CANDIDATE)])
    assert isinstance(crawl, CrawlOutcomes)
    pipeline = pipeline_on(crawl, archive)
    pipeline.open_spider()

    async def feed() -> list[set[str]]:
        seen = []
        await pipeline.process_item(PageVisits([visit("n1.html"), visit("n2.html"),
                                                visit("c1.html", PageRole.CANDIDATE)]))
        seen.append(stored_pages(archive))
        await pipeline.process_item(outcome("c1.html"))
        await pipeline.process_item(outcome("c2.html"))
        seen.append(stored_pages(archive))
        await pipeline.process_item(PageVisits([visit("c2.html", PageRole.CANDIDATE)]))
        seen.append(stored_pages(archive))
        return seen

    first, after_documents, after_second_batch = asyncio.run(feed())
    pipeline.spider_closed(crawl, "finished")
    # A batch is in the archive as soon as it is processed; a candidate waits for its document.
    assert first == {"n1.html", "n2.html"}
    assert after_documents == first | {"c1.html"}
    assert after_second_batch == after_documents | {"c2.html"}
    # At the end the crawl's last visits follow, but not a candidate without its document.
    assert crawl.took_pending
    assert stored_pages(archive) == after_second_batch | {"last.html"}
    with sqlite3.connect(archive) as conn:
        row = conn.execute("select seeds, sites, finish_reason from crawls").fetchone()
    assert row == ("seeds/stand-in.csv", 7, "finished")


def test_archive_pipeline_refuses_a_spider_without_crawl_outcomes(tmp_path):
    class Partial:
        seeds_source = "seeds.csv"
        sites = {}

    pipeline = pipeline_on(Partial(), tmp_path / "archive.db")
    with pytest.raises(TypeError, match="CrawlOutcomes"):
        pipeline.open_spider()
    assert not (tmp_path / "archive.db").exists()
