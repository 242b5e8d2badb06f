"""The SQLite archive: schema, locking, and saving reports, copies, versions, sites and crawls.

A thin layer over sqlite-utils. `ensure_schema` creates or migrates every table, index and
full-text index and can run any number of times. Writes go through `write_transaction`
(`BEGIN IMMEDIATE`, one transaction per item) and are retried with backoff while a reader
such as Datasette holds a lock. `ArchiveLock` keeps two crawls from writing one archive.
`archive_report` is where a copy becomes a new report, a sighting of a known one, or a new
version of a changed one. The table and column names are a public contract: the README
documents them and Datasette's metadata describes them.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import sqlite_utils
from tenacity import retry, retry_if_exception, stop_after_delay, wait_exponential

from pipelines.dedup import (
    CopyTraits,
    DuplicateIndex,
    prefer_copy,
    same_report,
    years_compatible,
)
from pipelines.fingerprint import (
    content_hash,
    minhash,
    minhash_from_bytes,
    minhash_to_bytes,
    shingles,
)
from pipelines.normalize import fingerprint_text
from pipelines.records import DocumentOutcome, ReportRecord

SCHEMA_VERSION = 1

TABLES: dict[str, dict] = {
    "reports": {
        "columns": {
            "id": int,
            "title": str,
            "region": str,
            "region_code": str,
            "province": str,
            "city": str,
            "report_year": int,
            "publisher": str,
            "publish_date": str,
            "issuer_kind": str,
            "url": str,
            "body": str,
            "body_original": str,
            "original_script": str,
            "source_kind": str,
            "own_site": int,
            "content_hash": str,
            "score": float,
            "reason": str,
            "site_id_code": str,
            "index_no": str,
            "site_key": str,
            "first_seen": str,
            "last_seen": str,
            "updated_at": str,
        },
        "pk": "id",
        "indexes": [["region"], ["report_year"], ["province"], ["content_hash"], ["region_code"]],
    },
    "sightings": {
        "columns": {
            "id": int,
            "report_id": int,
            "url": str,
            "fetched_at": str,
            "http_status": int,
            "kind": str,
            "content_hash": str,
            "match": str,
            "similarity": float,
            "site_key": str,
            "via_url": str,
            "found_in": str,
            "crawl_id": int,
        },
        "pk": "id",
        "foreign_keys": [("report_id", "reports", "id")],
        "indexes": [["report_id"], ["url"], ["content_hash"], ["crawl_id"], ["site_key"]],
    },
    "versions": {
        "columns": {
            "id": int,
            "report_id": int,
            "version": int,
            "body": str,
            "content_hash": str,
            "url": str,
            "first_seen": str,
        },
        "pk": "id",
        "foreign_keys": [("report_id", "reports", "id")],
        "indexes": [["report_id"], ["content_hash"]],
    },
    "fingerprints": {
        "columns": {"report_id": int, "minhash": bytes},
        "pk": "report_id",
        "foreign_keys": [("report_id", "reports", "id")],
        "indexes": [],
    },
    "documents": {
        "columns": {
            "url": str,
            "site_key": str,
            "kind": str,
            "status": str,
            "title": str,
            "reason": str,
            "score": float,
            "via_url": str,
            "report_id": int,
            "fetched_at": str,
            "crawl_id": int,
        },
        "pk": "url",
        "indexes": [["status"], ["site_key"]],
    },
    "pages": {
        "columns": {
            "url": str,
            "site_key": str,
            "role": str,
            "http_status": int,
            "etag": str,
            "last_modified": str,
            "links": bytes,
            "report_id": int,
            "fetched_at": str,
            "crawl_id": int,
        },
        "pk": "url",
        "indexes": [["site_key"], ["report_id"]],
    },
    "regions": {
        "columns": {
            "adcode": str,
            "name": str,
            "level": str,
            "kind": str,
            "province": str,
            "city": str,
            "short_names": str,
        },
        "pk": "adcode",
        "indexes": [["name"], ["level"], ["province"]],
    },
    "discovered_sites": {
        "columns": {
            "adcode": str,
            "name": str,
            "province": str,
            "city": str,
            "url": str,
            "final_url": str,
            "site_id_code": str,
            "status": str,
            "reason": str,
            "source_url": str,
            "link_text": str,
            "discovered_at": str,
        },
        "pk": ("adcode", "url"),
        "indexes": [["status"]],
    },
    "crawls": {
        "columns": {
            "id": int,
            "started_at": str,
            "finished_at": str,
            "finish_reason": str,
            "seeds": str,
            "sites": int,
            "requests": int,
            "pages": int,
            "reports_new": int,
            "reports_seen": int,
            "revisions": int,
            "errors": int,
            "stats": str,
        },
        "pk": "id",
        "indexes": [],
    },
    "sites": {
        "columns": {
            "site_key": str,
            "name": str,
            "level": str,
            "province": str,
            "city": str,
            "adcode": str,
            "seed_url": str,
            "final_url": str,
            "site_id_code": str,
            "site_id_matches": int,
            "pages_fetched": int,
            "reports_found": int,
            "report_columns": str,
            "end_reason": str,
            "errors": str,
            "last_crawl_id": int,
            "last_crawled_at": str,
        },
        "pk": "site_key",
        "indexes": [["adcode"], ["province"]],
    },
}
FTS_COLUMNS = ["title", "body"]


class ArchiveError(Exception):
    """The archive cannot be opened or written; the message says why, in one line."""


def _is_lock_error(error: BaseException) -> bool:
    return isinstance(error, sqlite3.OperationalError) and (
        "locked" in str(error) or "busy" in str(error)
    )


# Retried while another connection (Datasette, an export) briefly holds a lock.
retry_on_lock = retry(
    retry=retry_if_exception(_is_lock_error),
    wait=wait_exponential(multiplier=0.05, max=2.0),
    stop=stop_after_delay(60),
    reraise=True,
)


def open_archive(path: str | os.PathLike, max_bytes: int = 0) -> sqlite_utils.Database:
    """Open (creating if needed) the archive at `path` in WAL mode, schema ensured.

    Args:
        path: the archive file.
        max_bytes: when positive, the archive may not grow beyond this size (a quota);
            writes past it fail like writes to a full disk.

    Raises:
        ArchiveError: the file is not an SQLite database, or cannot be written.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # One thread at a time: the crawl hands the connection to its writer thread.
        conn = sqlite3.connect(str(path), timeout=10.0, check_same_thread=False)
        db = sqlite_utils.Database(conn)
        db.execute("PRAGMA busy_timeout = 10000")
        db.enable_wal()
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        ensure_schema(db)
        if max_bytes > 0:
            page_size = db.execute("PRAGMA page_size").fetchone()[0]
            db.execute(f"PRAGMA max_page_count = {max(1, max_bytes // page_size)}")
    except sqlite3.DatabaseError as error:
        raise ArchiveError(explain_error(path, error)) from error
    except OSError as error:
        raise ArchiveError(f"cannot open archive {path}: {error.strerror or error}") from error
    return db


