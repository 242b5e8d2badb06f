"""Checks of the simulated web's ``blind22`` profile itself (never of the crawler).

The blind22 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that its sites' mechanisms answer as their evidence says (the
政务公开 platform's server-rendered and label-filled ``/public/column`` lists, ``AspNetPager``
postbacks, VSB pages numbered downwards, 32-hex ids, a ThinkPHP county linked only by the
西宁市 portal), that the not-findable reports are the scan and the ``.doc``, that its traps never
end, and that every findable report is reachable from the seed rows by following the sites' own
links, scripts and APIs (the walker in ``simweb.blind22.reach`` understands each mechanism).
"""

from __future__ import annotations

import re
from urllib.parse import urlencode, urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind22.reach import Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.huangyuan.gov.cn"}
PORTAL = "www.xining.gov.cn"
SITE_KINDS = {
    "贺兰县": ("nx_trs", "higher_repost", "later_list_page"),
    "灵武市": ("nx_trs", "department_catalogue"),
    "平罗县": ("nx_trs", "scan_needs_ocr"),
    "同心县": ("nx_trs",),
    "西吉县": ("nx_trs", "html_and_pdf"),
    "沙坡头区": ("nx_trs", "policy_files_column"),
    "海晏县": ("ls_public_column",),
    "门源回族自治县": ("label_8888_fragment", "api_later_page"),
    "格尔木市": ("java_hex_ids", "doc_needs_reader"),
    "乌兰县": ("vsb_htm",),
    "刚察县": ("html_id_list",),
    "杂多县": ("aspnetpager_postback",),
    "湟源县": ("thinkphp_query_list", "unseeded_county_via_prefecture_list"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
LOOKALIKE_KINDS = (
    "xxgk_annual",
    "gov_work_report",
    "plan",
    "shufa",
    "duty_report",
    "notice",
    "interpretation",
    "text_interp",
    "meeting",
    "meeting_topic",
    "demo_news",
    "assessment",
)
TRAP_STARTS = {
    "http://www.nxhl.gov.cn/search/rqll.jsp": "http://www.nxhl.gov.cn/search/rqll.jsp?date=2024-03-01",
    "http://www.pingluo.gov.cn/was5/web/": "http://www.pingluo.gov.cn/was5/web/search?searchword=%E6%B3%95",
    "https://www.xining.gov.cn/igs/front/": "https://www.xining.gov.cn/igs/front/search.jhtml?searchWord=%E6%B3%95",
}


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind22")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    """One answer of the web, no redirect followed."""
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    p = urlsplit(report(web, key)["preferred_url"])
    return p.path + (f"?{p.query}" if p.query else "")


def test_profile_figures(web):
    """Registered; within the brief's bounds; hosts new; deterministic; truth consistent with
    the mechanisms and look-alike kinds listed above; the not-findable reports are the scan and
    the ``.doc``, served as such; only 宁夏 and 青海."""
    assert "blind22" in PROFILES and web.truth["profile"] == "blind22"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind22")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind22")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"宁夏回族自治区", "青海省"}


def test_unseeded_only_via_portal(web):
    """No HTML page outside the 西宁市 portal links 湟源县, and no seed row names it."""
    outside = set()
    for (host, _path, _q), res in web.resources.items():
        if res.ctype.startswith("text/html") and host not in UNSEEDED and host != PORTAL:
            text = res.body.decode("gbk" if "GBK" in res.ctype.upper() else "utf-8", "replace")
            outside |= {urlsplit(h).hostname for h in HREF.findall(text)}
    assert not UNSEEDED & outside
    assert not any(urlsplit(r["url"]).hostname in UNSEEDED for r in web.seed_rows())
    page = ask(web, "https://www.xining.gov.cn/zjxn/qxzf/index.html").body.decode()
    assert "http://www.huangyuan.gov.cn/" in page


def test_label_fragment(web):
    """门源县: the 通知公告 column page holds no row; the label endpoint's page 3 names the 2024
    report and its pager's ``pageCount``."""
    col = "/public/column/6617041?type=4&catId=6723101&action=list&nav=3"
    page = ask(web, "http://www.menyuan.gov.cn" + col).body.decode()
    assert path_of(web, "门源回族自治县-2024") not in page and "/site/label/8888" in page
    form = {
        "labelName": "publicInfoList",
        "organId": "6617041",
        "catId": "6723101",
        "pageSize": "15",
        "pageIndex": "3",
    }
    frag = ask(
        web,
        "http://www.menyuan.gov.cn/site/label/8888?IsAjax=1&dataType=html",
        "POST",
        urlencode(form).encode(),
        {"Content-Type": "application/x-www-form-urlencoded"},
    ).body.decode()
    assert path_of(web, "门源回族自治县-2024") in frag and "pageCount: " in frag


def test_aspnetpager_postback(web):
    """杂多县: GET answers page 1 only (GBK); a postback of ``AspNetPager1`` with argument 3
    answers the page holding the 2024 report."""
    url = "http://www.zaduo.gov.cn/xxgk/List_zlm.aspx?lmid=2820"
    first = ask(web, url)
    assert "GBK" in first.ctype and "__doPostBack('AspNetPager1','3')" in first.body.decode("gbk")
    assert path_of(web, "杂多县-2024") not in first.body.decode("gbk")
    body = urlencode({"__EVENTTARGET": "AspNetPager1", "__EVENTARGUMENT": "3"}).encode()
    third = ask(web, url, "POST", body, {"Content-Type": "application/x-www-form-urlencoded"})
    assert path_of(web, "杂多县-2024") in third.body.decode("gbk")


def test_vsb_pages_count_down(web):
    """乌兰县: 通知公告's first page is ``tzgg.htm``; its later pages are ``tzgg/N.htm`` numbered
    downwards, the 2022 report on a numbered page; articles ``/info/<col>/<id>.htm``."""
    first = ask(web, "http://www.wulanxian.gov.cn/xwzx/tzgg.htm").body.decode()
    nums = sorted({int(n) for n in re.findall(r'href="/xwzx/tzgg/(\d+)\.htm"', first)})
    assert nums and nums[0] == 1
    assert re.fullmatch(r"/info/1023/\d+\.htm", path_of(web, "乌兰县-2022"))
    assert path_of(web, "乌兰县-2022") not in first


def test_hex_ids(web):
    """格尔木市: lists ``/zfgk?columnId=<32 hex>``, articles ``/details?id=<32 hex>``."""
    assert re.fullmatch(r"/details\?id=[0-9a-f]{32}", path_of(web, "格尔木市-2023"))


def test_every_report_reachable(web):
    """Every truth URL (reports, look-alikes) is reached from the seed rows, the unseeded county
    only through the portal, and no trap is entered."""
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    walker = Walker(web)
    for trap in web.truth["trap_kinds"]:
        chain = walker.trap_chain(TRAP_STARTS[trap["prefix"]], trap["prefix"])
        pattern = re.compile(trap["pattern"])
        assert len(set(chain)) == 6, trap
        assert all(pattern.search(u.replace("&amp;", "&")) for u in chain[1:]), trap


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
