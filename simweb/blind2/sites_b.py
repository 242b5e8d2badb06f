"""Blind2 sites whose lists need more than links: Guangdong's gkmlpt catalogue (JSON API named
by a page config), a JSON list endpoint called by an inline ``$.getJSON``, Hanweb JCMS columns
(``<datastore>`` records, older ones by POST to ``dataproxy.jsp``), items written by a script
from an inline array, a frameset catalogue with a report over three pages, and a city portal
that alone links one of its counties.

Every site's docstring names the real evidence it follows.
"""

from __future__ import annotations

import datetime as dt
import json
from urllib.parse import parse_qs

from ..blind.sites_a import home, index_page, publish
from ..model import Request, Resource
from .core import County, Ctx2, Item, esc, news_column, open_site
from .sites_a import record

STAMP = dt.datetime(2024, 6, 1)


def json_res(data: dict) -> Resource:
    return Resource(
        json.dumps(data, ensure_ascii=False).encode(), "application/json; charset=utf-8", modified=STAMP
    )


# ====================================================================== 茂南区
def maonan(ctx: Ctx2) -> None:
    """茂南区 (广东 茂名): ordinary TRS-like columns (``/zwxw/mndt/``, ``/zwgk/tzgg/``, articles
    ``content/post_<id>.html``; RSSHub's maonan route, find_string id 3533041104, and a real
    ``/zwxw/mndt/content/post_1624840.html``) plus the Guangdong 政府信息公开 catalogue ``/gkmlpt/
    index``: a page config names the site id and column tree, lists come from ``/gkmlpt/api/all/
    <column>?page=N&sid=<sid>`` as JSON ``articles[].url`` (public crawlers: find_string
    "gkmlpt/api/all/", ids 56564168652, 6862028831, 33931944879). The 2023 report is only in the
    catalogue; the 2022 one in 公告公示; 茂名市's report is reposted in the catalogue."""
    c = County("maonan", "茂南区", "广东省", "茂名市", "440902", "www.maonan.gov.cn")
    nav = [
        ("/", "首页"),
        ("/zwxw/mndt/", "茂南动态"),
        ("/zwgk/tzgg/", "公告公示"),
        ("/zwgk/zcjd/", "政策解读"),
        ("/gkmlpt/index", "政府信息公开"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 3, 30))

    def post(col: str, it: Item) -> str:
        return f"{col}content/post_{it.uid}.html"

    news = publish(
        skin, "/zwxw/mndt/", "茂南动态", [("/zwxw/mndt/", "茂南动态")], ctx.news(c, 240), path_fn=post
    )
    r22 = ctx.new_report(
        c, 2022, "茂名市茂南区2022年法治政府建设年度报告", pub="2023-03-30 17:21", source="茂南区司法局"
    )
    tz = publish(
        skin,
        "/zwgk/tzgg/",
        "公告公示",
        [("/zwgk/tzgg/", "公告公示")],
        [r22, *ctx.fillers(c, 48, "notice")],
        path_fn=post,
    )
    ctx.truth_report(
        c, r22, 2022, [{"url": c.base + r22.path, "kind": "html"}], kinds=("content_post", "tzgg")
    )
    jd = [ctx.lookalike(c, "interpretation", 2023)]
    publish(
        skin,
        "/zwgk/zcjd/",
        "政策解读",
        [("/zwgk/zcjd/", "政策解读")],
        [*jd, *ctx.fillers(c, 25, "jiedu")],
        path_fn=post,
    )
    record(ctx, c, jd)
    sid = "759012"
    r23 = ctx.new_report(
        c,
        2023,
        "茂名市茂南区人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-27 10:02",
        source="茂名市茂南区人民政府",
    )
    mm = Item(
        "higher",
        "茂名市人民政府关于2023年法治政府建设情况的报告",
        ctx.higher_paras("茂名市", 2023, "省委、省政府"),
        dt.datetime(2024, 4, 3, 15, 0),
        "茂名市人民政府",
    )
    xn = ctx.lookalike(c, "xxgk_annual", 2023)
    tree = {
        2815: ("法定主动公开内容", [r23, mm, xn, *ctx.fillers(c, 33, "disclosure")]),
        2821: ("规划计划", ctx.fillers(c, 12, "disclosure", (2020, 2024))),
        2830: ("政策文件", ctx.fillers(c, 40, "disclosure")),
    }
    lists: dict[int, list[Item]] = {}
    for col, (name, items) in tree.items():
        for it in items:
            it.uid = it.uid or ctx.uid()
            it.path = f"/gkmlpt/content/{it.uid % 10}/{it.uid % 1000}/post_{it.uid}.html"
            skin.write_article(it, name, [("/gkmlpt/index", "政府信息公开"), (f"/gkmlpt/index#{col}", name)])
        lists[col] = sorted(items, key=lambda d: d.pub, reverse=True)
    record(ctx, c, [xn])
    ctx.truth_report(c, r23, 2023, [{"url": c.base + r23.path, "kind": "html"}], kinds=("gkmlpt_api",))
    ctx.truth_report(
        c,
        mm,
        2023,
        [{"url": c.base + mm.path, "kind": "republication"}],
        kinds=("higher_repost",),
        region="茂名市",
        higher=True,
    )
    config = {
        "SID": sid,
        "APP_URL": c.base,
        "TREE": [
            {"id": col, "name": name, "parent": 0, "post_count": len(items)}
            for col, (name, items) in tree.items()
        ],
    }
    body = (
        f'<div id="app"></div><script>window._CONFIG = {json.dumps(config, ensure_ascii=False)};</script>'
        '<script src="/gkmlpt/static/js/chunk-vendors.js"></script>'
        '<script src="/gkmlpt/static/js/app.js"></script>'
        "<noscript>您的浏览器未启用JavaScript</noscript>"
    )
    skin.put("/gkmlpt/index", skin.page("政府信息公开_茂南区人民政府", body))

    def api(req: Request) -> Resource:
        try:
            col = int(req.path.rsplit("/", 1)[-1])
            page = max(1, int(req.params().get("page", "1")))
        except ValueError:
            return Resource(b"{}", "application/json", status=400)
        if col not in lists or req.params().get("sid") != sid:
            return json_res({"classify": None, "articles": [], "total": 0})
        chunk = lists[col][(page - 1) * 100 : page * 100]
        return json_res(
            {
                "classify": {"id": col, "name": tree[col][0], "parent": 0, "post_count": len(lists[col])},
                "articles": [
                    {
                        "id": it.uid,
                        "title": it.title,
                        "url": c.base + it.path,
                        "identifier": f"11440902MB2C{it.uid % 10**6:06d}/{it.pub:%Y}-{it.uid % 10**5:05d}",
                        "publisher": it.source,
                        "created_at": f"{it.pub:%Y-%m-%d %H:%M:%S}",
                        "date": int(it.pub.timestamp()),
                    }
                    for it in chunk
                ],
                "total": len(lists[col]),
            }
        )

    ctx.handle_prefix(c, "/gkmlpt/api/all/", api)
    home(skin, [("/zwxw/mndt/", "茂南动态", news), ("/zwgk/tzgg/", "公告公示", tz)])


