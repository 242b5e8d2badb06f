"""The blind36 sites: 衡阳 (湖南) counties on the city's 集约化 platform (one with a PHP list
API), 肇庆 (广东) counties on 广东's platform (one with a year filter form), and 黔东南 (贵州)
counties on the 州's TRS platform (one with per-article redirects), plus the 黔东南州 portal
whose 县市 list alone links 雷山县. Each site's docstring names its evidence (see
``platforms.py``)."""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home, index_page
from ..blind2.core import open_site
from ..blind24.platforms import gd_column, post_path
from .core import County, Ctx36, date_trap, html_copy, newer, search_trap
from .platforms import HySkin, QdnGbkSkin, QdnSkin, hy_column, hy_path, php_list, qdn_column, year_form_column

HY = "hy_pages_dir_pager"
GD = "gd_platform"
QDN = "qdn_trs_suffixed"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


def _only_file(ctx, c, it, path, kind):
    body = list(it.paras)
    it.paras = [it.title.replace("|", "") + "全文见附件。"]
    it.uid = it.uid or ctx.uid()
    ctx.attach(c, it, path, kind, body)
    return body


# ============================================================================ 湖南 衡阳
class _Hy:
    """One 衡阳 platform site: ``/<gk>/<col>/`` columns and a news column."""

    def __init__(self, ctx: Ctx36, c: County, clock: dt.date, gk: str, names: dict[str, str]):
        self.ctx, self.c, self.gk, self.names = ctx, c, gk, names
        nav = [("/", "首页"), ("/xwzx/zwyw/index.html", "政务要闻"), (f"/{gk}/index.html", "政务公开")]
        self.skin = open_site(ctx, c, nav, clock, skin=HySkin)
        self.news = hy_column(
            self.skin,
            "/xwzx/zwyw/",
            "政务要闻",
            [("/xwzx/zwyw/index.html", "政务要闻")],
            ctx.news(c, 200),
            per=20,
        )
        self.lists: list[tuple[str, str, list]] = []

    def col(self, key: str, items, per: int = 15):
        name, col = self.names[key], f"/{self.gk}/{key}/"
        out = hy_column(
            self.skin,
            col,
            name,
            [(f"/{self.gk}/index.html", "政务公开"), (col + "index.html", name)],
            items,
            per,
        )
        self.lists.append((col + "index.html", name, out))
        return out

    def finish(self, extra: str = "", boxes=()) -> None:
        gk = f"/{self.gk}/index.html"
        index_page(self.skin, gk, "政务公开", [(gk, "政务公开")], [*self.lists, *boxes])
        home(self.skin, [("/xwzx/zwyw/index.html", "政务要闻", self.news), (gk, "政务公开", [])], extra=extra)


