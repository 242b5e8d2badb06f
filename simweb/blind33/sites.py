"""The blind33 sites: 宁德 (福建) counties on TRS with 福建's SSP search service, the 福建省 portal
whose 站群导航 ``<select>`` alone links 柘荣县, 宿迁 (江苏) counties on the city platform and its
``sofpro`` 信息公开 lists, and 伊犁 (新疆) counties on the autonomous region's platform and on
Epoint WebBuilder. Each site's docstring names its evidence (see ``platforms.py``)."""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.core import h
from ..blind.sites_a import home, index_page
from ..blind2.core import news_column, open_site
from .core import County, Ctx33, date_trap, html_copy, newer, search_trap
from .platforms import (
    FjGbkSkin,
    FjSkin,
    SqSkin,
    epoint_columns,
    fj_column,
    fj_path,
    sofpro_columns,
    sq_column,
    ssp_apisearch,
    ssp_search_columns,
    xj_columns,
)

FJ = "fj_trs_htm"
SQ = "suqian_list_shtml"
XJ = "xj_json_body_post"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


def _only_file(ctx, c, it, path, kind):
    """Make ``it`` a short notice whose text is only in its attachment at ``path``."""
    body = list(it.paras)
    it.paras = [it.title.replace("|", "") + "全文见附件。"]
    it.uid = it.uid or ctx.uid()
    ctx.attach(c, it, path, kind, body)
    return body


# ============================================================================ 福建 宁德
class _Fj:
    """One 福建 TRS site: ``/zwgk/<col>/`` columns and a 政务要闻 news column."""

    def __init__(
        self, ctx: Ctx33, c: County, clock: dt.date, names: dict[str, str], *, skin=FjSkin, seeded=True
    ):
        self.ctx, self.c, self.names = ctx, c, names
        nav = [("/", "首页"), ("/xwzx/zwyw/", "政务要闻"), ("/zwgk/", "政务公开")]
        self.skin = open_site(ctx, c, nav, clock, skin=skin, seeded=seeded)
        self.news = fj_column(
            self.skin, "/xwzx/zwyw/", "政务要闻", [("/xwzx/zwyw/", "政务要闻")], ctx.news(c, 200), per=20
        )
        self.lists: list[tuple[str, str, list]] = []

    def col(self, key: str, items, per: int = 15):
        name, path = self.names[key], f"/zwgk/{key}/"
        out = fj_column(self.skin, path, name, [("/zwgk/", "政务公开"), (path, name)], items, per=per)
        self.lists.append((path, name, out))
        return out

    def finish(self, extra: str = "", boxes=()) -> None:
        index_page(self.skin, "/zwgk/index.html", "政务公开", [("/zwgk/", "政务公开")], [*self.lists, *boxes])
        home(self.skin, [("/xwzx/zwyw/", "政务要闻", self.news), ("/zwgk/", "政务公开", [])], extra=extra)


