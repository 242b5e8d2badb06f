"""URL canonicalisation, registrable domains and trap tests.

Sites put session ids, tracking parameters and fragments into links, so the same page
appears under many URLs. `canonical_url` removes them, and the crawl deduplicates on the
result. The query keeps the site's order: the archive records a page under the URL its site
links, and one template writes its parameters in one order. `registrable_domain` gives the
site's domain under the public suffix list (`gov.cn` is a suffix, so `www.hlq.gov.cn` belongs
to `hlq.gov.cn`), from the list bundled with tldextract, never fetched.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import tldextract

from vocabulary.keywords import (
    CALENDAR_PARAMS,
    MIRROR_URL,
    SEARCH_URL,
    SKIP_EXTENSIONS,
    TRACKING_PARAMS,
)
from vocabulary.normalize import cjk_count
from vocabulary.patterns import DATE_FILE_NAME

_PATH_PARAMS = re.compile(r";(?:jsessionid|sid|sessionid|phpsessid)=[^/?#]*", re.I)
# ASP.NET cookieless sessions put the session in the path: /(S(abc123))/Item/1.aspx
_ASPNET_SESSION = re.compile(r"/\((?:[A-Z]\([^()/]*\))+\)(?=/)")
# A path segment repeated this often is a crawler trap (/list/page/2/page/3/page/4/...).
MAX_SEGMENT_REPEATS = 3
_SESSION_VALUE = re.compile(r"^(?:aspsessionid\w*|jsessionid|sid)$", re.I)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SESSION_PARAMS = frozenset(("jsessionid", "sid", "sessionid", "session_id", "phpsessid",
                             "aspsessionid", "cfid", "cftoken"))
# A short number under a session parameter's name is a site id (gkmlpt's `sid=750115`, which
# its list API needs), not a session: sessions are long random strings.
_SITE_ID = re.compile(r"\d{1,10}")
MAX_URL_LENGTH = 1000
# What separates the items of a list in a query value (a `+` is read as a space).
_LIST_SEPARATOR = re.compile(r"[,;|\s]+")
_STRUCTURED_VALUE = re.compile(r"[{}\[\]\":=]")  # JSON or nested parameters, not a list


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    # The snapshot bundled with tldextract: no network access, no cache directory.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


# The suffix of Chinese government hosts.
GOVERNMENT_SUFFIX = ".gov.cn"


@lru_cache(maxsize=65536)
def registrable_domain(host: str) -> str:
    """`www.hlq.gov.cn` -> `hlq.gov.cn`; hosts without a public suffix stay as they are."""
    host = host.lower().rstrip(".")
    parts = _extractor()(host)
    if parts.domain and parts.suffix:
        return f"{parts.domain}.{parts.suffix}"
    return host


@lru_cache(maxsize=1 << 16)
def host_of(url: str) -> str:
    """The lower-case host name of `url`, without port.

    Memoised: every link a page offers is checked against the shared hosts' claims.
    """
    return (urlsplit(url).hostname or "").lower()


@lru_cache(maxsize=1 << 16)
def canonical_url(url: str) -> str:
    """The URL with session ids, tracking parameters and the fragment removed, the host in
    lower case and a default port dropped; the query keeps its order.

    Memoised: the links of a site's navigation are canonicalised on every page.
    """
    url = _ASPNET_SESSION.sub("", _PATH_PARAMS.sub("", url.strip()))
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if _is_site_id(key, value) or (key.lower() not in TRACKING_PARAMS and not _SESSION_VALUE.match(key))
    ]
    path = parts.path or "/"
    # `/` and `:` stay as written in query values (`index.php?s=/Show/index/id/88.html`): a
    # reader opens the URL the site wrote.
    return urlunsplit((scheme, netloc, path, urlencode(query, doseq=True, safe="/:"), ""))


def seen_key(url: str) -> str:
    """What a crawl remembers a URL by: its canonical form without the scheme, since sites link
    their own pages by `http://` and `https://` alike and serve one page under both."""
    return canonical_url(url).partition(":")[2]


def request_url(url: str) -> str:
    """The URL to request: session ids removed, everything else as the site wrote it.

    Unlike `canonical_url`, tracking parameters stay and nothing is re-encoded; only what
    would make one page look like many goes.
    """
    url = _ASPNET_SESSION.sub("", _PATH_PARAMS.sub("", url.strip()))
    parts = urlsplit(url)
    if not parts.query:
        return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", "", ""))
    kept = [pair for pair in parts.query.split("&") if not _is_session(*pair.partition("=")[::2])]
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", "&".join(kept), ""))


def _is_site_id(key: str, value: str) -> bool:
    """A session parameter's name holding a short number: a site id, kept."""
    return key.lower() in _SESSION_PARAMS and bool(_SITE_ID.fullmatch(value))


