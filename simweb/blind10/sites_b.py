"""Blind10 sites whose lists, links or bodies need a mechanism no earlier blind web has: a 陇南
county on a ThinkPHP site whose every page is routed through the query string
(``/index.php?s=/List/index/cid/58/p/2.html``), a 陇南 district on an XunRuiCMS-shaped site
(``/index.php?s=news&c=category&id=35&page=2``, ``…&c=show&id=…``), a 定西 county whose columns
are shells filled by POSTing ``type`` and ``p`` to a ThinkPHP action that answers JSON holding an
HTML table (``{"status":1,"content":"<table>…","page":"…"}``), and a 临夏 county whose site is a
single-page application over Struts2 actions (``publicResourceAction!eachJsonQueryAllNewManageList
.action?newManage.newType=5&page=N&rows=15`` → ``{"total","rows":[{newManageId,…}]}``), its
article URLs built from the ids and its article pages one shell filled from another action.

Every site's docstring names the real evidence it follows and what is assumed.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote, unquote

from ..blind.core import chunks, paras_html
from ..blind.sites_a import home, index_page
from ..blind.skins import Skin
from ..blind2.core import news_column, open_site
from ..blind4.sites_a import InfoSkin
from ..model import Request, Resource
from .core import (
    STAMP,
    County,
    Ctx10,
    Item,
    assign,
    esc,
    html_copy,
    json_answer,
    newer,
    num,
    row,
    shell,
    write_items,
)

NOT_FOUND_TP = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>系统发生错误</title></head>'
    '<body><div class="error"><p class="face">:(</p><h1>页面错误！请稍后再试～</h1></div></body></html>'
)


def _html(text: str, modified: dt.datetime | None = None, status: int = 200) -> Resource:
    return Resource(
        text.encode("utf-8"), "text/html; charset=utf-8", status=status, modified=modified or STAMP
    )


def _page(skin: Skin, text: str, modified: dt.datetime | None = None) -> Resource:
    """A page of ``skin``'s site answered by a handler, with the site's own ICP prefix."""
    return _html(skin.ctx.icp(skin.c.host, text), modified)


# ====================================================================== 成县
def tp_pager(route: str, n: int, pages: int, total: int) -> str:
    """ThinkPHP 3.2 ``Page::show()`` output: ``N 条记录 n/pages 页`` then 上一页, numbers, 下一页,
    尾页, every link a ``?s=`` route."""
    link = lambda k: f"/index.php?s={route}/p/{k}.html"  # noqa: E731
    parts = [f"{total} 条记录 {n}/{pages} 页 "]
    if n > 1:
        parts.append(f'<a class="prev" href="{link(n - 1)}">上一页</a>')
    for k in range(max(1, n - 2), min(pages, n + 2) + 1):
        parts.append(
            f'<span class="current">{k}</span>' if k == n else f'<a class="num" href="{link(k)}">{k}</a>'
        )
    if n < pages:
        parts.append(f'<a class="next" href="{link(n + 1)}">下一页</a>')
        parts.append(f'<a class="end" href="{link(pages)}">尾页</a>')
    return f'<div class="pages">{"".join(parts)}</div>'


def tp_copies(c: County, it: Item, kind: str = "html") -> list[dict]:
    """The URLs at which a ThinkPHP article answers: the linked ``?s=/Show/…`` route, the same
    route with its slashes percent-encoded (``?s=%2FShow%2F…``, how a client that re-encodes
    query values writes it; PHP decodes both alike) and the PATHINFO twin."""
    route = it.path.split("=", 1)[1]
    return [
        {"url": c.base + it.path, "kind": kind},
        {"url": f"{c.base}/index.php?s={quote(route, safe='')}", "kind": kind},
        {"url": f"{c.base}/index.php{route}", "kind": kind},
    ]


def chengxian(ctx: Ctx10) -> None:
    """成县 (甘肃 陇南), ``www.gscx.gov.cn``: a ThinkPHP site on which every page is a route in
    the query string: lists ``/index.php?s=/List/index/cid/<cid>.html`` and
    ``…/cid/<cid>/p/<n>.html`` (ThinkPHP ``Page`` pagers: ``N 条记录 n/m 页``, 上一页, numbers,
    下一页, 尾页), articles ``/index.php?s=/Show/index/cid/<cid>/id/<id>.html``; the same routes
    answer as PATHINFO (``/index.php/List/index/cid/58.html``), an unknown route ThinkPHP's
    “页面错误！请稍后再试～”. Evidence: a public crawler config lists
    ``www.gscxsyj.gov.cn/index.php?s=/List/index/cid/15.html`` (成县's own 食药监 site); a city
    portal links ``www.tiexi.gov.cn/index.php?s=/bss/www.html``; ``wsjkw.hlj.gov.cn/index.php/Home
    /Zwgk/all/typeid/42`` is the PATHINFO form. The county portal's use of it, the ``Show`` route
    and the cids are assumed. The 2024 report and 陇南市's reposted report are in 法治政府建设; the
    2022 report is on the third page of 通知公告."""
    c = County("chengxian", "成县", "甘肃省", "陇南市", "621221", "www.gscx.gov.cn")
    L = lambda cid: f"/index.php?s=/List/index/cid/{cid}.html"  # noqa: E731
    nav = [
        ("/", "首页"),
        (L(2), "成县要闻"),
        (L(12), "通知公告"),
        (L(58), "法治政府建设"),
        (L(61), "政策解读"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 20))
    routes: dict[str, Resource] = {}

    def column(cid: int, name: str, items: list[Item], per: int = 15) -> list[Item]:
        items = assign(ctx, items, lambda it: f"/index.php?s=/Show/index/cid/{cid}/id/{it.uid}.html")
        trail = [(L(cid), name)]
        for it in items:
            routes[it.path.split("=", 1)[1]] = _page(skin, skin.article(it, name, trail), it.pub)
        pages = chunks(items, per)
        for n, chunk in enumerate(pages, 1):
            rows = "".join(row(it) for it in chunk)
            base = f"/List/index/cid/{cid}"
            body = (
                f'{skin.crumbs(trail)}<div class="right"><div class="lm-title"><h2>{esc(name)}</h2></div>'
                f'<ul class="list">{rows}</ul>{tp_pager(base, n, len(pages), len(items))}</div>'
            )
            page = _page(skin, skin.page(f"{name}_{skin.site_name}", body))
            routes[f"{base}/p/{n}.html"] = page
            if n == 1:
                routes[f"{base}.html"] = page
        return items

    news = column(2, "成县要闻", ctx.news(c, 330))
    r24 = ctx.new_report(
        c,
        2024,
        "成县人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-26 16:40",
        source="成县人民政府",
    )
    ln = ctx.higher("陇南市", 2024, "省委、省政府", "2025-04-02 10:00")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("xxgk_annual", 2024), ("meeting", 2024)])
    fz = column(58, "法治政府建设", [r24, ln, *look, *ctx.fillers(c, 9, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, tp_copies(c, r24), kinds=("thinkphp_s_route",))
    ctx.truth_report(
        c,
        ln,
        2024,
        tp_copies(c, ln, "republication"),
        kinds=("higher_repost",),
        region="陇南市",
        higher=True,
    )
    r22 = ctx.new_report(
        c, 2022, "成县2022年法治政府建设工作报告", pub="2023-03-30 11:05", source="成县司法局"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2023)])
    tz = column(
        12,
        "通知公告",
        [
            *newer(ctx, c, r22, 32, "notice", skin.clock),
            r22,
            *notes,
            *ctx.fillers(c, 12, "notice", (2019, 2022)),
        ],
    )
    assert tz.index(r22) >= 30
    ctx.record(c, notes)
    ctx.truth_report(c, r22, 2022, tp_copies(c, r22), kinds=("thinkphp_s_route", "later_list_page"))
    jd = column(61, "政策解读", ctx.fillers(c, 40, "jiedu"))

    def answer(route: str) -> Resource:
        return routes.get(route) or _html(NOT_FOUND_TP, status=404)

    def entry(req: Request) -> Resource:
        route = req.params().get("s", "")
        return answer(route) if route else ctx.web.resources[(c.host, "/", "")]

    ctx.handle(c, "/index.php", entry)
    ctx.handle_prefix(c, "/index.php/", lambda req: answer(unquote(req.path)[len("/index.php") :]))
    home(
        skin,
        [
            (L(2), "成县要闻", news),
            (L(12), "通知公告", tz),
            (L(58), "法治政府建设", fz),
            (L(61), "政策解读", jd),
        ],
    )


# ====================================================================== 武都区
def xr_pager(cat: int, n: int, pages: int) -> str:
    """XunRuiCMS's bootstrap pagination: 首页, 上一页, numbers, 下一页, 尾页."""
    link = lambda k: f"/index.php?s=news&amp;c=category&amp;id={cat}&amp;page={k}"  # noqa: E731
    lis = [f'<li><a href="{link(1)}">首页</a></li>']
    if n > 1:
        lis.append(f'<li><a href="{link(n - 1)}">上一页</a></li>')
    for k in range(max(1, n - 3), min(pages, n + 3) + 1):
        lis.append(
            f'<li class="active"><a>{k}</a></li>' if k == n else f'<li><a href="{link(k)}">{k}</a></li>'
        )
    if n < pages:
        lis.append(f'<li><a href="{link(n + 1)}">下一页</a></li>')
    lis.append(f'<li><a href="{link(pages)}">尾页</a></li>')
    return f'<ul class="pagination">{"".join(lis)}</ul>'


def wudu(ctx: Ctx10) -> None:
    """武都区 (甘肃 陇南), ``www.gslnwd.gov.cn``: an XunRuiCMS-shaped site: column pages
    ``/index.php?s=news&c=category&id=<cat>`` and ``…&page=<n>`` (bootstrap ``pagination``:
    首页, 上一页, numbers, 下一页, 尾页), articles ``/index.php?s=news&c=show&id=<id>``; parameters
    may come in any order, an unknown id answers “内容不存在”. Evidence: a public CrawlSpider for
    ``www.datong.gov.cn`` follows ``/index\\.php\\?s=news&c=category&id=\\d+`` and parses
    ``/index\\.php\\?s=news&c=show&id=\\d+``; a public spider pages
    ``ylbz.yn.gov.cn/index.php?s=form&c=ylfwxm&m=page&page={}``; the district's use and the
    category ids are assumed. The 2023 report and 甘肃省's reposted report are in 法治政府建设; the
    2021 report on the second page of 其他法定公开信息; the 区司法局's own report in 部门动态."""
    c = County("wudu", "武都区", "甘肃省", "陇南市", "621202", "www.gslnwd.gov.cn")
    C = lambda cat: f"/index.php?s=news&c=category&id={cat}"  # noqa: E731
    nav = [
        ("/", "首页"),
        (C(3), "武都要闻"),
        (C(27), "部门动态"),
        (C(35), "法治政府建设"),
        (C(41), "其他法定公开信息"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 12, 4), skin=InfoSkin)
    lists: dict[tuple[int, int], Resource] = {}
    shows: dict[int, Resource] = {}

    def column(cat: int, name: str, items: list[Item], per: int = 20) -> list[Item]:
        items = assign(ctx, items, lambda it: f"/index.php?s=news&c=show&id={it.uid}")
        trail = [(C(cat), name)]
        for it in items:
            shows[it.uid] = _page(skin, skin.article(it, name, trail), it.pub)
        pages = chunks(items, per)
        for n, chunk in enumerate(pages, 1):
            rows = "".join(row(it) for it in chunk)
            body = (
                f'{skin.crumbs(trail)}<div class="right"><div class="lm-title"><h2>{esc(name)}</h2></div>'
                f'<ul class="list">{rows}</ul>{xr_pager(cat, n, len(pages)) if len(pages) > 1 else ""}</div>'
            )
            lists[(cat, n)] = _page(skin, skin.page(f"{name}_{skin.site_name}", body))
        return items

    news = column(3, "武都要闻", ctx.news(c, 300))
    r23 = ctx.new_report(
        c,
        2023,
        "武都区人民政府关于2023年度法治政府建设工作情况的报告",
        pub="2024-03-28 09:30",
        source="武都区人民政府",
    )
    gs = ctx.higher("甘肃省", 2023, "党中央、国务院", "2024-03-29 18:00")
    look = ctx.lookalikes_of(c, [("duty_report", 2023), ("assessment", 2024), ("gov_work_report", 2024)])
    fz = column(35, "法治政府建设", [r23, gs, *look, *ctx.fillers(c, 10, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("xunrui_query_route",))
    ctx.record_higher(c, gs, 2023, c.base + gs.path)
    r21 = ctx.new_report(
        c, 2021, "武都区2021年法治政府建设情况报告", pub="2022-03-29 15:20", source="武都区司法局"
    )
    qt = column(
        41,
        "其他法定公开信息",
        [*newer(ctx, c, r21, 24, until=skin.clock), r21, *ctx.fillers(c, 10, "disclosure", (2019, 2021))],
    )
    assert qt.index(r21) >= 20
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("xunrui_query_route", "later_list_page"))
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-26 10:40")
    bm = column(27, "部门动态", [dep, *ctx.fillers(c, 30, "notice")])
    ctx.record_department(c, dep, 2023, c.base + dep.path)

    def answer(req: Request) -> Resource:
        q = req.params()
        if q.get("s") != "news":
            return _html(NOT_FOUND_TP, status=404)
        if q.get("c") == "show":
            return shows.get(num(q.get("id", "0"), 0)) or _html("<h1>内容不存在</h1>", status=404)
        if q.get("c") == "category":
            return lists.get((num(q.get("id", "0"), 0), num(q.get("page", "1")))) or _html(
                "<h1>栏目不存在</h1>", status=404
            )
        return _html(NOT_FOUND_TP, status=404)

    ctx.handle(c, "/index.php", answer)
    home(
        skin,
        [
            (C(3), "武都要闻", news),
            (C(35), "法治政府建设", fz),
            (C(41), "其他法定公开信息", qt),
            (C(27), "部门动态", bm),
        ],
    )


# ====================================================================== 临洮县
LT_API = "/index.php/home/Index/getnewslist/"


def lintao(ctx: Ctx10) -> None:
    """临洮县 (甘肃 定西), ``www.lintao.gov.cn``: a ThinkPHP site whose column pages
    (``/index.php/home/Index/newslist/type/<type>.html``) hold an empty table; their script POSTs
    the form ``type=<type>&p=<n>`` to ``/index.php/home/Index/getnewslist/``, which answers JSON
    ``{"status":1,"count":N,"content":"<table>…</table>","page":"…"}``: ``content`` is an HTML
    table whose first row is the header and whose last row is the 共N条 line, every other row one
    article (``/index.php/home/Index/newsdetail/id/<id>.html``); ``page`` holds pager links
    ``javascript:getList(n)``; a GET answers ``{"status":0,"info":"非法请求"}``. Evidence: public
    code POSTs ``type=25&p=`` + page to ``www.csfdc.gov.cn/index.php/home/Index/getnewslist/``
    (长沙 房产局), reads the JSON ``content`` and parses its ``table tr`` rows from the second to
    the one before last; the county's use, the detail route and the ``page`` field are assumed.
    The 2023 report is on the endpoint's second page of 其他法定公开信息; the 2021 report and
    定西市's reposted report are in 法治政府建设."""
    c = County("lintao", "临洮县", "甘肃省", "定西市", "621124", "www.lintao.gov.cn")
    T = lambda t: f"/index.php/home/Index/newslist/type/{t}.html"  # noqa: E731
    nav = [
        ("/", "首页"),
        ("/ltyw/", "临洮要闻"),
        (T(25), "法治政府建设"),
        (T(31), "其他法定公开信息"),
        (T(33), "通知公告"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 9, 10))
    news = news_column(skin, "/ltyw/", "临洮要闻", 280)
    r23 = ctx.new_report(
        c,
        2023,
        "临洮县人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-27 17:15",
        source="临洮县人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "临洮县2021年度法治政府建设工作报告", pub="2022-03-31 09:50", source="临洮县司法局"
    )
    dx = ctx.higher("定西市", 2021, "省委、省政府", "2022-04-08 16:20")
    look = ctx.lookalikes_of(c, [("shufa", 2022), ("interpretation", 2024), ("demo_news", 2023)])
    notes = ctx.lookalikes_of(c, [("notice", 2024)])
    cols = {
        25: ("法治政府建设", [r21, dx, *look, *ctx.fillers(c, 9, "disclosure")]),
        31: (
            "其他法定公开信息",
            [*newer(ctx, c, r23, 19, until=skin.clock), r23, *ctx.fillers(c, 14, "disclosure", (2019, 2023))],
        ),
        33: ("通知公告", [*notes, *ctx.fillers(c, 45, "notice")]),
    }
    lists: dict[int, list[Item]] = {}
    for t, (name, items) in cols.items():
        items = assign(ctx, items, lambda it: f"/index.php/home/Index/newsdetail/id/{it.uid}.html")
        write_items(skin, items, name, [(T(t), name)])
        lists[t] = items
        hook = (
            '<div class="newslist"><table id="newsTable" class="table'
            '"></table></div><div class="pageBar" id="pageBar"></div>'
            f'<script>var type = {t};function getList(p){{$.post("{LT_API}",{{type:type,p:p}},function(d){{'
            'if(d.status==1){$("#newsTable").html(d.content);$("#pageBar").html(d.page);}},"json");}'
            "$(function(){getList(1);});</script>"
        )
        shell(skin, T(t), name, [(T(t), name)], hook)
    assert lists[31].index(r23) >= 15
    size, cur = 15, ' class="cur"'

    def api(req: Request) -> Resource:
        if req.method != "POST":
            return json_answer(200, {"status": 0, "info": "非法请求"})
        q = req.params()
        items = lists.get(num(q.get("type", "0"), 0), [])
        p = num(q.get("p", "1"))
        pages = max(1, -(-len(items) // size))
        rows = "".join(
            f'<tr><td class="tit"><a href="{it.path}" target="'
            f'_blank" title="{esc(it.title.replace("|", ""))}">'
            f'{esc(it.title.replace("|", ""))}</a></td><td class="date">{it.date}</td></tr>'
            for it in items[(p - 1) * size : p * size]
        )
        content = (
            "<tr><th>标题</th><th>发布日期</th></tr>"
            f'{rows}<tr><td colspan="2">共{len(items)}条 第{p}/{pages}页</td></tr>'
        )
        links = "".join(
            f'<a href="javascript:getList({k})"{cur if k == p else ""}>{k}</a>' for k in range(1, pages + 1)
        )
        if p < pages:
            links += f'<a href="javascript:getList({p + 1})">下一页</a>'
        return json_answer(
            200, {"status": 1, "count": len(items), "content": f"<table>{content}</table>", "page": links}
        )

    ctx.handle(c, LT_API, api)
    ctx.record(c, [*look, *notes])
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("post_json_table_content", "api_later_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("post_json_table_content",))
    ctx.record_higher(c, dx, 2021, c.base + dx.path)
    index_page(
        skin,
        "/zwgk/index.html",
        "政务公开",
        [("/zwgk/", "政务公开")],
        [(T(t), name, []) for t, (name, _) in cols.items()],
    )
    home(skin, [("/ltyw/", "临洮要闻", news), ("/zwgk/index.html", "政务公开", [])])


# ====================================================================== 康乐县
ACT_LIST = "/publicResourceAction!eachJsonQueryAllNewManageList.action"
ACT_ONE = "/publicResourceAction!eachJsonQueryNewManageById.action"
KL_TYPES = {1: "康乐要闻", 2: "通知公告", 5: "法治政府建设", 6: "政策解读"}


def kangle(ctx: Ctx10) -> None:
    """康乐县 (甘肃 临夏), ``www.gskanglexian.gov.cn`` (https): a Vue single-page site over Struts2
    actions. Every page (``/``, ``/list?newType=<t>&nav=<k>``, ``/content?id=<id>&newType=<t>``)
    is one shell: the template's header, menu and footer, an empty ``#app`` and an inline script
    that routes on ``location.pathname``. A list GETs
    ``/publicResourceAction!eachJsonQueryAllNewManageList.action?newManage.newType=<t>&page=<n>
    &rows=15`` → ``{"total":N,"result":"success","rows":[{"newManageId","title","createTimeDay",
    "source",…}]}`` and builds each link as ``/content?id=`` + ``newManageId`` + ``&newType=<t>``;
    an article GETs ``…!eachJsonQueryNewManageById.action?newManage.newManageId=<id>`` →
    ``{"result":"success","newManage":{"title","createTime","source","content"}}``. Evidence: the
    public API notes of a 河长制 government platform (杭州市河长办) give
    ``publicResourceAction!eachJsonQueryAllNewManageList.action?page=1&rows=15&newManage.newType=1``
    with exactly this ``total``/``rows``/``newManageId`` answer, and Vue ``router-link``\\s to
    ``{path:'/content',query:{id:newManageId,newType,nav}}`` and ``/list?newType=&nav=``; the
    county's use of it and the by-id action are assumed. The 2024 report is on the action's
    second page of 法治政府建设 beside 临夏州's reposted report; the 2022 report in 通知公告."""
    c = County(
        "kangle", "康乐县", "甘肃省", "临夏回族自治州", "622922", "www.gskanglexian.gov.cn", scheme="https"
    )
    nav = [
        ("/", "首页"),
        *((f"/list?newType={t}&nav={k}", n) for k, (t, n) in enumerate(KL_TYPES.items(), 1)),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 26))
    r24 = ctx.new_report(
        c,
        2024,
        "康乐县人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-28 15:30",
        source="康乐县人民政府",
    )
    lx = ctx.higher("临夏回族自治州", 2024, "省委、省政府", "2025-04-03 11:20")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("assessment", 2025), ("meeting_topic", 2024)])
    r22 = ctx.new_report(
        c, 2022, "康乐县2022年法治政府建设年度报告", pub="2023-03-29 10:10", source="康乐县司法局"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2023), ("xxgk_annual", 2022)])
    cols: dict[int, list[Item]] = {
        1: ctx.news(c, 260),
        2: [r22, *notes, *ctx.fillers(c, 40, "notice", (2019, 2025))],
        5: [
            *newer(ctx, c, r24, 16, until=skin.clock),
            r24,
            lx,
            *look,
            *ctx.fillers(c, 8, "disclosure", (2019, 2024)),
        ],
        6: ctx.fillers(c, 30, "jiedu"),
    }
    docs: dict[int, Item] = {}
    for t, items in cols.items():
        cols[t] = items = assign(ctx, items, lambda it, t=t: f"/content?id={it.uid}&newType={t}")
        for it in items:
            docs[it.uid] = it
    assert cols[5].index(r24) >= 15
    script = (
        '<script>var API={list:"' + ACT_LIST + '",one:"' + ACT_ONE + '"};var ROWS=15;'
        "function q(n){var m=new RegExp('[?&]'+n+'=([^&]*)').exec"
        "(location.search);return m?decodeURIComponent(m[1]):'';}"
        "function loadList(t,p){$.getJSON(API.list,{'newManag"
        "e.newType':t,page:p,rows:ROWS},function(d){var s='';"
        "$.each(d.rows,function(i,o){s+='<li><a href=\"/content?id"
        "='+o.newManageId+'&newType='+t+'\" title=\"'+o.title+'\">'"
        "+o.title+'</a><span>'+o.createTimeDay+'</span></li"
        ">';});$('#app').html('<ul class=\"list\">'+s+'</ul>"
        '<div class="pager" id="pager"></div>\');var n=Math.ceil(d.total/ROWS);for(var k=1;k<=n;k++){'
        "$('#pager').append($('<a href=\"javascript:;\">'+k+'</a>').cli"
        "ck((function(k){return function(){loadList(t,k);};})(k)));}});}"
        "function loadOne(id){$.getJSON(API.one,{'newManage.newManageId':id},function(d){var a=d.newManage;"
        "document.title=a.title;$('#app').html('<h2 class=\"tit"
        "le\">'+a.title+'</h2><div class=\"info\">来源:'+a.source"
        "+' 发布时间:'+a.createTime+'</div><div class=\"content\">'+a.content+'</div>');});}"
        "$(function(){if(location.pathname=='/list'){loadList(q"
        "('newType'),1);}else if(location.pathname=='/content')"
        "{loadOne(q('id'));}else{$.each([1,2,5],function(i,t){loadList(t,1);});}});</script>"
    )
    body = (
        '<div class="position">您当前的位置:<a href="/">首页</a></div><div id="app"><p>加载中...</p></div>'
        + script
    )
    page = ctx.icp(c.host, skin.page(skin.site_name, body)).encode("utf-8")
    spa = lambda req: Resource(page, "text/html; charset=utf-8", modified=STAMP)  # noqa: E731
    for path in ("/", "/index.html", "/list", "/content"):
        ctx.handle(c, path, spa)

    def act(req: Request) -> Resource:
        path, q = unquote(req.path), req.params()
        if path == ACT_LIST:
            items = cols.get(num(q.get("newManage.newType", "0"), 0), [])
            p, rows = num(q.get("page", "1")), min(max(num(q.get("rows", "15"), 15), 1), 50)
            out = [
                {
                    "newManageId": it.uid,
                    "title": it.title.replace("|", ""),
                    "createTimeDay": it.date,
                    "createTimeNew": int(it.pub.timestamp() * 1000),
                    "source": it.source,
                    "newType": KL_TYPES.get(num(q.get("newManage.newType", "0"), 0), ""),
                    "institution": c.name,
                }
                for it in items[(p - 1) * rows : p * rows]
            ]
            return json_answer(200, {"total": len(items), "result": "success", "rows": out})
        if path == ACT_ONE:
            it = docs.get(num(q.get("newManage.newManageId", "0"), 0))
            if it is None:
                return json_answer(200, {"result": "error", "newManage": None})
            return json_answer(
                200,
                {
                    "result": "success",
                    "newManage": {
                        "newManageId": it.uid,
                        "title": it.title.replace("|", ""),
                        "createTime": f"{it.pub:%Y-%m-%d %H:%M:%S} ",
                        "source": it.source,
                        "content": paras_html(it.paras),
                    },
                },
            )
        return Resource(b"<h1>HTTP Status 404 - There is no Action mapped</h1>", "text/html", status=404)

    ctx.handle_prefix(c, "/publicResourceAction", act)
    ctx.record(c, [*look, *notes])
    ctx.truth_report(
        c, r24, 2024, html_copy(c, r24), kinds=("struts_rows_json", "spa_action_body", "api_later_page")
    )
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("struts_rows_json", "spa_action_body"))
    ctx.record_higher(c, lx, 2024, c.base + lx.path)
