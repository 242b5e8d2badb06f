"""The blind56 sites, each an ordinary member of the CMS family or platform its city's sites run:

* 许昌 (河南): Epoint WebBuilder's static output (``/<cat>/moreinfo.html``, ``/<cat>/<n>.html``,
  articles ``/<cat>/<YYYYMMDD>/<uuid>.html``);
* 郴州 (湖南): 郴州's ``default.htm`` CMS (``/<col>/default.htm``, ``default_1.htm`` …, long
  columns by ``default.jsp?jsp.offset=…&jsp.desc=false``, articles ``content_<id>.html``);
* 景德镇 (江西): TRS with ``.shtml`` (``index.shtml``, ``index_1.shtml`` … by ``createPageHTML``,
  articles ``t<id>.shtml``), and the 景德镇市 portal whose 县(市、区) block alone links 乐平市.

The evidence for each shape is in ``platforms.py``; what each site holds is in its docstring.
"""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home, index_page
from ..blind2.core import open_site
from .core import County, Ctx56, date_trap, html_copy, newer, search_trap
from .platforms import (
    CzPlatform,
    CzSkin,
    EpGbkSkin,
    EpPlatform,
    EpSkin,
    JdzGbkSkin,
    JdzSkin,
    JdzTrs,
    govxxgk_column,
)

EP = "epoint_static"
XXGK = "xuchang_govxxgk_linktonew"
CZ = "czs_default_htm"
JDZ = "trs_shtml_createpage"
HAP, HNP, JXP = "河南省", "湖南省", "江西省"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


class Site:
    """One site on a platform: its skin, news column, 政务公开 index, columns and home page."""

    def __init__(self, ctx: Ctx56, c: County, plat, skin, clock: dt.date, gk: str, *, seeded=True):
        self.ctx, self.c, self.gk = ctx, c, gk
        self.skin = open_site(ctx, c, [], clock, seeded=seeded, skin=skin)
        self.plat = plat(ctx, self.skin, c.key)
        self.boxes: list = []
        self.news: list = []

    def start(self, news_key: str, news_name: str, n: int) -> None:
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

    def attach(self, key: str, r, kind: str) -> tuple[str, list[str]]:
        """Make ``r`` a short article whose text is an attachment of ``kind``; return (path, body)."""
        body = list(r.paras)
        r.paras = [r.title.replace("|", "") + "全文见附件。"]
        r.uid = r.uid or self.ctx.uid()
        path = self.plat.attach_path(key, r).rsplit(".", 1)[0] + "." + kind
        return self.ctx.attach(self.c, r, path, kind, body), body

    def scan(self, key: str, r) -> tuple[str, list[str]]:
        """``r`` exists only as a scanned PDF (no text layer); return (path, real body)."""
        body = list(r.paras)
        r.paras = ["(扫描件)"]
        r.uid = r.uid or self.ctx.uid()
        path = self.plat.attach_path(key, r)
        r.attachments.append((r.title + ".pdf", path, files.make_scan_pdf(r.uid)))
        return path, body

    def finish(self, extra: str = "") -> None:
        index_page(self.skin, self.gk, "政务公开", [(self.gk, "政务公开")], self.boxes)
        first = self.boxes[0] if self.boxes else None
        home(self.skin, [(*self.news_box, self.news)] + ([first] if first else []), extra=extra)


def _ep(ctx, c, clock, news, *, skin=EpSkin, seeded=True) -> Site:
    s = Site(ctx, c, EpPlatform, skin, clock, "/003/secondpage.html", seeded=seeded)
    s.start("002/002001", f"{c.name[:2]}要闻", news)
    return s


def _cz(ctx, c, clock, news, *, skin=CzSkin) -> Site:
    s = Site(ctx, c, CzPlatform, skin, clock, "/zwgk/default.htm")
    s.start("xwzx/bdyw", f"{c.name[:2]}要闻", news)
    return s


def _jdz(ctx, c, clock, news, *, skin=JdzSkin, seeded=True) -> Site:
    s = Site(ctx, c, JdzTrs, skin, clock, "/zwgk/index.shtml", seeded=seeded)
    s.start("xwzx/jryw", f"{c.name[:2]}要闻", news)
    return s


