"""The blind49 sites: 内江 (四川) counties on 四川's county platform (``/gongkai/list/<col>.html``,
``/gongkai/show/<32 hex>.html``), 临沧 (云南) counties on EasySite (``/<site code>/<col>/
index.html`` then ``<8 hex>-<n>.html``, 19-digit stamp article folders), and 鹰潭 (江西) counties
on Hanweb JCMS (``/col/col<id>/index.html``, ``<datastore>`` records, ``dataproxy.jsp``), plus the
鹰潭市 portal whose 县(市、区) box alone names 贵溪市. Each site's docstring names its evidence and
what is assumed (see ``README.md``)."""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.core import h
from ..blind25.platforms import GbkSkin, put_attachments
from ..blind34.sites import _Sc
from ..blind35.sites import _Hw
from ..blind37.sites import Site
from .core import County, Ctx49, date_trap, html_copy, newer, search_trap

SC = "sc_gongkai_show"
ES = "easysite_static"
HW = "jcms_datastore"
PROXY = "jcms_dataproxy_later_records"
SCP, YNP, JXP = "四川省", "云南省", "江西省"


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


def _sc_file(ctx, it, kind: str) -> str:
    """A 四川 platform attachment ``/uploadfile/YYYYMM/<hex>.<kind>`` (path assumed)."""
    it.uid = it.uid or ctx.uid()
    return f"/uploadfile/{it.pub:%Y%m}/{h('sc49' + kind, it.uid)[:24]}.{kind}"


