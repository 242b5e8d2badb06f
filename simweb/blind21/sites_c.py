"""Blind21 sites whose lists or documents need a mechanism no earlier blind web has: a 金华
county whose list rows are written by Dean Edwards-packed scripts (``eval(function(p,a,c,k,e,d)
…)``), a 重庆 district whose rows are written by ``document.write(unescape("%3C…"))`` with every
character escaped, a 重庆 district whose columns hold their whole list as one inline JSON block
written with escaped slashes and ``\\uXXXX`` (PHP ``json_encode``'s defaults) and paged in the
browser, and a 重庆 district that links its reports only through the pdf.js viewer
(``/static/pdfjs/web/viewer.html?file=<encoded PDF path>``).

Every site's docstring names the real evidence it follows and what is assumed.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable
from urllib.parse import quote

from .. import files
from ..blind.sites_a import home, index_page, publish
from ..blind2.core import news_column, open_site
from ..blind4.sites_a import InfoSkin
from ..model import Request, Resource
from .core import County, Ctx21, Item, assign, esc, html_copy, newer, row, write_items

__all__ = ["bishan", "escape_all", "fuling", "pack", "qijiang", "unpack", "wuyi"]

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
WORD = re.compile(r"\b\w+\b", re.A)


def _b62(n: int) -> str:
    """The packer's ``e(c)``: base 62, digits, then a–z, then A–Z."""
    return (_b62(n // 62) if n >= 62 else "") + DIGITS[n % 62]


def pack(src: str) -> str:
    """Dean Edwards' packer (base 62): every ASCII word of ``src`` becomes its index in the
    keyword list, which travels ``'…'.split('|')`` beside the payload."""
    words: list[str] = []
    index: dict[str, int] = {}
    for w in WORD.findall(src):
        if w not in index:
            index[w] = len(words)
            words.append(w)
    payload = WORD.sub(lambda m: _b62(index[m.group(0)]), src)
    payload = payload.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
    return (
        "eval(function(p,a,c,k,e,d){e=function(c){return(c<a?'':e(parseInt(c/a)))+((c=c%a)>35?"
        "String.fromCharCode(c+29):c.toString(36))};if(!''.replace(/^/,String)){while(c--){d[e(c)]="
        "k[c]||e(c)}k=[function(e){return d[e]}];e=function(){return'\\\\w+'};c=1};while(c--){if(k[c])"
        "{p=p.replace(new RegExp('\\\\b'+e(c)+'\\\\b','g'),k[c])}}return p}"
        f"('{payload}',62,{len(words)},'{'|'.join(words)}'.split('|'),0,{{}}))\n"
    )


PACKED = re.compile(r"\}\('((?:[^'\\]|\\.)*)',(\d+),(\d+),'([^']*)'\.split\('\|'\)")


def unpack(js: str) -> str:
    """The packed script's source, without running it."""
    m = PACKED.search(js)
    if not m:
        return ""
    payload = m.group(1).replace("\\n", "\n").replace("\\'", "'").replace("\\\\", "\\")
    words = m.group(4).split("|")

    def word(t: re.Match) -> str:
        n = 0
        for ch in t.group(0):
            if ch not in DIGITS:
                return t.group(0)
            n = n * 62 + DIGITS.index(ch)
        return words[n] if n < len(words) and words[n] else t.group(0)

    return WORD.sub(word, payload)


def escape_all(s: str) -> str:
    """Every character escaped as JavaScript's ``unescape`` reads it: ``%XX`` below 256,
    ``%uXXXX`` above (what the "网页加密" encoders produce)."""
    return "".join(f"%{ord(ch):02X}" if ord(ch) < 256 else f"%u{ord(ch):04X}" for ch in s)


def static_pages(
    skin,
    base: str,
    name: str,
    trail: list[tuple[str, str]],
    items: list[Item],
    per: int,
    rows_of: Callable[[int, list[Item]], str],
) -> None:
    """Column pages ``index.html``, ``index_1.html`` … with an ordinary static pager; the rows
    region of page ``n`` is what ``rows_of(n, page_items)`` writes."""
    pages = max(1, math.ceil(len(items) / per))
    for n in range(pages):
        chunk = items[n * per : (n + 1) * per]
        cur = ' class="cur"'
        links = "".join(
            f'<a href="{"index" if k == 0 else f"index_{k}"}.html"{cur if k == n else ""}>{k + 1}</a>'
            for k in range(pages)
        )
        body = (
            f'{skin.crumbs(trail)}<div class="lm"><div class="lm-title"><h2>{esc(name)}</h2></div>'
            f'<ul class="list">{rows_of(n, chunk)}</ul><div class="page">共{pages}页 {links}</div></div>'
        )
        path = base + ("index.html" if n == 0 else f"index_{n}.html")
        skin.put(path, skin.page(f"{name}_{skin.site_name}", body))
        if n == 0:
            skin.put(base, skin.page(f"{name}_{skin.site_name}", body))


# ====================================================================== 武义县 (packed list scripts)
WY_COLS = {"1229187005": "通知公告", "1229187011": "法治政府建设", "1229186998": "武义新闻"}
WY_PER = 15


def wuyi(ctx: Ctx21) -> None:
    """武义县 (浙江 金华), ``www.zjwy.gov.cn``: Hanweb-shaped URLs (``/col/col<id>/index.html``
    columns, ``/art/<Y>/<m>/<d>/art_<col>_<id>.html`` articles; sites.md for the 浙江 集约化
    shapes), with an ordinary static pager (``index.html``, ``index_1.html`` …), but each page's
    rows are written by ``<script src="/module/list/<col>_<n>.js">``, a script packed with Dean
    Edwards' packer: ``eval(function(p,a,c,k,e,d){…}('<payload>',62,<n>,'<words>'.split('|'),0,{}))``.
    Every ASCII word (so every path segment, ``art``, ``html``, the digits) is a base-62 index
    into the word list; no URL is in plain text. Evidence: the packer is common on Chinese sites,
    and public crawlers unpack such scripts before they find any link ("ships its
    sources/tracks payload inside ``eval(function(p,a,c,k,e,d){...}('payload',radix,count,
    'tokens'.split('|')))`` obfuscation — without unpacking, none of those hosts yield links";
    "unpacks a packed script without running it"). That 武义's lists are packed, the script
    path and the row markup are assumed. The 2024 report is on page 3 of 通知公告; the 2022
    report in 法治政府建设 beside a 实施方案 and a 政府工作报告."""
    c = County("wuyi", "武义县", "浙江省", "金华市", "330723", "www.zjwy.gov.cn", scheme="https")
    nav = [("/", "首页"), *((f"/col/col{k}/index.html", n) for k, n in WY_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 12), skin=InfoSkin)
    r24 = ctx.new_report(
        c,
        2024,
        "武义县人民政府关于2024年度法治政府建设工作情况的报告",
        pub="2025-03-26 15:20",
        source="武义县人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "武义县2022年法治政府建设年度报告", pub="2023-03-30 10:05", source="武义县司法局"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("xxgk_annual", 2024)])
    look = ctx.lookalikes_of(c, [("plan", 2023), ("gov_work_report", 2023), ("meeting", 2022)])
    cols: dict[str, list[Item]] = {
        "1229187005": [
            *newer(ctx, c, r24, 33, "notice", skin.clock),
            r24,
            *notes,
            *ctx.fillers(c, 20, "notice"),
        ],
        "1229187011": [r22, *look, *ctx.fillers(c, 12, "disclosure")],
        "1229186998": ctx.news(c, 250),
    }
    for k, items in cols.items():
        cols[k] = assign(
            ctx,
            items,
            lambda it, k=k: f"/art/{it.pub.year}/{it.pub.month}/{it.pub.day}/art_{k}_{it.uid}.html",
        )
        trail = [(f"/col/col{k}/index.html", WY_COLS[k])]
        write_items(skin, cols[k], WY_COLS[k], trail)

        def rows_of(n: int, chunk: list[Item], k: str = k) -> str:
            src = "".join(
                f'document.write(\'<li><a href="{it.path}" target="_blank" title="{esc(it.title)}">'
                f"{esc(it.title)}</a><span>{it.date}</span></li>');\n"
                for it in chunk
            )
            ctx.put(c, f"/module/list/{k}_{n + 1}.js", pack(src), ctype="application/javascript")
            return f'<script src="/module/list/{k}_{n + 1}.js"></script>'

        static_pages(skin, f"/col/col{k}/", WY_COLS[k], trail, cols[k], WY_PER, rows_of)
    assert 2 * WY_PER <= cols["1229187005"].index(r24) < 3 * WY_PER
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("packed_script_list", "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("packed_script_list",))
    home(skin, [(f"/col/col{k}/index.html", n, []) for k, n in WY_COLS.items()])


# ====================================================================== 璧山区 (unescape rows)
BS_COLS = {"tzgg": "通知公告", "fzzfjs": "法治政府建设", "bsyw": "璧山要闻", "bmdt": "部门动态"}
BS_PER = 20


def bishan(ctx: Ctx21) -> None:
    """璧山区 (重庆), ``www.bishan.gov.cn``: TRS-shaped columns ``/zwgk_<col>/`` and articles
    ``/zwgk_<col>/<YYYYMM>/t<YYYYMMDD>_<id>.html`` with a static pager (``index_1.html`` …), but
    each page's rows are one ``document.write(unescape("%3C%6C%69%3E…"))`` with every character
    escaped (``%XX``, ``%uXXXX`` for Chinese): no path is in plain text. Evidence: the
    ``document.write(unescape("%3C…%3E"))`` idiom on public pages, among them the 党政机关 标识
    every gov.cn site carries (``document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E
    %3Cscript src='http://dcs.conac.cn/js/…' type='text/javascript'%3E…"))``); that 璧山 writes
    its list rows so, with every character escaped, is assumed. The 2023 report is on page 2 of
    通知公告; the 2021 report and 重庆市's reposted 2021 report in 法治政府建设; the 区司法局's
    report in 部门动态."""
    c = County("bishan", "璧山区", "重庆市", "重庆市", "500120", "www.bishan.gov.cn", scheme="https")
    nav = [("/", "首页"), *((f"/zwgk_{k}/", n) for k, n in BS_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2024, 12, 2), skin=InfoSkin)
    r23 = ctx.new_report(
        c,
        2023,
        "重庆市璧山区人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-28 17:10",
        source="璧山区人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "璧山区2021年度法治政府建设工作报告", pub="2022-03-29 09:40", source="璧山区司法局"
    )
    cq = ctx.higher("重庆市", 2021, "党中央、国务院", "2022-03-30 11:00")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-27 10:20")
    notes = ctx.lookalikes_of(c, [("notice", 2024), ("text_interp", 2024)])
    look = ctx.lookalikes_of(c, [("shufa", 2022), ("assessment", 2022), ("duty_report", 2023)])
    cols: dict[str, list[Item]] = {
        "tzgg": [*newer(ctx, c, r23, 24, "notice", skin.clock), r23, *notes, *ctx.fillers(c, 18, "notice")],
        "fzzfjs": [r21, cq, *look, *ctx.fillers(c, 10, "disclosure")],
        "bsyw": ctx.news(c, 240),
        "bmdt": [dep, *ctx.fillers(c, 15, "disclosure")],
    }
    for k, items in cols.items():
        cols[k] = assign(
            ctx, items, lambda it, k=k: f"/zwgk_{k}/{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid}.html"
        )
        trail = [(f"/zwgk_{k}/", BS_COLS[k])]
        write_items(skin, cols[k], BS_COLS[k], trail)

        def rows_of(_n: int, chunk: list[Item]) -> str:
            enc = escape_all("".join(map(row, chunk)))
            return f'<script type="text/javascript">document.write(unescape("{enc}"));</script>'

        static_pages(skin, f"/zwgk_{k}/", BS_COLS[k], trail, cols[k], BS_PER, rows_of)
    assert BS_PER <= cols["tzgg"].index(r23) < 2 * BS_PER
    ctx.record(c, [*notes, *look])
    ctx.record_higher(c, cq, 2021, c.base + cq.path)
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("unescape_document_write", "later_list_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("unescape_document_write", "higher_repost"))
    home(skin, [(f"/zwgk_{k}/", n, []) for k, n in BS_COLS.items()])


# ====================================================================== 涪陵区 (inline escaped JSON)
FL_COLS = {"tzgg": "通知公告", "fzzfjs": "法治政府建设", "flyw": "涪陵要闻"}
FL_PER = 15


def php_json(obj: object) -> str:
    """PHP ``json_encode`` with its default flags: ``\\uXXXX`` for non-ASCII, ``\\/`` for ``/``."""
    return json.dumps(obj, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")


def fuling(ctx: Ctx21) -> None:
    """涪陵区 (重庆), ``www.fl.gov.cn``: each column ``/zwgk_<col>/index.html`` holds its whole
    list in one inline block, ``var listData = {"total":N,"list":[{"title":"\\u6da6…","url":
    "\\/zwgk_tzgg\\/202403\\/t20240327_….html","date":"…"}]};`` written by PHP's ``json_encode``
    with its default flags (every ``/`` as ``\\/``, every Chinese character as ``\\uXXXX``), and a
    layui ``laypage.render({elem: "page", count: listData.total, limit: 15, jump: …})`` pages it
    in the browser by slicing the array: the page has no pager link and no row in HTML. Evidence:
    PHP's documented ``json_encode`` defaults (``JSON_UNESCAPED_SLASHES`` and
    ``JSON_UNESCAPED_UNICODE`` must be asked for), layui's ``laypage`` ``jump(obj, first)``
    callback over local data; that 涪陵's columns are built so, the variable and the fields are
    assumed. The 2024 report is the 40th row of 通知公告 (page 3 in the browser); the 2022
    report in 法治政府建设 beside a 解读 and a 考核 通报."""
    c = County("fuling", "涪陵区", "重庆市", "重庆市", "500102", "www.fl.gov.cn", scheme="https")
    nav = [("/", "首页"), *((f"/zwgk_{k}/index.html", n) for k, n in FL_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 28), skin=InfoSkin)
    r24 = ctx.new_report(
        c,
        2024,
        "重庆市涪陵区人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-27 16:30",
        source="涪陵区人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "涪陵区2022年法治政府建设年度报告", pub="2023-03-28 11:45", source="涪陵区人民政府"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("gov_work_report", 2024)])
    look = ctx.lookalikes_of(c, [("interpretation", 2023), ("assessment", 2023), ("demo_news", 2023)])
    cols: dict[str, list[Item]] = {
        "tzgg": [*newer(ctx, c, r24, 39, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 20, "notice")],
        "fzzfjs": [r22, *look, *ctx.fillers(c, 12, "disclosure")],
        "flyw": ctx.news(c, 220),
    }
    for k, items in cols.items():
        cols[k] = assign(
            ctx, items, lambda it, k=k: f"/zwgk_{k}/{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid}.html"
        )
        trail = [(f"/zwgk_{k}/index.html", FL_COLS[k])]
        write_items(skin, cols[k], FL_COLS[k], trail)
        data = {
            "total": len(cols[k]),
            "list": [{"title": it.title.replace("|", ""), "url": it.path, "date": it.date} for it in cols[k]],
        }
        script = (
            '<script src="/static/layui/layui.js"></script><script type="text/javascript">\n'
            f"var listData = {php_json(data)};\n"
            'layui.use("laypage", function () {\n  var laypage = layui.laypage;\n'
            f'  laypage.render({{ elem: "page", count: listData.total, limit: {FL_PER},\n'
            "    jump: function (obj) {\n"
            '    var rows = listData.list.slice((obj.curr - 1) * obj.limit, obj.curr * obj.limit), h = "";\n'
            "    for (var i = 0; i < rows.length; i++) {\n"
            "      h += '<li><a href=\"' + rows[i].url + '\" target=\"_blank\">'"
            " + rows[i].title + '</a><span>' + rows[i].date + '</span></li>'; }\n"
            '    document.getElementById("list").innerHTML = h; } });\n});\n</script>'
        )
        body = (
            f'{skin.crumbs(trail)}<div class="lm"><div class="lm-title"><h2>{esc(FL_COLS[k])}</h2></div>'
            f'<ul id="list" class="list"></ul><div id="page"></div></div>{script}'
        )
        skin.put(f"/zwgk_{k}/index.html", skin.page(f"{FL_COLS[k]}_{skin.site_name}", body))
    assert cols["tzgg"].index(r24) >= 2 * FL_PER
    ctx.put(c, "/static/layui/layui.js", "/** layui-v2.6.8 MIT License */", ctype="application/javascript")
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("escaped_inline_json_pager", "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("escaped_inline_json_pager",))
    home(skin, [(f"/zwgk_{k}/index.html", n, []) for k, n in FL_COLS.items()])


# ====================================================================== 綦江区 (pdf.js viewer links)
VIEWER = "/static/pdfjs/web/viewer.html"


def qijiang(ctx: Ctx21) -> None:
    """綦江区 (重庆), ``www.cqqj.gov.cn``: an ordinary TRS site (``/zwgk_<col>/<YYYYMM>/t…html``,
    static pagers), except that its reports are published as PDFs linked only through the pdf.js
    viewer: the row's link is ``/static/pdfjs/web/viewer.html?file=<encodeURIComponent(PDF path)>``.
    The viewer page is pdf.js's own shell: it holds no link, and its script reads the ``file``
    parameter. The PDF has a text layer. Evidence: public front-end code that links report files
    exactly so (``this.pdfSrc = '/static/nrms/pdfjs/web/viewer.html?file=' +
    encodeURIComponent(src_temp)``, with "报告文件不能为空！"; ``/pdfjs/web/viewer.html?file=${
    encodeURIComponent(doc.file)}``); that 綦江 links its reports so and the paths are assumed.
    The 2024 report is in 法治政府建设 beside a 实施方案 and a 述法报告; the 2022 report on page 2
    of 通知公告, among notices about it. (Earlier blind webs' walkers already take the PDF
    from such a preview link's ``file`` parameter: a new shape, not a new way of hiding.)"""
    c = County("qijiang", "綦江区", "重庆市", "重庆市", "500110", "www.cqqj.gov.cn", scheme="https")
    nav = [
        ("/", "首页"),
        ("/xwzx/qjyw/", "綦江要闻"),
        ("/zwgk/tzgg/", "通知公告"),
        ("/zwgk/fzzfjs/", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 9), skin=InfoSkin)
    news = news_column(skin, "/xwzx/qjyw/", "綦江要闻", 260)
    r24 = ctx.new_report(
        c,
        2024,
        "重庆市綦江区人民政府关于2024年法治政府建设情况的报告",
        pub="2025-03-28 10:50",
        source="綦江区人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "綦江区2022年度法治政府建设情况报告", pub="2023-03-29 16:20", source="綦江区司法局"
    )

    def viewer_link(it: Item, col: str) -> str:
        pdf = f"/zwgk/{col}/{it.pub:%Y%m}/P0{it.pub:%Y%m%d}{it.uid:09d}.pdf"
        ctx.put(c, pdf, files.make_pdf(it.title, it.paras), ctype="application/pdf", modified=it.pub)
        it.path = f"{VIEWER}?file={quote(pdf, safe='')}"
        return pdf

    look = ctx.lookalikes_of(c, [("plan", 2024), ("shufa", 2024), ("meeting_topic", 2023)])
    r24.uid = ctx.uid()
    p24 = viewer_link(r24, "fzzfjs")
    fz_items = [r24, *look, *ctx.fillers(c, 12, "disclosure")]
    notes = ctx.lookalikes_of(c, [("notice", 2023), ("xxgk_annual", 2022)])
    r22.uid = ctx.uid()
    p22 = viewer_link(r22, "tzgg")
    tz_items = [
        *newer(ctx, c, r22, 23, "notice", skin.clock),
        r22,
        *notes,
        *ctx.fillers(c, 30, "notice", (2019, 2025)),
    ]
    fz_trail = [("/zwgk/", "政务公开"), ("/zwgk/fzzfjs/", "法治政府建设")]
    tz_trail = [("/zwgk/", "政务公开"), ("/zwgk/tzgg/", "通知公告")]
    fz = publish(skin, "/zwgk/fzzfjs/", "法治政府建设", fz_trail, fz_items, write=False)
    tz = publish(skin, "/zwgk/tzgg/", "通知公告", tz_trail, tz_items, write=False)
    for items, name, trail in ((fz, "法治政府建设", fz_trail), (tz, "通知公告", tz_trail)):
        for it in items:
            if it not in (r24, r22):
                skin.write_article(it, name, trail)
    assert tz.index(r22) >= 20
    shell = (
        '<!DOCTYPE html><html dir="ltr" mozdisallowselectionprint><head><meta charset="utf-8">'
        '<title>PDF.js viewer</title><link rel="stylesheet" href="viewer.css">'
        '<script src="../build/pdf.js"></script><script src="viewer.js"></script></head><body tabindex="1">'
        '<div id="outerContainer"><div id="mainContainer"><div id="viewerContainer" tabindex="0">'
        '<div id="viewer" class="pdfViewer"></div></div></div></div></body></html>'
    )

    def viewer(_req: Request) -> Resource:  # pdf.js reads ?file= itself
        return Resource(shell.encode(), "text/html; charset=utf-8")

    ctx.handle(c, VIEWER, viewer)
    ctx.put(
        c,
        "/static/pdfjs/web/viewer.js",
        "/* pdf.js viewer 2.16.105: PDFViewerApplication.open(file) */",
        ctype="application/javascript",
    )
    ctx.record(c, [*look, *notes])
    for r, y, pdf, kinds in (
        (r24, 2024, p24, ("pdfjs_viewer_file",)),
        (r22, 2022, p22, ("pdfjs_viewer_file", "later_list_page")),
    ):
        ctx.truth_report(
            c,
            r,
            y,
            [{"url": c.base + pdf, "kind": "pdf", "via": c.base + r.path, "text_layer": True}],
            kinds=kinds,
        )
    index_page(
        skin,
        "/zwgk/index.html",
        "政务公开",
        [("/zwgk/", "政务公开")],
        [("/zwgk/tzgg/", "通知公告", tz), ("/zwgk/fzzfjs/", "法治政府建设", fz)],
    )
    home(
        skin,
        [
            ("/xwzx/qjyw/", "綦江要闻", news),
            ("/zwgk/tzgg/", "通知公告", tz),
            ("/zwgk/fzzfjs/", "法治政府建设", fz),
        ],
    )
