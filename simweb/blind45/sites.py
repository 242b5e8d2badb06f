"""The blind45 sites: 朔州 (山西) counties on the ``/doc/`` CMS 运城 and 太原 sites run (blind29's
block), 乌兰察布 (内蒙古) 旗县 on VSB as 包头's (blind29's block), 榆林 (陕西) counties on 陕西's
集约化 platform (blind31's block), and the 乌兰察布市 portal whose 旗县市区 block alone links
凉城县."""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind29.platforms import upload_attach, vsb_attach
from ..blind29.sites import _doc_site, _vsb_site
from ..blind31.sites_sx import _Site as ShxSite
from ..blind39.sites import GbkSkin, _Trs
from .core import County, Ctx45, date_trap, html_copy, newer, search_trap

DOC = "doc_shtml_static"
VSB = "vsb_htm"
SX = "shaanxi_jyh_shtml"
TRS = "trs_createpage"
SXP, NM, SHX = "山西省", "内蒙古自治区", "陕西省"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


def _short(r) -> list[str]:
    """Turn ``r`` into a short article whose body says the report is attached; return the body."""
    body = list(r.paras)
    r.paras = [r.title.replace("|", "") + "全文见附件。"]
    return body


def _home_link(ctx, skin, c, href: str, label: str, cls: str) -> None:
    res = ctx.web.resources[(c.host, "/", "")]
    text = res.body.decode(skin.encoding).replace(
        '<div class="boxes">', f'<div class="{cls}"><a href="{href}">{label}</a></div><div class="boxes">', 1
    )
    skin.put("/", text)
    skin.put("/index.html", text)


