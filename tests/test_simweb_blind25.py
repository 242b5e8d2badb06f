"""Checks of the simulated web's ``blind25`` profile itself (never of the crawler).

The blind25 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the 菏泽 platform's list API are exactly
those a walker without it misses, that the 德州 CMS's down-counted pages, the Hanweb datastore and
``dataproxy.jsp`` POST and the 河南 platform's pages answer as the evidence shows, that the
not-findable reports are the scan and the ``.doc``, that its traps never end, and that every
findable report is reachable from the seed rows by following the sites' own links, scripts and
APIs (the walker in ``simweb.blind25.reach`` understands each mechanism).
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
from simweb.blind24.reach import Walker as Blind24Walker
from simweb.blind25.reach import Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.wucheng.gov.cn"}
PORTAL = "www.dezhou.gov.cn"
SITE_KINDS = {
    "齐河县": ("dz_platform", "later_list_page"),
    "乐陵市": ("dz_platform", "gbk_pages", "pdf_attachment"),
    "夏津县": ("dz_platform", "higher_repost", "doc_needs_reader"),
    "武城县": ("unseeded_county_via_prefecture_list",),
    "曹县": ("heze_els_api", "later_list_page"),
    "郓城县": ("heze_els_api", "scan_needs_ocr"),
    "东明县": ("heze_els_api", "pdf_attachment"),
    "淄川区": ("jcms_datastore", "jcms_dataproxy_post"),
    "博山区": ("jcms_datastore", "pdf_attachment"),
    "新安县": ("henan_platform", "later_list_page", "higher_repost"),
    "栾川县": ("henan_platform", "pdf_attachment"),
    "伊川县": ("henan_platform", "gbk_pages"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the reports only the 菏泽 platform's els-service list API names
HIDDEN = {"曹县-2023", "曹县-2021", "郓城县-2024", "郓城县-2022", "东明县-2023", "东明县-2020"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind25")


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
    assert "blind25" in PROFILES and web.truth["profile"] == "blind25"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind25")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind25")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"山东省", "河南省"}
    assert {row["name"] for row in web.rows} >= {"齐河县", "伊川县", "德州市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)


def test_mechanisms_hide_their_reports(web):
    """A walker that knows every earlier blind web's mechanisms but not the 菏泽 list API misses
    exactly ``HIDDEN``; no HTML page links them; only the 德州 portal links 武城县."""
    reached = Blind24Walker(web).run()
    missed = {
        r["key"] for r in blind_reach.county_reports(web) if not {c["url"] for c in r["copies"]} & reached
    }
    assert missed == HIDDEN
    hrefs, outside = set(), set()
    for (host, _path, _q), res in web.resources.items():
        if res.ctype.startswith("text/html"):
            text = res.body.decode("gbk" if "GBK" in res.ctype.upper() else "utf-8", "replace")
            links = HREF.findall(text)
            hrefs |= {urlsplit(h).path for h in links}
            if host not in UNSEEDED and host != PORTAL:
                outside |= {urlsplit(h).hostname for h in links}
    for key in HIDDEN - {"郓城县-2022", "东明县-2020"}:
        assert path_of(web, key) not in hrefs, key
    assert not UNSEEDED & outside


def test_heze_els_api(web):
    """曹县: the column page is an empty list and a ``loadPage(1)`` call; the API pages by the
    size in its path; the 2023 report is on page 2; a wrong ``dw`` answers nothing; GET answers
    nothing; the article path is ``/<dw>/<32 hex>.html``."""
    page = ask(web, "http://www.caoxian.gov.cn/zfxxgk/1590011.html").body.decode()
    assert "loadPage(1)" in page and path_of(web, "曹县-2023") not in page
    dw = "2c90808883a1e7c20183a2f5d4be0011"
    body = json.dumps(
        {"dw": [dw], "catas": ["1590011"], "fwzt": "3", "order": "fwdate", "type": [1]}
    ).encode()
    api = "http://www.caoxian.gov.cn/els-service/article/{}/15"
    one = json.loads(ask(web, api.format(1), "POST", body).body)["data"]
    two = json.loads(ask(web, api.format(2), "POST", body).body)["data"]
    assert len(one["contents"]) == 15 and one["total"] > 15
    xxids = [c["xxid"] for c in two["contents"]]
    assert path_of(web, "曹县-2023") in {f"/{dw}/{x}.html" for x in xxids}
    wrong = json.dumps({"dw": ["x"], "catas": ["1590011"]}).encode()
    assert json.loads(ask(web, api.format(1), "POST", wrong).body)["data"]["contents"] == []
    assert json.loads(ask(web, api.format(1)).body)["data"]["contents"] == []
    assert re.fullmatch(rf"/{dw}/[0-9a-f]{{32}}\.html", path_of(web, "曹县-2023"))
    js = ask(web, "http://www.caoxian.gov.cn/static/js/els-list.js").body.decode()
    assert "/els-service/article/" in js and "c.xxid" in js


def test_dezhou_pages_count_down(web):
    """齐河县 通知公告: page 2 is ``index_4121_<pages - 1>.html``; the last page is ``…_1``; the 2024
    report is on page 2; 乐陵市's pages are GBK."""
    first = ask(web, "http://www.qihe.gov.cn/n100/n4120/index.html").body.decode()
    m = re.search(r'href="/n100/n4120/index_4121_(\d+)\.html">下一页', first)
    assert m and int(m.group(1)) >= 2
    page2 = ask(web, f"http://www.qihe.gov.cn/n100/n4120/index_4121_{m.group(1)}.html").body.decode()
    assert f'href="{path_of(web, "齐河县-2024")}"' in page2
    assert ask(web, "http://www.qihe.gov.cn/n100/n4120/index_4121_1.html").status == 200
    assert re.fullmatch(r"/n100/n4120/c\d+/content\.html", path_of(web, "齐河县-2024"))
    assert "GBK" in ask(web, "http://www.laoling.gov.cn/n100/n5240/index.html").ctype.upper()


def test_hanweb(web):
    """淄川区: the column carries 45 records in its datastore; the 2021 report is only in the
    ``dataproxy.jsp`` POST range 46–90."""
    page = ask(web, "http://www.zichuan.gov.cn/col/col8130/index.html").body.decode()
    assert page.count("<record>") == 45 and path_of(web, "淄川区-2023") in page
    assert path_of(web, "淄川区-2021") not in page
    form = "col=1&appid=1&webid=47&path=/&columnid=8130&sourceContentType=1&unitid=40211&permissiontype=0"
    res = ask(
        web,
        "http://www.zichuan.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=46&endrecord=90&perpage=15",
        "POST",
        form.encode(),
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert path_of(web, "淄川区-2021") in res.body.decode()
    pdf = ask(web, "http://www.boshan.gov.cn" + path_of(web, "博山区-2022"))
    assert pdf.status == 200 and pdf.body.startswith(b"%PDF")


def test_henan_pages(web):
    """新安县: the 2024 report is on ``index_1.html`` of 通知公告; articles ``/YYYY/MM-DD/<id>.html``."""
    page2 = ask(web, "https://www.xinan.gov.cn/zwgk/tzgg/index_1.html").body.decode()
    assert f'href="{path_of(web, "新安县-2024")}"' in page2
    assert re.fullmatch(r"/2025/03-25/\d+\.html", path_of(web, "新安县-2024"))
    assert "GBK" in ask(web, "http://www.yichuan.gov.cn/zwgk/gzbg/index.html").ctype.upper()


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {"date_archive": "index.jsp?date=2024-03-01", "echo_search": "search.do?q=%E6%B3%95"}
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
