"""Blind29 sites: five 河北 沧州 county sites on the 沧州 集约化 platform (``/<site>/c<id>/``
columns paged only by ``createPageHTML``; 孟村回族自治县 linked only by the 沧州市 portal's 县市区
page), four 山西 运城 counties on the ``/doc/YYYY/MM/DD/<id>.shtml`` CMS with ``index_N.shtml``
lists, and four 内蒙古 包头 旗县区, three on VSB (``<col>.htm``, ``<col>/N.htm`` numbered downwards)
and one on TRS. See ``platforms.py`` for the evidence of each shape.
"""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home, index_page, publish
from ..blind2.core import open_site
from .core import County, Ctx29, date_trap, html_copy, newer, search_trap
from .platforms import (
    GbkSkin,
    VsbSkin,
    cz_column,
    doc_column,
    put_attachments,
    upload_attach,
    vsb_attach,
    vsb_column,
    xz_attach,
)

CZ = "cangzhou_jyh_createpage"
DOC = "doc_shtml_static"
VSB = "vsb_htm"
TRS = "trs_createpage"
HB, SX, NM = "河北省", "山西省", "内蒙古自治区"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


def _short(r) -> list[str]:
    """Turn ``r`` into a short article whose body says the report is attached; return the body."""
    body = list(r.paras)
    r.paras = [r.title.replace("|", "") + "全文见附件。"]
    return body


# ====================================================================== 沧州 (河北), 集约化
def _cz_site(ctx: Ctx29, c: County, site: str, clock: dt.date, cols: list, *, seeded: bool = True, extra=""):
    """``cols``: (colid, short name, items, is 信息公开) in menu order; returns {colid: items}."""
    gk = f"/{site}/zfxxgk/zfxxgk.shtml"

    def url(colid, gkcol):
        return f"/{site}/c{colid}/" + ("zfxxgk_gknrz.shtml" if gkcol else "common_list.shtml")

    nav = [("/", "首页"), *((url(k, g), n) for k, n, _i, g in cols if not g), (gk, "政府信息公开")]
    skin = open_site(ctx, c, nav, clock, seeded=seeded)
    out = {}
    for colid, name, items, gkcol in cols:
        trail = [(gk, "政府信息公开"), (url(colid, gkcol), name)] if gkcol else [(url(colid, gkcol), name)]
        stem = "zfxxgk_gknrz" if gkcol else "common_list"
        out[colid] = cz_column(skin, site, colid, stem, name, trail, items)
    index_page(
        skin,
        gk,
        "政府信息公开",
        [(gk, "政府信息公开")],
        [(url(k, g), n, out[k]) for k, n, _i, g in cols if g],
    )
    home(skin, [(url(k, g), n, out[k]) for k, n, _i, g in cols[:3]] + [(gk, "政府信息公开", [])], extra=extra)
    return skin, out


def cangxian(ctx: Ctx29) -> None:
    """沧县 (河北 沧州), ``www.cangxian.gov.cn``: 沧州 集约化 platform. The 2024 report is in
    法治政府建设 beside a 实施方案, a 述法报告, a meeting and the 县司法局's own report; the 2022
    report is on page 3 of 通知公告, reached only through the ``createPageHTML`` pager."""
    c = County("cangxian", "沧县", HB, "沧州市", "130921", "www.cangxian.gov.cn")
    r24 = _rep(
        ctx, c, 2024, "沧县人民政府关于2024年度法治政府建设工作情况的报告", "2025-03-27 15:10", "沧县人民政府"
    )
    r22 = _rep(ctx, c, 2022, "沧县2022年度法治政府建设工作报告", "2023-03-30 09:40", "沧县司法局")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("shufa", 2024), ("meeting", 2023)])
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-24 10:00")
    clock = dt.date(2025, 5, 20)
    tz = [*newer(ctx, c, r22, 31, "notice", clock), r22, *ctx.fillers(c, 14, "notice", (2019, 2022))]
    _skin, out = _cz_site(
        ctx,
        c,
        "cx",
        clock,
        [
            ("100211", "沧县要闻", ctx.news(c, 196), False),
            ("100215", "通知公告", tz, False),
            ("100342", "法治政府建设", [r24, dep, *look, *ctx.fillers(c, 12, "disclosure")], True),
            ("100338", "规划计划", ctx.fillers(c, 12, "disclosure"), True),
        ],
    )
    assert out["100215"].index(r22) >= 30
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(CZ,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(CZ, "later_list_page"))
    ctx.record_department(c, dep, 2024, c.base + dep.path)


