"""The blind38 sites: 漳州 (福建) counties on the city's ylcms 集约化 platform, 泉州 (福建)
counties on TRS, 梧州 and 玉林 (广西) counties on 广西's 集约化 platform, and the 玉林市 portal whose
县(市、区) list alone links 兴业县. Each site's docstring names its evidence (see ``platforms.py``)."""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home, index_page
from ..blind2.core import open_site
from .core import County, Ctx38, date_trap, html_copy, newer, search_trap
from .platforms import FjGbkSkin, FjSkin, GxSkin, YlSkin, fj_column, gx_column, yl_column

YL = "zz_ylcms_sitemanage"
FJ = "fj_trs_htm"
GX = "gx_trs_shtml"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


def _strip(it) -> list[str]:
    body = list(it.paras)
    it.paras = [it.title.replace("|", "") + "全文见附件。"]
    return body


# ============================================================================ 福建 漳州 (ylcms)
class _Yl:
    """One 漳州 ylcms site: ``/cms/html/<site>/<col>/index.html`` columns, 政务公开 and a home page."""

    def __init__(self, ctx: Ctx38, c: County, site: str, clock: dt.date, *, seeded=True):
        self.ctx, self.c, self.site = ctx, c, site
        self.gk = f"/cms/html/{site}/zwgk/index.html"
        self.news_path = f"/cms/html/{site}/zwyw/index.html"
        nav = [("/", "首页"), (self.news_path, "政务要闻"), (self.gk, "政务公开")]
        self.skin = open_site(ctx, c, nav, clock, skin=YlSkin, seeded=seeded)
        self.news = yl_column(
            self.skin, site, "zwyw", "政务要闻", [(self.news_path, "政务要闻")], ctx.news(c, 210)
        )
        self.lists: list[tuple[str, str, list]] = []

    def col(self, col: str, name: str, items, per: int = 15):
        path = f"/cms/html/{self.site}/{col}/index.html"
        out = yl_column(
            self.skin, self.site, col, name, [(self.gk, "政务公开"), (path, name)], items, per=per
        )
        self.lists.append((path, name, out))
        return out

    def finish(self, extra: str = "") -> None:
        index_page(self.skin, self.gk, "政务公开", [(self.gk, "政务公开")], self.lists)
        home(self.skin, [(self.news_path, "政务要闻", self.news), (self.gk, "政务公开", [])], extra=extra)


