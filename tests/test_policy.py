"""The crawl policy on page readings of saved bytes: what is queued, reserved or dropped, when a
list is paged on, which headers a known page gets, and when a site is done and why."""

from __future__ import annotations

import pickle

from archive.history import PageRecord, PageRole, StoredLink
from archive.records import EndReason
from crawler.context import CrawlContext
from crawler.discovery.families import PageRequest
from crawler.discovery.links import LinkKind, ScoredLink
from crawler.discovery.reading import PageToRead, read_page
from crawler.discovery.sandbox import ScriptedList
from crawler.frontier import CrawlLimits, SiteClaims, SiteCrawl
from crawler.policy import (
    Action,
    CrawlPolicy,
    Reason,
    all_items_older,
    conditional_headers,
    page_role,
)
from crawler.responses import make_request
from crawler.seeds import Seed

HOME = "http://www.a.gov.cn/"
REPORT_TEXT = "2023年，我县坚持以习近平法治思想为指导，深入推进法治政府建设。" * 10

LIST_PAGE = """<html><head><meta charset="gbk"><title>法治政府建设</title></head><body>
<div class="position">当前位置：首页 &gt; 政务公开 &gt; 法治政府建设</div>
<ul>
<li><a href="/art/2024/3/28/art_1_1.html">某某县2023年法治政府建设工作报告</a><span>2024-03-28</span></li>
<li><a href="/art/2023/3/20/art_1_2.html">某某县2022年法治政府建设情况的报告</a><span>2023-03-20</span></li>
<li><a href="/art/2022/3/1/art_1_3.html">关于召开全县安全生产会议的通知</a><span>2022-03-01</span></li>
</ul>
<a href="index_1.html">下一页</a>
<script>createPageHTML(3, 0, "index", "html");</script>
</body></html>"""

OLD_LIST_PAGE = """<html><head><title>通知公告</title></head><body><ul>
<li><a href="/art/2012/3/1/a1.html">关于做好春耕工作的通知</a><span>2012-03-01</span></li>
<li><a href="/art/2011/3/1/a2.html">关于做好防汛工作的通知</a><span>2011-03-01</span></li>
<li><a href="/art/2010/3/1/a3.html">关于做好秋收工作的通知</a><span>2010-03-01</span></li>
</ul><a href="index_1.html">下一页</a></body></html>"""

ARTICLE_PAGE = f"""<html><head><meta name="ArticleTitle" content="某某县2023年法治政府建设工作报告">
<meta name="PubDate" content="2024-03-28 10:00">
<title>某某县人民政府</title></head><body><h1>某某县2023年法治政府建设工作报告</h1>
<p>{REPORT_TEXT}</p><a href="/files/report.pdf">某某县2023年法治政府建设工作报告.pdf</a>
</body></html>"""

HOME_PAGE = """<html><head><title>某某县人民政府</title></head><body>
<a href="http://xxgk.shi.gov.cn/a/">政府信息公开</a>
<a href="/zwgk/fzzfjs/">法治政府建设</a>
<a href="/xwzx/">新闻中心</a>
<a href="/search?q=1">搜索</a>
</body></html>"""


class FakeHistory:
    """The answers of `archive.history.CrawlHistory`, from plain dicts."""

    def __init__(self, pages: dict[str, PageRecord] | None = None, completed: bool = False,
                 reports: list[str] | None = None):
        self.pages = pages or {}
        self.completed = completed
        self.reports = reports or []

    def page(self, url: str) -> PageRecord | None:
        return self.pages.get(url)

    def report_urls(self, site_key: str) -> list[str]:
        return self.reports

    def completed_site(self, site_key: str) -> bool:
        return self.completed

    def final_url(self, site_key: str) -> str | None:
        return None


def make_site(**limits) -> SiteCrawl:
    return SiteCrawl(Seed(name="某某县", url=HOME, level="county"), CrawlLimits(**limits))


def make_policy(history: FakeHistory | None = None, claims: SiteClaims | None = None) -> CrawlPolicy:
    history = history or FakeHistory()
    return CrawlPolicy(claims or SiteClaims(), history, set(), 2015)


def reading_of(html: str, url: str, encoding: str = "utf-8", **page):
    return read_page(PageToRead(url=url, body=html.encode(encoding), encoding=encoding, **page))


def fetched(decisions) -> list[str]:
    return [d.fetch.url for d in decisions if d.action == Action.FETCH]


def column_ctx(hops: int = 1, page_number: int = 1) -> CrawlContext:
    return CrawlContext("site", LinkKind.COLUMN, 90, hops, page_number=page_number)


