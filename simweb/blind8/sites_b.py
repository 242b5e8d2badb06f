"""Blind8 sites whose lists need a script or a second request: a Xinjiang 县级市 on the
autonomous region's platform whose lists are POSTed as a JSON body, a Hubei county on the
``/site/tpl/`` platform whose pager only layui's ``laypage`` draws, a Gansu county and a Gansu
县级市 on the provincial ``/common/search/<channel>`` platform (JSON rows, HTML fragments), and the
喀什 prefecture portal whose 县市 page alone links an unseeded 自治县 with ASP.NET lists paged only
through a 跳转 box.

Every site's docstring names the real evidence it follows.
"""

from __future__ import annotations

import datetime as dt
import json

from ..blind.core import chunks, h
from ..blind.sites_a import home, index_page
from ..blind.skins import Skin
from ..blind2.core import news_column, open_site
from ..blind4.sites_a import InfoSkin
from ..model import Request, Resource
from .core import (
    STAMP,
    County,
    Ctx8,
    Item,
    assign,
    esc,
    html_copy,
    json_res,
    newer,
    num,
    put_at,
    row,
    shell,
    write_items,
)


def answer(status: int, obj: dict) -> Resource:
    return Resource(
        json.dumps(obj, ensure_ascii=False).encode(),
        "application/json; charset=utf-8",
        status=status,
        modified=STAMP,
    )


# ====================================================================== 阜康市
XJ_API = "/interface-cms/qryManuscriptByWebsiteId"


