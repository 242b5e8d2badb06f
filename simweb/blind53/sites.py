"""The blind53 sites: 北海 (广西) counties on 广西's 集约化 TRS ``.shtml`` platform, 黔西南 (贵州)
counties on 贵州's TRS platform (``_<id>`` column folders), and 广元 (四川) counties on the 广元
platform (``/new/list/<id>.html`` lists paged by layui ``laypage``), plus the 广元市 portal whose
县区 block alone links 剑阁县. Evidence and assumptions: ``platforms.py`` and ``README.md``."""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home, index_page
from ..blind2.core import open_site
from .core import County, Ctx53, date_trap, html_copy, newer, search_trap
from .platforms import (
    GxGbk,
    GxSkin,
    GyPortalSkin,
    GySkin,
    QdnGbk,
    QdnSkin,
    gx_column,
    gy_column,
    gy_list,
    qdn_column,
)

GX = "gx_trs_shtml"
QXN = "guizhou_trs_id_folders"
GY = "guangyuan_laypage"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


def _attached(ctx: Ctx53, c: County, col: str, it, kind: str) -> tuple[str, list[str]]:
    """Give ``it`` a TRS-named ``.pdf``/``.docx``/``.doc`` attachment holding its text; the page
    keeps a one-line summary. Returns the attachment's path and the body."""
    it.uid = it.uid or ctx.uid()
    body = list(it.paras)
    it.paras = [it.title + "全文见附件。"]
    prefix = "W0" if kind in ("doc", "docx") else "P0"
    path = f"{col}{it.pub:%Y%m}/{prefix}{it.pub:%Y%m%d}{it.uid % 10**9:09d}.{kind}"
    ctx.attach(c, it, path, kind, body)
    return path, body


def _scan(ctx: Ctx53, col: str, it) -> tuple[str, list[str]]:
    body = list(it.paras)
    it.paras = ["(扫描件)"]
    it.uid = it.uid or ctx.uid()
    path = f"{col}{it.pub:%Y%m}/P0{it.pub:%Y%m%d}{it.uid % 10**9:09d}.pdf"
    it.attachments.append((it.title + ".pdf", path, files.make_scan_pdf(it.uid)))
    return path, body


# ---------------------------------------------------------------------------- families
GX_COLS = {
    "tzgg": ("/xxgk/fdzdgknr/tzgg/", "通知公告"),
    "fzzfjs": ("/xxgk/fdzdgknr/fzzfjs/", "法治政府建设"),
    "gzzj": ("/xxgk/fdzdgknr/ghjh/gzzj/", "工作总结"),
    "zfzgbg": ("/xxgk/zfwj/zfzgbg/", "政府工作报告"),
    "sfj": ("/xxgk/fdzdgknr/bmxx/sfj/", "区司法局"),
}
QXN_COLS = {
    "tzgg": ("/zwgk/xxgkml/tzgg_5857301/", "通知公告"),
    "fzzfjs": ("/zwgk/xxgkml/zdlyxx/fzzfjs_5857512/", "法治政府建设"),
    "gzzj": ("/zwgk/xxgkml/ghjh_5857330/gzzj_5857333/", "工作总结"),
}
GY_COLS = {
    "tzgg": ("20190301171428415", "通知公告"),
    "fzzfjs": ("20210315094512637", "法治政府建设"),
    "sfj": ("20190301171430218", "司法局"),
}


