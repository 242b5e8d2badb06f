"""Checks of the simulated web's ``blind45`` profile itself (never of the crawler).

The blind45 web is for measurement only: these tests check that it builds deterministically, that
its truth is consistent, that its seed rows carry only a name and a URL, that every truth URL
answers through the proxy, that the reports behind 陕西 集约化's script-written pager are exactly
those a plain link walker misses, that the ``/doc/`` and VSB pagers answer as modelled, that the
not-findable reports are the scan and the ``.doc``, that its traps never end, and that every
findable report is reachable from the seed rows by the sites' own links, scripts and APIs
(``simweb.blind45.reach``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind45.reach import Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.liangcheng.gov.cn"}
PORTAL = "www.wulanchabu.gov.cn"
SITE_KINDS = {
    "朔城区": ("doc_shtml_static", "later_list_page", "higher_repost"),
    "平鲁区": ("doc_shtml_static", "scan_needs_ocr"),
    "山阴县": ("doc_shtml_static", "gbk_pages", "later_list_page"),
    "应县": ("doc_shtml_static", "pdf_attachment", "doc_needs_reader"),
    "卓资县": ("vsb_htm", "higher_repost", "later_list_page"),
    "化德县": ("vsb_htm", "pdf_attachment"),
    "察哈尔右翼后旗": ("vsb_htm", "later_list_page", "higher_repost"),
    "四子王旗": ("vsb_htm",),
    "府谷县": ("shaanxi_jyh_shtml", "higher_repost", "later_list_page"),
    "定边县": ("shaanxi_jyh_shtml", "docx_attachment"),
    "米脂县": ("shaanxi_jyh_shtml",),
    "子洲县": ("shaanxi_jyh_shtml", "higher_repost"),
    "凉城县": ("trs_createpage", "unseeded_county_via_prefecture_list"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports a plain link walker (no scripts, no forms, no APIs) misses:
# 陕西 集约化's script-written pager (blind31's) hides 通知公告's second page
HIDDEN = {"府谷县-2022", "定边县-2021", "米脂县-2022", "子洲县-2021"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind45")


def ask(web, url: str):
    p = urlsplit(url)
    return web.respond(Request("GET", p.scheme, p.hostname, p.path or "/", p.query, {}, b""), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    return urlsplit(report(web, key)["preferred_url"]).path


def test_profile_figures(web):
    assert "blind45" in PROFILES and web.truth["profile"] == "blind45"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind45")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind45")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 22 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"山西省", "内蒙古自治区", "陕西省"}
    assert {row["name"] for row in web.rows} >= {"朔城区", "卓资县", "府谷县", "乌兰察布市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)
    per_site: dict[str, int] = {}
    for r in findable:
        per_site[r["region"]] = per_site.get(r["region"], 0) + 1
    assert max(per_site.values()) <= 2 and len(per_site) == len(SITE_KINDS)


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``; only the portal's 旗县 list names 凉城县."""
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


def test_doc_cms_pager(web):
    """朔城区: 通知公告 pages by plain ``index_N.shtml`` links; the 2024 report is on page 3."""
    target = path_of(web, "朔城区-2024")
    assert re.fullmatch(r"/doc/\d{4}/\d{2}/\d{2}/\d+\.shtml", target)
    base = "http://www.szscq.gov.cn/xwzx/tzgg/"
    first = ask(web, base + "index.shtml").body.decode()
    assert target not in first and "index_2.shtml" in first
    assert target in ask(web, base + "index_3.shtml").body.decode()


def test_gbk_site(web):
    res = ask(web, "http://www.shanyin.gov.cn/")
    assert "gbk" in res.ctype.lower() or "gb2312" in res.ctype.lower()
    assert "山阴" in res.body.decode("gbk")


def test_vsb_pager(web):
    """卓资县: 通知公告 is ``tzgg.htm`` then ``tzgg/N.htm`` numbered downwards."""
    target = path_of(web, "卓资县-2022")
    first = ask(web, "https://www.zhuozi.gov.cn/xwzx/tzgg.htm").body.decode()
    assert target not in first
    nums = sorted({int(n) for n in re.findall(r"tzgg/(\d+)\.htm", first)})
    assert nums and any(
        target in ask(web, f"https://www.zhuozi.gov.cn/xwzx/tzgg/{n}.htm").body.decode() for n in nums
    )


def test_shaanxi_script_pager(web):
    """府谷县: 通知公告's second page is named only by the platform's pager script."""
    target = path_of(web, "府谷县-2022")
    first = ask(web, "https://www.fg.gov.cn/fgxzf/tzgg/secondLevelChannel.shtml").body.decode()
    assert first and target not in first
    assert not [h for h in HREF.findall(first) if "tzgg" in h and "_2" in h]


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    """Each trap's chain from a start beside its prefix runs six steps inside its URL pattern."""
    starts = {"/rqll/": "index.jsp?date=2024-03-01", "/search/": "index.jsp?q=%E6%B3%95"}
    walker = Walker(web)
    for trap in web.truth["trap_kinds"]:
        (key,) = [k for k in starts if k in trap["prefix"]]
        chain = walker.trap_chain(trap["prefix"].rsplit("/", 1)[0] + "/" + starts[key], trap["prefix"])
        pattern = re.compile(trap["pattern"])
        assert len(set(chain)) == 6 and all(pattern.search(u.replace("&amp;", "&")) for u in chain[1:]), trap


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