def test_a_list_page_queues_its_reports_and_its_next_page_with_a_context():
    site, policy = make_site(), make_policy()
    url = "http://www.a.gov.cn/fzzfjs/index.html"
    reading = reading_of(LIST_PAGE, url, "gbk", score=90, kind=LinkKind.COLUMN)
    plan = policy.plan_page(site, column_ctx(), url, reading)
    reports = [d for d in plan.decisions if d.fetch and d.fetch.ctx.kind == LinkKind.REPORT]
    assert [d.fetch.url for d in reports] == ["http://www.a.gov.cn/art/2024/3/28/art_1_1.html",
                                              "http://www.a.gov.cn/art/2023/3/20/art_1_2.html"]
    first = reports[0].fetch.ctx
    assert (first.hops, first.column, first.list_date) == (2, "法治政府建设", "2024-03-28")
    assert first.link_text == "某某县2023年法治政府建设工作报告" and reports[0].reason == Reason.STRONG_LINK
    pages = [d.fetch.ctx for d in plan.decisions if d.fetch and d.fetch.ctx.kind == LinkKind.PAGE]
    assert pages and all(ctx.hops == 1 for ctx in pages)  # a list's pages are one hop
    assert pages[0].page_number == 2
    assert plan.role == PageRole.NAVIGATION
    assert {link.url for link in plan.stored_links} >= {d.fetch.url for d in reports}
    assert site.requested == len(fetched(plan.decisions))


def test_a_list_whose_items_were_all_seen_is_not_paged_on():
    site, policy = make_site(), make_policy()
    url = "http://www.a.gov.cn/fzzfjs/index.html"
    reading = reading_of(LIST_PAGE, url, "gbk", score=90, kind=LinkKind.COLUMN)
    policy.plan_page(site, column_ctx(), url, reading)
    # The same items again (an endless pager repeating its last page): nothing new, no paging.
    assert policy.paging(site, reading.links).page_on is False
    # A pager whose length the CMS states is still followed on a first crawl.
    assert policy.paging(site, reading.links).follow_bounded is True


def test_a_list_of_old_items_is_not_paged_on():
    site, policy = make_site(), make_policy()
    reading = reading_of(OLD_LIST_PAGE, "http://www.a.gov.cn/tzgg/index.html")
    assert all_items_older(reading.links, 2015)
    paging = policy.paging(site, reading.links)
    assert not paging.page_on and not paging.follow_bounded


def test_a_recrawl_stops_paging_where_the_last_crawl_had_been():
    url = "http://www.a.gov.cn/fzzfjs/index.html"
    reading = reading_of(LIST_PAGE, url, "gbk", score=90, kind=LinkKind.COLUMN)
    items = {link.url: PageRecord(link.url, PageRole.CANDIDATE, 200, None, None, (), 1)
             for link in reading.links if link.date}
    site = make_site()
    site.recrawl = True
    paging = make_policy(FakeHistory(items, completed=True)).paging(site, reading.links)
    assert not paging.page_on and not paging.follow_bounded


def test_weak_links_wait_in_the_reserve_until_the_site_is_idle():
    site, policy = make_site(fallback_pages=2), make_policy()
    weak = [ScoredLink(f"http://www.a.gov.cn/xw/{n}.html", "新闻", 5, LinkKind.OTHER) for n in range(3)]
    decisions = [policy.follow(site, link, hops=1) for link in weak]
    assert {(d.action, d.reason) for d in decisions} == {(Action.RESERVE, Reason.WEAK_LINK)}
    site.count_request()
    site.count_request()  # two requests in flight: when one settles, the reserve stays shut
    assert policy.settle(site) == ([], None)
    released, end = policy.settle(site)
    # Nothing in flight now: at most FALLBACK_PAGES_PER_SITE reserve links go out, best first.
    assert end is None and [d.reason for d in released] == [Reason.FROM_RESERVE] * 2
    assert released[0].fetch.ctx.hops == 2 and released[0].fetch.ctx.score == 5
    for _ in released:
        released_again, end = policy.settle(site)
    assert released_again == [] and end == EndReason.DONE and site.finished


