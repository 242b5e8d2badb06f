"""Blind26 sites: four 湖北 十堰 counties on their TRS sites (``list_50.shtml`` lists paged by a
quoted ``createPageHTML``), four 湖南 岳阳 counties and the 岳阳市 portal on the 湖南 集约化 platform
(``default.htm`` lists whose page count is only in the jump function), 平江县 (linked only by the
portal), and three 江西 宜春 counties on the 江西 platform (``.shtml`` lists and the ``/queryList``
form API). See ``platforms.py`` for the evidence of each shape; ``SPECS`` names each site's own.
"""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home
from ..blind2.core import open_site
from ..blind5.sites_b import GbkSkin
from .core import County, Ctx26, date_trap, html_copy, newer, search_trap
from .platforms import hn_column, jx_query_api, jx_query_column, sy_column, xz_attach, xz_column

PLATFORM_KIND = {
    "sy": "shiyan_trs_quoted_pager",
    "hn": "hunan_jump_count",
    "jx": "jx_platform",
    "jq": "jx_querylist_codes",
}


class Site:
    """One county site: its columns by platform, their list URLs and items."""

    def __init__(
        self, ctx: Ctx26, c: County, plat: str, site: str, clock: dt.date, seeded: bool = True, code: str = ""
    ):
        self.ctx, self.c, self.plat, self.site, self.code = ctx, c, plat, site, code
        self.registry: dict = {}
        self.boxes: list = []
        self.nav: list = [("/", "首页")]
        self.clock, self.seeded = clock, seeded
        self.skin = None
        self.gbk = False

    def url(self, key: str, plat: str | None = None) -> str:
        plat = plat or self.plat
        if plat == "sy":
            return f"/{key}/list_50.shtml"
        if plat == "hn":
            return f"/{key}/default.htm"
        if plat == "jx":
            return f"/{self.site}/{key}/xxgk_list.shtml"
        return f"/{self.site}/{key}/index.html"

    def open(self, cols: list[tuple[str, str, str | None]]) -> None:
        for key, name, plat in cols:
            self.nav.append((self.url(key, plat), name))
        kw = {"skin": GbkSkin} if self.gbk else {}
        self.skin = open_site(self.ctx, self.c, self.nav, self.clock, seeded=self.seeded, **kw)

    def column(self, key: str, name: str, items: list, plat: str | None = None) -> list:
        plat = plat or self.plat
        trail = [(self.url(key, plat), name)]
        if plat == "sy":
            out = sy_column(self.skin, f"/{key}/", name, trail, items)
        elif plat == "hn":
            out = hn_column(self.skin, f"/{key}/", name, trail, items)
        elif plat == "jx":
            out = xz_column(self.skin, f"/{self.site}/{key}/", "xxgk_list", name, trail, items)
        else:
            out = jx_query_column(
                self.ctx, self.skin, self.site, self.code, key, name, trail, items, self.registry
            )
        if plat != "jq":  # the home page's boxes are static; script-filled columns are only in the nav
            self.boxes.append((self.url(key, plat), name, out))
        return out

    def attach(self, key: str, r, kind: str, plat: str | None = None) -> tuple[str, list[str]]:
        plat = plat or self.plat
        body = list(r.paras)
        r.paras = [r.title.replace("|", "") + "全文见附件。"]
        if plat in ("jx", "jq"):
            return xz_attach(self.ctx, self.c, r, f"/{self.site}/{key}/", kind, body), body
        r.uid = r.uid or self.ctx.uid()
        n = r.uid % 900000 + 100000
        if plat == "sy":
            path = f"/{key}/{r.pub:%Y%m}/P0{r.pub:%Y%m%d}{n}.{kind}"
        else:
            path = f"/uploadfiles/{r.pub:%Y%m}/{r.pub:%Y%m%d}{n:06d}{n % 97:02d}.{kind}"
        return self.ctx.attach(self.c, r, path, kind, body), body

    def finish(self, extra: str = "") -> None:
        if self.plat == "jq" or self.registry:
            jx_query_api(self.ctx, self.c, self.registry)
        home(self.skin, self.boxes[:4], extra=extra)


