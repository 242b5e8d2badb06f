"""Blind27 sites: four 四川 绵阳 counties on the 绵阳 集约化 platform (``index.html`` lists paged by
the script-drawn ``m-pagination`` widget), four 云南 曲靖 counties on PHPCMS sites (dynamic
``index.php?m=content&c=index&a=lists&catid=N&page=N`` lists, static ``/html/<YYYY>/…`` articles),
three 贵州 毕节 counties and the 毕节市 portal on the 贵州 TRS platform (``index.html``,
``index_<n>.html`` by ``createPageHTML``), and 纳雍县 (linked only by the portal). See
``platforms.py`` for the evidence of each shape.
"""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home
from ..blind2.core import open_site
from ..blind5.sites_b import GbkSkin
from .core import County, Ctx27, date_trap, html_copy, newer, search_trap
from .platforms import gz_column, my_column, qj_column, qj_url

PLATFORM_KIND = {
    "my": "mianyang_mpagination",
    "qj": "qujing_phpcms_lists",
    "gz": "guizhou_trs_pager",
}


class Site:
    """One county site: its columns by platform, their list URLs and items."""

    def __init__(self, ctx: Ctx27, c: County, plat: str, site: str, clock: dt.date, seeded: bool = True):
        self.ctx, self.c, self.plat, self.site = ctx, c, plat, site
        self.boxes: list = []
        self.nav: list = [("/", "首页")]
        self.clock, self.seeded = clock, seeded
        self.skin = None
        self.gbk = False

    def url(self, key: str) -> str:
        if self.plat == "my":
            return f"/{self.site}/{key}/index.html"
        if self.plat == "qj":
            return qj_url(int(key.split(":")[0]))
        return f"/{key}/"

    def open(self, cols: list[tuple[str, str]]) -> None:
        for key, name in cols:
            self.nav.append((self.url(key), name))
        kw = {"skin": GbkSkin} if self.gbk else {}
        self.skin = open_site(self.ctx, self.c, self.nav, self.clock, seeded=self.seeded, **kw)

    def column(self, key: str, name: str, items: list) -> list:
        trail = [(self.url(key), name)]
        if self.plat == "my":
            out = my_column(self.skin, self.site, key, name, trail, items)
        elif self.plat == "qj":
            catid, catdir = key.split(":")
            out = qj_column(self.skin, int(catid), catdir, name, trail, items)
        else:
            out = gz_column(self.skin, f"/{key}/", name, trail, items)
        self.boxes.append((self.url(key), name, out))
        return out

    def file_path(self, key: str, r, kind: str) -> str:
        r.uid = r.uid or self.ctx.uid()
        n = r.uid % 900000 + 100000
        if self.plat == "my":
            return f"/{self.site}/{key}/{r.pub:%Y%m%d}/{n}_file.{kind}"
        if self.plat == "qj":
            return f"/uploadfile/{r.pub:%Y}/{r.pub:%m%d}/{r.pub:%Y%m%d}{n}.{kind}"
        return f"/{key}/{r.pub:%Y%m}/P0{r.pub:%Y%m%d}{n}.{kind}"

    def attach(self, key: str, r, kind: str) -> tuple[str, list[str]]:
        body = list(r.paras)
        r.paras = [r.title.replace("|", "") + "全文见附件。"]
        return self.ctx.attach(self.c, r, self.file_path(key, r, kind), kind, body), body

    def scan(self, key: str, r) -> tuple[str, list[str]]:
        body = list(r.paras)
        r.paras = ["(扫描件)"]
        path = self.file_path(key, r, "pdf")
        r.attachments.append((r.title + ".pdf", path, files.make_scan_pdf(r.uid)))
        return path, body

    def finish(self, extra: str = "") -> None:
        home(self.skin, self.boxes[:4], extra=extra)


def report(ctx, s: Site, year: int, title: str, pub: str, source: str):
    return ctx.new_report(s.c, year, title, pub=pub, source=source)


def truth(ctx, s: Site, r, year: int, *extra: str) -> None:
    ctx.truth_report(s.c, r, year, html_copy(s.c, r), kinds=(PLATFORM_KIND[s.plat], *extra))


