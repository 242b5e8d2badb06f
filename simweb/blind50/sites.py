"""The blind50 sites: 淮安 (江苏) counties on 淮安's county platform (``/col/<n>_<m>/art/…``
articles, 信息公开 columns listed by ``POST /articleCommonController/lists.do``), 台州 (浙江)
counties on 浙江's Hanweb JCMS (``/col/col<id>/index.html``, ``<datastore>``, ``dataproxy.jsp``,
``downfile.jsp``), and 云浮 (广东) counties on 广东's 集约化 platform (``/<site>/zwgk/<col>/``,
``content/post_<id>.html``) with the ``/gkmlpt/`` catalogue, plus the 云浮市 portal whose 县区
block alone links 云安区. Each site's docstring names its evidence and what is assumed."""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.core import h
from ..blind.sites_a import home, index_page
from ..blind.skins import Skin
from ..blind2.core import open_site
from ..blind24.platforms import gd_attach, gd_column, gkmlpt
from ..blind25.platforms import GbkSkin, hanweb_attach
from ..blind35.sites import _Hw
from .core import County, Ctx50, date_trap, html_copy, newer, search_trap
from .platforms import HaTopics, ha_static

HA = "huaian_articlecommon_post"
HW = "jcms_datastore"
PROXY = "jcms_dataproxy_later_records"
GD = "gd_platform"
GK = "gkmlpt_api"
JS, ZJ, GDP = "江苏省", "浙江省", "广东省"


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


# ============================================================================ 江苏 淮安
class _Ha:
    """One 淮安 platform site: a ``/col/<n>_<m>/`` news column with static lists, a 政务公开 page
    whose 信息公开 columns are ``/cmsweb/zwgk/<site>/index.html?topic=…`` API shells, and
    optionally static ``/col/`` columns."""

    def __init__(
        self, ctx: Ctx50, c: County, clock: dt.date, site: str, news: str, *, skin=Skin, seeded=True
    ):
        self.ctx, self.c = ctx, c
        self.news_col = f"/col/{news}/"
        nav = [("/", "首页"), (self.news_col + "index.html", "要闻动态"), ("/zwgk/index.html", "政务公开")]
        self.skin = open_site(ctx, c, nav, clock, skin=skin, seeded=seeded)
        self.news = ha_static(
            self.skin, self.news_col, "要闻动态", [(self.news_col, "要闻动态")], ctx.news(c, 180)
        )
        self.api = HaTopics(self.skin, site, h("rdept50", c.host)[:32])
        self.boxes: list[tuple[str, str, list]] = []

    def topic(self, topic: int, col: str, name: str, items) -> list:
        out = self.api.column(topic, f"/col/{col}/", name, [("/zwgk/index.html", "政务公开")], items)
        self.boxes.append((self.api.url(topic), name, []))
        return out

    def static(self, col: str, name: str, items) -> list:
        path = f"/col/{col}/"
        out = ha_static(self.skin, path, name, [("/zwgk/index.html", "政务公开"), (path, name)], items)
        self.boxes.append((path + "index.html", name, out))
        return out

    def finish(self, extra: str = "") -> None:
        index_page(self.skin, "/zwgk/index.html", "政务公开", [("/zwgk/index.html", "政务公开")], self.boxes)
        home(
            self.skin,
            [(self.news_col + "index.html", "要闻动态", self.news), ("/zwgk/index.html", "政务公开", [])],
            extra=extra,
        )