def test_links_are_dropped_with_their_reason():
    claims = SiteClaims()
    claims.claim("http://www.a.gov.cn/xqxx/other/index.html", "other")
    site, policy = make_site(max_depth=2, max_query_variants=2), make_policy(claims=claims)
    link = ScoredLink("http://www.a.gov.cn/zwgk/", "政务公开", 60, LinkKind.COLUMN)

    def reason(link, hops=0):
        return policy.follow(site, link, hops).reason

    lookalike = ScoredLink("http://www.a.gov.cn/x.html", "政府信息公开工作年度报告", 0, LinkKind.SKIP)
    assert reason(lookalike) == Reason.SKIP
    assert reason(link, hops=2) == Reason.TOO_DEEP
    attachment = ScoredLink("http://www.a.gov.cn/r.pdf", "报告", 95, LinkKind.ATTACHMENT)
    assert reason(attachment, hops=5) != Reason.TOO_DEEP
    claimed = ScoredLink("http://www.a.gov.cn/xqxx/other/a.html", "x", 60, LinkKind.COLUMN)
    assert reason(claimed) == Reason.OTHER_SITE
    assert reason(ScoredLink("http://www.b.gov.cn/a.html", "x", 60, LinkKind.COLUMN)) == Reason.OFFSITE
    assert reason(link) == Reason.STRONG_LINK
    assert reason(link) == Reason.SEEN
    # The same page linked by the other scheme: one page, fetched once.
    assert reason(ScoredLink("https://www.a.gov.cn/zwgk/", "政务公开", 60, LinkKind.COLUMN)) == Reason.SEEN
    variants = [ScoredLink(f"http://www.a.gov.cn/list?id={n}", "x", 60, LinkKind.COLUMN) for n in range(3)]
    assert [reason(v) for v in variants] == [Reason.STRONG_LINK, Reason.STRONG_LINK, Reason.TRAP]
    # A report's link is not crowded out by the news items of its path, nor are reports endless.
    reports = [ScoredLink(f"http://www.a.gov.cn/list?id=r{n}", "2023年法治政府建设情况报告", 100,
                          LinkKind.REPORT) for n in range(3)]
    assert [reason(r) for r in reports] == [Reason.STRONG_LINK, Reason.STRONG_LINK, Reason.TRAP]
    page = ScoredLink("http://www.a.gov.cn/zwgk/index_70.html", "下一页", 60, LinkKind.PAGE)
    assert policy.follow(site, page, 0, page_number=61).reason == Reason.LIST_TOO_LONG


def test_the_budget_refuses_requests_and_ends_the_site_as_budget():
    site, policy = make_site(max_pages=1), make_policy()
    links = [ScoredLink(f"http://www.a.gov.cn/c{n}/", "法治政府建设", 90, LinkKind.COLUMN) for n in range(2)]
    assert [policy.follow(site, link, 0).reason for link in links] == [Reason.STRONG_LINK, Reason.BUDGET]
    assert policy.settle(site) == ([], EndReason.BUDGET)


def test_an_article_lends_its_fields_to_its_attachment_not_its_html():
    site, policy = make_site(), make_policy()
    url = "http://www.a.gov.cn/art/2024/3/28/art_1_1.html"
    reading = reading_of(ARTICLE_PAGE, url, score=100, kind=LinkKind.REPORT)
    plan = policy.plan_page(site, CrawlContext("site", LinkKind.REPORT, 100, 2), url, reading)
    ctx = next(d.fetch.ctx for d in plan.decisions if d.fetch)
    assert ctx.kind == LinkKind.ATTACHMENT and ctx.via_url == url
    assert ctx.via_fields.title == "某某县2023年法治政府建设工作报告"
    assert str(ctx.via_fields.publish_date) == "2024-03-28"
    assert plan.role == PageRole.CANDIDATE
    # What travels with the request and into JOBDIR queues is small and picklable.
    assert len(pickle.dumps(ctx)) < len(ARTICLE_PAGE.encode("utf-8"))
    assert pickle.loads(pickle.dumps(ctx)) == ctx


def test_a_home_page_widens_the_scope_to_linked_gov_hosts():
    site, policy = make_site(), make_policy()
    reading = reading_of(HOME_PAGE, HOME)
    plan = policy.plan_page(site, CrawlContext("site", LinkKind.HOME, 90, 0), HOME, reading)
    assert plan.hosts_added == 1 and site.in_scope("http://xxgk.shi.gov.cn/a/fdzdgknr/")
    assert plan.role == PageRole.HOME
    assert "http://www.a.gov.cn/zwgk/fzzfjs/" in fetched(plan.decisions)
    assert not any("search" in url for url in fetched(plan.decisions))


def test_known_pages_get_conditional_headers_and_dead_ends_are_skipped():
    nav = "http://www.a.gov.cn/zwgk/"
    leaf = "http://www.a.gov.cn/xw/1.html"
    history = FakeHistory({
        nav: PageRecord(nav, PageRole.NAVIGATION, 200, '"e1"', "Mon, 01 Jan 2024 00:00:00 GMT",
                        (StoredLink("http://www.a.gov.cn/zwgk/a.html", 60, "column", "法治", None),), None),
        leaf: PageRecord(leaf, PageRole.LEAF, 200, None, None, (), None),
    }, completed=True)
    policy, site = make_policy(history), make_site()
    policy.sites_with_history = {site.site.key}
    policy.open_site(site, resumed=False)
    assert site.recrawl
    decision = policy.follow(site, ScoredLink(nav, "政务公开", 60, LinkKind.COLUMN), 0)
    assert dict(decision.fetch.headers) == {"If-None-Match": '"e1"',
                                            "If-Modified-Since": "Mon, 01 Jan 2024 00:00:00 GMT"}
    assert decision.fetch.ctx.known.role == PageRole.NAVIGATION
    assert policy.follow(site, ScoredLink(leaf, "新闻", 60, LinkKind.OTHER), 0).reason == Reason.KNOWN_LEAF
    # A 304 replays the stored links, not the pager.
    replayed = policy.replay(site, decision.fetch.ctx)
    assert fetched(replayed.decisions) == ["http://www.a.gov.cn/zwgk/a.html"]


