"""Blind12 sites whose lists, links or bodies need a mechanism no earlier blind web has: a 吉安
county on Nuxt (server-rendered list rows without links, the article ids only in the
``window.__NUXT__`` state), a 吉安 county whose 信息公开 columns are DataTables tables filled by
a server-side POST (``draw``, ``start``, ``length`` → ``{draw, recordsTotal, recordsFiltered,
data}``), a 吉安 county whose JEECMS-shaped ``.jhtml`` lists are paged only by
``javascript:goPage(n)``, and a 吉安 county whose reports are attached only through a kkFileView
``/preview/onlinePreview?url=<base64>`` link.

Every site's docstring names the real evidence it follows and what is assumed.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import math
from urllib.parse import quote

from .. import files
from ..blind.core import chunks
from ..blind.sites_a import home, index_page, publish
from ..blind.skins import Skin
from ..blind2.core import news_column, open_site
from ..blind4.sites_a import InfoSkin
from ..blind11.sites_b import _html, _rows
from ..model import Request, Resource
from .core import (
    County,
    Ctx12,
    Item,
    assign,
    esc,
    html_copy,
    json_answer,
    newer,
    num,
    put_at,
    write_items,
)

__all__ = ["suichuan", "taihe", "xingan", "yongfeng"]


# ====================================================================== 新干县
XG_CATS = {"xgyw": "新干要闻", "tzgg": "通知公告", "fzzfjs": "法治政府建设", "zcjd": "政策解读"}
XG_JS = "/_nuxt/pages/list/_cat.3f9a1c2.js"
XG_SIZE = 15


def _nuxt_str(s: str) -> str:
    """A string as Nuxt 2's devalue writes it into ``window.__NUXT__`` (``/`` as ``\\u002F``)."""
    return json.dumps(s, ensure_ascii=False).replace("/", "\\u002F")


