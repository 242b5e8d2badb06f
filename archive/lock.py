"""One crawl at a time per archive: an exclusive lock file beside it.

`ArchiveLock` is taken when a crawl opens the archive and dropped by the operating system
when the process dies, even by SIGKILL. `check_archive` is the check a crawl makes before it
starts: the archive can be opened and written, and no other crawl holds it.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from archive.errors import ArchiveError
from archive.schema import open_archive


def check_archive(path: str | os.PathLike) -> None:
    """Raise ArchiveError if the archive cannot be opened and written, or another crawl holds it."""
    lock = ArchiveLock(path)
    lock.acquire()
    try:
        open_archive(path).close()
    finally:
        lock.release()


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
