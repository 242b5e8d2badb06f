"""The blind46 sites: 荆门 (湖北) counties on Hanweb JCMS (``/col/col<id>/index.html`` columns
carrying 45 records in a ``<datastore>``, older ones from ``dataproxy.jsp``; articles
``/art/YYYY/M/D/art_<col>_<id>.html``), 钦州 (广西) counties on 广西's TRS ``.shtml`` platform
(``/zfxxgk/…`` trees, ``index_N.shtml`` pages named by ``createPageHTML``), and 安顺 (贵州)
counties on 贵州's TRS platform (``/zwgk/zfxxgk/…`` trees, ``index_N.html`` by
``createPageHTML``), plus the 安顺市 portal whose 县区 block alone links 镇宁自治县. Every site is
an ordinary member of its family; the README gives the evidence per family and site."""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home, index_page
from ..blind2.core import open_site
from ..blind25.platforms import hanweb, hanweb_attach, hexid, put_attachments
from ..blind27.sites import Site
from ..blind31.platforms import GxGbkSkin, GxSkin, gx_column
from .core import County, Ctx46, date_trap, html_copy, newer, search_trap

HW = "jcms_datastore"
GX = "gx_trs_shtml"
GZ = "guizhou_trs_pager"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


# ============================================================================ 湖北 荆门 (Hanweb)
def _hw_home(skin, cols: dict, lists: dict, extra: str = "") -> None:
    home(skin, [(f"/col/col{k}/index.html", v[0], lists[k]) for k, v in cols.items()], extra=extra)


def _hw_nav(cols: dict) -> list:
    return [("/", "首页"), *((f"/col/col{k}/index.html", v[0]) for k, v in list(cols.items())[:3])]


def dongbao(ctx: Ctx46) -> None:
    """东宝区 (湖北 荆门), ``www.jmdbq.gov.cn`` (https): Hanweb JCMS as ``www.jingmen.gov.cn``
    (``/col/col26014/``, ``/art/2026/6/29/art_693_1224936.html``). The 2024 report is the 47th
    record of 通知公告, past the 45 the column page carries (``dataproxy.jsp`` serves it); the
    2022 report is in 法治政府建设 beside 湖北省's reposted 2022 report and a 实施方案."""
    c = County("dongbao", "东宝区", "湖北省", "荆门市", "420802", "www.jmdbq.gov.cn", scheme="https")
    clock = dt.date(2025, 9, 16)
    r24 = _rep(ctx, c, 2024, "荆门市东宝区2024年法治政府建设年度报告", "2025-03-28 10:20", "东宝区人民政府")
    r22 = _rep(
        ctx, c, 2022, "东宝区人民政府关于2022年法治政府建设情况的报告", "2023-03-30 15:00", "东宝区人民政府"
    )
    hb = ctx.higher("湖北省", 2022, "党中央、国务院", "2023-04-06 09:30")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("plan", 2023), ("xxgk_annual", 2024)])
    cols = {
        17301: ("东宝要闻", ctx.news(c, 190)),
        17326: (
            "通知公告",
            [*newer(ctx, c, r24, 46, "notice", clock), r24, look[0], *ctx.fillers(c, 14, "notice")],
        ),
        17342: ("法治政府建设", [r22, hb, look[1], look[2], *ctx.fillers(c, 9, "disclosure")]),
    }
    skin = open_site(ctx, c, _hw_nav(cols), clock)
    lists = hanweb(ctx, skin, "17", "54721", "荆门市东宝区人民政府", cols)
    assert lists[17326].index(r24) >= 45
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HW, "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HW, "higher_repost"))
    ctx.record_higher(c, hb, 2022, c.base + hb.path)
    _hw_home(skin, cols, lists)


