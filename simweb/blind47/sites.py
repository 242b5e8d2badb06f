"""The blind47 sites: 东营 (山东) counties on TRS (one listing by a GraphQL POST, one whose list
API path is in a JSON config file), 莆田 (福建) counties on TRS (one with a cursor-paged list API
behind an ``X-Requested-With`` check), 张掖 (甘肃) counties on TRS (one whose 政务公开 is an old
``<frameset>``, one paging by a ``<select onchange>``), plus the 东营市 portal whose 县区 list
alone links 广饶县."""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home
from ..blind.skins import Skin
from ..blind39.sites import _Trs
from .core import County, Ctx47, date_trap, html_copy, newer, search_trap
from .platforms import config_column, cursor_column, frameset, graphql_column, select_column

TRS = "trs_createpage"


class GbkSkin(Skin):
    encoding = "gbk"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


def _attached(ctx: Ctx47, c: County, s: _Trs, col: str, it, kind: str) -> tuple[str, list[str]]:
    """Give ``it`` a TRS-named ``.pdf``/``.docx`` attachment holding its text; the page keeps a
    one-line summary. Returns the attachment's path and the body."""
    it.uid = it.uid or ctx.uid()
    body = list(it.paras)
    it.paras = [it.title + "全文见附件。"]
    path = f"{col}{it.pub:%Y%m}/P0{it.pub:%Y%m%d}{it.uid % 10**9:09d}.{kind}"
    ctx.attach(c, it, path, kind, body)
    return path, body


# ============================================================================ 山东 东营
def dongyingqu(ctx: Ctx47) -> None:
    """东营区 (山东 东营), ``www.dyq.gov.cn``: TRS articles; 通知公告 and 法治政府建设 are shells
    listed by a GraphQL POST to ``/graphql`` (assumed). The 2024 report is on the query's page 2
    of 通知公告; the 2022 report is in 法治政府建设 beside 山东省's 2022 report and a 实施方案."""
    c = County("dongyingqu", "东营区", "山东省", "东营市", "370502", "www.dyq.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 5, 21))
    r24 = _rep(ctx, c, 2024, "东营区2024年法治政府建设年度报告", "2025-03-28 16:00", "东营市东营区人民政府")
    r22 = _rep(
        ctx, c, 2022, "东营区人民政府关于2022年度法治政府建设情况的报告", "2023-03-30 10:20", "东营区人民政府"
    )
    sd = ctx.higher("山东省", 2022, "党中央、国务院", "2023-04-03 09:30")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("plan", 2023), ("xxgk_annual", 2024)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 17, "notice", s.skin.clock), r24, look[0], *ctx.fillers(c, 11, "notice")],
        graphql_column,
        channel="tzgg",
    )
    assert tz.index(r24) >= 15
    s.col(
        "fzzfjs",
        "法治政府建设",
        [r22, sd, look[1], look[2], *ctx.fillers(c, 8, "disclosure")],
        graphql_column,
        channel="fzzfjs",
    )
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, "graphql_post_list", "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS, "graphql_post_list", "higher_repost"))
    ctx.record_higher(c, sd, 2022, c.base + sd.path)
    s.finish(shells=("/zwgk/tzgg/", "/zwgk/fzzfjs/"))


def hekou(ctx: Ctx47) -> None:
    """河口区 (山东 东营), ``www.hekou.gov.cn`` (GBK pages assumed): ordinary TRS. The 2023 report
    is in 法治政府建设 beside the 区司法局's report, a 述法报告 and a 解读; the 2021 report is on
    通知公告's ``index_1.html`` as a PDF attachment."""
    c = County("hekou", "河口区", "山东省", "东营市", "370503", "www.hekou.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 4, 11), skin=GbkSkin)
    r23 = _rep(ctx, c, 2023, "河口区2023年法治政府建设工作报告", "2024-03-29 15:10", "东营市河口区人民政府")
    r21 = _rep(ctx, c, 2021, "河口区2021年度法治政府建设情况报告", "2022-03-30 09:40", "河口区人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-27 11:00")
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("interpretation", 2024), ("meeting", 2022)])
    pdf, body21 = _attached(ctx, c, s, "/zwgk/tzgg/", r21, "pdf")
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
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS, "gbk_pages"))
    ctx.record_file(c, r21, 2021, pdf, body21, (TRS, "gbk_pages", "pdf_attachment", "later_list_page"))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    s.finish()


