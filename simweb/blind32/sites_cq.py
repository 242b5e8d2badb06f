"""Blind32 sites of 重庆: four districts and counties on 重庆's 集约化 platform (TRS static pages,
``/zwgk_<n>/…`` 政务公开 trees, lists paged only by a ``createPage(N, …)`` script, articles with
the ``zwxl-table``/``zwxl-article`` markup; see ``platforms.py``). As on ``jw.cq.gov.cn``, each site
has a 法治政府建设年度报告 column directly under 政务公开 (``/zwgk_<n>/fzzfjsndbg/``); on a 区县
site it also holds the reports of the 区县's departments (assumed from the column's purpose).
"""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home, index_page
from ..blind2.core import open_site
from .core import County, Ctx32, date_trap, html_copy, newer, search_trap
from .platforms import CqSkin, cq_column

CQ = "cq_trs_createpage"
DEPTS = (
    "发展和改革委员会",
    "教育委员会",
    "公安局",
    "民政局",
    "财政局",
    "人力资源和社会保障局",
    "规划和自然资源局",
    "生态环境局",
    "住房和城乡建设委员会",
    "交通运输委员会",
    "农业农村委员会",
    "商务委员会",
    "文化和旅游发展委员会",
    "卫生健康委员会",
    "应急管理局",
    "市场监督管理局",
    "城市管理局",
    "统计局",
    "医疗保障局",
    "水利局",
    "林业局",
    "退役军人事务局",
)


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


class _Site:
    """One 重庆 platform site: ``/zwgk_<n>/`` 政务公开, ``/zwxx_<n>/`` 政务信息 (news)."""

    def __init__(self, ctx: Ctx32, c: County, n: int, clock: dt.date, cat: str = "zfxxgkml"):
        self.ctx, self.c, self.n, self.cat = ctx, c, n, cat
        self.gk = f"/zwgk_{n}/"
        self.news_col = f"/zwxx_{n}/zwdt/"
        nav = [("/", "首页"), (self.news_col, "政务动态"), (self.gk, "政务公开"), ("/hdjl/", "互动交流")]
        self.skin = open_site(ctx, c, nav, clock, skin=CqSkin)
        self.news = cq_column(
            self.skin,
            self.news_col,
            "政务动态",
            [(f"/zwxx_{n}/", "政务信息"), (self.news_col, "政务动态")],
            ctx.news(c, 190),
            per=20,
        )
        self.cols: list[tuple[str, str, list]] = []

    def col(self, sub: str, name: str, items, *, top: bool = False, **kw):
        """``/zwgk_<n>/<sub>/`` when ``top`` (as fzzfjsndbg), else under the 信息公开目录."""
        col = f"{self.gk}{sub}/" if top else f"{self.gk}{self.cat}/{sub}/"
        trail = [(self.gk, "政务公开")] + ([] if top else [(f"{self.gk}{self.cat}/", "政府信息公开目录")])
        out = cq_column(self.skin, col, name, [*trail, (col, name)], items, **kw)
        self.cols.append((col, name, out))
        return out

    def finish(self, extra: str = "") -> None:
        cat = f"{self.gk}{self.cat}/"
        inner = [(u, n, v) for u, n, v in self.cols if u.startswith(cat)]
        index_page(
            self.skin, cat, "政府信息公开目录", [(self.gk, "政务公开"), (cat, "政府信息公开目录")], inner
        )
        top = [(u, n, v) for u, n, v in self.cols if not u.startswith(cat)]
        index_page(
            self.skin,
            self.gk,
            "政务公开",
            [(self.gk, "政务公开")],
            [(cat, "政府信息公开目录", []), *top],
        )
        home(self.skin, [(self.news_col, "政务动态", self.news), (self.gk, "政务公开", [])], extra=extra)


def _depts(ctx, c, year, k, first_month=2):
    out = []
    for i, d in enumerate(DEPTS[:k]):
        out.append(
            ctx.department_report(
                c, d, year, f"{year + 1}-0{first_month + i % 2}-{10 + i % 18:02d} 1{i % 8}:00"
            )
        )
    return out


