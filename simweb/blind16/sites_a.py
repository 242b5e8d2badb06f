"""Blind16 sites that are ordinary members of their CMS family or provincial platform (what most
counties are), in 安徽 阜阳 and 福建 南平:

* 颍州区 and 颍泉区's 法治政府建设 on the 安徽 政务公开 platform with server-rendered lists
  (``/public/column/<organId>?type=4&catId=<catId>&action=list&nav=3``, ``&pageIndex=n``;
  articles ``/public/<organId>/<id>.html``), 颍州区 with a 按日期浏览 archive (trap);
* 颍东区, an older GBK site with table lists and a scanned report;
* 延平区 on TRS (``tYYYYMMDD_<id>.htm`` articles), 福建省's report reposted beside its own, an
  echoing site search (trap);
* 建阳区 on the 元略 CMS with static list pages (``/cms/siteresource/article.shtml?id=…``);
* three 元略 counties whose lists use mechanisms earlier blind webs already model: 顺昌县's later
  pages only to a POST of ``pageForm`` (blind4's 珙县), 浦城县's rows opened by
  ``onclick="window.open('…')"`` with no ``<a>`` (blind/blind3), 光泽县's lists written by
  ``document.write`` from one script file per page (blind2/blind3, here external files).

Every site's docstring names the real evidence it follows and what is assumed.
"""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.core import chunks
from ..blind.sites_a import home
from ..blind.skins import Skin
from ..blind2.core import open_site
from ..blind4.sites_a import InfoSkin
from ..blind5.sites_b import GbkSkin
from ..blind8.sites_a import table_lists
from ..model import Request, Resource
from .core import (
    STAMP,
    County,
    Ctx16,
    Item,
    ah_article,
    ah_column,
    assign,
    date_trap,
    esc,
    html_copy,
    newer,
    put_at,
    query_lists,
    search_trap,
    write_items,
    yl_article,
)


class AhSkin(InfoSkin):
    """The 安徽 政务公开 platform's article look (``.newstitle``, ``#zoom.j-fontContent``, the
    classes public crawlers read on these pages) with the 信息公开 table above it."""

    css = "ahzwgk"

    def article(self, item: Item, column: str, trail, *, paras=None, after="", tools=""):
        text = super().article(item, column, trail, paras=paras, after=after, tools=tools)
        return text.replace('<h2 class="title">', '<h1 class="newstitle">', 1).replace(
            '<div class="TRS_Editor">', '<div id="zoom" class="j-fontContent newscontnet minh300">', 1
        )

    def footer(self) -> str:
        return super().footer().replace("主办:", "主办单位:", 1)


class YlSkin(Skin):
    """The 元略 CMS look of 福建 county sites (``#content`` article body)."""

    css = "yuanlue"

    def article(self, item: Item, column: str, trail, *, paras=None, after="", tools=""):
        text = super().article(item, column, trail, paras=paras, after=after, tools=tools)
        return text.replace('<div class="TRS_Editor">', '<div id="content" class="article_content">', 1)


def ah_news(skin: Skin, col_id: str, name: str, n: int) -> list[Item]:
    """A news column of the 安徽 platform: ``/content/column/<id>?pageIndex=n`` lists of
    ``/content/article/<id>`` articles (the shape of ``zczj.haibei.gov.cn/content/column/…``)."""
    first = f"/content/column/{col_id}?pageIndex=1"
    return query_lists(
        skin,
        first,
        name,
        [(first, name)],
        skin.ctx.news(skin.c, n),
        lambda it: f"/content/article/{it.uid}",
        per=20,
        page_url=lambda k: f"/content/column/{col_id}?pageIndex={k}",
    )


def ah_public(skin: Skin, organ: str, cat: str, name: str, items: list[Item], per: int = 15) -> list[Item]:
    first = ah_column(organ, cat)
    trail = [(f"/public/column/{organ}?type=4&action=list&nav=3", "政府信息公开"), (first, name)]
    return query_lists(skin, first, name, trail, items, ah_article(organ), per=per)