def lijin(ctx: Ctx47) -> None:
    """利津县 (山东 东营), ``www.lijin.gov.cn``: TRS articles; 通知公告 and 法治政府建设 are shells
    that first fetch ``/static/config/site.json`` for the list endpoint and column ids (assumed).
    The 2023 report is on the API's page 2 of 通知公告; the 2021 report is in 法治政府建设 beside a
    考核 通报 and a 第一责任人述职."""
    c = County("lijin", "利津县", "山东省", "东营市", "370522", "www.lijin.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 6, 3))
    r23 = _rep(ctx, c, 2023, "利津县2023年度法治政府建设工作情况的报告", "2024-03-27 10:30", "利津县人民政府")
    r21 = _rep(ctx, c, 2021, "利津县2021年法治政府建设年度报告", "2022-03-29 16:40", "利津县人民政府")
    look = ctx.lookalikes_of(c, [("assessment", 2023), ("duty_report", 2022), ("meeting_topic", 2024)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r23, 18, "notice", s.skin.clock), r23, look[2], *ctx.fillers(c, 10, "notice")],
        config_column,
        ckey="tzgg",
        colid="1602",
    )
    assert tz.index(r23) >= 15
    s.col(
        "fzzfjs",
        "法治政府建设",
        [r21, look[0], look[1], *ctx.fillers(c, 9, "disclosure")],
        config_column,
        ckey="fzzfjs",
        colid="1617",
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS, "json_config_api", "api_later_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(TRS, "json_config_api"))
    s.finish(shells=("/zwgk/tzgg/", "/zwgk/fzzfjs/"))


def dy_portal(ctx: Ctx47) -> None:
    """东营市 portal ``www.dongying.gov.cn``, seeded: its 县区政府网站 block links the 东营
    counties, among them 广饶县 (``www.guangrao.gov.cn``), which no seed row names. 广饶县 is
    ordinary TRS: the 2024 report in 法治政府建设 beside 东营市's 2024 report and a 工作要点, the 2022
    report in 通知公告 beside a notice about it."""
    p = County("dy_portal", "东营市", "山东省", "", "370500", "www.dongying.gov.cn")
    ps = _Trs(ctx, p, dt.date(2025, 6, 12))
    ps.col("tzgg", "通知公告", ctx.fillers(p, 20, "notice"))
    hosts = [
        ("东营区", "http://www.dyq.gov.cn/"),
        ("河口区", "http://www.hekou.gov.cn/"),
        ("垦利区", "http://www.kenli.gov.cn/"),
        ("利津县", "http://www.lijin.gov.cn/"),
        ("广饶县", "http://www.guangrao.gov.cn/"),
    ]
    block = "".join(f'<li><a href="{u}" target="_blank">{n}人民政府</a></li>' for n, u in hosts)
    ps.finish(extra=f'<div class="xsq"><h3>县区政府网站</h3><ul>{block}</ul></div>')
    c = County("guangrao", "广饶县", "山东省", "东营市", "370523", "www.guangrao.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 5, 9), seeded=False)
    r24 = _rep(ctx, c, 2024, "广饶县2024年法治政府建设情况报告", "2025-03-31 11:00", "广饶县人民政府")
    r22 = _rep(ctx, c, 2022, "广饶县2022年度法治政府建设年度报告", "2023-03-28 15:30", "广饶县人民政府")
    dy = ctx.higher("东营市", 2024, "省委、省政府", "2025-04-07 10:00")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("notice", 2023)])
    s.col("fzzfjs", "法治政府建设", [r24, dy, look[0], *ctx.fillers(c, 8, "disclosure")])
    s.col("tzgg", "通知公告", [r22, look[1], *ctx.fillers(c, 20, "notice")])
    ctx.record(c, look)
    kinds = (TRS, "unseeded_county_via_prefecture_list")
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(*kinds, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=kinds)
    ctx.record_higher(c, dy, 2024, c.base + dy.path)
    s.finish()


