"""WARC capture: records as written, digests, rollover, the repair of a cut file, the scope.

Tests on files written to a temporary folder and read back with warcio's own iterator, as
any WARC tool would read them.
"""

from __future__ import annotations

import base64
import errno
import gzip
import hashlib

import pytest
from scrapy.http import HtmlResponse, Request
from warcio.archiveiterator import ArchiveIterator

from archive.errors import explain_warc_error
from archive.warc import (
    HttpCapture,
    WarcFolder,
    http_response_headers,
    payload_digest,
    record_payload,
    truncate_partial,
    warc_folder,
    whole_end,
)
from crawler.captures import (
    CODING_KEY,
    ContentCodingMiddleware,
    WarcScope,
    capture_of,
    should_capture,
)
from crawler.context import CrawlContext
from crawler.discovery.links import LinkKind

BODY = "<html><body>法治政府建设年度报告</body></html>".encode()


def capture(path: str = "a.html", body: bytes = BODY, **changes) -> HttpCapture:
    url = f"http://www.a.gov.cn/{path}"
    values = dict(url=url, target_uri=url, method="GET",
                  request_headers=[("User-Agent", "gov-reports"), ("Accept-Encoding", "gzip")],
                  request_body=b"", status=200,
                  response_headers=[("Content-Type", "text/html; charset=utf-8"),
                                    ("Content-Length", str(len(body)))],
                  body=body, fetched_at="2026-03-01T02:03:04+00:00")
    return HttpCapture(**{**values, **changes})


def records(path) -> list:
    with open(path, "rb") as handle:
        return [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"),
                 r.rec_headers.get_header("WARC-Payload-Digest"), r.content_stream().read())
                for r in ArchiveIterator(handle)]


def folder_in(tmp_path, max_bytes: int = 10**9) -> WarcFolder:
    warcs = WarcFolder(warc_folder(tmp_path / "archive.db"), tmp_path, max_bytes)
    warcs.open()
    return warcs


def test_a_capture_is_a_response_and_a_request_record_with_a_verifiable_digest(tmp_path):
    warcs = folder_in(tmp_path)
    location = warcs.write(capture())
    warcs.close()
    assert location.warc_file.startswith("archive-warc/")
    path = tmp_path / location.warc_file
    kinds = records(path)
    assert [kind for kind, *_ in kinds] == ["warcinfo", "response", "request"]
    headers, payload = record_payload(path, location.offset, location.length)
    assert headers["WARC-Type"] == "response" and headers["WARC-Target-URI"] == capture().url
    assert payload == BODY
    expected = "sha1:" + base64.b32encode(hashlib.sha1(BODY).digest()).decode()
    assert location.payload_digest == headers["WARC-Payload-Digest"] == expected == payload_digest(BODY)
    with open(path, "rb") as handle:
        head = gzip.decompress(handle.read())
    assert head.startswith(b"WARC/1.1\r\n")
    assert b"GET /a.html HTTP/1.1\r\n" in head and b"Host: www.a.gov.cn\r\n" in head


def test_a_decoded_body_keeps_the_served_headers_under_their_original_names():
    headers = http_response_headers(capture(
        decoded="gzip", response_headers=[("Content-Type", "text/html"), ("Content-Length", "31"),
                                          ("Transfer-Encoding", "chunked")]))
    assert ("X-Archive-Orig-Content-Length", "31") in headers
    assert ("X-Archive-Orig-Transfer-Encoding", "chunked") in headers
    assert ("X-Archive-Orig-Content-Encoding", "gzip") in headers
    assert ("Content-Length", str(len(BODY))) in headers
    assert not any(name.lower() in ("content-encoding", "transfer-encoding") for name, _ in headers)


def test_files_roll_over_and_a_new_folder_starts_a_new_file(tmp_path):
    warcs = folder_in(tmp_path, max_bytes=1500)
    files = {warcs.write(capture(f"p{n}.html", BODY * 20)).warc_file for n in range(4)}
    warcs.close()
    assert len(files) >= 2
    again = folder_in(tmp_path)
    assert again.write(capture()).warc_file not in files


