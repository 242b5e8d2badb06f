"""The records that flow from extraction to the archive.

`ReportRecord` is one copy of a report as read from one URL: its text, its fields and where
it came from. `DocumentOutcome` is what happened to any candidate document, report or not,
so that the archive can say why a page that looked like a report is not in `reports`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class DocumentStatus(StrEnum):
    """What became of a candidate document, as stored in `documents.status`."""

    REPORT = "report"  # archived as a report (new, copy or revision)
    REJECTED = "rejected"  # read, and not a report
    UNSUPPORTED = "unsupported"  # a format not read (.doc, .wps, .ofd...)
    NO_TEXT_LAYER = "no_text_layer"  # a PDF without text (a scan)
    CORRUPT = "corrupt"  # a file that cannot be parsed
    ERROR = "error"  # extraction failed with an error


class EndReason(StrEnum):
    """Why the crawl of a site ended, as stored in `sites.end_reason`."""

    DONE = "done"  # every link worth following was followed
    BUDGET = "budget"  # MAX_PAGES_PER_SITE ran out
    PARTIAL = "partial"  # columns were left unread (more of one URL shape than MAX_PAGES_PER_SHAPE)
    ROBOTS = "robots"  # robots.txt forbids the home page
    UNREACHABLE = "unreachable"  # the home page could not be fetched
    # More than half of the requests failed; a 404 or 410 counts only when a list failed too.
    ERRORS = "errors"
    SHUTDOWN = "shutdown"  # the crawl stopped before the site was done
    BLOCKED = "blocked"  # the home page answered with a script challenge the crawl did not pass

    @classmethod
    def for_failed_home(cls, error_kind: str) -> EndReason:
        """Why a site ended whose home page failed with this error kind."""
        return {"robots": cls.ROBOTS, "script_challenge": cls.BLOCKED}.get(error_kind, cls.UNREACHABLE)


@dataclass
class ReportRecord:
    """One copy of a report, extracted and classified, ready to archive."""

    url: str
    fetched_at: str
    http_status: int
    kind: str  # html, pdf, docx, doc, wps or ofd
    title: str
    body: str  # simplified, one paragraph per line
    body_original: str  # as published, before script conversion
    script: str  # simplified, traditional or pinyin
    report_year: int | None
    region: str | None
    region_code: str | None
    province: str | None
    city: str | None
    publisher: str | None
    publish_date: str | None  # YYYY-MM-DD
    issuer_kind: str
    score: float
    reason: str
    site_key: str
    own_site: bool
    site_id_code: str | None = None
    index_no: str | None = None
    via_url: str | None = None  # the article page that linked an attachment
    found_in: str | None = None  # title of the list page or column the link was found on
    extra_urls: list[str] = field(default_factory=list)  # other URLs showing the same copy
    # MinHash of `body` (`fingerprint.minhash_to_bytes`) when the reader computed it.
    signature: bytes | None = None
    # Where the text came from (`pipelines.attachments.TextSource`), and for OCR the mean
    # confidence of its characters.
    text_source: str = "html"
    ocr_confidence: float | None = None


@dataclass
class DocumentOutcome:
    """What became of a candidate document: archived, rejected or unreadable, and why."""

    url: str
    site_key: str
    kind: str
    status: DocumentStatus
    title: str | None
    reason: str
    fetched_at: str
    score: float | None = None
    via_url: str | None = None
    text_source: str | None = None
    ocr_confidence: float | None = None
