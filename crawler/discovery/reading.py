"""Read one fetched HTML page for the spider: its title, relevance, scored links and pagers.

This is the CPU-heavy half of handling a response (parsing the HTML, walking its links,
scoring them, asking each CMS family for further list pages), written as one pure function of
plain values so that it can run in a worker process while the reactor goes on fetching. The
spider keeps the other half, which needs the crawl's state: which links are new, what to
queue, when a site is done. `read_page_safely` never raises: a page that cannot be read
comes back with no links and the error as text.
"""

from __future__ import annotations

import codecs
import re
import time
import traceback
from dataclasses import dataclass, field, replace
from urllib.parse import urljoin

from lxml import etree
from parsel import Selector
from w3lib.encoding import html_to_unicode

from crawler.discovery import apps, pages, sitescripts
from crawler.discovery.answers import (
    JSONP_START,
    XSSI_PREFIX,
    decrypt_answer,
    decrypt_fields,
    parse_json,
    unlinked_records,
    xml_data,
)
from crawler.discovery.apis import article_calls
from crawler.discovery.families import Page, PageRequest, ScriptMarkupFamily, families_for
from crawler.discovery.links import (
    Link,
    LinkKind,
    ScoredLink,
    looks_like_report_title,
    score_link,
)
from crawler.discovery.sandbox import DWR_REPLY, dwr_reply
from crawler.discovery.scripted import PACKED_MARK, data_islands, unpacked
from crawler.discovery.shells import article_html, json_article, with_decoded_body
from crawler.discovery.urls import request_url
from vocabulary.metadata import PageFields, read_page_fields
from vocabulary.normalize import decode_bytes
from vocabulary.titles import title_is_candidate

# Characters lxml cannot hold in a text node: controls other than tab and line breaks.
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# A page with this many dated links is a list, whatever led to it.
MIN_LIST_ITEMS = 3


@dataclass(frozen=True)
class PageToRead:
    """A fetched page and what the request that fetched it knew."""

    url: str
    # The bytes as fetched, and the encoding Scrapy settled on; decoded where it is read.
    body: bytes
    encoding: str
    # "html", or "xml" for an XML answer (a Hanweb data proxy's <datastore>).
    markup: str = "html"
    # The form a POSTed page (a Hanweb dataproxy call) was requested with, or the JSON body
    # a list API was asked with.
    form: tuple[tuple[str, str], ...] = ()
    json_body: str = ""
    # For a list API's answer: how the page that asked writes its records into items, and how
    # it decrypts them when they come encrypted (`apis.answer_cipher`).
    item_templates: tuple = ()
    cipher: tuple = ()
    # … and how it asks for the list's next page, when only running its script can
    # (`sandbox.ScriptedList`).
    scripted_list: object = None
    # The URL-building helpers learned from the site's script files, as (name, Helper) pairs.
    site_helpers: tuple = ()
    # What the script files of the site's app shell define (`apps.AppParts`), when it has one.
    site_app: tuple = ()
    # Script files that write or feed this page's list, fetched: (URL, text) pairs, read as if
    # the page held them inline.
    included: tuple = ()
    # The cookies the browser would hold for the page (`name=value; …`), for its scripts.
    cookies: str = ""
    # The score and kind of the link that led here, the relevance its list passed on, and
    # the link's text.
    score: int = 0
    kind: str = ""
    inherited_relevance: int = 0
    link_text: str | None = None


@dataclass
class PageReading:
    """What the spider needs from a page to decide what to fetch next."""

    title: str | None = None
    relevance: int = 0
    links: list[ScoredLink] = field(default_factory=list)
    next_pages: list[PageRequest] = field(default_factory=list)
    # Its title (or the link's text) names a rule-of-law report, and it carries running text.
    title_candidate: bool = False
    candidate: bool = False
    # A report's article without running text: the images that may be its pages, for OCR.
    page_images: list[str] = field(default_factory=list)
    # Its title names a report and a year: its attachments are that report's, and take
    # their title and date from the page's fields.
    is_article: bool = False
    article_fields: PageFields | None = None
    # An empty article's body, shown in a frame or loaded by its scripts: read with the
    # article's fields, as its attachments are.
    content_urls: tuple[str, ...] = ()
    # Those of them its scripts POST for: (url, form, JSON body).
    content_posts: tuple[tuple[str, tuple[tuple[str, str], ...], str], ...] = ()
    # Helpers its links call that neither its inline scripts nor the site's known helpers
    # define, and the site's own script files it includes, which may define them.
    script_calls: tuple[str, ...] = ()
    script_urls: tuple[str, ...] = ()
    # Read without its site's app files, which it needs: an app's empty shell
    # (`apps.is_app_shell`), or a page whose data island lists records without URLs.
    app_needed: bool = False
    # Script files whose text belongs to the page's list (`sitescripts.included_scripts`).
    include_urls: tuple[str, ...] = ()
    error: str | None = None
    # CPU time the reading took, in whichever process read it.
    cpu_seconds: float = 0.0


