"""Blind37 sites: four 河北 邯郸 county sites and the 邯郸市 portal (with 鸡泽县, linked only by the
portal's 县区 page) on TRS WCM (``createPageHTML`` lists, WAS5 search), four 辽宁 铁岭 county sites
on EasySite (``index.html`` then ``c<hex>-<n>.html``, 19-digit stamp article folders) and three
辽宁 营口 sites on Epoint WebBuilder's static output (category-number folders, ``<uuid>.html``
articles). See ``platforms.py`` for the evidence of each shape; every list is server-rendered, as
the evidence shows for these platforms.
"""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home, index_page
from ..blind2.core import open_site
from ..blind3.pages import search_trap
from ..blind4.core import date_trap
from ..blind25.platforms import put_attachments
from .core import County, Ctx37, html_copy, newer
from .platforms import EpPlatform, EpSkin, EsPlatform, EsSkin, GbkSkin, TrsPlatform, TrsSkin

TRS = "trs_createpage"
ES = "easysite_static"
EP = "epoint_static"
HB, LN = "河北省", "辽宁省"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


def _pdf_only(ctx, c, plat, key, r) -> tuple[str, list[str]]:
    """Make ``r`` a short article whose text is a PDF attachment; return (path, body)."""
    body = list(r.paras)
    r.paras = [r.title.replace("|", "") + "全文见附件。"]
    r.uid = r.uid or ctx.uid()
    return ctx.attach(c, r, plat.attach_path(key, r), "pdf", body), body


class Site:
    """One site on a platform: its skin, news column, 政务公开 index and columns."""

    def __init__(self, ctx: Ctx37, c: County, kind: str, clock: dt.date, *, code="", skin=None, seeded=True):
        self.ctx, self.c, self.kind = ctx, c, kind
        skin_cls = skin or {"trs": TrsSkin, "es": EsSkin, "ep": EpSkin}[kind]
        self.skin = open_site(ctx, c, [], clock, seeded=seeded, skin=skin_cls)
        self.plat = {"trs": TrsPlatform, "es": EsPlatform, "ep": EpPlatform}[kind](
            ctx, self.skin, *([code] if kind != "trs" else [])
        )
        self.gk = {
            "trs": "/zwgk/index.html",
            "es": f"/{code}/zwgk/zfxxgk/index.html",
            "ep": "/003/secondpage.html",
        }[kind]
        self.boxes: list = []
        self.news: list = []

    def start(self, news_key: str, news_name: str, n: int):
        p = self.plat
        self.news_box = (p.first(news_key), news_name)
        self.skin.nav = [
            ("/", "首页"),
            (p.first(news_key), news_name),
            (self.gk, "政务公开"),
            ("/hdjl/", "互动交流"),
        ]
        self.news = p.publish(news_key, news_name, [(p.first(news_key), news_name)], self.ctx.news(self.c, n))

    def col(self, key: str, name: str, items: list) -> list:
        p = self.plat
        out = p.publish(key, name, [(self.gk, "政务公开"), (p.first(key), name)], items)
        self.boxes.append((p.first(key), name, out))
        return out

    def finish(self, extra: str = "") -> None:
        index_page(self.skin, self.gk, "政务公开", [(self.gk, "政务公开")], self.boxes)
        if self.kind == "trs":
            self.skin.put(
                "/zwgk/", self.ctx.web.resources[(self.c.host, self.gk, "")].body.decode(self.skin.encoding)
            )
        first = self.boxes[0] if self.boxes else None
        boxes = [(*self.news_box, self.news)] + ([first] if first else [])
        home(self.skin, boxes, extra=extra)


def _was5(ctx, s: Site) -> str:
    link = search_trap(ctx, s.skin, "/was5/web/search", "searchword")
    return f'<div class="ss"><a href="{link}">站内搜索</a></div>'


def _scan(ctx, s: Site, key: str, r):
    body = list(r.paras)
    r.paras = ["(扫描件)"]
    r.uid = ctx.uid()
    path = s.plat.attach_path(key, r)
    r.attachments.append((r.title + ".pdf", path, files.make_scan_pdf(r.uid)))
    return path, body