def qingxian(ctx: Ctx29) -> None:
    """青县 (河北 沧州), ``www.qingxian.gov.cn`` (https): 沧州 集约化 platform. The 2023 report and
    河北省's reposted 2023 report are in 法治政府建设 beside the 信息公开 annual report; the 2021
    report is a PDF (``…/<YYYYMM>/<hex>/files/<hex>.pdf``) attached in 政府工作报告 beside a
    政府工作报告."""
    c = County("qingxian", "青县", HB, "沧州市", "130922", "www.qingxian.gov.cn", scheme="https")
    r23 = _rep(ctx, c, 2023, "青县2023年法治政府建设年度报告", "2024-03-28 16:30", "青县人民政府")
    hb = ctx.higher(HB, 2023, "党中央、国务院", "2024-04-01 10:00")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023)])
    r21 = _rep(
        ctx, c, 2021, "青县人民政府关于2021年度法治政府建设情况的报告", "2022-03-29 11:20", "青县人民政府"
    )
    body = _short(r21)
    pdf = xz_attach(ctx, c, r21, "/qx/c101560/", "pdf", body)
    look2 = ctx.lookalikes_of(c, [("gov_work_report", 2022)])
    _cz_site(
        ctx,
        c,
        "qx",
        dt.date(2024, 11, 12),
        [
            ("101501", "青县新闻", ctx.news(c, 188), False),
            ("101520", "通知公告", ctx.fillers(c, 40, "notice"), False),
            ("101545", "法治政府建设", [r23, hb, *look, *ctx.fillers(c, 14, "disclosure")], True),
            ("101560", "政府工作报告", [r21, *look2, *ctx.fillers(c, 9, "disclosure", (2019, 2024))], True),
        ],
    )
    ctx.record(c, [*look, *look2])
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(CZ, "higher_repost"))
    ctx.record_higher(c, hb, 2023, c.base + hb.path)
    ctx.record_file(c, r21, 2021, pdf, body, (CZ, "pdf_attachment"))


def xianxian(ctx: Ctx29) -> None:
    """献县 (河北 沧州), ``www.xianxian.gov.cn`` (https): 沧州 集约化 platform. The 2024 report is in
    通知公告 beside a notice about it; the 2022 report in 法治政府建设 beside a 解读 and a 考核 通报;
    the 2020 report exists only as a scanned PDF."""
    c = County("xianxian", "献县", HB, "沧州市", "130929", "www.xianxian.gov.cn", scheme="https")
    clock = dt.date(2025, 4, 28)
    r24 = _rep(ctx, c, 2024, "献县2024年度法治政府建设情况报告", "2025-03-26 10:20", "献县人民政府")
    notes = ctx.lookalikes_of(c, [("notice", 2025)])
    r22 = _rep(
        ctx, c, 2022, "献县人民政府关于2022年法治政府建设工作的报告", "2023-03-29 15:00", "献县人民政府"
    )
    look = ctx.lookalikes_of(c, [("interpretation", 2023), ("assessment", 2023)])
    r20 = _rep(ctx, c, 2020, "献县2020年法治政府建设年度报告", "2021-03-30 16:00", "献县司法局")
    body20 = list(r20.paras)
    r20.paras = ["(扫描件)"]
    r20.uid = ctx.uid()
    scan = f"/xx/c102040/{r20.pub:%Y%m}/files/s{r20.uid % 900000 + 100000}.pdf"
    r20.attachments.append((r20.title + ".pdf", scan, files.make_scan_pdf(r20.uid)))
    _cz_site(
        ctx,
        c,
        "xx",
        clock,
        [
            ("102001", "献县要闻", ctx.news(c, 184), False),
            (
                "102010",
                "通知公告",
                [*newer(ctx, c, r24, 9, "notice", clock), r24, *notes, *ctx.fillers(c, 20, "notice")],
                False,
            ),
            ("102040", "法治政府建设", [r22, r20, *look, *ctx.fillers(c, 12, "disclosure")], True),
        ],
    )
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(CZ,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(CZ,))
    ctx.record_scan(c, r20, 2020, scan, body20, kinds=(CZ, "scan_needs_ocr"))