def html_root(text: str, base_url: str) -> etree._Element:
    """The page's tree from lxml's plain HTML parser, as parsel would build it.

    Parsel's parser is `lxml.html`'s, whose element classes cost a Python call for every
    element the link walk touches: a sixth of reading a page.
    """
    body = text.strip().replace("\x00", "").encode("utf-8") or b"<html/>"
    parser = etree.HTMLParser(recover=True, encoding="utf-8", huge_tree=True)
    root = etree.fromstring(body, parser=parser, base_url=base_url)
    return root if root is not None else etree.fromstring(b"<html/>", parser=parser)


def read_page(page_in: PageToRead) -> PageReading:
    """Parse a page and score everything on it that could lead to a report."""
    # As Scrapy's `TextResponse.text` decodes: a byte-order mark overrides the encoding.
    text = _page_text(page_in.body, page_in.encoding)
    # A list API's answer: JSON, read by the JSON family, not as HTML.
    data = parse_json(text) if (text.lstrip()[:1] in ("{", "[") or JSONP_START.match(text)
                                or XSSI_PREFIX.match(text)) else None
    if data is None and page_in.cipher and (plain := decrypt_answer(text, page_in.cipher)) is not None:
        data = parse_json(plain)  # an answer the asking page decrypts with its script's key
    elif data is not None and page_in.cipher:
        data = decrypt_fields(data, page_in.cipher)  # … or the values in it it decrypts
    if data is None and not text.lstrip().startswith("<") and DWR_REPLY.search(text):
        data = dwr_reply(text)  # a DWR call's reply: the data it gives the page's callback
    if data is None and (page_in.markup == "xml" or text.lstrip().startswith("<?xml")):
        data = xml_data(text)  # a list file of XML records, read as a JSON answer would be
    imported: list[str] = []  # the files the page's ES modules import
    if data is not None:
        selector = Selector(root=html_root("", page_in.url), type="html", base_url=page_in.url)
    elif page_in.markup == "html":
        selector = Selector(root=html_root(text, page_in.url), type="html", base_url=page_in.url)
        if page_in.included:
            _inline_included(selector.root, page_in.url, dict(page_in.included))
        if "module" in text:
            imported = sitescripts.module_imports(selector.root, page_in.url)
            _classic_modules(selector.root)
        if PACKED_MARK in text or any(PACKED_MARK in script for _, script in page_in.included):
            _unpack_scripts(selector.root)
    else:
        selector = Selector(text=text, type=page_in.markup, base_url=page_in.url)
    # The families' scans of the source see included script files as if inline, and packed
    # scripts unpacked.
    source = "\n".join(unpacked(part) for part in [text, *(script for _, script in page_in.included)])
    page = Page(page_in.url, source, selector, page_in.form, data, page_in.json_body,
                page_in.item_templates if data is not None else (), page_in.site_helpers,
                page_in.site_app, page_in.cipher, page_in.scripted_list if data is not None else None,
                page_in.cookies)
    title = pages.page_title(selector)
    families = families_for(page)
    found = [(family, family.links(page)) for family in families]
    links = [link for _, family_links in found for link in family_links]
    # A list page's column name and breadcrumb say what its items are; an article's
    # breadcrumb says nothing about the links around it.
    is_list = sum(1 for link in links if link.date) >= MIN_LIST_ITEMS
    context = pages.page_context(selector) if is_list else ""
    relevance = pages.relevance(page_in.score, page_in.kind, page_in.inherited_relevance, title,
                                (LinkKind.COLUMN, LinkKind.PAGE), context)
    link_text = page_in.link_text
    title_candidate = any(title_is_candidate(t) for t in (title, link_text))
    # An article served as JSON (what an article shell loads) reads as the page it shows.
    article = json_article(data) if data is not None and title_candidate else None
    article_body = article_html(article).encode("utf-8") if article is not None else page_in.body
    # An article page lends its title and date to its attachments; a list page, whose
    # title is a column name without a year, does not.
    is_article = any(looks_like_report_title(t) and pages.has_year(t)
                     for t in (title, link_text) if t)
    shows_text = title_candidate and (article is not None or pages.has_running_text(selector))
    if title_candidate and not shows_text and data is None:
        # A body its script decodes from base64 is the article's, as a browser shows it.
        shown = with_decoded_body(text)
        shows_text = shown is not text
        article_body = shown.encode("utf-8") if shows_text else article_body
    candidate = shows_text
    body_encoding = page_in.encoding if article_body is page_in.body else "utf-8"  # rewritten: utf-8
    article_fields = read_page_fields(article_body, body_encoding, page_in.url) if is_article else None
    page_images: list[str] = []
    content_urls: tuple[str, ...] = ()
    content_posts: tuple = ()
    if is_article and title_candidate and not candidate and data is None:
        # An empty article: its pages as images, or a shell that loads the article by script
        # or shows it in a frame. What it loads is the article's body: named by its title and
        # dated by its date, as an item of a list would be.
        page_images = pages.content_images(selector, page_in.url)
        name = link_text or (article_fields.title if article_fields else None) or title or ""
        shown_date = (article_fields.publish_date.isoformat()
                      if article_fields and article_fields.publish_date else None)
        calls = article_calls(text, page_in.url)
        called = [url for url, *_ in calls]
        shown = [link.url for link in links if link.framed]
        links = [replace(link, text=name, date=link.date or shown_date) if link.framed else link
                 for link in links]
        links += [Link(url, name, shown_date) for url in called]
        content_urls = tuple(dict.fromkeys(request_url(url) for url in (*shown, *called)))
        content_posts = tuple((request_url(url), form, body) for url, method, form, body in calls
                              if method == "POST")
    # An HTML page's scripts may call helpers, load an app, or include its list from a file.
    html_page = data is None and page_in.markup == "html"
    known = {name for name, _ in page_in.site_helpers}
    calls = (sitescripts.unknown_calls(selector.root, known)
             if html_page and sitescripts.may_call_helpers(text) else set())
    if html_page and "data-" in text:
        calls |= sitescripts.unopened_data_rows(selector.root, known)
    # An app's empty shell, or a server-rendered app's page whose state lists records without
    # URLs: what the app's files define makes them links.
    holds_data = any(isinstance(family, ScriptMarkupFamily) for family in families)  # `may_hold_links`
    app = html_page and not page_in.site_app and (apps.is_app_shell(selector.root) or (
        not is_list and holds_data and any(
            unlinked_records(island) >= MIN_LIST_ITEMS for island in data_islands(selector.root))))
    return PageReading(
        script_calls=tuple(sorted(calls)),
        script_urls=tuple(sitescripts.page_scripts(selector.root, page_in.url)) if calls or app else (),
        app_needed=app,
        include_urls=tuple(sitescripts.included_scripts(selector.root, page_in.url,
                                                        {url for url, _ in page_in.included}, imported))
        if html_page and "<script" in text else (),
        title=title,
        relevance=relevance,
        links=[score_link(link, relevance, title_candidate) for link in links],
        next_pages=_distinct([request for family, own in found for request in family.next_pages(page, own)]),
        title_candidate=title_candidate,
        candidate=candidate,
        page_images=page_images,
        is_article=is_article,
        article_fields=article_fields,
        content_urls=content_urls,
        content_posts=content_posts,
    )


