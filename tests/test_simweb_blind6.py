"""Checks of the simulated web's ``blind6`` profile itself (never of the crawler).

The blind6 web is for measurement only: these tests check that it builds deterministically, that
its truth is consistent, that its seed rows carry only a name and a URL, that every truth URL
answers through the proxy, that the department lists filled from the 太仓 POST API really hide
their reports from plain links and answer only to POST, that the not-findable reports are the
scan and the ``.doc``, that its traps never end, and that every findable report is reachable from
the seed rows by following the sites' own links, scripts and APIs (the walker in
``simweb.blind6.reach`` understands each mechanism the sites use).
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import Walker, brief_problems, finite_traps, unfindable_files, unreached
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.gzxs.gov.cn"}
PORTAL = "www.zunyi.gov.cn"
# the mechanisms each site's reports exercise, and the look-alike kinds the web must hold
SITE_KINDS = {
    "大足区": ("chongqing_trs", "later_list_page", "higher_repost"),
    "肥东县": ("old_asp_gbk", "truncated_title", "scan_needs_ocr"),
    "昌黎县": ("plain_column_name", "pdf_copy"),
    "恭城瑶族自治县": ("guangxi_shtml", "doc_needs_reader", "department_report"),
    "贵安新区": ("development_zone",),
    "祁连县": ("qinghai_trs",),
    "太仓市": ("hex_shtml", "pid_post_api"),
    "长兴县": ("jcms_datastore",),
    "扎鲁特旗": ("script_redirect_root",),
    "习水县": ("unseeded_county_via_city_list",),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)
API = "http://www.taicang.gov.cn/appsearch/tcapi/list"


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind6")


def post(web, url: str):
    """Answer ``url`` as a POST without a body (the 太仓 API takes its fields in the query)."""
    return Walker(web).request(url, "POST")[1]


def test_profile_figures(web):
    """Registered; within the brief's bounds; hosts new; deterministic; truth consistent with
    the mechanisms and look-alike kinds listed above; texts distinct; the not-findable reports
    are the scan and the ``.doc``, served as such."""
    assert "blind6" in PROFILES and web.truth["profile"] == "blind6"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind6")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind6")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}


def test_api_reports_have_no_plain_link(web):
    """The report listed only by the POST API is linked by no ``href`` on any static page, and no
    static page of another host than the city portal links the unseeded county."""
    (r,) = [r for r in web.truth["reports"] if "pid_post_api" in r["blind_kinds"]]
    hrefs, outside = set(), set()
    for (host, _path, _q), res in web.resources.items():
        if res.ctype.startswith("text/html"):
            text = res.body.decode("gbk" if "GBK" in res.ctype.upper() else "utf-8", "replace")
            links = HREF.findall(text)
            hrefs |= {h.replace("&amp;", "&") for h in links}
            if host not in UNSEEDED and host != PORTAL:
                outside |= {urlsplit(h).hostname for h in links}
    url = r["preferred_url"]
    assert not {url, urlsplit(url).path} & hrefs
    assert not UNSEEDED & outside


def test_pid_api_pages(web):
    """The API answers POST only; the report is on the second page of its department's list."""
    (r,) = [r for r in web.truth["reports"] if "pid_post_api" in r["blind_kinds"]]
    page = web.resources[("www.taicang.gov.cn", "/taicang/qzbmxxgk/xxgkml.shtml", "deptid=1")].body.decode()
    pid = re.search(r'var pid = "([0-9a-f]{32})"', page).group(1)
    query = f"?pageSize=20&currentPage=1&pid={pid}"
    assert Walker(web).request(API + query)[1].status == 405
    pages = [
        [
            row["url"]
            for row in json.loads(post(web, API + query.replace("Page=1", f"Page={n}")).body)["data"]["list"]
        ]
        for n in (1, 2, 3)
    ]
    path = urlsplit(r["preferred_url"]).path
    assert path not in pages[0] and path in pages[1] and pages[2] == []


def test_every_report_reachable(web):
    """Every truth URL (reports, look-alikes) is reached from the seed rows, the unseeded county
    only through the portal, and no trap is entered."""
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {"date_archive": "rqll.jsp?date=2024-03-01", "echo_search": "search?searchword=%E6%B3%95"}
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert blind_reach.unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
