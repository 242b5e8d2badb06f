"""The bytes as served, in WARC/1.1 files beside the archive: writing, repairing and reading them.

A crawl hands each fetch it keeps as an `HttpCapture` (plain values: the request, the status
line, the headers and the body as the crawler received them) to the archive's writer thread,
which writes a `response` and a `request` record (warcio, one gzip member per record) into
the folder named after the archive (`data/archive.db` -> `data/archive-warc/`), flushes and
fsyncs them, and only then commits the `captures` row that points at the response. A file
rolls over at `WARC_MAX_BYTES`; each crawl starts a new one. `WarcFolder.open` cuts a trailing
record a killed crawl left half-written, so every file in the folder parses to its end and no
row points past a whole record. Scrapy decodes `Content-Encoding` before the crawl sees a body:
the record holds the decoded body, its `Content-Length` fits that body, and the headers as
served are kept as `X-Archive-Orig-Content-Encoding` / `-Content-Length` /
`-Transfer-Encoding`, the names pywb uses for headers it does not replay.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

# 1 GB, the customary size of a WARC file.
DEFAULT_MAX_BYTES = 1_000_000_000
WARC_SUFFIX = ".warc.gz"
# Headers that describe the transfer, not the payload kept: renamed, as pywb does, when the
# crawler has undone them (Content-Encoding) or when they no longer fit the body kept.
TRANSFER_HEADERS = ("content-encoding", "transfer-encoding")
ORIGINAL_PREFIX = "X-Archive-Orig-"
_READ_CHUNK = 1 << 20


@dataclass
class HttpCapture:
    """One fetch as the crawler saw it, to be written as a WARC request/response pair."""

    url: str  # canonical, as the archive's other tables name the page
    target_uri: str  # the URL fetched (after redirects), as replay asks for it
    method: str
    request_headers: list[tuple[str, str]]
    request_body: bytes
    status: int
    response_headers: list[tuple[str, str]]
    body: bytes  # after Scrapy's content decoding
    fetched_at: str  # ISO 8601, UTC
    protocol: str = "HTTP/1.1"
    # The Content-Encoding the server sent and Scrapy removed ("gzip"), if any.
    decoded: str | None = None


@dataclass(frozen=True)
class WarcLocation:
    """Where a capture's response record lies, and its payload digest."""

    warc_file: str  # relative to the archive's directory
    offset: int
    length: int
    payload_digest: str  # sha1:BASE32
    record_id: str


def warc_folder(archive_path: str | os.PathLike) -> Path:
    """The folder of an archive's WARC files: `data/archive.db` -> `data/archive-warc`."""
    path = Path(archive_path)
    return path.with_name(f"{path.stem}-warc")


