"""Blind30 sites: five 辽宁 sites (丹东, 朝阳) and the 朝阳市 portal with 北票市 on 辽宁's 集约化
platform (``glist.html`` lists), three 黑龙江 大庆 sites on 黑龙江's 集约化 platform (``.shtml``
lists), and four 吉林 sites (延边, 白城) on TRS WCM. See ``platforms.py`` for the evidence of each
shape; every list is server-rendered, as the evidence shows for these platforms.
"""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home, index_page
from ..blind2.core import open_site
from ..blind3.pages import search_trap
from ..blind4.core import date_trap
from ..blind25.platforms import put_attachments
from .core import County, Ctx30, html_copy, newer
from .platforms import GbkSkin, HlPlatform, HlSkin, LnPlatform, LnSkin, TrsPlatform

LN = "ln_glist_static"
HL = "hl_shtml_static"
TRS = "trs_createpage"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


def _pdf_only(ctx, c, plat, key, r) -> tuple[str, list[str]]:
    """Make ``r`` a short article whose text is a PDF attachment; return (path, body)."""
    body = list(r.paras)
    r.paras = [r.title.replace("|", "") + "全文见附件。"]
    r.uid = r.uid or ctx.uid()
    return ctx.attach(c, r, plat.attach_path(key, r), "pdf", body), body


