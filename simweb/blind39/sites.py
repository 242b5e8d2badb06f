"""The blind39 sites: 宣城 (安徽) counties on TRS (one with a ``<link rel=next>``-only pager, one
with a base64-query list API), 延安 (陕西) counties on 陕西's 集约化 platform (ordinary members,
blind31's shapes), and 伊春 (黑龙江) counties on TRS (one listing by DWR plaincall, one with
base64 ``data-url`` rows), plus the 伊春市 portal whose 县市 list alone links 铁力市."""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home, index_page, publish
from ..blind.skins import Skin
from ..blind2.core import open_site
from ..blind31.sites_sx import _Site as ShxSite
from .core import County, Ctx39, date_trap, html_copy, newer, search_trap
from .platforms import b64_column, dataurl_column, dwr_column, relnext_column

TRS = "trs_createpage"
SX = "shaanxi_jyh_shtml"


class GbkSkin(Skin):
    encoding = "gbk"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


class _Trs:
    """A TRS site: ``/xwzx/zwyw/`` news and ``/zwgk/<col>/`` columns, by a chosen list builder."""

    def __init__(self, ctx: Ctx39, c: County, clock: dt.date, *, skin=Skin, seeded=True):
        self.ctx, self.c = ctx, c
        nav = [("/", "首页"), ("/xwzx/zwyw/", "政务要闻"), ("/zwgk/", "政务公开")]
        self.skin = open_site(ctx, c, nav, clock, skin=skin, seeded=seeded)
        self.news = publish(
            self.skin, "/xwzx/zwyw/", "政务要闻", [("/xwzx/zwyw/", "政务要闻")], ctx.news(c, 200)
        )
        self.lists: list[tuple[str, str, list]] = []

    def col(self, key: str, name: str, items, builder=None, **kw):
        col = f"/zwgk/{key}/"
        trail = [("/zwgk/", "政务公开"), (col, name)]
        if builder is None:
            out = publish(self.skin, col, name, trail, items, per=kw.get("per", 15))
        else:
            out = builder(self.skin, col, name, trail, items, **kw)
        self.lists.append((col, name, out))
        return out

    def finish(self, extra: str = "", shells=()) -> None:
        boxes = [(c, n, [] if c in shells else o) for c, n, o in self.lists]
        index_page(self.skin, "/zwgk/index.html", "政务公开", [("/zwgk/", "政务公开")], boxes)
        self.skin.put(
            "/zwgk/",
            self.ctx.web.resources[(self.c.host, "/zwgk/index.html", "")].body.decode(self.skin.encoding),
        )
        home(self.skin, [("/xwzx/zwyw/", "政务要闻", self.news), ("/zwgk/", "政务公开", [])], extra=extra)