def xingan(ctx: Ctx12) -> None:
    """新干县 (江西 吉安), ``www.xingan.gov.cn``: a Nuxt 2 site rendered on the server. Its menu
    links ``/list/<cat>`` (``nuxt-link`` renders ``<a>``), but each list row is a
    ``<div class="news-item" data-v-…>`` whose click handler does ``this.$router.push({path:
    "/detail/"+e.id})``: the rows carry no href; the article ids appear only in the serialized
    state ``window.__NUXT__=(function(a,b){return {…data:[{list:[{id:…,title:…}],total:N}]…}}
    (…))`` with every ``/`` written ``\\u002F``. Pages are ``?page=N`` (the page component's
    ``asyncData`` reads ``query.page`` and ``el-pagination``'s ``current-change`` pushes
    ``{query:{page:e}}``; its buttons have no hrefs); the same list is also answered by
    ``/api/cms/list?cat=&page=&size=`` (``$axios.$get`` in the bundle). Articles ``/detail/<id>``
    are server-rendered. Evidence: public code that reads list state out of
    ``window.__NUXT__`` / ``window.__NUXT__.state`` on Nuxt sites (scrapers of SSR pages, a
    build-manifest extractor naming ``window.__NUXT__``); Nuxt's own client reads
    ``window.__NUXT__`` as ``nuxtState``. The county's use of Nuxt, the routes and the API are
    assumed. The 2024 report is on ``?page=3`` of 通知公告; the 2022 report and 江西省's 2023 report
    in 法治政府建设."""
    c = County("xingan", "新干县", "江西省", "吉安市", "360824", "www.xingan.gov.cn")
    nav = [("/", "首页"), *((f"/list/{k}", n) for k, n in XG_CATS.items())]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 20))
    r24 = ctx.new_report(
        c,
        2024,
        "新干县人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-27 15:20",
        source="新干县人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "新干县2022年法治政府建设年度报告", pub="2023-03-29 09:40", source="新干县司法局"
    )
    jx = ctx.higher("江西省", 2023, "党中央、国务院", "2024-03-30 10:00")
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("xxgk_annual", 2024)])
    look = ctx.lookalikes_of(c, [("plan", 2023), ("shufa", 2023), ("assessment", 2022)])
    cols: dict[str, list[Item]] = {
        "xgyw": ctx.news(c, 260),
        "tzgg": [*newer(ctx, c, r24, 33, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 28, "notice")],
        "fzzfjs": [r22, jx, *look, *ctx.fillers(c, 10, "disclosure")],
        "zcjd": ctx.fillers(c, 24, "jiedu"),
    }
    for k, items in cols.items():
        cols[k] = assign(ctx, items, lambda it: f"/detail/{it.uid}")
        write_items(skin, cols[k], XG_CATS[k], [(f"/list/{k}", XG_CATS[k])])
    assert cols["tzgg"].index(r24) >= 30

    def state(cat: str, p: int) -> str:
        items = cols[cat]
        rows = ",".join(
            f"{{id:{it.uid},title:{_nuxt_str(it.title.replace('|', ''))},publishTime:{_nuxt_str(it.date)},"
            f"source:{_nuxt_str(it.source)},isTop:b}}"
            for it in items[(p - 1) * XG_SIZE : p * XG_SIZE]
        )
        route = _nuxt_str(f"/list/{cat}")
        return (
            '<script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{'
            f"list:[{rows}],total:{len(items)},pageNum:{p},pageSize:{XG_SIZE},cat:{_nuxt_str(cat)}}}],"
            f"fetch:{{}},error:a,state:{{}},serverRendered:true,routePath:{route},"
            'config:{_app:{basePath:"\\u002F",assetsPath:"\\u002F_nuxt\\u002F",cdnURL:a}}}}'
            "(null,false));</script>"
        )

    def listing(req: Request) -> Resource:
        cat = req.path.rstrip("/").rsplit("/", 1)[-1]
        if cat not in cols:
            return _html(skin, skin.page("404", "<h1>This page could not be found</h1>"), 404)
        items = cols[cat]
        pages = max(1, math.ceil(len(items) / XG_SIZE))
        p = min(max(num(req.params().get("page", "1")), 1), pages)
        divs = "".join(
            f'<div data-v-5e1c7a2b class="news-item"><span data-v-5e1c7a2b class="title">'
            f"{esc(it.title.replace('|', ''))}</span>"
            f'<span data-v-5e1c7a2b class="time">{it.date}</span></div>'
            for it in items[(p - 1) * XG_SIZE : p * XG_SIZE]
        )
        pager = "".join(
            f'<li class="number{" active" if k == p else ""}">{k}</li>' for k in range(1, pages + 1)
        )
        body = (
            f'<div id="__nuxt"><div id="__layout"><div data-v-5e1c7a2b class="list-page">'
            f"{skin.crumbs([(f'/list/{cat}', XG_CATS[cat])])}"
            f'<h2 data-v-5e1c7a2b>{esc(XG_CATS[cat])}</h2><div data-v-5e1c7a2b class="news-list">{divs}</div>'
            '<div data-v-5e1c7a2b class="el-pagination is-background">'
            '<button type="button" class="btn-prev">'
            f'<i class="el-icon el-icon-arrow-left"></i></button><ul class="el-pager">{pager}</ul>'
            f'<button type="button" class="btn-next"><i class="el-icon el-icon-arrow-right"></i></button>'
            f'<span class="el-pagination__total">共 {len(items)} 条</span></div></div></div></div>'
            f"{state(cat, p)}"
            f'<script src="/_nuxt/runtime.8d1e2f0.js" defer></script><script src="{XG_JS}" defer></script>'
            '<script src="/_nuxt/app.61b0c4e.js" defer></script>'
        )
        return _html(skin, skin.page(f"{XG_CATS[cat]}-{skin.site_name}", body))

    def api(req: Request) -> Resource:
        qs = req.params()
        items = cols.get(qs.get("cat", ""), [])
        p, size = max(num(qs.get("page", "1")), 1), min(max(num(qs.get("size", "15"), 15), 1), 50)
        rows = [
            {"id": it.uid, "title": it.title.replace("|", ""), "publishTime": it.date, "source": it.source}
            for it in items[(p - 1) * size : p * size]
        ]
        return json_answer(200, {"code": 0, "data": {"list": rows, "total": len(items)}})

    ctx.handle_prefix(c, "/list/", listing)
    ctx.handle(c, "/api/cms/list", api)
    bundle = "".join(
        (
            '(window.webpackJsonp=window.webpackJsonp||[]).push([[7],{"Xk2f":function(t,e,n){"use strict";',
            "n.r(e);var r={asyncData:function(t){var e=t.params,n=t.query,r=t.$axios;",
            'return r.$get("/api/cms/list",{params:{cat:e.cat,page:n.page||1,size:15}})',
            ".then(function(t){return{list:t.data.list,total:t.data.total,pageNum:+(n.page||1),",
            "pageSize:15,cat:e.cat}})},",
            'watchQuery:["page"],methods:{toDetail:function(t){this.$router.push({path:"/detail/"+t.id})},',
            "handleCurrentChange:function(t){this.$router.push({query:{page:t}})}}};e.default=r}}]);",
        )
    )
    ctx.put(c, XG_JS, bundle, ctype="application/javascript; charset=utf-8")
    for path in ("/_nuxt/runtime.8d1e2f0.js", "/_nuxt/app.61b0c4e.js"):
        ctx.put(c, path, "!function(e){var t={};/* webpack runtime */}([]);", ctype="application/javascript")
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("nuxt_state_list", "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("nuxt_state_list", "higher_repost"))
    ctx.record_higher(c, jx, 2023, c.base + jx.path)
    news_links = _rows(cols["xgyw"][:8])
    tz_links = "".join(
        f"<li>{esc(it.title.replace('|', ''))}<span>{it.date}</span></li>" for it in cols["tzgg"][:6]
    )
    body = (
        f'<div id="__nuxt"><div class="home"><div class="box"><h3><a href="/list/xgyw">新干要闻</a></h3>'
        f"<ul>{news_links}</ul></div>"
        f'<div class="box"><h3><a href="/list/tzgg">通知公告</a></h3><ul>{tz_links}</ul></div>'
        '<div class="box"><h3><a href="/list/fzzfjs">法治政府建设</a></h3></div></div></div>'
    )
    for path in ("/", "/index.html"):
        put_at(skin, path, ctx.icp(c.host, skin.page(skin.site_name, body)))


# ====================================================================== 永丰县
YF_API = "/xxgk/article/pageList.do"
YF_COLS = {"1041": "通知公告", "1057": "法治政府建设", "1063": "部门文件"}


def yongfeng(ctx: Ctx12) -> None:
    """永丰县 (江西 吉安), ``www.jxyongfeng.gov.cn``: ordinary TRS news columns, but its 信息公开
    columns ``/xxgk/list.html?columnId=<id>`` are DataTables tables in server-side mode: the page
    holds an empty ``<table id="dataList">`` and ``$('#dataList').DataTable({serverSide:true,
    ajax:{url:"/xxgk/article/pageList.do",type:"POST",data:function(d){d.columnId="1041";}},
    columns:[{data:"title",render:…'<a href="/xxgk/article/detail.do?id='+row.id+'">'…}]})``;
    the action takes the DataTables form (``draw``, ``start``, ``length``, ``columnId``) and
    answers ``{"draw":n,"recordsTotal":N,"recordsFiltered":N,"data":[{id,title,publishDate}]}``
    (GET answers Spring's 405). Evidence: the DataTables server-side protocol as public Java,
    C# and PHP controllers answer it (``model.put("recordsTotal", …); model.put("recordsFiltered",
    …); model.put("draw", draw); model.put("data", …)``, a JFinal ``getPageByCondition`` answering
    the same keys); the county's use, the action path and the detail path are assumed. The 2023
    report is at ``start=30`` of 通知公告; the 2021 report in 法治政府建设 among a 实施方案 and
    a 述职; the 县司法局's own report in 部门文件."""
    c = County("yongfeng", "永丰县", "江西省", "吉安市", "360825", "www.jxyongfeng.gov.cn")
    nav = [
        ("/", "首页"),
        ("/xwzx/yfyw/", "永丰要闻"),
        *((f"/xxgk/list.html?columnId={k}", n) for k, n in YF_COLS.items()),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 9, 25), skin=InfoSkin)
    news = news_column(skin, "/xwzx/yfyw/", "永丰要闻", 280)
    r23 = ctx.new_report(
        c,
        2023,
        "永丰县人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-28 16:10",
        source="永丰县人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "永丰县2021年度法治政府建设工作报告", pub="2022-03-30 11:35", source="永丰县司法局"
    )
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-27 09:20")
    notes = ctx.lookalikes_of(c, [("notice", 2024), ("meeting", 2024)])
    look = ctx.lookalikes_of(c, [("plan", 2022), ("duty_report", 2022), ("gov_work_report", 2023)])
    cols: dict[str, list[Item]] = {
        "1041": [*newer(ctx, c, r23, 32, "notice", skin.clock), r23, *notes, *ctx.fillers(c, 30, "notice")],
        "1057": [r21, *look, *ctx.fillers(c, 14, "disclosure")],
        "1063": [dep, *ctx.fillers(c, 18, "disclosure")],
    }
    for k, items in cols.items():
        cols[k] = assign(ctx, items, lambda it: f"/xxgk/article/detail.do?id={it.uid}")
        trail = [("/xxgk/", "政府信息公开"), (f"/xxgk/list.html?columnId={k}", YF_COLS[k])]
        write_items(skin, cols[k], YF_COLS[k], trail)
    assert cols["1041"].index(r23) >= 30
    for k, name in YF_COLS.items():
        trail = [("/xxgk/", "政府信息公开"), (f"/xxgk/list.html?columnId={k}", name)]
        script = "".join(
            (
                '<script src="/static/plugins/datatables/jquery.dataTables.min.js"></script><script>',
                "$(function(){$('#dataList').DataTable({serverSide:true,processing:true,searching:false,",
                'ordering:false,lengthChange:false,pageLength:15,language:{url:"/static/plugins/datatables/zh_CN.json"},',
                f'ajax:{{url:"{YF_API}",type:"POST",data:function(d){{d.columnId="{k}";}}}},',
                'columns:[{data:"title",render:function(data,type,row){'
                "return '<a href=\"/xxgk/article/detail.do?id='",
                "+row.id+'\""
                ' target="_blank" title="\'+data+\'">\'+data+\'</a>\';}},{data:"publishDate",width:"120px"}]',
                "});});</script>",
            )
        )
        body = (
            f'{skin.crumbs(trail)}<div class="xxgk-list"><h2>{esc(name)}</h2>'
            '<table id="dataList" class="display" style="width:100%">'
            "<thead><tr><th>标题</th><th>发布日期</th></tr>"
            f"</thead><tbody></tbody></table></div>{script}"
        )
        put_at(skin, f"/xxgk/list.html?columnId={k}", skin.page(f"{name}-{skin.site_name}", body))

    def action(req: Request) -> Resource:
        if req.method != "POST":
            return json_answer(
                405,
                {
                    "timestamp": "2024-09-25T08:00:00.000+0000",
                    "status": 405,
                    "error": "Method Not Allowed",
                    "message": "Request method 'GET' not supported",
                    "path": YF_API,
                },
            )
        form = req.params()
        items = cols.get(form.get("columnId", ""), [])
        start = max(num(form.get("start", "0"), 0), 0)
        length = min(max(num(form.get("length", "10"), 10), 1), 100)
        data = [
            {"id": it.uid, "title": it.title.replace("|", ""), "publishDate": it.date}
            for it in items[start : start + length]
        ]
        return json_answer(
            200,
            {
                "draw": num(form.get("draw", "0"), 0),
                "recordsTotal": len(items),
                "recordsFiltered": len(items),
                "data": data,
            },
        )

    ctx.handle(c, YF_API, action)
    ctx.put(
        c,
        "/static/plugins/datatables/jquery.dataTables.min.js",
        "/*! DataTables 1.10.21 */",
        ctype="application/javascript",
    )
    ctx.record(c, [*notes, *look])
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("datatables_server_side", "api_later_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("datatables_server_side",))
    index_page(
        skin,
        "/xxgk/index.html",
        "政府信息公开",
        [("/xxgk/", "政府信息公开")],
        [(f"/xxgk/list.html?columnId={k}", n, []) for k, n in YF_COLS.items()],
    )
    home(skin, [("/xwzx/yfyw/", "永丰要闻", news), ("/xxgk/", "政府信息公开", [])])


# ====================================================================== 泰和县
def gopage_lists(
    skin: Skin, col: str, name: str, trail: list, items: list[Item], per: int = 20
) -> list[Item]:
    """JEECMS-shaped ``.jhtml`` lists ``/<col>/index.jhtml``, ``index_2.jhtml`` … whose pager
    links are all ``javascript:goPage(n);`` and a page script that builds the URL."""
    items = assign(skin.ctx, items, lambda it: f"/{col}/{it.uid}.jhtml")
    write_items(skin, items, name, trail)
    pages = chunks(items, per)
    url = lambda k: "index.jhtml" if k == 1 else f"index_{k}.jhtml"  # noqa: E731
    script = (
        '<script>function goPage(p){var u=window.location.pathname.replace(/index(_\\d+)?\\.jhtml$/,"");'
        'if(!/\\/$/.test(u)){u+="/";}'
        'window.location.href=u+(p>1?"index_"+p+".jhtml":"index.jhtml");}</script>'
    )
    total = len(pages)
    for n, chunk in enumerate(pages, 1):
        out = []
        if n > 1:
            out.append(f'<li><a class="prev" href="javascript:goPage({n - 1});"><i></i>上一页</a></li>')
        else:
            out.append('<li class="disabled"><a class="prev disabled"><i></i>上一页</a></li>')
        lo, hi = max(1, n - 3), min(total, n + 3)
        for k in range(lo, hi + 1):
            out.append(
                f'<li class="active"><a>{k}</a></li>'
                if k == n
                else f'<li><a href="javascript:goPage({k});">{k}</a></li>'
            )
        if n < total:
            out.append(f'<li><a class="next" href="javascript:goPage({n + 1});">下一页<i></i></a></li>')
        out.append(f"<li><span>共{total}页</span></li>")
        body = (
            f'{skin.crumbs(trail)}<div class="list-box"><h2>{esc(name)}</h2>'
            f'<ul class="list">{_rows(chunk)}</ul>'
            f'<div class="pagination"><ul>{"".join(out)}</ul></div></div>{script}'
        )
        put_at(skin, f"/{col}/{url(n)}", skin.page(f"{name} - {skin.site_name}", body))
        if n == 1:
            put_at(skin, f"/{col}/", skin.page(f"{name} - {skin.site_name}", body))
    return items


def taihe(ctx: Ctx12) -> None:
    """泰和县 (江西 吉安), ``www.jxth.gov.cn``: a JEECMS-shaped Java site (``.jhtml`` columns
    ``/<col>/index.jhtml``, ``index_2.jhtml`` …, articles ``/<col>/<id>.jhtml``) whose FreeMarker
    pager writes every page link as ``href="javascript:goPage(n);"`` (上一页, numbers, 下一页,
    ``共N页``); the page's own ``goPage`` turns ``n`` into ``index_n.jhtml`` (``index.jhtml`` for
    1). No ``<a>`` names a later page. Evidence: a public FreeMarker pager macro (``<a class="prev"
    href="javascript:goPage(${page -1});"><i></i>上一页</a>`` over ``startRangeIndex..endRangeIndex``)
    and a public C# crawler that reads the last ``javascript:goPage(N)`` of a list to know how many
    pages to fetch; JEECMS's ``.jhtml`` URLs; the county's use and the body of ``goPage`` are
    assumed. The 2024 report is on ``index_3.jhtml`` of 通知公告; the 2022 report on
    ``index_2.jhtml`` of 法治政府建设 beside 吉安市's reposted report; the 2020 report only as a
    scanned PDF."""
    c = County("taihe", "泰和县", "江西省", "吉安市", "360826", "www.jxth.gov.cn")
    nav = [
        ("/", "首页"),
        ("/thyw/index.jhtml", "泰和要闻"),
        ("/tzgg/index.jhtml", "通知公告"),
        ("/fzzfjs/index.jhtml", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 30))
    news = gopage_lists(skin, "thyw", "泰和要闻", [("/thyw/index.jhtml", "泰和要闻")], ctx.news(c, 240))
    r24 = ctx.new_report(
        c, 2024, "泰和县2024年法治政府建设年度报告", pub="2025-03-26 17:00", source="泰和县人民政府"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("text_interp", 2025)])
    tz = gopage_lists(
        skin,
        "tzgg",
        "通知公告",
        [("/tzgg/index.jhtml", "通知公告")],
        [*newer(ctx, c, r24, 44, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 25, "notice")],
    )
    assert tz.index(r24) >= 40
    r22 = ctx.new_report(
        c,
        2022,
        "泰和县人民政府关于2022年度法治政府建设工作情况的报告",
        pub="2023-03-28 10:15",
        source="泰和县人民政府",
    )
    ja = ctx.higher("吉安市", 2022, "省委、省政府", "2023-04-10 15:30")
    r20 = ctx.new_report(
        c, 2020, "泰和县2020年法治政府建设工作报告", pub="2021-04-02 09:10", source="泰和县司法局"
    )
    body20 = list(r20.paras)
    r20.paras = ["(扫描件,见附件)"]
    r20.uid = ctx.uid()
    scan = f"/u/cms/www/202104/02091000{r20.uid}.pdf"
    r20.attachments.append((r20.title + ".pdf", scan, files.make_scan_pdf(r20.uid)))
    look = ctx.lookalikes_of(c, [("meeting_topic", 2023), ("demo_news", 2023)])
    fz = gopage_lists(
        skin,
        "fzzfjs",
        "法治政府建设",
        [("/fzzfjs/index.jhtml", "法治政府建设")],
        [
            *newer(ctx, c, r22, 21, until=skin.clock),
            r22,
            ja,
            r20,
            *look,
            *ctx.fillers(c, 6, "disclosure", (2019, 2022)),
        ],
    )
    assert fz.index(r22) >= 20
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("gopage_js_pager", "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("gopage_js_pager", "later_list_page"))
    ctx.record_higher(c, ja, 2022, c.base + ja.path)
    ctx.record_scan(c, r20, 2020, scan, body20, kinds=("gopage_js_pager", "scan_needs_ocr"))
    home(
        skin,
        [
            ("/thyw/index.jhtml", "泰和要闻", news),
            ("/tzgg/index.jhtml", "通知公告", tz),
            ("/fzzfjs/index.jhtml", "法治政府建设", fz),
        ],
    )


# ====================================================================== 遂川县
def kk_preview_url(file_url: str) -> str:
    """The kkFileView link: ``onlinePreview?url=`` + encodeURIComponent(base64(file URL))."""
    return "/preview/onlinePreview?url=" + quote(base64.b64encode(file_url.encode()).decode(), safe="")


def suichuan(ctx: Ctx12) -> None:
    """遂川县 (江西 吉安), ``www.suichuan.gov.cn``: ordinary TRS lists, but its attachments are
    opened through a kkFileView preview service under ``/preview/``: the report's article holds a
    line and ``<a href="/preview/onlinePreview?url=<encodeURIComponent(base64(file URL))>">``; the
    PDF's own URL is linked nowhere. ``onlinePreview`` answers kkFileView's PDF page, whose script
    sets ``var url = '<file URL>'`` and points an ``<iframe>`` at
    ``pdfjs/web/viewer.html?file=`` + ``encodeURIComponent(url)``. Evidence: public front-end code
    that opens attachments as ``…/onlinePreview?url=`` + ``encodeURIComponent(Base64.encode(url))``
    (several Vue admin projects, one under a ``contextPath + '/preview/onlinePreview'`` prefix),
    kkFileView being the usual open-source previewer in Chinese government projects; the
    county's use and the page's exact script are assumed. The 2024 report is a text PDF behind
    the preview link in 法治政府建设; the 2022 report an ordinary article in 通知公告 (page 2)."""
    c = County("suichuan", "遂川县", "江西省", "吉安市", "360827", "www.suichuan.gov.cn")
    gk = "/zwgk/"
    nav = [
        ("/", "首页"),
        ("/xwzx/scyw/", "遂川要闻"),
        (gk + "tzgg/", "通知公告"),
        (gk + "fzzfjs/", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 4, 22))
    news = news_column(skin, "/xwzx/scyw/", "遂川要闻", 300)
    r24 = ctx.new_report(
        c,
        2024,
        "遂川县人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-31 10:40",
        source="遂川县人民政府",
    )
    pdf = f"/uploadfile/2025/0331/{r24.uid:08d}.pdf"
    ctx.put(c, pdf, files.make_pdf(r24.title, r24.paras), ctype="application/pdf", modified=r24.pub)
    full = c.base + pdf
    look = ctx.lookalikes_of(c, [("interpretation", 2025), ("plan", 2024), ("xxgk_annual", 2023)])
    trail = [(gk, "政务公开"), (gk + "fzzfjs/", "法治政府建设")]
    fz = publish(skin, gk + "fzzfjs/", "法治政府建设", trail, [r24, *look, *ctx.fillers(c, 12, "disclosure")])
    after = (
        f'<div class="fujian"><p>附件:</p><p><a href="{esc(kk_preview_url(full))}" target="_blank">'
        f"{esc(r24.title)}.pdf</a> <span>(在线预览)</span></p></div>"
    )
    skin.put(
        r24.path,
        skin.article(r24, "法治政府建设", trail, paras=["报告全文请点击附件在线预览。"], after=after),
        modified=r24.pub,
    )
    r22 = ctx.new_report(
        c, 2022, "遂川县2022年度法治政府建设情况报告", pub="2023-03-30 15:25", source="遂川县司法局"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2023), ("meeting", 2023)])
    tz = publish(
        skin,
        gk + "tzgg/",
        "通知公告",
        [(gk, "政务公开"), (gk + "tzgg/", "通知公告")],
        [
            *newer(ctx, c, r22, 24, "notice", skin.clock),
            r22,
            *notes,
            *ctx.fillers(c, 20, "notice", (2019, 2022)),
        ],
    )
    assert tz.index(r22) >= 20

    def preview(req: Request) -> Resource:
        raw = req.params().get("url", "")
        try:
            target = base64.b64decode(raw + "=" * (-len(raw) % 4)).decode()
        except (ValueError, UnicodeDecodeError):
            target = ""
        if target != full:
            return _html(
                skin,
                "<html><head><title>文件预览</title></head><body><p>该文件不允许预览:"
                f"{esc(target)}</p></body></html>",
            )
        page = (
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>PDF图片预览</title>'
            '<script src="js/lazyload.js"></script></head><body>'
            '<iframe src="" width="100%" frameborder="0"></iframe>'
            f"<script type=\"text/javascript\">var url = '{full}';"
            "var baseUrl = '/preview/'.endsWith('/') ? '/preview/' : '/preview/' + '/';"
            "document.getElementsByTagName('iframe')[0].src = baseUrl + \"pdfjs/web/viewer.html?file=\""
            ' + encodeURIComponent(url) + "&disablepresentationmode=false'
            "&disableopenfile=true&disableprint=false"
            '&disabledownload=false&disablebookmark=false&disableediting=true";'
            "document.getElementsByTagName('iframe')[0].height = document.documentElement.clientHeight - 10;"
            "</script></body></html>"
        )
        return _html(skin, page)

    def viewer(req: Request) -> Resource:
        return _html(
            skin,
            '<!DOCTYPE html><html dir="ltr"><head><meta charset="utf-8"><title>PDF.js viewer</title>'
            '<script src="../build/pdf.js"></script><script src="viewer.js"></script></head>'
            '<body tabindex="1"><div id="outerContainer"><div id="viewerContainer"><div id="viewer" '
            'class="pdfViewer"></div></div></div></body></html>',
        )

    ctx.handle(c, "/preview/onlinePreview", preview)
    ctx.handle(c, "/preview/pdfjs/web/viewer.html", viewer)
    ctx.record(c, [*look, *notes])
    ctx.truth_report(
        c,
        r24,
        2024,
        [{"url": full, "kind": "pdf", "via": c.base + r24.path, "text_layer": True}],
        kinds=("kkfileview_preview",),
    )
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("jiangxi_trs", "later_list_page"))
    index_page(
        skin,
        gk + "index.html",
        "政务公开",
        [(gk, "政务公开")],
        [(gk + "tzgg/", "通知公告", tz), (gk + "fzzfjs/", "法治政府建设", fz)],
    )
    home(
        skin,
        [
            ("/xwzx/scyw/", "遂川要闻", news),
            (gk + "tzgg/", "通知公告", tz),
            (gk + "fzzfjs/", "法治政府建设", fz),
        ],
    )