def _search(ctx, s: Site, path: str, param: str) -> str:
    return f'<div class="ss"><a href="{search_trap(ctx, s.skin, path, param)}">站内搜索</a></div>'


# ============================================================================ 河南 许昌, Epoint
def weidu(ctx: Ctx56) -> None:
    """魏都区 (河南 许昌), ``www.weidu.gov.cn``: Epoint WebBuilder. The 2024 report is in
    法治政府建设 (``/003/003009/``) beside 河南省's reposted 2024 report, the 区司法局's report and a
    实施方案; the 2022 report is on ``3.html`` of 通知公告 (``/003/003002/``). The site search
    ``/search/fullsearch.html?wd=`` echoes its query and pages for ever (trap)."""
    c = County("weidu", "魏都区", HAP, "许昌市", "411002", "www.weidu.gov.cn")
    s = _ep(ctx, c, dt.date(2025, 5, 20), 182)
    extra = _search(ctx, s, "/search/fullsearch.html", "wd")
    r24 = _rep(ctx, c, 2024, "许昌市魏都区2024年法治政府建设年度报告", "2025-03-27 10:20", "魏都区人民政府")
    r22 = _rep(
        ctx, c, 2022, "魏都区人民政府关于2022年法治政府建设情况的报告", "2023-03-30 16:10", "魏都区人民政府"
    )
    ha = ctx.higher(HAP, 2024, "党中央、国务院", "2025-04-03 09:00")
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-25 10:00")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("notice", 2023), ("meeting_topic", 2024)])
    s.col("003/003009", "法治政府建设", [r24, ha, dep, look[0], look[2], *ctx.fillers(c, 9, "disclosure")])
    tz = s.col(
        "003/003002",
        "通知公告",
        [*newer(ctx, c, r22, 32, "notice", s.skin.clock), r22, look[1], *ctx.fillers(c, 10, "notice")],
    )
    assert tz.index(r22) >= 30
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(EP, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(EP, "later_list_page"))
    ctx.record_higher(c, ha, 2024, c.base + ha.path)
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    s.finish(extra)


XC_USCC = "11411023071371351L"  # the 信息公开 code of 许昌县 (now 建安区) in the public crawler's page
XC_CAT = "031/031002/031002014/031002014004"


def jianan(ctx: Ctx56) -> None:
    """建安区 (河南 许昌), ``www.jianan.gov.cn`` (GBK pages assumed): Epoint WebBuilder; its
    政府信息公开 lives on 许昌's platform on the city host
    (``https://www.xuchang.gov.cn/govxxgk/11411023071371351L/category/031/…/<n>.html``, the public
    crawler's page), linked from the site's menu. The 2023 report is on page 2 of that 信息公开
    column beside the 信息公开 annual report and a 政府工作报告; its row carries only
    ``onclick="linkToNew('<infoid>')"`` (``/js/xxgklist.js`` opens ``/openDetailDynamic.html?infoid=``).
    The 2021 report (joint 中共…区委 …区人民政府 title) is in 工作总结 (``/003/003006/``) beside a
    解读."""
    c = County("jianan", "建安区", HAP, "许昌市", "411003", "www.jianan.gov.cn")
    s = _ep(ctx, c, dt.date(2025, 4, 16), 170, skin=EpGbkSkin)
    xp = County(
        "xuchang_xxgk", "许昌市", HAP, "", "411000", "www.xuchang.gov.cn", scheme="https", seeded=False
    )
    xs = open_site(ctx, xp, [("/", "首页")], dt.date(2025, 4, 16), seeded=False, skin=EpSkin)
    r23 = _rep(ctx, c, 2023, "建安区2023年度法治政府建设工作报告", "2024-03-28 09:40", "许昌市建安区人民政府")
    r21 = _rep(
        ctx,
        c,
        2021,
        "中共许昌市建安区委 许昌市建安区人民政府关于2021年度法治政府建设情况的报告",
        "2022-03-30 11:00",
        "许昌市建安区人民政府",
    )
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("gov_work_report", 2024), ("interpretation", 2022)])
    name = "其他法定公开信息"
    folder = f"/govxxgk/{XC_USCC}/category/{XC_CAT}/"
    first, gk = govxxgk_column(
        xs,
        XC_USCC,
        XC_CAT,
        name,
        [("/", "许昌市政府信息公开"), (folder + "1.html", name)],
        [
            *newer(ctx, c, r23, 16, "disclosure", s.skin.clock),
            r23,
            look[0],
            look[1],
            *ctx.fillers(c, 8, "disclosure", (2019, 2023)),
        ],
    )
    assert 15 <= gk.index(r23) < 30
    home(xs, [(first, "建安区" + name, gk)])
    link = xp.base + first
    s.skin.nav = [*s.skin.nav[:3], (link, "政府信息公开"), *s.skin.nav[3:]]
    s.col("003/003006", "工作总结", [r21, look[2], *ctx.fillers(c, 10, "disclosure", (2019, 2024))])
    ctx.record(xp, look[:2])  # on the city host
    ctx.record(c, look[2:])
    ctx.truth_report(
        c, r23, 2023, [{"url": xp.base + r23.path, "kind": "html"}], kinds=(EP, XXGK, "later_list_page")
    )
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(EP, "gbk_pages", "joint_title"))
    s.finish(f'<div class="xxgk"><a href="{link}">政府信息公开</a></div>')


