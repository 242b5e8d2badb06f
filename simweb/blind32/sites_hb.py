"""Blind32 sites of 湖北 襄阳: three county-level sites and the 襄阳市 portal on 襄阳's TRS
``.shtml`` platform (lists ``index.shtml``/``index_N.shtml`` paged by ``createPageHTML``, articles
``<col>/YYYYMM/tYYYYMMDD_<id>.shtml``; see ``platforms.py``), and 宜城市, linked only by the
portal's 县市区 page. The 信息公开 trees are ``/zwgk/fdzdgknr/…`` (襄州区's) and ``/zwgk/zc/…``
(枣阳市's ``/zwgk/zc/zfwj/``).
"""

from __future__ import annotations

import datetime as dt

from ..blind.sites_a import home, index_page
from ..blind2.core import open_site
from .core import County, Ctx32, html_copy, newer
from .platforms import XySkin, xy_column

XY = "xy_trs_shtml"
GK = "/zwgk/"
COLS = {
    "tzgg": ("/zwgk/fdzdgknr/tzgg/", "通知公告"),
    "fzzfjs": ("/zwgk/fdzdgknr/fzzfjs/", "法治政府建设"),
    "zfwj": ("/zwgk/zc/zfwj/", "政府文件"),
    "ghjh": ("/zwgk/fdzdgknr/ghjh/", "规划计划"),
    "xqdh": ("/zwgk/xsqdh/", "县市区导航"),
}


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


def _open(ctx: Ctx32, c: County, clock: dt.date, *, seeded: bool = True):
    nav = [("/", "首页"), ("/xwzx/jryw/index.shtml", "今日要闻"), (GK + "index.shtml", "政务公开")]
    skin = open_site(ctx, c, nav, clock, skin=XySkin, seeded=seeded)
    news = xy_column(
        skin, "/xwzx/jryw/", "今日要闻", [("/xwzx/jryw/index.shtml", "今日要闻")], ctx.news(c, 180), per=20
    )
    return skin, news


def _col(skin, key: str, items, **kw):
    col, name = COLS[key]
    trail = [(GK + "index.shtml", "政务公开"), (col + "index.shtml", name)]
    return xy_column(skin, col, name, trail, items, **kw)


def _finish(skin, news, cols: dict, extra: str = "") -> None:
    boxes = [(COLS[k][0] + "index.shtml", COLS[k][1], v) for k, v in cols.items()]
    index_page(skin, GK + "index.shtml", "政务公开", [(GK + "index.shtml", "政务公开")], boxes)
    home(
        skin,
        [("/xwzx/jryw/index.shtml", "今日要闻", news), (GK + "index.shtml", "政务公开", [])],
        extra=extra,
    )


def zaoyang(ctx: Ctx32) -> None:
    """枣阳市 (湖北 襄阳), ``www.zyzf.gov.cn`` (``/zwgk/zc/zfwj/`` in a public coverage table): 襄阳
    TRS. The 2024 report and 湖北省's reposted 2024 report are in 法治政府建设 beside a 实施方案; the
    2022 report is filed in 政府文件 on its second page (``index_1.shtml``, named only by
    ``createPageHTML``)."""
    c = County("zaoyang", "枣阳市", "湖北省", "襄阳市", "420683", "www.zyzf.gov.cn")
    skin, news = _open(ctx, c, dt.date(2025, 5, 20))
    r24 = _rep(ctx, c, 2024, "枣阳市2024年法治政府建设年度报告", "2025-03-31 16:00", "枣阳市人民政府")
    hb = ctx.higher("湖北省", 2024, "党中央、国务院", "2025-04-07 09:00")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("gov_work_report", 2025), ("xxgk_annual", 2024)])
    r22 = _rep(
        ctx,
        c,
        2022,
        "枣阳市人民政府关于2022年法治政府建设工作情况的报告",
        "2023-03-28 10:40",
        "枣阳市人民政府",
    )
    fz = _col(skin, "fzzfjs", [r24, hb, look[0], look[2], *ctx.fillers(c, 8, "disclosure", (2019, 2025))])
    wj = _col(
        skin,
        "zfwj",
        [
            *newer(ctx, c, r22, 16, "disclosure", skin.clock),
            r22,
            look[1],
            *ctx.fillers(c, 14, "disclosure", (2019, 2022)),
        ],
    )
    assert wj.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(XY, "higher_repost"))
    ctx.record_higher(c, hb, 2024, c.base + hb.path)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(XY, "later_list_page"))
    _finish(skin, news, {"fzzfjs": fz, "zfwj": wj})


