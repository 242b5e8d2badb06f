"""Checks of the simulated web's ``blind15`` profile itself (never of the crawler).

The blind15 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy (past the 云锁 check), that the reports behind the web's own
mechanisms (the 云锁 screen check, the ASP.NET page method, the art-template lists, the hidden
download form) are exactly those a walker without them misses, that each mechanism answers as
its evidence says, that the not-findable reports are the scan and the ``.doc``, that its traps
never end, and that every findable report is reachable from the seed rows by following the
sites' own links, scripts and APIs (the walker in ``simweb.blind15.reach`` understands each
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
from simweb.blind13.reach import Walker as Blind13Walker
from simweb.blind15.reach import SCREEN_HEX, Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.klq.gov.cn"}
PORTAL = "www.chifeng.gov.cn"
# the mechanisms each site's reports exercise, and the look-alike kinds the web must hold
SITE_KINDS = {
    "襄都区": ("hebei_trs", "later_list_page"),
    "任泽区": ("gbk_table_list", "doc_needs_reader"),
    "南和区": ("hebei_trs", "scan_needs_ocr"),
    "巴林左旗": ("nmg_trs", "higher_repost"),
    "宁晋县": ("yunsuo_screen_challenge", "later_list_page"),
    "隆尧县": ("aspnet_page_method_d", "api_later_page"),
    "克什克腾旗": ("art_template_list", "api_later_page"),
    "敖汉旗": ("post_form_download",),
    "喀喇沁旗": ("unseeded_county_via_prefecture_list",),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the reports only the blind15 mechanisms reach
HIDDEN = {
    "宁晋县-2024",
    "宁晋县-2022",
    "隆尧县-2024",
    "隆尧县-2022",
    "克什克腾旗-2023",
    "克什克腾旗-2021",
    "敖汉旗-2024",
}
# the reports no HTML page links with an href (a page method, a template, a form name them)
NO_HTML_LINK = {"隆尧县-2024", "隆尧县-2022", "克什克腾旗-2023", "克什克腾旗-2021", "敖汉旗-2024"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind15")


def raw(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    """One answer of the web, no cookies kept and no redirect followed."""
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


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
    assert "blind15" in PROFILES and web.truth["profile"] == "blind15"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind15")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind15")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"河北省", "内蒙古自治区"}


def test_mechanisms_hide_their_reports(web):
    """A walker that knows every earlier blind web's mechanisms but none of blind15's misses
    exactly the reports listed in ``HIDDEN``; no HTML page links with an href the reports in
    ``NO_HTML_LINK``, and no HTML page outside the 赤峰 portal links the unseeded banner."""
    reached = Blind13Walker(web).run()
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


def test_yunsuo_gate(web):
    """宁晋县: without cookies every page answers the ``YunSuoAutoJump()`` check and the session
    cookie; the verify URL with that cookie answers 302 to the ``srcurl`` page and the second
    cookie; with both cookies the report answers."""
    url = report(web, "宁晋县-2024")["preferred_url"]
    first = raw(web, url)
    assert first.status == 200 and b"YunSuoAutoJump()" in first.body and b"security_verify_data" in first.body
    sess = dict(first.headers)["Set-Cookie"].split(";", 1)[0]
    assert sess.startswith("yunsuo_session_verify=")
    assert b"YunSuoAutoJump()" in raw(web, "http://www.ningjin.gov.cn/", headers={"Cookie": sess}).body
    src = url.encode().hex()
    verify = raw(
        web,
        f"http://www.ningjin.gov.cn/?security_verify_data={SCREEN_HEX}",
        headers={"Cookie": f"{sess}; srcurl={src}"},
    )
    hdr = dict(verify.headers)
    assert verify.status == 302 and hdr["Location"] == url
    mid = hdr["Set-Cookie"].split(";", 1)[0]
    assert mid.startswith("security_session_mid_verify=")
    page = raw(web, url, headers={"Cookie": f"{sess}; {mid}"})
    assert page.status == 200 and report(web, "宁晋县-2024")["title"] in page.body.decode()
    assert raw(web, "http://www.ningjin.gov.cn/robots.txt").status == 200


def test_page_method(web):
    """隆尧县: the column page is a shell naming the page method; a GET of the method answers
    500; a JSON POST answers ``d`` as a JSON string whose third page names the 2024 report."""
    page = ask(web, "https://www.longyao.gov.cn/xxgk/NewsList.aspx?ClassId=11").body.decode()
    assert 'url: "NewsList.aspx/GetNewsList"' in page and "JSON.parse(data.d)" in page
    assert '<ul id="newsList" class="newslist"></ul>' in page
    url = "https://www.longyao.gov.cn/xxgk/NewsList.aspx/GetNewsList"
    assert ask(web, url).status == 500
    body = json.dumps({"classId": "11", "pageIndex": 3, "pageSize": 15}).encode()
    res = ask(web, url, "POST", body, {"Content-Type": "application/json; charset=utf-8"})
    outer = json.loads(res.body)
    assert isinstance(outer["d"], str)
    ids = {row["NewsId"] for row in json.loads(outer["d"])["rows"]}
    assert int(path_of(web, "隆尧县-2024").rsplit("=", 1)[1]) in ids


def test_art_template(web):
    """克什克腾旗: the records carry no URL; the article path is only in the template block."""
    page = ask(web, "http://www.kskqq.gov.cn/channel/1104.html").body.decode()
    assert '<script type="text/html" id="tpl-list">' in page and 'template("tpl-list", res)' in page
    assert 'href="/content/{{item.channelId}}/{{item.id}}.html"' in page
    data = json.loads(
        ask(web, "http://www.kskqq.gov.cn/api/content/list?channelId=1104&pageNum=3&pageSize=15").body
    )["data"]
    key = path_of(web, "克什克腾旗-2023")
    assert any(f"/content/{r['channelId']}/{r['id']}.html" == key for r in data["list"])
    assert all("url" not in r for r in data["list"]) and data["pages"] >= 3


def test_download_form(web):
    """敖汉旗: the article names the file only in ``downFile('<id>')``; a POST of the hidden form
    (and a GET of the same servlet) answers the text PDF; no page links it."""
    r = report(web, "敖汉旗-2024")
    copy = r["copies"][0]
    fid = copy["url"].rsplit("=", 1)[1]
    page = ask(web, copy["via"]).body.decode()
    assert f"downFile('{fid}')" in page and 'action="/downLoad.do"' in page
    res = ask(
        web,
        "http://www.aohan.gov.cn/downLoad.do",
        "POST",
        f"fileId={fid}".encode(),
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert res.status == 200 and res.body.startswith(b"%PDF")
    assert ask(web, copy["url"]).body == res.body
    assert ask(web, "http://www.aohan.gov.cn/downLoad.do?fileId=0").status == 404


def test_every_report_reachable(web):
    """Every truth URL (reports, look-alikes) is reached from the seed rows, the unseeded banner
    only through the portal, and no trap is entered."""
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {"date_archive": "rqll.jsp?date=2024-03-01", "echo_search": "search?searchword=%E6%B3%95"}
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