def yuzhou(ctx: Ctx56) -> None:
    """禹州市 (河南 许昌, 县级市), ``www.yuzhou.gov.cn``: Epoint WebBuilder. The 2024 report is a PDF
    (text layer) attached to a short article in 法治政府建设 beside 许昌市's reposted 2024 report and
    a 述法报告; the 2022 report is in 通知公告 beside 示范创建 news."""
    c = County("yuzhou", "禹州市", HAP, "许昌市", "411081", "www.yuzhou.gov.cn")
    s = _ep(ctx, c, dt.date(2025, 6, 3), 190)
    r24 = _rep(ctx, c, 2024, "禹州市2024年法治政府建设情况报告", "2025-03-31 15:00", "禹州市人民政府")
    pdf, body24 = s.attach("003/003009", r24, "pdf")
    r22 = _rep(ctx, c, 2022, "禹州市2022年度法治政府建设情况的报告", "2023-03-29 10:30", "禹州市人民政府")
    xc = ctx.higher("许昌市", 2024, "省委、省政府", "2025-04-07 10:00")
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("demo_news", 2023)])
    s.col("003/003009", "法治政府建设", [r24, xc, look[0], *ctx.fillers(c, 8, "disclosure")])
    s.col("003/003002", "通知公告", [r22, look[1], *ctx.fillers(c, 24, "notice", (2019, 2024))])
    ctx.record(c, look)
    ctx.record_file(c, r24, 2024, pdf, body24, (EP, "pdf_attachment", "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(EP,))
    ctx.record_higher(c, xc, 2024, c.base + xc.path)
    s.finish()


def changge(ctx: Ctx56) -> None:
    """长葛市 (河南 许昌, 县级市), ``www.changge.gov.cn``: Epoint WebBuilder. The 2023 report is in
    法治政府建设 beside a 考核 通报 and a 第一责任人述职; the 2022 report exists only as a scanned PDF;
    the 2020 report is on ``2.html`` of 法治政府建设."""
    c = County("changge", "长葛市", HAP, "许昌市", "411082", "www.changge.gov.cn")
    s = _ep(ctx, c, dt.date(2025, 3, 30), 176)
    r23 = _rep(ctx, c, 2023, "长葛市2023年法治政府建设年度报告", "2024-03-29 16:20", "长葛市人民政府")
    r22 = _rep(ctx, c, 2022, "长葛市2022年法治政府建设年度报告", "2023-03-30 09:10", "长葛市人民政府")
    scan, body22 = s.scan("003/003009", r22)
    r20 = _rep(ctx, c, 2020, "长葛市2020年度法治政府建设工作情况报告", "2021-03-26 14:00", "长葛市人民政府")
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("duty_report", 2023)])
    fz = s.col(
        "003/003009",
        "法治政府建设",
        [
            r23,
            look[0],
            look[1],
            r22,
            *newer(ctx, c, r20, 12, "disclosure", s.skin.clock),
            r20,
            *ctx.fillers(c, 5, "disclosure", (2018, 2020)),
        ],
    )
    assert fz.index(r20) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(EP,))
    ctx.truth_report(c, r20, 2020, html_copy(c, r20), kinds=(EP, "later_list_page"))
    ctx.record_scan(c, r22, 2022, scan, body22, kinds=(EP,))
    s.finish()


