"""Blind22 sites of 宁夏: ordinary members of the 宁夏 TRS (WCM) family, which is what every 宁夏
county column in the public evidence is (``/xxgk/zfxxgkml/…``, ``/xxgk_13648/zfwj/gfxwj/``,
``/zwgk/zfbmzsjgxxgk/lwszfb/xxgkml_29024/xzgfxwj/`` in a public list of county 规范性文件
columns; ``/xxgk/bmxxgkml/…/202604/t20260427_5226142.html`` and ``index_{n}.html`` pages in
public crawlers of 银川市; ``/was5/web/…`` search on 银川市). Six counties:

* 贺兰县 (``/xxgk_7799/xxgkml/`` tree, a 按日期浏览 archive: trap),
* 灵武市 (the report in the 部门信息公开 catalogue of 市司法局, ``…/xxgkml_NNNNN/``),
* 平罗县 (其他法定公开信息 over pages, a scan-only report, an echoing ``was5`` search: trap),
* 同心县 (https, 法治政府建设 column with 吴忠市's repost),
* 西吉县 (https, ``/xxgk_13648/`` tree, one report html with a PDF beside it),
* 沙坡头区 (https, a report among 区政府文件, one in 通知公告 page 2).

Every site's docstring names the real evidence it follows and what is assumed.
"""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home, index_page, publish
from ..blind2.core import news_column, open_site
from ..blind4.sites_a import InfoSkin
from .core import County, Ctx22, date_trap, html_copy, newer, search_trap

NX = "宁夏回族自治区"


def _trs(c: County, gk: str, key: str, name: str, root: str = "政府信息公开") -> list[tuple[str, str]]:
    return [(gk, root), (gk + key + "/", name)]


# ====================================================================== 贺兰县
def helan(ctx: Ctx22) -> None:
    """贺兰县 (宁夏 银川), ``www.nxhl.gov.cn`` (http): TRS with column directories carrying
    their ids (``/xxgk_7799/xxgkml/zfwk/xzbwj/`` and ``/xxgk_7799/ldzc_73864/`` in public code
    on this site). The 2023 report and 银川市's repost are in 法治政府建设 under the 信息公开目录;
    the 2021 report is on the second page of 通知公告 among notices. A 按日期浏览 archive never
    ends (trap; its place on this site is assumed)."""
    c = County("helan", "贺兰县", NX, "银川市", "640122", "www.nxhl.gov.cn")
    gk = "/xxgk_7799/xxgkml/"
    nav = [
        ("/", "首页"),
        ("/xwzx_7781/hlyw/", "贺兰要闻"),
        (gk, "信息公开目录"),
        ("/xwzx_7781/tzgg/", "通知公告"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 20), skin=InfoSkin)
    trap = date_trap(ctx, skin, "/search/rqll.jsp")
    news = news_column(skin, "/xwzx_7781/hlyw/", "贺兰要闻", 320)
    r23 = ctx.new_report(
        c,
        2023,
        "贺兰县人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-26 16:10",
        source="贺兰县人民政府",
    )
    yc = ctx.higher("银川市", 2023, "自治区党委、政府", "2024-04-02 10:30")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("gov_work_report", 2024), ("shufa", 2023)])
    fz = publish(
        skin,
        gk + "fzzfjs_79001/",
        "法治政府建设",
        _trs(c, gk, "fzzfjs_79001", "法治政府建设", "信息公开目录"),
        [r23, yc, *look, *ctx.fillers(c, 9, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("nx_trs", "higher_repost"))
    ctx.record_higher(c, yc, 2023, c.base + yc.path)
    r21 = ctx.new_report(
        c, 2021, "贺兰县2021年法治政府建设工作报告", pub="2022-03-29 09:40", source="贺兰县司法局"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2022)])
    tz = publish(
        skin,
        "/xwzx_7781/tzgg/",
        "通知公告",
        [("/xwzx_7781/tzgg/", "通知公告")],
        [
            *newer(ctx, c, r21, 24, "notice", skin.clock),
            r21,
            *notes,
            *ctx.fillers(c, 12, "notice", (2019, 2021)),
        ],
    )
    assert tz.index(r21) >= 20
    ctx.record(c, notes)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("nx_trs", "later_list_page"))
    index_page(
        skin,
        gk + "index.html",
        "信息公开目录",
        [(gk, "信息公开目录")],
        [(gk + "fzzfjs_79001/", "法治政府建设", fz)],
    )
    home(
        skin,
        [
            ("/xwzx_7781/hlyw/", "贺兰要闻", news),
            ("/xwzx_7781/tzgg/", "通知公告", tz),
            (gk, "信息公开目录", fz),
        ],
        extra=f'<div class="rili"><a href="{trap}">按日期浏览</a></div>',
    )


