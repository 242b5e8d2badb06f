"""Blind6 sites whose lists are served as pages: a Chongqing district with the municipal TRS
catalogue, an Anhui county on an old GBK ASP site with a scanned report, a Hebei county filing a
report under 规划计划 and another with a PDF copy, a Guangxi 自治县 with a ``.doc``-only report, a
Guizhou 新区 管委会, and a Qinghai county with a large news section.

Every site's docstring names the real evidence it follows.
"""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home, index_page, publish
from ..blind2.core import news_column, open_site
from ..blind4.sites_a import InfoSkin
from ..blind5.sites_b import GbkSkin
from .core import County, Ctx6, Item, column, cut_row, date_trap, html_copy, search_trap


# ====================================================================== 大足区
def dazu(ctx: Ctx6) -> None:
    """重庆市大足区, ``www.dazu.gov.cn``: Chongqing's district sites are TRS with the municipal
    catalogue under ``/zwgk_175/zfxxgkml01/`` (public code lists
    ``https://www.dazu.gov.cn/zwgk_175/zfxxgkml01/zcwj_121774/xzgfxwjk/gfxwj/`` and articles
    ``…/202211/t20221130_11345280.html``; find_string "www.dazu.gov.cn"). The 2023 report is in
    法治政府建设年度报告; the 2021 report on the third page of 其他法定公开信息; 重庆市's report is
    reposted there; a 按日期浏览 archive never ends (trap)."""
    c = County("dazu", "大足区", "重庆市", "", "500111", "www.dazu.gov.cn")
    gk = "/zwgk_175/zfxxgkml01/"
    nav = [("/", "首页"), ("/xwzx_175/dzyw/", "大足要闻"), ("/zwgk_175/", "政务公开")]
    skin = open_site(ctx, c, nav, dt.date(2024, 9, 2), skin=InfoSkin)
    trap = date_trap(ctx, skin, "/search/rqll.jsp")
    news = news_column(skin, "/xwzx_175/dzyw/", "大足要闻", 320)
    t = lambda key, name: [("/zwgk_175/", "政务公开"), (gk, "政府信息公开目录"), (gk + key + "/", name)]  # noqa: E731
    r23 = ctx.new_report(
        c,
        2023,
        "重庆市大足区人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-29 16:30",
        source="重庆市大足区人民政府",
    )
    look = ctx.lookalikes_of(c, [("plan", 2023), ("notice", 2024), ("assessment", 2023)])
    fz = publish(
        skin,
        gk + "fzzfjsndbg/",
        "法治政府建设年度报告",
        t("fzzfjsndbg", "法治政府建设年度报告"),
        [r23, *look, *ctx.fillers(c, 6, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("chongqing_trs",))
    r21 = ctx.new_report(
        c, 2021, "大足区2021年法治政府建设工作情况报告", pub="2022-03-25 10:12", source="大足区司法局"
    )
    cq = ctx.higher("重庆市", 2022, "党中央、国务院", "2023-03-30 09:00")
    qt = publish(
        skin,
        gk + "qtfdgkxx/",
        "其他法定公开信息",
        t("qtfdgkxx", "其他法定公开信息"),
        [cq, *ctx.fillers(c, 44, "disclosure", (2022, 2024)), r21],
    )
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("chongqing_trs", "later_list_page"))
    ctx.record_higher(c, cq, 2022, c.base + cq.path)
    index_page(
        skin,
        gk + "index.html",
        "政府信息公开目录",
        [("/zwgk_175/", "政务公开"), (gk, "政府信息公开目录")],
        [
            (gk + "fzzfjsndbg/", "法治政府建设年度报告", fz),
            (gk + "qtfdgkxx/", "其他法定公开信息", qt),
        ],
    )
    index_page(
        skin, "/zwgk_175/index.html", "政务公开", [("/zwgk_175/", "政务公开")], [(gk, "政府信息公开目录", fz)]
    )
    home(
        skin,
        [("/xwzx_175/dzyw/", "大足要闻", news), ("/zwgk_175/", "政务公开", fz)],
        extra=f'<div class="rq"><a href="{trap}">按日期浏览</a></div>',
    )


# ====================================================================== 肥东县
def feidong(ctx: Ctx6) -> None:
    """肥东县 (安徽 合肥), ``www.feidong.gov.cn``: an old ASP site whose lists are
    ``orglist.asp?base_id=14&third_id=404`` (a public crawler's entrance,
    find_string "www.feidong.gov.cn"); pages ``&page=N`` and articles ``show.asp?id=N`` are
    assumed, GBK as old ASP sites are (sites.md). Titles are cut to 20 characters with "…". The
    2022 report is html in 公示公告; the 2020 report was posted only as a scanned PDF (OCR: not
    findable)."""
    c = County("feidong", "肥东县", "安徽省", "合肥市", "340122", "www.feidong.gov.cn")
    lst = lambda third, n=1: f"/orglist.asp?base_id=14&third_id={third}" + (f"&page={n}" if n > 1 else "")  # noqa: E731
    nav = [("/", "首页"), (lst(401), "肥东新闻"), (lst(404), "公示公告")]
    skin = open_site(ctx, c, nav, dt.date(2023, 5, 10), skin=GbkSkin)
    art = lambda it: f"/show.asp?id={(it.uid - 10000) // 7919 + 31000}"  # noqa: E731

    def cat(third: int, name: str, items: list[Item]) -> list[Item]:
        return column(
            skin, items, name, [(lst(third), name)], art, lambda n: lst(third, n), per=20, row=cut_row(20)
        )

    news = cat(401, "肥东新闻", ctx.news(c, 260))
    r22 = ctx.new_report(
        c,
        2022,
        "肥东县人民政府关于2022年度法治政府建设情况的报告",
        pub="2023-03-30 11:05",
        source="肥东县人民政府",
    )
    r20 = ctx.new_report(
        c, 2020, "肥东县2020年法治政府建设工作报告", pub="2021-03-31 17:20", source="肥东县司法局"
    )
    body = list(r20.paras)
    r20.paras = ["(扫描件见附件)"]
    r20.uid = ctx.uid()
    scan = f"/UploadFiles/2021033117{r20.uid:08d}.pdf"
    r20.attachments.append((r20.title + ".pdf", scan, files.make_scan_pdf(r20.uid)))
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2022), ("notice", 2021), ("gov_work_report", 2023)])
    tz = cat(404, "公示公告", [r22, r20, *look, *ctx.fillers(c, 55, "notice", (2019, 2024))])
    ctx.record(c, look)
    deep = ("later_list_page",) if tz.index(r22) >= 20 else ()
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("old_asp_gbk", "truncated_title", *deep))
    ctx.record_scan(c, r20, 2020, scan, body, kinds=("old_asp_gbk",))
    home(skin, [(lst(401), "肥东新闻", news), (lst(404), "公示公告", tz)])