# ====================================================================== 邯郸 (河北), TRS WCM
def fuxing(ctx: Ctx37) -> None:
    """复兴区 (河北 邯郸), ``www.hdfx.gov.cn``: TRS (``/fxqxxgk/zfwj/`` in a public list). The 2024
    report is in 法治政府建设 beside 河北省's reposted 2024 report, a 实施方案 and a 述法报告; the
    2022 report is on ``index_1.html`` of 通知公告 (``createPageHTML``). WAS5's search echoes its
    query and pages for ever (trap)."""
    c = County("fuxing", "复兴区", HB, "邯郸市", "130404", "www.hdfx.gov.cn")
    s = Site(ctx, c, "trs", dt.date(2025, 5, 22))
    s.start("fxqxxgk/gzdt", "工作动态", 186)
    r24 = _rep(
        ctx, c, 2024, "邯郸市复兴区2024年度法治政府建设情况报告", "2025-03-28 10:20", "邯郸市复兴区人民政府"
    )
    hb = ctx.higher(HB, 2024, "党中央、国务院", "2025-04-02 09:00")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("shufa", 2024), ("interpretation", 2025)])
    r22 = _rep(
        ctx,
        c,
        2022,
        "复兴区人民政府关于2022年度法治政府建设工作情况的报告",
        "2023-03-30 15:00",
        "邯郸市复兴区人民政府",
    )
    s.col("fxqxxgk/fzzfjs", "法治政府建设", [r24, hb, *look, *ctx.fillers(c, 10, "disclosure")])
    s.col("fxqxxgk/zfwj", "政府文件", ctx.fillers(c, 26, "disclosure", (2019, 2025)))
    tz = s.col(
        "fxqxxgk/tzgg",
        "通知公告",
        [*newer(ctx, c, r22, 23, "notice", s.skin.clock), r22, *ctx.fillers(c, 16, "notice")],
    )
    assert tz.index(r22) >= 20
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, "higher_repost"))
    ctx.record_higher(c, hb, 2024, c.base + hb.path)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS, "later_list_page"))
    s.finish(_was5(ctx, s))


def guantao(ctx: Ctx37) -> None:
    """馆陶县 (河北 邯郸), ``www.guantao.gov.cn``: TRS (``/zwgk/zfxxgk/zc/zfwj/`` in a public list),
    served as GBK (assumed). The 2023 report is in 政府文件 beside a 政府工作报告 and the 信息公开
    annual report; the 2021 report is a PDF attached to a short notice in 法治政府建设 beside the
    县司法局's own report."""
    c = County("guantao", "馆陶县", HB, "邯郸市", "130433", "www.guantao.gov.cn")
    s = Site(ctx, c, "trs", dt.date(2024, 12, 4), skin=GbkSkin)
    s.start("xwzx/gtyw", "馆陶要闻", 174)
    r23 = _rep(ctx, c, 2023, "馆陶县2023年法治政府建设年度报告", "2024-03-27 16:10", "馆陶县人民政府")
    look = ctx.lookalikes_of(c, [("gov_work_report", 2024), ("xxgk_annual", 2023)])
    r21 = _rep(ctx, c, 2021, "馆陶县2021年度法治政府建设工作报告", "2022-03-30 09:10", "馆陶县人民政府")
    pdf, body = _pdf_only(ctx, c, s.plat, "zwgk/zfxxgk/fdzdgknr/fzzfjs", r21)
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-26 10:30")
    s.col("zwgk/zfxxgk/zc/zfwj", "政府文件", [r23, *look, *ctx.fillers(c, 12, "disclosure", (2019, 2024))])
    s.col(
        "zwgk/zfxxgk/fdzdgknr/fzzfjs",
        "法治政府建设",
        [dep, r21, *ctx.fillers(c, 9, "disclosure", (2020, 2024))],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS,))
    ctx.record_file(c, r21, 2021, pdf, body, (TRS, "pdf_attachment"))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    s.finish()