def fuding(ctx: Ctx33) -> None:
    """福鼎市 (福建 宁德), ``www.fuding.gov.cn``: 福建 TRS (stored page ``/zwgk/tzgg/201907/
    t20190724_1101956.htm``). The 2024 report is on 通知公告's second page (``index_1.htm``, named
    only by ``createPageHTML``); the 2022 report is in 法治政府建设 beside 福建省's reposted 2022
    report, a 实施方案 and a meeting."""
    c = County("fuding", "福鼎市", "福建省", "宁德市", "350982", "www.fuding.gov.cn")
    s = _Fj(ctx, c, dt.date(2025, 6, 10), {"tzgg": "通知公告", "fzzfjs": "法治政府建设"})
    r24 = _rep(ctx, c, 2024, "福鼎市2024年法治政府建设年度报告", "2025-03-27 10:12", "福鼎市人民政府")
    r22 = _rep(
        ctx, c, 2022, "福鼎市人民政府关于2022年度法治政府建设情况的报告", "2023-03-30 16:05", "福鼎市人民政府"
    )
    fj = ctx.higher("福建省", 2022, "党中央、国务院", "2023-04-03 09:30")
    look = ctx.lookalikes_of(c, [("plan", 2023), ("meeting", 2023), ("notice", 2025), ("xxgk_annual", 2024)])
    tz = s.col(
        "tzgg", [*newer(ctx, c, r24, 17, "notice", s.skin.clock), r24, look[2], *ctx.fillers(c, 22, "notice")]
    )
    assert tz.index(r24) >= 15
    s.col("fzzfjs", [r22, fj, look[0], look[1], look[3], *ctx.fillers(c, 9, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(FJ, "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(FJ, "higher_repost"))
    ctx.record_higher(c, fj, 2022, c.base + fj.path)
    s.finish()


def gutian(ctx: Ctx33) -> None:
    """古田县 (福建 宁德), ``www.gutian.gov.cn``: 福建 TRS; its 政策文件库 ``/zcwjk/`` (named in a
    public site table) is a shell listed only by 福建's SSP ``apiSearch`` GET. The 2023 report is a
    policy-library document on the API's second page (filed under ``/zcwjk/``, linked by no column);
    the 2021 report is in 通知公告 beside a 解读. The SSP search page echoes its query and pages for
    ever (trap; ``/ssp/main/search.html`` as on 福州's site)."""
    c = County("gutian", "古田县", "福建省", "宁德市", "350922", "www.gutian.gov.cn")
    s = _Fj(ctx, c, dt.date(2025, 5, 20), {"tzgg": "通知公告", "zfwj": "政府文件"})
    trap = search_trap(ctx, s.skin, "/ssp/main/search.html", "q")
    r23 = _rep(ctx, c, 2023, "古田县2023年度法治政府建设工作报告", "2024-03-29 11:20", "古田县人民政府")
    r21 = _rep(
        ctx,
        c,
        2021,
        "古田县人民政府关于2021年法治政府建设工作情况的报告",
        "2022-03-25 15:40",
        "古田县人民政府",
    )
    look = ctx.lookalikes_of(c, [("interpretation", 2022), ("gov_work_report", 2024), ("xxgk_annual", 2024)])
    s.col("tzgg", [r21, look[0], *ctx.fillers(c, 28, "notice")])
    wj = s.col("zfwj", [look[1], *ctx.fillers(c, 14, "disclosure", (2020, 2025))])
    lib = [
        *newer(ctx, c, r23, 16, "disclosure", s.skin.clock),
        r23,
        look[2],
        *ctx.fillers(c, 10, "disclosure", (2019, 2023)),
    ]
    for it in lib:
        it.uid = it.uid or ctx.uid()
        it.path = it.path or fj_path("/zcwjk/", it)
        s.skin.write_article(it, "政策文件库", [("/zcwjk/", "政策文件库")])
    site_id = h(c.host, "ssp-site")[:32]
    listed = ssp_apisearch(
        s.skin, "/zcwjk/index.html", "政策文件库", [("/zcwjk/", "政策文件库")], [*lib, *wj[:6]], site_id
    )
    assert listed.index(r23) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(FJ, "fj_ssp_apisearch", "api_later_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(FJ,))
    s.finish(
        extra='<div class="zcwjk"><a href="/zcwjk/">政策文件库</a></div>'
        f'<div class="ss"><a href="{trap}">站内搜索</a></div>'
    )


def pingnan(ctx: Ctx33) -> None:
    """屏南县 (福建 宁德), ``www.pingnan.gov.cn`` (https, GBK pages, assumed): 福建 TRS articles, but
    its 政务公开 columns are shells whose lists come only from 福建's SSP search POST
    (``/ssp/search/api/search?time=<ms>``, form body; a ``channelId`` field per column is
    assumed). The 2024 report is in 法治政府建设 beside a 述法报告 and a 考核 通报; the 2022 report is
    on the second answer page of 通知公告; the 2020 report exists only as a scanned PDF."""
    c = County("pingnan", "屏南县", "福建省", "宁德市", "350923", "www.pingnan.gov.cn", scheme="https")
    s = _Fj(ctx, c, dt.date(2025, 4, 28), {}, skin=FjGbkSkin)
    r24 = _rep(ctx, c, 2024, "屏南县2024年法治政府建设情况报告", "2025-03-31 17:20", "屏南县人民政府")
    r22 = _rep(ctx, c, 2022, "屏南县2022年度法治政府建设年度报告", "2023-03-28 09:45", "屏南县人民政府")
    r20 = _rep(ctx, c, 2020, "屏南县2020年法治政府建设工作报告", "2021-03-30 10:00", "屏南县司法局")
    body20 = list(r20.paras)
    r20.paras = ["(扫描件)"]
    r20.uid = ctx.uid()
    scan = f"/zwgk/tzgg/{r20.pub:%Y%m}/P0{r20.pub:%Y%m%d}{r20.uid % 900000 + 311000}.pdf"
    r20.attachments.append((r20.title + ".pdf", scan, files.make_scan_pdf(r20.uid)))
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("assessment", 2024), ("text_interp", 2023)])
    fz = [r24, look[0], look[1], *ctx.fillers(c, 10, "disclosure", (2020, 2025))]
    tz = [
        *newer(ctx, c, r22, 18, "notice", s.skin.clock),
        r22,
        look[2],
        r20,
        *ctx.fillers(c, 12, "notice", (2019, 2022)),
    ]
    for key, name, items in (("fzzfjs", "法治政府建设", fz), ("tzgg", "通知公告", tz)):
        for it in items:
            it.uid = it.uid or ctx.uid()
            it.path = it.path or fj_path(f"/zwgk/{key}/", it)
            s.skin.write_article(it, name, [("/zwgk/", "政务公开"), (f"/zwgk/{key}/", name)])
    site_id = h(c.host, "ssp-site")[:32]
    cols = {
        "1837": ("/zwgk/fzzfjs/index.htm", "法治政府建设", fz),
        "1829": ("/zwgk/tzgg/index.htm", "通知公告", tz),
    }
    ssp_search_columns(s.skin, site_id, cols, [("/zwgk/", "政务公开")])
    assert cols["1829"][2].index(r22) >= 15
    s.lists = [(p, n, []) for p, n, _its in cols.values()]
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(FJ, "fj_ssp_search_post", "gbk_pages"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(FJ, "fj_ssp_search_post", "api_later_page"))
    ctx.record_scan(c, r20, 2020, scan, body20, kinds=(FJ,))
    s.finish()


NINGDE = (
    ("蕉城区", "www.jiaocheng.gov.cn"),
    ("福安市", "www.fjfa.gov.cn"),
    ("福鼎市", "www.fuding.gov.cn"),
    ("霞浦县", "www.fjxp.gov.cn"),
    ("寿宁县", "www.fjsn.gov.cn"),
    ("周宁县", "www.zhouning.gov.cn"),
    ("柘荣县", "www.fjzr.gov.cn"),
    ("古田县", "www.gutian.gov.cn"),
    ("屏南县", "www.pingnan.gov.cn"),
)
LONGYAN = (
    ("新罗区", "www.fjxinluo.gov.cn"),
    ("上杭县", "www.shanghang.gov.cn"),
    ("武平县", "www.wp.gov.cn"),
    ("长汀县", "www.changting.gov.cn"),
    ("连城县", "www.fjlylc.gov.cn"),
    ("漳平市", "www.zp.gov.cn"),
)


def fujian_portal(ctx: Ctx33) -> None:
    """福建省 portal ``www.fujian.gov.cn``, seeded: its footer's 站群导航 ``<select name="navURL"
    onchange="window.open(this.options[this.selectedIndex].value);…">`` lists the cities (in red)
    and their counties (a stored copy of the portal's home page has exactly these selects, with
    ``www.fjzr.gov.cn`` for 柘荣县). 柘荣县 is in no seed row and linked by nothing else: a 福建 TRS
    site whose 2023 report is in 通知公告 beside a notice about it and whose 2021 report is in
    法治政府建设 beside a 工作要点 and a 述职."""
    p = County("fujian_portal", "福建省", "福建省", "", "350000", "www.fujian.gov.cn")
    ps = _Fj(ctx, p, dt.date(2025, 6, 2), {"tzgg": "通知公告"})
    ps.col("tzgg", ctx.fillers(p, 40, "notice"))
    opts = ['<option value="https://www.longyan.gov.cn/" style="color:red">龙岩市</option>']
    opts += [f'<option value="http://{hh}/">{n}</option>' for n, hh in LONGYAN]
    opts += ['<option value="https://www.ningde.gov.cn/" style="color:red">宁德市</option>']
    opts += [f'<option value="http://{hh}/">{n}</option>' for n, hh in NINGDE]
    select = (
        '<div class="wzdh"><select class="fl1 mar-L10" name="navURL" '
        'onchange="window.open(this.options[this.selectedIndex].value);this.selectedIndex=0">'
        f"<option>设区市及县(市、区)</option>{''.join(opts)}</select></div>"
    )
    ps.finish(extra=select)

    c = County("zherong", "柘荣县", "福建省", "宁德市", "350926", "www.fjzr.gov.cn", seeded=False)
    s = _Fj(ctx, c, dt.date(2024, 12, 18), {"tzgg": "通知公告", "fzzfjs": "法治政府建设"}, seeded=False)
    kinds = (FJ, "unseeded_county_via_prefecture_list")
    r23 = _rep(ctx, c, 2023, "柘荣县2023年法治政府建设工作报告", "2024-03-26 15:30", "柘荣县人民政府")
    r21 = _rep(
        ctx, c, 2021, "柘荣县人民政府关于2021年度法治政府建设情况的报告", "2022-03-31 11:10", "柘荣县人民政府"
    )
    look = ctx.lookalikes_of(c, [("notice", 2024), ("plan", 2022), ("duty_report", 2022)])
    s.col("tzgg", [r23, look[0], *ctx.fillers(c, 20, "notice", (2020, 2024))])
    s.col("fzzfjs", [r21, look[1], look[2], *ctx.fillers(c, 6, "disclosure", (2019, 2024))])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=kinds)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=kinds)
    s.finish()


# ============================================================================ 江苏 宿迁
class _Sq:
    """One 宿迁 platform site: ``/<site>/<col>/list.shtml`` columns."""

    def __init__(self, ctx: Ctx33, c: County, site: str, clock: dt.date, names: dict[str, str]):
        self.ctx, self.c, self.site, self.names = ctx, c, site, names
        self.gk = f"/{site}/zfxxgk/index.shtml"
        nav = [("/", "首页"), (f"/{site}/xwzx/list.shtml", "新闻中心"), (self.gk, "政府信息公开")]
        self.skin = open_site(ctx, c, nav, clock, skin=SqSkin)
        self.news = sq_column(
            self.skin, site, "xwzx", "新闻中心", [(nav[1][0], "新闻中心")], ctx.news(c, 200), per=20
        )
        self.lists: list[tuple[str, str, list]] = []

    def col(self, key: str, items, per: int = 15):
        name, url = self.names[key], f"/{self.site}/{key}/list.shtml"
        out = sq_column(
            self.skin, self.site, key, name, [(self.gk, "政府信息公开"), (url, name)], items, per=per
        )
        self.lists.append((url, name, out))
        return out

    def finish(self, extra: str = "", boxes=()) -> None:
        index_page(self.skin, self.gk, "政府信息公开", [(self.gk, "政府信息公开")], [*self.lists, *boxes])
        home(
            self.skin,
            [(f"/{self.site}/xwzx/list.shtml", "新闻中心", self.news), (self.gk, "政府信息公开", [])],
            extra=extra,
        )


def shuyang(ctx: Ctx33) -> None:
    """沭阳县 (江苏 宿迁), ``www.shuyang.gov.cn``: 宿迁 platform (``list.shtml``, ``list_2.shtml`` …
    as a public crawler of ``xzspj.suqian.gov.cn`` pages them). The 2024 report is on 通知公告's
    third page; the 2022 report is in 法治政府建设 beside 江苏省's reposted report and the 县司法局's
    own report. A 按日期浏览 archive never ends (trap)."""
    c = County("shuyang", "沭阳县", "江苏省", "宿迁市", "321322", "www.shuyang.gov.cn")
    s = _Sq(ctx, c, "syx", dt.date(2025, 5, 8), {"tzgg": "通知公告", "fzzfjs": "法治政府建设"})
    trap = date_trap(ctx, s.skin, "/rqll/index.jsp")
    r24 = _rep(ctx, c, 2024, "沭阳县2024年度法治政府建设工作报告", "2025-03-28 17:02", "沭阳县人民政府")
    r22 = _rep(
        ctx, c, 2022, "沭阳县人民政府关于2022年法治政府建设工作的报告", "2023-03-24 10:30", "沭阳县人民政府"
    )
    js = ctx.higher("江苏省", 2022, "党中央、国务院", "2023-03-31 15:00")
    dep = ctx.department_report(c, "司法局", 2022, "2023-02-20 09:00")
    look = ctx.lookalikes_of(c, [("meeting_topic", 2025), ("demo_news", 2023), ("shufa", 2024)])
    tz = s.col(
        "tzgg", [*newer(ctx, c, r24, 33, "notice", s.skin.clock), r24, look[0], *ctx.fillers(c, 12, "notice")]
    )
    assert tz.index(r24) >= 30
    s.col("fzzfjs", [r22, js, dep, look[1], look[2], *ctx.fillers(c, 8, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(SQ, "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(SQ, "higher_repost"))
    ctx.record_higher(c, js, 2022, c.base + js.path)
    ctx.record_department(c, dep, 2022, c.base + dep.path)
    s.finish(extra=f'<div class="rqll"><a href="{trap}">按日期浏览</a></div>')


def siyang(ctx: Ctx33) -> None:
    """泗阳县 (江苏 宿迁), ``www.siyang.gov.cn``: 宿迁 platform. The 2023 report is in 法治政府建设
    beside a 工作要点 and the 信息公开 annual report; the 2021 report exists only as a Word 97
    ``.doc`` attached to a notice in 通知公告 (attachment path assumed)."""
    c = County("siyang", "泗阳县", "江苏省", "宿迁市", "321323", "www.siyang.gov.cn")
    s = _Sq(ctx, c, "syxzf", dt.date(2024, 10, 30), {"fzzfjs": "法治政府建设", "tzgg": "通知公告"})
    r23 = _rep(ctx, c, 2023, "泗阳县2023年法治政府建设年度报告", "2024-03-27 09:40", "泗阳县人民政府")
    r21 = _rep(ctx, c, 2021, "泗阳县2021年度法治政府建设情况报告", "2022-03-30 14:10", "泗阳县司法局")
    r21.uid = ctx.uid()
    doc = f"/syxzf/tzgg/{r21.pub:%Y%m}/{h('doc', r21.uid)[:32]}.doc"
    body21 = _only_file(ctx, c, r21, doc, "doc")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("xxgk_annual", 2023)])
    s.col("fzzfjs", [r23, *look, *ctx.fillers(c, 9, "disclosure")])
    s.col("tzgg", [r21, *ctx.fillers(c, 30, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(SQ,))
    ctx.record_file(c, r21, 2021, doc, body21, (SQ, "doc_needs_reader"))
    s.finish()


def suyu(ctx: Ctx33) -> None:
    """宿豫区 (江苏 宿迁), ``www.suyu.gov.cn``: 宿迁 platform for news and 通知公告; its 信息公开
    columns are ``sofpro`` shells whose rows only ``xxgkList.jsp`` answers (``currentPage``,
    ``channel_id``, ``webSiteId``; ``a.trlist_1``), as a public crawler of ``www.suqian.gov.cn``
    reads them. The 2023 report is on the second answer page of 法定主动公开内容 among disclosures;
    the 2021 report is in 通知公告 beside a 解读 and a meeting."""
    c = County("suyu", "宿豫区", "江苏省", "宿迁市", "321311", "www.suyu.gov.cn")
    s = _Sq(ctx, c, "syq", dt.date(2025, 3, 31), {"tzgg": "通知公告"})
    r23 = _rep(ctx, c, 2023, "宿豫区人民政府2023年法治政府建设情况报告", "2024-03-29 16:45", "宿豫区人民政府")
    r21 = _rep(ctx, c, 2021, "宿迁市宿豫区2021年法治政府建设工作报告", "2022-03-29 10:20", "宿豫区人民政府")
    look = ctx.lookalikes_of(c, [("interpretation", 2022), ("meeting", 2022), ("gov_work_report", 2024)])
    s.col("tzgg", [r21, look[0], look[1], *ctx.fillers(c, 24, "notice")])
    site_id, ch1, ch2 = h(c.host, "web")[:32], h(c.host, "ch1")[:32], h(c.host, "ch2")[:32]
    gk = [("/syq/zfxxgk/index.shtml", "政府信息公开")]
    cols = sofpro_columns(
        s.skin,
        "syq",
        site_id,
        {
            ch1: (
                "法定主动公开内容",
                [*newer(ctx, c, r23, 17, "disclosure", s.skin.clock), r23, *ctx.fillers(c, 14, "disclosure")],
            ),
            ch2: ("政府工作报告", [look[2], *ctx.fillers(c, 5, "disclosure", (2019, 2024))]),
        },
        gk,
    )
    assert cols[ch1][1].index(r23) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("sofpro_xxgklist_post", "api_later_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(SQ,))
    s.finish(boxes=[(f"/sofpro/xxgk/index.jsp?channel_id={k}", n, []) for k, (n, _i) in cols.items()])


# ============================================================================ 新疆 伊犁
class _Xj:
    """One 新疆 platform site: TRS-style news, JSON-POST column shells ``/<site>/c<id>/list.shtml``."""

    def __init__(self, ctx: Ctx33, c: County, site: str, clock: dt.date):
        self.ctx, self.c, self.site = ctx, c, site
        self.gk = f"/{site}/xxgk/index.shtml"
        nav = [("/", "首页"), (f"/{site}/xwzx/", "新闻中心"), (self.gk, "政府信息公开")]
        self.skin = open_site(ctx, c, nav, clock)
        self.news = news_column(self.skin, f"/{site}/xwzx/", "新闻中心", 200)
        self.website = h(c.host, "website")[:32]

    def cols(self, columns: dict[int, tuple[str, list]]):
        out = xj_columns(self.skin, self.site, self.website, columns, [(self.gk, "政府信息公开")])
        index_page(
            self.skin,
            self.gk,
            "政府信息公开",
            [(self.gk, "政府信息公开")],
            [(f"/{self.site}/c{cid}/list.shtml", name, []) for cid, (name, _i) in out.items()],
        )
        home(self.skin, [(f"/{self.site}/xwzx/", "新闻中心", self.news), (self.gk, "政府信息公开", [])])
        return out


def huocheng(ctx: Ctx33) -> None:
    """霍城县 (新疆 伊犁), ``www.xjhc.gov.cn`` (https): 新疆 platform (stored page ``/xjhc/c113326/
    202508/<32 hex>.shtml``); lists only through the JSON-body POST. The 2024 report is on the
    API's second page of 其他法定公开信息 beside 伊犁州's reposted report; the 2022 report is in
    法治政府建设 beside a 述法报告."""
    c = County(
        "huocheng",
        "霍城县",
        "新疆维吾尔自治区",
        "伊犁哈萨克自治州",
        "654023",
        "www.xjhc.gov.cn",
        scheme="https",
    )
    s = _Xj(ctx, c, "xjhc", dt.date(2025, 6, 20))
    r24 = _rep(ctx, c, 2024, "霍城县2024年法治政府建设年度报告", "2025-03-29 12:00", "霍城县人民政府")
    r22 = _rep(
        ctx,
        c,
        2022,
        "霍城县人民政府关于2022年度法治政府建设工作情况的报告",
        "2023-03-31 18:20",
        "霍城县人民政府",
    )
    yl = ctx.higher("伊犁哈萨克自治州", 2024, "自治区党委、自治区人民政府", "2025-04-02 10:00")
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("assessment", 2023)])
    cols = s.cols(
        {
            113326: (
                "其他法定公开信息",
                [*newer(ctx, c, r24, 12, until=s.skin.clock), r24, yl, *ctx.fillers(c, 18, "disclosure")],
            ),
            113331: ("法治政府建设", [r22, *look, *ctx.fillers(c, 7, "disclosure")]),
        }
    )
    assert cols[113326][1].index(r24) >= 10
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(XJ, "api_later_page", "higher_repost"))
    ctx.record_higher(c, yl, 2024, c.base + yl.path)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(XJ,))


def yiningxian(ctx: Ctx33) -> None:
    """伊宁县 (新疆 伊犁), ``www.xjyn.gov.cn``: 新疆 platform. The 2023 report is in 法治政府建设
    beside the 县司法局's report and a 实施方案; the 2021 report is a PDF attached to a short notice
    in 通知公告 (attachment path assumed)."""
    c = County("yiningxian", "伊宁县", "新疆维吾尔自治区", "伊犁哈萨克自治州", "654021", "www.xjyn.gov.cn")
    s = _Xj(ctx, c, "xjyn", dt.date(2024, 11, 12))
    r23 = _rep(ctx, c, 2023, "伊宁县2023年度法治政府建设情况报告", "2024-03-28 11:30", "伊宁县人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-26 16:00")
    r21 = _rep(ctx, c, 2021, "伊宁县2021年法治政府建设年度报告", "2022-03-30 09:50", "伊宁县人民政府")
    r21.uid = ctx.uid()
    pdf = f"/xjyn/c1145/{r21.pub:%Y%m}/{h('pdf', r21.uid)[:32]}.pdf"
    body21 = _only_file(ctx, c, r21, pdf, "pdf")
    look = ctx.lookalikes_of(c, [("plan", 2023), ("meeting", 2024), ("interpretation", 2024)])
    s.cols(
        {
            1141: ("法治政府建设", [r23, dep, *look, *ctx.fillers(c, 8, "disclosure")]),
            1145: ("通知公告", [r21, *ctx.fillers(c, 26, "notice")]),
        }
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(XJ,))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.record_file(c, r21, 2021, pdf, body21, (XJ, "pdf_attachment"))


def xinyuan(ctx: Ctx33) -> None:
    """新源县 (新疆 伊犁), ``www.xinyuan.gov.cn`` (https): 新疆 platform. The 2024 report is in
    政府工作报告 beside a 政府工作报告 and 新疆's reposted 2024 report; the 2022 report is in 通知公告
    beside a notice about it and a 解读."""
    c = County(
        "xinyuan",
        "新源县",
        "新疆维吾尔自治区",
        "伊犁哈萨克自治州",
        "654025",
        "www.xinyuan.gov.cn",
        scheme="https",
    )
    s = _Xj(ctx, c, "xinyuan", dt.date(2025, 5, 5))
    r24 = _rep(ctx, c, 2024, "新源县2024年法治政府建设工作情况报告", "2025-03-31 19:10", "新源县人民政府")
    xj = ctx.higher("新疆维吾尔自治区", 2024, "党中央、国务院", "2025-04-08 12:00")
    r22 = _rep(ctx, c, 2022, "新源县关于2022年法治政府建设情况的报告", "2023-03-30 17:40", "新源县人民政府")
    look = ctx.lookalikes_of(c, [("gov_work_report", 2025), ("notice", 2023), ("text_interp", 2023)])
    s.cols(
        {
            12301: ("政府工作报告", [r24, xj, look[0], *ctx.fillers(c, 5, "disclosure", (2019, 2024))]),
            12305: ("通知公告", [r22, look[1], look[2], *ctx.fillers(c, 24, "notice")]),
        }
    )
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(XJ, "higher_repost"))
    ctx.record_higher(c, xj, 2024, c.base + xj.path)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(XJ,))


