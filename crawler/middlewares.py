"""Downloader middlewares: follow the script redirects of home pages; refuse bad redirects;
pass or account script challenges; fetch robots.txt quietly.

Many sites answer `/` with an almost empty page whose only content is
`<script>window.location.href='./index.html'</script>` or `location.replace(...)`. Scrapy
follows HTTP and `<meta http-equiv=refresh>` redirects itself; this middleware treats such a
script the same way, through Scrapy's own redirect machinery, so `redirect_urls` records it
and `REDIRECT_MAX_TIMES` bounds loops. Only near-empty pages qualify: a real page that
mentions `location.href` in a click handler is left alone. `TargetGuardMiddleware` refuses
a redirect that leaves government hosts or names an IP literal (`crawler.targets`), before
its robots.txt or the page itself is fetched, and reports a name the resolver refused.
`ScriptChallengeMiddleware` passes a script challenge (`crawler.challenges`) with a browser
where there is one, and otherwise fails it as `script_challenge`, so that a site behind such
a firewall is accounted as blocked.

`RobotsTxtMiddleware` is Scrapy's, except that a robots.txt that could not be fetched for an
expected network reason (an unknown host, a refused or dropped connection, a timeout) is one
warning line, not an error with a traceback: an unreachable site is the crawl's daily bread,
and its home page's failure is reported anyway. Any other exception keeps its traceback.
"""

from __future__ import annotations

import logging
import re
import time
from collections import Counter
from collections.abc import Iterator

from scrapy.downloadermiddlewares.redirect import BaseRedirectMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware as ScrapyRobotsTxtMiddleware
from scrapy.downloadermiddlewares.robotstxt import logger as robots_logger
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import HtmlResponse, Request, Response
from scrapy.http.request import NO_CALLBACK
from scrapy.robotstxt import RobotParser
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet import error as twisted_errors
from twisted.internet.defer import Deferred
from twisted.internet.error import DNSLookupError
from twisted.web.client import ResponseFailed, ResponseNeverReceived

from crawler.browser import CONTEXT, CONTEXT_OPTIONS, EarnedAccess, earn_access
from crawler.challenges import ScriptChallenge, challenge_kind, literal_cookies
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
    """Script-challenge answers: passed with the cookie their script writes out, else with a
    browser where there is one, else failed.

    A challenge whose script writes its cookie as literal text (`challenges.literal_cookies`)
    is passed without a browser: the cookie is sent with every later request to that host.
    Otherwise a challenged request is sent once through the browser (`crawler.browser`), which runs the
    challenge's script and earns its cookies; the request is then made again as a plain one
    with those cookies and the browser's user agent, and so is every later request to that
    host, for as long as the host accepts them. A host that challenges again gets the browser
    again, at most `BROWSER_PASSES_PER_HOST` times. Without a browser, or past that, the
    request fails as `ScriptChallenge` (`script_challenge`), and a challenged home page ends
    its site `blocked`.
    """

    def __init__(self, crawler, use_browser: bool, passes_per_host: int, wait_seconds: float):
        self.crawler = crawler
        self.use_browser = use_browser
        self.passes_per_host = passes_per_host
        self.wait_seconds = wait_seconds
        self.earned: dict[str, EarnedAccess] = {}
        self.passes: Counter = Counter()

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(crawler, str(settings.get("BROWSER_CHALLENGES")).lower() == "on",
                   settings.getint("BROWSER_PASSES_PER_HOST"), settings.getfloat("BROWSER_WAIT"))

    def process_request(self, request: Request, spider=None) -> None:
        access = self.earned.get(urlparse_cached(request).hostname or "")
        if access is not None and not request.meta.get("playwright"):
            # Scrapy's cookie middleware, after this one, puts them in its jar and sends them.
            if isinstance(request.cookies, dict):
                request.cookies.update(access.cookies)
            else:
                request.cookies = [*request.cookies, *({"name": name, "value": value}
                                                       for name, value in access.cookies.items())]
            request.headers["User-Agent"] = access.user_agent
            request.meta["challenge_cookies"] = True
        return None

    async def process_response(self, request: Request, response: Response, spider=None
                               ) -> Request | Response:
        stats = self.crawler.stats
        if request.meta.get("challenge_pass") is not None:
            return await self._after_browser(request, response)
        kind = challenge_kind(response.status, response.body)
        if kind is None:
            if request.meta.get("challenge_cookies"):
                stats.inc_value("challenges/cookie_requests")
            return response
        stats.inc_value(f"challenges/{kind}")
        host = urlparse_cached(request).hostname or ""
        self.earned.pop(host, None)  # the cookies it had, if any, no longer work
        written = literal_cookies(response.body)
        if written and self.passes[host] < self.passes_per_host:
            # The script writes its cookie as literal text: set it without a browser.
            self.passes[host] += 1
            user_agent = (request.headers.get("User-Agent") or b"").decode("latin-1")
            self.earned[host] = EarnedAccess(written, user_agent)
            stats.inc_value("challenges/literal_cookie_passes")
            logger.info("%s answered a script challenge (%s) whose cookie is written out: "
                        "passing it without a browser", host, kind)
            return request.replace(dont_filter=True)
        if not self.use_browser or self.passes[host] >= self.passes_per_host:
            raise ScriptChallenge(f"script challenge ({kind}) at {response.url}")
        self.passes[host] += 1
        logger.info("%s answered a script challenge (%s): passing it with the browser", host, kind)
        # The browser loads a page of the host (the request itself, if it is a GET) only to
        # earn the cookies; the request is then made again without it.
        page_url = request.url if request.method == "GET" else response.urljoin("/")
        meta = {**request.meta, "playwright": True, "playwright_include_page": True,
                "playwright_context": CONTEXT, "playwright_context_kwargs": CONTEXT_OPTIONS,
                "challenge_pass": request, "dont_obey_robotstxt": True}
        meta.pop("challenge_cookies", None)
        return Request(page_url, meta=meta, dont_filter=True, priority=request.priority + 1,
                       callback=request.callback, errback=request.errback)

    async def _after_browser(self, request: Request, response: Response) -> Request:
        original: Request = request.meta["challenge_pass"]
        host = urlparse_cached(original).hostname or ""
        started = time.monotonic()
        access = await earn_access(request.meta.get("playwright_page"), self.wait_seconds)
        self.crawler.stats.inc_value("challenges/browser_pages")
        self.crawler.stats.inc_value("challenges/browser_seconds", time.monotonic() - started)
        if access.cookies:
            self.earned[host] = access
        logger.info("%s: the browser earned %d cookies in %.1f s", host, len(access.cookies),
                    time.monotonic() - started)
        return original.replace(dont_filter=True)


