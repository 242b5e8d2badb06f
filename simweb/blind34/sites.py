"""The blind34 sites: 泸州 and 遂宁 (四川) counties on 四川's county platform (``/gongkai/show/``),
the 泸州市 portal whose 区县 list alone links 古蔺县, 眉山 (四川) counties on the ``iList.jsp``
family, and 普洱 and 昭通 (云南) counties on VSB (博达): ``egovinfo`` 信息公开 lists and static
``.htm`` columns. Each site's docstring names its evidence (see ``platforms.py``)."""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.core import h
from ..blind.sites_a import home, index_page
from ..blind2.core import open_site
from ..blind3.pages import related_trap
from .core import County, Ctx34, date_trap, html_copy, newer, search_trap
from .platforms import (
    IListGbkSkin,
    IListSkin,
    ScSkin,
    VsbGovSkin,
    egov_column,
    ilist_column,
    sc_column,
    vsb_list,
)

SC = "sc_gongkai_show"
IL = "ilist_jsp_cur_page"
EG = "vsb_egovinfo_ainfolist"
VS = "vsb_htm_down_numbered"
SCP = "四川省"
YNP = "云南省"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


def _only_file(ctx, c, it, path, kind):
    """Make ``it`` a short notice whose text is only in its attachment at ``path``."""
    body = list(it.paras)
    it.paras = [it.title.replace("|", "") + "全文见附件。"]
    it.uid = it.uid or ctx.uid()
    ctx.attach(c, it, path, kind, body)
    return body


# ============================================================================ 四川 platform
class _Sc:
    """One 四川 platform site: ``/gongkai/list/<col>.html`` columns and a 今日要闻 news column."""

    def __init__(self, ctx: Ctx34, c: County, clock: dt.date, *, seeded: bool = True):
        self.ctx, self.c = ctx, c
        nav = [("/", "首页"), ("/news/list/jryw.html", "今日要闻"), ("/gongkai/", "政务公开")]
        self.skin = open_site(ctx, c, nav, clock, skin=ScSkin, seeded=seeded)
        self.news = sc_column(
            self.skin,
            "news",
            "jryw",
            "今日要闻",
            [("/news/list/jryw.html", "今日要闻")],
            ctx.news(c, 200),
            per=20,
        )
        self.lists: list[tuple[str, str, list]] = []

    def col(self, key: str, name: str, items, per: int = 15):
        path = f"/gongkai/list/{key}.html"
        out = sc_column(
            self.skin, "gongkai", key, name, [("/gongkai/", "政务公开"), (path, name)], items, per=per
        )
        self.lists.append((path, name, out))
        return out

    def finish(self, extra: str = "") -> None:
        index_page(self.skin, "/gongkai/index.html", "政务公开", [("/gongkai/", "政务公开")], self.lists)
        home(
            self.skin,
            [("/news/list/jryw.html", "今日要闻", self.news), ("/gongkai/", "政务公开", [])],
            extra=extra,
        )


