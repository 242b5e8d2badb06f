"""Blind9 sites whose lists or bodies need a mechanism no earlier blind web has: a Jilin
自治县 whose 信息公开 lists come from a JSONP endpoint, a Jilin 县级市 whose 信息公开 articles are
one script shell (``detail.html?id=``) filled by a POSTed detail API, a Jilin county whose lists
show only their newest records while ``robots.txt`` names a sitemap index of everything, a Jilin
county on an EmpireCMS-shaped site whose lists grow by a 加载更多 button (offset requests answering
HTML fragments), and a Yunnan county whose 信息公开 columns are filled from the TRS 海云 IGS
search endpoint ``/igs/front/search/list.html``.

Every site's docstring names the real evidence it follows and what is assumed.
"""

from __future__ import annotations

import base64
import datetime as dt
import json

from ..blind.core import h, paras_html
from ..blind.sites_a import home, index_page, publish
from ..blind.skins import Skin
from ..blind2.core import news_column, open_site
from ..blind4.sites_a import InfoSkin
from ..model import Request, Resource
from .core import (
    STAMP,
    County,
    Ctx9,
    Item,
    assign,
    esc,
    html_copy,
    js_res,
    json_answer,
    newer,
    num,
    shell,
    write_items,
)

# ====================================================================== 伊通满族自治县
JSONP_API = "/interface/cms/infoList.jsonp"