# ====================================================================== 灵武市
def lingwu(ctx: Ctx22) -> None:
    """灵武市 (宁夏 银川), ``www.nxlw.gov.cn`` (http): TRS whose 政府部门及直属机构信息公开
    catalogue holds one ``xxgkml_NNNNN`` tree per department (``/zwgk/zfbmzsjgxxgk/lwszfb/
    xxgkml_29024/xzgfxwj/`` in a public list of county columns). The city's 2024 report is filed
    by 市司法局 in its own catalogue (法治政府建设), beside the 司法局's own report; the 2022
    report is in the 市政府 catalogue's 其他法定公开信息. That the report sits under the
    司法局 is assumed (it is where 司法局-drafted reports often go)."""
    c = County("lingwu", "灵武市", NX, "银川市", "640181", "www.nxlw.gov.cn")
    gk = "/zwgk/zfbmzsjgxxgk/"
    nav = [("/", "首页"), ("/xwzx/lwyw/", "灵武要闻"), ("/zwgk/", "政务公开"), (gk, "部门信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 9), skin=InfoSkin)
    news = news_column(skin, "/xwzx/lwyw/", "灵武要闻", 260)
    sfj = gk + "lwssfj/xxgkml_29031/"
    r24 = ctx.new_report(
        c, 2024, "灵武市2024年度法治政府建设工作报告", pub="2025-03-28 11:05", source="灵武市人民政府"
    )
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-20 15:30")
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("duty_report", 2024)])
    sj = publish(
        skin,
        sfj + "fzzfjs/",
        "法治政府建设",
        [(gk, "部门信息公开"), (sfj, "灵武市司法局"), (sfj + "fzzfjs/", "法治政府建设")],
        [r24, dep, *look, *ctx.fillers(c, 10, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("nx_trs", "department_catalogue"))
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    depts = [
        "发展和改革局",
        "教育局",
        "公安局",
        "民政局",
        "司法局",
        "财政局",
        "自然资源局",
        "住房和城乡建设局",
    ]
    boxes = []
    for i, d in enumerate(depts):
        key = "lwssfj/xxgkml_29031/" if d == "司法局" else f"lw{i:02d}/xxgkml_{29010 + i * 3}/"
        boxes.append(f'<li><a href="{gk}{key}">灵武市{d}</a></li>')
        if d != "司法局":
            items = ctx.fillers(c, 6, "disclosure")
            publish(
                skin,
                gk + key,
                f"灵武市{d}",
                [(gk, "部门信息公开"), (gk + key, f"灵武市{d}")],
                items,
            )
    index_page(
        skin,
        sfj + "index.html",
        "灵武市司法局",
        [(gk, "部门信息公开"), (sfj, "灵武市司法局")],
        [(sfj + "fzzfjs/", "法治政府建设", sj)],
    )
    skin.put(
        gk + "index.html",
        skin.page(
            "部门信息公开_" + skin.site_name,
            f'{skin.crumbs([(gk, "部门信息公开")])}<div class="bmlist"><ul>{"".join(boxes)}</ul></div>',
        ),
    )
    sz = "/zwgk/zfxxgkml/"
    r22 = ctx.new_report(
        c,
        2022,
        "灵武市人民政府关于2022年法治政府建设情况的报告",
        pub="2023-03-30 17:20",
        source="灵武市人民政府",
    )
    notes = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("interpretation", 2023)])
    qt = publish(
        skin,
        sz + "qtfdgkxx/",
        "其他法定公开信息",
        [("/zwgk/", "政务公开"), (sz, "市政府信息公开目录"), (sz + "qtfdgkxx/", "其他法定公开信息")],
        [r22, *notes, *ctx.fillers(c, 16, "disclosure", (2020, 2024))],
    )
    ctx.record(c, notes)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("nx_trs",))
    index_page(
        skin,
        "/zwgk/index.html",
        "政务公开",
        [("/zwgk/", "政务公开")],
        [(sz + "qtfdgkxx/", "其他法定公开信息", qt), (gk, "部门信息公开", sj)],
    )
    home(skin, [("/xwzx/lwyw/", "灵武要闻", news), ("/zwgk/", "政务公开", qt), (gk, "部门信息公开", sj)])