def luxian(ctx: Ctx34) -> None:
    """泸县 (四川 泸州), ``www.luxian.gov.cn``: 四川 platform (``/gongkai/show/<32 hex>.html`` as
    天全县's stored article). The 2024 report is on 通知公告's third page; the 2022 report is in
    法治政府建设 beside 四川省's reposted 2022 report, a 实施方案 and a meeting."""
    c = County("luxian", "泸县", SCP, "泸州市", "510521", "www.luxian.gov.cn")
    s = _Sc(ctx, c, dt.date(2025, 6, 12))
    r24 = _rep(ctx, c, 2024, "泸县2024年法治政府建设年度报告", "2025-03-28 10:20", "泸县人民政府")
    r22 = _rep(
        ctx, c, 2022, "泸县人民政府关于2022年度法治政府建设情况的报告", "2023-03-30 15:10", "泸县人民政府"
    )
    sc = ctx.higher(SCP, 2022, "党中央、国务院", "2023-04-06 09:30")
    look = ctx.lookalikes_of(c, [("plan", 2023), ("meeting", 2023), ("xxgk_annual", 2024)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 32, "notice", s.skin.clock), r24, look[2], *ctx.fillers(c, 12, "notice")],
    )
    assert tz.index(r24) >= 30
    s.col("fzzfjs", "法治政府建设", [r22, sc, look[0], look[1], *ctx.fillers(c, 9, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(SC, "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(SC, "higher_repost"))
    ctx.record_higher(c, sc, 2022, c.base + sc.path)
    s.finish()


def hejiang(ctx: Ctx34) -> None:
    """合江县 (四川 泸州), ``www.hejiang.gov.cn``: 四川 platform. The 2023 report is in 其他法定公开
    信息 beside a 政府工作报告 and a 解读; the 2021 report exists only as a scanned PDF attached to
    a notice in 通知公告 (attachment path assumed)."""
    c = County("hejiang", "合江县", SCP, "泸州市", "510522", "www.hejiang.gov.cn")
    s = _Sc(ctx, c, dt.date(2025, 4, 18))
    r23 = _rep(ctx, c, 2023, "合江县2023年法治政府建设工作报告", "2024-03-27 16:40", "合江县人民政府")
    r21 = _rep(ctx, c, 2021, "合江县2021年度法治政府建设情况报告", "2022-03-29 11:00", "合江县司法局")
    body21 = list(r21.paras)
    r21.paras = ["(扫描件)"]
    r21.uid = ctx.uid()
    scan = f"/uploadfiles/{r21.pub:%Y%m}/{h('scan34', r21.uid)[:20]}.pdf"
    r21.attachments.append((r21.title + ".pdf", scan, files.make_scan_pdf(r21.uid)))
    look = ctx.lookalikes_of(c, [("gov_work_report", 2024), ("interpretation", 2024), ("notice", 2022)])
    s.col("qtfdgkxx", "其他法定公开信息", [r23, look[0], look[1], *ctx.fillers(c, 16, "disclosure")])
    s.col("tzgg", "通知公告", [r21, look[2], *ctx.fillers(c, 30, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(SC,))
    ctx.record_scan(c, r21, 2021, scan, body21, kinds=(SC,))
    s.finish()


def xuyong(ctx: Ctx34) -> None:
    """叙永县 (四川 泸州), ``www.xuyong.gov.cn`` (https): 四川 platform. The 2024 report is in
    法治政府建设 beside the 县司法局's own report and a 述法报告; the 2022 report is on 通知公告's
    second page. The site search echoes its query and pages for ever (trap; path assumed)."""
    c = County("xuyong", "叙永县", SCP, "泸州市", "510524", "www.xuyong.gov.cn", scheme="https")
    s = _Sc(ctx, c, dt.date(2025, 5, 26))
    trap = search_trap(ctx, s.skin, "/search/index.html", "q")
    r24 = _rep(ctx, c, 2024, "叙永县2024年度法治政府建设情况报告", "2025-03-31 17:30", "叙永县人民政府")
    r22 = _rep(ctx, c, 2022, "叙永县2022年法治政府建设工作情况报告", "2023-03-28 09:15", "叙永县人民政府")
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-21 10:00")
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("assessment", 2023), ("meeting_topic", 2023)])
    s.col("fzzfjs", "法治政府建设", [r24, dep, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r22, 16, "notice", s.skin.clock), r22, look[2], *ctx.fillers(c, 14, "notice")],
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(SC,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(SC, "later_list_page"))
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    s.finish(extra=f'<div class="search"><a href="{trap}">站内搜索</a></div>')


def pengxi(ctx: Ctx34) -> None:
    """蓬溪县 (四川 遂宁), ``www.pengxi.gov.cn``: evidence for 遂宁's sites is thin, so it is
    modelled on 四川's county platform (assumed). The 2023 report is in 政府工作报告 beside the
    政府工作报告 itself; the 2021 report is in 法治政府建设 beside a 工作要点 and a notice about
    it. A 按日期浏览 archive never ends (trap)."""
    c = County("pengxi", "蓬溪县", SCP, "遂宁市", "510921", "www.pengxi.gov.cn")
    s = _Sc(ctx, c, dt.date(2024, 11, 20))
    trap = date_trap(ctx, s.skin, "/rqll/index.jsp")
    r23 = _rep(ctx, c, 2023, "蓬溪县2023年法治政府建设年度报告", "2024-03-29 14:50", "蓬溪县人民政府")
    r21 = _rep(ctx, c, 2021, "蓬溪县人民政府2021年法治政府建设工作报告", "2022-03-31 10:30", "蓬溪县人民政府")
    look = ctx.lookalikes_of(c, [("gov_work_report", 2024), ("plan", 2022), ("notice", 2022)])
    s.col("zfgzbg", "政府工作报告", [r23, look[0], *ctx.fillers(c, 5, "disclosure", (2019, 2024))])
    s.col("fzzfjs", "法治政府建设", [r21, look[1], look[2], *ctx.fillers(c, 10, "disclosure", (2019, 2024))])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(SC,))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(SC,))
    s.finish(extra=f'<div class="rqll"><a href="{trap}">按日期浏览</a></div>')


LUZHOU = (
    ("江阳区", "http://www.jiangyang.gov.cn/"),
    ("纳溪区", "http://www.naxi.gov.cn/"),
    ("龙马潭区", "http://www.longmatan.gov.cn/"),
    ("泸县", "http://www.luxian.gov.cn/"),
    ("合江县", "http://www.hejiang.gov.cn/"),
    ("叙永县", "https://www.xuyong.gov.cn/"),
    ("古蔺县", "http://www.gulin.gov.cn/"),
)


def luzhou_portal(ctx: Ctx34) -> None:
    """泸州市 portal ``www.luzhou.gov.cn``, seeded, on the same platform: its home page's 区县
    links (``<ul class="qxlist">``, a usual city-portal box; its markup is assumed) list the
    seven counties of gov_sites.csv. 古蔺县 is in no seed row and linked by nothing else: a 四川
    platform site whose 2024 report is in 通知公告 beside a notice about it and whose 2022 report
    is in 法治政府建设 beside a 述职 and a 考核 通报."""
    p = County("luzhou_portal", "泸州市", SCP, "泸州市", "510500", "www.luzhou.gov.cn")
    ps = _Sc(ctx, p, dt.date(2025, 6, 3))
    ps.col("tzgg", "通知公告", ctx.fillers(p, 40, "notice"))
    links = "".join(f'<li><a href="{u}" target="_blank">{n}</a></li>' for n, u in LUZHOU)
    ps.finish(extra=f'<div class="qx"><h3>区县政府</h3><ul class="qxlist">{links}</ul></div>')

    c = County("gulin", "古蔺县", SCP, "泸州市", "510525", "www.gulin.gov.cn", seeded=False)
    s = _Sc(ctx, c, dt.date(2025, 5, 9), seeded=False)
    kinds = (SC, "unseeded_county_via_prefecture_list")
    r24 = _rep(ctx, c, 2024, "古蔺县2024年法治政府建设工作报告", "2025-03-26 15:30", "古蔺县人民政府")
    r22 = _rep(
        ctx, c, 2022, "古蔺县人民政府关于2022年度法治政府建设情况的报告", "2023-03-31 11:10", "古蔺县人民政府"
    )
    look = ctx.lookalikes_of(c, [("notice", 2025), ("duty_report", 2023), ("assessment", 2022)])
    s.col("tzgg", "通知公告", [r24, look[0], *ctx.fillers(c, 20, "notice", (2020, 2025))])
    s.col("fzzfjs", "法治政府建设", [r22, look[1], look[2], *ctx.fillers(c, 6, "disclosure", (2019, 2024))])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=kinds)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=kinds)
    s.finish()