def huanghua(ctx: Ctx29) -> None:
    """黄骅市 (河北 沧州), ``www.huanghua.gov.cn``: 沧州 集约化 platform. The 2023 report is on page 2
    of 法治政府建设 under 2024–25 items (``createPageHTML`` only); the 2021 report in 规划计划 beside
    a 工作要点 and a 述职."""
    c = County("huanghua", "黄骅市", HB, "沧州市", "130983", "www.huanghua.gov.cn")
    clock = dt.date(2025, 3, 5)
    r23 = _rep(ctx, c, 2023, "黄骅市2023年度法治政府建设工作报告", "2024-03-29 15:20", "黄骅市人民政府")
    r21 = _rep(
        ctx, c, 2021, "黄骅市人民政府关于2021年法治政府建设情况的报告", "2022-03-30 09:20", "黄骅市人民政府"
    )
    look = ctx.lookalikes_of(c, [("plan", 2022), ("duty_report", 2022)])
    _skin, out = _cz_site(
        ctx,
        c,
        "hhs",
        clock,
        [
            ("103101", "黄骅要闻", ctx.news(c, 176), False),
            ("103110", "通知公告", ctx.fillers(c, 36, "notice"), False),
            (
                "103131",
                "法治政府建设",
                [*newer(ctx, c, r23, 16, "disclosure", clock), r23, *ctx.fillers(c, 6, "disclosure")],
                True,
            ),
            ("103140", "规划计划", [r21, *look, *ctx.fillers(c, 14, "disclosure", (2019, 2024))], True),
        ],
    )
    assert out["103131"].index(r23) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(CZ, "later_list_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(CZ,))


CANGZHOU_COUNTIES = (
    ("新华区", "www.czxh.gov.cn"),
    ("运河区", "www.czyh.gov.cn"),
    ("沧县", "www.cangxian.gov.cn"),
    ("青县", "www.qingxian.gov.cn"),
    ("东光县", "www.dongguang.gov.cn"),
    ("海兴县", "www.haixing.gov.cn"),
    ("盐山县", "www.chinayanshan.gov.cn"),
    ("肃宁县", "www.suning.gov.cn"),
    ("南皮县", "www.nanpi.gov.cn"),
    ("吴桥县", "www.wuqiao.gov.cn"),
    ("献县", "www.xianxian.gov.cn"),
    ("孟村回族自治县", "www.mengcun.gov.cn"),
    ("泊头市", "www.botou.gov.cn"),
    ("任丘市", "www.renqiu.gov.cn"),
    ("黄骅市", "www.huanghua.gov.cn"),
    ("河间市", "www.hejian.gov.cn"),
)
SCHEMES = {
    "www.qingxian.gov.cn",
    "www.xianxian.gov.cn",
    "www.mengcun.gov.cn",
    "www.haixing.gov.cn",
    "www.chinayanshan.gov.cn",
    "www.suning.gov.cn",
    "www.renqiu.gov.cn",
    "www.hejian.gov.cn",
}


def cangzhou_city(ctx: Ctx29) -> None:
    """沧州市 portal ``www.cangzhou.gov.cn`` (the 集约化 platform, ``/cangzhou/c<id>/``), seeded: its
    县市区 page links the sixteen county sites (hosts from ``gov_sites.csv``). 孟村回族自治县
    (``www.mengcun.gov.cn``) is in no seed row and linked only there: its 2024 report is in
    法治政府建设 beside a 考核 通报 and a meeting; its 2022 report is on page 3 of 通知公告."""
    city = County("cangzhou_city", "沧州市", HB, "", "130900", "www.cangzhou.gov.cn")
    rows = "".join(
        f'<li><a href="{"https" if h in SCHEMES else "http"}://{h}/" target="_blank">{n}</a></li>'
        for n, h in CANGZHOU_COUNTIES
    )
    cskin, _ = _cz_site(
        ctx,
        city,
        "cangzhou",
        dt.date(2025, 5, 8),
        [
            ("100056", "沧州要闻", ctx.news(city, 160), False),
            ("100061", "通知公告", ctx.fillers(city, 40, "notice"), False),
        ],
        extra='<div class="xq"><a href="/cangzhou/c100190/xsq.shtml">县市区</a></div>',
    )
    cskin.put(
        "/cangzhou/c100190/xsq.shtml",
        cskin.page(
            "县市区_沧州市人民政府",
            cskin.crumbs([("/cangzhou/c100190/xsq.shtml", "县市区")])
            + f'<div class="xsq"><ul>{rows}</ul></div>',
        ),
    )

    c = County(
        "mengcun",
        "孟村回族自治县",
        HB,
        "沧州市",
        "130930",
        "www.mengcun.gov.cn",
        seeded=False,
        scheme="https",
    )
    clock = dt.date(2024, 12, 10)
    kinds = ("unseeded_county_via_prefecture_list",)
    r24 = _rep(
        ctx,
        c,
        2024,
        "孟村回族自治县2024年度法治政府建设工作报告",
        "2025-03-28 15:00",
        "孟村回族自治县人民政府",
    )
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("meeting_topic", 2024)])
    r22 = _rep(
        ctx,
        c,
        2022,
        "孟村回族自治县人民政府关于2022年法治政府建设情况的报告",
        "2023-03-30 10:10",
        "孟村回族自治县人民政府",
    )
    tz = [*newer(ctx, c, r22, 30, "notice", clock), r22, *ctx.fillers(c, 10, "notice", (2019, 2022))]
    _skin, out = _cz_site(
        ctx,
        c,
        "mc",
        clock,
        [
            ("104101", "孟村要闻", ctx.news(c, 160), False),
            ("104130", "通知公告", tz, False),
            ("104150", "法治政府建设", [r24, *look, *ctx.fillers(c, 8, "disclosure")], True),
        ],
        seeded=False,
    )
    assert out["104130"].index(r22) >= 30
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(CZ, *kinds))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(CZ, *kinds, "later_list_page"))


