"""Checks of the simulated web's ``blind24`` profile itself (never of the crawler).

The blind24 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the 西藏 platform's script pager are
exactly those a walker without it misses, that the ``.thtml`` pages and the 广东 ``gkmlpt`` API
answer as the evidence shows, that the not-findable reports are the scan and the ``.doc``, that
its traps never end, and that every findable report is reachable from the seed rows by following
the sites' own links, scripts and APIs (the walker in ``simweb.blind24.reach`` understands each
mechanism).
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import finite_traps, unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind23.reach import Walker as Blind23Walker
from simweb.blind24.reach import Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"mangkang.changdu.gov.cn"}
PORTAL = "www.changdu.gov.cn"
# the mechanisms each site's reports exercise, and the look-alike kinds the web must hold
SITE_KINDS = {
    "城关区": ("xz_platform", "later_list_page"),
    "堆龙德庆区": ("xz_platform", "pdf_attachment"),
    "卡若区": ("changdu_platform", "later_list_page"),
    "左贡县": ("changdu_platform", "pdf_attachment"),
    "定日县": ("thtml_id", "later_list_page"),
    "乳源瑶族自治县": ("gd_platform", "gkmlpt_api"),
    "南雄市": ("gkmlpt_api", "higher_repost"),
    "仁化县": ("gd_platform", "pdf_attachment"),
    "雷州市": ("gkmlpt_api", "later_list_page"),
    "遂溪县": ("gkmlpt_api", "doc_needs_reader"),
    "赤坎区": ("gd_platform", "scan_needs_ocr"),
    "芒康县": ("unseeded_county_via_prefecture_list",),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the reports only the 西藏 platform's six-argument createPageHTML pager reaches
HIDDEN = {"城关区-2024", "卡若区-2023", "左贡县-2020"}
# the reports no HTML page links with an href (only the gkmlpt API names them)
NO_HTML_LINK = {"乳源瑶族自治县-2022", "南雄市-2023", "雷州市-2023", "遂溪县-2023"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind24")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    """One answer of the web, no redirect followed."""
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    """The report's URL without scheme and host (path and query)."""
    p = urlsplit(report(web, key)["preferred_url"])
    return p.path + (f"?{p.query}" if p.query else "")


