"""Blind5 sites whose lists or files need a script, plus the traps and the portal: an Inner
Mongolia 旗 whose columns are filled from a JSON list API named in ``data-`` attributes, a Wuhan
开发区 管委会 whose lists are numbered static JSON files, a Gansu county with a PDF shown in a
pdf.js viewer and a mailbox of rotating session ids (trap), a Tibet district with a ``.doc``-only
report, a Liaoning GBK 自治县 with truncated titles and an endless 留言 pager (trap), and a Hunan
city portal whose county map alone links an unseeded 自治县.

Every site's docstring names the real evidence it follows.
"""

from __future__ import annotations

import datetime as dt

from ..blind.core import chunks
from ..blind.sites_a import home, index_page, publish
from ..blind.skins import Skin
from ..blind2.core import news_column, open_site
from ..model import Request, Resource
from .core import County, Ctx5, Item, column, endless_pager, esc, json_res, num, session_trap
from .sites_a import html_copy


def script_list(skin: Skin, page: str, name: str, trail: list[tuple[str, str]], hook: str) -> None:
    """A column page with an empty list that a script fills (``hook`` is its markup)."""
    body = f'{skin.crumbs(trail)}<div class="list"><h2>{esc(name)}</h2>{hook}<div id="pager"></div></div>'
    skin.put(page, skin.page(f"{name}_{skin.site_name}", body))


def drop_lists(ctx: Ctx5, c: County, stem: str, items: list[Item], per: int) -> None:
    """Remove the server-rendered list pages ``column`` wrote (the script pages replace them)."""
    for n in range(1, len(chunks(items, per)) + 1):
        ctx.web.resources.pop((c.host, f"{stem}{n}.tmp", ""))