# ====================================================================== 运城 (山西), /doc/ CMS
def _doc_site(ctx: Ctx29, c: County, clock: dt.date, cols: list, *, skin_cls=None, extra=""):
    """``cols``: (dir, name, items, is 信息公开); columns ``/xwzx/<dir>/`` or ``/xxgk/<dir>/``."""
    gk = "/xxgk/index.shtml"

    def col(d, g):
        return f"/{'xxgk' if g else 'xwzx'}/{d}/"

    nav = [
        ("/", "首页"),
        *((col(d, g) + "index.shtml", n) for d, n, _i, g in cols if not g),
        (gk, "信息公开"),
    ]
    kw = {"skin": skin_cls} if skin_cls else {}
    skin = open_site(ctx, c, nav, clock, **kw)
    out = {}
    for d, name, items, g in cols:
        here = col(d, g) + "index.shtml"
        trail = [(gk, "信息公开"), (here, name)] if g else [(here, name)]
        out[d] = doc_column(skin, col(d, g), name, trail, items)
    index_page(
        skin,
        gk,
        "信息公开",
        [(gk, "信息公开")],
        [(col(d, g) + "index.shtml", n, out[d]) for d, n, _i, g in cols if g],
    )
    home(
        skin,
        [(col(d, g) + "index.shtml", n, out[d]) for d, n, _i, g in cols[:3]] + [(gk, "信息公开", [])],
        extra=extra,
    )
    return skin, out


def linyi(ctx: Ctx29) -> None:
    """临猗县 (山西 运城), ``www.sxly.gov.cn``: 运城's ``/doc/`` CMS. The 2024 report and 山西省's
    reposted 2024 report are in 法治政府建设 beside a 工作要点 and a 述职; the 2022 report is on page
    3 of 通知公告 (plain ``index_3.shtml`` link)."""
    c = County("linyi", "临猗县", SX, "运城市", "140821", "www.sxly.gov.cn")
    clock = dt.date(2025, 6, 5)
    r24 = _rep(ctx, c, 2024, "临猗县2024年度法治政府建设工作报告", "2025-03-28 11:00", "临猗县人民政府")
    sx = ctx.higher(SX, 2024, "党中央、国务院", "2025-04-07 09:20")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("duty_report", 2024)])
    r22 = _rep(
        ctx, c, 2022, "临猗县人民政府关于2022年度法治政府建设情况的报告", "2023-03-30 16:10", "临猗县人民政府"
    )
    _skin, out = _doc_site(
        ctx,
        c,
        clock,
        [
            ("lyyw", "临猗要闻", ctx.news(c, 200), False),
            (
                "tzgg",
                "通知公告",
                [*newer(ctx, c, r22, 33, "notice", clock), r22, *ctx.fillers(c, 12, "notice", (2019, 2022))],
                False,
            ),
            ("fzzfjs", "法治政府建设", [r24, sx, *look, *ctx.fillers(c, 10, "disclosure")], True),
            ("ghjh", "规划计划", ctx.fillers(c, 11, "disclosure"), True),
        ],
    )
    assert out["tzgg"].index(r22) >= 30
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(DOC, "higher_repost"))
    ctx.record_higher(c, sx, 2024, c.base + sx.path)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(DOC, "later_list_page"))