def longhai(ctx: Ctx38) -> None:
    """龙海区 (福建 漳州), ``www.longhai.gov.cn``: 漳州 ylcms (a public feed reads
    ``www.longhai.gov.cn/cms/html/lhqrmzf/jszl/index.html``). The 2024 report is on 通知公告's
    second page (``/cms/sitemanage/index.shtml?siteId=…&page=2``); the 2022 report is in
    法治政府建设 beside 福建省's reposted 2022 report and a 实施方案. The site search echoes its
    query and pages for ever (trap)."""
    c = County("longhai", "龙海区", "福建省", "漳州市", "350604", "www.longhai.gov.cn")
    s = _Yl(ctx, c, "lhqrmzf", dt.date(2025, 6, 11))
    trap = search_trap(ctx, s.skin, "/cms/search/searchResults.jsp", "query")
    r24 = _rep(
        ctx, c, 2024, "漳州市龙海区2024年法治政府建设年度报告", "2025-03-28 10:20", "漳州市龙海区人民政府"
    )
    r22 = _rep(
        ctx,
        c,
        2022,
        "龙海区人民政府关于2022年度法治政府建设情况的报告",
        "2023-03-30 15:40",
        "漳州市龙海区人民政府",
    )
    fj = ctx.higher("福建省", 2022, "党中央、国务院", "2023-04-03 09:30")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("plan", 2023), ("xxgk_annual", 2024)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 18, "notice", s.skin.clock), r24, look[0], *ctx.fillers(c, 24, "notice")],
    )
    assert tz.index(r24) >= 15
    s.col("fzzfjs", "法治政府建设", [r22, fj, look[1], look[2], *ctx.fillers(c, 9, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(YL, "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(YL, "higher_repost"))
    ctx.record_higher(c, fj, 2022, c.base + fj.path)
    s.finish(extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>')


def zhaoan(ctx: Ctx38) -> None:
    """诏安县 (福建 漳州), ``www.zhaoan.gov.cn``: 漳州 ylcms (a public feed reads
    ``www.zhaoan.gov.cn/cms/sitemanage/index.shtml?siteId=830612491159490002``). The 2023 report
    is in 法治政府建设 beside a 述法报告 and a 考核 通报; the 2021 report is a PDF attached to a short
    notice in 通知公告 (``div.attachment``, ``/cms/html/…/attachment/…pdf`` assumed)."""
    c = County("zhaoan", "诏安县", "福建省", "漳州市", "350624", "www.zhaoan.gov.cn")
    s = _Yl(ctx, c, "zaxrmzf", dt.date(2025, 5, 22))
    r23 = _rep(ctx, c, 2023, "诏安县2023年法治政府建设工作报告", "2024-03-27 16:00", "诏安县人民政府")
    r21 = _rep(ctx, c, 2021, "诏安县2021年度法治政府建设情况报告", "2022-03-29 11:30", "诏安县人民政府")
    r21.uid = ctx.uid()
    body21 = _strip(r21)
    pdf = ctx.attach(c, r21, f"/cms/attachment/{r21.pub:%Y%m}/{r21.uid + 3400000}.pdf", "pdf", body21)
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("assessment", 2023), ("interpretation", 2022)])
    s.col("tzgg", "通知公告", [r21, look[2], *ctx.fillers(c, 12, "notice", (2019, 2024))])
    s.col("fzzfjs", "法治政府建设", [r23, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(YL,))
    ctx.record_file(c, r21, 2021, pdf, body21, (YL, "pdf_attachment"))
    s.finish()


def pinghe(ctx: Ctx38) -> None:
    """平和县 (福建 漳州), ``www.pinghe.gov.cn``: 漳州 ylcms (site code ``phxrmzf`` from a stored
    ``/cms/html/phxrmzf/2026-07-13/1971285273.html``). The 2024 report is in 法治政府建设 beside the
    县司法局's own report and a 政府工作报告; the 2022 report is on 通知公告's third page; the 2020
    report exists only as a Word 97 ``.doc`` attached to a notice."""
    c = County("pinghe", "平和县", "福建省", "漳州市", "350628", "www.pinghe.gov.cn")
    s = _Yl(ctx, c, "phxrmzf", dt.date(2025, 4, 26))
    r24 = _rep(
        ctx, c, 2024, "平和县人民政府关于2024年法治政府建设情况的报告", "2025-03-31 17:10", "平和县人民政府"
    )
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-26 10:00")
    r22 = _rep(ctx, c, 2022, "平和县2022年法治政府建设年度报告", "2023-03-28 09:15", "平和县人民政府")
    r20 = _rep(ctx, c, 2020, "平和县2020年法治政府建设工作报告", "2021-03-30 10:00", "平和县人民政府")
    r20.uid = ctx.uid()
    body20 = _strip(r20)
    doc = ctx.attach(c, r20, f"/cms/attachment/{r20.pub:%Y%m}/{r20.uid + 3400000}.doc", "doc", body20)
    look = ctx.lookalikes_of(c, [("gov_work_report", 2025), ("meeting", 2023), ("text_interp", 2023)])
    s.col("fzzfjs", "法治政府建设", [r24, dep, look[0], *ctx.fillers(c, 7, "disclosure")])
    tz = s.col(
        "tzgg",
        "通知公告",
        [
            *newer(ctx, c, r22, 33, "notice", s.skin.clock),
            r22,
            look[1],
            look[2],
            r20,
            *ctx.fillers(c, 10, "notice", (2019, 2022)),
        ],
    )
    assert tz.index(r22) >= 30
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(YL,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(YL, "later_list_page"))
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    ctx.record_file(c, r20, 2020, doc, body20, (YL, "doc_needs_reader"))
    s.finish()


# ============================================================================ 福建 泉州 (TRS .htm)
class _Fj:
    """One 泉州 TRS site: ``/xxgk/zfxxgk/fdzdgknr/<col>/`` columns and a 要闻动态 news column."""

    GK = "/xxgk/zfxxgk/"

    def __init__(self, ctx: Ctx38, c: County, clock: dt.date, *, skin=FjSkin):
        self.ctx, self.c = ctx, c
        nav = [("/", "首页"), ("/xwzx/ywdt/", "要闻动态"), (self.GK, "政府信息公开")]
        self.skin = open_site(ctx, c, nav, clock, skin=skin)
        self.news = fj_column(
            self.skin, "/xwzx/ywdt/", "要闻动态", [("/xwzx/ywdt/", "要闻动态")], ctx.news(c, 200), per=20
        )
        self.lists: list[tuple[str, str, list]] = []

    def col(self, key: str, name: str, items, per: int = 15):
        path = f"{self.GK}fdzdgknr/{key}/"
        out = fj_column(self.skin, path, name, [(self.GK, "政府信息公开"), (path, name)], items, per=per)
        self.lists.append((path, name, out))
        return out

    def finish(self, extra: str = "") -> None:
        index_page(self.skin, self.GK + "index.htm", "政府信息公开", [(self.GK, "政府信息公开")], self.lists)
        self.skin.put(
            self.GK,
            self.ctx.web.resources[(self.c.host, self.GK + "index.htm", "")].body.decode(self.skin.encoding),
        )
        home(self.skin, [("/xwzx/ywdt/", "要闻动态", self.news), (self.GK, "政府信息公开", [])], extra=extra)


def anxi(ctx: Ctx38) -> None:
    """安溪县 (福建 泉州), ``www.fjax.gov.cn``: 福建 TRS as 泉州's sites (``tYYYYMMDD_<id>.htm`` under
    ``/xxgk/zfxxgk/fdzdgknr/``). The 2024 report is on 其他法定公开信息's second page
    (``index_1.htm``, named only by ``createPageHTML``); the 2023 report is in 法治政府建设 beside
    泉州市's reposted 2023 report. The 站群 search ``/so/s`` echoes its query (trap)."""
    c = County("anxi", "安溪县", "福建省", "泉州市", "350524", "www.fjax.gov.cn")
    s = _Fj(ctx, c, dt.date(2025, 6, 3))
    trap = search_trap(ctx, s.skin, "/so/s", "qt")
    r24 = _rep(ctx, c, 2024, "安溪县2024年法治政府建设年度报告", "2025-03-26 15:30", "安溪县人民政府")
    r23 = _rep(ctx, c, 2023, "安溪县2023年度法治政府建设情况报告", "2024-03-29 10:40", "安溪县人民政府")
    qz = ctx.higher("泉州市", 2023, "省委、省政府", "2024-04-02 16:00")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2024), ("plan", 2024), ("meeting_topic", 2024)])
    qt = s.col(
        "qtfdgkxx",
        "其他法定公开信息",
        [
            *newer(ctx, c, r24, 16, "disclosure", s.skin.clock),
            r24,
            look[0],
            *ctx.fillers(c, 12, "disclosure"),
        ],
    )
    assert qt.index(r24) >= 15
    s.col("fzzfjs", "法治政府建设", [r23, qz, look[1], look[2], *ctx.fillers(c, 6, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(FJ, "later_list_page"))
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(FJ, "higher_repost"))
    ctx.record_higher(c, qz, 2023, c.base + qz.path)
    s.finish(extra=f'<div class="ss"><a href="{trap}">站群搜索</a></div>')


def yongchun(ctx: Ctx38) -> None:
    """永春县 (福建 泉州), ``www.fjyc.gov.cn``: 福建 TRS (GBK pages, assumed). The 2023 report is in
    通知公告 beside a notice about it; the 2021 report is a PDF (TRS ``P0…pdf``, as 泉州's
    ``scjgj`` file) attached to a short article in 法治政府建设 beside a 工作要点."""
    c = County("yongchun", "永春县", "福建省", "泉州市", "350525", "www.fjyc.gov.cn")
    s = _Fj(ctx, c, dt.date(2025, 3, 18), skin=FjGbkSkin)
    r23 = _rep(ctx, c, 2023, "永春县2023年法治政府建设工作报告", "2024-03-25 11:00", "永春县人民政府")
    r21 = _rep(
        ctx,
        c,
        2021,
        "永春县人民政府关于2021年度法治政府建设工作情况的报告",
        "2022-03-30 09:50",
        "永春县人民政府",
    )
    r21.uid = ctx.uid()
    body21 = _strip(r21)
    col = "/xxgk/zfxxgk/fdzdgknr/fzzfjs/"
    pdf = ctx.attach(
        c, r21, f"{col}{r21.pub:%Y%m}/P0{r21.pub:%Y%m%d}{r21.uid % 900000 + 391000}.pdf", "pdf", body21
    )
    look = ctx.lookalikes_of(c, [("notice", 2024), ("plan", 2022), ("duty_report", 2022)])
    s.col("tzgg", "通知公告", [r23, look[0], *ctx.fillers(c, 26, "notice")])
    s.col("fzzfjs", "法治政府建设", [r21, look[1], look[2], *ctx.fillers(c, 8, "disclosure", (2019, 2024))])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(FJ, "gbk_pages"))
    ctx.record_file(c, r21, 2021, pdf, body21, (FJ, "pdf_attachment", "gbk_pages"))
    s.finish()


def dehua(ctx: Ctx38) -> None:
    """德化县 (福建 泉州), ``www.dehua.gov.cn``: 福建 TRS. The 2024 report is in 法治政府建设 beside
    a 示范创建 news item and a 解读; the 2022 report is filed in 政府文件 beside the 政府工作报告; the
    2020 report exists only as a scanned PDF attached to a notice."""
    c = County("dehua", "德化县", "福建省", "泉州市", "350526", "www.dehua.gov.cn")
    s = _Fj(ctx, c, dt.date(2025, 5, 8))
    r24 = _rep(ctx, c, 2024, "德化县2024年度法治政府建设情况报告", "2025-03-27 17:30", "德化县人民政府")
    r22 = _rep(ctx, c, 2022, "德化县2022年法治政府建设年度报告", "2023-03-31 10:10", "德化县人民政府")
    r20 = _rep(ctx, c, 2020, "德化县2020年法治政府建设工作报告", "2021-03-29 15:00", "德化县司法局")
    body20 = list(r20.paras)
    r20.paras = ["(扫描件)"]
    r20.uid = ctx.uid()
    scan = f"/xxgk/zfxxgk/fdzdgknr/tzgg/{r20.pub:%Y%m}/P0{r20.pub:%Y%m%d}{r20.uid % 900000 + 512000}.pdf"
    r20.attachments.append((r20.title + ".pdf", scan, files.make_scan_pdf(r20.uid)))
    look = ctx.lookalikes_of(c, [("demo_news", 2024), ("interpretation", 2025), ("gov_work_report", 2023)])
    s.col("fzzfjs", "法治政府建设", [r24, look[0], look[1], *ctx.fillers(c, 9, "disclosure")])
    s.col("zfwj", "政府文件", [r22, look[2], *ctx.fillers(c, 14, "disclosure", (2019, 2024))])
    s.col("tzgg", "通知公告", [r20, *ctx.fillers(c, 20, "notice", (2019, 2024))])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(FJ,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(FJ,))
    ctx.record_scan(c, r20, 2020, scan, body20, kinds=(FJ,))
    s.finish()


# ============================================================================ 广西 梧州, 玉林
class _Gx:
    """One 广西 集约化 site: columns under the site's own 信息公开 tree (``gk`` and ``sub``)."""

    def __init__(self, ctx: Ctx38, c: County, clock: dt.date, gk: str, sub: str, *, seeded=True):
        self.ctx, self.c, self.gk, self.sub = ctx, c, gk, sub
        nav = [("/", "首页"), ("/xwzx/jryw/index.shtml", "今日要闻"), (gk + "index.shtml", "政府信息公开")]
        self.skin = open_site(ctx, c, nav, clock, skin=GxSkin, seeded=seeded)
        self.news = gx_column(
            self.skin,
            "/xwzx/jryw/",
            "今日要闻",
            [("/xwzx/jryw/index.shtml", "今日要闻")],
            ctx.news(c, 190),
            per=20,
        )
        self.lists: list[tuple[str, str, list]] = []

    def col(self, key: str, name: str, items, per: int = 15):
        path = f"{self.gk}{self.sub}{key}/"
        trail = [(self.gk + "index.shtml", "政府信息公开"), (path + "index.shtml", name)]
        out = gx_column(self.skin, path, name, trail, items, per=per)
        self.lists.append((path + "index.shtml", name, out))
        return out

    def finish(self, extra: str = "") -> None:
        index_page(
            self.skin,
            self.gk + "index.shtml",
            "政府信息公开",
            [(self.gk + "index.shtml", "政府信息公开")],
            self.lists,
        )
        home(
            self.skin,
            [
                ("/xwzx/jryw/index.shtml", "今日要闻", self.news),
                (self.gk + "index.shtml", "政府信息公开", []),
            ],
            extra=extra,
        )


def mengshan(ctx: Ctx38) -> None:
    """蒙山县 (广西 梧州), ``www.gxms.gov.cn``: 广西 集约化 (a public table names
    ``www.gxms.gov.cn/xxgk/zfxxgkzl/zcwj/``). The 2024 report is on 通知公告's second page
    (``index_1.shtml``, named only by ``createPageHTML``) beside a notice about the report; the
    2022 report is in 政策文件 beside a 规划. A 按日期浏览 archive never ends (trap)."""
    c = County("mengshan", "蒙山县", "广西壮族自治区", "梧州市", "450423", "www.gxms.gov.cn")
    s = _Gx(ctx, c, dt.date(2025, 5, 14), "/xxgk/", "zfxxgkzl/")
    trap = date_trap(ctx, s.skin, "/rqll/index.jsp")
    r24 = _rep(ctx, c, 2024, "蒙山县2024年法治政府建设年度报告", "2025-03-28 16:50", "蒙山县人民政府")
    r22 = _rep(
        ctx, c, 2022, "蒙山县人民政府关于2022年度法治政府建设情况的报告", "2023-03-29 10:30", "蒙山县人民政府"
    )
    look = ctx.lookalikes_of(c, [("notice", 2025), ("plan", 2021), ("xxgk_annual", 2023)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 17, "notice", s.skin.clock), r24, look[0], *ctx.fillers(c, 22, "notice")],
    )
    assert tz.index(r24) >= 15
    s.col("zcwj", "政策文件", [r22, look[1], look[2], *ctx.fillers(c, 10, "disclosure", (2019, 2024))])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(GX, "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(GX,))
    s.finish(extra=f'<div class="rq"><a href="{trap}">按日期浏览</a></div>')


def cangwu(ctx: Ctx38) -> None:
    """苍梧县 (广西 梧州), ``www.cangwu.gov.cn``: 广西 集约化 (the ``/xxgk/gkbz/fdzdgknr/`` tree of
    梧州's 万秀区 site, assumed the same here). The 2023 report and 广西's reposted 2023 report are
    in 法治政府建设 beside a 述法报告 and the 县司法局's own report; the 2021 report is in 通知公告
    beside a meeting."""
    c = County("cangwu", "苍梧县", "广西壮族自治区", "梧州市", "450421", "www.cangwu.gov.cn")
    s = _Gx(ctx, c, dt.date(2024, 12, 12), "/xxgk/", "gkbz/fdzdgknr/")
    r23 = _rep(ctx, c, 2023, "苍梧县2023年法治政府建设年度报告", "2024-03-28 11:40", "苍梧县人民政府")
    gx = ctx.higher("广西壮族自治区", 2023, "党中央、国务院", "2024-04-03 09:30")
    r21 = _rep(ctx, c, 2021, "苍梧县2021年度法治政府建设工作报告", "2022-03-29 15:10", "苍梧县人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-27 16:00")
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("meeting", 2022), ("assessment", 2022)])
    s.col("fzzfjs", "法治政府建设", [r23, gx, dep, look[0], *ctx.fillers(c, 10, "disclosure")])
    s.col("tzgg", "通知公告", [r21, look[1], look[2], *ctx.fillers(c, 30, "notice", (2019, 2024))])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(GX, "higher_repost"))
    ctx.record_higher(c, gx, 2023, c.base + gx.path)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(GX,))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    s.finish()