def check_archive(path: str | os.PathLike) -> None:
    """Raise ArchiveError if the archive cannot be opened and written, or another crawl holds it."""
    lock = ArchiveLock(path)
    lock.acquire()
    try:
        open_archive(path).close()
    finally:
        lock.release()


def explain_error(path: Path, error: sqlite3.DatabaseError) -> str:
    """One line that says what is wrong with the archive and what to do about it."""
    message = str(error)
    if "not a database" in message or "malformed" in message:
        return f"{path} is not an SQLite archive ({message}); move it away or set ARCHIVE_PATH"
    if "readonly" in message or "read-only" in message:
        return f"archive {path} is read-only ({message}); fix its permissions or set ARCHIVE_PATH"
    if "full" in message:
        return (f"archive {path} is full ({message}): free disk space (or raise "
                "ARCHIVE_MAX_BYTES) and run the crawl again; what was saved is kept")
    if "unable to open" in message:
        return f"cannot open archive {path} ({message}); check the directory exists and is writable"
    return f"archive {path}: {message}"


@retry_on_lock
def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create missing tables, columns, indexes and the full-text index; safe to repeat."""
    for name, spec in TABLES.items():
        table = db[name]
        if not table.exists():
            table.create(
                spec["columns"],
                pk=spec["pk"],
                foreign_keys=spec.get("foreign_keys"),
                if_not_exists=True,
            )
        else:
            existing = set(table.columns_dict)
            for column, kind in spec["columns"].items():
                if column not in existing:
                    table.add_column(column, kind)
        for columns in spec["indexes"]:
            table.create_index(columns, if_not_exists=True)
    db["versions"].create_index(["report_id", "version"], unique=True, if_not_exists=True)
    if not db["reports_fts"].exists():
        db["reports"].enable_fts(FTS_COLUMNS, tokenize="trigram", create_triggers=True)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One `BEGIN IMMEDIATE` transaction: all of it is committed, or none of it."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
        db.execute("COMMIT")
    except BaseException:
        db.rollback()
        raise


class ArchiveLock:
    """An exclusive lock beside the archive, so two crawls never write it at once.

    The operating system drops the lock when the process dies, even by SIGKILL.
    """

    def __init__(self, archive_path: str | os.PathLike):
        self.path = Path(f"{archive_path}.lock")
        self._file = None

    def acquire(self) -> None:
        """Take the lock or raise ArchiveError naming the crawl that holds it."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "a+")  # noqa: SIM115 - held open for the lock's lifetime
        except OSError as error:
            raise ArchiveError(
                f"cannot write beside the archive ({self.path}: {error.strerror}); "
                "the directory must be writable, or set ARCHIVE_PATH elsewhere"
            ) from error
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise ArchiveError(
                f"another crawl ({holder}) is writing to {self.path.with_suffix('')}; "
                "wait for it to finish or set a different ARCHIVE_PATH"
            ) from error
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        self._file = handle

    def release(self) -> None:
        """Let go of the lock."""
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None