def wanrong(ctx: Ctx29) -> None:
    """万荣县 (山西 运城), ``www.wanrong.gov.cn``: 运城's ``/doc/`` CMS. The 2023 report is in
    法治政府建设 beside a 述法报告 and the 信息公开 annual report; the 2022 report in 政府工作报告
    beside a 政府工作报告; the 2021 report exists only as a Word 97 ``.doc`` upload in 通知公告."""
    c = County("wanrong", "万荣县", SX, "运城市", "140822", "www.wanrong.gov.cn")
    r23 = _rep(ctx, c, 2023, "万荣县2023年法治政府建设年度报告", "2024-03-27 10:00", "万荣县人民政府")
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("xxgk_annual", 2023)])
    r22 = _rep(
        ctx, c, 2022, "万荣县人民政府关于2022年法治政府建设工作的报告", "2023-03-28 15:30", "万荣县人民政府"
    )
    look2 = ctx.lookalikes_of(c, [("gov_work_report", 2023)])
    r21 = _rep(ctx, c, 2021, "万荣县2021年度法治政府建设情况报告", "2022-04-01 09:00", "万荣县司法局")
    body21 = _short(r21)
    doc = upload_attach(ctx, c, r21, "doc", body21)
    _doc_site(
        ctx,
        c,
        dt.date(2024, 12, 2),
        [
            ("wryw", "万荣要闻", ctx.news(c, 184), False),
            ("tzgg", "通知公告", [r21, *ctx.fillers(c, 30, "notice")], False),
            ("fzzfjs", "法治政府建设", [r23, *look, *ctx.fillers(c, 12, "disclosure")], True),
            ("zfgzbg", "政府工作报告", [r22, *look2, *ctx.fillers(c, 9, "disclosure", (2019, 2024))], True),
        ],
    )
    put_attachments(ctx, c, r21)
    ctx.record(c, [*look, *look2])
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(DOC,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(DOC,))
    ctx.record_file(c, r21, 2021, doc, body21, (DOC, "doc_needs_reader"))


def wenxi(ctx: Ctx29) -> None:
    """闻喜县 (山西 运城), ``www.wenxi.gov.cn``: 运城's ``/doc/`` CMS, its pages GBK (assumed). The
    2024 report is in 通知公告 beside a notice about it; the 2021 report in 法治政府建设 beside
    示范创建 news and a meeting on 法治政府建设."""
    c = County("wenxi", "闻喜县", SX, "运城市", "140823", "www.wenxi.gov.cn")
    clock = dt.date(2025, 4, 15)
    r24 = _rep(ctx, c, 2024, "闻喜县2024年法治政府建设工作报告", "2025-03-29 09:30", "闻喜县人民政府")
    notes = ctx.lookalikes_of(c, [("notice", 2025)])
    r21 = _rep(
        ctx,
        c,
        2021,
        "闻喜县人民政府关于2021年度法治政府建设工作情况的报告",
        "2022-03-31 14:40",
        "闻喜县人民政府",
    )
    look = ctx.lookalikes_of(c, [("demo_news", 2022), ("meeting_topic", 2022)])
    _doc_site(
        ctx,
        c,
        clock,
        [
            ("wxyw", "闻喜要闻", ctx.news(c, 176), False),
            (
                "tzgg",
                "通知公告",
                [*newer(ctx, c, r24, 6, "notice", clock), r24, *notes, *ctx.fillers(c, 24, "notice")],
                False,
            ),
            ("fzzfjs", "法治政府建设", [r21, *look, *ctx.fillers(c, 11, "disclosure")], True),
        ],
        skin_cls=GbkSkin,
    )
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(DOC,))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(DOC,))