# ====================================================================== 达拉特旗
def dalate(ctx: Ctx5) -> None:
    """达拉特旗 (内蒙古 鄂尔多斯), ``www.dlt.gov.cn``: its 政务公开 column pages carry only
    ``<div id="list" data-api="/site/api/list" data-column="…" data-size="15">`` and load
    ``/js/list.js``, which GETs ``columnId``, ``pageIndex`` and ``pageSize`` and renders
    ``data.list`` (sites.md "Lists built by script from a JSON API": other platforms have their
    own ``.jsp``/``.do`` JSON endpoints; the parameter names are assumed). The 2023 report is on
    the API's first page, the 2022 report on its second."""
    c = County("dalate", "达拉特旗", "内蒙古自治区", "鄂尔多斯市", "150621", "www.dlt.gov.cn")
    nav = [("/", "首页"), ("/xwzx/dqyw/", "达旗要闻"), ("/zwgk/fzzfjs/index.html", "法治政府建设")]
    skin = open_site(ctx, c, nav, dt.date(2024, 6, 12), extra_head='<script src="/js/list.js"></script>')
    ctx.put(
        c,
        "/js/list.js",
        "$(function(){var box=$('#list');if(!box.length)return;"
        "var api=box.data('api'),col=box.data('column'),size=box.data('size');"
        "function load(n){$.get(api,{columnId:col,pageIndex:n,pageSize:size},function(r){"
        "box.html($.map(r.data.list,function(o){"
        "return '<li><a href=\"'+o.url+'\" target=\"_blank\">'+o.title+'</a><span>'+o.date+'</span></li>';"
        "}).join(''));$('#pager').html(r.data.total>n*size?'<a onclick=\"load('"
        "+(n+1)+')\">下一页</a>':'');});}window.load=load;load(1);});\n",
        ctype="application/javascript; charset=utf-8",
    )
    cols: dict[str, list[Item]] = {}

    def api(req: Request) -> Resource:
        args = req.params()
        items = cols.get(args.get("columnId", ""), [])
        n, size = num(args.get("pageIndex", "1")), min(num(args.get("pageSize", "15"), 15), 50)
        rows = items[(n - 1) * size : n * size]
        return json_res(
            {
                "code": 0,
                "data": {
                    "total": len(items),
                    "list": [
                        {"title": it.title.replace("|", ""), "url": it.path, "date": it.date} for it in rows
                    ],
                },
            }
        )

    ctx.handle(c, "/site/api/list", api)

    def col(cid: int, key: str, name: str, items: list[Item]) -> list[Item]:
        base = f"/zwgk/{key}/"
        trail = [("/zwgk/", "政务公开"), (base + "index.html", name)]
        items = column(
            skin,
            items,
            name,
            trail,
            lambda it: f"{base}{it.pub:%Y%m}/{it.uid}.html",
            lambda n: f"{base}list_{n}.tmp",
            per=15,
        )
        drop_lists(ctx, c, f"{base}list_", items, 15)
        cols[str(cid)] = items
        script_list(
            skin,
            base + "index.html",
            name,
            trail,
            f'<ul id="list" data-api="/site/api/list" data-column="{cid}" data-size="15"></ul>',
        )
        return items

    news = news_column(skin, "/xwzx/dqyw/", "达旗要闻", 250)
    r23 = ctx.new_report(
        c,
        2023,
        "达拉特旗人民政府关于2023年法治政府建设工作情况的报告",
        pub="2024-03-27 09:40",
        source="达拉特旗人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "达拉特旗2022年法治政府建设年度报告", pub="2023-03-31 16:55", source="达拉特旗司法局"
    )
    look = ctx.lookalikes_of(c, [("plan", 2023), ("demo_news", 2022), ("duty_report", 2022)])
    col(
        3011,
        "fzzfjs",
        "法治政府建设",
        [
            r23,
            *look,
            *ctx.fillers(c, 14, "disclosure", (2023, 2024)),
            r22,
            *ctx.fillers(c, 6, "notice", (2019, 2021)),
        ],
    )
    ctx.record(c, look)
    for r, y in ((r23, 2023), (r22, 2022)):
        ctx.truth_report(c, r, y, html_copy(c, r), kinds=("data_attr_json_api",))
    col(3002, "tzgg", "通知公告", ctx.fillers(c, 45, "notice"))
    index_page(
        skin,
        "/zwgk/index.html",
        "政务公开",
        [("/zwgk/", "政务公开")],
        [("/zwgk/fzzfjs/index.html", "法治政府建设", []), ("/zwgk/tzgg/index.html", "通知公告", [])],
    )
    home(skin, [("/xwzx/dqyw/", "达旗要闻", news), ("/zwgk/index.html", "政务公开", [])])