def duodao(ctx: Ctx46) -> None:
    """掇刀区 (湖北 荆门), ``www.duodao.gov.cn``: Hanweb JCMS. The 2023 report is a PDF (text
    layer) behind ``/module/download/downfile.jsp?classid=0&filename=<hex>.pdf`` on an article in
    法治政府建设, beside a 实施方案 and a 解读; the 2021 report is in 规划计划 → 工作总结 beside the
    政府工作报告; the 区司法局's 2023 report is in 部门信息公开 → 区司法局."""
    c = County("duodao", "掇刀区", "湖北省", "荆门市", "420804", "www.duodao.gov.cn")
    clock = dt.date(2025, 4, 24)
    r23 = _rep(ctx, c, 2023, "掇刀区2023年度法治政府建设工作报告", "2024-03-29 16:40", "掇刀区人民政府")
    body23 = list(r23.paras)
    r23.paras = [r23.title + "全文见附件。"]
    pdf = hanweb_attach(ctx, c, r23, body23)
    r21 = _rep(ctx, c, 2021, "荆门市掇刀区2021年法治政府建设情况报告", "2022-03-31 10:00", "掇刀区人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-27 09:40")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("interpretation", 2024), ("gov_work_report", 2022)])
    cols = {
        18101: ("掇刀要闻", ctx.news(c, 180)),
        18115: ("法治政府建设", [r23, look[0], look[1], *ctx.fillers(c, 10, "disclosure")]),
        18131: ("工作总结", [r21, look[2], *ctx.fillers(c, 22, "disclosure", (2019, 2024))]),
        18188: ("区司法局", [dep, *ctx.fillers(c, 12, "disclosure")]),
    }
    skin = open_site(ctx, c, _hw_nav(cols), clock)
    lists = hanweb(ctx, skin, "18", "55102", "荆门市掇刀区人民政府", cols)
    put_attachments(ctx, c, r23)
    assert lists[18131].index(r21) < 45
    ctx.record(c, look)
    ctx.record_file(c, r23, 2023, pdf, body23, (HW, "pdf_attachment"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(HW,))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    _hw_home(skin, cols, lists)


def shayang(ctx: Ctx46) -> None:
    """沙洋县 (湖北 荆门), ``www.shayang.gov.cn``: Hanweb JCMS. The 2025 report is in 法治政府建设
    beside 荆门市's reposted 2025 report; the 2022 report exists only as a ``.doc`` behind
    ``downfile.jsp`` in 通知公告; the joint 县委/县政府 2021 report is in 通知公告. Hanweb's
    ``/jsearchfront/search.do?q=`` echoes its query and pages for ever (trap)."""
    c = County("shayang", "沙洋县", "湖北省", "荆门市", "420822", "www.shayang.gov.cn")
    clock = dt.date(2026, 4, 22)
    r25 = _rep(ctx, c, 2025, "沙洋县2025年法治政府建设年度报告", "2026-03-30 11:10", "沙洋县人民政府")
    r22 = _rep(ctx, c, 2022, "沙洋县2022年度法治政府建设情况报告", "2023-03-29 09:20", "沙洋县司法局")
    r22.uid = ctx.uid()
    doc = f"/module/download/downfile.jsp?classid=0&filename={hexid(c, r22, 'd')}.doc"
    body22 = list(r22.paras)
    r22.paras = [r22.title + "全文见附件。"]
    ctx.attach(c, r22, doc, "doc", body22)
    r21 = _rep(
        ctx,
        c,
        2021,
        "中共沙洋县委 沙洋县人民政府关于2021年度法治政府建设情况的报告",
        "2022-03-30 17:00",
        "沙洋县人民政府",
    )
    jm = ctx.higher("荆门市", 2025, "省委、省政府", "2026-04-03 10:00")
    look = ctx.lookalikes_of(c, [("duty_report", 2026), ("notice", 2022), ("meeting", 2025)])
    cols = {
        19201: ("沙洋新闻", ctx.news(c, 200, (2020, 2026))),
        19233: ("法治政府建设", [r25, jm, look[0], *ctx.fillers(c, 9, "disclosure")]),
        19240: ("通知公告", [r21, r22, look[1], look[2], *ctx.fillers(c, 26, "notice", (2019, 2025))]),
    }
    skin = open_site(ctx, c, _hw_nav(cols), clock)
    trap = search_trap(ctx, skin, "/jsearchfront/search.do", "q")
    lists = hanweb(ctx, skin, "19", "56318", "沙洋县人民政府", cols)
    put_attachments(ctx, c, r22)
    assert lists[19240].index(r21) < 45
    ctx.record(c, look)
    ctx.truth_report(c, r25, 2025, html_copy(c, r25), kinds=(HW, "higher_repost"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(HW, "joint_party_title"))
    ctx.record_file(c, r22, 2022, doc, body22, (HW, "doc_needs_reader"))
    ctx.record_higher(c, jm, 2025, c.base + jm.path)
    _hw_home(skin, cols, lists, extra=f'<div class="search"><a href="{trap}">站内搜索</a></div>')


def zhongxiang(ctx: Ctx46) -> None:
    """钟祥市 (湖北 荆门), ``www.zhongxiang.gov.cn``: Hanweb JCMS (stored article URL
    ``/art/2026/2/3/art_13228_1204002.html``). The 2023 report is in 法治政府建设 beside a 述法报告
    and a 考核 通报; the 2021 report is the 48th record of 政策文件 → 其他文件, served only by
    ``dataproxy.jsp``."""
    c = County("zhongxiang", "钟祥市", "湖北省", "荆门市", "420881", "www.zhongxiang.gov.cn")
    clock = dt.date(2025, 6, 3)
    r23 = _rep(ctx, c, 2023, "钟祥市2023年法治政府建设情况报告", "2024-03-28 15:30", "钟祥市人民政府")
    r21 = _rep(
        ctx,
        c,
        2021,
        "钟祥市人民政府关于2021年度法治政府建设工作情况的报告",
        "2022-03-29 10:40",
        "钟祥市人民政府",
    )
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("assessment", 2023), ("meeting_topic", 2022)])
    cols = {
        13201: ("钟祥要闻", ctx.news(c, 200)),
        13228: ("法治政府建设", [r23, look[0], look[1], *ctx.fillers(c, 11, "disclosure")]),
        13245: (
            "其他文件",
            [*newer(ctx, c, r21, 47, "disclosure", clock), r21, look[2], *ctx.fillers(c, 10, "disclosure")],
        ),
    }
    skin = open_site(ctx, c, _hw_nav(cols), clock)
    lists = hanweb(ctx, skin, "13", "52960", "钟祥市人民政府", cols)
    assert lists[13245].index(r21) >= 45
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HW,))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(HW, "api_later_page", "other_files_column"))
    _hw_home(skin, cols, lists)


