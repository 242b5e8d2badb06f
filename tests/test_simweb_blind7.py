"""Checks of the simulated web's ``blind7`` profile itself (never of the crawler).

The blind7 web is for measurement only: these tests check that it builds deterministically, that
its truth is consistent, that its seed rows carry only a name and a URL, that every truth URL
answers through the proxy (to a client that keeps cookies and answers the 521 challenge), that
the reports listed only by script (the ``.ashx`` POST list, the jpage XML pager, the laypage
fragments) are linked by no static page, that the firewall answers 521 without its cookies and the
old host 301s to the new one, that the article bodies of the ``.ashx`` site come only from its
API, that the not-findable reports are the page images and the ``.doc``, that its traps never
end, and that every findable report is reachable from the seed rows by following the sites' own
links, scripts, cookies and APIs (the walker in ``simweb.blind7.reach`` understands each
mechanism the sites use).
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode, urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import Walker as Blind6Walker
from simweb.blind6.reach import finite_traps, unreached
from simweb.blind7.reach import Walker, brief_problems, unanswered_through_proxy
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.sdqixia.gov.cn"}
PORTAL = "www.yantai.gov.cn"
SITE_KINDS = {
    "正定县": ("jsl_cookie_challenge", "later_list_page"),
    "婺源县": ("ashx_post_list", "ashx_body_api"),
    "商河县": ("jpage_get_page", "higher_repost", "department_report"),
    "介休市": ("laypage_fragment",),
    "宽城满族自治县": ("plain_column_name",),
    "蓟州区": ("snowflake_ids",),
    "怀柔区": ("embed_pdf", "beijing_trs"),
    "歙县": ("img_scan", "anhui_trs"),
    "准格尔旗": ("siteserver_contents", "doc_needs_reader"),
    "庄河市": ("gbk_cshtml", "truncated_title"),
    "永泰县": ("moved_host_301",),
    "栖霞市": ("unseeded_county_via_city_list",),
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
    "demo_news",
    "assessment",
)
SCRIPTED = ("ashx_post_list", "jpage_get_page", "laypage_fragment")
ASHX = "http://www.jxwy.gov.cn/Ashx/PostHandler.ashx"


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind7")


def static_hrefs(web) -> tuple[set[str], set[str]]:
    hrefs, outside = set(), set()
    for (host, _path, _q), res in web.resources.items():
        if res.ctype.startswith("text/html"):
            text = res.body.decode("gbk" if "GBK" in res.ctype.upper() else "utf-8", "replace")
            links = {h.replace("&amp;", "&") for h in HREF.findall(text)}
            hrefs |= links
            if host not in UNSEEDED and host != PORTAL:
                outside |= {urlsplit(h).hostname for h in links}
    return hrefs, outside


def test_profile_figures(web):
    """Registered; within the brief's bounds; hosts new; deterministic; truth consistent with
    the mechanisms and look-alike kinds listed above; texts distinct."""
    assert "blind7" in PROFILES and web.truth["profile"] == "blind7"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind7")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind7")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"img_scan", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []


def test_unfindable_reports(web):
    """The two not-findable county reports are the page images (no text in the article, only
    JPEG ``<img>``) and the Word 97 ``.doc``."""
    out = {}
    for r in blind_reach.county_reports(web):
        if blind_reach.findable(r):
            continue
        p = urlsplit(r["preferred_url"])
        res = web.resources[(p.hostname, p.path, p.query)]
        if "img_scan" in r["blind_kinds"]:
            text = res.body.decode()
            out["img"] = text.count('.jpg"') == 3 and r["body"][:30] not in text
        else:
            out["doc"] = f"{res.body[:4].hex()} {res.ctype}"
    assert out == {"img": True, "doc": "d0cf11e0 application/msword"}


def test_scripted_reports_have_no_plain_link(web):
    """The reports listed only by script are linked by no ``href`` on any static page; no static
    page of another host than the city portal links the unseeded county; the walker of the sixth
    blind web, which knows none of these mechanisms, misses them."""
    hrefs, outside = static_hrefs(web)
    scripted = [r for r in web.truth["reports"] if set(SCRIPTED) & set(r["blind_kinds"])]
    assert len(scripted) >= 6
    for r in scripted:
        url = r["preferred_url"]
        assert not {url, urlsplit(url).path, url.split("/", 3)[3] and "/" + url.split("/", 3)[3]} & hrefs
    assert not UNSEEDED & outside
    missed = set(unreached(web, Blind6Walker(web).run(), UNSEEDED))
    gated = [r for r in web.truth["reports"] if "jsl_cookie_challenge" in r["blind_kinds"]]
    assert {r["key"] for r in scripted + gated} <= missed


def test_firewall_and_moved_host(web):
    """The firewalled site answers 521 with ``__jsluid_h`` and the clearance script until both
    cookies are sent; the old 永泰 host 301s every path to the same path on its new host."""
    w = Blind6Walker(web)
    _u, res = w.request("http://www.zd.gov.cn/zwgk/fzzfjs/")
    assert res.status == 521 and "__jsl_clearance_s=" in res.body.decode()
    assert dict(res.headers)["Set-Cookie"].startswith("__jsluid_h=")
    walker = Walker(web)
    _u, res = walker.request("http://www.zd.gov.cn/zwgk/fzzfjs/")
    assert res.status == 200 and "法治政府建设" in res.body.decode()
    final, res = w.request("http://www.yongtai.gov.cn/xjwz/zwgk/fzzfjs/")
    assert final == "http://yt.fuzhou.gov.cn/xjwz/zwgk/fzzfjs/" and res.status == 200


def test_ashx_list_and_body(web):
    """The ``.ashx`` list answers POST only and puts the 2023 report on its second page; the
    report's article page holds no report text, which only its body call returns."""
    (r,) = [
        r for r in web.truth["reports"] if "ashx_post_list" in r["blind_kinds"] and r["report_year"] == 2023
    ]
    nid, cid = re.match(r".*Id=([^&]+)&c=(.+)", r["preferred_url"]).groups()
    w = Walker(web)

    def page(n: int, method: str = "POST"):
        args = urlencode({"args": json.dumps({"PageNo": str(n), "PageSize": "15", "ClassifyID": cid})})
        url = ASHX + "?action=News-GetPublishNewsList"
        res = w.request(url, "POST", args.encode())[1] if method == "POST" else w.request(url + "&" + args)[1]
        return [row["NewsID"] for row in json.loads(res.body)["data"] or []]

    assert page(1, "GET") == [] and nid not in page(1) and nid in page(2)
    shell = w.request(r["preferred_url"])[1].body.decode()
    assert r["body"][:40] not in shell and "News-GetPublishNewById" in shell
    data = json.loads(w.request(r["copies"][0]["body_via"])[1].body)["data"]
    assert r["body"].split("\n")[0][:40] in data["NewsContent"]


def test_every_report_reachable(web):
    """Every truth URL (reports, look-alikes) is reached from the seed rows, the unseeded county
    only through the portal, and no trap is entered."""
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {"date_archive": "date.aspx?date=2024-03-01", "echo_search": "index.cshtml?keyword=%E6%B3%95"}
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
