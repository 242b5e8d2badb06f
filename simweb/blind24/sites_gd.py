"""Blind24 sites of 广东 (韶关 and 湛江): members of the 广东 集约化 platform, with static
``index_N.html`` columns of ``content/post_<id>.html`` articles and the ``/gkmlpt/index``
政府信息公开 catalogue whose lists come only from its JSON API. See ``platforms.py`` for the
evidence of each shape; every site's docstring names its own.
"""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home, index_page
from ..blind2.core import open_site
from .core import County, Ctx24, date_trap, html_copy, newer
from .platforms import gd_attach, gd_column, gkmlpt

GD_NAV = [("/zwgk/", "政务公开"), ("/gkmlpt/index", "政府信息公开")]


def _site(ctx: Ctx24, c: County, news: tuple[str, str], clock: dt.date, n: int = 240):
    nav = [("/", "首页"), news, *GD_NAV]
    skin = open_site(ctx, c, nav, clock)
    items = gd_column(skin, news[0], news[1], [news], ctx.news(c, n))
    return skin, items


# ====================================================================== 乳源瑶族自治县
def ruyuan(ctx: Ctx24) -> None:
    """乳源瑶族自治县 (广东 韶关), ``www.ruyuan.gov.cn``: the 广东 platform (sites.md "Others":
    ``/content/post_<id>.html``; the ``gkmlpt`` API in public crawlers of 广东 sites). The 2024
    report is on page 2 of 通知公告 (``/zwgk/tzgg/index_2.html``) beside a notice about it; the
    2022 report is only in the gkmlpt catalogue's 法定主动公开内容, beside the 信息公开 annual
    report and a 实施方案."""
    c = County("ruyuan", "乳源瑶族自治县", "广东省", "韶关市", "440232", "www.ruyuan.gov.cn", scheme="https")
    skin, news = _site(ctx, c, ("/xwzx/ryyw/", "乳源要闻"), dt.date(2025, 6, 10))
    r24 = ctx.new_report(
        c,
        2024,
        "乳源瑶族自治县人民政府关于2024年法治政府建设年度报告",
        pub="2025-03-28 17:30",
        source="乳源瑶族自治县人民政府",
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("text_interp", 2025)])
    tz = gd_column(
        skin,
        "/zwgk/tzgg/",
        "通知公告",
        [("/zwgk/", "政务公开"), ("/zwgk/tzgg/", "通知公告")],
        [*newer(ctx, c, r24, 21, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 20, "notice")],
    )
    assert tz.index(r24) >= 20
    ctx.record(c, notes)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("gd_platform", "later_list_page"))
    r22 = ctx.new_report(
        c,
        2022,
        "乳源瑶族自治县2022年法治政府建设情况报告",
        pub="2023-03-30 09:45",
        source="乳源瑶族自治县司法局",
    )
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2022), ("plan", 2023)])
    gkmlpt(
        ctx,
        skin,
        "762012",
        {
            2841: ("法定主动公开内容", [r22, *look, *ctx.fillers(c, 40, "disclosure")]),
            2845: ("政策文件", ctx.fillers(c, 30, "disclosure")),
            2852: ("规划计划", ctx.fillers(c, 12, "disclosure", (2020, 2024))),
        },
    )
    ctx.record(c, look)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("gkmlpt_api",))
    index_page(
        skin, "/zwgk/index.html", "政务公开", [("/zwgk/", "政务公开")], [("/zwgk/tzgg/", "通知公告", tz)]
    )
    home(skin, [("/xwzx/ryyw/", "乳源要闻", news), ("/zwgk/tzgg/", "通知公告", tz)])


