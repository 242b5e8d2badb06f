"""What a request carries and what its response becomes: a page to read, a candidate
document, a page visit.

Small functions of a `CrawlContext` and a Scrapy response, so that the spider only routes:
the pipelines get plain items (`crawler.items`), the page reader a `PageToRead`, and no
response object travels further.
"""

from __future__ import annotations

from scrapy.http import FormRequest, Request, Response, TextResponse, XmlResponse

from archive.history import PageRecord, PageRole, StoredLink
from crawler.context import CrawlContext
from crawler.discovery import pages
from crawler.discovery.links import LinkKind
from crawler.discovery.reading import PageToRead
from crawler.discovery.urls import canonical_url
from crawler.homes import HomeAnswer
from crawler.items import DiscoveredSite, FetchedDocument, KnownUrlStatus, PageVisit, PageVisits
from crawler.policy import Fetch
from crawler.seeds import Seed
from vocabulary.dates import now_iso


def discovered_site(seed: Seed, link_text: str, source_url: str) -> DiscoveredSite:
    """A county site found on a portal during the report crawl, matched by its link's text."""
    return DiscoveredSite(
        adcode=seed.adcode, name=seed.name, province=seed.province, city=seed.city, url=seed.url,
        final_url=None, site_id_code=None, status="matched_by_name",
        reason=f"linked as {link_text!r}; crawled in the same run (its site code is checked in `sites`)",
        source_url=source_url, link_text=link_text, discovered_at=now_iso())


def home_answer(response: Response) -> HomeAnswer:
    """What a home page answered: where it ended, the URLs that led there, its 网站标识码 and
    title (a 304 carries neither)."""
    page = isinstance(response, TextResponse) and response.status != 304
    return HomeAnswer(url=response.url, redirected_from=tuple(response.meta.get("redirect_urls", ())),
                      site_id_code=pages.site_id_code(response) if page else None,
                      title=pages.page_title(response.selector) if page else None)


def request_meta(ctx: CrawlContext, page_maxsize: int) -> dict:
    """The `meta` of a request: its context, and what Scrapy's middlewares should know."""
    meta: dict = {"ctx": ctx}
    if ctx.kind not in (LinkKind.ATTACHMENT, LinkKind.SITEMAP):
        # Web pages are small; only documents may be as large as DOWNLOAD_MAXSIZE.
        meta["download_maxsize"] = page_maxsize
    if ctx.known is not None:
        meta["handle_httpstatus_list"] = [304]
    if ctx.guess:
        meta["dont_retry"] = True
    return meta


