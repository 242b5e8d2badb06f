"""Downloader middleware: follow the script redirects that government home pages use.

Many sites answer `/` with an almost empty page whose only content is
`<script>window.location.href='./index.html'</script>` or `location.replace(...)`. Scrapy
follows HTTP and `<meta http-equiv=refresh>` redirects itself; this middleware treats such a
script the same way, through Scrapy's own redirect machinery, so `redirect_urls` records it
and `REDIRECT_MAX_TIMES` bounds loops. Only near-empty pages qualify: a real page that
mentions `location.href` in a click handler is left alone.
"""

from __future__ import annotations

from scrapy.downloadermiddlewares.redirect import BaseRedirectMiddleware
from scrapy.http import HtmlResponse, Request, Response
from scrapy.utils.httpobj import urlparse_cached

from crawler.keywords import SCRIPT_REDIRECT

# A page with more visible text than this is content, not a redirect stub.
MAX_STUB_TEXT = 200


def find_script_redirect(response: HtmlResponse) -> str | None:
    """The target of a top-level script redirect on a near-empty page, or None."""
    visible = "".join(
        response.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)"
                       " and not(ancestor::noscript)]").getall()
    )
    if len(visible.strip()) > MAX_STUB_TEXT:
        return None
    for script in response.xpath("//script[not(@src)]/text()").getall():
        match = SCRIPT_REDIRECT.search(script)
        if match:
            target = (match.group(1) or match.group(2) or "").strip()
            if target and not target.startswith(("javascript:", "#")):
                return target
    return None


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
