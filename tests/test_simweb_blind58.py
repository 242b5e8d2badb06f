"""Checks of the simulated web's ``blind58`` profile itself (never of the crawler).

The blind58 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the 铜川 ``.rt`` ``$.ajax`` list shells
are exactly those a plain link walker misses, that the 阜新 platform's lists and the ``.rt``
lists answer as modelled, that the not-findable reports are the scan and the ``.doc``, that its
traps never end, and that every findable report is reachable from the seed rows by the sites'
own links, scripts and APIs (``simweb.blind58.reach``).
"""

from __future__ import annotations

import re
from urllib.parse import urlencode, urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind58.reach import RT_AJAX, Walker, rt_ajax_params, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.fxqhm.gov.cn"}
PORTAL = "www.fuxin.gov.cn"
FX, RT = "fuxin_platform", "tongchuan_rt_platform"
SITE_KINDS = {
    "海州区": (FX, "higher_repost", "later_list_page"),
    "新邱区": (FX, "pdf_attachment", "xxgk_tree"),
    "太平区": (FX, "gbk_pages", "later_list_page"),
    "细河区": (FX, "department_column", "docx_attachment"),
    "阜新蒙古族自治县": (FX, "joint_title", "higher_repost"),
    "彰武县": (FX, "later_list_page", "xxgk_tree", "doc_needs_reader"),
    "清河门区": (FX, "unseeded_county_via_prefecture_list"),
    "王益区": (RT, "ajax_list_shell", "higher_repost", "api_later_page"),
    "印台区": (RT, "later_list_page"),
    "耀州区": (RT, "ajax_list_shell", "pdf_attachment", "api_later_page"),
    "宜君县": (RT, "higher_repost", "later_list_page", "xxgk_tree"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports a plain link walker (no scripts, no forms, no APIs) misses
HIDDEN = {"王益区-2024", "王益区-2022", "耀州区-2024", "耀州区-2023"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind58")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    r = report(web, key)
    via = r["copies"][0].get("via") or r["preferred_url"]
    return urlsplit(via).path


def test_profile_figures(web):
    assert "blind58" in PROFILES and web.truth["profile"] == "blind58"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind58")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind58")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"echo_search", "endless_pager"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 22 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"辽宁省", "陕西省"}
    assert {row["name"] for row in web.rows} >= {"海州区", "王益区", "阜新市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)
    assert not UNSEEDED & {urlsplit(row["url"]).hostname for row in web.rows}


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``; only the portal's 县区 block names 清河门区."""
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


def test_fuxin_platform_lists(web):
    """海州区: ``/channel/list/<id>.html`` lists with a plain ``ul.pagination``; page 2 holds the
    2022 report; articles are ``/content/<year>/<id>.html``."""
    target = path_of(web, "海州区-2022")
    assert re.fullmatch(r"/content/2023/\d+\.html", target)
    home = ask(web, "https://www.fxhz.gov.cn/").body.decode()
    gk = re.search(r'href="(/channel/\d+/index\.html)"[^>]*>政务公开', home).group(1)
    hub = ask(web, "https://www.fxhz.gov.cn" + gk).body.decode()
    (tz,) = re.findall(r'<h3><a href="(/channel/list/\d+\.html)"[^>]*>通知公告</a>', hub)
    first = ask(web, "https://www.fxhz.gov.cn" + tz).body.decode()
    assert target not in first and 'class="pagination"' in first and f'href="{tz}?page=2"' in first
    assert target in ask(web, f"https://www.fxhz.gov.cn{tz}?page=2").body.decode()
    gbk = ask(web, "https://www.fxtp.gov.cn/")
    assert "gbk" in gbk.ctype.lower()


def test_rt_ajax_shell(web):
    """王益区: 通知公告 is a shell whose ``$.ajax`` loads ``news_list.rt`` fragments; page 2 holds
    the 2022 report; the fragment's pager is ``javascript:getList(n)``."""
    page = ask(web, "http://www.tcwy.gov.cn/html/zwgk/tzgg/index.html").body.decode()
    target = path_of(web, "王益区-2022")
    assert target not in page and "news_list.rt?" not in page
    ((url, raw),) = RT_AJAX.findall(page)
    params = rt_ajax_params(raw)
    one = ask(web, f"http://www.tcwy.gov.cn{url}?" + urlencode({**params, "pageNo": 1})).body.decode()
    two = ask(web, f"http://www.tcwy.gov.cn{url}?" + urlencode({**params, "pageNo": 2})).body.decode()
    assert target not in one and target in two and "javascript:getList(2)" in one
    assert "<html" not in one.lower() and 'class="cms_page"' in one


def test_rt_plain_lists(web):
    """印台区: the column page links ``news_list.rt?…&pageNo=N`` pages; page 2 holds the 2021
    report; an unknown ``channlId`` answers 404."""
    page = ask(web, "http://www.yintai.gov.cn/html/zwgk/tzgg/index.html").body.decode()
    target = path_of(web, "印台区-2021")
    assert target not in page
    links = [u.replace("&amp;", "&") for u in HREF.findall(page) if "pageNo=2" in u]
    assert links and links[0].startswith("/news_list.rt?descriptionNumber=50&modelId=4")
    assert target in ask(web, "http://www.yintai.gov.cn" + links[0]).body.decode()
    assert ask(web, "http://www.yintai.gov.cn/news_list.rt?channlId=1&pageNo=1").status == 404


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    """Each trap's chain from its start runs six steps inside its URL pattern."""
    starts = {"echo_search": "?keyword=%E6%B3%95", "endless_pager": "?pageNo=1"}
    walker = Walker(web)
    for trap in web.truth["trap_kinds"]:
        chain = walker.trap_chain(trap["prefix"] + starts[trap["kind"]], trap["prefix"])
        pattern = re.compile(trap["pattern"])
        assert len(set(chain)) == 6 and all(pattern.search(u.replace("&amp;", "&")) for u in chain[1:]), trap


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