class Site:
    """One county site on a platform: its skin, news column, 政务公开 index and columns."""

    def __init__(
        self,
        ctx: Ctx30,
        c: County,
        kind: str,
        clock: dt.date,
        *,
        code: str = "",
        skin=None,
        seeded: bool = True,
        siteid: str = "",
    ):
        self.ctx, self.c, self.kind = ctx, c, kind
        skin_cls = skin or {"ln": LnSkin, "hl": HlSkin, "trs": None}[kind]
        kw = {"skin": skin_cls} if skin_cls else {}
        self.skin = open_site(ctx, c, [], clock, seeded=seeded, siteid=siteid, **kw)
        self.plat = {
            "ln": lambda: LnPlatform(ctx, self.skin, code),
            "hl": lambda: HlPlatform(ctx, self.skin, code),
            "trs": lambda: TrsPlatform(ctx, self.skin),
        }[kind]()
        self.code = code
        self.gk = {
            "ln": f"/{code}/zwgk/zfxxgkpt/fdzdgknr/index.html",
            "hl": f"/{code}/xxgk/xxgk_index.shtml",
            "trs": "/zwgk/index.html",
        }[kind]
        self.boxes: list = []
        self.news: list = []

    def start(self, news_key: str, news_name: str, n: int, nav_extra: list[tuple[str, str]] = ()):
        p = self.plat
        self.news_box = (p.first(news_key), news_name)
        self.skin.nav = [
            ("/", "首页"),
            (p.first(news_key), news_name),
            (self.gk, "政务公开"),
            *((p.first(k), v) for k, v in nav_extra),
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


def _ln_search(ctx, s: Site) -> str:
    link = search_trap(ctx, s.skin, "/search/search.ct", "searchKey")
    return f'<div class="ss"><a href="{link}">站内搜索</a></div>'


# ====================================================================== 丹东 (辽宁), 集约化 glist
def donggang(ctx: Ctx30) -> None:
    """东港市 (辽宁 丹东), ``www.donggang.gov.cn``: 辽宁's platform (丹东's ``/ddszf/…/glist.html``
    columns, ``/search/search.ct?siteCode=DDSZF``). The 2024 report is in 法治政府建设 beside a
    实施方案, a 述法报告 and the 市司法局's own report; the 2022 report is on page 2 of 通知公告.
    The site search echoes its query and pages for ever (trap)."""
    c = County("donggang", "东港市", "辽宁省", "丹东市", "210681", "www.donggang.gov.cn")
    s = Site(ctx, c, "ln", dt.date(2025, 5, 14), code="dgszf")
    s.start("xwzx/dgyw", "东港要闻", 186)
    r24 = _rep(ctx, c, 2024, "东港市2024年度法治政府建设情况报告", "2025-03-27 10:30", "东港市人民政府")
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-21 09:10")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("shufa", 2024), ("xxgk_annual", 2024)])
    r22 = _rep(
        ctx,
        c,
        2022,
        "东港市人民政府关于2022年度法治政府建设工作情况的报告",
        "2023-03-30 15:20",
        "东港市人民政府",
    )
    s.col(
        "zwgk/zfxxgkpt/fdzdgknr/fzzfjs", "法治政府建设", [r24, dep, *look, *ctx.fillers(c, 9, "disclosure")]
    )
    tz = s.col(
        "zwgk/zfxxgkpt/fdzdgknr/tzgg",
        "通知公告",
        [*newer(ctx, c, r22, 19, "notice", s.skin.clock), r22, *ctx.fillers(c, 22, "notice")],
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(LN,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(LN, "later_list_page"))
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    s.finish(_ln_search(ctx, s))


def fengcheng(ctx: Ctx30) -> None:
    """凤城市 (辽宁 丹东), ``www.fengcheng.gov.cn``: 辽宁's platform. The 2023 report is in 其他法定
    公开内容 beside a 政府工作报告 and the 信息公开 annual report; 辽宁省's reposted 2023 report is in
    法治政府建设; the 2021 report is a PDF (``/files/CMS/<date>/<n>.pdf``) attached to a short
    notice in 通知公告."""
    c = County("fengcheng", "凤城市", "辽宁省", "丹东市", "210682", "www.fengcheng.gov.cn")
    s = Site(ctx, c, "ln", dt.date(2024, 11, 20), code="fcszf")
    s.start("xwzx/fcyw", "凤城要闻", 172)
    r23 = _rep(ctx, c, 2023, "凤城市2023年法治政府建设年度报告", "2024-03-28 09:40", "凤城市人民政府")
    look = ctx.lookalikes_of(c, [("gov_work_report", 2023), ("xxgk_annual", 2023)])
    ln = ctx.higher("辽宁省", 2023, "党中央、国务院", "2024-04-02 10:00")
    r21 = _rep(ctx, c, 2021, "凤城市2021年度法治政府建设工作报告", "2022-03-31 14:00", "凤城市司法局")
    pdf, body = _pdf_only(ctx, c, s.plat, "zwgk/zfxxgkpt/fdzdgknr/tzgg", r21)
    s.col("zwgk/zfxxgkpt/fdzdgknr/fzzfjs", "法治政府建设", [ln, *ctx.fillers(c, 11, "disclosure")])
    s.col(
        "zwgk/zfxxgkpt/fdzdgknr/qtfdgknr",
        "其他法定公开内容",
        [r23, *look, *ctx.fillers(c, 14, "disclosure", (2019, 2024))],
    )
    s.col("zwgk/zfxxgkpt/fdzdgknr/tzgg", "通知公告", [r21, *ctx.fillers(c, 26, "notice", (2020, 2024))])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(LN,))
    ctx.record_higher(c, ln, 2023, c.base + ln.path)
    ctx.record_file(c, r21, 2021, pdf, body, (LN, "pdf_attachment"))
    s.finish()


def kuandian(ctx: Ctx30) -> None:
    """宽甸满族自治县 (辽宁 丹东), ``www.kd.gov.cn``: 辽宁's platform. The 2024 report is in 法治政府
    建设 beside a notice about the report and a 解读; the 2022 report is on page 3 of 政务动态 among
    news; the 2020 report exists only as a scanned PDF."""
    c = County("kuandian", "宽甸满族自治县", "辽宁省", "丹东市", "210624", "www.kd.gov.cn")
    s = Site(ctx, c, "ln", dt.date(2025, 4, 9), code="kdxzf")
    s.start("xwzx/kdyw", "宽甸要闻", 168)
    r24 = _rep(
        ctx, c, 2024, "宽甸满族自治县2024年法治政府建设情况报告", "2025-03-26 16:00", "宽甸满族自治县人民政府"
    )
    look = ctx.lookalikes_of(c, [("notice", 2025), ("interpretation", 2025), ("meeting_topic", 2024)])
    r22 = _rep(
        ctx,
        c,
        2022,
        "宽甸满族自治县2022年度法治政府建设工作报告",
        "2023-03-29 11:00",
        "宽甸满族自治县人民政府",
    )
    r20 = _rep(
        ctx, c, 2020, "宽甸满族自治县2020年法治政府建设年度报告", "2021-03-30 10:00", "宽甸满族自治县司法局"
    )
    body20 = list(r20.paras)
    r20.paras = ["(扫描件)"]
    r20.uid = ctx.uid()
    scan = s.plat.attach_path("", r20)
    r20.attachments.append((r20.title + ".pdf", scan, files.make_scan_pdf(r20.uid)))
    s.col(
        "zwgk/zfxxgkpt/fdzdgknr/fzzfjs", "法治政府建设", [r24, r20, *look, *ctx.fillers(c, 10, "disclosure")]
    )
    dt_items = s.col(
        "zwgk/zwdt",
        "政务动态",
        [*newer(ctx, c, r22, 33, "notice", s.skin.clock), r22, *ctx.news(c, 20, (2021, 2023))],
    )
    assert dt_items.index(r22) >= 30
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(LN,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(LN, "later_list_page"))
    ctx.record_scan(c, r20, 2020, scan, body20, kinds=(LN, "scan_needs_ocr"))
    s.finish()


# ====================================================================== 朝阳 (辽宁), 集约化 glist
def jianping(ctx: Ctx30) -> None:
    """建平县 (辽宁 朝阳), ``www.jp.gov.cn``: 辽宁's platform (朝阳's ``/cyszf/ywdt/bmdt/glist.html``,
    ``/cyszf/zwgk/zfxxgkpt/fdzdgknr/…``). The 2023 report is in 法治政府建设 beside a meeting and a
    考核 通报; the 2021 report is in 通知公告. The ``search.ct`` search never ends (trap)."""
    c = County("jianping", "建平县", "辽宁省", "朝阳市", "211322", "www.jp.gov.cn")
    s = Site(ctx, c, "ln", dt.date(2024, 10, 28), code="jpxzf")
    s.start("ywdt/jpyw", "建平要闻", 190)
    r23 = _rep(
        ctx, c, 2023, "建平县人民政府关于2023年法治政府建设工作的报告", "2024-03-29 15:00", "建平县人民政府"
    )
    look = ctx.lookalikes_of(c, [("meeting", 2023), ("assessment", 2024), ("notice", 2024)])
    r21 = _rep(ctx, c, 2021, "建平县2021年法治政府建设情况报告", "2022-03-30 09:30", "建平县司法局")
    s.col("zwgk/zfxxgkpt/fdzdgknr/fzzfjs", "法治政府建设", [r23, *look, *ctx.fillers(c, 8, "disclosure")])
    s.col("ywdt/tzgg", "通知公告", [r21, *ctx.fillers(c, 12, "notice", (2021, 2022))])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(LN,))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(LN,))
    s.finish(_ln_search(ctx, s))