# ============================================================================ 广西 钦州 (TRS .shtml)
GK = "/zfxxgk/"
GX_COLS = {
    "tzgg": ("/zfxxgk/fdzdgknr/tzgg/", "通知公告"),
    "fzzfjs": ("/zfxxgk/fdzdgknr/fzzfjs/", "法治政府建设"),
    "qtwj": ("/zfxxgk/zcwj2/qtwj/", "其他文件"),
    "gzzj": ("/zfxxgk/fdzdgknr/ghjh/gzzj/", "工作总结"),
    "sfj": ("/zfxxgk/bmxxgk/sfj/", "司法局"),
}


class _Gx:
    def __init__(self, ctx: Ctx46, c: County, clock: dt.date, skin=GxSkin):
        self.ctx, self.c = ctx, c
        nav = [("/", "首页"), ("/xwzx/jryw/index.shtml", "今日要闻"), (GK + "index.shtml", "政府信息公开")]
        self.skin = open_site(ctx, c, nav, clock, skin=skin)
        self.news = gx_column(
            self.skin,
            "/xwzx/jryw/",
            "今日要闻",
            [("/xwzx/jryw/index.shtml", "今日要闻")],
            ctx.news(c, 180),
            per=20,
        )
        self.cols: dict = {}

    def col(self, key: str, items, **kw):
        col, name = GX_COLS[key]
        trail = [(GK + "index.shtml", "政府信息公开"), (col + "index.shtml", name)]
        self.cols[key] = gx_column(self.skin, col, name, trail, items, **kw)
        return self.cols[key]

    def attach(self, key: str, r, kind: str) -> tuple[str, list[str]]:
        r.uid = r.uid or self.ctx.uid()
        path = f"{GX_COLS[key][0]}{r.pub:%Y%m}/P0{r.pub:%Y%m%d}{r.uid % 900000 + 100000}.{kind}"
        body = list(r.paras)
        r.paras = [r.title + "全文见附件。"]
        return self.ctx.attach(self.c, r, path, kind, body), body

    def finish(self, extra: str = "") -> None:
        boxes = [(GX_COLS[k][0] + "index.shtml", GX_COLS[k][1], v) for k, v in self.cols.items()]
        index_page(
            self.skin, GK + "index.shtml", "政府信息公开", [(GK + "index.shtml", "政府信息公开")], boxes
        )
        home(
            self.skin,
            [("/xwzx/jryw/index.shtml", "今日要闻", self.news), (GK + "index.shtml", "政府信息公开", [])],
            extra=extra,
        )