def yitong(ctx: Ctx9) -> None:
    """伊通满族自治县 (吉林 四平), ``www.yitong.gov.cn``: the 信息公开 column pages are shells
    whose list comes from a JSONP endpoint: ``$.ajax({url:"/interface/cms/infoList.jsonp",
    dataType:"jsonp",jsonp:"callback",jsonpCallback:"infoListCallback",data:{catId,pageNo,
    pageSize}})``, answered as ``infoListCallback({"code":0,"data":{"total","totalPage","list":
    [{"title","url","pubDate"}]}})`` with a JavaScript content type (JSONP on government
    platforms: a public crawler of 四川政务服务网 calls ``…/jiq/interface/jitem/find-by-code?…&
    jsonpCallback=jsonpcallback`` and strips the padding; public code loads ``www.gov.cn``'s
    ``pushinfo.jsonp`` with ``jsonpCallback:'pushInfoJsonpCallBack'``; the endpoint path and the
    county's use are assumed). The 2023 report is on the endpoint's second page of 其他法定公开信息
    beside 吉林省's reposted report; the 2021 report in 法治政府建设."""
    name = "伊通满族自治县"
    c = County("yitong", name, "吉林省", "四平市", "220323", "www.yitong.gov.cn")
    nav = [("/", "首页"), ("/xwzx/ytyw/", "伊通要闻"), ("/xxgk/index.html", "政府信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2024, 8, 14), skin=InfoSkin)
    news = news_column(skin, "/xwzx/ytyw/", "伊通要闻", 310)
    r23 = ctx.new_report(
        c,
        2023,
        f"{name}人民政府关于2023年度法治政府建设工作情况的报告",
        pub="2024-03-29 17:20",
        source=f"{name}人民政府",
    )
    jl = ctx.higher("吉林省", 2023, "党中央、国务院", "2024-04-01 09:30")
    r21 = ctx.new_report(
        c, 2021, f"{name}2021年法治政府建设情况报告", pub="2022-03-30 16:00", source=f"{name}司法局"
    )
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("duty_report", 2022), ("meeting_topic", 2022)])
    cols = {
        "1203": (
            "其他法定公开信息",
            [
                *newer(ctx, c, r23, 17, until=skin.clock),
                r23,
                jl,
                *ctx.fillers(c, 16, "disclosure", (2019, 2023)),
            ],
        ),
        "1207": ("法治政府建设", [r21, *look, *ctx.fillers(c, 9, "disclosure")]),
        "1211": ("政策解读", ctx.fillers(c, 24, "jiedu")),
    }
    lists: dict[str, list[Item]] = {}
    trail0 = [("/xxgk/index.html", "政府信息公开")]
    boxes = []
    for cat, (cname, items) in cols.items():
        col = f"/xxgk/{cat}/"
        trail = [*trail0, (col + "list.html", cname)]
        items = assign(ctx, items, lambda it, col=col: f"{col}{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid}.html")
        write_items(skin, items, cname, trail)
        lists[cat] = items
        boxes.append((col + "list.html", cname, []))
        hook = (
            '<ul class="list" id="infoList"></ul><div class="page" id="pager"></div>'
            f'<script>var cfg = {{"catId":"{cat}","pageSize":15}};'
            f'function loadPage(n){{$.ajax({{url:"{JSONP_API}",dataType:"jsonp",jsonp:"callback",'
            'jsonpCallback:"infoListCallback",data:{catId:cfg.catId,pageNo:n,pageSize:cfg.pageSize},'
            'success:function(d){var s="";$.each(d.data.list,function(i,o){s+=\'<li><a href="\'+o.url+'
            "'\" target=\"_blank\" title=\"'+o.title+'\">'+o.title+'</a><span>'+o.pubDate+'</span></li>';});"
            '$("#infoList").html(s);drawPager("pager",d.data.totalPage,n,loadPage);}});}loadPage(1);</script>'
        )
        shell(skin, col + "list.html", cname, trail, hook)
    assert lists["1203"].index(r23) >= 15

    def api(req: Request) -> Resource:
        q = req.params()
        cb = q.get("callback") or "jsonpcallback"
        items = lists.get(q.get("catId", ""), [])
        n, size = num(q.get("pageNo", "1")), min(max(num(q.get("pageSize", "15"), 15), 1), 50)
        rows = items[(n - 1) * size : n * size]
        data = {
            "code": 0,
            "msg": "success",
            "data": {
                "total": len(items),
                "totalPage": -(-len(items) // size),
                "pageNo": n,
                "list": [
                    {"title": it.title.replace("|", ""), "url": it.path, "pubDate": it.date} for it in rows
                ],
            },
        }
        return js_res(f"{cb}({json.dumps(data, ensure_ascii=False)});")

    ctx.handle(c, JSONP_API, api)
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("jsonp_list", "api_later_page"))
    ctx.record_higher(c, jl, 2023, c.base + jl.path)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("jsonp_list",))
    index_page(skin, "/xxgk/index.html", "政府信息公开", trail0, boxes)
    home(skin, [("/xwzx/ytyw/", "伊通要闻", news), ("/xxgk/index.html", "政府信息公开", [])])