def report(ctx, s: Site, year: int, title: str, pub: str, source: str):
    return ctx.new_report(s.c, year, title, pub=pub, source=source)


def truth(ctx, s: Site, r, year: int, *extra: str, plat: str | None = None) -> None:
    ctx.truth_report(s.c, r, year, html_copy(s.c, r), kinds=(PLATFORM_KIND[plat or s.plat], *extra))


# ====================================================================== 十堰 (湖北)
def yunxi(ctx: Ctx26) -> None:
    """郧西县 (湖北 十堰), ``www.yunxi.gov.cn``: a 十堰 TRS site (the quoted ``createPageHTML``
    of ``sthjj.shiyan.gov.cn``; ``list_50_<n>.shtml`` from 0 as on ``www.shiyan.gov.cn``). The
    2024 report is on page 3 of 通知公告 (``list_50_2.shtml``); the 2022 report is in 法治政府建设
    beside a 实施方案, a 述法报告, a meeting and the 县司法局's own report. The site search echoes
    its query (trap)."""
    c = County("yunxi", "郧西县", "湖北省", "十堰市", "420322", "www.yunxi.gov.cn")
    s = Site(ctx, c, "sy", "", dt.date(2025, 5, 12))
    s.open(
        [
            ("xwzx/yxyw", "郧西要闻", None),
            ("zwgk/tzgg", "通知公告", None),
            ("zwgk/fzzfjs", "法治政府建设", None),
        ]
    )
    trap = search_trap(ctx, s.skin, "/search/search.jsp", "searchword")
    s.column("xwzx/yxyw", "郧西要闻", ctx.news(c, 240))
    r24 = report(
        ctx, s, 2024, "郧西县人民政府关于2024年度法治政府建设情况的报告", "2025-03-28 16:20", "郧西县人民政府"
    )
    tz = s.column(
        "zwgk/tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 41, "notice", s.clock), r24, *ctx.fillers(c, 14, "notice")],
    )
    assert tz.index(r24) >= 40
    truth(ctx, s, r24, 2024, "later_list_page")
    r22 = report(ctx, s, 2022, "郧西县2022年法治政府建设工作报告", "2023-03-30 10:40", "郧西县司法局")
    look = ctx.lookalikes_of(c, [("plan", 2023), ("shufa", 2023), ("meeting", 2022)])
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-26 15:00")
    s.column("zwgk/fzzfjs", "法治政府建设", [r22, dep, *look, *ctx.fillers(c, 10, "disclosure")])
    ctx.record(c, look)
    truth(ctx, s, r22, 2022)
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    s.finish(extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>')


def zhushan(ctx: Ctx26) -> None:
    """竹山县 (湖北 十堰), ``www.zhushan.gov.cn``: a 十堰 TRS site, its pages GBK (assumed).
    The 2023 report is in 法定主动公开内容 beside 湖北省's reposted 2023 report and the 信息公开 annual
    report; the 2021 report is in 工作报告 beside a 政府工作报告 and a 述职."""
    c = County("zhushan", "竹山县", "湖北省", "十堰市", "420323", "www.zhushan.gov.cn")
    s = Site(ctx, c, "sy", "", dt.date(2024, 10, 8))
    s.gbk = True  # an older TRS template served as GBK (assumed)
    s.open(
        [
            ("xwzx/zsyw", "竹山要闻", None),
            ("xxgk/fdzdgknr", "法定主动公开内容", None),
            ("xxgk/gzbg", "工作报告", None),
        ]
    )
    s.column("xwzx/zsyw", "竹山要闻", ctx.news(c, 210))
    r23 = report(ctx, s, 2023, "竹山县2023年度法治政府建设情况报告", "2024-03-29 11:30", "竹山县人民政府")
    hb = ctx.higher("湖北省", 2023, "党中央、国务院", "2024-04-02 09:30")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("plan", 2024)])
    s.column("xxgk/fdzdgknr", "法定主动公开内容", [r23, hb, *look, *ctx.fillers(c, 16, "disclosure")])
    ctx.record(c, look)
    truth(ctx, s, r23, 2023, "higher_repost")
    ctx.record_higher(c, hb, 2023, c.base + hb.path)
    r21 = report(
        ctx, s, 2021, "竹山县人民政府关于2021年法治政府建设工作的报告", "2022-03-28 17:05", "竹山县人民政府"
    )
    look2 = ctx.lookalikes_of(c, [("gov_work_report", 2022), ("duty_report", 2022)])
    s.column("xxgk/gzbg", "工作报告", [r21, *look2, *ctx.fillers(c, 9, "disclosure", (2019, 2024))])
    ctx.record(c, look2)
    truth(ctx, s, r21, 2021)
    s.finish()


