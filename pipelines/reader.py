"""From fetched bytes to a classified report record: the pure core of the pipelines.

`read_document` decodes a page (repairing a wrong charset), extracts its body and fields,
or reads an attachment's text with the title and date of the page that links it.
`read_scan` reads by OCR what only OCR can read (a scanned PDF, an article's page images);
`wants_ocr` says when that is worth its cost. `classify_read` then decides whether it is an
annual rule-of-law report and, if so, fills the record the archive stores: simplified text,
original script, region, report year, publisher, publish date, issuer kind, text source.
None of them touches the network or the database.
"""

from __future__ import annotations

import datetime as dt
import time
import traceback
from dataclasses import dataclass, replace

from archive.fingerprint import minhash, minhash_to_bytes, shingles
from archive.records import DocumentOutcome, DocumentStatus, ReportRecord
from crawler.discovery.answers import parse_json
from crawler.discovery.shells import article_html, json_article, with_decoded_body
from crawler.items import FetchedDocument
from pipelines.attachments import AttachmentText, TextSource, extract_attachment, ocr_attachment
from pipelines.classify import Classification, classify_document
from pipelines.extract import clean_body, extract_body
from vocabulary.dates import date_from_url, parse_date
from vocabulary.htmltext import parse_html
from vocabulary.metadata import (
    PageFields,
    as_seed_zone,
    extract_fields,
    find_region,
    issuer_kind,
    opening_subject,
    publisher_from_signature,
    publisher_from_title,
    qualified_publisher,
    report_year,
)
from vocabulary.normalize import decode_bytes, is_traditional, normalize_text, strip_pinyin
from vocabulary.patterns import ATTACHMENT_LABEL, FILE_NAME_SUFFIX
from vocabulary.regions import Gazetteer
from vocabulary.titles import title_is_candidate


@dataclass(frozen=True)
class ReadDocument:
    """A candidate's text and fields, before classification."""

    doc: FetchedDocument
    kind: str
    title: str | None
    body_original: str
    fields: PageFields
    # Filled in where the document was read (a worker process), to spare the crawl process:
    # the normalised body and its MinHash signature (`fingerprint.minhash_to_bytes`).
    body: str | None = None
    signature: bytes | None = None
    text_source: TextSource = TextSource.HTML
    ocr_confidence: float | None = None


# An article with less text of its own than this, beside its page images, is a scan.
MAX_TEXT_BESIDE_PAGE_IMAGES = 200
# Of such an article's own text, only lines this long (sentences, not menu items) are kept.
MIN_OWN_LINE = 40


def _clean_link_title(text: str) -> str:
    text = ATTACHMENT_LABEL.sub("", text.strip())
    return FILE_NAME_SUFFIX.sub("", text).strip()


def _outcome(doc: FetchedDocument, kind: str, status: DocumentStatus, reason: str,
             title: str | None = None, score: float | None = None,
             read: ReadDocument | None = None) -> DocumentOutcome:
    return DocumentOutcome(url=doc.url, site_key=doc.site.key, kind=kind, status=status,
                           title=title, reason=reason, fetched_at=doc.fetched_at, score=score,
                           via_url=doc.via_url,
                           text_source=read.text_source if read is not None else None,
                           ocr_confidence=read.ocr_confidence if read is not None else None)


def read_document(doc: FetchedDocument, today: dt.date | None = None) -> ReadDocument | DocumentOutcome:
    """Text and fields of a fetched page or attachment, or the outcome saying why there are none."""
    if doc.is_attachment:
        return _read_attachment(doc, today)
    text = decode_bytes(doc.body, doc.declared_encoding).text
    # An article served as JSON (what an article shell loads) is read as the page it shows, and
    # so is one whose script decodes its body from base64.
    article = json_article(parse_json(text)) if text.lstrip()[:1] in ("{", "[") else None
    text = article_html(article) if article is not None else with_decoded_body(text)
    tree = parse_html(text)
    fields = extract_fields(tree, doc.url, doc.link_text or None, doc.list_date, today)
    if doc.via_fields is not None:
        # The body an article shows in a frame or loads by script: what the body page does
        # not say, the article does.
        fields = PageFields(**{name: value if value is not None else getattr(doc.via_fields, name)
                               for name, value in vars(fields).items()})
    body = extract_body(text, tree, doc.url, fields.title)
    for url, page_body, encoding in doc.continued_pages:
        # The further pages of a long article: each page's text, without the title again.
        page = decode_bytes(page_body, encoding)
        more = extract_body(page.text, parse_html(page.text), url, fields.title)
        body = "\n".join(part for part in (body, _without_title(more, fields.title)) if part)
    return ReadDocument(doc, "html", fields.title, body, fields)