# ====================================================================== 蛟河市
def jiaohe(ctx: Ctx9) -> None:
    """蛟河市 (吉林 吉林), ``www.jiaohe.gov.cn``: the 信息公开 lists are ordinary server pages,
    but every row links one script shell ``/detail.html?id=<base64 id>``; the shell holds no text
    (its title is the site's) and fills itself by POSTing the form field ``id`` to
    ``/api/detail``, which answers ``{"code":200,"data":{"title","publishTime","source",
    "content"}}`` (GET answers 405). Evidence: the 国家法律法规数据库 serves every law at
    ``flk.npc.gov.cn/detail.html?id=<base64>`` and public code POSTs ``id`` to
    ``flk.npc.gov.cn/api/detail/`` for the text; ``www.gzdata.gov.cn/detail.html?id=`` links in a
    public crawler; a county site built this way is assumed. The 2024 report is in 法治政府建设;
    the 2022 report on the second list page of 通知公告."""
    c = County("jiaohe", "蛟河市", "吉林省", "吉林市", "220281", "www.jiaohe.gov.cn", scheme="https")
    nav = [
        ("/", "首页"),
        ("/xwzx/jhyw/", "蛟河要闻"),
        ("/xxgk/tzgg/", "通知公告"),
        ("/xxgk/fzzfjs/", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 4, 22))
    news = news_column(skin, "/xwzx/jhyw/", "蛟河要闻", 300)
    docs: dict[str, Item] = {}

    def ids(it: Item) -> str:
        key = base64.b64encode(bytes.fromhex(h("jiaohe-doc", it.uid)[:60])).decode()
        key = key.replace("+", "A").replace("/", "B")
        docs[key] = it
        return f"/detail.html?id={key}"

    r24 = ctx.new_report(
        c,
        2024,
        "蛟河市人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-27 15:10",
        source="蛟河市人民政府",
    )
    look = ctx.lookalikes_of(c, [("plan", 2025), ("xxgk_annual", 2024), ("demo_news", 2024)])
    fz = assign(ctx, [r24, *look, *ctx.fillers(c, 10, "disclosure")], ids)
    skin.list_pages(
        "/xxgk/fzzfjs/", "法治政府建设", [("/xxgk/", "信息公开"), ("/xxgk/fzzfjs/", "法治政府建设")], fz
    )
    r22 = ctx.new_report(
        c, 2022, "蛟河市2022年法治政府建设工作报告", pub="2023-03-31 10:40", source="蛟河市司法局"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2023)])
    tz = assign(
        ctx,
        [
            *newer(ctx, c, r22, 24, "notice", skin.clock),
            r22,
            *notes,
            *ctx.fillers(c, 12, "notice", (2019, 2022)),
        ],
        ids,
    )
    assert tz.index(r22) >= 20
    skin.list_pages("/xxgk/tzgg/", "通知公告", [("/xxgk/", "信息公开"), ("/xxgk/tzgg/", "通知公告")], tz)
    body = (
        f'{skin.crumbs([("/xxgk/", "信息公开")])}<div class="detail" id="app">'
        '<h2 class="title" id="docTitle"></h2>'
        '<div class="info"><span id="docSource"></span> <span id="docTime"></span></div>'
        '<div class="content" id="docContent">正在加载...</div></div>'
        '<script>function getQueryString(n){var r=new RegExp("(^|&)"+n+"=([^&]*)(&|$)");'
        "var m=window.location.search.substr(1).match(r);return m?decodeURIComponent(m[2]):null;}"
        '$.post("/api/detail",{id:getQueryString("id")},function(r){if(r.code==200){'
        '$("#docTitle").text(r.data.title);document.title=r.data.title;$("#docSource").text("来源:"+r.data.source);'
        '$("#docTime").text("发布时间:"+r.data.publishTime);$("#docContent").html(r.data.content);}},"json");</script>'
    )
    page = skin.page(f"详情_{skin.site_name}", body).encode()
    ctx.handle(c, "/detail.html", lambda req: Resource(page, "text/html; charset=utf-8", modified=STAMP))

    def api(req: Request) -> Resource:
        if req.method != "POST":
            return json_answer(405, {"code": 405, "msg": "Request method 'GET' not supported"})
        it = docs.get(req.params().get("id", ""))
        if it is None:
            return json_answer(200, {"code": 404, "msg": "信息不存在", "data": None})
        return json_answer(
            200,
            {
                "code": 200,
                "msg": "success",
                "data": {
                    "title": it.title.replace("|", ""),
                    "publishTime": f"{it.pub:%Y-%m-%d %H:%M:%S}",
                    "source": it.source,
                    "content": paras_html(it.paras),
                },
            },
        )

    ctx.handle(c, "/api/detail", api)
    ctx.record(c, [*look, *notes])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("detail_shell_post_api",))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("detail_shell_post_api", "later_list_page"))
    index_page(
        skin,
        "/xxgk/index.html",
        "信息公开",
        [("/xxgk/", "信息公开")],
        [("/xxgk/fzzfjs/", "法治政府建设", fz), ("/xxgk/tzgg/", "通知公告", tz)],
    )
    home(
        skin,
        [
            ("/xwzx/jhyw/", "蛟河要闻", news),
            ("/xxgk/tzgg/", "通知公告", tz),
            ("/xxgk/fzzfjs/", "法治政府建设", fz),
        ],
    )


