"""The blind59 sites: 资阳 (四川), 铜陵 (安徽) and 贵港 (广西) counties on TRS-style sites
(``/zwgk/<col>/`` columns, ``YYYYMM/tYYYYMMDD_<id>.html`` articles); four of them list their
columns by a mechanism no earlier blind web has (``platforms.py``), plus the 贵港市 portal whose
县市区 list alone links 桂平市."""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind39.sites import _Trs
from ..blind51.sites import GbkSkin, _attached, _rep
from .core import County, Ctx59, date_trap, html_copy, newer, search_trap
from .platforms import city_siteid_column, offset_path_column, promise_all_column, template_pager_column

TRS = "trs_createpage"
SC, AH, GX = "四川省", "安徽省", "广西壮族自治区"


def _scan(ctx: Ctx59, col: str, it) -> tuple[str, list[str]]:
    body = list(it.paras)
    it.paras = ["(扫描件)"]
    it.uid = ctx.uid()
    path = f"{col}{it.pub:%Y%m}/P0{it.pub:%Y%m%d}{it.uid % 10**9:09d}.pdf"
    it.attachments.append((it.title + ".pdf", path, files.make_scan_pdf(it.uid)))
    return path, body


# ============================================================================ 四川 资阳
def yanjiang(ctx: Ctx59) -> None:
    """雁江区 (四川 资阳), ``www.yanjiang.gov.cn``: TRS articles; 通知公告 and 法治政府建设 are shells
    whose script fetches the 资阳市 platform's shared list endpoint
    ``https://www.ziyang.gov.cn/irs/front/list?siteId=512002&chnlId=…&page=n&size=15`` (assumed
    shape). The 2024 report is on the endpoint's second page of 通知公告; the 2022 report is in
    法治政府建设 beside 四川省's reposted 2022 report and a 述法报告."""
    c = County("yanjiang", "雁江区", SC, "资阳市", "512002", "www.yanjiang.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 5, 22))
    r24 = _rep(
        ctx, c, 2024, "资阳市雁江区2024年法治政府建设工作情况报告", "2025-03-28 10:20", "雁江区人民政府"
    )
    r22 = _rep(
        ctx, c, 2022, "雁江区人民政府关于2022年法治政府建设情况的报告", "2023-03-30 16:00", "雁江区人民政府"
    )
    sc = ctx.higher(SC, 2022, "党中央、国务院", "2023-04-06 09:00")
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("gov_work_report", 2025), ("meeting", 2024)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 17, "notice", s.skin.clock), r24, look[2], *ctx.fillers(c, 10, "notice")],
        city_siteid_column,
        site_id="512002",
        chnl="tzgg",
    )
    assert tz.index(r24) >= 15
    s.col(
        "fzzfjs",
        "法治政府建设",
        [r22, sc, look[0], look[1], *ctx.fillers(c, 8, "disclosure")],
        city_siteid_column,
        site_id="512002",
        chnl="fzzfjs",
    )
    ctx.record(c, look)
    kinds = (TRS, "city_platform_siteid_list")
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(*kinds, "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(*kinds, "higher_repost"))
    ctx.record_higher(c, sc, 2022, c.base + sc.path)
    s.finish(shells=("/zwgk/tzgg/", "/zwgk/fzzfjs/"))


def anyue(ctx: Ctx59) -> None:
    """安岳县 (四川 资阳), ``www.aysc.gov.cn`` (GBK pages assumed): ordinary TRS. The 2024 report is
    in 法治政府建设 beside a 解读; the 2022 report is a PDF attachment in 通知公告. A 按日期浏览
    archive never ends (trap)."""
    c = County("anyue", "安岳县", SC, "资阳市", "512021", "www.aysc.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 4, 17), skin=GbkSkin)
    r24 = _rep(ctx, c, 2024, "安岳县2024年法治政府建设年度报告", "2025-03-27 15:10", "安岳县人民政府")
    r22 = _rep(ctx, c, 2022, "安岳县2022年度法治政府建设工作报告", "2023-03-29 10:40", "安岳县人民政府")
    look = ctx.lookalikes_of(c, [("interpretation", 2025), ("plan", 2023), ("notice", 2023)])
    pdf, body22 = _attached(ctx, c, "/zwgk/tzgg/", r22, "pdf")
    s.col("fzzfjs", "法治政府建设", [r24, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    s.col("tzgg", "通知公告", [r22, look[2], *ctx.fillers(c, 22, "notice", (2019, 2022))])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, "gbk_pages"))
    ctx.record_file(c, r22, 2022, pdf, body22, (TRS, "gbk_pages", "pdf_attachment"))
    trap = date_trap(ctx, s.skin, "/rqll/index.jsp")
    s.finish(extra=f'<div class="rqll"><a href="{trap}">按日期浏览</a></div>')


def lezhi(ctx: Ctx59) -> None:
    """乐至县 (四川 资阳), ``www.lezhi.gov.cn`` (https; the newer list's host): ordinary TRS. The
    joint 2023 report (中共乐至县委 乐至县人民政府关于…) is in 法治政府建设 beside the 县司法局's report
    and a 考核 通报; the 2021 report is a DOCX attachment in 工作总结."""
    c = County("lezhi", "乐至县", SC, "资阳市", "512022", "www.lezhi.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 6, 5))
    r23 = _rep(
        ctx,
        c,
        2023,
        "中共乐至县委 乐至县人民政府关于2023年度法治政府建设情况的报告",
        "2024-03-26 11:30",
        "乐至县人民政府",
    )
    r21 = _rep(ctx, c, 2021, "乐至县2021年度法治政府建设工作情况的报告", "2022-03-30 09:50", "乐至县人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-26 10:00")
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("text_interp", 2024), ("duty_report", 2022)])
    docx, body21 = _attached(ctx, c, "/zwgk/gzzj/", r21, "docx")
    s.col("fzzfjs", "法治政府建设", [r23, dep, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    s.col("gzzj", "工作总结", [r21, look[2], *ctx.fillers(c, 12, "disclosure", (2019, 2022))])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS, "joint_title"))
    ctx.record_file(c, r21, 2021, docx, body21, (TRS, "docx_attachment", "work_summary_column"))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    s.finish()


# ============================================================================ 安徽 铜陵
def tongguan(ctx: Ctx59) -> None:
    """铜官区 (安徽 铜陵), ``www.tltg.gov.cn`` (https): ordinary TRS. The 2024 report is in
    法治政府建设 beside 安徽省's reposted 2024 report and a 实施方案; the 2022 report is on 通知公告's
    ``index_1.html``. ``/so/search.jsp?searchword=`` echoes its query and pages for ever (trap)."""
    c = County("tongguan", "铜官区", AH, "铜陵市", "340705", "www.tltg.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 5, 12))
    trap = search_trap(ctx, s.skin, "/so/search.jsp", "searchword")
    r24 = _rep(
        ctx,
        c,
        2024,
        "铜陵市铜官区人民政府关于2024年法治政府建设情况的报告",
        "2025-03-27 09:40",
        "铜官区人民政府",
    )
    r22 = _rep(ctx, c, 2022, "铜官区2022年法治政府建设年度报告", "2023-03-30 15:20", "铜官区人民政府")
    ah = ctx.higher(AH, 2024, "党中央、国务院", "2025-04-03 10:00")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("xxgk_annual", 2024), ("notice", 2023)])
    s.col("fzzfjs", "法治政府建设", [r24, ah, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r22, 16, "notice", s.skin.clock), r22, look[2], *ctx.fillers(c, 10, "notice")],
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS, "later_list_page"))
    ctx.record_higher(c, ah, 2024, c.base + ah.path)
    s.finish(extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>')


def yian(ctx: Ctx59) -> None:
    """义安区 (安徽 铜陵), ``www.ahtlyaq.gov.cn`` (https): TRS pages whose pager links are
    ``javascript:go(k)``; ``go`` makes ``list_k.html`` by ``tpl.replace('{n}', n)`` (assumed). The
    2024 report is on 通知公告's ``list_2.html``; the 2022 report on 法治政府建设's ``list_2.html``
    beside a 述法报告."""
    c = County("yian", "义安区", AH, "铜陵市", "340706", "www.ahtlyaq.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 6, 13))
    r24 = _rep(ctx, c, 2024, "义安区2024年度法治政府建设工作报告", "2025-03-28 16:20", "铜陵市义安区人民政府")
    r22 = _rep(
        ctx, c, 2022, "铜陵市义安区2022年法治政府建设情况报告", "2023-03-29 11:10", "铜陵市义安区人民政府"
    )
    look = ctx.lookalikes_of(c, [("demo_news", 2025), ("shufa", 2022), ("meeting_topic", 2024)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 16, "notice", s.skin.clock), r24, look[0], *ctx.fillers(c, 12, "notice")],
        template_pager_column,
    )
    assert tz.index(r24) >= 15
    fz = s.col(
        "fzzfjs",
        "法治政府建设",
        [
            *newer(ctx, c, r22, 15, "disclosure", s.skin.clock),
            r22,
            look[1],
            look[2],
            *ctx.fillers(c, 6, "disclosure"),
        ],
        template_pager_column,
    )
    assert fz.index(r22) >= 15
    ctx.record(c, look)
    kinds = (TRS, "template_replace_page_url", "later_list_page")
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=kinds)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=kinds)
    s.finish()