# ====================================================================== 平罗县
def pingluo(ctx: Ctx22) -> None:
    """平罗县 (宁夏 石嘴山), ``www.pingluo.gov.cn`` (http): TRS with the 信息公开 tree at
    ``/xxgk/zfxxgkml/`` (``/xxgk/zfxxgkml/wj/xzgfxwj/`` in a public list of county columns). The
    2024 report is on the second page of 其他法定公开信息 beside 石嘴山市's repost; the 2020 report
    only as a scanned PDF (not findable); the site search ``/was5/web/search`` (the TRS
    search 银川市 runs at ``/was5/web/outlinecontent`` in a public crawler) echoes its query and
    links more queries (trap)."""
    c = County("pingluo", "平罗县", NX, "石嘴山市", "640221", "www.pingluo.gov.cn")
    gk = "/xxgk/zfxxgkml/"
    nav = [("/", "首页"), ("/xwzx/plyw/", "平罗要闻"), (gk, "政府信息公开目录")]
    skin = open_site(ctx, c, nav, dt.date(2025, 7, 1))
    trap = search_trap(ctx, skin, "/was5/web/search", "searchword")
    news = news_column(skin, "/xwzx/plyw/", "平罗要闻", 300)
    r24 = ctx.new_report(
        c,
        2024,
        "平罗县人民政府关于2024年度法治政府建设工作情况的报告",
        pub="2025-03-31 10:20",
        source="平罗县人民政府",
    )
    sz = ctx.higher("石嘴山市", 2024, "自治区党委、政府", "2025-04-08 09:15")
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("xxgk_annual", 2025), ("text_interp", 2025)])
    qt = publish(
        skin,
        gk + "qtfdgkxx/",
        "其他法定公开信息",
        _trs(c, gk, "qtfdgkxx", "其他法定公开信息", "政府信息公开目录"),
        [
            *newer(ctx, c, r24, 22, until=skin.clock),
            r24,
            sz,
            *notes,
            *ctx.fillers(c, 14, "disclosure", (2021, 2024)),
        ],
    )
    assert qt.index(r24) >= 20
    ctx.record(c, notes)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("nx_trs", "later_list_page"))
    ctx.record_higher(c, sz, 2024, c.base + sz.path)
    r20 = ctx.new_report(
        c, 2020, "平罗县2020年法治政府建设工作报告", pub="2021-04-02 16:00", source="平罗县司法局"
    )
    body = list(r20.paras)
    r20.paras = ["(扫描件,见附件)"]
    r20.uid = ctx.uid()
    scan = f"/xxgk/zfxxgkml/fzzfjs/202104/P020210402{r20.uid:09d}.pdf"
    r20.attachments.append((r20.title + ".pdf", scan, files.make_scan_pdf(r20.uid)))
    look = ctx.lookalikes_of(c, [("plan", 2021), ("meeting", 2022)])
    fz = publish(
        skin,
        gk + "fzzfjs/",
        "法治政府建设",
        _trs(c, gk, "fzzfjs", "法治政府建设", "政府信息公开目录"),
        [r20, *look, *ctx.fillers(c, 8, "disclosure")],
    )
    ctx.record(c, look)
    ctx.record_scan(c, r20, 2020, scan, body, kinds=("nx_trs", "scan_needs_ocr"))
    index_page(
        skin,
        gk + "index.html",
        "政府信息公开目录",
        [(gk, "政府信息公开目录")],
        [(gk + "qtfdgkxx/", "其他法定公开信息", qt), (gk + "fzzfjs/", "法治政府建设", fz)],
    )
    home(
        skin,
        [("/xwzx/plyw/", "平罗要闻", news), (gk, "政府信息公开目录", qt)],
        extra=f'<form action="/was5/web/search"><a href="{trap}">站内搜索</a></form>',
    )


