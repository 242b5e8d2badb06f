"""The blind57 sites: 滨州 (山东) counties on 山东's Hanweb JCMS (``/col/col<id>/index.html``,
``<datastore>``, ``dataproxy.jsp``, ``/art/Y/M/D/art_<col>_<id>.html``), 德宏 (云南) counties on
德宏州's 集约化 platform (``/Web/publice/_M<n>_<id>_<page>.htm`` lists, ``/Web/_F0_0_<id>.htm``
articles), and 阳江 (广东) counties on 广东's 集约化 platform (``/<site>/zwgk/<col>/``,
``content/post_<id>.html``) with the ``/gkmlpt/`` catalogue, plus the 阳江市 portal whose 县区
block alone links 阳春市. Each site's docstring names its evidence and what is assumed."""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home, index_page
from ..blind.skins import Skin
from ..blind2.core import open_site
from ..blind24.platforms import gd_attach, gd_column, gkmlpt
from ..blind25.platforms import GbkSkin, hanweb_attach
from ..blind35.sites import _Hw
from .core import County, Ctx57, date_trap, html_copy, newer, search_trap
from .platforms import dh_attach_path, dh_column, dh_list_url

HW = "jcms_datastore"
PROXY = "jcms_dataproxy_later_records"
DH = "dehong_web_publice"
GD = "gd_platform"
GK = "gkmlpt_api"
SD, YN, GDP = "山东省", "云南省", "广东省"


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


# ============================================================================ 山东 滨州
def bincheng(ctx: Ctx57) -> None:
    """滨城区 (山东 滨州), ``www.bincheng.gov.cn`` (data file, two lists agree): Hanweb JCMS, as
    博兴县's stored ``/art/2026/2/25/art_117919_9427179.html`` (assumed for this 区). The 2024
    report is record 47 of 通知公告, beyond the 45 ``<datastore>`` records (only the
    ``dataproxy.jsp`` POST lists it); the 2022 report is in 法治政府建设 beside 山东省's 2022
    report and a 实施方案."""
    c = County("bincheng", "滨城区", SD, "滨州市", "371602", "www.bincheng.gov.cn")
    s = _Hw(ctx, c, dt.date(2025, 5, 12), "41", "11371602", 116201)
    r24 = _rep(
        ctx, c, 2024, "滨州市滨城区2024年法治政府建设年度报告", "2025-03-27 10:20", "滨州市滨城区人民政府"
    )
    r22 = _rep(
        ctx,
        c,
        2022,
        "滨城区人民政府关于2022年法治政府建设情况的报告",
        "2023-03-30 15:40",
        "滨州市滨城区人民政府",
    )
    sd = ctx.higher(SD, 2022, "党中央、国务院", "2023-04-04 09:30")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("plan", 2023), ("xxgk_annual", 2024)])
    s.col(
        116230,
        "通知公告",
        [*newer(ctx, c, r24, 46, "notice", s.skin.clock), r24, look[0], *ctx.fillers(c, 10, "notice")],
    )
    s.col(116245, "法治政府建设", [r22, sd, look[1], look[2], *ctx.fillers(c, 9, "disclosure")])
    lists = s.finish()
    assert lists[116230].index(r24) >= 45
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HW, PROXY))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HW, "higher_repost"))
    ctx.record_higher(c, sd, 2022, c.base + sd.path)