def yongji(ctx: Ctx29) -> None:
    """永济市 (山西 运城), ``www.yongji.gov.cn``: 运城's ``/doc/`` CMS. The 2023 report is a PDF
    upload (``/uploadfiles/<YYYYMM>/<DD>/…pdf``) attached to a short article in 通知公告; the 2022
    report is in 法治政府建设 beside a notice about the report, a 文字解读 and a 实施方案. The site
    search (``/search/index.jsp?q=…&page=N``, as 运城's ``/search/?s=1&page=``) echoes its query
    and links more queries and pages for ever (trap)."""
    c = County("yongji", "永济市", SX, "运城市", "140881", "www.yongji.gov.cn")
    clock = dt.date(2025, 4, 16)
    r23 = _rep(ctx, c, 2023, "永济市2023年法治政府建设情况报告", "2024-03-25 14:20", "永济市人民政府")
    body = _short(r23)
    pdf = upload_attach(ctx, c, r23, "pdf", body)
    r22 = _rep(ctx, c, 2022, "永济市2022年度法治政府建设工作报告", "2023-03-31 10:30", "永济市司法局")
    look = ctx.lookalikes_of(c, [("notice", 2023), ("text_interp", 2023), ("plan", 2024)])
    _skin, _out = _doc_site(
        ctx,
        c,
        clock,
        [
            ("yjyw", "永济要闻", ctx.news(c, 192), False),
            (
                "tzgg",
                "通知公告",
                [*newer(ctx, c, r23, 12, "notice", clock), r23, *ctx.fillers(c, 30, "notice")],
                False,
            ),
            ("fzzfjs", "法治政府建设", [r22, *look, *ctx.fillers(c, 10, "disclosure")], True),
        ],
        extra="",
    )
    trap = search_trap(ctx, _skin, "/search/index.jsp", "q")
    res = ctx.web.resources[(c.host, "/", "")]
    text = res.body.decode().replace(
        '<div class="boxes">', f'<div class="ss"><a href="{trap}">站内搜索</a></div><div class="boxes">', 1
    )
    _skin.put("/", text)
    _skin.put("/index.html", text)
    ctx.record(c, look)
    ctx.record_file(c, r23, 2023, pdf, body, (DOC, "pdf_attachment"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(DOC,))


# ====================================================================== 包头 (内蒙古), VSB and TRS
def _vsb_site(ctx: Ctx29, c: County, clock: dt.date, cols: list, *, extra=""):
    """``cols``: (path stem, col id, name, items, is 信息公开); stems like ``/xwzx/tzgg``."""
    gk = "/zwgk/fdzdgknr.htm"
    nav = [("/", "首页"), *((s + ".htm", n) for s, _k, n, _i, g in cols if not g), (gk, "法定主动公开内容")]
    skin = open_site(ctx, c, nav, clock, skin=VsbSkin)
    out = {}
    for s, k, name, items, g in cols:
        trail = [(gk, "法定主动公开内容"), (s + ".htm", name)] if g else [(s + ".htm", name)]
        out[k] = vsb_column(skin, s + ".htm", k, name, trail, items)
    index_page(
        skin,
        gk,
        "法定主动公开内容",
        [(gk, "法定主动公开内容")],
        [(s + ".htm", n, out[k]) for s, k, n, _i, g in cols if g],
    )
    home(
        skin,
        [(s + ".htm", n, out[k]) for s, k, n, _i, g in cols[:3]] + [(gk, "法定主动公开内容", [])],
        extra=extra,
    )
    return skin, out


def tmtyq(ctx: Ctx29) -> None:
    """土默特右旗 (内蒙古 包头), ``www.tmtyq.gov.cn``: VSB as 包头's portal (assumed). The 2024 report
    and 内蒙古自治区's reposted 2024 report are in 法治政府建设 beside a 实施方案; the 2022 report is
    on the third page of 通知公告 (``tzgg/N.htm`` numbered downwards). A 按日期浏览 archive links
    the day before and after for ever (trap; sites.md "Traps")."""
    c = County("tmtyq", "土默特右旗", NM, "包头市", "150221", "www.tmtyq.gov.cn")
    clock = dt.date(2025, 5, 30)
    r24 = _rep(
        ctx, c, 2024, "土默特右旗2024年度法治政府建设情况报告", "2025-03-27 09:50", "土默特右旗人民政府"
    )
    nm = ctx.higher(NM, 2024, "党中央、国务院", "2025-04-03 10:00")
    look = ctx.lookalikes_of(c, [("plan", 2025)])
    r22 = _rep(
        ctx,
        c,
        2022,
        "土默特右旗人民政府关于2022年度法治政府建设情况的报告",
        "2023-03-30 11:30",
        "土默特右旗人民政府",
    )
    _skin, out = _vsb_site(
        ctx,
        c,
        clock,
        [
            ("/xwzx/tyyw", 1021, "土右要闻", ctx.news(c, 210), False),
            (
                "/xwzx/tzgg",
                1023,
                "通知公告",
                [*newer(ctx, c, r22, 31, "notice", clock), r22, *ctx.fillers(c, 14, "notice", (2019, 2022))],
                False,
            ),
            (
                "/zwgk/fdzdgknr/fzzfjs",
                1047,
                "法治政府建设",
                [r24, nm, *look, *ctx.fillers(c, 10, "disclosure")],
                True,
            ),
        ],
    )
    assert out[1023].index(r22) >= 30
    trap = date_trap(ctx, _skin, "/rqll/index.jsp")
    res = ctx.web.resources[(c.host, "/", "")]
    text = res.body.decode().replace(
        '<div class="boxes">', f'<div class="rq"><a href="{trap}">按日期浏览</a></div><div class="boxes">', 1
    )
    _skin.put("/", text)
    _skin.put("/index.html", text)
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(VSB, "higher_repost"))
    ctx.record_higher(c, nm, 2024, c.base + nm.path)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(VSB, "later_list_page"))


