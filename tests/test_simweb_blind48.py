"""Checks of the simulated web's ``blind48`` profile itself (never of the crawler).

The blind48 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind Hanweb's ``dataproxy.jsp`` and the
eportal's onclick pager are exactly those a plain link walker misses, that those mechanisms and
the ``content_<id>`` CMS's pager answer as modelled, that the not-findable reports are the scan
and the ``.doc``, that its traps never end, and that every findable report is reachable from the
seed rows by the sites' own links, scripts and APIs (``simweb.blind48.reach``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind48.reach import EPORTAL_PAGER, Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.shenzhou.gov.cn"}
PORTAL = "www.hengshui.gov.cn"
HW, EPT, LN, TCC = "hanweb_jcms_datastore", "eportal_xxgk", "ln_glist_static", "content_id_cms"
SITE_KINDS = {
    "桃城区": (EPT, HW, "higher_repost", "jcms_dataproxy_post"),
    "冀州区": (EPT, "pdf_attachment"),
    "枣强县": (HW, EPT, "scan_needs_ocr"),
    "饶阳县": (EPT, "eportal_onclick_pager", "later_list_page", "docx_attachment"),
    "安平县": (EPT, HW, "gbk_pages", "higher_repost"),
    "深州市": (EPT, HW, "unseeded_county_via_prefecture_list", "jcms_dataproxy_post"),
    "双台子区": (HW, "higher_repost", "jcms_dataproxy_post"),
    "兴隆台区": (LN, "pdf_attachment"),
    "盘山县": (HW, "doc_needs_reader"),
    "沙湾市": (TCC, "higher_repost", "later_list_page"),
    "托里县": (TCC, "pdf_attachment"),
    "塔城市": (TCC, "later_list_page", "higher_repost"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports a plain link walker (no scripts, no forms, no APIs) misses
HIDDEN = {
    "桃城区-2022",  # beyond Hanweb's 45-record <datastore>: only dataproxy.jsp lists it
    "深州市-2022",
    "双台子区-2022",
    "饶阳县-2023",  # eportal page 2, named only in queryArticleByCondition(this,'…')
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
    return build_web(0, profile="blind48")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    return urlsplit(report(web, key)["preferred_url"]).path


def test_profile_figures(web):
    assert "blind48" in PROFILES and web.truth["profile"] == "blind48"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind48")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind48")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"echo_search"}
    assert len(web.truth["trap_kinds"]) == 2
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 22 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    per_site: dict[str, int] = {}
    for r in findable:
        per_site[r["region"]] = per_site.get(r["region"], 0) + 1
    assert max(per_site.values()) <= 2 and len(per_site) == 12
    assert {r["province"] for r in web.truth["reports"]} <= {"河北省", "辽宁省", "新疆维吾尔自治区"}
    assert {row["name"] for row in web.rows} >= {"桃城区", "盘山县", "塔城市", "衡水市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)
    assert not UNSEEDED & {urlsplit(row["url"]).hostname for row in web.rows}


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``; only the portal's 县市区 list names 深州市."""
    reached = blind_reach.Walker(web).run()
    missed = {
        r["key"]
        for r in blind_reach.county_reports(web)
        if blind_reach.findable(r) and not {c["url"] for c in r["copies"]} & reached
    }
    assert missed == HIDDEN
    outside, portal = set(), set()
    for (host, _path, _q), res in web.resources.items():
        if not res.ctype.startswith("text/html"):
            continue
        found = {urlsplit(u).hostname for u in HREF.findall(res.body.decode("utf-8", "replace"))}
        if host == PORTAL:
            portal |= found
        elif host not in UNSEEDED:
            outside |= found
    assert not UNSEEDED & outside and portal >= UNSEEDED


def test_eportal_onclick_pager(web):
    """饶阳县: 法治政府建设's page 2 is named only in ``queryArticleByCondition(this,'…')``."""
    target = path_of(web, "饶阳县-2023")
    first = ask(web, "https://www.raoyang.gov.cn/eportal/ui?pageId=2637141").body.decode()
    assert target not in first and "currentPage=2" not in "".join(HREF.findall(first))
    (nxt,) = set(EPORTAL_PAGER.findall(first))
    url = "https://www.raoyang.gov.cn" + nxt.replace("&amp;", "&")
    assert "currentPage=2" in url and target in ask(web, url).body.decode()


def test_hanweb_dataproxy(web):
    """桃城区: 通知公告's page carries 45 records; the 2022 report only comes from dataproxy.jsp."""
    target = path_of(web, "桃城区-2022")
    page = ask(web, "http://www.taocheng.gov.cn/col/col4515/index.html").body.decode()
    assert target not in page and page.count("<record>") == 45
    form = "col=1&appid=1&webid=3&path=/&columnid=4515&sourceContentType=1&unitid=21503&permissiontype=0"
    res = ask(
        web,
        "http://www.taocheng.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=46&endrecord=90&perpage=15",
        "POST",
        form.encode(),
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert res.status == 200 and target in res.body.decode()


def test_content_cms_pager(web):
    """沙湾市: 公示公告's second page ``/zwdt/gsgg?p=2`` (a plain 下一页 link) holds the 2022 report."""
    target = path_of(web, "沙湾市-2022")
    first = ask(web, "https://www.xjsw.gov.cn/zwdt/gsgg").body.decode()
    assert target not in first and 'href="/zwdt/gsgg?p=2"' in first
    assert target in ask(web, "https://www.xjsw.gov.cn/zwdt/gsgg?p=2").body.decode()
    assert re.search(r"/zwdt/gsgg/content_\d+$", target)


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    """Each trap's chain from a start beside its prefix runs six steps inside its URL pattern."""
    starts = {"/jrobot/": "search.do?q=%E6%B3%95", "/search/": "search.ct?searchKey=%E6%B3%95"}
    walker = Walker(web)
    for trap in web.truth["trap_kinds"]:
        (key,) = [k for k in starts if k in trap["prefix"]]
        chain = walker.trap_chain(trap["prefix"].rsplit("/", 1)[0] + "/" + starts[key], trap["prefix"])
        pattern = re.compile(trap["pattern"])
        assert len(set(chain)) == 6 and all(pattern.search(u.replace("&amp;", "&")) for u in chain[1:]), trap


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