# ====================================================================== 颍州区
def yingzhou(ctx: Ctx16) -> None:
    """颍州区 (安徽 阜阳), ``www.yingzhouqu.gov.cn``: an ordinary member of the 安徽 政务公开
    platform: 信息公开 columns ``/public/column/<organId>?type=4&catId=<catId>&action=list&nav=3``
    paged by ``&pageIndex=n`` (public crawlers page ``lushan.gov.cn``'s and ``haibei``'s columns
    this way), articles ``/public/<organId>/<id>.html`` (the links ``ybj.ah.gov.cn``'s lists
    carry); news ``/content/column/<id>?pageIndex=n``. Server-rendered pages are assumed for this
    county. The 2023 report is on page 2 of 法定主动公开内容 → 其他法定公开信息 beside 安徽省's
    reposted 2022 report; the 2021 report in 法治政府建设 among a 实施方案 and a 政府工作报告; a
    按日期浏览 archive never ends (trap)."""
    c = County("yingzhou", "颍州区", "安徽省", "阜阳市", "341202", "www.yingzhouqu.gov.cn", scheme="https")
    organ = "11611"
    nav = [
        ("/", "首页"),
        ("/content/column/6790641?pageIndex=1", "颍州要闻"),
        (f"/public/column/{organ}?type=4&action=list&nav=3", "政府信息公开"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 6, 18), skin=AhSkin)
    trap = date_trap(ctx, skin, "/site/rqll.jsp")
    news = ah_news(skin, "6790641", "颍州要闻", 330)
    r23 = ctx.new_report(
        c,
        2023,
        "颍州区人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-29 15:40",
        source="颍州区人民政府",
    )
    ah = ctx.higher("安徽省", 2022, "党中央、国务院", "2023-04-12 10:10")
    qt = ah_public(
        skin,
        organ,
        "6810661",
        "其他法定公开信息",
        [*newer(ctx, c, r23, 16, until=skin.clock), r23, ah, *ctx.fillers(c, 14, "disclosure", (2020, 2023))],
    )
    assert 15 <= qt.index(r23) < 30
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("anhui_zwgk_platform", "later_list_page"))
    ctx.record_higher(c, ah, 2022, c.base + ah.path)
    r21 = ctx.new_report(
        c, 2021, "颍州区2021年法治政府建设工作报告", pub="2022-03-30 09:25", source="颍州区司法局"
    )
    look = ctx.lookalikes_of(c, [("plan", 2022), ("gov_work_report", 2023), ("meeting_topic", 2022)])
    fz = ah_public(skin, organ, "6810701", "法治政府建设", [r21, *look, *ctx.fillers(c, 8, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("anhui_zwgk_platform",))
    rows = "".join(
        f'<li><a href="{esc(ah_column(organ, cat))}">{nm}</a></li>'
        for cat, nm in (("6810661", "其他法定公开信息"), ("6810701", "法治政府建设"))
    )
    put_at(
        skin,
        f"/public/column/{organ}?type=4&action=list&nav=3",
        skin.page(
            "政府信息公开",
            f'{skin.crumbs([])}<div class="xxgk_nav"><h3>法定主动公开内容</h3><ul>{rows}</ul></div>',
        ),
    )
    home(
        skin,
        [(nav[1][0], "颍州要闻", news), (nav[2][0], "政府信息公开", fz)],
        extra=f'<div class="rili"><a href="{trap}">按日期浏览</a></div>',
    )


# ====================================================================== 颍东区
def yingdong(ctx: Ctx16) -> None:
    """颍东区 (安徽 阜阳), ``www.yingdong.gov.cn`` (http): an older GBK site with table lists
    ``/html/<col>/index.html``, ``index_2.html`` … (blind8's GB2312 table-list shape, from a
    public crawler reading ``//*[@id="list"]/table``; 颍东区's use of it is assumed). The 2024
    report is deep in 通知公告 (page 2); the 2022 report only as a scanned PDF (not findable)."""
    c = County("yingdong", "颍东区", "安徽省", "阜阳市", "341203", "www.yingdong.gov.cn")
    nav = [
        ("/", "首页"),
        ("/html/ydxw/index.html", "颍东新闻"),
        ("/html/tzgg/index.html", "通知公告"),
        ("/html/fzzfjs/index.html", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 8), skin=GbkSkin)
    news = table_lists(
        skin, "/html/ydxw/", "颍东新闻", [("/html/ydxw/index.html", "颍东新闻")], ctx.news(c, 300)
    )
    r24 = ctx.new_report(
        c,
        2024,
        "颍东区人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-27 16:05",
        source="颍东区人民政府",
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("xxgk_annual", 2024)])
    tz = table_lists(
        skin,
        "/html/tzgg/",
        "通知公告",
        [("/html/tzgg/index.html", "通知公告")],
        [*newer(ctx, c, r24, 31, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 20, "notice")],
    )
    assert tz.index(r24) >= 30
    ctx.record(c, notes)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("gbk_table_list", "later_list_page"))
    r22 = ctx.new_report(
        c, 2022, "颍东区2022年度法治政府建设工作报告", pub="2023-03-30 11:20", source="颍东区司法局"
    )
    body = list(r22.paras)
    r22.paras = ["(扫描件)"]
    r22.uid = ctx.uid()
    scan = f"/uploadfile/2023/0330/{r22.uid}.pdf"
    r22.attachments.append((r22.title + ".pdf", scan, files.make_scan_pdf(r22.uid)))
    look = ctx.lookalikes_of(c, [("duty_report", 2023), ("assessment", 2022), ("interpretation", 2024)])
    fz = table_lists(
        skin,
        "/html/fzzfjs/",
        "法治政府建设",
        [("/html/fzzfjs/index.html", "法治政府建设")],
        [r22, *look, *ctx.fillers(c, 10, "disclosure")],
    )
    ctx.record(c, look)
    ctx.record_scan(c, r22, 2022, scan, body, kinds=("gbk_table_list", "scan_needs_ocr"))
    home(
        skin,
        [
            ("/html/ydxw/index.html", "颍东新闻", news),
            ("/html/tzgg/index.html", "通知公告", tz),
            ("/html/fzzfjs/index.html", "法治政府建设", fz),
        ],
    )


