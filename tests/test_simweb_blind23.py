"""Checks of the simulated web's ``blind23`` profile itself (never of the crawler).

The blind23 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the web's own list mechanisms (jQuery
``.load`` fragments, Inertia ``data-page`` props, an API whose base URL is only in a runtime
``config.js``) are exactly those a walker without them misses, that the OFD-only reports are OFD
packages holding the report's text, that the not-findable reports are the scan and the ``.doc``,
that its traps never end, and that every findable report is reachable from the seed rows by
following the sites' own links, scripts and APIs (the walker in ``simweb.blind23.reach``
understands each mechanism).
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import finite_traps, unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind21.reach import Walker as Blind21Walker
from simweb.blind23.reach import Walker, unanswered_through_proxy
from simweb.blind23.sites_c import make_ofd, ofd_text
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"qsqzf.haikou.gov.cn"}
PORTAL = "www.haikou.gov.cn"
# the mechanisms each site's reports exercise, and the look-alike kinds the web must hold
SITE_KINDS = {
    "西青区": ("js_trs", "later_list_page"),
    "武清区": ("gbk_table_list", "doc_needs_reader"),
    "闵行区": ("js_trs", "scan_needs_ocr"),
    "保亭黎族苗族自治县": ("hb_trs", "higher_repost"),
    "松江区": ("hb_trs",),
    "东丽区": ("jquery_load_fragment", "later_list_page"),
    "崇明区": ("inertia_data_page", "later_list_page"),
    "万宁市": ("jqpaginator_page_change", "later_list_page", "ofd_needs_reader"),
    "临高县": ("config_base_api", "later_list_page"),
    "琼山区": ("unseeded_county_via_prefecture_list",),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the reports only the blind23 list mechanisms reach
HIDDEN = {
    "东丽区-2024",
    "东丽区-2022",
    "崇明区-2023",
    "崇明区-2021",
    "万宁市-2022",
    "万宁市-2020",
    "临高县-2024",
    "临高县-2022",
}
# the reports no HTML page links with an href (东丽区's and 万宁市's are linked from list pages
# that only a script's concatenation names)
NO_HTML_LINK = {"崇明区-2023", "崇明区-2021", "临高县-2024", "临高县-2022"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind23")


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
    assert "blind23" in PROFILES and web.truth["profile"] == "blind23"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind23")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind23")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader", "ofd_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"天津市", "上海市", "海南省"}


def test_mechanisms_hide_their_reports(web):
    """A walker that knows every earlier blind web's mechanisms but none of blind23's misses
    exactly the reports listed in ``HIDDEN``; no HTML page links those in ``NO_HTML_LINK`` with
    an href, and no HTML page outside the 海口 portal links the unseeded district."""
    reached = Blind21Walker(web).run()
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


def test_jquery_load_fragments(web):
    """东丽区: 通知公告's page holds no row and no fragment URL, only the script that builds
    ``list_<p>.shtml``; fragment page 3 holds the 2024 report's row inside ``#listCon``."""
    page = ask(web, "https://www.tjdl.gov.cn/zwgk/tzgg/index.shtml").body.decode()
    assert path_of(web, "东丽区-2024") not in page and "list_3.shtml" not in page
    assert '.load(colPath + "list_" + p + ".shtml #listCon"' in page
    assert re.search(r'var colPath = "/zwgk/tzgg/", pageTotal = (\d+);', page)
    frag = ask(web, "https://www.tjdl.gov.cn/zwgk/tzgg/list_3.shtml").body.decode()
    assert f'href="{path_of(web, "东丽区-2024")}"' in frag.split('<ul id="listCon"', 1)[1]
    assert ask(web, "https://www.tjdl.gov.cn/zwgk/tzgg/list_3.shtml%20#listCon").status == 404


