"""The blind52 sites: 咸宁 (湖北) counties on TRS ``.shtml`` (one listing its 政务公开 columns only
through the SSP search POST 咸宁's own portal uses), 马鞍山 (安徽) counties on 马鞍山's ``openness``
信息公开 platform (one on the 安徽 政务公开 platform whose lists come from ``/site/label/8888``),
the 马鞍山市 portal whose 县区 block alone links 博望区, and 厦门 (福建) districts on TRS ``.htm``.
"""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.core import h
from ..blind.sites_a import home, index_page
from ..blind2.core import open_site
from ..blind3.pages import assign, write_items
from ..blind16.core import ah_article, ah_column
from ..blind16.sites_a import AhSkin, ah_news
from ..blind16.sites_b import label_endpoint, label_shell
from ..blind32.platforms import XySkin, xy_column
from ..blind33.platforms import FjGbkSkin, FjSkin, fj_column, ssp_search_columns
from .core import County, Ctx52, date_trap, esc, html_copy, newer, put_at, search_trap
from .platforms import op_catalog, op_column, op_news

XY = "hb_trs_shtml"
SSP = "hb_ssp_search_post"
OP = "mas_openness_platform"
LABEL = "label_8888_fragment"
FJ = "xm_trs_htm"


class XyGbkSkin(XySkin):
    encoding = "gbk"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


def _attach_only(ctx, it, path, kind):
    """Make ``it`` a short article whose text is only in an attachment; return (path, body)."""
    body = list(it.paras)
    it.paras = [it.title.replace("|", "") + "全文详见附件。"]
    return ctx.attach(None, it, path, kind, body), body


class _Trs:
    """A TRS site (``.shtml`` or ``.htm`` lists paged by ``createPageHTML``): a news column and
    columns under ``gk`` (``/zwgk/`` or ``/xxgk/``)."""

    def __init__(self, ctx, c, clock, *, skin, builder, first, gk="/zwgk/", gk_name="政务公开", seeded=True):
        self.ctx, self.c, self.gk, self.gk_name = ctx, c, gk, gk_name
        self.builder, self.first = builder, first
        nav = [("/", "首页"), ("/xwzx/jryw/" + first, "今日要闻"), (gk, gk_name)]
        self.skin = open_site(ctx, c, nav, clock, skin=skin, seeded=seeded)
        self.news = builder(
            self.skin,
            "/xwzx/jryw/",
            "今日要闻",
            [("/xwzx/jryw/" + first, "今日要闻")],
            ctx.news(c, 190),
            per=20,
        )
        self.lists: list[tuple[str, str, list]] = []

    def trail(self, key: str, name: str):
        return [(self.gk, self.gk_name), (f"{self.gk}{key}/{self.first}", name)]

    def col(self, key: str, name: str, items, per: int = 15):
        col = f"{self.gk}{key}/"
        out = self.builder(self.skin, col, name, self.trail(key, name), items, per=per)
        self.lists.append((col + self.first, name, out))
        return out

    def finish(self, extra: str = "") -> None:
        index_page(self.skin, self.gk + "index.html", self.gk_name, [(self.gk, self.gk_name)], self.lists)
        self.skin.put(
            self.gk,
            self.ctx.web.resources[(self.c.host, self.gk + "index.html", "")].body.decode(self.skin.encoding),
        )
        home(
            self.skin,
            [("/xwzx/jryw/" + self.first, "今日要闻", self.news), (self.gk, self.gk_name, [])],
            extra=extra,
        )


def _xy(ctx, c, clock, skin=XySkin, **kw):
    return _Trs(ctx, c, clock, skin=skin, builder=xy_column, first="index.shtml", **kw)


def _fj(ctx, c, clock, gk, skin=FjSkin, **kw):
    return _Trs(ctx, c, clock, skin=skin, builder=fj_column, first="index.htm", gk=gk, **kw)


