"""The blind55 sites: 常州 (江苏), 廊坊 (河北) and 锡林郭勒盟 (内蒙古) counties on TRS-style sites
(``/zwgk/<col>/`` columns, ``YYYYMM/tYYYYMMDD_<id>.html`` articles); four of them list their
columns by a mechanism no earlier blind web has (``platforms.py``), plus the 锡林郭勒盟 portal whose
旗县市 list alone links 正蓝旗."""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind39.sites import _Trs
from ..blind51.sites import GbkSkin, _attached, _rep
from .core import County, Ctx55, date_trap, html_copy, newer, search_trap
from .platforms import meta_base_column, xhr_template_column, xsrf_column, xssi_column

TRS = "trs_createpage"


def _scan(ctx: Ctx55, col: str, it) -> tuple[str, list[str]]:
    body = list(it.paras)
    it.paras = ["(扫描件)"]
    it.uid = ctx.uid()
    path = f"{col}{it.pub:%Y%m}/P0{it.pub:%Y%m%d}{it.uid % 10**9:09d}.pdf"
    it.attachments.append((it.title + ".pdf", path, files.make_scan_pdf(it.uid)))
    return path, body


# ============================================================================ 江苏 常州
def tianning(ctx: Ctx55) -> None:
    """天宁区 (江苏 常州), ``www.cztn.gov.cn`` (https): ordinary TRS. The 2024 report is in
    法治政府建设 beside 江苏省's reposted 2024 report and a 实施方案; the 2022 report is on 通知公告's
    ``index_1.html``. ``/so/search.jsp?searchword=`` echoes its query and pages for ever (trap)."""
    c = County("tianning", "天宁区", "江苏省", "常州市", "320402", "www.cztn.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 5, 20))
    trap = search_trap(ctx, s.skin, "/so/search.jsp", "searchword")
    r24 = _rep(
        ctx,
        c,
        2024,
        "常州市天宁区人民政府关于2024年法治政府建设情况的报告",
        "2025-03-27 10:20",
        "天宁区人民政府",
    )
    r22 = _rep(ctx, c, 2022, "天宁区2022年法治政府建设年度报告", "2023-03-30 15:00", "天宁区人民政府")
    js = ctx.higher("江苏省", 2024, "党中央、国务院", "2025-04-03 09:30")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("xxgk_annual", 2024), ("notice", 2023)])
    s.col("fzzfjs", "法治政府建设", [r24, js, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r22, 16, "notice", s.skin.clock), r22, look[2], *ctx.fillers(c, 10, "notice")],
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS, "later_list_page"))
    ctx.record_higher(c, js, 2024, c.base + js.path)
    s.finish(extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>')


def zhonglou(ctx: Ctx55) -> None:
    """钟楼区 (江苏 常州), ``www.zhonglou.gov.cn`` (https): TRS articles; 通知公告 and 法治政府建设 are
    shells whose script reads the API root from ``<meta name="api-base" content="/cms-api/v2">``
    and fetches ``<base>/channels/<id>/articles?page=n&size=15`` (assumed for this site). The 2024
    report is on the API's second page of 通知公告; the 2022 report is in 法治政府建设 beside a 述法报告."""
    c = County("zhonglou", "钟楼区", "江苏省", "常州市", "320404", "www.zhonglou.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 6, 3))
    r24 = _rep(ctx, c, 2024, "钟楼区2024年度法治政府建设工作报告", "2025-03-28 16:30", "钟楼区人民政府")
    r22 = _rep(ctx, c, 2022, "钟楼区2022年法治政府建设情况报告", "2023-03-29 09:40", "钟楼区人民政府")
    look = ctx.lookalikes_of(c, [("shufa", 2023), ("gov_work_report", 2025), ("meeting", 2025)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 17, "notice", s.skin.clock), r24, look[2], *ctx.fillers(c, 10, "notice")],
        meta_base_column,
        chnl="tzgg2031",
    )
    assert tz.index(r24) >= 15
    s.col(
        "fzzfjs",
        "法治政府建设",
        [r22, look[0], look[1], *ctx.fillers(c, 8, "disclosure")],
        meta_base_column,
        chnl="fzzf2047",
    )
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, "meta_api_base", "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS, "meta_api_base"))
    s.finish(shells=("/zwgk/tzgg/", "/zwgk/fzzfjs/"))


def wujin(ctx: Ctx55) -> None:
    """武进区 (江苏 常州), ``www.wj.gov.cn`` (https, GBK pages assumed): ordinary TRS. The joint 2023
    report (中共常州市武进区委 常州市武进区人民政府关于…) is in 法治政府建设 beside the 区司法局's report
    and a 考核 通报; the 2021 report is on 工作总结's ``index_1.html``."""
    c = County("wujin", "武进区", "江苏省", "常州市", "320412", "www.wj.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 4, 14), skin=GbkSkin)
    r23 = _rep(
        ctx,
        c,
        2023,
        "中共常州市武进区委 常州市武进区人民政府关于2023年度法治政府建设情况的报告",
        "2024-03-26 11:00",
        "武进区人民政府",
    )
    r21 = _rep(ctx, c, 2021, "武进区2021年度法治政府建设工作情况的报告", "2022-03-30 14:40", "武进区人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-22 10:00")
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("interpretation", 2024), ("duty_report", 2022)])
    s.col("fzzfjs", "法治政府建设", [r23, dep, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    gz = s.col(
        "gzzj",
        "工作总结",
        [*newer(ctx, c, r21, 16, "disclosure", s.skin.clock), r21, look[2], *ctx.fillers(c, 8, "disclosure")],
    )
    assert gz.index(r21) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS, "gbk_pages", "joint_title"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(TRS, "gbk_pages", "later_list_page"))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    s.finish()


def jintan(ctx: Ctx55) -> None:
    """金坛区 (江苏 常州), ``www.jintan.gov.cn`` (https): TRS articles; 通知公告 and 法治政府建设 are
    shells whose ``$.ajax`` (``dataType:'text'``) reads ``/jtzf/list/query.do``, an answer behind
    the ``)]}',`` XSSI prefix that the page strips before ``JSON.parse`` (the prefix is Angular's
    and Spring's; its use here is assumed). The 2023 report is on the API's second page of
    通知公告; the 2021 report is in 法治政府建设 beside 常州市's 2021 report."""
    c = County("jintan", "金坛区", "江苏省", "常州市", "320413", "www.jintan.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 3, 27))
    r23 = _rep(ctx, c, 2023, "金坛区2023年法治政府建设年度报告", "2024-03-29 10:50", "常州市金坛区人民政府")
    r21 = _rep(
        ctx, c, 2021, "常州市金坛区2021年法治政府建设情况报告", "2022-03-28 16:00", "常州市金坛区人民政府"
    )
    cz = ctx.higher("常州市", 2021, "省委、省政府", "2022-04-06 10:00")
    look = ctx.lookalikes_of(c, [("notice", 2024), ("plan", 2022), ("demo_news", 2023)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r23, 16, "notice", s.skin.clock), r23, look[0], *ctx.fillers(c, 10, "notice")],
        xssi_column,
        colid="3204130102",
    )
    assert tz.index(r23) >= 15
    s.col(
        "fzzfjs",
        "法治政府建设",
        [r21, cz, look[1], look[2], *ctx.fillers(c, 8, "disclosure")],
        xssi_column,
        colid="3204130117",
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS, "xssi_prefixed_json", "api_later_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(TRS, "xssi_prefixed_json", "higher_repost"))
    ctx.record_higher(c, cz, 2021, c.base + cz.path)
    s.finish(shells=("/zwgk/tzgg/", "/zwgk/fzzfjs/"))


# ============================================================================ 河北 廊坊
def anci(ctx: Ctx55) -> None:
    """安次区 (河北 廊坊), ``www.anci.gov.cn`` (https): ordinary TRS. The 2024 report is in 法治政府建设
    beside a 工作要点 and a 第一责任人述职; the 2022 report is a PDF attachment in 通知公告."""
    c = County("anci", "安次区", "河北省", "廊坊市", "131002", "www.anci.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 5, 9))
    r24 = _rep(ctx, c, 2024, "安次区2024年法治政府建设情况报告", "2025-03-31 09:10", "廊坊市安次区人民政府")
    r22 = _rep(
        ctx, c, 2022, "安次区人民政府关于2022年度法治政府建设工作的报告", "2023-03-30 10:30", "安次区人民政府"
    )
    look = ctx.lookalikes_of(c, [("plan", 2025), ("duty_report", 2024), ("text_interp", 2023)])
    pdf, body22 = _attached(ctx, c, "/zwgk/tzgg/", r22, "pdf")
    s.col("fzzfjs", "法治政府建设", [r24, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    s.col("tzgg", "通知公告", [r22, look[2], *ctx.fillers(c, 22, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS,))
    ctx.record_file(c, r22, 2022, pdf, body22, (TRS, "pdf_attachment"))
    s.finish()


def yongqing(ctx: Ctx55) -> None:
    """永清县 (河北 廊坊), ``www.yongqing.gov.cn`` (https): TRS articles; 通知公告 and 法治政府建设 are
    shells that set an ``XSRF-TOKEN`` cookie; their script reads it from ``document.cookie`` and
    POSTs JSON to ``/api/open/article/page`` with ``X-XSRF-TOKEN`` (the double-submit pattern of
    Angular, Laravel and Spring clients; its use here is assumed). The 2024 report is on the API's
    second page of 通知公告; the 2022 report is in 法治政府建设 beside 河北省's 2022 report."""
    c = County("yongqing", "永清县", "河北省", "廊坊市", "131023", "www.yongqing.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 4, 25))
    r24 = _rep(ctx, c, 2024, "永清县2024年法治政府建设年度报告", "2025-03-27 15:50", "永清县人民政府")
    r22 = _rep(ctx, c, 2022, "永清县2022年度法治政府建设工作报告", "2023-03-31 11:20", "永清县人民政府")
    hb = ctx.higher("河北省", 2022, "党中央、国务院", "2023-04-07 09:00")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("xxgk_annual", 2023), ("meeting_topic", 2024)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 18, "notice", s.skin.clock), r24, look[0], *ctx.fillers(c, 10, "notice")],
        xsrf_column,
        cat="1131",
    )
    assert tz.index(r24) >= 15
    s.col(
        "fzzfjs",
        "法治政府建设",
        [r22, hb, look[1], look[2], *ctx.fillers(c, 8, "disclosure")],
        xsrf_column,
        cat="1146",
    )
    ctx.record(c, look)
    ctx.truth_report(
        c, r24, 2024, html_copy(c, r24), kinds=(TRS, "xsrf_cookie_double_submit", "api_later_page")
    )
    ctx.truth_report(
        c, r22, 2022, html_copy(c, r22), kinds=(TRS, "xsrf_cookie_double_submit", "higher_repost")
    )
    ctx.record_higher(c, hb, 2022, c.base + hb.path)
    s.finish(shells=("/zwgk/tzgg/", "/zwgk/fzzfjs/"))


def dacheng(ctx: Ctx55) -> None:
    """大城县 (河北 廊坊), ``www.dacheng.gov.cn`` (https): ordinary TRS. The 2023 report is in
    法治政府建设 beside the 县司法局's report and a 解读; the 2021 report is a DOCX attachment in
    通知公告. A 按日期浏览 archive never ends (trap)."""
    c = County("dacheng", "大城县", "河北省", "廊坊市", "131025", "www.dacheng.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 3, 14))
    r23 = _rep(ctx, c, 2023, "大城县2023年法治政府建设工作报告", "2024-03-28 10:10", "大城县人民政府")
    r21 = _rep(ctx, c, 2021, "大城县2021年法治政府建设年度报告", "2022-03-29 15:30", "大城县人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-27 09:00")
    look = ctx.lookalikes_of(c, [("interpretation", 2024), ("shufa", 2024), ("notice", 2022)])
    docx, body21 = _attached(ctx, c, "/zwgk/tzgg/", r21, "docx")
    s.col("fzzfjs", "法治政府建设", [r23, dep, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    s.col("tzgg", "通知公告", [r21, look[2], *ctx.fillers(c, 22, "notice", (2019, 2022))])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS,))
    ctx.record_file(c, r21, 2021, docx, body21, (TRS, "docx_attachment"))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    trap = date_trap(ctx, s.skin, "/rqll/index.jsp")
    s.finish(extra=f'<div class="rqll"><a href="{trap}">按日期浏览</a></div>')


def wenan(ctx: Ctx55) -> None:
    """文安县 (河北 廊坊), ``www.wenan.gov.cn``: TRS articles; 通知公告 and 法治政府建设 are shells
    holding ``<template id="rowTpl">`` whose XHR (``responseType='json'``, the answer served as
    ``text/plain``) reads ``/wenan/info/list.do?catId&page&rows`` and clones the template per row
    (both standard browser APIs; their use here is assumed). The 2023 report is on the API's second
    page of 通知公告; the 2021 report is in 法治政府建设 beside a 考核 通报."""
    c = County("wenan", "文安县", "河北省", "廊坊市", "131026", "www.wenan.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 6, 11))
    r23 = _rep(ctx, c, 2023, "文安县2023年度法治政府建设情况报告", "2024-03-27 09:30", "文安县人民政府")
    r21 = _rep(
        ctx, c, 2021, "文安县人民政府关于2021年法治政府建设情况的报告", "2022-03-31 16:10", "文安县人民政府"
    )
    look = ctx.lookalikes_of(c, [("gov_work_report", 2024), ("assessment", 2022), ("plan", 2024)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r23, 16, "notice", s.skin.clock), r23, look[0], *ctx.fillers(c, 10, "notice")],
        xhr_template_column,
        cat="tzgg",
    )
    assert tz.index(r23) >= 15
    s.col(
        "fzzfjs",
        "法治政府建设",
        [r21, look[1], look[2], *ctx.fillers(c, 8, "disclosure")],
        xhr_template_column,
        cat="fzzfjs",
    )
    ctx.record(c, look)
    kinds = (TRS, "xhr_response_type_json", "template_clone_rows")
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(*kinds, "api_later_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=kinds)
    s.finish(shells=("/zwgk/tzgg/", "/zwgk/fzzfjs/"))


# ============================================================================ 内蒙古 锡林郭勒盟
def xilinhaote(ctx: Ctx55) -> None:
    """锡林浩特市 (内蒙古 锡林郭勒盟), ``www.xilinhaote.gov.cn`` (GBK pages assumed): ordinary TRS.
    The 2024 report is in 法治政府建设 beside a 解读; the 2023 report exists only as a scanned PDF;
    the 2022 report is on 通知公告's ``index_1.html``."""
    c = County("xilinhaote", "锡林浩特市", "内蒙古自治区", "锡林郭勒盟", "152502", "www.xilinhaote.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 5, 29), skin=GbkSkin)
    r24 = _rep(ctx, c, 2024, "锡林浩特市2024年法治政府建设年度报告", "2025-03-28 11:40", "锡林浩特市人民政府")
    r23 = _rep(ctx, c, 2023, "锡林浩特市2023年法治政府建设情况报告", "2024-03-29 10:00", "锡林浩特市司法局")
    r22 = _rep(
        ctx, c, 2022, "锡林浩特市2022年度法治政府建设工作报告", "2023-03-30 09:20", "锡林浩特市人民政府"
    )
    look = ctx.lookalikes_of(c, [("text_interp", 2025), ("meeting", 2023), ("notice", 2023)])
    scan, body23 = _scan(ctx, "/zwgk/fzzfjs/", r23)
    s.col("fzzfjs", "法治政府建设", [r24, look[0], r23, look[1], *ctx.fillers(c, 8, "disclosure")])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r22, 16, "notice", s.skin.clock), r22, look[2], *ctx.fillers(c, 10, "notice")],
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, "gbk_pages"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS, "gbk_pages", "later_list_page"))
    ctx.record_scan(c, r23, 2023, scan, body23, kinds=(TRS,))
    s.finish()


def abaga(ctx: Ctx55) -> None:
    """阿巴嘎旗 (内蒙古 锡林郭勒盟), ``www.abg.gov.cn`` (https): ordinary TRS. The 2023 report is in
    法治政府建设 beside 锡林郭勒盟's 2023 report and a 述法报告; the 2022 report exists only as a
    ``.doc``; the 2021 report is in 通知公告."""
    c = County("abaga", "阿巴嘎旗", "内蒙古自治区", "锡林郭勒盟", "152522", "www.abg.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 4, 8))
    r23 = _rep(ctx, c, 2023, "阿巴嘎旗2023年法治政府建设工作报告", "2024-03-28 15:00", "阿巴嘎旗人民政府")
    r22 = _rep(ctx, c, 2022, "阿巴嘎旗2022年法治政府建设年度报告", "2023-03-29 11:30", "阿巴嘎旗司法局")
    r21 = _rep(ctx, c, 2021, "阿巴嘎旗2021年度法治政府建设情况报告", "2022-03-30 10:40", "阿巴嘎旗人民政府")
    xm = ctx.higher("锡林郭勒盟", 2023, "自治区党委、政府", "2024-04-02 10:00")
    look = ctx.lookalikes_of(c, [("shufa", 2022), ("demo_news", 2024), ("xxgk_annual", 2022)])
    doc, body22 = _attached(ctx, c, "/zwgk/tzgg/", r22, "doc")
    s.col("fzzfjs", "法治政府建设", [r23, xm, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    s.col("tzgg", "通知公告", [r21, r22, look[2], *ctx.fillers(c, 22, "notice", (2019, 2022))])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS, "higher_repost"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(TRS,))
    ctx.record_file(c, r22, 2022, doc, body22, (TRS, "doc_needs_reader"))
    ctx.record_higher(c, xm, 2023, c.base + xm.path)
    s.finish()


def duolun(ctx: Ctx55) -> None:
    """多伦县 (内蒙古 锡林郭勒盟), ``www.dlx.gov.cn`` (https): ordinary TRS. The 2024 report is on
    通知公告's ``index_1.html``; the 2022 report is in 工作总结 beside a 工作要点 and a 考核 通报."""
    c = County("duolun", "多伦县", "内蒙古自治区", "锡林郭勒盟", "152531", "www.dlx.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 6, 17))
    r24 = _rep(ctx, c, 2024, "多伦县2024年度法治政府建设工作情况的报告", "2025-03-26 14:20", "多伦县人民政府")
    r22 = _rep(ctx, c, 2022, "多伦县2022年法治政府建设情况报告", "2023-03-28 09:50", "多伦县人民政府")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("plan", 2022), ("assessment", 2023)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 17, "notice", s.skin.clock), r24, look[0], *ctx.fillers(c, 10, "notice")],
    )
    assert tz.index(r24) >= 15
    s.col("gzzj", "工作总结", [r22, look[1], look[2], *ctx.fillers(c, 9, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS, "work_summary_column"))
    s.finish()


def xlgl_portal(ctx: Ctx55) -> None:
    """锡林郭勒盟 portal ``www.xlgl.gov.cn`` (https), seeded: its 旗县市政府网站 block links the
    盟's 旗县市, among them 正蓝旗 (``www.zlq.gov.cn``), which no seed row names. 正蓝旗 is ordinary
    TRS: the 2024 report in 法治政府建设 beside 内蒙古自治区's 2024 report and a 实施方案, the 2022
    report in 通知公告 beside a notice about it."""
    p = County("xlgl_portal", "锡林郭勒盟", "内蒙古自治区", "", "152500", "www.xlgl.gov.cn", scheme="https")
    ps = _Trs(ctx, p, dt.date(2025, 6, 6))
    ps.col("tzgg", "通知公告", ctx.fillers(p, 20, "notice"))
    hosts = [
        ("二连浩特市", "http://www.elht.gov.cn/"),
        ("锡林浩特市", "http://www.xilinhaote.gov.cn/"),
        ("阿巴嘎旗", "https://www.abg.gov.cn/"),
        ("苏尼特左旗", "https://www.sntzq.gov.cn/"),
        ("苏尼特右旗", "https://www.sntyq.gov.cn/"),
        ("东乌珠穆沁旗", "https://www.dwq.gov.cn/"),
        ("西乌珠穆沁旗", "https://www.xwq.gov.cn/"),
        ("太仆寺旗", "https://www.tpsq.gov.cn/"),
        ("镶黄旗", "https://www.nmxhq.gov.cn/"),
        ("正镶白旗", "https://www.zxbq.gov.cn/"),
        ("正蓝旗", "https://www.zlq.gov.cn/"),
        ("多伦县", "https://www.dlx.gov.cn/"),
    ]
    block = "".join(f'<li><a href="{u}" target="_blank">{n}人民政府</a></li>' for n, u in hosts)
    ps.finish(extra=f'<div class="xsq"><h3>旗县市政府网站</h3><ul>{block}</ul></div>')
    c = County("zhenglan", "正蓝旗", "内蒙古自治区", "锡林郭勒盟", "152530", "www.zlq.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 5, 15), seeded=False)
    r24 = _rep(ctx, c, 2024, "正蓝旗2024年法治政府建设年度报告", "2025-03-30 10:30", "正蓝旗人民政府")
    r22 = _rep(ctx, c, 2022, "正蓝旗2022年度法治政府建设工作报告", "2023-03-29 16:00", "正蓝旗人民政府")
    nm = ctx.higher("内蒙古自治区", 2024, "党中央、国务院", "2025-04-08 09:00")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("notice", 2023)])
    s.col("fzzfjs", "法治政府建设", [r24, nm, look[0], *ctx.fillers(c, 8, "disclosure")])
    s.col("tzgg", "通知公告", [r22, look[1], *ctx.fillers(c, 20, "notice")])
    ctx.record(c, look)
    kinds = (TRS, "unseeded_county_via_prefecture_list")
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(*kinds, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=kinds)
    ctx.record_higher(c, nm, 2024, c.base + nm.path)
    s.finish()
