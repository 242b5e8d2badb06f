"""Blind6 sites whose lists need a script or live on another host: a Jiangsu 县级市 whose
department catalogues are filled by POST from a JSON list API keyed by a ``pid`` in the page, a
Zhejiang Hanweb county whose records sit in ``<datastore>`` script blocks, an Inner Mongolia 旗
whose root only runs a script redirect, a Hunan county with reports in 通知公告 among truncated
titles, and a Guizhou city portal whose 区县政府 page alone links an unseeded county.

Every site's docstring names the real evidence it follows.
"""

from __future__ import annotations

import datetime as dt

from ..blind.sites_a import home, index_page, publish
from ..blind2.core import news_column, open_site
from ..blind2.sites_b import jcms_record
from ..blind5.core import json_res, num
from ..blind5.sites_b import drop_lists, script_list
from ..model import Request, Resource
from .core import County, Ctx6, Item, column, cut_row, esc, html_copy


# ====================================================================== 太仓市
def taicang(ctx: Ctx6) -> None:
    """太仓市 (江苏 苏州), ``www.taicang.gov.cn``: articles ``/taicang/<col>/YYYYMM/<32 hex>.shtml``
    (public code cites ``/taicang/tcwh/202009/ddacdc104e204cb58023f837d3591499.shtml``); the
    部门信息公开 catalogue ``/taicang/qzbmxxgk/xxgkml_ptlink.shtml`` links department pages
    ``xxgkml.shtml?deptid=N`` whose lists are empty: the page's script holds ``pid = "<32 hex>"``
    and POSTs ``/appsearch/tcapi/list?pageSize=20&currentPage=N&pid=…``, answered with
    ``data.list[]`` of ``title``, ``url``, ``qw_xcscrq`` (a public crawler of 太仓's 部门信息公开,
    find_string "www.taicang.gov.cn", does exactly this). The 2023 report is on the API's second
    page for 市政府办公室; the 市司法局's own report on its department list; the 2021 report and
    江苏省's in the plain 法治政府建设 column."""
    c = County("taicang", "太仓市", "江苏省", "苏州市", "320585", "www.taicang.gov.cn")
    p = "/taicang/"
    nav = [
        ("/", "首页"),
        (p + "tcyw/", "太仓要闻"),
        (p + "fzzfjs/", "法治政府建设"),
        (p + "qzbmxxgk/xxgkml_ptlink.shtml", "部门信息公开"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 7, 8))
    hexpath = lambda cl, it: f"{cl}{it.pub:%Y%m}/{it.uid:08x}{it.uid * 7919:024x}.shtml"  # noqa: E731
    news = publish(
        skin, p + "tcyw/", "太仓要闻", [(p + "tcyw/", "太仓要闻")], ctx.news(c, 300), path_fn=hexpath
    )
    r21 = ctx.new_report(
        c, 2021, "太仓市2021年度法治政府建设工作报告", pub="2022-03-29 14:25", source="太仓市司法局"
    )
    js = ctx.higher("江苏省", 2021, "党中央、国务院", "2022-04-02 09:30")
    look = ctx.lookalikes_of(c, [("plan", 2023), ("demo_news", 2023)])
    fz = publish(
        skin,
        p + "fzzfjs/",
        "法治政府建设",
        [(p + "fzzfjs/", "法治政府建设")],
        [r21, js, *look, *ctx.fillers(c, 10, "disclosure")],
        path_fn=hexpath,
    )
    ctx.record(c, look)
    ctx.record_higher(c, js, 2021, c.base + js.path)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("hex_shtml",))
    r23 = ctx.new_report(
        c,
        2023,
        "太仓市人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-15 16:40",
        source="太仓市人民政府办公室",
    )
    dep = ctx.department_report(c, "司法局", 2023, "2024-03-08 10:00")
    depts = {
        "1": (
            "市政府办公室",
            [
                *ctx.fillers(c, 16, "disclosure", (2024, 2024)),
                r23,
                *ctx.fillers(c, 14, "disclosure", (2019, 2023)),
            ],
        ),
        "7": ("市司法局", [dep, *ctx.fillers(c, 12, "disclosure")]),
        "9": ("市发展和改革委员会", ctx.fillers(c, 25, "disclosure")),
    }
    pids: dict[str, list[Item]] = {}
    cat = [(p + "qzbmxxgk/xxgkml_ptlink.shtml", "部门信息公开")]
    for did, (name, items) in depts.items():
        keep = items[16] if did == "1" else None
        base = f"{p}bmxxgk/d{did}/"
        trail = [*cat, (f"{p}qzbmxxgk/xxgkml.shtml?deptid={did}", name)]
        items = column(
            skin,
            items,
            name,
            trail,
            lambda it, b=base: hexpath(b, it),
            lambda n, b=base: f"{b}list_{n}.tmp",
            per=20,
        )
        drop_lists(ctx, c, f"{base}list_", items, 20)
        if keep is not None:  # the report stays on the API's second page
            items.remove(keep)
            items.insert(24, keep)
        pid = f"{int(did) * 104729:08x}" * 4
        pids[pid] = items
        hook = (
            '<ul id="xxgk_list"></ul><div id="page_div"></div>'
            f'<script>var pid = "{pid}";function loadPage(n){{$.ajax({{url:"/appsearch/tcapi/list?pageSize=20'
            '&currentPage="+n+"&pid="+pid,type:"POST",dataType:"json",success:function(r){'
            "$('#xxgk_list').html($.map(r.data.list,function(o){return '<li><a href=\"'+o.url+'\">'"
            "+o.title+'</a><span>'+o.qw_xcscrq+'</span></li>';}).join(''));}});}loadPage(1);</script>"
        )
        script_list(skin, f"{p}qzbmxxgk/xxgkml.shtml", name, trail, hook)
        page = ctx.web.resources.pop((c.host, f"{p}qzbmxxgk/xxgkml.shtml", ""))
        ctx.web.resources[(c.host, f"{p}qzbmxxgk/xxgkml.shtml", f"deptid={did}")] = page

    def api(req: Request) -> Resource:
        args = req.params()
        if req.method != "POST":
            return Resource(b'{"code":405,"msg":"method not allowed"}', "application/json", status=405)
        items = pids.get(args.get("pid", ""), [])
        n, size = num(args.get("currentPage", "1")), min(num(args.get("pageSize", "20"), 20), 50)
        rows = items[(n - 1) * size : n * size]
        return json_res(
            {
                "code": 200,
                "data": {
                    "total": len(items),
                    "list": [
                        {"title": it.title.replace("|", ""), "url": it.path, "qw_xcscrq": it.date}
                        for it in rows
                    ],
                },
            }
        )

    ctx.handle(c, "/appsearch/tcapi/list", api)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("pid_post_api", "later_list_page"))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    rows = "".join(
        f'<li><a href="xxgkml.shtml?deptid={did}" target="_blank">{esc(name)}</a></li>'
        for did, (name, _items) in depts.items()
    )
    skin.put(
        p + "qzbmxxgk/xxgkml_ptlink.shtml",
        skin.page("部门信息公开", f'{skin.crumbs(cat)}<div class="bmlist"><ul>{rows}</ul></div>'),
    )
    home(
        skin,
        [(p + "tcyw/", "太仓要闻", news), (p + "fzzfjs/", "法治政府建设", fz)],
        extra=f'<div class="bm"><a href="{p}qzbmxxgk/xxgkml_ptlink.shtml">部门信息公开</a></div>',
    )