# ============================================================================ 福建 莆田
def chengxiang(ctx: Ctx47) -> None:
    """城厢区 (福建 莆田), ``www.chengxiang.gov.cn`` (https): TRS articles; 通知公告 and 法治政府建设
    are 加载更多 shells paging ``/api/content/list`` by ``lastId``/``nextCursor``, refused without
    ``X-Requested-With`` (assumed). The 2024 report is on the third call of 通知公告; the 2022
    report is in 法治政府建设 beside a 述法报告 and the 信息公开 annual report."""
    c = County("chengxiang", "城厢区", "福建省", "莆田市", "350302", "www.chengxiang.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 5, 30))
    r24 = _rep(ctx, c, 2024, "城厢区2024年法治政府建设工作报告", "2025-03-27 09:50", "莆田市城厢区人民政府")
    r22 = _rep(ctx, c, 2022, "城厢区2022年法治政府建设年度报告", "2023-03-29 17:10", "莆田市城厢区人民政府")
    look = ctx.lookalikes_of(c, [("shufa", 2023), ("xxgk_annual", 2023), ("demo_news", 2024)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 25, "notice", s.skin.clock), r24, look[2], *ctx.fillers(c, 10, "notice")],
        cursor_column,
        cat=3105,
    )
    assert tz.index(r24) >= 24
    s.col(
        "fzzfjs",
        "法治政府建设",
        [r22, look[0], look[1], *ctx.fillers(c, 8, "disclosure")],
        cursor_column,
        cat=3112,
    )
    ctx.record(c, look)
    kinds = (TRS, "cursor_paged_api", "xhr_header_check")
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(*kinds, "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=kinds)
    s.finish(shells=("/zwgk/tzgg/", "/zwgk/fzzfjs/"))


def licheng(ctx: Ctx47) -> None:
    """荔城区 (福建 莆田), ``www.ptlc.gov.cn`` (https): ordinary TRS. The 2023 report is in
    法治政府建设 beside 福建省's 2023 report and a 实施方案; the 2021 report is in 通知公告 as a DOCX
    attachment. A 按日期浏览 archive never ends (trap)."""
    c = County("licheng", "荔城区", "福建省", "莆田市", "350304", "www.ptlc.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 3, 14))
    r23 = _rep(
        ctx, c, 2023, "荔城区人民政府关于2023年法治政府建设情况的报告", "2024-03-28 10:10", "荔城区人民政府"
    )
    r21 = _rep(ctx, c, 2021, "荔城区2021年法治政府建设工作报告", "2022-03-31 15:00", "莆田市荔城区人民政府")
    fj = ctx.higher("福建省", 2023, "党中央、国务院", "2024-04-02 16:00")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("gov_work_report", 2024), ("notice", 2022)])
    docx, body21 = _attached(ctx, c, s, "/zwgk/tzgg/", r21, "docx")
    s.col("fzzfjs", "法治政府建设", [r23, fj, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    s.col("tzgg", "通知公告", [r21, look[2], *ctx.fillers(c, 24, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS, "higher_repost"))
    ctx.record_file(c, r21, 2021, docx, body21, (TRS, "docx_attachment"))
    ctx.record_higher(c, fj, 2023, c.base + fj.path)
    trap = date_trap(ctx, s.skin, "/rqll/index.jsp")
    s.finish(extra=f'<div class="rqll"><a href="{trap}">按日期浏览</a></div>')


def xianyou(ctx: Ctx47) -> None:
    """仙游县 (福建 莆田), ``www.xianyou.gov.cn`` (GBK pages assumed): ordinary TRS. The 2024
    report is in 法治政府建设 beside a 考核 通报 and a 文字解读; the 2023 report exists only as a
    scanned PDF; the 2022 report is on 通知公告's ``index_1.html``."""
    c = County("xianyou", "仙游县", "福建省", "莆田市", "350322", "www.xianyou.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 6, 18), skin=GbkSkin)
    r24 = _rep(ctx, c, 2024, "仙游县2024年度法治政府建设情况报告", "2025-03-26 10:40", "仙游县人民政府")
    r23 = _rep(ctx, c, 2023, "仙游县2023年法治政府建设年度报告", "2024-03-29 14:20", "仙游县司法局")
    r22 = _rep(
        ctx,
        c,
        2022,
        "中共仙游县委 仙游县人民政府关于2022年法治政府建设情况的报告",
        "2023-03-30 09:00",
        "仙游县人民政府",
    )
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("text_interp", 2025), ("meeting", 2023)])
    body23 = list(r23.paras)
    r23.paras = ["(扫描件)"]
    r23.uid = ctx.uid()
    scan = f"/zwgk/fzzfjs/{r23.pub:%Y%m}/P0{r23.pub:%Y%m%d}{r23.uid % 10**9:09d}.pdf"
    r23.attachments.append((r23.title + ".pdf", scan, files.make_scan_pdf(r23.uid)))
    s.col("fzzfjs", "法治政府建设", [r24, look[0], look[1], r23, *ctx.fillers(c, 9, "disclosure")])
    tz = s.col(
        "tzgg",
        "通知公告",
        [
            *newer(ctx, c, r22, 16, "notice", s.skin.clock),
            r22,
            look[2],
            *ctx.fillers(c, 10, "notice", (2019, 2022)),
        ],
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, "gbk_pages"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS, "gbk_pages", "later_list_page"))
    ctx.record_scan(c, r23, 2023, scan, body23, kinds=(TRS,))
    s.finish()


def xiuyu(ctx: Ctx47) -> None:
    """秀屿区 (福建 莆田), ``www.xiuyu.gov.cn``: ordinary TRS. The 2024 report is in 法治政府建设
    beside the 区司法局's report and 莆田市's 2024 report; the 2022 report is in 通知公告 beside
    a notice about it."""
    c = County("xiuyu", "秀屿区", "福建省", "莆田市", "350305", "www.xiuyu.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 4, 25))
    r24 = _rep(ctx, c, 2024, "秀屿区2024年法治政府建设年度报告", "2025-03-31 16:30", "莆田市秀屿区人民政府")
    r22 = _rep(ctx, c, 2022, "秀屿区2022年度法治政府建设工作报告", "2023-03-28 11:40", "秀屿区人民政府")
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-24 09:20")
    pt = ctx.higher("莆田市", 2024, "省委、省政府", "2025-04-08 10:30")
    look = ctx.lookalikes_of(c, [("duty_report", 2025), ("notice", 2023)])
    s.col("fzzfjs", "法治政府建设", [r24, dep, pt, look[0], *ctx.fillers(c, 8, "disclosure")])
    s.col("tzgg", "通知公告", [r22, look[1], *ctx.fillers(c, 22, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS,))
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    ctx.record_higher(c, pt, 2024, c.base + pt.path)
    s.finish()


# ============================================================================ 甘肃 张掖
def ganzhou(ctx: Ctx47) -> None:
    """甘州区 (甘肃 张掖), ``gsgz.gov.cn`` (no ``www``): TRS articles and lists, but 政务公开 is an
    old ``<frameset>``: its columns are linked only from the ``menu`` frame (``<frame src>``),
    the home page links just the frameset (assumed). The 2024 report is in 法治政府建设 beside a
    实施方案 and a meeting; the 2022 report is in 通知公告 beside a 解读."""
    c = County("ganzhou", "甘州区", "甘肃省", "张掖市", "620702", "gsgz.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 5, 13))
    r24 = _rep(ctx, c, 2024, "甘州区2024年法治政府建设情况报告", "2025-03-28 09:10", "张掖市甘州区人民政府")
    r22 = _rep(ctx, c, 2022, "甘州区2022年法治政府建设年度报告", "2023-03-31 10:50", "张掖市甘州区人民政府")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("meeting", 2024), ("interpretation", 2023)])
    s.col("fzzfjs", "法治政府建设", [r24, look[0], look[1], *ctx.fillers(c, 9, "disclosure")])
    s.col("tzgg", "通知公告", [r22, look[2], *ctx.fillers(c, 20, "notice")])
    s.col("gzbg", "政府工作报告", ctx.fillers(c, 6, "disclosure"))
    ctx.record(c, look)
    kinds = (TRS, "frameset_frames")
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=kinds)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=kinds)
    frameset(
        s.skin,
        "/zwgk/index.html",
        "/zwgk/menu.html",
        "/zwgk/gzbg/index.html",
        [(col, n) for col, n, _o in s.lists],
    )
    home(s.skin, [("/xwzx/zwyw/", "政务要闻", s.news), ("/zwgk/", "政务公开", [])])