# ====================================================================== 绵阳 (四川)
def jiangyou(ctx: Ctx27) -> None:
    """江油市 (四川 绵阳), ``www.jiangyou.gov.cn``: the 绵阳 platform (a stored 江油 article at
    ``www.my.gov.cn/jiangyou/288798823663271936/20170728/2012616.html``; lists paged by the
    ``m-pagination`` widget a public crawler clicks). The 2024 report is on page 3 of 通知公告;
    the 2022 report is in 法治政府建设 beside a 实施方案, a 述法报告, a meeting, a 解读 and the
    市司法局's own report."""
    c = County("jiangyou", "江油市", "四川省", "绵阳市", "510781", "www.jiangyou.gov.cn")
    s = Site(ctx, c, "my", "jiangyou", dt.date(2025, 5, 14))
    s.open(
        [
            ("288798823663271936", "江油要闻"),
            ("288798823663271952", "通知公告"),
            ("631015470713806848", "法治政府建设"),
        ]
    )
    s.column("288798823663271936", "江油要闻", ctx.news(c, 240))
    r24 = report(
        ctx, s, 2024, "江油市人民政府关于2024年度法治政府建设情况的报告", "2025-03-27 16:20", "江油市人民政府"
    )
    tz = s.column(
        "288798823663271952",
        "通知公告",
        [*newer(ctx, c, r24, 41, "notice", s.clock), r24, *ctx.fillers(c, 12, "notice")],
    )
    assert tz.index(r24) >= 40
    truth(ctx, s, r24, 2024, "later_list_page")
    r22 = report(ctx, s, 2022, "江油市2022年法治政府建设工作报告", "2023-03-30 10:40", "江油市司法局")
    look = ctx.lookalikes_of(
        c, [("plan", 2023), ("shufa", 2023), ("meeting", 2022), ("interpretation", 2023)]
    )
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-22 15:00")
    s.column("631015470713806848", "法治政府建设", [r22, dep, *look, *ctx.fillers(c, 10, "disclosure")])
    ctx.record(c, look)
    truth(ctx, s, r22, 2022)
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    s.finish()


def santai(ctx: Ctx27) -> None:
    """三台县 (四川 绵阳), ``www.santai.gov.cn``: the 绵阳 platform, its pages GBK (assumed). The 2023
    report is in 法定主动公开内容 beside 四川省's reposted 2023 report and the 信息公开 annual report;
    the 2021 report is in 工作报告 beside a 政府工作报告 and a 述职."""
    c = County("santai", "三台县", "四川省", "绵阳市", "510722", "www.santai.gov.cn")
    s = Site(ctx, c, "my", "santai", dt.date(2024, 10, 9))
    s.gbk = True
    s.open(
        [
            ("288798823663275008", "三台要闻"),
            ("288798823663275040", "法定主动公开内容"),
            ("288798823663275072", "工作报告"),
        ]
    )
    s.column("288798823663275008", "三台要闻", ctx.news(c, 210))
    r23 = report(ctx, s, 2023, "三台县2023年度法治政府建设情况报告", "2024-03-28 11:30", "三台县人民政府")
    sc = ctx.higher("四川省", 2023, "党中央、国务院", "2024-04-01 09:30")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023)])
    s.column("288798823663275040", "法定主动公开内容", [r23, sc, *look, *ctx.fillers(c, 16, "disclosure")])
    ctx.record(c, look)
    truth(ctx, s, r23, 2023, "higher_repost")
    ctx.record_higher(c, sc, 2023, c.base + sc.path)
    r21 = report(
        ctx, s, 2021, "三台县人民政府关于2021年法治政府建设工作的报告", "2022-03-29 17:05", "三台县人民政府"
    )
    look2 = ctx.lookalikes_of(c, [("gov_work_report", 2022), ("duty_report", 2022)])
    s.column("288798823663275072", "工作报告", [r21, *look2, *ctx.fillers(c, 9, "disclosure", (2019, 2024))])
    ctx.record(c, look2)
    truth(ctx, s, r21, 2021)
    s.finish()


