"""Bookkeeping of crawls, sites, candidate documents and fetched pages.

One row per crawl run (`crawls`), per seed site (`sites`, with why its crawl ended, and
`site_candidates`, the home pages it was tried at when it had several), per
candidate document and its fate (`documents`), per fetched page (`pages`, what re-crawls
read back through `archive.history`), plus the region registry and the sites found on city
portals. Each writer is one transaction, retried while a reader holds a lock.
`read_crawl_summary` reads back what one crawl did, for the summary printed at its end.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

import sqlite_utils

from archive.errors import retry_on_lock
from archive.records import DocumentOutcome, DocumentStatus, EndReason
from archive.schema import write_transaction


@retry_on_lock
def start_crawl(db: sqlite_utils.Database, started_at: str, seeds: str, sites: int) -> int:
    """Record the start of a run; returns its id."""
    with write_transaction(db):
        return db["crawls"].insert({"started_at": started_at, "seeds": seeds,
                                    "sites": sites}).last_pk


@retry_on_lock
def finish_crawl(db: sqlite_utils.Database, crawl_id: int, finished_at: str, reason: str,
                 stats: dict) -> None:
    """Record the end of a run with its figures."""
    counts = {
        "requests": stats.get("downloader/request_count", 0),
        "pages": stats.get("response_received_count", 0),
        "reports_new": stats.get("archive/reports_new", 0),
        "reports_seen": stats.get("archive/reports_seen", 0),
        "revisions": stats.get("archive/revisions", 0),
        "errors": sum(v for k, v in stats.items()
                      if k.startswith("site_errors/") and isinstance(v, int)),
    }
    with write_transaction(db):
        db["crawls"].update(
            crawl_id,
            {
                "finished_at": finished_at,
                "finish_reason": reason,
                "stats": json.dumps(stats, ensure_ascii=False, default=str, sort_keys=True),
                **counts,
            },
        )


@retry_on_lock
def save_sites(db: sqlite_utils.Database, rows: list[dict], candidates: list[dict] = ()) -> None:
    """Insert or update the `sites` rows of this crawl, and the candidate home pages they had."""
    if not rows and not candidates:
        return
    with write_transaction(db):
        if rows:
            db["sites"].upsert_all(rows, pk="site_key", alter=False)
        if candidates:
            db["site_candidates"].upsert_all(candidates, pk=("site_key", "url"), alter=False)


@retry_on_lock
def save_document(db: sqlite_utils.Database, outcome: DocumentOutcome, crawl_id: int | None,
                  report_id: int | None = None) -> None:
    """Record what became of a candidate document."""
    row = asdict(outcome)
    row.update({"crawl_id": crawl_id, "report_id": report_id})
    with write_transaction(db):
        db["documents"].upsert(row, pk="url", alter=False)


@retry_on_lock
def save_pages(db: sqlite_utils.Database, rows: list[dict]) -> None:
    """Insert or update `pages` rows in one transaction; columns a row lacks keep their values."""
    groups: dict[tuple[str, ...], list[dict]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    with write_transaction(db):
        for group in groups.values():
            db["pages"].upsert_all(group, pk="url", alter=False)


@retry_on_lock
def record_known_status(db: sqlite_utils.Database, url: str, http_status: int, fetched_at: str,
                        site_key: str, crawl_id: int | None) -> list[int]:
    """A known report URL answered 304 (unchanged) or an error: log it for its reports.

    An unchanged copy's sighting keeps the text hash and the capture (the bytes) of the last
    sighting there that had content.

    Returns:
        The ids of the reports seen at that URL before.
    """
    report_ids = [row[0] for row in db.execute(
        "select distinct report_id from sightings where url = ? and report_id is not null",
        [url])]
    unchanged = http_status == 304
    with write_transaction(db):
        for report_id in report_ids:
            last = db.execute("select content_hash, capture_id from sightings where report_id = ? "
                              "and url = ? and content_hash is not null order by id desc limit 1",
                              [report_id, url]).fetchone()
            db["sightings"].insert({
                "report_id": report_id, "url": url, "fetched_at": fetched_at,
                "http_status": http_status, "kind": "unchanged" if unchanged else "missing",
                "content_hash": last[0] if (last and unchanged) else None, "match": "url",
                "similarity": None, "site_key": site_key, "via_url": None, "found_in": None,
                "crawl_id": crawl_id, "capture_id": last[1] if (last and unchanged) else None,
            })
            if unchanged:
                db["reports"].update(report_id, {"last_seen": fetched_at})
    return report_ids


@retry_on_lock
def ensure_regions(db: sqlite_utils.Database, regions) -> int:
    """Load the division registry into `regions` unless it is already there; returns its size.

    Args:
        regions: `vocabulary.regions.Region` objects (the gazetteer's).
    """
    regions = list(regions)
    if db["regions"].count == len(regions):
        return len(regions)
    rows = [{"adcode": r.adcode, "name": r.name, "level": r.level, "kind": r.kind,
             "province": r.province, "city": r.city, "short_names": "、".join(r.short_names)}
            for r in regions]
    with write_transaction(db):
        db["regions"].upsert_all(rows, pk="adcode", alter=False)
    return len(regions)


@retry_on_lock
def save_discovered_site(db: sqlite_utils.Database, row: dict, replace: bool = True) -> None:
    """Record one site found on a city or provincial portal.

    Args:
        replace: overwrite what an earlier look recorded for the same unit and URL (the
            `gov_sites` crawl, which reads each candidate's code); the report crawl, which
            matches by name only, adds rows without replacing any.
    """
    with write_transaction(db):
        if replace:
            db["discovered_sites"].upsert(row, pk=("adcode", "url"), alter=False)
        else:
            db["discovered_sites"].insert(row, pk=("adcode", "url"), alter=False, ignore=True)


def count_site_reports(db: sqlite_utils.Database, crawl_id: int) -> dict[str, int]:
    """Reports seen per site in one crawl, from the sightings."""
    rows = db.execute(
        "select site_key, count(distinct report_id) from sightings where crawl_id = ? "
        "group by site_key",
        [crawl_id],
    ).fetchall()
    return dict(rows)


def report_columns(db: sqlite_utils.Database, crawl_id: int) -> dict[str, list[str]]:
    """Columns (list pages) where each site's reports were found in one crawl."""
    rows = db.execute(
        "select distinct site_key, found_in from sightings where crawl_id = ? "
        "and found_in is not null order by site_key, found_in",
        [crawl_id],
    ).fetchall()
    columns: dict[str, list[str]] = {}
    for site_key, found_in in rows:
        columns.setdefault(site_key, []).append(found_in)
    return columns


@retry_on_lock
def update_site_report_counts(db: sqlite_utils.Database, crawl_id: int) -> None:
    """Fill `reports_found` and `report_columns` of the sites crawled in `crawl_id`."""
    counts = count_site_reports(db, crawl_id)
    columns = report_columns(db, crawl_id)
    # Files that came but could not be read count among a site's errors too.
    unreadable: dict[str, dict[str, int]] = {}
    for key, status, n in db.execute(
            "select site_key, status, count(*) from documents where crawl_id = ? "
            "and status in (?, ?) group by site_key, status",
            [crawl_id, DocumentStatus.CORRUPT.value, DocumentStatus.ERROR.value]):
        unreadable.setdefault(key, {})[f"{status}_document"] = n
    rows = db.execute("select site_key, errors from sites where last_crawl_id = ?",
                      [crawl_id]).fetchall()
    with write_transaction(db):
        for key, errors in rows:
            merged = {**json.loads(errors or "{}"), **unreadable.get(key, {})}
            db["sites"].update(key, {
                "reports_found": counts.get(key, 0),
                "report_columns": json.dumps(columns.get(key, []), ensure_ascii=False),
                "errors": json.dumps(merged, ensure_ascii=False, sort_keys=True),
            })


@dataclass
class CrawlSummary:
    """What one crawl did, from its `crawls` row, its `sites` rows and its sightings."""

    crawl_id: int
    finish_reason: str | None
    seed_sites: int  # sites of the seed list when the crawl started
    end_reasons: dict[str, int] = field(default_factory=dict)  # this run's sites, by end_reason
    reached: int = 0  # this run's sites whose home page answered
    requests: int = 0
    pages: int = 0
    errors: int = 0
    reports_new: int = 0
    reports_seen: int = 0
    revisions: int = 0
    reports_unchanged: int = 0  # known reports whose URL answered 304 Not Modified
    reports_missing: int = 0  # known reports whose URL answered 404, 410... in this crawl

    @property
    def sites(self) -> int:
        """Sites this run recorded (seeds, and county sites found on portals)."""
        return sum(self.end_reasons.values())

    @property
    def unreachable(self) -> int:
        return self.end_reasons.get(EndReason.UNREACHABLE, 0)

    @property
    def blocked(self) -> int:
        """Sites whose robots.txt forbids their home page."""
        return self.end_reasons.get(EndReason.ROBOTS, 0)

    @property
    def not_visited(self) -> int:
        """Sites the crawl stopped before their home page was fetched."""
        return self.sites - self.reached - self.unreachable - self.blocked

    @property
    def done_earlier(self) -> int:
        """Seed sites without a row of this run: finished before a pause (JOBDIR)."""
        return max(0, self.seed_sites - self.sites)

    @property
    def none_reached(self) -> bool:
        """Every site of the crawl was unreachable or blocked: nothing could be looked at."""
        return (self.sites > 0 and not self.done_earlier
                and self.unreachable + self.blocked == self.sites)


def read_crawl_summary(db: sqlite_utils.Database, crawl_id: int) -> CrawlSummary | None:
    """The summary of crawl `crawl_id` from the archive's rows, or None if it has no row."""
    row = db.execute("select finish_reason, sites, requests, pages, errors, reports_new, "
                     "reports_seen, revisions from crawls where id = ?", [crawl_id]).fetchone()
    if row is None:
        return None
    names = ("seed_sites", "requests", "pages", "errors", "reports_new", "reports_seen", "revisions")
    summary = CrawlSummary(crawl_id, row[0], **{name: value or 0
                                                for name, value in zip(names, row[1:], strict=True)})
    for reason, final_url, count in db.execute(
            "select end_reason, final_url is not null, count(*) from sites where last_crawl_id = ? "
            "group by end_reason, final_url is not null", [crawl_id]):
        summary.end_reasons[reason] = summary.end_reasons.get(reason, 0) + count
        summary.reached += count if final_url else 0
    for kind, count in db.execute(
            "select kind, count(distinct report_id) from sightings where crawl_id = ? "
            "and kind in ('unchanged', 'missing') group by kind", [crawl_id]):
        setattr(summary, f"reports_{kind}", count)
    return summary