def fukang(ctx: Ctx8) -> None:
    """阜康市 (新疆 昌吉), ``www.fk.gov.cn``: the autonomous region's CMS, whose lists come from
    ``/interface-cms/qryManuscriptByWebsiteId`` answered only to a POST whose body is JSON
    (``Content-Type: application/json``): ``websiteId``, ``channelId`` (a list), ``pageNum``,
    ``pageSize``, ``title``; the answer holds ``results[]`` of ``title``, ``url``,
    ``publishedTime`` (a public crawler of 新疆 sites POSTs exactly this to
    ``www.xinjiang.gov.cn``; that the county sites of the platform list the same way, and the
    ``/fk/c<id>/`` paths, are assumed). The column pages are empty shells; the 2024 report is on
    the API's second page of 其他法定公开信息 (新疆维吾尔自治区's report reposted there), the 2022
    report in 法治政府建设."""
    c = County(
        "fukang", "阜康市", "新疆维吾尔自治区", "昌吉回族自治州", "652302", "www.fk.gov.cn", scheme="https"
    )
    nav = [("/", "首页"), ("/xwzx/fkyw/", "阜康要闻"), ("/fk/xxgk/index.shtml", "政府信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2025, 10, 15), skin=InfoSkin)
    news = news_column(skin, "/xwzx/fkyw/", "阜康要闻", 300)
    website = h("fk-website")[:32]
    r24 = ctx.new_report(
        c,
        2024,
        "阜康市人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-27 18:30",
        source="阜康市人民政府",
    )
    xj = ctx.higher("新疆维吾尔自治区", 2023, "党中央、国务院", "2024-03-29 10:00")
    r22 = ctx.new_report(
        c, 2022, "阜康市2022年法治政府建设工作报告", pub="2023-03-28 12:15", source="阜康市司法局"
    )
    look = ctx.lookalikes_of(c, [("gov_work_report", 2024), ("shufa", 2024), ("assessment", 2023)])
    cols = {
        113907: (
            "其他法定公开信息",
            [
                *newer(ctx, c, r24, 14, until=skin.clock),
                r24,
                xj,
                *ctx.fillers(c, 20, "disclosure", (2019, 2024)),
            ],
        ),
        113911: ("法治政府建设", [r22, *look, *ctx.fillers(c, 8, "disclosure")]),
        113915: ("政策解读", ctx.fillers(c, 26, "jiedu")),
    }
    channels: dict[str, list[Item]] = {}
    trail0 = [("/fk/xxgk/index.shtml", "政府信息公开")]
    for cid, (name, items) in cols.items():
        col = f"/fk/c{cid}/"
        trail = [*trail0, (col + "list.shtml", name)]
        items = assign(ctx, items, lambda it, col=col: f"{col}{it.pub:%Y%m}/{h('xj', it.uid)[:32]}.shtml")
        write_items(skin, items, name, trail)
        cols[cid] = (name, items)
        channel = h("fk-channel", cid)[:32]
        channels[channel] = items
        hook = (
            '<ul class="xxgk-list" id="list"></ul><div class="page" id="pager"></div>'
            f'<script>var websiteId = "{website}"; var channelId = "{channel}";'
            f'function loadList(n){{$.ajax({{url:"{XJ_API}",type:"POST",contentType:"application/json",'
            'data:JSON.stringify({websiteId:websiteId,channelId:[channelId],pageNum:n,pageSize:10,title:""}),'
            'success:function(r){$("#list").html($.map(r.results,function(o){return \'<li><a href="\'+o.url+'
            "'\" target=\"_blank\">'+o.title+'</a><span>'+o.publishedTime+'</span></li>';}).join(\"\"));"
            "showPager(r.total,n,10,loadList);}});}loadList(1);</script>"
        )
        shell(skin, col + "list.shtml", name, trail, hook)
    assert cols[113907][1].index(r24) >= 10

    def api(req: Request) -> Resource:
        if req.method != "POST":
            return answer(405, {"code": 405, "msg": "Request method 'GET' not supported"})
        try:
            args = json.loads(req.body or b"{}")
        except ValueError:
            return answer(400, {"code": 400, "msg": "参数格式错误"})
        if not isinstance(args, dict) or args.get("websiteId") != website:
            return answer(200, {"code": 200, "total": 0, "results": []})
        wanted = args.get("channelId") or []
        items = [
            it for ch in (wanted if isinstance(wanted, list) else [wanted]) for it in channels.get(ch, [])
        ]
        word = str(args.get("title") or "")
        items = [it for it in items if word in it.title]
        n, size = max(1, int(args.get("pageNum") or 1)), min(max(1, int(args.get("pageSize") or 15)), 50)
        rows = items[(n - 1) * size : n * size]
        return answer(
            200,
            {
                "code": 200,
                "total": len(items),
                "results": [
                    {
                        "title": it.title.replace("|", ""),
                        "url": it.path,
                        "publishedTime": it.pub.strftime("%Y-%m-%d %H:%M:%S"),
                    }
                    for it in rows
                ],
            },
        )

    ctx.handle(c, XJ_API, api)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("xj_json_body_post", "api_later_page"))
    ctx.record_higher(c, xj, 2023, c.base + xj.path)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("xj_json_body_post",))
    ctx.record(c, look)
    index_page(
        skin,
        "/fk/xxgk/index.shtml",
        "政府信息公开",
        trail0,
        [(f"/fk/c{cid}/list.shtml", name, []) for cid, (name, _items) in cols.items()],
    )
    home(skin, [("/xwzx/fkyw/", "阜康要闻", news), ("/fk/xxgk/index.shtml", "政府信息公开", [])])


