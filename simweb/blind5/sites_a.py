"""Blind5 sites whose lists are served as pages: a Beijing district, a Shanghai district with
dated hexadecimal article names, a Ningxia TRS county with a report deep in a long list, a
Shanxi county on its city's 集约化 host, a Guangdong 县级市 filing reports under 规划计划, a
Liaoning 县级市 with a scanned report, and a Hubei county with a department report.

Every site's docstring names the real evidence it follows.
"""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.core import h
from ..blind.sites_a import home, index_page, publish
from ..blind.skins import Skin
from ..blind2.core import news_column, open_site
from ..blind4.sites_a import InfoSkin
from .core import County, Ctx5, Item, column, esc


def html_copy(c: County, it: Item) -> list[dict]:
    return [{"url": c.base + it.path, "kind": "html"}]


class BeijingSkin(Skin):
    """The Beijing article head: "日期:… 来源:…", then 分享 and 字号 (as the stored pages of
    www.beijing.gov.cn/gongkai/fzzfjsbg/ show)."""

    def article(self, item: Item, column: str, trail, *, paras=None, after="", tools=""):
        text = super().article(item, column, trail, paras=paras, after=after, tools=tools)
        start = text.index('<div class="info">')
        end = text.index("</div>", start) + len("</div>")
        head = (
            f'<div class="info">日期:{item.pub:%Y-%m-%d %H:%M}&nbsp;&nbsp;&nbsp;&nbsp;来源:{esc(item.source)}'
            '</div><div class="share">分享:<a href="javascript:;">微信</a><a href="javascript:;">微博</a>'
            '</div><div class="fs">字号:<a>大</a><a>中</a><a>小</a></div>'
        )
        return text[:start] + head + text[end:]


# ====================================================================== 门头沟区
def mentougou(ctx: Ctx5) -> None:
    """北京市门头沟区, ``www.bjmtg.gov.cn``: Beijing files the districts' reports in a column
    named ``fzzfjsbg`` (stored pages ``www.beijing.gov.cn/gongkai/fzzfjsbg/qzf/mtgq/202103/
    t20210330_2336777.html`` "北京市门头沟区人民政府2020年法治政府建设年度情况报告", head "日期:…
    来源:北京市门头沟区人民政府 分享: 字号:"); the district site keeps the same TRS shape under
    政务公开 → 法治政府建设报告. The 2024 and 2022 reports are there; 北京市's report is
    reposted in 通知公告."""
    c = County("mentougou", "门头沟区", "北京市", "", "110109", "www.bjmtg.gov.cn")
    col = "/zwgk/fzzfjsbg/"
    nav = [("/", "首页"), ("/xwzx/mtgyw/", "门头沟要闻"), ("/zwgk/", "政务公开"), ("/zwgk/tzgg/", "通知公告")]
    skin = open_site(ctx, c, nav, dt.date(2025, 4, 8), skin=BeijingSkin)
    news = news_column(skin, "/xwzx/mtgyw/", "门头沟要闻", 260)
    r24 = ctx.new_report(
        c,
        2024,
        "北京市门头沟区人民政府2024年法治政府建设年度情况报告",
        pub="2025-03-28 10:00",
        source="北京市门头沟区人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "门头沟区2022年度法治政府建设情况报告", pub="2023-03-30 16:20", source="北京市门头沟区司法局"
    )
    look = ctx.lookalikes_of(c, [("plan", 2024), ("assessment", 2023), ("text_interp", 2025)])
    trail = [("/zwgk/", "政务公开"), (col, "法治政府建设报告")]
    fz = publish(skin, col, "法治政府建设报告", trail, [r24, r22, *look, *ctx.fillers(c, 10, "disclosure")])
    ctx.record(c, look)
    for r, y in ((r24, 2024), (r22, 2022)):
        ctx.truth_report(c, r, y, html_copy(c, r), kinds=("beijing_fzzfjsbg",))
    bj = ctx.higher("北京市", 2023, "党中央、国务院", "2024-03-29 09:00")
    tz = publish(
        skin, "/zwgk/tzgg/", "通知公告", [("/zwgk/tzgg/", "通知公告")], [bj, *ctx.fillers(c, 50, "notice")]
    )
    ctx.record_higher(c, bj, 2023, c.base + bj.path)
    index_page(
        skin,
        "/zwgk/index.html",
        "政务公开",
        [("/zwgk/", "政务公开")],
        [(col, "法治政府建设报告", fz), ("/zwgk/tzgg/", "通知公告", tz)],
    )
    home(skin, [("/xwzx/mtgyw/", "门头沟要闻", news), ("/zwgk/tzgg/", "通知公告", tz)])


