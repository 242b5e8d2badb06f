"""Blind17 sites whose lists, links or documents need a mechanism no earlier blind web has: a
齐齐哈尔 county-level city on a Java ``.do`` CMS whose list pages after the first are reached only
by submitting a hidden ``pageForm`` (``getPage(n)`` sets ``pageNo`` and submits it by POST); a
齐齐哈尔 county on Spring Boot whose list API refuses any POST without the CSRF token the page
carries in ``<meta name="_csrf">`` (sent as the ``X-CSRF-TOKEN`` header by ``$.ajaxSetup``); a
铜仁 autonomous county on EmpireCMS whose 法治政府建设 专栏 lists rows only through JS 调用 files
(``<script src='/d/js/class/class<id>_newnews.js'>`` writing the rows by ``document.write``); a
铜仁 county whose columns show ten rows and load the rest by a cursor (``lastId``: the id of
the last row shown) from a JSON API; and a 齐齐哈尔 county whose 信息公开 catalogue is a lazily
loaded zTree, its columns opened only by the tree's click handler.

Every site's docstring names the real evidence it follows and what is assumed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math

from ..blind.sites_a import home, index_page, publish
from ..blind2.core import news_column, open_site
from ..blind4.sites_a import InfoSkin
from ..blind11.sites_b import _html
from ..model import Request, Resource
from .core import STAMP, County, Ctx17, Item, assign, esc, html_copy, newer, num, put_at, row, write_items

__all__ = ["baiquan", "keshan", "nehe", "sinan", "yuping"]


def _h(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def _json(data: object, status: int = 200) -> Resource:
    return Resource(
        json.dumps(data, ensure_ascii=False).encode(),
        "application/json;charset=UTF-8",
        status=status,
        modified=STAMP,
    )


def _header(req: Request, name: str) -> str:
    return next((v for k, v in req.headers.items() if k.lower() == name.lower()), "")


# ====================================================================== 讷河市 (pageForm POST pager)
NH_COLS = {"tzgg": "通知公告", "fzzfjs": "法治政府建设", "nhyw": "讷河要闻"}
NH_PER = 15


def nehe(ctx: Ctx17) -> None:
    """讷河市 (黑龙江 齐齐哈尔, 县级市), ``www.nehe.gov.cn``: a Java CMS whose columns are
    ``/xxgk/list.do?columnId=<id>``. The first page lists fifteen rows as plain links
    (``/xxgk/content/<yyyymm>/<id>.html``); the pager is ``<a href="javascript:void(0);"
    onclick="getPage(n)">`` over a hidden ``<form name="pageForm" method="post"
    action="list.do">`` holding ``columnId`` and ``pageNo``, and ``function getPage(pageno){
    document.pageForm.pageNo.value=pageno; document.pageForm.submit();}``. No URL of page 2 and
    after is written anywhere; the action reads ``columnId``/``pageNo`` from the form (or the
    query, as a servlet's ``getParameter`` does). Evidence: public list pages paged this way
    (``function getPage(pageno){document.pageForm.pageNo.value=pageno;document.pageForm.submit();}``;
    ``GoPage(block,gotopage){document.pageForm.gotopage.value=…;document.pageForm.submit();}``;
    ``pageForm.find("input[name='pageNum']").val(…); pageForm.submit();``); that 讷河市 runs such
    a CMS, the path and field names are assumed. The 2024 report is on page 3 of 通知公告; the 2022
    report in 法治政府建设 beside a 政府工作报告 and a 述法报告."""
    c = County("nehe", "讷河市", "黑龙江省", "齐齐哈尔市", "230281", "www.nehe.gov.cn")
    nav = [("/", "首页"), *((f"/xxgk/list.do?columnId={k}", n) for k, n in NH_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 9))
    r24 = ctx.new_report(
        c,
        2024,
        "讷河市人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-28 09:40",
        source="讷河市人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "讷河市2022年法治政府建设年度报告", pub="2023-03-30 16:15", source="讷河市司法局"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("xxgk_annual", 2024)])
    look = ctx.lookalikes_of(c, [("gov_work_report", 2023), ("shufa", 2023), ("meeting", 2022)])
    cols: dict[str, list[Item]] = {
        "tzgg": [*newer(ctx, c, r24, 33, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 25, "notice")],
        "fzzfjs": [r22, *look, *ctx.fillers(c, 24, "disclosure")],
        "nhyw": ctx.news(c, 260),
    }
    for k, items in cols.items():
        cols[k] = assign(ctx, items, lambda it: f"/xxgk/content/{it.pub:%Y%m}/{it.uid}.html")
        write_items(skin, cols[k], NH_COLS[k], [(f"/xxgk/list.do?columnId={k}", NH_COLS[k])])
    assert 2 * NH_PER <= cols["tzgg"].index(r24) < 3 * NH_PER

    def page_of(cid: str, page: int) -> str:
        items = cols[cid]
        pages = max(1, math.ceil(len(items) / NH_PER))
        page = min(max(1, page), pages)
        rows = "".join(row(it) for it in items[(page - 1) * NH_PER : page * NH_PER])
        links = []
        if page > 1:
            links.append('<a href="javascript:void(0);" onclick="getPage(1)">首页</a>')
            links.append(f'<a href="javascript:void(0);" onclick="getPage({page - 1})">上一页</a>')
        for p in range(max(1, page - 4), min(pages, page + 4) + 1):
            links.append(
                f'<span class="current">{p}</span>'
                if p == page
                else f'<a href="javascript:void(0);" onclick="getPage({p})">{p}</a>'
            )
        if page < pages:
            links.append(f'<a href="javascript:void(0);" onclick="getPage({page + 1})">下一页</a>')
            links.append(f'<a href="javascript:void(0);" onclick="getPage({pages})">尾页</a>')
        trail = [(f"/xxgk/list.do?columnId={cid}", NH_COLS[cid])]
        body = (
            f'{skin.crumbs(trail)}<div class="list_box"><h2>{esc(NH_COLS[cid])}</h2>'
            f'<ul class="list">{rows}</ul>'
            f'<div class="page">共{len(items)}条记录 {page}/{pages}页 {"".join(links)}</div>'
            '<form name="pageForm" method="post" action="list.do">'
            f'<input type="hidden" name="columnId" value="{cid}"/>'
            f'<input type="hidden" name="pageNo" value="{page}"/></form>'
            '<script type="text/javascript">function getPage(pageno){'
            "document.pageForm.pageNo.value=pageno;document.pageForm.submit();}</script></div>"
        )
        return skin.page(f"{NH_COLS[cid]}-{skin.site_name}", body)

    for k in cols:
        put_at(skin, f"/xxgk/list.do?columnId={k}", page_of(k, 1))

    def listing(req: Request) -> Resource:
        qs = req.params()
        cid = qs.get("columnId", "")
        if cid not in cols:
            return _html(skin, skin.page("提示", "<p>栏目不存在。</p>"), 404)
        return _html(skin, page_of(cid, num(qs.get("pageNo", ""), 1)))

    ctx.handle(c, "/xxgk/list.do", listing)
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("form_post_pager", "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("form_post_pager",))
    home(skin, [(f"/xxgk/list.do?columnId={k}", n, cols[k][:8]) for k, n in NH_COLS.items()])


# ====================================================================== 克山县 (Spring CSRF)
KS_COLS = {"3": "通知公告", "7": "法治政府建设", "1": "克山要闻", "12": "部门动态"}
KS_PER = 15


def keshan(ctx: Ctx17) -> None:
    """克山县 (黑龙江 齐齐哈尔), ``www.keshan.gov.cn``: a Spring Boot site with Spring Security's
    CSRF protection. Its columns ``/news/list/<id>`` are shells carrying ``<meta name="_csrf"
    content="<uuid>"/>`` and ``<meta name="_csrf_header" content="X-CSRF-TOKEN"/>``; the page's
    script reads both, adds the header to every request by ``$.ajaxSetup({beforeSend:…
    xhr.setRequestHeader(header, token)})`` and POSTs ``columnId``, ``pageNum``, ``pageSize`` to
    ``/news/api/page``, which answers ``{"code":0,"data":{"total","pages","list":[{"id","title",
    "publishTime","url"}]}}``. A POST without the token (header or ``_csrf`` form field) answers
    403 with Spring's ``Invalid CSRF Token`` JSON; a GET answers 405. Evidence: public pages doing
    exactly this (``var token = $("meta[name='_csrf']").attr("content"); var header =
    $("meta[name='_csrf_header']").attr("content"); $.ajaxSetup({beforeSend: function(xhr){
    xhr.setRequestHeader(header, token);}})``; ``$(document).ajaxSend(… xhr.setRequestHeader(header,
    token))``); the county's use, the endpoint and fields are assumed, and the token is one per
    site (not bound to a session). The 2023 report is on API page 3 of 通知公告; the 2021 report
    and 黑龙江省's reposted 2022 report in 法治政府建设; the 县司法局's own report in 部门动态."""
    c = County("keshan", "克山县", "黑龙江省", "齐齐哈尔市", "230229", "www.keshan.gov.cn", scheme="https")
    nav = [("/", "首页"), *((f"/news/list/{k}", n) for k, n in KS_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2024, 10, 15), skin=InfoSkin)
    token = "{}-{}-{}-{}-{}".format(
        *(lambda h: (h[:8], h[8:12], h[12:16], h[16:20], h[20:32]))(_h("csrf", c.host))
    )
    r23 = ctx.new_report(
        c,
        2023,
        "克山县人民政府关于2023年法治政府建设工作情况的报告",
        pub="2024-03-29 10:05",
        source="克山县人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "克山县2021年度法治政府建设情况报告", pub="2022-03-31 15:50", source="克山县司法局"
    )
    hl = ctx.higher("黑龙江省", 2022, "党中央、国务院", "2023-03-30 09:30")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-27 10:20")
    notes = ctx.lookalikes_of(c, [("notice", 2024), ("text_interp", 2024)])
    look = ctx.lookalikes_of(c, [("plan", 2023), ("assessment", 2022), ("duty_report", 2023)])
    cols: dict[str, list[Item]] = {
        "3": [*newer(ctx, c, r23, 31, "notice", skin.clock), r23, *notes, *ctx.fillers(c, 20, "notice")],
        "7": [r21, hl, *look, *ctx.fillers(c, 10, "disclosure")],
        "1": ctx.news(c, 250),
        "12": [dep, *ctx.fillers(c, 16, "disclosure")],
    }
    for k, items in cols.items():
        cols[k] = assign(ctx, items, lambda it: f"/news/detail/{it.uid}")
        trail = [(f"/news/list/{k}", KS_COLS[k])]
        write_items(skin, cols[k], KS_COLS[k], trail)
        script = (
            '<script>var token = $("meta[name=\'_csrf\']").attr("content");\n'
            'var header = $("meta[name=\'_csrf_header\']").attr("content");\n'
            "$.ajaxSetup({ beforeSend: function (xhr) { xhr.setRequestHeader(header, token); } });\n"
            f'var columnId = "{k}";\n'
            "function loadPage(pageNum) {\n"
            '  $.ajax({ type: "POST", url: "/news/api/page", dataType: "json",\n'
            "    data: { columnId: columnId, pageNum: pageNum, pageSize: 15 },\n"
            '    success: function (res) { var h = "";\n'
            "      $.each(res.data.list, function (i, item) { h += '<li><a href=\"' + item.url + '\" "
            "target=\"_blank\">' + item.title + '</a><span>' + item.publishTime + '</span></li>'; });\n"
            '      $("#newsList").html(h); var p = "";\n'
            '      for (var i = 1; i <= res.data.pages; i++) { p += \'<a href="javascript:;" '
            "onclick=\"loadPage(' + i + ')\">' + i + '</a>'; }\n"
            '      $("#pagination").html(p); } });\n}\n'
            "$(function () { loadPage(1); });</script>"
        )
        body = (
            f'{skin.crumbs(trail)}<div class="news-box"><h2>{esc(KS_COLS[k])}</h2>'
            '<ul id="newsList" class="news-list"></ul><div id="pagination" class="pagination"></div></div>'
            f'<script src="/js/jquery-3.5.1.min.js"></script>{script}'
        )
        text = skin.page(f"{KS_COLS[k]}-{skin.site_name}", body)
        meta = f'<meta name="_csrf" content="{token}"/><meta name="_csrf_header" content="X-CSRF-TOKEN"/>'
        text = text.replace("</head>", meta + "</head>", 1)
        assert meta in text
        put_at(skin, f"/news/list/{k}", text)
    assert cols["3"].index(r23) >= 2 * KS_PER
    ctx.put(
        c,
        "/js/jquery-3.5.1.min.js",
        "/*! jQuery v3.5.1 | (c) JS Foundation */",
        ctype="application/javascript",
    )

    def api(req: Request) -> Resource:
        if req.method != "POST":
            return _json(
                {
                    "timestamp": "2024-10-15T08:00:00.000+0000",
                    "status": 405,
                    "error": "Method Not Allowed",
                    "message": "Request method 'GET' not supported",
                    "path": "/news/api/page",
                },
                405,
            )
        qs = req.params()
        sent = _header(req, "X-CSRF-TOKEN") or qs.get("_csrf", "")
        if sent != token:
            shown = sent or "null"
            return _json(
                {
                    "timestamp": "2024-10-15T08:00:00.000+0000",
                    "status": 403,
                    "error": "Forbidden",
                    "message": f"Invalid CSRF Token '{shown}' was found on the request parameter '_csrf' "
                    "or header 'X-CSRF-TOKEN'.",
                    "path": "/news/api/page",
                },
                403,
            )
        items = cols.get(qs.get("columnId", ""))
        if items is None:
            return _json({"code": 1, "msg": "栏目不存在", "data": None})
        size = max(1, min(num(qs.get("pageSize", ""), KS_PER), 50))
        pages = max(1, math.ceil(len(items) / size))
        page = max(1, num(qs.get("pageNum", ""), 1))
        rows = [
            {"id": it.uid, "title": it.title.replace("|", ""), "publishTime": it.date, "url": it.path}
            for it in items[(page - 1) * size : page * size]
        ]
        return _json(
            {"code": 0, "msg": "操作成功", "data": {"total": len(items), "pages": pages, "list": rows}}
        )

    ctx.handle(c, "/news/api/page", api)
    ctx.record(c, [*notes, *look])
    ctx.record_higher(c, hl, 2022, c.base + hl.path)
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("csrf_meta_header_api", "api_later_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("csrf_meta_header_api", "higher_repost"))
    home(skin, [(f"/news/list/{k}", n, []) for k, n in KS_COLS.items()])


# ====================================================================== 玉屏侗族自治县 (EmpireCMS JS 调用)
YP_CLASSES = {"12": "年度报告", "13": "工作动态"}
JS_ROW = "document.write(\"<li><a href='{0}' target=_blank title='{1}'>{1}</a> <span>{2}</span></li>\");\n"


def yuping(ctx: Ctx17) -> None:
    """玉屏侗族自治县 (贵州 铜仁), ``www.yuping.gov.cn``: an EmpireCMS (帝国CMS) site whose
    法治政府建设 专栏 ``/ztzl/fzzfjs/`` has no list of its own: each box is a JS 调用,
    ``<ul><script src='/d/js/class/class<classid>_newnews.js'></script></ul>``, a script file that
    ``document.write``s the class's newest rows (``<li><a href='/ztzl/fzzfjs/<Y-m-d>/<id>.html'
    …>``); no HTML page links the rows, and the class has no ``list.php`` page linked anywhere.
    Evidence: public EmpireCMS templates calling lists this way (``<ul><script
    src='/d/js/class/class<?=$ecms_gr[classid]?>_newnews.js'></script></ul>``, ``…_firstnews.js``,
    ``…_goodnews.js``; an app reading ``https://www.cqcb.com/d/js/class/class%@_firstnews.js``);
    that 玉屏's 专栏 is built so, the class ids and the row markup are assumed. The 2024 report is in
    the 年度报告 box beside a 实施方案 and a 解读; the 2022 report is an ordinary article in
    通知公告 among notices."""
    c = County("yuping", "玉屏侗族自治县", "贵州省", "铜仁市", "520622", "www.yuping.gov.cn")
    gk = "/zwgk/"
    nav = [
        ("/", "首页"),
        ("/xwzx/ypyw/", "玉屏要闻"),
        (gk + "tzgg/", "通知公告"),
        ("/ztzl/fzzfjs/", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 30), skin=InfoSkin)
    news = news_column(skin, "/xwzx/ypyw/", "玉屏要闻", 270)
    r24 = ctx.new_report(
        c,
        2024,
        "玉屏侗族自治县2024年法治政府建设年度报告",
        pub="2025-03-27 11:30",
        source="玉屏侗族自治县人民政府",
    )
    r22 = ctx.new_report(
        c,
        2022,
        "玉屏侗族自治县人民政府关于2022年度法治政府建设情况的报告",
        pub="2023-03-29 14:20",
        source="玉屏侗族自治县人民政府",
    )
    look = ctx.lookalikes_of(c, [("plan", 2025), ("meeting_topic", 2024), ("interpretation", 2023)])
    cols: dict[str, list[Item]] = {
        "12": [r24, *look, *ctx.fillers(c, 9, "disclosure")],
        "13": ctx.fillers(c, 16, "disclosure"),
    }
    boxes = []
    for cid, items in cols.items():
        cols[cid] = assign(ctx, items, lambda it: f"/ztzl/fzzfjs/{it.pub:%Y-%m-%d}/{it.uid}.html")
        name = YP_CLASSES[cid]
        write_items(skin, cols[cid], name, [("/ztzl/fzzfjs/", "法治政府建设"), ("/ztzl/fzzfjs/", name)])
        lines = "".join(
            JS_ROW.format(it.path, esc(it.title.replace("|", "")), it.date) for it in cols[cid][:20]
        )
        ctx.put(c, f"/d/js/class/class{cid}_newnews.js", lines, ctype="application/x-javascript")
        boxes.append(
            f'<div class="ztbox"><div class="zttit"><strong>{esc(name)}</strong></div>'
            f"<ul><script src='/d/js/class/class{cid}_newnews.js'></script></ul></div>"
        )
    skin.put(
        "/ztzl/fzzfjs/index.html",
        skin.page(
            f"法治政府建设-{skin.site_name}",
            f'{skin.crumbs([("/ztzl/fzzfjs/", "法治政府建设")])}<div class="zt-wrap">{"".join(boxes)}</div>',
        ),
    )
    notes = ctx.lookalikes_of(c, [("notice", 2023), ("xxgk_annual", 2022)])
    tz = publish(
        skin,
        gk + "tzgg/",
        "通知公告",
        [(gk, "政务公开"), (gk + "tzgg/", "通知公告")],
        [r22, *notes, *ctx.fillers(c, 46, "notice")],
    )
    ctx.record(c, [*look, *notes])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("empire_js_call_list",))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("gz_trs",))
    index_page(skin, gk + "index.html", "政务公开", [(gk, "政务公开")], [(gk + "tzgg/", "通知公告", tz)])
    home(
        skin,
        [("/xwzx/ypyw/", "玉屏要闻", news), (gk + "tzgg/", "通知公告", tz)],
        extra='<div class="ztzl"><a href="/ztzl/fzzfjs/" title="法治政府建设专栏">法治政府建设专栏</a></div>',
    )


# ====================================================================== 思南县 (lastId cursor)
SN_COLS = {"tzgg": ("通知公告", 21), "fzzfjs": ("法治政府建设", 34), "snyw": ("思南要闻", 11)}
SN_SHOWN = 10


def sinan(ctx: Ctx17) -> None:
    """思南县 (贵州 铜仁), ``www.sinan.gov.cn``: its columns ``/<col>/index.html`` show the ten
    newest rows as plain links and a 加载更多 button ``<a id="loadMore" data-catid="<id>"
    data-last="<id of the last row shown>">``; its script GETs ``/api/article/more?catId=<id>&
    lastId=<last>&size=10`` and appends the answer's rows (``{"hasMore","lastId","data":[{"id",
    "title","date","link"}]}``), each answer's ``lastId`` being the next cursor. There is no page
    number: a row is reached only by walking the cursor from the column page's ``data-last``.
    Evidence: public scripts paging by cursor (``axios.get(…,{params:{limit:15, lastId:
    items[items.length-1].productId}})``, ``if(!newItems.data.length) setHasMore(false)``); blind9's
    EmpireCMS load-more was by offset; the county's use, endpoint and fields are assumed. The
    2024 report is the 28th row of 通知公告; the 2021 report is the 16th of 法治政府建设, beside
    a 考核 通报."""
    c = County("sinan", "思南县", "贵州省", "铜仁市", "520624", "www.sinan.gov.cn")
    nav = [("/", "首页"), *((f"/{k}/index.html", n) for k, (n, _cid) in SN_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2025, 7, 1), skin=InfoSkin)
    r24 = ctx.new_report(
        c, 2024, "思南县2024年度法治政府建设工作报告", pub="2025-03-26 17:20", source="思南县人民政府"
    )
    r21 = ctx.new_report(
        c,
        2021,
        "思南县人民政府关于2021年法治政府建设情况的报告",
        pub="2022-03-30 10:10",
        source="思南县人民政府",
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("meeting", 2025)])
    look = ctx.lookalikes_of(c, [("assessment", 2022), ("gov_work_report", 2022), ("demo_news", 2021)])
    cols: dict[str, list[Item]] = {
        "tzgg": [*newer(ctx, c, r24, 27, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 24, "notice")],
        "fzzfjs": [
            *newer(ctx, c, r21, 15, "disclosure", skin.clock),
            r21,
            *look,
            *ctx.fillers(c, 8, "disclosure", (2019, 2021)),
        ],
        "snyw": ctx.news(c, 240),
    }
    by_cat: dict[str, list[Item]] = {}
    for k, items in cols.items():
        cols[k] = assign(ctx, items, lambda it, k=k: f"/{k}/{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid}.html")
        name, cid = SN_COLS[k]
        trail = [(f"/{k}/index.html", name)]
        write_items(skin, cols[k], name, trail)
        by_cat[str(cid)] = cols[k]
        shown = cols[k][:SN_SHOWN]
        rows = "".join(row(it) for it in shown)
        script = (
            "<script>$(function () {\n"
            '  $("#loadMore").on("click", function () { var btn = $(this);\n'
            '    $.get("/api/article/more",\n'
            '      { catId: btn.data("catid"), lastId: btn.data("last"), size: 10 }, '
            "function (res) {\n"
            "      $.each(res.data, function (i, item) {\n"
            '        $("#artList").append(\'<li><a href="\' + item.link + '
            "'\" target=\"_blank\">' + item.title + '</a><span>' + item.date + '</span></li>'); });\n"
            '      btn.data("last", res.lastId); if (!res.hasMore) { btn.text("没有更多了").off("click"); }\n'
            '    }, "json"); });\n});</script>'
        )
        body = (
            f'{skin.crumbs(trail)}<div class="art-list"><h2>{esc(name)}</h2><ul id="artList">{rows}</ul>'
            f'<div class="more"><a href="javascript:;" id="loadMore" data-catid="{cid}" '
            f'data-last="{shown[-1].uid}">加载更多</a></div></div>'
            f'<script src="/js/jquery.min.js"></script>{script}'
        )
        skin.put(f"/{k}/index.html", skin.page(f"{name}-{skin.site_name}", body))
    assert cols["tzgg"].index(r24) >= 20 and cols["fzzfjs"].index(r21) >= 12
    ctx.put(
        c,
        "/js/jquery.min.js",
        "/*! jQuery v1.12.4 | (c) jQuery Foundation */",
        ctype="application/javascript",
    )

    def more(req: Request) -> Resource:
        qs = req.params()
        items = by_cat.get(qs.get("catId", ""))
        if items is None:
            return _json({"hasMore": False, "lastId": 0, "data": []})
        last = num(qs.get("lastId", ""), 0)
        size = max(1, min(num(qs.get("size", ""), 10), 20))
        ids = [it.uid for it in items]
        start = ids.index(last) + 1 if last in ids else 0
        chunk = items[start : start + size]
        data = [
            {"id": it.uid, "title": it.title.replace("|", ""), "date": it.date, "link": it.path}
            for it in chunk
        ]
        return _json(
            {"hasMore": start + size < len(items), "lastId": chunk[-1].uid if chunk else last, "data": data}
        )

    ctx.handle(c, "/api/article/more", more)
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("cursor_load_more", "api_later_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("cursor_load_more",))
    home(skin, [(f"/{k}/index.html", n, cols[k][:6]) for k, (n, _c) in SN_COLS.items()])


# ====================================================================== 拜泉县 (zTree catalogue)
BQ_TREE = {
    "": [("10", "法定主动公开内容", True), ("20", "部门信息公开", True), ("30", "政府信息公开年报", False)],
    "10": [("1001", "机构职能", False), ("1007", "法治政府建设", False), ("11", "其他法定公开信息", True)],
    "11": [("1101", "工作总结", False), ("1102", "其他", False)],
    "20": [("2001", "县司法局", False), ("2002", "县财政局", False)],
}
BQ_NAMES = {cid: name for nodes in BQ_TREE.values() for cid, name, _p in nodes}
BQ_PER = 15


def baiquan(ctx: Ctx17) -> None:
    """拜泉县 (黑龙江 齐齐哈尔), ``www.baiquan.gov.cn``: its 政府信息公开目录 ``/xxgk/index.html``
    is a zTree catalogue (``<ul id="catalogTree" class="ztree">``) loaded lazily:
    ``async: {enable: true, url: "/xxgk/catalog/tree.do", type: "post", autoParam: ["id"]}``
    answers each level's nodes (``[{"id","name","isParent"}]``, the top level for a request
    without ``id``); a click on a leaf sets the page's ``<iframe id="listFrame">`` to
    ``"/xxgk/list.jsp?catId=" + treeNode.id``. The list pages are ordinary (``list.jsp?catId=
    <id>&page=<n>`` pagers), but no page links a catalogue column except through that tree (the
    frame's first column is 机构职能). Evidence: public pages building such trees
    (``async: {enable: true, url: "…/findOrgTree.json", autoParam: ["id"]}``, ``onClick:
    function(event, treeId, treeNode){ … pager("start", "…goSingleList.action?parentId=" +
    treeNode.id)}``, ``type: "post"``, ``dataType: "json"``); that 拜泉县's 信息公开 catalogue is
    built so, the endpoint and ids are assumed. The 2023 report is in 法治政府建设; the 2020 report
    on page 2 of 其他法定公开信息 → 工作总结 (two levels down); the 县司法局's report under 部门信息公开."""
    c = County("baiquan", "拜泉县", "黑龙江省", "齐齐哈尔市", "230231", "www.baiquan.gov.cn")
    nav = [("/", "首页"), ("/xwzx/bqyw/", "拜泉要闻"), ("/xxgk/index.html", "政府信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2025, 4, 18))
    news = news_column(skin, "/xwzx/bqyw/", "拜泉要闻", 280)
    r23 = ctx.new_report(
        c,
        2023,
        "拜泉县人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-28 15:10",
        source="拜泉县人民政府",
    )
    r20 = ctx.new_report(
        c, 2020, "拜泉县2020年法治政府建设工作报告", pub="2021-03-30 09:20", source="拜泉县司法局"
    )
    qq = ctx.higher("齐齐哈尔市", 2023, "省委、省政府", "2024-04-08 10:00")
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-26 16:40")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("shufa", 2024), ("interpretation", 2024)])
    glook = ctx.lookalikes_of(c, [("gov_work_report", 2021)])
    cols: dict[str, list[Item]] = {
        "1001": ctx.fillers(c, 12, "disclosure"),
        "1007": [r23, qq, *look, *ctx.fillers(c, 9, "disclosure")],
        "1101": [
            *newer(ctx, c, r20, 17, until=skin.clock),
            r20,
            *glook,
            *ctx.fillers(c, 6, "disclosure", (2019, 2020)),
        ],
        "1102": ctx.fillers(c, 14, "disclosure"),
        "2001": [dep, *ctx.fillers(c, 8, "disclosure")],
        "2002": ctx.fillers(c, 11, "disclosure"),
        "30": [*(annual := ctx.lookalikes_of(c, [("xxgk_annual", 2024)])), *ctx.fillers(c, 4, "disclosure")],
    }
    for cid, items in cols.items():
        cols[cid] = assign(
            ctx, items, lambda it, cid=cid: f"/xxgk/content/{cid}/{it.pub:%Y%m%d}/{it.uid}.html"
        )
        name = BQ_NAMES[cid]
        trail = [("/xxgk/index.html", "政府信息公开"), ("/xxgk/index.html", name)]
        write_items(skin, cols[cid], name, trail)
        pages = max(1, math.ceil(len(cols[cid]) / BQ_PER))
        for p in range(1, pages + 1):
            rows = "".join(row(it) for it in cols[cid][(p - 1) * BQ_PER : p * BQ_PER])
            pager = "".join(
                f"<span>{q}</span>" if q == p else f'<a href="list.jsp?catId={cid}&amp;page={q}">{q}</a>'
                for q in range(1, pages + 1)
            )
            text = (
                '<!DOCTYPE html><html><head><meta charset="utf-8"><title>'
                f'{esc(name)}</title><link rel="stylesheet" href="/xxgk/css/list.css"></head><body>'
                f'<div class="xxgk-list"><h3>{esc(name)}</h3><ul>{rows}</ul>'
                f'<div class="pager">共{len(cols[cid])}条 {pager}</div></div></body></html>'
            )
            put_at(skin, f"/xxgk/list.jsp?catId={cid}" + (f"&page={p}" if p > 1 else ""), text)
    assert cols["1101"].index(r20) >= BQ_PER
    ctx.put(c, "/xxgk/css/list.css", ".xxgk-list li{line-height:32px}", ctype="text/css")
    ctx.put(
        c,
        "/js/ztree/jquery.ztree.core.min.js",
        "/* JQuery zTree core v3.5.40 */",
        ctype="application/javascript",
    )
    script = (
        "<script>var setting = {\n"
        '  async: { enable: true, url: "/xxgk/catalog/tree.do", type: "post", dataType: "json",\n'
        '    autoParam: ["id"] },\n'
        "  callback: { onClick: function (event, treeId, treeNode) {\n"
        "    if (!treeNode.isParent) {\n"
        '      $("#listFrame").attr("src", "/xxgk/list.jsp?catId=" + treeNode.id); } } }\n'
        "};\n"
        '$(function () { $.fn.zTree.init($("#catalogTree"), setting); });</script>'
    )
    body = (
        f'{skin.crumbs([("/xxgk/index.html", "政府信息公开")])}<div class="xxgk-wrap">'
        '<div class="xxgk-left"><h3>信息公开目录</h3><ul id="catalogTree" class="ztree"></ul></div>'
        '<div class="xxgk-right"><iframe id="listFrame" name="listFrame" src="/xxgk/list.jsp?catId=1001" '
        'width="100%" height="720" frameborder="0"></iframe></div></div>'
        '<script src="/js/jquery-1.11.3.min.js"></script>'
        '<script src="/js/ztree/jquery.ztree.core.min.js"></script>'
        f"{script}"
    )
    skin.put("/xxgk/index.html", skin.page(f"政府信息公开-{skin.site_name}", body))
    ctx.put(c, "/js/jquery-1.11.3.min.js", "/*! jQuery v1.11.3 */", ctype="application/javascript")

    def tree(req: Request) -> Resource:
        nodes = BQ_TREE.get(req.params().get("id", ""), [])
        return _json(
            [
                {"id": cid, "pId": req.params().get("id", "0") or "0", "name": n, "isParent": p}
                for cid, n, p in nodes
            ]
        )

    ctx.handle(c, "/xxgk/catalog/tree.do", tree)
    ctx.record(c, [*look, *glook, *annual])
    ctx.record_higher(c, qq, 2023, c.base + qq.path)
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("ztree_async_catalog",))
    ctx.truth_report(c, r20, 2020, html_copy(c, r20), kinds=("ztree_async_catalog", "later_list_page"))
    home(skin, [("/xwzx/bqyw/", "拜泉要闻", news), ("/xxgk/index.html", "政府信息公开", [])])