def kazuo(ctx: Ctx30) -> None:
    """喀喇沁左翼蒙古族自治县 (辽宁 朝阳), ``www.kzx.gov.cn``: 辽宁's platform. The 2024 report is a
    PDF attached to a short article in 通知公告; the 2022 report is in 法治政府建设 beside 朝阳市's
    reposted 2022 report and 示范创建 news."""
    c = County("kazuo", "喀喇沁左翼蒙古族自治县", "辽宁省", "朝阳市", "211324", "www.kzx.gov.cn")
    s = Site(ctx, c, "ln", dt.date(2025, 6, 3), code="kzxzf")
    s.start("ywdt/kzyw", "喀左要闻", 176)
    r24 = _rep(
        ctx,
        c,
        2024,
        "喀喇沁左翼蒙古族自治县2024年度法治政府建设工作报告",
        "2025-03-28 14:30",
        "喀喇沁左翼蒙古族自治县人民政府",
    )
    pdf, body = _pdf_only(ctx, c, s.plat, "ywdt/tzgg", r24)
    r22 = _rep(
        ctx,
        c,
        2022,
        "喀喇沁左翼蒙古族自治县2022年法治政府建设年度报告",
        "2023-03-31 10:10",
        "喀喇沁左翼蒙古族自治县人民政府",
    )
    cy = ctx.higher("朝阳市", 2022, "省委、省政府", "2023-04-10 09:00")
    look = ctx.lookalikes_of(c, [("demo_news", 2023), ("plan", 2023)])
    s.col("zwgk/zfxxgkpt/fdzdgknr/fzzfjs", "法治政府建设", [r22, cy, *look, *ctx.fillers(c, 9, "disclosure")])
    s.col(
        "ywdt/tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 6, "notice", s.skin.clock), r24, *ctx.fillers(c, 20, "notice")],
    )
    ctx.record(c, look)
    ctx.record_file(c, r24, 2024, pdf, body, (LN, "pdf_attachment"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(LN, "higher_repost"))
    ctx.record_higher(c, cy, 2022, c.base + cy.path)
    s.finish()


CHAOYANG_COUNTIES = (
    ("双塔区", "https://www.lnst.gov.cn/"),
    ("龙城区", "https://cylc.gov.cn/"),
    ("朝阳县", "http://www.zhaoyangxian.gov.cn/"),
    ("建平县", "http://www.jp.gov.cn/"),
    ("喀左县", "http://www.kzx.gov.cn/"),
    ("北票市", "http://www.bp.gov.cn/"),
    ("凌源市", "http://www.lingyuan.gov.cn/"),
)


def chaoyang_city(ctx: Ctx30) -> None:
    """朝阳市 portal ``www.chaoyang.gov.cn`` (辽宁's platform, ``/cyszf/…/glist.html``), seeded: its
    县市区 page links the seven county sites (hosts from ``gov_sites.csv``). 北票市
    (``www.bp.gov.cn``) is in no seed row and linked only there: its 2023 report is in 法治政府建设
    beside a 述职, its 2021 report on page 2 of 通知公告."""
    city = County("chaoyang_city", "朝阳市", "辽宁省", "", "211300", "www.chaoyang.gov.cn", scheme="https")
    cs = Site(ctx, city, "ln", dt.date(2025, 5, 6), code="cyszf")
    cs.start("ywdt/bmdt", "部门动态", 150)
    cs.col("ywdt/tzgg", "通知公告", ctx.fillers(city, 30, "notice"))
    rows = "".join(f'<li><a href="{u}" target="_blank">{n}</a></li>' for n, u in CHAOYANG_COUNTIES)
    cs.skin.put(
        "/cyszf/zjcy/xsqzf/glist.html",
        cs.skin.page(
            "县市区政府_朝阳市人民政府",
            cs.skin.crumbs([("/cyszf/zjcy/xsqzf/glist.html", "县市区政府")])
            + f'<div class="xsq"><ul>{rows}</ul></div>',
        ),
    )
    cs.finish('<div class="xq"><a href="/cyszf/zjcy/xsqzf/glist.html">县市区政府</a></div>')

    c = County("beipiao", "北票市", "辽宁省", "朝阳市", "211381", "www.bp.gov.cn", seeded=False)
    s = Site(ctx, c, "ln", dt.date(2024, 12, 16), code="bpszf", seeded=False)
    s.start("ywdt/bpyw", "北票要闻", 160)
    kinds = ("unseeded_county_via_prefecture_list",)
    r23 = _rep(ctx, c, 2023, "北票市2023年度法治政府建设工作报告", "2024-03-27 11:20", "北票市人民政府")
    look = ctx.lookalikes_of(c, [("duty_report", 2023), ("meeting_topic", 2024)])
    r21 = _rep(
        ctx, c, 2021, "北票市人民政府关于2021年度法治政府建设情况的报告", "2022-03-29 16:00", "北票市人民政府"
    )
    s.col("zwgk/zfxxgkpt/fdzdgknr/fzzfjs", "法治政府建设", [r23, *look, *ctx.fillers(c, 7, "disclosure")])
    tz = s.col(
        "ywdt/tzgg",
        "通知公告",
        [*newer(ctx, c, r21, 17, "notice", s.skin.clock), r21, *ctx.fillers(c, 14, "notice")],
    )
    assert tz.index(r21) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(LN, *kinds))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(LN, *kinds, "later_list_page"))
    s.finish()