def zitong(ctx: Ctx27) -> None:
    """梓潼县 (四川 绵阳), ``www.zitong.gov.cn``: the 绵阳 platform. The 2024 report is a PDF
    attachment (path assumed) of a short article on page 2 of 通知公告; the 2020 report is in
    法治政府建设 beside a notice about the report and a 解读. A 按日期浏览 archive never ends (trap;
    assumed)."""
    c = County("zitong", "梓潼县", "四川省", "绵阳市", "510725", "www.zitong.gov.cn")
    s = Site(ctx, c, "my", "zitong", dt.date(2025, 4, 21))
    s.open(
        [
            ("288798823663276032", "梓潼要闻"),
            ("288798823663276064", "通知公告"),
            ("631015470713807104", "法治政府建设"),
        ]
    )
    trap = date_trap(ctx, s.skin, "/zitong/rqll/index.jsp")
    s.column("288798823663276032", "梓潼要闻", ctx.news(c, 200))
    r24 = report(ctx, s, 2024, "梓潼县2024年法治政府建设年度报告", "2025-03-25 09:10", "梓潼县人民政府")
    pdf, body = s.attach("288798823663276064", r24, "pdf")
    tz = s.column(
        "288798823663276064",
        "通知公告",
        [*newer(ctx, c, r24, 24, "notice", s.clock), r24, *ctx.fillers(c, 12, "notice")],
    )
    assert tz.index(r24) >= 20
    ctx.record_file(c, r24, 2024, pdf, body, (PLATFORM_KIND["my"], "pdf_attachment", "later_list_page"))
    r20 = report(ctx, s, 2020, "梓潼县2020年度法治政府建设工作报告", "2021-03-31 15:00", "梓潼县司法局")
    look = ctx.lookalikes_of(c, [("notice", 2021), ("interpretation", 2021)])
    s.column("631015470713807104", "法治政府建设", [r20, *look, *ctx.fillers(c, 11, "disclosure")])
    ctx.record(c, look)
    truth(ctx, s, r20, 2020)
    s.finish(extra=f'<div class="rq"><a href="{trap}">按日期浏览</a></div>')


def beichuan(ctx: Ctx27) -> None:
    """北川羌族自治县 (四川 绵阳), ``www.beichuan.gov.cn``: the 绵阳 platform. The 2023 report is in
    法治政府建设 beside a 考核 通报 and 示范创建 news; the 2021 report exists only as a scanned PDF in
    通知公告."""
    c = County("beichuan", "北川羌族自治县", "四川省", "绵阳市", "510726", "www.beichuan.gov.cn")
    s = Site(ctx, c, "my", "beichuan", dt.date(2024, 12, 4))
    s.open(
        [
            ("288798823663277056", "北川要闻"),
            ("631015470713807360", "法治政府建设"),
            ("288798823663277088", "通知公告"),
        ]
    )
    s.column("288798823663277056", "北川要闻", ctx.news(c, 230))
    r23 = report(
        ctx,
        s,
        2023,
        "北川羌族自治县人民政府关于2023年法治政府建设工作情况的报告",
        "2024-03-27 16:45",
        "北川羌族自治县人民政府",
    )
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("demo_news", 2023)])
    s.column("631015470713807360", "法治政府建设", [r23, *look, *ctx.fillers(c, 12, "disclosure")])
    ctx.record(c, look)
    truth(ctx, s, r23, 2023)
    r21 = report(
        ctx, s, 2021, "北川羌族自治县2021年法治政府建设年度报告", "2022-03-31 16:40", "北川羌族自治县司法局"
    )
    scan, body = s.scan("288798823663277088", r21)
    s.column("288798823663277088", "通知公告", [r21, *ctx.fillers(c, 30, "notice")])
    ctx.record_scan(c, r21, 2021, scan, body, kinds=(PLATFORM_KIND["my"], "scan_needs_ocr"))
    s.finish()