def chabuchaer(ctx: Ctx33) -> None:
    """察布查尔锡伯自治县 (新疆 伊犁), ``www.xjcbcr.gov.cn``: 信息公开 on Epoint WebBuilder's rest API
    (the token-then-Bearer flow a public crawler of 伊犁州's ``ggzy.xjyl.gov.cn`` follows). The
    2024 report is on the API's second page of 通知公告 (``categorynum`` 001001); the 2022 report is
    in 法治政府建设 (001005) beside a 述职 and a 考核 通报."""
    c = County(
        "chabuchaer",
        "察布查尔锡伯自治县",
        "新疆维吾尔自治区",
        "伊犁哈萨克自治州",
        "654022",
        "www.xjcbcr.gov.cn",
    )
    nav = [("/", "首页"), ("/xwzx/", "新闻中心"), ("/xxgk/", "信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2025, 4, 22))
    news = news_column(skin, "/xwzx/", "新闻中心", 200)
    r24 = _rep(
        ctx,
        c,
        2024,
        "察布查尔锡伯自治县2024年法治政府建设年度报告",
        "2025-03-27 13:20",
        "察布查尔锡伯自治县人民政府",
    )
    r22 = _rep(
        ctx,
        c,
        2022,
        "察布查尔锡伯自治县2022年度法治政府建设工作报告",
        "2023-03-29 10:40",
        "察布查尔锡伯自治县司法局",
    )
    look = ctx.lookalikes_of(c, [("duty_report", 2023), ("assessment", 2023), ("meeting_topic", 2025)])
    guid = h(c.host, "siteguid")
    guid = f"{guid[:8]}-{guid[8:12]}-{guid[12:16]}-{guid[16:20]}-{guid[20:32]}"
    cols = epoint_columns(
        skin,
        guid,
        {
            "001001": (
                "/xxgk/tzgg.html",
                "通知公告",
                [*newer(ctx, c, r24, 21, "notice", skin.clock), r24, look[2], *ctx.fillers(c, 10, "notice")],
            ),
            "001005": (
                "/xxgk/fzzfjs.html",
                "法治政府建设",
                [r22, look[0], look[1], *ctx.fillers(c, 8, "disclosure")],
            ),
        },
        [("/xxgk/", "信息公开")],
    )
    assert cols["001001"][2].index(r24) >= 20
    index_page(
        skin,
        "/xxgk/index.html",
        "信息公开",
        [("/xxgk/", "信息公开")],
        [(p, n, []) for p, n, _i in cols.values()],
    )
    home(skin, [("/xwzx/", "新闻中心", news), ("/xxgk/", "信息公开", [])])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("epoint_bearer_token", "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("epoint_bearer_token",))