def payload_digest(body: bytes) -> str:
    """The WARC payload digest of a body: `sha1:` and the base32 of its SHA-1."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


def warc_date(iso: str) -> str:
    """An archive time (`2026-12-03T02:50:00+00:00`) as a WARC-Date (`…T02:50:00Z`)."""
    moment = dt.datetime.fromisoformat(iso).astimezone(dt.UTC)
    return moment.replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def http_response_headers(capture: HttpCapture) -> list[tuple[str, str]]:
    """The response headers to store: as served, with those that no longer describe the kept
    body renamed `X-Archive-Orig-…`, and a Content-Length that fits it."""
    headers: list[tuple[str, str]] = []
    for name, value in capture.response_headers:
        lower = name.lower()
        if lower in TRANSFER_HEADERS or (lower == "content-length" and value != str(len(capture.body))):
            headers.append((ORIGINAL_PREFIX + name, value))
        elif lower != "content-length":
            headers.append((name, value))
    if capture.decoded and not any(n.lower() == "x-archive-orig-content-encoding" for n, _ in headers):
        headers.append((ORIGINAL_PREFIX + "Content-Encoding", capture.decoded))
    headers.append(("Content-Length", str(len(capture.body))))
    return headers


def _request_line(capture: HttpCapture) -> str:
    parts = urlsplit(capture.target_uri)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return f"{capture.method} {target} {capture.protocol}"


def _request_headers(capture: HttpCapture) -> list[tuple[str, str]]:
    names = {name.lower() for name, _ in capture.request_headers}
    headers = [] if "host" in names else [("Host", urlsplit(capture.target_uri).netloc)]
    # The proxy's credentials, if any, are not the site's business nor the archive's.
    return headers + [(n, v) for n, v in capture.request_headers if n.lower() != "proxy-authorization"]


class WholeWrites:
    """An unbuffered file whose `write` writes all it is given or raises: nothing waits in a
    buffer to be written (or to fail) at close, and a short write is never taken for a whole."""

    def __init__(self, raw: io.FileIO):
        self.raw = raw

    def write(self, data) -> int:
        view = memoryview(data).cast("B")
        while view:
            view = view[self.raw.write(view):]
        return len(data)

    def tell(self) -> int:
        return self.raw.tell()

    def flush(self) -> None:
        """Nothing is buffered."""

    def fileno(self) -> int:
        return self.raw.fileno()

    def truncate(self, size: int) -> None:
        self.raw.truncate(size)

    def close(self) -> None:
        self.raw.close()


class WarcFolder:
    """The WARC files of one archive, written by one thread: new file per crawl, rolled over
    at `max_bytes`, every record on disk before `write` returns."""

    def __init__(self, folder: Path, base: Path, max_bytes: int = DEFAULT_MAX_BYTES,
                 software: str = "gov-reports"):
        self.folder = folder
        self.base = base  # the archive's directory: `captures.warc_file` is relative to it
        self.max_bytes = max_bytes
        self.software = software
        self.handle: WholeWrites | None = None
        self.path: Path | None = None
        self.serial = 0

    def open(self, committed: dict[str, int] | None = None) -> list[str]:
        """Create the folder and cut the half-written tail of any file in it.

        Args:
            committed: for each file (relative to `base`), the offset of its last record
                that the archive points at; scanning starts there instead of at 0.

        Returns:
            The files (relative names) that had a partial record cut.
        """
        self.folder.mkdir(parents=True, exist_ok=True)
        committed = committed or {}
        repaired = []
        for path in sorted(self.folder.glob(f"*{WARC_SUFFIX}")):
            name = self.relative(path)
            if truncate_partial(path, committed.get(name, 0)):
                repaired.append(name)
        return repaired

    def relative(self, path: Path) -> str:
        return os.path.relpath(path, self.base)

    def _new_file(self, fetched_at: str) -> None:
        self.close()
        stamp = warc_date(fetched_at).replace("-", "").replace(":", "").rstrip("Z")
        while True:
            self.serial += 1
            path = self.folder / f"{self.folder.name}-{stamp}-{os.getpid()}-{self.serial:05d}{WARC_SUFFIX}"
            if not path.exists():
                break
        self.path, self.handle = path, WholeWrites(open(path, "xb", buffering=0))  # noqa: SIM115
        writer = WARCWriter(self.handle, gzip=True, warc_version="1.1")
        info = writer.create_warcinfo_record(path.name, {"software": self.software,
                                                          "format": "WARC File Format 1.1"})
        self._append(lambda: writer.write_record(info), 0)

    def _append(self, write, start: int) -> None:
        """Run a write; if it fails (a full disk), cut the file back to `start` and give it up."""
        try:
            write()
            os.fsync(self.handle.fileno())
        except OSError:
            handle, self.handle = self.handle, None
            try:
                handle.truncate(start)
            finally:
                handle.close()
            raise

    def write(self, capture: HttpCapture) -> WarcLocation:
        """Write the response and request records of a capture, flushed and fsynced."""
        if self.handle is None or self.handle.tell() >= self.max_bytes:
            self._new_file(capture.fetched_at)
        handle = self.handle
        writer = WARCWriter(handle, gzip=True, warc_version="1.1")
        date = warc_date(capture.fetched_at)
        reason = {status.value: status.phrase for status in HTTPStatus}.get(capture.status, "")
        response_headers = StatusAndHeaders(f"{capture.status} {reason}".strip(),
                                            http_response_headers(capture), protocol=capture.protocol)
        response = writer.create_warc_record(capture.target_uri, "response",
                                             payload=io.BytesIO(capture.body),
                                             http_headers=response_headers,
                                             warc_headers_dict={"WARC-Date": date})
        record_id = response.rec_headers.get_header("WARC-Record-ID")
        request_headers = StatusAndHeaders(_request_line(capture), _request_headers(capture),
                                           is_http_request=True)
        request = writer.create_warc_record(capture.target_uri, "request",
                                            payload=io.BytesIO(capture.request_body),
                                            http_headers=request_headers,
                                            warc_headers_dict={"WARC-Date": date,
                                                               "WARC-Concurrent-To": record_id})
        offset = handle.tell()
        ends = []

        def write_pair() -> None:
            writer.write_record(response)
            ends.append(handle.tell())
            writer.write_record(request)

        self._append(write_pair, offset)
        length = ends[0] - offset
        return WarcLocation(self.relative(self.path), offset, length,
                            response.rec_headers.get_header("WARC-Payload-Digest"), record_id)

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None


def _whole_members(handle, offset: int) -> Iterator[tuple[int, int, bytes]]:
    """(offset, length, bytes) of each complete gzip member from `offset` on; stops at the
    end of the file or at the first member that is cut short or corrupt."""
    handle.seek(offset)
    while True:
        inflater, parts, consumed = zlib.decompressobj(31), [], 0
        while not inflater.eof:
            chunk = handle.read(_READ_CHUNK)
            if not chunk:
                return
            try:
                parts.append(inflater.decompress(chunk))
            except zlib.error:
                return
            consumed += len(chunk) - len(inflater.unused_data)
        handle.seek(offset + consumed)
        yield offset, consumed, b"".join(parts)
        offset += consumed


_CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:\s*(\d+)\r\n", re.IGNORECASE)


def is_whole_record(data: bytes) -> bool:
    """Whether a member's bytes are one WARC record with all of its declared block."""
    if not data.startswith(b"WARC/"):
        return False
    end = data.find(b"\r\n\r\n")
    match = _CONTENT_LENGTH.search(data, 0, end + 2) if end >= 0 else None
    return match is not None and len(data) == end + 4 + int(match.group(1)) + 4


