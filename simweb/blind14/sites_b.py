"""Blind14 sites whose lists, links or bodies need a mechanism no earlier blind web has: a 南充
county whose list links are ``javascript:openDetail('<id>','<yyyymm>')`` calls (the URL is built by
a function in the site's ``list.js``), a 南充 county whose 信息公开 lists are rendered by an
art-template ``<script type="text/html">`` template from an API that gives only ids and fields
(no URL), a 南充 county whose list API answers only requests carrying jQuery's
``X-Requested-With: XMLHttpRequest`` header, and the 南充经济开发区 whose report is only an
attachment behind a Hanweb-style ``downfile.jsp?classid=0&showname=…&filename=…`` endpoint that
answers ``application/octet-stream`` with ``Content-Disposition: attachment``.

Every site's docstring names the real evidence it follows and what is assumed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from urllib.parse import quote

from .. import files
from ..blind.sites_a import home, index_page, publish
from ..blind2.core import news_column, open_site
from ..blind4.sites_a import InfoSkin
from ..model import Request, Resource
from .core import STAMP, County, Ctx14, Item, assign, esc, html_copy, newer, num, put_at, write_items

__all__ = ["kaifaqu", "pengan", "xichong", "yilong"]


# ====================================================================== 蓬安县
PA_JS = "/static/js/list.js"


def fn_lists(skin, col: str, name: str, trail: list, items: list[Item], per: int = 20) -> list[Item]:
    """Lists ``/<col>/index.html``, ``index_1.html`` … whose rows are
    ``<a href="javascript:openDetail('<id>','<yyyymm>');">``: the URL is only built by
    ``openDetail`` in the site's ``list.js``."""
    items = assign(skin.ctx, items, lambda it: f"/zwgk/detail/{it.pub:%Y%m}/{it.uid}.html")
    write_items(skin, items, name, trail)
    pages = [items[i : i + per] for i in range(0, len(items), per)] or [[]]
    url = lambda k: "index.html" if k == 0 else f"index_{k}.html"  # noqa: E731
    for n, chunk in enumerate(pages):
        rows = "".join(
            f"<li><a href=\"javascript:openDetail('{it.uid}','{it.pub:%Y%m}');\" "
            f'title="{esc(it.title.replace("|", ""))}">{esc(it.title.replace("|", ""))}</a>'
            f'<span class="date">{it.date}</span></li>'
            for it in chunk
        )
        pager = "".join(
            f'<span class="cur">{k + 1}</span>' if k == n else f'<a href="{url(k)}">{k + 1}</a>'
            for k in range(len(pages))
        )
        body = (
            f'{skin.crumbs(trail)}<div class="list-box"><h2>{esc(name)}</h2>'
            f'<ul class="list">{rows}</ul><div class="pages">共{len(items)}条 {pager}</div></div>'
            f'<script src="/static/js/jquery.min.js"></script><script src="{PA_JS}"></script>'
        )
        put_at(skin, f"/{col}/{url(n)}", skin.page(f"{name}-{skin.site_name}", body))
        if n == 0:
            put_at(skin, f"/{col}/", skin.page(f"{name}-{skin.site_name}", body))
    return items