def test_inertia_data_page(web):
    """崇明区: the column answers one ``data-page`` attribute (HTML-escaped JSON with ``\\/``
    escapes); the 2023 report is on page 3 of the paginator; ``X-Inertia`` asks for JSON; pages
    past the last end the chain."""
    res = ask(web, "https://www.shcm.gov.cn/zwgk/tzgg?page=3")
    text = res.body.decode()
    assert path_of(web, "崇明区-2023") not in text and "&quot;" in text
    raw = re.search(r'data-page="([^"]+)"', text).group(1)
    assert "\\/zwgk\\/tzgg\\/" in html.unescape(raw)
    obj = json.loads(html.unescape(raw))
    urls = [urlsplit(r["url"]).path for r in obj["props"]["articles"]["data"]]
    assert path_of(web, "崇明区-2023") in urls
    assert obj["props"]["articles"]["next_page_url"].endswith("?page=4")
    js = ask(web, "https://www.shcm.gov.cn/zwgk/tzgg?page=3", headers={"X-Inertia": "true"})
    assert js.ctype == "application/json" and json.loads(js.body) == obj
    last = obj["props"]["articles"]["last_page"]
    end = json.loads(
        ask(web, f"https://www.shcm.gov.cn/zwgk/tzgg?page={last + 1}", headers={"X-Inertia": "true"}).body
    )
    assert end["props"]["articles"]["data"] == [] and end["props"]["articles"]["next_page_url"] is None


def test_ofd_report(web):
    """万宁市: the 2024 report's only copy is an OFD package (not findable: text-less for a
    reader of HTML and PDF) linked from its article page; its ``Content.xml`` holds the text."""
    assert ofd_text(make_ofd("题目", ["第一段", "第二段"])) == "题目\n第一段\n第二段"
    r = report(web, "万宁市-2024")
    (copy,) = r["copies"]
    assert copy["kind"] == "ofd" and copy["url"].endswith(".ofd") and not blind_reach.findable(r)
    via = ask(web, copy["via"]).body.decode()
    assert urlsplit(copy["url"]).path in via and "全文见附件" in via
    res = ask(web, copy["url"])
    assert res.ctype == "application/ofd" and res.body.startswith(b"PK")
    assert r["body"] in ofd_text(res.body)


def test_jqpaginator(web):
    """万宁市: list pages hold no link to a later page, only jqPaginator's ``totalPages`` and the
    ``onPageChange`` concatenation; pages 2 and 3 of 通知公告 hold the 2022 and 2020 reports."""
    first = ask(web, "https://www.wanning.gov.cn/wanning/tzgg/list4.shtml").body.decode()
    assert "list4_2.shtml" not in first and '"list4_" + num + ".shtml"' in first
    assert re.search(r"jqPaginator\(\{\s*totalPages: 3,", first)
    for n, key in ((2, "万宁市-2022"), (3, "万宁市-2020")):
        page = ask(web, f"https://www.wanning.gov.cn/wanning/tzgg/list4_{n}.shtml").body.decode()
        assert f'href="{path_of(web, key)}"' in page


def test_config_base_api(web):
    """临高县: the column page names neither the endpoint nor a row; ``config.js`` holds the
    base, ``list.js`` the path; the API's page 2 names the 2024 report; the path alone is 404."""
    page = ask(web, "https://www.lingao.gov.cn/lingao/tzgg/index.html").body.decode()
    assert 'data-channel="1006"' in page and "/api/content/list" not in page
    cfg = ask(web, "https://www.lingao.gov.cn/static/config.js").body.decode()
    lst = ask(web, "https://www.lingao.gov.cn/static/js/list.js").body.decode()
    assert 'baseURL: "/gateway/cms-portal"' in cfg and "/api/content/list" not in cfg
    assert 'cfg.baseURL + "/api/content/list"' in lst and "/gateway/" not in lst
    assert ask(web, "https://www.lingao.gov.cn/api/content/list?channelId=1006&pageNo=2").status == 404
    api = "https://www.lingao.gov.cn/gateway/cms-portal/api/content/list?channelId=1006&pageNo={}&pageSize=15"
    one = json.loads(ask(web, api.format(1)).body)["data"]
    two = json.loads(ask(web, api.format(2)).body)["data"]
    assert path_of(web, "临高县-2024") not in [r["linkUrl"] for r in one["records"]]
    assert path_of(web, "临高县-2024") in [r["linkUrl"] for r in two["records"]] and two["pages"] >= 3


def test_every_report_reachable(web):
    """Every truth URL (reports, look-alikes) is reached from the seed rows, the unseeded
    district only through the portal, and no trap is entered."""
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {"date_archive": "rqll.jsp?date=2024-03-01", "echo_search": "search.jsp?searchword=%E6%B3%95"}
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