# --- Crawls, sites and documents -------------------------------------------------------------


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
def save_sites(db: sqlite_utils.Database, rows: list[dict]) -> None:
    """Insert or update the `sites` rows of this crawl."""
    if not rows:
        return
    with write_transaction(db):
        db["sites"].upsert_all(rows, pk="site_key", alter=False)


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

    Returns:
        The ids of the reports seen at that URL before.
    """
    report_ids = [row[0] for row in db.execute(
        "select distinct report_id from sightings where url = ? and report_id is not null",
        [url])]
    unchanged = http_status == 304
    with write_transaction(db):
        for report_id in report_ids:
            last = db.execute("select content_hash from sightings where report_id = ? and url = ? "
                              "and content_hash is not null order by id desc limit 1",
                              [report_id, url]).fetchone()
            db["sightings"].insert({
                "report_id": report_id, "url": url, "fetched_at": fetched_at,
                "http_status": http_status, "kind": "unchanged" if unchanged else "missing",
                "content_hash": last[0] if (last and unchanged) else None, "match": "url",
                "similarity": None, "site_key": site_key, "via_url": None, "found_in": None,
                "crawl_id": crawl_id,
            })
            if unchanged:
                db["reports"].update(report_id, {"last_seen": fetched_at})
    return report_ids


@retry_on_lock
def ensure_regions(db: sqlite_utils.Database, regions) -> int:
    """Load the division registry into `regions` unless it is already there; returns its size.

    Args:
        regions: `pipelines.regions.Region` objects (the gazetteer's).
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
def save_discovered_site(db: sqlite_utils.Database, row: dict) -> None:
    """Record one site found by the discovery crawl of city portals."""
    with write_transaction(db):
        db["discovered_sites"].upsert(row, pk=("adcode", "url"), alter=False)


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
            "and status in ('corrupt', 'error') group by site_key, status", [crawl_id]):
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