def test_an_unfinished_last_crawl_means_lists_are_read_in_full_again():
    nav = "http://www.a.gov.cn/zwgk/"
    history = FakeHistory({nav: PageRecord(nav, PageRole.NAVIGATION, 200, '"e1"', None, (), None)},
                          completed=False)
    policy, site = make_policy(history), make_site()
    policy.sites_with_history = {site.site.key}
    policy.open_site(site, resumed=False)
    decision = policy.follow(site, ScoredLink(nav, "政务公开", 60, LinkKind.COLUMN), 0)
    assert decision.fetch.headers == () and decision.fetch.ctx.known is None


def test_a_recrawl_checks_the_known_reports_first():
    report = "http://www.a.gov.cn/art/2024/3/28/art_1_1.html"
    policy, site = make_policy(FakeHistory(completed=True, reports=[report])), make_site()
    decisions = policy.open_site(site, resumed=False)
    assert [(d.reason, d.fetch.url, d.fetch.ctx.score) for d in decisions] == [
        (Reason.HOME, HOME, 90), (Reason.KNOWN_REPORT, report, 95)]


def test_a_posted_list_page_keeps_its_form_and_is_told_apart_by_it():
    site, policy = make_site(), make_policy()
    url = "http://www.a.gov.cn/module/web/jpage/dataproxy.jsp"
    first = PageRequest(url, "POST", (("col", "1"), ("startrecord", "1")), page_number=1)
    second = PageRequest(url, "POST", (("col", "1"), ("startrecord", "16")), page_number=2)
    decisions = [policy.list_page(site, request, 90, 1, "法治政府建设") for request in (first, second)]
    assert [d.fetch.method for d in decisions] == ["POST", "POST"]
    assert decisions[1].fetch.ctx.form == (("col", "1"), ("startrecord", "16"))
    assert policy.list_page(site, first, 90, 1, None).reason == Reason.SEEN


def test_the_first_page_of_a_weak_columns_list_api_is_fetched_and_later_pages_wait():
    site, policy = make_site(), make_policy()
    url = "https://www.a.gov.cn/site/label/8888"
    first = PageRequest(url, "POST", (("catId", "6719021"), ("pageIndex", "1")), page_number=1, kind="api")
    second = PageRequest(url, "POST", (("catId", "6719021"), ("pageIndex", "2")), page_number=2, kind="api")
    # A column named 计划总结 is weakly relevant: its list's first page is still its content.
    assert policy.list_page(site, first, 20, 1, "计划总结").action == Action.FETCH
    assert policy.list_page(site, second, 20, 1, "计划总结").action == Action.RESERVE


def test_a_list_api_is_asked_as_a_script_asks_with_x_requested_with():
    # Some list APIs answer 403 to a request without jQuery's header (`isAjax()` guards).
    site, policy = make_site(), make_policy()
    api = PageRequest("http://www.a.gov.cn/index.php/api/article/lists?cid=7&page=1", kind="api")
    listed = PageRequest("http://www.a.gov.cn/tzgg/index_1.html", page_number=2)
    fetches = [policy.list_page(site, request, 90, 1, "通知公告").fetch for request in (api, listed)]
    headers = {fetch.url: make_request(fetch, None, None, 1 << 20).headers for fetch in fetches}
    assert headers[api.url].get("X-Requested-With") == b"XMLHttpRequest"
    assert "X-Requested-With" not in headers[listed.url]
    # A CSRF token the asking page hands its script goes with the first page and the next.
    token = (("X-CSRF-TOKEN", "48b41caf"),)
    asked = PageRequest(f"{api.url}&t=1", kind="api", headers=token)
    first = policy.list_page(site, asked, 90, 1, None).fetch
    second = PageRequest(f"{api.url}&t=2", kind="api", page_number=2)
    following = policy.list_page(site, second, 90, 1, None, first.ctx.script_headers).fetch
    for fetch in (first, following):
        assert make_request(fetch, None, None, 1 << 20).headers.get("X-CSRF-TOKEN") == b"48b41caf"


def test_sites_end_by_sitemap_then_done():
    site, policy = make_site(), make_policy()
    site.sitemaps.append("http://www.a.gov.cn/sitemap.xml")
    decisions, end = policy.settle(site)
    assert end is None and decisions[0].reason == Reason.SITEMAP
    assert decisions[0].fetch.ctx.kind == LinkKind.SITEMAP
    listed = policy.sitemap_links(site, ["http://www.a.gov.cn/art/1.html", "http://www.b.gov.cn/x.html",
                                         "http://www.a.gov.cn/sitemap2.xml"])
    assert [d.action for d in listed] == [Action.RESERVE]
    assert site.sitemaps == ["http://www.a.gov.cn/sitemap2.xml"]