def whole_end(path: Path, start: int = 0) -> int:
    """Where the last whole record of a file ends, scanning from `start` (a record's offset)."""
    end = start
    with open(path, "rb") as handle:
        for offset, length, data in _whole_members(handle, start):
            if not is_whole_record(data):
                break
            end = offset + length
    return end


def next_record_end(path: Path, start: int) -> int:
    """The end of the whole record that starts at `start`, or `start` when there is none."""
    with open(path, "rb") as handle:
        for offset, length, data in _whole_members(handle, start):
            return offset + length if is_whole_record(data) else start
    return start


def truncate_partial(path: Path, start: int = 0) -> bool:
    """Cut a file after its last whole record; True if there was anything to cut."""
    size = path.stat().st_size
    end = whole_end(path, min(start, size))
    if end >= size:
        return False
    with open(path, "r+b") as handle:
        handle.truncate(end)
        handle.flush()
        os.fsync(handle.fileno())
    return True


def record_payload(path: Path, offset: int, length: int) -> tuple[dict[str, str], bytes]:
    """The WARC headers and the HTTP payload (as stored) of the record at `offset`."""
    with open(path, "rb") as handle:
        handle.seek(offset)
        data = handle.read(length)
    record = next(iter(ArchiveIterator(io.BytesIO(data))))
    headers = dict(record.rec_headers.headers)
    return headers, record.content_stream().read()