def wanzhou(ctx: Ctx32) -> None:
    """万州区 (重庆), ``www.wz.gov.cn`` (``/zwgk_266/zfxxgkml_3393/…`` in a public coverage table):
    重庆 集约化. 法治政府建设年度报告 (``/zwgk_266/fzzfjsndbg/``) holds the 区政府's 2024 report
    among the 2024 reports of twenty 区级 departments; the 2022 report is on the column's second page
    (``index_1.html``, named only by ``createPage``) below fourteen 2023 department reports."""
    c = County("wanzhou", "万州区", "重庆市", "", "500101", "www.wz.gov.cn")
    s = _Site(ctx, c, 266, dt.date(2025, 4, 22), cat="zfxxgkml_3393")
    r24 = _rep(
        ctx,
        c,
        2024,
        "重庆市万州区人民政府关于2024年法治政府建设情况的报告",
        "2025-03-28 17:10",
        "万州区人民政府",
    )
    r22 = _rep(
        ctx,
        c,
        2022,
        "重庆市万州区人民政府关于2022年法治政府建设情况的报告",
        "2023-03-29 15:40",
        "万州区人民政府",
    )
    d24 = _depts(ctx, c, 2024, 20)
    d23 = _depts(ctx, c, 2023, 14)
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2024), ("plan", 2025), ("meeting_topic", 2024)])
    fz = s.col("fzzfjsndbg", "法治政府建设年度报告", [r24, *d24, *d23, r22], top=True)
    assert fz.index(r22) >= 20, fz.index(r22)
    s.col("tzgg", "通知公告", [*look, *ctx.fillers(c, 30, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(CQ,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(CQ, "later_list_page"))
    for d in (*d24, *d23):
        ctx.record_department(c, d, d.pub.year - 1, c.base + d.path)
    s.finish()


def kaizhou(ctx: Ctx32) -> None:
    """开州区 (重庆), ``www.cqkz.gov.cn`` (``/zwgk_238/zfxxgkml/…``): 重庆 集约化. The 2023 report is in
    法治政府建设年度报告 beside the 区司法局's report; the 2021 report is a PDF attached to a short
    article in 通知公告 (attachment beside the article, TRS ``P0…pdf``, assumed). 政府信息公开年度
    报告 and a 述法 report sit beside them."""
    c = County("kaizhou", "开州区", "重庆市", "", "500154", "www.cqkz.gov.cn")
    s = _Site(ctx, c, 238, dt.date(2024, 12, 3))
    r23 = _rep(ctx, c, 2023, "重庆市开州区2023年法治政府建设年度报告", "2024-03-27 10:00", "开州区人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-26 09:30")
    r21 = _rep(
        ctx, c, 2021, "开州区人民政府关于2021年度法治政府建设情况的报告", "2022-03-30 16:20", "开州区人民政府"
    )
    body = list(r21.paras)
    r21.paras = [r21.title + "全文见附件。"]
    r21.uid = ctx.uid()
    col = "/zwgk_238/zfxxgkml/tzgg/"
    pdf = ctx.attach(
        c, r21, f"{col}{r21.pub:%Y%m}/P0{r21.pub:%Y%m%d}{r21.uid % 900000 + 305000}.pdf", "pdf", body
    )
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("shufa", 2023), ("meeting", 2024)])
    s.col("fzzfjsndbg", "法治政府建设年度报告", [r23, dep, look[2]], top=True)
    s.col(
        "zfxxgkndbg",
        "政府信息公开年度报告",
        [look[0], *ctx.fillers(c, 5, "disclosure", (2019, 2023))],
        top=True,
    )
    s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r21, 8, "notice", s.skin.clock), r21, look[1], *ctx.fillers(c, 24, "notice")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(CQ,))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.record_file(c, r21, 2021, pdf, body, (CQ, "pdf_attachment"))
    s.finish()