class _Site:
    """One county site of a family (``gx``, ``qxn`` or ``gy``): news, 政府信息公开 columns, an
    信息公开 index and a home page."""

    def __init__(self, ctx: Ctx53, c: County, family: str, clock: dt.date, *, skin=None, seeded=True):
        self.ctx, self.c, self.family = ctx, c, family
        self.lists: list[tuple[str, str, list]] = []
        if family == "gx":
            self.gk, news, self.cols = "/xxgk/index.shtml", ("/xwzx/jryw/", "今日要闻"), GX_COLS
            nav = [("/", "首页"), ("/xwzx/jryw/index.shtml", "今日要闻"), (self.gk, "政府信息公开")]
            self.skin = open_site(ctx, c, nav, clock, skin=skin or GxSkin, seeded=seeded)
            self.news_link = "/xwzx/jryw/index.shtml"
            self.news = gx_column(self.skin, *news, [(self.news_link, news[1])], ctx.news(c, 200), per=20)
        elif family == "qxn":
            self.gk, self.cols = "/zwgk/xxgkml/", QXN_COLS
            self.news_link = "/xwzx/jryw_5857210/"
            nav = [("/", "首页"), (self.news_link, "今日要闻"), (self.gk, "政府信息公开")]
            self.skin = open_site(ctx, c, nav, clock, skin=skin or QdnSkin, seeded=seeded)
            self.news = qdn_column(
                self.skin,
                self.news_link,
                "今日要闻",
                [(self.news_link, "今日要闻")],
                ctx.news(c, 200),
                per=20,
            )
        else:
            self.gk, self.cols = "/new/zwgk.html", GY_COLS
            self.news_link = gy_list("20190301171428378")
            nav = [("/", "首页"), (self.news_link, "本地要闻"), (self.gk, "政务公开")]
            self.skin = open_site(ctx, c, nav, clock, skin=skin or GySkin, seeded=seeded)
            self.news = gy_column(
                self.skin,
                "20190301171428378",
                "本地要闻",
                [(self.news_link, "本地要闻")],
                ctx.news(c, 190),
                per=15,
            )

    def link(self, key: str) -> str:
        col, _name = self.cols[key]
        if self.family == "gx":
            return col + "index.shtml"
        if self.family == "qxn":
            return col
        return gy_list(col)

    def col(self, key: str, items, per: int = 15, name: str | None = None):
        col, default = self.cols[key]
        name = name or default
        trail = [(self.gk, "政府信息公开"), (self.link(key), name)]
        if self.family == "gx":
            out = gx_column(self.skin, col, name, trail, items, per=per)
        elif self.family == "qxn":
            out = qdn_column(self.skin, col, name, trail, items, per=per)
        else:
            out = gy_column(self.skin, col, name, trail, items, per=per)
        self.lists.append((self.link(key), name, out))
        return out

    def finish(self, extra: str = "") -> None:
        index_page(self.skin, self.gk, "政府信息公开", [(self.gk, "政府信息公开")], self.lists)
        if self.family == "qxn":
            body = self.ctx.web.resources[(self.c.host, self.gk, "")].body.decode(self.skin.encoding)
            self.skin.put(self.gk + "index.html", body)
        home(self.skin, [(self.news_link, "今日要闻", self.news), (self.gk, "政府信息公开", [])], extra=extra)


def _truth(ctx, c, it, year, kinds):
    ctx.truth_report(c, it, year, html_copy(c, it), kinds=kinds)


