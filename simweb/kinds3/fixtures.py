"""Saved raw pages, scripts, feeds and API answers of the ``kinds3`` profile for unit tests:
``tests/fixtures/pages/kinds3/``.

    $ python -m simweb.kinds3.fixtures        # (re)write the files and their README.md

Each entry: file name, URL, method and body, what it is. The README lists per file the truth URLs
(reports, their files, look-alikes) a reader should find on it by the page's own mechanism (its
forward, config and API, helper script, tab array, year options, sitemap or feed), or the trap
prefix it belongs to.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from urllib.parse import urljoin

from ..kinds.fixtures import write_pages
from ..kinds.walker import OPEN
from ..web import SimWeb, build_web
from .walker import META_REFRESH, REPLACE, SITEMAP_LINE, TAB_URLS, XML_LINK, YEAR_SELECT, Walker

OUT = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "pages" / "kinds3"


def _report(web: SimWeb, key: str) -> dict:
    return next(r for r in web.truth["reports"] if r["key"] == key)


def _holding(web: SimWeb, base: str, prefix: str, needle: str) -> str:
    """The first static resource of ``base``'s host whose path starts with ``prefix`` and whose
    bytes hold ``needle``."""
    host = base.split("://")[1]
    for (h, p, q), res in sorted(web.resources.items()):
        if h == host and p.startswith(prefix) and needle.encode() in res.body:
            return f"{base}{p}" + (f"?{q}" if q else "")
    raise LookupError(needle)


def entries(web: SimWeb) -> list[tuple[str, str, str, bytes, str]]:
    get = lambda name, url, what: (name, url, "GET", b"", what)  # noqa: E731
    ts, tl, yx, cl = (
        "http://www.cnts.gov.cn",
        "http://www.tonglu.gov.cn",
        "http://www.hnyou.gov.cn",
        "http://www.chaling.gov.cn",
    )
    dm, zl, lt = "http://www.daming.gov.cn", "http://www.zjkzl.gov.cn", "https://www.laoting.gov.cn"
    youxian = _report(web, "攸县-2023")["preferred_url"].rsplit("/", 1)[1][:-5]
    daming = _report(web, "大名县-2023")["preferred_url"].split(".gov.cn", 1)[1]
    taojiang = _report(web, "桃江县-2022")["preferred_url"].split(".gov.cn", 1)[1]
    return [
        get("1_taishan_splash.html", f"{ts}/", "引导页: 进入首页 only by enterSite() (window.location.href)"),
        get("1_fengxian_refresh.html", "http://www.chinafx.gov.cn/", "root: only a meta refresh"),
        get(
            "1_huarong_replace.html",
            "http://huarong.gov.cn/",
            "bare host: only location.replace to www (https)",
        ),
        get(
            "2_taishan_gkmlpt_index.html",
            f"{ts}/gkmlpt/index",
            "gkmlpt: window._CONFIG (SID, TREE), no links",
        ),
        get(
            "2_taishan_gkmlpt_api.json",
            f"{ts}/gkmlpt/api/all/2461?page=1&sid=750115",
            "gkmlpt list API of 法治政府建设 (articles, total)",
        ),
        get("2_tonglu_home.html", f"{tl}/", "Vue portal: div#app, config.js and bundle only"),
        get("2_tonglu_config.js", f"{tl}/config.js", "window.SITE_CONFIG: baseApi, siteId, column ids"),
        get(
            "2_tonglu_app.js", f"{tl}/static/js/app.4f2a7b1c.js", "bundle: hash routes, list and detail calls"
        ),
        get(
            "2_tonglu_list.json",
            f"{tl}/prod-api/cms/article/list?columnId=1207&pageNum=2&pageSize=10&siteId=7",
            "RuoYi list, page 2 (rows of articleId)",
        ),
        get(
            "2_tonglu_detail.json",
            _report(web, "桐庐县-2023")["preferred_url"],
            "the article: only this JSON",
        ),
        get(
            "3_youxian_list.html",
            _holding(web, yx, "/hnyou/fzzfjs/index", youxian),
            "links javascript:toDetail('<id>')",
        ),
        get("3_youxian_common.js", f"{yx}/js/common.js", "toDetail defined here (BASE_PATH)"),
        get(
            "3_chaling_list.html", f"{cl}/zwgk/infoList.jsp?catId=1021", "tr onclick goInfo, 加载更多 script"
        ),
        get("3_chaling_public.js", f"{cl}/js/public.js", "goInfo defined here"),
        get(
            "4_chaling_more.html",
            f"{cl}/zwgk/moreInfo.jsp?catId=1021&offset=8&limit=8",
            "加载更多 answer: bare goInfo rows",
        ),
        get("4_huarong_tabs.html", "https://www.huarong.gov.cn/zwgk/index.html", "tab strip, tabUrls array"),
        get(
            "4_huarong_tab_ndbg.html",
            "https://www.huarong.gov.cn/zwgk/tab/ndbg.html",
            "年度报告 tab fragment",
        ),
        get(
            "4_fengxian_year.html",
            "http://www.chinafx.gov.cn/zgfx/xxgk/list.jsp?cid=fzzf",
            "newest year only; <select> of bare years",
        ),
        get("5_daming_robots.txt", f"{dm}/robots.txt", "robots.txt naming the sitemap"),
        get("5_daming_sitemap.xml", f"{dm}/sitemap.xml", "sitemap index"),
        get(
            "5_daming_sitemap_part.xml",
            _holding(web, dm, "/sitemap/", daming),
            "sitemap part with the report",
        ),
        get("5_daming_column.html", f"{dm}/zwgk/fzzfjs/", "8 newest items, dead goPage pager"),
        get("5_zhuolu_rss.xml", f"{zl}/rss/fzzfjs.xml", "RSS feed of 法治政府建设 (every item)"),
        get(
            "5_taojiang_pc_column.html",
            "http://www.taojiang.gov.cn/zwgk/fzzfjs/",
            "PC list from a refused API",
        ),
        get(
            "5_taojiang_wap_list.html",
            _holding(web, "http://m.taojiang.gov.cn", "/wap/list.jsp", taojiang),
            "mobile list page with the report",
        ),
        get(
            "6_kaiping_article.html",
            _report(web, "开平市-2022")["copies"][0]["via"],
            "gkmlpt article: PDF only via /pdfjs/web/viewer.html?file=",
        ),
        get(
            "6_laoting_pdfjs_article.html",
            _report(web, "乐亭县-2023")["copies"][0]["via"],
            "one-line article, PDF in a pdf.js iframe",
        ),
        get("6_zhuolu_embed_article.html", _report(web, "涿鹿县-2022")["copies"][0]["via"], "PDF in <embed>"),
        get("6_laoting_ofd_article.html", _report(web, "乐亭县-2021")["copies"][0]["via"], "OFD only"),
        get(
            "7_laoting_big5.html",
            f"{lt}/gate/big5/www.laoting.gov.cn/gate/big5/www.laoting.gov.cn/",
            "繁體 gateway, nested once (trap)",
        ),
        get("7_daming_view.html", f"{dm}/zwgk/view.jsp?id=50000", "soft-404 prev/next chain (trap)"),
        get(
            "7_huaning_care.html",
            "http://www.huaning.gov.cn/care/index.jsp?fs=16&lh=15&theme=default",
            "关怀版 font-size views (trap)",
        ),
    ]


def fetch(web: SimWeb, url: str, method: str, body: bytes) -> tuple[bytes, str]:
    status, data, ctype = Walker(web).get(url, method, body)
    assert status == 200, (url, status)
    return data, ctype


def expected(web: SimWeb, url: str, data: bytes, ctype: str) -> list[str]:
    """Truth URLs the file leads to by its own mechanism (JSON answers: their article URLs; XML:
    ``<loc>``/``<link>``; robots.txt: its sitemaps; pages and fragments: the walker's links, with
    the host's helper scripts, plus the forward targets, tab fragments and year pages it names)."""
    base = "/".join(url.split("/")[:3])
    truth = {c["url"] for r in web.truth["reports"] for c in r["copies"]}
    truth |= {d["url"] for d in web.truth["lookalikes"]}
    walker = Walker(web)
    text = data.decode("utf-8", "replace")
    if ctype.startswith("application/json"):
        value = json.loads(data)
        if "articles" in value:
            found = [a["url"] for a in value["articles"]]
        elif "rows" in value:
            found = [f"{base}/prod-api/cms/article/get?id={r['articleId']}" for r in value["rows"]]
        else:
            found = [url]
    elif "xml" in ctype:
        found = XML_LINK.findall(text)
    elif url.endswith("robots.txt"):
        found = SITEMAP_LINE.findall(text)
    elif ctype.startswith("text/html"):
        scripts = "\n".join(walker.script(base + js) for js in ("/js/common.js", "/js/public.js"))
        found = walker.links(url, text) + walker.helpers(base, scripts, text)
        steps = META_REFRESH.findall(text) + REPLACE.findall(text) + OPEN.findall(text)
        steps += [u for urls in TAB_URLS.findall(text) for u in re.findall(r"'([^']+)'", urls)]
        steps += [p for p, _ in YEAR_SELECT.findall(text)]
        targets = {urljoin(url, html.unescape(s)) for s in steps}
        truth |= {u for u in found if u in targets and not u.endswith("=")}
        truth |= {u for u in found for t in targets if t.endswith("=") and u.startswith(t) and u != t}
    else:
        found = []
    return sorted({u for u in found if u in truth or u.endswith(".xml")})


def write(web: SimWeb | None = None) -> None:
    web = web or build_web(profile="kinds3")
    note = " The last column lists the truth URLs (and, for indexes, the sitemap files) reached by the "
    note += "file's own mechanism (forward, config + API, helper script, tabs, year options, sitemap, feed)."
    write_pages(web, "kinds3", OUT, entries(web), fetch, expected, note)


if __name__ == "__main__":
    write()