def qinnan(ctx: Ctx46) -> None:
    """钦南区 (广西 钦州), ``www.gxqn.gov.cn``: 广西 TRS (``/zfxxgk/zcwj2/jcgkgfxwj/`` in a public
    coverage table). The 2024 report is in 法治政府建设 beside 广西's reposted 2024 report and a
    实施方案; the 2022 report is on 通知公告's ``index_1.shtml`` (named only by ``createPageHTML``)."""
    c = County("qinnan", "钦南区", "广西壮族自治区", "钦州市", "450702", "www.gxqn.gov.cn")
    s = _Gx(ctx, c, dt.date(2025, 5, 7))
    r24 = _rep(ctx, c, 2024, "钦州市钦南区2024年法治政府建设年度报告", "2025-03-27 09:40", "钦南区人民政府")
    r22 = _rep(ctx, c, 2022, "钦南区2022年法治政府建设情况报告", "2023-03-30 16:10", "钦南区人民政府")
    gx = ctx.higher("广西壮族自治区", 2024, "党中央、国务院", "2025-04-03 10:00")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("notice", 2023), ("demo_news", 2023)])
    s.col("fzzfjs", [r24, gx, look[0], *ctx.fillers(c, 9, "disclosure")])
    tz = s.col(
        "tzgg",
        [
            *newer(ctx, c, r22, 17, "notice", s.skin.clock),
            r22,
            look[1],
            look[2],
            *ctx.fillers(c, 10, "notice"),
        ],
    )
    assert 15 <= tz.index(r22) < 30
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(GX, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(GX, "later_list_page"))
    ctx.record_higher(c, gx, 2024, c.base + gx.path)
    s.finish()


def qinbei(ctx: Ctx46) -> None:
    """钦北区 (广西 钦州), ``www.qinbei.gov.cn`` (GBK pages assumed): 广西 TRS. The 2023 report is
    on 通知公告's third page (``index_2.shtml``); the 2021 report is filed in 政策文件 → 其他文件
    beside the 政府工作报告."""
    c = County("qinbei", "钦北区", "广西壮族自治区", "钦州市", "450703", "www.qinbei.gov.cn")
    s = _Gx(ctx, c, dt.date(2025, 7, 1), skin=GxGbkSkin)
    r23 = _rep(ctx, c, 2023, "钦州市钦北区2023年度法治政府建设工作报告", "2024-03-29 10:10", "钦北区人民政府")
    r21 = _rep(
        ctx,
        c,
        2021,
        "钦北区人民政府关于2021年度法治政府建设工作情况的报告",
        "2022-03-28 15:20",
        "钦北区人民政府",
    )
    look = ctx.lookalikes_of(c, [("interpretation", 2024), ("gov_work_report", 2022), ("meeting", 2023)])
    tz = s.col(
        "tzgg",
        [*newer(ctx, c, r23, 32, "notice", s.skin.clock), r23, look[0], *ctx.fillers(c, 8, "notice")],
    )
    assert tz.index(r23) >= 30
    s.col("qtwj", [r21, look[1], look[2], *ctx.fillers(c, 20, "disclosure", (2019, 2024))])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(GX, "gbk_pages", "later_list_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(GX, "gbk_pages", "other_files_column"))
    s.finish()


def lingshan(ctx: Ctx46) -> None:
    """灵山县 (广西 钦州), ``www.gxls.gov.cn``: 广西 TRS. The 2024 report is a PDF attachment (TRS
    ``P0<date><n>.pdf``) on an article in 法治政府建设 beside the 信息公开 annual report; the 2022
    report exists only as a scanned PDF there; the 2020 report is in 规划计划 → 工作总结 beside a
    工作要点. A 按日期浏览 archive never ends (trap)."""
    c = County("lingshan", "灵山县", "广西壮族自治区", "钦州市", "450721", "www.gxls.gov.cn")
    s = _Gx(ctx, c, dt.date(2025, 4, 15))
    r24 = _rep(ctx, c, 2024, "灵山县2024年法治政府建设工作情况的报告", "2025-03-31 17:20", "灵山县人民政府")
    pdf, body24 = s.attach("fzzfjs", r24, "pdf")
    r22 = _rep(ctx, c, 2022, "灵山县2022年法治政府建设年度报告", "2023-03-30 11:00", "灵山县人民政府")
    body22 = list(r22.paras)
    r22.paras = ["(扫描件)"]
    r22.uid = ctx.uid()
    scan = f"/zfxxgk/fdzdgknr/fzzfjs/{r22.pub:%Y%m}/P0{r22.pub:%Y%m%d}{r22.uid % 900000 + 100000}.pdf"
    r22.attachments.append((r22.title + ".pdf", scan, files.make_scan_pdf(r22.uid)))
    r20 = _rep(ctx, c, 2020, "灵山县2020年度法治政府建设情况报告", "2021-03-26 09:30", "灵山县人民政府")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2024), ("plan", 2021), ("assessment", 2022)])
    s.col("fzzfjs", [r24, look[0], r22, look[2], *ctx.fillers(c, 9, "disclosure")])
    s.col("gzzj", [r20, look[1], *ctx.fillers(c, 12, "disclosure", (2019, 2021))])
    ctx.record(c, look)
    ctx.record_file(c, r24, 2024, pdf, body24, (GX, "pdf_attachment"))
    ctx.truth_report(c, r20, 2020, html_copy(c, r20), kinds=(GX, "work_summary_column"))
    ctx.record_scan(c, r22, 2022, scan, body22, kinds=(GX,))
    trap = date_trap(ctx, s.skin, "/rqll/index.jsp")
    s.finish(extra=f'<div class="rqll"><a href="{trap}">按日期浏览</a></div>')