# ============================================================================ 广西 北海
def haicheng(ctx: Ctx53) -> None:
    """海城区 (广西 北海), ``www.bhhc.gov.cn``: 广西 集约化. The 2024 report is in 法治政府建设 beside
    广西's reposted 2024 report and a 实施方案; the 2022 report is on 通知公告's ``index_1.shtml``
    (named only by ``createPageHTML``) beside a notice about the report."""
    c = County("haicheng", "海城区", "广西壮族自治区", "北海市", "450502", "www.bhhc.gov.cn")
    s = _Site(ctx, c, "gx", dt.date(2025, 6, 12))
    r24 = _rep(
        ctx,
        c,
        2024,
        "北海市海城区人民政府关于2024年法治政府建设情况的报告",
        "2025-03-28 16:20",
        "海城区人民政府",
    )
    r22 = _rep(ctx, c, 2022, "海城区2022年度法治政府建设工作报告", "2023-03-30 10:05", "海城区人民政府")
    gx = ctx.higher("广西壮族自治区", 2024, "党中央、国务院", "2025-04-03 09:30")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("notice", 2023), ("xxgk_annual", 2024)])
    s.col("fzzfjs", [r24, gx, look[0], look[2], *ctx.fillers(c, 8, "disclosure")])
    tz = s.col(
        "tzgg", [*newer(ctx, c, r22, 16, "notice", s.skin.clock), r22, look[1], *ctx.fillers(c, 10, "notice")]
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    _truth(ctx, c, r24, 2024, (GX, "higher_repost"))
    _truth(ctx, c, r22, 2022, (GX, "later_list_page"))
    ctx.record_higher(c, gx, 2024, c.base + gx.path)
    s.finish()


def yinhai(ctx: Ctx53) -> None:
    """银海区 (广西 北海), ``www.yinhai.gov.cn``: 广西 集约化. The 2023 report is filed in 规划计划 →
    工作总结 beside a 工作要点; the 2021 report is a PDF (text layer) attached to a 通知公告 item.
    ``/was5/web/search?searchword=`` echoes its query and pages for ever (trap)."""
    c = County("yinhai", "银海区", "广西壮族自治区", "北海市", "450503", "www.yinhai.gov.cn")
    s = _Site(ctx, c, "gx", dt.date(2025, 4, 18))
    trap = search_trap(ctx, s.skin, "/was5/web/search", "searchword")
    r23 = _rep(ctx, c, 2023, "银海区2023年法治政府建设年度报告", "2024-03-29 09:40", "银海区人民政府")
    r21 = _rep(ctx, c, 2021, "银海区2021年度法治政府建设情况报告", "2022-03-31 15:10", "银海区司法局")
    pdf, body21 = _attached(ctx, c, GX_COLS["tzgg"][0], r21, "pdf")
    look = ctx.lookalikes_of(c, [("plan", 2023), ("meeting", 2024), ("gov_work_report", 2025)])
    s.col("gzzj", [r23, look[0], *ctx.fillers(c, 11, "disclosure")])
    s.col("tzgg", [r21, look[1], look[2], *ctx.fillers(c, 12, "notice", (2019, 2022))])
    ctx.record(c, look)
    _truth(ctx, c, r23, 2023, (GX, "ghjh_gzzj_column"))
    ctx.record_file(c, r21, 2021, pdf, body21, (GX, "pdf_attachment"))
    s.finish(extra=f'<div class="search"><a href="{trap}">站内搜索</a></div>')


def tieshangang(ctx: Ctx53) -> None:
    """铁山港区 (广西 北海), ``www.bhtsg.gov.cn`` (GBK pages assumed): 广西 集约化. The 2024 report is
    in 部门信息 → 区司法局 beside the 司法局's own report; the 2023 report (joint 区委/区政府 title)
    is in 通知公告 beside a 述法报告; the 2022 report exists only as a scanned PDF."""
    c = County("tieshangang", "铁山港区", "广西壮族自治区", "北海市", "450512", "www.bhtsg.gov.cn")
    s = _Site(ctx, c, "gx", dt.date(2025, 5, 9), skin=GxGbk)
    r24 = _rep(ctx, c, 2024, "铁山港区2024年法治政府建设年度报告", "2025-03-31 11:00", "铁山港区人民政府")
    r23 = _rep(
        ctx,
        c,
        2023,
        "中共北海市铁山港区委员会 北海市铁山港区人民政府关于2023年度法治政府建设工作情况的报告",
        "2024-03-28 17:30",
        "铁山港区人民政府",
    )
    r22 = _rep(ctx, c, 2022, "铁山港区2022年法治政府建设情况报告", "2023-03-30 09:00", "铁山港区人民政府")
    scan, body22 = _scan(ctx, GX_COLS["tzgg"][0], r22)
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-24 10:30")
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("assessment", 2023), ("interpretation", 2024)])
    s.col("sfj", [r24, dep, look[2], *ctx.fillers(c, 9, "disclosure")])
    s.col("tzgg", [r23, r22, look[0], look[1], *ctx.fillers(c, 9, "notice")])
    ctx.record(c, look)
    _truth(ctx, c, r24, 2024, (GX, "gbk_pages", "department_column"))
    _truth(ctx, c, r23, 2023, (GX, "gbk_pages", "joint_title"))
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    ctx.record_scan(c, r22, 2022, scan, body22, kinds=(GX,))
    s.finish()


