"""The archive's declared schema: tables, indexes, the full-text index, and opening it.

`TABLES` is the public contract: the README documents it and Datasette's metadata describes
it. `ensure_schema` creates or migrates every table, index and full-text index and can run
any number of times; `open_archive` opens a file in WAL mode with the schema ensured. Writes
go through `write_transaction` (`BEGIN IMMEDIATE`, one transaction per item).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from archive.errors import ArchiveError, explain_error, retry_on_lock

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
            "text_source": str,
            "ocr_confidence": float,
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
            "capture_id": int,
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
            "capture_id": int,
        },
        "pk": "id",
        "foreign_keys": [("report_id", "reports", "id")],
        "indexes": [["report_id"], ["content_hash"]],
    },
    # A fetch whose bytes are kept in the archive's WARC folder (`archive.warc`).
    "captures": {
        "columns": {
            "id": int,
            "url": str,
            "target_uri": str,
            "fetched_at": str,
            "http_status": int,
            "content_type": str,
            "warc_file": str,
            "warc_offset": int,
            "warc_length": int,
            "payload_digest": str,
            "payload_bytes": int,
            "record_id": str,
            "crawl_id": int,
        },
        "pk": "id",
        "indexes": [["url"], ["crawl_id"], ["warc_file"]],
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
            "text_source": str,
            "ocr_confidence": float,
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
    "site_candidates": {
        "columns": {
            "site_key": str,
            "url": str,
            "origin": str,
            "final_url": str,
            "site_id_code": str,
            "title": str,
            "verdict": str,
            "error": str,
            "chosen": int,
            "crawl_id": int,
            "checked_at": str,
        },
        "pk": ("site_key", "url"),
        "indexes": [["verdict"]],
    },
}
FTS_COLUMNS = ["title", "body"]


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
    ensure_browsing_indexes(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


# Indexes the Datasette pages and canned queries need at national size (benchmarks.archive_queries):
# coverage joins reports to units by code and year, or by name and province; a report page
# lists its documents.
BROWSING_INDEXES: dict[str, list[list[str]]] = {
    "reports": [["region_code", "report_year"], ["province", "region", "report_year"]],
    "regions": [["level", "province", "name"]],
    "documents": [["report_id"]],
    "sites": [["adcode", "end_reason"]],
}


def ensure_browsing_indexes(db: sqlite_utils.Database) -> None:
    """Create the indexes of `BROWSING_INDEXES` that are missing; safe to repeat."""
    for table, indexes in BROWSING_INDEXES.items():
        for columns in indexes:
            db[table].create_index(columns, if_not_exists=True)


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