# ====================================================================== 团风县
def tuanfeng(ctx: Ctx8) -> None:
    """团风县 (湖北 黄冈), ``www.tfzf.gov.cn``: the ``/site/tpl/<id>`` platform (public code
    cites ``www.tfzf.gov.cn/site/tpl/6782200``; the same platform's lists take ``p_pageIndex``,
    ``p_pageSize`` in the query, as a public crawler of ``www.mas.gov.cn/site/tpl/90?…&p_pageIndex=1``
    shows). Each list page is rendered on the server for its ``p_pageIndex``, but its pager is only
    a layui ``laypage.render({count, limit, curr, jump})`` whose ``jump`` sets ``location.href`` to
    ``?p_pageIndex=`` + the page (laypage's usual jump callback in public code); article paths
    ``/<col>/<8 digits>.html`` are assumed. The 2024 report is on the third page of 通知公告, the
    2020 report and 黄冈市's in 法治政府建设."""
    c = County("tuanfeng", "团风县", "湖北省", "黄冈市", "421121", "www.tfzf.gov.cn")
    tpls = {"tzgg": (6782311, "通知公告"), "fzzfjs": (6782318, "法治政府建设"), "tfyw": (6782290, "团风要闻")}
    nav = [("/", "首页"), *[(f"/site/tpl/{tid}", name) for tid, name in tpls.values()]]
    skin = open_site(ctx, c, nav, dt.date(2025, 11, 20), skin=InfoSkin, siteid="4211210019")
    ctx.put(
        c,
        "/assets/js/layui/layui.js",
        "/** layui-v2.5.6 MIT License */;!function(e){}(window);",
        ctype="application/javascript",
    )

    def tpl(key: str, items: list[Item], per: int = 15) -> list[Item]:
        tid, name = tpls[key]
        base = f"/site/tpl/{tid}"
        trail = [(base, name)]
        items = assign(ctx, items, lambda it: f"/{key}/{(it.uid - 10000) // 7919 + 27340000}.html")
        write_items(skin, items, name, trail)
        pages = chunks(items, per)
        for n, chunk in enumerate(pages, start=1):
            body = (
                f'{skin.crumbs(trail)}<div class="lm"><div class="lm-title"><h2>{esc(name)}</h2></div>'
                f'<ul class="doc_list">{"".join(row(it) for it in chunk)}</ul>'
                '<div id="page_list"></div></div>'
                '<script src="/assets/js/layui/layui.js"></script>'
                "<script>layui.use('laypage',function(){var laypage=layui.laypage;laypage.render({"
                f"elem:'page_list',count:{len(items)},limit:{per},curr:{n},"
                "layout:['count','prev','page','next','skip'],jump:function(obj,first){if(!first){"
                f"location.href='{base}?p_pageIndex='+obj.curr;}}}}}});}});</script>"
            )
            page = skin.page(f"{name}_{skin.site_name}", body)
            put_at(skin, f"{base}?p_pageIndex={n}", page)
            if n == 1:
                put_at(skin, base, page)
        return items

    news = tpl("tfyw", ctx.news(c, 320))
    r24 = ctx.new_report(
        c,
        2024,
        "团风县人民政府关于2024年法治政府建设工作情况的报告",
        pub="2025-03-25 16:45",
        source="团风县人民政府",
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("demo_news", 2024)])
    tz = tpl(
        "tzgg",
        [
            *newer(ctx, c, r24, 32, "notice", skin.clock),
            r24,
            *notes,
            *ctx.fillers(c, 18, "notice", (2019, 2024)),
        ],
    )
    assert tz.index(r24) >= 30
    ctx.record(c, notes)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("laypage_jump", "later_list_page"))
    r20 = ctx.new_report(
        c, 2020, "团风县2020年度法治政府建设情况报告", pub="2021-03-30 10:25", source="团风县司法局"
    )
    hg = ctx.higher("黄冈市", 2023, "省委、省政府", "2024-04-08 09:10")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("meeting_topic", 2022)])
    fz = tpl("fzzfjs", [r20, hg, *look, *ctx.fillers(c, 11, "disclosure")])
    ctx.record(c, look)
    ctx.record_higher(c, hg, 2023, c.base + hg.path)
    ctx.truth_report(c, r20, 2020, html_copy(c, r20), kinds=("laypage_jump",))
    home(
        skin,
        [
            (f"/site/tpl/{tpls['tfyw'][0]}", "团风要闻", news),
            (f"/site/tpl/{tpls['tzgg'][0]}", "通知公告", tz),
            (f"/site/tpl/{tpls['fzzfjs'][0]}", "法治政府建设", fz),
        ],
    )