# ====================================================================== 大庆 (黑龙江), 集约化 shtml
def zhaozhou(ctx: Ctx30) -> None:
    """肇州县 (黑龙江 大庆), ``www.zhaozhou.gov.cn``: 黑龙江's platform (``/<code>/c<id>/…shtml``).
    The 2024 report is in 法治政府建设 beside a 述法报告 and a 工作要点; the 2022 report is on page 2
    of 通知公告 (``zwgk_list_2.shtml``, reached by 后一页)."""
    c = County("zhaozhou", "肇州县", "黑龙江省", "大庆市", "230621", "www.zhaozhou.gov.cn")
    s = Site(ctx, c, "hl", dt.date(2025, 4, 24), code="zzx")
    s.start("100101", "肇州要闻", 182)
    r24 = _rep(ctx, c, 2024, "肇州县2024年法治政府建设年度报告", "2025-03-25 15:10", "肇州县人民政府")
    look = ctx.lookalikes_of(c, [("shufa", 2025), ("plan", 2025), ("assessment", 2024)])
    r22 = _rep(
        ctx, c, 2022, "肇州县人民政府关于2022年法治政府建设情况的报告", "2023-03-30 10:40", "肇州县人民政府"
    )
    s.col("100412", "法治政府建设", [r24, *look, *ctx.fillers(c, 10, "disclosure")])
    tz = s.col(
        "100405",
        "通知公告",
        [*newer(ctx, c, r22, 21, "notice", s.skin.clock), r22, *ctx.fillers(c, 18, "notice")],
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HL,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HL, "later_list_page"))
    s.finish()