# ====================================================================== 颍泉区
def yingquan(ctx: Ctx16) -> None:
    """颍泉区 (安徽 阜阳), ``www.yingquan.gov.cn``: an ordinary member of the 安徽 政务公开 platform
    (see 颍州区). The 2023 report is in 法治政府建设 beside a 述法报告; the 2021 report only as a
    Word 97 ``.doc`` (not findable); the 区司法局's own report in its 部门 column."""
    c = County("yingquan", "颍泉区", "安徽省", "阜阳市", "341204", "www.yingquan.gov.cn", scheme="https")
    organ = "11651"
    nav = [
        ("/", "首页"),
        ("/content/column/6791051?pageIndex=1", "颍泉要闻"),
        (f"/public/column/{organ}?type=4&action=list&nav=3", "政府信息公开"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 8, 2), skin=AhSkin)
    news = ah_news(skin, "6791051", "颍泉要闻", 260)
    r23 = ctx.new_report(
        c, 2023, "颍泉区2023年法治政府建设年度报告", pub="2024-03-27 16:05", source="颍泉区人民政府"
    )
    r21 = ctx.new_report(
        c, 2021, "颍泉区2021年度法治政府建设工作报告", pub="2022-03-31 10:30", source="颍泉区司法局"
    )
    body = list(r21.paras)
    r21.paras = ["颍泉区2021年度法治政府建设工作报告全文见附件。"]
    r21.uid = ctx.uid()
    doc = ctx.attach(c, r21, f"/group1/M00/02/1F/{r21.uid}.doc", "doc", body)
    look = ctx.lookalikes_of(c, [("shufa", 2023), ("text_interp", 2024), ("demo_news", 2022)])
    fz = ah_public(
        skin, organ, "6811201", "法治政府建设", [r23, r21, *look, *ctx.fillers(c, 12, "disclosure")]
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("anhui_zwgk_platform",))
    ctx.record_file(c, r21, 2021, doc, body, ("anhui_zwgk_platform", "doc_needs_reader"))
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-28 11:15")
    bm = ah_public(skin, "11657", "6811391", "区司法局", [dep, *ctx.fillers(c, 18, "disclosure")])
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    rows = "".join(
        f'<li><a href="{esc(u)}">{nm}</a></li>'
        for u, nm in (
            (ah_column(organ, "6811201"), "法治政府建设"),
            (ah_column("11657", "6811391"), "区司法局"),
        )
    )
    put_at(
        skin,
        f"/public/column/{organ}?type=4&action=list&nav=3",
        skin.page("政府信息公开", f'{skin.crumbs([])}<div class="xxgk_nav"><ul>{rows}</ul></div>'),
    )
    home(skin, [(nav[1][0], "颍泉要闻", news), (nav[2][0], "政府信息公开", fz), (nav[2][0], "部门信息", bm)])


