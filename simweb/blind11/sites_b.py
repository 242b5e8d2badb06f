"""Blind11 sites whose lists, links or bodies need a mechanism no earlier blind web has: a 梅州
district on DedeCMS's dynamic list script (``/plus/list.php?tid=N&TotalResult=T&PageNo=P``,
articles ``/plus/view.php?aid=N``), a 梅州 city whose list pages are paged only by a ``<select>``
(``onchange="window.location.href=this.value"``), a 梅州 county whose Vue site routes in the
URL fragment (``/#/list?cid=12``) and fills its lists from a RuoYi-style ``/prod-api`` JSON
action named only in its bundled script, a 河源 district whose JSP templates declare ``<base
href="http://host/">`` and write every link relative to it without a leading slash, and a 河源
county on Epoint's ``showinfo/moreinfo.aspx?categoryNum=…&Paging=N`` lists whose pager links
are query-only (``href="?categoryNum=…&Paging=2"``).

Every site's docstring names the real evidence it follows and what is assumed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from .. import files
from ..blind.core import chunks
from ..blind.sites_a import home, index_page, publish
from ..blind.skins import Skin
from ..blind2.core import open_site
from ..blind4.sites_a import InfoSkin
from ..model import Request, Resource
from .core import (
    STAMP,
    County,
    Ctx11,
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


def _html(skin: Skin, text: str, status: int = 200) -> Resource:
    return Resource(
        skin.ctx.icp(skin.c.host, text).encode("utf-8"),
        "text/html; charset=utf-8",
        status=status,
        modified=STAMP,
    )


def _rows(items: list[Item], href: Callable[[Item], str] | None = None) -> str:
    return "".join(
        f'<li><a href="{esc(href(it) if href else it.path)}" title="{esc(it.title.replace("|", ""))}" '
        f'target="_blank">{esc(it.title.replace("|", ""))}</a><span class="date">{it.date}</span></li>'
        for it in items
    )


# ====================================================================== 梅县区
def dede_pager(tid: int, total: int, pages: int, n: int) -> str:
    """DedeCMS ``{dede:pagelist listitem="index,pre,pageno,next,end,info"}`` on a dynamic list:
    links relative to ``/plus/`` (``list.php?tid=…&TotalResult=…&PageNo=…``), five numbers."""
    link = lambda k: f"list.php?tid={tid}&amp;TotalResult={total}&amp;PageNo={k}"  # noqa: E731
    out = [f"<li><a href='{link(1)}'>首页</a></li>"]
    if n > 1:
        out.append(f"<li><a href='{link(n - 1)}'>上一页</a></li>")
    lo = max(1, min(n - 2, pages - 4))
    for k in range(lo, min(pages, lo + 4) + 1):
        out.append(f'<li class="thisclass">{k}</li>' if k == n else f"<li><a href='{link(k)}'>{k}</a></li>")
    if n < pages:
        out.append(f"<li><a href='{link(n + 1)}'>下一页</a></li>")
    out.append(f"<li><a href='{link(pages)}'>末页</a></li>")
    out.append(
        f'<li><span class="pageinfo">共 <strong>{pages}</strong>页<strong>{total}</strong>条</span></li>'
    )
    return f'<div class="dede_pages"><ul class="pagelist">{"".join(out)}</ul></div>'


def meixian(ctx: Ctx11) -> None:
    """梅县区 (广东 梅州), ``www.gdmx.gov.cn`` (https): a DedeCMS site served by its dynamic
    scripts. Columns are ``/plus/list.php?tid=<tid>``; further pages
    ``list.php?tid=<tid>&TotalResult=<total>&PageNo=<n>`` written relative to ``/plus/`` in
    DedeCMS's ``pagelist`` (首页, 上一页, five numbers, 下一页, 末页, ``共 N页M条``); articles
    ``/plus/view.php?aid=<aid>``. Parameters are read in any order and ``TotalResult`` may be
    left out. Evidence: a public crawler's site table lists
    ``huanqiukexue.com/plus/list.php?tid=1`` and ``…?tid=1&TotalResult=4849&PageNo=2``; DedeCMS
    rewrite rules published in public code map ``/list-<tid>-<total>-<n>.html`` to
    ``/plus/list.php?tid=$1&totalresult=$2&PageNo=$3`` and ``/view-<aid>-1.html`` to
    ``/plus/view.php?arcID=$1``; the county's use of DedeCMS is assumed. The 2024 report is on
    PageNo 3 of 通知公告; the 2022 report and 梅州市's reposted report in 法治政府建设."""
    c = County("meixian", "梅县区", "广东省", "梅州市", "441403", "www.gdmx.gov.cn", scheme="https")
    L = lambda t: f"/plus/list.php?tid={t}"  # noqa: E731
    nav = [("/", "首页"), (L(2), "梅县新闻"), (L(7), "通知公告"), (L(9), "法治政府建设")]
    skin = open_site(ctx, c, nav, dt.date(2025, 7, 8), skin=InfoSkin)
    r24 = ctx.new_report(
        c,
        2024,
        "梅县区人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-27 16:40",
        source="梅县区人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "梅县区2022年法治政府建设年度报告", pub="2023-03-30 10:05", source="梅州市梅县区司法局"
    )
    mz = ctx.higher("梅州市", 2022, "省委、省政府", "2023-04-11 09:30")
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("meeting", 2024)])
    look = ctx.lookalikes_of(c, [("plan", 2023), ("xxgk_annual", 2022), ("assessment", 2023)])
    cols = {
        2: ("梅县新闻", ctx.news(c, 300)),
        7: (
            "通知公告",
            [*newer(ctx, c, r24, 44, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 30, "notice")],
        ),
        9: ("法治政府建设", [r22, mz, *look, *ctx.fillers(c, 12, "disclosure")]),
    }
    per, lists = 20, {}
    for tid, (name, items) in cols.items():
        items = assign(ctx, items, lambda it: f"/plus/view.php?aid={it.uid}")
        write_items(skin, items, name, [(L(tid), name)])
        lists[tid] = items
    assert lists[7].index(r24) >= 40

    def answer(req: Request) -> Resource:
        q = {k.lower(): v for k, v in req.params().items()}
        tid = num(q.get("tid", "0"), 0)
        if tid not in lists:
            return _html(skin, "<html><body><p>DedeCMS Error: 栏目ID不存在！</p></body></html>", 404)
        name, items = cols[tid][0], lists[tid]
        pages = max(1, -(-len(items) // per))
        n = min(max(num(q.get("pageno", "1")), 1), pages)
        body = (
            f'{skin.crumbs([(L(tid), name)])}<div class="listbox"><h2>{esc(name)}</h2>'
            f'<ul class="e2">{_rows(items[(n - 1) * per : n * per])}</ul>'
            f"{dede_pager(tid, len(items), pages, n)}</div>"
        )
        return _html(skin, skin.page(f"{name}_{skin.site_name}", body))

    ctx.handle(c, "/plus/list.php", answer)
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("dede_plus_list", "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("dede_plus_list",))
    ctx.record_higher(c, mz, 2022, c.base + mz.path)
    home(skin, [(L(2), "梅县新闻", lists[2]), (L(7), "通知公告", lists[7][:6]), (L(9), "法治政府建设", [])])


# ====================================================================== 兴宁市
def select_lists(
    skin: Skin, base: str, name: str, trail: list, items: list[Item], per: int = 20
) -> list[Item]:
    """TRS-shaped list pages ``index.html``, ``index_1.html`` … whose only pager is a
    ``<select>`` that goes to the chosen page (no page links at all)."""
    items = assign(skin.ctx, items, lambda it: f"{base}{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid}.html")
    write_items(skin, items, name, trail)
    pages = chunks(items, per)
    url = lambda k: "index.html" if k == 0 else f"index_{k}.html"  # noqa: E731
    for n, chunk in enumerate(pages):
        opts = "".join(
            f'<option value="{url(k)}"{" selected" if k == n else ""}>第{k + 1}页</option>'
            for k in range(len(pages))
        )
        body = (
            f'{skin.crumbs(trail)}<div class="list"><h2>{esc(name)}</h2><ul>{_rows(chunk)}</ul>'
            f'<div class="fanye">共{len(items)}条 当前第{n + 1}/{len(pages)}页 转到 '
            f'<select name="page" onchange="window.location.href=this.value">{opts}</select></div></div>'
        )
        put_at(skin, base + url(n), skin.page(f"{name}_{skin.site_name}", body))
        if n == 0:
            put_at(skin, base, skin.page(f"{name}_{skin.site_name}", body))
    return items


def xingning(ctx: Ctx11) -> None:
    """兴宁市 (广东 梅州, 县级市), ``www.xingning.gov.cn``: TRS-shaped paths, but the list
    template's pager is only ``共N条 当前第n/N页 转到 <select onchange="window.location.href=
    this.value">`` whose ``<option value="index_2.html">`` carry the page URLs: no page is linked
    by an ``<a>``. Evidence: sites.md names ``<select onchange="window.open(this.value)">`` as a
    way real portals link (their county lists); its use as the only pager is assumed (a common
    template choice of small CMS vendors). The 2023 report is on the fourth page of 通知公告; the
    2021 report on the second page of 其他法定公开信息; the 市司法局's own report in 部门信息."""
    c = County("xingning", "兴宁市", "广东省", "梅州市", "441481", "www.xingning.gov.cn")
    nav = [
        ("/", "首页"),
        ("/xnyw/", "兴宁要闻"),
        ("/zwgk/tzgg/", "通知公告"),
        ("/zwgk/qtfdgkxx/", "其他法定公开信息"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 8, 20))
    news = select_lists(skin, "/xnyw/", "兴宁要闻", [("/xnyw/", "兴宁要闻")], ctx.news(c, 240))
    r23 = ctx.new_report(
        c,
        2023,
        "兴宁市人民政府关于2023年法治政府建设工作情况的报告",
        pub="2024-03-29 11:25",
        source="兴宁市人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "兴宁市2021年度法治政府建设情况报告", pub="2022-03-31 15:50", source="兴宁市司法局"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2024), ("interpretation", 2024)])
    tz = select_lists(
        skin,
        "/zwgk/tzgg/",
        "通知公告",
        [("/zwgk/", "政务公开"), ("/zwgk/tzgg/", "通知公告")],
        [*newer(ctx, c, r23, 62, "notice", skin.clock), r23, *notes, *ctx.fillers(c, 20, "notice")],
    )
    assert tz.index(r23) >= 60
    look = ctx.lookalikes_of(c, [("gov_work_report", 2022), ("shufa", 2022)])
    qt = select_lists(
        skin,
        "/zwgk/qtfdgkxx/",
        "其他法定公开信息",
        [("/zwgk/", "政务公开"), ("/zwgk/qtfdgkxx/", "其他法定公开信息")],
        [
            *newer(ctx, c, r21, 24, until=skin.clock),
            r21,
            *look,
            *ctx.fillers(c, 10, "disclosure", (2019, 2021)),
        ],
    )
    assert qt.index(r21) >= 20
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-26 10:20")
    bm = select_lists(
        skin,
        "/zwgk/bmxx/",
        "部门信息",
        [("/zwgk/", "政务公开"), ("/zwgk/bmxx/", "部门信息")],
        [dep, *ctx.fillers(c, 16, "disclosure")],
    )
    ctx.record(c, [*notes, *look])
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("select_pager", "later_list_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("select_pager", "later_list_page"))
    index_page(
        skin,
        "/zwgk/index.html",
        "政务公开",
        [("/zwgk/", "政务公开")],
        [
            ("/zwgk/tzgg/", "通知公告", tz[:5]),
            ("/zwgk/qtfdgkxx/", "其他法定公开信息", qt[:5]),
            ("/zwgk/bmxx/", "部门信息", bm[:5]),
        ],
    )
    put_at(skin, "/zwgk/", ctx.web.resources[(c.host, "/zwgk/index.html", "")].body.decode("utf-8"))
    home(
        skin,
        [("/xnyw/", "兴宁要闻", news), ("/zwgk/tzgg/", "通知公告", tz), ("/zwgk/index.html", "政务公开", qt)],
    )


# ====================================================================== 蕉岭县
JL_API = "/prod-api/cms/article/list"
JL_JS = "/static/js/app.5c81e0d2.js"
JL_CATS = {11: "蕉岭要闻", 12: "通知公告", 15: "法治政府建设", 16: "政策解读"}


def jiaoling(ctx: Ctx11) -> None:
    """蕉岭县 (广东 梅州), ``www.jiaoling.gov.cn``: a Vue site in hash-router mode. ``/`` is the
    only page: header, menu and footer of the template, an empty ``#app`` and
    ``<script src="/static/js/app.<hash>.js">``; the menu links ``/#/list?cid=<cid>``, so every
    list is the same ``/`` to the server. The bundled script names the API
    (``BASE_API="/prod-api"``) and, for a ``#/list`` route, GETs
    ``/prod-api/cms/article/list?cid=<cid>&pageNum=<n>&pageSize=15``, which answers RuoYi's table
    shape ``{"total":N,"rows":[{"articleId","title","publishTime",…}],"code":200,"msg":"查询成功"}``;
    each row becomes ``/html/article/<articleId>.html`` (static, server-written). Evidence: the
    RuoYi-Vue framework (widely used by Chinese government contractors) answers lists as
    ``TableDataInfo`` ``{total, rows, code, msg}`` under ``/prod-api``; Vue Router's default mode
    is ``hash`` (``/#/…``); public API notes of a 河长制 platform show a Vue list router
    (``router-link :to="{path:'/list',query:{newType…}}"``). The county's use, the action path
    and the article path are assumed. The 2024 report is on the action's page 3 of 通知公告;
    the 2022 report in 法治政府建设 beside 广东省's reposted 2023 report."""
    c = County("jiaoling", "蕉岭县", "广东省", "梅州市", "441427", "www.jiaoling.gov.cn")
    nav = [("/", "首页"), *((f"/#/list?cid={k}", n) for k, n in JL_CATS.items())]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 12))
    r24 = ctx.new_report(
        c,
        2024,
        "蕉岭县人民政府关于2024年法治政府建设情况的报告",
        pub="2025-03-28 09:45",
        source="蕉岭县人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "蕉岭县2022年法治政府建设年度报告", pub="2023-03-31 17:20", source="蕉岭县司法局"
    )
    gd = ctx.higher("广东省", 2023, "党中央、国务院", "2024-03-29 18:00")
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("xxgk_annual", 2024)])
    look = ctx.lookalikes_of(c, [("meeting_topic", 2023), ("demo_news", 2023), ("plan", 2022)])
    cols: dict[int, list[Item]] = {
        11: ctx.news(c, 220),
        12: [*newer(ctx, c, r24, 33, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 25, "notice")],
        15: [r22, gd, *look, *ctx.fillers(c, 9, "disclosure")],
        16: ctx.fillers(c, 26, "jiedu"),
    }
    for k, items in cols.items():
        cols[k] = assign(ctx, items, lambda it: f"/html/article/{it.uid}.html")
        write_items(skin, cols[k], JL_CATS[k], [(f"/#/list?cid={k}", JL_CATS[k])])
    assert cols[12].index(r24) >= 30
    app = "".join(
        (
            'var BASE_API="/prod-api";function q(n){var m=new RegExp("[?&]"+n+"=([^&]*)")',
            '.exec(location.hash);return m?decodeURIComponent(m[1]):"";}',
            'function loadList(cid,p){axios.get(BASE_API+"/cms/article/list",',
            "{params:{cid:cid,pageNum:p,pageSize:15}}).then(function(r){",
            'var d=r.data,s="";d.rows.forEach(function(o){',
            "s+='<li><a href=\"/html/article/'+o.articleId+'.html\" target=\"_blank\">'",
            '+o.title+"</a><span>"+o.publishTime.substring(0,10)+"</span></li>";});',
            'document.getElementById("app").innerHTML=\'<ul class="news-list">\'+s+"</ul>"',
            "+pager(cid,p,Math.ceil(d.total/15));});}",
            'function route(){var h=location.hash;if(h.indexOf("#/list")==0){',
            'loadList(q("cid"),parseInt(q("page")||"1"));}',
            "else{[11,12].forEach(function(c){loadList(c,1);});}}",
            'window.addEventListener("hashchange",route);route();',
            'function pager(cid,p,n){var s="";for(var k=1;k<=n;k++){',
            "s+='<a href=\"#/list?cid='+cid+'&page='+k+'\">'+k+'</a>';}",
            "return '<div class=\"pagination\">'+s+'</div>';}",
        )
    )
    ctx.put(c, JL_JS, app, ctype="application/javascript; charset=utf-8")
    body = (
        f'<div class="position">您当前的位置:<a href="/">首页</a></div><div id="app"><p>正在加载…</p></div>'
        f'<script src="/static/js/axios.min.js"></script><script src="{JL_JS}"></script>'
    )
    text = ctx.icp(c.host, skin.page(skin.site_name, body))
    for path in ("/", "/index.html"):
        put_at(skin, path, text)

    def api(req: Request) -> Resource:
        qs = req.params()
        items = cols.get(num(qs.get("cid", "0"), 0), [])
        p, size = max(num(qs.get("pageNum", "1")), 1), min(max(num(qs.get("pageSize", "15"), 15), 1), 50)
        rows = [
            {
                "articleId": it.uid,
                "title": it.title.replace("|", ""),
                "publishTime": f"{it.pub:%Y-%m-%d %H:%M:%S}",
                "source": it.source,
                "cid": num(qs.get("cid", "0"), 0),
            }
            for it in items[(p - 1) * size : p * size]
        ]
        return json_answer(200, {"total": len(items), "rows": rows, "code": 200, "msg": "查询成功"})

    ctx.handle(c, JL_API, api)
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("hash_route_api", "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("hash_route_api",))
    ctx.record_higher(c, gd, 2023, c.base + gd.path)


# ====================================================================== 源城区
def yuancheng(ctx: Ctx11) -> None:
    """源城区 (广东 河源), ``www.gdyc.gov.cn``: JSP templates that open with ``<base
    href="http://www.gdyc.gov.cn/">`` and write every link relative to it without a leading
    slash (``href="zwgk/fzzfjs/202403/t20240328_123.html"``, ``href="css/…"``): resolved against
    the page's own URL instead of the base they lead nowhere (404). Evidence: the JSP idiom
    ``String basePath = request.getScheme()+"://"+request.getServerName()+…+path+"/"`` with
    ``<base href="<%=basePath%>">`` that MyEclipse wrote into every new JSP, and is in countless
    public JSP projects; the district's use of it is assumed. Lists are TRS-shaped; the 2023
    report is on the second page of 法治政府建设 (pager links ``zwgk/fzzfjs/index_1.html``,
    written, like the rest, relative to the base); the 2021 report in 通知公告."""
    c = County("yuancheng", "源城区", "广东省", "河源市", "441602", "www.gdyc.gov.cn")
    nav = [
        ("/", "首页"),
        ("/ycyw/", "源城要闻"),
        ("/zwgk/tzgg/", "通知公告"),
        ("/zwgk/fzzfjs/", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 10, 15))
    news = publish(skin, "/ycyw/", "源城要闻", [("/ycyw/", "源城要闻")], ctx.news(c, 200), per=400)
    r23 = ctx.new_report(
        c,
        2023,
        "河源市源城区人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-26 10:30",
        source="源城区人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "源城区2021年法治政府建设工作报告", pub="2022-03-30 16:15", source="河源市源城区司法局"
    )
    look = ctx.lookalikes_of(c, [("shufa", 2023), ("text_interp", 2024), ("plan", 2024)])
    items = [
        *newer(ctx, c, r23, 22, until=skin.clock),
        r23,
        *look,
        *ctx.fillers(c, 6, "disclosure", (2019, 2023)),
    ]
    fz = publish(
        skin,
        "/zwgk/fzzfjs/",
        "法治政府建设",
        [("/zwgk/", "政务公开"), ("/zwgk/fzzfjs/", "法治政府建设")],
        items,
    )
    assert fz.index(r23) >= 20
    notes = ctx.lookalikes_of(c, [("notice", 2022), ("meeting", 2023)])
    publish(
        skin,
        "/zwgk/tzgg/",
        "通知公告",
        [("/zwgk/", "政务公开"), ("/zwgk/tzgg/", "通知公告")],
        [r21, *notes, *ctx.fillers(c, 30, "notice", (2019, 2024))],
        per=400,
    )
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
            ("/ycyw/", "源城要闻", news[:8]),
            ("/zwgk/tzgg/", "通知公告", []),
            ("/zwgk/fzzfjs/", "法治政府建设", []),
        ],
    )
    # the JSP base: every page of the host declares it and writes its links relative to it
    base = f'<base href="{c.base}/">'
    for key, res in list(ctx.web.resources.items()):
        if key[0] != c.host or not res.ctype.startswith("text/html"):
            continue
        page = res.body.decode("utf-8")
        page = page.replace("<head>", f"<head>{base}", 1)
        folder = key[1].rsplit("/", 1)[0].lstrip("/")
        page = page.replace('href="./', f'href="{folder}/' if folder else 'href="')
        page = (
            page.replace('href="/"', 'href="index.html"')
            .replace('href="/', 'href="')
            .replace('src="/', 'src="')
        )
        if "createPageHTML(" in page:  # the template writes its pager as base-relative links
            page = _base_pager(page, key[1])
        ctx.web.resources[key] = Resource(
            page.encode("utf-8"), res.ctype, status=res.status, headers=res.headers, modified=res.modified
        )
    ctx.record(c, [*look, *notes])
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("base_href_relative", "later_list_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("base_href_relative",))


def _base_pager(page: str, path: str) -> str:
    """Replace TRS's ``createPageHTML(pages, cur, "index", "html")`` by the links it stands for,
    written relative to the base (``zwgk/fzzfjs/index_1.html``)."""
    head, rest = page.split("createPageHTML(", 1)
    args, tail = rest.split(")", 1)
    pages, cur = (int(x) for x in args.split(",")[:2])
    col = path.rsplit("/", 1)[0].lstrip("/") + "/"
    url = lambda k: col + ("index.html" if k == 0 else f"index_{k}.html")  # noqa: E731
    links = " ".join(
        f'<a href="{url(k)}">{k + 1}</a>' if k != cur else f"<span>{k + 1}</span>" for k in range(pages)
    )
    if cur + 1 < pages:
        links += f' <a href="{url(cur + 1)}">下一页</a>'
    start = head.rfind("<script")
    end = tail.find("</script>") + len("</script>")
    return head[:start] + links + tail[end:]


# ====================================================================== 紫金县
EP = "/zjxzf/showinfo/"


def ep_pager(cat: str, n: int, pages: int) -> str:
    """Epoint's pager: query-only links (``?categoryNum=…&Paging=N``) in ``ewb-page`` items."""
    link = lambda k: f"?categoryNum={cat}&amp;Paging={k}"  # noqa: E731
    items = []
    if n > 1:
        items += [
            f'<li class="ewb-page-li"><a href="{link(1)}">首页</a></li>',
            f'<li class="ewb-page-li"><a href="{link(n - 1)}">上页</a></li>',
        ]
    items += [
        f'<li class="ewb-page-li current"><span>{k}</span></li>'
        if k == n
        else f'<li class="ewb-page-li"><a href="{link(k)}">{k}</a></li>'
        for k in range(max(1, n - 3), min(pages, n + 3) + 1)
    ]
    if n < pages:
        items += [
            f'<li class="ewb-page-li"><a href="{link(n + 1)}">下页</a></li>',
            f'<li class="ewb-page-li"><a href="{link(pages)}">尾页</a></li>',
        ]
    return (
        f'<ul class="ewb-page-items clearfix">{"".join(items)}<li class="ewb-page-li">{n}/{pages}</li></ul>'
    )


def zijin(ctx: Ctx11) -> None:
    """紫金县 (广东 河源), ``www.zijin.gov.cn``: an Epoint (新点) site. Lists are
    ``/zjxzf/showinfo/moreinfo.aspx?categoryNum=<code>&Paging=<n>`` with rows in
    ``<ul class="ewb-data-items">`` and a pager of query-only links
    (``href="?categoryNum=003001&Paging=2"``, resolved against the list's own path); articles
    ``/zjxzf/showinfo/showinfo.aspx?infoid=<guid>&categoryNum=<code>``. Evidence: public crawler
    code for Epoint-built sites waits for ``ewb-data-items`` / ``li.ewb-page-li.current`` and pages
    by rewriting the ``Paging=`` parameter of the list URL; the county's use, the category codes
    and the query-only pager hrefs are assumed. The 2023 report is on page 3 of 通知公告; the 2020
    report only as a scanned PDF (not findable); the 2022 report in 法治政府建设."""
    c = County("zijin", "紫金县", "广东省", "河源市", "441621", "www.zijin.gov.cn")
    M = lambda cat: f"{EP}moreinfo.aspx?categoryNum={cat}&Paging=1"  # noqa: E731
    cats = {"001001": "紫金要闻", "003001": "通知公告", "003005": "法治政府建设"}
    nav = [("/", "首页"), *((M(k), n) for k, n in cats.items())]
    skin = open_site(ctx, c, nav, dt.date(2024, 9, 27))
    r23 = ctx.new_report(
        c,
        2023,
        "紫金县人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-28 15:10",
        source="紫金县人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "紫金县2022年度法治政府建设工作情况报告", pub="2023-03-30 09:40", source="紫金县司法局"
    )
    r20 = ctx.new_report(
        c, 2020, "紫金县2020年法治政府建设年度报告", pub="2021-04-02 10:00", source="紫金县司法局"
    )
    body = list(r20.paras)
    r20.paras = ["紫金县2020年法治政府建设年度报告（扫描件）见附件。"]
    r20.uid = ctx.uid()
    notes = ctx.lookalikes_of(c, [("notice", 2024), ("interpretation", 2024)])
    look = ctx.lookalikes_of(c, [("duty_report", 2023), ("assessment", 2022), ("gov_work_report", 2023)])

    def guid(it: Item) -> str:
        u = it.uid
        return (
            f"{u * 2654435761 % 2**32:08x}-{u % 65536:04x}-4{u % 4096:03x}-a{u * 7 % 4096:03x}-{u * 97:012x}"
        )

    cols = {
        "001001": ctx.news(c, 260),
        "003001": [*newer(ctx, c, r23, 31, "notice", skin.clock), r23, *notes, *ctx.fillers(c, 20, "notice")],
        "003005": [r22, r20, *look, *ctx.fillers(c, 10, "disclosure")],
    }
    per, scan = 15, f"/zjxzf/UploadFiles/2021/04/{guid(r20)}.pdf"
    for cat, items in cols.items():
        cols[cat] = items = assign(
            ctx, items, lambda it, cat=cat: f"{EP}showinfo.aspx?infoid={guid(it)}&categoryNum={cat}"
        )
        if r20 in items:
            r20.attachments.append((r20.title + ".pdf", scan, files.make_scan_pdf(r20.uid)))
        write_items(skin, items, cats[cat], [(M(cat), cats[cat])])
        pages = chunks(items, per)
        for n, chunk in enumerate(pages, 1):
            rows = "".join(
                f'<li class="ewb-data-item clearfix"><a href="{esc(it.path)}" '
                f'title="{esc(it.title.replace("|", ""))}" '
                f'target="_blank" class="ewb-data-tt">{esc(it.title.replace("|", ""))}</a>'
                f'<span class="ewb-data-date">{it.date}</span></li>'
                for it in chunk
            )
            page_body = (
                f'{skin.crumbs([(M(cat), cats[cat])])}<div class="ewb-list">'
                f'<h3 class="ewb-list-hd">{cats[cat]}</h3><ul class="ewb-data-items">{rows}</ul>'
                f'<div class="ewb-page">{ep_pager(cat, n, len(pages))}</div></div>'
            )
            put_at(
                skin,
                f"{EP}moreinfo.aspx?categoryNum={cat}&Paging={n}",
                skin.page(f"{cats[cat]}_{skin.site_name}", page_body),
            )
    assert cols["003001"].index(r23) >= 30
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("epoint_query_pager", "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("epoint_query_pager",))
    ctx.record_scan(c, r20, 2020, scan, body, kinds=("epoint_query_pager", "scan_needs_ocr"))
    home(skin, [(M(k), n, cols[k][:7]) for k, n in cats.items()])