def xuyi(ctx: Ctx50) -> None:
    """盱眙县 (江苏 淮安), ``www.xuyi.gov.cn`` (https: its stored article URLs): the 淮安 platform
    (public crawler for ``/cmsweb/zwgk/xy/index.html?topic=2944&orgid=…`` and
    ``/articleCommonController/lists.do``; stored ``/col/887_815381/art/17119008/…html``). The
    2024 report is on the API's second page of 通知公告; the 2022 report is in 法治政府建设 beside
    江苏省's reposted 2022 report and a 实施方案."""
    c = County("xuyi", "盱眙县", JS, "淮安市", "320830", "www.xuyi.gov.cn", scheme="https")
    s = _Ha(ctx, c, dt.date(2025, 5, 21), "xy", "887_815381")
    r24 = _rep(ctx, c, 2024, "盱眙县2024年法治政府建设年度报告", "2025-03-28 15:10", "盱眙县人民政府")
    r22 = _rep(
        ctx, c, 2022, "盱眙县人民政府关于2022年法治政府建设情况的报告", "2023-03-30 10:20", "盱眙县人民政府"
    )
    js = ctx.higher(JS, 2022, "党中央、国务院", "2023-04-03 09:30")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("plan", 2023), ("xxgk_annual", 2024)])
    tz = s.topic(
        2951,
        "14527_858573",
        "通知公告",
        [*newer(ctx, c, r24, 17, "notice", s.skin.clock), r24, look[0], *ctx.fillers(c, 12, "notice")],
    )
    assert tz.index(r24) >= 15
    s.topic(
        2960, "14527_858590", "法治政府建设", [r22, js, look[1], look[2], *ctx.fillers(c, 9, "disclosure")]
    )
    s.finish()
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HA, "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HA, "higher_repost"))
    ctx.record_higher(c, js, 2022, c.base + js.path)


def jinhu(ctx: Ctx50) -> None:
    """金湖县 (江苏 淮安), ``www.jinhu.gov.cn``: the 淮安 platform (assumed like 盱眙县's). The 2023
    report is in the API-listed 法治政府建设 beside the 县司法局's report and a 述法报告; the 2021
    report is in the static 通知公告 (``/col/…/index_2.html``) beside a 解读."""
    c = County("jinhu", "金湖县", JS, "淮安市", "320831", "www.jinhu.gov.cn")
    s = _Ha(ctx, c, dt.date(2025, 4, 14), "jh", "1102_726311")
    r23 = _rep(ctx, c, 2023, "金湖县2023年度法治政府建设工作报告", "2024-03-27 16:40", "金湖县人民政府")
    r21 = _rep(ctx, c, 2021, "金湖县2021年法治政府建设情况报告", "2022-03-30 09:10", "金湖县人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-23 10:30")
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("interpretation", 2022), ("meeting", 2023)])
    s.topic(3105, "1102_726340", "法治政府建设", [r23, dep, look[0], *ctx.fillers(c, 9, "disclosure")])
    tz = s.static(
        "1102_726325",
        "通知公告",
        [
            *newer(ctx, c, r21, 16, "notice", s.skin.clock),
            r21,
            look[1],
            look[2],
            *ctx.fillers(c, 10, "notice"),
        ],
    )
    assert tz.index(r21) >= 15
    s.finish()
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HA,))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(HA, "later_list_page"))
    ctx.record_department(c, dep, 2023, c.base + dep.path)


def lianshui(ctx: Ctx50) -> None:
    """涟水县 (江苏 淮安), ``www.lianshui.gov.cn`` (GBK pages assumed): the 淮安 platform (assumed).
    The 2024 report is a PDF (text layer) attached to a short article in the API-listed
    规划计划; the joint 2022 report of the 县委 and the 县政府 is in the static 通知公告; the 2021
    report exists only as a scanned PDF there."""
    c = County("lianshui", "涟水县", JS, "淮安市", "320826", "www.lianshui.gov.cn")
    s = _Ha(ctx, c, dt.date(2025, 6, 6), "ls", "2210_663201", skin=GbkSkin)
    r24 = _rep(ctx, c, 2024, "涟水县2024年法治政府建设年度报告", "2025-03-31 17:20", "涟水县人民政府")
    r24.uid = ctx.uid()
    body24 = _strip(r24)
    pdf = ctx.attach(c, r24, f"/u/cms/lianshui/{r24.pub:%Y%m}/{r24.uid % 10**8:08d}.pdf", "pdf", body24)
    r22 = _rep(
        ctx,
        c,
        2022,
        "中共涟水县委 涟水县人民政府关于2022年度法治政府建设情况的报告",
        "2023-03-29 11:00",
        "涟水县人民政府",
    )
    r21 = _rep(ctx, c, 2021, "涟水县2021年度法治政府建设工作报告", "2022-03-30 15:30", "涟水县人民政府")
    r21.uid = ctx.uid()
    scan = f"/u/cms/lianshui/{r21.pub:%Y%m}/{r21.uid % 10**8:08d}.pdf"
    body21 = _scan(ctx, r21, scan)
    look = ctx.lookalikes_of(c, [("gov_work_report", 2025), ("assessment", 2024), ("notice", 2023)])
    s.topic(4410, "2210_663230", "规划计划", [r24, look[0], *ctx.fillers(c, 10, "disclosure")])
    s.static("2210_663215", "通知公告", [r22, r21, look[1], look[2], *ctx.fillers(c, 20, "notice")])
    s.finish()
    ctx.record(c, look)
    ctx.record_file(c, r24, 2024, pdf, body24, (HA, "pdf_attachment"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HA, "gbk_pages"))
    ctx.record_scan(c, r21, 2021, scan, body21, kinds=(HA,))


