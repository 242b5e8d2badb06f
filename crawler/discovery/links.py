"""Find the links on a page and score how likely each one leads to a report.

A link is scored from its text, title attribute and image alt text, its URL, and how
relevant the page it sits on is (a link on the 法治政府建设 column page is worth more than the
same link in a footer). The score decides the order of the crawl; its kind decides what the
spider does with the response: a `report` link is a candidate article, an `attachment` a
document to extract, a `page` the next page of a list, `skip` never fetched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urljoin, urlsplit

from parsel import Selector

from crawler.discovery.urls import (
    canonical_url,
    is_crawlable,
    is_mirror_url,
    is_repetitive_path,
    is_search_url,
    is_skippable_resource,
    request_url,
)
from crawler.keywords import (
    ARTICLE_URL,
    ATTACHMENT_URL,
    AVOID_URL_PARTS,
    AVOID_WORDS,
    COLUMN_WEIGHTS,
    MIRROR_WORDS,
    NEWS_WORDS,
    NEXT_PAGE_TEXTS,
    REPORT_LINK_FORMS,
    REPORT_LINK_SUBJECTS,
    URL_WEIGHTS,
)
from pipelines.classify import title_lookalike
from pipelines.normalize import to_simplified

REPORT = "report"
ATTACHMENT = "attachment"
COLUMN = "column"
PAGE = "page"
OTHER = "other"
SKIP = "skip"

SCORE_REPORT = 100
SCORE_ATTACHMENT = 95
# Weak links, fetched from the reserve in this order: unknown columns, news columns, articles.
SCORE_OTHER_COLUMN = 12
SCORE_NEWS_COLUMN = 9
SCORE_ARTICLE = 5
SCORE_AVOID = 1
# Texts this long that name a document form are document titles, not column names.
LOOKALIKE_MIN_CHARS = 8
DOCUMENT_FORMS = ("报告", "通知", "方案", "要点", "解读", "规划", "意见", "会议", "公告", "计划")

_DATE_NEAR_LINK = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?")
_SCRIPT_URL = re.compile(r"""(?:window\.open|location\.href\s*=|location\s*=)\s*\(?\s*['"]([^'"]+)['"]""")
_PAGE_NUMBER_TEXT = re.compile(r"^\s*(?:\[\s*)?\d{1,3}(?:\s*\])?\s*$")


@dataclass(frozen=True)
class Link:
    """A link as found on a page."""

    url: str
    text: str
    date: str | None = None


@dataclass(frozen=True)
class ScoredLink:
    """A link with its score and the kind of page it probably leads to."""

    url: str  # as the page wrote it, made absolute
    text: str
    score: int
    kind: str
    date: str | None = None


def _clean_text(parts: list[str]) -> str:
    text = " ".join(p.strip() for p in parts if p and p.strip())
    return re.sub(r"\s+", " ", text)[:200]


def _resolve(base_url: str, href: str) -> str | None:
    href = (href or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    # pdf.js viewers carry the document in their `file` parameter.
    if "viewer" in href and "file=" in href:
        files = parse_qs(urlsplit(href).query).get("file")
        if files:
            href = files[0]
    url = urljoin(base_url, href)
    return url if is_crawlable(url) else None


def links_from_anchors(selector: Selector, base_url: str) -> list[Link]:
    """Links of `<a>` and `<area>` elements, with text, title, image alt and a nearby date."""
    links: list[Link] = []
    for anchor in selector.xpath("//a[@href] | //area[@href]"):
        url = _resolve(base_url, anchor.attrib.get("href", ""))
        if url is None:
            continue
        text = _clean_text([
            "".join(anchor.xpath(".//text()").getall()),
            anchor.attrib.get("title", ""),
            *anchor.xpath(".//img/@alt").getall(),
            *anchor.xpath(".//img/@title").getall(),
        ])
        date = None
        # The date beside a link in a list sits in the same <li>, table row or <dl>; the two
        # nearest such containers, nearest first (XPath returns them in document order). Not a
        # <div>: a header's clock (今天是…) would date every link beside it.
        for container in reversed(anchor.xpath(
                "ancestor::*[self::li or self::tr or self::dd or self::dt or self::p or self::dl]"
                "[position() <= 2]")):
            around = "".join(container.xpath(".//text()").getall())
            if len(around) >= 300:
                break
            match = _DATE_NEAR_LINK.search(around)
            if match:
                date = match.group(0)
                break
        links.append(Link(url, text, date))
    return links


def links_from_embeds(selector: Selector, base_url: str) -> list[Link]:
    """Documents shown in frames and embeds, and URLs opened by click handlers."""
    links: list[Link] = []
    for src in selector.xpath("//iframe/@src | //embed/@src | //object/@data").getall():
        url = _resolve(base_url, src)
        if url:
            links.append(Link(url, ""))
    for element in selector.xpath("//*[@onclick]"):
        match = _SCRIPT_URL.search(element.attrib.get("onclick", ""))
        if match:
            url = _resolve(base_url, match.group(1))
            if url:
                text = _clean_text(["".join(element.xpath(".//text()").getall()),
                                    element.attrib.get("title", "")])
                links.append(Link(url, text))
    for option in selector.xpath("//select/option[@value]"):
        value = option.attrib.get("value", "")
        if value.startswith(("http://", "https://", "/")):
            url = _resolve(base_url, value)
            if url:
                links.append(Link(url, _clean_text(option.xpath(".//text()").getall())))
    return links


def is_pagination_text(text: str) -> bool:
    """Link texts of list paging: 下一页, numbers, arrows."""
    text = text.strip()
    # 首页 is left out: it is the home link of every breadcrumb as often as a first page.
    return text in NEXT_PAGE_TEXTS or bool(_PAGE_NUMBER_TEXT.match(text)) or text in (
        "尾页", "末页", "最后一页", "上一页", "上页", "前页")


def _weight(text: str, table: tuple[tuple[str, int], ...]) -> int:
    return max((weight for word, weight in table if word in text), default=0)


def looks_like_report_title(text: str) -> bool:
    """Link text that names a rule-of-law report and is no known look-alike."""
    text = to_simplified(text)
    return (any(s in text for s in REPORT_LINK_SUBJECTS)
            and any(f in text for f in REPORT_LINK_FORMS)
            and title_lookalike(text) is None)


def score_link(link: Link, page_relevance: int = 0, page_is_report: bool = False) -> ScoredLink:
    """Score one link.

    Args:
        link: the link.
        page_relevance: the score of the page it was found on (0 to 100).
        page_is_report: whether that page is itself a report candidate (its attachments
            are then the report's).

    Returns:
        The link with its score (higher first) and kind.
    """
    text = to_simplified(link.text)
    # Judged by its canonical form, requested as the site wrote it (some servers care
    # about the order of query parameters).
    canonical = canonical_url(link.url)
    url = request_url(link.url)
    lowered = canonical.lower()
    if (is_skippable_resource(canonical) or is_search_url(canonical) or is_mirror_url(canonical)
            or is_repetitive_path(canonical)):
        return ScoredLink(url, text, 0, SKIP, link.date)
    if text and any(text.strip() == word or text.startswith(word) for word in MIRROR_WORDS):
        return ScoredLink(url, text, 0, SKIP, link.date)
    has_subject = any(s in text for s in REPORT_LINK_SUBJECTS)
    if ATTACHMENT_URL.search(canonical):
        if looks_like_report_title(text) or page_is_report:
            return ScoredLink(url, text, SCORE_ATTACHMENT, ATTACHMENT, link.date)
        if has_subject and title_lookalike(text) is None:
            return ScoredLink(url, text, 80, ATTACHMENT, link.date)
        return ScoredLink(url, text, 0, SKIP, link.date)
    if (len(text) >= LOOKALIKE_MIN_CHARS and any(f in text for f in DOCUMENT_FORMS)
            and title_lookalike(text) is not None):
        # The title of a known look-alike document: never worth a request.
        return ScoredLink(url, text, 0, SKIP, link.date)
    if looks_like_report_title(text):
        return ScoredLink(url, text, SCORE_REPORT, REPORT, link.date)
    if is_pagination_text(text):
        return ScoredLink(url, text, max(page_relevance - 2, SCORE_AVOID), PAGE, link.date)
    text_weight = _weight(text, COLUMN_WEIGHTS)
    url_weight = _weight(lowered, URL_WEIGHTS)
    score = max(text_weight, url_weight)
    if text_weight and url_weight:
        score = min(score + 5, 99)
    if score:
        return ScoredLink(url, text, score, COLUMN, link.date)
    if any(word in text for word in AVOID_WORDS) or any(part in lowered for part in AVOID_URL_PARTS):
        return ScoredLink(url, text, SCORE_AVOID, OTHER, link.date)
    # Unnamed links on a relevant list page are its items.
    inherited = page_relevance // 3 if page_relevance >= 40 else 0
    article_like = len(text) > 14 or bool(ARTICLE_URL.search(lowered))
    if article_like:
        base = SCORE_ARTICLE
    elif any(word in text for word in NEWS_WORDS):
        base = SCORE_NEWS_COLUMN
    else:
        base = SCORE_OTHER_COLUMN
    return ScoredLink(url, text, max(base, inherited), OTHER, link.date)