# ====================================================================== 长兴县
def changxing(ctx: Ctx6) -> None:
    """长兴县 (浙江 湖州), ``www.zjcx.gov.cn``: Hanweb JCMS (sites.md: columns
    ``/col/col<id>/index.html`` carry their records in ``<script type="text/xml"><datastore>``
    blocks; articles ``/art/YYYY/M/D/art_<col>_<id>.html``). Both reports are among the records
    of 法治政府建设 in 政府信息公开 (a short column, no further pages); 政府工作报告 and
    政府信息公开年报 are in 工作报告."""
    c = County("changxing", "长兴县", "浙江省", "湖州市", "330522", "www.zjcx.gov.cn")
    nav = [
        ("/", "首页"),
        ("/col/col1229211/index.html", "长兴新闻"),
        ("/col/col1229490/index.html", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 4, 22))
    r23 = ctx.new_report(
        c,
        2023,
        "长兴县人民政府关于2023年度法治政府建设工作情况的报告",
        pub="2024-03-25 15:35",
        source="长兴县人民政府",
    )
    r19 = ctx.new_report(
        c, 2019, "长兴县2019年法治政府建设情况报告", pub="2020-03-31 10:00", source="长兴县司法局"
    )
    look = ctx.lookalikes_of(c, [("plan", 2020), ("meeting", 2023), ("shufa", 2022)])
    gz = ctx.lookalikes_of(c, [("gov_work_report", 2024), ("xxgk_annual", 2023)])
    cols = {
        1229211: ("长兴新闻", ctx.news(c, 14)),
        1229490: ("法治政府建设", [r23, r19, *look, *ctx.fillers(c, 6, "disclosure")]),
        1229495: ("工作报告", gz),
    }
    for col, (name, items) in cols.items():
        items.sort(key=lambda d: d.pub, reverse=True)
        for it in items:
            it.uid = it.uid or ctx.uid()
            it.path = f"/art/{it.pub.year}/{it.pub.month}/{it.pub.day}/art_{col}_{it.uid}.html"
            skin.write_article(it, name, [(f"/col/col{col}/index.html", name)])
        recs = "".join(jcms_record(it) for it in items)
        body = (
            f"{skin.crumbs([(f'/col/col{col}/index.html', name)])}<h2>{esc(name)}</h2>"
            f'<div id="{col}"><script type="text/xml"><datastore><recordset>{recs}</recordset>'
            f"</datastore></script></div>"
        )
        skin.put(f"/col/col{col}/index.html", skin.page(f"{name}_{skin.site_name}", body))
    ctx.record(c, look)
    ctx.record(c, gz)
    for r, y in ((r23, 2023), (r19, 2019)):
        ctx.truth_report(c, r, y, html_copy(c, r), kinds=("jcms_datastore",))
    index_page(
        skin,
        "/index.html",
        "首页",
        [],
        [(f"/col/col{col}/index.html", name, items) for col, (name, items) in cols.items()],
    )
    skin.put("/", ctx.web.resources[(c.host, "/index.html", "")].body.decode())