def liangping(ctx: Ctx32) -> None:
    """梁平区 (重庆), ``www.cqlp.gov.cn``: 重庆 集约化 (column number assumed). The 2024 report and
    重庆市's 2024 report are in 法治政府建设年度报告 beside a 工作要点 and a 考核 通报; the 2020 report
    exists only as a scanned PDF in 通知公告. A 按日期浏览 archive never ends (trap)."""
    c = County("liangping", "梁平区", "重庆市", "", "500155", "www.cqlp.gov.cn")
    s = _Site(ctx, c, 247, dt.date(2025, 5, 9))
    trap = date_trap(ctx, s.skin, "/rqll/index.jsp")
    r24 = _rep(ctx, c, 2024, "重庆市梁平区2024年法治政府建设情况报告", "2025-03-26 11:30", "梁平区人民政府")
    cq = ctx.higher("重庆市", 2024, "党中央、国务院", "2025-04-03 10:00")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("assessment", 2024), ("duty_report", 2025)])
    r20 = _rep(ctx, c, 2020, "梁平区2020年法治政府建设年度报告", "2021-03-29 15:00", "梁平区司法局")
    body20 = list(r20.paras)
    r20.paras = ["(扫描件)"]
    r20.uid = ctx.uid()
    col = "/zwgk_247/zfxxgkml/tzgg/"
    scan = f"{col}{r20.pub:%Y%m}/P0{r20.pub:%Y%m%d}{r20.uid % 900000 + 622000}.pdf"
    r20.attachments.append((r20.title + ".pdf", scan, files.make_scan_pdf(r20.uid)))
    s.col(
        "fzzfjsndbg",
        "法治政府建设年度报告",
        [r24, cq, *look, *ctx.fillers(c, 4, "disclosure", (2020, 2024))],
        top=True,
    )
    s.col("tzgg", "通知公告", [r20, *ctx.fillers(c, 28, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(CQ, "higher_repost"))
    ctx.record_higher(c, cq, 2024, c.base + cq.path)
    ctx.record_scan(c, r20, 2020, scan, body20, kinds=(CQ,))
    s.finish(extra=f'<div class="rq"><a href="{trap}">按日期浏览</a></div>')


def xiushan(ctx: Ctx32) -> None:
    """秀山土家族苗族自治县 (重庆), ``www.cqxs.gov.cn``: 重庆 集约化 (column number assumed). The
    2023 report is in 法治政府建设年度报告 beside a 解读 and the 县司法局's report; the 2022 report is
    on the third page of 通知公告 (``index_2.html``, named only by ``createPage``). The site search
    echoes its query and pages for ever (trap; path assumed)."""
    c = County("xiushan", "秀山土家族苗族自治县", "重庆市", "", "500241", "www.cqxs.gov.cn")
    s = _Site(ctx, c, 223, dt.date(2024, 11, 18))
    trap = search_trap(ctx, s.skin, "/so/search.html", "q")
    r23 = _rep(
        ctx,
        c,
        2023,
        "秀山土家族苗族自治县2023年法治政府建设年度报告",
        "2024-03-28 09:20",
        "秀山土家族苗族自治县人民政府",
    )
    dep = ctx.department_report(c, "司法局", 2023, "2024-03-01 10:00")
    look = ctx.lookalikes_of(c, [("interpretation", 2024), ("notice", 2024)])
    r22 = _rep(
        ctx,
        c,
        2022,
        "秀山土家族苗族自治县人民政府关于2022年度法治政府建设工作情况的报告",
        "2023-03-30 14:10",
        "秀山土家族苗族自治县人民政府",
    )
    s.col("fzzfjsndbg", "法治政府建设年度报告", [r23, dep, look[0]], top=True)
    tz = s.col(
        "tzgg",
        "通知公告",
        [
            *newer(ctx, c, r22, 41, "notice", s.skin.clock),
            r22,
            look[1],
            *ctx.fillers(c, 10, "notice", (2019, 2022)),
        ],
    )
    assert tz.index(r22) >= 40
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(CQ,))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(CQ, "later_list_page"))
    s.finish(extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>')
