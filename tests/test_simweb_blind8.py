"""Checks of the simulated web's ``blind8`` profile itself (never of the crawler).

The blind8 web is for measurement only: these tests check that it builds deterministically, that
its truth is consistent, that its seed rows carry only a name and a URL, that every truth URL
answers through the proxy, that the reports behind the web's own mechanisms (the ``script.json``
pager, the JSON-body POST API, laypage, the ``/common/search/`` endpoint in both modes, the 转到
box) are exactly those a walker without them misses, that each mechanism answers as its evidence
says, that the not-findable reports are the scan and the ``.doc``, that its traps never end, and
that every findable report is reachable from the seed rows by following the sites' own links,
scripts and APIs (the walker in ``simweb.blind8.reach`` understands each mechanism).
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import Walker as Blind6Walker
from simweb.blind6.reach import finite_traps, unfindable_files, unreached
from simweb.blind8.reach import Walker, brief_problems
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.tskeg.gov.cn"}
PORTAL = "www.kashi.gov.cn"
# the mechanisms each site's reports exercise, and the look-alike kinds the web must hold
SITE_KINDS = {
    "长垣市": ("sitesources_script_json", "later_list_page", "department_report"),
    "叶城县": ("gb2312_table_list", "doc_needs_reader"),
    "沙湾区": ("sichuan_trs", "higher_repost"),
    "博湖县": ("xinjiang_trs", "scan_needs_ocr"),
    "阜康市": ("xj_json_body_post", "api_later_page"),
    "团风县": ("laypage_jump",),
    "泾川县": ("common_search_json",),
    "华亭市": ("common_search_html",),
    "塔什库尔干塔吉克自治县": ("jump_box_pager", "unseeded_county_via_prefecture_list"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the reports only the blind8 mechanisms reach (a page-1 report of a mechanism may be linked)
HIDDEN = {
    "长垣市-2021",
    "阜康市-2024",
    "阜康市-2022",
    "团风县-2024",
    "泾川县-2023",
    "泾川县-2019",
    "华亭市-2024",
    "华亭市-2022",
    "塔什库尔干塔吉克自治县-2024",
}
# the reports only an API lists: no static page links them at all
API_ONLY = {"阜康市-2024", "阜康市-2022", "泾川县-2023", "泾川县-2019", "华亭市-2024", "华亭市-2022"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind8")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    return Walker(web).request(url, method, body, headers)[1]


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def test_profile_figures(web):
    """Registered; within the brief's bounds; hosts new; deterministic; truth consistent with
    the mechanisms and look-alike kinds listed above; texts distinct; the not-findable reports
    are the scan and the ``.doc``, served as such."""
    assert "blind8" in PROFILES and web.truth["profile"] == "blind8"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind8")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind8")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}


def test_mechanisms_hide_their_reports(web):
    """A walker that knows every earlier blind web's mechanisms but none of blind8's misses
    exactly the reports listed in ``HIDDEN``; no static page links those only an API lists, and no
    static page outside the 喀什 portal links the unseeded county."""
    reached = Blind6Walker(web).run()
    missed = {
        r["key"] for r in blind_reach.county_reports(web) if not {c["url"] for c in r["copies"]} & reached
    }
    assert missed == HIDDEN
    hrefs, outside = set(), set()
    for (host, _path, _q), res in web.resources.items():
        if res.ctype.startswith("text/html"):
            links = HREF.findall(res.body.decode("gbk" if "GBK" in res.ctype.upper() else "utf-8", "replace"))
            hrefs |= {urlsplit(h.replace("&amp;", "&")).path for h in links}
            if host not in UNSEEDED and host != PORTAL:
                outside |= {urlsplit(h).hostname for h in links}
    for key in API_ONLY:  # the others are linked, but only from list pages no static page links
        assert urlsplit(report(web, key)["preferred_url"]).path not in hrefs, key
    assert not UNSEEDED & outside


def test_script_json_pager(web):
    """长垣: list pages link no other list page; ``script.json`` announces them by ``endPage``."""
    col = "/sitesources/cyxrmzf/page_pc/zwgk/tzgg/"
    first = web.resources[("www.changyuan.gov.cn", col + "list1.html", "")].body.decode()
    assert "list2.html" not in first and "$.getJSON('script.json'" in first
    meta = json.loads(web.resources[("www.changyuan.gov.cn", col + "script.json", "")].body)
    assert meta["endPage"] >= 3
    third = web.resources[("www.changyuan.gov.cn", col + f"list{3}.html", "")].body.decode()
    path = urlsplit(report(web, "长垣市-2021")["preferred_url"]).path
    assert "./" + path.rsplit("/", 1)[1] in third


def test_json_body_api(web):
    """阜康: the API answers GET 405 and a form body 400; a JSON body lists the channel, the
    2024 report on the second page of ten, and a ``title`` word filters."""
    page = web.resources[("www.fk.gov.cn", "/fk/c113907/list.shtml", "")].body.decode()
    website, channel = re.search(r'websiteId = "(\w+)"; var channelId = "(\w+)"', page).groups()
    api = "https://www.fk.gov.cn/interface-cms/qryManuscriptByWebsiteId"
    assert ask(web, api).status == 405
    assert (
        ask(web, api, "POST", b"pageNum=1", {"Content-Type": "application/x-www-form-urlencoded"}).status
        == 400
    )

    def rows(n: int, title: str = "") -> list[str]:
        body = json.dumps(
            {"websiteId": website, "channelId": [channel], "pageNum": n, "pageSize": 10, "title": title}
        )
        res = ask(web, api, "POST", body.encode(), {"Content-Type": "application/json"})
        return [r["url"] for r in json.loads(res.body)["results"]]

    path = urlsplit(report(web, "阜康市-2024")["preferred_url"]).path
    assert path not in rows(1) and path in rows(2)
    assert path in rows(1, "法治政府建设")


def test_laypage_and_jump_box(web):
    """团风: each page is served for its ``p_pageIndex`` and links no other page; its laypage
    counts the column. 塔县: the list pages link no other page; 共N页 and the 转到 script do."""
    p1 = web.resources[("www.tfzf.gov.cn", "/site/tpl/6782311", "")].body.decode()
    assert "p_pageIndex=2" not in p1 and re.search(
        r"laypage\.render\(\{elem:'page_list',count:\d+,limit:15", p1
    )
    p3 = web.resources[("www.tfzf.gov.cn", "/site/tpl/6782311", "p_pageIndex=3")].body.decode()
    assert urlsplit(report(web, "团风县-2024")["preferred_url"]).path in p3
    lst = web.resources[("www.tskeg.gov.cn", "/Government/PublicInfoList.aspx", "ThemeId=5")].body.decode()
    assert "page=2" not in lst and "location.href='PublicInfoList.aspx?ThemeId=5&page='+p" in lst
    third = web.resources[("www.tskeg.gov.cn", "/Government/PublicInfoList.aspx", "ThemeId=5&page=3")]
    url = report(web, "塔什库尔干塔吉克自治县-2024")["preferred_url"]
    assert ".." + urlsplit(url).path + "?" + urlsplit(url).query in third.body.decode()


def test_common_search_modes(web):
    """泾川 answers JSON (``data.results``), 华亭 an HTML fragment; both page by ``page``."""
    page = web.resources[("www.jingchuan.gov.cn", "/jcx/c108420/xxgk_list.shtml", "")].body.decode()
    channel = re.search(r'var channelId = "(\w+)"', page).group(1)
    q = "?_isAgg=true&_isJson=true&_pageSize=15&_template=index&_rangeTimeGte=&_channelName=&page="
    base = "https://www.jingchuan.gov.cn/common/search/" + channel
    got = [
        [r["url"] for r in json.loads(ask(web, base + q + str(n)).body)["data"]["results"]] for n in (1, 2)
    ]
    path = urlsplit(report(web, "泾川县-2023")["preferred_url"]).path
    assert path not in got[0] and path in got[1]
    page = web.resources[("www.gsht.gov.cn", "/htzf/c110236/xxgk_list.shtml", "")].body.decode()
    channel = re.search(r"var channelId = '(\w+)'", page).group(1)
    frag = ask(web, f"http://www.gsht.gov.cn/common/search/{channel}?_isJson=false&_pageSize=20&page=2")
    assert frag.ctype.startswith("text/html") and '<ul id="body">' in frag.body.decode()
    assert urlsplit(report(web, "华亭市-2022")["preferred_url"]).path in frag.body.decode()


def test_every_report_reachable(web):
    """Every truth URL (reports, look-alikes) is reached from the seed rows, the unseeded county
    only through the portal, and no trap is entered."""
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {"date_archive": "rqll.jsp?date=2024-03-01", "echo_search": "search?searchword=%E6%B3%95"}
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert blind_reach.unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
