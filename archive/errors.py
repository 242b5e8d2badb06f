"""The archive's one-line errors, and the retry while another connection holds a lock.

Every way the archive can fail (not an SQLite file, read-only, full, a lock held too long)
becomes an `ArchiveError` whose message says what is wrong and what to do, in one line; so
does a WARC folder that cannot be written (`explain_warc_error`).
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from tenacity import retry, retry_if_exception, stop_after_delay, wait_exponential


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


def explain_warc_error(folder: Path, error: OSError) -> str:
    """One line that says why WARC records could not be written, and what to do about it."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return (f"the disk of WARC folder {folder} is full ({error.strerror}): free disk space "
                "and run the crawl again; what was saved is kept")
    return f"cannot write WARC records in {folder}: {error.strerror or error}"
