"""Blind7 sites whose lists are served as pages: a Hebei 自治县 filing a report under 规划计划, a
Tianjin district with 19-digit snowflake ids, a Beijing district whose 2023 report is a PDF shown
only in an ``<embed>``, an Anhui county whose 2022 report is only page images, an Inner Mongolia
旗 on SiteServer CMS with a ``.doc``-only report, a Liaoning 县级市 on a GBK ``.cshtml`` site, a
Fujian county whose old host 301s to its city's platform, and a Shandong city portal whose
county list alone links an unseeded 县级市.

Every site's docstring names the real evidence it follows; where a shape is assumed it says so.
"""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.core import h
from ..blind.sites_a import home, index_page, publish
from ..blind.skins import Skin
from ..blind2.core import news_column, open_site
from ..blind5.sites_a import BeijingSkin
from ..blind5.sites_b import GbkSkin
from .core import County, Ctx7, Item, column, cut_row, date_trap, esc, html_copy, moved_host, search_trap


# ====================================================================== 宽城满族自治县
def kuancheng(ctx: Ctx7) -> None:
    """宽城满族自治县 (河北 承德), ``www.hbkc.gov.cn``: a TRS county site (sites.md TRS shapes);
    the 2023 report is filed under 规划计划 → 工作总结 on its second page (sites.md "Columns whose
    names say nothing of 法治"), the 2021 report in 法治政府建设 beside its 政策解读; 承德市's
    report is reposted in 通知公告."""
    c = County("kuancheng", "宽城满族自治县", "河北省", "承德市", "130827", "www.hbkc.gov.cn")
    nav = [("/", "首页"), ("/xwzx/kcyw/", "宽城要闻"), ("/zwgk/", "政务公开"), ("/zwgk/tzgg/", "通知公告")]
    skin = open_site(ctx, c, nav, dt.date(2024, 10, 14))
    news = news_column(skin, "/xwzx/kcyw/", "宽城要闻", 240)
    t = lambda key, name: [("/zwgk/", "政务公开"), (f"/zwgk/{key}/", name)]  # noqa: E731
    r23 = ctx.new_report(
        c,
        2023,
        "宽城满族自治县人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-26 15:20",
        source="宽城满族自治县人民政府",
    )
    gz = publish(
        skin,
        "/zwgk/ghjh/gzzj/",
        "工作总结",
        [("/zwgk/", "政务公开"), ("/zwgk/ghjh/", "规划计划"), ("/zwgk/ghjh/gzzj/", "工作总结")],
        [
            *ctx.fillers(c, 22, "disclosure", (2024, 2024)),
            r23,
            *ctx.fillers(c, 10, "disclosure", (2019, 2023)),
        ],
    )
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("plain_column_name", "later_list_page"))
    r21 = ctx.new_report(
        c,
        2021,
        "宽城满族自治县2021年法治政府建设工作报告",
        pub="2022-03-30 09:40",
        source="宽城满族自治县司法局",
    )
    look = ctx.lookalikes_of(c, [("interpretation", 2021), ("plan", 2022), ("shufa", 2023)])
    fz = publish(
        skin, "/zwgk/fzzfjs/", "法治政府建设", t("fzzfjs", "法治政府建设"), [r21, *look, *ctx.fillers(c, 5)]
    )
    ctx.record(c, look)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("plain_column_name",))
    cd = ctx.higher("承德市", 2023, "省委、省政府", "2024-04-02 10:15")
    tz = publish(
        skin,
        "/zwgk/tzgg/",
        "通知公告",
        t("tzgg", "通知公告"),
        [cd, *ctx.fillers(c, 30, "notice", (2021, 2024))],
    )
    ctx.record_higher(c, cd, 2023, c.base + cd.path)
    index_page(
        skin,
        "/zwgk/index.html",
        "政务公开",
        [("/zwgk/", "政务公开")],
        [
            ("/zwgk/ghjh/gzzj/", "规划计划", gz),
            ("/zwgk/fzzfjs/", "法治政府建设", fz),
            ("/zwgk/tzgg/", "通知公告", tz),
        ],
    )
    home(skin, [("/xwzx/kcyw/", "宽城要闻", news), ("/zwgk/", "政务公开", tz)])


# ====================================================================== 蓟州区
def snowflake(it: Item) -> str:
    """A 19-digit snowflake id (sites.md: ``/ztzl/fzzfjs/2015621264482889730.html``)."""
    return str(2015000000000000000 + (int(h("sf", it.uid)[:15], 16) % 10**15) * 700 + it.pub.year)