def huaiyin(ctx: Ctx50) -> None:
    """淮阴区 (江苏 淮安), ``www.zghy.gov.cn``: the 淮安 platform (assumed). The 2023 report is on
    the API's second page of 部门信息公开 → 区司法局 beside 淮安市's reposted 2023 report; the 2021
    report is in the static 工作总结. A 按日期浏览 archive never ends (trap)."""
    c = County("huaiyin", "淮阴区", JS, "淮安市", "320804", "www.zghy.gov.cn")
    s = _Ha(ctx, c, dt.date(2025, 3, 28), "hy", "3301_702110")
    trap = date_trap(ctx, s.skin, "/rqll/index.jsp")
    r23 = _rep(
        ctx, c, 2023, "淮安市淮阴区2023年法治政府建设情况报告", "2024-03-29 10:50", "淮安市淮阴区人民政府"
    )
    r21 = _rep(ctx, c, 2021, "淮阴区2021年法治政府建设年度报告", "2022-03-31 14:00", "淮安市淮阴区人民政府")
    ha = ctx.higher("淮安市", 2023, "省委、省政府", "2024-04-02 16:00")
    look = ctx.lookalikes_of(c, [("duty_report", 2024), ("meeting_topic", 2023), ("plan", 2022)])
    sf = s.topic(
        5120,
        "3301_702188",
        "区司法局",
        [
            *newer(ctx, c, r23, 16, "disclosure", s.skin.clock),
            r23,
            ha,
            look[0],
            *ctx.fillers(c, 8, "disclosure"),
        ],
    )
    assert sf.index(r23) >= 15
    s.static("3301_702140", "工作总结", [r21, look[1], look[2], *ctx.fillers(c, 12, "disclosure")])
    s.finish(extra=f'<div class="rqll"><a href="{trap}">按日期浏览</a></div>')
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HA, "api_later_page", "higher_repost"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(HA,))
    ctx.record_higher(c, ha, 2023, c.base + ha.path)


# ============================================================================ 浙江 台州
def linhai(ctx: Ctx50) -> None:
    """临海市 (浙江 台州), ``www.linhai.gov.cn`` (https): 浙江 Hanweb (stored
    ``/art/2020/12/16/art_1478632_59001912.html`` and ``/module/download/downfile.jsp?classid=0&
    filename=<32 hex>.pdf``). The 2024 report is a PDF (``downfile.jsp``, text layer) attached to
    a short notice in 通知公告; the 2022 report is in 法治政府建设 beside 浙江省's 2022 report."""
    c = County("linhai", "临海市", ZJ, "台州市", "331082", "www.linhai.gov.cn", scheme="https")
    s = _Hw(ctx, c, dt.date(2025, 5, 9), "3117", "1478601", 1478601)
    r24 = _rep(ctx, c, 2024, "临海市2024年法治政府建设年度报告", "2025-03-27 09:40", "临海市人民政府")
    r24.uid = ctx.uid()
    body24 = _strip(r24)
    pdf = hanweb_attach(ctx, c, r24, body24)
    s.attached.append(r24)
    r22 = _rep(ctx, c, 2022, "临海市2022年度法治政府建设工作报告", "2023-03-30 16:10", "临海市人民政府")
    zj = ctx.higher(ZJ, 2022, "党中央、国务院", "2023-04-06 10:00")
    look = ctx.lookalikes_of(c, [("notice", 2024), ("plan", 2023), ("text_interp", 2023)])
    s.col(1478632, "通知公告", [r24, look[0], *ctx.fillers(c, 30, "notice")])
    s.col(1478650, "法治政府建设", [r22, zj, look[1], look[2], *ctx.fillers(c, 8, "disclosure")])
    s.finish()
    ctx.record(c, look)
    ctx.record_file(c, r24, 2024, pdf, body24, (HW, "pdf_attachment"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HW, "higher_repost"))
    ctx.record_higher(c, zj, 2022, c.base + zj.path)


