"""Text of report attachments: PDF, DOCX, Word 97 `.doc`, WPS `.wps`, OFD, and scans by OCR.

PDF text comes from pdfminer.six; its lines break at every page edge, also inside Chinese
paragraphs, and carry page numbers, so `rejoin_pdf_lines` glues a paragraph's lines back
together. DOCX is read with python-docx, `.doc`/`.wps` by `pipelines.word97`, OFD by
`pipelines.ofd`. A PDF without a text layer is a scan: `extract_attachment` says so, and
`ocr_attachment` reads it by OCR (`pipelines.ocr`) when the crawl judges it worth the cost.
Every text says where it came from (`TextSource`); a file that cannot be read comes back
with a status instead, so that the archive can list it for a human.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from enum import StrEnum
from statistics import median

from archive.records import DocumentStatus
from vocabulary.patterns import ATTACHMENT_URL_SUFFIX, PDF_HEADING_START

# Below this many characters per page a PDF has no usable text layer.
_MIN_CHARS_PER_PAGE = 20
_PAGE_NUMBER = re.compile(r"^[-—–\s]*(?:第\s*)?\d{1,3}\s*(?:页|/\s*\d{1,3})?[-—–\s]*$")
_SENTENCE_END = ("。", "!", "?", "！", "？", ";", "；", ":", "：", "”", "」", "』", ")", "）")


class TextSource(StrEnum):
    """Where a document's text came from, as stored in `text_source`."""

    HTML = "html"  # the page's own markup
    TEXT_LAYER = "text_layer"  # a PDF's text layer
    DOCX = "docx"
    DOC = "doc"  # Word 97-2003 binary
    WPS = "wps"  # Kingsoft WPS, the same binary layout
    OFD = "ofd"
    OCR = "ocr"  # recognised on page images: a scanned PDF or an article's page images


@dataclass(frozen=True)
class AttachmentText:
    """What an attachment yielded: its text, or why there is none."""

    kind: str
    status: DocumentStatus | None = None  # why there is no text; None when there is
    text: str = ""
    detail: str = ""
    source: TextSource | None = None
    ocr_confidence: float | None = None  # mean confidence of the recognised characters


def sniff_kind(body: bytes, url: str, content_type: str | None = None) -> str | None:
    """The document kind from the file's magic bytes, then its content type, then its URL."""
    head = body[:8]
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(body)) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile:
            names = set()
        if "word/document.xml" in names:
            return "docx"
        if "OFD.xml" in names:
            return "ofd"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "wps" if url.lower().split("?")[0].endswith(".wps") else "doc"
    content_type = (content_type or "").lower()
    if "pdf" in content_type:
        return "pdf"
    if "wordprocessingml" in content_type:
        return "docx"
    if "msword" in content_type:
        return "doc"
    # The kind is the extension: patterns.ATTACHMENT_EXTENSIONS.
    match = ATTACHMENT_URL_SUFFIX.search(url)
    return match.group(1).lower() if match else None


def _characters_if_too_few(text: str, pages: int) -> int | None:
    """The text's characters (whitespace aside) when fewer than a text layer holds on `pages`
    pages; None when there are enough."""
    count = len(re.sub(r"\s+", "", text))
    return count if count < _MIN_CHARS_PER_PAGE * max(pages, 1) else None


