"""The `captures` table: which fetch's bytes lie where in the archive's WARC files.

A row is written only after its WARC records are on disk (`archive.warc.WarcFolder.write`),
so the archive never points past the last whole record of a file; `committed_offsets` tells
a new crawl where each file's last committed record starts, from which its tail is checked.
"""

from __future__ import annotations

import sqlite_utils

from archive.errors import retry_on_lock
from archive.schema import write_transaction
from archive.warc import HttpCapture, WarcLocation


def _content_type(capture: HttpCapture) -> str | None:
    return next((value for name, value in capture.response_headers if name.lower() == "content-type"),
                None)


@retry_on_lock
def save_capture(db: sqlite_utils.Database, capture: HttpCapture, location: WarcLocation,
                 crawl_id: int | None) -> int:
    """Record a capture whose records are written; returns its id."""
    with write_transaction(db):
        return db["captures"].insert({
            "url": capture.url, "target_uri": capture.target_uri, "fetched_at": capture.fetched_at,
            "http_status": capture.status, "content_type": _content_type(capture),
            "warc_file": location.warc_file, "warc_offset": location.offset,
            "warc_length": location.length, "payload_digest": location.payload_digest,
            "payload_bytes": len(capture.body), "record_id": location.record_id,
            "crawl_id": crawl_id,
        }).last_pk


def committed_offsets(db: sqlite_utils.Database) -> dict[str, int]:
    """For each WARC file, the offset of the last response record a row points at."""
    return dict(db.execute("select warc_file, max(warc_offset) from captures group by warc_file"))