def wenling(ctx: Ctx50) -> None:
    """温岭市 (浙江 台州), ``www.wl.gov.cn`` (https): 浙江 Hanweb 政务云 (10-digit column ids as on
    浙江's other county sites). The 2023 report is record 47 of 通知公告, beyond the 45
    ``<datastore>`` records (only the ``dataproxy.jsp`` POST lists it); the 2021 report is in
    法治政府建设 beside a 述法报告 and a 考核 通报."""
    c = County("wenling", "温岭市", ZJ, "台州市", "331081", "www.wl.gov.cn", scheme="https")
    s = _Hw(ctx, c, dt.date(2025, 4, 29), "3120", "6021345", 1229104451)
    r23 = _rep(
        ctx,
        c,
        2023,
        "温岭市人民政府关于2023年度法治政府建设工作情况的报告",
        "2024-03-28 11:30",
        "温岭市人民政府",
    )
    r21 = _rep(ctx, c, 2021, "温岭市2021年法治政府建设情况报告", "2022-03-29 15:20", "温岭市人民政府")
    look = ctx.lookalikes_of(c, [("shufa", 2023), ("assessment", 2022), ("notice", 2024)])
    s.col(
        1229104470,
        "通知公告",
        [*newer(ctx, c, r23, 46, "notice", s.skin.clock), r23, look[2], *ctx.fillers(c, 10, "notice")],
    )
    s.col(1229104482, "法治政府建设", [r21, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    lists = s.finish()
    assert lists[1229104470].index(r23) >= 45
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HW, PROXY))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(HW,))


def yuhuan(ctx: Ctx50) -> None:
    """玉环市 (浙江 台州), ``www.yuhuan.gov.cn`` (https, GBK pages assumed): 浙江 Hanweb. The 2024
    report is in 法治政府建设 beside 台州市's reposted 2024 report and a 工作要点; the 2022 report is
    in 通知公告 beside the 信息公开 annual report. Hanweb's ``/jsearchfront/search.do?q=`` echoes
    its query and links more searches for ever (trap; path as on other Hanweb sites)."""
    c = County("yuhuan", "玉环市", ZJ, "台州市", "331083", "www.yuhuan.gov.cn", scheme="https")
    s = _Hw(ctx, c, dt.date(2025, 6, 11), "3124", "6024410", 1229371201, skin=GbkSkin)
    trap = search_trap(ctx, s.skin, "/jsearchfront/search.do", "q")
    r24 = _rep(ctx, c, 2024, "玉环市2024年度法治政府建设年度报告", "2025-03-30 10:00", "玉环市人民政府")
    r22 = _rep(ctx, c, 2022, "玉环市2022年法治政府建设工作报告", "2023-03-31 09:20", "玉环市人民政府")
    tz = ctx.higher("台州市", 2024, "省委、省政府", "2025-04-03 15:00")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("xxgk_annual", 2023), ("demo_news", 2023)])
    s.col(1229371230, "法治政府建设", [r24, tz, look[0], *ctx.fillers(c, 9, "disclosure")])
    s.col(1229371215, "通知公告", [r22, look[1], look[2], *ctx.fillers(c, 28, "notice", (2019, 2024))])
    lists = s.finish(extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>')
    assert lists[1229371215].index(r22) < 45
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HW, "gbk_pages", "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HW, "gbk_pages"))
    ctx.record_higher(c, tz, 2024, c.base + tz.path)


def xianju(ctx: Ctx50) -> None:
    """仙居县 (浙江 台州), ``www.zjxj.gov.cn`` (https): 浙江 Hanweb. The 2023 report is in
    政府信息公开 → 法定主动公开内容 beside the 县司法局's report; the 2022 report exists only as a
    ``.doc`` attached to a notice."""
    c = County("xianju", "仙居县", ZJ, "台州市", "331024", "www.zjxj.gov.cn", scheme="https")
    s = _Hw(ctx, c, dt.date(2025, 3, 21), "3128", "6026120", 1229402101)
    r23 = _rep(ctx, c, 2023, "仙居县2023年法治政府建设年度报告", "2024-03-26 14:50", "仙居县人民政府")
    r22 = _rep(ctx, c, 2022, "仙居县2022年度法治政府建设情况报告", "2023-03-29 16:30", "仙居县司法局")
    r22.uid = ctx.uid()
    doc = f"/module/download/{r22.pub:%Y%m}/W0{r22.pub:%Y%m%d}{r22.uid % 10**9:09d}.doc"
    body22 = _strip(r22)
    ctx.attach(c, r22, doc, "doc", body22)
    s.attached.append(r22)
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-28 09:00")
    look = ctx.lookalikes_of(c, [("meeting", 2024), ("interpretation", 2024)])
    s.col(1229402130, "法定主动公开内容", [r23, dep, look[0], *ctx.fillers(c, 20, "disclosure")])
    s.col(1229402118, "通知公告", [r22, look[1], *ctx.fillers(c, 25, "notice")])
    s.finish()
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HW,))
    ctx.record_file(c, r22, 2022, doc, body22, (HW, "doc_needs_reader"))
    ctx.record_department(c, dep, 2023, c.base + dep.path)