# ====================================================================== 东辽县
def dongliao(ctx: Ctx9) -> None:
    """东辽县 (吉林 辽源), ``www.dongliao.gov.cn``: a TRS site whose column pages list only their
    newest 20 records (no pager: the list count is a template setting), while ``robots.txt`` names
    ``/sitemap.xml``, a sitemap index of one ``urlset`` per year (``/sitemap/sitemap_<YYYY>.xml``,
    with ``lastmod``) that names every article. Evidence: public crawlers of 广东人社
    (``hrss.gd.gov.cn/sitemap.xml``, filtered by path prefix), 工信部 and 发改委 (``www.miit.gov.cn
    /sitemap.xml``, ``so.ndrc.gov.cn/sitemap.xml``) enumerate government articles from sitemaps,
    and test fixtures read ``Sitemap:`` from a ``*.gov.cn`` ``robots.txt``; the capped lists and
    the per-year files are assumed. The 2023 report is in 法治政府建设; the 2019 report is in
    其他法定公开信息 below its newest 20, so only the sitemap names it."""
    c = County("dongliao", "东辽县", "吉林省", "辽源市", "220422", "www.dongliao.gov.cn")
    gk = "/zwgk/"
    nav = [("/", "首页"), ("/xwzx/dlyw/", "东辽要闻"), (gk, "政务公开")]
    skin = open_site(ctx, c, nav, dt.date(2024, 10, 16), skin=InfoSkin)
    ctx.robots_with_sitemap(c, f"{c.base}/sitemap.xml")
    every: list[Item] = []

    def column(col: str, name: str, trail, items: list[Item]) -> list[Item]:
        items = publish(skin, col, name, trail, items, lists=False)
        skin.list_pages(col, name, trail, items[:20], per=20)
        every.extend(items)
        return items

    news = column("/xwzx/dlyw/", "东辽要闻", [("/xwzx/dlyw/", "东辽要闻")], ctx.news(c, 260))
    r23 = ctx.new_report(
        c,
        2023,
        "东辽县人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-28 14:35",
        source="东辽县人民政府",
    )
    look = ctx.lookalikes_of(c, [("gov_work_report", 2024), ("assessment", 2024), ("plan", 2023)])
    fz = column(
        gk + "fzzfjs/",
        "法治政府建设",
        [(gk, "政务公开"), (gk + "fzzfjs/", "法治政府建设")],
        [r23, *look, *ctx.fillers(c, 8, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("sitemap_index",))
    r19 = ctx.new_report(
        c, 2019, "东辽县2019年度法治政府建设工作报告", pub="2020-03-31 09:05", source="东辽县司法局"
    )
    qt = column(
        gk + "qtfdgkxx/",
        "其他法定公开信息",
        [(gk, "政务公开"), (gk + "qtfdgkxx/", "其他法定公开信息")],
        [*newer(ctx, c, r19, 26, until=skin.clock), r19, *ctx.fillers(c, 8, "disclosure", (2019, 2019))],
    )
    assert qt.index(r19) >= 20
    ctx.truth_report(c, r19, 2019, html_copy(c, r19), kinds=("sitemap_index", "sitemap_only"))
    years = sorted({it.pub.year for it in every})
    for y in years:
        urls = "".join(
            f"<url><loc>{c.base}{it.path}</loc><lastmod>{it.pub:%Y-%m-%d}</lastmod></url>"
            for it in sorted(every, key=lambda d: d.pub)
            if it.pub.year == y
        )
        ctx.put(
            c,
            f"/sitemap/sitemap_{y}.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
            ctype="application/xml",
        )
    index = "".join(
        f"<sitemap><loc>{c.base}/sitemap/sitemap_{y}.xml</loc></sitemap>" for y in reversed(years)
    )
    ctx.put(
        c,
        "/sitemap.xml",
        f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>',
        ctype="application/xml",
    )
    index_page(
        skin,
        gk + "index.html",
        "政务公开",
        [(gk, "政务公开")],
        [(gk + "fzzfjs/", "法治政府建设", fz), (gk + "qtfdgkxx/", "其他法定公开信息", qt)],
    )
    home(skin, [("/xwzx/dlyw/", "东辽要闻", news), (gk, "政务公开", fz)])


# ====================================================================== 乾安县
class EmpireSkin(Skin):
    """An EmpireCMS-shaped county look (``/e/`` paths, ``/<class>/YYYY-MM-DD/<id>.html``)."""

    css = "ecms"


MORE = "/e/extend/getmore.php"


def ecms_row(it: Item) -> str:
    title = esc(it.title.replace("|", ""))
    return f'<li><a href="{esc(it.path)}" target="_blank">{title}</a><span>{it.date}</span></li>'


def qianan(ctx: Ctx9) -> None:
    """乾安县 (吉林 松原), ``www.jlqa.gov.cn``: an EmpireCMS-shaped site. A column page shows its
    first ten rows and a 点击加载更多 button whose script appends
    ``$.get("/e/extend/getmore.php",{classid,start:<rows shown>,num:10})``; the endpoint answers an
    HTML fragment of ``<li>`` rows and an empty body past the end; no page links the older rows.
    Evidence: public code of an EmpireCMS site appends ``/e/ikaimi/bzsajax.php?classid=29&page=N``
    fragments on 点击加载更多, and a JSP site's 点击加载更多内容 requests ``getMore?start=`` + the
    number of rows shown; articles ``/<class path>/YYYY-MM-DD/<id>.html`` are EmpireCMS's default
    (assumed here, as is the county's use of the pattern). The 2022 report is four loads down 通知公告;
    the 2020 report among the first rows of 法治政府建设."""
    c = County("qianan9", "乾安县", "吉林省", "松原市", "220723", "www.jlqa.gov.cn")
    nav = [
        ("/", "首页"),
        ("/xwzx/qayw/", "乾安要闻"),
        ("/zwgk/tzgg/", "通知公告"),
        ("/zwgk/fzzfjs/", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 12, 4), skin=EmpireSkin)
    classes: dict[str, list[Item]] = {}

    def column(classid: str, col: str, name: str, items: list[Item]) -> list[Item]:
        trail = [(col, name)]
        items = assign(ctx, items, lambda it: f"{col}{it.pub:%Y-%m-%d}/{it.uid}.html")
        write_items(skin, items, name, trail)
        classes[classid] = items
        rows = "".join(ecms_row(it) for it in items[:10])
        more = (
            '<div class="more"><a href="javascript:;" id="getMore">点击加载更多</a></div>'
            f'<script>$("#getMore").click(function(){{var start=$("#newsList li").length;'
            f'$.get("{MORE}",{{classid:{classid},start:start,num:10}},function(html){{'
            'if($.trim(html)){$("#newsList").append(html);}else{$("#getMore").text("没有更多了");}});});</script>'
            if len(items) > 10
            else ""
        )
        body = (
            f'{skin.crumbs(trail)}<div class="listbox"><h2>{esc(name)}</h2>'
            f'<ul id="newsList">{rows or "<li>暂无信息</li>"}</ul>{more}</div>'
        )
        skin.put(col + "index.html", skin.page(f"{name}_{skin.site_name}", body))
        return items

    news = column("2", "/xwzx/qayw/", "乾安要闻", ctx.news(c, 280))
    r22 = ctx.new_report(
        c,
        2022,
        "乾安县人民政府关于2022年度法治政府建设情况的报告",
        pub="2023-03-30 16:25",
        source="乾安县人民政府",
    )
    notes = ctx.lookalikes_of(c, [("notice", 2023), ("meeting", 2023)])
    tz = column(
        "12",
        "/zwgk/tzgg/",
        "通知公告",
        [
            *newer(ctx, c, r22, 36, "notice", skin.clock),
            r22,
            *notes,
            *ctx.fillers(c, 14, "notice", (2019, 2022)),
        ],
    )
    assert tz.index(r22) >= 30
    ctx.record(c, notes)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("load_more_offset", "later_list_page"))
    r20 = ctx.new_report(
        c, 2020, "乾安县2020年法治政府建设工作报告", pub="2021-03-29 11:55", source="乾安县司法局"
    )
    look = ctx.lookalikes_of(c, [("shufa", 2021), ("text_interp", 2021)])
    fz = column(
        "15", "/zwgk/fzzfjs/", "法治政府建设", [r20, *look, *ctx.fillers(c, 12, "disclosure", (2019, 2020))]
    )
    assert fz.index(r20) < 10
    ctx.record(c, look)
    ctx.truth_report(c, r20, 2020, html_copy(c, r20), kinds=("load_more_offset",))

    def more(req: Request) -> Resource:
        q = req.params()
        items = classes.get(q.get("classid", ""), [])
        start, n = max(num(q.get("start", "0"), 0), 0), min(max(num(q.get("num", "10"), 10), 1), 30)
        rows = "".join(ecms_row(it) for it in items[start : start + n])
        return Resource(rows.encode(), "text/html; charset=utf-8", modified=STAMP)

    ctx.handle(c, MORE, more)
    home(
        skin,
        [
            ("/xwzx/qayw/", "乾安要闻", news),
            ("/zwgk/tzgg/", "通知公告", tz),
            ("/zwgk/fzzfjs/", "法治政府建设", fz),
        ],
    )


# ====================================================================== 南华县
IGS = "/igs/front/search/list.html"


def nanhua(ctx: Ctx9) -> None:
    """南华县 (云南 楚雄), ``https://www.ynnh.gov.cn``: the 信息公开 columns are shells filled from
    the TRS 海云 IGS search endpoint: ``GET /igs/front/search/list.html?index=<index>&type=<type>&
    pageNumber=N&pageSize=10&siteId=…&filter[SITEID]=…&filter[CHNLDESC]=<column name>&
    orderProperty=PUBDATE&orderDirection=desc`` answering ``{"page":{"content":[{"DOCTITLE",
    "DOCPUBURL","PUBDATE","CHNLDESC"}],"totalPages","totalElements","number"}}``; an unknown
    ``index`` answers 500. Evidence: public crawlers of ``www.gxzf.gov.cn``, ``gxggzy.gxzf.gov.cn``,
    ``www.hubei.gov.cn``, ``fgw.hubei.gov.cn`` and ``lyj.hubei.gov.cn`` page this endpoint with these
    parameters and read ``page.content[].DOCTITLE``/``DOCPUBURL``/``PUBDATE``; a county's column
    pages built on it (and its ``index``/``type`` names) are assumed. The 2024 report is on the
    endpoint's second page of 其他法定公开信息; the 2022 report in 法治政府建设."""
    c = County("nanhua", "南华县", "云南省", "楚雄彝族自治州", "532324", "www.ynnh.gov.cn", scheme="https")
    nav = [("/", "首页"), ("/xwzx/nhyw/", "南华要闻"), ("/zfxxgk/index.html", "政府信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2025, 9, 8), skin=InfoSkin)
    news = news_column(skin, "/xwzx/nhyw/", "南华要闻", 270)
    index, kind, site = "nhxrmzf-index-alias", "govdoc", "27"
    r24 = ctx.new_report(
        c,
        2024,
        "南华县人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-31 18:00",
        source="南华县人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "南华县2022年法治政府建设年度报告", pub="2023-03-27 11:35", source="南华县司法局"
    )
    look = ctx.lookalikes_of(c, [("gov_work_report", 2023), ("duty_report", 2023), ("interpretation", 2023)])
    cols = {
        "qtfdgkxx": (
            "其他法定公开信息",
            [*newer(ctx, c, r24, 12, until=skin.clock), r24, *ctx.fillers(c, 18, "disclosure", (2019, 2024))],
        ),
        "fzzfjs": ("法治政府建设", [r22, *look, *ctx.fillers(c, 6, "disclosure")]),
        "zcjd": ("政策解读", ctx.fillers(c, 22, "jiedu")),
    }
    by_name: dict[str, list[Item]] = {}
    trail0 = [("/zfxxgk/index.html", "政府信息公开")]
    boxes = []
    for key, (cname, items) in cols.items():
        col = f"/zfxxgk/fdzdgknr/{key}/"
        trail = [*trail0, (col + "index.html", cname)]
        items = assign(ctx, items, lambda it, col=col: f"{col}{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid}.html")
        write_items(skin, items, cname, trail)
        by_name[cname] = items
        boxes.append((col + "index.html", cname, []))
        cfg = json.dumps(
            {"index": index, "type": kind, "siteId": site, "chnl": cname, "size": 10}, ensure_ascii=False
        )
        hook = (
            '<ul class="list" id="igsList"></ul><div class="page" id="igsPage"></div>'
            f"<script>var igs = {cfg};"
            f'function loadList(p){{$.getJSON("{IGS}?index="+igs.index+"&type="+igs.type+"&pageNumber="+p+'
            '"&pageSize="+igs.size+"&siteId="+igs.siteId+"&filter[SITEID]="+igs.siteId+"&filter[CHNLDESC]="+'
            'encodeURIComponent(igs.chnl)+"&orderProperty=PUBDATE&orderDirection=desc",function(d){var s="";'
            "$.each(d.page.content,function(i,o){s+='<li><a href=\"'+o.DOCPUBURL+'\" target=\"_blank\">'"
            "+o.DOCTITLE+"
            "'</a><span>'+o.PUBDATE.substr(0,10)+'</span></li>';});$(\"#igsList\").html(s);"
            'laypage({cont:"igsPage",pages:d.page.totalPages,curr:p,'
            "jump:function(o,first){if(!first)loadList(o.curr);}});});}"
            "loadList(1);</script>"
        )
        shell(skin, col + "index.html", cname, trail, hook)
    assert by_name["其他法定公开信息"].index(r24) >= 10

    def api(req: Request) -> Resource:
        q = req.params()
        if q.get("index") != index:
            return json_answer(
                500,
                {
                    "timestamp": "2025-09-08T03:12:45.118+0000",
                    "status": 500,
                    "error": "Internal Server Error",
                    "message": "index not found",
                    "path": IGS,
                },
            )
        items = (
            by_name.get(q.get("filter[CHNLDESC]", ""), []) if q.get("filter[SITEID]", site) == site else []
        )
        n, size = num(q.get("pageNumber", "1")), min(max(num(q.get("pageSize", "10"), 10), 1), 100)
        rows = items[(n - 1) * size : n * size]
        return json_answer(
            200,
            {
                "page": {
                    "content": [
                        {
                            "DOCTITLE": it.title.replace("|", ""),
                            "DOCPUBURL": c.base + it.path,
                            "PUBDATE": f"{it.pub:%Y-%m-%d %H:%M:%S}",
                            "CHNLDESC": q.get("filter[CHNLDESC]", ""),
                        }
                        for it in rows
                    ],
                    "totalElements": len(items),
                    "totalPages": -(-len(items) // size),
                    "number": n - 1,
                    "size": size,
                }
            },
        )

    ctx.handle(c, IGS, api)
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("igs_search_json", "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("igs_search_json",))
    index_page(skin, "/zfxxgk/index.html", "政府信息公开", trail0, boxes)
    home(skin, [("/xwzx/nhyw/", "南华要闻", news), ("/zfxxgk/index.html", "政府信息公开", [])])
