"""Blind31 sites of 广西 河池: four counties on 广西's 集约化 platform (TRS ``.shtml`` pages,
``createPageHTML`` pagers; see ``platforms.py`` for the evidence). As on 柳城县's site, reports are
filed in 法定主动公开内容 → 通知公告 or in 政府文件 → 政府工作报告 as often as in a 法治政府建设 column.
"""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home, index_page
from ..blind2.core import open_site
from .core import County, Ctx31, date_trap, html_copy, newer
from .platforms import GxGbkSkin, GxSkin, gx_column

GX = "gx_trs_shtml"
GK = "/xxgk/"
COLS = {
    "tzgg": ("/xxgk/fdzdgknr/tzgg/", "通知公告"),
    "fzzfjs": ("/xxgk/fdzdgknr/fzzfjs/", "法治政府建设"),
    "zfzgbg": ("/xxgk/zfwj/zfzgbg/", "政府工作报告"),
    "bmxx": ("/xxgk/fdzdgknr/bmxx/", "部门信息"),
}


def _open(ctx: Ctx31, c: County, clock: dt.date, skin=GxSkin):
    nav = [("/", "首页"), ("/xwzx/jryw/index.shtml", "今日要闻"), (GK + "index.shtml", "政府信息公开")]
    skin = open_site(ctx, c, nav, clock, skin=skin)
    news = gx_column(
        skin, "/xwzx/jryw/", "今日要闻", [("/xwzx/jryw/index.shtml", "今日要闻")], ctx.news(c, 190), per=20
    )
    return skin, news


def _col(skin, key: str, items, **kw):
    col, name = COLS[key]
    trail = [(GK + "index.shtml", "政府信息公开"), (col + "index.shtml", name)]
    return gx_column(skin, col, name, trail, items, **kw)


def _finish(skin, news, cols: dict, extra: str = "") -> None:
    boxes = [(COLS[k][0] + "index.shtml", COLS[k][1], v) for k, v in cols.items()]
    index_page(skin, GK + "index.shtml", "政府信息公开", [(GK + "index.shtml", "政府信息公开")], boxes)
    home(
        skin,
        [("/xwzx/jryw/index.shtml", "今日要闻", news), (GK + "index.shtml", "政府信息公开", [])],
        extra=extra,
    )


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


def nandan(ctx: Ctx31) -> None:
    """南丹县 (广西 河池), ``www.gxnd.gov.cn``: 广西 集约化 (TRS ``.shtml``). The 2024 report is in
    通知公告 on its second list page (``index_1.shtml``, named only by ``createPageHTML``) below
    notices, beside a notice about the report; the 2022 report is filed in 政府文件 → 政府工作报告
    beside the 政府工作报告 itself (as 柳城县's 2024 report is). A 按日期浏览 archive never ends (trap)."""
    c = County("nandan", "南丹县", "广西壮族自治区", "河池市", "451221", "www.gxnd.gov.cn")
    skin, news = _open(ctx, c, dt.date(2025, 5, 16))
    trap = date_trap(ctx, skin, "/rqll/index.jsp")
    r24 = _rep(ctx, c, 2024, "南丹县2024年法治政府建设年度报告", "2025-03-27 16:20", "南丹县人民政府")
    notes = ctx.lookalikes_of(c, [("notice", 2025)])
    r22 = _rep(
        ctx, c, 2022, "南丹县人民政府关于2022年度法治政府建设情况的报告", "2023-03-30 10:05", "南丹县人民政府"
    )
    look = ctx.lookalikes_of(c, [("gov_work_report", 2023), ("xxgk_annual", 2022)])
    tz = _col(
        skin,
        "tzgg",
        [*newer(ctx, c, r24, 17, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 25, "notice")],
    )
    assert tz.index(r24) >= 15
    bg = _col(skin, "zfzgbg", [r22, *look, *ctx.fillers(c, 6, "disclosure", (2019, 2024))])
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(GX, "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(GX,))
    _finish(
        skin, news, {"tzgg": tz, "zfzgbg": bg}, extra=f'<div class="rq"><a href="{trap}">按日期浏览</a></div>'
    )


def tiane(ctx: Ctx31) -> None:
    """天峨县 (广西 河池), ``www.tiane.gov.cn``: 广西 集约化. The 2023 report and 广西's reposted
    2023 report are in 法治政府建设 beside a 实施方案; the 2021 report is a PDF (TRS
    ``P0YYYYMMDD<n>.pdf``) attached to a short article in 通知公告."""
    c = County("tiane", "天峨县", "广西壮族自治区", "河池市", "451222", "www.tiane.gov.cn")
    skin, news = _open(ctx, c, dt.date(2024, 12, 9))
    r23 = _rep(ctx, c, 2023, "天峨县2023年法治政府建设年度报告", "2024-03-28 11:40", "天峨县人民政府")
    gx = ctx.higher("广西壮族自治区", 2023, "党中央、国务院", "2024-04-03 09:30")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("meeting", 2024), ("duty_report", 2023)])
    r21 = _rep(ctx, c, 2021, "天峨县2021年度法治政府建设工作报告", "2022-03-29 15:10", "天峨县司法局")
    body = list(r21.paras)
    r21.paras = [r21.title.replace("|", "") + "全文见附件。"]
    r21.uid = ctx.uid()
    col = COLS["tzgg"][0]
    pdf = ctx.attach(
        c, r21, f"{col}{r21.pub:%Y%m}/P0{r21.pub:%Y%m%d}{r21.uid % 900000 + 518000}.pdf", "pdf", body
    )
    fz = _col(skin, "fzzfjs", [r23, gx, *look, *ctx.fillers(c, 10, "disclosure")])
    tz = _col(skin, "tzgg", [r21, *ctx.fillers(c, 40, "notice", (2019, 2024))])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(GX, "higher_repost"))
    ctx.record_higher(c, gx, 2023, c.base + gx.path)
    ctx.record_file(c, r21, 2021, pdf, body, (GX, "pdf_attachment"))
    _finish(skin, news, {"fzzfjs": fz, "tzgg": tz})


