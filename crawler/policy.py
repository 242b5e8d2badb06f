"""The crawl policy: what to fetch next, what to keep for later, and when a site is done.

Plain Python, no Scrapy: every rule of the focused crawl that decides between fetching,
reserving and dropping lives here, so that it can be unit-tested on page readings
(`tests/test_policy.py`) instead of by a full crawl. The spider turns the `Decision`s this
module returns into requests and back; the per-site state they read and change is
`crawler.frontier.SiteCrawl`.

- A scored link is dropped (a look-alike, too deep, another seed's sub-site, seen, off the
  site, a trap), queued with its score as priority, or, when it scores below
  FOCUS_MIN_SCORE, kept in the site's reserve (`follow`).
- Before a request leaves, a re-crawl's history may veto it (an article that led nowhere)
  or make it conditional (`If-None-Match`, `If-Modified-Since`); the page budget is checked
  last (`fetch`).
- A list is paged on only while it shows items not seen before and newer than
  OLDEST_REPORT_YEAR (`paging`).
- When a site has nothing in flight its reserve is released a few links at a time, then its
  sitemaps are read, and then it is done, with the reason (`settle`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum
from urllib.parse import urlencode, urlsplit

from archive.history import PageRecord, PageRole, StoredLink
from archive.records import EndReason
from crawler.context import CrawlContext
from crawler.discovery.families import PageRequest
from crawler.discovery.links import SCORE_AVOID, Link, LinkKind, ScoredLink, score_link
from crawler.discovery.reading import MIN_LIST_ITEMS, PageReading
from crawler.discovery.urls import (
    GOVERNMENT_SUFFIX,
    canonical_url,
    host_of,
    is_calendar_url,
    refines_query,
    seen_key,
)
from crawler.frontier import SiteClaims, SiteCrawl
from crawler.homes import (
    Candidate,
    HomeAnswer,
    HomeChoice,
    Origin,
    SiteRegistry,
    Verdict,
    unit_verdict,
)
from vocabulary.patterns import DIGIT_YEAR

# Priority of a seed's home page.
HOME_SCORE = 90
# Priority of known report URLs checked again on a re-crawl.
KNOWN_REPORT_SCORE = 95
# Linked hosts within .gov.cn join a site's scope when a home-page link to them scores this.
FOREIGN_HOST_MIN_SCORE = 40
# Requests released from a site's reserve at a time.
RESERVE_BATCH = 4
# Priority of a sitemap request: after everything else of its site.
SITEMAP_PRIORITY = 1
# Reserve scores of sitemap URLs: beside a known report, and anywhere else.
SITEMAP_NEAR_REPORT_SCORE = 15
SITEMAP_SCORE = 3
# Link text kept per stored link: enough to score it again.
STORED_TEXT_CHARS = 80
# A list whose dated items are all older than OLDEST_REPORT_YEAR stops, once it has this many.
MIN_DATED_ITEMS = 3
# A page named with a number (`85189102.html`, `t20240305_1.html`) or asked for by one
# (`relate.jsp?infoid=83209431`): an article, not a column.
_NUMBERED_FILE = re.compile(r"/[^/]*\d{4,}[^/]*\.[a-z]+$", re.I)
_NUMBERED_QUERY = re.compile(r"(?:^|&)[^=&]*=\d{4,}(?:&|$)")
# Links of these kinds are never counted per URL shape: a document is worth its request.
SHAPE_EXEMPT = (LinkKind.REPORT, LinkKind.ATTACHMENT, LinkKind.SITEMAP, LinkKind.HOME)
# Kinds of request whose page is a list even when it shows few links.
LIST_KINDS = (LinkKind.COLUMN, LinkKind.PAGE, LinkKind.HOME)
# Requests of list families that a page's script makes (`PageRequest.kind`): asked as XHRs.
SCRIPTED_REQUEST_KINDS = frozenset(("api", "dataproxy"))


class Action(StrEnum):
    """What becomes of a link or request."""

    FETCH = "fetch"
    RESERVE = "reserve"
    DROP = "drop"


class Reason(StrEnum):
    """Why; counted in the crawl's stats as `frontier/<action>/<reason>`."""

    HOME = "home"
    HOME_CANDIDATE = "home_candidate"  # another candidate home page of the unit (`alt_url`)
    HOME_FALLBACK = "home_fallback"  # the home page to try when the others are dead
    KNOWN_REPORT = "known_report"  # a report URL of an earlier crawl, checked first
    STRONG_LINK = "strong_link"
    LIST_PAGE = "list_page"  # the next page of a list, from a pager or a CMS script
    CONTINUATION = "continuation"  # a further page of a long report
    FROM_RESERVE = "from_reserve"
    SITEMAP = "sitemap"
    WEAK_LINK = "weak_link"  # below FOCUS_MIN_SCORE: reserved
    SKIP = "skip"  # scored as never worth fetching
    TOO_DEEP = "too_deep"
    LIST_TOO_LONG = "list_too_long"
    OTHER_SITE = "other_site"  # another seed's sub-site on a shared platform host
    SEEN = "seen"
    OFFSITE = "offsite"
    TRAP = "trap"  # one more variant of a path than MAX_QUERY_VARIANTS allows
    KNOWN_LEAF = "known_leaf"  # an article that led nowhere in the last crawl
    CALENDAR_ON_RECRAWL = "calendar_on_recrawl"  # a calendar view, looked at by the first crawl only
    SHAPE_SHARE = "shape_share"  # an article of a URL shape that has had MAX_PAGES_PER_SHAPE
    BUDGET = "budget"


