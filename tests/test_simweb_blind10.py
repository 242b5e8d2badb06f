"""Checks of the simulated web's ``blind10`` profile itself (never of the crawler).

The blind10 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the web's own list mechanisms (the
ThinkPHP action POSTed ``type`` and ``p``, the Struts2 list action of the single-page site) are
exactly those a walker without them misses, that each mechanism answers as its evidence says
(ThinkPHP ``?s=`` routes and their PATHINFO twins, XunRuiCMS query routes in any order, the JSON
``content`` table, the single-page shells without text and the by-id action with it), that the
not-findable reports are the scan and the ``.doc``, that its traps never end, and that every
findable report is reachable from the seed rows by following the sites' own links, scripts and
APIs (the walker in ``simweb.blind10.reach`` understands each mechanism).
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode, urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import finite_traps, unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind9.reach import Walker as Blind9Walker
from simweb.blind10.reach import Walker
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.ldxzf.gov.cn"}
PORTAL = "www.longnan.gov.cn"
# the mechanisms each site's reports exercise, and the look-alike kinds the web must hold
SITE_KINDS = {
    "安定区": ("gansu_trs", "later_list_page"),
    "通渭县": ("gbk_table_list", "doc_needs_reader"),
    "东乡族自治县": ("gansu_trs", "scan_needs_ocr"),
    "陇西县": ("gansu_trs", "higher_repost"),
    "成县": ("thinkphp_s_route",),
    "武都区": ("xunrui_query_route",),
    "临洮县": ("post_json_table_content", "api_later_page"),
    "康乐县": ("struts_rows_json", "spa_action_body"),
    "两当县": ("unseeded_county_via_prefecture_list",),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the reports only the blind10 list mechanisms reach
HIDDEN = {"临洮县-2023", "临洮县-2021", "康乐县-2024", "康乐县-2022"}
# the reports only an API names: no HTML page links them at all
NO_HTML_LINK = HIDDEN
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind10")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    return Walker(web).request(url, method, body, headers)[1]


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    """The report's URL without scheme and host (path and query)."""
    p = urlsplit(report(web, key)["preferred_url"])
    return p.path + (f"?{p.query}" if p.query else "")


def test_profile_figures(web):
    """Registered; within the brief's bounds; hosts new; deterministic; truth consistent with
    the mechanisms and look-alike kinds listed above; texts distinct; the not-findable reports
    are the scan and the ``.doc``, served as such."""
    assert "blind10" in PROFILES and web.truth["profile"] == "blind10"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind10")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind10")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}


def test_mechanisms_hide_their_reports(web):
    """A walker that knows every earlier blind web's mechanisms but none of blind10's misses
    exactly the reports listed in ``HIDDEN``; no HTML page links them, and no HTML page outside
    the 陇南 portal links the unseeded county."""
    reached = Blind9Walker(web).run()
    missed = {
        r["key"] for r in blind_reach.county_reports(web) if not {c["url"] for c in r["copies"]} & reached
    }
    assert missed == HIDDEN
    hrefs, outside = set(), set()
    for (host, _path, _q), res in web.resources.items():
        if res.ctype.startswith("text/html"):
            links = HREF.findall(res.body.decode("gbk" if "GBK" in res.ctype.upper() else "utf-8", "replace"))
            for h in links:
                p = urlsplit(h.replace("&amp;", "&"))
                hrefs |= {p.path, p.path + (f"?{p.query}" if p.query else "")}
            if host not in UNSEEDED and host != PORTAL:
                outside |= {urlsplit(h).hostname for h in links}
    for key in NO_HTML_LINK:
        assert path_of(web, key) not in hrefs, key
    assert not UNSEEDED & outside


def test_thinkphp_routes(web):
    """成县: list pages and articles are ``?s=`` routes; the 2022 report is on page 3 of 通知公告
    (ThinkPHP pager with 下一页 and 尾页); the PATHINFO twin and the percent-encoded route answer
    the same page (the truth lists all three spellings of each report's URL); an unknown route
    answers ThinkPHP's error page with 404."""
    base = "http://www.gscx.gov.cn/index.php"
    p3 = ask(web, base + "?s=/List/index/cid/12/p/3.html").body.decode()
    assert path_of(web, "成县-2022") in p3.replace("&amp;", "&") and "条记录 3/" in p3 and "下一页" in p3
    assert ask(web, base + "/List/index/cid/12/p/3.html").body.decode() == p3
    assert ask(web, base + "?s=%2FList%2Findex%2Fcid%2F12%2Fp%2F3.html").body.decode() == p3
    assert path_of(web, "成县-2022") not in ask(web, base + "?s=/List/index/cid/12.html").body.decode()
    art = ask(web, "http://www.gscx.gov.cn" + path_of(web, "成县-2024")).body.decode()
    assert report(web, "成县-2024")["title"] in art
    res = ask(web, base + "?s=/List/index/cid/999.html")
    assert res.status == 404 and "页面错误" in res.body.decode()