# ====================================================================== 奉贤区
def fengxian(ctx: Ctx5) -> None:
    """上海市奉贤区, ``www.fengxian.gov.cn``: Shanghai's portals name articles by date folder
    and a 32-hex id (stored page ``shanghai.gov.cn/nw12344/20250321/00afa2a805524f67aa49572a3b042ce6
    .html`` "2024年上海市法治政府建设情况报告"); the district's 信息公开 columns here use that shape
    (``/xxgk/<col>/<YYYYMMDD>/<hex>.html``; assumed for the district) with numbered list pages
    ``index.html``, ``index_2.html``. The 2023 report is in 法治政府建设; the 2021 report on the
    second page of 工作总结; 上海市's report is reposted."""
    c = County("fengxian", "奉贤区", "上海市", "", "310120", "www.fengxian.gov.cn")
    nav = [("/", "首页"), ("/xwzx/fxyw/index.html", "奉贤要闻"), ("/xxgk/index.html", "信息公开")]
    xw = [("/xwzx/fxyw/index.html", "奉贤要闻")]
    skin = open_site(ctx, c, nav, dt.date(2024, 6, 18), skin=InfoSkin)

    def col(key: str, name: str, items: list[Item], per: int = 15, top: str = "/xxgk/") -> list[Item]:
        base = f"{top}{key}/"
        return column(
            skin,
            items,
            name,
            xw if top == "/xwzx/" else [("/xxgk/index.html", "信息公开"), (base + "index.html", name)],
            lambda it: f"{base}{it.pub:%Y%m%d}/{h('fx', it.uid)[:32]}.html",
            lambda n: base + ("index.html" if n == 1 else f"index_{n}.html"),
            per=per,
        )

    news = col("fxyw", "奉贤要闻", ctx.news(c, 240), per=20, top="/xwzx/")
    r23 = ctx.new_report(
        c,
        2023,
        "上海市奉贤区人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-26 14:12",
        source="上海市奉贤区人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "奉贤区2021年法治政府建设情况报告", pub="2022-04-02 11:30", source="奉贤区司法局"
    )
    look = ctx.lookalikes_of(c, [("shufa", 2023), ("meeting", 2023)])
    sh = ctx.higher("上海市", 2022, "党中央、国务院", "2023-03-31 17:00")
    fz = col("fzzfjs", "法治政府建设", [r23, sh, *look, *ctx.fillers(c, 9, "disclosure", (2022, 2024))])
    ctx.record(c, look)
    ctx.record_higher(c, sh, 2022, c.base + sh.path)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("dated_hex_article",))
    zj = col("gzzj", "工作总结", [r21, *ctx.fillers(c, 26, "disclosure", (2022, 2024))])
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("dated_hex_article", "later_list_page"))
    xn = ctx.lookalikes_of(c, [("xxgk_annual", 2023)])
    nb = col("xxgknb", "政府信息公开年报", xn)
    ctx.record(c, xn)
    index_page(
        skin,
        "/xxgk/index.html",
        "信息公开",
        [("/xxgk/index.html", "信息公开")],
        [
            ("/xxgk/fzzfjs/index.html", "法治政府建设", fz),
            ("/xxgk/gzzj/index.html", "工作总结", zj),
            ("/xxgk/xxgknb/index.html", "政府信息公开年报", nb),
        ],
    )
    home(skin, [("/xwzx/fxyw/index.html", "奉贤要闻", news), ("/xxgk/index.html", "信息公开", fz)])


