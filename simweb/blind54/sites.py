"""The blind54 sites, each an ordinary member of the CMS family or platform its city's sites run:

* 临汾 (山西): SiteServer CMS (lists ``/channels/<ch>.html``, later pages ``/channels/<ch>_<n>.html``
  with plain numbered links, articles ``/contents/<ch>/<id>.html``, uploads
  ``/upload/files/<YYYY>/<M>/<id>.<ext>``): the 临汾市 portal's ``/zhujian/channels/11353.html``,
  ``11353_2.html`` and ``contents/11353/548801.html`` in a public crawler, and a public spider
  starting at ``www.hongtong.gov.cn/contents/11897/666872.html``;
* 庆阳 (甘肃): TRS WCM directory sites (``/zwgk/fdzdgknr/<col>/``, ``index_1.html`` … by
  ``createPageHTML``, articles ``YYYYMM/tYYYYMMDD_<id>.html``): a public coverage table gives
  庆阳's county 信息公开 folders as ``/zwgk/fdzdgknr/czzj/`` (正宁县), ``/zwgk/fdzdgknr/czgk``
  (宁县), ``/zwgk/fdzdgknr/ysjs/`` (环县), ``/zwgk/xxgkml/ysjs`` (庆城县);
* 鸡西 (黑龙江): 黑龙江's 集约化 platform (``/<code>/c<id>/zwgk_list.shtml``, ``_<n>.shtml`` pages
  reached by 后一页, articles ``/<code>/c<id>/<YYYYMM>/c0N_<id>.shtml``; blind30's and blind44's
  block): ``www.jixi.gov.cn/jixi/c100103/common_zfxxgk.shtml`` and
  ``www.jixi.gov.cn/jixi/c100012/202603/c06_359134.shtml`` in public code; and the 鸡西市 portal
  whose 县(市)区 block alone links 城子河区.
"""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home
from ..blind2.core import open_site
from ..blind4.core import column
from ..blind30.sites import Site as PlatSite
from ..blind39.sites import GbkSkin, _Trs
from .core import County, Ctx54, date_trap, html_copy, newer, search_trap

SS = "siteserver_contents"
TRS = "trs_createpage"
HL = "hl_shtml_static"
SXP, GSP, HLP = "山西省", "甘肃省", "黑龙江省"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


def _short(ctx, r) -> list[str]:
    """Turn ``r`` into a short article whose body says the report is attached; return the body."""
    r.uid = r.uid or ctx.uid()
    body = list(r.paras)
    r.paras = [r.title.replace("|", "") + "全文见附件。"]
    return body


def _scan(ctx, c, r, path: str) -> list[str]:
    """``r`` exists only as a scanned PDF at ``path`` (no text layer); return its real body."""
    r.uid = r.uid or ctx.uid()
    body = list(r.paras)
    r.paras = ["(扫描件)"]
    r.attachments.append((r.title + ".pdf", path, files.make_scan_pdf(r.uid)))
    return body


# ============================================================================ 山西 临汾, SiteServer
class _Ss:
    """A SiteServer site: every column a channel ``/channels/<ch>.html`` (20 rows a page, numbered
    links to ``<ch>_<n>.html``), articles ``/contents/<ch>/<id>.html``."""

    def __init__(self, ctx: Ctx54, c: County, clock: dt.date, nav: list[tuple[int, str]], *, skin=None):
        self.ctx, self.c = ctx, c
        links = [("/", "首页"), *((f"/channels/{ch}.html", n) for ch, n in nav)]
        self.skin = open_site(ctx, c, links, clock, **({"skin": skin} if skin else {}))
        self.boxes: list = []

    def col(self, ch: int, name: str, items: list, parent: tuple[str, str] | None = None) -> list:
        trail = [*([parent] if parent else []), (f"/channels/{ch}.html", name)]
        out = column(
            self.skin,
            items,
            name,
            trail,
            lambda it: f"/contents/{ch}/{(it.uid * 7919) % 900000 + 100000}.html",
            lambda n: f"/channels/{ch}.html" if n == 1 else f"/channels/{ch}_{n}.html",
            per=20,
        )
        self.boxes.append((f"/channels/{ch}.html", name, out))
        return out

    def finish(self, extra: str = "") -> None:
        home(self.skin, self.boxes, extra=extra)