# ====================================================================== 同心县
def tongxin(ctx: Ctx22) -> None:
    """同心县 (宁夏 吴忠), ``https://www.tongxin.gov.cn``: TRS with the 信息公开 tree at
    ``/zwgk/zfxxgkml/`` (``/zwgk/zfxxgkml/zfwj/gfxwjk_1/`` in a public list of county columns).
    The 2024 and 2022 reports are in 法治政府建设 (重点领域信息公开) with 吴忠市's repost, a
    实施方案, a 述法 report and a 考核 notice; the column's place is assumed."""
    c = County("tongxin", "同心县", NX, "吴忠市", "640324", "www.tongxin.gov.cn", scheme="https")
    gk = "/zwgk/zfxxgkml/"
    nav = [("/", "首页"), ("/xwzx/txyw/", "同心要闻"), (gk, "政府信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 16), skin=InfoSkin)
    news = news_column(skin, "/xwzx/txyw/", "同心要闻", 280)
    r24 = ctx.new_report(
        c, 2024, "同心县2024年法治政府建设年度报告", pub="2025-03-25 15:45", source="同心县人民政府办公室"
    )
    r22 = ctx.new_report(
        c, 2022, "同心县人民政府2022年度法治政府建设情况报告", pub="2023-03-29 10:00", source="同心县人民政府"
    )
    wz = ctx.higher("吴忠市", 2022, "自治区党委、政府", "2023-04-10 16:20")
    look = ctx.lookalikes_of(c, [("plan", 2023), ("shufa", 2024), ("assessment", 2023), ("demo_news", 2024)])
    key = "zdlyxxgk/fzzfjs/"
    fz = publish(
        skin,
        gk + key,
        "法治政府建设",
        [(gk, "政府信息公开"), (gk + "zdlyxxgk/", "重点领域信息公开"), (gk + key, "法治政府建设")],
        [r24, r22, wz, *look, *ctx.fillers(c, 18, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("nx_trs",))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("nx_trs", "higher_repost"))
    ctx.record_higher(c, wz, 2022, c.base + wz.path)
    index_page(
        skin,
        gk + "zdlyxxgk/index.html",
        "重点领域信息公开",
        [(gk, "政府信息公开"), (gk + "zdlyxxgk/", "重点领域信息公开")],
        [(gk + key, "法治政府建设", fz)],
    )
    index_page(
        skin,
        gk + "index.html",
        "政府信息公开",
        [(gk, "政府信息公开")],
        [(gk + "zdlyxxgk/", "重点领域信息公开", fz)],
    )
    home(skin, [("/xwzx/txyw/", "同心要闻", news), (gk, "政府信息公开", fz)])


# ====================================================================== 西吉县
def xiji(ctx: Ctx22) -> None:
    """西吉县 (宁夏 固原), ``https://www.nxxj.gov.cn``: TRS with its 信息公开 directory named
    with its id (``/xxgk_13648/zfwj/gfxwj/`` in a public list of county columns). The 2023
    report is an article with its PDF attached (TRS ``P0…pdf`` names); the 2019 report is in
    工作报告 among 政府工作报告 (assumed place)."""
    c = County("xiji", "西吉县", NX, "固原市", "640422", "www.nxxj.gov.cn", scheme="https")
    gk = "/xxgk_13648/"
    nav = [("/", "首页"), ("/xwzx/xjyw/", "西吉要闻"), (gk, "政府信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2024, 11, 5))
    news = news_column(skin, "/xwzx/xjyw/", "西吉要闻", 240)
    r23 = ctx.new_report(
        c,
        2023,
        "西吉县人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-29 09:30",
        source="西吉县人民政府",
    )
    r23.uid = ctx.uid()
    pdf = ctx.attach(c, r23, f"{gk}fzzfjs/202403/P020240329{r23.uid:09d}.pdf", "pdf", list(r23.paras))
    look = ctx.lookalikes_of(c, [("notice", 2024), ("plan", 2024)])
    fz = publish(
        skin,
        gk + "fzzfjs/",
        "法治政府建设",
        _trs(c, gk, "fzzfjs", "法治政府建设"),
        [r23, *look, *ctx.fillers(c, 11, "disclosure")],
    )
    ctx.record(c, look)
    copies = [
        *html_copy(c, r23),
        {"url": c.base + pdf, "kind": "pdf", "via": c.base + r23.path, "text_layer": True},
    ]
    ctx.truth_report(c, r23, 2023, copies, kinds=("nx_trs", "html_and_pdf"))
    r19 = ctx.new_report(
        c, 2019, "西吉县2019年度法治政府建设情况报告", pub="2020-03-31 11:10", source="西吉县司法局"
    )
    gz = ctx.lookalikes_of(c, [("gov_work_report", 2020), ("gov_work_report", 2021), ("xxgk_annual", 2020)])
    bg = publish(
        skin,
        gk + "gzbg/",
        "工作报告",
        _trs(c, gk, "gzbg", "工作报告"),
        [r19, *gz, *ctx.fillers(c, 6, "disclosure", (2019, 2022))],
    )
    ctx.record(c, gz)
    ctx.truth_report(c, r19, 2019, html_copy(c, r19), kinds=("nx_trs",))
    index_page(
        skin,
        gk + "index.html",
        "政府信息公开",
        [(gk, "政府信息公开")],
        [(gk + "fzzfjs/", "法治政府建设", fz), (gk + "gzbg/", "工作报告", bg)],
    )
    home(skin, [("/xwzx/xjyw/", "西吉要闻", news), (gk, "政府信息公开", fz)])


# ====================================================================== 沙坡头区
def shapotou(ctx: Ctx22) -> None:
    """沙坡头区 (宁夏 中卫), ``https://www.spt.gov.cn``: TRS with 区政府文件 at
    ``/xxgk/qzfwj/`` (``/xxgk/qzfwj/xzfgxwj/`` in a public list of county columns). The 2024
    report is among 区政府文件 (with 政府工作报告 and 实施方案); the 2021 report on the second page
    of 通知公告."""
    c = County("shapotou", "沙坡头区", NX, "中卫市", "640502", "www.spt.gov.cn", scheme="https")
    nav = [("/", "首页"), ("/xwzx/sptyw/", "沙坡头要闻"), ("/xxgk/", "信息公开"), ("/xwzx/tzgg/", "通知公告")]
    skin = open_site(ctx, c, nav, dt.date(2025, 4, 22), skin=InfoSkin)
    news = news_column(skin, "/xwzx/sptyw/", "沙坡头要闻", 300)
    r24 = ctx.new_report(
        c,
        2024,
        "中卫市沙坡头区人民政府关于2024年法治政府建设情况的报告",
        pub="2025-03-27 17:30",
        source="沙坡头区人民政府",
    )
    look = ctx.lookalikes_of(c, [("gov_work_report", 2025), ("plan", 2025), ("meeting_topic", 2024)])
    wj = publish(
        skin,
        "/xxgk/qzfwj/",
        "区政府文件",
        [("/xxgk/", "信息公开"), ("/xxgk/qzfwj/", "区政府文件")],
        [r24, *look, *ctx.fillers(c, 30, "disclosure", (2022, 2025))],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("nx_trs", "policy_files_column"))
    r21 = ctx.new_report(
        c, 2021, "沙坡头区2021年度法治政府建设工作报告", pub="2022-03-30 15:00", source="沙坡头区司法局"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2022)])
    tz = publish(
        skin,
        "/xwzx/tzgg/",
        "通知公告",
        [("/xwzx/tzgg/", "通知公告")],
        [
            *newer(ctx, c, r21, 26, "notice", skin.clock),
            r21,
            *notes,
            *ctx.fillers(c, 10, "notice", (2019, 2021)),
        ],
    )
    assert tz.index(r21) >= 20
    ctx.record(c, notes)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("nx_trs", "later_list_page"))
    index_page(
        skin, "/xxgk/index.html", "信息公开", [("/xxgk/", "信息公开")], [("/xxgk/qzfwj/", "区政府文件", wj)]
    )
    home(
        skin,
        [("/xwzx/sptyw/", "沙坡头要闻", news), ("/xwzx/tzgg/", "通知公告", tz), ("/xxgk/", "信息公开", wj)],
    )