# ====================================================================== 永宁县
def yongning(ctx: Ctx5) -> None:
    """永宁县 (宁夏 银川), ``www.nxyn.gov.cn``: Ningxia's sites are TRS (the 宁夏 report is
    stored at ``…/zzff202303/t20230331_4017381.html``; the public spider list names
    ``nx_gov_cn.NxSpider``), lists ``index.html``/``index_1.html`` written by ``createPageHTML``.
    The 2023 report is in 法治政府建设; the 2021 report on the third page of 其他法定公开信息;
    the 宁夏回族自治区 report is reposted; the 县司法局's own report is in its department
    column; the 政府工作报告 sits in 工作报告."""
    c = County("yongning", "永宁县", "宁夏回族自治区", "银川市", "640121", "www.nxyn.gov.cn")
    gk = "/zwgk/"
    nav = [("/", "首页"), ("/xwzx/ynyw/", "永宁要闻"), (gk, "政务公开")]
    skin = open_site(ctx, c, nav, dt.date(2024, 8, 1), skin=InfoSkin)
    news = news_column(skin, "/xwzx/ynyw/", "永宁要闻", 300)
    t = lambda key, name: [(gk, "政务公开"), (gk + key + "/", name)]  # noqa: E731
    r23 = ctx.new_report(
        c,
        2023,
        "永宁县人民政府关于2023年度法治政府建设工作情况的报告",
        pub="2024-03-22 10:48",
        source="永宁县人民政府",
    )
    look = ctx.lookalikes_of(c, [("duty_report", 2023), ("demo_news", 2023)])
    fz = publish(
        skin,
        gk + "fzzfjs/",
        "法治政府建设",
        t("fzzfjs", "法治政府建设"),
        [r23, *look, *ctx.fillers(c, 7, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("ningxia_trs",))
    r21 = ctx.new_report(
        c, 2021, "永宁县2021年法治政府建设情况报告", pub="2022-03-18 09:05", source="永宁县司法局"
    )
    nx = ctx.higher("宁夏回族自治区", 2021, "党中央、国务院", "2022-04-06 10:00")
    qt = publish(
        skin,
        gk + "qtfdxx/",
        "其他法定公开信息",
        t("qtfdxx", "其他法定公开信息"),
        [r21, nx, *ctx.fillers(c, 58, "disclosure", (2022, 2024))],
    )
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("ningxia_trs", "later_list_page"))
    ctx.record_higher(c, nx, 2021, c.base + nx.path)
    gz = ctx.lookalikes_of(c, [("gov_work_report", 2024), ("gov_work_report", 2023)])
    bg = publish(skin, gk + "gzbg/", "工作报告", t("gzbg", "工作报告"), gz)
    ctx.record(c, gz)
    dep = ctx.department_report(c, "司法局", 2023, "2024-03-12 15:40")
    dl = publish(
        skin,
        gk + "bmxxgk/sfj/",
        "县司法局",
        t("bmxxgk/sfj", "县司法局"),
        [dep, *ctx.fillers(c, 14, "disclosure")],
    )
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    index_page(
        skin,
        gk + "index.html",
        "政务公开",
        [(gk, "政务公开")],
        [
            (gk + "fzzfjs/", "法治政府建设", fz),
            (gk + "qtfdxx/", "其他法定公开信息", qt),
            (gk + "gzbg/", "工作报告", bg),
            (gk + "bmxxgk/sfj/", "县司法局", dl),
        ],
    )
    home(skin, [("/xwzx/ynyw/", "永宁要闻", news), (gk, "政务公开", fz)])


# ====================================================================== 繁峙县
def fanshi(ctx: Ctx5) -> None:
    """繁峙县 (山西 忻州), ``fsx.sxxz.gov.cn/fsxzw/``: a county on the 忻州 city 集约化 host, the
    site under a path prefix (a public crawler starts at ``http://fsx.sxxz.gov.cn/fsxzw/zwgk/wj/``
    and ``…/fsxzw/zwgk/xxgkzn/``; find_string "sxxz.gov.cn"). The seed is the prefix; the host
    root refreshes to it. Articles are ``.shtml``; the 2023 report is on the second page of 政务
    公开 → 文件, the 2022 report in 法治政府建设."""
    c = County("fanshi", "繁峙县", "山西省", "忻州市", "140924", "fsx.sxxz.gov.cn")
    p = "/fsxzw/"
    nav = [
        ("/fsxzw/", "首页"),
        (p + "xwzx/fsyw/", "繁峙要闻"),
        (p + "zwgk/", "政务公开"),
        (p + "zwgk/wj/", "文件"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 5, 6), seed_url=c.base + p)
    shtml = lambda cl, it: f"{cl}{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid}.shtml"  # noqa: E731
    news = publish(
        skin, p + "xwzx/fsyw/", "繁峙要闻", [(p + "xwzx/fsyw/", "繁峙要闻")], ctx.news(c, 220), path_fn=shtml
    )
    r23 = ctx.new_report(
        c,
        2023,
        "繁峙县人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-29 11:16",
        source="繁峙县人民政府",
    )
    wj = publish(
        skin,
        p + "zwgk/wj/",
        "文件",
        [(p + "zwgk/", "政务公开"), (p + "zwgk/wj/", "文件")],
        [r23, *ctx.fillers(c, 34, "disclosure", (2024, 2024))],
        path_fn=shtml,
    )
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("city_platform_prefix", "later_list_page"))
    r22 = ctx.new_report(
        c, 2022, "繁峙县2022年度法治政府建设工作报告", pub="2023-03-27 16:02", source="繁峙县司法局"
    )
    look = ctx.lookalikes_of(c, [("plan", 2022), ("notice", 2023), ("shufa", 2022)])
    fz = publish(
        skin,
        p + "zwgk/fzzfjs/",
        "法治政府建设",
        [(p + "zwgk/", "政务公开"), (p + "zwgk/fzzfjs/", "法治政府建设")],
        [r22, *look, *ctx.fillers(c, 6, "disclosure")],
        path_fn=shtml,
    )
    ctx.record(c, look)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("city_platform_prefix",))
    index_page(
        skin,
        p + "zwgk/index.html",
        "政务公开",
        [(p + "zwgk/", "政务公开")],
        [(p + "zwgk/wj/", "文件", wj), (p + "zwgk/fzzfjs/", "法治政府建设", fz)],
    )
    index_page(
        skin,
        p + "index.html",
        "首页",
        [],
        [(p + "xwzx/fsyw/", "繁峙要闻", news), (p + "zwgk/", "政务公开", wj)],
    )
    ctx.put(
        c, "/", '<html><head><meta http-equiv="refresh" content="0;url=/fsxzw/"></head><body></body></html>'
    )


