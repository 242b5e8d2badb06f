"""Blind24 sites of 西藏: two 拉萨 districts and two 昌都 county-level sites on the 西藏
集约化 platform (``/<site>/<col>/<name>.shtml`` lists, ``<YYYYMM>/<32 hex>.shtml`` articles), a
日喀则 county on its ``.thtml?id=`` CMS, and the 昌都市 portal whose 县区 list alone links 芒康县.
See ``platforms.py`` for the evidence of each shape; every site's docstring names its own.
"""

from __future__ import annotations

import datetime as dt

from ..blind.sites_a import home, index_page
from ..blind2.core import open_site
from ..blind5.sites_b import GbkSkin
from .core import County, Ctx24, html_copy, newer, search_trap
from .platforms import thtml_column, xz_attach, xz_column


def _news(ctx: Ctx24, skin, col: str, name: str, n: int):
    return xz_column(skin, col, "common_list", name, [(col + "common_list.shtml", name)], ctx.news(skin.c, n))


# ====================================================================== 城关区
def chengguan(ctx: Ctx24) -> None:
    """城关区 (西藏 拉萨), ``www.cgq.gov.cn``: the 拉萨 form of the platform (a public coverage
    table: ``cgq.gov.cn/cgqrmzf/czzj/czzj.shtml``, "同拉萨CMS模式"; ``lasa.gov.cn/lasa/tggs/
    <YYYYMM>/<hex>.shtml``). The 2024 report is on page 3 of 通知公告; the 2022 report in
    法治政府建设 beside a 实施方案, a 述法报告, a meeting and the 区司法局's own report. The site
    search echoes its query and links more queries (trap; sites.md "Traps")."""
    c = County("chengguan", "城关区", "西藏自治区", "拉萨市", "540102", "www.cgq.gov.cn", scheme="https")
    s = "/cgqrmzf/"
    nav = [
        ("/", "首页"),
        (s + "cgyw/common_list.shtml", "城关要闻"),
        (s + "tzgg/tzgg.shtml", "通知公告"),
        (s + "fzzfjs/fzzfjs.shtml", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 20))
    trap = search_trap(ctx, skin, "/was5/web/search", "searchword")
    news = _news(ctx, skin, s + "cgyw/", "城关要闻", 260)
    r24 = ctx.new_report(
        c,
        2024,
        "拉萨市城关区人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-27 16:20",
        source="城关区人民政府",
    )
    tz = xz_column(
        skin,
        s + "tzgg/",
        "tzgg",
        "通知公告",
        [(s + "tzgg/tzgg.shtml", "通知公告")],
        [*newer(ctx, c, r24, 31, "notice", skin.clock), r24, *ctx.fillers(c, 12, "notice")],
    )
    assert tz.index(r24) >= 30
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("xz_platform", "later_list_page"))
    r22 = ctx.new_report(
        c, 2022, "城关区2022年法治政府建设工作报告", pub="2023-03-30 10:40", source="城关区司法局"
    )
    look = ctx.lookalikes_of(c, [("plan", 2023), ("shufa", 2023), ("meeting", 2022), ("assessment", 2024)])
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-26 15:00")
    fz = xz_column(
        skin,
        s + "fzzfjs/",
        "fzzfjs",
        "法治政府建设",
        [(s + "fzzfjs/fzzfjs.shtml", "法治政府建设")],
        [r22, dep, *look, *ctx.fillers(c, 10, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("xz_platform",))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    home(
        skin,
        [
            (s + "cgyw/common_list.shtml", "城关要闻", news),
            (s + "tzgg/tzgg.shtml", "通知公告", tz),
            (s + "fzzfjs/fzzfjs.shtml", "法治政府建设", fz),
        ],
        extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>',
    )


# ====================================================================== 堆龙德庆区
def duilong(ctx: Ctx24) -> None:
    """堆龙德庆区 (西藏 拉萨), ``www.dldqq.gov.cn``: the 拉萨 form of the platform
    (``dldqq.gov.cn/dldqqrmzf/czzj/czzj.shtml`` in the same coverage table). The 2023 report is
    a PDF attachment (``…/<hex>/files/<hex>.pdf``, text layer) of a short article in 法定主动公开内容,
    beside 西藏自治区's reposted 2023 report and the 信息公开 annual report; the 2021 report is in
    工作报告 beside a 政府工作报告."""
    c = County("duilong", "堆龙德庆区", "西藏自治区", "拉萨市", "540103", "www.dldqq.gov.cn", scheme="https")
    s = "/dldqqrmzf/"
    nav = [("/", "首页"), (s + "dlyw/common_list.shtml", "堆龙要闻"), (s + "zwgk/zwgk.shtml", "政务公开")]
    skin = open_site(ctx, c, nav, dt.date(2024, 10, 8))
    news = _news(ctx, skin, s + "dlyw/", "堆龙要闻", 210)
    t = lambda col, nm: [(s + "zwgk/zwgk.shtml", "政务公开"), (s + f"{col}/{col}.shtml", nm)]  # noqa: E731
    r23 = ctx.new_report(
        c, 2023, "堆龙德庆区2023年度法治政府建设情况报告", pub="2024-03-29 11:30", source="堆龙德庆区人民政府"
    )
    body = list(r23.paras)
    r23.paras = ["堆龙德庆区2023年度法治政府建设情况报告全文见附件。"]
    pdf = xz_attach(ctx, c, r23, s + "fdzdgknr/", "pdf", body)
    xz = ctx.higher("西藏自治区", 2023, "党中央、国务院", "2024-04-02 09:30")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023)])
    fd = xz_column(
        skin,
        s + "fdzdgknr/",
        "fdzdgknr",
        "法定主动公开内容",
        t("fdzdgknr", "法定主动公开内容"),
        [r23, xz, *look, *ctx.fillers(c, 16, "disclosure")],
    )
    ctx.record(c, look)
    ctx.record_file(c, r23, 2023, pdf, body, ("xz_platform", "pdf_attachment"))
    ctx.record_higher(c, xz, 2023, c.base + xz.path)
    r21 = ctx.new_report(
        c,
        2021,
        "堆龙德庆区人民政府关于2021年法治政府建设工作的报告",
        pub="2022-03-28 17:05",
        source="堆龙德庆区人民政府",
    )
    look2 = ctx.lookalikes_of(c, [("gov_work_report", 2022), ("duty_report", 2022)])
    gz = xz_column(
        skin,
        s + "gzbg/",
        "gzbg",
        "工作报告",
        t("gzbg", "工作报告"),
        [r21, *look2, *ctx.fillers(c, 9, "disclosure", (2019, 2024))],
    )
    ctx.record(c, look2)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("xz_platform",))
    index_page(
        skin,
        s + "zwgk/zwgk.shtml",
        "政务公开",
        [(s + "zwgk/zwgk.shtml", "政务公开")],
        [(s + "fdzdgknr/fdzdgknr.shtml", "法定主动公开内容", fd), (s + "gzbg/gzbg.shtml", "工作报告", gz)],
    )
    home(skin, [(s + "dlyw/common_list.shtml", "堆龙要闻", news), (s + "zwgk/zwgk.shtml", "政务公开", fd)])