# ====================================================================== 什邡市
def shifang(ctx: Ctx2) -> None:
    """什邡市 (四川 德阳): 信息公开 columns whose list page is an empty ``<ul>`` filled by an inline
    ``$.getJSON('/api/content/list.do?catId=…&pageNo=N&pageSize=15')`` (sites.md "Other platforms
    have their own ``.jsp``/``.do`` JSON endpoints"; the same shape as the 四川 ``sc.tobacco``
    ``active_list?typeCode=…&pageNo=1&pageSize=500`` crawler, code corpus). Both reports come
    only through the API, in date order with the column's other records; news lists are plain."""
    c = County("shifang", "什邡市", "四川省", "德阳市", "510682", "www.shifang.gov.cn")
    nav = [("/", "首页"), ("/sfyw/", "什邡要闻"), ("/xxgk/fdzdgknr/", "法定主动公开内容")]
    skin = open_site(ctx, c, nav, dt.date(2024, 6, 11))
    news = news_column(skin, "/sfyw/", "什邡要闻", 170)
    r23 = ctx.new_report(
        c,
        2023,
        "什邡市人民政府关于2023年法治政府建设工作情况的报告",
        pub="2024-03-29 18:05",
        source="什邡市人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "什邡市2022年法治政府建设情况报告", pub="2023-02-27 10:30", source="什邡市司法局"
    )
    look = ctx.lookalikes_of(c, [("plan", 2023), ("notice", 2023)])
    fillers = ctx.fillers(c, 45, "disclosure")
    items = sorted([r23, r22, *look, *fillers], key=lambda d: d.pub, reverse=True)
    cats = {
        1042: ("其他法定公开信息", items),
        1045: ("规划计划", ctx.fillers(c, 16, "disclosure", (2021, 2024))),
    }
    for cat, (name, its) in cats.items():
        for it in its:
            it.uid = it.uid or ctx.uid()
            it.path = f"/xxgk/c{cat}/{it.pub:%Y-%m-%d}/content_{it.uid}.shtml"
            skin.write_article(it, name, [("/xxgk/fdzdgknr/", "法定主动公开内容"), (f"/xxgk/c{cat}/", name)])
        script = (
            "<script src=\"/js/jquery.min.js\"></script><script>var catId='CAT';"
            "function load(n){$.getJSON('/api/content/list.do?catId='+catId+'&pageNo='+n+"
            "'&pageSize=15',function(d){var h='';$.each(d.data.list,function(i,o){h+='<li><a "
            "href=\"'+o.url+'\" target=\"_blank\">'+o.title+'</a><span>'+o.pubDate+'</span></li>'});"
            "$('#list').html(h);$('#total').text(d.data.total);});}load(1);</script>"
        ).replace("CAT", str(cat))
        body = (
            f"{skin.crumbs([('/xxgk/fdzdgknr/', '法定主动公开内容'), (f'/xxgk/c{cat}/', name)])}"
            f'<div class="right"><h2>{esc(name)}</h2><ul id="list"></ul><div class="page">共'
            f'<span id="total"></span>条 <a href="javascript:load(2)">下一页</a></div></div>{script}'
        )
        skin.put(f"/xxgk/c{cat}/index.html", skin.page(f"{name}_{skin.site_name}", body))
    record(ctx, c, look)
    ctx.truth_report(c, r23, 2023, [{"url": c.base + r23.path, "kind": "html"}], kinds=("json_getjson",))
    ctx.truth_report(
        c,
        r22,
        2022,
        [{"url": c.base + r22.path, "kind": "html"}],
        kinds=("json_getjson", "api_later_page" if items.index(r22) >= 15 else "api_page_1"),
    )

    def api(req: Request) -> Resource:
        args = req.params()
        try:
            cat, page, size = (
                int(args.get("catId", "0")),
                int(args.get("pageNo", "1")),
                min(50, int(args.get("pageSize", "15"))),
            )
        except ValueError:
            return json_res({"code": 1, "msg": "参数错误"})
        its = cats.get(cat, ("", []))[1]
        chunk = its[(page - 1) * size : page * size] if page >= 1 else []
        return json_res(
            {
                "code": 0,
                "data": {
                    "total": len(its),
                    "list": [{"title": it.title, "url": it.path, "pubDate": it.date} for it in chunk],
                },
            }
        )

    ctx.handle(c, "/api/content/list.do", api)
    side = "".join(f'<li><a href="/xxgk/c{k}/" title="{v[0]}">{v[0]}</a></li>' for k, v in cats.items())
    skin.put("/xxgk/fdzdgknr/index.html", skin.page("法定主动公开内容_什邡市人民政府", f"<ul>{side}</ul>"))
    home(skin, [("/sfyw/", "什邡要闻", news)])