# ============================================================================ 四川 内江
def shizhong(ctx: Ctx49) -> None:
    """市中区 (四川 内江), ``www.lsszq.gov.cn``: 四川 county platform (blind34's evidence: stored
    ``/gongkai/show/<32 hex>.html`` articles; that 内江's counties are on it is assumed). The 2024
    report is on 通知公告's third page; the 2022 report is in 法治政府建设 beside 四川省's reposted
    2022 report and a 实施方案. The site search echoes its query for ever (trap; path assumed)."""
    c = County("shizhong", "市中区", SCP, "内江市", "511002", "www.lsszq.gov.cn")
    s = _Sc(ctx, c, dt.date(2025, 6, 11))
    trap = search_trap(ctx, s.skin, "/search/index.html", "q")
    r24 = _rep(
        ctx, c, 2024, "内江市市中区2024年法治政府建设年度报告", "2025-03-28 10:30", "内江市市中区人民政府"
    )
    r22 = _rep(
        ctx,
        c,
        2022,
        "内江市市中区人民政府关于2022年度法治政府建设情况的报告",
        "2023-03-30 16:00",
        "内江市市中区人民政府",
    )
    sc = ctx.higher(SCP, 2022, "党中央、国务院", "2023-04-06 09:30")
    look = ctx.lookalikes_of(c, [("plan", 2023), ("notice", 2025), ("meeting", 2024)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 31, "notice", s.skin.clock), r24, look[1], *ctx.fillers(c, 12, "notice")],
    )
    assert tz.index(r24) >= 30
    s.col("fzzfjs", "法治政府建设", [r22, sc, look[0], look[2], *ctx.fillers(c, 9, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(SC, "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(SC, "higher_repost"))
    ctx.record_higher(c, sc, 2022, c.base + sc.path)
    s.finish(extra=f'<div class="search"><a href="{trap}">站内搜索</a></div>')


def dongxing(ctx: Ctx49) -> None:
    """东兴区 (四川 内江), ``www.scnjdx.gov.cn``: 四川 county platform (assumed, as 市中区). The
    2023 report is in 法定主动公开内容 beside the 信息公开 annual report, the 政府工作报告 and the
    区司法局's own report; the 2021 report is a PDF (text layer) attached to a short notice in
    通知公告 (attachment path assumed)."""
    c = County("dongxing", "东兴区", SCP, "内江市", "511011", "www.scnjdx.gov.cn")
    s = _Sc(ctx, c, dt.date(2025, 4, 21))
    r23 = _rep(ctx, c, 2023, "东兴区2023年法治政府建设工作报告", "2024-03-27 15:20", "内江市东兴区人民政府")
    r21 = _rep(ctx, c, 2021, "东兴区2021年度法治政府建设情况报告", "2022-03-29 10:40", "内江市东兴区人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-23 09:30")
    r21.uid = ctx.uid()
    body21 = _strip(r21)
    pdf = ctx.attach(c, r21, _sc_file(ctx, r21, "pdf"), "pdf", body21)
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2024), ("gov_work_report", 2024), ("notice", 2022)])
    s.col("fdzdgknr", "法定主动公开内容", [r23, dep, look[0], look[1], *ctx.fillers(c, 12, "disclosure")])
    s.col("tzgg", "通知公告", [r21, look[2], *ctx.fillers(c, 26, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(SC,))
    ctx.record_file(c, r21, 2021, pdf, body21, (SC, "pdf_attachment"))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    s.finish()


def weiyuan(ctx: Ctx49) -> None:
    """威远县 (四川 内江), ``www.weiyuan.gov.cn``: 四川 county platform (assumed). The joint 县委/县政府
    2024 report is in 法治政府建设 beside a 述法报告 and a 第一责任人述职; the 2022 report exists only
    as a scanned PDF attached to a notice; the 2021 report is on 通知公告's second page."""
    c = County("weiyuan", "威远县", SCP, "内江市", "511024", "www.weiyuan.gov.cn")
    s = _Sc(ctx, c, dt.date(2025, 5, 19))
    r24 = _rep(
        ctx,
        c,
        2024,
        "中共威远县委 威远县人民政府关于2024年度法治政府建设情况的报告",
        "2025-03-26 11:00",
        "威远县人民政府",
    )
    r22 = _rep(ctx, c, 2022, "威远县2022年法治政府建设年度报告", "2023-03-29 09:10", "威远县司法局")
    r21 = _rep(ctx, c, 2021, "威远县2021年法治政府建设工作报告", "2022-03-30 14:50", "威远县人民政府")
    scan = _sc_file(ctx, r22, "pdf")
    body22 = _scan(ctx, r22, scan)
    look = ctx.lookalikes_of(c, [("shufa", 2025), ("duty_report", 2024), ("interpretation", 2022)])
    s.col("fzzfjs", "法治政府建设", [r24, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    tz = s.col(
        "tzgg",
        "通知公告",
        [
            *newer(ctx, c, r21, 17, "notice", s.skin.clock),
            r22,
            r21,
            look[2],
            *ctx.fillers(c, 10, "notice", (2019, 2021)),
        ],
    )
    assert tz.index(r21) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(SC,))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(SC, "later_list_page"))
    ctx.record_scan(c, r22, 2022, scan, body22, kinds=(SC,))
    s.finish()


def longchang(ctx: Ctx49) -> None:
    """隆昌市 (四川 内江, 县级市), ``www.longchang.gov.cn``: 四川 county platform (assumed). The 2023
    report is in 工作总结 beside 内江市's reposted 2023 report and a 解读; the 2022 report is a
    ``.docx`` attached to a short item in 法治政府建设 beside a 考核 通报 (path assumed)."""
    c = County("longchang", "隆昌市", SCP, "内江市", "511083", "www.longchang.gov.cn")
    s = _Sc(ctx, c, dt.date(2025, 3, 24))
    r23 = _rep(ctx, c, 2023, "隆昌市2023年度法治政府建设工作情况的报告", "2024-03-28 17:10", "隆昌市人民政府")
    r22 = _rep(ctx, c, 2022, "隆昌市2022年法治政府建设情况报告", "2023-03-31 10:00", "隆昌市人民政府")
    nj = ctx.higher("内江市", 2023, "省委、省政府", "2024-04-03 10:00")
    r22.uid = ctx.uid()
    body22 = _strip(r22)
    docx = ctx.attach(c, r22, _sc_file(ctx, r22, "docx"), "docx", body22)
    look = ctx.lookalikes_of(c, [("text_interp", 2024), ("assessment", 2023), ("demo_news", 2022)])
    s.col("gzzj", "工作总结", [r23, nj, look[0], *ctx.fillers(c, 10, "disclosure")])
    s.col("fzzfjs", "法治政府建设", [r22, look[1], look[2], *ctx.fillers(c, 9, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(SC, "higher_repost"))
    ctx.record_file(c, r22, 2022, docx, body22, (SC, "docx_attachment"))
    ctx.record_higher(c, nj, 2023, c.base + nj.path)
    s.finish()


# ============================================================================ 云南 临沧 (EasySite)
GS, FZ = "zwgk49/gggs71", "zwgk49/fzzfjs"


def _es(ctx, c, code, clock, news):
    s = Site(ctx, c, "es", clock, code=code)
    s.start(news, "政务动态", 180)
    return s


def linxiang(ctx: Ctx49) -> None:
    """临翔区 (云南 临沧), ``www.ynlx.gov.cn`` (https): EasySite like 沧源县 (a public spider lists
    ``www.cangyuan.gov.cn/cyxrmzf/zwgk49/gggs71/index.html`` and ``…/1d9826e9-{n}.html`` pages,
    articles ``/cyxrmzf/…/<digits>/index.html``; the site code ``lxqrmzf`` is assumed). The 2024
    report is in 法治政府建设 beside 云南省's reposted 2024 report and a 工作要点; the 2022 report is
    on 公示公告's second page."""
    c = County("linxiang", "临翔区", YNP, "临沧市", "530902", "www.ynlx.gov.cn", scheme="https")
    s = _es(ctx, c, "lxqrmzf", dt.date(2025, 6, 4), "zwgk49/xzdt6")
    r24 = _rep(
        ctx, c, 2024, "临沧市临翔区2024年法治政府建设年度报告", "2025-03-27 09:40", "临沧市临翔区人民政府"
    )
    r22 = _rep(ctx, c, 2022, "临翔区2022年度法治政府建设工作报告", "2023-03-30 15:30", "临沧市临翔区人民政府")
    yn = ctx.higher(YNP, 2024, "党中央、国务院", "2025-04-02 10:00")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("meeting_topic", 2023), ("interpretation", 2025)])
    s.col(FZ, "法治政府建设", [r24, yn, look[0], look[2], *ctx.fillers(c, 9, "disclosure")])
    gs = s.col(
        GS,
        "公示公告",
        [*newer(ctx, c, r22, 17, "notice", s.skin.clock), r22, look[1], *ctx.fillers(c, 12, "notice")],
    )
    assert gs.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(ES, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(ES, "later_list_page"))
    ctx.record_higher(c, yn, 2024, c.base + yn.path)
    s.finish()


def fengqing(ctx: Ctx49) -> None:
    """凤庆县 (云南 临沧), ``www.ynfq.gov.cn`` (https): EasySite (assumed from 沧源县). The 2023
    report is in 法治政府建设 beside the 县司法局's report and a 述法报告; the 2021 report exists
    only as a Word 97 ``.doc`` (``attachDir``) attached in 公示公告; the 2020 report is in 公示公告."""
    c = County("fengqing", "凤庆县", YNP, "临沧市", "530921", "www.ynfq.gov.cn", scheme="https")
    s = _es(ctx, c, "fqxrmzf", dt.date(2025, 4, 15), "zwgk49/xzdt6")
    r23 = _rep(ctx, c, 2023, "凤庆县2023年法治政府建设情况报告", "2024-03-28 11:20", "凤庆县人民政府")
    r21 = _rep(ctx, c, 2021, "凤庆县2021年度法治政府建设年度报告", "2022-03-31 16:10", "凤庆县司法局")
    r20 = _rep(
        ctx,
        c,
        2020,
        "凤庆县人民政府关于2020年法治政府建设工作情况的报告",
        "2021-03-30 10:30",
        "凤庆县人民政府",
    )
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-27 15:00")
    r21.uid = ctx.uid()
    body21 = _strip(r21)
    doc = ctx.attach(c, r21, s.plat.attach_path("", r21).replace(".pdf", ".doc"), "doc", body21)
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("xxgk_annual", 2021), ("notice", 2024)])
    s.col(FZ, "法治政府建设", [r23, dep, look[0], look[2], *ctx.fillers(c, 8, "disclosure")])
    s.col(GS, "公示公告", [r21, r20, look[1], *ctx.fillers(c, 22, "notice", (2019, 2024))])
    put_attachments(ctx, c, r21)
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(ES,))
    ctx.truth_report(c, r20, 2020, html_copy(c, r20), kinds=(ES,))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.record_file(c, r21, 2021, doc, body21, (ES, "doc_needs_reader"))
    s.finish()


