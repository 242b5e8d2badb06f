"""The blind42 sites: 揭阳 (广东) counties on 广东's 集约化 platform (``/zwgk/<col>/``,
``content/post_<id>.html``, ``/attachment/0/…``) and its 政府信息公开 catalogue ``/gkmlpt/``,
保山 (云南) counties on VSB (博达: ``egovinfo`` 信息公开 lists and static ``.htm`` columns), and
萍乡 (江西) counties on Hanweb JCMS (``/col/col<id>/index.html``) and on 江西's 集约化
``/queryList`` platform, plus the 萍乡市 portal whose 县区 links alone name 莲花县. Each site's
docstring names its evidence and what is assumed (see ``platforms.py``)."""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.core import h
from ..blind24.platforms import gd_attach, gkmlpt
from ..blind25.platforms import GbkSkin
from ..blind34.sites import _Vsb
from ..blind35.sites import _Hw, _Jx
from ..blind36.sites import _Gd
from .core import County, Ctx42, date_trap, html_copy, newer, search_trap

GD = "gd_platform"
GK = "gkmlpt_api"
EG = "vsb_egovinfo_ainfolist"
VS = "vsb_htm_down_numbered"
HW = "jcms_datastore"
PROXY = "jcms_dataproxy_later_records"
JX = "jx_querylist_post"
GDP, YNP, JXP = "广东省", "云南省", "江西省"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


def _strip(it) -> list[str]:
    body = list(it.paras)
    it.paras = [it.title.replace("|", "") + "全文见附件。"]
    return body


def _scan(ctx, it, path: str) -> list[str]:
    body = list(it.paras)
    it.paras = ["(扫描件)"]
    it.uid = it.uid or ctx.uid()
    it.attachments.append((it.title.replace("|", "") + ".pdf", path, files.make_scan_pdf(it.uid)))
    return body


def _vsb_file(ctx, c, it, kind: str) -> str:
    """A VSB attachment ``/__local/<X>/<XX>/<XX>/<32 hex>_<3 hex>.<kind>``."""
    it.uid = it.uid or ctx.uid()
    hx = h("vsb42" + kind, it.uid).upper()
    return f"/__local/{hx[0]}/{hx[1:3]}/{hx[3:5]}/{hx[5:37]}_{hx[37:40]}.{kind}"


# ============================================================================ 广东 揭阳
def rongcheng(ctx: Ctx42) -> None:
    """榕城区 (广东 揭阳), ``www.jyrongcheng.gov.cn``: 广东 集约化 platform (揭阳's stored
    ``www.puning.gov.cn/zwgk/jcgk/tjxx/content/post_…`` shape). The 2024 report is in 法治政府建设
    beside 广东省's reposted 2024 report, a 工作要点 and a meeting; the 2022 report is on
    通知公告's ``index_2.html`` beside a notice."""
    c = County("rongcheng", "榕城区", GDP, "揭阳市", "445202", "www.jyrongcheng.gov.cn")
    s = _Gd(ctx, c, dt.date(2025, 5, 20), {"fzzfjs": "法治政府建设", "tzgg": "通知公告"})
    r24 = _rep(
        ctx, c, 2024, "揭阳市榕城区2024年法治政府建设年度报告", "2025-03-27 16:30", "揭阳市榕城区人民政府"
    )
    r22 = _rep(ctx, c, 2022, "榕城区2022年度法治政府建设情况报告", "2023-03-29 10:10", "揭阳市榕城区人民政府")
    gd = ctx.higher(GDP, 2024, "党中央、国务院", "2025-04-02 10:00")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("meeting", 2024), ("notice", 2023)])
    s.col("fzzfjs", [r24, gd, look[0], look[1], *ctx.fillers(c, 9, "disclosure")])
    tz = s.col(
        "tzgg", [*newer(ctx, c, r22, 22, "notice", s.skin.clock), r22, look[2], *ctx.fillers(c, 14, "notice")]
    )
    assert tz.index(r22) >= 20
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(GD, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(GD, "later_list_page"))
    ctx.record_higher(c, gd, 2024, c.base + gd.path)
    s.finish()


