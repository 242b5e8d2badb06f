"""Checks of the simulated web's ``blind13`` profile itself (never of the crawler).

The blind13 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the web's own mechanisms (the ASP.NET
``__doPostBack`` pager, ``onclick`` rows, the XML-filled lists, the 链接型 forwarder) are
exactly those a walker without them misses, that each mechanism answers as its evidence says,
that the not-findable reports are the scans and the ``.doc``, that its traps never end, and that
every findable report is reachable from the seed rows by following the sites' own links, scripts
and APIs (the walker in ``simweb.blind13.reach`` understands each mechanism).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import finite_traps, unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind12.reach import Walker as Blind12Walker
from simweb.blind13.reach import Walker
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.sxfx.gov.cn"}
PORTAL = "www.baoji.gov.cn"
# the mechanisms each site's reports exercise, and the look-alike kinds the web must hold
SITE_KINDS = {
    "渭滨区": ("shaanxi_trs", "later_list_page"),
    "金台区": ("gbk_table_list", "doc_needs_reader"),
    "陈仓区": ("shaanxi_trs", "scan_needs_ocr"),
    "岐山县": ("shaanxi_trs", "higher_repost"),
    "麟游县": ("aspnet_postback_pager", "later_list_page"),
    "陇县": ("data_id_delegated_click", "scan_needs_ocr"),
    "千阳县": ("link_doc_refresh",),
    "太白县": ("xml_ajax_list", "api_later_page"),
    "凤县": ("unseeded_county_via_prefecture_list",),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the reports only the blind13 mechanisms reach (陇县-2023 is also linked by its 解读)
HIDDEN = {"麟游县-2024", "陇县-2024", "陇县-2021", "太白县-2023", "太白县-2021"}
# the reports no HTML page links with an href (a POST answer, a data-id, an XML file names them)
NO_HTML_LINK = {"麟游县-2024", "陇县-2024", "太白县-2023", "太白县-2021", "千阳县-2024"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind13")


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
    are the scans and the ``.doc``, served as such."""
    assert "blind13" in PROFILES and web.truth["profile"] == "blind13"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind13")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind13")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30


def test_mechanisms_hide_their_reports(web):
    """A walker that knows every earlier blind web's mechanisms but none of blind13's misses
    exactly the reports listed in ``HIDDEN``; no HTML page links with an href the
    reports, and no HTML page outside the 宝鸡 portal links the unseeded county."""
    reached = Blind12Walker(web).run()
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


def test_aspnet_postback(web):
    """麟游县: a GET answers page 1 only; the pager is ``__doPostBack`` links; a POST of the form
    with ``Page$3`` answers the page holding the 2024 report."""
    url = "http://www.linyou.gov.cn/Info/List.aspx?cid=12"
    one = ask(web, url).body.decode()
    key = path_of(web, "麟游县-2024")
    assert "__doPostBack('ctl00$cphMain$gvList','Page$3')" in one and 'name="__VIEWSTATE"' in one
    assert key not in one and "List.aspx?cid=12&amp;page" not in one
    assert (
        key
        not in ask(
            web, url + "&__EVENTTARGET=ctl00%24cphMain%24gvList&__EVENTARGUMENT=Page%243"
        ).body.decode()
    )
    hdr = {"Content-Type": "application/x-www-form-urlencoded"}
    body = b"__EVENTTARGET=ctl00%24cphMain%24gvList&__EVENTARGUMENT=Page%243&__VIEWSTATE=x"
    assert key in ask(web, url, "POST", body, hdr).body.decode()


def test_data_id_rows(web):
    """陇县: list rows are ``<li data-id>`` without ``<a>``; ``common.js`` builds the detail URL."""
    page = ask(web, "http://www.longxian.gov.cn/zwgk/tzgg/index_2.html").body.decode()
    key = path_of(web, "陇县-2024")
    rid = key.rsplit("=", 1)[1]
    assert f'data-id="{rid}"' in page and key not in page
    js = ask(web, "http://www.longxian.gov.cn/static/js/common.js").body.decode()
    assert 'window.location.href="/content/detail.html?id="+$(this).data("id")' in js


def test_xml_list(web):
    """太白县: the column page is an empty shell; the third XML file names the 2023 report."""
    page = ask(web, "http://www.taibai.gov.cn/xxgk/list.html?colId=1203").body.decode()
    assert 'dataType:"xml"' in page and '<ul id="xmlList"></ul>' in page
    xml = ask(web, "http://www.taibai.gov.cn/xxgk/xml/col_1203_3.xml").body.decode()
    assert f"<url>{path_of(web, '太白县-2023')}</url>" in xml and "<totalpage>" in xml


def test_link_doc_refresh(web):
    """千阳县: the listed 2024 report is a forwarder to a text PDF linked nowhere else."""
    r = report(web, "千阳县-2024")
    pdf = urlsplit(r["copies"][0]["url"]).path
    stub = ask(web, r["copies"][0]["via"]).body.decode()
    assert f'http-equiv="refresh" content="0;url={pdf}"' in stub
    res = ask(web, r["copies"][0]["url"])
    assert res.status == 200 and res.body.startswith(b"%PDF")


def test_every_report_reachable(web):
    """Every truth URL (reports, look-alikes) is reached from the seed rows, the unseeded county
    only through the portal, and no trap is entered."""
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {"date_archive": "rqll.jsp?date=2024-03-01", "echo_search": "search?searchword=%E6%B3%95"}
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert blind_reach.unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