# ====================================================================== 句容市
def jcms_record(it: Item) -> str:
    return (
        f'<record><![CDATA[<li><a href="{it.path}" title="{esc(it.title)}" target="_blank">'
        f"{esc(it.title)}</a><span>{it.date}</span></li>]]></record>"
    )


def jurong(ctx: Ctx2) -> None:
    """句容市 (江苏 镇江): Hanweb JCMS. Columns ``/col/col<id>/index.html`` carry their first 15
    records in ``<script type="text/xml"><datastore>…``; older ones come from
    ``/module/web/jpage/dataproxy.jsp?startrecord=…&endrecord=…&perpage=15`` by POST of the form
    the page's ``jpage`` call declares (sites.md, Hanweb JCMS). The 2023 report is among the
    first records of 法治政府建设; the 2020 report only in the dataproxy range."""
    c = County("jurong", "句容市", "江苏省", "镇江市", "321183", "www.jurong.gov.cn")
    webid, unit = "54", "1021"
    nav = [
        ("/", "首页"),
        ("/col/col1201/index.html", "句容要闻"),
        ("/col/col1230/index.html", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 4, 1))
    r23 = ctx.new_report(
        c,
        2023,
        "句容市人民政府关于2023年度法治政府建设工作的报告",
        pub="2024-03-26 16:40",
        source="句容市人民政府",
    )
    r20 = ctx.new_report(
        c, 2020, "句容市2020年度法治政府建设情况报告", pub="2021-03-31 11:00", source="句容市司法局"
    )
    look = [
        ctx.demo_news(c, 2021),
        ctx.demo_news(c, 2022),
        ctx.demo_news(c, 2024),
        *ctx.lookalikes_of(c, [("plan", 2022), ("meeting_topic", 2023), ("shufa", 2021)]),
    ]
    fz_items = [r23, r20, *look, *ctx.news(c, 24, (2020, 2024))]
    # move the 2020 report past the 15 records the page itself carries
    fz_items = sorted(fz_items, key=lambda d: d.pub, reverse=True)
    fz_items.remove(r20)
    fz_items.insert(22, r20)
    cols = {
        1201: ("句容要闻", ctx.news(c, 200)),
        1230: ("法治政府建设", fz_items),
        1233: ("通知公告", ctx.fillers(c, 40, "notice")),
    }
    for col, (name, items) in cols.items():
        if col != 1230:
            items.sort(key=lambda d: d.pub, reverse=True)
        for it in items:
            it.uid = it.uid or ctx.uid()
            it.path = f"/art/{it.pub.year}/{it.pub.month}/{it.pub.day}/art_{col}_{it.uid}.html"
            skin.write_article(it, name, [(f"/col/col{col}/index.html", name)])
        recs = "".join(jcms_record(it) for it in items[:15])
        body = (
            f"{skin.crumbs([(f'/col/col{col}/index.html', name)])}<h2>{esc(name)}</h2>"
            f'<div id="div{col}"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="'
            f"/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid={webid}&path=/&columnid={col}"
            f'&unitid={unit}&webname=%E5%8F%A5%E5%AE%B9%E5%B8%82&permissiontype=0"></a>]]></nextgroup>'
            f"<recordset>{recs}</recordset></datastore></script></div>"
            f"<script src=\"/module/web/jpage/jpage.js\"></script><script>$('#div{col}').jpage({{"
            f"dataStore:dataStore,perPage:15,proxyUrl:'/module/web/jpage/dataproxy.jsp',totalRecord:"
            f"{len(items)},ajaxParam:{{col:1,appid:1,webid:{webid},path:'/',columnid:{col},"
            f"sourceContentType:1,unitid:{unit},webname:'句容市',permissiontype:0}}}});</script>"
        )
        skin.put(f"/col/col{col}/index.html", skin.page(f"{name}_{skin.site_name}", body))
    record(ctx, c, look)
    ctx.truth_report(c, r23, 2023, [{"url": c.base + r23.path, "kind": "html"}], kinds=("jcms_datastore",))
    ctx.truth_report(
        c, r20, 2020, [{"url": c.base + r20.path, "kind": "html"}], kinds=("jcms_dataproxy_post",)
    )

    def proxy(req: Request) -> Resource:
        args = {**req.params(), **{k: v[0] for k, v in parse_qs(req.body.decode("utf-8", "replace")).items()}}
        try:
            col = int(args.get("columnid", "0"))
            start, end = int(args.get("startrecord", "1")), int(args.get("endrecord", "45"))
        except ValueError:
            return Resource(b"<datastore></datastore>", "text/xml; charset=utf-8", status=400)
        items = cols.get(col, ("", []))[1]
        recs = "".join(jcms_record(it) for it in items[max(0, start - 1) : max(0, end)])
        xml = (
            f'<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>{len(items)}</totalrecord>'
            f"<totalpage>{(len(items) + 14) // 15}</totalpage><recordset>{recs}</recordset></datastore>"
        )
        return Resource(xml.encode(), "text/xml; charset=utf-8", modified=STAMP)

    ctx.handle(c, "/module/web/jpage/dataproxy.jsp", proxy)
    home(skin, [(f"/col/col{k}/index.html", v[0], v[1]) for k, v in cols.items() if k != 1230])