def bama(ctx: Ctx31) -> None:
    """巴马瑶族自治县 (广西 河池), ``www.bama.gov.cn``: 广西 集约化. The 2024 report is in 政府文件 →
    政府工作报告 beside the 政府工作报告 and the 信息公开 annual report (柳城县's filing); the 2022
    report in 通知公告 beside a 解读; the 2020 report exists only as a scanned PDF."""
    c = County("bama", "巴马瑶族自治县", "广西壮族自治区", "河池市", "451227", "www.bama.gov.cn")
    skin, news = _open(ctx, c, dt.date(2025, 6, 3))
    r24 = _rep(
        ctx, c, 2024, "巴马瑶族自治县2024年法治政府建设年度报告", "2025-03-26 10:30", "巴马瑶族自治县人民政府"
    )
    look = ctx.lookalikes_of(c, [("gov_work_report", 2025), ("xxgk_annual", 2024)])
    r22 = _rep(
        ctx,
        c,
        2022,
        "巴马瑶族自治县关于2022年法治政府建设工作情况的报告",
        "2023-03-31 09:15",
        "巴马瑶族自治县人民政府",
    )
    look2 = ctx.lookalikes_of(c, [("interpretation", 2023)])
    r20 = _rep(
        ctx, c, 2020, "巴马瑶族自治县2020年法治政府建设年度报告", "2021-03-30 16:00", "巴马瑶族自治县司法局"
    )
    body20 = list(r20.paras)
    r20.paras = ["(扫描件)"]
    r20.uid = ctx.uid()
    col = COLS["tzgg"][0]
    scan = f"{col}{r20.pub:%Y%m}/P0{r20.pub:%Y%m%d}{r20.uid % 900000 + 611000}.pdf"
    r20.attachments.append((r20.title + ".pdf", scan, files.make_scan_pdf(r20.uid)))
    bg = _col(skin, "zfzgbg", [r24, *look, *ctx.fillers(c, 6, "disclosure", (2019, 2025))])
    tz = _col(skin, "tzgg", [r22, *look2, r20, *ctx.fillers(c, 26, "notice", (2019, 2023))])
    ctx.record(c, [*look, *look2])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(GX,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(GX,))
    ctx.record_scan(c, r20, 2020, scan, body20, kinds=(GX,))
    _finish(skin, news, {"zfzgbg": bg, "tzgg": tz})


def duan(ctx: Ctx31) -> None:
    """都安瑶族自治县 (广西 河池), ``www.duan.gov.cn``: 广西 集约化 with an older template served as
    GBK (assumed). The 2023 report is in 法治政府建设 beside a 述法报告 and a 考核 通报; the 县司法局's
    own 2023 report is in 部门信息; the 2021 report is on the third page of 通知公告."""
    c = County("duan", "都安瑶族自治县", "广西壮族自治区", "河池市", "451228", "www.duan.gov.cn")
    skin, news = _open(ctx, c, dt.date(2024, 10, 28), skin=GxGbkSkin)
    r23 = _rep(
        ctx,
        c,
        2023,
        "都安瑶族自治县2023年度法治政府建设情况报告",
        "2024-03-29 17:00",
        "都安瑶族自治县人民政府",
    )
    look = ctx.lookalikes_of(c, [("shufa", 2023), ("assessment", 2024)])
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-27 10:00")
    r21 = _rep(
        ctx, c, 2021, "都安瑶族自治县2021年法治政府建设工作报告", "2022-03-30 11:20", "都安瑶族自治县人民政府"
    )
    fz = _col(skin, "fzzfjs", [r23, *look, *ctx.fillers(c, 9, "disclosure")])
    bm = _col(skin, "bmxx", [dep, *ctx.fillers(c, 14, "disclosure")])
    tz = _col(
        skin,
        "tzgg",
        [*newer(ctx, c, r21, 32, "notice", skin.clock), r21, *ctx.fillers(c, 10, "notice", (2019, 2021))],
    )
    assert tz.index(r21) >= 30
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(GX,))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(GX, "later_list_page"))
    _finish(skin, news, {"fzzfjs": fz, "bmxx": bm, "tzgg": tz})