def pengan(ctx: Ctx14) -> None:
    """蓬安县 (四川 南充), ``www.pengan.gov.cn``: static list pages with an ordinary pager, but
    every row's link is ``<a href="javascript:openDetail('<id>','<yyyymm>');">``; the site's
    ``/static/js/list.js`` defines ``function openDetail(id,ym){window.open("/zwgk/detail/"+ym+"/"
    +id+".html");}``: no ``href`` names an article. Evidence: public list templates writing
    ``<a href="javascript:openDetail('<%=ds.getString("PID")%>');">`` (JSP), ``<a
    href="javascript:openDetail(<?php echo $news['id']; ?>)">`` (PHP) and script-built rows
    ``'<a href="javascript:openDetail(\\'' + record.data["PEOPLE_ID"] + …`` with the function
    opening the detail page; the county's use, the function's arguments and the detail path are
    assumed. The 2024 report is on the third page of 通知公告; the 2022 report in 法治政府建设
    beside 四川省's reposted report and a 工作要点; the 2020 report only as a scanned PDF."""
    c = County("pengan", "蓬安县", "四川省", "南充市", "511323", "www.pengan.gov.cn")
    nav = [
        ("/", "首页"),
        ("/xwzx/payw/", "蓬安要闻"),
        ("/zwgk/tzgg/", "通知公告"),
        ("/zwgk/fzzfjs/", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 20))
    news = fn_lists(skin, "xwzx/payw", "蓬安要闻", [("/xwzx/payw/", "蓬安要闻")], ctx.news(c, 240))
    r24 = ctx.new_report(
        c,
        2024,
        "蓬安县人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-27 10:15",
        source="蓬安县人民政府",
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("xxgk_annual", 2024)])
    tz = fn_lists(
        skin,
        "zwgk/tzgg",
        "通知公告",
        [("/zwgk/", "政务公开"), ("/zwgk/tzgg/", "通知公告")],
        [*newer(ctx, c, r24, 41, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 24, "notice")],
    )
    assert tz.index(r24) >= 40
    r22 = ctx.new_report(
        c, 2022, "蓬安县2022年法治政府建设工作报告", pub="2023-03-30 16:20", source="蓬安县司法局"
    )
    sc = ctx.higher("四川省", 2023, "党中央、国务院", "2024-04-08 09:30")
    r20 = ctx.new_report(
        c, 2020, "蓬安县2020年度法治政府建设情况报告", pub="2021-03-31 11:40", source="蓬安县司法局"
    )
    body20 = list(r20.paras)
    r20.paras = ["(扫描件，见附件)"]
    r20.uid = ctx.uid()
    scan = f"/uploadfile/2021/0331/20210331{r20.uid:08d}.pdf"
    r20.attachments.append((r20.title + ".pdf", scan, files.make_scan_pdf(r20.uid)))
    look = ctx.lookalikes_of(c, [("plan", 2023), ("shufa", 2023), ("assessment", 2023)])
    fz = fn_lists(
        skin,
        "zwgk/fzzfjs",
        "法治政府建设",
        [("/zwgk/", "政务公开"), ("/zwgk/fzzfjs/", "法治政府建设")],
        [r22, sc, *look, r20, *ctx.fillers(c, 10, "disclosure")],
    )
    ctx.put(
        c,
        PA_JS,
        'function openDetail(id,ym){window.open("/zwgk/detail/"+ym+"/"+id+".html");}'
        '$(function(){$(".list li:odd").addClass("bg");});',
        ctype="application/javascript",
    )
    ctx.put(c, "/static/js/jquery.min.js", "/*! jQuery v1.11.3 */", ctype="application/javascript")
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("js_function_href", "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("js_function_href", "higher_repost"))
    ctx.record_higher(c, sc, 2023, c.base + sc.path)
    ctx.record_scan(c, r20, 2020, scan, body20, kinds=("js_function_href", "scan_needs_ocr"))
    index_page(
        skin,
        "/zwgk/index.html",
        "政务公开",
        [("/zwgk/", "政务公开")],
        [("/zwgk/tzgg/", "通知公告", []), ("/zwgk/fzzfjs/", "法治政府建设", [])],
    )
    home(
        skin,
        [
            ("/xwzx/payw/", "蓬安要闻", []),
            ("/zwgk/tzgg/", "通知公告", []),
            ("/zwgk/fzzfjs/", "法治政府建设", []),
        ],
    )
    assert news and fz


# ====================================================================== 仪陇县
YL_COLS = {"1501": "通知公告", "1533": "法治政府建设", "1420": "仪陇要闻", "1547": "部门信息"}
YL_PER = 15


def yilong(ctx: Ctx14) -> None:
    """仪陇县 (四川 南充), ``www.yilong.gov.cn``: its 信息公开 columns
    ``/xxgk/list.html?channelId=<id>`` are shells holding an art-template template
    ``<script id="tpl-list" type="text/html">{{each list}}<li><a href="/xxgk/{{$value.channelId}}/
    {{$value.ym}}/t{{$value.contentId}}.html">…{{/each}}</script>``; the page's jQuery GETs
    ``/api/content/list?channelId=<id>&pageNum=<n>&pageSize=15``, whose JSON gives each record's
    ``contentId``, ``channelId``, ``ym``, ``title`` and ``pubDate`` but no URL, renders
    ``template('tpl-list', res.data)`` and pages with ``laypage.render({count:res.data.total,
    limit:15,jump:…})``. Evidence: public front-end code doing ``var str = template('tpl-list',
    res); $('tbody').html(str);`` after ``$.ajax``, with ``laypage.render`` whose ``jump`` sets
    ``q.pagenum = obj.curr`` and reloads; the county's use, the endpoint, the field names and the
    detail path are assumed. The 2023 report is on the third API page of 通知公告; the 2021 report
    and 南充市's reposted report in 法治政府建设; a 县司法局 report in 部门信息."""
    c = County("yilong", "仪陇县", "四川省", "南充市", "511324", "www.yilong.gov.cn")
    nav = [("/", "首页"), *((f"/xxgk/list.html?channelId={k}", n) for k, n in YL_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2025, 2, 26), skin=InfoSkin)
    r23 = ctx.new_report(
        c,
        2023,
        "仪陇县人民政府关于2023年度法治政府建设工作情况的报告",
        pub="2024-03-28 15:30",
        source="仪陇县人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "仪陇县2021年法治政府建设年度报告", pub="2022-03-29 10:00", source="仪陇县司法局"
    )
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-27 09:10")
    nc = ctx.higher("南充市", 2022, "省委、省政府", "2023-04-10 17:00")
    notes = ctx.lookalikes_of(c, [("notice", 2024), ("meeting", 2024)])
    look = ctx.lookalikes_of(c, [("plan", 2024), ("gov_work_report", 2022), ("interpretation", 2022)])
    cols: dict[str, list[Item]] = {
        "1501": [*newer(ctx, c, r23, 32, "notice", skin.clock), r23, *notes, *ctx.fillers(c, 26, "notice")],
        "1533": [r21, nc, *look, *ctx.fillers(c, 10, "disclosure")],
        "1420": ctx.news(c, 230),
        "1547": [dep, *ctx.fillers(c, 18, "disclosure")],
    }
    for k, items in cols.items():
        cols[k] = assign(ctx, items, lambda it, k=k: f"/xxgk/{k}/{it.pub:%Y%m}/t{it.uid}.html")
        trail = [("/xxgk/", "信息公开"), (f"/xxgk/list.html?channelId={k}", YL_COLS[k])]
        write_items(skin, cols[k], YL_COLS[k], trail)
        script = (
            '<script id="tpl-list" type="text/html">{{each list}}<li><a href="/xxgk/{{$value.channelId}}/'
            '{{$value.ym}}/t{{$value.contentId}}.html" target="_blank" title="{{$value.title}}">'
            "{{$value.title}}</a><span>{{$value.pubDate}}</span></li>{{/each}}</script>"
            f'<script>var channelId="{k}";var q={{channelId:channelId,pageNum:1,pageSize:{YL_PER}}};'
            'function getList(){$.ajax({type:"GET",url:"/api/content/list",data:q,dataType:"json",'
            "success:function(res){if(res.code!==200){return;}"
            '$("#infoList").html(template("tpl-list",res.data));renderPage(res.data.total);}});}'
            'function renderPage(total){layui.use("laypage",function(){var laypage=layui.laypage;'
            'laypage.render({elem:"pageBox",count:total,limit:q.pageSize,curr:q.pageNum,'
            "jump:function(obj,first){if(!first){q.pageNum=obj.curr;getList();}}});});}"
            "$(function(){getList();});</script>"
        )
        body = (
            f"{skin.crumbs(trail)}"
            f'<div class="xxgk-list"><h2>{esc(YL_COLS[k])}</h2><ul id="infoList"></ul>'
            '<div id="pageBox"></div></div>'
            '<script src="/js/jquery-3.5.1.min.js"></script><script src="/js/template-web.js"></script>'
            f'<script src="/layui/layui.js"></script>{script}'
        )
        put_at(skin, f"/xxgk/list.html?channelId={k}", skin.page(f"{YL_COLS[k]}-{skin.site_name}", body))
    assert cols["1501"].index(r23) >= 30

    def api(req: Request) -> Resource:
        qs = req.params()
        ch = qs.get("channelId", "")
        items = cols.get(ch)
        if items is None:
            return Resource(
                b'{"code":500,"msg":"channel not found"}', "application/json;charset=UTF-8", modified=STAMP
            )
        size = min(max(num(qs.get("pageSize", "15")[:4], YL_PER), 1), 50)
        p = max(num(qs.get("pageNum", "1")[:6], 1), 1)
        recs = [
            {
                "contentId": it.uid,
                "channelId": int(ch),
                "ym": f"{it.pub:%Y%m}",
                "title": it.title.replace("|", ""),
                "pubDate": it.date,
            }
            for it in items[(p - 1) * size : p * size]
        ]
        out = {
            "code": 200,
            "msg": "success",
            "data": {"total": len(items), "pageNum": p, "pageSize": size, "list": recs},
        }
        return Resource(
            json.dumps(out, ensure_ascii=False).encode(), "application/json;charset=UTF-8", modified=STAMP
        )

    ctx.handle(c, "/api/content/list", api)
    for path, text in (
        ("/js/jquery-3.5.1.min.js", "/*! jQuery v3.5.1 */"),
        ("/js/template-web.js", "/*! art-template@4.13.2 | https://github.com/aui/art-template */"),
        ("/layui/layui.js", "/** layui-v2.5.7 MIT License */"),
    ):
        ctx.put(c, path, text, ctype="application/javascript")
    ctx.record(c, [*notes, *look])
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.record_higher(c, nc, 2022, c.base + nc.path)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("art_template_fields", "api_later_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("art_template_fields", "higher_repost"))
    index_page(
        skin,
        "/xxgk/index.html",
        "信息公开",
        [("/xxgk/", "信息公开")],
        [(f"/xxgk/list.html?channelId={k}", n, []) for k, n in YL_COLS.items()],
    )
    home(skin, [("/xxgk/list.html?channelId=1420", "仪陇要闻", []), ("/xxgk/", "信息公开", [])])


# ====================================================================== 西充县
XC_COLS = {"7": "通知公告", "12": "法治政府建设", "3": "西充要闻"}
XC_PER = 12


def xichong(ctx: Ctx14) -> None:
    """西充县 (四川 南充), ``www.xichong.gov.cn``: a PHP (ThinkPHP-style) site whose column pages
    ``/index.php/news/lists/cid/<cid>.html`` are shells; the page's jQuery
    ``$.get("/index.php/api/article/lists",{cid:…,page:…},…)`` fills the list from JSON
    (``data.list[].url``, ``data.last_page``) and a 加载更多 button asks for the next page. The
    API answers only an AJAX request: without ``X-Requested-With: XMLHttpRequest`` (which jQuery
    adds to every same-origin request by itself, so the page's script never names it) it answers
    ``403`` and ``{"code":0,"msg":"非法请求"}``. Articles ``/index.php/news/show/id/<id>.html`` are
    ordinary pages. Evidence: public PHP controllers guarding list endpoints with ``if
    (!$this->request->isAJAX()) return $this->response->setStatusCode(404);`` and ``if
    (!$req->isAjax()) { return $res->sendErrorMessage('Bad Request'); }`` (the check reads
    ``HTTP_X_REQUESTED_WITH``, as a framework's own test of ``is('ajax')`` shows); the county's use,
    the paths and the JSON shape are assumed. The 2024 report is on the fourth API page of
    通知公告; the 2021 report in 法治政府建设 beside a 第一责任人述职 and a 考核 通报."""
    c = County("xichong", "西充县", "四川省", "南充市", "511325", "www.xichong.gov.cn")
    lst = lambda k: f"/index.php/news/lists/cid/{k}.html"  # noqa: E731
    nav = [("/", "首页"), *((lst(k), n) for k, n in XC_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 3))
    r24 = ctx.new_report(
        c, 2024, "西充县2024年法治政府建设工作情况报告", pub="2025-03-31 09:40", source="西充县人民政府"
    )
    r21 = ctx.new_report(
        c,
        2021,
        "西充县人民政府关于2021年度法治政府建设情况的报告",
        pub="2022-03-30 14:25",
        source="西充县人民政府",
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("text_interp", 2025)])
    look = ctx.lookalikes_of(c, [("duty_report", 2022), ("assessment", 2022), ("demo_news", 2023)])
    cols: dict[str, list[Item]] = {
        "7": [*newer(ctx, c, r24, 40, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 22, "notice")],
        "12": [r21, *look, *ctx.fillers(c, 9, "disclosure")],
        "3": ctx.news(c, 260),
    }
    for k, items in cols.items():
        cols[k] = assign(ctx, items, lambda it: f"/index.php/news/show/id/{it.uid}.html")
        trail = [(lst(k), XC_COLS[k])]
        write_items(skin, cols[k], XC_COLS[k], trail)
        script = (
            f'<script>var cid="{k}",page=1;function load(){{$.get("/index.php/api/article/lists",'
            '{cid:cid,page:page},function(res){if(res.code!==1){return;}var h="";'
            "$.each(res.data.list,function(i,v){h+='<li><a href=\"'+v.url+'\" target=\"_blank\">'+v.title"
            "+'</a><span>'+v.create_time+'</span></li>';});$(\"#artList\").append(h);"
            'if(page>=res.data.last_page){$("#more").hide();}},"json");}'
            '$(function(){load();$("#more").click(function(){page++;load();});});</script>'
        )
        body = (
            f'{skin.crumbs(trail)}<div class="list"><h2>{esc(XC_COLS[k])}</h2><ul id="artList"></ul>'
            '<a href="javascript:;" id="more" class="more">加载更多</a></div>'
            f'<script src="/static/js/jquery-1.10.2.min.js"></script>{script}'
        )
        put_at(skin, lst(k), skin.page(f"{XC_COLS[k]} - {skin.site_name}", body))
    assert cols["7"].index(r24) >= 36

    def api(req: Request) -> Resource:
        hdr = {key.lower(): v for key, v in req.headers.items()}
        if hdr.get("x-requested-with", "").lower() != "xmlhttprequest":
            return Resource(
                '{"code":0,"msg":"非法请求","data":""}'.encode(),
                "application/json; charset=utf-8",
                status=403,
                modified=STAMP,
            )
        qs = req.params()
        items = cols.get(qs.get("cid", ""), [])
        last = max(1, math.ceil(len(items) / XC_PER))
        p = max(num(qs.get("page", "1")[:6], 1), 1)
        recs = [
            {"id": it.uid, "title": it.title.replace("|", ""), "url": it.path, "create_time": it.date}
            for it in items[(p - 1) * XC_PER : p * XC_PER]
        ]
        out = {
            "code": 1,
            "msg": "ok",
            "data": {
                "total": len(items),
                "per_page": XC_PER,
                "current_page": p,
                "last_page": last,
                "list": recs,
            },
        }
        return Resource(
            json.dumps(out, ensure_ascii=False).encode(), "application/json; charset=utf-8", modified=STAMP
        )

    ctx.handle(c, "/index.php/api/article/lists", api)
    ctx.put(c, "/static/js/jquery-1.10.2.min.js", "/*! jQuery v1.10.2 */", ctype="application/javascript")
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("xhr_header_api", "api_later_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("xhr_header_api",))
    home(skin, [(lst(k), n, []) for k, n in XC_COLS.items()])


# ====================================================================== 南充经济开发区
def kaifaqu(ctx: Ctx14) -> None:
    """南充经济开发区管委会 (四川 南充), ``www.ncjkq.gov.cn`` (host assumed: the zone is in no data
    file): an ordinary TRS-shaped site, except that the report articles hold one line and the
    PDF only behind a Hanweb-style download endpoint
    ``/module/download/downfile.jsp?classid=0&showname=<name>.pdf&filename=<32 hex>.pdf``, which
    answers ``200`` with ``Content-Type: application/octet-stream`` and ``Content-Disposition:
    attachment; filename="<hex>.pdf"`` (no redirect to a ``.pdf`` path, unlike blind3's). Evidence:
    public links to ``…/module/download/downfile.jsp?classid=0&filename=<32 hex>.pdf`` on
    nrta.gov.cn, edu.shandong.gov.cn, czt.shandong.gov.cn, and ``…&showname=<urlencoded name>.pdf
    &filename=<hash>.pdf`` on hrss.jining.gov.cn, and a public test extracting the PDF URL from such
    an article; the zone's use and the octet-stream answer are assumed. The 2023 report's PDF is
    in 法治政府建设 beside a 实施方案; the 2022 report (an ordinary article) on page 2 of 通知公告."""
    c = County("kaifaqu", "南充经济开发区", "四川省", "南充市", "511399", "www.ncjkq.gov.cn")
    gk = "/zwgk/"
    nav = [
        ("/", "首页"),
        ("/xwdt/yqdt/", "园区动态"),
        (gk + "tzgg/", "通知公告"),
        (gk + "fzzfjs/", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 4, 18), skin=InfoSkin)
    news = news_column(skin, "/xwdt/yqdt/", "园区动态", 200)
    r23 = ctx.new_report(
        c,
        2023,
        "南充经济开发区管委会关于2023年度法治政府建设情况的报告",
        pub="2024-03-29 11:00",
        source="南充经济开发区管委会",
    )
    body23 = list(r23.paras)
    r23.paras = ["现将南充经济开发区管委会2023年度法治政府建设情况报告予以公开，详见附件。"]
    look = ctx.lookalikes_of(c, [("plan", 2024), ("meeting_topic", 2024)])
    trail = [(gk, "政务公开"), (gk + "fzzfjs/", "法治政府建设")]
    fz = publish(skin, gk + "fzzfjs/", "法治政府建设", trail, [r23, *look, *ctx.fillers(c, 8, "disclosure")])
    fname = hashlib.md5(f"ncjkq{r23.uid}".encode()).hexdigest() + ".pdf"
    show = quote(r23.title + ".pdf")
    query = f"classid=0&showname={show}&filename={fname}"
    ctx.put(
        c,
        "/module/download/downfile.jsp",
        files.make_pdf(r23.title, body23),
        query=query,
        ctype="application/octet-stream",
        modified=r23.pub,
        headers=(("Content-Disposition", f'attachment; filename="{fname}"'),),
    )
    link = f"/module/download/downfile.jsp?{query}"
    after = f'<div class="fj">附件：<p><a href="{esc(link)}">{esc(r23.title)}.pdf</a></p></div>'
    put_at(skin, r23.path, skin.article(r23, "法治政府建设", trail, after=after), r23.pub)
    r22 = ctx.new_report(
        c,
        2022,
        "南充经济开发区2022年法治政府建设工作报告",
        pub="2023-03-28 15:50",
        source="南充经济开发区管委会",
    )
    notes = ctx.lookalikes_of(c, [("notice", 2023), ("xxgk_annual", 2023)])
    tz = publish(
        skin,
        gk + "tzgg/",
        "通知公告",
        [(gk, "政务公开"), (gk + "tzgg/", "通知公告")],
        [
            *newer(ctx, c, r22, 22, "notice", skin.clock),
            r22,
            *notes,
            *ctx.fillers(c, 18, "notice", (2019, 2022)),
        ],
    )
    assert tz.index(r22) >= 20
    ctx.record(c, [*look, *notes])
    ctx.truth_report(
        c,
        r23,
        2023,
        [{"url": c.base + link, "kind": "pdf", "via": c.base + r23.path, "text_layer": True}],
        kinds=("downfile_octet_stream",),
        body=body23,
    )
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("sichuan_trs", "later_list_page"))
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
            ("/xwdt/yqdt/", "园区动态", news),
            (gk + "tzgg/", "通知公告", tz),
            (gk + "fzzfjs/", "法治政府建设", fz),
        ],
    )