# ====================================================================== 灵丘县
def lingqiu(ctx: Ctx2) -> None:
    """灵丘县 (山西 大同): list items written by ``document.write`` from an inline array of
    records (sites.md "Links without ``href``" and "Lists built by script"; a common pattern of
    small county CMSs), TRS ``createPageHTML`` pagers between list pages. The 2022 report is on
    the first page of 政务公开 → 工作总结, the 2019 report on its third page."""
    c = County("lingqiu", "灵丘县", "山西省", "大同市", "140224", "www.lingqiu.gov.cn")
    nav = [
        ("/", "首页"),
        ("/xwzx/lqyw/", "灵丘要闻"),
        ("/zwgk/gzzj/", "工作总结"),
        ("/zwgk/tzgg/", "通知公告"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2023, 8, 30))

    def scripted(col: str, name: str, items: list[Item], per: int = 15) -> list[Item]:
        items = publish(skin, col, name, [(col, name)], items, lists=False)
        pages = [items[i : i + per] for i in range(0, len(items), per)] or [[]]
        for n, chunk in enumerate(pages):
            data = [{"title": it.title, "url": skin.rel(col, it.path), "time": it.date} for it in chunk]
            script = (
                f"<script>var lmList = {json.dumps(data, ensure_ascii=False)};for(var i=0;i<lmList"
                ".length;i++){document.write('<li><a href=\"'+lmList[i].url+'\" target=\"_blank\">'"
                "+lmList[i].title+'</a><span>'+lmList[i].time+'</span></li>');}</script>"
            )
            body = (
                f'{skin.crumbs([(col, name)])}<div class="right"><h2>{esc(name)}</h2><ul class="list">'
                f"{script}</ul>{skin.pager(len(pages), n) if len(pages) > 1 else ''}</div>"
            )
            skin.put(
                col + ("index" if n == 0 else f"index_{n}") + ".html",
                skin.page(f"{name}_{skin.site_name}", body),
            )
        return items

    news = scripted("/xwzx/lqyw/", "灵丘要闻", ctx.news(c, 190))
    r22 = ctx.new_report(
        c, 2022, "灵丘县2022年法治政府建设工作总结报告", pub="2023-03-20 09:30", source="灵丘县人民政府办公室"
    )
    r19 = ctx.new_report(
        c,
        2019,
        "灵丘县人民政府关于2019年法治政府建设情况的报告",
        pub="2020-04-16 15:12",
        source="灵丘县人民政府",
    )
    fill = ctx.fillers(c, 40, "disclosure", (2020, 2023))
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2022), ("duty_report", 2022)])
    scripted("/zwgk/gzzj/", "工作总结", [r22, r19, *look, *fill])
    record(ctx, c, look)
    ctx.truth_report(c, r22, 2022, [{"url": c.base + r22.path, "kind": "html"}], kinds=("script_array",))
    ctx.truth_report(
        c, r19, 2019, [{"url": c.base + r19.path, "kind": "html"}], kinds=("script_array", "trs_pager")
    )
    tz = scripted("/zwgk/tzgg/", "通知公告", ctx.fillers(c, 50, "notice"))
    home(skin, [("/xwzx/lqyw/", "灵丘要闻", news), ("/zwgk/tzgg/", "通知公告", tz)])


