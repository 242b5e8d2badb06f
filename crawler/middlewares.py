"""Downloader middlewares: follow the script redirects of home pages; refuse bad redirects.

Many sites answer `/` with an almost empty page whose only content is
`<script>window.location.href='./index.html'</script>` or `location.replace(...)`. Scrapy
follows HTTP and `<meta http-equiv=refresh>` redirects itself; this middleware treats such a
script the same way, through Scrapy's own redirect machinery, so `redirect_urls` records it
and `REDIRECT_MAX_TIMES` bounds loops. Only near-empty pages qualify: a real page that
mentions `location.href` in a click handler is left alone. `TargetGuardMiddleware` refuses
a redirect that leaves government hosts or names an IP literal (`crawler.targets`), before
its robots.txt or the page itself is fetched, and reports a name the resolver refused.
`ScriptChallengeMiddleware` turns a script-challenge answer (`crawler.challenges`) into the
failure `script_challenge`, so that a site behind such a firewall is accounted as blocked.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from scrapy.downloadermiddlewares.redirect import BaseRedirectMiddleware
from scrapy.exceptions import CannotResolveHostError
from scrapy.http import HtmlResponse, Request, Response
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.error import DNSLookupError

from crawler.challenges import ScriptChallenge, challenge_kind
from crawler.targets import BlockedTarget, redirect_refusal, refused_name
from vocabulary.keywords import SCRIPT_REDIRECT

# The keyword module's redirect pattern, for bytes.
SCRIPT_REDIRECT_BYTES = re.compile(SCRIPT_REDIRECT.pattern.encode("ascii"), re.I)
# A `src` attribute in a script's opening tag: the script is not inline.
SRC_ATTRIBUTE = re.compile(rb"\ssrc\s*=")

logger = logging.getLogger(__name__)

# A page with more visible text than this is content, not a redirect stub.
MAX_STUB_TEXT = 200


def _names_location(data: bytes) -> bool:
    # Substring tests: the case-blind redirect pattern is slow to scan long text with.
    return any(word in data for word in (b"location", b"Location", b"LOCATION"))


def location_assignments(body: bytes) -> Iterator[re.Match]:
    """Redirect-pattern matches at each `location` inside an inline script (one without `src`).

    Found by substring searches from each occurrence of the word, and matched only there, not
    by regular expressions scanned over the whole page or script: most pages name `location`
    only in a statistics script, and this runs on every page in the reactor thread.
    """
    lower = body.lower()
    position = lower.find(b"location")
    while position != -1:
        start = lower.rfind(b"<script", 0, position)
        tag_end = lower.find(b">", start) if start != -1 else -1
        end = lower.find(b"</script", tag_end) if tag_end != -1 else -1
        if end > position and not SRC_ATTRIBUTE.search(lower, start, tag_end):
            # The pattern's `window.` prefix is optional: it matches from `location` on.
            match = SCRIPT_REDIRECT_BYTES.match(body, position, end)
            if match:
                yield match
        position = lower.find(b"location", position + 8)


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
    for match in location_assignments(body):
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


class TargetGuardMiddleware:
    """Refuse a request the crawl may not make: a redirect off government hosts, or a name
    that resolves to a non-public address. Logged once a site.

    A request whose host name the resolver refused (it resolves to a non-public address)
    fails as a lookup without results; it is reported as the refusal it was.
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.logged_sites: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request: Request, spider=None) -> None:
        redirected_from = request.meta.get("redirect_urls")
        if not redirected_from:
            return None
        refusal = redirect_refusal(redirected_from[-1], request.url)
        if refusal is None:
            return None
        self.crawler.stats.inc_value("frontier/blocked_target")
        ctx = request.meta.get("ctx")
        site = getattr(ctx, "site_key", "") or urlparse_cached(request).hostname or ""
        if site not in self.logged_sites:
            self.logged_sites.add(site)
            logger.warning("%s: refused a redirect from %s to %s (%s); further refusals on this "
                           "site are counted in frontier/blocked_target", site, redirected_from[-1],
                           request.url, refusal)
        raise BlockedTarget(f"blocked target: {refusal}")

    def process_exception(self, request: Request, exception: Exception, spider=None) -> None:
        if isinstance(exception, (DNSLookupError, CannotResolveHostError)):
            host = urlparse_cached(request).hostname or ""
            address = refused_name(host)
            if address is not None:
                self.crawler.stats.inc_value("frontier/blocked_target")
                raise BlockedTarget(f"blocked target: {host} resolves to {address}") from exception
        return None


class ScriptChallengeMiddleware:
    """A script-challenge answer fails its request as `ScriptChallenge` (`script_challenge`)."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request: Request, response: Response, spider=None) -> Response:
        kind = challenge_kind(response.status, response.body)
        if kind is None:
            return response
        self.crawler.stats.inc_value(f"challenges/{kind}")
        raise ScriptChallenge(f"script challenge ({kind}) at {response.url}")
