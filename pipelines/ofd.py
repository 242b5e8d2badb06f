"""Text of OFD files (GB/T 33190, China's fixed-layout format), read from their XML.

An OFD is a ZIP package: `OFD.xml` names each document's root (`Doc_0/Document.xml`), which
lists its pages (`Pages/Page_0/Content.xml`); a page's layers hold `TextObject`s, each placed
by its `Boundary` ("x y width height", in millimetres) with `TextCode` runs at offsets `X`,
`Y` and per-glyph advances `DeltaX` ("g 5 3.5" repeats 3.5 five times). The runs become
positioned boxes that `pipelines.layout` turns into paragraphs, as OCR output is. Page
templates (running headers, seals) are not read. An OFD whose pages carry only images is a
scan: it has no text layer, and says so.
"""

from __future__ import annotations

import io
import posixpath
import zipfile

from lxml import etree

from pipelines.layout import TextBox, paragraphs_from_rows, rows_from_boxes

# Font size when a TextObject does not give one (millimetres, about 10.5 pt).
_DEFAULT_SIZE = 3.7
_MAX_PART_BYTES = 50 * 1024 * 1024


class OfdFileError(ValueError):
    """The bytes are not an OFD package this reader can read."""


def ofd_text(body: bytes) -> tuple[str, int]:
    """The text of every page of every document in the package, and the number of pages.

    Raises:
        OfdFileError: not a ZIP with an `OFD.xml`, or its XML is broken.
    """
    try:
        package = zipfile.ZipFile(io.BytesIO(body))
    except zipfile.BadZipFile as error:
        raise OfdFileError(f"not a ZIP package: {error}") from error
    with package:
        names = {name.lstrip("/"): name for name in package.namelist()}
        root = _xml(package, names, "OFD.xml")
        pages: list[list[TextBox]] = []
        for doc_root in _children_text(root, "DocRoot"):
            document_path = doc_root.strip().lstrip("/")
            document = _xml(package, names, document_path)
            base = posixpath.dirname(document_path)
            for page in _elements(document, "Page"):
                location = (page.get("BaseLoc") or "").strip()
                path = location.lstrip("/") if location.startswith("/") else posixpath.join(base, location)
                pages.append(rows_from_boxes(page_boxes(_xml(package, names, posixpath.normpath(path)))))
    return paragraphs_from_rows(pages), len(pages)


def page_boxes(content: etree._Element) -> list[TextBox]:
    """The text runs of one page's `Content.xml` as boxes (millimetres, y downwards)."""
    boxes = []
    for text_object in _elements(content, "TextObject"):
        boundary = _numbers(text_object.get("Boundary"))
        left, top = (boundary[0], boundary[1]) if len(boundary) >= 2 else (0.0, 0.0)
        size = _float(text_object.get("Size"), _DEFAULT_SIZE)
        x = y = 0.0
        for code in _elements(text_object, "TextCode"):
            text = code.text or ""
            x = _float(code.get("X"), x)
            y = _float(code.get("Y"), y)
            if not text.strip():
                continue
            advances = delta_x(code.get("DeltaX"), len(text), size)
            width = sum(advances) + size
            # Y is the baseline: the glyphs stand above it.
            boxes.append(TextBox(text.strip(), left + x, top + y - size, left + x + width, top + y))
    return boxes


def delta_x(value: str | None, length: int, size: float) -> list[float]:
    """The advances between a run's glyphs: OFD's `DeltaX`, with "g N d" repeats expanded."""
    tokens = (value or "").split()
    advances: list[float] = []
    index = 0
    while index < len(tokens):
        if tokens[index] == "g" and index + 2 < len(tokens):
            advances += [_float(tokens[index + 2], size)] * int(_float(tokens[index + 1], 0))
            index += 3
        else:
            advances.append(_float(tokens[index], size))
            index += 1
    advances = advances[:max(length - 1, 0)]
    return advances + [size] * (max(length - 1, 0) - len(advances))


def _xml(package: zipfile.ZipFile, names: dict[str, str], path: str) -> etree._Element:
    name = names.get(path.lstrip("/"))
    if name is None:
        raise OfdFileError(f"the package has no {path}")
    if package.getinfo(name).file_size > _MAX_PART_BYTES:
        raise OfdFileError(f"{path} is too large")
    try:
        return etree.fromstring(package.read(name), etree.XMLParser(resolve_entities=False,
                                                                    huge_tree=True))
    except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError) as error:
        raise OfdFileError(f"cannot read {path}: {error}") from error


def _elements(root: etree._Element, local_name: str) -> list[etree._Element]:
    return [element for element in root.iter() if isinstance(element.tag, str)
            and etree.QName(element).localname == local_name]


def _children_text(root: etree._Element, local_name: str) -> list[str]:
    return [element.text for element in _elements(root, local_name) if element.text]


def _numbers(value: str | None) -> list[float]:
    return [_float(part, 0.0) for part in (value or "").split()]


def _float(value: str | None, default: float) -> float:
    try:
        return float(value) if value is not None else default
    except ValueError:
        return default