def nanzhang(ctx: Ctx32) -> None:
    """南漳县 (湖北 襄阳), ``www.hbnz.gov.cn``: 襄阳 TRS. The 2023 report is in 法治政府建设 beside a
    述法报告 and a 考核 通报; the 2022 report is in 通知公告 beside a notice about it and a meeting."""
    c = County("nanzhang", "南漳县", "湖北省", "襄阳市", "420624", "www.hbnz.gov.cn")
    skin, news = _open(ctx, c, dt.date(2024, 12, 12))
    r23 = _rep(ctx, c, 2023, "南漳县2023年度法治政府建设情况报告", "2024-03-29 15:20", "南漳县人民政府")
    look = ctx.lookalikes_of(c, [("shufa", 2023), ("assessment", 2024)])
    r22 = _rep(
        ctx, c, 2022, "南漳县人民政府关于2022年度法治政府建设情况的报告", "2023-03-30 11:00", "南漳县人民政府"
    )
    look2 = ctx.lookalikes_of(c, [("notice", 2023), ("meeting_topic", 2023)])
    fz = _col(skin, "fzzfjs", [r23, *look, *ctx.fillers(c, 7, "disclosure", (2019, 2024))])
    tz = _col(
        skin,
        "tzgg",
        [*newer(ctx, c, r22, 5, "notice", skin.clock), r22, *look2, *ctx.fillers(c, 26, "notice")],
    )
    ctx.record(c, [*look, *look2])
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(XY,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(XY,))
    _finish(skin, news, {"fzzfjs": fz, "tzgg": tz})