# ============================================================================ 广东 云浮
class _GdP:
    """One 广东 platform site under a site prefix (``/ldsrmzf/zwgk/<col>/``, as 罗定市's stored
    ``/ldsrmzf/zwgk/zcfg/index.html`` and 新兴县's ``/xxxrmzf/zwgk/zfwj/index.html``)."""

    def __init__(
        self, ctx: Ctx50, c: County, clock: dt.date, prefix: str, names: dict[str, str], seeded=True
    ):
        self.ctx, self.c, self.names, self.pre = ctx, c, names, prefix
        self.gk = f"{prefix}zwgk/index.html"
        nav = [("/", "首页"), (f"{prefix}xwzx/zwdt/", "政务动态"), (self.gk, "政务公开")]
        self.skin = open_site(ctx, c, nav, clock, seeded=seeded)
        col = f"{prefix}xwzx/zwdt/"
        self.news = gd_column(self.skin, col, "政务动态", [(col, "政务动态")], ctx.news(c, 190))
        self.lists: list[tuple[str, str, list]] = []

    def col(self, key: str, items, per: int = 15):
        name, col = self.names[key], f"{self.pre}zwgk/{key}/"
        out = gd_column(self.skin, col, name, [(self.gk, "政务公开"), (col, name)], items, per)
        self.lists.append((col, name, out))
        return out

    def finish(self, extra: str = "") -> None:
        index_page(self.skin, self.gk, "政务公开", [(self.gk, "政务公开")], self.lists)
        col = f"{self.pre}xwzx/zwdt/"
        home(self.skin, [(col, "政务动态", self.news), (self.gk, "政务公开", [])], extra=extra)


GKLINK = '<div class="xxgk"><a href="/gkmlpt/index">政府信息公开</a></div>'


def luoding(ctx: Ctx50) -> None:
    """罗定市 (广东 云浮), ``www.luoding.gov.cn`` (https: stored ``/ldsrmzf/zwgk/ztzl/yshj/ysdt/
    content/post_1995752.html``): 广东 platform under ``/ldsrmzf/`` with the ``/gkmlpt/``
    catalogue (blind24's evidence). The 2024 report is in the catalogue's 法定主动公开内容 beside
    the 信息公开 annual report; the 2022 report is on 通知公告's ``index_2.html``."""
    c = County("luoding", "罗定市", GDP, "云浮市", "445381", "www.luoding.gov.cn", scheme="https")
    s = _GdP(ctx, c, dt.date(2025, 5, 15), "/ldsrmzf/", {"tzgg": "通知公告", "zcfg": "政策法规"})
    r24 = _rep(ctx, c, 2024, "罗定市2024年法治政府建设年度报告", "2025-03-28 17:00", "罗定市人民政府")
    r22 = _rep(ctx, c, 2022, "罗定市2022年度法治政府建设情况报告", "2023-03-30 11:40", "罗定市人民政府")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2024), ("notice", 2023), ("plan", 2025)])
    tz = s.col(
        "tzgg", [*newer(ctx, c, r22, 16, "notice", s.skin.clock), r22, look[1], *ctx.fillers(c, 12, "notice")]
    )
    assert tz.index(r22) >= 15
    s.col("zcfg", [look[2], *ctx.fillers(c, 20, "disclosure")])
    gkmlpt(
        ctx,
        s.skin,
        "445381",
        {
            2801: ("法定主动公开内容", [r24, look[0], *ctx.fillers(c, 30, "disclosure")]),
            2806: ("规划计划", ctx.fillers(c, 12, "disclosure", (2020, 2024))),
        },
    )
    s.finish(extra=GKLINK)
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(GD, GK))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(GD, "later_list_page"))