# ====================================================================== 曲靖 (云南)
def xuanwei(ctx: Ctx27) -> None:
    """宣威市 (云南 曲靖), ``www.xw.gov.cn``: a PHPCMS site like the 曲靖 portal
    (``index.php?m=content&c=index&a=lists&catid=…&page=…``; ``/html/<YYYY>/<catdir>_<MMDD>/<id>.html``).
    The 2024 report is on page 3 of 政府信息公开 (catid 52); the 2022 report is in 法治政府建设 beside
    a 实施方案, a 文字解读 and a 政府工作报告. The site search echoes its query (trap; path assumed)."""
    c = County("xuanwei", "宣威市", "云南省", "曲靖市", "530381", "www.xw.gov.cn")
    s = Site(ctx, c, "qj", "", dt.date(2025, 6, 4))
    s.open([("31:xwyw", "宣威要闻"), ("52:zfxxgk", "政府信息公开"), ("118:fzzfjs", "法治政府建设")])
    trap = search_trap(ctx, s.skin, "/search/index.php", "q")
    s.column("31:xwyw", "宣威要闻", ctx.news(c, 260))
    r24 = report(
        ctx, s, 2024, "宣威市人民政府关于2024年法治政府建设情况的报告", "2025-03-26 10:00", "宣威市人民政府"
    )
    tz = s.column(
        "52:zfxxgk",
        "政府信息公开",
        [*newer(ctx, c, r24, 42, "disclosure", s.clock), r24, *ctx.fillers(c, 10, "disclosure")],
    )
    assert tz.index(r24) >= 40
    truth(ctx, s, r24, 2024, "later_list_page")
    r22 = report(ctx, s, 2022, "宣威市2022年度法治政府建设工作报告", "2023-03-29 09:45", "宣威市司法局")
    look = ctx.lookalikes_of(c, [("plan", 2023), ("text_interp", 2023), ("gov_work_report", 2023)])
    s.column("118:fzzfjs", "法治政府建设", [r22, *look, *ctx.fillers(c, 12, "disclosure")])
    ctx.record(c, look)
    truth(ctx, s, r22, 2022)
    s.finish(extra=f'<div class="ss"><a href="{trap}?q=%E6%B3%95%E6%B2%BB">站内搜索</a></div>')


def luliang(ctx: Ctx27) -> None:
    """陆良县 (云南 曲靖), ``www.luliang.gov.cn``: a 曲靖 PHPCMS site. The 2023 report is in
    法定主动公开内容 beside 云南省's reposted 2023 report, a 实施方案 and the 信息公开 annual report; the
    2021 report is in 工作报告 beside a 政府工作报告."""
    c = County("luliang", "陆良县", "云南省", "曲靖市", "530322", "www.luliang.gov.cn")
    s = Site(ctx, c, "qj", "", dt.date(2024, 9, 25))
    s.open([("12:llyw", "陆良要闻"), ("64:fdzdgknr", "法定主动公开内容"), ("71:gzbg", "工作报告")])
    s.column("12:llyw", "陆良要闻", ctx.news(c, 220))
    r23 = report(ctx, s, 2023, "陆良县2023年法治政府建设年度报告", "2024-03-28 16:00", "陆良县人民政府")
    yn = ctx.higher("云南省", 2023, "党中央、国务院", "2024-04-02 09:30")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("plan", 2024)])
    s.column("64:fdzdgknr", "法定主动公开内容", [r23, yn, *look, *ctx.fillers(c, 14, "disclosure")])
    ctx.record(c, look)
    truth(ctx, s, r23, 2023, "higher_repost")
    ctx.record_higher(c, yn, 2023, c.base + yn.path)
    r21 = report(
        ctx,
        s,
        2021,
        "陆良县人民政府关于2021年度法治政府建设工作情况的报告",
        "2022-03-30 11:10",
        "陆良县人民政府",
    )
    look2 = ctx.lookalikes_of(c, [("gov_work_report", 2022)])
    s.column("71:gzbg", "工作报告", [r21, *look2, *ctx.fillers(c, 9, "disclosure", (2019, 2024))])
    ctx.record(c, look2)
    truth(ctx, s, r21, 2021)
    s.finish()


def luoping(ctx: Ctx27) -> None:
    """罗平县 (云南 曲靖), ``www.luoping.gov.cn``: a 曲靖 PHPCMS site. The 2024 report is a PDF
    attachment (PHPCMS ``/uploadfile/<YYYY>/<MMDD>/…``) of a short article in 通知公告 beside a
    notice and a meeting; the 2022 report exists only as a Word 97 ``.doc`` in 法治政府建设."""
    c = County("luoping", "罗平县", "云南省", "曲靖市", "530324", "www.luoping.gov.cn")
    s = Site(ctx, c, "qj", "", dt.date(2025, 5, 3))
    s.open([("9:lpyw", "罗平要闻"), ("40:tzgg", "通知公告"), ("96:fzzfjs", "法治政府建设")])
    s.column("9:lpyw", "罗平要闻", ctx.news(c, 240))
    r24 = report(ctx, s, 2024, "罗平县2024年度法治政府建设情况报告", "2025-03-27 15:30", "罗平县人民政府")
    pdf, body = s.attach("40:tzgg", r24, "pdf")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("meeting", 2024)])
    s.column(
        "40:tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 8, "notice", s.clock), r24, *look, *ctx.fillers(c, 14, "notice")],
    )
    ctx.record(c, look)
    ctx.record_file(c, r24, 2024, pdf, body, (PLATFORM_KIND["qj"], "pdf_attachment"))
    r22 = report(ctx, s, 2022, "罗平县2022年度法治政府建设情况报告", "2023-04-02 10:40", "罗平县司法局")
    doc, body = s.attach("96:fzzfjs", r22, "doc")
    s.column("96:fzzfjs", "法治政府建设", [r22, *ctx.fillers(c, 16, "disclosure")])
    ctx.record_file(c, r22, 2022, doc, body, (PLATFORM_KIND["qj"], "doc_needs_reader"))
    s.finish()