def jiedong(ctx: Ctx42) -> None:
    """揭东区 (广东 揭阳), ``www.jiedong.gov.cn``: 广东 platform; its 政府信息公开 is the province's
    ``/gkmlpt/index`` catalogue, listed only by ``/gkmlpt/api/all/<classify>?page=&sid=``
    (blind24's evidence: 肇庆's ``/zqjtj/gkmlpt/content/2/2519/post_2519864.html``). The 2023
    report is in the catalogue's 法定主动公开内容 beside the 信息公开 annual report; the 2021 report
    is a Word ``.docx`` (text) attached to a short notice in 通知公告 (``/attachment/0/…``)."""
    c = County("jiedong", "揭东区", GDP, "揭阳市", "445203", "www.jiedong.gov.cn")
    s = _Gd(ctx, c, dt.date(2025, 4, 17), {"tzgg": "通知公告"})
    r23 = _rep(
        ctx,
        c,
        2023,
        "揭阳市揭东区人民政府关于2023年法治政府建设情况的报告",
        "2024-03-28 11:20",
        "揭阳市揭东区人民政府",
    )
    r21 = _rep(ctx, c, 2021, "揭东区2021年法治政府建设工作报告", "2022-03-30 15:40", "揭阳市揭东区司法局")
    r21.uid = ctx.uid()
    body21 = _strip(r21)
    docx = gd_attach(ctx, c, r21, "docx", body21)
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2024), ("shufa", 2024), ("interpretation", 2022)])
    s.col("tzgg", [r21, look[2], *ctx.fillers(c, 26, "notice")])
    gkmlpt(
        ctx,
        s.skin,
        "445203",
        {
            3101: ("法定主动公开内容", [r23, look[0], *ctx.fillers(c, 36, "disclosure")]),
            3104: ("规划计划", [look[1], *ctx.fillers(c, 10, "disclosure", (2020, 2024))]),
            3108: ("政策文件", ctx.fillers(c, 24, "disclosure")),
        },
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(GD, GK))
    ctx.record_file(c, r21, 2021, docx, body21, (GD, "docx_attachment"))
    s.finish(extra='<div class="xxgk"><a href="/gkmlpt/index">政府信息公开</a></div>')


