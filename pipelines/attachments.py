"""Text of report attachments: PDF through pdfminer.six, DOCX through python-docx.

PDF extraction breaks every line at the page edge, also inside Chinese paragraphs, and
adds page numbers; `rejoin_pdf_lines` glues the lines of one paragraph back together. Files
we cannot read (`.doc`, `.wps`, `.ofd`, scanned PDFs without a text layer, corrupt files)
come back with a status instead of text, so the archive can list them for a human.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from statistics import median

from archive.records import DocumentStatus
from vocabulary.patterns import ATTACHMENT_URL_SUFFIX, PDF_HEADING_START

# Below this many characters per page a PDF has no usable text layer.
_MIN_CHARS_PER_PAGE = 20
_PAGE_NUMBER = re.compile(r"^[-—–\s]*(?:第\s*)?\d{1,3}\s*(?:页|/\s*\d{1,3})?[-—–\s]*$")
_SENTENCE_END = ("。", "!", "?", "！", "？", ";", "；", ":", "：", "”", "」", "』", ")", "）")


@dataclass(frozen=True)
class AttachmentText:
    """What an attachment yielded: its text, or why there is none."""

    kind: str
    status: DocumentStatus | None = None  # why there is no text; None when there is
    text: str = ""
    detail: str = ""


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
    content = re.sub(r"\s+", "", text)
    if len(content) < _MIN_CHARS_PER_PAGE * pages:
        return AttachmentText("pdf", DocumentStatus.NO_TEXT_LAYER,
                              detail=f"{len(content)} characters on {pages} pages")
    return AttachmentText("pdf", text=rejoin_pdf_lines(text.replace("\x0c", "\n").split("\n")))


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
    return AttachmentText("docx", text=text)


def extract_attachment(body: bytes, url: str, content_type: str | None = None) -> AttachmentText:
    """Text of an attachment of any kind; unreadable kinds get a status, never an exception."""
    kind = sniff_kind(body, url, content_type)
    if kind == "pdf":
        return extract_pdf(body)
    if kind == "docx":
        return extract_docx(body)
    if kind in ("doc", "wps", "ofd"):
        return AttachmentText(kind, DocumentStatus.UNSUPPORTED,
                              detail=f"{kind} files are not read; fetch by hand")
    return AttachmentText(kind or "unknown", DocumentStatus.UNSUPPORTED,
                          detail="not a known document format")