def test_page_roles():
    found = [ScoredLink("http://www.a.gov.cn/a.html", "x", 5, LinkKind.OTHER)]
    article = CrawlContext("site", LinkKind.OTHER, 5, 3)
    assert page_role(article, False, found, paged=False) == PageRole.LEAF
    assert page_role(article, True, found, paged=False) == PageRole.CANDIDATE
    assert page_role(article, False, found, paged=True) == PageRole.NAVIGATION
    assert page_role(column_ctx(), False, [], paged=False) == PageRole.NAVIGATION


def test_conditional_headers():
    assert conditional_headers(None) == ()
    known = PageRecord("u", PageRole.HOME, 200, None, "Tue, 02 Jan 2024 00:00:00 GMT", (), None)
    assert conditional_headers(known) == (("If-Modified-Since", "Tue, 02 Jan 2024 00:00:00 GMT"),)


def test_articles_of_one_shape_take_their_share_and_no_more():
    site, policy = make_site(max_pages_per_shape=3), make_policy()
    chain = [ScoredLink(f"http://www.a.gov.cn/xgwz/{n}.html", "相关文章", 60, LinkKind.OTHER)
             for n in (11, 2345, 678901, 42)]
    reasons = [policy.follow(site, link, 1).reason for link in chain]
    assert reasons == [Reason.STRONG_LINK] * 3 + [Reason.SHAPE_SHARE]
    # Reports, attachments and strong columns of that shape are not counted.
    report = ScoredLink("http://www.a.gov.cn/xgwz/7.html", "某某县2023年法治政府建设工作报告", 100,
                        LinkKind.REPORT)
    column = ScoredLink("http://www.a.gov.cn/xgwz/8.html", "法治政府建设", 90, LinkKind.COLUMN)
    assert [policy.follow(site, link, 1).reason for link in (report, column)] == [Reason.STRONG_LINK] * 2
    # A print view with a rotating parameter has one shape too; sitemap entries are exempt.
    prints = [ScoredLink(f"http://www.a.gov.cn/print.jsp?id=1&t={n}", "打印", 5, LinkKind.OTHER)
              for n in range(5)]
    assert [d.action for d in (policy.follow(site, link, 1) for link in prints)].count(Action.RESERVE) == 5
    released, _ = policy.settle(site)
    for _ in range(4):
        released += policy.settle(site)[0]
    assert len(released) == 3
    listed = policy.sitemap_links(site, [f"http://www.a.gov.cn/xgwz/9{n}.html" for n in range(5)])
    assert {d.action for d in listed} == {Action.RESERVE}


def test_a_calendar_by_path_is_capped_like_one_by_query():
    site, policy = make_site(max_calendar_variants=2), make_policy()
    months = [ScoredLink(f"http://www.a.gov.cn/zwrl/2024-0{n}.html", "下月", 60, LinkKind.COLUMN)
              for n in range(1, 5)]
    assert [policy.follow(site, link, 1).reason for link in months] == [
        Reason.STRONG_LINK, Reason.STRONG_LINK, Reason.TRAP, Reason.TRAP]
    article = ScoredLink("http://www.a.gov.cn/zwgk/202403/t20240305_1.html", "x", 60, LinkKind.COLUMN)
    assert policy.follow(site, article, 1).reason == Reason.STRONG_LINK


def test_url_shapes_mask_numbers_and_dates():
    from crawler.discovery.urls import url_shape

    assert url_shape("http://www.a.gov.cn/xgwz/24218056.html") == url_shape("http://www.a.gov.cn/xgwz/7.html")
    assert url_shape("http://www.a.gov.cn/zwrl/2024-03.html") == url_shape("http://www.a.gov.cn/zwrl/2023-12.html")
    assert url_shape("http://www.a.gov.cn/print.jsp?t=1") == url_shape("http://www.a.gov.cn/print.jsp?t=2")
    assert url_shape("http://www.a.gov.cn/xwzx/a.html") != url_shape("http://www.a.gov.cn/zwgk/a.html")


def test_column_like_links_to_numbered_pages_count_as_articles():
    site, policy = make_site(max_pages_per_shape=2), make_policy()
    numbered = [ScoredLink(f"http://www.a.gov.cn/content/relate.jsp?infoid={n}", "我县召开专题会议", 25,
                           LinkKind.COLUMN) for n in (83209431, 83209432, 83209433)]
    assert [policy.follow(site, link, 1).reason for link in numbered] == [
        Reason.STRONG_LINK, Reason.STRONG_LINK, Reason.SHAPE_SHARE]
    columns = [ScoredLink(f"http://www.a.gov.cn/col/col{n}/index.html", "栏目", 60, LinkKind.COLUMN)
               for n in (1229001, 1229002, 1229003)]
    assert {policy.follow(site, link, 1).reason for link in columns} == {Reason.STRONG_LINK}


