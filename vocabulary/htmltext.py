"""Parse HTML into an lxml tree and render it as lines of visible text.

Metadata lives in labelled lines and info tables (`发布机构: … 发布日期: …`), so this
renderer keeps a table row on one line, breaks lines at block elements and `<br>`, and
drops scripts, styles and comments. It is also the fallback text renderer when trafilatura
returns nothing.
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

_BLOCK_TAGS = frozenset((
    "address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr",
    "ul", "center", "title", "html",
))
_CELL_TAGS = frozenset(("td", "th"))
_SKIP_TAGS = frozenset(("script", "style", "noscript", "template", "select", "option", "head"))
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def parse_html(text: str) -> lxml.html.HtmlElement:
    """An lxml tree for `text`, however broken; an empty document for empty input."""
    text = _XML_DECLARATION.sub("", text)
    if not text.strip():
        return lxml.html.document_fromstring("<html><body></body></html>")
    try:
        return lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError):
        return lxml.html.document_fromstring(f"<html><body>{lxml.html.escape(text)}</body></html>")


def render_lines(element: lxml.html.HtmlElement) -> list[str]:
    """Visible text of `element`, one line per block, table rows kept on one line."""
    parts: list[str] = []

    def walk(node: lxml.html.HtmlElement) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _SKIP_TAGS or not tag:
            if node.tail:
                parts.append(node.tail)
            return
        block = tag in _BLOCK_TAGS
        if block or tag == "br":
            parts.append("\n")
        elif tag in _CELL_TAGS:
            parts.append(" ")
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
        if block:
            parts.append("\n")
        elif tag in _CELL_TAGS:
            parts.append(" ")
        if node.tail:
            parts.append(node.tail)

    walk(element)
    text = "".join(parts).replace("\xa0", " ").replace("\u3000", " ")
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n"))
    return [line for line in lines if line]


def meta_content(tree: lxml.html.HtmlElement, names: tuple[str, ...]) -> str | None:
    """The first non-empty `<meta name|property=… content=…>` among `names`, any case."""
    wanted = [n.lower() for n in names]
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key in wanted and content and key not in found:
            found[key] = content
    for key in wanted:
        if key in found:
            return found[key]
    return None