def huize(ctx: Ctx27) -> None:
    """会泽县 (云南 曲靖), ``www.huize.gov.cn``: a 曲靖 PHPCMS site. The 2023 report is in 法治政府建设
    beside a meeting on 法治政府建设, a 述法报告 and a notice; the 2020 report is in 政府信息公开; the
    县司法局's own report is in 部门文件."""
    c = County("huize", "会泽县", "云南省", "曲靖市", "530326", "www.huize.gov.cn")
    s = Site(ctx, c, "qj", "", dt.date(2024, 11, 15))
    s.open(
        [
            ("15:hzyw", "会泽要闻"),
            ("88:fzzfjs", "法治政府建设"),
            ("50:zfxxgk", "政府信息公开"),
            ("57:bmwj", "部门文件"),
        ]
    )
    s.column("15:hzyw", "会泽要闻", ctx.news(c, 200))
    r23 = report(ctx, s, 2023, "会泽县2023年法治政府建设工作报告", "2024-03-29 17:00", "会泽县人民政府")
    look = ctx.lookalikes_of(c, [("meeting_topic", 2024), ("shufa", 2024), ("notice", 2024)])
    s.column("88:fzzfjs", "法治政府建设", [r23, *look, *ctx.fillers(c, 10, "disclosure")])
    ctx.record(c, look)
    truth(ctx, s, r23, 2023)
    r20 = report(
        ctx, s, 2020, "会泽县人民政府关于2020年法治政府建设情况的报告", "2021-03-30 09:20", "会泽县人民政府"
    )
    s.column(
        "50:zfxxgk",
        "政府信息公开",
        [*newer(ctx, c, r20, 12, "disclosure", s.clock), r20, *ctx.fillers(c, 14, "disclosure")],
    )
    truth(ctx, s, r20, 2020)
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-18 10:00")
    s.column("57:bmwj", "部门文件", [dep, *ctx.fillers(c, 8, "disclosure")])
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    s.finish()


# ====================================================================== 毕节 (贵州)
def dafang(ctx: Ctx27) -> None:
    """大方县 (贵州 毕节), ``www.gzdafang.gov.cn``: the 贵州 TRS platform (``…/zwgk/zfxxgk/fdzdgknr/…``
    columns as on ``www.bijie.gov.cn``; ``t<YYYYMMDD>_<8 digits>.html`` articles). The 2024 report is
    on page 3 of 通知公告 (``index_2.html``); the 2022 report is in 法治政府建设 beside a 实施方案, a
    述职 and a 述法报告."""
    c = County("dafang", "大方县", "贵州省", "毕节市", "520521", "www.gzdafang.gov.cn", scheme="https")
    s = Site(ctx, c, "gz", "", dt.date(2025, 4, 19))
    s.open(
        [
            ("xwzx/dfyw", "大方要闻"),
            ("zwgk/zfxxgk/fdzdgknr/tzgg", "通知公告"),
            ("zwgk/zfxxgk/fdzdgknr/fzzfjs", "法治政府建设"),
        ]
    )
    s.column("xwzx/dfyw", "大方要闻", ctx.news(c, 230))
    r24 = report(ctx, s, 2024, "大方县2024年法治政府建设年度报告", "2025-03-28 10:15", "大方县人民政府")
    tz = s.column(
        "zwgk/zfxxgk/fdzdgknr/tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 31, "notice", s.clock), r24, *ctx.fillers(c, 8, "notice")],
    )
    assert tz.index(r24) >= 30
    truth(ctx, s, r24, 2024, "later_list_page")
    r22 = report(
        ctx,
        s,
        2022,
        "大方县人民政府关于2022年度法治政府建设工作情况的报告",
        "2023-03-31 16:00",
        "大方县人民政府",
    )
    look = ctx.lookalikes_of(c, [("plan", 2022), ("duty_report", 2023), ("shufa", 2023)])
    s.column("zwgk/zfxxgk/fdzdgknr/fzzfjs", "法治政府建设", [r22, *look, *ctx.fillers(c, 14, "disclosure")])
    ctx.record(c, look)
    truth(ctx, s, r22, 2022)
    s.finish()


