"""Body text of an article page: trafilatura for the main content, then site-chrome cleaning.

trafilatura (favouring recall, keeping tables) finds the main content of almost every page,
but on these sites it leaves chrome in: breadcrumbs, 字号 大中小, 打印本页, 扫一扫, share bars,
source lines and footers. `clean_body` drops those lines. When a page has a known CMS body
container (TRS `div.TRS_Editor`, Hanweb `#zoom` and its ZJEG_RSS markers, and the like) and
trafilatura returns clearly less than that container holds, the container's own text is used.
"""

from __future__ import annotations

import re

import lxml.html
import trafilatura

from vocabulary.htmltext import render_lines
from vocabulary.lexicon import CHROME_EXACT_LINES, CHROME_LINE_MAX_CHARS, CHROME_MARKERS
from vocabulary.normalize import normalize_whitespace, strip_pinyin, to_simplified

# Body containers of the CMS families, most specific first.
BODY_CONTAINER_XPATHS = (
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' TRS_Editor ')]",
    "//div[contains(@class,'TRS_UEDITOR')]",
    "//*[@id='zoom']",
    "//*[@id='Zoom']",
    "//*[@id='UCAP-CONTENT']",
    "//*[@id='ContentRegion']",
    "//*[@id='ArticleContent']",
    "//*[contains(@class,'article-content')]",
    "//*[contains(@class,'article_content')]",
    "//*[contains(@class,'pages_content')]",
    "//*[@id='content']",
    "//*[@class='content']",
)
_ZJEG_BODY = re.compile(r"<!--\s*ZJEG_RSS\.content\.begin\s*-->(.*?)<!--\s*ZJEG_RSS\.content\.end\s*-->",
                        re.S | re.I)
# trafilatura's text counts as complete when it keeps this share of the container's text.
_CONTAINER_MIN_SHARE = 0.85
# The densest block descends into a child holding at least this share of its text.
_DESCEND_SHARE = 0.8
# trafilatura has lost the paragraphs when it gives fewer than this share of the block's lines.
_MIN_LINE_SHARE = 0.5
_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")
_SKIPPED = frozenset(("script", "style", "noscript", "a", "select", "option", "head"))
_MARKER_PATTERN = re.compile("|".join(re.escape(m) for m in CHROME_MARKERS))


def find_body_container(tree: lxml.html.HtmlElement, html: str) -> list[str] | None:
    """Lines of the CMS body container, if the page has one with real text in it."""
    zjeg = _ZJEG_BODY.search(html)
    if zjeg:
        fragment = lxml.html.fragment_fromstring(zjeg.group(1), create_parent="div")
        lines = render_lines(fragment)
        if sum(len(line) for line in lines) >= 50:
            return lines
    for xpath in BODY_CONTAINER_XPATHS:
        for element in tree.xpath(xpath):
            lines = render_lines(element)
            if sum(len(line) for line in lines) >= 50:
                return lines
    return None


def _text_length(element, cache: dict) -> int:
    """Characters of visible text in `element`, leaving out links, scripts and forms."""
    if element in cache:
        return cache[element]
    tag = element.tag if isinstance(element.tag, str) else ""
    total = 0 if tag in _SKIPPED or not tag else len((element.text or "").strip())
    if tag and tag not in _SKIPPED:
        for child in element:
            total += _text_length(child, cache) + len((child.tail or "").strip())
    cache[element] = total
    return total


def densest_block(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The smallest element that still holds most of the page's non-link text.

    Starting at <body>, descend into the child with the most text as long as it holds at
    least 80% of its parent's. Old table layouts put the report in one <td>; this finds it
    with its <br> and <p> breaks intact, where trafilatura flattens the table.
    """
    body = tree.find("body")
    if body is None:
        return None
    cache: dict = {}
    node = body
    while True:
        children = [c for c in node if isinstance(c.tag, str)]
        if not children:
            return node
        best = max(children, key=lambda c: _text_length(c, cache))
        if _text_length(best, cache) < _DESCEND_SHARE * _text_length(node, cache):
            return node
        node = best


def flatten_tables(text: str) -> str:
    """trafilatura's `| a | b |` table rows as `a b` lines, rule rows dropped."""
    lines = []
    for line in text.split("\n"):
        if _TABLE_RULE.match(line) and set(line.strip()) <= set("|-: "):
            continue
        row = _TABLE_ROW.match(line)
        if row:
            cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", row.group(1))]
            line = " ".join(cell.replace("\\|", "|") for cell in cells if cell)
        lines.append(line)
    return "\n".join(lines)


def run_trafilatura(html: str, url: str | None = None) -> str:
    """trafilatura's plain text of the main content, favouring recall and keeping tables."""
    text = trafilatura.extract(
        html,
        url=url,
        favor_recall=True,
        include_tables=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        with_metadata=False,
        output_format="txt",
    )
    return text or ""


def is_chrome_line(line: str) -> bool:
    """True for the breadcrumb, toolbar, source-line and footer lines sites add to a body."""
    stripped = line.strip().replace("：", ":")
    if not stripped or stripped in CHROME_EXACT_LINES:
        return True
    return len(stripped) <= CHROME_LINE_MAX_CHARS and bool(_MARKER_PATTERN.search(stripped))


def clean_body(text: str, title: str | None = None) -> str:
    """Drop chrome lines, the title line, and what precedes the title when it is chrome.

    Returns:
        The body in its original script, one paragraph per line.
    """
    lines = [line for line in normalize_whitespace(text).split("\n") if not is_chrome_line(line)]
    if title:
        key = _title_key(title)
        for i, line in enumerate(lines[:12]):
            if _title_key(line) == key or (len(key) >= 8 and _title_key(line).startswith(key)):
                # Short lines before the title are leftovers of the header.
                if all(len(earlier) <= CHROME_LINE_MAX_CHARS for earlier in lines[:i]):
                    lines = lines[i + 1:]
                break
    return "\n".join(lines)


def _title_key(text: str) -> str:
    return re.sub(r"\W+", "", to_simplified(strip_pinyin(text)))


def extract_body(html: str, tree: lxml.html.HtmlElement, url: str | None = None,
                 title: str | None = None) -> str:
    """The report text of an article page, in its original script, one paragraph per line.

    trafilatura's text is used unless it kept clearly less than the CMS body container, or,
    without a container, lost the paragraph breaks that the page's densest block still has.

    Args:
        html: the decoded page.
        tree: the same page parsed, for the body container.
        url: the page's URL, passed to trafilatura.
        title: the page's title, removed from the top of the body.
    """
    extracted = clean_body(flatten_tables(run_trafilatura(html, url)), title)
    container = find_body_container(tree, html)
    if container is None:
        block = densest_block(tree)
        container = render_lines(block) if block is not None else None
    if not container:
        return extracted
    from_container = clean_body("\n".join(container), title)
    return from_container if _trafilatura_fell_short(extracted, from_container) else extracted


def _trafilatura_fell_short(extracted: str, from_container: str) -> bool:
    """trafilatura kept clearly less text than the container, or lost its paragraph breaks."""
    if len(extracted) < _CONTAINER_MIN_SHARE * len(from_container):
        return True
    return extracted.count("\n") + 1 < _MIN_LINE_SHARE * (from_container.count("\n") + 1)