def jiexi(ctx: Ctx42) -> None:
    """揭西县 (广东 揭阳), ``www.jiexi.gov.cn``: 广东 platform. The 2024 report is a PDF (text layer)
    attached to a short notice in 通知公告 (``/attachment/0/…pdf`` as 普宁市's stored
    ``/attachment/0/173/173669/1035814.pdf``); the joint 2022 report of the 县委 and the 县政府 is in
    法治政府建设 beside a 述法报告 and a 考核 通报. ``/search/index.jsp?keywords=`` echoes its query
    and pages for ever (trap; the search path assumed)."""
    c = County("jiexi", "揭西县", GDP, "揭阳市", "445222", "www.jiexi.gov.cn")
    s = _Gd(ctx, c, dt.date(2025, 6, 3), {"tzgg": "通知公告", "fzzfjs": "法治政府建设"})
    trap = search_trap(ctx, s.skin, "/search/index.jsp", "keywords")
    r24 = _rep(ctx, c, 2024, "揭西县2024年度法治政府建设工作报告", "2025-03-31 09:40", "揭西县人民政府")
    r22 = _rep(
        ctx,
        c,
        2022,
        "中共揭西县委 揭西县人民政府关于2022年度法治政府建设情况的报告",
        "2023-03-30 17:00",
        "揭西县人民政府",
    )
    r24.uid = ctx.uid()
    body24 = _strip(r24)
    pdf = gd_attach(ctx, c, r24, "pdf", body24)
    look = ctx.lookalikes_of(c, [("shufa", 2023), ("assessment", 2024), ("meeting_topic", 2025)])
    s.col("tzgg", [r24, look[2], *ctx.fillers(c, 27, "notice")])
    s.col("fzzfjs", [r22, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    ctx.record(c, look)
    ctx.record_file(c, r24, 2024, pdf, body24, (GD, "pdf_attachment"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(GD,))
    s.finish(extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>')


def puning(ctx: Ctx42) -> None:
    """普宁市 (广东 揭阳), ``www.puning.gov.cn``: 广东 platform (stored ``/zwgk/jcgk/tjxx/content/
    post_…`` and ``/xwzx/pnxw/content/post_812481.html``) with the ``/gkmlpt/`` catalogue. The
    2023 report is in the catalogue's 工作总结 beside 揭阳市's reposted 2023 report; the 2021
    report is in 法治政府建设 beside the 市司法局's own report; the 2020 report exists only as a
    scanned PDF attached to a notice."""
    c = County("puning", "普宁市", GDP, "揭阳市", "445281", "www.puning.gov.cn")
    s = _Gd(ctx, c, dt.date(2025, 3, 26), {"fzzfjs": "法治政府建设", "tzgg": "通知公告"})
    r23 = _rep(ctx, c, 2023, "普宁市2023年法治政府建设年度报告", "2024-03-29 16:00", "普宁市人民政府")
    r21 = _rep(ctx, c, 2021, "普宁市2021年度法治政府建设工作情况的报告", "2022-03-31 10:30", "普宁市人民政府")
    r20 = _rep(ctx, c, 2020, "普宁市2020年法治政府建设情况报告", "2021-03-30 14:00", "普宁市人民政府")
    jy = ctx.higher("揭阳市", 2023, "省委、省政府", "2024-04-03 09:30")
    dep = ctx.department_report(c, "司法局", 2021, "2022-02-24 11:00")
    r20.uid = ctx.uid()
    n = r20.uid % 90000 + 10000
    scan = f"/attachment/0/{n % 7}/{n // 100 % 1000}/{n}.pdf"
    body20 = _scan(ctx, r20, scan)
    look = ctx.lookalikes_of(c, [("gov_work_report", 2024), ("demo_news", 2022), ("notice", 2021)])
    s.col("fzzfjs", [r21, dep, look[1], *ctx.fillers(c, 9, "disclosure")])
    s.col("tzgg", [r20, look[2], *ctx.fillers(c, 28, "notice")])
    gkmlpt(
        ctx,
        s.skin,
        "445281",
        {
            4201: ("法定主动公开内容", ctx.fillers(c, 40, "disclosure")),
            4206: ("工作总结", [r23, jy, look[0], *ctx.fillers(c, 12, "disclosure")]),
        },
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(GD, GK, "higher_repost"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(GD,))
    ctx.record_higher(c, jy, 2023, c.base + jy.path)
    ctx.record_department(c, dep, 2021, c.base + dep.path)
    ctx.record_scan(c, r20, 2020, scan, body20, kinds=(GD,))
    s.finish(extra='<div class="xxgk"><a href="/gkmlpt/index">政府信息公开</a></div>')


# ============================================================================ 云南 保山
def longyang(ctx: Ctx42) -> None:
    """隆阳区 (云南 保山), ``www.longyang.gov.cn``: VSB (博达; stored ``/info/4564/14126899.htm``
    and ``/mail_list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1121``), ``egovinfo`` 信息公开 lists.
    The 2024 report is on the second ``ainfolist`` page of 法定主动公开内容 beside 云南省's reposted
    2024 report; the 2022 report is in 法治政府建设 beside a 实施方案 and 示范创建 news."""
    c = County("longyang", "隆阳区", YNP, "保山市", "530502", "www.longyang.gov.cn")
    s = _Vsb(ctx, c, dt.date(2025, 6, 10), 1121)
    r24 = _rep(
        ctx, c, 2024, "保山市隆阳区2024年法治政府建设年度报告", "2025-03-28 15:10", "保山市隆阳区人民政府"
    )
    r22 = _rep(ctx, c, 2022, "隆阳区2022年法治政府建设工作报告", "2023-03-30 09:30", "保山市隆阳区人民政府")
    yn = ctx.higher(YNP, 2024, "党中央、国务院", "2025-04-03 10:00")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("demo_news", 2023), ("xxgk_annual", 2025)])
    fd = s.egov(
        "fdzdgknr",
        "法定主动公开内容",
        [
            *newer(ctx, c, r24, 16, "disclosure", s.skin.clock),
            r24,
            yn,
            look[2],
            *ctx.fillers(c, 12, "disclosure"),
        ],
    )
    assert fd.index(r24) >= 15
    s.egov("fzzfjs", "法治政府建设", [r22, look[0], look[1], *ctx.fillers(c, 7, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(EG, "later_list_page", "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(EG,))
    ctx.record_higher(c, yn, 2024, c.base + yn.path)
    s.finish()


def shidian(ctx: Ctx42) -> None:
    """施甸县 (云南 保山), ``www.shidian.gov.cn`` (https): VSB static ``.htm`` columns (a public
    source table lists its ``/zcwjkrk.htm``). The 2023 report is in 法治政府建设 beside the
    县司法局's report and a 述法报告; the 2021 report is on 通知公告's second page."""
    c = County("shidian", "施甸县", YNP, "保山市", "530521", "www.shidian.gov.cn", scheme="https")
    s = _Vsb(ctx, c, dt.date(2025, 4, 8), 1300)
    r23 = _rep(ctx, c, 2023, "施甸县2023年法治政府建设情况报告", "2024-03-27 10:50", "施甸县人民政府")
    r21 = _rep(ctx, c, 2021, "施甸县2021年度法治政府建设年度报告", "2022-03-29 16:30", "施甸县人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-22 09:00")
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("notice", 2022), ("meeting", 2021)])
    s.htm("fzzfjs", 1061, "法治政府建设", [r23, dep, look[0], *ctx.fillers(c, 9, "disclosure")])
    tz = s.htm(
        "tzgg",
        1062,
        "通知公告",
        [
            *newer(ctx, c, r21, 17, "notice", s.skin.clock),
            r21,
            look[1],
            look[2],
            *ctx.fillers(c, 12, "notice"),
        ],
    )
    assert tz.index(r21) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(VS,))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(VS, "later_list_page"))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    s.finish()


def longling(ctx: Ctx42) -> None:
    """龙陵县 (云南 保山), ``www.longling.gov.cn`` (https): VSB ``egovinfo`` (a public source table
    lists its ``/zcwjkrk.htm``). The 2024 report is in 法治政府建设 beside a 第一责任人述职 and a
    解读; the 2022 report exists only as a Word 97 ``.doc`` (VSB ``/__local/…`` path, assumed)
    attached to a notice; the 2021 report is in 通知公告. A 按日期浏览 archive never ends (trap)."""
    c = County("longling", "龙陵县", YNP, "保山市", "530523", "www.longling.gov.cn", scheme="https")
    s = _Vsb(ctx, c, dt.date(2025, 5, 12), 1400)
    r24 = _rep(ctx, c, 2024, "龙陵县2024年法治政府建设工作报告", "2025-03-26 17:20", "龙陵县人民政府")
    r22 = _rep(ctx, c, 2022, "龙陵县2022年法治政府建设年度报告", "2023-03-28 11:00", "龙陵县人民政府")
    r21 = _rep(
        ctx, c, 2021, "龙陵县人民政府关于2021年度法治政府建设情况的报告", "2022-03-30 10:15", "龙陵县人民政府"
    )
    r22.uid = ctx.uid()
    body22 = _strip(r22)
    doc = _vsb_file(ctx, c, r22, "doc")
    ctx.attach(c, r22, doc, "doc", body22)
    look = ctx.lookalikes_of(c, [("duty_report", 2025), ("interpretation", 2025), ("notice", 2022)])
    s.egov("fzzfjs", "法治政府建设", [r24, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    s.egov("tzgg", "通知公告", [r22, r21, look[2], *ctx.fillers(c, 22, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(EG,))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(EG,))
    ctx.record_file(c, r22, 2022, doc, body22, (EG, "doc_needs_reader"))
    trap = date_trap(ctx, s.skin, "/rqll/index.jsp")
    s.finish(extra=f'<div class="rqll"><a href="{trap}">按日期浏览</a></div>')


def tengchong(ctx: Ctx42) -> None:
    """腾冲市 (云南 保山), ``www.tengchong.gov.cn``: VSB static ``.htm`` columns (assumed from its
    neighbours). The 2023 report is in 通知公告 beside a notice about it; the 2021 report is a PDF
    (text layer, VSB ``/__local/…`` path) attached to a short item in 法治政府建设 beside 保山市's
    reposted 2021 report and a 政府工作报告."""
    c = County("tengchong", "腾冲市", YNP, "保山市", "530581", "www.tengchong.gov.cn")
    s = _Vsb(ctx, c, dt.date(2025, 3, 19), 1500)
    r23 = _rep(ctx, c, 2023, "腾冲市2023年法治政府建设年度报告", "2024-03-29 11:45", "腾冲市人民政府")
    r21 = _rep(ctx, c, 2021, "腾冲市2021年法治政府建设情况报告", "2022-03-31 15:00", "腾冲市司法局")
    bs = ctx.higher("保山市", 2021, "省委、省政府", "2022-04-06 10:00")
    r21.uid = ctx.uid()
    body21 = _strip(r21)
    pdf = _vsb_file(ctx, c, r21, "pdf")
    ctx.attach(c, r21, pdf, "pdf", body21)
    look = ctx.lookalikes_of(c, [("notice", 2024), ("gov_work_report", 2024), ("text_interp", 2022)])
    s.htm("tzgg", 1071, "通知公告", [r23, look[0], look[2], *ctx.fillers(c, 12, "notice")])
    s.htm("fzzfjs", 1072, "法治政府建设", [r21, bs, look[1], *ctx.fillers(c, 8, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(VS,))
    ctx.record_file(c, r21, 2021, pdf, body21, (VS, "pdf_attachment", "higher_repost"))
    ctx.record_higher(c, bs, 2021, c.base + bs.path)
    s.finish()


# ============================================================================ 江西 萍乡
def anyuan(ctx: Ctx42) -> None:
    """安源区 (江西 萍乡), ``www.jxay.gov.cn``: Hanweb JCMS (萍乡's county sites in public crawler
    code: ``www.jxay.gov.cn/col/col5404/index.html``, ``www.jxslx.gov.cn/col/col3002/index.html``,
    ``www.zglh.gov.cn/col/col813/index.html``). The 2024 report is record 48 of 通知公告, beyond
    the 45 ``<datastore>`` records (only the ``dataproxy.jsp`` POST lists it); the 2022 report is
    in 法治政府建设 beside 江西省's reposted 2022 report and a meeting. Hanweb's
    ``/jsearchfront/search.do?q=`` echoes its query and links more searches for ever (trap; the
    jsearch path as on other Hanweb sites)."""
    c = County("anyuan", "安源区", JXP, "萍乡市", "360302", "www.jxay.gov.cn")
    s = _Hw(ctx, c, dt.date(2025, 5, 6), "19", "3611", 5399)
    trap = search_trap(ctx, s.skin, "/jsearchfront/search.do", "q")
    r24 = _rep(
        ctx, c, 2024, "萍乡市安源区2024年法治政府建设年度报告", "2025-03-28 09:20", "萍乡市安源区人民政府"
    )
    r22 = _rep(ctx, c, 2022, "安源区2022年度法治政府建设工作报告", "2023-03-29 16:40", "萍乡市安源区人民政府")
    jx = ctx.higher(JXP, 2022, "党中央、国务院", "2023-04-04 10:00")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("meeting_topic", 2023), ("plan", 2022)])
    s.col(
        5410,
        "通知公告",
        [*newer(ctx, c, r24, 47, "notice", s.skin.clock), r24, look[0], *ctx.fillers(c, 10, "notice")],
    )
    s.col(5421, "法治政府建设", [r22, jx, look[1], look[2], *ctx.fillers(c, 8, "disclosure")])
    lists = s.finish(extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>')
    assert lists[5410].index(r24) >= 45
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HW, PROXY))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HW, "higher_repost"))
    ctx.record_higher(c, jx, 2022, c.base + jx.path)


def shangli(ctx: Ctx42) -> None:
    """上栗县 (江西 萍乡), ``www.jxslx.gov.cn`` (https, GBK pages assumed): Hanweb JCMS
    (``/col/col3002/index.html`` and ``/col/col2373/index.html`` probed by public crawlers). The
    2023 report is in 法治政府建设 beside 萍乡市's reposted 2023 report and a 考核 通报; the 2021
    report is in 通知公告 beside a 解读."""
    c = County("shangli", "上栗县", JXP, "萍乡市", "360322", "www.jxslx.gov.cn", scheme="https")
    s = _Hw(ctx, c, dt.date(2025, 4, 24), "23", "3628", 2373, skin=GbkSkin)
    r23 = _rep(ctx, c, 2023, "上栗县2023年度法治政府建设情况报告", "2024-03-28 15:30", "上栗县人民政府")
    r21 = _rep(ctx, c, 2021, "上栗县2021年法治政府建设年度报告", "2022-03-29 09:50", "上栗县人民政府")
    px = ctx.higher("萍乡市", 2023, "省委、省政府", "2024-04-02 15:00")
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("interpretation", 2022), ("xxgk_annual", 2022)])
    s.col(3002, "法治政府建设", [r23, px, look[0], *ctx.fillers(c, 9, "disclosure")])
    s.col(2830, "通知公告", [r21, look[1], look[2], *ctx.fillers(c, 28, "notice", (2019, 2024))])
    s.finish()
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HW, "gbk_pages", "higher_repost"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(HW, "gbk_pages"))
    ctx.record_higher(c, px, 2023, c.base + px.path)