def zhijin(ctx: Ctx27) -> None:
    """织金县 (贵州 毕节), ``www.gzzhijin.gov.cn``: the 贵州 TRS platform. The 2023 report is in
    法治政府建设 beside 贵州省's reposted 2023 report, the 信息公开 annual report and a meeting; the
    2021 report is a PDF attachment (TRS ``P0<date><n>.pdf``, assumed) in 通知公告."""
    c = County("zhijin", "织金县", "贵州省", "毕节市", "520524", "www.gzzhijin.gov.cn")
    s = Site(ctx, c, "gz", "", dt.date(2024, 10, 31))
    s.open(
        [
            ("xwzx/zjyw", "织金要闻"),
            ("zwgk/zfxxgk/fdzdgknr/fzzfjs", "法治政府建设"),
            ("zwgk/zfxxgk/fdzdgknr/tzgg", "通知公告"),
        ]
    )
    s.column("xwzx/zjyw", "织金要闻", ctx.news(c, 210))
    r23 = report(ctx, s, 2023, "织金县2023年度法治政府建设情况报告", "2024-03-29 11:30", "织金县人民政府")
    gz = ctx.higher("贵州省", 2023, "党中央、国务院", "2024-04-03 09:30")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("meeting", 2023)])
    s.column(
        "zwgk/zfxxgk/fdzdgknr/fzzfjs", "法治政府建设", [r23, gz, *look, *ctx.fillers(c, 12, "disclosure")]
    )
    ctx.record(c, look)
    truth(ctx, s, r23, 2023, "higher_repost")
    ctx.record_higher(c, gz, 2023, c.base + gz.path)
    r21 = report(
        ctx, s, 2021, "织金县人民政府关于2021年法治政府建设工作的报告", "2022-03-29 15:00", "织金县人民政府"
    )
    pdf, body = s.attach("zwgk/zfxxgk/fdzdgknr/tzgg", r21, "pdf")
    s.column("zwgk/zfxxgk/fdzdgknr/tzgg", "通知公告", [r21, *ctx.fillers(c, 20, "notice")])
    ctx.record_file(c, r21, 2021, pdf, body, (PLATFORM_KIND["gz"], "pdf_attachment"))
    s.finish()


def hezhang(ctx: Ctx27) -> None:
    """赫章县 (贵州 毕节), ``www.gzhezhang.gov.cn`` (https): the 贵州 TRS platform. The 2024 report is
    in 法治政府建设 beside a 考核 通报 and a 文字解读; the 2022 report is on page 2 of 政府信息公开年报
    及其他 (``index_1.html``) beside the 信息公开 annual reports' column fillers."""
    c = County("hezhang", "赫章县", "贵州省", "毕节市", "520527", "www.gzhezhang.gov.cn", scheme="https")
    s = Site(ctx, c, "gz", "", dt.date(2025, 5, 21))
    s.open(
        [
            ("xwzx/hzyw", "赫章要闻"),
            ("zwgk/zfxxgk/fdzdgknr/fzzfjs", "法治政府建设"),
            ("zwgk/zfxxgk/fdzdgknr/qtfdxx", "其他法定信息"),
        ]
    )
    s.column("xwzx/hzyw", "赫章要闻", ctx.news(c, 250))
    r24 = report(
        ctx,
        s,
        2024,
        "赫章县人民政府关于2024年度法治政府建设工作情况的报告",
        "2025-03-27 16:20",
        "赫章县人民政府",
    )
    look = ctx.lookalikes_of(c, [("assessment", 2025), ("text_interp", 2025)])
    s.column("zwgk/zfxxgk/fdzdgknr/fzzfjs", "法治政府建设", [r24, *look, *ctx.fillers(c, 10, "disclosure")])
    ctx.record(c, look)
    truth(ctx, s, r24, 2024)
    r22 = report(ctx, s, 2022, "赫章县2022年法治政府建设年度报告", "2023-03-28 11:00", "赫章县司法局")
    qt = s.column(
        "zwgk/zfxxgk/fdzdgknr/qtfdxx",
        "其他法定信息",
        [*newer(ctx, c, r22, 16, "disclosure", s.clock), r22, *ctx.fillers(c, 6, "disclosure")],
    )
    assert qt.index(r22) >= 15
    truth(ctx, s, r22, 2022, "later_list_page")
    s.finish()