def test_profile_figures(web):
    """Registered; within the brief's bounds; hosts new; deterministic; truth consistent with
    the mechanisms and look-alike kinds listed above; the not-findable reports are the scan and
    the ``.doc``, served as such."""
    assert "blind24" in PROFILES and web.truth["profile"] == "blind24"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind24")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind24")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"西藏自治区", "广东省"}
    assert {row["name"] for row in web.rows} >= {"城关区", "赤坎区", "昌都市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)


def test_mechanisms_hide_their_reports(web):
    """A walker that knows every earlier blind web's mechanisms but not the 西藏 platform's
    pager misses exactly the reports listed in ``HIDDEN``; no HTML page links those in
    ``NO_HTML_LINK`` with an href, and no HTML page outside the 昌都 portal links 芒康县."""
    reached = Blind23Walker(web).run()
    missed = {
        r["key"] for r in blind_reach.county_reports(web) if not {c["url"] for c in r["copies"]} & reached
    }
    assert missed == HIDDEN
    hrefs, outside = set(), set()
    for (host, _path, _q), res in web.resources.items():
        if res.ctype.startswith("text/html"):
            text = res.body.decode("gbk" if "GBK" in res.ctype.upper() else "utf-8", "replace")
            links = HREF.findall(text)
            for h in links:
                p = urlsplit(h.replace("&amp;", "&"))
                hrefs |= {p.path, p.path + (f"?{p.query}" if p.query else "")}
            if host not in UNSEEDED and host != PORTAL:
                outside |= {urlsplit(h).hostname for h in links}
    for key in NO_HTML_LINK:
        assert path_of(web, key) not in hrefs, key
    assert not UNSEEDED & outside


def test_xizang_script_pager(web):
    """城关区 and 卡若区: list pages name no later page in an ``<a>``, only the six-argument
    ``createPageHTML('page-div', …)`` call; the script the page loads writes ``<stem>_<n>.shtml``
    links; the hidden reports are on pages 3 and 2, in ``gknr_list`` rows on 信息公开 lists."""
    first = ask(web, "https://www.cgq.gov.cn/cgqrmzf/tzgg/tzgg.shtml").body.decode()
    assert "tzgg_2.shtml" not in first
    assert re.search(r"createPageHTML\('page-div', 3, 1, 'tzgg', 'shtml', \d+\);", first)
    js = ask(web, "https://www.cgq.gov.cn/common/js/createPage.js")
    assert js.status == 200 and '"_" + n + "." + ext' in js.body.decode()
    page3 = ask(web, "https://www.cgq.gov.cn/cgqrmzf/tzgg/tzgg_3.shtml").body.decode()
    assert f'href="{path_of(web, "城关区-2024")}"' in page3
    assert re.search(r"/cgqrmzf/tzgg/\d{6}/[0-9a-f]{32}\.shtml$", path_of(web, "城关区-2024"))
    kr = ask(web, "https://karuo.changdu.gov.cn/krq/c101758/zfxxgk_gknrz_2.shtml").body.decode()
    assert '<div class="gknr_list"><dl><dd>' in kr and f'href="{path_of(web, "卡若区-2023")}"' in kr
    assert ask(web, "https://karuo.changdu.gov.cn/krq/c101758/zfxxgk_gknrz_9.shtml").status == 404


def test_thtml_pages(web):
    """定日县: lists are ``public-policy.thtml?id=<column>``, later pages ``&pn=N`` in plain
    links; pages are GBK; the 2021 report is on page 2 of 通知公告, its article a ``.thtml?id=``
    page."""
    res = ask(web, "http://www.drx.gov.cn/public-policy.thtml?id=14305")
    assert "GBK" in res.ctype.upper()
    first = res.body.decode("gbk")
    assert "public-policy.thtml?id=14305&amp;pn=2" in first
    page2 = ask(web, "http://www.drx.gov.cn/public-policy.thtml?id=14305&pn=2").body.decode("gbk")
    assert path_of(web, "定日县-2021") in page2.replace("&amp;", "&")
    assert path_of(web, "定日县-2021").startswith("/public-policy-details.thtml?id=")


def test_gkmlpt_api(web):
    """雷州市: the catalogue page names the site id and columns only in ``window._CONFIG``; the
    API pages by 100; the 2023 report is on page 2; a wrong ``sid`` answers no articles; the
    article path is ``/gkmlpt/content/<a>/<id // 1000>/post_<id>.html``."""
    page = ask(web, "http://www.leizhou.gov.cn/gkmlpt/index").body.decode()
    assert '"SID": "757045"' in page and path_of(web, "雷州市-2023") not in page
    api = "http://www.leizhou.gov.cn/gkmlpt/api/all/1620?page={}&sid=757045"
    one = json.loads(ask(web, api.format(1)).body)
    two = json.loads(ask(web, api.format(2)).body)
    assert len(one["articles"]) == 100 and one["total"] > 100
    assert path_of(web, "雷州市-2023") in [urlsplit(a["url"]).path for a in two["articles"]]
    wrong = json.loads(ask(web, "http://www.leizhou.gov.cn/gkmlpt/api/all/1620?page=2&sid=1").body)
    assert wrong["articles"] == []
    m = re.fullmatch(r"/gkmlpt/content/(\d)/(\d+)/post_(\d+)\.html", path_of(web, "雷州市-2023"))
    assert m and int(m.group(2)) == int(m.group(3)) // 1000


def test_every_report_reachable(web):
    """Every truth URL (reports, look-alikes) is reached from the seed rows, the unseeded
    county only through the portal, and no trap is entered."""
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {"date_archive": "index.jsp?date=2024-03-01", "echo_search": "search?searchword=%E6%B3%95"}
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
