"""The blind43 sites: 连云港 (江苏) counties on TRS (one listing by XML pages rendered with XSLT,
one by a static ``.js`` data file), 舟山 (浙江) counties on Hanweb JCMS (ordinary), on WordPress
(REST lists) and on TRS with an RSS feed holding the full column, and 恩施 (湖北) counties on TRS
(one whose lists sit in an iframe whose ``src`` a script sets), plus the 恩施州 portal whose 县市
list alone links 来凤县."""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home
from ..blind2.core import open_site
from ..blind25.platforms import hanweb, hanweb_attach, put_attachments
from ..blind39.sites import GbkSkin, _Trs
from .core import County, Ctx43, date_trap, html_copy, newer, search_trap
from .platforms import iframe_column, jsdata_column, rss_column, wp_columns, xslt_column

TRS = "trs_createpage"
HW = "jcms_datastore"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


# ============================================================================ 江苏 连云港
def lianyun(ctx: Ctx43) -> None:
    """连云区 (江苏 连云港), ``www.lianyun.gov.cn``: ordinary TRS. The 2024 report is in
    法治政府建设 beside 连云港市's 2024 report, a 实施方案 and the 信息公开 annual report; the 2022
    report is on 通知公告's ``index_1.html`` beside a notice about it. ``/so/search.jsp`` echoes
    its query and pages for ever (trap)."""
    c = County("lianyun", "连云区", "江苏省", "连云港市", "320703", "www.lianyun.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 5, 20))
    trap = search_trap(ctx, s.skin, "/so/search.jsp", "searchword")
    r24 = _rep(ctx, c, 2024, "连云区2024年法治政府建设年度报告", "2025-03-28 09:40", "连云港市连云区人民政府")
    r22 = _rep(
        ctx, c, 2022, "连云港市连云区2022年度法治政府建设工作报告", "2023-03-30 16:10", "连云区人民政府"
    )
    hi = ctx.higher("连云港市", 2024, "省委、省政府", "2025-04-03 10:00")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("xxgk_annual", 2024), ("notice", 2023)])
    s.col("fzzfjs", "法治政府建设", [r24, hi, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r22, 16, "notice", s.skin.clock), r22, look[2], *ctx.fillers(c, 12, "notice")],
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS, "later_list_page"))
    ctx.record_higher(c, hi, 2024, c.base + hi.path)
    s.finish(extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>')


def haizhou(ctx: Ctx43) -> None:
    """海州区 (江苏 连云港), ``www.lyghz.gov.cn``: TRS articles; 通知公告 and 法治政府建设 are XML
    list pages (``index.xml``, ``index_1.xml`` …) rendered in the browser by ``/xsl/list.xsl``
    (assumed). The 2023 report is on 通知公告's ``index_1.xml`` beside a meeting; the 2021 report
    is in 法治政府建设 beside a 述法报告 and a 考核 通报."""
    c = County("haizhou", "海州区", "江苏省", "连云港市", "320706", "www.lyghz.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 4, 28))
    r23 = _rep(
        ctx, c, 2023, "海州区人民政府关于2023年度法治政府建设情况的报告", "2024-03-29 15:00", "海州区人民政府"
    )
    r21 = _rep(ctx, c, 2021, "海州区2021年法治政府建设工作报告", "2022-03-30 10:30", "海州区人民政府")
    look = ctx.lookalikes_of(c, [("shufa", 2022), ("assessment", 2022), ("meeting", 2024)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r23, 17, "notice", s.skin.clock), r23, look[2], *ctx.fillers(c, 10, "notice")],
        xslt_column,
    )
    assert tz.index(r23) >= 15
    s.col("fzzfjs", "法治政府建设", [r21, look[0], look[1], *ctx.fillers(c, 9, "disclosure")], xslt_column)
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS, "xslt_xml_list", "later_list_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(TRS, "xslt_xml_list"))
    s.finish(shells=("/zwgk/tzgg/", "/zwgk/fzzfjs/"))


def ganyu(ctx: Ctx43) -> None:
    """赣榆区 (江苏 连云港), ``www.ganyu.gov.cn`` (https): TRS; 通知公告 is a shell listed from the
    static data file ``/js/data/col_1031.js`` (``var articles=[…]``, paged in the browser;
    assumed). The 2024 report is its 19th row (second page); the joint 区委/区政府 2022 report is in
    the ordinary 法治政府建设 list beside 江苏省's 2022 report, a 实施方案 and a 政府工作报告."""
    c = County("ganyu", "赣榆区", "江苏省", "连云港市", "320707", "www.ganyu.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 6, 3))
    r24 = _rep(
        ctx, c, 2024, "赣榆区2024年度法治政府建设情况报告", "2025-03-27 11:00", "连云港市赣榆区人民政府"
    )
    r22 = _rep(
        ctx,
        c,
        2022,
        "中共连云港市赣榆区委 连云港市赣榆区人民政府关于2022年度法治政府建设情况的报告",
        "2023-03-31 09:00",
        "赣榆区人民政府",
    )
    js = ctx.higher("江苏省", 2022, "党中央、国务院", "2023-04-06 10:00")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("plan", 2023), ("gov_work_report", 2023)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 18, "notice", s.skin.clock), r24, look[0], *ctx.fillers(c, 12, "notice")],
        jsdata_column,
        colid=1031,
    )
    assert tz.index(r24) >= 15
    s.col("fzzfjs", "法治政府建设", [r22, js, look[1], look[2], *ctx.fillers(c, 8, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, "js_data_file_var", "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS, "higher_repost"))
    ctx.record_higher(c, js, 2022, c.base + js.path)
    s.finish(shells=("/zwgk/tzgg/",))


def guanyun(ctx: Ctx43) -> None:
    """灌云县 (江苏 连云港), ``www.guanyun.gov.cn`` (GBK pages assumed): ordinary TRS. The 2023
    report is in 法治政府建设 beside the 县司法局's report, a 解读 and a 述职; the 2022 report exists
    only as a scanned PDF; the 2021 report is in 通知公告 beside a notice."""
    c = County("guanyun", "灌云县", "江苏省", "连云港市", "320723", "www.guanyun.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 3, 12), skin=GbkSkin)
    r23 = _rep(ctx, c, 2023, "灌云县2023年法治政府建设年度报告", "2024-03-28 10:20", "灌云县人民政府")
    r22 = _rep(ctx, c, 2022, "灌云县2022年法治政府建设情况报告", "2023-03-29 15:30", "灌云县司法局")
    r21 = _rep(ctx, c, 2021, "灌云县2021年度法治政府建设工作情况的报告", "2022-03-31 09:10", "灌云县人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-22 16:00")
    look = ctx.lookalikes_of(c, [("interpretation", 2024), ("duty_report", 2024), ("notice", 2022)])
    body22 = list(r22.paras)
    r22.paras = ["(扫描件)"]
    r22.uid = ctx.uid()
    scan = f"/zwgk/fzzfjs/{r22.pub:%Y%m}/P0{r22.pub:%Y%m%d}{r22.uid % 10**9:09d}.pdf"
    r22.attachments.append((r22.title + ".pdf", scan, files.make_scan_pdf(r22.uid)))
    s.col("fzzfjs", "法治政府建设", [r23, dep, look[0], r22, look[1], *ctx.fillers(c, 9, "disclosure")])
    s.col("tzgg", "通知公告", [r21, look[2], *ctx.fillers(c, 24, "notice", (2019, 2022))])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS, "gbk_pages"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(TRS, "gbk_pages"))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.record_scan(c, r22, 2022, scan, body22, kinds=(TRS,))
    s.finish()


# ============================================================================ 浙江 舟山
def dinghai(ctx: Ctx43) -> None:
    """定海区 (浙江 舟山), ``www.dinghai.gov.cn`` (https): ordinary Hanweb JCMS (blind25's shapes;
    浙江's sites mostly run it). The 2024 report is in 通知公告's ``<datastore>``; the 2022 report
    in 法治政府建设 beside 浙江省's 2022 report, a 工作要点 and a 文字解读."""
    c = County("dinghai", "定海区", "浙江省", "舟山市", "330902", "www.dinghai.gov.cn", scheme="https")
    nav = [
        ("/", "首页"),
        ("/col/col1228101/index.html", "定海要闻"),
        ("/col/col1228120/index.html", "通知公告"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 12))
    r24 = _rep(ctx, c, 2024, "定海区2024年法治政府建设年度报告", "2025-03-26 16:30", "舟山市定海区人民政府")
    r22 = _rep(ctx, c, 2022, "舟山市定海区2022年法治政府建设情况报告", "2023-03-30 10:10", "定海区人民政府")
    zj = ctx.higher("浙江省", 2022, "党中央、国务院", "2023-04-07 09:30")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("plan", 2023), ("text_interp", 2023)])
    cols = {
        1228101: ("定海要闻", ctx.news(c, 200)),
        1228120: (
            "通知公告",
            [*newer(ctx, c, r24, 18, "notice", skin.clock), r24, look[0], *ctx.fillers(c, 20, "notice")],
        ),
        1228135: ("法治政府建设", [r22, zj, look[1], look[2], *ctx.fillers(c, 10, "disclosure")]),
    }
    lists = hanweb(ctx, skin, "3401", "7185021", "舟山市定海区人民政府", cols)
    assert 15 <= lists[1228120].index(r24) < 45
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HW, "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HW, "higher_repost"))
    ctx.record_higher(c, zj, 2022, c.base + zj.path)
    home(skin, [(f"/col/col{k}/index.html", v[0], lists[k]) for k, v in cols.items()])


def putuo(ctx: Ctx43) -> None:
    """普陀区 (浙江 舟山), ``www.putuo.gov.cn``: a WordPress site whose category pages are shells
    listed by the REST API ``/wp-json/wp/v2/posts?categories=<id>&per_page=10&page=<n>`` (wire
    format: WordPress core; its use by this site is assumed); articles ``/archives/<id>``. The
    2023 report is on 通知公告's second API page; the 2021 report in 法治政府建设 beside a 述法报告
    and a 专题会议."""
    c = County("putuo", "普陀区", "浙江省", "舟山市", "330903", "www.putuo.gov.cn")
    nav = [
        ("/", "首页"),
        ("/category/ptyw/", "普陀要闻"),
        ("/category/tzgg/", "通知公告"),
        ("/category/fzzfjs/", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 4, 9))
    r23 = _rep(ctx, c, 2023, "普陀区2023年度法治政府建设工作报告", "2024-03-28 14:40", "舟山市普陀区人民政府")
    r21 = _rep(ctx, c, 2021, "普陀区2021年法治政府建设年度报告", "2022-03-29 11:20", "舟山市普陀区人民政府")
    look = ctx.lookalikes_of(c, [("shufa", 2023), ("meeting_topic", 2022), ("notice", 2024)])
    cols = {
        3: ("ptyw", "普陀要闻", ctx.news(c, 150)),
        5: (
            "tzgg",
            "通知公告",
            [*newer(ctx, c, r23, 12, "notice", skin.clock), r23, look[2], *ctx.fillers(c, 9, "notice")],
        ),
        9: ("fzzfjs", "法治政府建设", [r21, look[0], look[1], *ctx.fillers(c, 9, "disclosure")]),
    }
    lists = wp_columns(skin, cols)
    assert lists[5].index(r23) >= 10
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("wp_rest_api", "api_later_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("wp_rest_api",))
    home(skin, [(f"/category/{v[0]}/", v[1], []) for v in cols.values()])


def daishan(ctx: Ctx43) -> None:
    """岱山县 (浙江 舟山), ``www.daishan.gov.cn`` (https): ordinary Hanweb JCMS. The 2023 report is a
    PDF (``downfile.jsp``, text layer) attached to an article in 法治政府建设 beside a 实施方案; the
    2022 report exists only as a ``.doc`` there; the 2021 report is in 通知公告 beside a 解读."""
    c = County("daishan", "岱山县", "浙江省", "舟山市", "330921", "www.daishan.gov.cn", scheme="https")
    nav = [
        ("/", "首页"),
        ("/col/col1229101/index.html", "岱山要闻"),
        ("/col/col1229126/index.html", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 3, 30))
    r23 = _rep(ctx, c, 2023, "岱山县2023年法治政府建设情况报告", "2024-03-29 09:50", "岱山县人民政府")
    body23 = list(r23.paras)
    r23.paras = ["岱山县2023年法治政府建设情况报告全文见附件。"]
    pdf = hanweb_attach(ctx, c, r23, body23)
    r22 = _rep(ctx, c, 2022, "岱山县2022年度法治政府建设年度报告", "2023-03-30 15:10", "岱山县司法局")
    r22.uid = ctx.uid()
    doc = f"/module/download/{r22.pub:%Y%m}/W0{r22.pub:%Y%m%d}{r22.uid % 10**9:09d}.doc"
    body22 = list(r22.paras)
    r22.paras = [r22.title + "全文见附件。"]
    ctx.attach(c, r22, doc, "doc", body22)
    r21 = _rep(ctx, c, 2021, "岱山县2021年法治政府建设工作报告", "2022-03-30 16:00", "岱山县人民政府")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("interpretation", 2022)])
    cols = {
        1229101: ("岱山要闻", ctx.news(c, 200)),
        1229126: ("法治政府建设", [r23, look[0], r22, *ctx.fillers(c, 10, "disclosure")]),
        1229131: ("通知公告", [r21, look[1], *ctx.fillers(c, 25, "notice", (2019, 2022))]),
    }
    lists = hanweb(ctx, skin, "3402", "7186110", "岱山县人民政府", cols)
    put_attachments(ctx, c, r23)
    assert lists[1229131].index(r21) < 45
    ctx.record(c, look)
    ctx.record_file(c, r23, 2023, pdf, body23, (HW, "pdf_attachment"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(HW,))
    ctx.record_file(c, r22, 2022, doc, body22, (HW, "doc_needs_reader"))
    home(skin, [(f"/col/col{k}/index.html", v[0], lists[k]) for k, v in cols.items() if k != 1229126])


def shengsi(ctx: Ctx43) -> None:
    """嵊泗县 (浙江 舟山), ``www.shengsi.gov.cn`` (https): TRS; 法治政府建设 shows its six newest rows
    and no pager, the full column only in the RSS feed ``/rss/fzzfjs.xml`` (assumed). The 2022
    report is the feed's ninth item; the 2024 report is in the ordinary 通知公告 beside a notice.
    A 按日期浏览 archive never ends (trap)."""
    c = County("shengsi", "嵊泗县", "浙江省", "舟山市", "330922", "www.shengsi.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 5, 26))
    trap = date_trap(ctx, s.skin, "/rqll/index.jsp")
    r24 = _rep(
        ctx, c, 2024, "嵊泗县人民政府关于2024年法治政府建设工作的报告", "2025-03-31 10:30", "嵊泗县人民政府"
    )
    r22 = _rep(ctx, c, 2022, "嵊泗县2022年法治政府建设年度报告", "2023-03-28 16:20", "嵊泗县人民政府")
    look = ctx.lookalikes_of(c, [("plan", 2022), ("demo_news", 2022), ("notice", 2025)])
    fz = s.col(
        "fzzfjs",
        "法治政府建设",
        [
            *newer(ctx, c, r22, 8, "disclosure", s.skin.clock),
            r22,
            look[0],
            look[1],
            *ctx.fillers(c, 6, "disclosure"),
        ],
        rss_column,
        feed="/rss/fzzfjs.xml",
    )
    assert fz.index(r22) >= 6
    s.col("tzgg", "通知公告", [r24, look[2], *ctx.fillers(c, 22, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS, "rss_feed_column"))
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS,))
    s.finish(extra=f'<div class="rqll"><a href="{trap}">按日期浏览</a></div>')


# ============================================================================ 湖北 恩施
def lichuan(ctx: Ctx43) -> None:
    """利川市 (湖北 恩施), ``www.lichuan.gov.cn``: TRS articles; 通知公告 and 法治政府建设 hold an
    empty iframe whose ``src`` the page's script sets to ``/module/xxgk/list.jsp?cid=…&curpage=1``
    (assumed). The 2023 report is on 通知公告's ``curpage=2``; the 2022 report in 法治政府建设
    beside 示范创建 news and the 信息公开 annual report."""
    c = County("lichuan", "利川市", "湖北省", "恩施土家族苗族自治州", "422802", "www.lichuan.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 6, 11))
    r23 = _rep(ctx, c, 2023, "利川市2023年法治政府建设年度报告", "2024-03-27 10:00", "利川市人民政府")
    r22 = _rep(ctx, c, 2022, "利川市2022年度法治政府建设情况报告", "2023-03-30 11:30", "利川市人民政府")
    look = ctx.lookalikes_of(c, [("demo_news", 2023), ("xxgk_annual", 2023), ("meeting", 2024)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r23, 16, "notice", s.skin.clock), r23, look[2], *ctx.fillers(c, 10, "notice")],
        iframe_column,
        cid=2341,
    )
    assert tz.index(r23) >= 15
    s.col(
        "fzzfjs",
        "法治政府建设",
        [r22, look[0], look[1], *ctx.fillers(c, 9, "disclosure")],
        iframe_column,
        cid=2355,
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS, "script_set_iframe", "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS, "script_set_iframe"))
    s.finish(shells=("/zwgk/tzgg/", "/zwgk/fzzfjs/"))


def jianshi(ctx: Ctx43) -> None:
    """建始县 (湖北 恩施), ``www.hbjs.gov.cn``: ordinary TRS. The 2024 report is in 法治政府建设
    beside 湖北省's 2024 report, the 县司法局's report and a 考核 通报; the 2022 report is on
    通知公告's ``index_1.html``."""
    c = County("jianshi", "建始县", "湖北省", "恩施土家族苗族自治州", "422822", "www.hbjs.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 4, 18))
    r24 = _rep(ctx, c, 2024, "建始县2024年法治政府建设工作报告", "2025-03-28 15:20", "建始县人民政府")
    r22 = _rep(ctx, c, 2022, "建始县2022年度法治政府建设年度报告", "2023-03-29 09:30", "建始县人民政府")
    hb = ctx.higher("湖北省", 2024, "党中央、国务院", "2025-04-08 10:00")
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-25 11:00")
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("notice", 2023)])
    s.col("fzzfjs", "法治政府建设", [r24, hb, dep, look[0], *ctx.fillers(c, 8, "disclosure")])
    tz = s.col(
        "tzgg",
        "通知公告",
        [
            *newer(ctx, c, r22, 16, "notice", s.skin.clock),
            r22,
            look[1],
            *ctx.fillers(c, 10, "notice", (2019, 2022)),
        ],
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS, "later_list_page"))
    ctx.record_higher(c, hb, 2024, c.base + hb.path)
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    s.finish()


