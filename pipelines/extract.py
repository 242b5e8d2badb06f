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

from pipelines.htmltext import render_lines
from pipelines.lexicon import CHROME_EXACT_LINES, CHROME_LINE_MAX_CHARS, CHROME_MARKERS
from pipelines.normalize import normalize_whitespace, strip_pinyin, to_simplified

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

    Args:
        html: the decoded page.
        tree: the same page parsed, for the body container.
        url: the page's URL, passed to trafilatura.
        title: the page's title, removed from the top of the body.
    """
    extracted = clean_body(run_trafilatura(html, url), title)
    container = find_body_container(tree, html)
    if container:
        from_container = clean_body("\n".join(container), title)
        if len(extracted) < _CONTAINER_MIN_SHARE * len(from_container):
            return from_container
    return extracted
