"""Paragraphs from positioned lines of text: the common step of OCR and OFD reading.

An OCR engine gives boxes of text, and an OFD page gives text objects at coordinates; neither
says where a paragraph ends. `rows_from_boxes` puts the boxes of one printed line together,
left to right, and `paragraphs_from_rows` joins the rows of a page into paragraphs the way a
reader sees them on a Chinese government document: a paragraph starts with an indented (or
centred, or right-aligned) row or after a row that stops short of the right margin, and a
heading ("一、", "（二）") always starts one; a centred title that wraps stays one line.
Page-number rows ("— 3 —") are dropped, and a paragraph runs on from one page to the next
unless the new page's first row is indented.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from statistics import median

from vocabulary.patterns import LAID_OUT_HEADING_START

PAGE_NUMBER_ROW = re.compile(r"^[-—–－一\s]*(?:第\s*)?\d{1,3}\s*(?:页|/\s*\d{1,3})?[-—–－一\s]*$")
# A row is indented, or stops short, when it is off the margin by this many character heights.
_INDENT = 1.0
_SHORT = 1.5
# Boxes whose gap is wider than this many character heights are separate cells: a space between.
_CELL_GAP = 1.5


@dataclass(frozen=True)
class TextBox:
    """A piece of text on a page, with its bounding box (any unit, y growing downwards)."""

    text: str
    left: float
    top: float
    right: float
    bottom: float
    confidence: float = 1.0

    @property
    def height(self) -> float:
        return self.bottom - self.top


def rows_from_boxes(boxes: list[TextBox]) -> list[TextBox]:
    """The printed lines of a page, top to bottom: boxes that share a line, joined left to right."""
    rows: list[list[TextBox]] = []
    for box in sorted(boxes, key=lambda b: (b.top + b.bottom) / 2):
        centre = (box.top + box.bottom) / 2
        row = rows[-1] if rows else None
        if row is not None and min(b.top for b in row) <= centre <= max(b.bottom for b in row):
            row.append(box)
        else:
            rows.append([box])
    return [_join_row(sorted(row, key=lambda b: b.left)) for row in rows]


def _join_row(row: list[TextBox]) -> TextBox:
    height = median(b.height for b in row) or 1.0
    text = row[0].text
    for before, box in itertools.pairwise(row):
        text += (" " if box.left - before.right > _CELL_GAP * height else "") + box.text
    characters = sum(len(b.text) for b in row) or 1
    confidence = sum(b.confidence * len(b.text) for b in row) / characters
    return TextBox(text, min(b.left for b in row), min(b.top for b in row),
                   max(b.right for b in row), max(b.bottom for b in row), confidence)


def _centred(row: TextBox, margin_left: float, margin_right: float, height: float) -> bool:
    """A row set in the middle: off both margins by about as much (a title, not a signature)."""
    before, after = row.left - margin_left, margin_right - row.right
    return before > _INDENT * height and after > _INDENT * height and abs(before - after) < 2 * height


def paragraphs_from_rows(pages: list[list[TextBox]]) -> str:
    """The text of the pages' rows (each page top to bottom), one paragraph per line."""
    paragraphs: list[str] = []
    current = ""
    for rows in pages:
        rows = [row for row in rows if row.text.strip() and not PAGE_NUMBER_ROW.match(row.text.strip())]
        if not rows:
            continue
        height = median(row.height for row in rows) or 1.0
        lefts = sorted(row.left for row in rows)
        rights = sorted(row.right for row in rows)
        margin_left = lefts[len(lefts) // 4]
        margin_right = rights[(len(rights) * 9) // 10]
        previous_short = False  # a page's first row continues the last page's paragraph
        previous_centred = False
        for row in rows:
            text = row.text.strip()
            centred = _centred(row, margin_left, margin_right, height)
            starts = (row.left > margin_left + _INDENT * height or previous_short
                      or bool(LAID_OUT_HEADING_START.match(text)))
            # A centred title that wraps goes on in the next centred row.
            if starts and current and not (centred and previous_centred):
                paragraphs.append(current)
                current = ""
            current += text
            previous_short = row.right < margin_right - _SHORT * height
            previous_centred = centred
        # A page's last row that ran to the margin continues on the next page.
        if previous_short and current:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)