def xinxing(ctx: Ctx50) -> None:
    """新兴县 (广东 云浮), ``www.xinxing.gov.cn`` (https; data file, two lists agree): 广东 platform
    under ``/xxxrmzf/`` (stored ``/xxxrmzf/zwgk/zfwj/index.html``). The 2023 report is in
    法治政府建设 beside 广东省's reposted 2023 report and a 工作要点; the 2021 report is in the
    ``/gkmlpt/`` catalogue's 工作总结 beside a 述职."""
    c = County("xinxing", "新兴县", GDP, "云浮市", "445321", "www.xinxing.gov.cn", scheme="https")
    s = _GdP(ctx, c, dt.date(2025, 4, 8), "/xxxrmzf/", {"fzzfjs": "法治政府建设", "tzgg": "通知公告"})
    r23 = _rep(ctx, c, 2023, "新兴县2023年法治政府建设工作报告", "2024-03-29 15:00", "新兴县人民政府")
    r21 = _rep(
        ctx, c, 2021, "新兴县人民政府关于2021年法治政府建设情况的报告", "2022-03-30 10:30", "新兴县人民政府"
    )
    gd = ctx.higher(GDP, 2023, "党中央、国务院", "2024-04-02 09:00")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("duty_report", 2022), ("meeting", 2024)])
    s.col("fzzfjs", [r23, gd, look[0], *ctx.fillers(c, 9, "disclosure")])
    s.col("tzgg", [look[2], *ctx.fillers(c, 26, "notice")])
    gkmlpt(
        ctx,
        s.skin,
        "445321",
        {
            3301: ("工作总结", [r21, look[1], *ctx.fillers(c, 14, "disclosure", (2019, 2024))]),
            3305: ("政策文件", ctx.fillers(c, 22, "disclosure")),
        },
    )
    s.finish(extra=GKLINK)
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(GD, "higher_repost"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(GD, GK))
    ctx.record_higher(c, gd, 2023, c.base + gd.path)