# ====================================================================== 延平区
def yanping(ctx: Ctx16) -> None:
    """延平区 (福建 南平), ``www.yanping.gov.cn``: an ordinary TRS site of 福建 (articles
    ``/<col>/YYYYMM/tYYYYMMDD_<id>.htm``, ``createPageHTML`` pagers; sites.md "CMS families" and
    "Where it is filed"). The 2024 report is on page 2 of 通知公告; the 2022 report in 政府信息公开
    → 法治政府建设 beside 福建省's reposted 2023 report and a 考核 通报; the TRS site search echoes its
    query and links more queries (trap; sites.md "Traps")."""
    from ..blind.sites_a import index_page, publish

    c = County("yanping", "延平区", "福建省", "南平市", "350702", "www.yanping.gov.cn")
    nav = [
        ("/", "首页"),
        ("/xwzx/ypyw/", "延平要闻"),
        ("/zwgk/tzgg/", "通知公告"),
        ("/zwgk/zfxxgkzl/", "政府信息公开"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 3), skin=InfoSkin)
    trap = search_trap(ctx, skin, "/was5/web/search", "searchword")
    htm = lambda col, it: f"{col}{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid}.htm"  # noqa: E731
    news = publish(
        skin, "/xwzx/ypyw/", "延平要闻", [("/xwzx/ypyw/", "延平要闻")], ctx.news(c, 320), path_fn=htm
    )
    r24 = ctx.new_report(
        c, 2024, "延平区2024年法治政府建设年度报告", pub="2025-03-28 17:45", source="延平区人民政府"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025)])
    tz = publish(
        skin,
        "/zwgk/tzgg/",
        "通知公告",
        [("/zwgk/", "政务公开"), ("/zwgk/tzgg/", "通知公告")],
        [*newer(ctx, c, r24, 22, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 30, "notice")],
        path_fn=htm,
    )
    assert tz.index(r24) >= 20
    ctx.record(c, notes)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("fujian_trs", "later_list_page"))
    r22 = ctx.new_report(
        c,
        2022,
        "南平市延平区人民政府关于2022年度法治政府建设情况的报告",
        pub="2023-03-30 11:20",
        source="延平区人民政府",
    )
    fj = ctx.higher("福建省", 2023, "党中央、国务院", "2024-03-29 09:00")
    look = ctx.lookalikes_of(c, [("assessment", 2023), ("plan", 2023)])
    gk = "/zwgk/zfxxgkzl/fzzfjs/"
    fz = publish(
        skin,
        gk,
        "法治政府建设",
        [("/zwgk/zfxxgkzl/", "政府信息公开"), (gk, "法治政府建设")],
        [fj, r22, *look, *ctx.fillers(c, 10, "disclosure")],
        path_fn=htm,
    )
    ctx.record(c, look)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("fujian_trs", "higher_repost"))
    ctx.record_higher(c, fj, 2023, c.base + fj.path)
    index_page(
        skin,
        "/zwgk/zfxxgkzl/index.html",
        "政府信息公开",
        [("/zwgk/zfxxgkzl/", "政府信息公开")],
        [(gk, "法治政府建设", fz), ("/zwgk/tzgg/", "通知公告", tz)],
    )
    skin.put("/zwgk/zfxxgkzl/", ctx.web.resources[(c.host, "/zwgk/zfxxgkzl/index.html", "")].body)
    home(
        skin,
        [
            ("/xwzx/ypyw/", "延平要闻", news),
            ("/zwgk/tzgg/", "通知公告", tz),
            ("/zwgk/zfxxgkzl/", "政府信息公开", fz),
        ],
        extra=f'<form action="/was5/web/search"><a href="{trap}">站内搜索</a></form>',
    )