def jiaoqu(ctx: Ctx59) -> None:
    """郊区 (安徽 铜陵), ``www.tljq.gov.cn`` (https): ordinary TRS. The 2024 report is in
    法治政府建设 beside a 政府信息公开工作年度报告; the 2023 report exists only as a scanned PDF; the
    2022 report is in 通知公告 beside a 会议 news item."""
    c = County("jiaoqu", "郊区", AH, "铜陵市", "340711", "www.tljq.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 3, 31))
    r24 = _rep(ctx, c, 2024, "铜陵市郊区2024年法治政府建设年度报告", "2025-03-26 10:10", "铜陵市郊区人民政府")
    r23 = _rep(ctx, c, 2023, "铜陵市郊区2023年法治政府建设情况报告", "2024-03-28 09:30", "铜陵市郊区司法局")
    r22 = _rep(ctx, c, 2022, "郊区2022年度法治政府建设工作报告", "2023-03-30 14:00", "铜陵市郊区人民政府")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2025), ("text_interp", 2023), ("meeting", 2023)])
    scan, body23 = _scan(ctx, "/zwgk/fzzfjs/", r23)
    s.col("fzzfjs", "法治政府建设", [r24, look[0], r23, look[1], *ctx.fillers(c, 8, "disclosure")])
    s.col("tzgg", "通知公告", [r22, look[2], *ctx.fillers(c, 22, "notice", (2019, 2022))])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS,))
    ctx.record_scan(c, r23, 2023, scan, body23, kinds=(TRS,))
    s.finish()


