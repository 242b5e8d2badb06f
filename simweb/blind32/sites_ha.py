"""Blind32 sites of 河南 信阳: three counties on 河南's 集约化 platform (static ``index.html``,
``index_1.html`` … columns with plain pager links, articles ``/YYYY/MM-DD/<id>.html``) and 固始县
on the ``webinfo`` CMS (``/gsxrmzf/zwgk/<col>/webinfo/YYYY/MM/<id>.htm``); see ``platforms.py``.
"""

from __future__ import annotations

import datetime as dt

from ..blind.sites_a import home, index_page
from ..blind2.core import open_site
from .core import County, Ctx32, html_copy, newer, search_trap
from .platforms import GbkHaSkin, HaSkin, gs_column, ha_column

HA = "henan_platform"
GS = "webinfo_cms"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


class _Ha:
    """One 河南 platform site whose 信息公开 tree is ``gk`` (``/zfxxgkptlj/``, ``/zfxxgkpt/``…)."""

    def __init__(
        self, ctx: Ctx32, c: County, gk: str, clock: dt.date, skin=HaSkin, col=ha_column, ext="html", news=()
    ):
        self.ctx, self.c, self.gk, self.colfn, self.ext = ctx, c, gk, col, ext
        self.news_col = "/xwzx/zwdt/" if ext == "html" else "/gsxrmzf/xwzx/zwdt/"
        nav = [
            ("/", "首页"),
            (self.news_col + f"index.{ext}", "政务动态"),
            (gk + f"index.{ext}", "政府信息公开"),
        ]
        self.skin = open_site(ctx, c, nav, clock, skin=skin)
        self.news = col(
            self.skin,
            self.news_col,
            "政务动态",
            [(self.news_col + f"index.{ext}", "政务动态")],
            [*ctx.news(c, 190), *news],
            per=20,
        )
        self.cols: list = []

    def col(self, sub: str, name: str, items, per: int = 20):
        col = f"{self.gk}{sub}/"
        trail = [(self.gk + f"index.{self.ext}", "政府信息公开"), (col + f"index.{self.ext}", name)]
        out = self.colfn(self.skin, col, name, trail, items, per=per)
        self.cols.append((col + f"index.{self.ext}", name, out))
        return out

    def finish(self, extra: str = "") -> None:
        idx = self.gk + f"index.{self.ext}"
        index_page(self.skin, idx, "政府信息公开", [(idx, "政府信息公开")], self.cols)
        home(
            self.skin,
            [(self.news_col + f"index.{self.ext}", "政务动态", self.news), (idx, "政府信息公开", [])],
            extra=extra,
        )


def luoshan(ctx: Ctx32) -> None:
    """罗山县 (河南 信阳), ``www.luoshan.gov.cn`` (信息公开 at ``/zfxxgkptlj/…`` in a public coverage
    table): 河南 platform. The 2024 report is in 法治政府建设 beside the 县司法局's report and a
    meeting; the 2022 report is on 通知公告's second page (``index_1.html``, linked as 下一页)."""
    c = County("luoshan", "罗山县", "河南省", "信阳市", "411521", "www.luoshan.gov.cn")
    s = _Ha(ctx, c, "/zfxxgkptlj/", dt.date(2025, 5, 13))
    r24 = _rep(ctx, c, 2024, "罗山县2024年法治政府建设年度报告", "2025-03-28 10:15", "罗山县人民政府")
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-21 16:00")
    look = ctx.lookalikes_of(c, [("meeting", 2025), ("plan", 2024)])
    r22 = _rep(
        ctx, c, 2022, "罗山县人民政府关于2022年度法治政府建设情况的报告", "2023-03-30 17:00", "罗山县人民政府"
    )
    s.col("fzzfjs", "法治政府建设", [r24, dep, *look, *ctx.fillers(c, 8, "disclosure", (2019, 2025))])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r22, 22, "notice", s.skin.clock), r22, *ctx.fillers(c, 18, "notice", (2019, 2022))],
    )
    assert tz.index(r22) >= 20
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HA,))
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HA, "later_list_page"))
    s.finish()