PORTAL_COUNTIES = (
    ("七星关区", "http://www.bjqixingguan.gov.cn"),
    ("大方县", "https://www.gzdafang.gov.cn"),
    ("黔西市", "http://www.gzqianxi.gov.cn"),
    ("金沙县", "http://www.gzjinsha.gov.cn"),
    ("织金县", "http://www.gzzhijin.gov.cn"),
    ("纳雍县", "http://www.gznayong.gov.cn"),
    ("威宁自治县", "http://www.gzweining.gov.cn"),
    ("赫章县", "https://www.gzhezhang.gov.cn"),
)


def bijie_city(ctx: Ctx27) -> None:
    """毕节市 portal ``www.bijie.gov.cn`` (https; the 贵州 TRS platform), seeded: its 县区 page
    links the eight counties. 纳雍县 (``www.gznayong.gov.cn``) is in no seed row and linked only
    there: its 2023 report is in 法治政府建设 beside a notice and a meeting; its 2022 report is on
    page 2 of 通知公告."""
    city = County("bijie_city", "毕节市", "贵州省", "", "520500", "www.bijie.gov.cn", scheme="https")
    s = Site(ctx, city, "gz", "", dt.date(2025, 4, 3))
    s.nav.append(("/zjbj/xqgk/", "县区概况"))
    s.open([("yw/bjyw", "毕节要闻"), ("zwgk/zfxxgk/fdzdgknr/tzgg", "通知公告")])
    s.column("yw/bjyw", "毕节要闻", ctx.news(city, 200))
    s.column("zwgk/zfxxgk/fdzdgknr/tzgg", "通知公告", ctx.fillers(city, 40, "notice"))
    rows = "".join(f'<li><a href="{h}/" target="_blank">{n}人民政府</a></li>' for n, h in PORTAL_COUNTIES)
    s.skin.put(
        "/zjbj/xqgk/index.html",
        s.skin.page(
            "县区概况_毕节市人民政府",
            s.skin.crumbs([("/zjbj/xqgk/", "县区概况")]) + f'<div class="xqgk"><ul>{rows}</ul></div>',
        ),
    )
    s.finish(extra='<div class="xq"><a href="/zjbj/xqgk/">县区概况</a></div>')
    c = County("nayong", "纳雍县", "贵州省", "毕节市", "520525", "www.gznayong.gov.cn", seeded=False)
    p = Site(ctx, c, "gz", "", dt.date(2024, 11, 21), seeded=False)
    p.open(
        [
            ("xwzx/nyyw", "纳雍要闻"),
            ("zwgk/zfxxgk/fdzdgknr/fzzfjs", "法治政府建设"),
            ("zwgk/zfxxgk/fdzdgknr/tzgg", "通知公告"),
        ]
    )
    p.column("xwzx/nyyw", "纳雍要闻", ctx.news(c, 190))
    r23 = report(ctx, p, 2023, "纳雍县2023年度法治政府建设工作情况报告", "2024-03-28 15:10", "纳雍县人民政府")
    look = ctx.lookalikes_of(c, [("notice", 2024), ("meeting", 2023)])
    p.column("zwgk/zfxxgk/fdzdgknr/fzzfjs", "法治政府建设", [r23, *look, *ctx.fillers(c, 10, "disclosure")])
    ctx.record(c, look)
    truth(ctx, p, r23, 2023, "unseeded_county_via_prefecture_list")
    r22 = report(
        ctx, p, 2022, "纳雍县人民政府关于2022年法治政府建设情况的报告", "2023-03-30 10:00", "纳雍县人民政府"
    )
    tz = p.column(
        "zwgk/zfxxgk/fdzdgknr/tzgg",
        "通知公告",
        [*newer(ctx, c, r22, 16, "notice", p.clock), r22, *ctx.fillers(c, 8, "notice")],
    )
    assert tz.index(r22) >= 15
    truth(ctx, p, r22, 2022, "later_list_page")
    p.finish()