def cixian(ctx: Ctx37) -> None:
    """磁县 (河北 邯郸), ``www.cixian.gov.cn``: TRS. The 2024 report is in 法治政府建设 beside a
    notice about the report and a 解读; the 2022 report is on page 3 of 工作动态 among news; the
    2020 report exists only as a scanned PDF."""
    c = County("cixian", "磁县", HB, "邯郸市", "130427", "www.cixian.gov.cn")
    s = Site(ctx, c, "trs", dt.date(2025, 4, 18))
    s.start("xwzx/cxyw", "磁县要闻", 168)
    r24 = _rep(ctx, c, 2024, "磁县2024年法治政府建设工作报告", "2025-03-26 15:40", "磁县人民政府")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("interpretation", 2025), ("plan", 2025)])
    r22 = _rep(
        ctx, c, 2022, "磁县人民政府关于2022年法治政府建设情况的报告", "2023-03-29 10:00", "磁县人民政府"
    )
    r20 = _rep(ctx, c, 2020, "磁县2020年度法治政府建设情况报告", "2021-03-30 11:00", "磁县司法局")
    scan, body20 = _scan(ctx, s, "zwgk/fzzfjs", r20)
    s.col("zwgk/fzzfjs", "法治政府建设", [r24, r20, *look, *ctx.fillers(c, 10, "disclosure")])
    gz = s.col(
        "xwzx/gzdt",
        "工作动态",
        [*newer(ctx, c, r22, 44, "notice", s.skin.clock), r22, *ctx.news(c, 20, (2021, 2023))],
    )
    assert gz.index(r22) >= 40
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS, "later_list_page"))
    ctx.record_scan(c, r20, 2020, scan, body20, kinds=(TRS, "scan_needs_ocr"))
    s.finish()


def wuan(ctx: Ctx37) -> None:
    """武安市 (河北 邯郸, 县级市), ``www.wuan.gov.cn``: TRS. The 2023 report is in 通知公告 beside a
    考核 通报 and a meeting; the 2019 report is in 其他法定公开内容 beside 邯郸市's reposted 2019
    report."""
    c = County("wuan", "武安市", HB, "邯郸市", "130481", "www.wuan.gov.cn")
    s = Site(ctx, c, "trs", dt.date(2024, 10, 30))
    s.start("xwzx/wayw", "武安要闻", 180)
    r23 = _rep(ctx, c, 2023, "武安市2023年度法治政府建设情况报告", "2024-03-29 14:00", "武安市人民政府")
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("meeting", 2023), ("xxgk_annual", 2024)])
    r19 = _rep(ctx, c, 2019, "武安市2019年法治政府建设工作情况报告", "2020-04-08 09:30", "武安市人民政府")
    hd = ctx.higher("邯郸市", 2019, "省委、省政府", "2020-04-15 10:00")
    s.col(
        "zwgk/tzgg",
        "通知公告",
        [*newer(ctx, c, r23, 5, "notice", s.skin.clock), r23, *look, *ctx.fillers(c, 18, "notice")],
    )
    s.col("zwgk/qtfdgknr", "其他法定公开内容", [*ctx.fillers(c, 8, "disclosure", (2020, 2024)), r19, hd])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS,))
    ctx.truth_report(c, r19, 2019, html_copy(c, r19), kinds=(TRS, "higher_repost"))
    ctx.record_higher(c, hd, 2019, c.base + hd.path)
    s.finish()