def jizhou(ctx: Ctx7) -> None:
    """天津市蓟州区, ``www.tjjz.gov.cn``: articles at 19-digit snowflake ids under their column
    (sites.md "Others": ``/ztzl/fzzfjs/2015621264482889730.html``), lists ``index.html``,
    ``index_2.html`` … (assumed). Both reports are in the 专题专栏 → 法治政府建设 column (the 2020
    one on its second page), 天津市's report beside them; 400 news items."""
    c = County("jizhou", "蓟州区", "天津市", "", "120119", "www.tjjz.gov.cn", scheme="https")
    nav = [("/", "首页"), ("/xwzx/jzyw/index.html", "蓟州要闻"), ("/ztzl/index.html", "专题专栏")]
    skin = open_site(ctx, c, nav, dt.date(2025, 2, 17))

    def col(path: str, name: str, items: list[Item], trail) -> list[Item]:
        return column(
            skin,
            items,
            name,
            trail,
            lambda it: f"{path}{snowflake(it)}.html",
            lambda n: f"{path}index.html" if n == 1 else f"{path}index_{n}.html",
            per=15,
        )

    news = col("/xwzx/jzyw/", "蓟州要闻", ctx.news(c, 400), [("/xwzx/jzyw/index.html", "蓟州要闻")])
    r24 = ctx.new_report(
        c,
        2024,
        "天津市蓟州区人民政府关于2024年法治政府建设情况的报告",
        pub="2025-03-27 17:00",
        source="天津市蓟州区人民政府",
    )
    r20 = ctx.new_report(
        c, 2020, "蓟州区2020年度法治政府建设情况报告", pub="2021-03-30 11:30", source="蓟州区司法局"
    )
    tj = ctx.higher("天津市", 2024, "党中央、国务院", "2025-04-01 09:00")
    look = ctx.lookalikes_of(c, [("demo_news", 2022), ("meeting", 2021), ("assessment", 2022)])
    fz = col(
        "/ztzl/fzzfjs/",
        "法治政府建设",
        [r24, tj, *look, *ctx.fillers(c, 16, "disclosure", (2021, 2025)), r20],
        [("/ztzl/index.html", "专题专栏"), ("/ztzl/fzzfjs/index.html", "法治政府建设")],
    )
    ctx.record(c, look)
    ctx.record_higher(c, tj, 2024, c.base + tj.path)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("snowflake_ids",))
    ctx.truth_report(c, r20, 2020, html_copy(c, r20), kinds=("snowflake_ids", "later_list_page"))
    index_page(
        skin,
        "/ztzl/index.html",
        "专题专栏",
        [("/ztzl/index.html", "专题专栏")],
        [("/ztzl/fzzfjs/index.html", "法治政府建设", fz)],
    )
    home(skin, [("/xwzx/jzyw/index.html", "蓟州要闻", news), ("/ztzl/index.html", "专题专栏", fz)])


