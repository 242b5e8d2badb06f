"""What the spider hands to the pipelines: candidate documents, page visits, site outcomes.

Items are plain dataclasses of values (bytes, strings, numbers), never response objects, so
that the pipelines can be tested without Scrapy and items can be serialised.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from crawler.seeds import Seed
from vocabulary.metadata import PageFields


@dataclass
class FetchedDocument:
    """A page or attachment that may be a report, with the context it was found in."""

    url: str
    http_status: int
    body: bytes
    content_type: str
    declared_encoding: str | None
    is_attachment: bool
    fetched_at: str
    site: Seed
    link_text: str = ""
    list_date: str | None = None
    column: str | None = None
    # For an attachment: the article page that links it, and that page's fields (its title
    # and date are the attachment's).
    via_url: str | None = None
    via_fields: PageFields | None = None
    # For an article page: its links to attachments that look like the report.
    attachment_urls: list[str] = field(default_factory=list)
    # The URLs that redirected here (a `downfile.jsp` link, an http->https move).
    redirected_from: list[str] = field(default_factory=list)
    # For an article whose text runs over several pages: the further pages as fetched
    # (URL, bytes, encoding), in order; its body is all of them joined.
    continued_pages: list[tuple[str, bytes, str | None]] = field(default_factory=list)
    # For a report posted as a scan in its article: the page images as fetched (URL, bytes),
    # in the order the article shows them, for OCR.
    page_images: list[tuple[str, bytes]] = field(default_factory=list)


@dataclass
class SiteOutcome:
    """How the crawl of one seed site went."""

    site: Seed
    final_url: str | None
    site_id_code: str | None
    requests: int
    pages_fetched: int
    end_reason: str
    errors: dict[str, int]
    finished_at: str
    # Its candidate home pages when it had several (`crawler.homes`), for `site_candidates`.
    candidates: list[dict] = field(default_factory=list)


@dataclass
class PageVisit:
    """One fetched page, for the archive's `pages` table: validators, role and links."""

    url: str
    site_key: str
    role: str
    http_status: int
    etag: str | None
    last_modified: str | None
    fetched_at: str
    # (url, score, kind, text, date) of the links a navigation page offered.
    links: list[tuple] = field(default_factory=list)


@dataclass
class PageVisits:
    """Page visits handed over together: one item per page would cost more than the page."""

    visits: list[PageVisit]


@dataclass
class KnownUrlStatus:
    """A known report URL answered without new content: 304 Not Modified, 404, 410..."""

    url: str
    site_key: str
    http_status: int
    fetched_at: str


@dataclass
class DiscoveredSite:
    """A county site found on a city portal, and how sure the match is."""

    adcode: str
    name: str
    province: str
    city: str
    url: str
    final_url: str | None
    site_id_code: str | None
    status: str  # confirmed, matched_by_name, dubious
    reason: str
    source_url: str
    link_text: str
    discovered_at: str


@runtime_checkable
class CrawlOutcomes(Protocol):
    """What the archive pipeline and the progress log may ask of the crawl, and nothing else.

    The spider implements it; the pipelines and extensions never reach further into it.
    `isinstance(spider, CrawlOutcomes)` checks that a spider has every member.
    """

    @property
    def seeds_source(self) -> str:
        """The seed list the crawl started from, as recorded in `crawls.seeds`."""

    @property
    def site_count(self) -> int:
        """Seed sites in this crawl."""

    @property
    def sites_finished(self) -> int:
        """Seed sites whose crawl has ended."""

    def take_pending_visits(self) -> list[PageVisit]:
        """Page visits not yet handed over as `PageVisits` (the last ones, at the end)."""

    def unfinished_outcomes(self) -> list[SiteOutcome]:
        """Outcomes of the sites still open when the crawl stops (shutdown, kill, budget)."""