HANDAN_COUNTIES = (
    ("邯山区", "http://www.hdhs.gov.cn/"),
    ("丛台区", "http://www.hdct.gov.cn/"),
    ("复兴区", "http://www.hdfx.gov.cn/"),
    ("峰峰矿区", "http://www.ff.gov.cn/"),
    ("肥乡区", "https://www.fxq.gov.cn/"),
    ("永年区", "https://www.hdyn.gov.cn/"),
    ("临漳县", "http://www.linzhang.gov.cn/"),
    ("成安县", "https://www.chengan.gov.cn/"),
    ("大名县", "http://www.daming.gov.cn/"),
    ("涉县", "http://www.shexian.gov.cn/"),
    ("磁县", "http://www.cixian.gov.cn/"),
    ("邱县", "http://www.qiuxian.gov.cn/"),
    ("鸡泽县", "http://www.jize.gov.cn/"),
    ("广平县", "http://www.gpx.gov.cn/"),
    ("馆陶县", "http://www.guantao.gov.cn/"),
    ("魏县", "https://wei.gov.cn/"),
    ("曲周县", "http://www.qzx.gov.cn/"),
    ("武安市", "http://www.wuan.gov.cn/"),
)


def handan_city(ctx: Ctx37) -> None:
    """邯郸市 portal ``www.hd.gov.cn`` (TRS: ``/qt/hdxw/`` news, WAS5 search), seeded: its 县区 page
    links the eighteen county sites (hosts from ``gov_sites.csv``). 鸡泽县 (``www.jize.gov.cn``) is
    in no seed row and linked only there: its 2024 report is in 法治政府建设 beside a 述职 and a
    meeting; its 2022 report is on ``index_1.html`` of 通知公告."""
    city = County("handan_city", "邯郸市", HB, "", "130400", "www.hd.gov.cn", scheme="https")
    cs = Site(ctx, city, "trs", dt.date(2025, 5, 9))
    cs.start("qt/hdxw", "邯郸新闻", 150)
    cs.col("zwgk/tzgg", "通知公告", ctx.fillers(city, 30, "notice"))
    rows = "".join(f'<li><a href="{u}" target="_blank">{n}</a></li>' for n, u in HANDAN_COUNTIES)
    cs.skin.put(
        "/zjhd/xqgk/index.html",
        cs.skin.page(
            "县区概况_邯郸市人民政府",
            cs.skin.crumbs([("/zjhd/xqgk/index.html", "县区概况")])
            + f'<div class="xsq"><ul>{rows}</ul></div>',
        ),
    )
    cs.finish('<div class="xq"><a href="/zjhd/xqgk/index.html">县区</a></div>' + _was5(ctx, cs))

    c = County("jize", "鸡泽县", HB, "邯郸市", "130431", "www.jize.gov.cn", seeded=False)
    s = Site(ctx, c, "trs", dt.date(2025, 1, 14), seeded=False)
    s.start("xwzx/jzyw", "鸡泽要闻", 160)
    kinds = ("unseeded_county_via_prefecture_list",)
    r24 = _rep(ctx, c, 2024, "鸡泽县2024年法治政府建设年度报告", "2025-03-27 11:00", "鸡泽县人民政府")
    look = ctx.lookalikes_of(c, [("duty_report", 2024), ("meeting_topic", 2024), ("shufa", 2025)])
    r22 = _rep(
        ctx, c, 2022, "鸡泽县人民政府关于2022年度法治政府建设情况的报告", "2023-03-31 16:20", "鸡泽县人民政府"
    )
    s.col("zwgk/fzzfjs", "法治政府建设", [r24, *look, *ctx.fillers(c, 7, "disclosure")])
    tz = s.col(
        "zwgk/tzgg",
        "通知公告",
        [*newer(ctx, c, r22, 21, "notice", s.skin.clock), r22, *ctx.fillers(c, 12, "notice")],
    )
    assert tz.index(r22) >= 20
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, *kinds))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS, *kinds, "later_list_page"))
    s.finish()


# ====================================================================== 铁岭 (辽宁), EasySite
FD = "zwgk/zfxxgk/fdzdgknr"