def luchuan(ctx: Ctx38) -> None:
    """陆川县 (广西 玉林), ``www.luchuan.gov.cn``: 广西 集约化 (a public table names
    ``www.luchuan.gov.cn/xxgk/fdgk/wjzl/zcfg/``). The 2024 report is filed in 文件资料 → 政策法规
    beside the 政府工作报告; the 2023 report is in 法治政府建设 beside 玉林市's reposted 2023 report
    and a 工作要点."""
    c = County("luchuan", "陆川县", "广西壮族自治区", "玉林市", "450922", "www.luchuan.gov.cn")
    s = _Gx(ctx, c, dt.date(2025, 4, 18), "/xxgk/", "fdgk/")
    r24 = _rep(
        ctx,
        c,
        2024,
        "陆川县人民政府关于2024年法治政府建设工作情况的报告",
        "2025-03-25 09:40",
        "陆川县人民政府",
    )
    r23 = _rep(ctx, c, 2023, "陆川县2023年法治政府建设年度报告", "2024-03-26 16:20", "陆川县人民政府")
    yl = ctx.higher("玉林市", 2023, "自治区党委、自治区人民政府", "2024-04-01 10:00")
    look = ctx.lookalikes_of(c, [("gov_work_report", 2025), ("plan", 2024), ("text_interp", 2024)])
    s.col("wjzl/zcfg", "政策法规", [r24, look[0], *ctx.fillers(c, 12, "disclosure", (2020, 2025))])
    s.col("fzzfjs", "法治政府建设", [r23, yl, look[1], look[2], *ctx.fillers(c, 7, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(GX,))
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(GX, "higher_repost"))
    ctx.record_higher(c, yl, 2023, c.base + yl.path)
    s.finish()


def bobai(ctx: Ctx38) -> None:
    """博白县 (广西 玉林), ``www.bobai.gov.cn``: 广西 集约化. The 2022 report is on 通知公告's
    second page below notices; the 2019 report is in 法治政府建设 beside a 述职 and a 考核 通报."""
    c = County("bobai", "博白县", "广西壮族自治区", "玉林市", "450923", "www.bobai.gov.cn")
    s = _Gx(ctx, c, dt.date(2025, 2, 20), "/xxgk/", "fdzdgknr/")
    r22 = _rep(ctx, c, 2022, "博白县2022年法治政府建设年度报告", "2023-03-30 17:00", "博白县人民政府")
    r19 = _rep(ctx, c, 2019, "博白县2019年度法治政府建设工作报告", "2020-03-31 10:30", "博白县人民政府")
    look = ctx.lookalikes_of(c, [("notice", 2023), ("duty_report", 2020), ("assessment", 2020)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [
            *newer(ctx, c, r22, 20, "notice", s.skin.clock),
            r22,
            look[0],
            *ctx.fillers(c, 15, "notice", (2019, 2022)),
        ],
    )
    assert tz.index(r22) >= 15
    s.col("fzzfjs", "法治政府建设", [r19, look[1], look[2], *ctx.fillers(c, 8, "disclosure", (2019, 2024))])
    ctx.record(c, look)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(GX, "later_list_page"))
    ctx.truth_report(c, r19, 2019, html_copy(c, r19), kinds=(GX,))
    s.finish()


YULIN = (
    ("玉州区", "http://www.ylyz.gov.cn/"),
    ("福绵区", "http://www.ylfm.gov.cn/"),
    ("容县", "http://www.rxzf.gov.cn/"),
    ("陆川县", "http://www.luchuan.gov.cn/"),
    ("博白县", "http://www.bobai.gov.cn/"),
    ("兴业县", "http://www.xingye.gov.cn/"),
    ("北流市", "http://www.beiliu.gov.cn/"),
)


def yulin_portal(ctx: Ctx38) -> None:
    """玉林市 portal ``www.yulin.gov.cn``, seeded: 广西 集约化; its 县(市、区) links name the seven
    counties (hosts from the national site table). 兴业县 is in no seed row and linked by nothing
    else: a 广西 集约化 site whose 2024 report is in 通知公告 beside a notice about it and whose 2022
    report is in 法治政府建设 beside a 实施方案 and a meeting."""
    p = County("yulin_portal", "玉林市", "广西壮族自治区", "", "450900", "www.yulin.gov.cn", scheme="https")
    ps = _Gx(ctx, p, dt.date(2025, 6, 5), "/zfxxgk/", "fdzdgknr/")
    ps.col("tzgg", "通知公告", ctx.fillers(p, 40, "notice"))
    links = "".join(f'<li><a href="{u}" target="_blank">{n}</a></li>' for n, u in YULIN)
    ps.finish(extra=f'<div class="xsq"><h3>县(市、区)</h3><ul>{links}</ul></div>')

    c = County("xingye", "兴业县", "广西壮族自治区", "玉林市", "450924", "www.xingye.gov.cn", seeded=False)
    s = _Gx(ctx, c, dt.date(2025, 1, 16), "/xxgk/", "fdzdgknr/", seeded=False)
    kinds = (GX, "unseeded_county_via_prefecture_list")
    r24 = _rep(ctx, c, 2024, "兴业县2024年法治政府建设工作报告", "2025-01-10 15:30", "兴业县人民政府")
    r22 = _rep(
        ctx, c, 2022, "兴业县人民政府关于2022年度法治政府建设情况的报告", "2023-03-28 11:10", "兴业县人民政府"
    )
    look = ctx.lookalikes_of(c, [("notice", 2025), ("plan", 2022), ("meeting", 2023)])
    s.col("tzgg", "通知公告", [r24, look[0], *ctx.fillers(c, 20, "notice", (2020, 2024))])
    s.col("fzzfjs", "法治政府建设", [r22, look[1], look[2], *ctx.fillers(c, 6, "disclosure", (2019, 2024))])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=kinds)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=kinds)
    s.finish()
