"""The blind51 sites: 鹤壁 (河南) counties on TRS (one listing by a MyBatis-Plus style nested page
POST), 张家界 (湖南) counties on the city's site group (``/c<id>/YYYYMMDD/i<id>.html``; one loading
``$.getScript`` list files, one an ES module with template-literal rows), 枣庄 (山东) counties on TRS
(one behind an ``axios.create`` instance adding a timestamp header, one POSTing ``URLSearchParams``
through ``fetch(new Request(…))``), plus the 枣庄市 portal whose 县区 list alone links 滕州市."""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home, index_page, publish
from ..blind.skins import Skin
from ..blind2.core import open_site
from ..blind39.sites import _Trs
from .core import County, Ctx51, date_trap, html_copy, newer, search_trap
from .platforms import axios_column, getscript_column, module_column, mp_column, request_form_column

TRS = "trs_createpage"
ZJJ = "zjj_cid_ihtml"


class GbkSkin(Skin):
    encoding = "gbk"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


def _attached(ctx: Ctx51, c: County, col: str, it, kind: str) -> tuple[str, list[str]]:
    """Give ``it`` a TRS-named ``.pdf``/``.docx``/``.doc`` attachment holding its text; the page
    keeps a one-line summary. Returns the attachment's path and the body."""
    it.uid = it.uid or ctx.uid()
    body = list(it.paras)
    it.paras = [it.title + "全文见附件。"]
    prefix = "W0" if kind == "doc" else "P0"
    path = f"{col}{it.pub:%Y%m}/{prefix}{it.pub:%Y%m%d}{it.uid % 10**9:09d}.{kind}"
    ctx.attach(c, it, path, kind, body)
    return path, body


def _zjj_path(col: str, it) -> str:
    return f"{col}{it.pub:%Y%m%d}/i{it.uid}.html"


class _Zjj(_Trs):
    """张家界's county site group: columns ``/c<id>/`` (lists ``index.html``, ``index_1.html`` …
    assumed), articles ``/c<id>/YYYYMMDD/i<id>.html`` (the shape of stored 永定区 and 慈利县 URLs);
    政务公开 at ``/zwgk/`` boxes the columns."""

    def __init__(self, ctx: Ctx51, c: County, clock: dt.date, ids: dict[str, int], *, skin=Skin):
        self.ctx, self.c, self.ids = ctx, c, ids
        self.news_col = f"/c{ids['news']}/"
        nav = [("/", "首页"), (self.news_col, "政务要闻"), ("/zwgk/", "政务公开")]
        self.skin = open_site(ctx, c, nav, clock, skin=skin)
        self.news = publish(
            self.skin,
            self.news_col,
            "政务要闻",
            [(self.news_col, "政务要闻")],
            ctx.news(c, 200),
            path_fn=_zjj_path,
        )
        self.lists: list[tuple[str, str, list]] = []

    def path(self, key: str) -> str:
        return f"/c{self.ids[key]}/"

    def col(self, key: str, name: str, items, builder=None, **kw):
        col = self.path(key)
        trail = [("/zwgk/", "政务公开"), (col, name)]
        for it in items:
            it.uid = it.uid or self.ctx.uid()
            it.path = it.path or _zjj_path(col, it)
        if builder is None:
            out = publish(self.skin, col, name, trail, items, per=kw.get("per", 15), path_fn=_zjj_path)
        else:
            out = builder(self.skin, col, name, trail, items, **kw)
        self.lists.append((col, name, out))
        return out

    def finish(self, extra: str = "", shells=()) -> None:
        boxes = [(c, n, [] if c in shells else o) for c, n, o in self.lists]
        index_page(self.skin, "/zwgk/index.html", "政务公开", [("/zwgk/", "政务公开")], boxes)
        self.skin.put(
            "/zwgk/",
            self.ctx.web.resources[(self.c.host, "/zwgk/index.html", "")].body.decode(self.skin.encoding),
        )
        home(self.skin, [(self.news_col, "政务要闻", self.news), ("/zwgk/", "政务公开", [])], extra=extra)