# ============================================================================ 安徽 宣城
def xuanzhou(ctx: Ctx39) -> None:
    """宣州区 (安徽 宣城), ``www.xuanzhou.gov.cn`` (https): TRS pages; 通知公告 names its later
    pages (``list_2.html`` …) only in a ``<head>`` ``<link rel="next">`` read by a 加载更多
    script (assumed shape). The 2024 report is on 通知公告's third page; the 2022 report is in
    法治政府建设 beside 安徽省's reposted 2022 report and a 实施方案."""
    c = County("xuanzhou", "宣州区", "安徽省", "宣城市", "341802", "www.xuanzhou.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 6, 9))
    r24 = _rep(ctx, c, 2024, "宣州区2024年法治政府建设年度报告", "2025-03-27 10:30", "宣城市宣州区人民政府")
    r22 = _rep(ctx, c, 2022, "宣州区2022年度法治政府建设情况报告", "2023-03-30 15:20", "宣城市宣州区人民政府")
    ah = ctx.higher("安徽省", 2022, "党中央、国务院", "2023-04-06 09:00")
    look = ctx.lookalikes_of(c, [("plan", 2023), ("notice", 2025), ("xxgk_annual", 2024)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 31, "notice", s.skin.clock), r24, look[1], *ctx.fillers(c, 12, "notice")],
        relnext_column,
    )
    assert tz.index(r24) >= 30
    s.col("fzzfjs", "法治政府建设", [r22, ah, look[0], look[2], *ctx.fillers(c, 8, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, "rel_next_only_pager", "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS, "higher_repost"))
    ctx.record_higher(c, ah, 2022, c.base + ah.path)
    s.finish()


def langxi(ctx: Ctx39) -> None:
    """郎溪县 (安徽 宣城), ``www.ahlx.gov.cn`` (https): TRS articles; its 法治政府建设 and 通知公告
    pages are shells whose script ``fetch``es ``/api/article/list?q=<base64 JSON>`` (assumed).
    The 2023 report is on the API's second page of 通知公告; the 2021 report is in 法治政府建设
    beside a 述法报告 and a 考核 通报."""
    c = County("langxi", "郎溪县", "安徽省", "宣城市", "341821", "www.ahlx.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 4, 22))
    r23 = _rep(ctx, c, 2023, "郎溪县2023年法治政府建设年度报告", "2024-03-28 16:10", "郎溪县人民政府")
    r21 = _rep(
        ctx, c, 2021, "郎溪县人民政府关于2021年度法治政府建设情况的报告", "2022-03-29 10:00", "郎溪县人民政府"
    )
    look = ctx.lookalikes_of(c, [("shufa", 2022), ("assessment", 2023), ("meeting", 2024)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r23, 17, "notice", s.skin.clock), r23, look[2], *ctx.fillers(c, 10, "notice")],
        b64_column,
        colid=1873,
    )
    assert tz.index(r23) >= 15
    s.col(
        "fzzfjs",
        "法治政府建设",
        [r21, look[0], look[1], *ctx.fillers(c, 9, "disclosure")],
        b64_column,
        colid=1880,
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS, "base64_query_api", "api_later_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(TRS, "base64_query_api"))
    s.finish(shells=("/zwgk/tzgg/", "/zwgk/fzzfjs/"))


def jingxian(ctx: Ctx39) -> None:
    """泾县 (安徽 宣城), ``www.ahjx.gov.cn`` (https, GBK pages assumed): ordinary TRS
    (``createPageHTML`` pager, ``YYYYMM/tYYYYMMDD_<id>.html``). The 2024 report is in 法治政府建设
    beside the 县司法局's report and a 解读; the 2022 report exists only as a scanned PDF; the 2021
    report is in 通知公告 beside a notice."""
    c = County("jingxian", "泾县", "安徽省", "宣城市", "341823", "www.ahjx.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 5, 15), skin=GbkSkin)
    r24 = _rep(ctx, c, 2024, "泾县2024年法治政府建设工作报告", "2025-03-31 09:20", "泾县人民政府")
    r22 = _rep(ctx, c, 2022, "泾县2022年法治政府建设年度报告", "2023-03-29 14:00", "泾县司法局")
    r21 = _rep(ctx, c, 2021, "泾县2021年度法治政府建设情况报告", "2022-03-30 11:10", "泾县人民政府")
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-20 15:30")
    look = ctx.lookalikes_of(c, [("interpretation", 2025), ("notice", 2022), ("gov_work_report", 2025)])
    body22 = list(r22.paras)
    r22.paras = ["(扫描件)"]
    r22.uid = ctx.uid()
    scan = f"/zwgk/fzzfjs/{r22.pub:%Y%m}/P0{r22.pub:%Y%m%d}{r22.uid % 10**9:09d}.pdf"
    r22.attachments.append((r22.title + ".pdf", scan, files.make_scan_pdf(r22.uid)))
    s.col("fzzfjs", "法治政府建设", [r24, dep, look[0], r22, look[2], *ctx.fillers(c, 9, "disclosure")])
    s.col("tzgg", "通知公告", [r21, look[1], *ctx.fillers(c, 24, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, "gbk_pages"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(TRS, "gbk_pages"))
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    ctx.record_scan(c, r22, 2022, scan, body22, kinds=(TRS,))
    s.finish()


def ningguo(ctx: Ctx39) -> None:
    """宁国市 (安徽 宣城), ``www.ningguo.gov.cn``: ordinary TRS. The 2023 report is on 通知公告's
    ``index_1.html``; the 2021 report is in 法治政府建设 beside 宣城市's 2021 report and a 工作要点.
    ``/so/search.jsp?searchword=`` echoes its query and pages for ever (trap)."""
    c = County("ningguo", "宁国市", "安徽省", "宣城市", "341881", "www.ningguo.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 3, 18))
    trap = search_trap(ctx, s.skin, "/so/search.jsp", "searchword")
    r23 = _rep(ctx, c, 2023, "宁国市2023年法治政府建设情况报告", "2024-03-27 17:00", "宁国市人民政府")
    r21 = _rep(ctx, c, 2021, "宁国市2021年法治政府建设年度报告", "2022-03-31 09:45", "宁国市人民政府")
    xc = ctx.higher("宣城市", 2021, "省委、省政府", "2022-04-02 10:00")
    look = ctx.lookalikes_of(c, [("plan", 2022), ("meeting_topic", 2024), ("duty_report", 2024)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r23, 16, "notice", s.skin.clock), r23, look[1], *ctx.fillers(c, 12, "notice")],
    )
    assert tz.index(r23) >= 15
    s.col("fzzfjs", "法治政府建设", [r21, xc, look[0], look[2], *ctx.fillers(c, 7, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS, "later_list_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(TRS, "higher_repost"))
    ctx.record_higher(c, xc, 2021, c.base + xc.path)
    s.finish(extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>')


# ============================================================================ 陕西 延安
def _shx(ctx, key, name, adcode, host, site, clock, reps, looks, extra_kinds=(), higher=None, trap=False):
    c = County(key, name, "陕西省", "延安市", adcode, host, scheme="https")
    s = ShxSite(ctx, c, site, clock, {"fzzfjs": "法治政府建设", "tzgg": "通知公告"})
    out = [_rep(ctx, c, y, t, p, src) for y, t, p, src in reps]
    years = [r[0] for r in reps]
    look = ctx.lookalikes_of(c, looks)
    hi = ctx.higher(*higher) if higher else None
    fz = [out[0], *look[:2], *([hi] if hi else []), *ctx.fillers(c, 9, "disclosure")]
    s.col("fzzfjs", fz)
    tz = [
        *newer(ctx, c, out[1], 17, "notice", s.skin.clock),
        out[1],
        *look[2:],
        *ctx.fillers(c, 12, "notice"),
    ]
    got = s.col("tzgg", tz)
    assert got.index(out[1]) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, out[0], years[0], html_copy(c, out[0]), kinds=(SX, *extra_kinds))
    ctx.truth_report(c, out[1], years[1], html_copy(c, out[1]), kinds=(SX, "later_list_page"))
    if hi:
        ctx.record_higher(c, hi, higher[1], c.base + hi.path)
    extra = ""
    if trap:
        extra = (
            f'<div class="rqll"><a href="{date_trap(ctx, s.skin, "/rqll/index.jsp")}">按日期浏览</a></div>'
        )
    s.finish(extra=extra)


def ansai(ctx: Ctx39) -> None:
    """安塞区 (陕西 延安), ``www.ansai.gov.cn`` (https): 陕西 集约化 (``/<site>/<col>/
    secondLevelChannel.shtml``, blind31's evidence). 2024 report in 法治政府建设 beside 陕西省's 2024
    report; 2022 report on 通知公告's second page."""
    _shx(
        ctx,
        "ansai",
        "安塞区",
        "610603",
        "www.ansai.gov.cn",
        "asqzf",
        dt.date(2025, 5, 8),
        [
            (2024, "延安市安塞区2024年法治政府建设年度报告", "2025-03-28 10:00", "安塞区人民政府"),
            (2022, "安塞区2022年度法治政府建设工作报告", "2023-03-30 16:00", "安塞区人民政府"),
        ],
        [("plan", 2024), ("meeting", 2024), ("notice", 2025)],
        ("higher_repost",),
        ("陕西省", 2024, "党中央、国务院", "2025-04-02 10:00"),
    )


def yanchuan(ctx: Ctx39) -> None:
    """延川县 (陕西 延安), ``www.yanchuan.gov.cn`` (https): 陕西 集约化. 2023 report in 法治政府建设
    beside a 述法报告 and a 解读; 2021 report on 通知公告's second page. A 按日期浏览 archive never
    ends (trap)."""
    _shx(
        ctx,
        "yanchuan",
        "延川县",
        "610622",
        "www.yanchuan.gov.cn",
        "ycxzf",
        dt.date(2025, 4, 2),
        [
            (2023, "延川县2023年法治政府建设情况报告", "2024-03-29 09:30", "延川县人民政府"),
            (2021, "延川县2021年法治政府建设年度报告", "2022-03-30 15:00", "延川县人民政府"),
        ],
        [("shufa", 2024), ("interpretation", 2024), ("notice", 2022)],
        trap=True,
    )


def zhidan(ctx: Ctx39) -> None:
    """志丹县 (陕西 延安), ``www.zhidan.gov.cn`` (https): 陕西 集约化. 2024 report in 法治政府建设
    beside a 考核 通报 and the 信息公开 annual report; 2022 report on 通知公告's second page."""
    _shx(
        ctx,
        "zhidan",
        "志丹县",
        "610625",
        "www.zhidan.gov.cn",
        "zdxzf",
        dt.date(2025, 6, 20),
        [
            (2024, "志丹县2024年度法治政府建设工作报告", "2025-03-26 11:20", "志丹县人民政府"),
            (2022, "志丹县人民政府关于2022年法治政府建设工作的报告", "2023-03-28 10:40", "志丹县人民政府"),
        ],
        [("assessment", 2024), ("xxgk_annual", 2024), ("meeting_topic", 2023)],
    )


def luochuan(ctx: Ctx39) -> None:
    """洛川县 (陕西 延安), ``www.lcx.gov.cn`` (https): 陕西 集约化. 2023 report in 法治政府建设
    beside 延安市's 2023 report and a 工作要点; 2021 report on 通知公告's second page."""
    _shx(
        ctx,
        "luochuan",
        "洛川县",
        "610629",
        "www.lcx.gov.cn",
        "lcxzf",
        dt.date(2025, 3, 25),
        [
            (2023, "洛川县2023年法治政府建设年度报告", "2024-03-27 14:30", "洛川县人民政府"),
            (2021, "洛川县2021年度法治政府建设情况报告", "2022-03-29 16:20", "洛川县人民政府"),
        ],
        [("plan", 2023), ("text_interp", 2024), ("demo_news", 2022)],
        ("higher_repost",),
        ("延安市", 2023, "省委、省政府", "2024-04-03 09:00"),
    )


# ============================================================================ 黑龙江 伊春
def jiayin(ctx: Ctx39) -> None:
    """嘉荫县 (黑龙江 伊春), ``www.jyx.gov.cn`` (https): TRS articles; 政务公开 columns are shells
    listed by a DWR plaincall POST to ``/dwr/call/plaincall/InfoListService.getInfoList.dwr``
    (DWR's wire format from public crawlers; its use here is assumed). The 2024 report is on the
    second page of 通知公告; the 2022 report is in 法治政府建设 beside 黑龙江省's 2022 report."""
    c = County("jiayin", "嘉荫县", "黑龙江省", "伊春市", "230722", "www.jyx.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 5, 28))
    r24 = _rep(ctx, c, 2024, "嘉荫县2024年法治政府建设年度报告", "2025-03-31 10:10", "嘉荫县人民政府")
    r22 = _rep(ctx, c, 2022, "嘉荫县2022年法治政府建设工作报告", "2023-03-30 09:50", "嘉荫县人民政府")
    hl = ctx.higher("黑龙江省", 2022, "党中央、国务院", "2023-04-04 15:00")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("plan", 2023), ("gov_work_report", 2024)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 16, "notice", s.skin.clock), r24, look[0], *ctx.fillers(c, 10, "notice")],
        dwr_column,
        colid="0104",
    )
    assert tz.index(r24) >= 15
    s.col(
        "fzzfjs",
        "法治政府建设",
        [r22, hl, look[1], look[2], *ctx.fillers(c, 8, "disclosure")],
        dwr_column,
        colid="0112",
    )
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, "dwr_plaincall", "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS, "dwr_plaincall", "higher_repost"))
    ctx.record_higher(c, hl, 2022, c.base + hl.path)
    s.finish(shells=("/zwgk/tzgg/", "/zwgk/fzzfjs/"))


def yimei(ctx: Ctx39) -> None:
    """伊美区 (黑龙江 伊春), ``www.ycym.gov.cn`` (https): TRS; 法治政府建设's rows carry the article
    URL only base64-encoded in ``data-url`` (``window.open(atob(…))``, assumed). The 2024 report is
    there beside a 述法报告; the 2022 report exists only as a ``.doc``; the 2021 report is in 通知公告."""
    c = County("yimei", "伊美区", "黑龙江省", "伊春市", "230717", "www.ycym.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 4, 16))
    r24 = _rep(ctx, c, 2024, "伊美区2024年法治政府建设情况报告", "2025-03-28 15:40", "伊春市伊美区人民政府")
    r22 = _rep(ctx, c, 2022, "伊美区2022年度法治政府建设年度报告", "2023-03-29 10:20", "伊美区司法局")
    r21 = _rep(ctx, c, 2021, "伊美区2021年法治政府建设工作报告", "2022-03-30 14:10", "伊春市伊美区人民政府")
    look = ctx.lookalikes_of(c, [("shufa", 2025), ("interpretation", 2022), ("meeting", 2022)])
    r22.uid = ctx.uid()
    doc = f"/zwgk/tzgg/{r22.pub:%Y%m}/W0{r22.pub:%Y%m%d}{r22.uid % 10**9:09d}.doc"
    body22 = list(r22.paras)
    r22.paras = [r22.title + "全文见附件。"]
    ctx.attach(c, r22, doc, "doc", body22)
    s.col("fzzfjs", "法治政府建设", [r24, look[0], *ctx.fillers(c, 9, "disclosure")], dataurl_column)
    s.col("tzgg", "通知公告", [r21, r22, look[1], look[2], *ctx.fillers(c, 22, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, "base64_data_url"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(TRS,))
    ctx.record_file(c, r22, 2022, doc, body22, (TRS, "doc_needs_reader"))
    s.finish(shells=("/zwgk/fzzfjs/",))


def nancha(ctx: Ctx39) -> None:
    """南岔县 (黑龙江 伊春), ``www.nancha.gov.cn`` (https): ordinary TRS. The 2023 report is in
    法治政府建设 beside the 县司法局's report and a 考核 通报; the 2021 report is on 通知公告's
    ``index_1.html``."""
    c = County("nancha", "南岔县", "黑龙江省", "伊春市", "230726", "www.nancha.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 2, 26))
    r23 = _rep(ctx, c, 2023, "南岔县2023年度法治政府建设情况报告", "2024-03-29 11:30", "南岔县人民政府")
    r21 = _rep(ctx, c, 2021, "南岔县2021年法治政府建设年度报告", "2022-03-28 16:50", "南岔县人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-26 10:00")
    look = ctx.lookalikes_of(c, [("assessment", 2023), ("xxgk_annual", 2023), ("notice", 2022)])
    s.col("fzzfjs", "法治政府建设", [r23, dep, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    tz = s.col(
        "tzgg",
        "通知公告",
        [
            *newer(ctx, c, r21, 16, "notice", s.skin.clock),
            r21,
            look[2],
            *ctx.fillers(c, 10, "notice", (2019, 2021)),
        ],
    )
    assert tz.index(r21) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS,))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(TRS, "later_list_page"))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    s.finish()


def yc_portal(ctx: Ctx39) -> None:
    """伊春市 portal ``www.yc.gov.cn`` (https), seeded: its 县(市)区政府网站 block links the 伊春
    counties, among them 铁力市 (``www.tls.gov.cn``), which no seed row names. 铁力市 is ordinary
    TRS: 2024 report in 法治政府建设 beside a 工作要点, 2022 report in 通知公告 beside a 解读."""
    p = County("yc_portal", "伊春市", "黑龙江省", "", "230700", "www.yc.gov.cn", scheme="https")
    ps = _Trs(ctx, p, dt.date(2025, 6, 1))
    ps.col("tzgg", "通知公告", ctx.fillers(p, 20, "notice"))
    hosts = [
        ("伊美区", "https://www.ycym.gov.cn/"),
        ("乌翠区", "http://www.ycwc.gov.cn/"),
        ("友好区", "http://www.yhq.gov.cn/"),
        ("金林区", "http://www.ycjl.gov.cn/"),
        ("铁力市", "https://www.tls.gov.cn/"),
        ("嘉荫县", "https://www.jyx.gov.cn/"),
        ("汤旺县", "http://www.yctwx.gov.cn/"),
        ("丰林县", "http://www.ycfl.gov.cn/"),
        ("大箐山县", "http://www.ycdqs.gov.cn/"),
        ("南岔县", "https://www.nancha.gov.cn/"),
    ]
    block = "".join(f'<li><a href="{u}" target="_blank">{n}人民政府</a></li>' for n, u in hosts)
    ps.finish(extra=f'<div class="xsq"><h3>县(市)区政府网站</h3><ul>{block}</ul></div>')
    c = County("tieli", "铁力市", "黑龙江省", "伊春市", "230781", "www.tls.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 5, 6), seeded=False)
    r24 = _rep(ctx, c, 2024, "铁力市2024年法治政府建设年度报告", "2025-03-30 10:00", "铁力市人民政府")
    r22 = _rep(ctx, c, 2022, "铁力市2022年度法治政府建设工作报告", "2023-03-31 14:20", "铁力市人民政府")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("interpretation", 2023)])
    s.col("fzzfjs", "法治政府建设", [r24, look[0], *ctx.fillers(c, 8, "disclosure")])
    s.col("tzgg", "通知公告", [r22, look[1], *ctx.fillers(c, 20, "notice")])
    ctx.record(c, look)
    kinds = (TRS, "unseeded_county_via_prefecture_list")
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=kinds)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=kinds)
    s.finish()