# ====================================================================== 怀柔区
def huairou(ctx: Ctx7) -> None:
    """北京市怀柔区, ``www.bjhr.gov.cn``: Beijing's TRS article head ("日期:… 来源:…"); the 2023
    report's article carries only a line and the PDF in ``<embed src="….pdf"
    type="application/pdf">`` (sites.md "Attachments … inside ``<iframe>``/``<embed>``"), with no
    attachment link; the 2021 report is html; the 区司法局's own report sits in the same column."""
    c = County("huairou", "怀柔区", "北京市", "", "110116", "www.bjhr.gov.cn", scheme="https")
    col = "/zwgk/fzzfjsbg/"
    nav = [("/", "首页"), ("/xwzx/hryw/", "怀柔要闻"), ("/zwgk/", "政务公开"), (col, "法治政府建设报告")]
    skin = open_site(ctx, c, nav, dt.date(2024, 5, 6), skin=BeijingSkin)
    news = news_column(skin, "/xwzx/hryw/", "怀柔要闻", 260)
    r23 = ctx.new_report(
        c,
        2023,
        "北京市怀柔区人民政府2023年法治政府建设年度情况报告",
        pub="2024-03-28 16:45",
        source="北京市怀柔区人民政府",
    )
    r21 = ctx.new_report(
        c,
        2021,
        "北京市怀柔区人民政府2021年法治政府建设年度情况报告",
        pub="2022-03-29 10:20",
        source="北京市怀柔区人民政府",
    )
    dep = ctx.department_report(c, "司法局", 2022, "2023-02-21 09:30")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("duty_report", 2023)])
    trail = [("/zwgk/", "政务公开"), (col, "法治政府建设报告")]
    fz = publish(
        skin, col, "法治政府建设报告", trail, [r23, r21, dep, *look, *ctx.fillers(c, 4, "disclosure")]
    )
    ctx.record(c, look)
    pdf = f"{col}{r23.pub:%Y%m}/P0{r23.pub:%Y%m%d}{r23.uid:09d}.pdf"
    ctx.put(c, pdf, files.make_pdf(r23.title, r23.paras), ctype="application/pdf", modified=r23.pub)
    embed = f'<div class="pdf"><embed src="{pdf}" type="application/pdf" width="100%" height="900"></div>'
    skin.put(
        r23.path,
        skin.article(r23, "法治政府建设报告", trail, paras=["报告全文如下:"], after=embed),
        modified=r23.pub,
    )
    ctx.truth_report(
        c,
        r23,
        2023,
        [{"url": c.base + pdf, "kind": "pdf", "via": c.base + r23.path, "text_layer": True}],
        kinds=("embed_pdf",),
    )
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("beijing_trs",))
    ctx.record_department(c, dep, 2022, c.base + dep.path)
    index_page(
        skin, "/zwgk/index.html", "政务公开", [("/zwgk/", "政务公开")], [(col, "法治政府建设报告", fz)]
    )
    home(skin, [("/xwzx/hryw/", "怀柔要闻", news), (col, "法治政府建设报告", fz)])