# ============================================================================ 眉山 iList.jsp
class _Il:
    """One ``iList.jsp`` site: 信息公开 ``/info/iList.jsp?node_id=…&cat_id=…&cur_page=N``."""

    def __init__(self, ctx: Ctx34, c: County, node: str, clock: dt.date, skin=IListSkin):
        self.ctx, self.c, self.node = ctx, c, node
        self.news_url = f"/info/iList.jsp?node_id=XW{node[2:]}&cat_id=10010&cur_page=1"
        nav = [("/", "首页"), (self.news_url, "政务动态"), ("/xxgk/", "政府信息公开")]
        self.skin = open_site(ctx, c, nav, clock, skin=skin)
        self.news = ilist_column(
            self.skin,
            f"XW{node[2:]}",
            10010,
            "政务动态",
            [(self.news_url, "政务动态")],
            ctx.news(c, 200),
            per=20,
        )
        self.lists: list[tuple[str, str, list]] = []

    def col(self, cat: int, name: str, items, per: int = 15):
        path = f"/info/iList.jsp?node_id={self.node}&cat_id={cat}&cur_page=1"
        out = ilist_column(
            self.skin, self.node, cat, name, [("/xxgk/", "政府信息公开"), (path, name)], items, per=per
        )
        self.lists.append((path, name, out))
        return out

    def finish(self, extra: str = "") -> None:
        index_page(self.skin, "/xxgk/index.html", "政府信息公开", [("/xxgk/", "政府信息公开")], self.lists)
        home(self.skin, [(self.news_url, "政务动态", self.news), ("/xxgk/", "政府信息公开", [])], extra=extra)


