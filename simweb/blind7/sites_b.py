"""Blind7 sites whose lists or bodies need a script, a cookie or an API: a Hebei county behind a
加速乐-style script-challenge firewall, a Jiangxi county on an ASP.NET CMS whose lists and article
bodies both come from ``/Ashx/PostHandler.ashx`` POSTs, a Shandong county on Jinan's Hanweb
platform whose lists come from GET ``/module/web/jpage/dataproxy.jsp?page=N`` as XML, and a
Shanxi county whose lists are layui ``laypage`` pagers loading HTML fragments.

Every site's docstring names the real evidence it follows; where a shape is assumed it says so.
"""

from __future__ import annotations

import datetime as dt
import json
from urllib.parse import quote

from ..blind.core import chunks, paras_html
from ..blind.sites_a import home, index_page, publish
from ..blind2.core import news_column, open_site
from ..blind2.sites_b import jcms_record
from ..blind5.core import json_res, num
from ..model import Request, Resource
from .core import STAMP, County, Ctx7, Item, esc, guid, html_copy, jsl_gate


# ====================================================================== 正定县
def zhengding(ctx: Ctx7) -> None:
    """正定县 (河北 石家庄), ``www.zd.gov.cn``: a TRS county site behind a script-challenge
    firewall of the simple 加速乐 kind (sites.md "Script-challenge firewalls … 521 with
    ``__jsluid_h`` and ``document.cookie='__jsl_clearance_s=…'; location.href=…``"): every page,
    the home page too, answers 521 until the request carries both cookies. The 2024 report is in
    政务公开 → 法治政府建设, the 2022 report on the second page of 通知公告."""
    c = County("zhengding", "正定县", "河北省", "石家庄市", "130123", "www.zd.gov.cn")
    nav = [
        ("/", "首页"),
        ("/zdyw/", "正定要闻"),
        ("/zwgk/fzzfjs/", "法治政府建设"),
        ("/zwgk/tzgg/", "通知公告"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 4, 21))
    news = news_column(skin, "/zdyw/", "正定要闻", 220)
    r24 = ctx.new_report(
        c,
        2024,
        "正定县人民政府关于2024年法治政府建设情况的报告",
        pub="2025-03-26 10:30",
        source="正定县人民政府",
    )
    look = ctx.lookalikes_of(c, [("plan", 2025), ("gov_work_report", 2025)])
    fz = publish(
        skin,
        "/zwgk/fzzfjs/",
        "法治政府建设",
        [("/zwgk/", "政务公开"), ("/zwgk/fzzfjs/", "法治政府建设")],
        [r24, *look, *ctx.fillers(c, 9, "disclosure")],
    )
    ctx.record(c, look)
    r22 = ctx.new_report(
        c, 2022, "正定县2022年度法治政府建设工作报告", pub="2023-03-31 16:55", source="正定县司法局"
    )
    tz = publish(
        skin,
        "/zwgk/tzgg/",
        "通知公告",
        [("/zwgk/", "政务公开"), ("/zwgk/tzgg/", "通知公告")],
        [*ctx.fillers(c, 25, "notice", (2023, 2025)), r22, *ctx.fillers(c, 15, "notice", (2019, 2022))],
    )
    for r, y, more in ((r24, 2024, ()), (r22, 2022, ("later_list_page",))):
        ctx.truth_report(c, r, y, html_copy(c, r), kinds=("jsl_cookie_challenge", *more))
    index_page(
        skin,
        "/zwgk/index.html",
        "政务公开",
        [("/zwgk/", "政务公开")],
        [("/zwgk/fzzfjs/", "法治政府建设", fz), ("/zwgk/tzgg/", "通知公告", tz)],
    )
    home(skin, [("/zdyw/", "正定要闻", news), ("/zwgk/", "政务公开", fz), ("/zwgk/tzgg/", "通知公告", tz)])
    jsl_gate(ctx, c)


# ====================================================================== 婺源县
ASHX = "/Ashx/PostHandler.ashx"