def _upload(ctx, c, r, kind: str, body: list[str]) -> str:
    path = f"/upload/files/{r.pub:%Y}/{r.pub.month}/{r.pub:%Y%m%d%H%M%S}{r.uid % 10**4:04d}.{kind}"
    return ctx.attach(c, r, path, kind, body)


def hongtong(ctx: Ctx54) -> None:
    """洪洞县 (山西 临汾), ``www.hongtong.gov.cn``: SiteServer (the channel 11897 of the public
    spider is 通知公告 here, assumed). The 2024 report is on ``/channels/11897_3.html``; the 2022
    report is in 法治政府建设 beside 山西省's reposted 2022 report and a 实施方案. The site search
    ``/irs/front/search?searchWord=`` echoes its query and pages for ever (trap)."""
    c = County("hongtong", "洪洞县", SXP, "临汾市", "141024", "www.hongtong.gov.cn")
    s = _Ss(ctx, c, dt.date(2025, 5, 14), [(11890, "洪洞要闻"), (11897, "通知公告"), (11932, "法治政府建设")])
    trap = search_trap(ctx, s.skin, "/irs/front/search", "searchWord")
    r24 = _rep(ctx, c, 2024, "洪洞县2024年法治政府建设年度报告", "2025-03-28 10:15", "洪洞县人民政府")
    r22 = _rep(ctx, c, 2022, "洪洞县2022年度法治政府建设情况报告", "2023-03-30 16:20", "洪洞县人民政府")
    sx = ctx.higher(SXP, 2022, "党中央、国务院", "2023-04-04 09:30")
    look = ctx.lookalikes_of(c, [("plan", 2023), ("notice", 2025), ("xxgk_annual", 2024)])
    s.col(11890, "洪洞要闻", ctx.news(c, 185))
    tz = s.col(
        11897,
        "通知公告",
        [*newer(ctx, c, r24, 41, "notice", s.skin.clock), r24, look[1], *ctx.fillers(c, 12, "notice")],
    )
    assert tz.index(r24) >= 40
    s.col(11932, "法治政府建设", [r22, sx, look[0], look[2], *ctx.fillers(c, 9, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(SS, "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(SS, "higher_repost"))
    ctx.record_higher(c, sx, 2022, c.base + sx.path)
    s.finish(extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>')


def quwo(ctx: Ctx54) -> None:
    """曲沃县 (山西 临汾), ``www.quwo.gov.cn``: SiteServer. The 2023 report is in 法治政府建设 beside
    the 县司法局's report and a 考核 通报; the 2021 report exists only as a scanned PDF upload; the
    2022 report is in 通知公告 beside a notice about it."""
    c = County("quwo", "曲沃县", SXP, "临汾市", "141021", "www.quwo.gov.cn")
    s = _Ss(ctx, c, dt.date(2025, 4, 10), [(2201, "曲沃要闻"), (2214, "通知公告"), (2236, "法治政府建设")])
    r23 = _rep(
        ctx, c, 2023, "曲沃县人民政府关于2023年法治政府建设情况的报告", "2024-03-27 09:40", "曲沃县人民政府"
    )
    r22 = _rep(ctx, c, 2022, "曲沃县2022年法治政府建设工作报告", "2023-03-29 15:10", "曲沃县人民政府")
    r21 = _rep(ctx, c, 2021, "曲沃县2021年度法治政府建设年度报告", "2022-03-31 11:00", "曲沃县人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-22 10:30")
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("notice", 2023), ("meeting", 2024)])
    r21.uid = ctx.uid()
    scan = f"/upload/files/{r21.pub:%Y}/{r21.pub.month}/{r21.pub:%Y%m%d%H%M%S}{r21.uid % 10**4:04d}.pdf"
    body21 = _scan(ctx, c, r21, scan)
    s.col(2201, "曲沃要闻", ctx.news(c, 170))
    s.col(2214, "通知公告", [r22, look[1], *ctx.fillers(c, 26, "notice")])
    s.col(2236, "法治政府建设", [r23, dep, look[0], r21, look[2], *ctx.fillers(c, 8, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(SS,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(SS,))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.record_scan(c, r21, 2021, scan, body21, kinds=(SS,))
    s.finish()


def xiangfen(ctx: Ctx54) -> None:
    """襄汾县 (山西 临汾), ``www.xiangfen.gov.cn``: SiteServer with GBK pages (assumed). The 2024
    report is in 政府信息公开 → 法定主动公开内容 beside a 政府工作报告; the 2020 report is on the
    second page of 法治政府建设 beside a 述法报告."""
    c = County("xiangfen", "襄汾县", SXP, "临汾市", "141023", "www.xiangfen.gov.cn")
    s = _Ss(
        ctx,
        c,
        dt.date(2025, 6, 5),
        [(3101, "襄汾要闻"), (3150, "法定主动公开内容"), (3162, "法治政府建设")],
        skin=GbkSkin,
    )
    r24 = _rep(ctx, c, 2024, "襄汾县2024年度法治政府建设工作报告", "2025-03-26 14:30", "襄汾县人民政府")
    r20 = _rep(ctx, c, 2020, "襄汾县2020年法治政府建设情况报告", "2021-03-30 09:20", "襄汾县人民政府")
    look = ctx.lookalikes_of(c, [("gov_work_report", 2025), ("shufa", 2021), ("demo_news", 2023)])
    gk = ("/channels/3150.html", "法定主动公开内容")
    s.col(3101, "襄汾要闻", ctx.news(c, 180))
    s.col(3150, "法定主动公开内容", [r24, look[0], *ctx.fillers(c, 14, "disclosure")])
    fz = s.col(
        3162,
        "法治政府建设",
        [
            *newer(ctx, c, r20, 21, "disclosure", s.skin.clock),
            r20,
            look[1],
            look[2],
            *ctx.fillers(c, 4, "disclosure", (2018, 2020)),
        ],
        parent=gk,
    )
    assert fz.index(r20) >= 20
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(SS, "gbk_pages"))
    ctx.truth_report(c, r20, 2020, html_copy(c, r20), kinds=(SS, "gbk_pages", "later_list_page"))
    s.finish()


def huozhou(ctx: Ctx54) -> None:
    """霍州市 (山西 临汾), ``www.huozhou.gov.cn``: SiteServer. The 2023 report is a PDF upload
    (text layer) attached to a short article in 法治政府建设 beside 临汾市's reposted 2023 report;
    the 2021 report (joint 中共霍州市委 霍州市人民政府 title) is in 工作总结 beside the
    信息公开 annual report and a 解读."""
    c = County("huozhou", "霍州市", SXP, "临汾市", "141082", "www.huozhou.gov.cn")
    s = _Ss(ctx, c, dt.date(2025, 3, 19), [(4401, "霍州要闻"), (4420, "法治政府建设"), (4433, "工作总结")])
    r23 = _rep(ctx, c, 2023, "霍州市2023年法治政府建设年度报告", "2024-03-29 10:00", "霍州市人民政府")
    body23 = _short(ctx, r23)
    pdf = _upload(ctx, c, r23, "pdf", body23)
    r21 = _rep(
        ctx,
        c,
        2021,
        "中共霍州市委 霍州市人民政府关于2021年度法治政府建设情况的报告",
        "2022-03-30 11:40",
        "霍州市人民政府",
    )
    lf = ctx.higher("临汾市", 2023, "省委、省政府", "2024-04-08 09:00")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2022), ("interpretation", 2022), ("plan", 2024)])
    s.col(4401, "霍州要闻", ctx.news(c, 175))
    s.col(4420, "法治政府建设", [r23, lf, look[2], *ctx.fillers(c, 9, "disclosure")])
    s.col(
        4433,
        "工作总结",
        [r21, look[0], look[1], *ctx.fillers(c, 12, "disclosure", (2019, 2024))],
    )
    ctx.record(c, look)
    ctx.record_file(c, r23, 2023, pdf, body23, (SS, "pdf_attachment", "higher_repost"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(SS,))
    ctx.record_higher(c, lf, 2023, c.base + lf.path)
    s.finish()


# ============================================================================ 甘肃 庆阳, TRS
def _attached(ctx, c, col: str, r, kind: str) -> tuple[str, list[str]]:
    """Give ``r`` a TRS-named attachment (``P0…pdf``/``W0…doc(x)``) holding its text."""
    body = _short(ctx, r)
    mark = "P0" if kind == "pdf" else "W0"
    path = f"{col}{r.pub:%Y%m}/{mark}{r.pub:%Y%m%d}{r.uid % 10**9:09d}.{kind}"
    ctx.attach(c, r, path, kind, body)
    return path, body


def huanxian(ctx: Ctx54) -> None:
    """环县 (甘肃 庆阳), ``www.huanxian.gov.cn``: TRS, 信息公开 under ``/zwgk/fdzdgknr/``. The 2024
    report is in 法治政府建设 beside 甘肃省's reposted 2024 report and a 工作要点; the 2022 report is
    on 通知公告's ``index_1.html``."""
    c = County("huanxian", "环县", GSP, "庆阳市", "621022", "www.huanxian.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 5, 8))
    r24 = _rep(ctx, c, 2024, "环县2024年法治政府建设年度报告", "2025-03-28 10:00", "环县人民政府")
    r22 = _rep(ctx, c, 2022, "环县2022年度法治政府建设工作报告", "2023-03-30 16:00", "环县人民政府")
    gs = ctx.higher(GSP, 2024, "党中央、国务院", "2025-04-02 10:00")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("meeting", 2024), ("notice", 2023)])
    s.col("fdzdgknr/fzzfjs", "法治政府建设", [r24, gs, look[0], look[1], *ctx.fillers(c, 9, "disclosure")])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r22, 17, "notice", s.skin.clock), r22, look[2], *ctx.fillers(c, 12, "notice")],
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS, "later_list_page"))
    ctx.record_higher(c, gs, 2024, c.base + gs.path)
    s.finish()