def luxi(ctx: Ctx42) -> None:
    """芦溪县 (江西 萍乡), ``www.luxi.gov.cn``: 江西 集约化 platform (a public crawler note finds its
    ``/lxxrmzf/czysjs/pc/list.html``: the platform's ``/<site>/<channel>/`` tree), 信息公开 columns
    as ``/queryList`` POST shells (blind26's and blind35's evidence). The 2024 report is in
    法治政府建设 beside the 县司法局's report and a 述职; the 2022 report is on the second answer
    page of 通知公告 beside a 文字解读."""
    c = County("luxi", "芦溪县", JXP, "萍乡市", "360323", "www.luxi.gov.cn")
    s = _Jx(ctx, c, "lxxrmzf", "jxlxx", dt.date(2025, 6, 12))
    r24 = _rep(
        ctx,
        c,
        2024,
        "芦溪县人民政府关于2024年度法治政府建设工作情况的报告",
        "2025-03-27 11:00",
        "芦溪县人民政府",
    )
    r22 = _rep(ctx, c, 2022, "芦溪县2022年法治政府建设情况报告", "2023-03-30 10:20", "芦溪县人民政府")
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-26 16:00")
    look = ctx.lookalikes_of(c, [("duty_report", 2024), ("text_interp", 2023), ("gov_work_report", 2023)])
    s.col("fzzfjs", "法治政府建设", [r24, dep, look[0], *ctx.fillers(c, 9, "disclosure")])
    tz = s.col(
        "tzgg",
        "通知公告",
        [
            *newer(ctx, c, r22, 18, "notice", s.skin.clock),
            r22,
            look[1],
            look[2],
            *ctx.fillers(c, 12, "notice"),
        ],
    )
    assert tz.index(r22) >= 15
    s.finish()
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(JX,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(JX, "api_later_page"))
    ctx.record_department(c, dep, 2024, c.base + dep.path)


