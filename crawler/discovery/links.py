"""Find the links on a page and score how likely each one leads to a report.

A link is scored from its text, title attribute and image alt text, its URL, and how
relevant the page it sits on is (a link on the 法治政府建设 column page is worth more than the
same link in a footer). The score decides the order of the crawl; its kind decides what the
spider does with the response: a `report` link is a candidate article, an `attachment` a
document to extract, a `page` the next page of a list, `skip` never fetched.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from urllib.parse import parse_qs, parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from parsel import Selector

from crawler.discovery.apis import find_api_helpers
from crawler.discovery.clicks import (
    DATA_HELPER_PREFIX,
    DATA_READ_MARK,
    URL_ATTRIBUTES,
    called_helper,
    chosen_url,
    find_form_submitters,
    find_helpers,
    is_data_row,
    opened_url,
    page_forms,
)
from crawler.discovery.urls import (
    canonical_url,
    is_crawlable,
    is_mirror_url,
    is_repetitive_path,
    is_repetitive_query,
    is_search_url,
    is_skippable_resource,
    request_url,
)
from vocabulary.keywords import (
    ARTICLE_URL,
    ATTACHMENT_URL,
    AVOID_URL_PARTS,
    AVOID_WORDS,
    COLUMN_WEIGHTS,
    DOCUMENT_FORMS,
    ITEM_ACTION_TEXTS,
    MIRROR_WORDS,
    MORE_LINK_TEXTS,
    NEWS_WORDS,
    NEXT_PAGE_TEXTS,
    OTHER_PAGER_TEXTS,
    URL_WEIGHTS,
)
from vocabulary.lexicon import REPORT_FORMS, REPORT_SUBJECTS
from vocabulary.normalize import cjk_count, to_simplified
from vocabulary.patterns import ATTACHMENT_URL_SUFFIX, FILE_NAME_SUFFIX, LIST_DATE, YEAR
from vocabulary.titles import title_lookalike


class LinkKind(StrEnum):
    """What a scored link leads to, which decides how the crawl treats it."""

    REPORT = "report"  # a document whose title names a report
    ATTACHMENT = "attachment"  # a file (PDF, DOCX...) that may hold the report
    COLUMN = "column"  # a column or list page
    PAGE = "page"  # the next page of the list it sits on
    OTHER = "other"  # an article or page of unknown use
    SKIP = "skip"  # never fetched: look-alikes, mirrors, searches, traps
    # Requests that no scored link made: a seed's home page, a robots.txt sitemap.
    HOME = "home"
    SITEMAP = "sitemap"


SCORE_REPORT = 100
SCORE_REPORT_COLUMN = 90
# A title cut short that may be a report's: worth its request, after the whole titles.
SCORE_CUT_REPORT = 92
SCORE_ATTACHMENT = 95
# Weak links, fetched from the reserve in this order: unknown columns, news columns, articles.
SCORE_OTHER_COLUMN = 12
SCORE_NEWS_COLUMN = 9
SCORE_ARTICLE = 5
SCORE_AVOID = 1
# A frame's document is at least an unknown column; it takes its page's relevance.
SCORE_FRAME = SCORE_OTHER_COLUMN
# Options of a GET form's select read as lists, at most (a year filter has a few dozen).
MAX_FORM_OPTIONS = 40
# A text that names a document form (keywords.DOCUMENT_FORMS) is a document's title, not a
# column's name, when it sits in a dated list, names a year, or is this long.
LOOKALIKE_MIN_CHARS = 16

_DATE_CONTAINERS = ("li", "tr", "dd", "dt", "p", "dl")
# Elements other than anchors that open a URL when clicked (`data-src` is left out: lazy
# images carry it).
_CLICKABLE_XPATH = ("//*[(@onclick or @data-url or @data-href or @data-link)"
                    " and not(self::a) and not(self::area) and not(self::img) and not(self::script)]")
# jQuery's `.load(url)`, a literal URL (maybe followed by a selector: `"/a.html #main"`).
_LOADED_URL = re.compile(r"""\.load\(\s*(["'])((?:https?://|/|\.{1,2}/|[\w-]+/)[^"'\\]*)\1(?=\s*[,)])""")
# The end of a title a list cut short: an ellipsis.
_CUT_TITLE = re.compile(r"(?:…+|\.{2,}|。{2,})\s*$")
# A list row or a card, for an action link's title.
_ROW_CONTAINERS = ("li", "tr", "dl", "div")
_ROW_TITLE_XPATH = (".//dt | .//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6"
                    " | .//*[contains(@class, 'tit')]")
# A box whose "more" link leads to its column, and what in it is not the box's heading.
_BOX_CONTAINERS = ("div", "section", "h1", "h2", "h3", "h4", "h5", "h6", "p", "span", "td", "th", "dt", "li")
_NOT_HEADING = frozenset(("ul", "ol", "table", "dl", "script", "style", "select"))
_HEADING_MAX_CHARS = 24
_ACTION_MARKS = re.compile(r"[\s\[\]【】()（）<>《》»›>＞.。…+＋\-]+")
_PAGE_NUMBER_TEXT = re.compile(r"^\s*(?:\[\s*)?\d{1,3}(?:\s*\])?\s*$")


@dataclass(frozen=True)
class Link:
    """A link as found on a page."""

    url: str
    text: str
    date: str | None = None
    # A document the page shows in a frame or iframe: part of the page, as relevant as it.
    framed: bool = False
    # A column's list as such, whatever its URL looks like: an RSS or Atom feed
    # (`crawler.discovery.feeds`), or the list API a page's helper asks (`search.jsp?…`).
    listing: bool = False


@dataclass(frozen=True)
class ScoredLink:
    """A link with its score and the kind of page it probably leads to."""

    url: str  # as the page wrote it, made absolute
    text: str
    score: int
    kind: LinkKind
    date: str | None = None


def _clean_text(parts: list[str]) -> str:
    """A link's words: its text, then the title and alt texts that add to it.

    A title attribute that repeats the text (`<a title="规划计划">规划计划</a>`, the TRS default)
    adds nothing; doubled, it would make a column's name read like a document's title.
    """
    kept: list[str] = []
    for part in parts:
        part = re.sub(r"\s+", " ", part or "").strip()
        if part and not any(part in earlier for earlier in kept):
            kept.append(part)
    return " ".join(kept)[:200]


def _resolve(base_url: str, href: str) -> str | None:
    href = (href or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    # pdf.js viewers carry the document in their `file` parameter.
    if "viewer" in href and "file=" in href:
        files = parse_qs(urlsplit(href).query).get("file")
        if files:
            href = files[0]
    elif "?" in href and "view" in href.lower():
        href = _viewed_document(href) or href
    return _join_crawlable(_join_base(base_url, href), href)


# A value that may be a URL in base64, and what such a URL decodes to.
_BASE64_VALUE = re.compile(r"[A-Za-z0-9+/]{8,}={0,2}")
_URL_LIKE = re.compile(r"(?:https?://|/|\./|\.\./)[\x21-\x7e]*$")
# The parameters a document previewer (kkFileView's `onlinePreview?url=`) takes the file in.
_VIEWER_PARAMS = frozenset(("url", "file", "fileurl", "filepath", "path", "src"))


def _viewed_document(href: str) -> str | None:
    """The document a previewer shows (`/preview/onlinePreview?url=<base64 of the file's URL>`),
    its parameter plain or in base64, when it names a file of a document kind."""
    for key, value in parse_qsl(urlsplit(href).query):
        if key.lower() not in _VIEWER_PARAMS:
            continue
        for candidate in (value, _base64_text(value)):
            if candidate and candidate.startswith(("http://", "https://", "/")) \
                    and ATTACHMENT_URL_SUFFIX.search(candidate):
                return candidate
    return None


def _plain_url(value: str) -> str:
    """A data attribute's URL, decoded when it is written in base64 (`data-url="L3p3Z2svMjAy…"`,
    opened by `window.open(atob(this.dataset.url))`)."""
    if not _BASE64_VALUE.fullmatch(value):
        return value
    decoded = _base64_text(value)
    return decoded if decoded and _URL_LIKE.match(decoded) else value


def _base64_text(value: str) -> str | None:
    try:
        return base64.b64decode(value + "=" * (-len(value) % 4), validate=False).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None


def _join_base(base_url: str, href: str) -> str:
    """The least of `base_url` that `urljoin(base_url, href)` depends on.

    A path-absolute or absolute link needs only the page's scheme and host, and a relative
    one its directory; so the same navigation link on a thousand pages is joined once.
    """
    if href.startswith("?"):
        return base_url
    origin, directory = _origin_and_directory(base_url)
    return origin if href.startswith(("/", "http:", "https:")) else directory


@lru_cache(maxsize=1 << 10)
def _origin_and_directory(base_url: str) -> tuple[str, str]:
    parts = urlsplit(base_url)
    directory = parts.path[:parts.path.rfind("/") + 1] or "/"
    return (urlunsplit((parts.scheme, parts.netloc, "/", "", "")),
            urlunsplit((parts.scheme, parts.netloc, directory, "", "")))


@lru_cache(maxsize=1 << 16)
def _join_crawlable(base_url: str, href: str) -> str | None:
    url = urljoin(base_url, href)
    return url if is_crawlable(url) else None


def document_base(root, page_url: str) -> str:
    """The URL the page's relative links resolve against: its `<base href>` if it has one
    (the first, made absolute), else the page's own URL."""
    for base in root.iter("base"):
        href = (base.get("href") or "").strip()
        if href:
            url = urljoin(page_url, href)
            return url if urlsplit(url).scheme in ("http", "https") else page_url
    return page_url


def links_in_markup(markup: str, base_url: str, helpers: dict | None = None) -> list[Link]:
    """Links of a list's markup that came without a page (an API answer's fragment, a record a
    script writes, a data island's HTML): parsed inside a list element."""
    return links_from_anchors(Selector(text=f"<ul>{markup}</ul>"), base_url, helpers)


def links_from_anchors(selector: Selector, base_url: str, helpers: dict | None = None,
                       site_helpers: dict | None = None) -> list[Link]:
    """Links of `<a>` and `<area>` elements, with text, title, image alt and a nearby date.

    Walks the lxml tree directly: one XPath call per anchor would cost more than everything
    else the spider does with a page. `helpers` are the URL-building helpers of the page a
    fragment came from; by default they are read from the tree's own scripts, over
    `site_helpers`, those of the site's script files.
    """
    root = selector.root
    if not hasattr(root, "iter"):
        return []
    base_url = document_base(root, base_url)
    links: list[Link] = []
    page_helpers = _PageHelpers(root, helpers, site_helpers)
    for anchor in root.iter("a", "area"):
        href = anchor.get("href")
        url = _resolve(base_url, href) if href else None
        listing = False
        if url is None:
            # An item whose href is a script: its URL is in an attribute or a click handler.
            url = _scripted_url(anchor, href, base_url, page_helpers)
            if url is None:
                continue
            helper = called_helper(_handler_code(anchor, href), page_helpers)
            listing = helper is not None and helper.lists
        # An image map's `<area>` is named by its `alt`, as an image link by its image's.
        parts = ["".join(anchor.itertext()), anchor.get("title", ""), anchor.get("alt", "")]
        for image in anchor.iter("img"):
            parts += [image.get("alt", ""), image.get("title", "")]
        text = _clean_text(parts)
        bare = _ACTION_MARKS.sub("", text)
        if bare in ITEM_ACTION_TEXTS:
            text = _row_words(anchor) or text
        elif bare in MORE_LINK_TEXTS:
            text = _heading_words(anchor) or text
        links.append(Link(url, text, _date_beside(anchor), listing=listing))
    return links


class _PageHelpers:
    """The URL-building helpers of a page's inline scripts, read once and only if needed,
    over those of the site's script files."""

    def __init__(self, root, known: dict | None = None, site_helpers: dict | None = None):
        self.root = root
        self.found: dict | None = known
        self.site_helpers = site_helpers or {}

    def __call__(self) -> dict:
        if self.found is None:
            scripts = [str(text) for text in self.root.xpath("//script[not(@src)]/text()")]
            # A helper that asks a list API for its argument's list is a link to that list.
            self.found = {**self.site_helpers, **find_api_helpers(scripts), **find_helpers(scripts)}
            if any(".submit(" in script for script in scripts):
                # A helper that fills a form of the page and submits it opens the form's action.
                self.found.update(find_form_submitters(scripts, page_forms(self.root)))
        return self.found


def _scripted_url(element, href: str | None, base_url: str, helpers: _PageHelpers) -> str | None:
    """The URL an element without a usable href opens: a data attribute, or its handler."""
    for attribute in URL_ATTRIBUTES:
        value = element.get(attribute)
        if value:
            return _resolve(base_url, _plain_url(value.strip()))
    code = _handler_code(element, href).strip(" ;")
    opened = (opened_url(code, helpers) if code else None) or _data_opened(element, helpers)
    return _resolve(base_url, opened) if opened else None


def _data_opened(element, helpers: _PageHelpers) -> str | None:
    """The URL a script's handler opens for an element from its data attribute (`data-id`)."""
    for name, value in element.attrib.items():
        if name.startswith(DATA_HELPER_PREFIX) and value.strip():
            helper = helpers().get(name)
            if helper is not None:
                return helper.url_for([value.strip()])
    return None


def _handler_code(element, href: str | None) -> str:
    """The script an element runs when clicked: its `onclick`, or a `javascript:` href."""
    code = element.get("onclick") or ""
    if not code and href and href.strip().lower().startswith("javascript:"):
        code = href.strip()[len("javascript:"):]
    return code


def _row_words(anchor) -> str:
    """The title an action link (查看, 详情) stands for: the heading of the list row or card it
    sits in (`<dt>`, `<h3>`, an element whose class names a title), else the row's words
    without the link's own text and the row's dates."""
    own = "".join(anchor.itertext())
    for searched, row in enumerate(anchor.iterancestors(*_ROW_CONTAINERS)):
        around = "".join(row.itertext())
        if searched == 3 or len(around) >= 300:
            return ""
        for heading in row.xpath(_ROW_TITLE_XPATH):
            if anchor in heading.iterdescendants():
                continue
            words = _clean_text(["".join(heading.itertext()), heading.get("title", "")])
            if cjk_count(words) >= 4:
                return words
        words = _clean_text([LIST_DATE.sub(" ", around.replace(own, " ", 1))])
        if cjk_count(words) >= 4:
            return words
    return ""


def _heading_words(anchor) -> str:
    """The heading of the box a "more" link sits in: the words of its nearest container
    outside the box's lists (the items it shows), before a container that holds other links
    (a neighbouring box's heading is not this one's)."""
    for searched, container in enumerate(anchor.iterancestors(*_BOX_CONTAINERS)):
        parts: list[str] = []
        if searched == 3 or not _outside_lists(container, anchor, parts):
            break
        words = _clean_text(["".join(parts)])
        if len(words) > _HEADING_MAX_CHARS:
            break
        if cjk_count(words) >= 2:
            return words
    return ""


def _outside_lists(element, skipped, parts: list[str]) -> bool:
    """Collect into `parts` the text of `element` without that of `skipped` and of the lists,
    tables and scripts in it; False if another link stands outside them."""
    if isinstance(element.tag, str):
        parts.append(element.text or "")
    for child in element:
        if (child is not skipped and isinstance(child.tag, str) and child.tag not in _NOT_HEADING
                and (child.tag in ("a", "area") or not _outside_lists(child, skipped, parts))):
            return False
        parts.append(child.tail or "")
    return True


def _date_beside(anchor) -> str | None:
    """The date beside a link in a list: in the same <li>, table row or <dl>.

    The two nearest such containers are searched, nearest first. Not a <div>: a header's
    clock (今天是…) would date every link beside it.
    """
    for searched, container in enumerate(anchor.iterancestors(*_DATE_CONTAINERS)):
        around = "".join(container.itertext())
        if searched == 2 or len(around) >= 300:
            return None
        match = LIST_DATE.search(around)
        if match:
            return match.group(0)
    return None


def links_from_embeds(selector: Selector, base_url: str, site_helpers: dict | None = None) -> list[Link]:
    """Documents shown in frames (of a frameset too) and embeds, and URLs opened by click
    handlers (with the page's helpers over `site_helpers`)."""
    root = selector.root
    if not hasattr(root, "xpath"):
        return []
    base_url = document_base(root, base_url)
    links: list[Link] = []
    for src in root.xpath("//iframe/@src | //frame/@src"):
        url = _resolve(base_url, str(src))
        if url:
            links.append(Link(url, "", framed=True))
    # Content a script loads into the page (`$("#zoom").load("/content/49907860.html")`): the
    # page's own content, as a frame's is.
    inline = [str(script) for script in root.xpath("//script[not(@src)]/text()")]
    for script in inline:
        for match in _LOADED_URL.finditer(script):
            url = _resolve(base_url, match.group(2).split(" ", 1)[0])
            if url:
                links.append(Link(url, "", framed=True))
    for src in root.xpath("//embed/@src | //object/@data"):
        url = _resolve(base_url, str(src))
        if url:
            links.append(Link(url, ""))
    helpers = _PageHelpers(root, None, site_helpers)
    # Rows and items that open their URL on click, by a handler of their own or one bound to
    # them by a script that reads their data attribute (anchors are read with the others).
    clickable = root.xpath(_CLICKABLE_XPATH)
    if any(name.startswith(DATA_HELPER_PREFIX) for name in site_helpers or {}) or any(
            DATA_READ_MARK.search(script) for script in inline):
        # Rows a script's handler opens from their data attribute (`clicks.find_data_openers`).
        openers = {name for name in helpers() if name.startswith(DATA_HELPER_PREFIX)}
        if openers:
            handled = set(clickable)
            clickable += [element for element in root.iter() if isinstance(element.tag, str)
                          and element.tag not in ("a", "area") and not openers.isdisjoint(element.attrib)
                          and element not in handled and is_data_row(element)]
    for element in clickable:
        url = _scripted_url(element, None, base_url, helpers)
        if url:
            text = "".join(element.itertext())
            # A clickable row holds its own date, which is not part of its title.
            own_date = LIST_DATE.search(text) if element.tag in _DATE_CONTAINERS else None
            if own_date:
                text = text[:own_date.start()] + " " + text[own_date.end():]
            links.append(Link(url, _clean_text([text, element.get("title", "")]),
                              own_date.group(0) if own_date else _date_beside(element)))
    links += _form_select_links(root, base_url)
    for option in root.xpath("//select/option[@value]"):
        value = option.get("value", "")
        onchange = option.getparent().get("onchange") or ""
        # A jump menu of URLs, or options a change handler builds a URL from (a year filter).
        opened = chosen_url(onchange, value) if onchange else None
        if opened or value.startswith(("http://", "https://", "/")):
            url = _resolve(base_url, opened or value)
            if url:
                links.append(Link(url, _clean_text(["".join(option.itertext())])))
    return links


def _form_select_links(root, base_url: str) -> list[Link]:
    """The lists a GET form's `<select>` chooses between (`<form action="list.jsp"><select
    name="year">`, a year filter of an annual-report column): the form's action with each
    option not shown now, the form's other fields as they are. Forms where a word is typed
    (searches) are left out."""
    links: list[Link] = []
    for form in root.iter("form"):
        if (form.get("method") or "get").lower() != "get":
            continue
        fields = form.xpath(".//input[@name] | .//select[@name] | .//textarea[@name]")
        typed = [f for f in fields if f.tag == "textarea" or (f.tag == "input" and (
            f.get("type") or "text").lower() in ("text", "search"))]
        selects = [f for f in fields if f.tag == "select"]
        if typed or len(selects) != 1:
            continue
        fixed = [(f.get("name"), f.get("value") or "") for f in fields
                 if f.tag == "input" and (f.get("type") or "").lower() == "hidden"]
        action = _resolve(base_url, form.get("action") or base_url)
        options = selects[0].xpath("./option[@value] | ./optgroup/option[@value]")
        if not action or len(options) > MAX_FORM_OPTIONS:
            continue
        for option in options:
            value = option.get("value", "").strip()
            if not value or option.get("selected") is not None:
                continue
            query = urlencode([*fixed, (selects[0].get("name"), value)])
            url = f"{action.split('#', 1)[0]}{'&' if '?' in action else '?'}{query}"
            links.append(Link(url, _clean_text(["".join(option.itertext())]), listing=True))
    return links


def is_pagination_text(text: str) -> bool:
    """Link texts of list paging: 下一页, numbers, arrows."""
    text = text.strip()
    return (text in NEXT_PAGE_TEXTS or bool(_PAGE_NUMBER_TEXT.match(text))
            or text in OTHER_PAGER_TEXTS)


@dataclass(frozen=True)
class _Matchers:
    """The keyword lists compiled to regular expressions, once per process."""

    column_words: re.Pattern[str]
    column_weights: dict[str, int]
    url_words: re.Pattern[str]
    url_weights: dict[str, int]
    avoid_words: re.Pattern[str]
    avoid_url: re.Pattern[str]
    news_words: re.Pattern[str]
    subjects: re.Pattern[str]
    forms: re.Pattern[str]
    document_forms: re.Pattern[str]


def _alternation(words, overlapping: bool = False) -> re.Pattern[str]:
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(f"(?=({body}))" if overlapping else body)


@lru_cache(maxsize=1)
def _matchers() -> _Matchers:
    return _Matchers(
        column_words=_alternation([w for w, _ in COLUMN_WEIGHTS], overlapping=True),
        column_weights=dict(COLUMN_WEIGHTS),
        url_words=_alternation([w for w, _ in URL_WEIGHTS], overlapping=True),
        url_weights=dict(URL_WEIGHTS),
        avoid_words=_alternation(AVOID_WORDS),
        avoid_url=_alternation(AVOID_URL_PARTS),
        news_words=_alternation(NEWS_WORDS),
        subjects=_alternation(REPORT_SUBJECTS),
        forms=_alternation(REPORT_FORMS),
        document_forms=_alternation(DOCUMENT_FORMS),
    )


def _weight(text: str, words: re.Pattern[str], weights: dict[str, int]) -> int:
    """The highest weight of the listed words found in `text` (matches may overlap)."""
    return max((weights[w] for w in words.findall(text)), default=0)


def looks_like_report_title(text: str) -> bool:
    """Link text that names a rule-of-law report and is no known look-alike."""
    text = to_simplified(text)
    matchers = _matchers()
    return (bool(matchers.subjects.search(text)) and bool(matchers.forms.search(text))
            and title_lookalike(text) is None)


def _cut_title_may_be_report(text: str) -> bool:
    """A title a list cut short (`紫阳县人民政府关于2023年度法治政…`) that may be a report's: its
    year is shown, it is no known look-alike, and it shows a report subject or is cut inside
    one."""
    cut = _CUT_TITLE.search(text)
    if cut is None:
        return False
    shown = text[:cut.start()]
    years = list(YEAR.finditer(shown))
    if not years or title_lookalike(shown) is not None:
        return False
    # Cut right after the year (`…2023年度法…`), one character of a subject is enough.
    shortest = 1 if years[-1].end() >= len(shown) - 3 else 2
    return bool(_matchers().subjects.search(shown)) or any(
        shown.endswith(subject[:length]) for subject in REPORT_SUBJECTS
        for length in range(shortest, len(subject)))


@lru_cache(maxsize=1 << 15)
def names_a_column(text: str, url: str, dated: bool = False) -> bool:
    """Whether an unknown link reads as a column's name rather than an article's title: a
    short undated text on a URL not shaped like an article's."""
    return 0 < len(text) <= 14 and not dated and not ARTICLE_URL.search(url.lower())


def score_link(link: Link, page_relevance: int = 0, page_is_report: bool = False) -> ScoredLink:
    """Score one link.

    Memoised: a site's navigation links are scored again on every page, and the score is a
    pure function of the link and the page's relevance.

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
    if link.listing:
        # Scored by the name of the column it lists; an unnamed list is an unknown column.
        matchers = _matchers()
        weight = _weight(text, matchers.column_words, matchers.column_weights)
        return ScoredLink(url, text, max(weight, SCORE_OTHER_COLUMN), LinkKind.COLUMN, link.date)
    if (is_skippable_resource(canonical) or is_search_url(canonical) or is_mirror_url(canonical)
            or is_repetitive_path(canonical) or is_repetitive_query(canonical)):
        return ScoredLink(url, text, 0, LinkKind.SKIP, link.date)
    if text and any(text.strip() == word or text.startswith(word) for word in MIRROR_WORDS):
        return ScoredLink(url, text, 0, LinkKind.SKIP, link.date)
    matchers = _matchers()
    has_subject = bool(matchers.subjects.search(text))
    # A file by its URL, or by its text: a file name (`…报告.pdf`) behind a download script's URL.
    if ATTACHMENT_URL.search(canonical) or FILE_NAME_SUFFIX.search(text):
        if looks_like_report_title(text) or page_is_report:
            return ScoredLink(url, text, SCORE_ATTACHMENT, LinkKind.ATTACHMENT, link.date)
        if has_subject and title_lookalike(text) is None:
            return ScoredLink(url, text, 80, LinkKind.ATTACHMENT, link.date)
        return ScoredLink(url, text, 0, LinkKind.SKIP, link.date)
    reads_as_title = bool(link.date) or len(text) >= LOOKALIKE_MIN_CHARS or bool(YEAR.search(text))
    if (reads_as_title and matchers.document_forms.search(text)
            and title_lookalike(text) is not None):
        # The title of a known look-alike document: never worth a request.
        return ScoredLink(url, text, 0, LinkKind.SKIP, link.date)
    if looks_like_report_title(text):
        # A report's title names its year; "法治政府建设情况报告" alone is a column's name.
        if YEAR.search(text):
            return ScoredLink(url, text, SCORE_REPORT, LinkKind.REPORT, link.date)
        return ScoredLink(url, text, SCORE_REPORT_COLUMN, LinkKind.COLUMN, link.date)
    if _cut_title_may_be_report(text):
        return ScoredLink(url, text, SCORE_CUT_REPORT, LinkKind.REPORT, link.date)
    if link.framed:
        # What the page shows in a frame is the page's own content (a frameset's menu and
        # main pane, a column whose list sits in an iframe): it is read as the page is.
        return ScoredLink(url, text, max(page_relevance - 1, SCORE_FRAME), LinkKind.COLUMN, link.date)
    if is_pagination_text(text):
        return ScoredLink(url, text, max(page_relevance - 2, SCORE_AVOID), LinkKind.PAGE, link.date)
    text_weight = _weight(text, matchers.column_words, matchers.column_weights)
    url_weight = _weight(lowered, matchers.url_words, matchers.url_weights)
    score = max(text_weight, url_weight)
    if text_weight and url_weight:
        score = min(score + 5, 99)
    if score and not text_weight and reads_as_title and not is_pagination_text(text):
        # A document's title on a column's path (`/zwgk49/xzdt6/2019052018230000486/index.html`,
        # "…示范村建设 2019-05-20"): an item of that column, weighed by it, not a column.
        return ScoredLink(url, text, score, LinkKind.OTHER, link.date)
    if score:
        return ScoredLink(url, text, score, LinkKind.COLUMN, link.date)
    if matchers.avoid_words.search(text) or matchers.avoid_url.search(lowered):
        return ScoredLink(url, text, SCORE_AVOID, LinkKind.OTHER, link.date)
    # Unnamed links on a relevant list page are its items.
    inherited = page_relevance // 3 if page_relevance >= 40 else 0
    if not names_a_column(text, lowered):
        base = SCORE_ARTICLE
    elif matchers.news_words.search(text):
        base = SCORE_NEWS_COLUMN
    else:
        base = SCORE_OTHER_COLUMN
    return ScoredLink(url, text, max(base, inherited), LinkKind.OTHER, link.date)