def hepu(ctx: Ctx53) -> None:
    """合浦县 (广西 北海), ``www.hepu.gov.cn``: 广西 集约化. The 2023 report is filed in 政府文件 →
    政府工作报告 beside the 政府工作报告 itself (as 柳城县's 2024 report is); the 2021 report is in
    法治政府建设 beside 北海市's 2021 report and a 考核 通报."""
    c = County("hepu", "合浦县", "广西壮族自治区", "北海市", "450521", "www.hepu.gov.cn")
    s = _Site(ctx, c, "gx", dt.date(2025, 3, 21))
    r23 = _rep(
        ctx,
        c,
        2023,
        "合浦县人民政府关于2023年度法治政府建设工作情况的报告",
        "2024-03-27 15:00",
        "合浦县人民政府",
    )
    r21 = _rep(ctx, c, 2021, "合浦县2021年法治政府建设年度报告", "2022-03-30 16:40", "合浦县人民政府")
    bh = ctx.higher("北海市", 2021, "自治区党委、自治区人民政府", "2022-04-06 10:00")
    look = ctx.lookalikes_of(c, [("gov_work_report", 2024), ("assessment", 2022), ("text_interp", 2024)])
    s.col("zfzgbg", [r23, look[0], look[2], *ctx.fillers(c, 6, "disclosure")])
    s.col("fzzfjs", [r21, bh, look[1], *ctx.fillers(c, 8, "disclosure")])
    s.col("tzgg", ctx.fillers(c, 24, "notice"))
    ctx.record(c, look)
    _truth(ctx, c, r23, 2023, (GX, "gov_work_report_column"))
    _truth(ctx, c, r21, 2021, (GX, "higher_repost"))
    ctx.record_higher(c, bh, 2021, c.base + bh.path)
    s.finish()


# ============================================================================ 贵州 黔西南
def xingyi(ctx: Ctx53) -> None:
    """兴义市 (贵州 黔西南), ``www.gzxy.gov.cn`` (https): 贵州 TRS. The 2024 report is on 法治政府建设's
    second page (``index_1.html``, named only by ``createPageHTML``) below 法治 news; the 2022 report
    is a DOCX attached to a 通知公告 item."""
    c = County(
        "xingyi", "兴义市", "贵州省", "黔西南布依族苗族自治州", "522301", "www.gzxy.gov.cn", scheme="https"
    )
    s = _Site(ctx, c, "qxn", dt.date(2025, 6, 3))
    r24 = _rep(ctx, c, 2024, "兴义市2024年法治政府建设年度报告", "2025-03-26 10:30", "兴义市人民政府")
    r22 = _rep(
        ctx, c, 2022, "兴义市人民政府关于2022年法治政府建设情况的报告", "2023-03-29 14:50", "兴义市人民政府"
    )
    docx, body22 = _attached(ctx, c, QXN_COLS["tzgg"][0], r22, "docx")
    look = ctx.lookalikes_of(c, [("demo_news", 2025), ("plan", 2025), ("notice", 2022)])
    fz = s.col(
        "fzzfjs",
        [
            *newer(ctx, c, r24, 15, "disclosure", s.skin.clock),
            r24,
            look[0],
            look[1],
            *ctx.fillers(c, 6, "disclosure"),
        ],
    )
    assert fz.index(r24) >= 15
    s.col("tzgg", [r22, look[2], *ctx.fillers(c, 14, "notice", (2019, 2023))])
    ctx.record(c, look)
    _truth(ctx, c, r24, 2024, (QXN, "later_list_page"))
    ctx.record_file(c, r22, 2022, docx, body22, (QXN, "docx_attachment"))
    s.finish()