# ====================================================================== 东湖新技术开发区
def donghu(ctx: Ctx5) -> None:
    """武汉东湖新技术开发区 (湖北 武汉), ``www.wehdz.gov.cn``: a 开发区 管委会 portal whose list
    pages are rendered in the browser from numbered static JSON files: the page calls
    ``loadList('/gk/fzzfjs/data/', 3)`` and the inline script fetches ``page_1.json`` …
    ``page_3.json`` (sites.md "lists built by script"; the file naming is assumed). Titles are
    the 管委会's ("XX开发区管委会2022年度…", sites.md title forms). The 2023 report is in the
    first file, the 2021 report in the third."""
    c = County("donghu", "武汉东湖新技术开发区", "湖北省", "武汉市", "420100", "www.wehdz.gov.cn")
    nav = [("/", "首页"), ("/xwzx/ghyw/", "光谷要闻"), ("/gk/fzzfjs/", "法治政府建设")]
    skin = open_site(ctx, c, nav, dt.date(2024, 5, 28))
    loader = (
        "<script>function loadList(p,total){var n=1;function go(){fetch(p+'page_'+n+'.json').then(function(r)"
        "{return r.json();}).then(function(j){"
        "document.getElementById('list').innerHTML=j.list.map(function(o)"
        "{return '<li><a href=\"'+o.link+'\">'+o.title+'</a><span>'+o.time+'</span></li>';}).join('');});}"
        "window.turn=function(k){n=Math.min(Math.max(k,1),total);go();};go();}</script>"
    )

    def col(key: str, name: str, items: list[Item]) -> list[Item]:
        base = f"/gk/{key}/"
        trail = [("/gk/", "信息公开"), (base, name)]
        items = column(
            skin,
            items,
            name,
            trail,
            lambda it: f"{base}{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid}.shtml",
            lambda n: f"{base}list_{n}.tmp",
            per=12,
        )
        drop_lists(ctx, c, f"{base}list_", items, 12)
        pages = chunks(items, 12)
        for n, chunk in enumerate(pages, start=1):
            data = {
                "page": n,
                "total": len(pages),
                "list": [
                    {"title": it.title.replace("|", ""), "link": it.path, "time": it.date} for it in chunk
                ],
            }
            ctx.web.resources[(c.host, f"{base}data/page_{n}.json", "")] = json_res(data)
        hook = (
            f"<ul id=\"list\"></ul>{loader}<script>loadList('{base}data/', {len(pages)});</script>"
            '<div class="pg"><a href="javascript:turn(1)">首页</a> '
            '<a href="javascript:turn(2)">下一页</a></div>'
        )
        script_list(skin, base + "index.html", name, trail, hook)
        return items

    news = news_column(skin, "/xwzx/ghyw/", "光谷要闻", 200)
    r23 = ctx.new_report(
        c,
        2023,
        "武汉东湖新技术开发区管委会2023年度法治政府建设工作报告",
        pub="2024-03-29 17:10",
        source="武汉东湖新技术开发区管委会",
    )
    r21 = ctx.new_report(
        c,
        2021,
        "武汉东湖新技术开发区2021年法治政府建设情况报告",
        pub="2022-03-31 09:20",
        source="东湖高新区党政办公室",
    )
    look = ctx.lookalikes_of(c, [("plan", 2022), ("meeting", 2023)])
    col("fzzfjs", "法治政府建设", [r23, *look, *ctx.fillers(c, 22, "disclosure", (2022, 2024)), r21])
    ctx.record(c, look)
    for r, y in ((r23, 2023), (r21, 2021)):
        ctx.truth_report(c, r, y, html_copy(c, r), kinds=("static_json_pages", "development_zone"))
    xn = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("gov_work_report", 2024)])
    col("gzbg", "工作报告", [*xn, *ctx.fillers(c, 8, "disclosure")])
    ctx.record(c, xn)
    index_page(
        skin,
        "/gk/index.html",
        "信息公开",
        [("/gk/", "信息公开")],
        [("/gk/fzzfjs/", "法治政府建设", []), ("/gk/gzbg/", "工作报告", [])],
    )
    home(skin, [("/xwzx/ghyw/", "光谷要闻", news), ("/gk/", "信息公开", [])])