def pubei(ctx: Ctx46) -> None:
    """浦北县 (广西 钦州), ``www.gxpb.gov.cn``: 广西 TRS. The 2023 report is in 法治政府建设 beside
    钦州市's reposted 2023 report; the 2021 report is in 通知公告 beside a notice about the report;
    the 县司法局's 2023 report is in 部门信息公开 → 司法局."""
    c = County("pubei", "浦北县", "广西壮族自治区", "钦州市", "450722", "www.gxpb.gov.cn")
    s = _Gx(ctx, c, dt.date(2025, 3, 20))
    r23 = _rep(ctx, c, 2023, "浦北县2023年法治政府建设年度报告", "2024-03-28 11:50", "浦北县人民政府")
    r21 = _rep(ctx, c, 2021, "浦北县2021年度法治政府建设工作报告", "2022-03-31 16:30", "浦北县人民政府")
    qz = ctx.higher("钦州市", 2023, "自治区党委、自治区人民政府", "2024-04-02 09:00")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-23 10:30")
    look = ctx.lookalikes_of(c, [("text_interp", 2024), ("notice", 2022), ("duty_report", 2023)])
    s.col("fzzfjs", [r23, qz, look[0], look[2], *ctx.fillers(c, 8, "disclosure")])
    s.col("tzgg", [r21, look[1], *ctx.fillers(c, 22, "notice", (2019, 2022))])
    s.col("sfj", [dep, *ctx.fillers(c, 10, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(GX, "higher_repost"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(GX,))
    ctx.record_higher(c, qz, 2023, c.base + qz.path)
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    s.finish()


# ============================================================================ 贵州 安顺 (TRS)
FZ = "zwgk/zfxxgk/fdzdgknr/fzzfjs"
TZ = "zwgk/zfxxgk/fdzdgknr/tzgg"
JHZJ = "zwgk/zfxxgk/xxgkml/jhzj"


def _gz(ctx, c, clock, news, cols, *, gbk=False, seeded=True) -> Site:
    s = Site(ctx, c, "gz", "", clock, seeded=seeded)
    s.gbk = gbk
    s.open([news, *cols])
    s.column(news[0], news[1], ctx.news(c, 190))
    return s


def _gz_truth(ctx, c, r, year, *extra):
    ctx.truth_report(c, r, year, html_copy(c, r), kinds=(GZ, *extra))


def xixiu(ctx: Ctx46) -> None:
    """西秀区 (贵州 安顺), ``www.xixiu.gov.cn``: 贵州 TRS (``/zwgk/zfxxgk/xxgkml/jhzj/`` 计划总结
    as on ``jyj.anshun.gov.cn``). The 2024 report is in 法治政府建设 beside 贵州省's reposted 2024
    report and a 工作要点; the 2022 report is on 计划总结's second page (``index_1.html``)."""
    c = County("xixiu", "西秀区", "贵州省", "安顺市", "520402", "www.xixiu.gov.cn")
    s = _gz(
        ctx, c, dt.date(2025, 5, 26), ("xwzx/xxyw", "西秀要闻"), [(FZ, "法治政府建设"), (JHZJ, "计划总结")]
    )
    r24 = _rep(ctx, c, 2024, "安顺市西秀区2024年法治政府建设年度报告", "2025-03-28 14:20", "西秀区人民政府")
    r22 = _rep(ctx, c, 2022, "西秀区2022年度法治政府建设情况报告", "2023-03-29 09:10", "西秀区人民政府")
    gz = ctx.higher("贵州省", 2024, "党中央、国务院", "2025-04-02 11:00")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("gov_work_report", 2023), ("meeting", 2024)])
    s.column(FZ, "法治政府建设", [r24, gz, look[0], look[2], *ctx.fillers(c, 9, "disclosure")])
    jh = s.column(
        JHZJ,
        "计划总结",
        [*newer(ctx, c, r22, 16, "disclosure", s.clock), r22, look[1], *ctx.fillers(c, 8, "disclosure")],
    )
    assert 15 <= jh.index(r22) < 30
    ctx.record(c, look)
    _gz_truth(ctx, c, r24, 2024, "higher_repost")
    _gz_truth(ctx, c, r22, 2022, "later_list_page", "work_summary_column")
    ctx.record_higher(c, gz, 2024, c.base + gz.path)
    s.finish()


def pingba(ctx: Ctx46) -> None:
    """平坝区 (贵州 安顺), ``www.pingba.gov.cn`` (GBK pages assumed): 贵州 TRS. The 2023 report is a
    DOCX attachment (``P0<date><n>.docx``) on an article in 法治政府建设 beside a 述法报告; the 2021
    report is in 通知公告 beside a notice about the report."""
    c = County("pingba", "平坝区", "贵州省", "安顺市", "520403", "www.pingba.gov.cn")
    s = _gz(
        ctx,
        c,
        dt.date(2025, 4, 9),
        ("xwzx/pbyw", "平坝要闻"),
        [(FZ, "法治政府建设"), (TZ, "通知公告")],
        gbk=True,
    )
    r23 = _rep(ctx, c, 2023, "平坝区2023年法治政府建设工作报告", "2024-03-27 10:50", "平坝区人民政府")
    docx, body23 = s.attach(FZ, r23, "docx")
    r21 = _rep(ctx, c, 2021, "安顺市平坝区2021年法治政府建设年度报告", "2022-03-30 14:40", "平坝区人民政府")
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("notice", 2022)])
    s.column(FZ, "法治政府建设", [r23, look[0], *ctx.fillers(c, 10, "disclosure")])
    s.column(TZ, "通知公告", [r21, look[1], *ctx.fillers(c, 22, "notice", (2019, 2022))])
    ctx.record(c, look)
    ctx.record_file(c, r23, 2023, docx, body23, (GZ, "gbk_pages", "docx_attachment"))
    _gz_truth(ctx, c, r21, 2021, "gbk_pages")
    s.finish()