def guyang(ctx: Ctx29) -> None:
    """固阳县 (内蒙古 包头), ``www.guyang.gov.cn`` (https): VSB (assumed, as 包头's portal). The
    2023 report is in 法治政府建设 beside a meeting and the 县司法局's own report; the 2021 report in
    规划计划 beside a 工作要点 and a 述职."""
    c = County("guyang", "固阳县", NM, "包头市", "150222", "www.guyang.gov.cn", scheme="https")
    r23 = _rep(ctx, c, 2023, "固阳县2023年法治政府建设年度报告", "2024-03-28 16:40", "固阳县人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-26 09:00")
    look = ctx.lookalikes_of(c, [("meeting", 2024)])
    r21 = _rep(
        ctx, c, 2021, "固阳县人民政府关于2021年度法治政府建设工作的报告", "2022-03-29 10:00", "固阳县人民政府"
    )
    look2 = ctx.lookalikes_of(c, [("plan", 2022), ("duty_report", 2022)])
    _vsb_site(
        ctx,
        c,
        dt.date(2025, 4, 22),
        [
            ("/xwzx/gyyw", 1031, "固阳要闻", ctx.news(c, 190), False),
            ("/xwzx/tzgg", 1033, "通知公告", ctx.fillers(c, 36, "notice"), False),
            (
                "/zwgk/fdzdgknr/fzzfjs",
                1051,
                "法治政府建设",
                [r23, dep, *look, *ctx.fillers(c, 12, "disclosure")],
                True,
            ),
            (
                "/zwgk/fdzdgknr/ghjh",
                1053,
                "规划计划",
                [r21, *look2, *ctx.fillers(c, 14, "disclosure", (2019, 2024))],
                True,
            ),
        ],
    )
    ctx.record(c, [*look, *look2])
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(VSB,))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(VSB,))
    ctx.record_department(c, dep, 2023, c.base + dep.path)


