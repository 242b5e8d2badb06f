"""Which fetches are kept as bytes in WARC, and the middlewares that hand them over.

`CaptureMiddleware`, a spider middleware, turns a response the crawl keeps into an
`archive.warc.HttpCapture` (the request, status line, headers and body as Scrapy received
them) and puts it before the callback's own outputs, so that the archive's writer thread
has written it by the time the report read from it is archived. `WARC_SCOPE` says which:
`reports` (the default) keeps every report candidate page and attachment, the further pages
of a long report, and every page that links a candidate (the list a report was found on);
`all` keeps every page that reached the spider; `off` none. A 304 is never kept: nothing was
served. `ContentCodingMiddleware`, a downloader middleware placed before Scrapy's
decompression, notes the `Content-Encoding` that Scrapy is about to undo, so that the record
can say so.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from enum import StrEnum

from scrapy.http import Request, Response
from scrapy.http.headers import Headers

from archive.warc import HttpCapture
from crawler.context import CrawlContext
from crawler.discovery.links import LinkKind
from crawler.discovery.urls import canonical_url
from crawler.items import FetchedDocument
from vocabulary.dates import now_iso

# request.meta key of the content coding the server applied and Scrapy removed.
CODING_KEY = "warc_content_coding"
# Links to a report candidate: the page that offers one is kept in the `reports` scope.
CANDIDATE_KINDS = (LinkKind.REPORT, LinkKind.ATTACHMENT)


class WarcScope(StrEnum):
    """Which fetches `WARC_SCOPE` keeps."""

    REPORTS = "reports"
    ALL = "all"
    OFF = "off"

    @classmethod
    def parse(cls, value: str | None) -> WarcScope:
        try:
            return cls((value or cls.OFF).strip().lower())
        except ValueError:
            raise ValueError(f"WARC_SCOPE must be one of reports, all, off; not {value!r}") from None


def _leads_to_candidate(ctx: CrawlContext | None) -> bool:
    return ctx is not None and (ctx.kind in CANDIDATE_KINDS or ctx.continues is not None)


def should_capture(scope: WarcScope, status: int, ctx: CrawlContext | None, outputs: list) -> bool:
    """Whether a response is kept, from its status, its request's context and what it gave."""
    if scope is WarcScope.OFF or status == 304:
        return False
    if scope is WarcScope.ALL:
        return True
    if _leads_to_candidate(ctx):
        return True
    return any(isinstance(output, FetchedDocument)
               or (isinstance(output, Request) and _leads_to_candidate(output.meta.get("ctx")))
               for output in outputs)


def _pairs(headers: Headers) -> list[tuple[str, str]]:
    return [(name.decode("latin-1"), value.decode("latin-1"))
            for name, values in headers.items() for value in values]


def capture_of(response: Response) -> HttpCapture:
    """A response, and the request that got it, as plain values for the WARC writer."""
    request = response.request
    return HttpCapture(
        url=canonical_url(response.url), target_uri=response.url, method=request.method,
        request_headers=_pairs(request.headers), request_body=request.body or b"",
        status=response.status, response_headers=_pairs(response.headers), body=response.body,
        fetched_at=now_iso(), protocol=response.protocol or "HTTP/1.1",
        decoded=response.meta.get(CODING_KEY))


class ContentCodingMiddleware:
    """Downloader middleware before HttpCompressionMiddleware (590): note the content coding."""

    def process_response(self, request: Request, response: Response, spider=None) -> Response:
        codings = response.headers.getlist("Content-Encoding")
        if codings:
            request.meta[CODING_KEY] = ", ".join(coding.decode("latin-1") for coding in codings)
        return response


class CaptureMiddleware:
    """Spider middleware: a kept response's `HttpCapture` goes first among its outputs."""

    def __init__(self, scope: WarcScope):
        self.scope = scope

    @classmethod
    def from_crawler(cls, crawler):
        return cls(WarcScope.parse(crawler.settings.get("WARC_SCOPE")))

    def _captured(self, response: Response, outputs: list) -> list:
        if should_capture(self.scope, response.status, response.meta.get("ctx"), outputs):
            return [capture_of(response), *outputs]
        return outputs

    def process_spider_output(self, response: Response, result: Iterable, spider=None) -> list:
        return self._captured(response, list(result))

    async def process_spider_output_async(self, response: Response, result: AsyncIterator,
                                          spider=None) -> AsyncIterator:
        for output in self._captured(response, [output async for output in result]):
            yield output