def huimin(ctx: Ctx57) -> None:
    """惠民县 (山东 滨州), ``www.huimin.gov.cn``: Hanweb JCMS (assumed as 博兴县's). The 2023 report
    is a PDF (``downfile.jsp``, text layer) attached to a short article in 法治政府建设 beside a
    述法报告; the 2021 report is in 规划计划 → 工作总结 beside the 政府工作报告."""
    c = County("huimin", "惠民县", SD, "滨州市", "371621", "www.huimin.gov.cn")
    s = _Hw(ctx, c, dt.date(2025, 4, 17), "43", "11371621", 118401)
    r23 = _rep(ctx, c, 2023, "惠民县2023年度法治政府建设工作报告", "2024-03-28 16:00", "惠民县人民政府")
    r23.uid = ctx.uid()
    body23 = _strip(r23)
    pdf = hanweb_attach(ctx, c, r23, body23)
    s.attached.append(r23)
    r21 = _rep(ctx, c, 2021, "惠民县2021年法治政府建设情况报告", "2022-03-29 10:10", "惠民县人民政府")
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("gov_work_report", 2022), ("meeting", 2023)])
    s.col(118420, "法治政府建设", [r23, look[0], look[2], *ctx.fillers(c, 8, "disclosure")])
    s.col(118433, "工作总结", [r21, look[1], *ctx.fillers(c, 14, "disclosure", (2019, 2024))])
    s.col(118410, "通知公告", ctx.fillers(c, 30, "notice"))
    s.finish()
    ctx.record(c, look)
    ctx.record_file(c, r23, 2023, pdf, body23, (HW, "pdf_attachment"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(HW, "work_summary_column"))


def yangxin(ctx: Ctx57) -> None:
    """阳信县 (山东 滨州), ``www.yangxin.gov.cn`` (GBK pages assumed): Hanweb JCMS (assumed). The
    joint 中共阳信县委 阳信县人民政府 2024 report is in 法治政府建设 beside 滨州市's 2024 report and a
    第一责任人述职; the 2022 report exists only as a ``.doc`` on a notice in 通知公告; the 2021
    report is in 通知公告 beside a notice about the report. Hanweb's
    ``/jsearchfront/search.do?q=`` echoes its query and links more searches for ever (trap)."""
    c = County("yangxin", "阳信县", SD, "滨州市", "371622", "www.yangxin.gov.cn")
    s = _Hw(ctx, c, dt.date(2025, 6, 4), "45", "11371622", 120301, skin=GbkSkin)
    trap = search_trap(ctx, s.skin, "/jsearchfront/search.do", "q")
    r24 = _rep(
        ctx,
        c,
        2024,
        "中共阳信县委 阳信县人民政府关于2024年度法治政府建设情况的报告",
        "2025-03-31 09:50",
        "阳信县人民政府",
    )
    r22 = _rep(ctx, c, 2022, "阳信县2022年法治政府建设年度报告", "2023-03-29 14:30", "阳信县人民政府")
    r22.uid = ctx.uid()
    doc = f"/module/download/downfile.jsp?classid=0&filename={r22.uid:08d}a{r22.pub:%Y%m%d}.doc"
    body22 = _strip(r22)
    ctx.attach(c, r22, doc, "doc", body22)
    s.attached.append(r22)
    r21 = _rep(ctx, c, 2021, "阳信县2021年度法治政府建设工作报告", "2022-03-30 11:20", "阳信县人民政府")
    bz = ctx.higher("滨州市", 2024, "省委、省政府", "2025-04-02 10:00")
    look = ctx.lookalikes_of(c, [("duty_report", 2025), ("notice", 2022), ("demo_news", 2023)])
    s.col(120320, "法治政府建设", [r24, bz, look[0], look[2], *ctx.fillers(c, 8, "disclosure")])
    s.col(120311, "通知公告", [r22, r21, look[1], *ctx.fillers(c, 28, "notice")])
    s.finish(extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>')
    ctx.record(c, look)
    ctx.truth_report(
        c, r24, 2024, html_copy(c, r24), kinds=(HW, "gbk_pages", "joint_party_title", "higher_repost")
    )
    ctx.record_file(c, r22, 2022, doc, body22, (HW, "doc_needs_reader"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(HW, "gbk_pages"))
    ctx.record_higher(c, bz, 2024, c.base + bz.path)


def boxing(ctx: Ctx57) -> None:
    """博兴县 (山东 滨州), ``www.boxing.gov.cn``: Hanweb JCMS (stored
    ``www.boxing.gov.cn/art/2026/2/25/art_117919_9427179.html``; column 117919 is its news
    column here, the others assumed). The 2023 report is in 部门信息公开 → 县司法局 beside the
    司法局's own 2023 report; the 2022 report is in 政策文件 → 其他文件 beside a 考核 通报."""
    c = County("boxing", "博兴县", SD, "滨州市", "371625", "www.boxing.gov.cn")
    s = _Hw(ctx, c, dt.date(2025, 3, 26), "47", "11371625", 117919)
    r23 = _rep(
        ctx,
        c,
        2023,
        "博兴县人民政府关于2023年度法治政府建设工作情况的报告",
        "2024-03-26 15:10",
        "博兴县人民政府",
    )
    r22 = _rep(ctx, c, 2022, "博兴县2022年度法治政府建设情况报告", "2023-03-31 10:40", "博兴县人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-26 09:20")
    look = ctx.lookalikes_of(c, [("assessment", 2023), ("interpretation", 2024)])
    s.col(117960, "县司法局", [r23, dep, *ctx.fillers(c, 12, "disclosure")])
    s.col(117944, "其他文件", [r22, look[0], look[1], *ctx.fillers(c, 20, "disclosure")])
    s.col(117930, "通知公告", ctx.fillers(c, 30, "notice"))
    s.finish()
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HW,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HW, "other_files_column"))
    ctx.record_department(c, dep, 2023, c.base + dep.path)


# ============================================================================ 云南 德宏
class _Dh:
    """One 德宏州 platform site: a news column, a 政务公开 page of boxes, columns listed on
    ``/Web/publice/_M<m>_<colid>_<n>.htm`` and a home page."""

    def __init__(self, ctx: Ctx57, c: County, clock: dt.date, m: int, news_id: str, *, skin=Skin):
        self.ctx, self.c, self.m = ctx, c, m
        self.gk = "/zwgk/index.htm"
        news_url = dh_list_url(m, news_id, 1)
        nav = [("/", "首页"), (news_url, "德宏要闻"), (self.gk, "政务公开")]
        self.skin = open_site(ctx, c, nav, clock, skin=skin)
        self.news = dh_column(self.skin, m, news_id, "工作动态", [(news_url, "工作动态")], ctx.news(c, 185))
        self.news_url = news_url
        self.boxes: list[tuple[str, str, list]] = []

    def col(self, colid: str, name: str, items, folder: str = "/") -> list:
        url = dh_list_url(self.m, colid, 1, folder)
        out = dh_column(self.skin, self.m, colid, name, [(self.gk, "政务公开"), (url, name)], items, folder)
        self.boxes.append((url, name, out))
        return out

    def finish(self, extra: str = "") -> None:
        index_page(self.skin, self.gk, "政务公开", [(self.gk, "政务公开")], self.boxes)
        home(self.skin, [(self.news_url, "工作动态", self.news), (self.gk, "政务公开", [])], extra=extra)


def mangshi(ctx: Ctx57) -> None:
    """芒市 (云南 德宏), ``www.dhms.gov.cn`` (https): the 德宏 platform (stored
    ``/Web/publice/_M12_4QWSDWW8CE3E8D9EBC2847E2B8_1.htm`` and ``/wjj/Web/_F0_0_…htm``). The 2024
    report is on 通知公告's ``_2.htm`` page beside a 解读; the 2022 report is in 法治政府建设 beside
    云南省's 2022 report and a 工作要点."""
    c = County("mangshi", "芒市", YN, "德宏傣族景颇族自治州", "533103", "www.dhms.gov.cn", scheme="https")
    s = _Dh(ctx, c, dt.date(2025, 5, 6), 12, "4QWSDWW8CE3E8D9EBC2847E2B8")
    r24 = _rep(ctx, c, 2024, "芒市2024年法治政府建设年度报告", "2025-03-28 10:30", "芒市人民政府")
    r22 = _rep(
        ctx, c, 2022, "芒市人民政府关于2022年法治政府建设情况的报告", "2023-03-30 16:20", "芒市人民政府"
    )
    yn = ctx.higher(YN, 2022, "党中央、国务院", "2023-04-06 11:00")
    look = ctx.lookalikes_of(c, [("interpretation", 2025), ("plan", 2023)])
    tz = s.col(
        "4QWSE0B25CF8A1D3C64E0B91A7",
        "通知公告",
        [*newer(ctx, c, r24, 16, "notice", s.skin.clock), r24, look[0], *ctx.fillers(c, 12, "notice")],
    )
    assert tz.index(r24) >= 15
    s.col("4QWSE1F07A2C6B45D39E18C0F2", "法治政府建设", [r22, yn, look[1], *ctx.fillers(c, 9, "disclosure")])
    s.finish()
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(DH, "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(DH, "higher_repost"))
    ctx.record_higher(c, yn, 2022, c.base + yn.path)


def ruili(ctx: Ctx57) -> None:
    """瑞丽市 (云南 德宏), ``www.rl.gov.cn`` (http in the data file): the 德宏 platform (stored
    ``/Web/publice/_M10_4QWSCL20640C328B712043F9B0_1.htm``, ``/slyj/Web/_F0_0_…htm``). The 2023
    report is a PDF (text layer) attached to a short article in 法定主动公开内容 beside the
    信息公开 annual report; the 2021 report is in 司法局's folder (``/sfj/``) column beside the
    司法局's own report."""
    c = County("ruili", "瑞丽市", YN, "德宏傣族景颇族自治州", "533102", "www.rl.gov.cn")
    s = _Dh(ctx, c, dt.date(2025, 4, 22), 10, "4QWSCL20640C328B712043F9B0")
    r23 = _rep(ctx, c, 2023, "瑞丽市2023年度法治政府建设工作报告", "2024-03-29 09:40", "瑞丽市人民政府")
    r23.uid = ctx.uid()
    body23 = _strip(r23)
    pdf = ctx.attach(c, r23, dh_attach_path(r23, "pdf"), "pdf", body23)
    r21 = _rep(ctx, c, 2021, "瑞丽市2021年法治政府建设情况报告", "2022-03-30 15:00", "瑞丽市人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-28 10:00")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2024), ("meeting", 2024), ("notice", 2022)])
    s.col(
        "4QWSCM3A1E07F6B25D8C94A0E3",
        "法定主动公开内容",
        [r23, look[0], look[1], *ctx.fillers(c, 20, "disclosure")],
    )
    s.col(
        "4QWSCN5B2D18E7C36A9F05B1D4",
        "司法局",
        [r21, dep, look[2], *ctx.fillers(c, 10, "disclosure")],
        "/sfj/",
    )
    s.col("4QWSCP7C3E29F8D47B0A16C2E5", "通知公告", ctx.fillers(c, 28, "notice"))
    s.finish()
    ctx.record(c, look)
    ctx.record_file(c, r23, 2023, pdf, body23, (DH, "pdf_attachment"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(DH,))
    ctx.record_department(c, dep, 2023, c.base + dep.path)


def yingjiang(ctx: Ctx57) -> None:
    """盈江县 (云南 德宏), ``www.dhyj.gov.cn`` (https): the 德宏 platform (its
    ``/Web/publice/_M12_4QWSDWW8CE3E8D9EBC2847E2B8_1.htm`` is cited). The 2024 report is in
    法治政府建设 beside 德宏州's 2024 report, a 述法报告 and a 考核 通报; the 2023 report exists only
    as a scanned PDF there; the 2022 report is in 计划总结 beside a 工作要点. A 按日期浏览 archive
    never ends (trap; path assumed)."""
    c = County("yingjiang", "盈江县", YN, "德宏傣族景颇族自治州", "533123", "www.dhyj.gov.cn", scheme="https")
    s = _Dh(ctx, c, dt.date(2025, 6, 9), 12, "4QWSDWW8CE3E8D9EBC2847E2B8")
    trap = date_trap(ctx, s.skin, "/rqll/index.jsp")
    r24 = _rep(ctx, c, 2024, "盈江县2024年法治政府建设工作报告", "2025-03-27 17:10", "盈江县人民政府")
    r23 = _rep(ctx, c, 2023, "盈江县2023年法治政府建设年度报告", "2024-03-29 11:00", "盈江县人民政府")
    r23.uid = ctx.uid()
    scan = dh_attach_path(r23, "pdf")
    body23 = _scan(ctx, r23, scan)
    r22 = _rep(ctx, c, 2022, "盈江县2022年度法治政府建设工作情况的报告", "2023-03-28 10:50", "盈江县人民政府")
    dh = ctx.higher("德宏傣族景颇族自治州", 2024, "省委、省政府", "2025-04-03 16:00")
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("assessment", 2024), ("plan", 2022)])
    s.col(
        "4QWSF2A8B3D9C04E15F6A7B8C9",
        "法治政府建设",
        [r24, r23, dh, look[0], look[1], *ctx.fillers(c, 8, "disclosure")],
    )
    s.col("4QWSF3B9C4E0D15F26A7B8C9D0", "计划总结", [r22, look[2], *ctx.fillers(c, 12, "disclosure")])
    s.col("4QWSF4C0D5F1E26A37B8C9D0E1", "通知公告", ctx.fillers(c, 26, "notice"))
    s.finish(extra=f'<div class="rqll"><a href="{trap}">按日期浏览</a></div>')
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(DH, "higher_repost"))
    ctx.record_scan(c, r23, 2023, scan, body23, kinds=(DH,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(DH, "work_summary_column"))
    ctx.record_higher(c, dh, 2024, c.base + dh.path)


def longchuan(ctx: Ctx57) -> None:
    """陇川县 (云南 德宏), ``www.dhlc.gov.cn`` (GBK pages assumed): the 德宏 platform (its
    ``/Web/publice/_M12_…_1.htm`` and ``/fsx/Web/_F0_0_…htm``, ``/rsj/Web/_F0_0_…htm`` are cited).
    The 2023 report is a ``.docx`` (text) attached to an article in 通知公告; the joint
    中共陇川县委 陇川县人民政府 2021 report is on 通知公告's ``_2.htm`` page."""
    c = County("longchuan", "陇川县", YN, "德宏傣族景颇族自治州", "533124", "www.dhlc.gov.cn")
    s = _Dh(ctx, c, dt.date(2025, 3, 30), 12, "4QWSDWW8CE3E8D9EBC2847E2B8", skin=GbkSkin)
    r23 = _rep(ctx, c, 2023, "陇川县2023年法治政府建设情况报告", "2024-03-27 14:20", "陇川县人民政府")
    r23.uid = ctx.uid()
    body23 = _strip(r23)
    docx = ctx.attach(c, r23, dh_attach_path(r23, "docx"), "docx", body23)
    r21 = _rep(
        ctx,
        c,
        2021,
        "中共陇川县委 陇川县人民政府关于2021年度法治政府建设情况的报告",
        "2022-03-31 16:40",
        "陇川县人民政府",
    )
    look = ctx.lookalikes_of(c, [("text_interp", 2024), ("meeting_topic", 2022)])
    tz = s.col(
        "4QWSG5D1E6A2F37B48C9D0E1F2",
        "通知公告",
        [
            r23,
            look[0],
            *newer(ctx, c, r21, 14, "notice", s.skin.clock),
            r21,
            look[1],
            *ctx.fillers(c, 8, "notice"),
        ],
    )
    assert tz.index(r21) >= 15
    s.col("4QWSG6E2F7B3A48C59D0E1F2A3", "法治政府建设", ctx.fillers(c, 8, "disclosure"))
    s.finish()
    ctx.record(c, look)
    ctx.record_file(c, r23, 2023, docx, body23, (DH, "docx_attachment", "gbk_pages"))
    ctx.truth_report(
        c, r21, 2021, html_copy(c, r21), kinds=(DH, "later_list_page", "joint_party_title", "gbk_pages")
    )


# ============================================================================ 广东 阳江
class _GdP:
    """One 广东 platform site under a site prefix (as the 阳江市 portal's stored
    ``/yj/ywdt/gggs/index.html`` and ``/yj/ywdt/bmzx/content/post_984170.html``)."""

    def __init__(
        self, ctx: Ctx57, c: County, clock: dt.date, prefix: str, names: dict[str, str], seeded=True
    ):
        self.ctx, self.c, self.names, self.pre = ctx, c, names, prefix
        self.gk = f"{prefix}zwgk/index.html"
        nav = [("/", "首页"), (f"{prefix}ywdt/zwdt/", "政务动态"), (self.gk, "政务公开")]
        self.skin = open_site(ctx, c, nav, clock, seeded=seeded)
        col = f"{prefix}ywdt/zwdt/"
        self.news = gd_column(self.skin, col, "政务动态", [(col, "政务动态")], ctx.news(c, 190))
        self.lists: list[tuple[str, str, list]] = []

    def col(self, key: str, items, per: int = 15, top: str = "zwgk"):
        name, col = self.names[key], f"{self.pre}{top}/{key}/"
        out = gd_column(self.skin, col, name, [(self.gk, "政务公开"), (col, name)], items, per)
        self.lists.append((col, name, out))
        return out

    def finish(self, extra: str = "") -> None:
        index_page(self.skin, self.gk, "政务公开", [(self.gk, "政务公开")], self.lists)
        col = f"{self.pre}ywdt/zwdt/"
        home(self.skin, [(col, "政务动态", self.news), (self.gk, "政务公开", [])], extra=extra)


GKLINK = '<div class="xxgk"><a href="/gkmlpt/index">政府信息公开</a></div>'


def jiangcheng(ctx: Ctx57) -> None:
    """江城区 (广东 阳江), ``www.jiangcheng.gov.cn`` (https; data file, newer list only): 广东
    platform under ``/yjjcq/`` (prefix assumed, after the portal's ``/yj/``) with the ``/gkmlpt/``
    catalogue (the 阳江市统计局's ``/yjtjj/gkmlpt/index`` is cited). The 2024 report is in the
    catalogue's 法定主动公开内容 beside the 信息公开 annual report; the 2022 report is in 法治政府建设
    beside 广东省's 2022 report."""
    c = County("jiangcheng", "江城区", GDP, "阳江市", "441702", "www.jiangcheng.gov.cn", scheme="https")
    s = _GdP(ctx, c, dt.date(2025, 5, 19), "/yjjcq/", {"tzgg": "通知公告", "fzzfjs": "法治政府建设"})
    r24 = _rep(
        ctx, c, 2024, "阳江市江城区2024年法治政府建设年度报告", "2025-03-28 15:30", "阳江市江城区人民政府"
    )
    r22 = _rep(ctx, c, 2022, "江城区2022年度法治政府建设情况报告", "2023-03-30 09:50", "阳江市江城区人民政府")
    gd = ctx.higher(GDP, 2022, "党中央、国务院", "2023-04-03 10:00")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2024), ("notice", 2023), ("plan", 2025)])
    s.col("tzgg", [look[1], *ctx.fillers(c, 26, "notice")])
    s.col("fzzfjs", [r22, gd, look[2], *ctx.fillers(c, 8, "disclosure")])
    gkmlpt(
        ctx,
        s.skin,
        "441702",
        {
            2901: ("法定主动公开内容", [r24, look[0], *ctx.fillers(c, 30, "disclosure")]),
            2906: ("规划计划", ctx.fillers(c, 12, "disclosure", (2020, 2024))),
        },
    )
    s.finish(extra=GKLINK)
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(GD, GK))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(GD, "higher_repost"))
    ctx.record_higher(c, gd, 2022, c.base + gd.path)