def dmlhq(ctx: Ctx29) -> None:
    """达尔罕茂明安联合旗 (内蒙古 包头), ``www.dmlhq.gov.cn``: VSB (assumed). The 2024 report is in
    法治政府建设 beside a 考核 通报, a 解读 and the 信息公开 annual report; the 2020 report is a PDF
    (``/__local/…pdf``) attached to a short article in 通知公告."""
    c = County("dmlhq", "达尔罕茂明安联合旗", NM, "包头市", "150223", "www.dmlhq.gov.cn")
    r24 = _rep(
        ctx,
        c,
        2024,
        "达尔罕茂明安联合旗2024年度法治政府建设情况报告",
        "2025-03-26 11:10",
        "达尔罕茂明安联合旗人民政府",
    )
    look = ctx.lookalikes_of(c, [("assessment", 2025), ("interpretation", 2025), ("xxgk_annual", 2024)])
    r20 = _rep(
        ctx,
        c,
        2020,
        "达尔罕茂明安联合旗2020年法治政府建设工作报告",
        "2021-03-31 16:20",
        "达尔罕茂明安联合旗司法局",
    )
    body = _short(r20)
    pdf = vsb_attach(ctx, c, r20, body)
    _vsb_site(
        ctx,
        c,
        dt.date(2025, 6, 12),
        [
            ("/xwzx/dmyw", 1041, "达茂要闻", ctx.news(c, 200), False),
            ("/xwzx/tzgg", 1043, "通知公告", [r20, *ctx.fillers(c, 24, "notice", (2019, 2021))], False),
            (
                "/zwgk/fdzdgknr/fzzfjs",
                1061,
                "法治政府建设",
                [r24, *look, *ctx.fillers(c, 12, "disclosure")],
                True,
            ),
        ],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(VSB,))
    ctx.record_file(c, r20, 2020, pdf, body, (VSB, "pdf_attachment"))


def jiuyuan(ctx: Ctx29) -> None:
    """九原区 (内蒙古 包头), ``www.jiuyuanqu.gov.cn`` (https): TRS, as some 包头 sites
    (``rsj.baotou.gov.cn/ywdt/gzdt/202606/t20260622_928873.html``; assumed for this district):
    ``./<YYYYMM>/t<YYYYMMDD>_<id>.html`` articles, ``index_N.html`` pages from ``createPageHTML``.
    The 2023 report is on page 2 of 法治政府建设; the 2021 report in 政府工作报告 beside a
    政府工作报告 and the 信息公开 annual report."""
    c = County("jiuyuan", "九原区", NM, "包头市", "150207", "www.jiuyuanqu.gov.cn", scheme="https")
    clock = dt.date(2025, 3, 18)
    gk = "/zwgk/"
    nav = [("/", "首页"), ("/xwzx/jyyw/", "九原要闻"), ("/xwzx/tzgg/", "通知公告"), (gk, "政务公开")]
    skin = open_site(ctx, c, nav, clock)
    news = publish(skin, "/xwzx/jyyw/", "九原要闻", [("/xwzx/jyyw/", "九原要闻")], ctx.news(c, 200))
    tz = publish(skin, "/xwzx/tzgg/", "通知公告", [("/xwzx/tzgg/", "通知公告")], ctx.fillers(c, 40, "notice"))
    r23 = _rep(ctx, c, 2023, "九原区2023年度法治政府建设工作报告", "2024-03-29 15:20", "九原区人民政府")
    look = ctx.lookalikes_of(c, [("meeting_topic", 2024)])
    fz = publish(
        skin,
        "/zwgk/fzzfjs/",
        "法治政府建设",
        [(gk, "政务公开"), ("/zwgk/fzzfjs/", "法治政府建设")],
        [*newer(ctx, c, r23, 21, "disclosure", clock), r23, *look, *ctx.fillers(c, 6, "disclosure")],
    )
    assert fz.index(r23) >= 20
    r21 = _rep(
        ctx, c, 2021, "九原区人民政府关于2021年法治政府建设情况的报告", "2022-03-30 09:20", "九原区人民政府"
    )
    look2 = ctx.lookalikes_of(c, [("gov_work_report", 2022), ("xxgk_annual", 2021)])
    gz = publish(
        skin,
        "/zwgk/zfgzbg/",
        "政府工作报告",
        [(gk, "政务公开"), ("/zwgk/zfgzbg/", "政府工作报告")],
        [r21, *look2, *ctx.fillers(c, 8, "disclosure", (2019, 2024))],
    )
    index_page(
        skin,
        gk,
        "政务公开",
        [(gk, "政务公开")],
        [("/zwgk/fzzfjs/", "法治政府建设", fz), ("/zwgk/zfgzbg/", "政府工作报告", gz)],
    )
    ctx.record(c, [*look, *look2])
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS, "later_list_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(TRS,))
    home(skin, [("/xwzx/jyyw/", "九原要闻", news), ("/xwzx/tzgg/", "通知公告", tz), (gk, "政务公开", [])])