def xingren(ctx: Ctx53) -> None:
    """兴仁市 (贵州 黔西南), ``gzxr.gov.cn`` (https, no ``www``): 贵州 TRS. The 2023 report is in
    法治政府建设 beside a 第一责任人述职 and a 解读; the 2021 report (joint 市委/市政府 title) is in
    通知公告. A 按日期浏览 archive never ends (trap)."""
    c = County(
        "xingren", "兴仁市", "贵州省", "黔西南布依族苗族自治州", "522302", "gzxr.gov.cn", scheme="https"
    )
    s = _Site(ctx, c, "qxn", dt.date(2025, 4, 27))
    r23 = _rep(ctx, c, 2023, "兴仁市2023年度法治政府建设工作报告", "2024-03-28 11:15", "兴仁市人民政府")
    r21 = _rep(
        ctx,
        c,
        2021,
        "中共兴仁市委 兴仁市人民政府关于2021年度法治政府建设情况的报告",
        "2022-03-30 17:00",
        "兴仁市人民政府",
    )
    look = ctx.lookalikes_of(c, [("duty_report", 2024), ("interpretation", 2024), ("meeting_topic", 2022)])
    s.col("fzzfjs", [r23, look[0], look[1], *ctx.fillers(c, 9, "disclosure")])
    s.col("tzgg", [r21, look[2], *ctx.fillers(c, 13, "notice", (2019, 2022))])
    ctx.record(c, look)
    _truth(ctx, c, r23, 2023, (QXN,))
    _truth(ctx, c, r21, 2021, (QXN, "joint_title"))
    s.finish(
        extra=f'<div class="rqll"><a href="{date_trap(ctx, s.skin, "/rqll/index.jsp")}">按日期浏览</a></div>'
    )


def anlong(ctx: Ctx53) -> None:
    """安龙县 (贵州 黔西南), ``www.gzal.gov.cn`` (https): 贵州 TRS. The 2024 report is in 法治政府建设
    beside 贵州省's 2024 report; the 2022 report is on 工作总结's second page below 工作总结."""
    c = County(
        "anlong", "安龙县", "贵州省", "黔西南布依族苗族自治州", "522328", "www.gzal.gov.cn", scheme="https"
    )
    s = _Site(ctx, c, "qxn", dt.date(2025, 5, 20))
    r24 = _rep(ctx, c, 2024, "安龙县2024年法治政府建设情况报告", "2025-03-30 09:20", "安龙县人民政府")
    r22 = _rep(ctx, c, 2022, "安龙县2022年度法治政府建设年度报告", "2023-03-31 10:10", "安龙县司法局")
    gz = ctx.higher("贵州省", 2024, "党中央、国务院", "2025-04-01 15:00")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("plan", 2022), ("shufa", 2023)])
    s.col("fzzfjs", [r24, gz, look[0], look[2], *ctx.fillers(c, 7, "disclosure")])
    gzzj = s.col(
        "gzzj",
        [*newer(ctx, c, r22, 16, "disclosure", s.skin.clock), r22, look[1], *ctx.fillers(c, 6, "disclosure")],
    )
    assert gzzj.index(r22) >= 15
    ctx.record(c, look)
    _truth(ctx, c, r24, 2024, (QXN, "higher_repost"))
    _truth(ctx, c, r22, 2022, (QXN, "ghjh_gzzj_column", "later_list_page"))
    ctx.record_higher(c, gz, 2024, c.base + gz.path)
    s.finish()


def zhenfeng(ctx: Ctx53) -> None:
    """贞丰县 (贵州 黔西南), ``www.gzzf.gov.cn`` (https, GBK pages assumed): 贵州 TRS. The 2023 report
    is in 法治政府建设 beside 黔西南州's 2023 report; the 2022 report is in 通知公告; the 2021 report
    exists only as a Word 97 ``.doc``."""
    c = County(
        "zhenfeng", "贞丰县", "贵州省", "黔西南布依族苗族自治州", "522325", "www.gzzf.gov.cn", scheme="https"
    )
    s = _Site(ctx, c, "qxn", dt.date(2025, 3, 14), skin=QdnGbk)
    r23 = _rep(
        ctx,
        c,
        2023,
        "贞丰县人民政府关于2023年法治政府建设工作情况的报告",
        "2024-03-29 16:30",
        "贞丰县人民政府",
    )
    r22 = _rep(ctx, c, 2022, "贞丰县2022年法治政府建设年度报告", "2023-03-28 09:50", "贞丰县人民政府")
    r21 = _rep(ctx, c, 2021, "贞丰县2021年度法治政府建设工作报告", "2022-03-29 11:40", "贞丰县人民政府")
    doc, body21 = _attached(ctx, c, QXN_COLS["tzgg"][0], r21, "doc")
    qxn = ctx.higher("黔西南布依族苗族自治州", 2023, "省委、省政府", "2024-04-02 10:00")
    look = ctx.lookalikes_of(c, [("meeting", 2023), ("notice", 2024), ("text_interp", 2023)])
    s.col("fzzfjs", [r23, qxn, look[0], *ctx.fillers(c, 8, "disclosure")])
    s.col("tzgg", [r22, r21, look[1], look[2], *ctx.fillers(c, 12, "notice", (2019, 2023))])
    ctx.record(c, look)
    _truth(ctx, c, r23, 2023, (QXN, "gbk_pages", "higher_repost"))
    _truth(ctx, c, r22, 2022, (QXN, "gbk_pages"))
    ctx.record_higher(c, qxn, 2023, c.base + qxn.path)
    ctx.record_file(c, r21, 2021, doc, body21, (QXN, "doc_needs_reader"))
    s.finish()


