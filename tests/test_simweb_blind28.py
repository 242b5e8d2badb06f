"""Checks of the simulated web's ``blind28`` profile itself (never of the crawler).

The blind28 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind Hanweb's ``dataproxy.jsp`` POST and the
安徽 platform's ``/site/label/8888`` are exactly those a plain link walker misses, that those
mechanisms answer as the evidence shows, that the not-findable reports are the scan and the
``.doc``, that its traps never end, and that every findable report is reachable from the seed rows
by following the sites' own links, scripts and APIs (``simweb.blind28.reach``).
"""

from __future__ import annotations

import re
from urllib.parse import urlencode, urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import finite_traps, unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind28.reach import Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.gaogang.gov.cn"}
PORTAL = "www.taizhou.gov.cn"
SITE_KINDS = {
    "柯桥区": ("jcms_datastore", "jcms_dataproxy_post", "department_report"),
    "上虞区": ("jcms_datastore", "higher_repost", "pdf_attachment"),
    "新昌县": ("jcms_datastore", "scan_needs_ocr"),
    "嵊州市": ("jcms_dataproxy_post", "later_list_page"),
    "兴化市": ("jcms_datastore", "jcms_dataproxy_post", "higher_repost"),
    "靖江市": ("jcms_datastore", "doc_needs_reader"),
    "泰兴市": ("jcms_datastore", "pdf_attachment"),
    "高港区": ("jcms_dataproxy_post", "unseeded_county_via_prefecture_list"),
    "怀宁县": ("label_8888_fragment", "api_later_page", "higher_repost"),
    "宿松县": ("label_8888_fragment",),
    "太湖县": ("ah_pageindex_static", "later_list_page"),
    "潜山市": ("ah_pageindex_static", "pdf_attachment"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports only the dataproxy POST, the label endpoint or the portal reach
HIDDEN = {
    "柯桥区-2022",
    "嵊州市-2023",
    "兴化市-2022",
    "高港区-2021",
    "怀宁县-2024",
    "怀宁县-2022",
    "宿松县-2024",
    "宿松县-2021",
}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind28")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    p = urlsplit(report(web, key)["preferred_url"])
    return p.path + (f"?{p.query}" if p.query else "")


def test_profile_figures(web):
    assert "blind28" in PROFILES and web.truth["profile"] == "blind28"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind28")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind28")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"江苏省", "浙江省", "安徽省"}
    assert {row["name"] for row in web.rows} >= {"柯桥区", "潜山市", "泰州市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``; no HTML page outside the 泰州 portal links 高港区."""
    reached = blind_reach.Walker(web).run()
    missed = {
        r["key"]
        for r in blind_reach.county_reports(web)
        if blind_reach.findable(r) and not {c["url"] for c in r["copies"]} & reached
    }
    assert missed == HIDDEN
    outside = set()
    for (host, _path, _q), res in web.resources.items():
        if res.ctype.startswith("text/html") and host not in UNSEEDED and host != PORTAL:
            outside |= {urlsplit(h).hostname for h in HREF.findall(res.body.decode("utf-8", "replace"))}
    assert not UNSEEDED & outside


def test_hanweb_datastore_and_dataproxy(web):
    """柯桥区: 通知公告's page holds 45 records in its datastore; record 52 (the 2022 report) comes
    only from the ``dataproxy.jsp`` POST range 46–90; articles ``/art/YYYY/M/D/art_<col>_<id>.html``."""
    col = "https://www.kq.gov.cn/col/col1605139/index.html"
    page = ask(web, col).body.decode()
    assert "<datastore>" in page and page.count("<record>") == 45 and "dataproxy.jsp" in page
    target = path_of(web, "柯桥区-2022")
    assert target not in page and re.fullmatch(r"/art/\d{4}/\d{1,2}/\d{1,2}/art_1605139_\d+\.html", target)
    form = urlencode(
        {
            "col": 1,
            "appid": 1,
            "webid": 3,
            "path": "/",
            "columnid": 1605139,
            "sourceContentType": 1,
            "unitid": 5410901,
            "webname": "绍兴市柯桥区人民政府",
            "permissiontype": 0,
        }
    )
    res = ask(
        web,
        "https://www.kq.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=46&endrecord=90&perpage=15",
        "POST",
        form.encode(),
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert res.status == 200 and target in res.body.decode()


def test_anhui_label(web):
    """怀宁县: the column page holds no row; ``/site/label/8888`` answers page 3 with the 2024
    report and an ``Ls.pagination`` call; a wrong catId answers 暂无相关信息."""
    col = "http://www.huaining.gov.cn/public/column/12881?type=4&catId=6831101&action=list&nav=3"
    page = ask(web, col).body.decode()
    target = path_of(web, "怀宁县-2024")
    assert target not in page and 'labelName: "publicInfoList"' in page
    args = {
        "labelName": "publicInfoList",
        "organId": "12881",
        "catId": "6831101",
        "pageSize": 15,
        "pageIndex": 3,
    }
    res = ask(
        web,
        "http://www.huaining.gov.cn/site/label/8888?IsAjax=1&dataType=html",
        "POST",
        urlencode(args).encode(),
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    body = res.body.decode()
    assert target in body and "Ls.pagination" in body and re.fullmatch(r"/public/12881/\d+\.html", target)
    wrong = {**args, "catId": "1"}
    res = ask(
        web,
        "http://www.huaining.gov.cn/site/label/8888?IsAjax=1&dataType=html",
        "POST",
        urlencode(wrong).encode(),
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert "暂无相关信息" in res.body.decode()


def test_gbk_site(web):
    """嵊州市's pages are GBK."""
    res = ask(web, "http://www.szzj.gov.cn/col/col1401170/index.html")
    assert "GBK" in res.ctype.upper() and "法治政府建设" in res.body.decode("gbk")


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {
        "date_archive": "index.jsp?date=2024-03-01",
        "echo_search": "index.jsp?keyvalue=%E6%B3%95",
    }
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