def _is_session(key: str, value: str) -> bool:
    """A query parameter that identifies a session, not a page."""
    return (key.lower() in _SESSION_PARAMS or bool(_SESSION_VALUE.match(key))) and not _is_site_id(key, value)


_DIGITS = re.compile(r"\d+(?:[-_]\d+)*")  # a number, or a date such as 2024-03-05


def path_key(url: str) -> str:
    """Host and path without the query: variants of one path share this key."""
    parts = urlsplit(url)
    return f"{(parts.hostname or '').lower()}{parts.path}"


def url_shape(url: str) -> str:
    """Host and path with every number (or date) masked, without the query: the URLs of one
    section's articles (`/xwzx/202403/t20240305_123.html`), of one related-articles chain
    (`/xgwz/24218056.html`) or of one print view (`/print.jsp?t=…`) share a shape."""
    parts = urlsplit(url)
    return f"{(parts.hostname or '').lower()}{_DIGITS.sub('#', parts.path)}"


def query_keys(url: str) -> frozenset[str]:
    """The parameter names of the query."""
    return frozenset(key.lower() for key, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True))


def is_calendar_url(url: str) -> bool:
    """A date-browsing URL: its variants are endless."""
    keys = query_keys(url)
    if keys & CALENDAR_PARAMS:
        return True
    return bool(re.search(r"/(?:calendar|rili|richeng)/", url, re.I))


def is_calendar_page(url: str) -> bool:
    """A page named after a month or a day: one page of a calendar browsed by path."""
    return bool(DATE_FILE_NAME.match(urlsplit(url).path.rsplit("/", 1)[-1]))


def is_repetitive_path(url: str) -> bool:
    """A path that repeats one segment again and again: a relative-link trap."""
    segments = [s for s in urlsplit(url).path.split("/") if s and not s.isdigit()]
    return any(segments.count(s) >= MAX_SEGMENT_REPEATS for s in set(segments))


def _listed_values(url: str) -> dict[str, list[str]]:
    """The query's values split into the items of a list (`tags=a,b`), by parameter name."""
    return {key: [item for item in _LIST_SEPARATOR.split(value) if item]
            for key, value in parse_qsl(urlsplit(url).query, keep_blank_values=True)
            if not _STRUCTURED_VALUE.search(value)}


def is_repetitive_query(url: str) -> bool:
    """A query value that lists one item twice (`tags=a,b,a`): a filter page that adds
    every value clicked to its combination; no real selection repeats one."""
    return any(len(items) != len(set(items)) for items in _listed_values(url).values())


def refines_query(page_url: str, url: str) -> bool:
    """Whether `url` is `page_url` with more items in one of its list values (`tags=a` →
    `tags=a,b`), or with more words typed after one of its text values (a search's "related
    searches": `q=法治政府` → `q=法治政府依法`): combinations that never end."""
    page, link = urlsplit(page_url), urlsplit(url)
    if (page.hostname, page.path) != (link.hostname, link.path) or not page.query:
        return False
    before = _listed_values(page_url)
    for key, items in _listed_values(url).items():
        shown = before.get(key)
        if shown and len(items) > len(shown) and set(shown) <= set(items):
            return True
    typed = dict(parse_qsl(page.query))
    return any(key in typed and cjk_count(typed[key]) and len(value) > len(typed[key])
               and value.startswith(typed[key]) for key, value in parse_qsl(link.query))


def is_search_url(url: str) -> bool:
    """A site-search URL: never crawled, it answers every query with more links."""
    return bool(SEARCH_URL.search(url))


def is_mirror_url(url: str) -> bool:
    """A print view or a traditional-script/accessibility mirror of another page."""
    return bool(MIRROR_URL.search(url))


def extension(url: str) -> str:
    """The file extension of the URL's path, lower-case, or ''."""
    path = urlsplit(url).path
    last = path.rsplit("/", 1)[-1]
    return last.rsplit(".", 1)[-1].lower() if "." in last else ""


def is_skippable_resource(url: str) -> bool:
    """Images, scripts, media and archives: never worth a request."""
    return extension(url) in SKIP_EXTENSIONS


def is_crawlable(url: str) -> bool:
    """An http(s) URL of sane length."""
    return url.startswith(("http://", "https://")) and len(url) <= MAX_URL_LENGTH
