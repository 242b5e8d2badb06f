"""Attachment files of the simulated web: PDF with a Chinese text layer, image-only PDF, DOCX, DOC.

Every builder is deterministic (reportlab's invariant mode, fixed ZIP timestamps), so that one
seed gives byte-identical attachments.
"""

from __future__ import annotations

import io
import random
import zipfile
import zlib

FIXED_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def make_pdf(title: str, paragraphs: list[str]) -> bytes:
    """A text PDF in the built-in CID font STSong-Light: pdfminer gets the Chinese text back."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    head = ParagraphStyle("h", fontName="STSong-Light", fontSize=16, leading=24, alignment=1,
                          wordWrap="CJK", spaceAfter=12)
    body = ParagraphStyle("b", fontName="STSong-Light", fontSize=11, leading=18, wordWrap="CJK",
                          firstLineIndent=22)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title=title, author="", creator="",
                            invariant=1)
    doc.build([Paragraph(title, head)] + [Paragraph(_escape(p), body) for p in paragraphs])
    return buf.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_scan_pdf(seed: int, pages: int = 2) -> bytes:
    """An image-only PDF (grey noise 'scans', no fonts, no text layer), written by hand."""
    rng = random.Random(seed)
    width, height = 120, 170
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for n in range(pages):
        pixels = bytes(
            255 if rng.random() < 0.93 else rng.randint(0, 90) for _ in range(width * height)
        )
        image = zlib.compress(pixels, 9)
        img_id, content_id, page_id = len(objects) + 1, len(objects) + 2, len(objects) + 3
        objects.append(
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
            b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream"
            % (width, height, len(image), image)
        )
        draw = b"q 595 0 0 842 0 0 cm /Im%d Do Q" % n
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(draw), draw))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /XObject << /Im%d %d 0 R >> >> >>" % (content_id, n, img_id)
        )
        kids.append(b"%d 0 R" % page_id)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), pages)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (i, obj))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % off for off in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def make_docx(title: str, paragraphs: list[str]) -> bytes:
    """A DOCX with the title as heading and one paragraph per line, with fixed ZIP timestamps."""
    import datetime as dt

    import docx

    document = docx.Document()
    props = document.core_properties
    props.author = props.last_modified_by = ""
    props.created = props.modified = dt.datetime(2020, 1, 1)
    document.add_heading(title, level=1)
    for para in paragraphs:
        document.add_paragraph(para)
    buf = io.BytesIO()
    document.save(buf)
    return rezip(buf.getvalue())


def rezip(data: bytes) -> bytes:
    """Rewrite a ZIP archive with fixed timestamps, so that it is byte-identical across runs."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME), src.read(info),
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def make_doc(title: str, paragraphs: list[str]) -> bytes:
    """Bytes that look like a legacy Word .doc: the OLE2 header, padding, UTF-16LE text."""
    header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16) + bytes.fromhex("3E000300FEFF0900")
    header += bytes(512 - len(header))
    text = "\r".join([title, *paragraphs]).encode("utf-16-le")
    return header + text + bytes(-len(text) % 512)