def wuyuan(ctx: Ctx7) -> None:
    """婺源县 (江西 上饶), ``www.jxwy.gov.cn`` (county_urls_found.csv): an ASP.NET CMS of the kind
    public crawlers of 徐闻县 and 雷州市 drive (code corpus, find_string ".ashx?": list shells
    ``/Default.aspx?key=list/list&Id=<guid>&CurrentId=<guid>&title=…``; the list by POST
    ``/Ashx/PostHandler.ashx?action=News-GetPublishNewsList`` with the form field
    ``args={"PageNo":"N","PageSize":"15","ClassifyID":"<guid>"}`` answering ``data[]`` of
    ``NewsID``, ``Title``, ``LastUpdatedDate``; articles ``/Info.aspx?Id=<NewsID>&c=<ClassifyID>``
    whose body comes from ``…?action=News-GetPublishNewById&NewsID=<id>`` with
    ``args={"NewsID":…}`` as ``data.NewsContent``). That this county's site is of that family is
    assumed. The 2023 report is on the list API's second page of 政府信息公开 → 法定主动公开内容,
    the 2020 report in 通知公告; the article pages hold only the title."""
    c = County("wuyuan", "婺源县", "江西省", "上饶市", "361130", "www.jxwy.gov.cn")
    root = guid("wuyuan", "root")
    classes = {
        "news": ("婺源要闻", guid("wuyuan", "news")),
        "fdzd": ("法定主动公开内容", guid("wuyuan", "fdzd")),
        "tzgg": ("通知公告", guid("wuyuan", "tzgg")),
    }

    def shell_url(key: str) -> str:
        name, cid = classes[key]
        return f"/Default.aspx?key=list/list&Id={root}&CurrentId={cid}&title={quote(name)}"

    nav = [("/Default.aspx", "首页"), *((shell_url(k), n) for k, (n, _c) in classes.items())]
    skin = open_site(ctx, c, nav, dt.date(2024, 11, 5))
    r23 = ctx.new_report(
        c,
        2023,
        "婺源县人民政府关于2023年度法治政府建设工作情况的报告",
        pub="2024-03-28 09:50",
        source="婺源县人民政府",
    )
    r20 = ctx.new_report(
        c, 2020, "婺源县2020年法治政府建设工作报告", pub="2021-03-30 15:15", source="婺源县司法局"
    )
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("plan", 2023), ("meeting", 2024)])
    notices = ctx.lookalikes_of(c, [("notice", 2020), ("assessment", 2020)])
    lists = {
        "news": ctx.news(c, 200),
        "fdzd": [
            *ctx.fillers(c, 17, "disclosure", (2024, 2024)),
            r23,
            *look,
            *ctx.fillers(c, 20, "disclosure", (2019, 2023)),
        ],
        "tzgg": [
            *ctx.fillers(c, 8, "notice", (2021, 2024)),
            r20,
            *notices,
            *ctx.fillers(c, 6, "notice", (2019, 2020)),
        ],
    }
    by_id: dict[str, Item] = {}
    for key, items in lists.items():
        name, cid = classes[key]
        if key != "fdzd":
            items.sort(key=lambda d: d.pub, reverse=True)
        for it in items:
            it.uid = it.uid or ctx.uid()
            nid = guid("wuyuan", "news-id", it.uid)
            by_id[nid] = it
            it.path = f"/Info.aspx?Id={nid}&c={cid}"
            body = (
                f'{skin.crumbs([(shell_url(key), name)])}<div class="article"><h2 id="title"></h2>'
                '<div class="info">发布时间:<span id="time"></span> 来源:<span id="source"></span></div>'
                '<div id="content" class="content"></div></div>'
                f"<script>var newsId='{nid}';$.post('{ASHX}?action=News-GetPublishNewById&NewsID='+newsId,"
                "{args:JSON.stringify({NewsID:newsId})},function(r){var d=JSON.parse(r).data;"
                "$('#title').text(d.Title);$('#time').text(d.LastUpdatedDate);$('#source').text(d.Source);"
                "$('#content').html(d.NewsContent);});</script>"
            )
            title = it.title.replace("|", "")
            ctx.put(
                c,
                "/Info.aspx",
                skin.page(f"{title}-{skin.site_name}", body),
                query=f"Id={nid}&c={cid}",
                modified=it.pub,
            )
        hook = (
            '<ul id="newslist"></ul><div id="pager"></div>'
            f"<script>var classifyId='{cid}';function loadList(n){{"
            f"$.post('{ASHX}?action=News-GetPublishNewsList',"
            "{args:JSON.stringify({PageNo:String(n),PageSize:'15',ClassifyID:classifyId})},function(r){"
            "var j=JSON.parse(r);$('#newslist').html($.map(j.data,function(o){"
            "return '<li><a href=\"/Info.aspx?Id='+o.NewsID+'&c='+classifyId+'\" target=\"_blank\">'"
            "+o.Title+'</a><span>'+o.LastUpdatedDate.substr(0,10)"
            "+'</span></li>';}).join(''));$('#pager').pagination(j.total,{current:n,callback:loadList});});}"
            "loadList(1);</script>"
        )
        page = skin.page(
            f"{name}-{skin.site_name}",
            f'{skin.crumbs([(shell_url(key), name)])}<div class="list"><h2>{esc(name)}</h2>{hook}</div>',
        )
        ctx.put(c, "/Default.aspx", page, query=shell_url(key).split("?", 1)[1])
    pages = {cid: lists[key] for key, (_n, cid) in classes.items()}

    def api(req: Request) -> Resource:
        args = req.params()
        try:
            inner = json.loads(args.get("args", "{}"))
        except ValueError:
            inner = {}
        action = args.get("action", "")
        if action == "News-GetPublishNewsList":
            items = pages.get(str(inner.get("ClassifyID", "")))
            if req.method != "POST" or items is None:
                return json_res({"result": False, "msg": "参数错误", "data": None})
            n, size = num(str(inner.get("PageNo", "1"))), min(num(str(inner.get("PageSize", "15")), 15), 50)
            rows = items[(n - 1) * size : n * size]
            data = [
                {
                    "NewsID": guid("wuyuan", "news-id", it.uid),
                    "Title": it.title.replace("|", ""),
                    "LastUpdatedDate": f"{it.pub:%Y-%m-%d %H:%M:%S}",
                }
                for it in rows
            ]
            return json_res({"result": True, "total": len(items), "data": data})
        if action == "News-GetPublishNewById":
            it = by_id.get(args.get("NewsID", "") or str(inner.get("NewsID", "")))
            if it is None:
                return json_res({"result": False, "msg": "信息不存在", "data": None})
            return json_res(
                {
                    "result": True,
                    "data": {
                        "NewsID": args.get("NewsID", ""),
                        "Title": it.title.replace("|", ""),
                        "LastUpdatedDate": f"{it.pub:%Y-%m-%d %H:%M:%S}",
                        "Source": it.source,
                        "NewsContent": paras_html(it.paras),
                    },
                }
            )
        return json_res({"result": False, "msg": "未知操作", "data": None})

    ctx.handle(c, ASHX, api)
    ctx.record(c, [*look, *notices])
    for r, y in ((r23, 2023), (r20, 2020)):
        more = ("later_list_page",) if r in lists["fdzd"] and lists["fdzd"].index(r) >= 15 else ()
        copy = html_copy(c, r)
        copy[0]["body_via"] = (
            f"{c.base}{ASHX}?action=News-GetPublishNewById&NewsID={r.path.split('Id=')[1].split('&')[0]}"
        )
        ctx.truth_report(c, r, y, copy, kinds=("ashx_post_list", "ashx_body_api", *more))
    boxes = "".join(
        f'<div class="box"><h3><a href="{esc(shell_url(k))}">{esc(n)}</a></h3>'
        f'<span class="more"><a href="{esc(shell_url(k))}">更多&gt;&gt;</a></span></div>'
        for k, (n, _cid) in classes.items()
    )
    latest = "".join(
        f'<li><a href="{esc(it.path)}" target="_blank">{esc(it.title)}</a><span>{it.date}</span></li>'
        for it in lists["news"][:6]
    )
    front = skin.page(
        skin.site_name, f'<div class="boxes">{boxes}<div class="box"><ul>{latest}</ul></div></div>'
    )
    skin.put("/Default.aspx", front)
    skin.put("/", front)