def _distinct(requests: list[PageRequest]) -> list[PageRequest]:
    """The requests, each asked once (two families may ask for the same next page)."""
    seen: set[tuple] = set()
    kept = []
    for request in requests:
        key = (request.url, request.method, request.formdata, request.body)
        if key not in seen:
            seen.add(key)
            kept.append(request)
    return kept


def _unpack_scripts(root) -> None:
    """Replace the packed scripts of the page (`eval(function(p,a,c,k,e,d)…`) by their code."""
    for script in root.iter("script"):
        if script.text and PACKED_MARK in script.text:
            script.text = _XML_UNSAFE.sub("", unpacked(script.text))


def _page_text(body: bytes, encoding: str | None) -> str:
    """The page's text: a byte order mark decides; otherwise the charset that decodes it best,
    the declared one first (pages that say utf-8 over GBK bytes exist)."""
    if body.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return html_to_unicode(f"charset={encoding}", body)[1]
    try:
        return body.decode(encoding or "utf-8")  # the common case: the declared charset is right
    except (UnicodeDecodeError, LookupError):
        return decode_bytes(body, encoding).text


def _inline_included(root, page_url: str, texts: dict[str, str]) -> None:
    """Put the fetched text of the page's included script files into their elements, as if
    the page held them inline; the files its modules import go before the first module."""
    placed = set()
    for script in list(root.iter("script")):
        src = (script.get("src") or "").strip()
        text = texts.get(urljoin(page_url, src)) if src else None
        if text is not None:
            del script.attrib["src"]
            script.text = _XML_UNSAFE.sub("", text)  # lxml refuses control characters
            placed.add(urljoin(page_url, src))
    modules = [script for script in root.iter("script") if sitescripts.is_module(script)]
    for url in sitescripts.module_imports(root, page_url):
        if url in texts and url not in placed and modules:
            imported = etree.Element("script")
            imported.text = _XML_UNSAFE.sub("", sitescripts.as_classic_script(texts[url]))
            modules[0].addprevious(imported)


def _classic_modules(root) -> None:
    """The page's inline ES modules as classic scripts (`sitescripts.as_classic_script`), so
    that the readers and the sandbox take them as the page's other scripts."""
    for script in root.iter("script"):
        if sitescripts.is_module(script) and not script.get("src"):
            script.text = sitescripts.as_classic_script(script.text or "")
            del script.attrib["type"]


def read_page_safely(page_in: PageToRead) -> PageReading:
    """`read_page`, with any error returned as text instead of raised."""
    started = time.process_time()
    try:
        reading = read_page(page_in)
    except Exception:  # one broken page must not stop the crawl: the error goes back as text
        reading = PageReading(error=traceback.format_exc(limit=8))
    reading.cpu_seconds = time.process_time() - started
    return reading