# ============================================================================ 湖南 郴州, default.htm CMS
def suxian(ctx: Ctx56) -> None:
    """苏仙区 (湖南 郴州), ``www.hnsx.gov.cn``: 郴州's CMS (``/zwgk/cwys/czyjs/default.htm`` in a
    public list). The 2024 report is in 法治政府建设 (``/zwgk/fzzfjs/``) beside 湖南省's reposted 2024
    report and a 工作要点; the 2022 report is on the ``default.jsp?jsp.offset=45`` page of 通知公告."""
    c = County("suxian", "苏仙区", HNP, "郴州市", "431003", "www.hnsx.gov.cn")
    s = _cz(ctx, c, dt.date(2025, 5, 8), 186)
    r24 = _rep(ctx, c, 2024, "郴州市苏仙区2024年法治政府建设年度报告", "2025-03-28 10:10", "苏仙区人民政府")
    r22 = _rep(ctx, c, 2022, "苏仙区2022年度法治政府建设工作报告", "2023-03-31 15:30", "苏仙区人民政府")
    hn = ctx.higher(HNP, 2024, "党中央、国务院", "2025-04-02 10:00")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("notice", 2023), ("interpretation", 2025)])
    s.col("zwgk/fzzfjs", "法治政府建设", [r24, hn, look[0], look[2], *ctx.fillers(c, 9, "disclosure")])
    tz = s.col(
        "zwgk/tzgg",
        "通知公告",
        [*newer(ctx, c, r22, 47, "notice", s.skin.clock), r22, look[1], *ctx.fillers(c, 12, "notice")],
    )
    assert tz.index(r22) >= 45
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(CZ, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(CZ, "later_list_page"))
    ctx.record_higher(c, hn, 2024, c.base + hn.path)
    s.finish()


def yizhang(ctx: Ctx56) -> None:
    """宜章县 (湖南 郴州), ``www.yizhang.gov.cn`` (https): 郴州's CMS. The 2023 report is in
    政府信息公开 → 法定主动公开内容 beside the 信息公开 annual report and a 文字解读; the 2021 report
    exists only as a Word 97 ``.doc`` upload; the 2022 report is in 通知公告 beside a meeting."""
    c = County("yizhang", "宜章县", HNP, "郴州市", "431022", "www.yizhang.gov.cn", scheme="https")
    s = _cz(ctx, c, dt.date(2025, 4, 22), 174)
    r23 = _rep(
        ctx, c, 2023, "宜章县人民政府关于2023年法治政府建设情况的报告", "2024-03-27 09:30", "宜章县人民政府"
    )
    r22 = _rep(ctx, c, 2022, "宜章县2022年法治政府建设情况报告", "2023-03-28 15:40", "宜章县人民政府")
    r21 = _rep(ctx, c, 2021, "宜章县2021年度法治政府建设工作报告", "2022-03-30 10:00", "宜章县人民政府")
    doc, body21 = s.attach("zwgk/tzgg", r21, "doc")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2024), ("text_interp", 2024), ("meeting", 2023)])
    s.col("zwgk/fdzdgknr", "法定主动公开内容", [r23, look[0], look[1], *ctx.fillers(c, 12, "disclosure")])
    s.col("zwgk/tzgg", "通知公告", [r22, look[2], r21, *ctx.fillers(c, 22, "notice", (2019, 2024))])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(CZ,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(CZ,))
    ctx.record_file(c, r21, 2021, doc, body21, (CZ, "doc_needs_reader"))
    s.finish()