def test_xunrui_routes(web):
    """武都: category pages by ``id`` and ``page``, parameters in any order; the 2021 report on
    page 2 of 其他法定公开信息; an unknown article id answers 404."""
    base = "http://www.gslnwd.gov.cn/index.php?"
    p2 = ask(web, base + "s=news&c=category&id=41&page=2").body.decode()
    assert path_of(web, "武都区-2021") in p2.replace("&amp;", "&") and "尾页" in p2
    assert ask(web, base + "page=2&id=41&c=category&s=news").body.decode() == p2
    art = ask(web, "http://www.gslnwd.gov.cn" + path_of(web, "武都区-2023")).body.decode()
    assert report(web, "武都区-2023")["title"] in art
    assert ask(web, base + "s=news&c=show&id=1").status == 404


def test_post_json_table(web):
    """临洮: the column page is an empty table; GET of the action is refused; a POST of ``type``
    and ``p`` answers JSON whose ``content`` table has the header first and the 共N条 line last;
    the 2023 report is on page 2 of type 31."""
    shell = web.resources[
        ("www.lintao.gov.cn", "/index.php/home/Index/newslist/type/31.html", "")
    ].body.decode()
    assert '<table id="newsTable" class="table"></table>' in shell and "var type = 31;" in shell
    api = "http://www.lintao.gov.cn/index.php/home/Index/getnewslist/"
    assert json.loads(ask(web, api + "?type=31&p=2").body)["status"] == 0

    def content(p: int) -> str:
        res = ask(
            web,
            api,
            "POST",
            urlencode({"type": 31, "p": p}).encode(),
            {"Content-Type": "application/x-www-form-urlencoded"},
        )
        return json.loads(res.body)["content"]

    one, two = content(1), content(2)
    rows = two.split("<tr>")[1:]
    assert rows[0].startswith("<th>") and "共" in rows[-1] and one.count("<tr>") == 17
    assert path_of(web, "临洮县-2023") in two and path_of(web, "临洮县-2023") not in one
    assert content(99).count("<tr>") == 2


def test_struts_spa(web):
    """康乐: every ``/content`` URL answers the same shell without the text; the list action
    pages by ``page``/``rows`` (the 2024 report's id on page 2 of type 5); the by-id action
    holds the text; the walker fetches it the way the shell does."""
    url = report(web, "康乐县-2024")["preferred_url"]
    shell = ask(web, url).body.decode()
    assert shell == ask(web, "https://www.gskanglexian.gov.cn/content?id=1&newType=5").body.decode()
    assert "法治政府建设情况" not in shell.split('id="app"', 1)[1]
    doc = int(dict(p.split("=") for p in urlsplit(url).query.split("&"))["id"])
    act = "https://www.gskanglexian.gov.cn/publicResourceAction!eachJsonQuery"

    def ids(p: int) -> list[int]:
        q = urlencode({"newManage.newType": 5, "page": p, "rows": 15})
        data = json.loads(ask(web, f"{act}AllNewManageList.action?{q}").body)
        assert data["result"] == "success" and data["total"] > 15
        return [r["newManageId"] for r in data["rows"]]

    assert doc not in ids(1) and doc in ids(2)
    one = json.loads(ask(web, f"{act}NewManageById.action?newManage.newManageId={doc}").body)["newManage"]
    assert one["title"] == report(web, "康乐县-2024")["title"] and len(one["content"]) > 1500
    walker = Walker(web)
    walker.run()
    assert report(web, "康乐县-2022")["preferred_url"] in walker.details


def test_every_report_reachable(web):
    """Every truth URL (reports, look-alikes) is reached from the seed rows, the unseeded county
    only through the portal, and no trap is entered."""
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {"date_archive": "rqll.jsp?date=2024-03-01", "echo_search": "search?searchword=%E6%B3%95"}
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert blind_reach.unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