def zhuxi(ctx: Ctx26) -> None:
    """竹溪县 (湖北 十堰), ``www.zhuxi.gov.cn``: a 十堰 TRS site. The 2024 report is a PDF attachment
    (TRS ``P0<date><n>.pdf``, assumed) of a short article on page 2 of 通知公告; the 2020 report is
    in 法治政府建设 beside a notice about the report and a 解读."""
    c = County("zhuxi", "竹溪县", "湖北省", "十堰市", "420324", "www.zhuxi.gov.cn")
    s = Site(ctx, c, "sy", "", dt.date(2025, 4, 20))
    s.open(
        [
            ("xwzx/zxyw", "竹溪要闻", None),
            ("zwgk/tzgg", "通知公告", None),
            ("zwgk/fzzfjs", "法治政府建设", None),
        ]
    )
    s.column("xwzx/zxyw", "竹溪要闻", ctx.news(c, 200))
    r24 = report(ctx, s, 2024, "竹溪县2024年法治政府建设年度报告", "2025-03-25 09:10", "竹溪县人民政府")
    pdf, body = s.attach("zwgk/tzgg", r24, "pdf")
    tz = s.column(
        "zwgk/tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 24, "notice", s.clock), r24, *ctx.fillers(c, 12, "notice")],
    )
    assert tz.index(r24) >= 20
    ctx.record_file(c, r24, 2024, pdf, body, (PLATFORM_KIND["sy"], "pdf_attachment", "later_list_page"))
    r20 = report(ctx, s, 2020, "竹溪县2020年度法治政府建设工作报告", "2021-03-31 15:00", "竹溪县司法局")
    look = ctx.lookalikes_of(c, [("notice", 2021), ("interpretation", 2021)])
    s.column("zwgk/fzzfjs", "法治政府建设", [r20, *look, *ctx.fillers(c, 11, "disclosure")])
    ctx.record(c, look)
    truth(ctx, s, r20, 2020)
    s.finish()


def danjiangkou(ctx: Ctx26) -> None:
    """丹江口市 (湖北 十堰), ``www.djk.gov.cn``: a 十堰 TRS site. The 2023 report is in 法治政府建设
    beside a 考核 通报 and 示范创建 news; the 2021 report exists only as a scanned PDF in 通知公告."""
    c = County("danjiangkou", "丹江口市", "湖北省", "十堰市", "420381", "www.djk.gov.cn")
    s = Site(ctx, c, "sy", "", dt.date(2024, 12, 3))
    s.open(
        [
            ("xwzx/djkyw", "丹江口要闻", None),
            ("zwgk/fzzfjs", "法治政府建设", None),
            ("zwgk/tzgg", "通知公告", None),
        ]
    )
    s.column("xwzx/djkyw", "丹江口要闻", ctx.news(c, 230))
    r23 = report(
        ctx,
        s,
        2023,
        "丹江口市人民政府关于2023年法治政府建设工作情况的报告",
        "2024-03-27 16:45",
        "丹江口市人民政府",
    )
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("demo_news", 2023), ("meeting_topic", 2023)])
    s.column("zwgk/fzzfjs", "法治政府建设", [r23, *look, *ctx.fillers(c, 12, "disclosure")])
    ctx.record(c, look)
    truth(ctx, s, r23, 2023)
    r21 = report(ctx, s, 2021, "丹江口市2021年法治政府建设年度报告", "2022-03-31 16:40", "丹江口市司法局")
    body = list(r21.paras)
    r21.paras = ["(扫描件)"]
    r21.uid = ctx.uid()
    scan = f"/zwgk/tzgg/{r21.pub:%Y%m}/P0{r21.pub:%Y%m%d}{r21.uid % 900000 + 100000}.pdf"
    r21.attachments.append((r21.title + ".pdf", scan, files.make_scan_pdf(r21.uid)))
    s.column("zwgk/tzgg", "通知公告", [r21, *ctx.fillers(c, 30, "notice")])
    ctx.record_scan(c, r21, 2021, scan, body, kinds=(PLATFORM_KIND["sy"], "scan_needs_ocr"))
    s.finish()