def huaibin(ctx: Ctx32) -> None:
    """淮滨县 (河南 信阳), ``www.huaibin.gov.cn`` (``/zfxxgkpt/…``): 河南 platform, an older template
    served as GBK (assumed). The 2023 report and 河南省's 2023 report are in 法治政府建设 beside the
    信息公开 annual report; the 2021 report is a PDF attached to a short notice (path assumed)."""
    c = County("huaibin", "淮滨县", "河南省", "信阳市", "411527", "www.huaibin.gov.cn")
    s = _Ha(ctx, c, "/zfxxgkpt/", dt.date(2024, 11, 26), skin=GbkHaSkin)
    r23 = _rep(ctx, c, 2023, "淮滨县2023年度法治政府建设情况报告", "2024-03-29 11:45", "淮滨县人民政府")
    ha = ctx.higher("河南省", 2023, "党中央、国务院", "2024-04-01 09:30")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("text_interp", 2024), ("assessment", 2022)])
    r21 = _rep(ctx, c, 2021, "淮滨县2021年法治政府建设工作报告", "2022-03-31 16:30", "淮滨县人民政府")
    body = list(r21.paras)
    r21.paras = [r21.title + "详见附件。"]
    r21.uid = ctx.uid()
    pdf = ctx.attach(
        c, r21, f"/uploadfiles/{r21.pub:%Y%m}/{r21.pub:%Y%m%d}{r21.uid % 900000 + 730000}.pdf", "pdf", body
    )
    s.col("fzzfjs", "法治政府建设", [r23, ha, *look, *ctx.fillers(c, 7, "disclosure", (2019, 2024))])
    s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r21, 6, "notice", s.skin.clock), r21, *ctx.fillers(c, 24, "notice")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HA, "higher_repost"))
    ctx.record_higher(c, ha, 2023, c.base + ha.path)
    ctx.record_file(c, r21, 2021, pdf, body, (HA, "pdf_attachment"))
    s.finish()


def huangchuan(ctx: Ctx32) -> None:
    """潢川县 (河南 信阳), ``www.huangchuan.gov.cn``: evidence for the site itself is thin, so it is
    the province's most common platform (河南 platform, ``/zwgk/…``, assumed). The 2024 report is
    in 工作报告 beside the 政府工作报告 and the 信息公开 annual report; the 2022 report is on the
    third page of 政务动态 among news. The site search echoes its query for ever (trap)."""
    c = County("huangchuan", "潢川县", "河南省", "信阳市", "411526", "www.huangchuan.gov.cn")
    r22 = _rep(ctx, c, 2022, "潢川县关于2022年法治政府建设情况的报告", "2023-03-30 10:20", "潢川县人民政府")
    s = _Ha(ctx, c, "/zwgk/", dt.date(2025, 6, 4), news=[r22])
    assert s.news.index(r22) >= 40, s.news.index(r22)
    trap = search_trap(ctx, s.skin, "/search/search.html", "keyword")
    r24 = _rep(ctx, c, 2024, "潢川县2024年度法治政府建设工作报告", "2025-03-27 15:00", "潢川县人民政府")
    look = ctx.lookalikes_of(c, [("gov_work_report", 2025), ("xxgk_annual", 2024), ("interpretation", 2025)])
    s.col("gzbg", "工作报告", [r24, *look, *ctx.fillers(c, 6, "disclosure", (2019, 2025))])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HA,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HA, "later_list_page"))
    s.finish(extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>')


def gushi(ctx: Ctx32) -> None:
    """固始县 (河南 信阳), ``www.gushi.gov.cn``: the ``webinfo`` CMS of a stored 固始县 URL
    (``/gsxrmzf/zwgk/ldjs/webinfo/2024/05/1717016971322283.htm``). The 2023 report and 信阳市's
    reposted 2023 report are in 法治政府建设 beside a 述法报告; the 2021 report is on 通知公告's
    second page (``index_2.htm``, assumed)."""
    c = County("gushi", "固始县", "河南省", "信阳市", "411525", "www.gushi.gov.cn")
    s = _Ha(ctx, c, "/gsxrmzf/zwgk/", dt.date(2024, 12, 20), col=gs_column, ext="htm")
    r23 = _rep(ctx, c, 2023, "固始县2023年法治政府建设年度报告", "2024-03-28 14:30", "固始县人民政府")
    xy = ctx.higher("信阳市", 2023, "省委、省政府", "2024-04-09 10:00")
    look = ctx.lookalikes_of(c, [("shufa", 2023), ("meeting_topic", 2024), ("demo_news", 2023)])
    r21 = _rep(
        ctx, c, 2021, "固始县人民政府关于2021年法治政府建设情况的报告", "2022-03-30 09:50", "固始县人民政府"
    )
    s.col("fzzfjs", "法治政府建设", [r23, xy, *look, *ctx.fillers(c, 6, "disclosure", (2019, 2024))])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r21, 21, "notice", s.skin.clock), r21, *ctx.fillers(c, 15, "notice", (2019, 2021))],
    )
    assert tz.index(r21) >= 20
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(GS, "higher_repost"))
    ctx.record_higher(c, xy, 2023, c.base + xy.path)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(GS, "later_list_page"))
    s.finish()