# ====================================================================== 朔州 (山西), /doc/ CMS
def shuocheng(ctx: Ctx45) -> None:
    """朔城区 (山西 朔州), ``www.szscq.gov.cn``: ``/doc/`` CMS. The 2024 report is on the third
    page of 通知公告 (``index_3.shtml``); the 2022 report is in 法治政府建设 beside 山西省's reposted
    2022 report and a 工作要点. The site search echoes its query and pages for ever (trap)."""
    c = County("shuocheng", "朔城区", SXP, "朔州市", "140602", "www.szscq.gov.cn")
    clock = dt.date(2025, 5, 20)
    r24 = _rep(ctx, c, 2024, "朔州市朔城区2024年法治政府建设年度报告", "2025-03-28 10:20", "朔城区人民政府")
    r22 = _rep(ctx, c, 2022, "朔城区2022年度法治政府建设情况报告", "2023-03-30 15:00", "朔城区人民政府")
    sx = ctx.higher(SXP, 2022, "党中央、国务院", "2023-04-04 09:30")
    look = ctx.lookalikes_of(c, [("plan", 2023), ("notice", 2025), ("xxgk_annual", 2024)])
    skin, out = _doc_site(
        ctx,
        c,
        clock,
        [
            ("scyw", "朔城要闻", ctx.news(c, 190), False),
            (
                "tzgg",
                "通知公告",
                [*newer(ctx, c, r24, 31, "notice", clock), r24, look[1], *ctx.fillers(c, 12, "notice")],
                False,
            ),
            ("fzzfjs", "法治政府建设", [r22, sx, look[0], look[2], *ctx.fillers(c, 9, "disclosure")], True),
        ],
    )
    assert out["tzgg"].index(r24) >= 30
    _home_link(ctx, skin, c, search_trap(ctx, skin, "/search/index.jsp", "q"), "站内搜索", "ss")
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(DOC, "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(DOC, "higher_repost"))
    ctx.record_higher(c, sx, 2022, c.base + sx.path)


def pinglu(ctx: Ctx45) -> None:
    """平鲁区 (山西 朔州), ``www.szpinglu.gov.cn``: ``/doc/`` CMS. The 2023 report is in 法治政府建设
    beside the 区司法局's report and a 考核 通报; the 2021 report exists only as a scanned PDF
    upload; the 2022 report is in 通知公告 beside a notice about it."""
    c = County("pinglu", "平鲁区", SXP, "朔州市", "140603", "www.szpinglu.gov.cn")
    clock = dt.date(2025, 4, 9)
    r23 = _rep(
        ctx, c, 2023, "平鲁区人民政府关于2023年法治政府建设情况的报告", "2024-03-27 09:40", "平鲁区人民政府"
    )
    r22 = _rep(ctx, c, 2022, "平鲁区2022年法治政府建设工作报告", "2023-03-29 16:10", "平鲁区人民政府")
    r21 = _rep(ctx, c, 2021, "平鲁区2021年度法治政府建设年度报告", "2022-03-31 11:00", "平鲁区人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-22 10:30")
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("notice", 2023), ("meeting", 2024)])
    body21 = list(r21.paras)
    r21.paras = ["(扫描件)"]
    r21.uid = ctx.uid()
    scan = f"/uploadfiles/{r21.pub:%Y%m}/{r21.pub:%d}/{r21.pub:%Y%m%d%H%M}{r21.uid % 10**8:08d}.pdf"
    r21.attachments.append((r21.title + ".pdf", scan, files.make_scan_pdf(r21.uid)))
    _doc_site(
        ctx,
        c,
        clock,
        [
            ("plyw", "平鲁要闻", ctx.news(c, 170), False),
            ("tzgg", "通知公告", [r22, look[1], r21, *ctx.fillers(c, 26, "notice")], False),
            ("fzzfjs", "法治政府建设", [r23, dep, look[0], look[2], *ctx.fillers(c, 8, "disclosure")], True),
        ],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(DOC,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(DOC,))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.record_scan(c, r21, 2021, scan, body21, kinds=(DOC,))


def shanyin(ctx: Ctx45) -> None:
    """山阴县 (山西 朔州), ``www.shanyin.gov.cn``: ``/doc/`` CMS with GBK pages (assumed). The 2024
    report is in 法治政府建设 beside a 述法报告; the 2021 report is on the second page of 通知公告."""
    c = County("shanyin", "山阴县", SXP, "朔州市", "140621", "www.shanyin.gov.cn")
    clock = dt.date(2025, 6, 3)
    r24 = _rep(ctx, c, 2024, "山阴县2024年度法治政府建设工作报告", "2025-03-26 14:30", "山阴县人民政府")
    r21 = _rep(ctx, c, 2021, "山阴县2021年法治政府建设情况报告", "2022-03-30 09:20", "山阴县人民政府")
    look = ctx.lookalikes_of(c, [("shufa", 2025), ("interpretation", 2022), ("demo_news", 2023)])
    _skin, out = _doc_site(
        ctx,
        c,
        clock,
        [
            ("syyw", "山阴要闻", ctx.news(c, 180), False),
            (
                "tzgg",
                "通知公告",
                [*newer(ctx, c, r21, 17, "notice", clock), r21, look[1], *ctx.fillers(c, 10, "notice")],
                False,
            ),
            ("fzzfjs", "法治政府建设", [r24, look[0], look[2], *ctx.fillers(c, 10, "disclosure")], True),
        ],
        skin_cls=GbkSkin,
    )
    assert out["tzgg"].index(r21) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(DOC, "gbk_pages"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(DOC, "gbk_pages", "later_list_page"))


def yingxian(ctx: Ctx45) -> None:
    """应县 (山西 朔州), ``www.yingxian.gov.cn``: ``/doc/`` CMS. The 2023 report is a PDF upload
    attached to a short article in 法治政府建设; the 2022 report exists only as a ``.doc`` upload
    in 通知公告; the 2020 report is in 通知公告 beside the 政府工作报告."""
    c = County("yingxian", "应县", SXP, "朔州市", "140622", "www.yingxian.gov.cn")
    clock = dt.date(2025, 3, 21)
    r23 = _rep(ctx, c, 2023, "应县2023年法治政府建设年度报告", "2024-03-29 10:00", "应县人民政府")
    body23 = _short(r23)
    pdf = upload_attach(ctx, c, r23, "pdf", body23)
    r22 = _rep(ctx, c, 2022, "应县2022年度法治政府建设工作情况的报告", "2023-03-31 15:30", "应县人民政府")
    body22 = _short(r22)
    doc = upload_attach(ctx, c, r22, "doc", body22)
    r20 = _rep(ctx, c, 2020, "应县2020年法治政府建设工作报告", "2021-03-30 11:40", "应县人民政府")
    look = ctx.lookalikes_of(c, [("gov_work_report", 2024), ("plan", 2024), ("meeting_topic", 2023)])
    _doc_site(
        ctx,
        c,
        clock,
        [
            ("yxyw", "应县要闻", ctx.news(c, 165), False),
            ("tzgg", "通知公告", [look[0], r22, r20, *ctx.fillers(c, 24, "notice", (2019, 2023))], False),
            ("fzzfjs", "法治政府建设", [r23, look[1], look[2], *ctx.fillers(c, 9, "disclosure")], True),
        ],
    )
    ctx.record(c, look)
    ctx.record_file(c, r23, 2023, pdf, body23, (DOC, "pdf_attachment"))
    ctx.record_file(c, r22, 2022, doc, body22, (DOC, "doc_needs_reader"))
    ctx.truth_report(c, r20, 2020, html_copy(c, r20), kinds=(DOC,))


# ====================================================================== 乌兰察布 (内蒙古), VSB
def _vsb(ctx, c, clock, lead, news_n, tz, fz, *, tz_id=1023, fz_id=1047):
    return _vsb_site(
        ctx,
        c,
        clock,
        [
            ("/xwzx/" + lead[0], 1021, lead[1], ctx.news(c, news_n), False),
            ("/xwzx/tzgg", tz_id, "通知公告", tz, False),
            ("/zwgk/fdzdgknr/fzzfjs", fz_id, "法治政府建设", fz, True),
        ],
    )


def zhuozi(ctx: Ctx45) -> None:
    """卓资县 (内蒙古 乌兰察布), ``www.zhuozi.gov.cn`` (https): VSB. The 2024 report and 内蒙古自治区's
    reposted 2024 report are in 法治政府建设 beside a 实施方案; the 2022 report is on the third page
    of 通知公告 (``tzgg/N.htm`` numbered downwards). A 按日期浏览 archive never ends (trap)."""
    c = County("zhuozi", "卓资县", NM, "乌兰察布市", "150921", "www.zhuozi.gov.cn", scheme="https")
    clock = dt.date(2025, 5, 27)
    r24 = _rep(ctx, c, 2024, "卓资县2024年法治政府建设年度报告", "2025-03-27 15:10", "卓资县人民政府")
    r22 = _rep(ctx, c, 2022, "卓资县2022年度法治政府建设情况报告", "2023-03-30 10:50", "卓资县人民政府")
    nm = ctx.higher(NM, 2024, "党中央、国务院", "2025-04-02 16:00")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("notice", 2023)])
    skin, out = _vsb(
        ctx,
        c,
        clock,
        ("zzyw", "卓资要闻"),
        200,
        [*newer(ctx, c, r22, 31, "notice", clock), r22, look[1], *ctx.fillers(c, 12, "notice", (2019, 2022))],
        [r24, nm, look[0], *ctx.fillers(c, 10, "disclosure")],
    )
    assert out[1023].index(r22) >= 30
    _home_link(ctx, skin, c, date_trap(ctx, skin, "/rqll/index.jsp"), "按日期浏览", "rq")
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(VSB, "higher_repost"))
    ctx.record_higher(c, nm, 2024, c.base + nm.path)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(VSB, "later_list_page"))