# ====================================================================== 扎鲁特旗
def zalute(ctx: Ctx6) -> None:
    """扎鲁特旗 (内蒙古 通辽), ``www.zlt.gov.cn``: the root only runs
    ``window.location.href='/zlt/index.html'`` (sites.md home pages), TRS under the ``/zlt/``
    prefix; the 2022 report is in 通知公告 on its second page, the 2024 report in 政务公开 →
    法治政府建设; 通辽市's report is reposted in 通知公告."""
    c = County("zalute", "扎鲁特旗", "内蒙古自治区", "通辽市", "150526", "www.zlt.gov.cn")
    root = "/zlt/"
    nav = [("/zlt/index.html", "首页"), (root + "xwzx/zqyw/", "扎旗要闻"), (root + "zwgk/tzgg/", "通知公告")]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 5))
    news = news_column(skin, root + "xwzx/zqyw/", "扎旗要闻", 260)
    r24 = ctx.new_report(
        c,
        2024,
        "扎鲁特旗人民政府关于2024年法治政府建设情况的报告",
        pub="2025-03-31 17:50",
        source="扎鲁特旗人民政府",
    )
    look = ctx.lookalikes_of(c, [("plan", 2025), ("assessment", 2024)])
    fz = publish(
        skin,
        root + "zwgk/fzzfjs/",
        "法治政府建设",
        [(root + "zwgk/", "政务公开"), (root + "zwgk/fzzfjs/", "法治政府建设")],
        [r24, *look, *ctx.fillers(c, 8, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("script_redirect_root",))
    r22 = ctx.new_report(
        c, 2022, "扎鲁特旗2022年法治政府建设工作报告", pub="2023-03-30 09:15", source="扎鲁特旗司法局"
    )
    tl = ctx.higher("通辽市", 2022, "自治区党委、自治区人民政府", "2023-04-04 10:30")
    tz = publish(
        skin,
        root + "zwgk/tzgg/",
        "通知公告",
        [(root + "zwgk/tzgg/", "通知公告")],
        [*ctx.fillers(c, 24, "notice", (2023, 2025)), r22, tl, *ctx.fillers(c, 20, "notice", (2019, 2022))],
    )
    ctx.record_higher(c, tl, 2022, c.base + tl.path)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("script_redirect_root", "later_list_page"))
    index_page(
        skin,
        root + "zwgk/index.html",
        "政务公开",
        [(root + "zwgk/", "政务公开")],
        [(root + "zwgk/fzzfjs/", "法治政府建设", fz), (root + "zwgk/tzgg/", "通知公告", tz)],
    )
    index_page(
        skin,
        root + "index.html",
        "首页",
        [],
        [
            (root + "xwzx/zqyw/", "扎旗要闻", news),
            (root + "zwgk/", "政务公开", fz),
            (root + "zwgk/tzgg/", "通知公告", tz),
        ],
    )
    stub = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>扎鲁特旗人民政府</title>'
        f"<script>window.location.href='{root}index.html';</script></head><body></body></html>"
    )
    skin.put("/", stub)
    skin.put("/index.html", stub)


