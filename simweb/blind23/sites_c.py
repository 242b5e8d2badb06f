"""Blind23 sites whose lists or documents need a mechanism no earlier blind web has: a 天津
district whose column pages fill their list with jQuery's ``.load(url + " #listCon")`` from
fragment pages whose paths only a script builds, a 上海 district on Laravel + Inertia.js whose
lists travel as HTML-escaped JSON in the root element's ``data-page`` attribute (Laravel's
paginator, ``next_page_url``), a 海南 county-level city on the province's 集约化 platform that
pages its lists only through jqPaginator's ``onPageChange`` (and publishes one report only as an
OFD 版式文件), and a 海南 county whose list script
calls an API whose base URL is set only in a separate runtime ``config.js``.

Every site's docstring names the real evidence it follows and what is assumed.
"""

from __future__ import annotations

import datetime as dt
import html as htmllib
import io
import json
import math
import zipfile
import zlib

from .. import files
from ..blind.sites_a import home
from ..blind2.core import open_site
from ..blind4.sites_a import InfoSkin
from ..blind21.sites_c import php_json
from ..model import Request, Resource
from .core import County, Ctx23, Item, assign, esc, html_copy, newer, row, write_items

__all__ = ["chongming", "dongli", "lingao", "make_ofd", "ofd_text", "wanning"]


def _hex(ctx: Ctx23, *parts: object) -> str:
    return f"{ctx.rng('hex', *parts).getrandbits(128):032x}"


# ====================================================================== 东丽区 (jQuery .load fragments)
DL_COLS = {"tzgg": "通知公告", "fzzfjs": "法治政府建设", "dlyw": "东丽要闻"}
DL_PER = 15