def make_request(fetch: Fetch, callback, errback, page_maxsize: int) -> Request:
    """The Scrapy request of a fetch decision: a GET, a form POST or a JSON POST, with its
    conditional headers (and, for a script's request, jQuery's `X-Requested-With`), the page
    size cap and its context in `meta`."""
    ctx = fetch.ctx
    arguments = {"callback": callback, "errback": errback, "priority": ctx.score,
                 "meta": request_meta(ctx, page_maxsize), "headers": dict(fetch.headers),
                 # Our own per-site `seen` sets deduplicate; Scrapy's filter would, after a
                 # kill, keep a JOBDIR's stale fingerprints from being crawled again.
                 "dont_filter": True}
    if ctx.scripted:
        arguments["headers"]["X-Requested-With"] = "XMLHttpRequest"
        arguments["headers"].update(dict(ctx.script_headers))
    if fetch.method != "POST":
        return Request(fetch.url, **arguments)
    if ctx.json_body:
        # A script's body is JSON, or text its server reads itself (a DWR plaincall's lines).
        is_json = ctx.json_body.lstrip()[:1] in ("{", "[")
        arguments["headers"]["Content-Type"] = \
            "application/json;charset=UTF-8" if is_json else "text/plain;charset=UTF-8"
        return Request(fetch.url, method="POST", body=ctx.json_body.encode("utf-8"), **arguments)
    if not ctx.form:
        # A POST with nothing in it (a token call).
        arguments["headers"].setdefault("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        return Request(fetch.url, method="POST", body=b"", **arguments)
    return FormRequest(fetch.url, formdata=list(ctx.form), **arguments)


def page_cookies(response: Response) -> str:
    """The cookies a browser would hold for the page, as its scripts read them
    (`document.cookie`): those the request carried, then those the answer set."""
    pairs: dict[str, str] = {}
    sent = response.request.headers.get("Cookie") if response.request is not None else None
    for part in (sent or b"").decode("latin-1").split(";"):
        name, _, value = part.strip().partition("=")
        if name:
            pairs[name] = value
    for header in response.headers.getlist("Set-Cookie"):
        name, _, value = header.decode("latin-1").split(";", 1)[0].strip().partition("=")
        if name:
            pairs[name] = value
    return "; ".join(f"{name}={value}" for name, value in pairs.items())


def page_to_read(response: TextResponse, ctx: CrawlContext, site_helpers: dict | None = None,
                 site_app: list | None = None) -> PageToRead:
    """The page and what its request knew (and what its site's script files define: URL helpers,
    an app's configuration and API), for a page reader in a worker process."""
    return PageToRead(url=response.url, body=response.body, encoding=response.encoding,
                      markup="xml" if isinstance(response, XmlResponse) else "html",
                      form=ctx.form, json_body=ctx.json_body, item_templates=ctx.item_templates,
                      cipher=ctx.answer_cipher, scripted_list=ctx.scripted_list,
                      site_helpers=tuple(sorted((site_helpers or {}).items())),
                      site_app=tuple(site_app or ()), cookies=page_cookies(response),
                      score=ctx.score, kind=ctx.kind,
                      inherited_relevance=ctx.relevance, link_text=ctx.link_text)


def candidate_document(site: Seed, ctx: CrawlContext, response: Response,
                       attachment_urls: list[str] | None = None) -> FetchedDocument:
    """A candidate for the pipelines: an article page (with the URLs of its attachments that
    look like the report) or, when `attachment_urls` is None, a file with its article's fields."""
    is_attachment = attachment_urls is None
    # A body an article's script asks an API for (POSTed to an ASP.NET handler, or answered
    # as JSON) has no URL of its own that a reader could open: it is the article's, under the
    # article page's URL.
    api_body = bool(ctx.via_url) and not is_attachment and (
        bool(ctx.form or ctx.json_body) or response.body.lstrip()[:1] in (b"{", b"["))
    return FetchedDocument(
        url=ctx.via_url if api_body else canonical_url(response.url),
        http_status=response.status,
        body=response.body,
        content_type=pages.header(response, "Content-Type") or "",
        declared_encoding=None if is_attachment else response.encoding,
        is_attachment=is_attachment, fetched_at=now_iso(), site=site,
        link_text=ctx.link_text, list_date=ctx.list_date, column=ctx.column,
        via_url=ctx.via_url,
        via_fields=ctx.via_fields,
        attachment_urls=attachment_urls or [],
        redirected_from=[canonical_url(url) for url in response.meta.get("redirect_urls", ())],
    )


def page_visit(site_key: str, response: Response, role: PageRole,
               links: list[StoredLink] | None = None) -> PageVisit:
    """One fetched page for the archive's `pages` table: validators, role, links."""
    return PageVisit(url=canonical_url(response.url), site_key=site_key, role=role,
                     http_status=response.status, etag=pages.header(response, "ETag"),
                     last_modified=pages.header(response, "Last-Modified"), fetched_at=now_iso(),
                     links=links or [])


def unchanged_items(site_key: str, known: PageRecord) -> list:
    """What a page that answered 304 gives the archive: its visit, which keeps the validators
    and links of its last one, and, for a report's page, that the report is still there."""
    items: list = [PageVisit(url=known.url, site_key=site_key, role=known.role, http_status=304,
                             etag=None, last_modified=None, fetched_at=now_iso(), links=None)]
    if known.report_id is not None:
        items.append(KnownUrlStatus(known.url, site_key, 304, now_iso()))
    return items


# Page visits handed to the archive at a time.
VISIT_BATCH = 100


class VisitBatcher:
    """The one place page visits are batched: one item per page would cost more than the page."""

    def __init__(self, size: int = VISIT_BATCH):
        self.size = size
        self.pending: list[PageVisit] = []

    def route(self, outputs: list) -> list:
        """The outputs with their page visits held back, and a batch added once one is full."""
        self.pending.extend(o for o in outputs if isinstance(o, PageVisit))
        outputs = [o for o in outputs if not isinstance(o, PageVisit)]
        if len(self.pending) >= self.size:
            outputs.append(PageVisits(self.take()))
        return outputs

    def take(self) -> list[PageVisit]:
        """The visits held back so far (the archive takes the last ones at the end)."""
        visits, self.pending = self.pending, []
        return visits