# ====================================================================== 炎陵县
def yanling(ctx: Ctx6) -> None:
    """炎陵县 (湖南 株洲), ``www.yanling.gov.cn``: a home-grown CMS whose lists
    ``/c<col>/index.html?pageNo=N`` (assumed shape) cut titles to 16 characters with "…"
    (full title in ``title``; sites.md truncated titles); the 2023 report is in 通知公告 on its
    third page among notices about the report; a 政府工作报告 and a 示范创建 news nearby."""
    c = County("yanling", "炎陵县", "湖南省", "株洲市", "430225", "www.yanling.gov.cn")
    nav = [("/", "首页"), ("/c14532/index.html", "炎陵新闻"), ("/c14540/index.html", "通知公告")]
    skin = open_site(ctx, c, nav, dt.date(2024, 8, 19))

    def cat(col: int, name: str, items: list[Item]) -> list[Item]:
        return column(
            skin,
            items,
            name,
            [(f"/c{col}/index.html", name)],
            lambda it: f"/c{col}/{it.pub:%Y%m%d}/i{it.uid}.html",
            lambda n: f"/c{col}/index.html" + (f"?pageNo={n}" if n > 1 else ""),
            per=15,
            row=cut_row(16),
        )

    news = cat(14532, "炎陵新闻", ctx.news(c, 270))
    r23 = ctx.new_report(
        c,
        2023,
        "炎陵县人民政府关于2023年法治政府建设工作情况的报告",
        pub="2024-03-20 11:25",
        source="炎陵县人民政府",
    )
    look = ctx.lookalikes_of(
        c, [("notice", 2023), ("notice", 2024), ("gov_work_report", 2024), ("demo_news", 2023)]
    )
    tz = cat(
        14540,
        "通知公告",
        [
            *ctx.fillers(c, 33, "notice", (2024, 2024)),
            r23,
            *look,
            *ctx.fillers(c, 20, "notice", (2019, 2023)),
        ],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("truncated_title", "later_list_page"))
    home(skin, [("/c14532/index.html", "炎陵新闻", news), ("/c14540/index.html", "通知公告", tz)])


