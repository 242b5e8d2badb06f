"""Saved raw pages, scripts and API answers of the ``kinds4`` profile for unit tests:
``tests/fixtures/pages/kinds4/``.

    $ python -m simweb.kinds4.fixtures        # (re)write the files and their README.md

Each entry: file name, URL, method and body, what it is. The README lists per file the truth URLs
(reports, look-alikes) a reader should find on it by the page's own mechanism (its document.write
lines or script file, JSONP or XML answer, tree API, base href, select options, pager script), or
the trap prefix it belongs to.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlencode, urljoin

from ..kinds.fixtures import write_pages
from ..kinds.walker import HREF
from ..web import SimWeb, build_web
from .walker import CDATA, DEPT_JS, DEPT_JSON, Walker

OPTION = re.compile(r'<option value="([^"]*)">')

OUT = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "pages" / "kinds4"
FORM = "application/x-www-form-urlencoded"


def entries(web: SimWeb) -> list[tuple[str, str, str, bytes, str]]:
    get = lambda name, url, what: (name, url, "GET", b"", what)  # noqa: E731
    hy, sx, tc = "https://www.ahhy.gov.cn", "https://www.shouxian.gov.cn", "http://www.tianchang.gov.cn"
    hc, ll, cp = "http://www.huichang.gov.cn", "http://www.lanling.gov.cn", "http://www.chiping.gov.cn"
    more = {
        "col": 1,
        "appid": 1,
        "webid": 91,
        "path": "/",
        "columnid": "10585,10586,10590",
        "sourceContentType": 1,
        "unitid": web_unit(web),
        "keyWordCount": 30,
        "webname": "会昌县人民政府",
        "permissiontype": 0,
    }
    jsonp = urlencode(
        {"callback": "jQuery1124_1700000000000", "columnId": "2871", "pageNo": 2, "pageSize": 15}
    )
    return [
        get(
            "1_huaiyuan_docwrite.html",
            f"{hy}/zwgk/fzzfjs/index_1.html",
            "list page 2: items only in document.write lines",
        ),
        get("1_shouxian_column.html", f"{sx}/zwgk/fzzfjs/", "list: <script src> of a per-column .js"),
        get(
            "1_shouxian_col.js",
            f"{sx}/js/col/zwgk_fzzfjs.js",
            "document.write lines, hrefs relative to the page",
        ),
        get("2_tianchang_column.html", f"{tc}/zwgk/fzzfjs/", "empty list + $.ajax dataType jsonp"),
        get("2_tianchang_list.jsonp", f"{tc}/interface/infoList.jsonp?{jsonp}", "JSONP answer, page 2"),
        get(
            "2_huichang_column.html",
            f"{hc}/col/col10580/index.html",
            "jpage call with a columnid list, no record",
        ),
        (
            "2_huichang_more.xml",
            f"{hc}/module/web/jpage/morecolumndataproxy.jsp?startrecord=1&endrecord=45&perpage=15",
            "POST",
            urlencode(more).encode(),
            "morecolumndataproxy XML answer (records 1-45 of three columns)",
        ),
        get(
            "3_lanling_tree_page.html", f"{ll}/xxgk/bmxxgk.html", "zTree page: async url getTree.do, no node"
        ),
        get("3_lanling_tree_root.json", f"{ll}/xxgk/getTree.do", "getTree.do roots (departments)"),
        get(
            "3_xigong_dept_page.html",
            "http://www.xigong.gov.cn/xxgk/bmxxgk/index.html",
            "部门信息公开: empty menu rendered from a static .json.js",
        ),
        get(
            "3_xigong_dept.json.js",
            "http://www.xigong.gov.cn/www/js/dept.json.js",
            "var deptJson = [{id,title,child}]",
        ),
        get(
            "4_chiping_list.html",
            f"{cp}/xxgk/fzzf/list.jsp?pageNo=2",
            "JSP list page 2: links relative to <base href>",
        ),
        get(
            "4_shexian_select.html", "https://www.ahshx.gov.cn/zwgk/", "column menu only as <select> options"
        ),
        get(
            "5_shucheng_column.html",
            "https://www.shucheng.gov.cn/col/col12493/index.html",
            "page 1 of 3 (no report), pager written from total",
        ),
        get(
            "6_shexian_ssr_list.html",
            "https://www.ahshx.gov.cn/zwgk/ndbg/",
            "Vue SSR list: no anchor, rows in window.__INITIAL_STATE__",
        ),
        get(
            "7_shitai_wza_mirror.html",
            "http://wza.ahshitai.gov.cn/www/www/zwgk/",
            "无障碍 mirror, links nested one /www deeper (trap)",
        ),
        get(
            "7_xigong_segment.html",
            "http://www.xigong.gov.cn/xxgk/xxgk/fzzfjs/xxgk/tzgg/index.html",
            "relative sub-menu, one segment deeper (trap)",
        ),
    ]


def web_unit(web: SimWeb) -> int:
    """The ``unitid`` that 会昌县's jpage call names."""
    page = web.resources[("www.huichang.gov.cn", "/col/col10580/index.html", "")].body.decode()
    return int(page.split("unitid: ")[1].split(",")[0])


def fetch(web: SimWeb, url: str, method: str, body: bytes) -> tuple[bytes, str]:
    status, data, ctype = Walker(web).get(url, method, body, FORM if method == "POST" else "")
    assert status == 200, (url, status)
    return data, ctype


def expected(web: SimWeb, url: str, data: bytes, ctype: str) -> list[str]:
    """Truth URLs the file leads to by its own mechanism (JSONP: its links; tree JSON: nothing
    itself; XML: the links of its records; scripts: their document.write hrefs against the column
    page; pages: the walker's links, which call the page's APIs)."""
    truth = {c["url"] for r in web.truth["reports"] for c in r["copies"]}
    truth |= {d["url"] for d in web.truth["lookalikes"]}
    text = data.decode("utf-8", "replace")
    if url.split("?")[0].endswith(".jsonp"):
        value = json.loads(text[text.index("(") + 1 : text.rindex(")")])
        found = [urljoin(url, row["link"]) for row in value["data"]["list"]]
    elif "xml" in ctype:
        found = [urljoin(url, u) for r in CDATA.findall(text) for u in HREF.findall(r)]
    elif url.endswith(".json.js"):
        depts = json.loads(DEPT_JSON.search(text).group(1))
        found = [c["url"] for d in depts for c in d["child"]]
        truth |= set(found)
    elif url.endswith(".js"):
        found = Walker(web).links(
            url.replace("/js/col/zwgk_fzzfjs.js", "/zwgk/fzzfjs/"), text.replace('\\"', '"')
        )
    elif ctype.startswith("text/html"):
        found = Walker(web).links(url, text)
        truth |= {u for u in found if "pageNum=" in u or "list.jsp?deptId=" in u}
        walker = Walker(web)
        for src in DEPT_JS.findall(text):
            depts = json.loads(DEPT_JSON.search(walker.script(urljoin(url, src))).group(1))
            truth |= {c["url"] for d in depts for c in d["child"]}
        truth |= {urljoin(url, v) for v in OPTION.findall(text) if v}
    else:
        found = []
    return sorted({u for u in found if u in truth})


def write(web: SimWeb | None = None) -> None:
    web = web or build_web(profile="kinds4")
    note = " The last column lists the truth URLs reached by the file's own mechanism (document.write "
    note += "lines, JSONP or XML answer, tree API, base href, select options, pager script)."
    write_pages(web, "kinds4", OUT, entries(web), fetch, expected, note)


if __name__ == "__main__":
    write()