def hengyangxian(ctx: Ctx36) -> None:
    """衡阳县 (湖南 衡阳), ``www.hyx.gov.cn``: 衡阳 platform (a public site table names
    ``/zwgk/fdzdgknr/zchgfxwj/index.html``). The 2024 report is on 通知公告's ``pages/3.html``,
    named only by the pager script; the 2022 report is in 法治政府建设 beside 湖南省's reposted
    2022 report, a 实施方案, a meeting and the 信息公开 annual report."""
    c = County("hengyangxian", "衡阳县", "湖南省", "衡阳市", "430421", "www.hyx.gov.cn")
    s = _Hy(ctx, c, dt.date(2025, 6, 12), "zwgk/fdzdgknr", {"tzgg": "通知公告", "fzzfjs": "法治政府建设"})
    r24 = _rep(ctx, c, 2024, "衡阳县2024年法治政府建设年度报告", "2025-03-28 10:20", "衡阳县人民政府")
    r22 = _rep(
        ctx, c, 2022, "衡阳县人民政府关于2022年度法治政府建设情况的报告", "2023-03-30 15:05", "衡阳县人民政府"
    )
    hn = ctx.higher("湖南省", 2022, "党中央、国务院", "2023-04-04 09:30")
    look = ctx.lookalikes_of(c, [("plan", 2023), ("meeting", 2023), ("notice", 2025), ("xxgk_annual", 2024)])
    tz = s.col(
        "tzgg", [*newer(ctx, c, r24, 32, "notice", s.skin.clock), r24, look[2], *ctx.fillers(c, 14, "notice")]
    )
    assert tz.index(r24) >= 30
    s.col("fzzfjs", [r22, hn, look[0], look[1], look[3], *ctx.fillers(c, 9, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HY, "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HY, "higher_repost"))
    ctx.record_higher(c, hn, 2022, c.base + hn.path)
    s.finish()


def hengshan(ctx: Ctx36) -> None:
    """衡山县 (湖南 衡阳), ``www.hengshan.gov.cn``: 衡阳 platform (``/zcwj/gfxwj/index.html`` in a
    public site table). The 2023 report is in 法治政府建设 beside the 县司法局's report, a 述法报告
    and 示范创建 news; the 2021 report is in 通知公告 beside a notice and a 解读. A 按日期浏览
    archive never ends (trap)."""
    c = County("hengshan", "衡山县", "湖南省", "衡阳市", "430423", "www.hengshan.gov.cn")
    s = _Hy(ctx, c, dt.date(2025, 4, 18), "zwgk", {"fzzfjs": "法治政府建设", "tzgg": "通知公告"})
    trap = date_trap(ctx, s.skin, "/rqll/index.jsp")
    r23 = _rep(ctx, c, 2023, "衡山县2023年度法治政府建设工作报告", "2024-03-27 16:40", "衡山县人民政府")
    r21 = _rep(ctx, c, 2021, "衡山县2021年法治政府建设情况报告", "2022-03-29 11:15", "衡山县人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-22 10:00")
    look = ctx.lookalikes_of(
        c, [("shufa", 2024), ("demo_news", 2023), ("notice", 2022), ("interpretation", 2022)]
    )
    s.col("fzzfjs", [r23, dep, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    s.col("tzgg", [r21, look[2], look[3], *ctx.fillers(c, 26, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HY,))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(HY,))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    s.finish(extra=f'<div class="rqll"><a href="{trap}">按日期浏览</a></div>')


def nanyue(ctx: Ctx36) -> None:
    """南岳区 (湖南 衡阳), ``www.nanyue.gov.cn`` (https): 衡阳 platform. The 2024 report is in
    法治政府建设 beside a 考核 通报 and a 文字解读; the 2022 report exists only as a Word 97 ``.doc``
    attached to a notice in 通知公告 (attachment path assumed)."""
    c = County("nanyue", "南岳区", "湖南省", "衡阳市", "430412", "www.nanyue.gov.cn", scheme="https")
    s = _Hy(ctx, c, dt.date(2025, 5, 26), "nygk", {"fzzfjs": "法治政府建设", "tzgg": "通知公告"})
    r24 = _rep(ctx, c, 2024, "南岳区2024年法治政府建设情况报告", "2025-03-31 17:30", "南岳区人民政府")
    r22 = _rep(ctx, c, 2022, "南岳区2022年度法治政府建设工作报告", "2023-03-29 09:40", "南岳区司法局")
    r22.uid = ctx.uid()
    doc = f"/uploadfiles/{r22.pub:%Y%m}/{r22.pub:%Y%m%d}{r22.uid % 90000000 + 10000000}.doc"
    body22 = _only_file(ctx, c, r22, doc, "doc")
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("text_interp", 2025), ("gov_work_report", 2025)])
    s.col("fzzfjs", [r24, look[0], look[1], *ctx.fillers(c, 10, "disclosure")])
    s.col("tzgg", [r22, look[2], *ctx.fillers(c, 28, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HY,))
    ctx.record_file(c, r22, 2022, doc, body22, (HY, "doc_needs_reader"))
    s.finish()


def leiyang(ctx: Ctx36) -> None:
    """耒阳市 (湖南 衡阳), ``www.leiyang.gov.cn``: 衡阳 platform for news and 通知公告; its 政策文件
    and 工作报告 columns are shells listed only by ``/api.php?op=list&catid=…&page=…``, whose
    answer is PHP-escaped JSON served as ``text/html``. The 2023 report is on the API's second
    page of 政策文件; the 2021 report is in 工作报告 beside a 政府工作报告 and 衡阳市's 2021
    report."""
    c = County("leiyang", "耒阳市", "湖南省", "衡阳市", "430481", "www.leiyang.gov.cn")
    s = _Hy(ctx, c, dt.date(2025, 3, 20), "zwgk", {"tzgg": "通知公告"})
    r23 = _rep(ctx, c, 2023, "耒阳市2023年法治政府建设年度报告", "2024-03-28 14:50", "耒阳市人民政府")
    r21 = _rep(
        ctx,
        c,
        2021,
        "耒阳市人民政府关于2021年法治政府建设工作情况的报告",
        "2022-03-30 10:10",
        "耒阳市人民政府",
    )
    hy = ctx.higher("衡阳市", 2021, "省委、省政府", "2022-04-06 16:00")
    look = ctx.lookalikes_of(c, [("gov_work_report", 2024), ("meeting_topic", 2024), ("plan", 2024)])
    s.col("tzgg", [look[1], *ctx.fillers(c, 30, "notice")])
    zc = [
        *newer(ctx, c, r23, 17, "disclosure", s.skin.clock),
        r23,
        look[2],
        *ctx.fillers(c, 12, "disclosure"),
    ]
    bg = [r21, hy, look[0], *ctx.fillers(c, 5, "disclosure", (2019, 2024))]
    trail0 = [("/zwgk/index.html", "政务公开")]
    for key, name, items in (("zcwj", "政策文件", zc), ("gzbg", "工作报告", bg)):
        for it in items:
            it.uid = it.uid or ctx.uid()
            it.path = it.path or hy_path(f"/zwgk/{key}/", it)
            s.skin.write_article(it, name, [*trail0, (f"/zwgk/{key}/index.html", name)])
    listed = php_list(
        s.skin, "/zwgk/zcwj/index.html", "政策文件", [*trail0, ("/zwgk/zcwj/index.html", "政策文件")], zc, 12
    )
    assert listed.index(r23) >= 15
    php_list(
        s.skin, "/zwgk/gzbg/index.html", "工作报告", [*trail0, ("/zwgk/gzbg/index.html", "工作报告")], bg, 15
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HY, "php_json_text_html", "api_later_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("php_json_text_html", "higher_repost"))
    ctx.record_higher(c, hy, 2021, c.base + hy.path)
    s.finish(boxes=[("/zwgk/zcwj/index.html", "政策文件", []), ("/zwgk/gzbg/index.html", "工作报告", [])])


# ============================================================================ 广东 肇庆
class _Gd:
    """One 广东 platform site: ``/zwgk/<col>/`` columns and a news column."""

    def __init__(self, ctx: Ctx36, c: County, clock: dt.date, names: dict[str, str]):
        self.ctx, self.c, self.names = ctx, c, names
        nav = [("/", "首页"), ("/xwzx/zwdt/", "政务动态"), ("/zwgk/", "政务公开")]
        self.skin = open_site(ctx, c, nav, clock)
        self.news = gd_column(
            self.skin, "/xwzx/zwdt/", "政务动态", [("/xwzx/zwdt/", "政务动态")], ctx.news(c, 200)
        )
        self.lists: list[tuple[str, str, list]] = []

    def col(self, key: str, items, per: int = 15):
        name, col = self.names[key], f"/zwgk/{key}/"
        out = gd_column(self.skin, col, name, [("/zwgk/", "政务公开"), (col, name)], items, per)
        self.lists.append((col, name, out))
        return out

    def finish(self, extra: str = "", boxes=()) -> None:
        index_page(self.skin, "/zwgk/index.html", "政务公开", [("/zwgk/", "政务公开")], [*self.lists, *boxes])
        home(self.skin, [("/xwzx/zwdt/", "政务动态", self.news), ("/zwgk/", "政务公开", [])], extra=extra)


def dinghu(ctx: Ctx36) -> None:
    """鼎湖区 (广东 肇庆), ``www.zqdh.gov.cn`` (https): 广东 platform (stored page ``/zwgk/ghjh/fzgh/
    content/post_2538907.html``). The 2024 report is in 法治政府建设 beside 广东省's reposted 2024
    report, a 工作要点 and a meeting; the 2022 report is on 通知公告's ``index_2.html``."""
    c = County("dinghu", "鼎湖区", "广东省", "肇庆市", "441203", "www.zqdh.gov.cn", scheme="https")
    s = _Gd(ctx, c, dt.date(2025, 6, 5), {"fzzfjs": "法治政府建设", "tzgg": "通知公告"})
    r24 = _rep(
        ctx, c, 2024, "肇庆市鼎湖区2024年法治政府建设年度报告", "2025-03-26 11:00", "肇庆市鼎湖区人民政府"
    )
    r22 = _rep(ctx, c, 2022, "鼎湖区2022年度法治政府建设情况报告", "2023-03-30 16:20", "肇庆市鼎湖区人民政府")
    gd = ctx.higher("广东省", 2024, "党中央、国务院", "2025-04-01 10:00")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("meeting_topic", 2024), ("notice", 2023)])
    s.col("fzzfjs", [r24, gd, look[0], look[1], *ctx.fillers(c, 9, "disclosure")])
    tz = s.col(
        "tzgg", [*newer(ctx, c, r22, 17, "notice", s.skin.clock), r22, look[2], *ctx.fillers(c, 12, "notice")]
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(GD, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(GD, "later_list_page"))
    ctx.record_higher(c, gd, 2024, c.base + gd.path)
    s.finish()


def sihui(ctx: Ctx36) -> None:
    """四会市 (广东 肇庆), ``www.sihui.gov.cn``: 广东 platform. The 2023 report is a PDF attached to
    a short notice in 通知公告 (blind24's 广东 attachment path); the 2021 report is in 法治政府建设
    beside a 述法报告 and the 信息公开 annual report."""
    c = County("sihui", "四会市", "广东省", "肇庆市", "441284", "www.sihui.gov.cn")
    s = _Gd(ctx, c, dt.date(2025, 2, 27), {"tzgg": "通知公告", "fzzfjs": "法治政府建设"})
    r23 = _rep(ctx, c, 2023, "四会市2023年法治政府建设年度报告", "2024-03-29 15:30", "四会市人民政府")
    r21 = _rep(ctx, c, 2021, "四会市2021年度法治政府建设工作报告", "2022-03-31 09:20", "四会市人民政府")
    r23.uid = ctx.uid()
    n = r23.uid % 90000 + 10000
    pdf = f"/attachment/0/{n % 7}/{n // 100 % 1000}/{n}.pdf"
    body23 = _only_file(ctx, c, r23, pdf, "pdf")
    look = ctx.lookalikes_of(c, [("shufa", 2022), ("xxgk_annual", 2022), ("meeting", 2024)])
    s.col("tzgg", [r23, look[2], *ctx.fillers(c, 26, "notice")])
    s.col("fzzfjs", [r21, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    ctx.record(c, look)
    ctx.record_file(c, r23, 2023, pdf, body23, (GD, "pdf_attachment"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(GD,))
    s.finish()


def deqing(ctx: Ctx36) -> None:
    """德庆县 (广东 肇庆), ``www.gddq.gov.cn``: 广东 platform. The 2024 report is in 法治政府建设
    beside a 考核 通报 and a 解读; the 2022 report is in 通知公告 beside a 述职; the 2020 report
    exists only as a scanned PDF."""
    c = County("deqing", "德庆县", "广东省", "肇庆市", "441226", "www.gddq.gov.cn")
    s = _Gd(ctx, c, dt.date(2025, 5, 14), {"fzzfjs": "法治政府建设", "tzgg": "通知公告"})
    r24 = _rep(ctx, c, 2024, "德庆县2024年法治政府建设工作报告", "2025-03-27 17:10", "德庆县人民政府")
    r22 = _rep(ctx, c, 2022, "德庆县人民政府2022年法治政府建设年度报告", "2023-03-28 10:50", "德庆县人民政府")
    r20 = _rep(ctx, c, 2020, "德庆县2020年法治政府建设情况报告", "2021-03-30 11:00", "德庆县司法局")
    body20 = list(r20.paras)
    r20.paras = ["(扫描件)"]
    r20.uid = ctx.uid()
    n = r20.uid % 90000 + 10000
    scan = f"/attachment/0/{n % 7}/{n // 100 % 1000}/{n}.pdf"
    r20.attachments.append((r20.title + ".pdf", scan, files.make_scan_pdf(r20.uid)))
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("interpretation", 2025), ("duty_report", 2023)])
    s.col("fzzfjs", [r24, look[0], look[1], *ctx.fillers(c, 10, "disclosure")])
    s.col("tzgg", [r22, look[2], r20, *ctx.fillers(c, 24, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(GD,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(GD,))
    ctx.record_scan(c, r20, 2020, scan, body20, kinds=(GD,))
    s.finish()


def huaiji(ctx: Ctx36) -> None:
    """怀集县 (广东 肇庆), ``www.huaiji.gov.cn``: 广东 platform; its 年度报告 column shows only the
    current year and asks a GET form (``<select name="year">``, ``list.jsp?year=``) for earlier
    ones (shape assumed). The 2023 report (published 2024) and the 县司法局's report are in the
    2024 list; the 2021 report (published 2022) in the 2022 list; the current year holds the
    信息公开 annual report."""
    c = County("huaiji", "怀集县", "广东省", "肇庆市", "441224", "www.huaiji.gov.cn")
    s = _Gd(ctx, c, dt.date(2025, 4, 9), {"tzgg": "通知公告"})
    r23 = _rep(ctx, c, 2023, "怀集县2023年度法治政府建设情况报告", "2024-03-29 10:30", "怀集县人民政府")
    r21 = _rep(ctx, c, 2021, "怀集县2021年法治政府建设年度报告", "2022-03-28 15:45", "怀集县人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-27 09:30")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2024), ("gov_work_report", 2024), ("notice", 2025)])
    s.col("tzgg", [look[2], *ctx.fillers(c, 28, "notice")])
    col = "/zwgk/ndbg/"
    items = [r23, r21, dep, look[0], look[1], *ctx.fillers(c, 8, "disclosure", (2019, 2025))]
    for it in items:
        it.uid = it.uid or ctx.uid()
        it.path = it.path or post_path(col, it)
        s.skin.write_article(it, "年度报告", [("/zwgk/", "政务公开"), (col, "年度报告")])
    year_form_column(s.skin, col, "年度报告", [("/zwgk/", "政务公开"), (col, "年度报告")], items, 2025)
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(GD, "year_form_get"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(GD, "year_form_get"))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    s.finish(boxes=[(col, "年度报告", [])])


# ============================================================================ 贵州 黔东南
class _Qdn:
    """One 黔东南 TRS site: ``/<col>_<id>/<sub>_<id>/`` columns."""

    def __init__(self, ctx: Ctx36, c: County, clock: dt.date, base_id: int, *, skin=QdnSkin, seeded=True):
        self.ctx, self.c, self.base_id = ctx, c, base_id
        self.gk = f"/zwgk_{base_id + 37}/"
        self.xw = f"/xwzx_{base_id}/"
        nav = [("/", "首页"), (self.xw + f"zwyw_{base_id + 1}/", "政务要闻"), (self.gk, "政务公开")]
        self.skin = open_site(ctx, c, nav, clock, skin=skin, seeded=seeded)
        col = self.xw + f"zwyw_{base_id + 1}/"
        self.news = qdn_column(self.skin, col, "政务要闻", [(col, "政务要闻")], ctx.news(c, 200), per=20)
        self.lists: list[tuple[str, str, list]] = []

    def col(self, key: str, off: int, name: str, items, per: int = 15, redirect=False):
        col = f"{self.gk}{key}_{self.base_id + off}/"
        out = qdn_column(self.skin, col, name, [(self.gk, "政务公开"), (col, name)], items, per, redirect)
        self.lists.append((col, name, out))
        return out

    def finish(self, extra: str = "") -> None:
        index_page(self.skin, self.gk + "index.html", "政务公开", [(self.gk, "政务公开")], self.lists)
        home(
            self.skin,
            [(self.xw + f"zwyw_{self.base_id + 1}/", "政务要闻", self.news), (self.gk, "政务公开", [])],
            extra=extra,
        )


def zhenyuan(ctx: Ctx36) -> None:
    """镇远县 (贵州 黔东南), ``www.zygov.gov.cn`` (https): 黔东南 TRS (``_<id>`` column folders as
    on ``www.qdn.gov.cn``). The 2024 report is in 法治政府建设 beside 黔东南州's reposted 2024
    report and a 实施方案; the 2022 report is on 通知公告's second page beside a notice and a
    解读. The site search echoes its query and pages for ever (trap)."""
    c = County(
        "zhenyuan", "镇远县", "贵州省", "黔东南苗族侗族自治州", "522625", "www.zygov.gov.cn", scheme="https"
    )
    s = _Qdn(ctx, c, dt.date(2025, 6, 18), 6612300)
    trap = search_trap(ctx, s.skin, "/so/search.jsp", "searchword")
    r24 = _rep(ctx, c, 2024, "镇远县2024年法治政府建设年度报告", "2025-03-28 16:00", "镇远县人民政府")
    r22 = _rep(
        ctx, c, 2022, "镇远县人民政府关于2022年法治政府建设情况的报告", "2023-03-31 10:30", "镇远县人民政府"
    )
    qdn = ctx.higher("黔东南苗族侗族自治州", 2024, "省委、省政府", "2025-04-03 11:00")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("notice", 2023), ("interpretation", 2023)])
    s.col("fzzfjs", 55, "法治政府建设", [r24, qdn, look[0], *ctx.fillers(c, 9, "disclosure")])
    tz = s.col(
        "tzgg",
        41,
        "通知公告",
        [
            *newer(ctx, c, r22, 16, "notice", s.skin.clock),
            r22,
            look[1],
            look[2],
            *ctx.fillers(c, 10, "notice"),
        ],
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(QDN, "higher_repost"))
    ctx.record_higher(c, qdn, 2024, c.base + qdn.path)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(QDN, "later_list_page"))
    s.finish(extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>')


def liping(ctx: Ctx36) -> None:
    """黎平县 (贵州 黔东南), ``www.lp.gov.cn`` (https, GBK pages, assumed): 黔东南 TRS. The 2023
    report is in 通知公告 beside a meeting; the 2021 report is in 法治政府建设 beside a 述法报告 and
    a 文字解读."""
    c = County(
        "liping", "黎平县", "贵州省", "黔东南苗族侗族自治州", "522631", "www.lp.gov.cn", scheme="https"
    )
    s = _Qdn(ctx, c, dt.date(2025, 3, 11), 6701400, skin=QdnGbkSkin)
    r23 = _rep(ctx, c, 2023, "黎平县2023年法治政府建设工作报告", "2024-03-26 09:50", "黎平县人民政府")
    r21 = _rep(ctx, c, 2021, "黎平县2021年度法治政府建设年度报告", "2022-03-29 14:20", "黎平县人民政府")
    look = ctx.lookalikes_of(c, [("meeting", 2024), ("shufa", 2022), ("text_interp", 2022)])
    s.col("tzgg", 41, "通知公告", [r23, look[0], *ctx.fillers(c, 26, "notice")])
    s.col("fzzfjs", 55, "法治政府建设", [r21, look[1], look[2], *ctx.fillers(c, 7, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(QDN, "gbk_pages"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(QDN, "gbk_pages"))
    s.finish()


def congjiang(ctx: Ctx36) -> None:
    """从江县 (贵州 黔东南), ``www.congjiang.gov.cn`` (https): 黔东南 TRS articles, but its 政务公开
    rows link ``/zwgk/detail.jsp?docid=<id>``, which answers 302 to the article (assumed). The
    2024 report is on 通知公告's second page beside a notice; the 2022 report is in 法治政府建设
    beside 贵州省's reposted 2022 report and a 考核 通报."""
    c = County(
        "congjiang",
        "从江县",
        "贵州省",
        "黔东南苗族侗族自治州",
        "522633",
        "www.congjiang.gov.cn",
        scheme="https",
    )
    s = _Qdn(ctx, c, dt.date(2025, 5, 30), 6756100)
    r24 = _rep(ctx, c, 2024, "从江县2024年法治政府建设情况报告", "2025-03-31 18:00", "从江县人民政府")
    r22 = _rep(ctx, c, 2022, "从江县2022年度法治政府建设工作报告", "2023-03-30 11:40", "从江县人民政府")
    gz = ctx.higher("贵州省", 2022, "党中央、国务院", "2023-04-07 10:00")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("assessment", 2023), ("xxgk_annual", 2023)])
    tz = s.col(
        "tzgg",
        41,
        "通知公告",
        [*newer(ctx, c, r24, 18, "notice", s.skin.clock), r24, look[0], *ctx.fillers(c, 10, "notice")],
        redirect=True,
    )
    assert tz.index(r24) >= 15
    s.col(
        "fzzfjs",
        55,
        "法治政府建设",
        [r22, gz, look[1], look[2], *ctx.fillers(c, 8, "disclosure")],
        redirect=True,
    )
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(QDN, "redirect_detail_jsp", "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(QDN, "redirect_detail_jsp", "higher_repost"))
    ctx.record_higher(c, gz, 2022, c.base + gz.path)
    s.finish()


QDN_COUNTIES = (
    ("凯里市", "www.kaili.gov.cn"),
    ("黄平县", "www.qdnhp.gov.cn"),
    ("施秉县", "www.qdnsb.gov.cn"),
    ("三穗县", "www.gzss.gov.cn"),
    ("镇远县", "www.zygov.gov.cn"),
    ("岑巩县", "www.qdncg.gov.cn"),
    ("天柱县", "www.tianzhu.gov.cn"),
    ("锦屏县", "www.jinping.gov.cn"),
    ("剑河县", "www.jhx.gov.cn"),
    ("台江县", "www.gztaijiang.gov.cn"),
    ("黎平县", "www.lp.gov.cn"),
    ("榕江县", "www.rongjiang.gov.cn"),
    ("从江县", "www.congjiang.gov.cn"),
    ("雷山县", "www.leishan.gov.cn"),
    ("麻江县", "www.majiang.gov.cn"),
    ("丹寨县", "www.qdndz.gov.cn"),
)


def qdn_portal(ctx: Ctx36) -> None:
    """黔东南州 portal ``www.qdn.gov.cn`` (https), seeded; stored pages show its ``_<id>`` column
    folders. Its footer's 县市政府网站 block links the 16 县市 (hosts from
    ``county_urls_found.csv``). 雷山县 is in no seed row and linked by nothing else: a 黔东南 TRS
    site whose 2023 report is in 通知公告 beside a notice about it and whose 2021 report is in
    法治政府建设 beside a 工作要点 and a 述职."""
    p = County("qdn_portal", "黔东南苗族侗族自治州", "贵州省", "", "522600", "www.qdn.gov.cn", scheme="https")
    ps = _Qdn(ctx, p, dt.date(2025, 6, 20), 5871605)
    ps.col("tzgg", 41, "通知公告", ctx.fillers(p, 40, "notice"))
    links = "".join(f'<li><a href="https://{hh}/" target="_blank">{n}</a></li>' for n, hh in QDN_COUNTIES)
    ps.finish(extra=f'<div class="xsdh"><h3>县市政府网站</h3><ul>{links}</ul></div>')

    c = County(
        "leishan",
        "雷山县",
        "贵州省",
        "黔东南苗族侗族自治州",
        "522634",
        "www.leishan.gov.cn",
        scheme="https",
        seeded=False,
    )
    s = _Qdn(ctx, c, dt.date(2024, 12, 16), 6790200, seeded=False)
    kinds = (QDN, "unseeded_county_via_prefecture_list")
    r23 = _rep(ctx, c, 2023, "雷山县2023年法治政府建设年度报告", "2024-03-27 15:10", "雷山县人民政府")
    r21 = _rep(
        ctx, c, 2021, "雷山县人民政府关于2021年度法治政府建设情况的报告", "2022-03-30 11:30", "雷山县人民政府"
    )
    look = ctx.lookalikes_of(c, [("notice", 2024), ("plan", 2022), ("duty_report", 2022)])
    s.col("tzgg", 41, "通知公告", [r23, look[0], *ctx.fillers(c, 20, "notice", (2020, 2024))])
    s.col(
        "fzzfjs", 55, "法治政府建设", [r21, look[1], look[2], *ctx.fillers(c, 6, "disclosure", (2019, 2024))]
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=kinds)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=kinds)
    s.finish()
