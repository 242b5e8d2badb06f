"""Blind31 sites of 陕西 汉中: four counties and the 汉中市 portal on 陕西's 集约化 platform
(``/<site>/<col>/secondLevelChannel.shtml`` columns whose later pages are named only by a
``createPageHTML('page_div',…)`` script, articles ``/<site>/<col>/YYYYMM/<32 hex>.shtml``; see
``platforms.py``), and 镇巴县, linked only by the portal's 县区 page.
"""

from __future__ import annotations

import datetime as dt

from ..blind.sites_a import home, index_page
from ..blind2.core import open_site
from .core import County, Ctx31, html_copy, newer, search_trap
from .platforms import ShxSkin, shx_column

SX = "shaanxi_jyh_shtml"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


class _Site:
    """One 陕西 platform site: its skin, its folder name and its columns."""

    def __init__(
        self, ctx: Ctx31, c: County, site: str, clock: dt.date, names: dict[str, str], *, seeded=True
    ):
        self.ctx, self.c, self.site, self.names = ctx, c, site, names
        self.gk = f"/{site}/zfxxgk/zfxxgk.shtml"
        nav = [
            ("/", "首页"),
            (f"/{site}/xwzx/secondLevelChannel.shtml", "新闻中心"),
            (self.gk, "政府信息公开"),
        ]
        self.skin = open_site(ctx, c, nav, clock, skin=ShxSkin, seeded=seeded)
        self.news = shx_column(
            self.skin, site, "xwzx", "新闻中心", [(nav[1][0], "新闻中心")], ctx.news(c, 200), per=20
        )
        self.lists: dict[str, list] = {}

    def url(self, col: str) -> str:
        return f"/{self.site}/{col}/secondLevelChannel.shtml"

    def col(self, col: str, items, **kw):
        name = self.names[col]
        trail = [(self.gk, "政府信息公开"), (self.url(col), name)]
        self.lists[col] = shx_column(self.skin, self.site, col, name, trail, items, **kw)
        return self.lists[col]

    def finish(self, extra: str = "") -> None:
        boxes = [(self.url(k), self.names[k], v) for k, v in self.lists.items()]
        index_page(self.skin, self.gk, "政府信息公开", [(self.gk, "政府信息公开")], boxes)
        home(
            self.skin,
            [
                (f"/{self.site}/xwzx/secondLevelChannel.shtml", "新闻中心", self.news),
                (self.gk, "政府信息公开", []),
            ],
            extra=extra,
        )


def nanzheng(ctx: Ctx31) -> None:
    """南郑区 (陕西 汉中), ``www.nanzheng.gov.cn``: 陕西 集约化. The 2024 report is in 法治政府建设
    beside the 区司法局's own report and a 实施方案; the 2022 report is on the second page of 通知公告
    (``secondLevelChannel_1.shtml``, named only by the ``createPageHTML`` script)."""
    c = County("nanzheng", "南郑区", "陕西省", "汉中市", "610703", "www.nanzheng.gov.cn")
    s = _Site(ctx, c, "nzqzf", dt.date(2025, 4, 30), {"fzzfjs": "法治政府建设", "tzgg": "通知公告"})
    r24 = _rep(ctx, c, 2024, "汉中市南郑区2024年法治政府建设工作报告", "2025-03-28 09:40", "南郑区人民政府")
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-25 15:00")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("meeting", 2024)])
    r22 = _rep(
        ctx, c, 2022, "南郑区人民政府关于2022年度法治政府建设情况的报告", "2023-03-29 16:30", "南郑区人民政府"
    )
    s.col("fzzfjs", [r24, dep, *look, *ctx.fillers(c, 10, "disclosure")])
    tz = s.col(
        "tzgg",
        [*newer(ctx, c, r22, 18, "notice", s.skin.clock), r22, *ctx.fillers(c, 20, "notice", (2019, 2022))],
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(SX,))
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(SX, "later_list_page"))
    s.finish()


