"""The archive pipeline on a stand-in crawl: it asks the crawl only what `CrawlOutcomes`
declares, writes each batch of page visits as it comes, holds a candidate's page row
until its document is archived, and writes a WARC capture before the report that points at it."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest
from scrapy.utils.test import get_crawler

from archive.history import PageRole
from archive.records import DocumentOutcome, DocumentStatus
from archive.warc import HttpCapture, record_payload, warc_folder
from crawler.items import CrawlOutcomes, PageVisit, PageVisits, SiteOutcome
from pipelines.scrapy_pipelines import ArchivePipeline
from tests.factories import body_of, record


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


def open_with_warc(archive, scope: str):
    """A crawler, a stand-in crawl and an open archive pipeline keeping `scope` in WARC."""
    crawler = get_crawler(settings_dict={"ARCHIVE_PATH": str(archive), "WARC_SCOPE": scope})
    crawler.stats.open_spider()
    crawler.spider = crawl = StandInCrawl([])
    pipeline = ArchivePipeline.from_crawler(crawler)
    pipeline.open_spider()
    return crawler, crawl, pipeline


def page_capture(url: str, body: bytes) -> HttpCapture:
    return HttpCapture(url=url, target_uri=url, method="GET", request_headers=[], request_body=b"",
                       status=200, response_headers=[("Content-Type", "text/html")], body=body,
                       fetched_at="2025-01-02T03:04:05+00:00")


def test_a_capture_is_written_before_its_row_and_the_report_points_at_it(tmp_path):
    archive = tmp_path / "archive.db"
    crawler, crawl, pipeline = open_with_warc(archive, "reports")
    url = "http://www.a.gov.cn/t20240301_1.html"
    body = body_of("000_0afa2c059454ba15.txt")
    served = f"<html><body>{body}</body></html>".encode()
    kept = page_capture(url, served)

    async def feed() -> None:
        await pipeline.process_item(kept)
        await pipeline.process_item(record(url, body))

    asyncio.run(feed())
    pipeline.spider_closed(crawl, "finished")
    with sqlite3.connect(archive) as conn:
        warc_file, offset, length, digest = conn.execute(
            "select c.warc_file, c.warc_offset, c.warc_length, c.payload_digest from versions v "
            "join captures c on c.id = v.capture_id").fetchone()
        sighting = conn.execute("select capture_id from sightings").fetchone()[0]
    headers, payload = record_payload(archive.parent / warc_file, offset, length)
    assert payload == served and headers["WARC-Payload-Digest"] == digest
    assert sighting is not None
    assert crawler.stats.get_value("warc/records") == 1


def test_without_warc_a_capture_is_dropped(tmp_path):
    archive = tmp_path / "archive.db"
    _, crawl, pipeline = open_with_warc(archive, "off")
    asyncio.run(pipeline.process_item(page_capture("http://www.a.gov.cn/", b"x")))
    pipeline.spider_closed(crawl, "finished")
    assert not warc_folder(archive).exists()
    with sqlite3.connect(archive) as conn:
        assert conn.execute("select count(*) from captures").fetchone()[0] == 0