def xifeng(ctx: Ctx37) -> None:
    """西丰县 (辽宁 铁岭), ``www.lntlxf.gov.cn``: EasySite (铁岭's ``/tieling/zwgk/zfxxgk/fdzdgknr/…``
    tree). The 2024 report is in 法治政府建设 beside 辽宁省's reposted 2024 report, a 述法报告 and a
    述职; the 2022 report is on page 2 (``c<hex>-2.html``) of 通知公告."""
    c = County("xifeng", "西丰县", LN, "铁岭市", "211223", "www.lntlxf.gov.cn")
    s = Site(ctx, c, "es", dt.date(2025, 5, 16), code="xifeng")
    s.start("xwzx/xfyw", "西丰要闻", 176)
    r24 = _rep(ctx, c, 2024, "西丰县2024年度法治政府建设工作报告", "2025-03-28 09:20", "西丰县人民政府")
    ln = ctx.higher(LN, 2024, "党中央、国务院", "2025-04-03 10:00")
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("duty_report", 2024)])
    r22 = _rep(ctx, c, 2022, "西丰县2022年法治政府建设情况报告", "2023-03-30 14:30", "西丰县人民政府")
    s.col(f"{FD}/fzzfjs", "法治政府建设", [r24, ln, *look, *ctx.fillers(c, 9, "disclosure")])
    tz = s.col(
        f"{FD}/tzgg",
        "通知公告",
        [*newer(ctx, c, r22, 17, "notice", s.skin.clock), r22, *ctx.fillers(c, 14, "notice")],
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(ES, "higher_repost"))
    ctx.record_higher(c, ln, 2024, c.base + ln.path)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(ES, "later_list_page"))
    s.finish()


def changtu(ctx: Ctx37) -> None:
    """昌图县 (辽宁 铁岭), ``www.changtu.gov.cn``: EasySite. The 2023 report is in 其他法定公开内容
    beside a 政府工作报告, the 信息公开 annual report and a notice; the 2021 report exists only as a Word 97
    ``.doc`` (``attachDir``) attached in 通知公告."""
    c = County("changtu", "昌图县", LN, "铁岭市", "211224", "www.changtu.gov.cn")
    s = Site(ctx, c, "es", dt.date(2024, 11, 6), code="changtu")
    s.start("xwzx/ctyw", "昌图要闻", 170)
    r23 = _rep(ctx, c, 2023, "昌图县2023年法治政府建设年度报告", "2024-03-28 15:00", "昌图县人民政府")
    look = ctx.lookalikes_of(c, [("gov_work_report", 2024), ("xxgk_annual", 2023), ("notice", 2024)])
    r21 = _rep(ctx, c, 2021, "昌图县2021年度法治政府建设情况报告", "2022-03-31 10:40", "昌图县司法局")
    body21 = list(r21.paras)
    r21.paras = [r21.title.replace("|", "") + "全文见附件。"]
    r21.uid = ctx.uid()
    doc = ctx.attach(c, r21, s.plat.attach_path("", r21).replace(".pdf", ".doc"), "doc", body21)
    s.col(f"{FD}/qtfdgknr", "其他法定公开内容", [r23, *look, *ctx.fillers(c, 12, "disclosure", (2019, 2024))])
    s.col(f"{FD}/tzgg", "通知公告", [r21, *ctx.fillers(c, 22, "notice", (2020, 2024))])
    put_attachments(ctx, c, r21)
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(ES,))
    ctx.record_file(c, r21, 2021, doc, body21, (ES, "doc_needs_reader"))
    s.finish()