# ============================================================================ 河南 鹤壁
def qibin(ctx: Ctx51) -> None:
    """淇滨区 (河南 鹤壁), ``www.hbqbq.gov.cn``: TRS articles; 通知公告 and 法治政府建设 are shells
    listed by a MyBatis-Plus style POST of ``{"page": {"current", "size"}, "query": {…}}``
    (assumed). The 2024 report is on the API's page 2 of 通知公告; the 2022 report is in
    法治政府建设 beside 河南省's 2022 report, a 实施方案 and the 信息公开 annual report."""
    c = County("qibin", "淇滨区", "河南省", "鹤壁市", "410611", "www.hbqbq.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 6, 4))
    r24 = _rep(ctx, c, 2024, "淇滨区2024年法治政府建设年度报告", "2025-03-28 10:20", "鹤壁市淇滨区人民政府")
    r22 = _rep(
        ctx, c, 2022, "淇滨区人民政府关于2022年度法治政府建设情况的报告", "2023-03-29 16:10", "淇滨区人民政府"
    )
    hn = ctx.higher("河南省", 2022, "党中央、国务院", "2023-04-04 09:30")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("plan", 2023), ("xxgk_annual", 2024)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 12, "notice", s.skin.clock), r24, look[0], *ctx.fillers(c, 9, "notice")],
        mp_column,
        colid="1101",
    )
    assert tz.index(r24) >= 10
    s.col(
        "fzzfjs",
        "法治政府建设",
        [r22, hn, look[1], look[2], *ctx.fillers(c, 5, "disclosure")],
        mp_column,
        colid="1108",
    )
    ctx.record(c, look)
    kinds = (TRS, "mp_nested_page_post")
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(*kinds, "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(*kinds, "higher_repost"))
    ctx.record_higher(c, hn, 2022, c.base + hn.path)
    s.finish(shells=("/zwgk/tzgg/", "/zwgk/fzzfjs/"))


def qixian(ctx: Ctx51) -> None:
    """淇县 (河南 鹤壁), ``www.qxzf.gov.cn`` (GBK pages assumed): ordinary TRS. The 2023 report is
    in 法治政府建设 beside the 县司法局's report, a 述法报告 and a 解读; the 2021 report is on
    通知公告's ``index_1.html`` beside a meeting."""
    c = County("qixian", "淇县", "河南省", "鹤壁市", "410622", "www.qxzf.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 5, 16), skin=GbkSkin)
    r23 = _rep(ctx, c, 2023, "淇县2023年度法治政府建设工作报告", "2024-03-27 11:30", "淇县人民政府")
    r21 = _rep(ctx, c, 2021, "淇县2021年法治政府建设情况报告", "2022-03-30 15:40", "淇县人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-26 10:00")
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("interpretation", 2024), ("meeting", 2022)])
    s.col("fzzfjs", "法治政府建设", [r23, dep, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    tz = s.col(
        "tzgg",
        "通知公告",
        [
            *newer(ctx, c, r21, 16, "notice", s.skin.clock),
            r21,
            look[2],
            *ctx.fillers(c, 10, "notice", (2019, 2021)),
        ],
    )
    assert tz.index(r21) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS, "gbk_pages"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(TRS, "gbk_pages", "later_list_page"))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    s.finish()


def xunxian(ctx: Ctx51) -> None:
    """浚县 (河南 鹤壁), ``www.xunxian.gov.cn`` (https): ordinary TRS. The 2024 report is in
    法治政府建设 beside a 考核 通报 and a 文字解读; the 2022 report exists only as a scanned PDF; the
    joint 2021 report (中共浚县县委 浚县人民政府关于…) is on 通知公告's ``index_1.html``."""
    c = County("xunxian", "浚县", "河南省", "鹤壁市", "410621", "www.xunxian.gov.cn", scheme="https")
    s = _Trs(ctx, c, dt.date(2025, 4, 22))
    r24 = _rep(ctx, c, 2024, "浚县2024年度法治政府建设工作情况的报告", "2025-03-26 09:40", "浚县人民政府")
    r22 = _rep(ctx, c, 2022, "浚县2022年法治政府建设年度报告", "2023-03-30 14:20", "浚县司法局")
    r21 = _rep(
        ctx,
        c,
        2021,
        "中共浚县县委 浚县人民政府关于2021年法治政府建设情况的报告",
        "2022-03-29 10:00",
        "浚县人民政府",
    )
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("text_interp", 2025), ("meeting_topic", 2022)])
    body22 = list(r22.paras)
    r22.paras = ["(扫描件)"]
    r22.uid = ctx.uid()
    scan = f"/zwgk/fzzfjs/{r22.pub:%Y%m}/P0{r22.pub:%Y%m%d}{r22.uid % 10**9:09d}.pdf"
    r22.attachments.append((r22.title + ".pdf", scan, files.make_scan_pdf(r22.uid)))
    s.col("fzzfjs", "法治政府建设", [r24, look[0], look[1], r22, *ctx.fillers(c, 9, "disclosure")])
    tz = s.col(
        "tzgg",
        "通知公告",
        [
            *newer(ctx, c, r21, 17, "notice", s.skin.clock),
            r21,
            look[2],
            *ctx.fillers(c, 10, "notice", (2019, 2021)),
        ],
    )
    assert tz.index(r21) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS,))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(TRS, "joint_title", "later_list_page"))
    ctx.record_scan(c, r22, 2022, scan, body22, kinds=(TRS,))
    s.finish()