# ============================================================================ 四川 广元
def lizhou(ctx: Ctx53) -> None:
    """利州区 (四川 广元), ``lzq.gov.cn`` (no ``www``): 广元 platform. The 2024 report is in 法治政府建设
    beside a 工作要点; the 2022 report is on 通知公告's second page (``?page=2``, named only by the
    ``laypage`` script)."""
    c = County("lizhou", "利州区", "四川省", "广元市", "510802", "lzq.gov.cn")
    s = _Site(ctx, c, "gy", dt.date(2025, 5, 30))
    r24 = _rep(ctx, c, 2024, "利州区2024年法治政府建设年度报告", "2025-03-27 14:00", "利州区人民政府")
    r22 = _rep(
        ctx,
        c,
        2022,
        "广元市利州区人民政府关于2022年法治政府建设情况的报告",
        "2023-03-30 11:20",
        "利州区人民政府",
    )
    look = ctx.lookalikes_of(c, [("plan", 2025), ("notice", 2023), ("assessment", 2024)])
    s.col("fzzfjs", [r24, look[0], look[2], *ctx.fillers(c, 9, "disclosure")])
    tz = s.col(
        "tzgg", [*newer(ctx, c, r22, 16, "notice", s.skin.clock), r22, look[1], *ctx.fillers(c, 10, "notice")]
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    _truth(ctx, c, r24, 2024, (GY,))
    _truth(ctx, c, r22, 2022, (GY, "laypage_later_page"))
    s.finish()


def zhaohua(ctx: Ctx53) -> None:
    """昭化区 (四川 广元), ``www.zhaohua.gov.cn``: 广元 platform. The 2023 report is on 通知公告's third
    page (``laypage``); the 2021 report is a PDF (text layer) in 法治政府建设 beside the 区司法局's
    report and 四川省's reposted 2021 report."""
    c = County("zhaohua", "昭化区", "四川省", "广元市", "510811", "www.zhaohua.gov.cn")
    s = _Site(ctx, c, "gy", dt.date(2025, 4, 10))
    r23 = _rep(ctx, c, 2023, "昭化区2023年度法治政府建设情况报告", "2024-03-28 10:45", "昭化区人民政府")
    r21 = _rep(ctx, c, 2021, "广元市昭化区2021年法治政府建设工作报告", "2022-03-31 09:30", "昭化区人民政府")
    pdf, body21 = _attached(ctx, c, "/new/file/", r21, "pdf")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-27 16:00")
    sc = ctx.higher("四川省", 2021, "党中央、国务院", "2022-04-02 10:00")
    look = ctx.lookalikes_of(c, [("notice", 2024), ("meeting", 2023), ("xxgk_annual", 2022)])
    tz = s.col(
        "tzgg", [*newer(ctx, c, r23, 31, "notice", s.skin.clock), r23, look[0], *ctx.fillers(c, 8, "notice")]
    )
    assert tz.index(r23) >= 30
    s.col("fzzfjs", [r21, dep, sc, look[1], look[2], *ctx.fillers(c, 6, "disclosure", (2019, 2022))])
    ctx.record(c, look)
    _truth(ctx, c, r23, 2023, (GY, "laypage_later_page"))
    ctx.record_file(c, r21, 2021, pdf, body21, (GY, "pdf_attachment", "higher_repost"))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.record_higher(c, sc, 2021, c.base + sc.path)
    s.finish()


def wangcang(ctx: Ctx53) -> None:
    """旺苍县 (四川 广元), ``www.scgw.gov.cn``: 广元 platform. The 2024 report is in 部门信息公开 →
    司法局 beside a 述职 report; the 2022 report is on 通知公告's second page (``laypage``) beside a
    政府工作报告. ``/search/isearch.html?q=`` echoes its query and pages for ever (trap)."""
    c = County("wangcang", "旺苍县", "四川省", "广元市", "510821", "www.scgw.gov.cn")
    s = _Site(ctx, c, "gy", dt.date(2025, 6, 16))
    trap = search_trap(ctx, s.skin, "/search/isearch.html", "q")
    r24 = _rep(
        ctx, c, 2024, "旺苍县人民政府关于2024年法治政府建设情况的报告", "2025-03-29 15:30", "旺苍县人民政府"
    )
    r22 = _rep(ctx, c, 2022, "旺苍县2022年度法治政府建设年度报告", "2023-03-29 10:00", "旺苍县人民政府")
    look = ctx.lookalikes_of(c, [("duty_report", 2025), ("gov_work_report", 2023), ("demo_news", 2023)])
    s.col("sfj", [r24, look[0], look[2], *ctx.fillers(c, 10, "disclosure")])
    tz = s.col(
        "tzgg", [*newer(ctx, c, r22, 17, "notice", s.skin.clock), r22, look[1], *ctx.fillers(c, 9, "notice")]
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    _truth(ctx, c, r24, 2024, (GY, "department_column"))
    _truth(ctx, c, r22, 2022, (GY, "laypage_later_page"))
    s.finish(extra=f'<div class="search"><a href="{trap}">站内搜索</a></div>')


def gy_portal(ctx: Ctx53) -> None:
    """广元市 portal ``www.cngy.gov.cn``, seeded: its 县区政府网站 block links the 广元 counties,
    among them 剑阁县 (``www.cnjg.gov.cn``), which no seed row names. 剑阁县 is on the 广元 platform:
    2024 report in 法治政府建设 beside a 解读, 2023 report in 通知公告 beside a 示范创建 news item."""
    p = County("gy_portal", "广元市", "四川省", "", "510800", "www.cngy.gov.cn")
    ps = _Site(ctx, p, "gy", dt.date(2025, 6, 5), skin=GyPortalSkin)
    ps.col("tzgg", ctx.fillers(p, 20, "notice"))
    hosts = [
        ("利州区", "http://lzq.gov.cn/"),
        ("昭化区", "http://www.zhaohua.gov.cn/"),
        ("朝天区", "http://www.gyct.gov.cn/"),
        ("旺苍县", "http://www.scgw.gov.cn/"),
        ("青川县", "http://www.cnqc.gov.cn/"),
        ("剑阁县", "http://www.cnjg.gov.cn/"),
        ("苍溪县", "http://www.cncx.gov.cn/"),
    ]
    block = "".join(f'<li><a href="{u}" target="_blank">{n}人民政府</a></li>' for n, u in hosts)
    ps.finish(extra=f'<div class="xqlj"><h3>县区政府网站</h3><ul>{block}</ul></div>')
    c = County("jiange", "剑阁县", "四川省", "广元市", "510823", "www.cnjg.gov.cn")
    s = _Site(ctx, c, "gy", dt.date(2025, 5, 2), seeded=False)
    r24 = _rep(ctx, c, 2024, "剑阁县2024年法治政府建设年度报告", "2025-03-31 10:00", "剑阁县人民政府")
    r23 = _rep(ctx, c, 2023, "剑阁县2023年度法治政府建设工作报告", "2024-03-29 14:20", "剑阁县人民政府")
    look = ctx.lookalikes_of(c, [("interpretation", 2025), ("demo_news", 2024)])
    s.col("fzzfjs", [r24, look[0], *ctx.fillers(c, 8, "disclosure")])
    s.col("tzgg", [r23, look[1], *ctx.fillers(c, 12, "notice")])
    ctx.record(c, look)
    kinds = (GY, "unseeded_county_via_prefecture_list")
    _truth(ctx, c, r24, 2024, kinds)
    _truth(ctx, c, r23, 2023, kinds)
    s.finish()