def kaiyuan(ctx: Ctx37) -> None:
    """开原市 (辽宁 铁岭, 县级市), ``www.lnky.gov.cn``: EasySite. The 2024 report is a PDF
    (``/<code>/attachDir/YYYY/MM/<stamp>.pdf``) attached to a short article in 通知公告; the 2020
    report is in 法治政府建设 beside a 考核 通报 and 示范创建 news. Its 信息公开 calendar
    (``index.jsp?date=``) links the day before and after for ever (trap; assumed shape)."""
    c = County("kaiyuan", "开原市", LN, "铁岭市", "211282", "www.lnky.gov.cn")
    s = Site(ctx, c, "es", dt.date(2025, 6, 2), code="kaiyuan")
    s.start("xwzx/kyyw", "开原要闻", 182)
    r24 = _rep(ctx, c, 2024, "开原市2024年法治政府建设情况报告", "2025-03-27 16:40", "开原市人民政府")
    pdf, body = _pdf_only(ctx, c, s.plat, f"{FD}/tzgg", r24)
    r20 = _rep(
        ctx, c, 2020, "开原市人民政府关于2020年度法治政府建设工作的报告", "2021-04-06 09:00", "开原市人民政府"
    )
    look = ctx.lookalikes_of(c, [("assessment", 2023), ("demo_news", 2022), ("gov_work_report", 2025)])
    s.col(
        f"{FD}/tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 8, "notice", s.skin.clock), r24, *ctx.fillers(c, 20, "notice")],
    )
    s.col(f"{FD}/fzzfjs", "法治政府建设", [*look, *ctx.fillers(c, 9, "disclosure", (2021, 2025)), r20])
    ctx.record(c, look)
    ctx.record_file(c, r24, 2024, pdf, body, (ES, "pdf_attachment"))
    ctx.truth_report(c, r20, 2020, html_copy(c, r20), kinds=(ES,))
    link = date_trap(ctx, s.skin, "/kaiyuan/zwgk/index.jsp")
    s.finish(f'<div class="rl"><a href="{link}">按日期浏览</a></div>')


def diaobingshan(ctx: Ctx37) -> None:
    """调兵山市 (辽宁 铁岭, 县级市), ``www.lndbss.gov.cn``: EasySite. The 2023 report is in 法治政府
    建设 beside a 实施方案, a notice about the report and the 市司法局's own report; the 2021 report
    is on page 3 of 政务动态 among news."""
    c = County("diaobingshan", "调兵山市", LN, "铁岭市", "211281", "www.lndbss.gov.cn")
    s = Site(ctx, c, "es", dt.date(2024, 9, 24), code="dbs")
    s.start("xwzx/dbsyw", "调兵山要闻", 164)
    r23 = _rep(ctx, c, 2023, "调兵山市2023年度法治政府建设工作报告", "2024-03-29 10:10", "调兵山市人民政府")
    look = ctx.lookalikes_of(c, [("plan", 2023), ("notice", 2024), ("meeting_topic", 2023)])
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-22 15:00")
    r21 = _rep(ctx, c, 2021, "调兵山市2021年法治政府建设年度报告", "2022-03-30 16:00", "调兵山市人民政府")
    s.col(f"{FD}/fzzfjs", "法治政府建设", [r23, dep, *look, *ctx.fillers(c, 8, "disclosure")])
    dt_items = s.col(
        "zwgk/zwdt",
        "政务动态",
        [*newer(ctx, c, r21, 31, "notice", s.skin.clock), r21, *ctx.news(c, 18, (2020, 2022))],
    )
    assert dt_items.index(r21) >= 30
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(ES,))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(ES, "later_list_page"))
    s.finish()