def dongli(ctx: Ctx23) -> None:
    """东丽区 (天津), ``www.tjdl.gov.cn``: TRS-shaped articles
    ``/zwgk/<col>/<YYYYMM>/t<YYYYMMDD>_<id>.shtml``, but each column page ``index.shtml`` is an
    empty box and a script: ``goPage(p)`` runs jQuery's ``$("#listBox").load(colPath + "list_" +
    p + ".shtml #listCon", …)`` and writes the pager itself as ``<a href="javascript:;"
    onclick="goPage(i)">``. The fragment pages ``list_<n>.shtml`` are whole pages (header,
    footer) of which jQuery keeps ``#listCon``; no HTML page links them, and their paths exist
    only as the concatenation in the script. Evidence: jQuery's documented ``.load(url
    selector)`` form ("Loading Page Fragments": a space then a selector after the URL) and public
    front-end code loading panels by ``$("#tableInci").load("/dashboard/updateTable")``; 天津's
    portals publish TRS shapes (a public spider reads ``div.TRS_PreAppend`` on ``tj.gov.cn``).
    That 东丽's columns are built so, the variable names and the fragment paths are assumed. The
    2024 report is on fragment page 3 of 通知公告; the 2022 report in 法治政府建设."""
    c = County("dongli", "东丽区", "天津市", "天津市", "120110", "www.tjdl.gov.cn", scheme="https")
    nav = [("/", "首页"), *((f"/zwgk/{k}/index.shtml", n) for k, n in DL_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 20), skin=InfoSkin)
    r24 = ctx.new_report(
        c,
        2024,
        "天津市东丽区人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-27 15:10",
        source="东丽区人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "东丽区2022年法治政府建设年度报告", pub="2023-03-30 09:40", source="东丽区司法局"
    )
    tj = ctx.higher("天津市", 2023, "党中央、国务院", "2024-03-29 10:00")
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("xxgk_annual", 2024)])
    look = ctx.lookalikes_of(c, [("plan", 2023), ("shufa", 2023), ("meeting", 2022)])
    cols: dict[str, list[Item]] = {
        "tzgg": [*newer(ctx, c, r24, 33, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 20, "notice")],
        "fzzfjs": [r22, tj, *look, *ctx.fillers(c, 12, "disclosure")],
        "dlyw": ctx.news(c, 240),
    }
    for k, items in cols.items():
        cols[k] = assign(
            ctx, items, lambda it, k=k: f"/zwgk/{k}/{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid}.shtml"
        )
        trail = [(f"/zwgk/{k}/index.shtml", DL_COLS[k])]
        write_items(skin, cols[k], DL_COLS[k], trail)
        pages = max(1, math.ceil(len(cols[k]) / DL_PER))
        for n in range(1, pages + 1):
            chunk = cols[k][(n - 1) * DL_PER : n * DL_PER]
            body = f'<ul id="listCon" class="list">{"".join(map(row, chunk))}</ul>'
            skin.put(f"/zwgk/{k}/list_{n}.shtml", skin.page(f"{DL_COLS[k]}_{skin.site_name}", body))
        script = (
            '<script src="/js/jquery-1.12.4.min.js"></script><script type="text/javascript">\n'
            f'var colPath = "/zwgk/{k}/", pageTotal = {pages};\n'
            "function goPage(p) {\n"
            '  $("#listBox").load(colPath + "list_" + p + ".shtml #listCon", function () {\n'
            '    var h = "";\n'
            "    for (var i = 1; i <= pageTotal; i++) {\n"
            "      h += '<a href=\"javascript:;\" onclick=\"goPage(' + i + ')\"' +"
            " (i == p ? ' class=\"cur\"' : '') + '>' + i + '</a>'; }\n"
            '    $("#pager").html("共" + pageTotal + "页 " + h); });\n}\n'
            "$(function () { goPage(1); });\n</script>"
        )
        body = (
            f'{skin.crumbs(trail)}<div class="lm"><div class="lm-title"><h2>{esc(DL_COLS[k])}</h2></div>'
            '<div id="listBox"><p class="loading">正在加载…</p></div>'
            f'<div id="pager" class="page"></div></div>{script}'
        )
        skin.put(f"/zwgk/{k}/index.shtml", skin.page(f"{DL_COLS[k]}_{skin.site_name}", body))
    assert 2 * DL_PER <= cols["tzgg"].index(r24) < 3 * DL_PER
    ctx.put(
        c,
        "/js/jquery-1.12.4.min.js",
        "/*! jQuery v1.12.4 | (c) jQuery Foundation */",
        ctype="application/javascript",
    )
    ctx.record(c, [*notes, *look])
    ctx.record_higher(c, tj, 2023, c.base + tj.path)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("jquery_load_fragment", "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("jquery_load_fragment", "higher_repost"))
    home(skin, [(f"/zwgk/{k}/index.shtml", n, []) for k, n in DL_COLS.items()])


# ====================================================================== 崇明区 (Inertia data-page)
CM_COLS = {"tzgg": "通知公告", "fzzfjs": "法治政府建设", "cmyw": "崇明要闻", "bmxx": "部门信息"}
CM_PER = 12
CM_VERSION = "6b1f0c3a9e2d4b71"


def chongming(ctx: Ctx23) -> None:
    """崇明区 (上海), ``www.shcm.gov.cn``: a Laravel site rendered by Inertia.js without server
    rendering. A column ``/zwgk/<col>`` (``?page=N``) answers the root template with one
    ``<div id="app" data-page="{&quot;component&quot;:…}">``: the page object (``component``,
    ``props``, ``url``, ``version``) as Blade writes ``{{ json_encode($page) }}``: PHP's default
    escapes (``\\/``, ``\\uXXXX``) inside HTML-escaped quotes. ``props.articles`` is Laravel's
    length-aware paginator (``current_page``, ``data``, ``next_page_url``, ``last_page``,
    ``links``), its ``data`` rows carrying each article's ``url``. No row and no pager link is in
    HTML. A request with ``X-Inertia: true`` gets the page object as JSON. Pages past the last
    answer an empty ``data`` and ``next_page_url: null``. Evidence: the Inertia.js protocol ("The
    page object", ``data-page`` on the root element, the ``X-Inertia`` header) and Laravel's
    documented paginator JSON; PHP's ``json_encode`` defaults. That 崇明's site is built so, the
    component names and the routes are assumed; the article pages are ordinary server-rendered
    HTML. The 2023 report is row 25 or later of 通知公告 (page 3); the 2021 report in
    法治政府建设; the 区司法局's report in 部门信息."""
    c = County("chongming", "崇明区", "上海市", "上海市", "310151", "www.shcm.gov.cn", scheme="https")
    nav = [("/", "首页"), *((f"/zwgk/{k}", n) for k, n in CM_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2024, 11, 28), skin=InfoSkin)
    r23 = ctx.new_report(
        c,
        2023,
        "上海市崇明区人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-28 16:20",
        source="崇明区人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "崇明区2021年度法治政府建设工作报告", pub="2022-03-30 10:15", source="崇明区司法局"
    )
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-26 14:30")
    notes = ctx.lookalikes_of(c, [("notice", 2024), ("text_interp", 2024)])
    look = ctx.lookalikes_of(c, [("assessment", 2022), ("duty_report", 2022), ("demo_news", 2022)])
    cols: dict[str, list[Item]] = {
        "tzgg": [*newer(ctx, c, r23, 26, "notice", skin.clock), r23, *notes, *ctx.fillers(c, 18, "notice")],
        "fzzfjs": [r21, *look, *ctx.fillers(c, 10, "disclosure")],
        "cmyw": ctx.news(c, 230),
        "bmxx": [dep, *ctx.fillers(c, 14, "disclosure")],
    }
    for k, items in cols.items():
        cols[k] = assign(ctx, items, lambda it, k=k: f"/zwgk/{k}/{it.uid}.html")
        write_items(skin, cols[k], CM_COLS[k], [(f"/zwgk/{k}", CM_COLS[k])])

        def page_obj(p: int, k: str = k) -> dict:
            items = cols[k]
            last = max(1, math.ceil(len(items) / CM_PER))
            chunk = items[(p - 1) * CM_PER : p * CM_PER] if p >= 1 else []
            url = lambda q: f"{c.base}/zwgk/{k}?page={q}"  # noqa: E731
            links = [{"url": url(p - 1) if p > 1 else None, "label": "&laquo; Previous", "active": False}]
            links += [{"url": url(q), "label": str(q), "active": q == p} for q in range(1, last + 1)]
            links.append({"url": url(p + 1) if p < last else None, "label": "Next &raquo;", "active": False})
            start = (p - 1) * CM_PER + 1
            return {
                "component": "Column/Index",
                "props": {
                    "errors": {},
                    "site": {"name": c.name + "人民政府"},
                    "column": {"slug": k, "name": CM_COLS[k]},
                    "articles": {
                        "current_page": p,
                        "data": [
                            {
                                "id": it.uid,
                                "title": it.title.replace("|", ""),
                                "url": c.base + it.path,
                                "published_at": it.date,
                            }
                            for it in chunk
                        ],
                        "first_page_url": url(1),
                        "from": start if chunk else None,
                        "last_page": last,
                        "last_page_url": url(last),
                        "links": links,
                        "next_page_url": url(p + 1) if p < last else None,
                        "path": f"{c.base}/zwgk/{k}",
                        "per_page": CM_PER,
                        "prev_page_url": url(p - 1) if p > 1 else None,
                        "to": start + len(chunk) - 1 if chunk else None,
                        "total": len(items),
                    },
                },
                "url": f"/zwgk/{k}" + (f"?page={p}" if p > 1 else ""),
                "version": CM_VERSION,
            }

        def handler(req: Request, k: str = k, page_obj=page_obj) -> Resource:
            raw = req.params().get("page", "1")
            p = int(raw) if raw.isdigit() and len(raw) < 6 else 1
            obj = page_obj(p)
            if {h.lower(): v for h, v in req.headers.items()}.get("x-inertia") == "true":
                return Resource(
                    php_json(obj).encode(),
                    "application/json",
                    headers=(("X-Inertia", "true"), ("Vary", "X-Inertia")),
                )
            body = (
                f'<div id="app" data-page="{htmllib.escape(php_json(obj), quote=True)}"></div>'
                f'<script src="/build/assets/app-{CM_VERSION[:8]}.js" defer></script>'
            )
            page = skin.page(f"{CM_COLS[k]}_{skin.site_name}", body)
            return Resource(
                ctx.icp(c.host, page).encode(), "text/html; charset=utf-8", headers=(("Vary", "X-Inertia"),)
            )

        ctx.handle(c, f"/zwgk/{k}", handler)
    assert 2 * CM_PER <= cols["tzgg"].index(r23) < 3 * CM_PER
    ctx.put(
        c,
        f"/build/assets/app-{CM_VERSION[:8]}.js",
        'import{createInertiaApp as e}from"@inertiajs/vue3";/* bundled */',
        ctype="application/javascript",
    )
    ctx.record(c, [*notes, *look])
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("inertia_data_page", "later_list_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("inertia_data_page",))
    home(skin, [(f"/zwgk/{k}", n, []) for k, n in CM_COLS.items()])


# ====================================================================== 万宁市 (OFD attachments)
def make_ofd(title: str, paragraphs: list[str]) -> bytes:
    """A small OFD (GB/T 33190-2016) package: ``OFD.xml`` naming ``Doc_0/Document.xml``, one page
    per 28 lines whose ``Content.xml`` holds the text as ``<ofd:TextCode>`` runs."""
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    lines = [title, *paragraphs]
    pages = [lines[i : i + 28] for i in range(0, len(lines), 28)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:

        def put(name: str, text: str) -> None:
            z.writestr(
                zipfile.ZipInfo(name, files.FIXED_ZIP_TIME), '<?xml version="1.0" encoding="UTF-8"?>' + text
            )

        put(
            "OFD.xml",
            f'<ofd:OFD {ns} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo>'
            f"<ofd:DocID>{zlib.crc32(title.encode()):032d}</ofd:DocID><ofd:Title>{esc(title)}</ofd:Title>"
            "<ofd:Creator>Suwell OFD Writer</ofd:Creator></ofd:DocInfo>"
            "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        )
        refs = "".join(
            f'<ofd:Page ID="{10 + i}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages))
        )
        put(
            "Doc_0/Document.xml",
            f"<ofd:Document {ns}><ofd:CommonData><ofd:MaxUnitID>999</ofd:MaxUnitID>"
            "<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"
            f"<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>{refs}</ofd:Pages></ofd:Document>",
        )
        put(
            "Doc_0/PublicRes.xml",
            f'<ofd:Res {ns} BaseLoc="Res"><ofd:Fonts>'
            '<ofd:Font ID="2" FontName="仿宋_GB2312" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>',
        )
        for i, chunk in enumerate(pages):
            objs = "".join(
                f'<ofd:TextObject ID="{100 + j}" Boundary="25 {30 + 9 * j} 160 8" Font="2" Size="4.2">'
                f'<ofd:TextCode X="0" Y="6">{esc(line)}</ofd:TextCode></ofd:TextObject>'
                for j, line in enumerate(chunk)
            )
            put(
                f"Doc_0/Pages/Page_{i}/Content.xml",
                f'<ofd:Page {ns}><ofd:Content><ofd:Layer ID="3">{objs}</ofd:Layer></ofd:Content></ofd:Page>',
            )
    return buf.getvalue()


def ofd_text(data: bytes) -> str:
    """The text of an OFD package's pages (every ``TextCode`` run, in order)."""
    import re

    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = sorted(
            (n for n in z.namelist() if n.endswith("Content.xml")),
            key=lambda n: int(n.split("Page_")[1].split("/")[0]),
        )
        for n in names:
            out += [
                htmllib.unescape(t) for t in re.findall(r"<ofd:TextCode[^>]*>([^<]*)<", z.read(n).decode())
            ]
    return "\n".join(out)


WN_COLS = {"tzgg": "通知公告", "fzzfjs": "法治政府建设", "wnyw": "万宁要闻"}
WN_PER = 20


def hainan_lists(skin, site: str, k: str, name: str, items: list[Item], per: int) -> None:
    """海南 集约化 platform column pages ``/<site>/<col>/list4.shtml``, ``list4_2.shtml`` …, whose
    pager is jqPaginator's: an empty ``<ul id="pagination">`` that the plugin fills with
    ``javascript:void(0);`` links, and an ``onPageChange`` that builds the next page's URL."""
    pages = max(1, math.ceil(len(items) / per))
    trail = [(f"/{site}/{k}/list4.shtml", name)]
    href = lambda n: "list4.shtml" if n == 1 else f"list4_{n}.shtml"  # noqa: E731
    for n in range(1, pages + 1):
        chunk = items[(n - 1) * per : n * per]
        pager = (
            '<ul class="pagination" id="pagination"></ul><script src="/js/jqPaginator.min.js"></script>'
            '<script type="text/javascript">\n$("#pagination").jqPaginator({\n'
            f"  totalPages: {pages},\n  visiblePages: 5,\n  currentPage: {n},\n"
            '  first: \'<li class="first"><a href="javascript:void(0);">首页</a></li>\',\n'
            '  prev: \'<li class="prev"><a href="javascript:void(0);">上一页</a></li>\',\n'
            '  next: \'<li class="next"><a href="javascript:void(0);">下一页</a></li>\',\n'
            '  last: \'<li class="last"><a href="javascript:void(0);">尾页</a></li>\',\n'
            '  page: \'<li class="page"><a href="javascript:void(0);">{{page}}</a></li>\',\n'
            "  onPageChange: function (num, type) {\n"
            '    if (type === "change") {\n'
            '      location.href = num == 1 ? "list4.shtml" : "list4_" + num + ".shtml"; }\n'
            "  }\n});\n</script>"
        )
        body = (
            f'{skin.crumbs(trail)}<div class="list_div"><div class="list-tit">{esc(name)}</div>'
            f'<ul class="list">{"".join(map(row, chunk))}</ul>{pager}</div>'
        )
        skin.put(f"/{site}/{k}/{href(n)}", skin.page(f"{name}_{skin.site_name}", body))


def wanning(ctx: Ctx23) -> None:
    """万宁市 (海南, 省直辖县级市), ``www.wanning.gov.cn``: a member of the 海南 集约化 platform
    (the shapes a public spider for ``www.hainan.gov.cn`` walks: columns
    ``/<site>/<col>/list4.shtml`` then ``list4_2.shtml`` …, articles
    ``/<site>/<col>/<YYYYMM>/<32 hex>.shtml``, files under ``…/<YYYYMM>/<32 hex>/files/<32
    hex>.<ext>``). Its pagers are jqPaginator's: an empty ``<ul id="pagination">``, and
    ``$("#pagination").jqPaginator({totalPages: N, currentPage: n, page: '<li class="page"><a
    href="javascript:void(0);">{{page}}</a></li>', onPageChange: function (num, type) {…
    location.href = "list4_" + num + ".shtml"}})``: no ``<a>`` names a later page, and only the
    callback's concatenation does. Evidence: jqPaginator (keenwon) configured exactly so in public
    code (``totalPages``, ``visiblePages``, ``currentPage``, ``first``/``prev``/``next``/``page``
    templates of ``javascript:void(0);`` links, ``onPageChange: function (num, type)``); the
    public 海南 spider builds ``list4_<n>.shtml`` itself rather than reading a pager link. That
    万宁's callback navigates so is assumed. The 2022 report is on page 2 and the 2020 report on
    page 3 of 通知公告. The 2024 report is published only as an OFD 版式文件 (``….ofd``, served
    as ``application/ofd``, a zip of XML whose text is in ``<ofd:TextCode>`` runs, GB/T
    33190-2016; the same public spider lists ``.ofd`` among the attachment extensions it
    collects): text-less for a reader of HTML and PDF, so not findable."""
    site = "wanning"
    c = County(site, "万宁市", "海南省", "", "469006", "www.wanning.gov.cn", scheme="https")
    nav = [("/", "首页"), *((f"/{site}/{k}/list4.shtml", n) for k, n in WN_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 30), skin=InfoSkin)
    r24 = ctx.new_report(
        c,
        2024,
        "万宁市人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-26 17:30",
        source="万宁市人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "万宁市2022年法治政府建设年度报告", pub="2023-03-29 11:05", source="万宁市司法局"
    )
    r20 = ctx.new_report(
        c, 2020, "万宁市2020年度法治政府建设工作报告", pub="2021-04-02 16:40", source="万宁市司法局"
    )
    look = ctx.lookalikes_of(c, [("plan", 2024), ("interpretation", 2025), ("meeting_topic", 2023)])
    notes = ctx.lookalikes_of(c, [("notice", 2023), ("gov_work_report", 2023)])
    cols: dict[str, list[Item]] = {
        "fzzfjs": [r24, *look, *ctx.fillers(c, 12, "disclosure")],
        "tzgg": [
            *newer(ctx, c, r22, 24, "notice", skin.clock),
            r22,
            *notes,
            *newer(ctx, c, r20, 14, "notice", dt.date(2022, 12, 31)),
            r20,
            *ctx.fillers(c, 12, "notice", (2019, 2020)),
        ],
        "wnyw": ctx.news(c, 250),
    }
    body24 = list(r24.paras)
    r24.paras = [f"{r24.title}全文见附件（OFD版式文件，请使用数科阅读器或福昕阅读器打开）。"]
    ofd = ""
    for k, items in cols.items():
        cols[k] = assign(
            ctx, items, lambda it, k=k: f"/{site}/{k}/{it.pub:%Y%m}/{_hex(ctx, site, it.uid)}.shtml"
        )
        if r24 in cols[k]:
            ofd = f"{r24.path.rsplit('.', 1)[0]}/files/{_hex(ctx, site, 'ofd', r24.uid)}.ofd"
            r24.attachments.append((r24.title + ".ofd", ofd, make_ofd(r24.title, body24)))
        write_items(skin, cols[k], WN_COLS[k], [(f"/{site}/{k}/list4.shtml", WN_COLS[k])])
        hainan_lists(skin, site, k, WN_COLS[k], cols[k], WN_PER)
    assert WN_PER <= cols["tzgg"].index(r22) < 2 * WN_PER <= cols["tzgg"].index(r20) < 3 * WN_PER
    ctx.put(
        c,
        "/js/jqPaginator.min.js",
        "/*! jqPaginator v1.2.0 jqpaginator.keenwon.com */",
        ctype="application/javascript",
    )
    ctx.record(c, [*look, *notes])
    data = ctx.web.resources[(c.host, ofd, "")].body
    ctx.put(c, ofd, data, ctype="application/ofd", modified=r24.pub)
    copy = {"url": c.base + ofd, "kind": "ofd", "via": c.base + r24.path, "findable": False}
    ctx.truth_report(c, r24, 2024, [copy], kinds=("ofd_needs_reader",), body=body24)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("jqpaginator_page_change", "later_list_page"))
    ctx.truth_report(c, r20, 2020, html_copy(c, r20), kinds=("jqpaginator_page_change", "later_list_page"))
    home(skin, [(f"/{site}/{k}/list4.shtml", n, cols[k][:6]) for k, n in WN_COLS.items()])


# ====================================================================== 临高县 (runtime config base URL)
LG_COLS = {"1006": ("tzgg", "通知公告"), "1012": ("fzzfjs", "法治政府建设"), "1001": ("lgyw", "临高要闻")}
LG_BASE = "/gateway/cms-portal"
LG_API = "/api/content/list"


def lingao(ctx: Ctx23) -> None:
    """临高县 (海南, 省直辖县), ``www.lingao.gov.cn``: a front end rebuilt as a single-page list:
    each column page ``/lingao/<col>/index.html`` is ``<div id="app" data-channel="1006">`` and two
    scripts. ``/static/config.js`` (the runtime configuration that operators edit without a
    rebuild) sets ``window.SITE_CONFIG = {baseURL: "/gateway/cms-portal", pageSize: 15}``;
    ``/static/js/list.js`` calls ``$.getJSON(window.SITE_CONFIG.baseURL + "/api/content/list",
    {channelId, pageNo, pageSize})`` and renders ``data.records[].linkUrl``, paging by
    ``data.pages``. Neither file alone names the endpoint (``/api/content/list`` on the page's
    own root answers 404). Articles are the 海南 platform's ``/lingao/<col>/<YYYYMM>/<32
    hex>.shtml``. Evidence: the common Vue/SPA practice of a ``public/config.js`` read at run time
    (``window.g``/``window.SITE_CONFIG``-style globals) and list APIs of the
    ``records``/``pages``/``current`` page shape (MyBatis-Plus ``IPage``) that public crawlers of
    gov.cn list APIs read (``pageNum``/``pageSize`` GETs returning JSON lists, e.g. a public
    crawler of ``www.lnzwfw.gov.cn/matter/catalogInf/findCatalog``). That 临高 is built so, the
    names and the paths are assumed. The 2024 report is on API page 2 of 通知公告; the 2022
    report in 法治政府建设 beside a 述法报告 and a 考核 通报."""
    site = "lingao"
    c = County(site, "临高县", "海南省", "", "469024", "www.lingao.gov.cn", scheme="https")
    nav = [("/", "首页"), *((f"/{site}/{k}/index.html", n) for k, n in LG_COLS.values())]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 6), skin=InfoSkin)
    r24 = ctx.new_report(
        c,
        2024,
        "临高县人民政府关于2024年法治政府建设工作情况的报告",
        pub="2025-03-28 09:30",
        source="临高县人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "临高县2022年度法治政府建设情况报告", pub="2023-03-30 15:50", source="临高县司法局"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("xxgk_annual", 2023)])
    look = ctx.lookalikes_of(c, [("shufa", 2022), ("assessment", 2023), ("meeting", 2023)])
    per = 15
    cols: dict[str, list[Item]] = {
        "1006": [*newer(ctx, c, r24, 18, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 30, "notice")],
        "1012": [r22, *look, *ctx.fillers(c, 11, "disclosure")],
        "1001": ctx.news(c, 240),
    }
    for ch, items in cols.items():
        k, name = LG_COLS[ch]
        cols[ch] = assign(
            ctx, items, lambda it, k=k: f"/{site}/{k}/{it.pub:%Y%m}/{_hex(ctx, site, it.uid)}.shtml"
        )
        trail = [(f"/{site}/{k}/index.html", name)]
        write_items(skin, cols[ch], name, trail)
        body = (
            f'{skin.crumbs(trail)}<div class="lm"><div class="lm-title"><h2>{esc(name)}</h2></div>'
            f'<div id="app" data-channel="{ch}"><ul class="list"></ul><div class="page"></div></div></div>'
            '<script src="/static/js/jquery.min.js"></script><script src="/static/config.js"></script>'
            '<script src="/static/js/list.js"></script>'
        )
        skin.put(f"/{site}/{k}/index.html", skin.page(f"{name}_{skin.site_name}", body))
    assert per <= cols["1006"].index(r24) < 2 * per

    def api(req: Request) -> Resource:
        q = req.params()
        items = cols.get(q.get("channelId", ""), [])
        size = int(q["pageSize"]) if q.get("pageSize", "").isdigit() and 0 < int(q["pageSize"]) <= 50 else per
        raw = q.get("pageNo", "1")
        p = int(raw) if raw.isdigit() and len(raw) < 6 else 1
        chunk = items[(p - 1) * size : p * size] if p >= 1 else []
        data = {
            "code": 200,
            "msg": "操作成功",
            "data": {
                "records": [
                    {
                        "id": str(it.uid),
                        "title": it.title.replace("|", ""),
                        "linkUrl": it.path,
                        "publishTime": it.pub.strftime("%Y-%m-%d %H:%M:%S"),
                    }
                    for it in chunk
                ],
                "total": len(items),
                "size": size,
                "current": p,
                "pages": max(1, math.ceil(len(items) / size)),
            },
        }
        return Resource(json.dumps(data, ensure_ascii=False).encode(), "application/json;charset=UTF-8")

    ctx.handle(c, LG_BASE + LG_API, api)
    ctx.put(
        c,
        "/static/config.js",
        "/* 运行时配置：修改后无需重新打包 */\n"
        f'window.SITE_CONFIG = {{\n  baseURL: "{LG_BASE}",\n  pageSize: {per},\n'
        '  siteId: "4690240001"\n};\n',
        ctype="application/javascript",
    )
    ctx.put(
        c,
        "/static/js/list.js",
        (
            "(function () {\n"
            '  var box = document.getElementById("app"), channelId = box.getAttribute("data-channel");\n'
            "  var cfg = window.SITE_CONFIG || {};\n"
            "  function load(pageNo) {\n"
            f'    $.getJSON(cfg.baseURL + "{LG_API}",\n'
            "      { channelId: channelId, pageNo: pageNo, pageSize: cfg.pageSize },\n"
            "      function (res) {\n"
            '        var d = res.data, h = "";\n'
            "        for (var i = 0; i < d.records.length; i++) {\n"
            "          var r = d.records[i];\n"
            "          h += '<li><a href=\"' + r.linkUrl + '\" target=\"_blank\">' + r.title + '</a><span>' +"
            " r.publishTime.substring(0, 10) + '</span></li>'; }\n"
            '        $("#app .list").html(h);\n'
            '        var p = "";\n'
            "        for (var n = 1; n <= d.pages; n++) {\n"
            "          p += '<a href=\"javascript:;\" data-n=\"' + n + '\">' + n + '</a>'; }\n"
            '        $("#app .page").html(p).find("a")\n'
            '          .on("click", function () { load($(this).data("n")); });\n'
            "      });\n  }\n  load(1);\n})();\n"
        ),
        ctype="application/javascript",
    )
    ctx.put(
        c,
        "/static/js/jquery.min.js",
        "/*! jQuery v3.6.0 | (c) OpenJS Foundation */",
        ctype="application/javascript",
    )
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("config_base_api", "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("config_base_api",))
    home(skin, [(f"/{site}/{k}/index.html", n, []) for k, n in LG_COLS.values()])