def _changdu_county(
    ctx: Ctx24, c: County, s: str, ids: tuple[int, int, int], clock: dt.date, seeded: bool = True
):
    nav = [
        ("/", "首页"),
        (f"{s}c{ids[0]}/common_list.shtml", c.name[:2] + "要闻"),
        (f"{s}c{ids[1]}/zfxxgk_gknrz.shtml", "政府信息公开"),
    ]
    skin = open_site(ctx, c, nav, clock, seeded=seeded)
    news = _news(ctx, skin, f"{s}c{ids[0]}/", c.name[:2] + "要闻", 180)
    return skin, news


# ====================================================================== 卡若区
def karuo(ctx: Ctx24) -> None:
    """卡若区 (西藏 昌都), ``karuo.changdu.gov.cn``: one of the 昌都 counties on the city's shared
    CMS (coverage table: "昌都 11 县共享统一 CMS", ``karuo.changdu.gov.cn/…/c101758/
    zfxxgk_gknrz.shtml``; site id is the city's). The 2023 report is on page 2 of 法定主动公开内容
    (``c101758``); the 2021 report in 通知公告 beside a notice about the report and a 解读."""
    c = County("karuo", "卡若区", "西藏自治区", "昌都市", "540302", "karuo.changdu.gov.cn", scheme="https")
    s = "/krq/"
    skin, news = _changdu_county(ctx, c, s, (101750, 101758, 101762), dt.date(2024, 12, 3))
    gk = [(f"{s}c101758/zfxxgk_gknrz.shtml", "政府信息公开")]
    r23 = ctx.new_report(
        c,
        2023,
        "昌都市卡若区人民政府关于2023年法治政府建设工作情况的报告",
        pub="2024-03-28 16:45",
        source="卡若区人民政府",
    )
    fd = xz_column(
        skin,
        f"{s}c101758/",
        "zfxxgk_gknrz",
        "法定主动公开内容",
        gk,
        [*newer(ctx, c, r23, 16, until=skin.clock), r23, *ctx.fillers(c, 10, "disclosure")],
    )
    assert fd.index(r23) >= 15
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("changdu_platform", "later_list_page"))
    r21 = ctx.new_report(
        c, 2021, "卡若区2021年度法治政府建设工作报告", pub="2022-04-07 10:20", source="卡若区司法局"
    )
    look = ctx.lookalikes_of(c, [("notice", 2022), ("interpretation", 2022), ("gov_work_report", 2023)])
    tz = xz_column(
        skin,
        f"{s}c101762/",
        "zfxxgk_gknrz",
        "通知公告",
        [(f"{s}c101762/zfxxgk_gknrz.shtml", "通知公告")],
        [r21, *look, *ctx.fillers(c, 12, "notice")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("changdu_platform",))
    home(
        skin,
        [
            (f"{s}c101750/common_list.shtml", "卡若要闻", news),
            (f"{s}c101758/zfxxgk_gknrz.shtml", "法定主动公开内容", fd),
            (f"{s}c101762/zfxxgk_gknrz.shtml", "通知公告", tz),
        ],
    )


# ====================================================================== 左贡县
def zuogong(ctx: Ctx24) -> None:
    """左贡县 (西藏 昌都), ``zuogong.changdu.gov.cn``: the 昌都 shared CMS (coverage table:
    ``zuogong.changdu.gov.cn/…/c101853/``). The 2024 report is in 法治政府建设 (``c101853``) beside
    a 实施方案, a 第一责任人述职 and 示范创建 news; the 2020 report is a PDF attachment of an
    article on page 2 of 工作总结."""
    c = County(
        "zuogong", "左贡县", "西藏自治区", "昌都市", "540327", "zuogong.changdu.gov.cn", scheme="https"
    )
    s = "/zgx/"
    skin, news = _changdu_county(ctx, c, s, (101845, 101853, 101860), dt.date(2025, 6, 16))
    r24 = ctx.new_report(
        c,
        2024,
        "左贡县人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-31 18:20",
        source="左贡县人民政府",
    )
    look = ctx.lookalikes_of(c, [("plan", 2024), ("duty_report", 2024), ("demo_news", 2023)])
    fz = xz_column(
        skin,
        f"{s}c101853/",
        "zfxxgk_gknrz",
        "法治政府建设",
        [(f"{s}c101853/zfxxgk_gknrz.shtml", "法治政府建设")],
        [r24, *look, *ctx.fillers(c, 7, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("changdu_platform",))
    r20 = ctx.new_report(
        c, 2020, "左贡县2020年法治政府建设工作情况报告", pub="2021-04-12 09:50", source="左贡县司法局"
    )
    body = list(r20.paras)
    r20.paras = ["左贡县2020年法治政府建设工作情况报告(详见附件)"]
    pdf = xz_attach(ctx, c, r20, f"{s}c101860/", "pdf", body)
    zj = xz_column(
        skin,
        f"{s}c101860/",
        "zfxxgk_gknrz",
        "工作总结",
        [(f"{s}c101860/zfxxgk_gknrz.shtml", "工作总结")],
        [*newer(ctx, c, r20, 17, until=skin.clock), r20, *ctx.fillers(c, 6, "disclosure", (2019, 2020))],
    )
    assert zj.index(r20) >= 15
    ctx.record_file(c, r20, 2020, pdf, body, ("changdu_platform", "pdf_attachment", "later_list_page"))
    home(
        skin,
        [
            (f"{s}c101845/common_list.shtml", "左贡要闻", news),
            (f"{s}c101853/zfxxgk_gknrz.shtml", "法治政府建设", fz),
            (f"{s}c101860/zfxxgk_gknrz.shtml", "工作总结", zj),
        ],
    )


# ====================================================================== 定日县
def dingri(ctx: Ctx24) -> None:
    """定日县 (西藏 日喀则), ``www.drx.gov.cn``: the 日喀则 counties' ``.thtml`` CMS (coverage
    table: ``drx.gov.cn/public-policy.thtml?id=14291`` and eight more counties of the city; ``pn``
    pages as on ``cangpin.thtml?id=10950&&pn=1``; the article URL is assumed). The 2023 report is
    in 法治政府建设 (``id=14291``) beside a 考核 通报 and a 政府工作报告; the 2021 report on page 2
    (``&pn=2``) of 通知公告. Its pages are GBK (assumed: the older county CMSs of the region often are)."""
    c = County("dingri", "定日县", "西藏自治区", "日喀则市", "540223", "www.drx.gov.cn")
    nav = [
        ("/", "首页"),
        ("/public-policy.thtml?id=14201", "定日要闻"),
        ("/public-policy.thtml?id=14305", "通知公告"),
        ("/public-policy.thtml?id=14291", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 8, 27), skin=GbkSkin)
    news = thtml_column(
        skin, 14201, "定日要闻", [("/public-policy.thtml?id=14201", "定日要闻")], ctx.news(c, 150)
    )
    r23 = ctx.new_report(
        c,
        2023,
        "定日县人民政府关于2023年度法治政府建设工作情况的报告",
        pub="2024-03-25 12:10",
        source="定日县人民政府",
    )
    look = ctx.lookalikes_of(c, [("assessment", 2023), ("gov_work_report", 2024), ("plan", 2022)])
    fz = thtml_column(
        skin,
        14291,
        "法治政府建设",
        [("/public-policy.thtml?id=14291", "法治政府建设")],
        [r23, *look, *ctx.fillers(c, 8, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("thtml_id",))
    r21 = ctx.new_report(
        c, 2021, "定日县2021年法治政府建设年度报告", pub="2022-03-24 15:35", source="定日县司法局"
    )
    look2 = ctx.lookalikes_of(c, [("notice", 2022)])
    tz = thtml_column(
        skin,
        14305,
        "通知公告",
        [("/public-policy.thtml?id=14305", "通知公告")],
        [
            *newer(ctx, c, r21, 18, "notice", skin.clock),
            r21,
            *look2,
            *ctx.fillers(c, 8, "notice", (2019, 2021)),
        ],
    )
    assert tz.index(r21) >= 15
    ctx.record(c, look2)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("thtml_id", "later_list_page"))
    home(
        skin,
        [
            ("/public-policy.thtml?id=14201", "定日要闻", news),
            ("/public-policy.thtml?id=14305", "通知公告", tz),
            ("/public-policy.thtml?id=14291", "法治政府建设", fz),
        ],
    )


CHANGDU_COUNTIES = [
    ("卡若区", "karuo"),
    ("江达县", "jiangda"),
    ("贡觉县", "gongjue"),
    ("类乌齐县", "leiwuqi"),
    ("丁青县", "dingqing"),
    ("察雅县", "chaya"),
    ("八宿县", "basu"),
    ("左贡县", "zuogong"),
    ("芒康县", "mangkang"),
    ("洛隆县", "luolong"),
    ("边坝县", "bianba"),
]


# ====================================================================== 昌都市 → 芒康县
def changdu_city(ctx: Ctx24) -> None:
    """昌都市 portal ``www.changdu.gov.cn`` (``/cdrmzf/c<id>/<YYYYMM>/<hex>.shtml`` articles in
    public code), seeded: its 县区政府 page links the eleven counties' sites on the city's
    sub-hosts (hosts from ``county_urls_found.csv``). 芒康县 (``mangkang.changdu.gov.cn``, site
    ``c101900`` in the coverage table) is in no seed row and linked only there: its 2023 report and
    昌都市's reposted 2023 report are in 法治政府建设; its 2022 report is in 通知公告."""
    city = County("changdu_city", "昌都市", "西藏自治区", "", "540300", "www.changdu.gov.cn", scheme="https")
    cs = "/cdrmzf/"
    cskin = open_site(
        ctx,
        city,
        [
            ("/", "首页"),
            (cs + "c100677/common_list.shtml", "昌都要闻"),
            (cs + "c100010/xqlist.shtml", "县区政府"),
        ],
        dt.date(2025, 4, 2),
    )
    cnews = _news(ctx, cskin, cs + "c100677/", "昌都要闻", 200)
    ctz = xz_column(
        cskin,
        cs + "c100359/",
        "zfxxgk_gknrz",
        "通知公告",
        [(cs + "c100359/zfxxgk_gknrz.shtml", "通知公告")],
        ctx.fillers(city, 40, "notice"),
    )
    rows = "".join(
        f'<li><a href="https://{k}.changdu.gov.cn/" target="_blank">{n}人民政府</a></li>'
        for n, k in CHANGDU_COUNTIES
    )
    cskin.put(
        cs + "c100010/xqlist.shtml",
        cskin.page(
            "县区政府_昌都市人民政府",
            cskin.crumbs([(cs + "c100010/xqlist.shtml", "县区政府")])
            + f'<div class="xqlist"><ul>{rows}</ul></div>',
        ),
    )
    home(
        cskin,
        [
            (cs + "c100677/common_list.shtml", "昌都要闻", cnews),
            (cs + "c100359/zfxxgk_gknrz.shtml", "通知公告", ctz),
        ],
        extra=f'<div class="xq"><a href="{cs}c100010/xqlist.shtml">县区政府</a></div>',
    )
    c = County(
        "mangkang",
        "芒康县",
        "西藏自治区",
        "昌都市",
        "540328",
        "mangkang.changdu.gov.cn",
        scheme="https",
        seeded=False,
    )
    s = "/mkx/"
    skin, news = _changdu_county(ctx, c, s, (101895, 101900, 101905), dt.date(2024, 11, 14), seeded=False)
    r23 = ctx.new_report(
        c,
        2023,
        "芒康县人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-29 10:05",
        source="芒康县人民政府",
    )
    cd = ctx.higher("昌都市", 2023, "自治区党委、政府", "2024-04-08 11:00")
    look = ctx.lookalikes_of(c, [("meeting_topic", 2024), ("text_interp", 2024), ("xxgk_annual", 2023)])
    fz = xz_column(
        skin,
        f"{s}c101900/",
        "zfxxgk_gknrz",
        "法治政府建设",
        [(f"{s}c101900/zfxxgk_gknrz.shtml", "法治政府建设")],
        [r23, cd, *look, *ctx.fillers(c, 6, "disclosure")],
    )
    ctx.record(c, look)
    kinds = ("changdu_platform", "unseeded_county_via_prefecture_list")
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=kinds)
    ctx.record_higher(c, cd, 2023, c.base + cd.path)
    r22 = ctx.new_report(
        c, 2022, "芒康县2022年度法治政府建设工作报告", pub="2023-04-04 16:30", source="芒康县司法局"
    )
    tz = xz_column(
        skin,
        f"{s}c101905/",
        "zfxxgk_gknrz",
        "通知公告",
        [(f"{s}c101905/zfxxgk_gknrz.shtml", "通知公告")],
        [r22, *ctx.fillers(c, 13, "notice")],
    )
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=kinds)
    home(
        skin,
        [
            (f"{s}c101895/common_list.shtml", "芒康要闻", news),
            (f"{s}c101900/zfxxgk_gknrz.shtml", "法治政府建设", fz),
            (f"{s}c101905/zfxxgk_gknrz.shtml", "通知公告", tz),
        ],
    )
