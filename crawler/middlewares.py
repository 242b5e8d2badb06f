"""Downloader middleware: follow the script redirects that government home pages use.

Many sites answer `/` with an almost empty page whose only content is
`<script>window.location.href='./index.html'</script>` or `location.replace(...)`. Scrapy
follows HTTP and `<meta http-equiv=refresh>` redirects itself; this middleware treats such a
script the same way, through Scrapy's own redirect machinery, so `redirect_urls` records it
and `REDIRECT_MAX_TIMES` bounds loops. Only near-empty pages qualify: a real page that
mentions `location.href` in a click handler is left alone.
"""

from __future__ import annotations

import re

from scrapy.downloadermiddlewares.redirect import BaseRedirectMiddleware
from scrapy.http import HtmlResponse, Request, Response
from scrapy.utils.httpobj import urlparse_cached

from crawler.keywords import SCRIPT_REDIRECT

# The keyword module's redirect pattern, for bytes.
SCRIPT_REDIRECT_BYTES = re.compile(SCRIPT_REDIRECT.pattern.encode("ascii"), re.I)
# The body of an inline <script> (one without a src attribute).
INLINE_SCRIPT = re.compile(rb"<script\b(?![^>]*\bsrc\s*=)[^>]*>(.*?)</script\s*>", re.I | re.S)

# A page with more visible text than this is content, not a redirect stub.
MAX_STUB_TEXT = 200


def _names_location(data: bytes) -> bool:
    # Substring tests: the case-blind redirect pattern is slow to scan long text with.
    return any(word in data for word in (b"location", b"Location", b"LOCATION"))


def find_script_redirect(response: HtmlResponse) -> str | None:
    """The target of a top-level script redirect on a near-empty page, or None."""
    # Cheapest tests first, on the bytes (these sites' encodings keep ASCII as it is): most
    # pages never name `location`, and of those that do (a breadcrumb's class, a click
    # handler) few assign it in an inline script. Only a page that does is parsed, to
    # measure its visible text.
    body = response.body
    if not _names_location(body):
        return None
    target = None
    for script in INLINE_SCRIPT.findall(body):
        match = _names_location(script) and SCRIPT_REDIRECT_BYTES.search(script)
        if match:
            raw = (match.group(1) or match.group(2) or b"").strip()
            target = raw.decode(response.encoding, errors="replace")
            if target and not target.startswith(("javascript:", "#")):
                break
            target = None
    if target is None:
        return None
    visible = 0
    for node in response.selector.root.xpath(
            "//body//text()[not(ancestor::script) and not(ancestor::style)"
            " and not(ancestor::noscript)]"):
        visible += len(node.strip())
        if visible > MAX_STUB_TEXT:
            return None
    return target


class ScriptRedirectMiddleware(BaseRedirectMiddleware):
    """Follow `window.location` / `location.replace` redirects on stub pages."""

    enabled_setting = "METAREFRESH_ENABLED"

    def process_response(self, request: Request, response: Response, spider=None) -> Request | Response:
        if (
            request.meta.get("dont_redirect", False)
            or request.method != "GET"
            or response.status != 200
            or not isinstance(response, HtmlResponse)
            or urlparse_cached(request).scheme not in {"http", "https"}
        ):
            return response
        target = find_script_redirect(response)
        if not target:
            return response
        redirected = self._redirect_request_using_get(request, response, response.urljoin(target))
        if redirected.url == request.url or urlparse_cached(redirected).scheme not in {"http", "https"}:
            return response
        return self._redirect(redirected, request, "script redirect")