# --- Reports ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArchiveResult:
    """What `archive_report` did with a copy."""

    report_id: int
    status: str  # new, copy, revision
    match: str  # new, exact, near, url
    similarity: float
    replaced_copy: bool


def load_index(db: sqlite_utils.Database) -> DuplicateIndex:
    """Rebuild the duplicate index from the archive's stored hashes and signatures."""
    index = DuplicateIndex()
    for report_id, digest in db.execute("select id, content_hash from reports"):
        index.add_hash(digest, report_id)
    for report_id, digest in db.execute("select report_id, content_hash from versions"):
        index.add_hash(digest, report_id)
    for report_id, digest in db.execute(
        "select report_id, content_hash from sightings where content_hash is not null"
    ):
        index.add_hash(digest, report_id)
    for report_id, blob, year, region in db.execute(
            "select f.report_id, f.minhash, r.report_year, r.region from fingerprints f "
            "join reports r on r.id = f.report_id"):
        index.set_signature(report_id, minhash_from_bytes(blob), year, region)
    return index


def _traits_of_record(record: ReportRecord) -> CopyTraits:
    return CopyTraits(
        simplified=record.script == "simplified",
        html=record.kind == "html",
        own_site=record.own_site,
        length=len(fingerprint_text(record.body)),
    )


def _traits_of_row(row: dict) -> CopyTraits:
    return CopyTraits(
        simplified=row["original_script"] == "simplified",
        html=row["source_kind"] == "html",
        own_site=bool(row["own_site"]),
        length=len(fingerprint_text(row["body"] or "")),
    )


def _report_fields(record: ReportRecord) -> dict:
    return {
        "title": record.title,
        "region": record.region,
        "region_code": record.region_code,
        "province": record.province,
        "city": record.city,
        "report_year": record.report_year,
        "publisher": record.publisher,
        "publish_date": record.publish_date,
        "issuer_kind": record.issuer_kind,
        "url": record.url,
        "body": record.body,
        "body_original": record.body_original,
        "original_script": record.script,
        "source_kind": record.kind,
        "own_site": int(record.own_site),
        "score": record.score,
        "reason": record.reason,
        "site_id_code": record.site_id_code,
        "index_no": record.index_no,
        "site_key": record.site_key,
    }


def _find_match(db, index: DuplicateIndex, record: ReportRecord, digest: str,
                signature) -> tuple[int | None, str, float]:
    """The report this copy belongs to, how it matched, and the similarity."""
    exact = index.exact(digest)
    if exact is not None:
        return exact, "exact", 1.0
    best: tuple[int | None, float] = (None, 0.0)
    shingle_set: set[str] | None = None  # only a copy with LSH candidates needs its shingles
    for report_id in index.candidates(signature, record.report_year, record.region):
        shingle_set = shingles(record.body) if shingle_set is None else shingle_set
        row = db["reports"].get(report_id)
        same, similarity = same_report(shingle_set, shingles(row["body"] or ""))
        if same and similarity >= best[1]:
            best = (report_id, similarity)
    if best[0] is not None:
        return best[0], "near", best[1]
    # A known URL whose text changed: a revision of the report it showed before.
    previous = db.execute(
        "select r.id, r.report_year, r.url from sightings s join reports r on r.id = s.report_id "
        "where s.url = ? order by s.id desc limit 1",
        [record.url],
    ).fetchone()
    if previous and previous[2] == record.url and years_compatible(previous[1], record.report_year):
        return previous[0], "url", 0.0
    return None, "new", 0.0