def test_the_tree_of_columns_comes_before_articles_and_a_cut_tree_ends_partial():
    site, policy = make_site(fallback_pages=1, max_pages_per_shape=2), make_policy()
    article = ScoredLink("http://www.a.gov.cn/xw/t20240301_1.html", "新闻", 5, LinkKind.OTHER)
    policy.follow(site, article, 1)
    for n in range(3):
        policy.follow(site, ScoredLink(f"http://www.a.gov.cn/zwgk/c{n}/", "栏目", 12, LinkKind.COLUMN), 1)
    released, end = policy.settle(site)
    # Columns first and outside the fallback budget; the article has that budget to itself.
    assert [d.fetch.ctx.kind for d in released] == [LinkKind.COLUMN] * 2 + [LinkKind.OTHER]
    assert end is None and site.columns_cut == 1
    for _ in released:
        _, end = policy.settle(site)
    assert end == EndReason.PARTIAL


# --- a site's candidate home pages ---

ALT = "http://www.b.gov.cn/"


def _home_page(title: str, code: str | None) -> str:
    meta = f'<meta name="SiteIDCode" content="{code}">' if code else ""
    return HOME_PAGE.replace("<title>某某县人民政府</title>", f"<title>{title}</title>{meta}")


def _candidates_site(registry=None, alt_url: str = ALT, adcode: str = "130133"):
    from crawler.homes import SiteRegistry
    from vocabulary.regions import Gazetteer

    site = SiteCrawl(Seed(name="赵县", url=HOME, level="county", adcode=adcode, alt_url=alt_url),
                     CrawlLimits())
    registry = registry or SiteRegistry(Gazetteer())
    policy = CrawlPolicy(SiteClaims(), FakeHistory(), set(), 2015, registry)
    return site, policy


def _answer(policy, site, url: str, html: str):
    from crawler.homes import HomeAnswer

    ctx = CrawlContext(site.site.key, LinkKind.HOME, 90, 0, home_of=url)
    reading = reading_of(html, url)
    policy.answer_home(site, ctx, HomeAnswer(url, (), _code(html), reading.title))
    return policy.plan_page(site, ctx, url, reading)


def _code(html: str) -> str | None:
    import re

    found = re.search(r'SiteIDCode" content="(\w+)', html)
    return found.group(1) if found else None


def test_two_candidates_are_both_asked_and_the_confirmed_one_is_crawled():
    site, policy = _candidates_site()
    assert fetched(policy.open_site(site, resumed=False)) == [HOME, ALT]
    # The seed URL shows another unit's code: held, nothing followed, while the other answers.
    plan = _answer(policy, site, HOME, _home_page("某县人民政府", "1301290001"))
    assert plan.decisions == [] and site.homes.chosen is None
    plan = _answer(policy, site, ALT, _home_page("赵县人民政府", "1301330001"))
    assert site.homes.chosen.url == ALT and site.final_url == ALT
    assert "http://www.b.gov.cn/zwgk/fzzfjs/" in fetched(plan.decisions)
    assert not any(url.startswith(HOME) for url in fetched(plan.decisions))
    assert site.in_scope(ALT + "x.html") and site.site_id_code == "1301330001"
    records = {row["url"]: row for row in site.homes.records(site.site.key)}
    assert records[HOME]["verdict"] == "contradicted" and records[HOME]["chosen"] == 0
    assert records[ALT]["verdict"] == "confirmed" and records[ALT]["chosen"] == 1


def test_a_confirmed_second_candidate_waits_for_the_first_then_is_crawled_from_where_it_was_held():
    site, policy = _candidates_site()
    policy.open_site(site, resumed=False)
    plan = _answer(policy, site, ALT, _home_page("赵县人民政府", "1301330001"))
    assert plan.decisions == [] and site.homes.chosen is None
    decisions = policy.home_failed(site, CrawlContext(site.site.key, LinkKind.HOME, 90, 0,
                                                      home_of=HOME), "timeout")
    assert site.homes.chosen.url == ALT and site.home_failed is None
    assert "http://www.b.gov.cn/zwgk/fzzfjs/" in fetched(decisions)


def test_a_title_confirms_a_site_that_shows_no_code_and_the_first_candidate_wins_ties():
    site, policy = _candidates_site()
    policy.open_site(site, resumed=False)
    plan = _answer(policy, site, HOME, _home_page("赵县人民政府", None))
    assert site.homes.chosen.url == HOME and "http://www.a.gov.cn/zwgk/fzzfjs/" in fetched(plan.decisions)
    # The other candidate's page, when it comes, leads nowhere.
    assert _answer(policy, site, ALT, _home_page("赵县人民政府", "1301330001")).decisions == []