def badong(ctx: Ctx43) -> None:
    """巴东县 (湖北 恩施), ``www.hbbd.gov.cn``: ordinary TRS. The 2023 report is on 通知公告's
    ``index_1.html`` beside a notice; the 2021 report is a PDF (text layer) attached to an article
    in 政策文件 beside the 信息公开 annual report and a 政府工作报告."""
    c = County("badong", "巴东县", "湖北省", "恩施土家族苗族自治州", "422823", "www.hbbd.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 5, 5))
    r23 = _rep(ctx, c, 2023, "巴东县2023年法治政府建设情况报告", "2024-03-29 16:00", "巴东县人民政府")
    r21 = _rep(ctx, c, 2021, "巴东县2021年度法治政府建设工作报告", "2022-03-28 10:40", "巴东县人民政府")
    r21.uid = ctx.uid()
    body21 = list(r21.paras)
    r21.paras = ["巴东县2021年度法治政府建设工作报告全文见附件。"]
    pdf = s.skin.attach_pdf(r21, "/zwgk/zcwj/", body21)
    look = ctx.lookalikes_of(c, [("notice", 2024), ("xxgk_annual", 2022), ("gov_work_report", 2022)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r23, 15, "notice", s.skin.clock), r23, look[0], *ctx.fillers(c, 10, "notice")],
    )
    assert tz.index(r23) >= 15
    s.col("zcwj", "政策文件", [r21, look[1], look[2], *ctx.fillers(c, 10, "disclosure", (2019, 2022))])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS, "later_list_page"))
    ctx.record_file(c, r21, 2021, pdf, body21, (TRS, "pdf_attachment"))
    s.finish()