# ====================================================================== 岳阳 (湖南)
def yueyangxian(ctx: Ctx26) -> None:
    """岳阳县 (湖南 岳阳), ``www.yyx.gov.cn``: the 湖南 platform (``/<id>/…/default.htm``; its
    2022 report is at ``yyx.gov.cn/37584/38152/66314/66315/content_2048080.html`` in stored pages;
    ``default_<n>.htm`` and the page count in ``else if(num>N)`` as a public crawler of
    ``hbj.yueyang.gov.cn`` reads it). The 2024 report is on ``default_2.htm`` of 通知公告 beside a
    notice; the 2022 report is in 法治政府建设 beside a 实施方案 and a 文字解读."""
    c = County("yueyangxian", "岳阳县", "湖南省", "岳阳市", "430621", "www.yyx.gov.cn", scheme="https")
    s = Site(ctx, c, "hn", "", dt.date(2025, 6, 3))
    s.open(
        [
            ("37584/37585/37590", "岳阳县要闻", None),
            ("37584/38152/38160/38161", "通知公告", None),
            ("37584/38152/66314/66315", "法治政府建设", None),
        ]
    )
    s.column("37584/37585/37590", "岳阳县要闻", ctx.news(c, 260))
    r24 = report(
        ctx, s, 2024, "岳阳县人民政府关于2024年法治政府建设情况的报告", "2025-03-26 10:00", "岳阳县人民政府"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025)])
    tz = s.column(
        "37584/38152/38160/38161",
        "通知公告",
        [*newer(ctx, c, r24, 22, "notice", s.clock), r24, *notes, *ctx.fillers(c, 20, "notice")],
    )
    assert tz.index(r24) >= 20
    ctx.record(c, notes)
    truth(ctx, s, r24, 2024, "later_list_page")
    r22 = report(ctx, s, 2022, "岳阳县2022年度法治政府建设工作报告", "2023-03-29 09:45", "岳阳县司法局")
    look = ctx.lookalikes_of(c, [("plan", 2023), ("text_interp", 2023)])
    s.column("37584/38152/66314/66315", "法治政府建设", [r22, *look, *ctx.fillers(c, 12, "disclosure")])
    ctx.record(c, look)
    truth(ctx, s, r22, 2022)
    s.finish()