def lindian(ctx: Ctx30) -> None:
    """林甸县 (黑龙江 大庆), ``www.lindian.gov.cn``: 黑龙江's platform. The 2023 report is in 其他
    beside the 信息公开 annual report and a 政府工作报告; 黑龙江省's reposted 2023 report is in
    上级文件; the 2021 report exists only as a Word 97 ``.doc`` attached in 通知公告."""
    c = County("lindian", "林甸县", "黑龙江省", "大庆市", "230623", "www.lindian.gov.cn")
    s = Site(ctx, c, "hl", dt.date(2024, 9, 26), code="ldx")
    s.start("100201", "林甸新闻", 170)
    r23 = _rep(ctx, c, 2023, "林甸县2023年度法治政府建设工作报告", "2024-03-28 09:50", "林甸县人民政府")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("gov_work_report", 2024)])
    hl = ctx.higher("黑龙江省", 2023, "党中央、国务院", "2024-04-03 08:50")
    r21 = _rep(ctx, c, 2021, "林甸县2021年法治政府建设情况报告", "2022-03-30 14:20", "林甸县司法局")
    body21 = list(r21.paras)
    r21.paras = [r21.title.replace("|", "") + "全文见附件。"]
    r21.uid = ctx.uid()
    doc = ctx.attach(c, r21, s.plat.attach_path("", r21).replace(".pdf", ".doc"), "doc", body21)
    s.col("100519", "其他", [r23, *look, *ctx.fillers(c, 12, "disclosure", (2019, 2024))])
    s.col(
        "100530",
        "上级文件",
        [hl, *ctx.fillers(County("ldsj", "大庆市", "", "", "", c.host), 14, "disclosure")],
    )
    s.col("100505", "通知公告", [r21, *ctx.fillers(c, 24, "notice", (2020, 2024))])
    put_attachments(ctx, c, r21)
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HL,))
    ctx.record_higher(c, hl, 2023, c.base + hl.path)
    ctx.record_file(c, r21, 2021, doc, body21, (HL, "doc_needs_reader"))
    s.finish()