def rejoin_pdf_lines(lines: list[str]) -> str:
    """Glue the lines of a PDF back into paragraphs.

    A line continues on the next one unless it ends a sentence, is clearly shorter than a
    full line of its page, or the next line starts a heading.
    """
    lines = [line.strip() for line in lines]
    lines = [line for line in lines if line and not _PAGE_NUMBER.match(line)]
    if not lines:
        return ""
    full_width = median(sorted(len(line) for line in lines)[len(lines) // 2:])
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if current and PDF_HEADING_START.match(line):
            paragraphs.append(current)
            current = ""
        current += line
        short = len(line) < 0.9 * full_width
        if short or (line.endswith(_SENTENCE_END) and len(line) < full_width):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)


def extract_pdf(body: bytes) -> AttachmentText:
    """Text of a PDF, or the status that says why there is none."""
    # Imported here: pdfminer is only needed for the few PDF attachments.
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams
    from pdfminer.pdfpage import PDFPage
    from pdfminer.psparser import PSException

    try:
        pages = sum(1 for _ in PDFPage.get_pages(io.BytesIO(body)))
        text = extract_text(io.BytesIO(body), laparams=LAParams(line_margin=0.3))
    except (PSException, ValueError, KeyError, TypeError, AssertionError, IndexError,
            AttributeError, OverflowError, ZeroDivisionError, RecursionError) as error:
        # pdfminer signals a broken file with a wide range of exception types.
        return AttachmentText("pdf", DocumentStatus.CORRUPT, detail=f"{type(error).__name__}: {error}")
    if pages == 0:
        return AttachmentText("pdf", DocumentStatus.CORRUPT, detail="no pages")
    found = _characters_if_too_few(text, pages)
    if found is not None:
        return AttachmentText("pdf", DocumentStatus.NO_TEXT_LAYER,
                              detail=f"{found} characters on {pages} pages")
    return AttachmentText("pdf", text=rejoin_pdf_lines(text.replace("\x0c", "\n").split("\n")),
                          source=TextSource.TEXT_LAYER)


def extract_docx(body: bytes) -> AttachmentText:
    """Text of a DOCX: paragraphs one per line, table rows as cells joined by spaces."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(body))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        return AttachmentText("docx", DocumentStatus.CORRUPT, detail=f"{type(error).__name__}: {error}")
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(node.text or "" for node in block.iter() if node.tag.endswith("}t")))
        elif tag == "tbl":
            for row in block.iter():
                if row.tag.endswith("}tr"):
                    cells = []
                    for cell in row.iter():
                        if cell.tag.endswith("}tc"):
                            cells.append("".join(t.text or "" for t in cell.iter() if t.tag.endswith("}t")))
                    lines.append(" ".join(c.strip() for c in cells if c.strip()))
    text = "\n".join(line.strip() for line in lines if line.strip())
    if not text:
        return AttachmentText("docx", DocumentStatus.NO_TEXT_LAYER, detail="no text in document")
    return AttachmentText("docx", text=text, source=TextSource.DOCX)


def extract_word97(body: bytes, kind: str) -> AttachmentText:
    """Text of a Word 97 `.doc` or a WPS `.wps` (`kind`), or the status saying why there is none."""
    from pipelines.word97 import NotWordFile, WordFileError, word_document_text

    try:
        text = word_document_text(body)
    except NotWordFile as error:
        return AttachmentText(kind, DocumentStatus.UNSUPPORTED, detail=str(error))
    except WordFileError as error:
        return AttachmentText(kind, DocumentStatus.CORRUPT, detail=str(error))
    if not text:
        return AttachmentText(kind, DocumentStatus.NO_TEXT_LAYER, detail="no text in document")
    return AttachmentText(kind, text=text, source=TextSource(kind))


def extract_ofd(body: bytes) -> AttachmentText:
    """Text of an OFD, or the status saying why there is none (an OFD of page images is a scan)."""
    from pipelines.ofd import OfdFileError, ofd_text

    try:
        text, pages = ofd_text(body)
    except OfdFileError as error:
        return AttachmentText("ofd", DocumentStatus.CORRUPT, detail=str(error))
    found = _characters_if_too_few(text, pages)
    if found is not None:
        return AttachmentText("ofd", DocumentStatus.NO_TEXT_LAYER,
                              detail=f"{found} characters on {pages} pages")
    return AttachmentText("ofd", text=text, source=TextSource.OFD)


def extract_attachment(body: bytes, url: str, content_type: str | None = None) -> AttachmentText:
    """Text of an attachment of any kind; unreadable kinds get a status, never an exception."""
    kind = sniff_kind(body, url, content_type)
    if kind == "pdf":
        return extract_pdf(body)
    if kind == "docx":
        return extract_docx(body)
    if kind in ("doc", "wps"):
        return extract_word97(body, kind)
    if kind == "ofd":
        return extract_ofd(body)
    return AttachmentText(kind or "unknown", DocumentStatus.UNSUPPORTED,
                          detail="not a known document format")


def ocr_attachment(body: bytes, max_pages: int) -> AttachmentText:
    """A scanned PDF's text by OCR, its first `max_pages` pages; a status if it cannot be read."""
    from pipelines.ocr import OcrError, render_pdf_pages, shared_reader

    try:
        images = render_pdf_pages(body, max_pages)
    except OcrError as error:
        return AttachmentText("pdf", DocumentStatus.CORRUPT, detail=str(error))
    result = shared_reader().read_pages(images)
    found = _characters_if_too_few(result.text, result.pages)
    if found is not None:
        return AttachmentText("pdf", DocumentStatus.NO_TEXT_LAYER,
                              detail=f"OCR found {found} characters on {result.pages} pages")
    return AttachmentText("pdf", text=result.text, source=TextSource.OCR,
                          ocr_confidence=result.confidence)