def huarong(ctx: Ctx26) -> None:
    """华容县 (湖南 岳阳), ``www.huarong.gov.cn``: the 湖南 platform. The 2023 report is on page 3
    of 法定主动公开内容 beside the 信息公开 annual report; the 2020 report is in 工作报告 beside a
    政府工作报告. A 按日期浏览 archive never ends (trap)."""
    c = County("huarong", "华容县", "湖南省", "岳阳市", "430623", "www.huarong.gov.cn", scheme="https")
    s = Site(ctx, c, "hn", "", dt.date(2024, 9, 24))
    s.open(
        [
            ("28510/28511/28520", "华容要闻", None),
            ("28510/28540/28548/28549", "法定主动公开内容", None),
            ("28510/28540/28548/28560", "工作报告", None),
        ]
    )
    trap = date_trap(ctx, s.skin, "/rqll/index.jsp")
    s.column("28510/28511/28520", "华容要闻", ctx.news(c, 220))
    r23 = report(ctx, s, 2023, "华容县2023年法治政府建设年度报告", "2024-03-28 16:00", "华容县人民政府")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023)])
    fd = s.column(
        "28510/28540/28548/28549",
        "法定主动公开内容",
        [*newer(ctx, c, r23, 42, "disclosure", s.clock), r23, *look, *ctx.fillers(c, 10, "disclosure")],
    )
    assert fd.index(r23) >= 40
    ctx.record(c, look)
    truth(ctx, s, r23, 2023, "later_list_page")
    r20 = report(
        ctx,
        s,
        2020,
        "华容县人民政府关于2020年度法治政府建设工作情况的报告",
        "2021-03-30 11:10",
        "华容县人民政府",
    )
    look2 = ctx.lookalikes_of(c, [("gov_work_report", 2021), ("demo_news", 2024)])
    s.column(
        "28510/28540/28548/28560", "工作报告", [r20, *look2, *ctx.fillers(c, 9, "disclosure", (2019, 2024))]
    )
    ctx.record(c, look2)
    truth(ctx, s, r20, 2020)
    s.finish(extra=f'<div class="rq"><a href="{trap}">按日期浏览</a></div>')


def xiangyin(ctx: Ctx26) -> None:
    """湘阴县 (湖南 岳阳), ``www.xiangyin.gov.cn``: the 湖南 platform. The 2024 report and 岳阳市's
    reposted 2024 report are in 法治政府建设 beside a meeting on 法治政府建设 and a 述法报告; the 2022
    report exists only as a Word 97 ``.doc`` (``/uploadfiles/<YYYYMM>/…``, as
    ``www.yueyang.gov.cn/web/uploadfiles/202505/2025050911571841141.pdf``) in 通知公告."""
    c = County("xiangyin", "湘阴县", "湖南省", "岳阳市", "430624", "www.xiangyin.gov.cn", scheme="https")
    s = Site(ctx, c, "hn", "", dt.date(2025, 5, 2))
    s.open(
        [
            ("3301/3302/3305", "湘阴要闻", None),
            ("3301/3310/3318/3320", "法治政府建设", None),
            ("3301/3310/3312/3313", "通知公告", None),
        ]
    )
    s.column("3301/3302/3305", "湘阴要闻", ctx.news(c, 240))
    r24 = report(ctx, s, 2024, "湘阴县2024年度法治政府建设情况报告", "2025-03-27 15:30", "湘阴县人民政府")
    yy = ctx.higher("岳阳市", 2024, "省委、省政府", "2025-04-08 10:30")
    look = ctx.lookalikes_of(c, [("meeting_topic", 2024), ("shufa", 2025)])
    s.column("3301/3310/3318/3320", "法治政府建设", [r24, yy, *look, *ctx.fillers(c, 14, "disclosure")])
    ctx.record(c, look)
    truth(ctx, s, r24, 2024, "higher_repost")
    ctx.record_higher(c, yy, 2024, c.base + yy.path)
    r22 = report(ctx, s, 2022, "湘阴县2022年度法治政府建设情况报告", "2023-04-02 10:40", "湘阴县司法局")
    doc, body = s.attach("3301/3310/3312/3313", r22, "doc")
    s.column("3301/3310/3312/3313", "通知公告", [r22, *ctx.fillers(c, 26, "notice")])
    ctx.record_file(c, r22, 2022, doc, body, (PLATFORM_KIND["hn"], "doc_needs_reader"))
    s.finish()