def xuanen(ctx: Ctx43) -> None:
    """宣恩县 (湖北 恩施), ``www.xe.gov.cn`` (GBK pages assumed): ordinary TRS. The 2024 report is
    in 法治政府建设 beside a 解读 and a 工作要点; the 2022 report is a DOCX attached to a 通知公告
    article ("全文见附件")."""
    c = County("xuanen", "宣恩县", "湖北省", "恩施土家族苗族自治州", "422825", "www.xe.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 3, 21), skin=GbkSkin)
    r24 = _rep(ctx, c, 2024, "宣恩县2024年法治政府建设年度报告", "2025-03-31 14:00", "宣恩县人民政府")
    r22 = _rep(ctx, c, 2022, "宣恩县2022年法治政府建设工作情况报告", "2023-03-31 10:00", "宣恩县人民政府")
    r22.uid = ctx.uid()
    docx = f"/zwgk/tzgg/{r22.pub:%Y%m}/W0{r22.pub:%Y%m%d}{r22.uid % 10**9:09d}.docx"
    body22 = list(r22.paras)
    r22.paras = [r22.title + "全文见附件。"]
    ctx.attach(c, r22, docx, "docx", body22)
    look = ctx.lookalikes_of(c, [("interpretation", 2025), ("plan", 2025), ("meeting_topic", 2023)])
    s.col("fzzfjs", "法治政府建设", [r24, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    s.col("tzgg", "通知公告", [r22, look[2], *ctx.fillers(c, 22, "notice", (2019, 2023))])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, "gbk_pages"))
    ctx.record_file(c, r22, 2022, docx, body22, (TRS, "gbk_pages", "docx_attachment"))
    s.finish()


def enshi_portal(ctx: Ctx43) -> None:
    """恩施州 portal ``www.enshi.gov.cn`` (https), seeded: its 县市政府网站 block links the 恩施
    counties, among them 来凤县 (``www.laifeng.gov.cn``), which no seed row names. 来凤县 is
    ordinary TRS: 2024 report in 法治政府建设 beside a 实施方案, 2020 report in 通知公告 beside a
    文字解读."""
    p = County(
        "enshi_portal", "恩施土家族苗族自治州", "湖北省", "", "422800", "www.enshi.gov.cn", scheme="https"
    )
    ps = _Trs(ctx, p, dt.date(2025, 6, 6))
    ps.col("tzgg", "通知公告", ctx.fillers(p, 20, "notice"))
    hosts = [
        ("利川市", "http://www.lichuan.gov.cn/"),
        ("建始县", "http://www.hbjs.gov.cn/"),
        ("巴东县", "http://www.hbbd.gov.cn/"),
        ("宣恩县", "http://www.xe.gov.cn/"),
        ("咸丰县", "http://www.xianfeng.gov.cn/"),
        ("来凤县", "http://www.laifeng.gov.cn/"),
    ]
    block = "".join(f'<li><a href="{u}" target="_blank">{n}人民政府</a></li>' for n, u in hosts)
    ps.finish(extra=f'<div class="xsq"><h3>县市政府网站</h3><ul>{block}</ul></div>')
    c = County("laifeng", "来凤县", "湖北省", "恩施土家族苗族自治州", "422827", "www.laifeng.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 5, 2), seeded=False)
    r24 = _rep(ctx, c, 2024, "来凤县2024年度法治政府建设情况报告", "2025-03-27 09:20", "来凤县人民政府")
    r20 = _rep(ctx, c, 2020, "来凤县2020年法治政府建设工作情况报告", "2021-03-30 15:40", "来凤县人民政府")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("text_interp", 2021)])
    s.col("fzzfjs", "法治政府建设", [r24, look[0], *ctx.fillers(c, 8, "disclosure")])
    s.col("tzgg", "通知公告", [r20, look[1], *ctx.fillers(c, 20, "notice", (2019, 2021))])
    ctx.record(c, look)
    kinds = (TRS, "unseeded_county_via_prefecture_list")
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=kinds)
    ctx.truth_report(c, r20, 2020, html_copy(c, r20), kinds=kinds)
    s.finish()