def zongyang(ctx: Ctx59) -> None:
    """枞阳县 (安徽 铜陵), ``www.zongyang.gov.cn`` (https): TRS articles; 通知公告 and 法治政府建设
    show 15 rows and a 加载更多 button that ``$.get``s ``<col>offset/15``, ``offset/30`` … (an
    ``<li>`` fragment; assumed). The 2023 report is past the first 15 rows of 通知公告; the 2021
    report past the first 15 of 法治政府建设, beside 铜陵市's reposted 2021 report."""
    c = County("zongyang", "枞阳县", AH, "铜陵市", "340722", "www.zongyang.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 4, 29))
    r23 = _rep(ctx, c, 2023, "枞阳县2023年法治政府建设工作报告", "2024-03-27 15:40", "枞阳县人民政府")
    r21 = _rep(
        ctx, c, 2021, "枞阳县人民政府关于2021年度法治政府建设工作的报告", "2022-03-31 10:30", "枞阳县人民政府"
    )
    tl = ctx.higher("铜陵市", 2021, "省委、省政府", "2022-04-08 09:30")
    look = ctx.lookalikes_of(c, [("notice", 2024), ("assessment", 2022), ("gov_work_report", 2023)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r23, 17, "notice", s.skin.clock), r23, look[0], *ctx.fillers(c, 10, "notice")],
        offset_path_column,
    )
    assert tz.index(r23) >= 15
    fz = s.col(
        "fzzfjs",
        "法治政府建设",
        [*newer(ctx, c, r21, 15, "disclosure", s.skin.clock), r21, tl, look[1], look[2]],
        offset_path_column,
    )
    assert fz.index(r21) >= 15
    ctx.record(c, look)
    kinds = (TRS, "offset_path_fragment")
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(*kinds, "later_list_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(*kinds, "later_list_page", "higher_repost"))
    ctx.record_higher(c, tl, 2021, c.base + tl.path)
    s.finish()


# ============================================================================ 广西 贵港
def gangbei(ctx: Ctx59) -> None:
    """港北区 (广西 贵港), ``www.gbq.gov.cn``: ordinary TRS. The 2024 report is in 法治政府建设
    beside the 区司法局's report; the 2023 report exists only as a ``.doc``; the 2022 report is in
    工作总结 beside a 工作要点."""
    c = County("gangbei", "港北区", GX, "贵港市", "450802", "www.gbq.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 5, 6))
    r24 = _rep(ctx, c, 2024, "港北区2024年法治政府建设情况报告", "2025-03-31 09:20", "贵港市港北区人民政府")
    r23 = _rep(ctx, c, 2023, "港北区2023年法治政府建设年度报告", "2024-03-29 10:00", "贵港市港北区司法局")
    r22 = _rep(
        ctx,
        c,
        2022,
        "贵港市港北区2022年度法治政府建设工作情况的报告",
        "2023-03-28 16:30",
        "贵港市港北区人民政府",
    )
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-20 09:00")
    look = ctx.lookalikes_of(c, [("duty_report", 2025), ("plan", 2022), ("interpretation", 2023)])
    doc, body23 = _attached(ctx, c, "/zwgk/tzgg/", r23, "doc")
    s.col("fzzfjs", "法治政府建设", [r24, dep, look[0], *ctx.fillers(c, 8, "disclosure")])
    s.col("gzzj", "工作总结", [r22, look[1], *ctx.fillers(c, 10, "disclosure", (2019, 2022))])
    s.col("tzgg", "通知公告", [r23, look[2], *ctx.fillers(c, 20, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS, "work_summary_column"))
    ctx.record_file(c, r23, 2023, doc, body23, (TRS, "doc_needs_reader"))
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    s.finish()


def gangnan(ctx: Ctx59) -> None:
    """港南区 (广西 贵港), ``www.gggn.gov.cn``: TRS articles; 通知公告 and 法治政府建设 are shells
    whose script awaits ``Promise.all`` of ``/api/info/count?catalogId=`` and
    ``/api/info/list?catalogId=&offset=&limit=15`` (a bare array; assumed). The 2024 report is at
    offset 15 of 通知公告; the 2022 report is in 法治政府建设 beside 广西's 2022 report."""
    c = County("gangnan", "港南区", GX, "贵港市", "450803", "www.gggn.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 6, 2))
    r24 = _rep(ctx, c, 2024, "港南区2024年度法治政府建设情况报告", "2025-03-27 11:00", "贵港市港南区人民政府")
    r22 = _rep(ctx, c, 2022, "港南区2022年法治政府建设年度报告", "2023-03-30 09:10", "贵港市港南区人民政府")
    gx = ctx.higher(GX, 2022, "党中央、国务院", "2023-04-10 10:00")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("demo_news", 2023), ("xxgk_annual", 2023)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 16, "notice", s.skin.clock), r24, look[0], *ctx.fillers(c, 10, "notice")],
        promise_all_column,
        cid="4508030101",
    )
    assert tz.index(r24) >= 15
    s.col(
        "fzzfjs",
        "法治政府建设",
        [r22, gx, look[1], look[2], *ctx.fillers(c, 8, "disclosure")],
        promise_all_column,
        cid="4508030117",
    )
    ctx.record(c, look)
    kinds = (TRS, "promise_all_count_list")
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(*kinds, "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(*kinds, "higher_repost"))
    ctx.record_higher(c, gx, 2022, c.base + gx.path)
    s.finish(shells=("/zwgk/tzgg/", "/zwgk/fzzfjs/"))


def qintang(ctx: Ctx59) -> None:
    """覃塘区 (广西 贵港), ``www.ggqt.gov.cn`` (GBK pages assumed): ordinary TRS. The 2023 report is
    in 法治政府建设 beside 贵港市's reposted 2023 report and a 述法报告; the 2021 report is on
    通知公告's ``index_1.html``."""
    c = County("qintang", "覃塘区", GX, "贵港市", "450804", "www.ggqt.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 4, 9), skin=GbkSkin)
    r23 = _rep(ctx, c, 2023, "覃塘区2023年法治政府建设情况报告", "2024-03-28 15:30", "贵港市覃塘区人民政府")
    r21 = _rep(ctx, c, 2021, "覃塘区2021年度法治政府建设工作报告", "2022-03-29 10:20", "贵港市覃塘区人民政府")
    gg = ctx.higher("贵港市", 2023, "自治区党委、政府", "2024-04-03 09:00")
    look = ctx.lookalikes_of(c, [("shufa", 2023), ("meeting_topic", 2022), ("assessment", 2024)])
    s.col("fzzfjs", "法治政府建设", [r23, gg, look[0], look[2], *ctx.fillers(c, 8, "disclosure")])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r21, 16, "notice", s.skin.clock), r21, look[1], *ctx.fillers(c, 10, "notice")],
    )
    assert tz.index(r21) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS, "gbk_pages", "higher_repost"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(TRS, "gbk_pages", "later_list_page"))
    ctx.record_higher(c, gg, 2023, c.base + gg.path)
    s.finish()