def zhengning(ctx: Ctx54) -> None:
    """正宁县 (甘肃 庆阳), ``www.zninfo.gov.cn`` (https): TRS. The 2023 report is a DOCX attached to
    a short notice in 通知公告 beside a 文字解读; the 2021 report is in 法治政府建设 beside a 述法报告
    and a 第一责任人述职. A 按日期浏览 archive never ends (trap)."""
    c = County("zhengning", "正宁县", GSP, "庆阳市", "621025", "www.zninfo.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 4, 2))
    trap = date_trap(ctx, s.skin, "/rqll/index.jsp")
    r23 = _rep(ctx, c, 2023, "正宁县2023年度法治政府建设情况报告", "2024-03-29 09:30", "正宁县人民政府")
    docx, body23 = _attached(ctx, c, "/zwgk/tzgg/", r23, "docx")
    r21 = _rep(
        ctx,
        c,
        2021,
        "正宁县人民政府关于2021年法治政府建设工作情况的报告",
        "2022-03-30 15:00",
        "正宁县人民政府",
    )
    look = ctx.lookalikes_of(c, [("text_interp", 2024), ("shufa", 2022), ("duty_report", 2022)])
    s.col("tzgg", "通知公告", [r23, look[0], *ctx.fillers(c, 22, "notice")])
    s.col("fdzdgknr/fzzfjs", "法治政府建设", [r21, look[1], look[2], *ctx.fillers(c, 9, "disclosure")])
    ctx.record(c, look)
    ctx.record_file(c, r23, 2023, docx, body23, (TRS, "docx_attachment"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(TRS,))
    s.finish(extra=f'<div class="rqll"><a href="{trap}">按日期浏览</a></div>')


def ningxian(ctx: Ctx54) -> None:
    """宁县 (甘肃 庆阳), ``www.ningxian.gov.cn`` (https, GBK pages assumed): TRS. The 2024 report is
    in 法治政府建设 beside 庆阳市's reposted 2024 report; the 2022 report exists only as a ``.doc``
    in 通知公告; the 2021 report is in 部门信息公开 → 司法局 beside the 县司法局's own report."""
    c = County("ningxian", "宁县", GSP, "庆阳市", "621026", "www.ningxian.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 6, 20), skin=GbkSkin)
    r24 = _rep(ctx, c, 2024, "宁县2024年度法治政府建设工作报告", "2025-03-26 11:20", "宁县人民政府")
    r22 = _rep(ctx, c, 2022, "宁县2022年法治政府建设年度报告", "2023-03-28 10:40", "宁县人民政府")
    doc, body22 = _attached(ctx, c, "/zwgk/tzgg/", r22, "doc")
    r21 = _rep(ctx, c, 2021, "宁县2021年法治政府建设情况报告", "2022-03-29 16:20", "宁县人民政府")
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-18 15:00")
    qy = ctx.higher("庆阳市", 2024, "省委、省政府", "2025-04-07 09:00")
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("xxgk_annual", 2024), ("meeting_topic", 2023)])
    s.col("fdzdgknr/fzzfjs", "法治政府建设", [r24, qy, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    s.col("tzgg", "通知公告", [r22, look[2], *ctx.fillers(c, 20, "notice")])
    s.col("bmxxgk/sfj", "司法局", [dep, r21, *ctx.fillers(c, 10, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, "gbk_pages", "higher_repost"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(TRS, "gbk_pages"))
    ctx.record_higher(c, qy, 2024, c.base + qy.path)
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    ctx.record_file(c, r22, 2022, doc, body22, (TRS, "doc_needs_reader"))
    s.finish()


def qingcheng(ctx: Ctx54) -> None:
    """庆城县 (甘肃 庆阳), ``www.chinaqingcheng.gov.cn`` (https): TRS, 信息公开 under
    ``/zwgk/xxgkml/``. The 2023 report is on 通知公告's ``index_2.html`` beside a notice about it;
    the 2021 report is in 法治政府建设 beside 示范创建 news and a 政府工作报告."""
    c = County("qingcheng", "庆城县", GSP, "庆阳市", "621021", "www.chinaqingcheng.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 3, 25))
    r23 = _rep(ctx, c, 2023, "庆城县2023年法治政府建设工作情况的报告", "2024-03-27 14:30", "庆城县人民政府")
    r21 = _rep(ctx, c, 2021, "庆城县2021年度法治政府建设情况报告", "2022-03-29 16:20", "庆城县人民政府")
    look = ctx.lookalikes_of(c, [("notice", 2024), ("demo_news", 2022), ("gov_work_report", 2022)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r23, 32, "notice", s.skin.clock), r23, look[0], *ctx.fillers(c, 10, "notice")],
    )
    assert tz.index(r23) >= 30
    s.col("xxgkml/fzzfjs", "法治政府建设", [r21, look[1], look[2], *ctx.fillers(c, 9, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS, "later_list_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(TRS,))
    s.finish()


# ============================================================================ 黑龙江 鸡西
def _hl_pdf(ctx, c, s, r) -> tuple[str, list[str]]:
    body = _short(ctx, r)
    path = s.plat.attach_path("", r)
    ctx.attach(c, r, path, "pdf", body)
    return path, body


def jidong(ctx: Ctx54) -> None:
    """鸡东县 (黑龙江 鸡西), ``www.jidong.gov.cn`` (https): 黑龙江's platform. The 2024 report is in
    法治政府建设 beside 黑龙江省's reposted 2024 report and a 实施方案; the 2022 report is on 通知公告's
    ``zwgk_list_2.shtml`` (后一页)."""
    c = County("jidong", "鸡东县", HLP, "鸡西市", "230321", "www.jidong.gov.cn", scheme="https")
    s = PlatSite(ctx, c, "hl", dt.date(2025, 4, 30), code="jdx")
    s.start("100101", "鸡东要闻", 176)
    r24 = _rep(ctx, c, 2024, "鸡东县2024年法治政府建设年度报告", "2025-03-28 14:10", "鸡东县人民政府")
    r22 = _rep(ctx, c, 2022, "鸡东县2022年度法治政府建设工作报告", "2023-03-30 09:20", "鸡东县人民政府")
    hl = ctx.higher(HLP, 2024, "党中央、国务院", "2025-04-03 08:50")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("notice", 2023)])
    s.col("100412", "法治政府建设", [r24, hl, look[0], *ctx.fillers(c, 10, "disclosure")])
    tz = s.col(
        "100405",
        "通知公告",
        [*newer(ctx, c, r22, 18, "notice", s.skin.clock), r22, look[1], *ctx.fillers(c, 16, "notice")],
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HL, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HL, "later_list_page"))
    ctx.record_higher(c, hl, 2024, c.base + hl.path)
    s.finish()


def hulin(ctx: Ctx54) -> None:
    """虎林市 (黑龙江 鸡西), ``www.hljhulin.gov.cn`` (https): 黑龙江's platform. The 2023 report is a
    PDF (text layer, ``/<code>/uploadfiles/…pdf``) attached to a short article in 法治政府建设 beside a
    述法报告; the 2021 report is in 其他 beside a 政府工作报告 and a 文字解读."""
    c = County("hulin", "虎林市", HLP, "鸡西市", "230381", "www.hljhulin.gov.cn", scheme="https")
    s = PlatSite(ctx, c, "hl", dt.date(2024, 12, 4), code="hls")
    s.start("100201", "虎林新闻", 168)
    r23 = _rep(
        ctx, c, 2023, "虎林市人民政府关于2023年度法治政府建设情况的报告", "2024-03-29 10:30", "虎林市人民政府"
    )
    pdf, body23 = _hl_pdf(ctx, c, s, r23)
    r21 = _rep(ctx, c, 2021, "虎林市2021年法治政府建设情况报告", "2022-03-31 16:00", "虎林市人民政府")
    look = ctx.lookalikes_of(c, [("gov_work_report", 2022), ("text_interp", 2022), ("shufa", 2024)])
    s.col("100412", "法治政府建设", [r23, look[2], *ctx.fillers(c, 9, "disclosure")])
    s.col("100519", "其他", [r21, look[0], look[1], *ctx.fillers(c, 12, "disclosure", (2019, 2024))])
    ctx.record(c, look)
    ctx.record_file(c, r23, 2023, pdf, body23, (HL, "pdf_attachment"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(HL,))
    s.finish()


def mishan(ctx: Ctx54) -> None:
    """密山市 (黑龙江 鸡西), ``hljms.gov.cn``: 黑龙江's platform. The 2025 report ("2025年密山市…",
    year first) is in 法治政府建设 beside a meeting; the 2023 report is in 通知公告 beside a notice
    about it."""
    c = County("mishan", "密山市", HLP, "鸡西市", "230382", "hljms.gov.cn")
    s = PlatSite(ctx, c, "hl", dt.date(2026, 5, 12), code="mss")
    s.start("100301", "密山要闻", 182)
    r25 = _rep(ctx, c, 2025, "2025年密山市法治政府建设情况报告", "2026-03-26 09:50", "密山市人民政府")
    r23 = _rep(ctx, c, 2023, "密山市2023年度法治政府建设情况报告", "2024-03-30 14:40", "密山市人民政府")
    look = ctx.lookalikes_of(c, [("meeting", 2026), ("notice", 2024)])
    s.col("100412", "法治政府建设", [r25, look[0], *ctx.fillers(c, 12, "disclosure")])
    s.col("100405", "通知公告", [r23, look[1], *ctx.fillers(c, 22, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r25, 2025, html_copy(c, r25), kinds=(HL,))
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HL,))
    s.finish()


def hengshan(ctx: Ctx54) -> None:
    """恒山区 (黑龙江 鸡西), ``www.jixihengshan.gov.cn`` (https): 黑龙江's platform. The 2024 report is
    in 通知公告 beside a 考核 通报; the 2022 report is on page 2 of 法治政府建设 beside the 区司法局's
    report."""
    c = County("hengshan", "恒山区", HLP, "鸡西市", "230303", "www.jixihengshan.gov.cn", scheme="https")
    s = PlatSite(ctx, c, "hl", dt.date(2025, 7, 8), code="hsq")
    s.start("100301", "恒山要闻", 160)
    r24 = _rep(ctx, c, 2024, "鸡西市恒山区2024年法治政府建设工作报告", "2025-03-26 09:50", "恒山区人民政府")
    r22 = _rep(ctx, c, 2022, "恒山区2022年度法治政府建设情况报告", "2023-03-30 14:40", "恒山区人民政府")
    dep = ctx.department_report(c, "司法局", 2022, "2023-02-20 10:00")
    look = ctx.lookalikes_of(c, [("assessment", 2025), ("interpretation", 2023)])
    s.col("100405", "通知公告", [r24, look[0], *ctx.fillers(c, 20, "notice")])
    fz = s.col(
        "100412",
        "法治政府建设",
        [
            *newer(ctx, c, r22, 16, "disclosure", s.skin.clock),
            r22,
            dep,
            look[1],
            *ctx.fillers(c, 6, "disclosure", (2018, 2022)),
        ],
    )
    assert fz.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HL,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HL, "later_list_page"))
    ctx.record_department(c, dep, 2022, c.base + dep.path)
    s.finish()


JX_COUNTIES = (
    ("鸡冠区", "https://www.jgq.gov.cn/"),
    ("恒山区", "https://www.jixihengshan.gov.cn/"),
    ("滴道区", "http://www.didaoqu.gov.cn/"),
    ("梨树区", "https://jixilishu.gov.cn/"),
    ("城子河区", "https://www.czh.gov.cn/"),
    ("麻山区", "https://www.jiximashan.gov.cn/"),
    ("鸡东县", "https://www.jidong.gov.cn/"),
    ("虎林市", "https://www.hljhulin.gov.cn/"),
    ("密山市", "http://hljms.gov.cn/"),
)


def jx_portal(ctx: Ctx54) -> None:
    """鸡西市 portal ``www.jixi.gov.cn`` (https; 黑龙江's platform, code ``jixi`` as in the public
    URLs), seeded: its 县(市)区政府网站 block links the nine 县市区. 城子河区 (``www.czh.gov.cn``,
    https) is in no seed row: its 2023 report is in 法治政府建设 beside 鸡西市's reposted 2023 report
    and a 工作要点; its 2021 report is on page 2 of 通知公告."""
    p = County("jx_portal", "鸡西市", HLP, "", "230300", "www.jixi.gov.cn", scheme="https")
    ps = PlatSite(ctx, p, "hl", dt.date(2025, 6, 16), code="jixi")
    ps.start("100012", "鸡西要闻", 150)
    ps.col("100103", "通知公告", ctx.fillers(p, 24, "notice"))
    block = "".join(f'<li><a href="{u}" target="_blank">{n}人民政府</a></li>' for n, u in JX_COUNTIES)
    ps.finish(f'<div class="xqlj"><h3>县(市)区政府网站</h3><ul>{block}</ul></div>')

    c = County(
        "chengzihe", "城子河区", HLP, "鸡西市", "230306", "www.czh.gov.cn", scheme="https", seeded=False
    )
    s = PlatSite(ctx, c, "hl", dt.date(2025, 5, 12), code="czhq", seeded=False)
    s.start("100401", "城子河要闻", 172)
    kinds = (HL, "unseeded_county_via_prefecture_list")
    r23 = _rep(ctx, c, 2023, "城子河区2023年度法治政府建设工作报告", "2024-03-28 15:20", "城子河区人民政府")
    r21 = _rep(
        ctx,
        c,
        2021,
        "城子河区人民政府关于2021年法治政府建设工作的报告",
        "2022-03-29 10:10",
        "城子河区人民政府",
    )
    jx = ctx.higher("鸡西市", 2023, "省委、省政府", "2024-04-09 09:30")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("xxgk_annual", 2022)])
    s.col("100412", "法治政府建设", [r23, jx, look[0], *ctx.fillers(c, 8, "disclosure")])
    tz = s.col(
        "100405",
        "通知公告",
        [*newer(ctx, c, r21, 16, "notice", s.skin.clock), r21, look[1], *ctx.fillers(c, 12, "notice")],
    )
    assert tz.index(r21) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(*kinds, "higher_repost"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(*kinds, "later_list_page"))
    ctx.record_higher(c, jx, 2023, c.base + jx.path)
    s.finish()