# ====================================================================== 歙县
def shexian(ctx: Ctx7) -> None:
    """歙县 (安徽 黄山), ``www.ahshx.gov.cn`` (https in gov_sites.csv): TRS lists (shape assumed);
    the 2024 report is html on the second page of 其他法定公开信息; the 2022 report was posted as
    three page images in the article (sites.md "Scans: … a few ``<img>`` page images in the
    article"): no text, so not findable."""
    c = County("shexian", "歙县", "安徽省", "黄山市", "341021", "www.ahshx.gov.cn", scheme="https")
    nav = [("/", "首页"), ("/xwzx/sxyw/", "歙县要闻"), ("/xxgk/", "信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 3))
    news = news_column(skin, "/xwzx/sxyw/", "歙县要闻", 220)
    r24 = ctx.new_report(
        c,
        2024,
        "歙县人民政府关于2024年度法治政府建设工作情况的报告",
        pub="2025-03-24 15:00",
        source="歙县人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "歙县2022年法治政府建设年度报告", pub="2023-03-29 16:10", source="歙县司法局"
    )
    body = list(r22.paras)
    look = ctx.lookalikes_of(c, [("gov_work_report", 2025), ("notice", 2024), ("text_interp", 2024)])
    trail = [("/xxgk/", "信息公开"), ("/xxgk/qtfdgkxx/", "其他法定公开信息")]
    qt = publish(
        skin,
        "/xxgk/qtfdgkxx/",
        "其他法定公开信息",
        trail,
        [
            *ctx.fillers(c, 24, "disclosure", (2025, 2025)),
            r24,
            r22,
            *look,
            *ctx.fillers(c, 12, "disclosure", (2019, 2024)),
        ],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("anhui_trs", "later_list_page"))
    imgs = []
    for k in range(1, 4):
        path = f"/xxgk/qtfdgkxx/{r22.pub:%Y%m}/W0{r22.pub:%Y%m%d}{r22.uid:06d}{k}.jpg"
        ctx.put(
            c,
            path,
            b"\xff\xd8\xff\xe0" + h("img", r22.uid, k).encode() * 40 + b"\xff\xd9",
            ctype="image/jpeg",
        )
        imgs.append(f'<p style="text-align:center"><img src="{path}" width="700" alt=""></p>')
    skin.put(
        r22.path,
        skin.article(r22, "其他法定公开信息", trail, paras=[], after="".join(imgs)),
        modified=r22.pub,
    )
    ctx.truth_report(
        c,
        r22,
        2022,
        [{"url": c.base + r22.path, "kind": "html", "findable": False, "text_layer": False}],
        kinds=("img_scan",),
        body=body,
    )
    home(skin, [("/xwzx/sxyw/", "歙县要闻", news), ("/xxgk/qtfdgkxx/", "其他法定公开信息", qt)])


# ====================================================================== 准格尔旗
def zhungeer(ctx: Ctx7) -> None:
    """准格尔旗 (内蒙古 鄂尔多斯), ``www.zge.gov.cn``: SiteServer CMS shapes, articles
    ``/contents/<channel>/<id>.html`` (sites.md "Others": ``/contents/<col>/<id>.html``), lists
    ``/channels/<channel>.html``, ``/channels/<channel>_2.html`` (assumed); the 2023 report is in
    法治政府建设, the 2021 report only as a Word 97 ``.doc`` attachment (not findable by a reader of
    pages); a 按日期浏览 archive never ends (trap)."""
    c = County("zhungeer", "准格尔旗", "内蒙古自治区", "鄂尔多斯市", "150622", "www.zge.gov.cn")
    nav = [("/", "首页"), ("/channels/1021.html", "准旗要闻"), ("/channels/1187.html", "法治政府建设")]
    skin = open_site(ctx, c, nav, dt.date(2024, 7, 22))
    trap = date_trap(ctx, skin, "/search/date.aspx")

    def col(ch: int, name: str, items: list[Item]) -> list[Item]:
        return column(
            skin,
            items,
            name,
            [(f"/channels/{ch}.html", name)],
            lambda it: f"/contents/{ch}/{(it.uid - 10000) // 7919 + 60000}.html",
            lambda n: f"/channels/{ch}.html" if n == 1 else f"/channels/{ch}_{n}.html",
            per=18,
        )

    news = col(1021, "准旗要闻", ctx.news(c, 280))
    r23 = ctx.new_report(
        c,
        2023,
        "准格尔旗人民政府关于2023年法治政府建设工作情况的报告",
        pub="2024-03-29 17:25",
        source="准格尔旗人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "准格尔旗2021年法治政府建设工作报告", pub="2022-03-31 08:50", source="准格尔旗司法局"
    )
    body = list(r21.paras)
    r21.paras = ["准格尔旗2021年法治政府建设工作报告详见附件。"]
    r21.uid = ctx.uid()
    doc = f"/upload/files/2022/3/{r21.uid}.doc"
    ctx.attach(c, r21, doc, "doc", body)
    look = ctx.lookalikes_of(c, [("plan", 2024), ("meeting", 2023), ("xxgk_annual", 2022)])
    fz = col(1187, "法治政府建设", [r23, r21, *look, *ctx.fillers(c, 14, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("siteserver_contents",))
    ctx.web.resources[(c.host, doc, "")].ctype = "application/msword"
    ctx.record_file(c, r21, 2021, doc, body, ("siteserver_contents", "doc_needs_reader"))
    home(
        skin,
        [("/channels/1021.html", "准旗要闻", news), ("/channels/1187.html", "法治政府建设", fz)],
        extra=f'<div class="rq"><a href="{trap}">按日期浏览</a></div>',
    )


# ====================================================================== 庄河市
class CshtmlSkin(GbkSkin):
    css = "cshtml"


def zhuanghe(ctx: Ctx7) -> None:
    """庄河市 (辽宁 大连), ``www.dlzhuanghe.gov.cn``: a GBK ASP.NET site with ``.cshtml`` pages
    (sites.md "Others": ``.cshtml``; the list and detail names are assumed:
    ``/zwgk/List.cshtml?cid=N&page=M``, ``/zwgk/Detail.cshtml?id=N``); titles cut to 18
    characters with "…". Both reports are in 通知公告 among notices about them (the 2024 one on
    its third page); the site search echoes its query and links more queries (trap)."""
    c = County("zhuanghe", "庄河市", "辽宁省", "大连市", "210283", "www.dlzhuanghe.gov.cn")
    lst = lambda cid, n=1: f"/zwgk/List.cshtml?cid={cid}" + (f"&page={n}" if n > 1 else "")  # noqa: E731
    nav = [("/", "首页"), (lst(11), "庄河新闻"), (lst(15), "通知公告")]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 12), skin=CshtmlSkin)
    # the site search is a separate product answering in UTF-8
    trap = search_trap(ctx, Skin(ctx, c, nav, clock=dt.date(2025, 5, 12)), "/search/index.cshtml", "keyword")
    art = lambda it: f"/zwgk/Detail.cshtml?id={(it.uid - 10000) // 7919 + 88000}"  # noqa: E731

    def cat(cid: int, name: str, items: list[Item]) -> list[Item]:
        return column(
            skin, items, name, [(lst(cid), name)], art, lambda n: lst(cid, n), per=20, row=cut_row(18)
        )

    news = cat(11, "庄河新闻", ctx.news(c, 240))
    r24 = ctx.new_report(
        c,
        2024,
        "庄河市人民政府关于2024年法治政府建设情况的报告",
        pub="2025-03-28 14:35",
        source="庄河市人民政府",
    )
    r19 = ctx.new_report(
        c, 2019, "庄河市2019年度法治政府建设工作报告", pub="2020-04-10 10:05", source="庄河市司法局"
    )
    look = ctx.lookalikes_of(c, [("notice", 2024), ("notice", 2019), ("assessment", 2023)])
    tz = cat(
        15,
        "通知公告",
        [
            *ctx.fillers(c, 44, "notice", (2025, 2025)),
            r24,
            *look,
            *ctx.fillers(c, 30, "notice", (2019, 2024)),
            r19,
        ],
    )
    ctx.record(c, look)
    for r, y in ((r24, 2024), (r19, 2019)):
        ctx.truth_report(c, r, y, html_copy(c, r), kinds=("gbk_cshtml", "truncated_title", "later_list_page"))
    home(
        skin,
        [(lst(11), "庄河新闻", news), (lst(15), "通知公告", tz)],
        extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>',
    )


# ====================================================================== 永泰县
def yongtai(ctx: Ctx7) -> None:
    """永泰县 (福建 福州): the seed row still names ``www.yongtai.gov.cn``, which now answers every
    path with a 301 to the county's site on the Fuzhou 集约化 platform, ``yt.fuzhou.gov.cn`` (the
    new host is assumed; sites.md "Moved sites: an old county host that 301s every path to a new
    host on another registrable ``.gov.cn`` domain"). TRS there; the 2022 report in 法治政府建设,
    the 2019 report on the second page of 通知公告; 福州市's report reposted."""
    c = County("yongtai", "永泰县", "福建省", "福州市", "350125", "yt.fuzhou.gov.cn")
    old = "www.yongtai.gov.cn"
    nav = [
        ("/", "首页"),
        ("/xjwz/ytyw/", "永泰要闻"),
        ("/xjwz/zwgk/fzzfjs/", "法治政府建设"),
        ("/xjwz/zwgk/tzgg/", "通知公告"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 8, 30), seed_url=f"http://{old}/")
    moved_host(ctx, old, c)
    news = news_column(skin, "/xjwz/ytyw/", "永泰要闻", 200)
    r22 = ctx.new_report(
        c,
        2022,
        "永泰县人民政府关于2022年度法治政府建设工作情况的报告",
        pub="2023-03-28 11:00",
        source="永泰县人民政府",
    )
    fzs = ctx.higher("福州市", 2022, "省委、省政府", "2023-04-06 16:00")
    look = ctx.lookalikes_of(c, [("plan", 2021), ("demo_news", 2023)])
    fz = publish(
        skin,
        "/xjwz/zwgk/fzzfjs/",
        "法治政府建设",
        [("/xjwz/zwgk/", "政务公开"), ("/xjwz/zwgk/fzzfjs/", "法治政府建设")],
        [r22, fzs, *look, *ctx.fillers(c, 8, "disclosure")],
    )
    ctx.record(c, look)
    ctx.record_higher(c, fzs, 2022, c.base + fzs.path)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("moved_host_301",))
    r19 = ctx.new_report(
        c, 2019, "永泰县2019年法治政府建设情况报告", pub="2020-03-27 09:10", source="永泰县司法局"
    )
    tz = publish(
        skin,
        "/xjwz/zwgk/tzgg/",
        "通知公告",
        [("/xjwz/zwgk/", "政务公开"), ("/xjwz/zwgk/tzgg/", "通知公告")],
        [*ctx.fillers(c, 26, "notice", (2020, 2024)), r19, *ctx.fillers(c, 6, "notice", (2019, 2019))],
    )
    ctx.truth_report(c, r19, 2019, html_copy(c, r19), kinds=("moved_host_301", "later_list_page"))
    home(
        skin,
        [
            ("/xjwz/ytyw/", "永泰要闻", news),
            ("/xjwz/zwgk/fzzfjs/", "法治政府建设", fz),
            ("/xjwz/zwgk/tzgg/", "通知公告", tz),
        ],
    )


# ====================================================================== 烟台市 → 栖霞市
def yantai(ctx: Ctx7) -> None:
    """烟台市 (山东) portal ``www.yantai.gov.cn``, seeded: its 区市政府 page (linked from the home
    page's 政府网站 box; sites.md "a city portal's 县区 list") links the county sites; 栖霞市
    (``www.sdqixia.gov.cn``, https in county_urls_found.csv) is in no seed row and is linked only
    there. 栖霞's Hanweb site (``/col/col<id>/index.html`` columns with plain list pages, assumed)
    files both reports in 法治政府建设 beside 烟台市's reposted report."""
    city = County("yantai", "烟台市", "山东省", "", "370600", "www.yantai.gov.cn", scheme="https")
    qx = County(
        "qixia", "栖霞市", "山东省", "烟台市", "370686", "www.sdqixia.gov.cn", scheme="https", seeded=False
    )
    cskin = open_site(ctx, city, [("/", "首页"), ("/col/col11/index.html", "烟台要闻")], dt.date(2024, 9, 9))
    cnews = column(
        cskin,
        ctx.news(city, 150),
        "烟台要闻",
        [("/col/col11/index.html", "烟台要闻")],
        lambda it: f"/art/{it.pub.year}/{it.pub.month}/{it.pub.day}/art_11_{it.uid}.html",
        lambda n: "/col/col11/index.html" + (f"?uid=2817&pageNum={n}" if n > 1 else ""),
    )
    counties = [
        ("芝罘区", "www.zhifu.gov.cn"),
        ("福山区", "www.ytfushan.gov.cn"),
        ("牟平区", "www.muping.gov.cn"),
        ("莱山区", "www.ytlaishan.gov.cn"),
        ("蓬莱区", "www.penglai.gov.cn"),
        ("龙口市", "www.longkou.gov.cn"),
        ("莱阳市", "www.laiyang.gov.cn"),
        ("莱州市", "www.laizhou.gov.cn"),
        ("招远市", "www.zhaoyuan.gov.cn"),
        ("栖霞市", qx.host),
        ("海阳市", "www.haiyang.gov.cn"),
    ]
    rows = "".join(
        f'<li><a href="https://{host}/" target="_blank">{n}人民政府</a></li>' for n, host in counties
    )
    cskin.put(
        "/col/col96/index.html",
        cskin.page(
            "区市政府",
            f'{cskin.crumbs([("/col/col96/index.html", "区市政府")])}<div class="qsfz"><ul>{rows}</ul></div>',
        ),
    )
    home(
        cskin,
        [("/col/col11/index.html", "烟台要闻", cnews)],
        extra='<div class="zfwz"><h3>政府网站</h3><a href="/col/col96/index.html">区市政府</a></div>',
    )
    skin = open_site(
        ctx,
        qx,
        [("/", "首页"), ("/col/col3101/index.html", "栖霞要闻"), ("/col/col3187/index.html", "法治政府建设")],
        dt.date(2024, 9, 9),
        seeded=False,
    )

    def col(cid: int, name: str, items: list[Item]) -> list[Item]:
        return column(
            skin,
            items,
            name,
            [(f"/col/col{cid}/index.html", name)],
            lambda it: f"/art/{it.pub.year}/{it.pub.month}/{it.pub.day}/art_{cid}_{it.uid}.html",
            lambda n: f"/col/col{cid}/index.html" + (f"?uid=4461&pageNum={n}" if n > 1 else ""),
            per=15,
        )

    news = col(3101, "栖霞要闻", ctx.news(qx, 180))
    r23 = ctx.new_report(
        qx, 2023, "栖霞市2023年法治政府建设年度报告", pub="2024-03-27 16:20", source="栖霞市人民政府"
    )
    r22 = ctx.new_report(
        qx,
        2022,
        "栖霞市人民政府关于2022年度法治政府建设情况的报告",
        pub="2023-03-30 10:40",
        source="栖霞市司法局",
    )
    yt = ctx.higher("烟台市", 2023, "省委、省政府", "2024-04-08 15:30")
    look = ctx.lookalikes_of(qx, [("xxgk_annual", 2023), ("shufa", 2024)])
    fz = col(3187, "法治政府建设", [r23, r22, yt, *look, *ctx.fillers(qx, 10, "disclosure")])
    ctx.record(qx, look)
    ctx.record_higher(qx, yt, 2023, qx.base + yt.path)
    for r, y in ((r23, 2023), (r22, 2022)):
        ctx.truth_report(qx, r, y, html_copy(qx, r), kinds=("unseeded_county_via_city_list",))
    home(
        skin, [("/col/col3101/index.html", "栖霞要闻", news), ("/col/col3187/index.html", "法治政府建设", fz)]
    )


__all__ = ["esc"]