PINGXIANG = (
    ("安源区", "http://www.jxay.gov.cn/"),
    ("湘东区", "http://www.jxxd.gov.cn/"),
    ("莲花县", "http://www.zglh.gov.cn/"),
    ("上栗县", "https://www.jxslx.gov.cn/"),
    ("芦溪县", "http://www.luxi.gov.cn/"),
)


def pingxiang_portal(ctx: Ctx42) -> None:
    """萍乡市 portal ``www.pingxiang.gov.cn`` (https), seeded: Hanweb like its counties (assumed);
    its 县区政府网站 box (hosts from the two data files; the box itself assumed) alone names 莲花县
    ``www.zglh.gov.cn`` (Hanweb, ``/col/col813/index.html`` in public crawler code; GBK pages
    assumed), which is in no seed row: its 2024 report is in 法治政府建设 beside a 工作要点, its
    2022 report in 通知公告 beside a notice about it."""
    p = County("pingxiang_portal", "萍乡市", JXP, "", "360300", "www.pingxiang.gov.cn", scheme="https")
    ps = _Hw(ctx, p, dt.date(2025, 6, 2), "1", "3601", 30001)
    ps.col(30010, "通知公告", ctx.fillers(p, 40, "notice"))
    links = "".join(f'<li><a href="{u}" target="_blank">{n}人民政府</a></li>' for n, u in PINGXIANG)
    ps.finish(extra=f'<div class="xsq"><h3>县区政府网站</h3><ul>{links}</ul></div>')

    c = County("lianhua", "莲花县", JXP, "萍乡市", "360321", "www.zglh.gov.cn", seeded=False)
    s = _Hw(ctx, c, dt.date(2025, 4, 1), "21", "3620", 813, seeded=False, skin=GbkSkin)
    kinds = (HW, "gbk_pages", "unseeded_county_via_prefecture_list")
    r24 = _rep(ctx, c, 2024, "莲花县2024年法治政府建设年度报告", "2025-03-31 16:20", "莲花县人民政府")
    r22 = _rep(
        ctx,
        c,
        2022,
        "中共莲花县委 莲花县人民政府关于2022年法治政府建设情况的报告",
        "2023-03-28 09:00",
        "莲花县人民政府",
    )
    look = ctx.lookalikes_of(c, [("plan", 2024), ("notice", 2023)])
    s.col(820, "法治政府建设", [r24, look[0], *ctx.fillers(c, 7, "disclosure")])
    s.col(815, "通知公告", [r22, look[1], *ctx.fillers(c, 25, "notice", (2019, 2024))])
    s.finish()
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=kinds)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=kinds)