# ====================================================================== 南雄市
def nanxiong(ctx: Ctx24) -> None:
    """南雄市 (广东 韶关), ``www.gdnx.gov.cn``: the 广东 platform. The 2023 report and 韶关市's
    reposted 2023 report are only in the gkmlpt catalogue (其他); the 2021 report is in the static
    法治政府建设 column beside a 政府工作报告 and a 述法报告."""
    c = County("nanxiong", "南雄市", "广东省", "韶关市", "440282", "www.gdnx.gov.cn", scheme="https")
    skin, news = _site(ctx, c, ("/xwzx/nxyw/", "南雄要闻"), dt.date(2024, 9, 24))
    r23 = ctx.new_report(
        c,
        2023,
        "南雄市人民政府关于2023年度法治政府建设工作情况的报告",
        pub="2024-03-26 16:00",
        source="南雄市人民政府",
    )
    sg = ctx.higher("韶关市", 2023, "省委、省政府", "2024-04-09 10:30")
    gkmlpt(
        ctx,
        skin,
        "762061",
        {
            3310: ("其他", [r23, sg, *ctx.fillers(c, 36, "disclosure")]),
            3304: ("机构职能", ctx.fillers(c, 14, "disclosure")),
            3307: ("政策解读", ctx.fillers(c, 20, "jiedu")),
        },
    )
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("gkmlpt_api", "higher_repost"))
    ctx.record_higher(c, sg, 2023, c.base + sg.path)
    r21 = ctx.new_report(
        c, 2021, "南雄市2021年法治政府建设年度报告", pub="2022-03-30 11:10", source="南雄市司法局"
    )
    look = ctx.lookalikes_of(c, [("gov_work_report", 2022), ("shufa", 2022)])
    fz = gd_column(
        skin,
        "/zwgk/fzzfjs/",
        "法治政府建设",
        [("/zwgk/", "政务公开"), ("/zwgk/fzzfjs/", "法治政府建设")],
        [r21, *look, *ctx.fillers(c, 9, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("gd_platform",))
    index_page(
        skin,
        "/zwgk/index.html",
        "政务公开",
        [("/zwgk/", "政务公开")],
        [("/zwgk/fzzfjs/", "法治政府建设", fz)],
    )
    home(skin, [("/xwzx/nxyw/", "南雄要闻", news), ("/zwgk/fzzfjs/", "法治政府建设", fz)])


# ====================================================================== 仁化县
def renhua(ctx: Ctx24) -> None:
    """仁化县 (广东 韶关), ``www.sgrh.gov.cn``: the 广东 platform. The 2024 report is in
    工作报告 beside a 政府工作报告; the 2022 report is a PDF attachment
    (``/attachment/0/<a>/<b>/<id>.pdf``, text layer) of a short article on page 2 of 通知公告. Its
    gkmlpt catalogue holds a meeting on 法治政府建设 and ordinary records."""
    c = County("renhua", "仁化县", "广东省", "韶关市", "440224", "www.sgrh.gov.cn", scheme="https")
    skin, news = _site(ctx, c, ("/xwzx/rhyw/", "仁化要闻"), dt.date(2025, 5, 6))
    r24 = ctx.new_report(
        c,
        2024,
        "仁化县人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-31 10:15",
        source="仁化县人民政府",
    )
    look = ctx.lookalikes_of(c, [("gov_work_report", 2025), ("duty_report", 2024)])
    gz = gd_column(
        skin,
        "/zwgk/gzbg/",
        "工作报告",
        [("/zwgk/", "政务公开"), ("/zwgk/gzbg/", "工作报告")],
        [r24, *look, *ctx.fillers(c, 8, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("gd_platform",))
    r22 = ctx.new_report(
        c, 2022, "仁化县2022年度法治政府建设工作报告", pub="2023-03-29 15:25", source="仁化县司法局"
    )
    body = list(r22.paras)
    r22.paras = ["仁化县2022年度法治政府建设工作报告(见附件)。"]
    pdf = gd_attach(ctx, c, r22, "pdf", body)
    tz = gd_column(
        skin,
        "/zwgk/tzgg/",
        "通知公告",
        [("/zwgk/", "政务公开"), ("/zwgk/tzgg/", "通知公告")],
        [*newer(ctx, c, r22, 23, "notice", skin.clock), r22, *ctx.fillers(c, 10, "notice", (2019, 2023))],
    )
    assert tz.index(r22) >= 20
    ctx.record_file(c, r22, 2022, pdf, body, ("gd_platform", "pdf_attachment", "later_list_page"))
    meet = ctx.lookalikes_of(c, [("meeting", 2024)])
    gkmlpt(
        ctx,
        skin,
        "762044",
        {
            2915: ("法定主动公开内容", [*meet, *ctx.fillers(c, 30, "disclosure")]),
            2920: ("政策文件", ctx.fillers(c, 22, "disclosure")),
        },
    )
    ctx.record(c, meet)
    index_page(
        skin,
        "/zwgk/index.html",
        "政务公开",
        [("/zwgk/", "政务公开")],
        [("/zwgk/gzbg/", "工作报告", gz), ("/zwgk/tzgg/", "通知公告", tz)],
    )
    home(
        skin,
        [("/xwzx/rhyw/", "仁化要闻", news), ("/zwgk/tzgg/", "通知公告", tz), ("/zwgk/gzbg/", "工作报告", gz)],
    )


# ====================================================================== 雷州市
def leizhou(ctx: Ctx24) -> None:
    """雷州市 (广东 湛江), ``www.leizhou.gov.cn``: the 广东 platform. The 2023 report is only in
    the gkmlpt catalogue, on API page 2 of 法定主动公开内容 (100 records a page, as public
    crawlers page it); the 2021 report is in 通知公告 beside a 解读. A 按日期浏览 archive links
    the next and the previous day for ever (trap; sites.md "Traps")."""
    c = County("leizhou", "雷州市", "广东省", "湛江市", "440882", "www.leizhou.gov.cn")
    skin, news = _site(ctx, c, ("/xwzx/lzyw/", "雷州要闻"), dt.date(2024, 7, 15), n=300)
    trap = date_trap(ctx, skin, "/rqll/index.jsp")
    r23 = ctx.new_report(
        c,
        2023,
        "雷州市人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-29 18:40",
        source="雷州市人民政府",
    )
    look = ctx.lookalikes_of(c, [("assessment", 2023), ("xxgk_annual", 2023)])
    gkmlpt(
        ctx,
        skin,
        "757045",
        {
            1620: (
                "法定主动公开内容",
                [
                    *newer(ctx, c, r23, 103, until=skin.clock),
                    r23,
                    *look,
                    *ctx.fillers(c, 20, "disclosure", (2020, 2023)),
                ],
            ),
            1624: ("政策文件", ctx.fillers(c, 45, "disclosure")),
        },
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("gkmlpt_api", "later_list_page"))
    r21 = ctx.new_report(
        c, 2021, "雷州市2021年法治政府建设工作报告", pub="2022-03-31 09:15", source="雷州市司法局"
    )
    jd = ctx.lookalikes_of(c, [("interpretation", 2022)])
    tz = gd_column(
        skin,
        "/zwgk/tzgg/",
        "通知公告",
        [("/zwgk/", "政务公开"), ("/zwgk/tzgg/", "通知公告")],
        [r21, *jd, *ctx.fillers(c, 35, "notice")],
    )
    ctx.record(c, jd)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("gd_platform",))
    index_page(
        skin, "/zwgk/index.html", "政务公开", [("/zwgk/", "政务公开")], [("/zwgk/tzgg/", "通知公告", tz)]
    )
    home(
        skin,
        [("/xwzx/lzyw/", "雷州要闻", news), ("/zwgk/tzgg/", "通知公告", tz)],
        extra=f'<div class="rili"><a href="{trap}">按日期浏览</a></div>',
    )


# ====================================================================== 遂溪县
def suixi(ctx: Ctx24) -> None:
    """遂溪县 (广东 湛江), ``www.suixi.gov.cn``: the 广东 platform. The 2023 report and 湛江市's
    reposted 2022 report are in the gkmlpt catalogue beside a 考核 通报; the 2021 report exists only
    as a Word 97 ``.doc`` attachment (``/attachment/…/<id>.doc``) of an article in the static
    法治政府建设 column (not findable)."""
    c = County("suixi", "遂溪县", "广东省", "湛江市", "440823", "www.suixi.gov.cn")
    skin, news = _site(ctx, c, ("/xwzx/sxyw/", "遂溪要闻"), dt.date(2024, 6, 5))
    r23 = ctx.new_report(
        c,
        2023,
        "遂溪县人民政府关于2023年度法治政府建设工作的报告",
        pub="2024-03-27 11:00",
        source="遂溪县人民政府",
    )
    zj = ctx.higher("湛江市", 2022, "省委、省政府", "2023-04-06 15:30")
    look = ctx.lookalikes_of(c, [("assessment", 2022)])
    gkmlpt(
        ctx,
        skin,
        "757061",
        {
            2506: ("法定主动公开内容", [r23, zj, *look, *ctx.fillers(c, 44, "disclosure")]),
            2510: ("规划计划", ctx.fillers(c, 15, "disclosure", (2020, 2024))),
        },
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("gkmlpt_api", "higher_repost"))
    ctx.record_higher(c, zj, 2022, c.base + zj.path)
    r21 = ctx.new_report(
        c, 2021, "遂溪县2021年度法治政府建设情况报告", pub="2022-04-02 10:40", source="遂溪县司法局"
    )
    body = list(r21.paras)
    r21.paras = ["遂溪县2021年度法治政府建设情况报告全文详见附件。"]
    doc = gd_attach(ctx, c, r21, "doc", body)
    look2 = ctx.lookalikes_of(c, [("plan", 2021)])
    fz = gd_column(
        skin,
        "/zwgk/fzzfjs/",
        "法治政府建设",
        [("/zwgk/", "政务公开"), ("/zwgk/fzzfjs/", "法治政府建设")],
        [r21, *look2, *ctx.fillers(c, 11, "disclosure")],
    )
    ctx.record(c, look2)
    ctx.record_file(c, r21, 2021, doc, body, ("gd_platform", "doc_needs_reader"))
    index_page(
        skin,
        "/zwgk/index.html",
        "政务公开",
        [("/zwgk/", "政务公开")],
        [("/zwgk/fzzfjs/", "法治政府建设", fz)],
    )
    home(skin, [("/xwzx/sxyw/", "遂溪要闻", news), ("/zwgk/fzzfjs/", "法治政府建设", fz)])


# ====================================================================== 赤坎区
def chikan(ctx: Ctx24) -> None:
    """赤坎区 (广东 湛江), ``www.chikan.gov.cn``: the 广东 platform. The 2024 report is in
    通知公告; the 2022 report exists only as a scanned PDF in 法治政府建设 (not findable), beside a
    meeting on the topic; the 区司法局's own report is in the gkmlpt catalogue's 部门文件."""
    c = County("chikan", "赤坎区", "广东省", "湛江市", "440802", "www.chikan.gov.cn", scheme="https")
    skin, news = _site(ctx, c, ("/xwzx/ckyw/", "赤坎要闻"), dt.date(2025, 4, 22))
    r24 = ctx.new_report(
        c,
        2024,
        "湛江市赤坎区人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-26 15:50",
        source="赤坎区人民政府",
    )
    tz = gd_column(
        skin,
        "/zwgk/tzgg/",
        "通知公告",
        [("/zwgk/", "政务公开"), ("/zwgk/tzgg/", "通知公告")],
        [r24, *ctx.fillers(c, 30, "notice", (2021, 2025))],
    )
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("gd_platform",))
    r22 = ctx.new_report(
        c, 2022, "赤坎区2022年法治政府建设年度报告", pub="2023-03-31 16:40", source="赤坎区司法局"
    )
    body = list(r22.paras)
    r22.paras = ["(扫描件)"]
    r22.uid = ctx.uid()
    n = r22.uid % 90000 + 10000
    scan = f"/attachment/0/{n % 7}/{n // 100 % 1000}/{n}.pdf"
    r22.attachments.append((r22.title + ".pdf", scan, files.make_scan_pdf(r22.uid)))
    look = ctx.lookalikes_of(c, [("meeting_topic", 2023), ("demo_news", 2024)])
    fz = gd_column(
        skin,
        "/zwgk/fzzfjs/",
        "法治政府建设",
        [("/zwgk/", "政务公开"), ("/zwgk/fzzfjs/", "法治政府建设")],
        [r22, *look, *ctx.fillers(c, 8, "disclosure")],
    )
    ctx.record(c, look)
    ctx.record_scan(c, r22, 2022, scan, body, kinds=("gd_platform", "scan_needs_ocr"))
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-20 10:00")
    gkmlpt(
        ctx,
        skin,
        "757012",
        {
            2390: ("部门文件", [dep, *ctx.fillers(c, 25, "disclosure")]),
            2385: ("法定主动公开内容", ctx.fillers(c, 30, "disclosure")),
        },
    )
    ctx.record_department(c, dep, 2024, c.base + dep.path)
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
            ("/xwzx/ckyw/", "赤坎要闻", news),
            ("/zwgk/tzgg/", "通知公告", tz),
            ("/zwgk/fzzfjs/", "法治政府建设", fz),
        ],
    )