# ====================================================================== 会宁县
def huining(ctx: Ctx5) -> None:
    """会宁县 (甘肃 白银), ``www.huining.gov.cn``: a Gansu county site (``gansu_gov_cn`` spiders
    in public code) with TRS columns; the 2022 report's article embeds its PDF in a pdf.js viewer
    (``<iframe src="/pdfjs/web/viewer.html?file=…">``, sites.md "Attachments … in a
    ``pdfjs/viewer?file=`` URL"); the 2023 report is html in 通知公告. The 县长信箱 links carry
    a new ``jsessionid`` on every visit (trap)."""
    c = County("huining", "会宁县", "甘肃省", "白银市", "620422", "www.huining.gov.cn")
    nav = [
        ("/", "首页"),
        ("/xwzx/hnyw/", "会宁要闻"),
        ("/zwgk/tzgg/", "通知公告"),
        ("/zwgk/fzzf/", "法治政府"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 4, 16))
    trap = session_trap(ctx, skin, "/hdjl/xzxx.jsp")
    ctx.put(
        c,
        "/pdfjs/web/viewer.html",
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>PDF.js viewer</title>'
        '<script src="viewer.js"></script></head><body><div id="viewerContainer"></div></body></html>',
    )
    news = news_column(skin, "/xwzx/hnyw/", "会宁要闻", 240)
    r23 = ctx.new_report(
        c,
        2023,
        "会宁县人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-28 18:05",
        source="会宁县人民政府",
    )
    look = ctx.lookalikes_of(c, [("notice", 2024), ("shufa", 2023)])
    tz = publish(
        skin,
        "/zwgk/tzgg/",
        "通知公告",
        [("/zwgk/", "政务公开"), ("/zwgk/tzgg/", "通知公告")],
        [r23, *look, *ctx.fillers(c, 40, "notice", (2023, 2024))],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("gansu_trs",))
    r22 = ctx.new_report(
        c, 2022, "会宁县2022年法治政府建设工作报告", pub="2023-03-30 11:40", source="会宁县司法局"
    )
    body = list(r22.paras)
    r22.paras = [f"{r22.title}全文如下:"]
    r22.uid = ctx.uid()
    pdf = f"/uploadfile/2023/0330/{r22.uid}.pdf"
    viewer = (
        f'<div class="pdf"><iframe src="/pdfjs/web/viewer.html?file={pdf}" width="100%" height="900">'
        "</iframe></div>"
    )
    ftrail = [("/zwgk/", "政务公开"), ("/zwgk/fzzf/", "法治政府")]
    fz = publish(skin, "/zwgk/fzzf/", "法治政府", ftrail, [r22, *ctx.fillers(c, 12, "disclosure")])
    skin.put(r22.path, skin.article(r22, "法治政府", ftrail, after=viewer), modified=r22.pub)
    ctx.put(c, pdf, ctx.pdf(r22.title, body), ctype="application/pdf", modified=r22.pub)
    ctx.record_file(c, r22, 2022, pdf, body, ("gansu_trs", "pdfjs_viewer"))
    home(
        skin,
        [("/xwzx/hnyw/", "会宁要闻", news), ("/zwgk/tzgg/", "通知公告", tz), ("/zwgk/fzzf/", "法治政府", fz)],
        extra=f'<div class="hd"><a href="{trap}">县长信箱</a></div>',
    )