def yongxing(ctx: Ctx56) -> None:
    """永兴县 (湖南 郴州), ``www.yongxing.gov.cn`` (https): 郴州's CMS. The 2024 report is in
    部门信息公开 → 县司法局 (``/bmxxgk/sfj/``) beside the 县司法局's own report and a 述法报告; the
    2021 report is on ``default_1.htm`` of 法治政府建设 beside 郴州市's reposted 2021 report. A
    按日期浏览 archive never ends (trap)."""
    c = County("yongxing", "永兴县", HNP, "郴州市", "431023", "www.yongxing.gov.cn", scheme="https")
    s = _cz(ctx, c, dt.date(2025, 6, 11), 180)
    trap = date_trap(ctx, s.skin, "/rqll/index.jsp")
    r24 = _rep(ctx, c, 2024, "永兴县2024年度法治政府建设工作报告", "2025-03-26 11:00", "永兴县人民政府")
    r21 = _rep(ctx, c, 2021, "永兴县2021年法治政府建设年度报告", "2022-03-29 16:00", "永兴县人民政府")
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-20 09:30")
    cz = ctx.higher("郴州市", 2021, "省委、省政府", "2022-04-06 09:00")
    look = ctx.lookalikes_of(c, [("shufa", 2025), ("meeting_topic", 2022)])
    s.col("bmxxgk/sfj", "县司法局", [dep, r24, look[0], *ctx.fillers(c, 10, "disclosure")])
    fz = s.col(
        "zwgk/fzzfjs",
        "法治政府建设",
        [
            *newer(ctx, c, r21, 16, "disclosure", s.skin.clock),
            r21,
            cz,
            look[1],
            *ctx.fillers(c, 4, "disclosure", (2018, 2021)),
        ],
    )
    assert 15 <= fz.index(r21) < 30
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(CZ,))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(CZ, "later_list_page", "higher_repost"))
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    ctx.record_higher(c, cz, 2021, c.base + cz.path)
    s.finish(f'<div class="rqll"><a href="{trap}">按日期浏览</a></div>')


def jiahe(ctx: Ctx56) -> None:
    """嘉禾县 (湖南 郴州), ``www.jiahe.gov.cn`` (https): 郴州's CMS. The 2023 report is a DOCX
    (``/uploadfiles/YYYYMM/…docx``) attached to a short notice in 通知公告 beside a notice about it;
    the 2025 report ("2025年嘉禾县…", year first) is in 法治政府建设 beside 示范创建 news."""
    c = County("jiahe", "嘉禾县", HNP, "郴州市", "431024", "www.jiahe.gov.cn", scheme="https")
    s = _cz(ctx, c, dt.date(2026, 5, 6), 168)
    r25 = _rep(ctx, c, 2025, "2025年嘉禾县法治政府建设情况报告", "2026-03-27 10:40", "嘉禾县人民政府")
    r23 = _rep(ctx, c, 2023, "嘉禾县2023年法治政府建设工作情况的报告", "2024-03-29 14:20", "嘉禾县人民政府")
    docx, body23 = s.attach("zwgk/tzgg", r23, "docx")
    look = ctx.lookalikes_of(c, [("demo_news", 2025), ("notice", 2024)])
    s.col("zwgk/fzzfjs", "法治政府建设", [r25, look[0], *ctx.fillers(c, 10, "disclosure")])
    s.col(
        "zwgk/tzgg",
        "通知公告",
        [
            *ctx.fillers(c, 3, "notice", (2024, 2026)),
            r23,
            look[1],
            *ctx.fillers(c, 20, "notice", (2019, 2024)),
        ],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r25, 2025, html_copy(c, r25), kinds=(CZ,))
    ctx.record_file(c, r23, 2023, docx, body23, (CZ, "docx_attachment"))
    s.finish()