def _without_title(text: str, title: str | None) -> str:
    """A further page's text without the title line it repeats."""
    lines = text.split("\n")
    if title and lines and lines[0].strip() == title.strip():
        lines = lines[1:]
    return "\n".join(lines).strip()


def _read_attachment(doc: FetchedDocument, today: dt.date | None) -> ReadDocument | DocumentOutcome:
    return _attachment_read(doc, extract_attachment(doc.body, doc.url, doc.content_type), today)


def _attachment_read(doc: FetchedDocument, text: AttachmentText,
                     today: dt.date | None) -> ReadDocument | DocumentOutcome:
    """An attachment's text with the title and date of the page that links it."""
    link_title = _clean_link_title(doc.link_text or "")
    if text.status is not None:
        return _outcome(doc, text.kind, text.status, text.detail, link_title or None)
    parent = doc.via_fields or PageFields()
    first_line = text.text.split("\n", 1)[0][:80]
    title = next(
        (t for t in (link_title, parent.title, first_line) if t and title_is_candidate(t)),
        link_title or parent.title or first_line,
    )
    publish_date = parse_date(doc.list_date, today) or parent.publish_date or date_from_url(doc.url, today)
    fields = PageFields(
        title=title, publish_date=publish_date, written_date=parent.written_date,
        publisher=parent.publisher, site_name=parent.site_name, site_id_code=parent.site_id_code,
        column_name=parent.column_name, index_no=parent.index_no,
        publish_date_source="list" if doc.list_date else parent.publish_date_source,
    )
    return ReadDocument(doc, text.kind, title, clean_body(text.text, title), fields,
                        text_source=text.source or TextSource.HTML, ocr_confidence=text.ocr_confidence)


def wants_ocr(doc: FetchedDocument, result: ReadDocument | DocumentOutcome) -> bool:
    """Whether only OCR can give this candidate's text, and it may be a report: a scanned PDF
    linked as a report (by its link or its article), or a report's article that shows its
    pages as images."""
    if isinstance(result, DocumentOutcome):
        titles = (_clean_link_title(doc.link_text or ""), (doc.via_fields or PageFields()).title)
        return (doc.is_attachment and result.status == DocumentStatus.NO_TEXT_LAYER
                and result.kind == "pdf" and any(title_is_candidate(t) for t in titles if t))
    return (result.kind == "html" and bool(doc.page_images)
            and len(result.body_original.strip()) < MAX_TEXT_BESIDE_PAGE_IMAGES)


def read_scan(doc: FetchedDocument, max_pages: int,
              today: dt.date | None = None) -> ReadDocument | DocumentOutcome:
    """A scanned candidate's text by OCR: a PDF's first `max_pages` pages, or an article's
    own text followed by the text of its page images."""
    if doc.is_attachment:
        return _attachment_read(doc, ocr_attachment(doc.body, max_pages), today)
    from pipelines.ocr import ocr_images, shared_reader  # heavy, and only for scans

    page = read_document(doc, today)
    if not isinstance(page, ReadDocument):
        return page
    text, pages = ocr_images(shared_reader(), [body for _, body in doc.page_images[:max_pages]])
    if not pages:
        return page
    # What the page says beside its images is mostly chrome (menus, a breadcrumb) that the
    # extractor fell back on; only its running sentences stay.
    own = [line for line in page.body_original.split("\n") if len(line.strip()) >= MIN_OWN_LINE]
    body = "\n".join([*own, clean_body(text.text, page.title)])
    return replace(page, body_original=body, text_source=TextSource.OCR, ocr_confidence=text.confidence)


def read_document_safely(doc: FetchedDocument) -> tuple[ReadDocument | DocumentOutcome, float, str]:
    """`read_document`, for a worker process: never raises, and measures its CPU time.

    Returns:
        The result (an `error` outcome if extraction failed), the CPU seconds it took, and
        the traceback of the failure ("" when there was none) for the caller to log.
    """
    return _safely(read_document, doc)


def read_scan_safely(doc: FetchedDocument,
                     max_pages: int) -> tuple[ReadDocument | DocumentOutcome, float, str]:
    """`read_scan`, for a worker process, as `read_document_safely` is for `read_document`."""
    return _safely(read_scan, doc, max_pages)


def _safely(read, doc: FetchedDocument, *args) -> tuple[ReadDocument | DocumentOutcome, float, str]:
    started = time.process_time()
    try:
        result: ReadDocument | DocumentOutcome = read(doc, *args)
        if isinstance(result, ReadDocument):
            body = normalize_text(result.body_original)
            result = replace(result, body=body,
                             signature=minhash_to_bytes(minhash(shingles(body))))
        failure = ""
    except Exception as error:
        failure = traceback.format_exc()
        result = _outcome(doc, "attachment" if doc.is_attachment else "html", DocumentStatus.ERROR,
                          f"{type(error).__name__}: {error}")
    return result, time.process_time() - started, failure