def linxiang(ctx: Ctx26) -> None:
    """临湘市 (湖南 岳阳), ``www.linxiang.gov.cn``: the 湖南 platform (a stored report page:
    ``linxiang.gov.cn/24733/24759/74024/75272/content_2361641.html``). The 2023 report is a PDF
    attachment of a short article in 通知公告; the 2021 report is in 法治政府建设 beside a 述职 and
    a 考核 通报."""
    c = County("linxiang", "临湘市", "湖南省", "岳阳市", "430682", "www.linxiang.gov.cn", scheme="https")
    s = Site(ctx, c, "hn", "", dt.date(2024, 11, 14))
    s.open(
        [
            ("24733/24734/24740", "临湘要闻", None),
            ("24733/24759/24761/24762", "通知公告", None),
            ("24733/24759/74024/75272", "法治政府建设", None),
        ]
    )
    s.column("24733/24734/24740", "临湘要闻", ctx.news(c, 200))
    r23 = report(ctx, s, 2023, "临湘市2023年法治政府建设工作报告", "2024-03-29 17:00", "临湘市人民政府")
    pdf, body = s.attach("24733/24759/24761/24762", r23, "pdf")
    s.column(
        "24733/24759/24761/24762",
        "通知公告",
        [*newer(ctx, c, r23, 8, "notice", s.clock), r23, *ctx.fillers(c, 14, "notice")],
    )
    ctx.record_file(c, r23, 2023, pdf, body, (PLATFORM_KIND["hn"], "pdf_attachment"))
    r21 = report(
        ctx, s, 2021, "临湘市人民政府关于2021年法治政府建设情况的报告", "2022-03-30 09:20", "临湘市人民政府"
    )
    look = ctx.lookalikes_of(c, [("duty_report", 2022), ("assessment", 2022), ("text_interp", 2022)])
    s.column("24733/24759/74024/75272", "法治政府建设", [r21, *look, *ctx.fillers(c, 10, "disclosure")])
    ctx.record(c, look)
    truth(ctx, s, r21, 2021)
    s.finish()


PORTAL_COUNTIES = (
    ("岳阳楼区", "www.yylq.gov.cn"),
    ("云溪区", "www.yunxiqu.gov.cn"),
    ("君山区", "www.junshan.gov.cn"),
    ("岳阳县", "www.yyx.gov.cn"),
    ("华容县", "www.huarong.gov.cn"),
    ("湘阴县", "www.xiangyin.gov.cn"),
    ("平江县", "www.pingjiang.gov.cn"),
    ("汨罗市", "www.miluo.gov.cn"),
    ("临湘市", "www.linxiang.gov.cn"),
)