# ====================================================================== 昌黎县
def changli(ctx: Ctx6) -> None:
    """昌黎县 (河北 秦皇岛), ``www.changli.gov.cn``: a TRS county site; its 2022 report is filed
    under 规划计划 → 工作总结 (sites.md "Columns whose names say nothing of 法治"), the 2020
    report in 法治政府建设 with a PDF copy (``P0…pdf``, sites.md TRS attachments); 秦皇岛市's
    report is reposted; the site search echoes its query and links more queries (trap)."""
    c = County("changli", "昌黎县", "河北省", "秦皇岛市", "130322", "www.changli.gov.cn")
    nav = [("/", "首页"), ("/xwzx/clyw/", "昌黎要闻"), ("/zwgk/", "政务公开")]
    skin = open_site(ctx, c, nav, dt.date(2023, 11, 20))
    trap = search_trap(ctx, skin, "/was5/web/search", "searchword")
    news = news_column(skin, "/xwzx/clyw/", "昌黎要闻", 280)
    r22 = ctx.new_report(
        c, 2022, "昌黎县2022年度法治政府建设工作报告", pub="2023-03-28 15:00", source="昌黎县人民政府"
    )
    zj = publish(
        skin,
        "/zwgk/ghjh/gzzj/",
        "工作总结",
        [("/zwgk/", "政务公开"), ("/zwgk/ghjh/", "规划计划"), ("/zwgk/ghjh/gzzj/", "工作总结")],
        [r22, *ctx.fillers(c, 18, "disclosure", (2021, 2024))],
    )
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("plain_column_name",))
    r20 = ctx.new_report(
        c,
        2020,
        "昌黎县人民政府关于2020年法治政府建设情况的报告",
        pub="2021-03-26 09:30",
        source="昌黎县人民政府",
    )
    r20.uid = ctx.uid()
    pdf = ctx.attach(c, r20, f"/zwgk/fzzfjs/202103/P020210326{r20.uid:09d}.pdf", "pdf", r20.paras)
    qhd = ctx.higher("秦皇岛市", 2020, "省委、省政府", "2021-04-02 10:00")
    look = ctx.lookalikes_of(c, [("plan", 2021), ("demo_news", 2022), ("interpretation", 2021)])
    fz = publish(
        skin,
        "/zwgk/fzzfjs/",
        "法治政府建设",
        [("/zwgk/", "政务公开"), ("/zwgk/fzzfjs/", "法治政府建设")],
        [r20, qhd, *look, *ctx.fillers(c, 8, "disclosure")],
    )
    ctx.record(c, look)
    ctx.record_higher(c, qhd, 2020, c.base + qhd.path)
    ctx.truth_report(
        c,
        r20,
        2020,
        [
            *html_copy(c, r20),
            {"url": c.base + pdf, "kind": "pdf", "via": c.base + r20.path, "text_layer": True},
        ],
        kinds=("pdf_copy",),
    )
    index_page(
        skin,
        "/zwgk/index.html",
        "政务公开",
        [("/zwgk/", "政务公开")],
        [("/zwgk/ghjh/gzzj/", "工作总结", zj), ("/zwgk/fzzfjs/", "法治政府建设", fz)],
    )
    home(
        skin,
        [("/xwzx/clyw/", "昌黎要闻", news), ("/zwgk/", "政务公开", fz)],
        extra=f'<form action="/was5/web/search"><a href="{trap}">站内搜索</a></form>',
    )