# ============================================================================ 湖北 咸宁
def xianan(ctx: Ctx52) -> None:
    """咸安区 (湖北 咸宁), ``www.xianan.gov.cn``: TRS ``.shtml`` (``index.shtml``, ``index_1.shtml``
    … by ``createPageHTML``). The 2024 report is on 通知公告's second page; the 2022 report in
    法治政府建设 beside 湖北省's reposted 2022 report and a 实施方案."""
    c = County("xianan", "咸安区", "湖北省", "咸宁市", "421202", "www.xianan.gov.cn")
    s = _xy(ctx, c, dt.date(2025, 5, 21))
    r24 = _rep(ctx, c, 2024, "咸安区2024年法治政府建设年度报告", "2025-03-28 10:20", "咸宁市咸安区人民政府")
    r22 = _rep(
        ctx,
        c,
        2022,
        "咸安区人民政府关于2022年法治政府建设情况的报告",
        "2023-03-30 16:00",
        "咸宁市咸安区人民政府",
    )
    hb = ctx.higher("湖北省", 2022, "党中央、国务院", "2023-04-07 09:30")
    look = ctx.lookalikes_of(c, [("plan", 2023), ("notice", 2025), ("xxgk_annual", 2024)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 17, "notice", s.skin.clock), r24, look[1], *ctx.fillers(c, 14, "notice")],
    )
    assert 15 <= tz.index(r24) < 30
    s.col("fzzfjs", "法治政府建设", [r22, hb, look[0], look[2], *ctx.fillers(c, 9, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(XY, "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(XY, "higher_repost"))
    ctx.record_higher(c, hb, 2022, c.base + hb.path)
    s.finish()


def jiayu(ctx: Ctx52) -> None:
    """嘉鱼县 (湖北 咸宁), ``www.jiayu.gov.cn``: TRS ``.shtml``. The 2023 report is in 法治政府建设
    beside the 县司法局's own report and a 述法报告; the 2021 report is a PDF (text layer,
    ``P0YYYYMMDD<digits>.pdf``) attached to a short article in 规划计划 → 工作总结."""
    c = County("jiayu", "嘉鱼县", "湖北省", "咸宁市", "421221", "www.jiayu.gov.cn")
    s = _xy(ctx, c, dt.date(2025, 4, 17))
    r23 = _rep(ctx, c, 2023, "嘉鱼县2023年度法治政府建设工作报告", "2024-03-29 11:00", "嘉鱼县人民政府")
    r21 = _rep(ctx, c, 2021, "嘉鱼县2021年法治政府建设情况报告", "2022-03-31 15:40", "嘉鱼县人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-23 10:30")
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("gov_work_report", 2024), ("meeting", 2022)])
    r21.uid = ctx.uid()
    pdf, body21 = _attach_only(
        ctx, r21, f"/zwgk/gzzj/{r21.pub:%Y%m}/P0{r21.pub:%Y%m%d}{r21.uid % 900000 + 512000}.pdf", "pdf"
    )
    s.col("fzzfjs", "法治政府建设", [r23, dep, look[0], *ctx.fillers(c, 9, "disclosure")])
    s.col("gzzj", "工作总结", [r21, look[1], look[2], *ctx.fillers(c, 12, "disclosure", (2019, 2024))])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(XY,))
    ctx.record_file(c, r21, 2021, pdf, body21, (XY, "pdf_attachment"))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    s.finish()


def tongcheng(ctx: Ctx52) -> None:
    """通城县 (湖北 咸宁), ``www.zgtc.gov.cn`` (GBK pages, assumed): TRS ``.shtml`` articles; its
    政务公开 columns are shells listed only by the SSP search POST ``/ssp/search/api/search?time=
    <ms>`` (the form body public crawlers send to ``www.xianning.gov.cn``; blind33's shape, the
    ``channelId`` field assumed). The 2024 report is in 法治政府建设 beside a 考核 通报; the 2022
    report on the second answer page of 通知公告; the 2021 report only as a scanned PDF."""
    c = County("tongcheng", "通城县", "湖北省", "咸宁市", "421222", "www.zgtc.gov.cn")
    s = _xy(ctx, c, dt.date(2025, 6, 4), skin=XyGbkSkin)
    r24 = _rep(ctx, c, 2024, "通城县2024年法治政府建设情况报告", "2025-03-27 17:10", "通城县人民政府")
    r22 = _rep(ctx, c, 2022, "通城县2022年度法治政府建设年度报告", "2023-03-29 09:20", "通城县人民政府")
    r21 = _rep(ctx, c, 2021, "通城县2021年法治政府建设工作报告", "2022-03-30 10:40", "通城县司法局")
    body21 = list(r21.paras)
    r21.paras = ["(扫描件)"]
    r21.uid = ctx.uid()
    scan = f"/zwgk/tzgg/{r21.pub:%Y%m}/P0{r21.pub:%Y%m%d}{r21.uid % 900000 + 733000}.pdf"
    r21.attachments.append((r21.title + ".pdf", scan, files.make_scan_pdf(r21.uid)))
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("interpretation", 2023), ("demo_news", 2023)])
    fz = [r24, look[0], *ctx.fillers(c, 10, "disclosure", (2020, 2025))]
    tz = [
        *newer(ctx, c, r22, 18, "notice", s.skin.clock),
        r22,
        look[1],
        look[2],
        r21,
        *ctx.fillers(c, 12, "notice", (2019, 2022)),
    ]
    cols = {}
    for cid, key, name, items in (("2417", "fzzfjs", "法治政府建设", fz), ("2409", "tzgg", "通知公告", tz)):
        for it in items:
            it.uid = it.uid or ctx.uid()
            it.path = it.path or f"/zwgk/{key}/{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid + 2800000}.shtml"
            s.skin.write_article(it, name, s.trail(key, name))
        cols[cid] = (f"/zwgk/{key}/index.shtml", name, items)
    ssp_search_columns(s.skin, h(c.host, "ssp-site")[:32], cols, [("/zwgk/", "政务公开")])
    assert cols["2409"][2].index(r22) >= 15
    s.lists = [(p, n, []) for p, n, _its in cols.values()]
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(XY, SSP, "gbk_pages"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(XY, SSP, "api_later_page"))
    ctx.record_scan(c, r21, 2021, scan, body21, kinds=(XY,))
    s.finish()


