"""Checks of the simulated web's ``blind9`` profile itself (never of the crawler).

The blind9 web is for measurement only: these tests check that it builds deterministically, that
its truth is consistent, that its seed rows carry only a name and a URL, that every truth URL
answers through the proxy, that the reports behind the web's own list mechanisms (the JSONP
endpoint, the sitemap index, the 加载更多 offsets, the IGS search endpoint) are exactly those a
walker without them misses, that each mechanism answers as its evidence says (the detail shells
hold no text and the POSTed detail API holds it), that the not-findable reports are the scan and
the ``.doc``, that its traps never end, and that every findable report is reachable from the seed
rows by following the sites' own links, scripts and APIs (the walker in ``simweb.blind9.reach``
understands each mechanism).
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote, urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import finite_traps, unfindable_files, unreached
from simweb.blind8.reach import Walker as Blind8Walker
from simweb.blind8.reach import brief_problems
from simweb.blind9.reach import Walker
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.yr.gov.cn"}
PORTAL = "www.chuxiong.gov.cn"
# the mechanisms each site's reports exercise, and the look-alike kinds the web must hold
SITE_KINDS = {
    "梨树县": ("jilin_trs", "later_list_page"),
    "通化县": ("gbk_table_list", "doc_needs_reader"),
    "前郭尔罗斯蒙古族自治县": ("jilin_trs", "scan_needs_ocr"),
    "祥云县": ("yunnan_trs", "higher_repost"),
    "伊通满族自治县": ("jsonp_list", "api_later_page"),
    "蛟河市": ("detail_shell_post_api",),
    "东辽县": ("sitemap_index", "sitemap_only"),
    "乾安县": ("load_more_offset",),
    "南华县": ("igs_search_json",),
    "永仁县": ("unseeded_county_via_prefecture_list",),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the reports only the blind9 list mechanisms reach
HIDDEN = {
    "伊通满族自治县-2023",
    "伊通满族自治县-2021",
    "东辽县-2019",
    "乾安县-2022",
    "南华县-2024",
    "南华县-2022",
}
# the reports only an API or a sitemap names: no HTML page links them at all
NO_HTML_LINK = HIDDEN
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind9")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    return Walker(web).request(url, method, body, headers)[1]


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    return urlsplit(report(web, key)["preferred_url"]).path


def test_profile_figures(web):
    """Registered; within the brief's bounds; hosts new; deterministic; truth consistent with
    the mechanisms and look-alike kinds listed above; texts distinct; the not-findable reports
    are the scan and the ``.doc``, served as such."""
    assert "blind9" in PROFILES and web.truth["profile"] == "blind9"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind9")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind9")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}


def test_mechanisms_hide_their_reports(web):
    """A walker that knows every earlier blind web's mechanisms but none of blind9's misses
    exactly the reports listed in ``HIDDEN``; no HTML page links them, and no HTML page outside
    the 楚雄 portal links the unseeded county."""
    reached = Blind8Walker(web).run()
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
    for key in NO_HTML_LINK:
        assert path_of(web, key) not in hrefs, key
    assert not UNSEEDED & outside


def test_jsonp_endpoint(web):
    """伊通: the shell names the endpoint and callback; the answer is a script calling the
    callback; the 2023 report is on its second page of 15."""
    page = web.resources[("www.yitong.gov.cn", "/xxgk/1203/list.html", "")].body.decode()
    assert (
        'dataType:"jsonp"' in page
        and 'jsonpCallback:"infoListCallback"' in page
        and '<ul class="list" id="infoList"></ul>' in page
    )

    def rows(n: int) -> list[str]:
        res = ask(
            web,
            f"http://www.yitong.gov.cn/interface/cms/infoList.jsonp?catId=1203&pageNo={n}&pageSize=15&callback=infoListCallback",
        )
        body = res.body.decode()
        assert res.ctype.startswith("application/javascript") and body.startswith("infoListCallback(")
        return [r["url"] for r in json.loads(body[len("infoListCallback(") : -2])["data"]["list"]]

    path = path_of(web, "伊通满族自治县-2023")
    assert path not in rows(1) and path in rows(2)


def test_detail_shell_and_api(web):
    """蛟河: a report's URL answers the same shell as any other id, without its text; the
    detail API answers GET 405 and gives the text to a POST of the id."""
    url = report(web, "蛟河市-2024")["preferred_url"]
    shell = ask(web, url).body.decode()
    other = ask(web, "https://www.jiaohe.gov.cn/detail.html?id=nothing").body.decode()
    assert shell == other and "法治政府建设" not in shell.split('id="app"', 1)[1]
    assert '$.post("/api/detail",{id:getQueryString("id")}' in shell
    api = "https://www.jiaohe.gov.cn/api/detail"
    assert ask(web, api).status == 405
    doc = urlsplit(url).query.split("=", 1)[1]
    res = ask(
        web, api, "POST", f"id={quote(doc)}".encode(), {"Content-Type": "application/x-www-form-urlencoded"}
    )
    data = json.loads(res.body)["data"]
    assert data["title"] == report(web, "蛟河市-2024")["title"] and len(data["content"]) > 1500
    walker = Walker(web)
    walker.run()
    assert report(web, "蛟河市-2022")["preferred_url"] in walker.details


def test_sitemap_index(web):
    """东辽: robots.txt names the sitemap index; the per-year url set names the 2019 report, which
    no list page shows (lists hold their newest 20 only)."""
    robots = web.resources[("www.dongliao.gov.cn", "/robots.txt", "")].body.decode()
    assert "Sitemap: http://www.dongliao.gov.cn/sitemap.xml" in robots
    index = web.resources[("www.dongliao.gov.cn", "/sitemap.xml", "")].body.decode()
    assert "<sitemapindex" in index and "/sitemap/sitemap_2020.xml" in index
    year = web.resources[("www.dongliao.gov.cn", "/sitemap/sitemap_2020.xml", "")].body.decode()
    assert report(web, "东辽县-2019")["preferred_url"] in year
    lst = web.resources[("www.dongliao.gov.cn", "/zwgk/qtfdgkxx/index.html", "")].body.decode()
    rows = lst.split('<ul class="list">', 1)[1].split("</ul>", 1)[0]
    assert rows.count("<li>") == 20 and "index_1.html" not in lst


def test_load_more_and_igs(web):
    """乾安: the column page shows ten rows and no pager; the fragment at ``start=30`` holds the
    2022 report; past the end the answer is empty. 南华: the IGS endpoint lists by channel name,
    the 2024 report on its second page; an unknown index answers 500."""
    page = web.resources[("www.jlqa.gov.cn", "/zwgk/tzgg/index.html", "")].body.decode()
    rows = page.split('<ul id="newsList">', 1)[1].split("</ul>", 1)[0]
    assert rows.count("<li>") == 10 and "点击加载更多" in page and "index_2" not in page
    frag = ask(web, "http://www.jlqa.gov.cn/e/extend/getmore.php?classid=12&start=30&num=10").body.decode()
    assert path_of(web, "乾安县-2022") in frag
    assert ask(web, "http://www.jlqa.gov.cn/e/extend/getmore.php?classid=12&start=5000&num=10").body == b""
    page = web.resources[("www.ynnh.gov.cn", "/zfxxgk/fdzdgknr/qtfdgkxx/index.html", "")].body.decode()
    cfg = json.loads(re.search(r"var igs = (\{[^;]*\});", page).group(1))
    base = (
        f"https://www.ynnh.gov.cn/igs/front/search/list.html?index={cfg['index']}&type={cfg['type']}"
        f"&pageSize=10&siteId={cfg['siteId']}&filter[SITEID]={cfg['siteId']}&filter[CHNLDESC]={quote(cfg['chnl'])}"
        "&orderProperty=PUBDATE&orderDirection=desc&pageNumber="
    )
    got = [
        [r["DOCPUBURL"] for r in json.loads(ask(web, base + str(n)).body)["page"]["content"]] for n in (1, 2)
    ]
    url = report(web, "南华县-2024")["preferred_url"]
    assert url not in got[0] and url in got[1]
    assert ask(web, base.replace(cfg["index"], "other") + "1").status == 500


def test_every_report_reachable(web):
    """Every truth URL (reports, look-alikes) is reached from the seed rows, the unseeded county
    only through the portal, and no trap is entered."""
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {"date_archive": "rqll.jsp?date=2024-03-01", "echo_search": "search?searchword=%E6%B3%95"}
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert blind_reach.unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