def yueyang_city(ctx: Ctx26) -> None:
    """岳阳市 portal ``www.yueyang.gov.cn`` (``/web/2570/2584/2860/content_472989.html`` in public
    code; 平江县's ``pingjiang.gov.cn/35048/40718/40820/40821/content_1202379.html`` in stored
    pages), seeded: its 县市区 page links the nine counties. 平江县 (``www.pingjiang.gov.cn``) is in
    no seed row and linked only there: its 2023 report is in 法治政府建设 beside a notice and a
    meeting; its 2022 report is on page 2 of 通知公告."""
    city = County("yueyang_city", "岳阳市", "湖南省", "", "430600", "www.yueyang.gov.cn", scheme="https")
    s = Site(ctx, city, "hn", "", dt.date(2025, 4, 2))
    s.nav.append(("/web/2600/2601/index.htm", "县市区"))
    s.open([("web/2570/2571/2572", "岳阳要闻", None), ("web/2570/2584/2860", "通知公告", None)])
    s.column("web/2570/2571/2572", "岳阳要闻", ctx.news(city, 200))
    s.column("web/2570/2584/2860", "通知公告", ctx.fillers(city, 40, "notice"))
    rows = "".join(
        f'<li><a href="https://{h}/" target="_blank">{n}人民政府</a></li>' for n, h in PORTAL_COUNTIES
    )
    s.skin.put(
        "/web/2600/2601/index.htm",
        s.skin.page(
            "县市区_岳阳市人民政府",
            s.skin.crumbs([("/web/2600/2601/index.htm", "县市区")])
            + f'<div class="xsq"><ul>{rows}</ul></div>',
        ),
    )
    s.finish(extra='<div class="xq"><a href="/web/2600/2601/index.htm">县市区</a></div>')
    c = County(
        "pingjiang",
        "平江县",
        "湖南省",
        "岳阳市",
        "430626",
        "www.pingjiang.gov.cn",
        scheme="https",
        seeded=False,
    )
    p = Site(ctx, c, "hn", "", dt.date(2024, 11, 20), seeded=False)
    p.open(
        [
            ("35048/35049/35050", "平江要闻", None),
            ("35048/40718/75010/75011", "法治政府建设", None),
            ("35048/40718/40730/40731", "通知公告", None),
        ]
    )
    p.column("35048/35049/35050", "平江要闻", ctx.news(c, 190))
    r23 = report(ctx, p, 2023, "平江县2023年度法治政府建设工作情况报告", "2024-03-28 15:10", "平江县人民政府")
    look = ctx.lookalikes_of(c, [("notice", 2024), ("meeting", 2023)])
    p.column("35048/40718/75010/75011", "法治政府建设", [r23, *look, *ctx.fillers(c, 10, "disclosure")])
    ctx.record(c, look)
    truth(ctx, p, r23, 2023, "unseeded_county_via_prefecture_list")
    r22 = report(
        ctx, p, 2022, "平江县人民政府关于2022年法治政府建设情况的报告", "2023-03-30 10:00", "平江县人民政府"
    )
    tz = p.column(
        "35048/40718/40730/40731",
        "通知公告",
        [*newer(ctx, c, r22, 21, "notice", p.clock), r22, *ctx.fillers(c, 8, "notice")],
    )
    assert tz.index(r22) >= 20
    truth(ctx, p, r22, 2022, "later_list_page")
    p.finish()


# ====================================================================== 宜春 (江西)
def fengxin(ctx: Ctx26) -> None:
    """奉新县 (江西 宜春), ``www.fengxin.gov.cn``: the 江西 platform's ``.shtml`` shape (as
    ``www.yichun.gov.cn/ycsrmzf/rsrm/xxgk_list.shtml``). The 2024 report is on page 2 of
    法治政府建设; the 2022 report is in 通知公告 beside a notice about it and a 解读."""
    c = County("fengxin", "奉新县", "江西省", "宜春市", "360921", "www.fengxin.gov.cn")
    s = Site(ctx, c, "jx", "fxxrmzf", dt.date(2025, 5, 20))
    s.open([("fxyw", "奉新要闻", None), ("fzzfjs", "法治政府建设", None), ("tzgg", "通知公告", None)])
    s.column("fxyw", "奉新要闻", ctx.news(c, 250))
    r24 = report(
        ctx,
        s,
        2024,
        "奉新县人民政府关于2024年度法治政府建设工作情况的报告",
        "2025-03-27 16:20",
        "奉新县人民政府",
    )
    fz = s.column(
        "fzzfjs",
        "法治政府建设",
        [*newer(ctx, c, r24, 16, "disclosure", s.clock), r24, *ctx.fillers(c, 8, "disclosure")],
    )
    assert fz.index(r24) >= 15
    truth(ctx, s, r24, 2024, "later_list_page")
    r22 = report(ctx, s, 2022, "奉新县2022年法治政府建设年度报告", "2023-03-28 11:00", "奉新县司法局")
    look = ctx.lookalikes_of(c, [("notice", 2023), ("interpretation", 2023), ("gov_work_report", 2024)])
    s.column("tzgg", "通知公告", [r22, *look, *ctx.fillers(c, 12, "notice")])
    ctx.record(c, look)
    truth(ctx, s, r22, 2022)
    s.finish()