# ============================================================================ 江西 景德镇, TRS .shtml
def zhushan(ctx: Ctx56) -> None:
    """珠山区 (江西 景德镇), ``www.jdzzsq.gov.cn`` (GBK pages assumed): TRS ``.shtml``. The 2024
    report is on 通知公告's ``index_2.shtml`` beside a notice about it; the 2022 report is in
    法治政府建设 (``/zwgk/fdzdgknr/fzzfjs/``) beside 江西省's reposted 2022 report and a 述职."""
    c = County("zhushan", "珠山区", JXP, "景德镇市", "360203", "www.jdzzsq.gov.cn")
    s = _jdz(ctx, c, dt.date(2025, 5, 26), 184, skin=JdzGbkSkin)
    r24 = _rep(ctx, c, 2024, "珠山区2024年法治政府建设年度报告", "2025-03-28 16:30", "景德镇市珠山区人民政府")
    r22 = _rep(
        ctx,
        c,
        2022,
        "景德镇市珠山区人民政府关于2022年度法治政府建设工作情况的报告",
        "2023-03-30 10:00",
        "景德镇市珠山区人民政府",
    )
    jx = ctx.higher(JXP, 2022, "党中央、国务院", "2023-04-04 10:00")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("duty_report", 2023)])
    tz = s.col(
        "zwgk/tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 42, "notice", s.skin.clock), r24, look[0], *ctx.fillers(c, 10, "notice")],
    )
    assert tz.index(r24) >= 40
    s.col("zwgk/fdzdgknr/fzzfjs", "法治政府建设", [r22, jx, look[1], *ctx.fillers(c, 9, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(JDZ, "gbk_pages", "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(JDZ, "gbk_pages", "higher_repost"))
    ctx.record_higher(c, jx, 2022, c.base + jx.path)
    s.finish()


def changjiang(ctx: Ctx56) -> None:
    """昌江区 (江西 景德镇), ``www.jdzcjq.gov.cn``: TRS ``.shtml``. The 2023 report is a PDF
    (``P0…pdf``, text layer) attached to a short article in 法治政府建设 beside a 考核 通报; the 2021
    report is in 规划计划 → 工作总结 beside a 政府工作报告 and a 实施方案. The WAS5 search
    ``/was5/web/search?searchword=`` echoes its query for ever (trap)."""
    c = County("changjiang", "昌江区", JXP, "景德镇市", "360202", "www.jdzcjq.gov.cn")
    s = _jdz(ctx, c, dt.date(2025, 4, 14), 172)
    extra = _search(ctx, s, "/was5/web/search", "searchword")
    r23 = _rep(
        ctx, c, 2023, "昌江区2023年度法治政府建设情况报告", "2024-03-28 11:10", "景德镇市昌江区人民政府"
    )
    pdf, body23 = s.attach("zwgk/fdzdgknr/fzzfjs", r23, "pdf")
    r21 = _rep(ctx, c, 2021, "昌江区2021年法治政府建设工作报告", "2022-03-31 09:20", "景德镇市昌江区人民政府")
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("gov_work_report", 2022), ("plan", 2021)])
    s.col("zwgk/fdzdgknr/fzzfjs", "法治政府建设", [r23, look[0], *ctx.fillers(c, 10, "disclosure")])
    s.col(
        "zwgk/ghjh/gzzj", "工作总结", [r21, look[1], look[2], *ctx.fillers(c, 11, "disclosure", (2019, 2024))]
    )
    ctx.record(c, look)
    ctx.record_file(c, r23, 2023, pdf, body23, (JDZ, "pdf_attachment"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(JDZ,))
    s.finish(extra)


def fuliang(ctx: Ctx56) -> None:
    """浮梁县 (江西 景德镇), ``fuliang.gov.cn`` (https, no ``www``): TRS ``.shtml``. The 2024 report
    is in 法治政府建设 beside 景德镇市's reposted 2024 report and a 解读; the 2022 report is on
    通知公告's ``index_1.shtml`` beside a meeting."""
    c = County("fuliang", "浮梁县", JXP, "景德镇市", "360222", "fuliang.gov.cn", scheme="https")
    s = _jdz(ctx, c, dt.date(2025, 6, 18), 178)
    r24 = _rep(ctx, c, 2024, "浮梁县2024年法治政府建设工作报告", "2025-03-27 15:10", "浮梁县人民政府")
    r22 = _rep(ctx, c, 2022, "浮梁县2022年度法治政府建设年度报告", "2023-03-29 11:50", "浮梁县人民政府")
    jdz = ctx.higher("景德镇市", 2024, "省委、省政府", "2025-04-08 09:30")
    look = ctx.lookalikes_of(c, [("interpretation", 2025), ("meeting", 2023), ("xxgk_annual", 2025)])
    s.col(
        "zwgk/fdzdgknr/fzzfjs", "法治政府建设", [r24, jdz, look[0], look[2], *ctx.fillers(c, 8, "disclosure")]
    )
    tz = s.col(
        "zwgk/tzgg",
        "通知公告",
        [*newer(ctx, c, r22, 22, "notice", s.skin.clock), r22, look[1], *ctx.fillers(c, 10, "notice")],
    )
    assert 20 <= tz.index(r22) < 40
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(JDZ, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(JDZ, "later_list_page"))
    ctx.record_higher(c, jdz, 2024, c.base + jdz.path)
    s.finish()


JDZ_COUNTIES = (
    ("昌江区", "http://www.jdzcjq.gov.cn/"),
    ("珠山区", "http://www.jdzzsq.gov.cn/"),
    ("浮梁县", "https://fuliang.gov.cn/"),
    ("乐平市", "http://www.lps.gov.cn/"),
)


def jdz_portal(ctx: Ctx56) -> None:
    """景德镇市 portal ``www.jdz.gov.cn`` (https; TRS ``.shtml``, ``/zwgk/fdzdgknr/…/index_1.shtml``
    and ``t<id>.shtml`` in public code), seeded: its 县(市、区) block links the four 县市区. 乐平市
    (``www.lps.gov.cn``) is in no seed row: TRS ``.shtml``; its 2023 report (joint 中共乐平市委
    乐平市人民政府 title) is in 法治政府建设 beside a 实施方案; its 2021 report is on 通知公告's
    ``index_1.shtml`` beside the 信息公开 annual report."""
    p = County("jdz_portal", "景德镇市", JXP, "", "360200", "www.jdz.gov.cn", scheme="https")
    ps = _jdz(ctx, p, dt.date(2025, 6, 9), 150)
    ps.col("zwgk/tzgg", "通知公告", ctx.fillers(p, 26, "notice"))
    block = "".join(f'<li><a href="{u}" target="_blank">{n}人民政府</a></li>' for n, u in JDZ_COUNTIES)
    ps.finish(f'<div class="xsqlj"><h3>县(市、区)政府网站</h3><ul>{block}</ul></div>')

    c = County("leping", "乐平市", JXP, "景德镇市", "360281", "www.lps.gov.cn", seeded=False)
    s = _jdz(ctx, c, dt.date(2025, 5, 15), 176, seeded=False)
    kinds = (JDZ, "unseeded_county_via_prefecture_list")
    r23 = _rep(
        ctx,
        c,
        2023,
        "中共乐平市委 乐平市人民政府关于2023年法治政府建设情况的报告",
        "2024-03-29 10:30",
        "乐平市人民政府",
    )
    r21 = _rep(ctx, c, 2021, "乐平市2021年度法治政府建设情况报告", "2022-03-30 14:50", "乐平市人民政府")
    look = ctx.lookalikes_of(c, [("plan", 2023), ("xxgk_annual", 2021)])
    s.col("zwgk/fdzdgknr/fzzfjs", "法治政府建设", [r23, look[0], *ctx.fillers(c, 9, "disclosure")])
    tz = s.col(
        "zwgk/tzgg",
        "通知公告",
        [*newer(ctx, c, r21, 21, "notice", s.skin.clock), r21, look[1], *ctx.fillers(c, 12, "notice")],
    )
    assert 20 <= tz.index(r21) < 40
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(*kinds, "joint_title"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(*kinds, "later_list_page"))
    s.finish()