def shancheng(ctx: Ctx51) -> None:
    """山城区 (河南 鹤壁), ``www.hbscq.gov.cn``: ordinary TRS. The 2023 report is in 法治政府建设
    beside 鹤壁市's 2023 report, a 工作要点 and a 政府工作报告; the 2021 report is a PDF attachment
    in 通知公告."""
    c = County("shancheng", "山城区", "河南省", "鹤壁市", "410603", "www.hbscq.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 3, 19))
    r23 = _rep(ctx, c, 2023, "山城区2023年法治政府建设年度报告", "2024-03-29 16:00", "鹤壁市山城区人民政府")
    r21 = _rep(ctx, c, 2021, "山城区2021年度法治政府建设工作报告", "2022-03-31 10:30", "山城区人民政府")
    hb = ctx.higher("鹤壁市", 2023, "省委、省政府", "2024-04-03 11:00")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("gov_work_report", 2024), ("notice", 2022)])
    pdf, body21 = _attached(ctx, c, "/zwgk/tzgg/", r21, "pdf")
    s.col("fzzfjs", "法治政府建设", [r23, hb, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    s.col("tzgg", "通知公告", [r21, look[2], *ctx.fillers(c, 22, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS, "higher_repost"))
    ctx.record_file(c, r21, 2021, pdf, body21, (TRS, "pdf_attachment"))
    ctx.record_higher(c, hb, 2023, c.base + hb.path)
    s.finish()


def heshan(ctx: Ctx51) -> None:
    """鹤山区 (河南 鹤壁), ``www.hbhsq.gov.cn``: ordinary TRS. The 2024 report is in 法治政府建设
    beside a 第一责任人述职 and the 信息公开 annual report; the 2022 report is a DOCX attachment in
    通知公告 beside a notice about it. A 按日期浏览 archive never ends (trap)."""
    c = County("heshan", "鹤山区", "河南省", "鹤壁市", "410602", "www.hbhsq.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 5, 7))
    r24 = _rep(ctx, c, 2024, "鹤山区2024年法治政府建设情况报告", "2025-03-31 15:20", "鹤壁市鹤山区人民政府")
    r22 = _rep(
        ctx, c, 2022, "鹤山区人民政府关于2022年法治政府建设工作的报告", "2023-03-28 09:50", "鹤山区人民政府"
    )
    look = ctx.lookalikes_of(c, [("duty_report", 2025), ("xxgk_annual", 2025), ("notice", 2023)])
    docx, body22 = _attached(ctx, c, "/zwgk/tzgg/", r22, "docx")
    s.col("fzzfjs", "法治政府建设", [r24, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    s.col("tzgg", "通知公告", [r22, look[2], *ctx.fillers(c, 22, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS,))
    ctx.record_file(c, r22, 2022, docx, body22, (TRS, "docx_attachment"))
    trap = date_trap(ctx, s.skin, "/rqll/index.jsp")
    s.finish(extra=f'<div class="rqll"><a href="{trap}">按日期浏览</a></div>')


# ============================================================================ 湖南 张家界
def yongding(ctx: Ctx51) -> None:
    """永定区 (湖南 张家界), ``www.zjjyd.gov.cn``: 张家界 site-group pages (``/c<id>/``); 通知公告 and
    法治政府建设 are shells that load ``list_<n>.js`` files by ``$.getScript``, each calling
    ``renderList`` with its rows (assumed). The 2023 report is in ``list_2.js`` of 通知公告; the 2021
    report is in 法治政府建设 beside 湖南省's 2021 report, a 述法报告 and a meeting."""
    c = County("yongding", "永定区", "湖南省", "张家界市", "430802", "www.zjjyd.gov.cn")
    s = _Zjj(ctx, c, dt.date(2025, 6, 11), {"news": 4861, "tzgg": 4867, "fzzfjs": 5012})
    r23 = _rep(ctx, c, 2023, "永定区2023年法治政府建设工作报告", "2024-03-28 17:00", "张家界市永定区人民政府")
    r21 = _rep(ctx, c, 2021, "永定区2021年度法治政府建设情况报告", "2022-03-30 11:10", "永定区人民政府")
    hun = ctx.higher("湖南省", 2021, "党中央、国务院", "2022-04-02 10:00")
    look = ctx.lookalikes_of(c, [("shufa", 2023), ("meeting_topic", 2024), ("notice", 2024)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r23, 17, "notice", s.skin.clock), r23, look[2], *ctx.fillers(c, 11, "notice")],
        getscript_column,
    )
    assert tz.index(r23) >= 15
    s.col(
        "fzzfjs",
        "法治政府建设",
        [r21, hun, look[0], look[1], *ctx.fillers(c, 8, "disclosure")],
        getscript_column,
    )
    ctx.record(c, look)
    kinds = (ZJJ, "getscript_list_files")
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(*kinds, "api_later_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(*kinds, "higher_repost"))
    ctx.record_higher(c, hun, 2021, c.base + hun.path)
    s.finish(shells=(s.path("tzgg"), s.path("fzzfjs")))


def cili(ctx: Ctx51) -> None:
    """慈利县 (湖南 张家界), ``www.cili.gov.cn``: 张家界 site-group pages (``/c<id>/``); 通知公告 and
    法治政府建设 are shells whose ``<script type="module">`` imports ``pageList`` from
    ``/static/js/api.js`` and draws rows with template literals (assumed). The 2024 report is on the
    API's page 2 of 通知公告; the 2022 report is in 法治政府建设 beside a 考核 通报 and a
    第一责任人述职."""
    c = County("cili", "慈利县", "湖南省", "张家界市", "430821", "www.cili.gov.cn")
    s = _Zjj(ctx, c, dt.date(2025, 5, 26), {"news": 3378, "tzgg": 3384, "fzzfjs": 3521})
    r24 = _rep(ctx, c, 2024, "慈利县2024年法治政府建设年度报告", "2025-03-27 10:10", "慈利县人民政府")
    r22 = _rep(ctx, c, 2022, "慈利县2022年度法治政府建设工作情况的报告", "2023-03-31 09:20", "慈利县人民政府")
    look = ctx.lookalikes_of(c, [("assessment", 2023), ("duty_report", 2023), ("demo_news", 2025)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 16, "notice", s.skin.clock), r24, look[2], *ctx.fillers(c, 10, "notice")],
        module_column,
        column="tzgg",
    )
    assert tz.index(r24) >= 15
    s.col(
        "fzzfjs",
        "法治政府建设",
        [r22, look[0], look[1], *ctx.fillers(c, 8, "disclosure")],
        module_column,
        column="fzzfjs",
    )
    ctx.record(c, look)
    kinds = (ZJJ, "es_module_import_api", "template_literal_rows")
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(*kinds, "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=kinds)
    s.finish(shells=(s.path("tzgg"), s.path("fzzfjs")))


def sangzhi(ctx: Ctx51) -> None:
    """桑植县 (湖南 张家界), ``www.sangzhi.gov.cn``: an ordinary member of 张家界's site group. The 2023
    report is in 法治政府建设 beside 张家界市's 2023 report and a 实施方案; the 2022 report exists only
    as a ``.doc``; the 2021 report is in 通知公告 beside 示范创建 news. ``/so/search.jsp?searchword=``
    echoes its query and pages for ever (trap)."""
    c = County("sangzhi", "桑植县", "湖南省", "张家界市", "430822", "www.sangzhi.gov.cn")
    s = _Zjj(ctx, c, dt.date(2025, 4, 15), {"news": 2750, "tzgg": 2756, "fzzfjs": 2893})
    trap = search_trap(ctx, s.skin, "/so/search.jsp", "searchword")
    r23 = _rep(ctx, c, 2023, "桑植县2023年法治政府建设情况报告", "2024-03-28 15:30", "桑植县人民政府")
    r22 = _rep(ctx, c, 2022, "桑植县2022年度法治政府建设年度报告", "2023-03-30 10:40", "桑植县司法局")
    r21 = _rep(
        ctx, c, 2021, "桑植县人民政府关于2021年法治政府建设情况的报告", "2022-03-29 16:20", "桑植县人民政府"
    )
    zjj = ctx.higher("张家界市", 2023, "省委、省政府", "2024-04-07 09:00")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("demo_news", 2022), ("meeting", 2023)])
    doc, body22 = _attached(ctx, c, s.path("tzgg"), r22, "doc")
    s.col("fzzfjs", "法治政府建设", [r23, zjj, look[0], *ctx.fillers(c, 9, "disclosure")])
    s.col("tzgg", "通知公告", [r21, r22, look[1], look[2], *ctx.fillers(c, 22, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(ZJJ, "higher_repost"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(ZJJ,))
    ctx.record_file(c, r22, 2022, doc, body22, (ZJJ, "doc_needs_reader"))
    ctx.record_higher(c, zjj, 2023, c.base + zjj.path)
    s.finish(extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>')


# ============================================================================ 山东 枣庄
def yicheng(ctx: Ctx51) -> None:
    """峄城区 (山东 枣庄), ``www.ycq.gov.cn``: TRS articles; 通知公告 and 法治政府建设 are shells
    listed through an ``axios.create({baseURL})`` instance whose interceptor adds ``X-Timestamp``;
    the API refuses a request without it (assumed). The 2024 report is on the API's page 2 of
    通知公告; the 2022 report is in 法治政府建设 beside the 信息公开 annual report and a 述法报告."""
    c = County("yicheng", "峄城区", "山东省", "枣庄市", "370404", "www.ycq.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 6, 2))
    r24 = _rep(ctx, c, 2024, "峄城区2024年度法治政府建设情况报告", "2025-03-27 16:40", "枣庄市峄城区人民政府")
    r22 = _rep(ctx, c, 2022, "峄城区2022年法治政府建设工作报告", "2023-03-29 09:10", "枣庄市峄城区人民政府")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("shufa", 2022), ("notice", 2025)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r24, 18, "notice", s.skin.clock), r24, look[2], *ctx.fillers(c, 10, "notice")],
        axios_column,
        chnl="2301",
    )
    assert tz.index(r24) >= 15
    s.col(
        "fzzfjs",
        "法治政府建设",
        [r22, look[0], look[1], *ctx.fillers(c, 8, "disclosure")],
        axios_column,
        chnl="2317",
    )
    ctx.record(c, look)
    kinds = (TRS, "axios_instance_ts_header")
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(*kinds, "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=kinds)
    s.finish(shells=("/zwgk/tzgg/", "/zwgk/fzzfjs/"))


def taierzhuang(ctx: Ctx51) -> None:
    """台儿庄区 (山东 枣庄), ``www.tez.gov.cn``: TRS articles; 通知公告 and 法治政府建设 are shells
    that POST ``new URLSearchParams({catalogId, pageIndex, pageSize})`` through ``fetch(new
    Request(…))`` (assumed). The 2023 report is on the API's page 2 of 通知公告 beside 示范创建
    news; the 2021 report is in 法治政府建设 beside 山东省's 2021 report, a 政府工作报告 and a 解读."""
    c = County("taierzhuang", "台儿庄区", "山东省", "枣庄市", "370405", "www.tez.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 5, 20))
    r23 = _rep(
        ctx, c, 2023, "台儿庄区2023年法治政府建设年度报告", "2024-03-29 10:50", "枣庄市台儿庄区人民政府"
    )
    r21 = _rep(
        ctx,
        c,
        2021,
        "台儿庄区人民政府关于2021年度法治政府建设情况的报告",
        "2022-03-31 14:00",
        "台儿庄区人民政府",
    )
    sd = ctx.higher("山东省", 2021, "党中央、国务院", "2022-04-06 15:00")
    look = ctx.lookalikes_of(c, [("gov_work_report", 2023), ("interpretation", 2022), ("demo_news", 2024)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r23, 15, "notice", s.skin.clock), r23, look[2], *ctx.fillers(c, 12, "notice")],
        request_form_column,
        catalog="4410",
    )
    assert tz.index(r23) >= 15
    s.col(
        "fzzfjs",
        "法治政府建设",
        [r21, sd, look[0], look[1], *ctx.fillers(c, 8, "disclosure")],
        request_form_column,
        catalog="4426",
    )
    ctx.record(c, look)
    kinds = (TRS, "fetch_request_urlsearchparams")
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(*kinds, "api_later_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(*kinds, "higher_repost"))
    ctx.record_higher(c, sd, 2021, c.base + sd.path)
    s.finish(shells=("/zwgk/tzgg/", "/zwgk/fzzfjs/"))


def shanting(ctx: Ctx51) -> None:
    """山亭区 (山东 枣庄), ``www.shanting.gov.cn`` (GBK pages assumed): ordinary TRS. The 2024
    report is in 法治政府建设 beside the 区司法局's report, a 考核 通报 and a 文字解读; the 2022
    report is on 通知公告's ``index_1.html``."""
    c = County("shanting", "山亭区", "山东省", "枣庄市", "370406", "www.shanting.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 4, 9), skin=GbkSkin)
    r24 = _rep(ctx, c, 2024, "山亭区2024年法治政府建设年度报告", "2025-03-28 14:30", "枣庄市山亭区人民政府")
    r22 = _rep(ctx, c, 2022, "山亭区2022年度法治政府建设工作报告", "2023-03-30 16:50", "山亭区人民政府")
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-25 10:30")
    look = ctx.lookalikes_of(c, [("assessment", 2025), ("text_interp", 2023), ("meeting", 2023)])
    s.col("fzzfjs", "法治政府建设", [r24, dep, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    tz = s.col(
        "tzgg",
        "通知公告",
        [
            *newer(ctx, c, r22, 16, "notice", s.skin.clock),
            r22,
            look[2],
            *ctx.fillers(c, 10, "notice", (2019, 2022)),
        ],
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, "gbk_pages"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS, "gbk_pages", "later_list_page"))
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    s.finish()


def zz_portal(ctx: Ctx51) -> None:
    """枣庄市 portal ``www.zaozhuang.gov.cn`` (https), seeded: its 区(市)政府网站 block links the 枣庄
    districts, among them 滕州市 (``www.tengzhou.gov.cn``), which no seed row names. 滕州市 is
    ordinary TRS: the 2024 report in 法治政府建设 beside 枣庄市's 2024 report and a 实施方案, the 2022
    report in 通知公告 beside a notice about it."""
    p = County("zz_portal", "枣庄市", "山东省", "", "370400", "www.zaozhuang.gov.cn", scheme="https")
    ps = _Trs(ctx, p, dt.date(2025, 6, 13))
    ps.col("tzgg", "通知公告", ctx.fillers(p, 20, "notice"))
    hosts = [
        ("薛城区", "http://www.xuecheng.gov.cn/"),
        ("峄城区", "http://www.ycq.gov.cn/"),
        ("台儿庄区", "http://www.tez.gov.cn/"),
        ("山亭区", "http://www.shanting.gov.cn/"),
        ("滕州市", "http://www.tengzhou.gov.cn/"),
    ]
    block = "".join(f'<li><a href="{u}" target="_blank">{n}人民政府</a></li>' for n, u in hosts)
    ps.finish(extra=f'<div class="xsq"><h3>区(市)政府网站</h3><ul>{block}</ul></div>')
    c = County("tengzhou", "滕州市", "山东省", "枣庄市", "370481", "www.tengzhou.gov.cn")
    s = _Trs(ctx, c, dt.date(2025, 5, 12), seeded=False)
    r24 = _rep(ctx, c, 2024, "滕州市2024年法治政府建设情况报告", "2025-03-31 10:00", "滕州市人民政府")
    r22 = _rep(ctx, c, 2022, "滕州市2022年度法治政府建设年度报告", "2023-03-28 15:10", "滕州市人民政府")
    zz = ctx.higher("枣庄市", 2024, "省委、省政府", "2025-04-08 10:00")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("notice", 2023)])
    s.col("fzzfjs", "法治政府建设", [r24, zz, look[0], *ctx.fillers(c, 8, "disclosure")])
    s.col("tzgg", "通知公告", [r22, look[1], *ctx.fillers(c, 20, "notice")])
    ctx.record(c, look)
    kinds = (TRS, "unseeded_county_via_prefecture_list")
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(*kinds, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=kinds)
    ctx.record_higher(c, zz, 2024, c.base + zz.path)
    s.finish()
