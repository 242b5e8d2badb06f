"""Saved raw pages and API answers of the ``kinds2`` profile for unit tests:
``tests/fixtures/pages/kinds2/``.

    $ python -m simweb.kinds2.fixtures        # (re)write the files and their README.md

Each entry: file name, URL, method and body (for POSTed pages and API answers), what it is. The
README lists per file the truth URLs (reports, their files and variants, look-alikes) a reader
should find on it by the page's own mechanism (its script pager, form, API or template), or the
trap prefix it belongs to.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlencode

from ..kinds.fixtures import write_pages
from ..web import SimWeb, build_web
from .walker import Walker, fill

OUT = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "pages" / "kinds2"
FORM = "application/x-www-form-urlencoded"


def _copy(web: SimWeb, key: str, n: int = 0) -> str:
    return next(r for r in web.truth["reports"] if r["key"] == key)["copies"][n]["url"]


def _listing(web: SimWeb, host: str, path: str, query_part: str, url: str) -> str:
    """The first static page (``path`` with ``query_part`` in its query) on ``host`` holding ``url``
    (a URL on that host, or any text)."""
    target = (url.split(host, 1)[1] if host in url else url).encode()
    for (h, p, q), res in sorted(web.resources.items()):
        if h == host and p == path and query_part in q and target in res.body:
            return f"{url.split(host)[0] if host in url else 'http://'}{host}{p}?{q}"
    raise LookupError(url)


def entries(web: SimWeb) -> list[tuple[str, str, str, bytes, str]]:
    get = lambda name, url, what: (name, url, "GET", b"", what)  # noqa: E731
    post = lambda name, url, form, what: (name, url, "POST", urlencode(form).encode(), what)  # noqa: E731
    gn = "http://www.gannan.gov.cn"
    gannan_id = _copy(web, "甘南县-2023").rsplit("=", 1)[1]
    frame = _listing(
        web, "xxgk.deyang.gov.cn", "/xxgkml/gklist_iframe.jsp", "pageIndex=2", _copy(web, "中江县-2023")
    )
    return [
        get(
            "1_zhongjiang_home.html",
            "http://www.zhongjiang.gov.cn/",
            "county portal: 政府信息公开 on the city host",
        ),
        get(
            "1_deyang_zjx_index.html",
            "http://xxgk.deyang.gov.cn/xxgkml/qxindex.jsp?regionName=zjx",
            "德阳 platform index of 中江县: department table in #zwgkRight",
        ),
        get(
            "1_deyang_zjx_dept.html",
            frame.split("&pageIndex")[0].replace("gklist_iframe", "gkdept"),
            "县政府办公室 page: only an iframe of gklist_iframe.jsp",
        ),
        get("1_deyang_zjx_iframe_p2.html", frame, "the framed list, page 2 (共N页 + toPage script)"),
        get("1_deyang_ljq_article.html", _copy(web, "罗江区-2023"), "platform article: #attribute spans"),
        get(
            "1_qqhr_fyx_list.html",
            "https://www.qqhr.gov.cn/News_showGkmlList.action?deptCode=230227&typeId=63&pageNo=1",
            "齐齐哈尔 Struts platform list of 富裕县 (shared typeId)",
        ),
        get("1_qqhr_fyx_article.html", _copy(web, "富裕县-2022"), "platform article: 索引号 table + PDF"),
        get(
            "2_yian_xxgk_column.html", "http://xxgk.hljyian.gov.cn/col/fzzfjs/", "column page: only an iframe"
        ),
        get(
            "2_yian_xxgk_list.html",
            "http://xxgk.hljyian.gov.cn/col/fzzfjs/list_2.html",
            "the framed list, page 2 (links target _parent)",
        ),
        get(
            "2_kedong_frameset.html", "http://www.kedong.gov.cn/", "home page: a frameset (GB2312 meta only)"
        ),
        get("2_kedong_left.html", "http://www.kedong.gov.cn/left.asp", "frame menu, target=main"),
        get("3_nehe_column.html", "http://www.nehe.gov.cn/gkml/fzzfjs/index.html", "art-template + laypage"),
        (
            "3_nehe_list_page1.json",
            "http://www.nehe.gov.cn/api/gkml/list",
            "POST",
            json.dumps({"channel": "fzzfjs", "pageIndex": 1, "pageSize": 10}).encode(),
            "the POST JSON list behind it (ids only)",
        ),
        get("3_gannan_column.html", f"{gn}/col/63.html", "$.getJSON + $.each template literal"),
        get(
            "3_gannan_list_page1.json",
            f"{gn}/api/content/list?channelId=63&page=1&size=12",
            "id-only rows",
        ),
        get("3_gannan_detail_shell.html", _copy(web, "甘南县-2023"), "detail.html?id= shell without text"),
        get("3_gannan_detail.json", f"{gn}/api/content/detail?id={gannan_id}", "the article as JSON"),
        get(
            "3_zhenhai_column.html",
            "http://www.zh.gov.cn/col/col1229607/index.html",
            "fetch + forEach + Date",
        ),
        post(
            "3_zhenhai_list_page1.json",
            "http://www.zh.gov.cn/api/list",
            {"columnId": 1229607, "pageNo": 1, "pageSize": 15},
            "POSTed id-only records with publishTime (ms)",
        ),
        get(
            "4_suining_list.html", "http://www.cnsn.gov.cn/zwgk/List.aspx?cid=52", "AspNetPager page 1 (GET)"
        ),
        post(
            "4_suining_list_p3.html",
            "http://www.cnsn.gov.cn/zwgk/List.aspx?cid=52",
            {"__EVENTTARGET": "AspNetPager1", "__EVENTARGUMENT": "3", "__VIEWSTATE": "x"},
            "page 3 by __doPostBack",
        ),
        get("4_baiquan_list.html", "http://www.baiquan.gov.cn/xxgk/list.jsp?catId=fzzfjs", "pageForm page 1"),
        post(
            "4_baiquan_list_p3.html",
            "http://www.baiquan.gov.cn/xxgk/list.jsp",
            {"catId": "fzzfjs", "pageNo": "3"},
            "page 3 by goPage(3) (form POST); links carry ;jsessionid=",
        ),
        get(
            "4_ninghai_sfj_list.html",
            "http://www.ninghai.gov.cn/zwgk/list.jsp?cid=sfj_fzzf&page=2",
            "县司法局 → 法治政府建设, page 2 (pager written from totalPage)",
        ),
        get(
            "5_kedong_report_article.html",
            next(r for r in web.truth["reports"] if r["key"] == "克东县-2023")["copies"][0]["via"],
            "one-line article (GB2312), the report only as PDF",
        ),
        get(
            "6_ninghai_news_p12.html",
            "http://www.ninghai.gov.cn/news/list.jsp?cid=3&page=12",
            "page 12 of 21 of 宁海新闻 (no report)",
        ),
        get(
            "7_ninghai_calendar.html",
            "http://www.ninghai.gov.cn/zwrl.jsp?date=2024-03-01&view=month",
            "calendar by query (trap)",
        ),
        get(
            "7_nehe_facets.html",
            "http://www.nehe.gov.cn/gkml/search.jsp?theme=zf,jj&sort=pubDate&order=desc&page=1",
            "facet/sort combinations (trap)",
        ),
        get(
            "7_baiquan_hdjl.html",
            "http://www.baiquan.gov.cn/hdjl/index.jsp;jsessionid=ABC",
            "rotating ;jsessionid= (trap)",
        ),
    ]


def fetch(web: SimWeb, url: str, method: str, body: bytes) -> tuple[bytes, str]:
    walker = Walker(web)
    ctype = "application/json" if body.startswith(b"{") else FORM if body else ""
    status, data, res_type = walker.get(url, method, body, ctype)
    assert status == 200, (url, status)
    return data, res_type


def expected(web: SimWeb, url: str, data: bytes, ctype: str) -> list[str]:
    """JSON answers: every item URL (or the answer itself if it is a report copy); pages: the
    truth URLs the page's mechanisms reach."""
    base = "/".join(url.split("/")[:3])
    truth = {c["url"] for r in web.truth["reports"] for c in r["copies"]}
    truth |= {d["url"] for d in web.truth["lookalikes"]}
    if ctype.startswith("application/json"):
        value = json.loads(data)
        inner = value.get("data") or {}
        walker = Walker(web)
        if "list" in inner:
            return [base + fill("/gkml/{{item.channel}}/{{item.infoId}}.html", r) for r in inner["list"]]
        if "rows" in value:
            return [base + fill("/content/detail.html?id=${item.id}", r) for r in value["rows"]]
        if "records" in inner:
            return walker.fetch_list(url, int(inner["records"][0]["columnId"]), base)[: len(inner["records"])]
        return [url] if url in truth else []
    walker = Walker(web)
    links = walker.links(url, walker.decode(data, ctype))
    return sorted({u for u in links if u in truth})


def write(web: SimWeb | None = None) -> None:
    web = web or build_web(profile="kinds2")
    note = " The last column lists the truth URLs reached by the page's own mechanism (script pager, "
    note += "POST form, JSON API, template)."
    write_pages(web, "kinds2", OUT, entries(web), fetch, expected, note)


if __name__ == "__main__":
    write()