# ====================================================================== 商河县
JPAGE = "/module/web/jpage/dataproxy.jsp"


def shanghe(ctx: Ctx7) -> None:
    """商河县 (山东 济南), ``www.shanghe.gov.cn`` (county_urls_found.csv): on Jinan's Hanweb
    platform the column pages ``/col/col<id>/index.html`` load their records by GET
    ``/module/web/jpage/dataproxy.jsp?page=N&webid=…&path=/&columnid=…&unitid=…&webname=…
    &permissiontype=0`` answering ``<datastore>`` XML (an RSSHub route for
    ``jnmhc.jinan.gov.cn`` calls exactly this, find_string ".gov.cn/module/web/jpage"; sites.md
    names the GET ``page=N`` variant); articles ``/art/Y/M/D/art_<col>_<id>.html``. The 2020
    report is on the third page of 法定主动公开内容, the 2024 report in 法治政府建设 with 山东省's
    report; the 县司法局's own report in 部门信息."""
    c = County("shanghe", "商河县", "山东省", "济南市", "370126", "www.shanghe.gov.cn")
    webid = 37
    cols = {
        41201: ("商河要闻", 58801),
        41263: ("法治政府建设", 58820),
        41270: ("法定主动公开内容", 58825),
        41288: ("部门信息", 58833),
    }
    nav = [("/", "首页"), *((f"/col/col{cid}/index.html", n) for cid, (n, _u) in cols.items())]
    skin = open_site(ctx, c, nav, dt.date(2025, 4, 2))
    r24 = ctx.new_report(
        c,
        2024,
        "商河县人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-27 17:10",
        source="商河县人民政府",
    )
    r20 = ctx.new_report(
        c, 2020, "商河县2020年法治政府建设工作报告", pub="2021-03-26 10:45", source="商河县司法局"
    )
    sd = ctx.higher("山东省", 2024, "党中央、国务院", "2025-04-03 09:20")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-26 15:00")
    look = ctx.lookalikes_of(c, [("duty_report", 2024), ("interpretation", 2024), ("demo_news", 2024)])
    items = {
        41201: ctx.news(c, 260),
        41263: [r24, sd, *look, *ctx.fillers(c, 10, "disclosure")],
        41270: [
            *ctx.fillers(c, 31, "disclosure", (2021, 2025)),
            r20,
            *ctx.fillers(c, 9, "disclosure", (2019, 2020)),
        ],
        41288: [dep, *ctx.fillers(c, 12, "disclosure")],
    }
    records: dict[tuple[int, int], list[Item]] = {}
    for cid, (name, unit) in cols.items():
        its = items[cid]
        its.sort(key=lambda d: d.pub, reverse=True)
        for it in its:
            it.uid = it.uid or ctx.uid()
            it.path = f"/art/{it.pub.year}/{it.pub.month}/{it.pub.day}/art_{cid}_{it.uid}.html"
            skin.write_article(it, name, [(f"/col/col{cid}/index.html", name)])
        records[(cid, unit)] = its
        hook = (
            f'<div id="{unit}"></div><div id="pager_{unit}"></div>'
            f"<script>function jpageLoad(p){{$.ajax({{url:'{JPAGE}',type:'GET',"
            f"data:{{page:p,appid:1,webid:{webid},path:'/',columnid:{cid},unitid:{unit},"
            f"webname:'{quote(skin.site_name)}',permissiontype:0}},dataType:'xml',success:function(x){{"
            "var h='';$(x).find('record').each(function(){h+=$(this).text();});"
            f"$('#{unit}').html(h);}}}});}}jpageLoad(1);</script>"
        )
        crumbs = skin.crumbs([(f"/col/col{cid}/index.html", name)])
        body = f'{crumbs}<div class="list"><h2>{esc(name)}</h2>{hook}</div>'
        skin.put(f"/col/col{cid}/index.html", skin.page(f"{name} {skin.site_name}", body))

    def proxy(req: Request) -> Resource:
        args = req.params()
        its = records.get((num(args.get("columnid", "")), num(args.get("unitid", ""))), [])
        per = 15
        n = num(args.get("page", "1"))
        total = -(-len(its) // per)
        rows = "".join(jcms_record(it) for it in (chunks(its, per)[n - 1] if 1 <= n <= total else []))
        xml = (
            f'<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>{len(its)}</totalrecord>'
            f"<totalpage>{total}</totalpage><recordset>{rows}</recordset></datastore>"
        )
        return Resource(xml.encode(), "text/xml; charset=utf-8", modified=STAMP)

    ctx.handle(c, JPAGE, proxy)
    ctx.record(c, look)
    ctx.record_higher(c, sd, 2024, c.base + sd.path)
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("jpage_get_page",))
    ctx.truth_report(c, r20, 2020, html_copy(c, r20), kinds=("jpage_get_page", "later_list_page"))
    boxes = "".join(
        f'<div class="box"><h3><a href="/col/col{cid}/index.html">{esc(n)}</a></h3></div>'
        for cid, (n, _u) in cols.items()
    )
    latest = "".join(
        f'<li><a href="{it.path}" title="{esc(it.title)}">{esc(it.title)}</a><span>{it.date}</span></li>'
        for it in items[41201][:6]
    )
    front = skin.page(skin.site_name, f'<div class="boxes">{boxes}<ul>{latest}</ul></div>')
    skin.put("/index.html", front)
    skin.put("/", front)