# ====================================================================== 巴宜区
def bayi(ctx: Ctx5) -> None:
    """巴宜区 (西藏 林芝), ``www.bayi.gov.cn``: a Tibet district site (``xizang_gov_cn`` spiders in
    public code) with TRS columns under 政务公开. The 2023 report is html in 法治政府建设; the 2021
    report was posted only as a Word 97 ``.doc`` (needs a .doc reader: not findable)."""
    c = County("bayi", "巴宜区", "西藏自治区", "林芝市", "540402", "www.bayi.gov.cn")
    nav = [("/", "首页"), ("/xwzx/byyw/", "巴宜要闻"), ("/zwgk/fzzfjs/", "法治政府建设")]
    skin = open_site(ctx, c, nav, dt.date(2024, 9, 10))
    news = news_column(skin, "/xwzx/byyw/", "巴宜要闻", 160)
    r23 = ctx.new_report(
        c,
        2023,
        "林芝市巴宜区人民政府关于2023年法治政府建设情况的报告",
        pub="2024-04-03 12:00",
        source="林芝市巴宜区人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "巴宜区2021年度法治政府建设工作报告", pub="2022-04-11 10:30", source="巴宜区司法局"
    )
    body = list(r21.paras)
    r21.paras = ["巴宜区2021年度法治政府建设工作报告(见附件)"]
    r21.uid = ctx.uid()
    doc = ctx.attach(c, r21, f"/zwgk/fzzfjs/202204/W0{r21.uid:012d}.doc", "doc", body)
    look = ctx.lookalikes_of(c, [("plan", 2021), ("gov_work_report", 2023), ("assessment", 2021)])
    fz = publish(
        skin,
        "/zwgk/fzzfjs/",
        "法治政府建设",
        [("/zwgk/", "政务公开"), ("/zwgk/fzzfjs/", "法治政府建设")],
        [r23, r21, *look, *ctx.fillers(c, 9, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("tibet_trs",))
    ctx.record_file(c, r21, 2021, doc, body, ("tibet_trs", "doc_needs_reader"))
    home(skin, [("/xwzx/byyw/", "巴宜要闻", news), ("/zwgk/fzzfjs/", "法治政府建设", fz)])


# ====================================================================== 岫岩
class GbkSkin(Skin):
    css = "aspx"
    encoding = "gbk"


def xiuyan(ctx: Ctx5) -> None:
    """岫岩满族自治县 (辽宁 鞍山), ``www.xiuyan.gov.cn``: an old GBK ASP.NET site with
    ``/news/list.aspx?classid=N&page=M`` lists and ``/news/show.aspx?id=N`` articles (sites.md
    "old ASP/PHP sites … GB2312"); list titles are cut to 18 characters with "..." (the full
    title in ``title``); 更多>> on the home page. Both reports are in 通知公告 (the 2023 one on its
    third page). The 留言 list's pager runs on past its end for ever (trap)."""
    c = County("xiuyan", "岫岩满族自治县", "辽宁省", "鞍山市", "210323", "www.xiuyan.gov.cn")
    nav = [
        ("/", "首页"),
        ("/news/list.aspx?classid=1", "岫岩新闻"),
        ("/news/list.aspx?classid=5", "通知公告"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 3, 30), skin=GbkSkin)
    trap = endless_pager(ctx, skin, "/hdjl/lyb.aspx", "网上留言")
    art = lambda it: f"/news/show.aspx?id={(it.uid - 10000) // 7919 + 52000}"  # noqa: E731

    def row(it: Item) -> str:
        t = it.title.replace("|", "")
        short = t if len(t) <= 18 else t[:18] + "..."
        link = f'<a href="{esc(it.path)}" title="{esc(t)}" target="_blank">{esc(short)}</a>'
        return f"<li>{link}<span>{it.date}</span></li>"

    def cat(cid: int, name: str, items: list[Item]) -> list[Item]:
        return column(
            skin,
            items,
            name,
            [(f"/news/list.aspx?classid={cid}", name)],
            art,
            lambda n: f"/news/list.aspx?classid={cid}" + (f"&page={n}" if n > 1 else ""),
            per=20,
            row=row,
        )

    news = cat(1, "岫岩新闻", ctx.news(c, 220))
    name = "岫岩满族自治县"
    r23 = ctx.new_report(
        c,
        2023,
        f"{name}人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-20 15:10",
        source=f"{name}人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "岫岩县2022年法治政府建设情况报告", pub="2023-03-29 08:45", source=f"{name}司法局"
    )
    look = ctx.lookalikes_of(c, [("notice", 2023), ("xxgk_annual", 2022), ("duty_report", 2023)])
    fill = ctx.fillers(c, 70, "notice", (2024, 2024))
    tz = cat(5, "通知公告", [r23, r22, *look, *fill])
    ctx.record(c, look)
    for r, y in ((r23, 2023), (r22, 2022)):
        deep = ("later_list_page",) if tz.index(r) >= 20 else ()
        ctx.truth_report(c, r, y, html_copy(c, r), kinds=("gbk_aspx", "truncated_title", *deep))
    more = '<a href="/news/list.aspx?classid=5" class="more">更多&gt;&gt;</a>'
    home(
        skin,
        [("/news/list.aspx?classid=1", "岫岩新闻", news), ("/news/list.aspx?classid=5", "通知公告", tz)],
        extra=f'<div class="tz">{more}</div><div class="ly"><a href="{trap}">网上留言</a></div>',
    )


# ====================================================================== 怀化市 → 通道
def huaihua(ctx: Ctx5) -> None:
    """怀化市 (湖南) portal ``www.huaihua.gov.cn``, seeded: its home page shows a county map
    whose ``<area>`` elements link the county sites (the usual 县市区 map of city portals);
    通道侗族自治县 (``www.tongdao.gov.cn``) is in no seed row and is linked only there. 通道's
    site follows Huaihua's 集约化 shape ``/<site>/c<col>/<YYYYMM>/<hex>.shtml`` (assumed) with
    its reports in 政务公开 → 法治政府建设 beside a 政府信息公开年报."""
    city = County("huaihua", "怀化市", "湖南省", "", "431200", "www.huaihua.gov.cn")
    td = County("tongdao", "通道侗族自治县", "湖南省", "怀化市", "431230", "www.tongdao.gov.cn", seeded=False)
    cskin = open_site(ctx, city, [("/", "首页"), ("/hhs/c100/", "怀化要闻")], dt.date(2024, 7, 1))
    cnews = news_column(cskin, "/hhs/c100/", "怀化要闻", 150)
    counties = [
        ("鹤城区", "www.hecheng.gov.cn"),
        ("中方县", "www.zhongfang.gov.cn"),
        ("沅陵县", "www.yuanling.gov.cn"),
        ("辰溪县", "www.chenxi.gov.cn"),
        ("溆浦县", "www.xupu.gov.cn"),
        ("会同县", "www.huitong.gov.cn"),
        ("麻阳苗族自治县", "www.mayang.gov.cn"),
        ("新晃侗族自治县", "www.xinhuang.gov.cn"),
        ("芷江侗族自治县", "www.zhijiang.gov.cn"),
        ("靖州苗族侗族自治县", "www.jingzhou.gov.cn"),
        ("通道侗族自治县", td.host),
        ("洪江市", "www.hongjiang.gov.cn"),
    ]
    areas = "".join(
        f'<area shape="poly" coords="{40 * k},{10 + k},{40 * k + 38},{12 + k},{40 * k + 20},{60 + k}" '
        f'href="http://{host}/" alt="{n}" target="_blank">'
        for k, (n, host) in enumerate(counties)
    )
    mapbox = (
        '<div class="xqmap"><h3>县市区</h3>'
        '<img src="/hhs/images/map.png" usemap="#xqmap" alt="怀化市县市区">'
        f'<map name="xqmap" id="xqmap">{areas}</map></div>'
    )
    home(cskin, [("/hhs/c100/", "怀化要闻", cnews)], extra=mapbox)
    skin = open_site(
        ctx,
        td,
        [("/", "首页"), ("/tongdao/c112600/", "通道要闻"), ("/tongdao/c112631/", "法治政府建设")],
        dt.date(2024, 7, 1),
        seeded=False,
    )
    hexpath = lambda cl, it: f"{cl}{it.pub:%Y%m}/{it.uid:x}{it.pub:%d%H%M}.shtml"  # noqa: E731
    news = publish(
        skin,
        "/tongdao/c112600/",
        "通道要闻",
        [("/tongdao/c112600/", "通道要闻")],
        ctx.news(td, 170),
        path_fn=hexpath,
    )
    name = "通道侗族自治县"
    r23 = ctx.new_report(
        td,
        2023,
        f"{name}人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-26 10:35",
        source=f"{name}人民政府",
    )
    r20 = ctx.new_report(
        td, 2020, "通道县2020年度法治政府建设工作报告", pub="2021-03-30 15:05", source=f"{name}司法局"
    )
    look = ctx.lookalikes_of(td, [("xxgk_annual", 2020), ("demo_news", 2021)])
    trail = [("/tongdao/c112630/", "政务公开"), ("/tongdao/c112631/", "法治政府建设")]
    fz = publish(
        skin,
        "/tongdao/c112631/",
        "法治政府建设",
        trail,
        [r23, r20, *look, *ctx.fillers(td, 17, "disclosure")],
        path_fn=hexpath,
    )
    ctx.record(td, look)
    for r, y in ((r23, 2023), (r20, 2020)):
        ctx.truth_report(td, r, y, html_copy(td, r), kinds=("unseeded_county_via_city_map",))
    home(skin, [("/tongdao/c112600/", "通道要闻", news), ("/tongdao/c112631/", "法治政府建设", fz)])