@dataclass(frozen=True)
class Fetch:
    """A request to make: its URL, context (whose score is the priority), method and headers."""

    url: str
    ctx: CrawlContext
    method: str = "GET"
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Decision:
    """What to do with one link or request, and why."""

    action: Action
    reason: Reason
    fetch: Fetch | None = None


@dataclass(frozen=True)
class Paging:
    """Whether a list's next pages are followed.

    `page_on` follows any pager; `follow_bounded` follows the pagers whose length the CMS
    states (TRS page counts, Hanweb record totals), which cannot run away.
    """

    page_on: bool
    follow_bounded: bool


@dataclass
class PagePlan:
    """What a read page leads to: decisions on its links and pagers, and its visit's role."""

    decisions: list[Decision]
    role: PageRole
    stored_links: list[StoredLink]
    hosts_added: int = 0


def _drop(reason: Reason) -> Decision:
    return Decision(Action.DROP, reason)


def conditional_headers(known: PageRecord | None) -> tuple[tuple[str, str], ...]:
    """The validators of a page the last crawl fetched, as conditional request headers."""
    if known is None:
        return ()
    headers = []
    if known.etag:
        headers.append(("If-None-Match", known.etag))
    if known.last_modified:
        headers.append(("If-Modified-Since", known.last_modified))
    return tuple(headers)


def stored_links(links: list[ScoredLink]) -> list[StoredLink]:
    """The links of a navigation page as the archive keeps them, for a 304 to replay."""
    return [StoredLink(link.url, link.score, link.kind, link.text[:STORED_TEXT_CHARS], link.date)
            for link in links if link.kind != LinkKind.SKIP]


def all_items_older(found: list[ScoredLink], oldest_year: int) -> bool:
    """Whether every dated item of a list is older than the oldest reports sought."""
    years = [int(match.group(0)) for link in found if link.date
             for match in [DIGIT_YEAR.match(link.date)] if match]
    return len(years) >= MIN_DATED_ITEMS and max(years) < oldest_year


def counts_per_shape(ctx: CrawlContext, url: str, focus_min_score: int) -> bool:
    """Whether a request takes one of its URL shape's MAX_PAGES_PER_SHAPE: every article (a
    link that names no report, or a column-like link to a numbered page), and every weak link
    but a document's.

    A news section, a related-articles chain with ever-new ids, a print view with a rotating
    parameter and a calendar by path each have one shape, so each costs that many requests
    at most; strong columns (`/zwgk/fzzfjs/`, `/col/col1229/index.html`) and the pages of a
    list are not counted.
    """
    if ctx.kind in SHAPE_EXEMPT or ctx.from_sitemap:
        return False
    if ctx.kind == LinkKind.COLUMN and _is_numbered_page(url):
        return True
    return ctx.kind == LinkKind.OTHER or ctx.score < focus_min_score


