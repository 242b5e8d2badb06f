"""Blind23 sites that are ordinary members of their CMS family (what most counties are): a 天津
district on TRS with a 按日期浏览 archive (trap), a 天津 district in GBK with table lists, a
``.doc``-only report and a department report, a 上海 district on TRS with a scanned report and an
echoing site search (trap), a 海南 自治县 and a 上海 district on TRS (one with a department
report), and the 海口市 portal whose 区县 page alone links the unseeded 琼山区. The page shapes
are those of blind9's, blind15's, blind19's and blind21's ordinary sites (reused on purpose: most
county sites of a province look alike; that these 天津, 上海 and 海南 sites publish these TRS and
table shapes is assumed; 天津's own portal publishes TRS ``TRS_PreAppend`` bodies, as a public
spider for ``sthj.tj.gov.cn`` reads ``div.TRS_PreAppend p``).

Every site's docstring names the real evidence it follows.
"""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home, index_page, publish
from ..blind2.core import news_column, open_site
from ..blind4.sites_a import InfoSkin
from ..blind5.sites_b import GbkSkin
from ..blind8.sites_a import table_lists
from .core import County, Ctx23, date_trap, html_copy, newer, search_trap


# ====================================================================== 西青区
def xiqing(ctx: Ctx23) -> None:
    """西青区 (天津), ``www.tjxq.gov.cn``: an ordinary TRS county site (sites.md "CMS
    families": ``/<column>/YYYYMM/tYYYYMMDD_<id>.html``, ``createPageHTML`` pagers; "Where it is
    filed": 政府信息公开 → 法定主动公开内容 → 其他法定公开信息 and 法治政府建设). The 2023 report is
    on the second page of 其他法定公开信息 beside 天津市's reposted report; the 2021 report in
    法治政府建设 among a 实施方案 and a 政府工作报告; a 按日期浏览 archive never ends (trap)."""
    c = County("xiqing", "西青区", "天津市", "天津市", "120111", "www.tjxq.gov.cn", scheme="https")
    gk = "/zwgk/fdzdgknr/"
    nav = [("/", "首页"), ("/xwzx/xqyw/", "西青要闻"), ("/zwgk/", "政府信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2024, 6, 18), skin=InfoSkin)
    trap = date_trap(ctx, skin, "/search/rqll.jsp")
    news = news_column(skin, "/xwzx/xqyw/", "西青要闻", 360)
    t = lambda key, name: [("/zwgk/", "政府信息公开"), (gk, "法定主动公开内容"), (gk + key + "/", name)]  # noqa: E731
    r22 = ctx.new_report(
        c,
        2023,
        "天津市西青区人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-29 15:40",
        source="西青区人民政府",
    )
    sp = ctx.higher("天津市", 2021, "党中央、国务院", "2022-04-12 10:10")
    qt = publish(
        skin,
        gk + "qtfdgkxx/",
        "其他法定公开信息",
        t("qtfdgkxx", "其他法定公开信息"),
        [*newer(ctx, c, r22, 23, until=skin.clock), r22, sp, *ctx.fillers(c, 14, "disclosure", (2020, 2023))],
    )
    assert qt.index(r22) >= 20
    ctx.truth_report(c, r22, 2023, html_copy(c, r22), kinds=("js_trs", "later_list_page"))
    ctx.record_higher(c, sp, 2021, c.base + sp.path)
    r20 = ctx.new_report(
        c, 2021, "西青区2021年法治政府建设工作报告", pub="2022-03-30 09:25", source="西青区司法局"
    )
    look = ctx.lookalikes_of(c, [("plan", 2022), ("gov_work_report", 2023), ("meeting_topic", 2022)])
    fz = publish(
        skin,
        gk + "fzzfjs/",
        "法治政府建设",
        t("fzzfjs", "法治政府建设"),
        [r20, *look, *ctx.fillers(c, 8, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r20, 2021, html_copy(c, r20), kinds=("js_trs",))
    index_page(
        skin,
        "/zwgk/index.html",
        "政府信息公开",
        [("/zwgk/", "政府信息公开")],
        [(gk + "qtfdgkxx/", "其他法定公开信息", qt), (gk + "fzzfjs/", "法治政府建设", fz)],
    )
    home(
        skin,
        [("/xwzx/xqyw/", "西青要闻", news), ("/zwgk/", "政府信息公开", fz)],
        extra=f'<div class="rili"><a href="{trap}">按日期浏览</a></div>',
    )


# ====================================================================== 武清区
def wuqing(ctx: Ctx23) -> None:
    """武清区 (天津), ``www.tjwq.gov.cn``: an older GBK site with table lists
    ``/html/<col>/index.html``, ``index_2.html`` … (the shape of blind8's 叶城县, taken from a
    public crawler that reads ``//*[@id="list"]/table`` on a GB2312 county site; 武清区's use of it
    is assumed). The 2023 report is in 法治政府建设; the 2019 report on the second page of 通知公告;
    the 2021 report only as a Word 97 ``.doc`` (not findable); the 区司法局's own report in
    部门信息."""
    c = County("wuqing", "武清区", "天津市", "天津市", "120114", "www.tjwq.gov.cn")
    nav = [
        ("/", "首页"),
        ("/html/wqxw/index.html", "武清新闻"),
        ("/html/tzgg/index.html", "通知公告"),
        ("/html/fzzfjs/index.html", "法治政府建设"),
        ("/html/bmxx/index.html", "部门信息"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 7, 2), skin=GbkSkin)
    news = table_lists(
        skin, "/html/wqxw/", "武清新闻", [("/html/wqxw/index.html", "武清新闻")], ctx.news(c, 280)
    )
    r23 = ctx.new_report(
        c,
        2023,
        "武清区人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-27 16:05",
        source="武清区人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "武清区2021年度法治政府建设工作报告", pub="2022-03-31 10:30", source="武清区司法局"
    )
    body = list(r21.paras)
    r21.paras = ["武清区2021年度法治政府建设工作报告全文见附件。"]
    r21.uid = ctx.uid()
    doc = ctx.attach(c, r21, f"/uploadfile/2022/0331/{r21.uid}.doc", "doc", body)
    look = ctx.lookalikes_of(c, [("shufa", 2023), ("interpretation", 2024), ("demo_news", 2022)])
    fz = table_lists(
        skin,
        "/html/fzzfjs/",
        "法治政府建设",
        [("/html/fzzfjs/index.html", "法治政府建设")],
        [r23, r21, *look, *ctx.fillers(c, 12, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("gbk_table_list",))
    ctx.record_file(c, r21, 2021, doc, body, ("gbk_table_list", "doc_needs_reader"))
    r19 = ctx.new_report(
        c, 2019, "武清区2019年法治政府建设情况报告", pub="2020-04-08 14:20", source="武清区人民政府办公室"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2020)])
    tz = table_lists(
        skin,
        "/html/tzgg/",
        "通知公告",
        [("/html/tzgg/index.html", "通知公告")],
        [
            *newer(ctx, c, r19, 33, "notice", skin.clock),
            r19,
            *notes,
            *ctx.fillers(c, 9, "notice", (2019, 2019)),
        ],
    )
    assert tz.index(r19) >= 30
    ctx.record(c, notes)
    ctx.truth_report(c, r19, 2019, html_copy(c, r19), kinds=("gbk_table_list", "later_list_page"))
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-28 11:15")
    bm = table_lists(
        skin,
        "/html/bmxx/",
        "部门信息",
        [("/html/bmxx/index.html", "部门信息")],
        [dep, *ctx.fillers(c, 20, "disclosure")],
    )
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    home(
        skin,
        [
            ("/html/wqxw/index.html", "武清新闻", news),
            ("/html/tzgg/index.html", "通知公告", tz),
            ("/html/fzzfjs/index.html", "法治政府建设", fz),
            ("/html/bmxx/index.html", "部门信息", bm),
        ],
    )


# ====================================================================== 闵行区
def minhang(ctx: Ctx23) -> None:
    """闵行区 (上海), ``www.shmh.gov.cn``: an ordinary TRS site
    (sites.md "Where it is filed": 通知公告 and 法治政府建设; "Site search … echoes"). The 2024
    report is in 通知公告 among notices about it; the 2022 report in 政务公开 → 法治政府建设; the
    2020 report only as a scanned PDF (not findable); the site search echoes its query and links
    more queries (trap)."""
    name = "闵行区"
    c = County("minhang", name, "上海市", "上海市", "310112", "www.shmh.gov.cn", scheme="https")
    nav = [
        ("/", "首页"),
        ("/xwzx/mhyw/", "闵行要闻"),
        ("/zwgk/tzgg/", "通知公告"),
        ("/zwgk/fzzfjs/", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 3))
    trap = search_trap(ctx, skin, "/search/search.jsp", "searchword")
    news = news_column(skin, "/xwzx/mhyw/", "闵行要闻", 300)
    r24 = ctx.new_report(
        c,
        2024,
        f"{name}人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-28 17:45",
        source=f"{name}人民政府",
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("xxgk_annual", 2024)])
    tz = publish(
        skin,
        "/zwgk/tzgg/",
        "通知公告",
        [("/zwgk/", "政务公开"), ("/zwgk/tzgg/", "通知公告")],
        [r24, *notes, *ctx.fillers(c, 50, "notice", (2019, 2025))],
    )
    ctx.record(c, notes)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("js_trs",))
    r22 = ctx.new_report(
        c, 2022, f"{name}2022年法治政府建设年度报告", pub="2023-03-30 11:20", source=f"{name}司法局"
    )
    r20 = ctx.new_report(
        c, 2020, f"{name}2020年度法治政府建设工作报告", pub="2021-04-06 15:30", source=f"{name}司法局"
    )
    body = list(r20.paras)
    r20.paras = ["(扫描件)"]
    r20.uid = ctx.uid()
    scan = f"/zwgk/fzzfjs/202104/P020210406{r20.uid:09d}.pdf"
    r20.attachments.append((r20.title + ".pdf", scan, files.make_scan_pdf(r20.uid)))
    look = ctx.lookalikes_of(c, [("duty_report", 2023), ("assessment", 2022)])
    fz = publish(
        skin,
        "/zwgk/fzzfjs/",
        "法治政府建设",
        [("/zwgk/", "政务公开"), ("/zwgk/fzzfjs/", "法治政府建设")],
        [r22, r20, *look, *ctx.fillers(c, 10, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("js_trs",))
    ctx.record_scan(c, r20, 2020, scan, body, kinds=("js_trs", "scan_needs_ocr"))
    index_page(
        skin,
        "/zwgk/index.html",
        "政务公开",
        [("/zwgk/", "政务公开")],
        [("/zwgk/tzgg/", "通知公告", tz), ("/zwgk/fzzfjs/", "法治政府建设", fz)],
    )
    home(
        skin,
        [
            ("/xwzx/mhyw/", "闵行要闻", news),
            ("/zwgk/tzgg/", "通知公告", tz),
            ("/zwgk/fzzfjs/", "法治政府建设", fz),
        ],
        extra=f'<form action="/search/search.jsp"><a href="{trap}">站内搜索</a></form>',
    )


# ====================================================================== 保亭黎族苗族自治县
def baoting(ctx: Ctx23) -> None:
    """保亭黎族苗族自治县 (海南, 省直辖), ``www.baoting.gov.cn``: an ordinary TRS site with the 信息公开 table
    on its articles (sites.md "Where it is filed": 规划计划 → 工作总结; 法治政府建设 columns with
    解读 beside the report). The 2023 report and 海南省's reposted 2022 report are in
    法治政府建设 with a 政策解读 of the report; the 2021 report on the second page of 规划计划 → 工作总结."""
    c = County("baoting", "保亭黎族苗族自治县", "海南省", "", "469029", "www.baoting.gov.cn", scheme="https")
    gk = "/zfxxgk/"
    nav = [("/", "首页"), ("/xwzx/btyw/", "保亭要闻"), (gk, "政府信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2024, 11, 20), skin=InfoSkin)
    news = news_column(skin, "/xwzx/btyw/", "保亭要闻", 320)
    dnews = news_column(skin, "/xwzx/xzdt/", "乡镇动态", 150)
    r23 = ctx.new_report(
        c,
        2023,
        "保亭黎族苗族自治县人民政府关于2023年度法治政府建设工作情况的报告",
        pub="2024-03-26 18:10",
        source="保亭黎族苗族自治县人民政府",
    )
    yn = ctx.higher("海南省", 2022, "党中央、国务院", "2023-03-31 09:00")
    look = ctx.lookalikes_of(c, [("interpretation", 2024), ("plan", 2024), ("meeting", 2023)])
    fz = publish(
        skin,
        gk + "fzzfjs/",
        "法治政府建设",
        [(gk, "政府信息公开"), (gk + "fzzfjs/", "法治政府建设")],
        [r23, yn, *look, *ctx.fillers(c, 9, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("hb_trs", "higher_repost"))
    ctx.record_higher(c, yn, 2022, c.base + yn.path)
    r21 = ctx.new_report(
        c,
        2021,
        "保亭黎族苗族自治县2021年法治政府建设情况报告",
        pub="2022-03-29 10:45",
        source="保亭黎族苗族自治县司法局",
    )
    ghlook = ctx.lookalikes_of(c, [("gov_work_report", 2022)])
    gh = publish(
        skin,
        gk + "ghjh/gzzj/",
        "工作总结",
        [(gk, "政府信息公开"), (gk + "ghjh/", "规划计划"), (gk + "ghjh/gzzj/", "工作总结")],
        [
            *newer(ctx, c, r21, 21, until=skin.clock),
            r21,
            *ghlook,
            *ctx.fillers(c, 8, "disclosure", (2019, 2021)),
        ],
    )
    assert gh.index(r21) >= 20
    ctx.record(c, ghlook)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("hb_trs", "later_list_page"))
    index_page(
        skin,
        gk + "index.html",
        "政府信息公开",
        [(gk, "政府信息公开")],
        [(gk + "fzzfjs/", "法治政府建设", fz), (gk + "ghjh/gzzj/", "规划计划", gh)],
    )
    home(
        skin,
        [
            ("/xwzx/btyw/", "保亭要闻", news),
            ("/xwzx/xzdt/", "乡镇动态", dnews),
            (gk, "政府信息公开", fz),
        ],
    )


# ====================================================================== 松江区
def songjiang(ctx: Ctx23) -> None:
    """松江区 (上海), ``www.songjiang.gov.cn``: an ordinary TRS site (sites.md "Where it is
    filed"). The 2024 report is in 通知公告 beside a notice about it; the 2022 report in 政府信息公开
    → 法治政府建设 beside a 考核 通报; the 区司法局's own report in 部门信息公开."""
    c = County("songjiang", "松江区", "上海市", "上海市", "310117", "www.songjiang.gov.cn", scheme="https")
    gk = "/zfxxgk/"
    nav = [("/", "首页"), ("/xwzx/sjyw/", "松江要闻"), ("/tzgg/", "通知公告"), (gk, "政府信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2025, 7, 9), skin=InfoSkin)
    news = news_column(skin, "/xwzx/sjyw/", "松江要闻", 290)
    r24 = ctx.new_report(
        c, 2024, "松江区2024年法治政府建设年度报告", pub="2025-03-25 16:30", source="松江区人民政府"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("text_interp", 2025)])
    tz = publish(
        skin,
        "/tzgg/",
        "通知公告",
        [("/tzgg/", "通知公告")],
        [r24, *notes, *ctx.fillers(c, 44, "notice", (2019, 2025))],
    )
    ctx.record(c, notes)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("hb_trs",))
    r22 = ctx.new_report(
        c,
        2022,
        "松江区人民政府关于2022年法治政府建设情况的报告",
        pub="2023-03-28 09:50",
        source="松江区人民政府",
    )
    look = ctx.lookalikes_of(c, [("assessment", 2023), ("shufa", 2022)])
    fz = publish(
        skin,
        gk + "fzzfjs/",
        "法治政府建设",
        [(gk, "政府信息公开"), (gk + "fzzfjs/", "法治政府建设")],
        [r22, *look, *ctx.fillers(c, 11, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("hb_trs",))
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-20 15:00")
    dl = publish(
        skin,
        gk + "bmxxgk/sfj/",
        "区司法局",
        [(gk, "政府信息公开"), (gk + "bmxxgk/sfj/", "区司法局")],
        [dep, *ctx.fillers(c, 9, "disclosure")],
    )
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    index_page(
        skin,
        gk + "index.html",
        "政府信息公开",
        [(gk, "政府信息公开")],
        [(gk + "fzzfjs/", "法治政府建设", fz), (gk + "bmxxgk/sfj/", "区司法局", dl)],
    )
    home(skin, [("/xwzx/sjyw/", "松江要闻", news), ("/tzgg/", "通知公告", tz), (gk, "政府信息公开", fz)])


# ====================================================================== 海口市 → 琼山区
HAIKOU_COUNTIES = [
    ("秀英区", "http://xiuying.haikou.gov.cn/"),
    ("龙华区", "http://longhua.haikou.gov.cn/"),
    ("琼山区", "http://qsqzf.haikou.gov.cn/"),
    ("美兰区", "http://ml.haikou.gov.cn/"),
    ("三亚市吉阳区", "http://jy.sanya.gov.cn/"),
]


def haikou_city(ctx: Ctx23) -> None:
    """海口市 (海南) portal ``www.haikou.gov.cn``, seeded: its 区县政府网站 page (linked from
    the home page's 政府网站 box; sites.md "a city portal's 县区 list") links its four districts'
    sites on the city's own sub-hosts (hosts from ``gov_sites.csv``) and 三亚's 吉阳区 (which
    answers http with a 301 to https). 琼山区 (``http://qsqzf.haikou.gov.cn``) is in no seed row
    and is linked only there: an ordinary TRS site whose 2023 report and 海口市's reposted report
    are in 法治政府建设, and whose 2020 report is on the second page of 其他法定公开信息."""
    city = County("haikou_city", "海口市", "海南省", "", "460100", "www.haikou.gov.cn")
    yr = County(
        "qiongshan",
        "琼山区",
        "海南省",
        "海口市",
        "460107",
        "qsqzf.haikou.gov.cn",
        seeded=False,
    )
    ctx.web.https_only |= {"jy.sanya.gov.cn"}  # answers http with a 301 to https
    cskin = open_site(
        ctx,
        city,
        [("/", "首页"), ("/xwzx/hkyw/", "海口要闻"), ("/zwgk/tzgg/", "通知公告")],
        dt.date(2024, 9, 2),
    )
    cnews = news_column(cskin, "/xwzx/hkyw/", "海口要闻", 200)
    ctz = publish(
        cskin, "/zwgk/tzgg/", "通知公告", [("/zwgk/tzgg/", "通知公告")], ctx.fillers(city, 40, "notice")
    )
    rows = "".join(
        f'<li><a href="{host}" target="_blank" title="{n}人民政府">{n}人民政府</a></li>'
        for n, host in HAIKOU_COUNTIES
    )
    cskin.put(
        "/zfwz/xqzf/index.html",
        cskin.page(
            "区县政府网站",
            f'{cskin.crumbs([("/zfwz/xqzf/", "区县政府网站")])}<div class="xslist"><ul>{rows}</ul></div>',
        ),
    )
    home(
        cskin,
        [("/xwzx/hkyw/", "海口要闻", cnews), ("/zwgk/tzgg/", "通知公告", ctz)],
        extra='<div class="zfwz"><h3>政府网站</h3><a href="/zfwz/xqzf/">区县政府网站</a></div>',
    )
    gk = "/zfxxgk/fdzdgknr/"
    skin = open_site(
        ctx,
        yr,
        [("/", "首页"), ("/xwzx/qsyw/", "琼山区要闻"), ("/zfxxgk/", "政府信息公开")],
        dt.date(2025, 5, 12),
        seeded=False,
    )
    news = news_column(skin, "/xwzx/qsyw/", "琼山区要闻", 220)
    t = lambda key, nm: [("/zfxxgk/", "政府信息公开"), (gk, "法定主动公开内容"), (gk + key + "/", nm)]  # noqa: E731
    r23 = ctx.new_report(
        yr,
        2023,
        "海口市琼山区人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-28 10:20",
        source="琼山区人民政府",
    )
    cx = ctx.higher("海口市", 2023, "省委、省政府", "2024-04-03 16:00")
    look = ctx.lookalikes_of(yr, [("plan", 2024), ("meeting", 2024)])
    fz = publish(
        skin,
        gk + "fzzfjs/",
        "法治政府建设",
        t("fzzfjs", "法治政府建设"),
        [r23, cx, *look, *ctx.fillers(yr, 8, "disclosure")],
    )
    ctx.record(yr, look)
    kinds = ("hb_trs", "unseeded_county_via_prefecture_list")
    ctx.truth_report(yr, r23, 2023, html_copy(yr, r23), kinds=kinds)
    ctx.record_higher(yr, cx, 2023, yr.base + cx.path)
    r20 = ctx.new_report(
        yr, 2020, "琼山区2020年法治政府建设工作报告", pub="2021-03-31 14:10", source="琼山区司法局"
    )
    qt = publish(
        skin,
        gk + "qtfdgkxx/",
        "其他法定公开信息",
        t("qtfdgkxx", "其他法定公开信息"),
        [*newer(ctx, yr, r20, 22, until=skin.clock), r20, *ctx.fillers(yr, 10, "disclosure", (2019, 2020))],
    )
    assert qt.index(r20) >= 20
    ctx.truth_report(yr, r20, 2020, html_copy(yr, r20), kinds=(*kinds, "later_list_page"))
    index_page(
        skin,
        "/zfxxgk/index.html",
        "政府信息公开",
        [("/zfxxgk/", "政府信息公开")],
        [(gk + "fzzfjs/", "法治政府建设", fz), (gk + "qtfdgkxx/", "其他法定公开信息", qt)],
    )
    home(skin, [("/xwzx/qsyw/", "琼山区要闻", news), ("/zfxxgk/", "政府信息公开", fz)])