def test_a_dead_host_is_tried_at_the_registrys_url_and_a_slow_one_is_not():
    from crawler.homes import SiteRegistry
    from vocabulary.regions import Gazetteer

    registry = SiteRegistry(Gazetteer(), {"130133": ["http://www.c.gov.cn/"]})
    site, policy = _candidates_site(registry, alt_url="")
    assert fetched(policy.open_site(site, resumed=False)) == [HOME]
    home_ctx = CrawlContext(site.site.key, LinkKind.HOME, 90, 0, home_of=HOME)
    # The fallbacks: the registry's URL, and the seed's host without `www.`.
    assert fetched(policy.home_failed(site, home_ctx, "dns")) == ["http://www.c.gov.cn/", "http://a.gov.cn/"]
    assert site.home_failed is None
    assert _answer(policy, site, "http://www.c.gov.cn/", _home_page("县政府", None)).decisions == []
    twin_ctx = CrawlContext(site.site.key, LinkKind.HOME, 90, 0, home_of="http://a.gov.cn/")
    assert policy.home_failed(site, twin_ctx, "dns")  # the last answer: the choice is made
    assert site.homes.chosen.url == "http://www.c.gov.cn/"

    site, policy = _candidates_site(registry, alt_url="")
    policy.open_site(site, resumed=False)
    assert policy.home_failed(site, home_ctx, "timeout") == []
    assert site.home_failed == EndReason.UNREACHABLE


def test_a_site_that_moved_starts_where_its_last_crawl_ended():
    from crawler.homes import Origin, SiteRegistry
    from vocabulary.regions import Gazetteer

    choice = SiteRegistry(Gazetteer()).home_choice(Seed("赵县", HOME), "https://www.new.gov.cn/index.html")
    assert [(c.url, c.origin, c.fallback) for c in choice.candidates] == [
        ("https://www.new.gov.cn/index.html", Origin.MOVED, False), (HOME, Origin.SEED, True),
        ("http://a.gov.cn/", Origin.HOST_FORM, True)]
    # On the same registrable domain (http to https), the seed URL stays the start.
    choice = SiteRegistry(Gazetteer()).home_choice(Seed("赵县", HOME), "https://www.a.gov.cn/")
    assert [c.url for c in choice.candidates if not c.fallback] == [HOME] and not choice.several


def test_a_host_that_a_proxy_calls_dead_is_tried_on_its_other_host_form():
    from crawler.homes import SiteRegistry
    from vocabulary.regions import Gazetteer

    site, policy = _candidates_site(SiteRegistry(Gazetteer()), alt_url="")
    assert fetched(policy.open_site(site, resumed=False)) == [HOME]
    home_ctx = CrawlContext(site.site.key, LinkKind.HOME, 90, 0, home_of=HOME)
    (guess,) = policy.home_failed(site, home_ctx, "http_502")
    assert guess.fetch.url == "http://a.gov.cn/" and guess.fetch.ctx.guess  # asked once, no retries
    plan = _answer(policy, site, "http://a.gov.cn/", _home_page("赵县人民政府", None))
    assert site.homes.chosen.url == "http://a.gov.cn/" and plan.decisions


def test_gone_pages_end_a_site_as_errors_only_when_a_list_failed_too():
    site = make_site()
    for _ in range(10):
        site.count_request()
    for _ in range(7):  # a re-crawl's stale report URLs and replayed article links
        site.count_error("http_404", LinkKind.REPORT)
    site.count_error("http_410", LinkKind.ATTACHMENT)
    assert site.end_reason(finished=True) == EndReason.DONE
    site.count_error("http_404", LinkKind.COLUMN)  # a column gone: the lists were not all read
    assert site.end_reason(finished=True) == EndReason.ERRORS
    other = make_site()
    for _ in range(10):
        other.count_request()
    for _ in range(6):
        other.count_error("timeout", LinkKind.REPORT)
    assert other.end_reason(finished=True) == EndReason.ERRORS


def test_a_site_saved_before_fields_were_added_resumes_with_their_defaults():
    crawl = SiteCrawl(Seed(name="甲县", url="http://www.jia.gov.cn/"), CrawlLimits(max_pages=10))
    crawl.seen.add("http://www.jia.gov.cn/zwgk/")
    saved = pickle.dumps(crawl)
    # As an older version pickled it: without the fields added since.
    older = SiteCrawl.__new__(SiteCrawl)
    older.__dict__.update({k: v for k, v in pickle.loads(saved).__dict__.items()
                           if k not in ("app_parts", "script_helpers")})
    resumed = pickle.loads(pickle.dumps(older))
    assert resumed.app_parts == [] and resumed.script_helpers == {}
    assert resumed.seen == {"http://www.jia.gov.cn/zwgk/"}


def test_a_site_with_a_report_link_takes_fewer_reserve_articles():
    site = make_site(fallback_pages=5, fallback_pages_after_report=1)
    assert site.fallback_budget == 5
    site.note_report_link("http://www.a.gov.cn/zwgk/fzzf/202403/t20240328_1.html")
    assert site.fallback_budget == 1
    policy = make_policy()
    for n in range(3):
        policy.follow(site, ScoredLink(f"http://www.a.gov.cn/xw/{n}.html", "新闻", 5, LinkKind.OTHER), hops=1)
    released, _ = policy.settle(site)
    assert len(released) == 1