def renshou(ctx: Ctx34) -> None:
    """仁寿县 (四川 眉山), ``www.rs.gov.cn`` (GBK pages, assumed): the ``iList.jsp`` family (绵竹市's
    ``/info/iList.jsp?node_id=GKmzs&cat_id=15971&cur_page=1`` in a public crawler). The 2024 report
    is on the third ``cur_page`` of 法定主动内容 among disclosures; the 2022 report is in 公示公告
    beside a 解读 and the 信息公开 annual report."""
    c = County("renshou", "仁寿县", SCP, "眉山市", "511421", "www.rs.gov.cn")
    s = _Il(ctx, c, "GKrsx", dt.date(2025, 5, 15), skin=IListGbkSkin)
    r24 = _rep(ctx, c, 2024, "仁寿县2024年法治政府建设年度报告", "2025-03-27 09:40", "仁寿县人民政府")
    r22 = _rep(ctx, c, 2022, "仁寿县2022年度法治政府建设工作报告", "2023-03-29 16:20", "仁寿县人民政府")
    look = ctx.lookalikes_of(c, [("text_interp", 2023), ("xxgk_annual", 2023), ("meeting", 2025)])
    fd = s.col(
        15971,
        "法定主动内容",
        [
            *newer(ctx, c, r24, 31, "disclosure", s.skin.clock),
            r24,
            look[2],
            *ctx.fillers(c, 14, "disclosure"),
        ],
    )
    assert fd.index(r24) >= 30
    s.col(24186, "公示公告", [r22, look[0], look[1], *ctx.fillers(c, 22, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(IL, "later_list_page", "gbk_pages"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(IL, "gbk_pages"))
    s.finish()


def hongya(ctx: Ctx34) -> None:
    """洪雅县 (四川 眉山), ``www.schy.gov.cn``: the ``iList.jsp`` family. The 2023 report is in
    法治政府建设 beside a 实施方案 and a 述法报告; the 2021 report exists only as a Word 97 ``.doc``
    attached to a notice in 公示公告 (attachment path assumed)."""
    c = County("hongya", "洪雅县", SCP, "眉山市", "511423", "www.schy.gov.cn")
    s = _Il(ctx, c, "GKhyx", dt.date(2024, 12, 2))
    r23 = _rep(ctx, c, 2023, "洪雅县2023年法治政府建设情况报告", "2024-03-28 10:50", "洪雅县人民政府")
    r21 = _rep(ctx, c, 2021, "洪雅县2021年度法治政府建设年度报告", "2022-03-30 14:10", "洪雅县司法局")
    r21.uid = ctx.uid()
    doc = f"/uploadfile/{r21.pub:%Y%m}/{h('doc34', r21.uid)[:24]}.doc"
    body21 = _only_file(ctx, c, r21, doc, "doc")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("shufa", 2023)])
    s.col(16102, "法治政府建设", [r23, *look, *ctx.fillers(c, 9, "disclosure")])
    s.col(24186, "公示公告", [r21, *ctx.fillers(c, 30, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(IL,))
    ctx.record_file(c, r21, 2021, doc, body21, (IL, "doc_needs_reader"))
    s.finish()


# ============================================================================ 云南 VSB
class _Vsb:
    """One VSB site: news ``/xwzx/<col>.htm`` (static, down-numbered), 信息公开 either ``egovinfo``
    ``.jsp`` lists or static ``.htm`` columns under ``/zfxxgk/``."""

    def __init__(self, ctx: Ctx34, c: County, clock: dt.date, tree: int):
        self.ctx, self.c, self.tree = ctx, c, tree
        nav = [("/", "首页"), ("/xwzx/zwyw.htm", "政务要闻"), ("/zfxxgk.htm", "政府信息公开")]
        self.skin = open_site(ctx, c, nav, clock, skin=VsbGovSkin)
        self.news = vsb_list(
            self.skin,
            "/xwzx/zwyw",
            1014,
            "政务要闻",
            [("/xwzx/zwyw.htm", "政务要闻")],
            ctx.news(c, 220),
            per=20,
        )
        self.lists: list[tuple[str, str, list]] = []

    def egov(self, key: str, name: str, items, per: int = 15):
        jsp = f"/zfxxgk/{key}.jsp"
        code = f"{self.c.key[:3]}{len(self.lists) + 1:03d}"
        out = egov_column(
            self.skin,
            jsp,
            self.tree + len(self.lists),
            code,
            name,
            [("/zfxxgk.htm", "政府信息公开"), (jsp, name)],
            items,
            per=per,
        )
        self.lists.append((jsp, name, out))
        return out

    def htm(self, key: str, colid: int, name: str, items, per: int = 15):
        stem = f"/zfxxgk/{key}"
        out = vsb_list(
            self.skin,
            stem,
            colid,
            name,
            [("/zfxxgk.htm", "政府信息公开"), (stem + ".htm", name)],
            items,
            per=per,
        )
        self.lists.append((stem + ".htm", name, out))
        return out

    def finish(self, extra: str = "") -> None:
        index_page(self.skin, "/zfxxgk.htm", "政府信息公开", [("/zfxxgk.htm", "政府信息公开")], self.lists)
        home(
            self.skin,
            [("/xwzx/zwyw.htm", "政务要闻", self.news), ("/zfxxgk.htm", "政府信息公开", [])],
            extra=extra,
        )


def simao(ctx: Ctx34) -> None:
    """思茅区 (云南 普洱), ``www.smqzf.gov.cn`` (https): VSB ``egovinfo`` (普洱市's ``/info/egovinfo/
    1001/…`` paths; the ``ainfolist1501t/p/c`` pager of a public crawler). The 2024 report is on
    the second ``ainfolist`` page of 法定主动公开内容 beside 云南省's reposted 2024 report; the 2022
    report is in 法治政府建设 beside a 工作要点."""
    c = County("simao", "思茅区", YNP, "普洱市", "530802", "www.smqzf.gov.cn", scheme="https")
    s = _Vsb(ctx, c, dt.date(2025, 6, 16), 1232)
    r24 = _rep(ctx, c, 2024, "思茅区2024年法治政府建设年度报告", "2025-03-30 11:40", "普洱市思茅区人民政府")
    yn = ctx.higher(YNP, 2024, "党中央、国务院", "2025-04-03 10:00")
    r22 = _rep(
        ctx,
        c,
        2022,
        "思茅区人民政府关于2022年法治政府建设工作情况的报告",
        "2023-03-27 15:20",
        "普洱市思茅区人民政府",
    )
    look = ctx.lookalikes_of(c, [("plan", 2023), ("xxgk_annual", 2025), ("demo_news", 2024)])
    fd = s.egov(
        "fdzdgknr",
        "法定主动公开内容",
        [
            *newer(ctx, c, r24, 16, "disclosure", s.skin.clock),
            r24,
            yn,
            look[1],
            *ctx.fillers(c, 14, "disclosure"),
        ],
    )
    assert fd.index(r24) >= 15
    s.egov("fzzfjs", "法治政府建设", [r22, look[0], look[2], *ctx.fillers(c, 7, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(EG, "later_list_page", "higher_repost"))
    ctx.record_higher(c, yn, 2024, c.base + yn.path)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(EG,))
    s.finish()


def ninger(ctx: Ctx34) -> None:
    """宁洱哈尼族彝族自治县 (云南 普洱), ``www.ne.gov.cn`` (https): VSB ``egovinfo``. The 2023 report
    is in 法治政府建设 beside a 考核 通报 and a meeting; the 2021 report is a PDF with a text layer
    attached to a short notice in 通知公告 (VSB's ``/__local/…`` attachment path assumed)."""
    c = County("ninger", "宁洱哈尼族彝族自治县", YNP, "普洱市", "530821", "www.ne.gov.cn", scheme="https")
    s = _Vsb(ctx, c, dt.date(2025, 3, 22), 1301)
    r23 = _rep(
        ctx,
        c,
        2023,
        "宁洱哈尼族彝族自治县2023年法治政府建设情况报告",
        "2024-03-28 17:00",
        "宁洱哈尼族彝族自治县人民政府",
    )
    r21 = _rep(
        ctx, c, 2021, "宁洱县2021年法治政府建设工作报告", "2022-03-30 09:20", "宁洱哈尼族彝族自治县人民政府"
    )
    r21.uid = ctx.uid()
    hx = h("vsbpdf", r21.uid).upper()
    pdf = f"/__local/{hx[0]}/{hx[1:3]}/{hx[3:5]}/{hx[5:37]}_{hx[37:40]}.pdf"
    body21 = _only_file(ctx, c, r21, pdf, "pdf")
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("meeting", 2024), ("gov_work_report", 2025)])
    s.egov("fzzfjs", "法治政府建设", [r23, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    s.egov("tzgg", "通知公告", [r21, look[2], *ctx.fillers(c, 26, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(EG,))
    ctx.record_file(c, r21, 2021, pdf, body21, (EG, "pdf_attachment"))
    s.finish()


def mojiang(ctx: Ctx34) -> None:
    """墨江哈尼族自治县 (云南 普洱), ``www.mojiang.gov.cn``: VSB ``egovinfo``. The 2024 report is in
    其他法定公开信息 beside a 解读; the 2022 report is on the third ``ainfolist`` page of 通知公告.
    Articles carry a 相关阅读 link whose chain of ids never ends (trap)."""
    c = County("mojiang", "墨江哈尼族自治县", YNP, "普洱市", "530822", "www.mojiang.gov.cn")
    s = _Vsb(ctx, c, dt.date(2025, 5, 30), 1410)
    trap = related_trap(ctx, s.skin, "/xgyd/index.jsp")
    r24 = _rep(
        ctx,
        c,
        2024,
        "墨江哈尼族自治县2024年度法治政府建设工作报告",
        "2025-03-31 16:10",
        "墨江哈尼族自治县人民政府",
    )
    r22 = _rep(
        ctx, c, 2022, "墨江县2022年法治政府建设年度报告", "2023-03-30 10:05", "墨江哈尼族自治县人民政府"
    )
    look = ctx.lookalikes_of(c, [("interpretation", 2025), ("notice", 2023), ("meeting_topic", 2024)])
    s.egov("qtfdgkxx", "其他法定公开信息", [r24, look[0], *ctx.fillers(c, 12, "disclosure")])
    tz = s.egov(
        "tzgg",
        "通知公告",
        [
            *newer(ctx, c, r22, 31, "notice", s.skin.clock),
            r22,
            look[1],
            look[2],
            *ctx.fillers(c, 10, "notice"),
        ],
    )
    assert tz.index(r22) >= 30
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(EG,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(EG, "later_list_page"))
    s.finish(extra=f'<div class="xgyd"><a href="{trap}?docid=1">相关阅读</a></div>')


def jingdong(ctx: Ctx34) -> None:
    """景东彝族自治县 (云南 普洱), ``www.jingdong.gov.cn``: VSB static ``.htm`` columns (``/info/
    <col>/<id>.htm`` articles as 楚雄市's; down-numbered list pages). The 2024 report is in
    法治政府建设 beside the 县司法局's report and a 述职; the 2022 report is on 通知公告's second
    page."""
    c = County("jingdong", "景东彝族自治县", YNP, "普洱市", "530823", "www.jingdong.gov.cn")
    s = _Vsb(ctx, c, dt.date(2025, 4, 30), 1500)
    r24 = _rep(
        ctx, c, 2024, "景东彝族自治县2024年法治政府建设情况报告", "2025-03-28 12:30", "景东彝族自治县人民政府"
    )
    r22 = _rep(
        ctx, c, 2022, "景东县2022年度法治政府建设工作情况报告", "2023-03-29 17:45", "景东彝族自治县人民政府"
    )
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-25 15:00")
    look = ctx.lookalikes_of(c, [("duty_report", 2024), ("text_interp", 2023), ("plan", 2024)])
    s.htm("fzzfjs", 1061, "法治政府建设", [r24, dep, look[0], *ctx.fillers(c, 9, "disclosure")])
    tz = s.htm(
        "tzgg",
        1062,
        "通知公告",
        [
            *newer(ctx, c, r22, 17, "notice", s.skin.clock),
            r22,
            look[1],
            look[2],
            *ctx.fillers(c, 12, "notice"),
        ],
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(VS,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(VS, "later_list_page"))
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    s.finish()


def yanjin(ctx: Ctx34) -> None:
    """盐津县 (云南 昭通), ``www.ztyj.gov.cn`` (https): evidence for 昭通's sites is thin, so it is
    modelled on VSB static ``.htm`` columns, common among 云南's county sites (assumed). The 2023
    report is in 法治政府建设 beside 昭通市's reposted 2023 report and a 述法报告; the 2021 report is
    in 通知公告 beside a notice about it."""
    c = County("yanjin", "盐津县", YNP, "昭通市", "530623", "www.ztyj.gov.cn", scheme="https")
    s = _Vsb(ctx, c, dt.date(2024, 10, 28), 1600)
    r23 = _rep(ctx, c, 2023, "盐津县2023年法治政府建设年度报告", "2024-03-26 10:40", "盐津县人民政府")
    zt = ctx.higher("昭通市", 2023, "省委、省政府", "2024-04-02 09:00")
    r21 = _rep(
        ctx, c, 2021, "盐津县人民政府关于2021年度法治政府建设情况的报告", "2022-03-28 15:30", "盐津县人民政府"
    )
    look = ctx.lookalikes_of(c, [("shufa", 2023), ("notice", 2022), ("xxgk_annual", 2022)])
    s.htm(
        "fzzfjs",
        1071,
        "法治政府建设",
        [r23, zt, look[0], look[2], *ctx.fillers(c, 8, "disclosure", (2019, 2024))],
    )
    s.htm("tzgg", 1072, "通知公告", [r21, look[1], *ctx.fillers(c, 25, "notice", (2019, 2024))])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(VS, "higher_repost"))
    ctx.record_higher(c, zt, 2023, c.base + zt.path)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(VS,))
    s.finish()