def gucheng(ctx: Ctx32) -> None:
    """谷城县 (湖北 襄阳), ``www.hbgucheng.gov.cn``: 襄阳 TRS. The 2024 report is a PDF attached to a
    short article in 通知公告 (TRS ``P0…pdf`` beside the article); the 2022 report is in 法治政府建设
    beside a 工作要点 and a 解读; the 2021 report exists only as a Word 97 ``.doc`` attachment."""
    c = County("gucheng", "谷城县", "湖北省", "襄阳市", "420625", "www.hbgucheng.gov.cn")
    skin, news = _open(ctx, c, dt.date(2025, 4, 25))
    col = COLS["tzgg"][0]
    r24 = _rep(ctx, c, 2024, "谷城县2024年法治政府建设年度报告", "2025-03-27 17:30", "谷城县人民政府")
    body = list(r24.paras)
    r24.paras = [r24.title + "全文见附件。"]
    r24.uid = ctx.uid()
    pdf = ctx.attach(
        c, r24, f"{col}{r24.pub:%Y%m}/P0{r24.pub:%Y%m%d}{r24.uid % 900000 + 417000}.pdf", "pdf", body
    )
    r22 = _rep(ctx, c, 2022, "谷城县2022年度法治政府建设工作报告", "2023-03-31 09:40", "谷城县人民政府")
    look = ctx.lookalikes_of(c, [("plan", 2023), ("interpretation", 2023)])
    r21 = _rep(ctx, c, 2021, "谷城县2021年法治政府建设年度报告", "2022-03-30 10:30", "谷城县司法局")
    body21 = list(r21.paras)
    r21.paras = [r21.title + "(附件下载)"]
    r21.uid = ctx.uid()
    doc = ctx.attach(
        c,
        r21,
        f"/zwgk/fdzdgknr/fzzfjs/{r21.pub:%Y%m}/P0{r21.pub:%Y%m%d}{r21.uid % 900000 + 418000}.doc",
        "doc",
        body21,
    )
    tz = _col(
        skin, "tzgg", [*newer(ctx, c, r24, 4, "notice", skin.clock), r24, *ctx.fillers(c, 28, "notice")]
    )
    fz = _col(skin, "fzzfjs", [r22, *look, r21, *ctx.fillers(c, 6, "disclosure", (2019, 2024))])
    ctx.record(c, look)
    ctx.record_file(c, r24, 2024, pdf, body, (XY, "pdf_attachment"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(XY,))
    ctx.record_file(c, r21, 2021, doc, body21, (XY, "doc_needs_reader"))
    _finish(skin, news, {"tzgg": tz, "fzzfjs": fz})


XIANGYANG_COUNTIES = (
    ("襄城区", "www.xyxcq.gov.cn"),
    ("樊城区", "www.fc.gov.cn"),
    ("襄州区", "xz.xiangyang.gov.cn"),
    ("南漳县", "www.hbnz.gov.cn"),
    ("谷城县", "www.hbgucheng.gov.cn"),
    ("保康县", "www.baokang.gov.cn"),
    ("老河口市", "www.lhk.gov.cn"),
    ("枣阳市", "www.zyzf.gov.cn"),
    ("宜城市", "www.ych.gov.cn"),
)


def xiangyang_city(ctx: Ctx32) -> None:
    """襄阳市 portal ``www.xiangyang.gov.cn`` (seeded; TRS ``.shtml``, its 信息公开 at ``/szf/zfxxgk/``
    in the stored URL, simplified here): its 县市区导航 page (path assumed) links the nine county
    sites (hosts from ``county_urls_found.csv``). 宜城市 (``www.ych.gov.cn``) is in no seed row: its
    2023 report is in 法治政府建设 beside a 第一责任人述职; its 2021 report in 通知公告 on the second
    page (``index_1.shtml``)."""
    city = County("xiangyang_city", "襄阳市", "湖北省", "", "420600", "www.xiangyang.gov.cn")
    skin, news = _open(ctx, city, dt.date(2025, 5, 6))
    tz = _col(skin, "tzgg", ctx.fillers(city, 40, "notice"))
    rows = "".join(f'<li><a href="http://{h}/" target="_blank">{n}</a></li>' for n, h in XIANGYANG_COUNTIES)
    path = COLS["xqdh"][0] + "index.shtml"
    skin.put(
        path,
        skin.page(
            "县市区导航_襄阳市人民政府",
            skin.crumbs([(path, "县市区导航")]) + f'<div class="xsq"><ul>{rows}</ul></div>',
        ),
    )
    _finish(skin, news, {"tzgg": tz}, extra=f'<div class="xq"><a href="{path}">县市区导航</a></div>')

    c = County("yicheng", "宜城市", "湖北省", "襄阳市", "420684", "www.ych.gov.cn", seeded=False)
    skin, news = _open(ctx, c, dt.date(2024, 10, 30), seeded=False)
    kinds = (XY, "unseeded_county_via_prefecture_list")
    r23 = _rep(ctx, c, 2023, "宜城市2023年法治政府建设年度报告", "2024-03-28 16:00", "宜城市人民政府")
    look = ctx.lookalikes_of(c, [("duty_report", 2024), ("demo_news", 2024)])
    r21 = _rep(
        ctx, c, 2021, "宜城市人民政府关于2021年度法治政府建设情况的报告", "2022-03-29 11:10", "宜城市人民政府"
    )
    fz = _col(skin, "fzzfjs", [r23, *look, *ctx.fillers(c, 6, "disclosure", (2019, 2024))])
    tz = _col(
        skin,
        "tzgg",
        [*newer(ctx, c, r21, 17, "notice", skin.clock), r21, *ctx.fillers(c, 12, "notice", (2019, 2021))],
    )
    assert tz.index(r21) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=kinds)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(*kinds, "later_list_page"))
    _finish(skin, news, {"fzzfjs": fz, "tzgg": tz})