def cangyuan(ctx: Ctx49) -> None:
    """沧源佤族自治县 (云南 临沧), ``www.cangyuan.gov.cn``: EasySite, the evidence's own site (site
    code ``cyxrmzf``, columns ``zwgk49/gggs71`` 公示公告 and ``zwgk49/xzdt6``; 法治政府建设's key is
    assumed). The 2024 report is a PDF (``attachDir``) attached to a short item in 公示公告; the
    2022 report is in 法治政府建设 beside 示范创建 news and a meeting. A 按日期浏览 calendar links
    the next day for ever (trap; assumed shape)."""
    c = County("cangyuan", "沧源佤族自治县", YNP, "临沧市", "530927", "www.cangyuan.gov.cn")
    s = _es(ctx, c, "cyxrmzf", dt.date(2025, 5, 7), "zwgk49/xzdt6")
    r24 = _rep(
        ctx, c, 2024, "沧源佤族自治县2024年法治政府建设工作报告", "2025-03-31 10:50", "沧源佤族自治县人民政府"
    )
    r22 = _rep(ctx, c, 2022, "沧源县2022年法治政府建设年度报告", "2023-03-29 17:00", "沧源佤族自治县人民政府")
    r24.uid = ctx.uid()
    body24 = _strip(r24)
    pdf = ctx.attach(c, r24, s.plat.attach_path(GS, r24), "pdf", body24)
    look = ctx.lookalikes_of(c, [("demo_news", 2024), ("meeting", 2023), ("notice", 2025)])
    s.col(
        GS,
        "公示公告",
        [*newer(ctx, c, r24, 6, "notice", s.skin.clock), r24, look[2], *ctx.fillers(c, 20, "notice")],
    )
    s.col(FZ, "法治政府建设", [r22, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    put_attachments(ctx, c, r24)
    ctx.record(c, look)
    ctx.record_file(c, r24, 2024, pdf, body24, (ES, "pdf_attachment"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(ES,))
    link = date_trap(ctx, s.skin, "/cyxrmzf/rqll/index.jsp")
    s.finish(f'<div class="rl"><a href="{link}">按日期浏览</a></div>')


def shuangjiang(ctx: Ctx49) -> None:
    """双江拉祜族佤族布朗族傣族自治县 (云南 临沧), ``www.shuangjiang.gov.cn`` (https): EasySite
    (assumed from 沧源县; site code ``sjxrmzf`` assumed). The 2024 report is on the third page of
    政务动态 among news; the 2023 report is in 法治政府建设 beside 临沧市's reposted 2023 report and
    the 信息公开 annual report."""
    name = "双江拉祜族佤族布朗族傣族自治县"
    c = County("shuangjiang", name, YNP, "临沧市", "530925", "www.shuangjiang.gov.cn", scheme="https")
    s = _es(ctx, c, "sjxrmzf", dt.date(2025, 5, 27), "zwgk49/xwzx")
    r24 = _rep(ctx, c, 2024, "双江自治县2024年法治政府建设年度报告", "2025-03-28 16:30", name + "人民政府")
    r23 = _rep(ctx, c, 2023, f"{name}2023年度法治政府建设情况报告", "2024-03-29 09:20", name + "人民政府")
    lc = ctx.higher("临沧市", 2023, "省委、省政府", "2024-04-07 10:00")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2024), ("gov_work_report", 2025), ("duty_report", 2023)])
    dt_items = s.col(
        "zwgk49/zwdt",
        "政务动态",
        [*newer(ctx, c, r24, 31, "notice", s.skin.clock), r24, look[1], *ctx.news(c, 16, (2022, 2025))],
    )
    assert dt_items.index(r24) >= 30
    s.col(FZ, "法治政府建设", [r23, lc, look[0], look[2], *ctx.fillers(c, 9, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(ES, "later_list_page"))
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(ES, "higher_repost"))
    ctx.record_higher(c, lc, 2023, c.base + lc.path)
    s.finish()


# ============================================================================ 江西 鹰潭 (Hanweb)
def yuehu(ctx: Ctx49) -> None:
    """月湖区 (江西 鹰潭), ``www.yuehu.gov.cn``: Hanweb JCMS (a public table lists its
    ``/col/col4742/index.html?vc_xxgkarea=Y03001&number=…``; 鹰潭's ``/col/col26/index.html`` and
    ``/art/2021/2/9/art_10130_21.html``). The 2024 report is record 48 of 通知公告, beyond the 45
    ``<datastore>`` records (only the ``dataproxy.jsp`` POST lists it); the 2022 report is in
    法治政府建设 beside 江西省's reposted 2022 report and a 工作要点."""
    c = County("yuehu", "月湖区", JXP, "鹰潭市", "360602", "www.yuehu.gov.cn")
    s = _Hw(ctx, c, dt.date(2025, 5, 29), "12", "3606", 4731)
    r24 = _rep(
        ctx, c, 2024, "鹰潭市月湖区2024年法治政府建设年度报告", "2025-03-27 15:40", "鹰潭市月湖区人民政府"
    )
    r22 = _rep(ctx, c, 2022, "月湖区2022年度法治政府建设情况报告", "2023-03-28 10:10", "鹰潭市月湖区人民政府")
    jx = ctx.higher(JXP, 2022, "党中央、国务院", "2023-04-04 10:00")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("plan", 2023)])
    s.col(
        4745,
        "通知公告",
        [*newer(ctx, c, r24, 47, "notice", s.skin.clock), r24, look[0], *ctx.fillers(c, 10, "notice")],
    )
    s.col(4742, "法治政府建设", [r22, jx, look[1], *ctx.fillers(c, 8, "disclosure")])
    lists = s.finish()
    assert lists[4745].index(r24) >= 45
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HW, PROXY))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HW, "higher_repost"))
    ctx.record_higher(c, jx, 2022, c.base + jx.path)