@retry_on_lock
def archive_report(db: sqlite_utils.Database, index: DuplicateIndex, record: ReportRecord,
                   crawl_id: int | None, now: str) -> ArchiveResult:
    """Archive one copy of a report, in one transaction.

    A copy whose text is already known, or nearly so, becomes a sighting of that report and
    may replace its shown copy if it is better (see `prefer_copy`). A copy at the report's
    own URL with a changed text is a revision: the report takes the new text and `versions`
    keeps both. Anything else is a new report.

    Returns:
        The report's id and what happened.
    """
    digest = content_hash(record.body)
    signature = (minhash_from_bytes(record.signature) if record.signature is not None
                 else minhash(shingles(record.body)))
    with write_transaction(db):
        report_id, match, similarity = _find_match(db, index, record, digest, signature)
        replaced = False
        new_signature = None
        if report_id is None:
            fields = _report_fields(record)
            fields.update({"content_hash": digest, "first_seen": now, "last_seen": now,
                           "updated_at": now})
            report_id = db["reports"].insert(fields).last_pk
            db["versions"].insert({"report_id": report_id, "version": 1, "body": record.body,
                                   "content_hash": digest, "url": record.url,
                                   "first_seen": now})
            status = "new"
            new_signature = signature
        else:
            row = db["reports"].get(report_id)
            status = "copy"
            if match == "url" or (row["url"] == record.url and row["content_hash"] != digest):
                status = "revision"
                _add_version(db, report_id, record, digest, now)
                db["reports"].update(report_id, {**_report_fields(record), "content_hash": digest,
                                                 "last_seen": now, "updated_at": now})
                new_signature = signature
            elif prefer_copy(_traits_of_record(record), _traits_of_row(row)):
                replaced = True
                db["reports"].update(report_id, {**_report_fields(record), "content_hash": digest,
                                                 "last_seen": now, "updated_at": now})
                _replace_current_version(db, report_id, record, digest)
                new_signature = signature
            else:
                db["reports"].update(report_id, {"last_seen": now})
        for url in (record.url, *record.extra_urls):
            db["sightings"].insert({
                "report_id": report_id,
                "url": url,
                "fetched_at": record.fetched_at,
                "http_status": record.http_status,
                "kind": record.kind if url == record.url else "page",
                "content_hash": digest,
                "match": match,
                "similarity": round(similarity, 4),
                "site_key": record.site_key,
                "via_url": record.via_url,
                "found_in": record.found_in,
                "crawl_id": crawl_id,
            })
        for url in (record.url, *record.extra_urls):
            # Re-crawls check these pages first and replay them when unchanged.
            db["pages"].upsert({"url": url, "site_key": record.site_key, "report_id": report_id},
                               pk="url", alter=False)
        if new_signature is not None:
            db["fingerprints"].upsert({"report_id": report_id,
                                       "minhash": minhash_to_bytes(new_signature)},
                                      pk="report_id")
    # The in-memory index changes only once the transaction is committed.
    index.add_hash(digest, report_id)
    if new_signature is not None:
        current = db.execute("select report_year, region from reports where id = ?",
                             [report_id]).fetchone()
        index.set_signature(report_id, new_signature, *current)
    return ArchiveResult(report_id, status, match, similarity, replaced)


def _add_version(db, report_id: int, record: ReportRecord, digest: str, now: str) -> None:
    known = db.execute("select 1 from versions where report_id = ? and content_hash = ?",
                       [report_id, digest]).fetchone()
    if known:
        return
    latest = db.execute("select coalesce(max(version), 0) from versions where report_id = ?",
                        [report_id]).fetchone()[0]
    db["versions"].insert({"report_id": report_id, "version": latest + 1, "body": record.body,
                           "content_hash": digest, "url": record.url, "first_seen": now})


def _replace_current_version(db, report_id: int, record: ReportRecord, digest: str) -> None:
    """A better copy of the same text replaces the current version's text, not adds one."""
    db.execute(
        "update versions set body = ?, content_hash = ?, url = ? where report_id = ? and "
        "version = (select max(version) from versions where report_id = ?)",
        [record.body, digest, record.url, report_id, report_id],
    )