def _is_numbered_page(url: str) -> bool:
    parts = urlsplit(url)
    return bool(_NUMBERED_FILE.search(parts.path) or _NUMBERED_QUERY.search(parts.query))


def page_role(ctx: CrawlContext, candidate: bool, found: list[ScoredLink], paged: bool) -> PageRole:
    """What a page is to later crawls: revisited (home, navigation) or not (leaf)."""
    if candidate:
        return PageRole.CANDIDATE
    if ctx.is_home:
        return PageRole.HOME
    dated = sum(1 for link in found if link.date)
    is_list = paged or dated >= MIN_LIST_ITEMS or any(
        link.kind in (LinkKind.PAGE, LinkKind.REPORT, LinkKind.ATTACHMENT) for link in found)
    if ctx.kind in LIST_KINDS or is_list:
        return PageRole.NAVIGATION
    return PageRole.LEAF


class CrawlPolicy:
    """The rules of the focused crawl, over the sites' state, the claims and the history.

    Args:
        claims: which seed owns which sub-site of a shared platform host.
        history: the archive's record of earlier crawls (`archive.history.CrawlHistory`,
            or anything with its `page`, `report_urls`, `completed_site` and `final_url`
            methods).
        sites_with_history: the sites an earlier crawl visited; only their URLs are looked up.
        oldest_year: OLDEST_REPORT_YEAR.
        registry: the units and their known URLs (`crawler.homes.SiteRegistry`): where a
            site's home page may be besides its seed URL, and the unit of an ambiguous name.
    """

    def __init__(self, claims: SiteClaims, history, sites_with_history: set[str], oldest_year: int,
                 registry: SiteRegistry | None = None):
        self.claims = claims
        self.history = history
        self.sites_with_history = sites_with_history
        self.oldest_year = oldest_year
        self.registry = registry

    # --- opening a site, and its home page ---

    def open_site(self, site: SiteCrawl, resumed: bool) -> list[Decision]:
        """The first requests of a site: its candidate home pages and, on a re-crawl, its
        known reports. Its seed URL is claimed (a site found during the crawl claims its own)."""
        self.claims.claim(site.site.url, site.site.key)
        if not resumed:
            site.recrawl = self.history.completed_site(site.site.key)
            site.homes = (self.registry.home_choice(site.site, self.history.final_url(site.site.key))
                          if self.registry is not None
                          else HomeChoice([Candidate(site.site.url, Origin.SEED)]))
        decisions = [self._fetch_home(site, c, Reason.HOME) for c in site.homes.to_start()]
        for url in self.history.report_urls(site.site.key) if site.recrawl else ():
            site.note_report_link(url)  # a site known to hold reports takes fewer reserve articles
            ctx = CrawlContext(site.site.key, LinkKind.REPORT, KNOWN_REPORT_SCORE, hops=1)
            decisions.append(self.fetch(site, url, ctx, Reason.KNOWN_REPORT))
        return decisions

    def _fetch_home(self, site: SiteCrawl, candidate: Candidate, reason: Reason) -> Decision:
        """A candidate's home page: conditional only when it is the site's one home."""
        url = candidate.url
        ctx = CrawlContext(site.site.key, LinkKind.HOME, HOME_SCORE, hops=0, home_of=url,
                           guess=candidate.origin == Origin.HOST_FORM)
        if not site.homes.several and url == site.site.url:
            return self.fetch(site, url, ctx, reason)
        site.seen.add(seen_key(url))
        if not site.has_budget():
            return _drop(Reason.BUDGET)
        site.count_request()
        return Decision(Action.FETCH, reason, Fetch(url, ctx))

    def answer_home(self, site: SiteCrawl, ctx: CrawlContext, answer: HomeAnswer) -> list[Decision]:
        """A candidate's home page answered: judge it, and choose the home once possible.

        Returns:
            The requests of the chosen home page when it was read before this answer came.
        """
        candidate = site.homes.of(ctx.home_of or site.site.url) if site.homes else None
        if candidate is None or candidate.verdict is not None:
            return []
        candidate.answer, candidate.verdict = answer, unit_verdict(site.site, answer)
        self._choose(site)
        return self._plan_held(site).decisions

    def home_failed(self, site: SiteCrawl, ctx: CrawlContext, kind: str) -> list[Decision]:
        """A candidate's home page failed: try the fallbacks once all are dead, crawl another
        candidate, or end the site as unreachable."""
        candidate = site.homes.of(ctx.home_of or site.site.url)
        if candidate is not None and candidate.verdict is None:
            candidate.verdict, candidate.error = Verdict.FAILED, kind
        starting = site.homes.to_start()
        if starting:
            return [self._fetch_home(site, c, Reason.HOME_FALLBACK) for c in starting]
        if site.homes.chosen is None and self._choose(site) is None and not any(
                c.started and c.verdict is None for c in site.homes.candidates):
            first = site.homes.candidates[0].error if site.homes.candidates else kind
            site.home_failed = EndReason.for_failed_home(first)
            return []
        return self._plan_held(site).decisions

    def _choose(self, site: SiteCrawl) -> Candidate | None:
        """Make the choice if the answers allow it: the site's scope, claims and unit follow."""
        if site.homes.chosen is not None:
            return site.homes.chosen
        chosen = site.homes.decide()
        if chosen is None:
            return None
        site.homes.chosen, answer = chosen, chosen.answer
        site.record_home(answer.url, answer.redirected_from, answer.site_id_code)
        self.claims.claim(answer.url, site.site.key)
        if self.registry is not None:
            site.site = self.registry.settle_unit(site.site, answer)
        for other in site.homes.candidates:
            if other is not chosen:
                other.held = None
        return chosen

    def _plan_home(self, site: SiteCrawl, ctx: CrawlContext, url: str,
                   reading: PageReading) -> PagePlan:
        """A candidate's home page was read: crawl on from it if it is the chosen one, hold it
        while the choice waits, or only record it when another was chosen."""
        candidate = site.homes.of(ctx.home_of or site.site.url)
        chosen = site.homes.chosen
        if candidate is None or chosen is candidate:
            return self._plan_links(site, ctx, url, reading)
        if chosen is None:
            candidate.held = (ctx, url, reading)
        # Another candidate is crawled (its held page was planned when it was chosen).
        return PagePlan([], PageRole.HOME, stored_links(reading.links), 0)

    def _plan_held(self, site: SiteCrawl) -> PagePlan:
        """The plan of the chosen home page if it was read before it was chosen."""
        chosen = site.homes.chosen
        if chosen is None or chosen.held is None:
            return PagePlan([], PageRole.HOME, [], 0)
        (ctx, url, reading), chosen.held = chosen.held, None
        return self._plan_links(site, ctx, url, reading)

    # --- links and requests ---

    def follow(self, site: SiteCrawl, link: ScoredLink, hops: int, column: str | None = None,
               **fields) -> Decision:
        """Queue a strong link, keep a weak one in the site's reserve, or drop it.

        Args:
            hops: the hop count of the page the link is on.
            column: the title of that page.
            fields: more `CrawlContext` fields (page_number, relevance, via_url, via_fields, form).
        """
        if link.kind == LinkKind.SKIP or link.score <= 0:
            return _drop(Reason.SKIP)
        is_page = link.kind == LinkKind.PAGE
        next_hops = hops if is_page else hops + 1
        if next_hops > site.limits.max_depth and link.kind not in (LinkKind.ATTACHMENT,
                                                                   LinkKind.REPORT):
            return _drop(Reason.TOO_DEEP)
        if is_page and fields.get("page_number", 1) > site.limits.max_list_pages:
            return _drop(Reason.LIST_TOO_LONG)
        refusal = self.admit(site, link.url, fields.get("form", ()), fields.get("json_body", ""),
                             names_report=link.kind == LinkKind.REPORT,
                             asked_by=getattr(fields.get("scripted_list"), "page_url", ""),
                             scripted=bool(fields.get("scripted")))
        if refusal is not None:
            return _drop(refusal)
        ctx = CrawlContext(site.site.key, LinkKind(link.kind), link.score, next_hops,
                           link_text=link.text, list_date=link.date, column=column, **fields)
        if link.score < site.limits.focus_min_score:
            site.keep_in_reserve(link.url, link.score, ctx)
            return Decision(Action.RESERVE, Reason.WEAK_LINK)
        return self.fetch(site, link.url, ctx, Reason.STRONG_LINK, admitted=True)

    def admit(self, site: SiteCrawl, url: str, form: tuple[tuple[str, str], ...] = (),
              body: str = "", names_report: bool = False, asked_by: str = "",
              scripted: bool = False) -> Reason | None:
        """Why `url` may not be queued for `site` (None: it may, and is now seen). A request the
        site's own page script makes (`scripted`; `asked_by` the page when it was run) is the
        site's wherever it goes on a government host: a city platform's shared list API
        answering with the county's documents."""
        scripted = scripted or bool(asked_by)
        if not scripted and self.claims.belongs_to_other(url, site.site.key):
            return Reason.OTHER_SITE
        # A POST is told apart by its form or body, as if they were the query, and a script's
        # request by the page that made it.
        sent = urlencode(form) if form else urlencode([("body", body)]) if body else ""
        if asked_by:
            sent = urlencode([("asked_by", asked_by)]) + (f"&{sent}" if sent else "")
        key = f"{url}{'&' if '?' in url else '?'}{sent}" if sent else url
        refusal = site.admit(key, names_report, any_government_host=scripted)
        return Reason(refusal) if refusal is not None else None

    def fetch(self, site: SiteCrawl, url: str, ctx: CrawlContext, reason: Reason,
              admitted: bool = False) -> Decision:
        """A request for `url`, unless admission, the history or the budget refuses it."""
        if not admitted:
            # A request a page's script makes is that page's (two columns' scripts may ask for
            # the same token before their lists).
            asker = getattr(ctx.scripted_list, "page_url", "")
            refusal = self.admit(site, url, ctx.form, ctx.json_body, asked_by=asker, scripted=ctx.scripted)
            if refusal is not None:
                return _drop(refusal)
        if site.recrawl and is_calendar_url(url):
            # Calendars and event views list meetings, never a report: the first crawl looked
            # at a few, and a re-crawl need not look again.
            return _drop(Reason.CALENDAR_ON_RECRAWL)
        posted = bool(ctx.posted or ctx.form or ctx.json_body)
        known = (self.history.page(canonical_url(url))
                 if not posted and site.site.key in self.sites_with_history else None)
        if known is not None and known.role == PageRole.LEAF and known.http_status == 200:
            # It still takes its share of its shape: a re-crawl looks at new articles only as
            # far as the last one looked at old ones.
            if counts_per_shape(ctx, url, site.limits.focus_min_score):
                site.take_shape(url)
            return _drop(Reason.KNOWN_LEAF)
        if known is not None and not site.recrawl and known.role != PageRole.CANDIDATE:
            # The last crawl of this site did not finish: lists need their content again.
            known = None
        if not site.has_budget():
            return _drop(Reason.BUDGET)
        if counts_per_shape(ctx, url, site.limits.focus_min_score) and not site.take_shape(url):
            site.columns_cut += ctx.kind == LinkKind.COLUMN
            return _drop(Reason.SHAPE_SHARE)
        site.count_request()
        return Decision(Action.FETCH, reason, Fetch(
            url, ctx.with_known(known) if known is not None else ctx,
            method="POST" if posted else "GET", headers=conditional_headers(known)))

    def list_page(self, site: SiteCrawl, request: PageRequest, relevance: int, hops: int,
                  column: str | None, script_headers: tuple[tuple[str, str], ...] = ()) -> Decision:
        """The next page of a list (or a data proxy call) that a CMS family asked for; a list
        API's next page is asked with the headers its first page was (`script_headers`)."""
        if request.page_number > site.limits.max_list_pages:
            return _drop(Reason.LIST_TOO_LONG)
        score = max(relevance - 1, 2)
        if request.page_number <= 1:
            # The first page of a list its column's script asks for is the column's content:
            # worth a request whenever the column page was.
            score = max(score, site.limits.focus_min_score)
        posted = request.method == "POST"
        scripted = request.kind in SCRIPTED_REQUEST_KINDS
        fields = {"page_number": request.page_number, "relevance": relevance,
                  "form": request.formdata if posted else (),
                  "json_body": request.body if posted else "",
                  "posted": posted,
                  "item_templates": request.item_templates,
                  "scripted": scripted,
                  "script_headers": (request.headers or script_headers) if scripted else (),
                  "answer_cipher": request.cipher,
                  "scripted_list": request.scripted_list}
        if score < site.limits.focus_min_score:
            return self.follow(site, ScoredLink(request.url, "", score, LinkKind.PAGE), hops,
                               column, **fields)
        ctx = CrawlContext(site.site.key, LinkKind.PAGE, score, hops, column=column, **fields)
        return self.fetch(site, request.url, ctx, Reason.LIST_PAGE)

    def continue_article(self, site: SiteCrawl, ctx: CrawlContext, first_url: str,
                         urls: list[str]) -> list[Decision]:
        """The further pages of a long report, fetched to be joined to its first page."""
        return [self.fetch(site, url, replace(ctx, continues=first_url, known=None),
                           Reason.CONTINUATION) for url in urls]

    # --- pages ---

    def paging(self, site: SiteCrawl, found: list[ScoredLink]) -> Paging:
        """Whether to page on: only while a list shows items not seen before, and recent ones.

        The items of a list are its dated links (and report links); a list without dates is
        judged by all its links, since the site's navigation is seen after its first page.
        An endless pager repeats the same items; on a re-crawl, new items come first, so a
        page whose items an earlier crawl saw is the last one worth reading.
        """
        linked = [link for link in found
                  if link.kind not in (LinkKind.PAGE, LinkKind.SKIP) and link.score > 0]
        items = [link for link in linked if link.date or link.kind == LinkKind.REPORT]
        fresh = [link for link in (items if any(link.date for link in items) else linked)
                 if seen_key(link.url) not in site.seen]
        if site.recrawl:
            fresh = [link for link in fresh if self.history.page(canonical_url(link.url)) is None]
        older = all_items_older(found, self.oldest_year)
        return Paging(page_on=bool(fresh) and not older,
                      follow_bounded=not older and (not site.recrawl or not items or bool(fresh)))

    def plan_page(self, site: SiteCrawl, ctx: CrawlContext, url: str,
                  reading: PageReading) -> PagePlan:
        """What to do with the links and pagers of a page that was read (a candidate home
        page's wait for the choice of the site's home)."""
        if ctx.is_home and site.homes is not None:
            return self._plan_home(site, ctx, url, reading)
        return self._plan_links(site, ctx, url, reading)

    def _plan_links(self, site: SiteCrawl, ctx: CrawlContext, url: str,
                    reading: PageReading) -> PagePlan:
        found = reading.links
        paging = self.paging(site, found)
        column = reading.title or None
        via = ({"via_url": url, "via_fields": reading.article_fields}
               if reading.is_article else {})
        decisions: list[Decision] = []
        hosts_added = 0
        for link in found:
            if ctx.is_home and link.score >= FOREIGN_HOST_MIN_SCORE:
                hosts_added += self.widen_scope(site, link.url)
            if link.kind in (LinkKind.COLUMN, LinkKind.OTHER) and refines_query(url, link.url):
                # A faceted filter's next combination: weak, whatever it is named.
                link = replace(link, score=min(link.score, SCORE_AVOID), kind=LinkKind.OTHER)
            fields: dict = {}
            if link.kind == LinkKind.ATTACHMENT or link.url in reading.content_urls:
                fields = via
                posted = next(((form, body) for posted_url, form, body in reading.content_posts
                               if posted_url == link.url), None)
                if posted is not None:
                    fields = {**via, "form": posted[0], "json_body": posted[1]}
            elif link.kind == LinkKind.PAGE:
                if not paging.page_on:
                    continue
                fields = {"page_number": ctx.page_number + 1}
            elif link.kind == LinkKind.REPORT:
                site.note_report_link(link.url)
            decisions.append(self.follow(site, link, ctx.hops, column, **fields))
        for request in reading.next_pages:
            # A list's first page (what a column's script asks its list API for) is the
            # column's content, whatever the column page itself shows.
            if request.page_number <= 1 or paging.page_on or (request.bounded and paging.follow_bounded):
                decisions.append(self.list_page(site, request, reading.relevance, ctx.hops, column,
                                                ctx.script_headers))
        role = page_role(ctx, reading.candidate, found, bool(reading.next_pages))
        keep = stored_links(found) if role in (PageRole.HOME, PageRole.NAVIGATION) else []
        return PagePlan(decisions, role, keep, hosts_added)

    def replay(self, site: SiteCrawl, ctx: CrawlContext) -> PagePlan:
        """A page that answered 304 Not Modified: its stored links again, without paging deeper."""
        known = ctx.known
        decisions: list[Decision] = []
        hosts_added = 0
        for url, score, kind, text, date in known.links:
            if kind == LinkKind.PAGE:
                continue
            if ctx.is_home and score >= FOREIGN_HOST_MIN_SCORE:
                hosts_added += self.widen_scope(site, url)
            link = ScoredLink(url, text, score, LinkKind(kind), date)
            decisions.append(self.follow(site, link, ctx.hops, ctx.column))
        return PagePlan(decisions, PageRole(known.role), [], hosts_added)

    def widen_scope(self, site: SiteCrawl, url: str) -> bool:
        """Let a `.gov.cn` host that the home page links as a column into the site's scope."""
        if host_of(url).endswith(GOVERNMENT_SUFFIX) and not site.in_scope(url):
            site.allow_host(url)
            return True
        return False

    def sitemap_links(self, site: SiteCrawl, urls: list[str]) -> list[Decision]:
        """The URLs a sitemap lists: nested sitemaps are read last, the others reserved,
        those beside a known report first."""
        decisions = []
        for url in urls:
            if not site.in_scope(url):
                continue
            if url.endswith(".xml") and "sitemap" in url.lower():
                site.sitemaps.append(url)
                continue
            score = SITEMAP_NEAR_REPORT_SCORE if site.near_report_link(url) else SITEMAP_SCORE
            kind = score_link(Link(url, "")).kind
            decisions.append(self.follow(site, ScoredLink(url, "", score, kind), 0, "sitemap",
                                         from_sitemap=True))
        return decisions

    # --- the end of a site ---

    def settle(self, site: SiteCrawl) -> tuple[list[Decision], EndReason | None]:
        """A request of the site came back: release its reserve, read a sitemap, or close it.

        Returns:
            The requests to make, and the site's end reason once it is done (else None).
        """
        site.settle()
        if site.in_flight > 0 or site.finished:
            return [], None
        released = self._release_reserve(site)
        if released:
            return released, None
        while site.sitemaps:
            url = site.sitemaps.pop(0)
            ctx = CrawlContext(site.site.key, LinkKind.SITEMAP, SITEMAP_PRIORITY, hops=1)
            if site.admit(url) is None and site.has_budget():
                site.count_request()
                return [Decision(Action.FETCH, Reason.SITEMAP, Fetch(url, ctx))], None
        site.finished = True
        return [], site.end_reason(finished=True)

    def _release_reserve(self, site: SiteCrawl) -> list[Decision]:
        """The best reserve links, a batch at a time, within the fallback budget."""
        fetches: list[Decision] = []
        while not fetches and site.reserve_size:
            for entry in site.take_from_reserve(RESERVE_BATCH):
                decision = self.fetch(site, entry.url, entry.ctx, Reason.FROM_RESERVE,
                                      admitted=True)
                if decision.action == Action.FETCH:
                    fetches.append(decision)
            if not site.can_use_reserve():
                break
        return fetches