def yujiang(ctx: Ctx49) -> None:
    """余江区 (江西 鹰潭), ``www.yujiang.gov.cn``: Hanweb JCMS (assumed from its city and
    neighbours; GBK pages assumed, as on 萍乡's 上栗县 in blind42). The 2023 report is in
    法治政府建设 beside a notice about it and a 文字解读; the 2021 report is in 通知公告 beside a
    meeting. Hanweb's ``/jsearchfront/search.do?q=`` (鹰潭市's
    ``/jsearchfront/`` in public spiders) echoes its query for ever (trap)."""
    c = County("yujiang", "余江区", JXP, "鹰潭市", "360603", "www.yujiang.gov.cn")
    s = _Hw(ctx, c, dt.date(2025, 4, 9), "14", "3607", 5121, skin=GbkSkin)
    trap = search_trap(ctx, s.skin, "/jsearchfront/search.do", "q")
    r23 = _rep(ctx, c, 2023, "余江区2023年法治政府建设工作报告", "2024-03-29 14:00", "鹰潭市余江区人民政府")
    r21 = _rep(
        ctx,
        c,
        2021,
        "鹰潭市余江区人民政府关于2021年度法治政府建设工作情况的报告",
        "2022-03-30 09:30",
        "鹰潭市余江区人民政府",
    )
    look = ctx.lookalikes_of(c, [("notice", 2024), ("text_interp", 2024), ("meeting_topic", 2021)])
    s.col(5130, "法治政府建设", [r23, look[0], look[1], *ctx.fillers(c, 9, "disclosure")])
    s.col(5126, "通知公告", [r21, look[2], *ctx.fillers(c, 30, "notice", (2019, 2024))])
    s.finish(extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>')
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HW, "gbk_pages"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(HW, "gbk_pages"))