# ====================================================================== 营口 (辽宁), Epoint static
def gaizhou(ctx: Ctx37) -> None:
    """盖州市 (辽宁 营口, 县级市), ``www.gaizhou.gov.cn``: Epoint WebBuilder (``/003/003003/
    20260302/<uuid>.html`` in public code). The 2024 report is in 法治政府建设 (``/003/003007/``)
    beside a 解读 and a 图解; the 2022 report is on ``2.html`` of 通知公告 (``/003/003003/``)."""
    c = County("gaizhou", "盖州市", LN, "营口市", "210881", "www.gaizhou.gov.cn")
    s = Site(ctx, c, "ep", dt.date(2025, 5, 28), code="gaizhou")
    s.start("002/002001", "盖州要闻", 178)
    r24 = _rep(ctx, c, 2024, "盖州市2024年度法治政府建设情况报告", "2025-03-28 14:50", "盖州市人民政府")
    look = ctx.lookalikes_of(c, [("interpretation", 2025), ("text_interp", 2025), ("assessment", 2024)])
    r22 = _rep(
        ctx,
        c,
        2022,
        "盖州市人民政府关于2022年法治政府建设工作情况的报告",
        "2023-03-30 10:30",
        "盖州市人民政府",
    )
    s.col("003/003007", "法治政府建设", [r24, *look, *ctx.fillers(c, 9, "disclosure")])
    tz = s.col(
        "003/003003",
        "通知公告",
        [*newer(ctx, c, r22, 18, "notice", s.skin.clock), r22, *ctx.fillers(c, 15, "notice")],
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(EP,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(EP, "later_list_page"))
    s.finish()


def laobian(ctx: Ctx37) -> None:
    """老边区 (辽宁 营口), ``www.laobian.gov.cn``: Epoint WebBuilder (as 盖州市; assumed for this
    district). The 2023 report is in 法治政府建设 beside 营口市's reposted 2023 report and the 信息
    公开 annual report; the 2021 report is a PDF attached to a short notice in 通知公告."""
    c = County("laobian", "老边区", LN, "营口市", "210811", "www.laobian.gov.cn")
    s = Site(ctx, c, "ep", dt.date(2024, 12, 12), code="laobian")
    s.start("002/002001", "老边要闻", 166)
    r23 = _rep(
        ctx, c, 2023, "营口市老边区2023年法治政府建设年度报告", "2024-03-27 09:40", "营口市老边区人民政府"
    )
    yk = ctx.higher("营口市", 2023, "省委、省政府", "2024-04-08 10:00")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("plan", 2024), ("meeting", 2024)])
    r21 = _rep(ctx, c, 2021, "老边区2021年度法治政府建设工作报告", "2022-03-29 15:30", "营口市老边区人民政府")
    pdf, body = _pdf_only(ctx, c, s.plat, "003/003003", r21)
    s.col("003/003007", "法治政府建设", [r23, yk, *look, *ctx.fillers(c, 10, "disclosure")])
    s.col(
        "003/003003",
        "通知公告",
        [*ctx.fillers(c, 4, "notice", (2022, 2024)), r21, *ctx.fillers(c, 16, "notice", (2019, 2022))],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(EP, "higher_repost"))
    ctx.record_higher(c, yk, 2023, c.base + yk.path)
    ctx.record_file(c, r21, 2021, pdf, body, (EP, "pdf_attachment"))
    s.finish()


def bayuquan(ctx: Ctx37) -> None:
    """鲅鱼圈区 (辽宁 营口; 营口经济技术开发区), ``www.ykdz.gov.cn``: Epoint WebBuilder (assumed from
    营口's sites). The 2024 report is in 通知公告 beside 示范创建 news and a meeting; the 2022 report
    is in 法治政府建设 beside a 工作要点."""
    c = County("bayuquan", "鲅鱼圈区", LN, "营口市", "210804", "www.ykdz.gov.cn")
    s = Site(ctx, c, "ep", dt.date(2025, 4, 24), code="bayuquan")
    s.start("002/002001", "开发区要闻", 172)
    r24 = _rep(
        ctx, c, 2024, "鲅鱼圈区2024年法治政府建设工作情况报告", "2025-03-31 11:20", "营口市鲅鱼圈区人民政府"
    )
    look = ctx.lookalikes_of(c, [("demo_news", 2024), ("meeting_topic", 2025)])
    r22 = _rep(
        ctx, c, 2022, "鲅鱼圈区2022年度法治政府建设情况报告", "2023-03-28 16:00", "营口市鲅鱼圈区人民政府"
    )
    look2 = ctx.lookalikes_of(c, [("plan", 2022)])
    s.col(
        "003/003003",
        "通知公告",
        [*newer(ctx, c, r24, 3, "notice", s.skin.clock), r24, *look, *ctx.fillers(c, 14, "notice")],
    )
    s.col("003/003007", "法治政府建设", [r22, *look2, *ctx.fillers(c, 8, "disclosure", (2019, 2024))])
    ctx.record(c, [*look, *look2])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(EP,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(EP,))
    s.finish()