# ====================================================================== 元略 CMS sites
def yl_static(
    skin: Skin, site: str, col: str, name: str, items: list[Item], site_id: str, row=None, per: int = 15
) -> list[Item]:
    """A 元略 column published as static pages ``/cms/html/<site>/<col>/index.html``,
    ``index_2.html`` … (the publish folder is assumed), rows linking the ``article.shtml`` pages."""
    base = f"/cms/html/{site}/{col}/"
    return query_lists(
        skin,
        base + "index.html",
        name,
        [(base + "index.html", name)],
        items,
        yl_article(site_id),
        per=per,
        page_url=lambda n: base + ("index.html" if n == 1 else f"index_{n}.html"),
        row=row,
    )


def jianyang(ctx: Ctx16) -> None:
    """建阳区 (福建 南平), ``www.jianyang.gov.cn``: an ordinary site on the 元略 (yuanluesoft)
    CMS that many 福建 counties run: articles ``/cms/siteresource/article.shtml?id=<long id>
    &siteId=<17 digits>`` (links of 南靖县 ``www.fjnj.gov.cn`` and 华安县 ``www.huaan.gov.cn``
    in public code, and the CMS's own ``"/cms/siteresource/article.shtml?id=" +
    resource.getId()``); static list pages are assumed. The 2023 report is in 法治政府建设 beside a
    政策解读; the 2021 report on page 2 of 通知公告; the 区司法局's report in 部门动态."""
    c = County("jianyang", "建阳区", "福建省", "南平市", "350703", "www.jianyang.gov.cn")
    sid = "60421366101740003"
    nav = [
        ("/", "首页"),
        ("/cms/html/jyqrmzf/jyyw/index.html", "建阳要闻"),
        ("/cms/html/jyqrmzf/tzgg/index.html", "通知公告"),
        ("/cms/html/jyqrmzf/fzzfjs/index.html", "法治政府建设"),
        ("/cms/html/jyqrmzf/bmdt/index.html", "部门动态"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 9, 12), skin=YlSkin)
    news = yl_static(skin, "jyqrmzf", "jyyw", "建阳要闻", ctx.news(c, 280), sid, per=20)
    r23 = ctx.new_report(
        c,
        2023,
        "南平市建阳区人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-26 18:10",
        source="建阳区人民政府",
    )
    look = ctx.lookalikes_of(c, [("interpretation", 2024), ("meeting", 2023)])
    fz = yl_static(
        skin, "jyqrmzf", "fzzfjs", "法治政府建设", [r23, *look, *ctx.fillers(c, 9, "disclosure")], sid
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("yuanlue_cms",))
    r21 = ctx.new_report(
        c, 2021, "建阳区2021年度法治政府建设情况报告", pub="2022-03-29 10:45", source="建阳区司法局"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2022)])
    tz = yl_static(
        skin,
        "jyqrmzf",
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r21, 17, "notice", skin.clock), r21, *notes, *ctx.fillers(c, 20, "notice")],
        sid,
    )
    assert tz.index(r21) >= 15
    ctx.record(c, notes)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("yuanlue_cms", "later_list_page"))
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-20 15:00")
    bm = yl_static(skin, "jyqrmzf", "bmdt", "部门动态", [dep, *ctx.fillers(c, 12, "disclosure")], sid)
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    home(
        skin,
        [
            (nav[1][0], "建阳要闻", news),
            (nav[2][0], "通知公告", tz),
            (nav[3][0], "法治政府建设", fz),
            (nav[4][0], "部门动态", bm),
        ],
    )