# ====================================================================== 恭城
def gongcheng(ctx: Ctx6) -> None:
    """恭城瑶族自治县 (广西 桂林), ``www.gongcheng.gov.cn``: a Guangxi TRS county site with
    ``.shtml`` articles under 政府信息公开 → 法定主动公开内容 (sites.md "Where it is filed"; the
    ``.shtml`` suffix as on the Guangxi sites of ``gxzf_gov_cn`` spiders). The 2023 report is
    html; the 2021 report only a Word 97 ``.doc`` (not findable); a 政策解读 of the 2023 report;
    the 县司法局's own report in 部门信息公开."""
    c = County("gongcheng", "恭城瑶族自治县", "广西壮族自治区", "桂林市", "450332", "www.gongcheng.gov.cn")
    gk = "/zfxxgk/fdzdgknr/"
    nav = [("/", "首页"), ("/xwzx/gcyw/", "恭城要闻"), ("/zfxxgk/", "政府信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2024, 6, 3), skin=InfoSkin)
    shtml = lambda cl, it: f"{cl}{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid}.shtml"  # noqa: E731
    news = publish(
        skin, "/xwzx/gcyw/", "恭城要闻", [("/xwzx/gcyw/", "恭城要闻")], ctx.news(c, 230), path_fn=shtml
    )
    t = lambda key, name: [("/zfxxgk/", "政府信息公开"), (gk, "法定主动公开内容"), (gk + key + "/", name)]  # noqa: E731
    name = "恭城瑶族自治县"
    r23 = ctx.new_report(
        c, 2023, f"{name}2023年法治政府建设年度报告", pub="2024-03-27 10:40", source=f"{name}人民政府"
    )
    r21 = ctx.new_report(
        c, 2021, "恭城县2021年度法治政府建设情况报告", pub="2022-03-30 16:15", source=f"{name}司法局"
    )
    body = list(r21.paras)
    r21.paras = ["恭城县2021年度法治政府建设情况报告(详见附件)"]
    r21.uid = ctx.uid()
    doc = ctx.attach(c, r21, f"{gk}fzzfjs/202203/W0{r21.uid:012d}.doc", "doc", body)
    look = ctx.lookalikes_of(c, [("plan", 2022), ("shufa", 2023)])
    fz = publish(
        skin,
        gk + "fzzfjs/",
        "法治政府建设",
        t("fzzfjs", "法治政府建设"),
        [r23, r21, *look, *ctx.fillers(c, 11, "disclosure")],
        path_fn=shtml,
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("guangxi_shtml",))
    ctx.record_file(c, r21, 2021, doc, body, ("guangxi_shtml", "doc_needs_reader"))
    jd = ctx.lookalikes_of(c, [("interpretation", 2024), ("text_interp", 2024)])
    zc = publish(
        skin,
        gk + "zcjd/",
        "政策解读",
        t("zcjd", "政策解读"),
        [*jd, *ctx.fillers(c, 20, "jiedu")],
        path_fn=shtml,
    )
    ctx.record(c, jd)
    dep = ctx.department_report(c, "司法局", 2023, "2024-03-15 09:20")
    dl = publish(
        skin,
        "/zfxxgk/bmxxgk/sfj/",
        "县司法局",
        [("/zfxxgk/", "政府信息公开"), ("/zfxxgk/bmxxgk/sfj/", "县司法局")],
        [dep, *ctx.fillers(c, 9, "disclosure")],
        path_fn=shtml,
    )
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    index_page(
        skin,
        "/zfxxgk/index.html",
        "政府信息公开",
        [("/zfxxgk/", "政府信息公开")],
        [
            (gk + "fzzfjs/", "法治政府建设", fz),
            (gk + "zcjd/", "政策解读", zc),
            ("/zfxxgk/bmxxgk/sfj/", "县司法局", dl),
        ],
    )
    home(skin, [("/xwzx/gcyw/", "恭城要闻", news), ("/zfxxgk/", "政府信息公开", fz)])


# ====================================================================== 贵安新区
def guian(ctx: Ctx6) -> None:
    """贵州贵安新区, ``www.gaxq.gov.cn``: a 新区 管委会 portal (sites.md issuers: 新区 and 开发区
    administrations, "XX经济开发区管委会2022年度…" titles) with TRS columns under 政务公开; both
    reports are in 法治政府建设, next to a 考核 notice and a 工作要点; the 贵州省 report is
    reposted in 通知公告."""
    c = County("guian", "贵安新区", "贵州省", "", "520100", "www.gaxq.gov.cn")
    nav = [
        ("/", "首页"),
        ("/xwzx/gayw/", "贵安要闻"),
        ("/zwgk/fzzfjs/", "法治政府建设"),
        ("/zwgk/tzgg/", "通知公告"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 5, 20))
    news = news_column(skin, "/xwzx/gayw/", "贵安要闻", 240)
    r23 = ctx.new_report(
        c,
        2023,
        "贵安新区管委会关于2023年度法治政府建设情况的报告",
        pub="2024-03-28 18:05",
        source="贵安新区管委会",
    )
    r22 = ctx.new_report(
        c, 2022, "贵州贵安新区2022年法治政府建设工作报告", pub="2023-03-31 12:00", source="贵安新区党政办公室"
    )
    look = ctx.lookalikes_of(c, [("assessment", 2022), ("plan", 2024), ("meeting", 2023)])
    fz = publish(
        skin,
        "/zwgk/fzzfjs/",
        "法治政府建设",
        [("/zwgk/", "政务公开"), ("/zwgk/fzzfjs/", "法治政府建设")],
        [r23, r22, *look, *ctx.fillers(c, 12, "disclosure")],
    )
    ctx.record(c, look)
    for r, y in ((r23, 2023), (r22, 2022)):
        ctx.truth_report(c, r, y, html_copy(c, r), kinds=("development_zone",))
    gz = ctx.higher("贵州省", 2023, "党中央、国务院", "2024-04-01 10:00")
    tz = publish(
        skin, "/zwgk/tzgg/", "通知公告", [("/zwgk/tzgg/", "通知公告")], [gz, *ctx.fillers(c, 40, "notice")]
    )
    ctx.record_higher(c, gz, 2023, c.base + gz.path)
    home(
        skin,
        [
            ("/xwzx/gayw/", "贵安要闻", news),
            ("/zwgk/fzzfjs/", "法治政府建设", fz),
            ("/zwgk/tzgg/", "通知公告", tz),
        ],
    )


# ====================================================================== 祁连县
def qilian(ctx: Ctx6) -> None:
    """祁连县 (青海 海北), ``www.qilian.gov.cn``: an ordinary county site (sites.md "Where it is
    filed": 政府信息公开 → 法定主动公开内容 → 法治政府建设年度报告) with a large news section
    (``index_N.html`` pagers); the 2024 and 2020 reports are in 法治政府建设年度报告, beside a
    政府信息公开工作年度报告 in its own column."""
    c = County("qilian", "祁连县", "青海省", "海北藏族自治州", "632222", "www.qilian.gov.cn")
    gk = "/zfxxgk/fdzdgknr/"
    nav = [("/", "首页"), ("/xwzx/qlyw/", "祁连要闻"), ("/zfxxgk/", "政府信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2025, 4, 15))
    news = news_column(skin, "/xwzx/qlyw/", "祁连要闻", 420)
    dt_news = news_column(skin, "/xwzx/bmdt/", "部门动态", 180)
    t = lambda key, name: [("/zfxxgk/", "政府信息公开"), (gk, "法定主动公开内容"), (gk + key + "/", name)]  # noqa: E731
    r24 = ctx.new_report(
        c, 2024, "祁连县人民政府2024年法治政府建设情况报告", pub="2025-03-26 11:45", source="祁连县人民政府"
    )
    r20 = ctx.new_report(
        c, 2020, "2020年祁连县法治政府建设情况报告", pub="2021-04-08 15:30", source="祁连县司法局"
    )
    look = ctx.lookalikes_of(c, [("duty_report", 2024), ("notice", 2025)])
    fz = publish(
        skin,
        gk + "fzzfjsndbg/",
        "法治政府建设年度报告",
        t("fzzfjsndbg", "法治政府建设年度报告"),
        [r24, r20, *look, *ctx.fillers(c, 5, "disclosure")],
    )
    ctx.record(c, look)
    for r, y in ((r24, 2024), (r20, 2020)):
        ctx.truth_report(c, r, y, html_copy(c, r), kinds=("qinghai_trs",))
    xn = ctx.lookalikes_of(c, [("xxgk_annual", 2024), ("xxgk_annual", 2023)])
    nb = publish(skin, gk + "zfxxgknb/", "政府信息公开年报", t("zfxxgknb", "政府信息公开年报"), xn)
    ctx.record(c, xn)
    index_page(
        skin,
        "/zfxxgk/index.html",
        "政府信息公开",
        [("/zfxxgk/", "政府信息公开")],
        [(gk + "fzzfjsndbg/", "法治政府建设年度报告", fz), (gk + "zfxxgknb/", "政府信息公开年报", nb)],
    )
    home(
        skin,
        [
            ("/xwzx/qlyw/", "祁连要闻", news),
            ("/xwzx/bmdt/", "部门动态", dt_news),
            ("/zfxxgk/", "政府信息公开", fz),
        ],
    )