def yunan(ctx: Ctx50) -> None:
    """郁南县 (广东 云浮), ``www.gdyunan.gov.cn`` (https; data file): 广东 platform (``/zwgk/<col>/``
    as blind36's). The 2024 report is a Word ``.docx`` (text) attached to a short notice in
    通知公告 (``/attachment/0/…``); the 2022 report is in 法治政府建设 beside a 考核 通报 and a
    解读."""
    c = County("gdyunan", "郁南县", GDP, "云浮市", "445322", "www.gdyunan.gov.cn", scheme="https")
    s = _GdP(ctx, c, dt.date(2025, 5, 30), "/", {"tzgg": "通知公告", "fzzfjs": "法治政府建设"})
    r24 = _rep(ctx, c, 2024, "郁南县2024年法治政府建设情况报告", "2025-03-31 16:00", "郁南县人民政府")
    r24.uid = ctx.uid()
    body24 = _strip(r24)
    docx = gd_attach(ctx, c, r24, "docx", body24)
    r22 = _rep(ctx, c, 2022, "郁南县2022年度法治政府建设年度报告", "2023-03-28 10:10", "郁南县人民政府")
    look = ctx.lookalikes_of(c, [("assessment", 2023), ("interpretation", 2023), ("notice", 2025)])
    s.col("tzgg", [r24, look[2], *ctx.fillers(c, 25, "notice")])
    s.col("fzzfjs", [r22, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    s.finish()
    ctx.record(c, look)
    ctx.record_file(c, r24, 2024, docx, body24, (GD, "docx_attachment"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(GD,))


def yuncheng(ctx: Ctx50) -> None:
    """云城区 (广东 云浮), ``www.yfyunchengqu.gov.cn``: 广东 platform. The 2023 report is in
    法治政府建设 beside the 区司法局's report and 云浮市's reposted 2023 report; the 2022 report
    exists only as a scanned PDF attached to a notice. ``/search/index.jsp?keywords=`` echoes its
    query and pages for ever (trap; path assumed)."""
    c = County("yuncheng", "云城区", GDP, "云浮市", "445302", "www.yfyunchengqu.gov.cn")
    s = _GdP(ctx, c, dt.date(2025, 4, 20), "/", {"fzzfjs": "法治政府建设", "tzgg": "通知公告"})
    trap = search_trap(ctx, s.skin, "/search/index.jsp", "keywords")
    r23 = _rep(
        ctx, c, 2023, "云浮市云城区2023年法治政府建设年度报告", "2024-03-27 10:00", "云浮市云城区人民政府"
    )
    r22 = _rep(ctx, c, 2022, "云城区2022年法治政府建设情况报告", "2023-03-30 14:40", "云浮市云城区人民政府")
    r22.uid = ctx.uid()
    n = r22.uid % 90000 + 10000
    scan = f"/attachment/0/{n % 7}/{n // 100 % 1000}/{n}.pdf"
    body22 = _scan(ctx, r22, scan)
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-27 15:00")
    yf = ctx.higher("云浮市", 2023, "省委、省政府", "2024-04-01 11:00")
    look = ctx.lookalikes_of(c, [("meeting_topic", 2024), ("notice", 2023)])
    s.col("fzzfjs", [r23, dep, yf, look[0], *ctx.fillers(c, 8, "disclosure")])
    s.col("tzgg", [r22, look[1], *ctx.fillers(c, 24, "notice")])
    s.finish(extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>')
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(GD, "higher_repost"))
    ctx.record_scan(c, r22, 2022, scan, body22, kinds=(GD,))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.record_higher(c, yf, 2023, c.base + yf.path)


YUNFU = (
    ("云城区", "http://www.yfyunchengqu.gov.cn/"),
    ("云安区", "http://www.yunan.gov.cn/"),
    ("新兴县", "https://www.xinxing.gov.cn/"),
    ("郁南县", "https://www.gdyunan.gov.cn/"),
    ("罗定市", "https://www.luoding.gov.cn/"),
)


def yunfu_portal(ctx: Ctx50) -> None:
    """云浮市 portal ``www.yunfu.gov.cn`` (https), seeded: 广东 platform (stored ``/gkmlpt/``,
    ``/zwgk/rsxx/rsrm/``); its 县(市、区)政府网站 block (hosts from the data file; the block itself
    assumed) alone names 云安区 ``www.yunan.gov.cn``, in no seed row: 广东 platform, 2024 report in
    法治政府建设 beside a 工作要点, 2022 report on 通知公告's ``index_2.html``."""
    p = County("yunfu_portal", "云浮市", GDP, "", "445300", "www.yunfu.gov.cn", scheme="https")
    ps = _GdP(ctx, p, dt.date(2025, 6, 3), "/", {"tzgg": "通知公告"})
    ps.col("tzgg", ctx.fillers(p, 30, "notice"))
    links = "".join(f'<li><a href="{u}" target="_blank">{n}人民政府</a></li>' for n, u in YUNFU)
    ps.finish(extra=f'<div class="xsq"><h3>县(市、区)政府网站</h3><ul>{links}</ul></div>')

    c = County("yunan", "云安区", GDP, "云浮市", "445303", "www.yunan.gov.cn", seeded=False)
    s = _GdP(ctx, c, dt.date(2025, 4, 25), "/", {"fzzfjs": "法治政府建设", "tzgg": "通知公告"}, seeded=False)
    kinds = (GD, "unseeded_county_via_prefecture_list")
    r24 = _rep(
        ctx, c, 2024, "云浮市云安区2024年法治政府建设年度报告", "2025-03-28 11:10", "云浮市云安区人民政府"
    )
    r22 = _rep(ctx, c, 2022, "云安区2022年度法治政府建设工作报告", "2023-03-31 15:50", "云浮市云安区人民政府")
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