# ====================================================================== 介休市
LIST_JSP = "/xxgk/list.jsp"


def jiexiu(ctx: Ctx7) -> None:
    """介休市 (山西 晋中), ``www.jiexiu.gov.cn``: its 信息公开 column pages carry an empty list and
    a layui ``laypage.render({elem:'page',count:N,limit:15,jump:function(obj){…}})`` whose jump
    handler ``$.get``s an HTML fragment ``/xxgk/list.jsp?catId=<id>&page=<obj.curr>`` into it
    (layui laypage as used by site lists in public code, find_string "laypage.render": count and
    limit written into the page, the jump callback fetching page ``obj.curr``; its use on this
    site and the endpoint name are assumed). The 2021 report is on the fragment's fourth page of
    其他法定公开信息, the 2023 report in 法治政府建设; TRS article paths."""
    c = County("jiexiu", "介休市", "山西省", "晋中市", "140781", "www.jiexiu.gov.cn")
    cats = {1203: ("法治政府建设", "/xxgk/fzzfjs/"), 1207: ("其他法定公开信息", "/xxgk/qtfdgkxx/")}
    nav = [("/", "首页"), ("/pyyw/", "介休要闻"), *((p, n) for _c, (n, p) in cats.items())]
    skin = open_site(ctx, c, nav, dt.date(2024, 12, 10))
    news = news_column(skin, "/pyyw/", "介休要闻", 240)
    r23 = ctx.new_report(
        c,
        2023,
        "介休市人民政府关于2023年法治政府建设工作情况的报告",
        pub="2024-03-29 11:35",
        source="介休市人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "介休市2021年度法治政府建设情况报告", pub="2022-03-30 16:25", source="介休市司法局"
    )
    look = ctx.lookalikes_of(c, [("plan", 2024), ("text_interp", 2023), ("assessment", 2021)])
    lists = {
        1203: [r23, *look, *ctx.fillers(c, 8, "disclosure")],
        1207: [
            *ctx.fillers(c, 48, "disclosure", (2022, 2024)),
            r21,
            *ctx.fillers(c, 10, "disclosure", (2019, 2021)),
        ],
    }
    for cat, (name, path) in cats.items():
        trail = [("/xxgk/", "信息公开"), (path, name)]
        lists[cat] = publish(skin, path, name, trail, lists[cat], lists=False)
        hook = (
            '<ul class="list" id="list"></ul><div id="page"></div>'
            "<script>layui.use(['laypage'],function(){var laypage=layui.laypage;"
            f"laypage.render({{elem:'page',count:{len(lists[cat])},limit:15,layout:['count','prev','page','next'],"
            f"jump:function(obj){{$.get('{LIST_JSP}?catId={cat}&page='+obj.curr,function(html){{$('#list').html(html);}});}}"
            "});});</script>"
        )
        body = f'{skin.crumbs(trail)}<div class="right"><h2>{esc(name)}</h2>{hook}</div>'
        skin.put(path + "index.html", skin.page(f"{name}_{skin.site_name}", body))

    def fragment(req: Request) -> Resource:
        args = req.params()
        its = lists.get(num(args.get("catId", "")), [])
        n = num(args.get("page", "1"))
        rows = its[(n - 1) * 15 : n * 15] if n >= 1 else []
        html = "".join(
            f'<li><a href="{it.path}" target="_blank" title="{esc(it.title)}">{esc(it.title)}</a>'
            f"<span>{it.date}</span></li>"
            for it in rows
        )
        return Resource(html.encode(), modified=STAMP)

    ctx.handle(c, LIST_JSP, fragment)
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("laypage_fragment",))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("laypage_fragment", "later_list_page"))
    index_page(
        skin,
        "/xxgk/index.html",
        "信息公开",
        [("/xxgk/", "信息公开")],
        [(p, n, []) for _c, (n, p) in cats.items()],
    )
    home(skin, [("/pyyw/", "介休要闻", news), ("/xxgk/", "信息公开", [])])