def pingnan(ctx: Ctx59) -> None:
    """平南县 (广西 贵港), ``www.pnxzf.gov.cn``: ordinary TRS. The 2024 report is in 其他文件 beside a
    政府工作报告; the 2022 report is in 通知公告 beside a notice about it and a 实施方案."""
    c = County("pingnan", "平南县", GX, "贵港市", "450821", "www.pnxzf.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 5, 27))
    r24 = _rep(ctx, c, 2024, "平南县2024年法治政府建设工作报告", "2025-03-26 16:40", "平南县人民政府")
    r22 = _rep(ctx, c, 2022, "平南县2022年法治政府建设情况报告", "2023-03-31 11:50", "平南县人民政府")
    look = ctx.lookalikes_of(c, [("gov_work_report", 2024), ("notice", 2022), ("plan", 2022)])
    s.col("qtwj", "其他文件", [r24, look[0], *ctx.fillers(c, 12, "disclosure")])
    s.col("tzgg", "通知公告", [r22, look[1], look[2], *ctx.fillers(c, 20, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, "other_files_column"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS,))
    s.finish()


def gg_portal(ctx: Ctx59) -> None:
    """贵港市 portal ``www.gxgg.gov.cn``, seeded: its 县市区政府网站 block links the city's
    counties, among them 桂平市 (``www.guiping.gov.cn``), which no seed row names. 桂平市 is ordinary
    TRS: the 2024 report in 法治政府建设 beside 广西's reposted 2024 report and a 实施方案, the 2022
    report in 通知公告 beside a 解读."""
    p = County("gg_portal", "贵港市", GX, "", "450800", "www.gxgg.gov.cn")
    ps = _Trs(ctx, p, dt.date(2025, 6, 10))
    ps.col("tzgg", "通知公告", ctx.fillers(p, 20, "notice"))
    hosts = [
        ("港北区", "http://www.gbq.gov.cn/"),
        ("港南区", "http://www.gggn.gov.cn/"),
        ("覃塘区", "http://www.ggqt.gov.cn/"),
        ("平南县", "http://www.pnxzf.gov.cn/"),
        ("桂平市", "http://www.guiping.gov.cn/"),
    ]
    block = "".join(f'<li><a href="{u}" target="_blank">{n}人民政府</a></li>' for n, u in hosts)
    ps.finish(extra=f'<div class="xsq"><h3>县市区政府网站</h3><ul>{block}</ul></div>')
    c = County("guiping", "桂平市", GX, "贵港市", "450881", "www.guiping.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 5, 19), seeded=False)
    r24 = _rep(ctx, c, 2024, "桂平市2024年法治政府建设年度报告", "2025-03-30 10:30", "桂平市人民政府")
    r22 = _rep(ctx, c, 2022, "桂平市2022年度法治政府建设工作报告", "2023-03-29 16:00", "桂平市人民政府")
    gx = ctx.higher(GX, 2024, "党中央、国务院", "2025-04-08 09:00")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("interpretation", 2023)])
    s.col("fzzfjs", "法治政府建设", [r24, gx, look[0], *ctx.fillers(c, 8, "disclosure")])
    s.col("tzgg", "通知公告", [r22, look[1], *ctx.fillers(c, 20, "notice")])
    ctx.record(c, look)
    kinds = (TRS, "unseeded_county_via_prefecture_list")
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(*kinds, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=kinds)
    ctx.record_higher(c, gx, 2024, c.base + gx.path)
    s.finish()