def yangdong(ctx: Ctx57) -> None:
    """阳东区 (广东 阳江), ``www.yangdong.gov.cn``: 广东 platform (root columns as blind36's). The
    2023 report is on 通知公告's ``index_2.html`` beside a 述职; the 2021 report is in the
    ``/gkmlpt/`` catalogue's 工作总结 beside a 工作要点. ``/search/index.jsp?keywords=`` echoes its
    query and pages for ever (trap; path assumed)."""
    c = County("yangdong", "阳东区", GDP, "阳江市", "441704", "www.yangdong.gov.cn")
    s = _GdP(ctx, c, dt.date(2025, 4, 11), "/", {"tzgg": "通知公告", "fzzfjs": "法治政府建设"})
    trap = search_trap(ctx, s.skin, "/search/index.jsp", "keywords")
    r23 = _rep(ctx, c, 2023, "阳东区2023年法治政府建设工作报告", "2024-03-28 10:10", "阳江市阳东区人民政府")
    r21 = _rep(
        ctx,
        c,
        2021,
        "阳江市阳东区人民政府关于2021年法治政府建设情况的报告",
        "2022-03-30 16:00",
        "阳江市阳东区人民政府",
    )
    look = ctx.lookalikes_of(c, [("duty_report", 2024), ("plan", 2021), ("demo_news", 2024)])
    tz = s.col(
        "tzgg", [*newer(ctx, c, r23, 16, "notice", s.skin.clock), r23, look[0], *ctx.fillers(c, 12, "notice")]
    )
    assert tz.index(r23) >= 15
    s.col("fzzfjs", [look[2], *ctx.fillers(c, 10, "disclosure")])
    gkmlpt(
        ctx,
        s.skin,
        "441704",
        {
            3401: ("工作总结", [r21, look[1], *ctx.fillers(c, 14, "disclosure", (2019, 2024))]),
            3405: ("政策文件", ctx.fillers(c, 22, "disclosure")),
        },
    )
    s.finish(extra=GKLINK + f'<div class="ss"><a href="{trap}">站内搜索</a></div>')
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(GD, "later_list_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(GD, GK, "work_summary_column"))


def yangxi(ctx: Ctx57) -> None:
    """阳西县 (广东 阳江), ``www.yangxi.gov.cn``: 广东 platform. The 2024 report is a PDF (text
    layer) attached to a short notice in 通知公告 (``/attachment/0/…``); the 2022 report is in
    法治政府建设 beside the 县司法局's report, 阳江市's 2022 report and a 考核 通报."""
    c = County("yangxi", "阳西县", GDP, "阳江市", "441721", "www.yangxi.gov.cn")
    s = _GdP(ctx, c, dt.date(2025, 5, 27), "/", {"tzgg": "通知公告", "fzzfjs": "法治政府建设"})
    r24 = _rep(ctx, c, 2024, "阳西县2024年法治政府建设年度报告", "2025-03-31 17:30", "阳西县人民政府")
    r24.uid = ctx.uid()
    body24 = _strip(r24)
    pdf = gd_attach(ctx, c, r24, "pdf", body24)
    r22 = _rep(ctx, c, 2022, "阳西县2022年法治政府建设情况报告", "2023-03-29 11:30", "阳西县人民政府")
    dep = ctx.department_report(c, "司法局", 2022, "2023-02-24 15:00")
    yj = ctx.higher("阳江市", 2022, "省委、省政府", "2023-04-04 09:00")
    look = ctx.lookalikes_of(c, [("assessment", 2023), ("notice", 2025)])
    s.col("tzgg", [r24, look[1], *ctx.fillers(c, 25, "notice")])
    s.col("fzzfjs", [r22, dep, yj, look[0], *ctx.fillers(c, 8, "disclosure")])
    s.finish()
    ctx.record(c, look)
    ctx.record_file(c, r24, 2024, pdf, body24, (GD, "pdf_attachment"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(GD, "higher_repost"))
    ctx.record_department(c, dep, 2022, c.base + dep.path)
    ctx.record_higher(c, yj, 2022, c.base + yj.path)


YANGJIANG = (
    ("江城区", "https://www.jiangcheng.gov.cn/"),
    ("阳东区", "http://www.yangdong.gov.cn/"),
    ("阳西县", "http://www.yangxi.gov.cn/"),
    ("阳春市", "https://www.yangchun.gov.cn/"),
)


def yangjiang_portal(ctx: Ctx57) -> None:
    """阳江市 portal ``www.yangjiang.gov.cn`` (http in the data file), seeded: 广东 platform under
    ``/yj/`` (stored ``/yj/ywdt/gggs/index.html``, ``/yj/ywdt/bmzx/content/post_984170.html``);
    its 县(市、区)政府网站 block (hosts from the data files; the block assumed) alone names
    阳春市 ``www.yangchun.gov.cn`` (https), in no seed row: 广东 platform, 2024 report in
    法治政府建设 beside a 工作要点, the 2022 report on 通知公告's ``index_2.html``."""
    p = County("yangjiang_portal", "阳江市", GDP, "", "441700", "www.yangjiang.gov.cn")
    ps = _GdP(ctx, p, dt.date(2025, 6, 2), "/yj/", {"gggs": "公告公示"})
    ps.col("gggs", ctx.fillers(p, 30, "notice"), top="ywdt")
    links = "".join(f'<li><a href="{u}" target="_blank">{n}人民政府</a></li>' for n, u in YANGJIANG)
    ps.finish(extra=f'<div class="xsq"><h3>县(市、区)政府网站</h3><ul>{links}</ul></div>')

    c = County(
        "yangchun", "阳春市", GDP, "阳江市", "441781", "www.yangchun.gov.cn", scheme="https", seeded=False
    )
    s = _GdP(ctx, c, dt.date(2025, 4, 28), "/", {"fzzfjs": "法治政府建设", "tzgg": "通知公告"}, seeded=False)
    kinds = (GD, "unseeded_county_via_prefecture_list")
    r24 = _rep(ctx, c, 2024, "阳春市2024年法治政府建设年度报告", "2025-03-27 11:40", "阳春市人民政府")
    r22 = _rep(ctx, c, 2022, "阳春市2022年度法治政府建设工作报告", "2023-03-31 15:20", "阳春市人民政府")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("notice", 2023)])
    s.col("fzzfjs", [r24, look[0], *ctx.fillers(c, 8, "disclosure")])
    tz = s.col(
        "tzgg", [*newer(ctx, c, r22, 16, "notice", s.skin.clock), r22, look[1], *ctx.fillers(c, 10, "notice")]
    )
    assert tz.index(r22) >= 15
    s.finish()
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=kinds)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(*kinds, "later_list_page"))