def chibi(ctx: Ctx52) -> None:
    """赤壁市 (湖北 咸宁), ``www.chibi.gov.cn``: TRS ``.shtml``. The 2023 report is in 通知公告
    beside a notice about the report; the 2021 report in 法治政府建设 beside 咸宁市's 2021 report and
    a 工作要点. The TRS search ``/was5/web/search?searchword=`` echoes its query and pages for ever
    (trap)."""
    c = County("chibi", "赤壁市", "湖北省", "咸宁市", "421281", "www.chibi.gov.cn")
    s = _xy(ctx, c, dt.date(2025, 3, 12))
    trap = search_trap(ctx, s.skin, "/was5/web/search", "searchword")
    r23 = _rep(ctx, c, 2023, "赤壁市2023年法治政府建设年度报告", "2024-03-28 14:50", "赤壁市人民政府")
    r21 = _rep(ctx, c, 2021, "赤壁市2021年度法治政府建设情况报告", "2022-03-30 09:10", "赤壁市人民政府")
    xn = ctx.higher("咸宁市", 2021, "省委、省政府", "2022-04-01 10:00")
    look = ctx.lookalikes_of(c, [("notice", 2024), ("plan", 2022), ("duty_report", 2024)])
    s.col("tzgg", "通知公告", [r23, look[0], *ctx.fillers(c, 13, "notice")])
    s.col("fzzfjs", "法治政府建设", [r21, xn, look[1], look[2], *ctx.fillers(c, 8, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(XY,))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(XY, "higher_repost"))
    ctx.record_higher(c, xn, 2021, c.base + xn.path)
    s.finish(extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>')


# ============================================================================ 安徽 马鞍山
class _Op:
    """A site of 马鞍山's ``openness`` platform: news and 信息公开 columns of one branch."""

    def __init__(self, ctx, c, clock, branch: str, news_col: str, news_name: str, *, seeded=True):
        self.ctx, self.c, self.branch = ctx, c, branch
        self.gk = f"/xxgk/opennessContent/?branch_id={branch}"
        nav = [("/", "首页"), (f"/content/column/{news_col}", news_name), (self.gk, "政府信息公开")]
        self.skin = open_site(ctx, c, nav, clock, skin=AhSkin, seeded=seeded)
        self.news = op_news(self.skin, news_col, news_name, ctx.news(c, 180))
        self.news_nav = nav[1]
        self.cols: list[tuple[int, str]] = []

    def col(self, code: int, name: str, items, per: int = 15):
        self.cols.append((code, name))
        return op_column(self.skin, self.branch, code, name, items, per=per)

    def finish(self, extra: str = "") -> None:
        op_catalog(self.skin, self.branch, self.cols)
        home(
            self.skin,
            [(self.news_nav[0], self.news_nav[1], self.news), (self.gk, "政府信息公开", [])],
            extra=extra,
        )


def huashan(ctx: Ctx52) -> None:
    """花山区 (安徽 马鞍山), ``www.mashsq.gov.cn`` (https): the ``openness`` platform (a stored
    花山区 article ``/xxgk/openness/detail/content/6948b0a8886688986b8b4579.html``). The 2024 report
    is on page 2 of 其他法定公开信息; the 2022 report in 法治政府建设 beside 安徽省's reposted 2022
    report and a 政府工作报告."""
    c = County("huashan", "花山区", "安徽省", "马鞍山市", "340503", "www.mashsq.gov.cn", scheme="https")
    s = _Op(ctx, c, dt.date(2025, 5, 30), "5b5e9f3a8866889a2c8b4567", "1062", "花山要闻")
    r24 = _rep(ctx, c, 2024, "花山区2024年法治政府建设工作报告", "2025-03-31 09:00", "马鞍山市花山区人民政府")
    r22 = _rep(
        ctx, c, 2022, "花山区2022年度法治政府建设情况报告", "2023-03-28 15:30", "马鞍山市花山区人民政府"
    )
    ah = ctx.higher("安徽省", 2022, "党中央、国务院", "2023-04-10 10:00")
    look = ctx.lookalikes_of(c, [("gov_work_report", 2025), ("notice", 2025), ("meeting_topic", 2024)])
    qt = s.col(
        21,
        "其他法定公开信息",
        [
            *newer(ctx, c, r24, 16, "disclosure", s.skin.clock),
            r24,
            look[1],
            *ctx.fillers(c, 12, "disclosure"),
        ],
    )
    assert 15 <= qt.index(r24) < 30
    s.col(37, "法治政府建设", [r22, ah, look[0], look[2], *ctx.fillers(c, 8, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(OP, "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(OP, "higher_repost"))
    ctx.record_higher(c, ah, 2022, c.base + ah.path)
    s.finish()


def dangtu(ctx: Ctx52) -> None:
    """当涂县 (安徽 马鞍山), ``www.dangtu.gov.cn``: the ``openness`` platform. The 2023 report is in
    法治政府建设 beside the 县司法局's report and a 解读; the 2021 report is a DOCX attached to a
    short item in 通知公告. The platform's search ``/site/search/<siteId>?keywords=`` (the shape of
    ``www.mas.gov.cn/site/search/4697368?…&keywords=`` in a public crawler) echoes its query and
    pages for ever (trap)."""
    c = County("dangtu", "当涂县", "安徽省", "马鞍山市", "340521", "www.dangtu.gov.cn")
    s = _Op(ctx, c, dt.date(2025, 4, 9), "5b5ea0128866889a2c8b4571", "1201", "当涂要闻")
    trap = search_trap(ctx, s.skin, "/site/search/4697412", "keywords")
    r23 = _rep(ctx, c, 2023, "当涂县2023年法治政府建设情况报告", "2024-03-27 10:10", "当涂县人民政府")
    r21 = _rep(ctx, c, 2021, "当涂县2021年度法治政府建设工作报告", "2022-03-29 16:30", "当涂县人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-28 09:40")
    look = ctx.lookalikes_of(c, [("interpretation", 2024), ("assessment", 2022), ("xxgk_annual", 2022)])
    r21.uid = ctx.uid()
    docx, body21 = _attach_only(
        ctx, r21, f"/group1/M00/00/{r21.uid % 97:02X}/rBAKC{h(c.host, r21.uid)[:12]}.docx", "docx"
    )
    s.col(37, "法治政府建设", [r23, dep, look[0], *ctx.fillers(c, 9, "disclosure")])
    s.col(12, "通知公告", [r21, look[1], look[2], *ctx.fillers(c, 22, "notice", (2019, 2023))])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(OP,))
    ctx.record_file(c, r21, 2021, docx, body21, (OP, "docx_attachment"))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    s.finish(extra=f'<div class="search"><a href="{trap}">站内搜索</a></div>')


def hanshan(ctx: Ctx52) -> None:
    """含山县 (安徽 马鞍山), ``www.hanshan.gov.cn``: the 安徽 政务公开 platform (``/public/column/
    <organId>?type=4&catId=…&action=list&nav=3``, articles ``/public/<organId>/<id>.html``) whose
    column pages are filled by a POST of ``labelName=publicInfoList…`` to ``/site/label/8888``
    (blind16's shape, from public crawlers of many 安徽 sites). The 2024 report is on the label's
    third page of 通知公告; the 2022 report in 法治政府建设 beside 马鞍山市's 2022 report."""
    c = County("hanshan", "含山县", "安徽省", "马鞍山市", "340522", "www.hanshan.gov.cn")
    organ, site_id = "11221", "6598371"
    gk = f"/public/column/{organ}?type=4&action=list&nav=3"
    nav = [("/", "首页"), ("/content/column/6789121?pageIndex=1", "含山要闻"), (gk, "政府信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 12), skin=AhSkin)
    news = ah_news(skin, "6789121", "含山要闻", 190)
    r24 = _rep(ctx, c, 2024, "含山县2024年度法治政府建设工作报告", "2025-03-26 10:30", "含山县人民政府")
    r22 = _rep(
        ctx,
        c,
        2022,
        "中共含山县委 含山县人民政府关于2022年度法治政府建设情况的报告",
        "2023-03-30 09:50",
        "含山县人民政府",
    )
    mas = ctx.higher("马鞍山市", 2022, "省委、省政府", "2023-04-04 15:00")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("plan", 2023), ("shufa", 2023)])
    names = {"6822311": "通知公告", "6822341": "法治政府建设"}
    cols = {
        (organ, "6822311"): [
            *newer(ctx, c, r24, 31, "notice", skin.clock),
            r24,
            look[0],
            *ctx.fillers(c, 14, "notice"),
        ],
        (organ, "6822341"): [mas, r22, look[1], look[2], *ctx.fillers(c, 9, "disclosure")],
    }
    for key, items in cols.items():
        cols[key] = assign(ctx, items, ah_article(organ))
        trail = [(gk, "政府信息公开"), (ah_column(organ, key[1]), names[key[1]])]
        write_items(skin, cols[key], names[key[1]], trail)
        label_shell(skin, organ, key[1], names[key[1]], site_id, "/hsxxgk/publicInfoList_newest2020", trail)
    assert cols[(organ, "6822311")].index(r24) >= 30
    label_endpoint(ctx, c, cols)
    rows = "".join(f'<li><a href="{esc(ah_column(organ, k))}">{n}</a></li>' for k, n in names.items())
    put_at(
        skin,
        gk,
        skin.page(
            "政府信息公开",
            f'{skin.crumbs([(gk, "政府信息公开")])}<div class="xxgk_nav">'
            f"<h3>法定主动公开内容</h3><ul>{rows}</ul></div>",
        ),
    )
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(LABEL, "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(LABEL, "higher_repost"))
    ctx.record_higher(c, mas, 2022, c.base + mas.path)
    home(skin, [(nav[1][0], "含山要闻", news), (gk, "政府信息公开", [])])


XIANQU = (
    ("花山区", "https://www.mashsq.gov.cn/"),
    ("雨山区", "http://www.masysq.gov.cn/"),
    ("博望区", "http://www.masbwq.gov.cn/"),
    ("当涂县", "http://www.dangtu.gov.cn/"),
    ("含山县", "http://www.hanshan.gov.cn/"),
    ("和县", "http://www.hexian.gov.cn/"),
)


def mas_portal(ctx: Ctx52) -> None:
    """马鞍山市 portal ``www.mas.gov.cn`` (https), seeded: the ``openness`` platform; its 县区 block
    (the ``list-branch-xianqu`` template: each branch's own ``website``, ``target="_blank"``) links
    the six 县区 sites, among them 博望区 (``www.masbwq.gov.cn``), which no seed row names. 博望区
    is on the same platform: 2024 report in 法治政府建设 beside a 工作要点, 2022 report in 通知公告
    beside a 解读."""
    p = County("mas_portal", "马鞍山市", "安徽省", "", "340500", "www.mas.gov.cn", scheme="https")
    ps = _Op(ctx, p, dt.date(2025, 6, 3), "5b5e9c1e8866889a2c8b4561", "1001", "马鞍山要闻")
    ps.col(12, "通知公告", ctx.fillers(p, 20, "notice"))
    block = "".join(f'<li><a href="{u}" target="_blank">{n}人民政府</a></li>' for n, u in XIANQU)
    ps.finish(extra=f'<div class="xianqu"><h3>县区政府网站</h3><ul>{block}</ul></div>')
    c = County("bowang", "博望区", "安徽省", "马鞍山市", "340506", "www.masbwq.gov.cn")
    s = _Op(ctx, c, dt.date(2025, 5, 12), "5b5ea0c48866889a2c8b4575", "1302", "博望要闻", seeded=False)
    r24 = _rep(ctx, c, 2024, "博望区2024年法治政府建设年度报告", "2025-03-28 16:40", "马鞍山市博望区人民政府")
    r22 = _rep(
        ctx, c, 2022, "博望区2022年度法治政府建设工作报告", "2023-03-31 10:30", "马鞍山市博望区人民政府"
    )
    look = ctx.lookalikes_of(c, [("plan", 2025), ("interpretation", 2023)])
    s.col(37, "法治政府建设", [r24, look[0], *ctx.fillers(c, 8, "disclosure")])
    s.col(12, "通知公告", [r22, look[1], *ctx.fillers(c, 20, "notice")])
    ctx.record(c, look)
    kinds = (OP, "unseeded_county_via_prefecture_list")
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=kinds)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=kinds)
    s.finish()


# ============================================================================ 福建 厦门
def siming(ctx: Ctx52) -> None:
    """思明区 (福建 厦门), ``www.siming.gov.cn`` (https): 厦门 TRS ``.htm`` under ``/xxgk/`` (a public
    site table lists ``www.siming.gov.cn/xxgk/zcwjk/``). The 2024 report is in 法治政府建设 beside
    福建省's reposted 2024 report and a 述法报告; the 2022 report is on 通知公告's ``index_1.htm``."""
    c = County("siming", "思明区", "福建省", "厦门市", "350203", "www.siming.gov.cn", scheme="https")
    s = _fj(ctx, c, dt.date(2025, 5, 26), "/xxgk/", gk_name="信息公开")
    r24 = _rep(ctx, c, 2024, "思明区2024年法治政府建设情况报告", "2025-03-29 10:00", "厦门市思明区人民政府")
    r22 = _rep(ctx, c, 2022, "思明区2022年度法治政府建设年度报告", "2023-03-30 14:20", "厦门市思明区人民政府")
    fj = ctx.higher("福建省", 2024, "党中央、国务院", "2025-04-03 09:00")
    look = ctx.lookalikes_of(c, [("shufa", 2025), ("notice", 2023), ("text_interp", 2025)])
    s.col("fzzfjs", "法治政府建设", [r24, fj, look[0], look[2], *ctx.fillers(c, 9, "disclosure")])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r22, 16, "notice", s.skin.clock), r22, look[1], *ctx.fillers(c, 12, "notice")],
    )
    assert 15 <= tz.index(r22) < 30
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(FJ, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(FJ, "later_list_page"))
    ctx.record_higher(c, fj, 2024, c.base + fj.path)
    s.finish()


def huli(ctx: Ctx52) -> None:
    """湖里区 (福建 厦门), ``www.huli.gov.cn`` (https): 厦门 TRS ``.htm`` under ``/zwgk/`` (public site
    table: ``www.huli.gov.cn/zwgk/zcwjk/``). The 2023 report is in 规划计划 → 工作总结 beside a
    工作要点 and a 政府工作报告; the 2021 report in 通知公告 beside a 解读."""
    c = County("huli", "湖里区", "福建省", "厦门市", "350206", "www.huli.gov.cn", scheme="https")
    s = _fj(ctx, c, dt.date(2025, 4, 25), "/zwgk/")
    r23 = _rep(
        ctx,
        c,
        2023,
        "湖里区人民政府关于2023年度法治政府建设工作情况的报告",
        "2024-03-28 17:00",
        "厦门市湖里区人民政府",
    )
    r21 = _rep(ctx, c, 2021, "湖里区2021年法治政府建设年度报告", "2022-03-30 11:20", "厦门市湖里区人民政府")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("gov_work_report", 2024), ("interpretation", 2022)])
    s.col("gzzj", "工作总结", [r23, look[0], look[1], *ctx.fillers(c, 11, "disclosure")])
    s.col("tzgg", "通知公告", [r21, look[2], *ctx.fillers(c, 24, "notice", (2019, 2024))])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(FJ,))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(FJ,))
    s.finish()