# ====================================================================== 临朐县
def linqu(ctx: Ctx2) -> None:
    """临朐县 (山东 潍坊): the 信息公开 catalogue is a ``<frameset>`` whose left frame lists the
    columns (``target="main"``) and whose main frame shows a list (sites.md "Lists inside
    frames"); articles ``/xxgk/detail.jsp?id=…``. The 2022 report runs over three pages
    (``&page=2``, ``&page=3`` by plain 下一页 links; sites.md "Articles on several pages"), the
    2023 report is on one; 山东省's report is reposted."""
    c = County("linqu", "临朐县", "山东省", "潍坊市", "370724", "www.linqu.gov.cn")
    nav = [("/", "首页"), ("/xwzx/lqxw/", "临朐新闻"), ("/xxgk/index.html", "政府信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2024, 2, 20))
    news = news_column(skin, "/xwzx/lqxw/", "临朐新闻", 210)
    r23 = ctx.new_report(
        c,
        2023,
        "临朐县人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-25 10:48",
        source="临朐县人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "临朐县2022年度法治政府建设情况报告", pub="2023-03-28 08:36", source="临朐县司法局"
    )
    sd = Item(
        "higher",
        "山东省人民政府关于2023年度法治政府建设情况的报告",
        ctx.higher_paras("山东省", 2023, "党中央、国务院"),
        dt.datetime(2024, 4, 10, 9, 0),
        "山东省人民政府",
    )
    look = ctx.lookalikes_of(c, [("plan", 2023), ("text_interp", 2023), ("xxgk_annual", 2023)])
    cats = {
        12: ("政府文件", ctx.fillers(c, 38, "disclosure")),
        15: ("法治政府建设", [r23, r22, sd, *look[:2]]),
        18: ("政府信息公开年报", look[2:]),
        21: ("通知公告", ctx.fillers(c, 30, "notice")),
    }
    thirds = len(r22.paras) // 3
    parts = [r22.paras[:thirds], r22.paras[thirds : 2 * thirds], r22.paras[2 * thirds :]]
    for cat, (name, items) in cats.items():
        items.sort(key=lambda d: d.pub, reverse=True)
        for it in items:
            it.uid = it.uid or ctx.uid()
            it.path = f"/xxgk/detail.jsp?id={it.uid}"
            trail = [("/xxgk/index.html", "政府信息公开"), (f"/xxgk/list_{cat}.html", name)]
            if it is r22:
                for k, part in enumerate(parts, start=1):
                    links = " ".join(
                        f'<a href="detail.jsp?id={it.uid}&amp;page={j}">{j}</a>' if j != k else f"<b>{j}</b>"
                        for j in range(1, 4)
                    )
                    nxt = f' <a href="detail.jsp?id={it.uid}&amp;page={k + 1}">下一页</a>' if k < 3 else ""
                    page = skin.article(
                        it, name, trail, paras=part, after=f'<div class="fy">{links}{nxt}</div>'
                    )
                    skin.put(
                        "/xxgk/detail.jsp",
                        page,
                        query=f"id={it.uid}" if k == 1 else f"id={it.uid}&page={k}",
                        modified=it.pub,
                    )
                continue
            skin.put("/xxgk/detail.jsp", skin.article(it, name, trail), query=f"id={it.uid}", modified=it.pub)
        rows = "".join(
            f'<tr><td><a href="detail.jsp?id={it.uid}" target="_blank" title="{esc(it.title)}">'
            f"{esc(it.title)}</a></td><td>{it.date}</td></tr>"
            for it in items
        )
        skin.put(
            f"/xxgk/list_{cat}.html",
            f'<html><head><meta charset="utf-8"><title>{esc(name)}</title>'
            f'</head><body><table class="gklist">{rows}</table></body></html>',
        )
    record(ctx, c, look)
    ctx.truth_report(c, r23, 2023, [{"url": c.base + r23.path, "kind": "html"}], kinds=("frameset",))
    ctx.truth_report(
        c,
        r22,
        2022,
        [{"url": c.base + r22.path, "kind": "html"}],
        kinds=("frameset", "multi_page_query"),
        pages=[c.base + r22.path, c.base + r22.path + "&page=2", c.base + r22.path + "&page=3"],
    )
    ctx.truth_report(
        c,
        sd,
        2023,
        [{"url": c.base + sd.path, "kind": "republication"}],
        kinds=("higher_repost",),
        region="山东省",
        higher=True,
    )
    tree = "".join(f'<li><a href="list_{k}.html" target="main">{esc(v[0])}</a></li>' for k, v in cats.items())
    skin.put(
        "/xxgk/tree.html", f'<html><head><meta charset="utf-8"></head><body><ul>{tree}</ul></body></html>'
    )
    skin.put(
        "/xxgk/index.html",
        '<html><head><meta charset="utf-8"><title>临朐县政府信息公开</title></head>'
        '<frameset cols="220,*"><frame src="tree.html" name="left"><frame src="list_12.html" '
        'name="main"></frameset></html>',
    )
    home(skin, [("/xwzx/lqxw/", "临朐新闻", news)])


# ====================================================================== 渭南市 → 潼关县
def weinan(ctx: Ctx2) -> None:
    """渭南市 (陕西) portal, seeded, whose 友情链接 footer links its counties' sites; 潼关县
    (``www.tongguan.gov.cn``) is in no seed row (sites.md "reports of counties without a site
    only on the city portal" and "site found on a city portal"). 潼关县 is a plain TRS site with
    its 2023 report in 政务公开 → 法治政府建设."""
    city = County("weinan", "渭南市", "陕西省", "", "610500", "www.weinan.gov.cn")
    tg = County("tongguan", "潼关县", "陕西省", "渭南市", "610522", "www.tongguan.gov.cn", seeded=False)
    counties = [
        ("临渭区", "http://www.linwei.gov.cn/"),
        ("韩城市", "http://www.hancheng.gov.cn/"),
        ("潼关县", tg.base + "/"),
        ("大荔县", "http://www.dalisn.gov.cn/"),
    ]
    foot = [(u, n) for n, u in counties]
    cskin = open_site(
        ctx, city, [("/", "首页"), ("/xwzx/wnyw/", "渭南要闻")], dt.date(2024, 6, 5), footer_links=foot
    )
    cnews = news_column(cskin, "/xwzx/wnyw/", "渭南要闻", 150)
    home(cskin, [("/xwzx/wnyw/", "渭南要闻", cnews)])
    skin = open_site(
        ctx,
        tg,
        [("/", "首页"), ("/xwzx/tgyw/", "潼关要闻"), ("/zwgk/", "政务公开")],
        dt.date(2024, 6, 5),
        seeded=False,
    )
    news = news_column(skin, "/xwzx/tgyw/", "潼关要闻", 120)
    r23 = ctx.new_report(
        tg,
        2023,
        "潼关县人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-30 15:50",
        source="潼关县人民政府",
    )
    look = ctx.lookalikes_of(tg, [("duty_report", 2023)])
    col = "/zwgk/fzzfjs/"
    fz = publish(
        skin,
        col,
        "法治政府建设",
        [("/zwgk/", "政务公开"), (col, "法治政府建设")],
        [r23, *look, *ctx.fillers(tg, 8, "notice")],
    )
    record(ctx, tg, look)
    ctx.truth_report(
        tg, r23, 2023, [{"url": tg.base + r23.path, "kind": "html"}], kinds=("unseeded_county_via_city",)
    )
    index_page(skin, "/zwgk/index.html", "政务公开", [("/zwgk/", "政务公开")], [(col, "法治政府建设", fz)])
    home(skin, [("/xwzx/tgyw/", "潼关要闻", news), ("/zwgk/", "政务公开", fz)])