# A download that failed for a network reason, not a bug: Scrapy's own errors (which wrap
# Twisted's) and Twisted's, for the paths that raise them unwrapped.
NETWORK_ERRORS = (CannotResolveHostError, DownloadConnectionRefusedError, DownloadTimeoutError,
                  DownloadFailedError, ResponseDataLossError, twisted_errors.DNSLookupError,
                  twisted_errors.ConnectError, twisted_errors.TimeoutError,
                  twisted_errors.ConnectionLost, twisted_errors.ConnectionDone, ResponseFailed,
                  ResponseNeverReceived, TimeoutError, ConnectionError)


class RobotsTxtMiddleware(ScrapyRobotsTxtMiddleware):
    """Scrapy's robots.txt middleware; an expected network failure is one line, not a traceback,
    and robots.txt is asked without retries for a request that is asked without them."""

    async def robot_parser(self, request: Request) -> RobotParser | None:
        """As Scrapy's, but the download's failure is logged by `log_failure`."""
        url = urlparse_cached(request)
        netloc = url.netloc
        if netloc not in self._parsers:
            self._parsers[netloc] = Deferred()
            # A request asked without retries (a guessed host) asks for robots.txt the same way.
            robots_request = Request(f"{url.scheme}://{netloc}/robots.txt",
                                     priority=self.DOWNLOAD_PRIORITY,
                                     meta={"dont_obey_robotstxt": True,
                                           "dont_retry": request.meta.get("dont_retry", False)},
                                     callback=NO_CALLBACK)
            try:
                response = await self.crawler.engine.download_async(robots_request)
                await self._parse_robots(response, netloc, request)
            except Exception as error:  # logged by log_failure; the site is crawled as Scrapy does
                self.log_failure(error, robots_request)
                self._robots_error(error, netloc)
            self._stats.inc_value("robotstxt/request_count")
        parser = self._parsers[netloc]
        if isinstance(parser, Deferred):
            return await maybe_deferred_to_future(parser)
        return parser

    def log_failure(self, error: Exception, robots_request: Request) -> None:
        """One warning line for a network failure; an error with its traceback for anything else."""
        if isinstance(error, IgnoreRequest):
            return
        spider = {"spider": self.crawler.spider}
        if isinstance(error, NETWORK_ERRORS):
            robots_logger.warning("No robots.txt from %s (%s: %s); crawling as if it had none",
                                  robots_request.url, type(error).__name__, error, extra=spider)
            self._stats.inc_value("robotstxt/network_failure")
            return
        robots_logger.error("Error downloading %s: %s", robots_request.url, error, exc_info=True,
                            extra=spider)