def wanzai(ctx: Ctx26) -> None:
    """万载县 (江西 宜春), ``www.wanzai.gov.cn``: the 江西 platform. The 2023 report is a PDF
    attachment (``…/<hex>/files/<hex>.pdf``) in 法定主动公开内容 beside 江西省's reposted 2023 report
    and the 信息公开 annual report; 工作报告 comes only from ``/queryList`` and holds the 2021
    report beside a 政府工作报告."""
    c = County("wanzai", "万载县", "江西省", "宜春市", "360922", "www.wanzai.gov.cn")
    s = Site(ctx, c, "jx", "wzxrmzf", dt.date(2024, 10, 30), code="wzxrmzf")
    s.open([("wzyw", "万载要闻", None), ("fdzdgknr", "法定主动公开内容", None), ("gzbg", "工作报告", "jq")])
    s.column("wzyw", "万载要闻", ctx.news(c, 210))
    r23 = report(ctx, s, 2023, "万载县2023年度法治政府建设情况报告", "2024-03-29 11:30", "万载县人民政府")
    pdf, body = s.attach("fdzdgknr", r23, "pdf")
    jx = ctx.higher("江西省", 2023, "党中央、国务院", "2024-04-03 09:30")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023)])
    s.column("fdzdgknr", "法定主动公开内容", [r23, jx, *look, *ctx.fillers(c, 14, "disclosure")])
    ctx.record(c, look)
    ctx.record_file(c, r23, 2023, pdf, body, (PLATFORM_KIND["jx"], "pdf_attachment"))
    ctx.record_higher(c, jx, 2023, c.base + jx.path)
    r21 = report(
        ctx, s, 2021, "万载县人民政府关于2021年法治政府建设工作的报告", "2022-03-29 15:00", "万载县人民政府"
    )
    look2 = ctx.lookalikes_of(c, [("gov_work_report", 2022)])
    s.column("gzbg", "工作报告", [r21, *look2, *ctx.fillers(c, 10, "disclosure", (2019, 2024))], plat="jq")
    ctx.record(c, look2)
    truth(ctx, s, r21, 2021, plat="jq")
    s.finish()


def jingan(ctx: Ctx26) -> None:
    """靖安县 (江西 宜春), ``www.jxjaxzf.gov.cn``: the 江西 platform whose columns are filled only
    by POST ``/queryList`` (``webSiteCode[]``/``channelCode[]``, ``current``; a public script for
    ``gxt.jiangxi.gov.cn``). The 2024 report is on the API's page 2 of 法治政府建设; the 2022 report
    is in 通知公告 beside a 实施方案 and a 述法报告; the 县司法局's own report is in 部门文件."""
    c = County("jingan", "靖安县", "江西省", "宜春市", "360925", "www.jxjaxzf.gov.cn")
    s = Site(ctx, c, "jq", "jaxrmzf", dt.date(2025, 4, 18), code="jaxrmzf")
    s.open(
        [
            ("jayw", "靖安要闻", "jx"),
            ("fzzfjs", "法治政府建设", None),
            ("tzgg", "通知公告", None),
            ("bmwj", "部门文件", None),
        ]
    )
    s.column("jayw", "靖安要闻", ctx.news(c, 200), plat="jx")
    r24 = report(ctx, s, 2024, "靖安县2024年法治政府建设年度报告", "2025-03-28 10:15", "靖安县人民政府")
    fz = s.column(
        "fzzfjs",
        "法治政府建设",
        [*newer(ctx, c, r24, 16, "disclosure", s.clock), r24, *ctx.fillers(c, 6, "disclosure")],
    )
    assert fz.index(r24) >= 15
    truth(ctx, s, r24, 2024, "later_list_page")
    r22 = report(ctx, s, 2022, "靖安县2022年度法治政府建设情况报告", "2023-03-31 16:00", "靖安县司法局")
    look = ctx.lookalikes_of(c, [("plan", 2022), ("shufa", 2023)])
    s.column("tzgg", "通知公告", [r22, *look, *ctx.fillers(c, 14, "notice")])
    ctx.record(c, look)
    truth(ctx, s, r22, 2022)
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-20 10:00")
    s.column("bmwj", "部门文件", [dep, *ctx.fillers(c, 8, "disclosure")])
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    s.finish()