def jimei(ctx: Ctx52) -> None:
    """集美区 (福建 厦门), ``www.jimei.gov.cn`` (https): 厦门 TRS ``.htm`` under ``/xxgk/`` (public
    site table: ``www.jimei.gov.cn/xxgk/zcwjk/``). The 2024 report is a PDF (text layer, TRS
    ``P0…pdf``) attached to a short item in 通知公告; the 2022 report in 法治政府建设 beside the
    区司法局's report and a 考核 通报. A 按日期浏览 archive never ends (trap)."""
    c = County("jimei", "集美区", "福建省", "厦门市", "350211", "www.jimei.gov.cn", scheme="https")
    s = _fj(ctx, c, dt.date(2025, 6, 16), "/xxgk/", gk_name="信息公开")
    trap = date_trap(ctx, s.skin, "/rqll/index.jsp")
    r24 = _rep(ctx, c, 2024, "集美区2024年度法治政府建设情况报告", "2025-03-31 16:00", "厦门市集美区人民政府")
    r22 = _rep(ctx, c, 2022, "集美区2022年法治政府建设工作报告", "2023-03-29 10:50", "厦门市集美区人民政府")
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-21 11:00")
    look = ctx.lookalikes_of(c, [("assessment", 2023), ("meeting", 2024), ("xxgk_annual", 2023)])
    r24.uid = ctx.uid()
    pdf, body24 = _attach_only(
        ctx, r24, f"/xxgk/tzgg/{r24.pub:%Y%m}/P0{r24.pub:%Y%m%d}{r24.uid % 900000 + 648000}.pdf", "pdf"
    )
    s.col("tzgg", "通知公告", [r24, look[1], *ctx.fillers(c, 22, "notice")])
    s.col("fzzfjs", "法治政府建设", [dep, r22, look[0], look[2], *ctx.fillers(c, 8, "disclosure")])
    ctx.record(c, look)
    ctx.record_file(c, r24, 2024, pdf, body24, (FJ, "pdf_attachment"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(FJ,))
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    s.finish(extra=f'<div class="rqll"><a href="{trap}">按日期浏览</a></div>')


def tongan(ctx: Ctx52) -> None:
    """同安区 (福建 厦门), ``www.xmta.gov.cn`` (https, GBK pages assumed): 厦门 TRS ``.htm`` under
    ``/zwgk/``. The 2023 report is in 法治政府建设 beside 厦门市's 2023 report; the 2021 report is on
    通知公告's third page (``index_2.htm``)."""
    c = County("tongan", "同安区", "福建省", "厦门市", "350212", "www.xmta.gov.cn", scheme="https")
    s = _fj(ctx, c, dt.date(2025, 3, 20), "/zwgk/", skin=FjGbkSkin)
    r23 = _rep(ctx, c, 2023, "同安区2023年法治政府建设年度报告", "2024-03-27 09:40", "厦门市同安区人民政府")
    r21 = _rep(
        ctx, c, 2021, "同安区2021年度法治政府建设情况的报告", "2022-03-31 15:00", "厦门市同安区人民政府"
    )
    xm = ctx.higher("厦门市", 2023, "省委、省政府", "2024-04-02 10:30")
    look = ctx.lookalikes_of(c, [("meeting_topic", 2024), ("notice", 2022), ("plan", 2022)])
    s.col("fzzfjs", "法治政府建设", [r23, xm, look[0], look[2], *ctx.fillers(c, 8, "disclosure")])
    tz = s.col(
        "tzgg",
        "通知公告",
        [
            *newer(ctx, c, r21, 31, "notice", s.skin.clock),
            r21,
            look[1],
            *ctx.fillers(c, 10, "notice", (2019, 2021)),
        ],
    )
    assert 30 <= tz.index(r21) < 45
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(FJ, "higher_repost", "gbk_pages"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(FJ, "later_list_page", "gbk_pages"))
    ctx.record_higher(c, xm, 2023, c.base + xm.path)
    s.finish()
