"""Read what the spider needs from a fetched page: title, relevance, kind, errors.

Small pure functions over Scrapy responses and failures. They decide whether a response is
an attachment, whether an HTML page carries running text (a report does, a list does not),
how relevant a page is to the search (its link's score or its own title's), and which kind
of error a failed request met. The spider calls them; they never make requests.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from parsel import Selector
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response, TextResponse, XmlResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (
    ConnectionLost,
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from crawler.challenges import ScriptChallenge
from crawler.targets import BlockedAddress, BlockedTarget
from vocabulary.htmltext import meta_content, render_lines
from vocabulary.keywords import ATTACHMENT_URL, BREADCRUMB_WORDS, COLUMN_WEIGHTS
from vocabulary.lexicon import META_SITE_ID_CODE
from vocabulary.metadata import find_site_id_code
from vocabulary.normalize import decode_bytes, to_simplified
from vocabulary.patterns import YEAR

# A report page has at least one run of text this long; list pages have only titles.
MIN_REPORT_TEXT_RUN = 120
# Content pages carry this much text outside links even when no paragraph is long.
MIN_CONTENT_TEXT = 800
# An article whose body is page images: at most this many images are fetched for OCR, and
# an image declared smaller than this many pixels on a side is an icon, not a page.
MAX_PAGE_IMAGES = 30
MIN_PAGE_IMAGE_SIDE = 200
# Images inside the site's chrome (header, navigation, footer, share bars, QR codes) are not
# the article's: an element whose tag, class or id says so.
_CHROME_TOKENS = ("header", "footer", "nav", "logo", "banner", "share", "qrcode", "ewm", "menu",
                  "top", "bottom", "foot", "erweima", "jiucuo", "dzjg", "gotop")
ATTACHMENT_CONTENT_TYPES = ("pdf", "msword", "officedocument", "octet-stream", "ofd", "wps",
                            "zip", "x-download", "force-download")
_SPACES = re.compile(r"\s+")
_JUNK_CHARS = re.compile("[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f]")
_BREADCRUMB_TEXT = ("//body//text()["
                    + " or ".join(f"contains(., '{word}')" for word in BREADCRUMB_WORDS)
                    + "]/..//text()")


def page_context(selector: Selector) -> str:
    """Where a page sits: its ColumnName meta and breadcrumb (您当前的位置: 首页 > 政务公开 > …)."""
    root = selector.root
    parts = [str(value) for value in root.xpath("//meta[@name='ColumnName']/@content")]
    for crumb in root.xpath(
            "//*[contains(@class,'crumb') or contains(@class,'position') or contains(@class,'location')"
            " or contains(@class,'dqwz') or contains(@id,'crumb') or contains(@id,'position')]")[:2]:
        parts.append(" ".join(t.strip() for t in crumb.itertext()))
    if not parts:
        for text in root.xpath(_BREADCRUMB_TEXT)[:12]:
            parts.append(text.strip())
    return to_simplified(_SPACES.sub(" ", " ".join(parts)))[:300]


def _first(values: list) -> str:
    return str(values[0]) if values else ""


def page_title(selector: Selector) -> str | None:
    """The ArticleTitle meta or the <title>, simplified."""
    root = selector.root
    title = _first(root.xpath("//meta[@name='ArticleTitle']/@content")) or _first(
        root.xpath("//title/text()"))
    title = _SPACES.sub(" ", title).strip()
    return to_simplified(title) if title else None


def has_year(text: str) -> bool:
    """Whether a title names a year, as report titles do and column names do not."""
    return bool(YEAR.search(text))


def relevance(score: int, kind: str, inherited: int, title: str | None,
              list_kinds: tuple[str, ...], context: str = "") -> int:
    """How much a page is about reports: its link's score (for lists), or what its own title,
    column name and breadcrumb say."""
    if kind in list_kinds:
        inherited = max(inherited, score)
    own = 0
    for text in (title, context):
        if text:
            own = max(own, max((w for word, w in COLUMN_WEIGHTS if word in text), default=0))
    return min(max(inherited, own), 95)


def has_running_text(selector: Selector) -> bool:
    """Whether the page carries running text, as a report does and a list does not."""
    root = selector.root
    if root.xpath(f"boolean(//p[string-length(normalize-space(string(.))) >= {MIN_REPORT_TEXT_RUN}])"):
        return True
    total = 0
    for text in root.xpath("//body//text()[not(ancestor::a) and not(ancestor::script) "
                           "and not(ancestor::style) and not(ancestor::option)]"):
        length = len(text.strip())
        if length >= MIN_REPORT_TEXT_RUN:
            return True
        total += length
    return total >= MIN_CONTENT_TEXT


def content_images(selector: Selector, page_url: str) -> list[str]:
    """The images an article shows as its content (the pages of a scanned report), in order.

    Images in the page's chrome, declared as icons, or drawn from vector or data URLs are
    left out; the OCR step drops whatever still holds no text (a photo, a seal).
    """
    images: list[str] = []
    for image in selector.root.iter("img"):
        source = (image.get("src") or image.get("data-src") or image.get("data-original") or "").strip()
        if not source or source.startswith("data:") or source.lower().split("?")[0].endswith(".svg"):
            continue
        if _declared_small(image) or _in_chrome(image):
            continue
        url = urljoin(page_url, source)
        if url not in images and url.startswith(("http://", "https://")):
            images.append(url)
    return images[:MAX_PAGE_IMAGES]


def _declared_small(image) -> bool:
    for name in ("width", "height"):
        value = re.match(r"\s*(\d+)\s*(?:px)?\s*$", image.get(name) or "")
        if value and int(value.group(1)) < MIN_PAGE_IMAGE_SIDE:
            return True
    style = re.findall(r"(?:^|;)\s*(?:width|height)\s*:\s*(\d+)px", image.get("style") or "")
    return any(int(size) < MIN_PAGE_IMAGE_SIDE for size in style)


def _in_chrome(image) -> bool:
    for element in image.iterancestors():
        if not isinstance(element.tag, str):
            continue
        words = " ".join([element.tag, element.get("class") or "", element.get("id") or ""]).lower()
        if any(token in re.split(r"[^a-z]+", words) for token in _CHROME_TOKENS):
            return True
    return False


def is_attachment(response: Response) -> bool:
    """A document file (PDF, Word, OFD...) rather than a web page."""
    if isinstance(response, (HtmlResponse, XmlResponse)):
        return False
    head = response.body[:8]
    if head.startswith((b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        return True
    content_type = response.headers.get("Content-Type", b"").decode("latin-1").lower()
    if any(kind in content_type for kind in ATTACHMENT_CONTENT_TYPES):
        return True
    return not isinstance(response, TextResponse) and bool(ATTACHMENT_URL.search(response.url))


def site_id_code(response: TextResponse) -> str | None:
    """The 政府网站标识码 of a page: its SiteIDCode meta, else the one written on the page.

    Read as the pipelines read it (`metadata.extract_fields`), from anywhere in the page
    rather than its last lines only: a home page may end with long menus after its footer.
    The markup is searched first, then its text, where a tag between label and code is gone.
    """
    root = response.selector.root
    if not hasattr(root, "iter"):
        # Not markup (parsel reads a JSON answer as data): only its text can hold a code.
        return find_site_id_code(response.text)
    return (meta_content(root, META_SITE_ID_CODE) or find_site_id_code(response.text)
            or find_site_id_code(" ".join(render_lines(root))))


def header(response: Response, name: str) -> str | None:
    """A response header as text, or None."""
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def error_kind(failure) -> str:
    """A short name for why a request failed, for the per-site error counts."""
    error = failure.value
    if isinstance(error, HttpError):
        return f"http_{error.response.status}"
    message = str(error).lower()
    if isinstance(error, (BlockedTarget, BlockedAddress)):
        return "blocked_target"
    if isinstance(error, ScriptChallenge):
        return "script_challenge"
    if isinstance(error, IgnoreRequest):
        if "robots" in message:
            return "robots"
        if "redirect" in message:
            return "redirect_loop"
        if "size" in message or "exceed" in message:
            return "too_large"
        return "ignored"
    name = type(error).__name__
    if "DataLoss" in name or "PotentialDataLoss" in name:
        return "truncated"
    # Scrapy cancels a download that grows past DOWNLOAD_MAXSIZE (or the request's maxsize).
    if "Cancelled" in name or ("size" in message and ("exceed" in message or "larger" in message)):
        return "too_large"
    if isinstance(error, (TimeoutError, TCPTimedOutError)) or "Timeout" in name:
        return "timeout"
    if isinstance(error, DNSLookupError) or "ResolveHost" in name:
        return "dns"
    if isinstance(error, (ConnectionRefusedError, ConnectionLost, ResponseFailed,
                          ResponseNeverReceived)) or "DownloadFailed" in name \
            or "ConnectionRefused" in name:
        return "connection"
    if name == "TunnelError":
        # An https host behind a proxy: the proxy could not reach it (its 502 or 504).
        return "connection"
    return name.lower()


def is_binary_junk(response: TextResponse) -> bool:
    """A 'text/html' answer that is really binary: NUL bytes or mostly control characters."""
    head = response.body[:4096]
    if not head:
        return False
    if b"\x00" in head:
        return True
    # Read in the declared charset, then, if that looks like junk, in the one that decodes it
    # best: a wrong charset declared, or binary?
    return (_mostly_junk(head.decode(response.encoding or "utf-8", errors="replace"))
            and _mostly_junk(decode_bytes(head, response.encoding).text))


def _mostly_junk(text: str) -> bool:
    return len(_JUNK_CHARS.findall(text)) > 0.2 * len(text)