def test_a_cut_record_is_removed_and_the_file_parses_to_its_end(tmp_path):
    warcs = folder_in(tmp_path)
    whole = [warcs.write(capture(f"p{n}.html")) for n in range(3)]
    path = tmp_path / whole[0].warc_file
    size = path.stat().st_size
    warcs.write(capture("cut.html", BODY * 50))
    warcs.close()
    with open(path, "r+b") as handle:  # killed in the middle of the fourth pair
        handle.truncate(size + (path.stat().st_size - size) // 3)
    # warcio reads a cut member without a word; the scan sees where the whole records end.
    assert path.stat().st_size > size and whole_end(path) == size
    repaired = WarcFolder(path.parent, tmp_path).open({whole[0].warc_file: whole[-1].offset})
    assert repaired == [whole[0].warc_file]
    assert path.stat().st_size == size
    assert [uri for kind, uri, *_ in records(path) if kind == "response"] == [
        capture(f"p{n}.html").url for n in range(3)]
    assert not truncate_partial(path)  # a whole file is left as it is


def test_garbage_after_the_last_record_is_cut(tmp_path):
    warcs = folder_in(tmp_path)
    location = warcs.write(capture())
    warcs.close()
    path = tmp_path / location.warc_file
    size = path.stat().st_size
    with open(path, "ab") as handle:
        handle.write(gzip.compress(b"WARC/1.1\r\nContent-Length: 500\r\n\r\nshort"))
    assert truncate_partial(path) and path.stat().st_size == size


def context(kind: LinkKind, **changes) -> CrawlContext:
    return CrawlContext(site_key="www.a.gov.cn", kind=kind, score=50, hops=1, **changes)


def test_the_reports_scope_keeps_candidates_and_the_pages_that_link_them():
    reports = WarcScope.REPORTS
    assert should_capture(reports, 200, context(LinkKind.REPORT), [])
    assert should_capture(reports, 200, context(LinkKind.ATTACHMENT), [])
    assert should_capture(reports, 200, context(LinkKind.OTHER, continues="http://www.a.gov.cn/1.html"), [])
    linking = Request("http://www.a.gov.cn/r.html", meta={"ctx": context(LinkKind.REPORT)})
    other = Request("http://www.a.gov.cn/n.html", meta={"ctx": context(LinkKind.OTHER)})
    assert should_capture(reports, 200, context(LinkKind.COLUMN), [other, linking])
    assert not should_capture(reports, 200, context(LinkKind.COLUMN), [other])
    assert not should_capture(reports, 304, context(LinkKind.REPORT), [])
    assert should_capture(WarcScope.ALL, 200, context(LinkKind.OTHER), [])
    assert not should_capture(WarcScope.ALL, 304, context(LinkKind.OTHER), [])
    assert not should_capture(WarcScope.OFF, 200, context(LinkKind.REPORT), [])
    assert WarcScope.parse("ALL") is WarcScope.ALL
    with pytest.raises(ValueError, match="WARC_SCOPE"):
        WarcScope.parse("some")


def test_a_response_becomes_a_capture_with_its_request_and_the_coding_scrapy_undid():
    request = Request("http://www.a.gov.cn/a.html?sid=1&b=2", method="POST", body=b"page=2",
                      headers={"User-Agent": "gov-reports"})
    raw = HtmlResponse(request.url, body=b"compressed", headers={"Content-Encoding": "gzip"},
                       request=request)
    ContentCodingMiddleware().process_response(request, raw)
    response = HtmlResponse(request.url, body=BODY, headers={"Content-Type": "text/html"},
                            request=request)
    assert request.meta[CODING_KEY] == "gzip"
    kept = capture_of(response)
    assert kept.target_uri == request.url and kept.method == "POST" and kept.request_body == b"page=2"
    assert kept.body == BODY and kept.decoded == "gzip" and kept.status == 200
    assert ("User-Agent", "gov-reports") in kept.request_headers
    assert ("Content-Type", "text/html") in kept.response_headers


class FillsUp:
    """A file that takes a few more bytes, then reports a full disk."""

    def __init__(self, raw, room: int):
        self.raw, self.room = raw, room

    def write(self, data) -> int:
        if self.room <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        written = self.raw.write(data[: self.room])
        self.room -= written
        return written

    def __getattr__(self, name):
        return getattr(self.raw, name)


def test_a_write_on_a_full_disk_is_cut_back_and_the_next_goes_to_a_new_file(tmp_path):
    warcs = folder_in(tmp_path)
    first = warcs.write(capture())
    path = tmp_path / first.warc_file
    size = path.stat().st_size
    warcs.handle.raw = FillsUp(warcs.handle.raw, room=100)
    with pytest.raises(OSError, match="No space"):
        warcs.write(capture("full.html", BODY * 40))
    assert path.stat().st_size == size and whole_end(path) == size
    assert warcs.write(capture("later.html")).warc_file != first.warc_file
    warcs.close()


def test_a_full_disk_under_the_warc_folder_is_explained_in_one_line(tmp_path):
    line = explain_warc_error(tmp_path, OSError(errno.ENOSPC, "No space left on device"))
    assert "full" in line and "run the crawl again" in line and "\n" not in line
    assert "Permission denied" in explain_warc_error(tmp_path, OSError(errno.EACCES, "Permission denied"))