def duerbote(ctx: Ctx30) -> None:
    """杜尔伯特蒙古族自治县 (黑龙江 大庆), ``www.drbt.gov.cn``: 黑龙江's platform. The 2024 report is
    in 法治政府建设 beside a meeting on 法治政府建设, a 文字解读 and the 县司法局's own report; the
    2022 report is a PDF attached to a short article in the same column."""
    c = County(
        "duerbote", "杜尔伯特蒙古族自治县", "黑龙江省", "大庆市", "230624", "www.drbt.gov.cn", scheme="https"
    )
    s = Site(ctx, c, "hl", dt.date(2025, 5, 22), code="drbt")
    s.start("100301", "杜蒙要闻", 178)
    r24 = _rep(
        ctx,
        c,
        2024,
        "杜尔伯特蒙古族自治县2024年度法治政府建设情况报告",
        "2025-03-27 16:40",
        "杜尔伯特蒙古族自治县人民政府",
    )
    look = ctx.lookalikes_of(c, [("meeting_topic", 2024), ("text_interp", 2025)])
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-27 10:30")
    r22 = _rep(
        ctx,
        c,
        2022,
        "杜尔伯特蒙古族自治县2022年法治政府建设工作报告",
        "2023-03-28 09:20",
        "杜尔伯特蒙古族自治县人民政府",
    )
    pdf, body = _pdf_only(ctx, c, s.plat, "100612", r22)
    s.col("100612", "法治政府建设", [r24, dep, r22, *look, *ctx.fillers(c, 8, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HL,))
    ctx.record_file(c, r22, 2022, pdf, body, (HL, "pdf_attachment"))
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    s.finish()


# ====================================================================== 延边, 白城 (吉林), TRS
def dunhua(ctx: Ctx30) -> None:
    """敦化市 (吉林 延边), ``www.dunhua.gov.cn``: TRS (延边's ``/zw_2185/rsxx/``-style folders,
    ``tYYYYMMDD_<id>.html`` articles). The 2024 report is in 法治政府建设 beside a notice about it;
    the 2023 report is on ``index_2.html`` of 通知公告. A 按日期浏览 archive never ends (trap)."""
    c = County("dunhua", "敦化市", "吉林省", "延边朝鲜族自治州", "222403", "www.dunhua.gov.cn")
    s = Site(ctx, c, "trs", dt.date(2025, 5, 8))
    s.start("zw_2301/dhyw", "敦化要闻", 184)
    trap = date_trap(ctx, s.skin, "/rqll/index.jsp")
    r24 = _rep(ctx, c, 2024, "敦化市2024年法治政府建设年度报告", "2025-03-26 10:00", "敦化市人民政府")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("gov_work_report", 2025)])
    r23 = _rep(
        ctx, c, 2023, "敦化市人民政府关于2023年度法治政府建设情况的报告", "2024-03-29 14:30", "敦化市人民政府"
    )
    s.col("zwgk_2310/fzzfjs", "法治政府建设", [r24, *look, *ctx.fillers(c, 11, "disclosure")])
    tz = s.col(
        "zw_2301/tzgg",
        "通知公告",
        [*newer(ctx, c, r23, 44, "notice", s.skin.clock), r23, *ctx.fillers(c, 10, "notice")],
    )
    assert tz.index(r23) >= 40
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS,))
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS, "later_list_page"))
    s.finish(f'<div class="rq"><a href="{trap}">按日期浏览</a></div>')


def wangqing(ctx: Ctx30) -> None:
    """汪清县 (吉林 延边), ``www.wangqing.gov.cn``: TRS, its pages GBK (assumed). The 2023 report is
    in 法治政府建设 beside a 实施方案 and a 考核 通报; the 2021 report is in 规划计划 beside a 述职."""
    c = County("wangqing", "汪清县", "吉林省", "延边朝鲜族自治州", "222424", "www.wangqing.gov.cn")
    s = Site(ctx, c, "trs", dt.date(2024, 11, 5), skin=GbkSkin)
    s.start("zw_2401/wqyw", "汪清要闻", 166)
    r23 = _rep(ctx, c, 2023, "汪清县2023年法治政府建设工作报告", "2024-03-28 15:40", "汪清县人民政府")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("assessment", 2023)])
    r21 = _rep(
        ctx,
        c,
        2021,
        "汪清县人民政府关于2021年法治政府建设工作情况的报告",
        "2022-03-31 10:20",
        "汪清县人民政府",
    )
    look2 = ctx.lookalikes_of(c, [("duty_report", 2022)])
    s.col("zwgk_2410/fzzfjs", "法治政府建设", [r23, *look, *ctx.fillers(c, 9, "disclosure")])
    s.col("zwgk_2410/ghjh", "规划计划", [r21, *look2, *ctx.fillers(c, 12, "disclosure", (2019, 2024))])
    ctx.record(c, [*look, *look2])
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS,))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(TRS,))
    s.finish()