def puding(ctx: Ctx46) -> None:
    """普定县 (贵州 安顺), ``www.aspd.gov.cn``: 贵州 TRS (``/zwgk/gzhgfxwjsjk/`` in a public coverage
    table). The joint 县委/县政府 2024 report is in 法治政府建设 beside 安顺市's reposted 2024 report
    and a 考核 通报; the 2022 report is on 通知公告's third page (``index_2.html``)."""
    c = County("puding", "普定县", "贵州省", "安顺市", "520422", "www.aspd.gov.cn")
    s = _gz(ctx, c, dt.date(2025, 6, 11), ("xwzx/pdyw", "普定要闻"), [(FZ, "法治政府建设"), (TZ, "通知公告")])
    r24 = _rep(
        ctx,
        c,
        2024,
        "中共普定县委 普定县人民政府关于2024年度法治政府建设情况的报告",
        "2025-03-31 09:00",
        "普定县人民政府",
    )
    r22 = _rep(ctx, c, 2022, "普定县2022年法治政府建设年度报告", "2023-03-28 15:50", "普定县人民政府")
    asx = ctx.higher("安顺市", 2024, "省委、省政府", "2025-04-07 10:00")
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("xxgk_annual", 2023), ("meeting_topic", 2023)])
    s.column(FZ, "法治政府建设", [r24, asx, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    tz = s.column(
        TZ,
        "通知公告",
        [*newer(ctx, c, r22, 31, "notice", s.clock), r22, look[2], *ctx.fillers(c, 8, "notice")],
    )
    assert tz.index(r22) >= 30
    ctx.record(c, look)
    _gz_truth(ctx, c, r24, 2024, "higher_repost", "joint_party_title")
    _gz_truth(ctx, c, r22, 2022, "later_list_page")
    ctx.record_higher(c, asx, 2024, c.base + asx.path)
    s.finish()


PORTAL_COUNTIES = (
    ("西秀区", "http://www.xixiu.gov.cn"),
    ("平坝区", "http://www.pingba.gov.cn"),
    ("普定县", "http://www.aspd.gov.cn"),
    ("镇宁自治县", "https://www.gzzn.gov.cn"),
    ("关岭自治县", "http://www.guanling.gov.cn"),
    ("紫云自治县", "http://www.gzzy.gov.cn"),
)


def anshun_portal(ctx: Ctx46) -> None:
    """安顺市 portal ``www.anshun.gov.cn`` (贵州 TRS; ``/zwgk/zdlyxx/`` and ``/irs/front/search``
    in public code), seeded: its 县区 block links the six 县区, among them 镇宁布依族苗族自治县
    (``www.gzzn.gov.cn``, https), which no seed row names. 镇宁 is 贵州 TRS: its 2024 report is in
    法治政府建设 beside a 实施方案; its 2022 report is in 通知公告 beside a 解读."""
    p = County("anshun_portal", "安顺市", "贵州省", "", "520400", "www.anshun.gov.cn")
    ps = Site(ctx, p, "gz", "", dt.date(2025, 6, 2))
    ps.open([("xwzx/asyw", "安顺要闻"), (TZ, "通知公告")])
    ps.column("xwzx/asyw", "安顺要闻", ctx.news(p, 200))
    ps.column(TZ, "通知公告", ctx.fillers(p, 30, "notice"))
    block = "".join(f'<li><a href="{u}/" target="_blank">{n}人民政府</a></li>' for n, u in PORTAL_COUNTIES)
    ps.finish(extra=f'<div class="xqlj"><h3>县区政府网站</h3><ul>{block}</ul></div>')
    c = County(
        "zhenning",
        "镇宁布依族苗族自治县",
        "贵州省",
        "安顺市",
        "520423",
        "www.gzzn.gov.cn",
        scheme="https",
        seeded=False,
    )
    s = _gz(
        ctx,
        c,
        dt.date(2025, 5, 14),
        ("xwzx/znyw", "镇宁要闻"),
        [(FZ, "法治政府建设"), (TZ, "通知公告")],
        seeded=False,
    )
    r24 = _rep(
        ctx,
        c,
        2024,
        "镇宁自治县2024年法治政府建设年度报告",
        "2025-03-29 10:30",
        "镇宁布依族苗族自治县人民政府",
    )
    r22 = _rep(
        ctx,
        c,
        2022,
        "镇宁布依族苗族自治县人民政府关于2022年法治政府建设情况的报告",
        "2023-03-30 11:40",
        "镇宁布依族苗族自治县人民政府",
    )
    look = ctx.lookalikes_of(c, [("plan", 2024), ("interpretation", 2023)])
    s.column(FZ, "法治政府建设", [r24, look[0], *ctx.fillers(c, 9, "disclosure")])
    s.column(TZ, "通知公告", [r22, look[1], *ctx.fillers(c, 20, "notice", (2019, 2023))])
    ctx.record(c, look)
    _gz_truth(ctx, c, r24, 2024, "unseeded_county_via_prefecture_list")
    _gz_truth(ctx, c, r22, 2022, "unseeded_county_via_prefecture_list")
    s.finish()
