"""Reports whose text runs over several pages: held until every page has come, then joined.

CMSs split long articles into pages named after the first (`t20240229_83863731.html`,
`…_1.html`, `…_2.html` on TRS; `content_271731.html`, `…_2.html` elsewhere), linked by a
`createPageHTML(…)` script or by plain page links. `continuation_urls` finds a candidate
article's further pages among its links and pagers; `HeldDocuments` keeps the article's
`FetchedDocument` while they are fetched and gives it back, with every page's bytes, once the
last one has come or failed, so that the report is archived once, from all its text, with
every page's URL among its sightings. The page images of a report posted as a scan in its
article (`pages.content_images`) are held the same way, and go to OCR with the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from scrapy.http import Response, TextResponse

from crawler.discovery.reading import PageReading
from crawler.items import FetchedDocument

# More pages than this are not an article's.
MAX_CONTINUATIONS = 20


def continuation_urls(url: str, candidates: list[str]) -> list[str]:
    """The URLs among `candidates` that continue the article at `url` (`<name>_<n>.<ext>`),
    in page order."""
    parts = urlsplit(url)
    name, dot, extension = parts.path.rpartition(".")
    if not dot or "/" in extension:
        return []
    pattern = re.compile(rf"{re.escape(name)}_(\d{{1,2}})\.{re.escape(extension)}")
    numbered = {}
    for candidate in candidates:
        other = urlsplit(candidate)
        match = pattern.fullmatch(other.path)
        if match and other.netloc == parts.netloc and not other.query:
            numbered.setdefault(int(match.group(1)), candidate)
    return [numbered[number] for number in sorted(numbered)][:MAX_CONTINUATIONS]


def further_urls(url: str, reading: PageReading) -> list[str]:
    """What to fetch to complete a candidate article: its further pages, then its page images."""
    return continuation_urls(url, [link.url for link in reading.links]
                             + [request.url for request in reading.next_pages]) + reading.page_images


@dataclass
class HeldDocument:
    """An article waiting for its further pages."""

    document: FetchedDocument
    waiting: list[str]
    order: list[str]
    pages: dict[str, tuple[bytes, str | None]] = field(default_factory=dict)
    images: dict[str, bytes] = field(default_factory=dict)


class HeldDocuments:
    """The multi-page articles of a crawl whose further pages are still being fetched."""

    def __init__(self) -> None:
        self.held: dict[str, HeldDocument] = {}

    def hold(self, document: FetchedDocument, continuations: list[str]) -> None:
        """Keep `document` until each of `continuations` (in page order) has come or failed."""
        self.held[document.url] = HeldDocument(document, list(continuations), list(continuations))

    def arrived_response(self, first_url: str, response: Response) -> FetchedDocument | None:
        """A further page or page image came; the joined document once none is missing."""
        url = (response.meta.get("redirect_urls") or [response.url])[0]
        if isinstance(response, TextResponse):
            return self.arrived(first_url, url, response.body, response.encoding)
        return self.arrived(first_url, url, response.body, image=True)

    def arrived(self, first_url: str, url: str, body: bytes | None,
                encoding: str | None = None, image: bool = False) -> FetchedDocument | None:
        """A further page came (or failed: no body); the joined document once none is missing."""
        held = self.held.get(first_url)
        if held is None or url not in held.waiting:
            return None
        held.waiting.remove(url)
        if body is not None and image:
            held.images[url] = body
        elif body is not None:
            held.pages[url] = (body, encoding)
        return self._release(first_url) if not held.waiting else None

    def release_site(self, site_key: str) -> list[FetchedDocument]:
        """The documents of a site that is done, with the pages that came."""
        keys = [key for key, held in self.held.items() if held.document.site.key == site_key]
        return [self._release(key) for key in keys]

    def _release(self, first_url: str) -> FetchedDocument:
        held = self.held.pop(first_url)
        pages = [(url, *held.pages[url]) for url in held.order if url in held.pages]
        images = [(url, held.images[url]) for url in held.order if url in held.images]
        return replace(held.document, continued_pages=pages, page_images=images)
