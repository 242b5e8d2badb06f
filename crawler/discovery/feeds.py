"""Read RSS and Atom feeds as lists, and find the feeds a page announces.

A column page often shows its newest few items only, while the column's feed holds every
one: `<item><title>…</title><link>…</link><pubDate>…</pubDate></item>` (RSS 2.0), or
`<entry>` with `<link href>` and `<updated>` (Atom). A page announces a feed with
`<link rel="alternate" type="application/rss+xml">`, or links it as an `.xml` file from a
page about feeds (RSS订阅, a table of column names and feed URLs). Feeds are read however
sloppily they are written (CDATA, entities, no namespaces), like sitemaps
(`crawler.discovery.sitemaps`); unlike a sitemap, a feed is a list, with titles and dates.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

from vocabulary.keywords import FEED_WORDS

_FEED_ROOT = re.compile(r"<(?:\w+:)?(?:rss|feed|rdf:RDF)\b", re.I)
_ITEM = re.compile(r"<(item|entry)\b[^>]*>(.*?)</\1\s*>", re.S | re.I)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_TAGS = re.compile(r"<[^>]+>")
_ATOM_LINK = re.compile(r"<link\b([^>]*)/?>", re.I)
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
# The types of `<link rel="alternate">` that announce a feed.
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_FEED_URL = re.compile(r"\.(?:xml|rss|atom)(?:$|\?)|/(?:rss|feed|atom)(?:/|$|\?)", re.I)
_URL_TEXT = re.compile(r"(?:https?://|/)\S*")
# The elements whose text names a feed linked inside them (a row of a table of feeds).
_ROW_TAGS = ("tr", "li", "dd", "p")
# How many characters of a feed document to look at for its root element.
_HEAD_CHARS = 2048


@dataclass(frozen=True)
class FeedItem:
    """One item of a feed: its URL, title and date (YYYY-MM-DD, or None)."""

    url: str
    title: str
    date: str | None = None


@dataclass(frozen=True)
class FeedLink:
    """A feed a page announces, with the name of the column it lists."""

    url: str
    name: str


def is_feed(text: str) -> bool:
    """Whether a document is an RSS or Atom feed."""
    head = text.lstrip()[:_HEAD_CHARS]
    return head.startswith("<") and bool(_FEED_ROOT.search(head))


def feed_items(text: str, base_url: str) -> list[FeedItem]:
    """The items of a feed, in order, with their links made absolute; items without a link are left out."""
    items: list[FeedItem] = []
    for match in _ITEM.finditer(text):
        body = match.group(2)
        url = _item_link(body)
        if not url:
            continue
        date = _element(body, "pubDate") or _element(body, "dc:date") or _element(body, "published") \
            or _element(body, "updated")
        items.append(FeedItem(urljoin(base_url, url), _element(body, "title"), _day(date)))
    return items


def feed_links(root, base_url: str, page_title: str | None) -> list[FeedLink]:
    """The feeds a page announces: `<link rel="alternate">` of a feed type, and links to
    feed-like URLs named as feeds (by their text, their row, or the page's title)."""
    found: list[FeedLink] = []
    for element in root.iter("link"):
        kind = (element.get("type") or "").lower()
        if "alternate" in (element.get("rel") or "").lower() and kind in FEED_TYPES and element.get("href"):
            found.append(FeedLink(urljoin(base_url, element.get("href").strip()), element.get("title") or ""))
    about_feeds = _names_feed(page_title or "")
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or not _FEED_URL.search(href) or "sitemap" in href.lower():
            continue
        text = _words(anchor)
        row = next((parent for parent in anchor.iterancestors() if parent.tag in _ROW_TAGS), None)
        row_text = _words(row) if row is not None else ""
        if about_feeds or _names_feed(text) or _names_feed(row_text):
            found.append(FeedLink(urljoin(base_url, href), text or row_text))
    return found


def _words(element) -> str:
    """An element's text without the URLs it shows (a feed table prints each feed's URL)."""
    return _URL_TEXT.sub("", " ".join("".join(element.itertext()).split())).strip()


def _names_feed(text: str) -> bool:
    return any(word.lower() in text.lower() for word in FEED_WORDS)


def _item_link(body: str) -> str:
    """An item's URL: RSS `<link>text</link>`, else Atom `<link href>` (the alternate one first)."""
    text = _element(body, "link")
    if text:
        return text
    links = [dict((key.lower(), double or single) for key, double, single in _ATTRIBUTE.findall(attributes))
             for attributes in _ATOM_LINK.findall(body)]
    alternate = [link for link in links if link.get("rel", "alternate") == "alternate" and link.get("href")]
    chosen = alternate or [link for link in links if link.get("href")]
    if chosen:
        return html.unescape(chosen[0]["href"]).strip()
    return _element(body, "guid") if _element(body, "guid").startswith(("http://", "https://")) else ""


def _element(body: str, name: str) -> str:
    """The text of the first `<name>` element, CDATA unwrapped, tags and entities resolved."""
    match = re.search(rf"<{re.escape(name)}\b[^>]*>(.*?)</{re.escape(name)}\s*>", body, re.S | re.I)
    if not match:
        return ""
    text = _CDATA.sub(lambda m: m.group(1), match.group(1))
    return " ".join(html.unescape(_TAGS.sub("", text)).split())


def _day(value: str) -> str | None:
    """A feed date (RFC 822 or ISO 8601) as YYYY-MM-DD."""
    if not value:
        return None
    iso = _ISO_DATE.search(value)
    if iso:
        year, month, day = iso.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    try:
        return parsedate_to_datetime(value).strftime("%Y-%m-%d")
    except (TypeError, ValueError, IndexError):
        return None