YINGTAN = (
    ("月湖区", "http://www.yuehu.gov.cn/"),
    ("余江区", "http://www.yujiang.gov.cn/"),
    ("贵溪市", "http://www.guixi.gov.cn/"),
)


def yingtan_portal(ctx: Ctx49) -> None:
    """鹰潭市 portal ``www.yingtan.gov.cn`` (https), seeded: Hanweb (``/col/col26/index.html``,
    ``/art/2021/2/9/art_10130_21.html`` in public code); its 县(市、区) box (hosts from
    gov_sites.csv; the box itself assumed) alone names 贵溪市 ``www.guixi.gov.cn``, in no seed row:
    Hanweb (GBK pages assumed; ``/col/col19545/index.html``, ``/art/2026/7/9/art_6225_1601287.html`` in public
    code), its 2024 report in 法治政府建设 beside a 述职, its joint 市委/市政府 2022 report in
    通知公告 beside a 考核 通报."""
    p = County("yingtan_portal", "鹰潭市", JXP, "", "360600", "www.yingtan.gov.cn", scheme="https")
    ps = _Hw(ctx, p, dt.date(2025, 6, 2), "1", "3600", 27)
    ps.col(30, "通知公告", ctx.fillers(p, 40, "notice"))
    links = "".join(f'<li><a href="{u}" target="_blank">{n}人民政府</a></li>' for n, u in YINGTAN)
    ps.finish(extra=f'<div class="xsq"><h3>县(市、区)政府网站</h3><ul>{links}</ul></div>')

    c = County("guixi", "贵溪市", JXP, "鹰潭市", "360681", "www.guixi.gov.cn", seeded=False)
    s = _Hw(ctx, c, dt.date(2025, 4, 28), "16", "3608", 6225, seeded=False, skin=GbkSkin)
    kinds = (HW, "gbk_pages", "unseeded_county_via_prefecture_list")
    r24 = _rep(ctx, c, 2024, "贵溪市2024年法治政府建设年度报告", "2025-03-31 11:30", "贵溪市人民政府")
    r22 = _rep(
        ctx,
        c,
        2022,
        "中共贵溪市委 贵溪市人民政府关于2022年法治政府建设情况的报告",
        "2023-03-30 15:00",
        "贵溪市人民政府",
    )
    look = ctx.lookalikes_of(c, [("duty_report", 2024), ("assessment", 2022)])
    s.col(19550, "法治政府建设", [r24, look[0], *ctx.fillers(c, 7, "disclosure")])
    s.col(19548, "通知公告", [r22, look[1], *ctx.fillers(c, 25, "notice", (2019, 2024))])
    s.finish()
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=kinds)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=kinds)