def chenggu(ctx: Ctx31) -> None:
    """城固县 (陕西 汉中), ``www.chenggu.gov.cn``: 陕西 集约化. The 2023 report and 陕西省's reposted
    2023 report are in 法治政府建设 beside a 述法报告 and a meeting; the 2021 report exists only as a
    Word 97 ``.doc`` attached to a notice in 通知公告."""
    c = County("chenggu", "城固县", "陕西省", "汉中市", "610722", "www.chenggu.gov.cn")
    s = _Site(ctx, c, "cgxzf", dt.date(2024, 11, 20), {"fzzfjs": "法治政府建设", "tzgg": "通知公告"})
    r23 = _rep(ctx, c, 2023, "城固县2023年法治政府建设年度报告", "2024-03-27 10:10", "城固县人民政府")
    sx = ctx.higher("陕西省", 2023, "党中央、国务院", "2024-04-02 11:00")
    look = ctx.lookalikes_of(c, [("shufa", 2023), ("meeting_topic", 2024)])
    r21 = _rep(ctx, c, 2021, "城固县2021年度法治政府建设工作报告", "2022-03-31 15:30", "城固县司法局")
    body21 = list(r21.paras)
    r21.paras = [r21.title.replace("|", "") + "全文见附件。"]
    r21.uid = ctx.uid()
    doc = ctx.attach(
        c, r21, f"/cgxzf/tzgg/{r21.pub:%Y%m}/W0{r21.pub:%Y%m%d}{r21.uid % 90000 + 40000}.doc", "doc", body21
    )
    s.col("fzzfjs", [r23, sx, *look, *ctx.fillers(c, 11, "disclosure")])
    s.col("tzgg", [r21, *ctx.fillers(c, 30, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(SX, "higher_repost"))
    ctx.record_higher(c, sx, 2023, c.base + sx.path)
    ctx.record_file(c, r21, 2021, doc, body21, (SX, "doc_needs_reader"))
    s.finish()


def yangxian(ctx: Ctx31) -> None:
    """洋县 (陕西 汉中), ``www.yangxian.gov.cn``: 陕西 集约化. The 2024 report is on the third page of
    政务动态 among news items; the 2022 report is in 法治政府建设 beside a 解读 and a 示范创建 news
    item. The site search echoes its query and pages for ever (trap; its path is assumed)."""
    c = County("yangxian", "洋县", "陕西省", "汉中市", "610723", "www.yangxian.gov.cn")
    s = _Site(ctx, c, "yxzf", dt.date(2025, 5, 12), {"zwdt": "政务动态", "fzzfjs": "法治政府建设"})
    trap = search_trap(ctx, s.skin, "/so/search.shtml", "q")
    r24 = _rep(ctx, c, 2024, "洋县2024年度法治政府建设情况报告", "2025-03-26 14:50", "洋县人民政府")
    r22 = _rep(
        ctx, c, 2022, "洋县人民政府关于2022年法治政府建设工作的报告", "2023-03-30 09:00", "洋县人民政府"
    )
    look = ctx.lookalikes_of(c, [("interpretation", 2023), ("demo_news", 2023)])
    clock = dt.datetime.combine(s.skin.clock, dt.time(23, 59))
    dt_items = sorted(ctx.news(c, 400, (2025, 2025)), key=lambda d: d.pub, reverse=True)
    later = [d for d in dt_items if r24.pub < d.pub <= clock][:32]
    older = ctx.news(c, 20, (2023, 2024))
    zw = s.col("zwdt", [*later, r24, *older])
    assert zw.index(r24) >= 30
    s.col("fzzfjs", [r22, *look, *ctx.fillers(c, 9, "disclosure", (2019, 2024))])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(SX, "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(SX,))
    s.finish(extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>')


def xixiang(ctx: Ctx31) -> None:
    """西乡县 (陕西 汉中), ``www.snxx.gov.cn``: 陕西 集约化. The 2023 report is a PDF attached to a
    short article in 通知公告 (the attachment path is assumed); the 2021 report is in 法治政府建设
    beside 汉中市's reposted 2021 report and a 考核 通报."""
    c = County("xixiang", "西乡县", "陕西省", "汉中市", "610724", "www.snxx.gov.cn")
    s = _Site(ctx, c, "xxxzf", dt.date(2024, 9, 24), {"tzgg": "通知公告", "fzzfjs": "法治政府建设"})
    r23 = _rep(ctx, c, 2023, "西乡县2023年法治政府建设年度报告", "2024-03-29 10:20", "西乡县人民政府")
    body = list(r23.paras)
    r23.paras = [r23.title.replace("|", "") + "全文见附件。"]
    r23.uid = ctx.uid()
    pdf = ctx.attach(
        c, r23, f"/xxxzf/tzgg/{r23.pub:%Y%m}/W0{r23.pub:%Y%m%d}{r23.uid % 90000 + 52000}.pdf", "pdf", body
    )
    r21 = _rep(
        ctx, c, 2021, "西乡县人民政府关于2021年度法治政府建设情况的报告", "2022-03-28 16:40", "西乡县人民政府"
    )
    hz = ctx.higher("汉中市", 2021, "省委、省政府", "2022-04-08 10:30")
    look = ctx.lookalikes_of(c, [("assessment", 2022), ("demo_news", 2022)])
    s.col("tzgg", [*newer(ctx, c, r23, 6, "notice", s.skin.clock), r23, *ctx.fillers(c, 24, "notice")])
    s.col("fzzfjs", [r21, hz, *look, *ctx.fillers(c, 8, "disclosure", (2019, 2024))])
    ctx.record(c, look)
    ctx.record_file(c, r23, 2023, pdf, body, (SX, "pdf_attachment"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(SX, "higher_repost"))
    ctx.record_higher(c, hz, 2021, c.base + hz.path)
    s.finish()


HANZHONG_COUNTIES = (
    ("汉台区", "www.htq.gov.cn"),
    ("南郑区", "www.nanzheng.gov.cn"),
    ("城固县", "www.chenggu.gov.cn"),
    ("洋县", "www.yangxian.gov.cn"),
    ("西乡县", "www.snxx.gov.cn"),
    ("勉县", "www.mianxian.gov.cn"),
    ("宁强县", "www.nq.gov.cn"),
    ("略阳县", "www.lueyang.gov.cn"),
    ("镇巴县", "www.zb.gov.cn"),
    ("留坝县", "www.liuba.gov.cn"),
    ("佛坪县", "www.foping.gov.cn"),
)


def hanzhong_city(ctx: Ctx31) -> None:
    """汉中市 portal ``www.hanzhong.gov.cn`` (陕西 集约化, ``/hzszf/…shtml``), seeded: its 县区 page
    (path assumed) links the eleven county sites (hosts from ``county_urls_found.csv``). 镇巴县
    (``www.zb.gov.cn``) is in no seed row: its 2023 report is filed in 县政府文件 (``/zbxzf/xzfwj/``,
    the column of the stored 镇巴县 page) beside a 政府工作报告; its 2021 report is in 法治政府建设
    beside a 工作要点 and a 述职."""
    city = County("hanzhong_city", "汉中市", "陕西省", "", "610700", "www.hanzhong.gov.cn")
    cs = _Site(ctx, city, "hzszf", dt.date(2025, 5, 6), {"tzgg": "通知公告"})
    cs.col("tzgg", ctx.fillers(city, 40, "notice"))
    rows = "".join(f'<li><a href="http://{h}/" target="_blank">{n}</a></li>' for n, h in HANZHONG_COUNTIES)
    cs.skin.put(
        "/hzszf/xqdh/xqdh.shtml",
        cs.skin.page(
            "县区导航_汉中市人民政府",
            cs.skin.crumbs([("/hzszf/xqdh/xqdh.shtml", "县区导航")])
            + f'<div class="xqdh"><ul>{rows}</ul></div>',
        ),
    )
    cs.finish(extra='<div class="xq"><a href="/hzszf/xqdh/xqdh.shtml">县区导航</a></div>')

    c = County("zhenba", "镇巴县", "陕西省", "汉中市", "610728", "www.zb.gov.cn", seeded=False)
    s = _Site(
        ctx,
        c,
        "zbxzf",
        dt.date(2024, 12, 16),
        {"xzfwj": "县政府文件", "fzzfjs": "法治政府建设"},
        seeded=False,
    )
    kinds = ("unseeded_county_via_prefecture_list",)
    r23 = _rep(ctx, c, 2023, "镇巴县2023年法治政府建设年度报告", "2024-03-28 16:34", "镇巴县人民政府")
    look = ctx.lookalikes_of(c, [("gov_work_report", 2024)])
    r21 = _rep(
        ctx,
        c,
        2021,
        "镇巴县人民政府关于2021年法治政府建设工作情况的报告",
        "2022-03-30 11:00",
        "镇巴县人民政府",
    )
    look2 = ctx.lookalikes_of(c, [("plan", 2022), ("duty_report", 2022)])
    s.col("xzfwj", [r23, *look, *ctx.fillers(c, 16, "disclosure", (2020, 2024))])
    s.col("fzzfjs", [r21, *look2, *ctx.fillers(c, 6, "disclosure", (2019, 2024))])
    ctx.record(c, [*look, *look2])
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(SX, *kinds))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(SX, *kinds))
    s.finish()