def sunan(ctx: Ctx47) -> None:
    """肃南裕固族自治县 (甘肃 张掖), ``www.gssn.gov.cn``: TRS articles; the lists' only pager is a
    ``<select onchange="location.href=this.value">`` of ``index_N.html`` options (assumed). The
    2023 report is on 通知公告's ``index_1.html``; the 2021 report is in 法治政府建设 beside 甘肃省's
    2021 report and a 述法报告."""
    c = County("sunan", "肃南裕固族自治县", "甘肃省", "张掖市", "620721", "www.gssn.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 4, 7))
    r23 = _rep(
        ctx, c, 2023, "肃南县2023年法治政府建设年度报告", "2024-03-29 16:20", "肃南裕固族自治县人民政府"
    )
    r21 = _rep(
        ctx,
        c,
        2021,
        "肃南裕固族自治县2021年度法治政府建设工作报告",
        "2022-03-30 11:30",
        "肃南裕固族自治县人民政府",
    )
    gs = ctx.higher("甘肃省", 2021, "党中央、国务院", "2022-04-06 09:00")
    look = ctx.lookalikes_of(c, [("shufa", 2022), ("notice", 2024), ("gov_work_report", 2024)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r23, 17, "notice", s.skin.clock), r23, look[1], *ctx.fillers(c, 11, "notice")],
        select_column,
    )
    assert tz.index(r23) >= 15
    s.col(
        "fzzfjs", "法治政府建设", [r21, gs, look[0], look[2], *ctx.fillers(c, 8, "disclosure")], select_column
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS, "select_onchange_pager", "later_list_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(TRS, "higher_repost"))
    ctx.record_higher(c, gs, 2021, c.base + gs.path)
    s.finish()


def minle(ctx: Ctx47) -> None:
    """民乐县 (甘肃 张掖), ``www.gsml.gov.cn``: ordinary TRS. The 2024 report is in 法治政府建设
    beside a 考核 通报 and the 信息公开 annual report; the 2022 report is on 通知公告's
    ``index_1.html``. ``/so/search.jsp?searchword=`` echoes its query and pages for ever (trap)."""
    c = County("minle", "民乐县", "甘肃省", "张掖市", "620722", "www.gsml.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 3, 27))
    trap = search_trap(ctx, s.skin, "/so/search.jsp", "searchword")
    r24 = _rep(ctx, c, 2024, "民乐县2024年度法治政府建设工作情况的报告", "2025-03-27 15:00", "民乐县人民政府")
    r22 = _rep(ctx, c, 2022, "民乐县2022年法治政府建设情况报告", "2023-03-29 10:00", "民乐县人民政府")
    look = ctx.lookalikes_of(c, [("assessment", 2025), ("xxgk_annual", 2025), ("text_interp", 2023)])
    s.col("fzzfjs", "法治政府建设", [r24, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    tz = s.col(
        "tzgg",
        "通知公告",
        [
            *newer(ctx, c, r22, 16, "notice", s.skin.clock),
            r22,
            look[2],
            *ctx.fillers(c, 10, "notice", (2019, 2022)),
        ],
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS, "later_list_page"))
    s.finish(extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>')


def shandan(ctx: Ctx47) -> None:
    """山丹县 (甘肃 张掖), ``www.shandan.gov.cn`` (https): ordinary TRS. The 2023 report is in
    法治政府建设 beside 张掖市's 2023 report and a 工作要点; the 2022 report exists only as a
    ``.doc``; the 2021 report is in 通知公告 beside 示范创建 news."""
    c = County("shandan", "山丹县", "甘肃省", "张掖市", "620725", "www.shandan.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 5, 2))
    r23 = _rep(ctx, c, 2023, "山丹县2023年法治政府建设年度报告", "2024-03-28 11:20", "山丹县人民政府")
    r22 = _rep(ctx, c, 2022, "山丹县2022年度法治政府建设情况报告", "2023-03-30 15:50", "山丹县司法局")
    r21 = _rep(
        ctx, c, 2021, "山丹县人民政府关于2021年法治政府建设工作的报告", "2022-03-29 09:30", "山丹县人民政府"
    )
    zy = ctx.higher("张掖市", 2023, "省委、省政府", "2024-04-03 15:00")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("demo_news", 2022), ("meeting_topic", 2022)])
    r22.uid = ctx.uid()
    doc = f"/zwgk/tzgg/{r22.pub:%Y%m}/W0{r22.pub:%Y%m%d}{r22.uid % 10**9:09d}.doc"
    body22 = list(r22.paras)
    r22.paras = [r22.title + "全文见附件。"]
    ctx.attach(c, r22, doc, "doc", body22)
    s.col("fzzfjs", "法治政府建设", [r23, zy, look[0], *ctx.fillers(c, 9, "disclosure")])
    s.col("tzgg", "通知公告", [r21, r22, look[1], look[2], *ctx.fillers(c, 22, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS, "higher_repost"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(TRS,))
    ctx.record_file(c, r22, 2022, doc, body22, (TRS, "doc_needs_reader"))
    ctx.record_higher(c, zy, 2023, c.base + zy.path)
    s.finish()