# ====================================================================== 英德市
def yingde(ctx: Ctx5) -> None:
    """英德市 (广东 清远), ``www.yingde.gov.cn``: Guangdong's county sites publish
    ``/<col>/content/post_<id>.html`` (sites.md, CMS families: Guangdong ``/content/post_<id>
    .html``); lists ``index.html``, ``index_2.html``. The reports are filed under 规划计划 →
    工作总结 (2023) and 规划计划 → 年度计划工作总结 (2019), next to 政府信息公开年报 and
    法治政府建设规划 look-alikes (sites.md "Columns whose names say nothing of 法治")."""
    c = County("yingde", "英德市", "广东省", "清远市", "441881", "www.yingde.gov.cn")
    nav = [("/", "首页"), ("/ydyw/index.html", "英德要闻"), ("/zwgk/ghjh/index.html", "规划计划")]
    skin = open_site(ctx, c, nav, dt.date(2024, 4, 30), skin=InfoSkin)

    def col(base: str, name: str, trail: list, items: list[Item]) -> list[Item]:
        return column(
            skin,
            items,
            name,
            [*trail, (base + "index.html", name)],
            lambda it: f"{base}content/post_{1500000 + (it.uid - 10000) // 7919}.html",
            lambda n: base + ("index.html" if n == 1 else f"index_{n}.html"),
            per=20,
        )

    news = col("/ydyw/", "英德要闻", [], ctx.news(c, 280))
    gh = [("/zwgk/ghjh/index.html", "规划计划")]
    r23 = ctx.new_report(
        c, 2023, "英德市2023年法治政府建设年度报告", pub="2024-03-28 17:35", source="英德市人民政府"
    )
    look = ctx.lookalikes_of(c, [("plan", 2021), ("xxgk_annual", 2023)])
    zj = col("/zwgk/ghjh/gzzj/", "工作总结", gh, [r23, *look, *ctx.fillers(c, 22, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("gd_post_id", "plain_column_name"))
    r19 = ctx.new_report(
        c,
        2019,
        "英德市人民政府关于2019年度法治政府建设情况的报告",
        pub="2020-03-31 10:20",
        source="英德市人民政府办公室",
    )
    nd = col(
        "/zwgk/ghjh/ndjh/", "年度计划工作总结", gh, [r19, *ctx.fillers(c, 12, "disclosure", (2019, 2021))]
    )
    ctx.truth_report(c, r19, 2019, html_copy(c, r19), kinds=("gd_post_id", "plain_column_name"))
    index_page(
        skin,
        "/zwgk/ghjh/index.html",
        "规划计划",
        gh,
        [
            ("/zwgk/ghjh/gzzj/index.html", "工作总结", zj),
            ("/zwgk/ghjh/ndjh/index.html", "年度计划工作总结", nd),
        ],
    )
    home(skin, [("/ydyw/index.html", "英德要闻", news), ("/zwgk/ghjh/index.html", "规划计划", zj)])


# ====================================================================== 新民市
def xinmin(ctx: Ctx5) -> None:
    """新民市 (辽宁 沈阳), ``www.xinmin.gov.cn``: a TRS county site with the usual 政府信息公开
    → 法定主动公开内容 → 其他法定公开信息 (sites.md "Where it is filed"; Liaoning spiders
    ``ln_gov_cn`` in public code). The 2021 report is html; the 2020 report was posted only as a
    scanned PDF (needs OCR: not findable)."""
    c = County("xinmin", "新民市", "辽宁省", "沈阳市", "210181", "www.xinmin.gov.cn")
    col = "/zfxxgk/fdzdgknr/qtfdgkxx/"
    nav = [("/", "首页"), ("/xwdt/xmyw/", "新民要闻"), (col, "其他法定公开信息")]
    skin = open_site(ctx, c, nav, dt.date(2022, 6, 20), skin=InfoSkin)
    news = news_column(skin, "/xwdt/xmyw/", "新民要闻", 210)
    r21 = ctx.new_report(
        c, 2021, "新民市2021年法治政府建设情况报告", pub="2022-03-30 08:55", source="新民市人民政府"
    )
    r20 = ctx.new_report(
        c,
        2020,
        "新民市人民政府关于2020年法治政府建设工作的报告",
        pub="2021-04-01 14:00",
        source="新民市司法局",
    )
    body = list(r20.paras)
    r20.paras = ["详见附件。"]
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2021), ("interpretation", 2022)])
    items = [r21, r20, *look, *ctx.fillers(c, 24, "disclosure", (2019, 2022))]
    for it in items:
        it.uid = it.uid or ctx.uid()
    scan = f"{col}202104/P020210401{r20.uid:09d}.pdf"
    r20.attachments.append((r20.title + ".pdf", scan, files.make_scan_pdf(r20.uid)))
    trail = [
        ("/zfxxgk/", "政府信息公开"),
        ("/zfxxgk/fdzdgknr/", "法定主动公开内容"),
        (col, "其他法定公开信息"),
    ]
    qt = publish(skin, col, "其他法定公开信息", trail, items)
    ctx.record(c, look)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("liaoning_trs",))
    ctx.record_scan(c, r20, 2020, scan, body, kinds=("liaoning_trs",))
    home(skin, [("/xwdt/xmyw/", "新民要闻", news), (col, "其他法定公开信息", qt)])