def huade(ctx: Ctx45) -> None:
    """化德县 (内蒙古 乌兰察布), ``www.huade.gov.cn``: VSB. The 2023 report is in 法治政府建设 beside
    the 县司法局's report and a 第一责任人述职; the 2021 report is a PDF upload attached to a short
    article in 通知公告."""
    c = County("huade", "化德县", NM, "乌兰察布市", "150922", "www.huade.gov.cn")
    r23 = _rep(ctx, c, 2023, "化德县2023年度法治政府建设工作报告", "2024-03-28 11:30", "化德县人民政府")
    r21 = _rep(ctx, c, 2021, "化德县2021年法治政府建设年度报告", "2022-03-29 15:20", "化德县司法局")
    body21 = _short(r21)
    pdf = vsb_attach(ctx, c, r21, body21)
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-27 09:00")
    look = ctx.lookalikes_of(c, [("duty_report", 2024), ("assessment", 2022), ("text_interp", 2024)])
    _vsb(
        ctx,
        c,
        dt.date(2025, 4, 30),
        ("hdyw", "化德要闻"),
        175,
        [look[1], r21, *ctx.fillers(c, 22, "notice", (2019, 2022))],
        [r23, dep, look[0], look[2], *ctx.fillers(c, 9, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(VSB,))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.record_file(c, r21, 2021, pdf, body21, (VSB, "pdf_attachment"))


def cyhq(ctx: Ctx45) -> None:
    """察哈尔右翼后旗 (内蒙古 乌兰察布), ``www.cyhq.gov.cn``: VSB. The 2024 report (a joint 旗委 旗政府
    report) is in 通知公告 on its second page; the 2022 report is in 法治政府建设 beside
    乌兰察布市's reposted 2022 report and the 信息公开 annual report."""
    c = County("cyhq", "察哈尔右翼后旗", NM, "乌兰察布市", "150928", "www.cyhq.gov.cn")
    clock = dt.date(2025, 6, 11)
    r24 = _rep(
        ctx,
        c,
        2024,
        "中共察哈尔右翼后旗委员会 察哈尔右翼后旗人民政府关于2024年度法治政府建设情况的报告",
        "2025-03-31 10:00",
        "察哈尔右翼后旗人民政府",
    )
    r22 = _rep(
        ctx, c, 2022, "察哈尔右翼后旗2022年法治政府建设情况报告", "2023-03-28 14:00", "察哈尔右翼后旗人民政府"
    )
    wl = ctx.higher("乌兰察布市", 2022, "自治区党委、自治区人民政府", "2023-04-06 10:00")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("notice", 2025), ("demo_news", 2024)])
    _skin, out = _vsb(
        ctx,
        c,
        clock,
        ("chyw", "察右后旗要闻"),
        185,
        [*newer(ctx, c, r24, 18, "notice", clock), r24, look[1], *ctx.fillers(c, 10, "notice")],
        [r22, wl, look[0], look[2], *ctx.fillers(c, 8, "disclosure")],
    )
    assert out[1023].index(r24) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(VSB, "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(VSB, "higher_repost"))
    ctx.record_higher(c, wl, 2022, c.base + wl.path)


def szwq(ctx: Ctx45) -> None:
    """四子王旗 (内蒙古 乌兰察布), ``www.szwq.gov.cn`` (https): VSB. The 2023 report is in 法治政府建设
    beside a 工作要点 and a 解读; the 2021 report is in 通知公告."""
    c = County("szwq", "四子王旗", NM, "乌兰察布市", "150929", "www.szwq.gov.cn", scheme="https")
    r23 = _rep(ctx, c, 2023, "四子王旗2023年法治政府建设工作报告", "2024-03-26 16:40", "四子王旗人民政府")
    r21 = _rep(
        ctx,
        c,
        2021,
        "四子王旗人民政府关于2021年度法治政府建设工作情况的报告",
        "2022-03-30 10:10",
        "四子王旗人民政府",
    )
    look = ctx.lookalikes_of(c, [("plan", 2024), ("interpretation", 2024), ("meeting", 2022)])
    _vsb(
        ctx,
        c,
        dt.date(2025, 3, 14),
        ("szyw", "四子王旗要闻"),
        195,
        [r21, look[2], *ctx.fillers(c, 24, "notice", (2019, 2021))],
        [r23, look[0], look[1], *ctx.fillers(c, 10, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(VSB,))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(VSB,))


# ====================================================================== 榆林 (陕西), 集约化
def _shx(ctx, key, name, adcode, host, site, clock, reps, looks, extra_kinds=(), higher=None, attach=None):
    """Two reports: the first in 法治政府建设, the second on 通知公告's second page (reached only by
    the platform's script-written pager). ``attach="docx"`` posts the first as a DOCX attachment."""
    c = County(key, name, SHX, "榆林市", adcode, host, scheme="https")
    s = ShxSite(ctx, c, site, clock, {"fzzfjs": "法治政府建设", "tzgg": "通知公告"})
    out = [_rep(ctx, c, y, t, p, src) for y, t, p, src in reps]
    years = [r[0] for r in reps]
    look = ctx.lookalikes_of(c, looks)
    hi = ctx.higher(*higher) if higher else None
    body = path = None
    if attach:
        body = _short(out[0])
        out[0].uid = ctx.uid()
        path = f"/{site}/fzzfjs/{out[0].pub:%Y%m}/{out[0].uid:x}/files/{out[0].uid * 7919:x}.{attach}"
        ctx.attach(c, out[0], path, attach, body)
    s.col("fzzfjs", [out[0], *look[:2], *([hi] if hi else []), *ctx.fillers(c, 9, "disclosure")])
    tz = [
        *newer(ctx, c, out[1], 17, "notice", s.skin.clock),
        out[1],
        *look[2:],
        *ctx.fillers(c, 12, "notice"),
    ]
    got = s.col("tzgg", tz)
    assert got.index(out[1]) >= 15
    ctx.record(c, look)
    if attach:
        ctx.record_file(c, out[0], years[0], path, body, (SX, f"{attach}_attachment", *extra_kinds))
    else:
        ctx.truth_report(c, out[0], years[0], html_copy(c, out[0]), kinds=(SX, *extra_kinds))
    ctx.truth_report(c, out[1], years[1], html_copy(c, out[1]), kinds=(SX, "later_list_page"))
    if hi:
        ctx.record_higher(c, hi, higher[1], c.base + hi.path)
    s.finish()


def fugu(ctx: Ctx45) -> None:
    """府谷县 (陕西 榆林), ``www.fg.gov.cn`` (https): 陕西 集约化. 2024 report in 法治政府建设 beside
    陕西省's 2024 report; 2022 report on 通知公告's second page."""
    _shx(
        ctx,
        "fugu",
        "府谷县",
        "610822",
        "www.fg.gov.cn",
        "fgxzf",
        dt.date(2025, 5, 14),
        [
            (2024, "府谷县2024年法治政府建设年度报告", "2025-03-28 09:10", "府谷县人民政府"),
            (2022, "府谷县2022年度法治政府建设工作报告", "2023-03-30 17:00", "府谷县人民政府"),
        ],
        [("plan", 2024), ("shufa", 2024), ("notice", 2025)],
        ("higher_repost",),
        (SHX, 2024, "党中央、国务院", "2025-04-01 10:00"),
    )


def dingbian(ctx: Ctx45) -> None:
    """定边县 (陕西 榆林), ``www.dingbian.gov.cn`` (https): 陕西 集约化. The 2023 report is a DOCX
    attached to a short article in 法治政府建设 (the platform's ``…/files/<hex>`` path); the 2021
    report is on 通知公告's second page."""
    _shx(
        ctx,
        "dingbian",
        "定边县",
        "610825",
        "www.dingbian.gov.cn",
        "dbxzf",
        dt.date(2025, 4, 24),
        [
            (2023, "定边县2023年度法治政府建设情况报告", "2024-03-29 15:30", "定边县人民政府"),
            (2021, "定边县2021年法治政府建设工作报告", "2022-03-31 09:40", "定边县人民政府"),
        ],
        [("assessment", 2024), ("interpretation", 2024), ("meeting_topic", 2022)],
        attach="docx",
    )


def mizhi(ctx: Ctx45) -> None:
    """米脂县 (陕西 榆林), ``www.mizhi.gov.cn`` (https): 陕西 集约化. 2024 report in 法治政府建设
    beside the 政府工作报告 and a 考核 通报; 2022 report on 通知公告's second page."""
    _shx(
        ctx,
        "mizhi",
        "米脂县",
        "610827",
        "www.mizhi.gov.cn",
        "mzxzf",
        dt.date(2025, 6, 6),
        [
            (2024, "米脂县人民政府关于2024年法治政府建设情况的报告", "2025-03-25 10:40", "米脂县人民政府"),
            (2022, "米脂县2022年法治政府建设情况报告", "2023-03-29 11:00", "米脂县人民政府"),
        ],
        [("gov_work_report", 2025), ("assessment", 2023), ("notice", 2023)],
    )


def zizhou(ctx: Ctx45) -> None:
    """子洲县 (陕西 榆林), ``www.zizhou.gov.cn`` (https): 陕西 集约化. 2023 report in 法治政府建设
    beside 榆林市's 2023 report and a 工作要点; 2021 report on 通知公告's second page."""
    _shx(
        ctx,
        "zizhou",
        "子洲县",
        "610831",
        "www.zizhou.gov.cn",
        "zzxzf",
        dt.date(2025, 3, 28),
        [
            (2023, "子洲县2023年法治政府建设年度报告", "2024-03-28 14:10", "子洲县人民政府"),
            (2021, "子洲县2021年度法治政府建设年度报告", "2022-03-30 16:30", "子洲县人民政府"),
        ],
        [("plan", 2023), ("xxgk_annual", 2023), ("demo_news", 2022)],
        ("higher_repost",),
        ("榆林市", 2023, "省委、省政府", "2024-04-03 11:00"),
    )


# ====================================================================== 乌兰察布市 portal, 凉城县
def wlcb_portal(ctx: Ctx45) -> None:
    """乌兰察布市 portal ``www.wulanchabu.gov.cn`` (https), seeded: its 旗县市区 block links the
    乌兰察布 旗县, among them 凉城县 (``www.liangcheng.gov.cn``), which no seed row names. Both are
    modelled as TRS (``createPageHTML``; assumed): 凉城县's 2024 report is in 法治政府建设 beside a
    工作要点, its 2022 report on 通知公告's ``index_1.html`` beside a 解读."""
    p = County("wlcb_portal", "乌兰察布市", NM, "", "150900", "www.wulanchabu.gov.cn", scheme="https")
    ps = _Trs(ctx, p, dt.date(2025, 6, 2))
    ps.col("tzgg", "通知公告", ctx.fillers(p, 20, "notice"))
    hosts = [
        ("集宁区", "http://www.jnq.gov.cn/"),
        ("卓资县", "https://www.zhuozi.gov.cn/"),
        ("化德县", "http://www.huade.gov.cn/"),
        ("商都县", "http://www.shangdu.gov.cn/"),
        ("兴和县", "https://www.xinghe.gov.cn/"),
        ("凉城县", "http://www.liangcheng.gov.cn/"),
        ("察哈尔右翼前旗", "http://www.chyyqq.gov.cn/"),
        ("察哈尔右翼中旗", "http://www.chayouzhongqi.gov.cn/"),
        ("察哈尔右翼后旗", "http://www.cyhq.gov.cn/"),
        ("四子王旗", "https://www.szwq.gov.cn/"),
        ("丰镇市", "https://www.fengzhen.gov.cn/"),
    ]
    block = "".join(f'<li><a href="{u}" target="_blank">{n}人民政府</a></li>' for n, u in hosts)
    ps.finish(extra=f'<div class="xsq"><h3>旗县市区政府网站</h3><ul>{block}</ul></div>')
    c = County("liangcheng", "凉城县", NM, "乌兰察布市", "150925", "www.liangcheng.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 5, 9), seeded=False)
    r24 = _rep(ctx, c, 2024, "凉城县2024年度法治政府建设工作报告", "2025-03-30 10:30", "凉城县人民政府")
    r22 = _rep(ctx, c, 2022, "凉城县2022年法治政府建设年度报告", "2023-03-31 15:10", "凉城县人民政府")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("interpretation", 2023)])
    s.col("fzzfjs", "法治政府建设", [r24, look[0], *ctx.fillers(c, 8, "disclosure")])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r22, 16, "notice", s.skin.clock), r22, look[1], *ctx.fillers(c, 10, "notice")],
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    kinds = (TRS, "unseeded_county_via_prefecture_list")
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=kinds)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(*kinds, "later_list_page"))
    s.finish()