def antu(ctx: Ctx30) -> None:
    """安图县 (吉林 延边), ``www.antu.gov.cn``: TRS. The 2024 report is a PDF (``P0…pdf`` beside
    the article) attached to a short article in 通知公告; the 2022 report is in 法治政府建设 beside
    延边州's reposted 2022 report and a 述法报告."""
    c = County("antu", "安图县", "吉林省", "延边朝鲜族自治州", "222426", "www.antu.gov.cn")
    s = Site(ctx, c, "trs", dt.date(2025, 4, 18))
    s.start("zw_2501/atyw", "安图要闻", 174)
    r24 = _rep(ctx, c, 2024, "安图县2024年度法治政府建设工作报告", "2025-03-28 11:30", "安图县人民政府")
    pdf, body = _pdf_only(ctx, c, s.plat, "zw_2501/tzgg", r24)
    r22 = _rep(ctx, c, 2022, "安图县2022年法治政府建设情况报告", "2023-03-30 15:50", "安图县人民政府")
    yb = ctx.higher("延边朝鲜族自治州", 2022, "省委、省政府", "2023-04-12 09:30")
    look = ctx.lookalikes_of(c, [("shufa", 2023), ("meeting", 2023)])
    s.col("zwgk_2510/fzzfjs", "法治政府建设", [yb, r22, *look, *ctx.fillers(c, 10, "disclosure")])
    s.col(
        "zw_2501/tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 8, "notice", s.skin.clock), r24, *ctx.fillers(c, 18, "notice")],
    )
    ctx.record(c, look)
    ctx.record_file(c, r24, 2024, pdf, body, (TRS, "pdf_attachment"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS, "higher_repost"))
    ctx.record_higher(c, yb, 2022, c.base + yb.path)
    s.finish()


def zhenlai(ctx: Ctx30) -> None:
    """镇赉县 (吉林 白城), ``www.jlzhenlai.gov.cn``: TRS (the 吉林 sites' common platform; assumed
    for this site). The 2023 report is in 法治政府建设 beside a meeting and a 解读; the 2020 report is
    on ``index_1.html`` of 通知公告."""
    c = County("zhenlai", "镇赉县", "吉林省", "白城市", "220821", "www.jlzhenlai.gov.cn")
    s = Site(ctx, c, "trs", dt.date(2024, 8, 30))
    s.start("xwzx/zlyw", "镇赉要闻", 160)
    r23 = _rep(ctx, c, 2023, "镇赉县2023年度法治政府建设情况报告", "2024-03-27 09:10", "镇赉县人民政府")
    look = ctx.lookalikes_of(c, [("meeting", 2024), ("interpretation", 2024), ("text_interp", 2024)])
    r20 = _rep(
        ctx, c, 2020, "镇赉县人民政府关于2020年度法治政府建设工作的报告", "2021-03-29 16:30", "镇赉县人民政府"
    )
    s.col("zwgk/fzzfjs", "法治政府建设", [r23, *look, *ctx.fillers(c, 8, "disclosure")])
    tz = s.col(
        "zwgk/tzgg",
        "通知公告",
        [
            *newer(ctx, c, r20, 24, "notice", dt.date(2021, 12, 31)),
            r20,
            *ctx.fillers(c, 12, "notice", (2019, 2020)),
        ],
    )
    assert 20 <= tz.index(r20) < 40
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS,))
    ctx.truth_report(c, r20, 2020, html_copy(c, r20), kinds=(TRS, "later_list_page"))
    s.finish()