def script_of(text: str) -> str:
    """'pinyin' for accessibility-mode text, 'traditional', or 'simplified'."""
    if strip_pinyin(text) != text:
        return "pinyin"
    return "traditional" if is_traditional(text) else "simplified"


def is_own_site(doc: FetchedDocument, region: str | None, region_code: str | None,
                site_name: str | None = None) -> bool:
    """Whether the document sits on the site of the government it is about.

    A county's seed decides for itself. On a city or provincial platform, the page's
    SiteName tells a county's own sub-site from the city's republication column.
    """
    site = doc.site
    if region is None:
        return True
    if site.level in ("province", "city") and region != site.name:
        return bool(site_name and region in site_name)
    if region_code and site.adcode:
        return region_code == site.adcode
    names = (site.name, *site.also_names)
    return any(region in name or name in region for name in names)


def site_government_names(doc: FetchedDocument, fields: PageFields, gazetteer: Gazetteer) -> tuple[str, ...]:
    """The names the government of the document's site goes by: seed names, the page's
    SiteName and, for a known unit, its short names (沁源县 → 沁源)."""
    names = [doc.site.name, *doc.site.also_names, fields.site_name or ""]
    region = gazetteer.regions.get(doc.site.adcode) if doc.site.adcode else None
    if region is not None:
        names += [region.name, *region.short_names]
    names += [name.replace("人民政府", "") for name in names]
    return tuple(dict.fromkeys(name for name in names if len(name) >= 2))


def classify_read(read: ReadDocument, gazetteer: Gazetteer) -> tuple[Classification, ReportRecord | None]:
    """Classify a read document and, for a report, build its archive record."""
    doc = read.doc
    script = script_of(read.body_original)
    body = read.body if read.body is not None else normalize_text(read.body_original)
    title = normalize_text(read.title or "", from_mirror=script != "simplified")
    title = title.replace("\n", "") or None
    decision = classify_document(title, body, site_government_names(doc, read.fields, gazetteer))
    if not decision.is_report:
        return decision, None
    fields = read.fields
    # On a city's or province's site a report whose title names no county may be a county's
    # report republished: its opening sentence names the county.
    opening = ([("opening", opening_subject(body))]
               if doc.site.level in ("province", "city") else [])
    region = find_region(
        [("title", title), *opening, ("site_name", fields.site_name), ("seed", doc.site.name)],
        gazetteer, doc.site.province or None, doc.site.city or None,
        seed_is_county=doc.site.level == "county",
    )
    region = as_seed_zone(region, doc.site.name, title)
    publisher = qualified_publisher(fields.publisher or publisher_from_signature(body)
                                    or publisher_from_title(title), region.name)
    publish_date = fields.publish_date
    record = ReportRecord(
        url=doc.url,
        fetched_at=doc.fetched_at,
        http_status=doc.http_status,
        kind=read.kind,
        title=title or "",
        body=body,
        body_original=read.body_original,
        script=script,
        report_year=report_year(title, body, publish_date),
        region=region.name,
        region_code=region.adcode,
        province=region.province or doc.site.province or None,
        city=region.city or doc.site.city or None,
        publisher=publisher,
        publish_date=publish_date.isoformat() if publish_date else None,
        issuer_kind=issuer_kind(title, publisher),
        score=decision.score,
        reason=decision.reason,
        site_key=doc.site.key,
        own_site=is_own_site(doc, region.name, region.adcode, fields.site_name),
        site_id_code=fields.site_id_code,
        index_no=fields.index_no,
        via_url=doc.via_url,
        found_in=doc.column,
        extra_urls=[*doc.redirected_from, *(url for url, _, _ in doc.continued_pages),
                    *([doc.via_url] if doc.is_attachment and doc.via_url else [])],
        signature=read.signature,
        text_source=read.text_source,
        ocr_confidence=read.ocr_confidence,
    )
    return decision, record


def rejected_outcome(read: ReadDocument, decision: Classification) -> DocumentOutcome:
    """The outcome row of a document the classifier turned down."""
    return _outcome(read.doc, read.kind, DocumentStatus.REJECTED, decision.reason, read.title,
                    decision.score, read)


def report_outcome(record: ReportRecord) -> DocumentOutcome:
    """The outcome row of a document archived as a report."""
    return DocumentOutcome(url=record.url, site_key=record.site_key, kind=record.kind,
                           status=DocumentStatus.REPORT, title=record.title, reason=record.reason,
                           fetched_at=record.fetched_at, score=record.score,
                           via_url=record.via_url, text_source=record.text_source,
                           ocr_confidence=record.ocr_confidence)