# ====================================================================== 秭归县
def zigui(ctx: Ctx5) -> None:
    """秭归县 (湖北 宜昌), ``www.zigui.gov.cn``: Hubei's county sites keep a 政府信息公开 tree
    ``/zfxxgk/fdzdgknr/<col>/`` with the 索引号 table (a public Hubei detail-page parser in the
    code corpus reads those tables). The 2023 and 2022 reports are in 法治政府建设; a 政策解读
    of the 2023 report sits in 政策解读; the 县司法局's report is in 部门信息公开."""
    c = County("zigui", "秭归县", "湖北省", "宜昌市", "420527", "www.zigui.gov.cn")
    gk = "/zfxxgk/fdzdgknr/"
    nav = [("/", "首页"), ("/xwzx/zgyw/", "秭归要闻"), ("/zfxxgk/", "政府信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2024, 7, 15), skin=InfoSkin)
    news = news_column(skin, "/xwzx/zgyw/", "秭归要闻", 230)
    t = lambda key, name: [("/zfxxgk/", "政府信息公开"), (gk, "法定主动公开内容"), (gk + key + "/", name)]  # noqa: E731
    r23 = ctx.new_report(
        c, 2023, "秭归县2023年法治政府建设情况的报告", pub="2024-03-25 09:30", source="秭归县人民政府"
    )
    r22 = ctx.new_report(
        c,
        2022,
        "秭归县人民政府关于2022年度法治政府建设工作情况的报告",
        pub="2023-03-28 15:45",
        source="秭归县人民政府",
    )
    look = ctx.lookalikes_of(c, [("plan", 2023), ("assessment", 2022)])
    fz = publish(
        skin,
        gk + "fzzfjs/",
        "法治政府建设",
        t("fzzfjs", "法治政府建设"),
        [r23, r22, *look, *ctx.fillers(c, 15, "disclosure")],
    )
    ctx.record(c, look)
    for r, y in ((r23, 2023), (r22, 2022)):
        ctx.truth_report(c, r, y, html_copy(c, r), kinds=("hubei_fdzdgknr",))
    jd = ctx.lookalikes_of(c, [("interpretation", 2024)])
    zc = publish(skin, gk + "zcjd/", "政策解读", t("zcjd", "政策解读"), [*jd, *ctx.fillers(c, 25, "jiedu")])
    ctx.record(c, jd)
    dep = ctx.department_report(c, "司法局", 2022, "2023-03-20 10:10")
    dl = publish(
        skin,
        "/zfxxgk/bmxxgk/sfj/",
        "县司法局",
        [("/zfxxgk/", "政府信息公开"), ("/zfxxgk/bmxxgk/sfj/", "县司法局")],
        [dep, *ctx.fillers(c, 10, "disclosure")],
    )
    ctx.record_department(c, dep, 2022, c.base + dep.path)
    index_page(
        skin,
        "/zfxxgk/index.html",
        "政府信息公开",
        [("/zfxxgk/", "政府信息公开")],
        [
            (gk + "fzzfjs/", "法治政府建设", fz),
            (gk + "zcjd/", "政策解读", zc),
            ("/zfxxgk/bmxxgk/sfj/", "县司法局", dl),
        ],
    )
    home(skin, [("/xwzx/zgyw/", "秭归要闻", news), ("/zfxxgk/", "政府信息公开", fz)])