def shunchang(ctx: Ctx16) -> None:
    """顺昌县 (福建 南平), ``www.shunchang.gov.cn``: a 元略-family JSP list ``/zwgk/list.jsp
    ?columnId=N`` whose GET answers page 1 and whose later pages answer only a POST of the
    hidden ``pageForm`` (``turnPage(n)`` sets ``pageNum`` and submits), as blind4's 珙县 (public
    list pages ``<FORM ACTION="…_list.action" METHOD="POST" id="listForm"><input type="hidden"
    name="pageNum">``; the county's use is assumed). Articles are ``article.shtml``. The 2024
    report is on page 3 of 通知公告; the 2022 report in 法治政府建设."""
    c = County("shunchang", "顺昌县", "福建省", "南平市", "350721", "www.shunchang.gov.cn")
    sid = "60421366101740011"
    cols = {"101": "顺昌要闻", "205": "通知公告", "231": "法治政府建设"}
    nav = [("/", "首页"), *((f"/zwgk/list.jsp?columnId={k}", n) for k, n in cols.items())]
    skin = open_site(ctx, c, nav, dt.date(2025, 4, 22), skin=YlSkin)
    r24 = ctx.new_report(
        c,
        2024,
        "顺昌县人民政府关于2024年度法治政府建设工作情况的报告",
        pub="2025-03-26 15:35",
        source="顺昌县人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "顺昌县2022年度法治政府建设情况报告", pub="2023-03-29 09:45", source="顺昌县司法局"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("meeting", 2025)])
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("xxgk_annual", 2023), ("shufa", 2023)])
    data = {
        "101": ctx.news(c, 240),
        "205": [*newer(ctx, c, r24, 31, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 20, "notice")],
        "231": [r22, *look, *ctx.fillers(c, 11, "disclosure")],
    }
    per = 15
    for k, items in data.items():
        data[k] = assign(ctx, items, yl_article(sid))
        write_items(skin, data[k], cols[k], [(f"/zwgk/list.jsp?columnId={k}", cols[k])])
    assert data["205"].index(r24) >= 30

    def page(k: str, n: int) -> str:
        items = data[k]
        pages = chunks(items, per)
        n = min(max(n, 1), len(pages))
        rows = "".join(
            f'<li><a href="{esc(it.path)}" target="_blank">{esc(it.title.replace("|", ""))}</a>'
            f"<span>{it.date}</span></li>"
            for it in pages[n - 1]
        )
        turn = [
            f'<a href="javascript:void(0)" onclick="turnPage({m})">{lab}</a>'
            for m, lab in (
                (1, "首页"),
                (max(n - 1, 1), "上一页"),
                (min(n + 1, len(pages)), "下一页"),
                (len(pages), "尾页"),
            )
        ]
        body = (
            f'{skin.crumbs([(f"/zwgk/list.jsp?columnId={k}", cols[k])])}<div class="list"><h2>{cols[k]}</h2>'
            f'<ul>{rows}</ul><div class="page">共{len(items)}条 第{n}/{len(pages)}页 {" ".join(turn)}</div>'
            f'<form name="pageForm" id="pageForm" method="post" action="/zwgk/list.jsp">'
            f'<input type="hidden" name="columnId" value="{k}"/>'
            f'<input type="hidden" name="pageNum" value="{n}"/>'
            "</form><script>function turnPage(n){var f=document.pageForm;f.pageNum.value=n;f.submit();}"
            "</script></div>"
        )
        return ctx.icp(c.host, skin.page(f"{cols[k]}-{skin.site_name}", body))

    def handler(req: Request) -> Resource:
        args = req.params()
        k = args.get("columnId", "")
        if k not in data:
            return Resource("<p>栏目不存在</p>".encode(), status=404, modified=STAMP)
        n = 1
        if req.method == "POST":
            try:
                n = int(args.get("pageNum", "1"))
            except ValueError:
                n = 1
        return Resource(page(k, n).encode("utf-8"), modified=STAMP)

    ctx.handle(c, "/zwgk/list.jsp", handler)
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("post_page_form", "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("yuanlue_cms",))
    home(skin, [(f"/zwgk/list.jsp?columnId={k}", n, data[k]) for k, n in cols.items()])


def pucheng(ctx: Ctx16) -> None:
    """浦城县 (福建 南平), ``www.fjpc.gov.cn``: a 元略 site whose list rows carry no ``<a>``:
    ``<li onclick="window.open('/cms/siteresource/article.shtml?id=…')">`` (JSP lists writing
    ``<li onclick="window.open('${ctx}/post/Info?pid=${post.pid}')">`` in public code; blind and
    blind3 model such links; the county's use is assumed). The 2023 report and 南平市's reposted
    2022 report are in 法治政府建设; the 2021 report on page 2 of 政务公开 → 其他文件."""
    c = County("pucheng", "浦城县", "福建省", "南平市", "350722", "www.fjpc.gov.cn")
    sid = "60421366101740017"
    nav = [
        ("/", "首页"),
        ("/cms/html/pcxrmzf/pcyw/index.html", "浦城要闻"),
        ("/cms/html/pcxrmzf/fzzfjs/index.html", "法治政府建设"),
        ("/cms/html/pcxrmzf/qtwj/index.html", "其他文件"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 3, 30), skin=YlSkin)

    def row(it: Item) -> str:
        return (
            f'<li onclick="window.open(\'{esc(it.path)}\')" style="cursor:pointer">'
            f'<span class="tit">{esc(it.title.replace("|", ""))}</span>'
            f'<span class="date">{it.date}</span></li>'
        )

    news = yl_static(skin, "pcxrmzf", "pcyw", "浦城要闻", ctx.news(c, 250), sid, row=row, per=20)
    r23 = ctx.new_report(
        c, 2023, "浦城县2023年法治政府建设年度报告", pub="2024-03-28 10:20", source="浦城县人民政府"
    )
    np_ = ctx.higher("南平市", 2022, "省委、省政府", "2023-04-03 16:00")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("duty_report", 2023)])
    fz = yl_static(
        skin,
        "pcxrmzf",
        "fzzfjs",
        "法治政府建设",
        [r23, np_, *look, *ctx.fillers(c, 8, "disclosure")],
        sid,
        row=row,
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("onclick_rows", "higher_repost"))
    ctx.record_higher(c, np_, 2022, c.base + np_.path)
    r21 = ctx.new_report(
        c,
        2021,
        "浦城县人民政府关于2021年度法治政府建设工作的报告",
        pub="2022-03-31 14:10",
        source="浦城县人民政府",
    )
    qt = yl_static(
        skin,
        "pcxrmzf",
        "qtwj",
        "其他文件",
        [*newer(ctx, c, r21, 16, until=skin.clock), r21, *ctx.fillers(c, 10, "disclosure", (2019, 2021))],
        sid,
        row=row,
    )
    assert qt.index(r21) >= 15
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("onclick_rows", "later_list_page"))
    home(skin, [(nav[1][0], "浦城要闻", news), (nav[2][0], "法治政府建设", fz), (nav[3][0], "其他文件", qt)])


