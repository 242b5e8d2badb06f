"""OCR of scanned reports: image-only PDFs and the page images of an article.

PDF pages are rendered with pypdfium2 so that their longer side is `RENDER_SIDE` pixels
(the most the recogniser looks at); images are read as they are. RapidOCR (PaddleOCR's
PP-OCRv4 models on ONNX Runtime, shipped inside the wheel: nothing is downloaded) finds
and reads the lines, on one thread, so that a long scan in an extraction worker leaves the
other core to the crawl. `pipelines.layout` then orders the lines into paragraphs. The
result carries the mean confidence of the recognised characters, which the archive keeps
beside every OCR'd text.
"""

from __future__ import annotations

import functools
import io
import math
from dataclasses import dataclass

from pipelines.layout import TextBox, paragraphs_from_rows, rows_from_boxes

# Longer side of a rendered PDF page, in pixels (about 170 dpi on A4).
RENDER_SIDE = 2000
# An image with fewer recognised characters than this is not a page of text (a logo, a photo).
MIN_PAGE_IMAGE_CHARACTERS = 20
# How far the detector's text boxes are grown before recognition (RapidOCR's default: 1.6);
# wider boxes keep the edges of glyphs that scan noise thinned.
UNCLIP_RATIO = 2.0
# Rows the recogniser reads with less confidence than this are noise (seal strokes, specks).
MIN_ROW_CONFIDENCE = 0.5


class OcrError(ValueError):
    """The file cannot be rendered or read as an image."""


@dataclass(frozen=True)
class OcrText:
    """Text recognised on some pages, with the mean confidence of its characters."""

    text: str
    confidence: float | None
    pages: int


class OcrReader:
    """A RapidOCR engine on one thread."""

    def __init__(self) -> None:
        from rapidocr_onnxruntime import RapidOCR  # imported here: heavy, and only for scans

        # No angle classifier: scanned documents stand upright, and the classifier turned some
        # whole lines upside down, which then read as nothing (measured on the labelled scans).
        self.engine = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1, use_cls=False)

    def page_boxes(self, image) -> list[TextBox]:
        """The text boxes the engine finds on one page (an RGB PIL image), deskewed."""
        result, _ = self.engine(image, unclip_ratio=UNCLIP_RATIO)
        found = [(corners, text.strip(), float(score)) for corners, text, score in result or []
                 if text.strip() and float(score) >= MIN_ROW_CONFIDENCE]
        return deskewed_boxes(found)

    def read_pages(self, images: list) -> OcrText:
        """The paragraphs of some pages, in order."""
        pages = [rows_from_boxes(self.page_boxes(image)) for image in images]
        return ocr_text(pages)


@functools.cache
def shared_reader() -> OcrReader:
    """This process's OCR engine. Kept for the life of the (worker) process: the engine's first
    page costs as much again as any other, as ONNX Runtime prepares the models."""
    return OcrReader()


def ocr_images(reader: OcrReader, images: list[bytes]) -> tuple[OcrText, int]:
    """The text of an article's page images, in order, and how many of them held text.

    Images that cannot be decoded or show (almost) no text are skipped.
    """
    pages = []
    for body in images:
        try:
            image = decode_image(body)
        except OcrError:
            continue
        rows = rows_from_boxes(reader.page_boxes(image))
        if sum(len(row.text) for row in rows) >= MIN_PAGE_IMAGE_CHARACTERS:
            pages.append(rows)
    return ocr_text(pages), len(pages)


def deskewed_boxes(found: list[tuple[list, str, float]]) -> list[TextBox]:
    """Boxes from the engine's quadrilaterals (top-left, top-right, bottom-right, bottom-left),
    turned back by the page's skew: the median slope of the lines' top edges. A scan turned by
    a degree moves its left margin by a character every thirty lines, which would read as
    indents."""
    slopes = sorted((corners[1][1] - corners[0][1]) / (corners[1][0] - corners[0][0])
                    for corners, text, _ in found if corners[1][0] - corners[0][0] > 0 and len(text) >= 5)
    angle = math.atan(slopes[len(slopes) // 2]) if slopes else 0.0
    cos, sin = math.cos(-angle), math.sin(-angle)
    boxes = []
    for corners, text, score in found:
        xs = [x * cos - y * sin for x, y in corners]
        ys = [x * sin + y * cos for x, y in corners]
        boxes.append(TextBox(text, min(xs), min(ys), max(xs), max(ys), score))
    return boxes


def ocr_text(pages: list[list[TextBox]]) -> OcrText:
    """The text and confidence of recognised rows, page by page. Pure."""
    rows = [row for page in pages for row in page]
    characters = sum(len(row.text) for row in rows)
    confidence = (sum(row.confidence * len(row.text) for row in rows) / characters
                  if characters else None)
    return OcrText(paragraphs_from_rows(pages), confidence, len(pages))


def render_pdf_pages(body: bytes, max_pages: int):
    """The first `max_pages` pages of a PDF as RGB images, longer side `RENDER_SIDE` pixels.

    Raises:
        OcrError: the PDF cannot be opened or rendered.
    """
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(body)
    except pypdfium2.PdfiumError as error:
        raise OcrError(f"cannot open the PDF: {error}") from error
    try:
        images = []
        for index in range(min(len(pdf), max_pages)):
            page = pdf[index]
            width, height = page.get_size()
            bitmap = page.render(scale=RENDER_SIDE / max(width, height, 1.0))
            images.append(bitmap.to_pil().convert("RGB"))
            page.close()
        return images
    except pypdfium2.PdfiumError as error:
        raise OcrError(f"cannot render the PDF: {error}") from error
    finally:
        pdf.close()


def decode_image(body: bytes):
    """An encoded image (JPEG, PNG, GIF, BMP, TIFF, WebP) as an RGB image.

    Raises:
        OcrError: the bytes are not an image Pillow can read.
    """
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(body)) as image:
            return image.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError) as error:
        raise OcrError(f"not a readable image: {error}") from error