# ====================================================================== 甘肃: /common/search/
def common_search(ctx: Ctx8, c: County, channels: dict[str, list[Item]]) -> None:
    """The Gansu platform's list endpoint ``/common/search/<channel>``: ``_isJson=true`` answers
    ``{"data": {"total", "page", "rows", "results": [{"title", "url", "publishedTimeStr"}]}}``,
    ``_isJson=false`` an HTML fragment ``<ul id="body"><li><div class="title"><a>`` … with a
    ``javascript:go(n)`` pager; ``_pageSize`` and ``page`` choose the slice."""

    def handler(req: Request) -> Resource:
        items = channels.get(req.path.rsplit("/", 1)[-1])
        if items is None:
            return answer(404, {"code": 404, "msg": "channel not found"})
        args = req.params()
        n, size = num(args.get("page", "1")[:4]), min(num(args.get("_pageSize", "20")[:3], 20), 50)
        rows = items[(n - 1) * size : n * size]
        if args.get("_isJson", "true") == "true":
            return json_res(
                {
                    "data": {
                        "total": len(items),
                        "page": n,
                        "rows": size,
                        "results": [
                            {
                                "title": it.title.replace("|", ""),
                                "url": it.path,
                                "publishedTimeStr": it.date,
                                "content": it.paras[0][:60],
                            }
                            for it in rows
                        ],
                    }
                }
            )
        lis = "".join(
            f'<li><div class="title"><a href="{esc(it.path)}" target="_blank" '
            f'title="{esc(it.title.replace("|", ""))}">'
            f'{esc(it.title.replace("|", ""))}</a></div><div class="date">{it.date}</div></li>'
            for it in rows
        )
        last = max(1, -(-len(items) // size))
        pager = f"共{len(items)}条 第{n}/{last}页" + (
            f' <a href="javascript:go({n + 1})">下一页</a>' if n < last else ""
        )
        text = f'<ul id="body">{lis}</ul><div class="page">{pager}</div>'
        return Resource(text.encode(), "text/html; charset=utf-8", modified=STAMP)

    ctx.handle_prefix(c, "/common/search/", handler)


def channel_pages(
    skin: Skin, site: str, cols: dict[int, tuple[str, list[Item]]], hook_of
) -> tuple[dict[str, list[Item]], dict[int, list[Item]]]:
    """Write the articles ``/<site>/c<col>/YYYYMM/<32 hex>.shtml`` of every column and its shell
    ``/<site>/c<col>/xxgk_list.shtml``; return the channels by uuid and the columns' items."""
    channels, out = {}, {}
    for cid, (name, items) in cols.items():
        col = f"/{site}/c{cid}/"
        trail = [(f"/{site}/xxgk/index.shtml", "政府信息公开"), (col + "xxgk_list.shtml", name)]
        items = assign(
            skin.ctx, items, lambda it, col=col: f"{col}{it.pub:%Y%m}/{h('gs', it.uid)[:32]}.shtml"
        )
        write_items(skin, items, name, trail)
        channel = h("gs-channel", site, cid)[:32]
        channels[channel], out[cid] = items, items
        shell(skin, col + "xxgk_list.shtml", name, trail, hook_of(channel))
    return channels, out


def jingchuan(ctx: Ctx8) -> None:
    """泾川县 (甘肃 平凉), ``www.jingchuan.gov.cn``: the Gansu platform (public crawlers fetch
    ``www.gansu.gov.cn/common/search/<32 hex>?_isAgg=true&_isJson=true&_pageSize=…&_template=index
    &_rangeTimeGte=&_channelName=&page=N`` and ``sthj.gansu.gov.cn/sthj/c105992/xxgk_list.shtml``;
    a notes file on the same endpoint at ``www.spb.gov.cn`` records ``data.total``,
    ``data.results[]`` with ``title/url/publishedTimeStr`` and articles
    ``/gjyzj/c100015/c100016/202609/<32 hex>.shtml``). That the county runs on it, and its
    ``/jcx/`` prefix, are assumed. Column pages ``xxgk_list.shtml`` are shells a script fills from
    the JSON; the 2023 report is on the second page of 其他法定公开信息, the 2019 report in
    法治政府建设 beside 甘肃省's."""
    c = County("jingchuan", "泾川县", "甘肃省", "平凉市", "620821", "www.jingchuan.gov.cn", scheme="https")
    nav = [("/", "首页"), ("/xwzx/jcyw/", "泾川要闻"), ("/jcx/xxgk/index.shtml", "政府信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2024, 11, 18), skin=InfoSkin)
    news = news_column(skin, "/xwzx/jcyw/", "泾川要闻", 290)
    r23 = ctx.new_report(
        c,
        2023,
        "泾川县人民政府关于2023年度法治政府建设工作的报告",
        pub="2024-03-22 11:05",
        source="泾川县人民政府",
    )
    r19 = ctx.new_report(
        c, 2019, "泾川县2019年法治政府建设情况报告", pub="2020-03-31 09:55", source="泾川县司法局"
    )
    gs = ctx.higher("甘肃省", 2022, "党中央、国务院", "2023-04-03 16:00")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("duty_report", 2023), ("shufa", 2023)])
    cols = {
        108420: (
            "其他法定公开信息",
            [*newer(ctx, c, r23, 17, until=skin.clock), r23, *ctx.fillers(c, 22, "disclosure", (2019, 2023))],
        ),
        108425: ("法治政府建设", [r19, gs, *look, *ctx.fillers(c, 6, "disclosure")]),
    }

    def hook(channel: str) -> str:
        return (
            '<ul id="body"></ul><div class="page" id="page"></div>'
            f'<script>var channelId = "{channel}";function getData(page){{$.get("/common/search/"+channelId+'
            '"?_isAgg=true&_isJson=true&_pageSize=15&_template=index&_rangeTimeGte=&_channelName=&page="+page,'
            "function(res){var d=res.data;"
            '$("#body").html($.map(d.results,function(o){return \'<li><a href="\'+'
            "o.url+'\">'+o.title+'</a><span>'+o.publishedTimeStr+'</span></li>';}).join(''));"
            "renderPage(d.total,page,15,getData);});}getData(1);</script>"
        )

    channels, items = channel_pages(skin, "jcx", cols, hook)
    assert items[108420].index(r23) >= 15
    common_search(ctx, c, channels)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("common_search_json", "api_later_page"))
    ctx.truth_report(c, r19, 2019, html_copy(c, r19), kinds=("common_search_json",))
    ctx.record_higher(c, gs, 2022, c.base + gs.path)
    ctx.record(c, look)
    index_page(
        skin,
        "/jcx/xxgk/index.shtml",
        "政府信息公开",
        [("/jcx/xxgk/index.shtml", "政府信息公开")],
        [(f"/jcx/c{cid}/xxgk_list.shtml", name, []) for cid, (name, _i) in cols.items()],
    )
    home(skin, [("/xwzx/jcyw/", "泾川要闻", news), ("/jcx/xxgk/index.shtml", "政府信息公开", [])])


def huating(ctx: Ctx8) -> None:
    """华亭市 (甘肃 平凉), ``www.gsht.gov.cn``: the same Gansu platform in its HTML mode (a public
    crawler of ``www.gansu.gov.cn/common/search/<32 hex>`` sends ``_isJson=false`` and reads
    ``//ul[@id="body"]/li/div[@class="title"]/a`` from the answer). The column shell loads the
    fragment into ``#listBox`` with ``$('#listBox').load(…&page=N)``; the fragment's 下一页 is
    ``javascript:go(N)``. The 2024 report is in 法治政府建设 beside 平凉市's; the 2022 report on the
    second page of 通知公告 (20 rows a page)."""
    c = County("huating", "华亭市", "甘肃省", "平凉市", "620881", "www.gsht.gov.cn")
    nav = [("/", "首页"), ("/xwzx/htyw/", "华亭要闻"), ("/htzf/xxgk/index.shtml", "政府信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 6))
    news = news_column(skin, "/xwzx/htyw/", "华亭要闻", 260)
    r24 = ctx.new_report(
        c, 2024, "华亭市2024年法治政府建设年度报告", pub="2025-03-31 15:15", source="华亭市人民政府"
    )
    pl = ctx.higher("平凉市", 2024, "省委、省政府", "2025-04-07 10:30")
    r22 = ctx.new_report(
        c,
        2022,
        "华亭市人民政府关于2022年度法治政府建设情况的报告",
        pub="2023-03-29 17:00",
        source="华亭市人民政府",
    )
    look = ctx.lookalikes_of(c, [("plan", 2023), ("meeting", 2024), ("assessment", 2024)])
    notes = ctx.lookalikes_of(c, [("notice", 2023)])
    cols = {
        110231: ("法治政府建设", [r24, pl, *look, *ctx.fillers(c, 9, "disclosure")]),
        110236: (
            "通知公告",
            [
                *newer(ctx, c, r22, 22, "notice", skin.clock),
                r22,
                *notes,
                *ctx.fillers(c, 15, "notice", (2019, 2022)),
            ],
        ),
    }

    def hook(channel: str) -> str:
        return (
            '<div id="listBox"></div>'
            f"<script>var channelId = '{channel}';"
            "function go(p){$('#listBox').load('/common/search/'+channelId+"
            "'?sort=&_isAgg=false&_isJson=false&_pageSize=20&_template=index&_channelName=&page='+p);}"
            "go(1);</script>"
        )

    channels, items = channel_pages(skin, "htzf", cols, hook)
    assert items[110236].index(r22) >= 20
    common_search(ctx, c, channels)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("common_search_html",))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("common_search_html", "api_later_page"))
    ctx.record_higher(c, pl, 2024, c.base + pl.path)
    ctx.record(c, look)
    ctx.record(c, notes)
    index_page(
        skin,
        "/htzf/xxgk/index.shtml",
        "政府信息公开",
        [("/htzf/xxgk/index.shtml", "政府信息公开")],
        [(f"/htzf/c{cid}/xxgk_list.shtml", name, []) for cid, (name, _i) in cols.items()],
    )
    home(skin, [("/xwzx/htyw/", "华亭要闻", news), ("/htzf/xxgk/index.shtml", "政府信息公开", [])])


# ====================================================================== 喀什地区 → 塔县
def aspx_lists(skin: Skin, theme: int, name: str, items: list[Item], per: int = 15) -> list[Item]:
    """ASP.NET lists ``/Government/PublicInfoList.aspx?ThemeId=N&page=M`` whose rows link
    ``../Government/PublicInfoShow.aspx?ID=…`` and whose only pager is 共N页 with a 转到 box: the
    script sets ``location.href`` to ``PublicInfoList.aspx?ThemeId=N&page=`` + the box's number."""
    lst = "/Government/PublicInfoList.aspx"
    trail = [(f"{lst}?ThemeId={theme}", name)]
    items = assign(
        skin.ctx, items, lambda it: f"/Government/PublicInfoShow.aspx?ID={(it.uid - 10000) // 7919 + 8100}"
    )
    write_items(skin, items, name, trail)
    pages = chunks(items, per)
    for n, chunk in enumerate(pages, start=1):
        rows = "".join(
            f'<tr><td>{k}</td><td><a href="..{esc(it.path)}" target="_blank">'
            f"{esc(it.title.replace('|', ''))}</a></td>"
            f"<td>{esc(it.source)}</td><td>{it.date}</td></tr>"
            for k, it in enumerate(chunk, start=(n - 1) * per + 1)
        )
        body = (
            f'{skin.crumbs(trail)}<div class="lm"><h2>{esc(name)}</h2><table class="gk-list">'
            "<tr><th>序号</th>"
            f"<th>标题</th><th>发布机构</th><th>发布日期</th></tr>{rows}</table>"
            f'<div class="pager">共{len(items)}条记录 共{len(pages)}页 当前第{n}页 转到第'
            '<input type="text" id="txtPageNo" size="3">页 '
            '<input type="button" value="GO" onclick="GoPage()">'
            "</div></div><script>function GoPage(){var p=document.getElementById('txtPageNo').value;"
            f"if(p){{location.href='PublicInfoList.aspx?ThemeId={theme}&page='+p;}}}}</script>"
        )
        page = skin.page(f"{name}_{skin.site_name}", body)
        put_at(skin, f"{lst}?ThemeId={theme}&page={n}", page)
        if n == 1:
            put_at(skin, f"{lst}?ThemeId={theme}", page)
    return items


class PrefectureSkin(Skin):
    """A 地区 portal: the site is the 行政公署's."""

    @property
    def site_name(self) -> str:
        return f"{self.c.name}行政公署"

    def footer(self) -> str:
        return super().footer().replace("人民政府办公室", "行政公署办公室", 1)


KASHI_COUNTIES = [
    ("喀什市", "www.xjks.gov.cn"),
    ("疏附县", "www.xjsf.gov.cn"),
    ("疏勒县", "www.shule.gov.cn"),
    ("英吉沙县", "www.yjs.gov.cn"),
    ("泽普县", "www.xjzp.gov.cn"),
    ("莎车县", "www.shache.gov.cn"),
    ("叶城县", "www.xjyc.gov.cn"),
    ("麦盖提县", "www.mgt.gov.cn"),
    ("岳普湖县", "www.yph.gov.cn"),
    ("伽师县", "www.xjjsx.gov.cn"),
    ("巴楚县", "www.bachu.gov.cn"),
    ("塔什库尔干塔吉克自治县", "www.tskeg.gov.cn"),
]


def kashi(ctx: Ctx8) -> None:
    """喀什地区 (新疆) portal ``www.kashi.gov.cn``, seeded: an ASP.NET site (a public crawler
    pages ``/Government/PublicInfoList.aspx?ThemeId=2&page=N`` by raising ``page`` until a page
    has no rows, and strips ``../`` from its links); its 县市政府 page (linked from the home page's
    政府网站 box; sites.md "a city portal's 县区 list") links the twelve county sites.
    塔什库尔干塔吉克自治县 (``www.tskeg.gov.cn``) is in no seed row and is linked only there; its site
    (same ASP.NET shapes, assumed) pages its 信息公开 lists only through a 转到 box: the 2024 report
    is on the third page of 法定主动公开内容, the 2022 report in 法治政府建设."""
    city = County("kashi", "喀什地区", "新疆维吾尔自治区", "", "653100", "www.kashi.gov.cn")
    ts = County(
        "taxian",
        "塔什库尔干塔吉克自治县",
        "新疆维吾尔自治区",
        "喀什地区",
        "653131",
        "www.tskeg.gov.cn",
        seeded=False,
    )
    nav = [
        ("/", "首页"),
        ("/xwzx/ksyw/", "喀什要闻"),
        ("/Government/PublicInfoList.aspx?ThemeId=2", "政策法规"),
    ]
    cskin = open_site(ctx, city, nav, dt.date(2024, 8, 26), skin=PrefectureSkin)
    cnews = news_column(cskin, "/xwzx/ksyw/", "喀什要闻", 180)
    zc = aspx_lists(cskin, 2, "政策法规", ctx.fillers(city, 40, "disclosure"))
    rows = "".join(
        f'<li><a href="http://{host}/" target="_blank">{n}人民政府</a></li>' for n, host in KASHI_COUNTIES
    )
    cskin.put(
        "/Government/CountyList.aspx",
        cskin.page(
            "县市政府",
            f"{cskin.crumbs([('/Government/CountyList.aspx', '县市政府')])}"
            f'<div class="xslist"><ul>{rows}</ul></div>',
        ),
    )
    home(
        cskin,
        [("/xwzx/ksyw/", "喀什要闻", cnews), ("/Government/PublicInfoList.aspx?ThemeId=2", "政策法规", zc)],
        extra='<div class="zfwz"><h3>政府网站</h3><a href="/Government/CountyList.aspx">县市政府</a></div>',
    )
    skin = open_site(
        ctx,
        ts,
        [
            ("/", "首页"),
            ("/xwzx/tsyw/", "塔县要闻"),
            ("/Government/PublicInfoList.aspx?ThemeId=5", "法定主动公开内容"),
            ("/Government/PublicInfoList.aspx?ThemeId=7", "法治政府建设"),
        ],
        dt.date(2025, 12, 1),
        seeded=False,
    )
    news = news_column(skin, "/xwzx/tsyw/", "塔县要闻", 210)
    name = "塔什库尔干塔吉克自治县"
    r24 = ctx.new_report(
        ts, 2024, f"{name}2024年法治政府建设情况报告", pub="2025-03-30 12:40", source=f"{name}人民政府"
    )
    r22 = ctx.new_report(
        ts,
        2022,
        f"{name}人民政府关于2022年度法治政府建设工作的报告",
        pub="2023-03-31 16:20",
        source=f"{name}司法局",
    )
    look = ctx.lookalikes_of(ts, [("plan", 2024), ("meeting", 2022)])
    fd = aspx_lists(
        skin,
        5,
        "法定主动公开内容",
        [*newer(ctx, ts, r24, 31, until=skin.clock), r24, *ctx.fillers(ts, 20, "disclosure", (2019, 2024))],
    )
    assert fd.index(r24) >= 30
    fz = aspx_lists(skin, 7, "法治政府建设", [r22, *look, *ctx.fillers(ts, 7, "disclosure")])
    ctx.record(ts, look)
    ctx.truth_report(
        ts,
        r24,
        2024,
        html_copy(ts, r24),
        kinds=("jump_box_pager", "unseeded_county_via_prefecture_list", "later_list_page"),
    )
    ctx.truth_report(
        ts, r22, 2022, html_copy(ts, r22), kinds=("jump_box_pager", "unseeded_county_via_prefecture_list")
    )
    home(
        skin,
        [
            ("/xwzx/tsyw/", "塔县要闻", news),
            ("/Government/PublicInfoList.aspx?ThemeId=5", "法定主动公开内容", fd),
            ("/Government/PublicInfoList.aspx?ThemeId=7", "法治政府建设", fz),
        ],
    )