# ====================================================================== 遵义市 → 习水县
def zunyi(ctx: Ctx6) -> None:
    """遵义市 (贵州) portal ``www.zunyi.gov.cn``, seeded: its 区县政府 page (linked from the home
    page's 政府网站 box; sites.md "a city portal's 县区 list") links the county sites; 习水县
    (``www.gzxs.gov.cn``) is in no seed row and is linked only there. 习水's TRS site files both
    reports in 政务公开 → 法治政府建设, beside 遵义市's reposted report."""
    city = County("zunyi", "遵义市", "贵州省", "", "520300", "www.zunyi.gov.cn")
    xs = County("xishui", "习水县", "贵州省", "遵义市", "520330", "www.gzxs.gov.cn", seeded=False)
    cskin = open_site(ctx, city, [("/", "首页"), ("/xwzx/zyyw/", "遵义要闻")], dt.date(2024, 6, 25))
    cnews = news_column(cskin, "/xwzx/zyyw/", "遵义要闻", 160)
    counties = [
        ("红花岗区", "www.zyhhg.gov.cn"),
        ("汇川区", "www.zyhc.gov.cn"),
        ("播州区", "www.bozhou.gov.cn"),
        ("桐梓县", "www.tongzi.gov.cn"),
        ("绥阳县", "www.suiyang.gov.cn"),
        ("正安县", "www.zazf.gov.cn"),
        ("习水县", xs.host),
        ("赤水市", "www.chishui.gov.cn"),
        ("仁怀市", "www.rh.gov.cn"),
    ]
    rows = "".join(
        f'<li><a href="http://{host}/" target="_blank">{n}人民政府</a></li>' for n, host in counties
    )
    cskin.put(
        "/zwgk/qxzf/index.html",
        cskin.page(
            "区县政府",
            f'{cskin.crumbs([("/zwgk/qxzf/", "区县政府")])}<div class="qxzf"><ul>{rows}</ul></div>',
        ),
    )
    home(
        cskin,
        [("/xwzx/zyyw/", "遵义要闻", cnews)],
        extra='<div class="zfwz"><h3>政府网站</h3><a href="/zwgk/qxzf/index.html">区县政府</a></div>',
    )
    skin = open_site(
        ctx,
        xs,
        [("/", "首页"), ("/xwzx/xsyw/", "习水要闻"), ("/zwgk/fzzfjs/", "法治政府建设")],
        dt.date(2024, 6, 25),
        seeded=False,
    )
    news = news_column(skin, "/xwzx/xsyw/", "习水要闻", 200)
    r23 = ctx.new_report(
        xs, 2023, "习水县2023年法治政府建设年度报告", pub="2024-03-27 16:05", source="习水县人民政府"
    )
    r21 = ctx.new_report(
        xs,
        2021,
        "习水县人民政府关于2021年度法治政府建设情况的报告",
        pub="2022-03-24 10:50",
        source="习水县司法局",
    )
    zy = ctx.higher("遵义市", 2023, "省委、省政府", "2024-04-03 15:00")
    look = ctx.lookalikes_of(xs, [("xxgk_annual", 2022), ("plan", 2022)])
    fz = publish(
        skin,
        "/zwgk/fzzfjs/",
        "法治政府建设",
        [("/zwgk/", "政务公开"), ("/zwgk/fzzfjs/", "法治政府建设")],
        [r23, r21, zy, *look, *ctx.fillers(xs, 14, "disclosure")],
    )
    ctx.record(xs, look)
    ctx.record_higher(xs, zy, 2023, xs.base + zy.path)
    for r, y in ((r23, 2023), (r21, 2021)):
        ctx.truth_report(xs, r, y, html_copy(xs, r), kinds=("unseeded_county_via_city_list",))
    home(skin, [("/xwzx/xsyw/", "习水要闻", news), ("/zwgk/fzzfjs/", "法治政府建设", fz)])