def guangze(ctx: Ctx16) -> None:
    """光泽县 (福建 南平), ``www.guangze.gov.cn``: a 元略 site whose column pages
    ``/cms/html/gzxrmzf/<col>/index.html``, ``index_2.html`` … each hold only
    ``<script src="/cms/js/list_<col>_<n>.js">``; the script ``document.write``s the rows and the
    pager (the CMS writes page elements as JavaScript: ``writePageElementAsJs`` in its public
    source; blind2 and blind3 model ``document.write`` lists; that this county's lists are such
    files is assumed). The 2024 report is in 通知公告 beside a notice about it; the 2022 report in
    法治政府建设 beside a 工作要点 and a 政府工作报告."""
    c = County("guangze", "光泽县", "福建省", "南平市", "350723", "www.guangze.gov.cn")
    sid = "60421366101740023"
    cols = {"gzyw": "光泽要闻", "tzgg": "通知公告", "fzzfjs": "法治政府建设"}
    nav = [("/", "首页"), *((f"/cms/html/gzxrmzf/{k}/index.html", n) for k, n in cols.items())]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 12), skin=YlSkin)
    r24 = ctx.new_report(
        c, 2024, "光泽县2024年度法治政府建设工作报告", pub="2025-03-25 16:30", source="光泽县人民政府"
    )
    r22 = ctx.new_report(
        c,
        2022,
        "光泽县人民政府关于2022年法治政府建设情况的报告",
        pub="2023-03-28 09:50",
        source="光泽县人民政府",
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("text_interp", 2025)])
    look = ctx.lookalikes_of(c, [("plan", 2022), ("gov_work_report", 2022)])
    data = {
        "gzyw": ctx.news(c, 230),
        "tzgg": [r24, *notes, *ctx.fillers(c, 40, "notice")],
        "fzzfjs": [r22, *look, *ctx.fillers(c, 10, "disclosure")],
    }
    per = 15
    for k, items in data.items():
        base = f"/cms/html/gzxrmzf/{k}/"
        trail = [(base + "index.html", cols[k])]
        data[k] = assign(ctx, items, yl_article(sid))
        write_items(skin, data[k], cols[k], trail)
        pages = chunks(data[k], per)
        name = lambda n: "index.html" if n == 1 else f"index_{n}.html"  # noqa: E731
        for n, chunk in enumerate(pages, start=1):
            lines = ['document.write("<ul class=\\"list\\">");']
            for it in chunk:
                t = esc(it.title.replace("|", "")).replace('"', '\\"')
                lines.append(
                    f'document.write("<li><a href=\\"{esc(it.path)}\\" target=\\"_blank\\" '
                    f'title=\\"{t}\\">{t}'
                    f'</a><span>{it.date}</span></li>");'
                )
            lines.append('document.write("</ul>");')
            pager = " ".join(
                f'<a href=\\"{base}{name(m)}\\">{m}</a>' if m != n else f"<span>{m}</span>"
                for m in range(1, len(pages) + 1)
            )
            lines.append(f'document.write("<div class=\\"page\\">共{len(data[k])}条 {pager}</div>");')
            ctx.put(
                c, f"/cms/js/list_{k}_{n}.js", "\n".join(lines), ctype="application/javascript; charset=utf-8"
            )
            body = (
                f'{skin.crumbs(trail)}<div class="lm"><h2>{cols[k]}</h2><div class="lm-list">'
                f'<script type="text/javascript" src="/cms/js/list_{k}_{n}.js"></script></div></div>'
            )
            skin.put(base + name(n), skin.page(f"{cols[k]}-{skin.site_name}", body))
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("document_write_js",))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("document_write_js",))
    home(skin, [(f"/cms/html/gzxrmzf/{k}/index.html", n, []) for k, n in cols.items()])