def test_sitemap_urls_beside_a_report_link_are_read_whatever_the_article_budget():
    site, policy = make_site(fallback_pages=0, fallback_pages_after_report=0), make_policy()
    site.note_report_link("http://www.a.gov.cn/info/1006/59208.htm")
    decisions = policy.sitemap_links(site, ["http://www.a.gov.cn/info/1006/59222.htm",
                                            "http://www.a.gov.cn/xwdt/1001/7.htm"])
    assert {d.action for d in decisions} == {Action.RESERVE}
    released, _ = policy.settle(site)
    assert [d.fetch.url for d in released] == ["http://www.a.gov.cn/info/1006/59222.htm"]


def test_unknown_columns_wait_before_articles_even_articles_of_a_relevant_list():
    site, policy = make_site(fallback_pages=2), make_policy()
    # An item of a relevant list inherits more score than a column nobody named.
    item = ScoredLink("http://www.a.gov.cn/tzgg/t20240301_1.html", "关于做好春耕备耕工作的通知", 13,
                      LinkKind.OTHER, "2024-03-01")
    news = ScoredLink("http://www.a.gov.cn/col/col5230/index.html", "政务动态", 9, LinkKind.OTHER)
    lone = ScoredLink("http://www.a.gov.cn/x/banner.html", "", 12, LinkKind.OTHER)
    for link in (item, lone, news):
        policy.follow(site, link, 1)
    released, _ = policy.settle(site)
    # The news column first (it may list a report), then the others by score; all three are
    # weak and spend the fallback budget of two.
    assert fetched(released) == [news.url, item.url]


def test_a_token_call_two_columns_scripts_make_is_asked_for_each():
    site, policy = make_site(), make_policy()
    token = "http://www.a.gov.cn/rest/getOauthInfoAction/getNoUserAccessToken"
    decisions = []
    for column in ("tzgg", "fzzfjs"):
        pages = ScriptedList(("loadInfo(1);",), f"http://www.a.gov.cn/xxgk/{column}.html", "{}", "loadInfo",
                             (1,), 0)
        request = PageRequest(token, "POST", (), page_number=1, kind="api", scripted_list=pages)
        decisions.append(policy.list_page(site, request, 90, 1, column))
    assert [d.action for d in decisions] == [Action.FETCH, Action.FETCH]
    # Asked as the script asks: a POST, though nothing is in it.
    assert [make_request(d.fetch, None, None, 1 << 20).method for d in decisions] == ["POST", "POST"]


def test_a_script_s_body_is_sent_as_json_or_as_the_text_it_is():
    site, policy = make_site(), make_policy()
    types = []
    for body in ('{"pageNo": 1}', "callCount=1\nc0-scriptName=List\nc0-param0=number:1\n"):
        pages = ScriptedList(("show(1);",), "http://www.a.gov.cn/xxgk/tzgg.html", "{}", "show", (1,), 0)
        request = PageRequest(f"http://www.a.gov.cn/api/{len(body)}", "POST", (), page_number=1, kind="api",
                              body=body, scripted_list=pages)
        decision = policy.list_page(site, request, 90, 1, "tzgg")
        sent = make_request(decision.fetch, None, None, 1 << 20)
        types.append((sent.headers.get("Content-Type"), sent.body.decode()))
    # A DWR plaincall's lines go as text/plain, unchanged (a form encoding would break them).
    assert types == [(b"application/json;charset=UTF-8", '{"pageNo": 1}'),
                     (b"text/plain;charset=UTF-8", "callCount=1\nc0-scriptName=List\nc0-param0=number:1\n")]


def test_a_list_api_the_site_s_script_asks_on_its_city_s_government_host_is_the_site_s():
    claims = SiteClaims()
    claims.claim("https://www.city.gov.cn/", "city")
    site, policy = make_site(), make_policy(claims=claims)
    pages = ScriptedList(("getList(1);",), f"{HOME}zwgk/tzgg/", "{}", "getList", (1,), 0)
    shared = PageRequest("https://www.city.gov.cn/irs/front/list?siteId=512002&page=1", kind="api",
                         scripted_list=pages)
    assert policy.list_page(site, shared, 90, 1, "tzgg").action == Action.FETCH
    # Only a script's request, only to a government host, and the host does not join the scope.
    assert not site.in_scope("https://www.city.gov.cn/zwgk/")
    column = ScoredLink("https://www.city.gov.cn/zwgk/", "政务公开", 80, LinkKind.COLUMN)
    assert policy.follow(site, column, 1).action != Action.FETCH
    api = PageRequest("https://api.example.com/list?page=1", kind="api", scripted_list=pages)
    assert policy.list_page(site, api, 90, 1, "tzgg").action != Action.FETCH
