"""The blind35 sites: 嘉兴 (浙江) counties on 浙江's Hanweb 政务云 and the 嘉兴市 portal whose
县(市、区) links alone name 海盐县, 威海 (山东) counties on Hanweb, and 抚州 (江西) counties on
Hanweb and on 江西's 集约化 ``/queryList`` platform. Each site's docstring names its evidence
(see ``platforms.py``)."""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home, index_page
from ..blind.skins import Skin
from ..blind2.core import news_column, open_site
from ..blind25.platforms import GbkSkin
from .core import County, Ctx35, date_trap, html_copy, newer, search_trap
from .platforms import (
    doc_attach,
    hanweb,
    hanweb_attach,
    hexid,
    jx_query_api,
    jx_query_column,
    put_attachments,
)

HW = "jcms_datastore"
PROXY = "jcms_dataproxy_later_records"
JX = "jx_querylist_post"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


def _strip(it) -> list[str]:
    body = list(it.paras)
    it.paras = [it.title.replace("|", "") + "全文见附件。"]
    return body


class _Hw:
    """One Hanweb site: ``/col/col<id>/index.html`` columns, a 政务公开 page and a home page."""

    def __init__(
        self,
        ctx: Ctx35,
        c: County,
        clock: dt.date,
        webid: str,
        unit: str,
        news_col: int,
        *,
        seeded=True,
        skin=Skin,
    ):
        self.ctx, self.c, self.webid, self.unit, self.news_col = ctx, c, webid, unit, news_col
        self.gk = f"/col/col{news_col - 1}/index.html"
        nav = [("/", "首页"), (f"/col/col{news_col}/index.html", "要闻动态"), (self.gk, "政务公开")]
        self.skin = open_site(ctx, c, nav, clock, seeded=seeded, skin=skin)
        self.cols: dict[int, tuple[str, list]] = {news_col: ("要闻动态", ctx.news(c, 220))}
        self.attached: list = []

    def col(self, cid: int, name: str, items: list) -> None:
        self.cols[cid] = (name, items)

    def finish(self, extra: str = "") -> dict[int, list]:
        lists = hanweb(self.ctx, self.skin, self.webid, self.unit, self.c.name + "人民政府", self.cols)
        for it in self.attached:
            put_attachments(self.ctx, self.c, it)
        boxes = [
            (f"/col/col{k}/index.html", v[0], lists[k]) for k, v in self.cols.items() if k != self.news_col
        ]
        index_page(self.skin, self.gk, "政务公开", [(self.gk, "政务公开")], boxes)
        home(
            self.skin,
            [
                (f"/col/col{self.news_col}/index.html", "要闻动态", lists[self.news_col]),
                (self.gk, "政务公开", []),
            ],
            extra=extra,
        )
        return lists


# ============================================================================ 浙江 嘉兴
def nanhu(ctx: Ctx35) -> None:
    """南湖区 (浙江 嘉兴), ``www.nanhu.gov.cn``: 浙江 Hanweb 政务云 (``www.haining.gov.cn/col/
    col1455897/`` ``jpaas_zhejiang``). The 2024 report is record 50 of 通知公告, beyond the 45 the
    ``<datastore>`` carries, so only the ``dataproxy.jsp`` POST lists it; the 2022 report is in
    法治政府建设 beside 浙江省's reposted 2022 report and a 实施方案."""
    c = County("nanhu", "南湖区", "浙江省", "嘉兴市", "330402", "www.nanhu.gov.cn")
    s = _Hw(ctx, c, dt.date(2025, 6, 12), "3287", "5765042", 1229427001)
    r24 = _rep(
        ctx, c, 2024, "嘉兴市南湖区2024年法治政府建设年度报告", "2025-03-27 16:30", "嘉兴市南湖区人民政府"
    )
    r22 = _rep(
        ctx,
        c,
        2022,
        "南湖区人民政府关于2022年度法治政府建设工作情况的报告",
        "2023-03-29 09:20",
        "嘉兴市南湖区人民政府",
    )
    zj = ctx.higher("浙江省", 2022, "党中央、国务院", "2023-04-06 10:00")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("plan", 2023), ("xxgk_annual", 2024)])
    s.col(
        1229427010,
        "通知公告",
        [*newer(ctx, c, r24, 49, "notice", s.skin.clock), r24, look[0], *ctx.fillers(c, 12, "notice")],
    )
    s.col(1229427022, "法治政府建设", [r22, zj, look[1], look[2], *ctx.fillers(c, 9, "disclosure")])
    lists = s.finish()
    assert lists[1229427010].index(r24) >= 45
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HW, PROXY))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HW, "higher_repost"))
    ctx.record_higher(c, zj, 2022, c.base + zj.path)


def jiashan(ctx: Ctx35) -> None:
    """嘉善县 (浙江 嘉兴), ``www.jiashan.gov.cn`` (https): 浙江 Hanweb 政务云 (stored article
    ``/art/2025/3/19/art_1229250583_59056024.html``). The 2023 report is in 法治政府建设 beside a
    述法报告 and a 考核 通报; the 2021 report is a PDF (``downfile.jsp``, text layer) attached to a
    short notice in 通知公告. Hanweb's ``/jsearchfront/search.do`` echoes its query and links
    more searches for ever (trap; the jsearch path as on 威海's portal)."""
    c = County("jiashan", "嘉善县", "浙江省", "嘉兴市", "330421", "www.jiashan.gov.cn", scheme="https")
    s = _Hw(ctx, c, dt.date(2025, 5, 18), "3291", "5732110", 1229250561)
    trap = search_trap(ctx, s.skin, "/jsearchfront/search.do", "q")
    r23 = _rep(ctx, c, 2023, "嘉善县2023年法治政府建设工作报告", "2024-03-28 14:10", "嘉善县人民政府")
    r21 = _rep(ctx, c, 2021, "嘉善县2021年度法治政府建设情况报告", "2022-03-30 10:45", "嘉善县人民政府")
    r21.uid = ctx.uid()
    body21 = _strip(r21)
    pdf = hanweb_attach(ctx, c, r21, body21)
    s.attached.append(r21)
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("assessment", 2023), ("interpretation", 2022)])
    s.col(1229250583, "通知公告", [r21, look[2], *ctx.fillers(c, 30, "notice")])
    s.col(1229250590, "法治政府建设", [r23, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    s.finish(extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>')
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HW,))
    ctx.record_file(c, r21, 2021, pdf, body21, (HW, "pdf_attachment"))


def haining(ctx: Ctx35) -> None:
    """海宁市 (浙江 嘉兴), ``www.haining.gov.cn`` (https): 浙江 Hanweb 政务云 (``/col/col1455897/``,
    ``web_id`` 2780 in a public source table; ``/art/2024/7/7/art_1229519873_59045333.html``).
    The 2024 report is in 其他法定公开信息 beside 嘉兴市's reposted report and the 政府工作报告; the
    2022 report exists only as a scanned PDF attached to a notice."""
    c = County("haining", "海宁市", "浙江省", "嘉兴市", "330481", "www.haining.gov.cn", scheme="https")
    s = _Hw(ctx, c, dt.date(2025, 4, 30), "2780", "5816213", 1229519873)
    r24 = _rep(ctx, c, 2024, "海宁市2024年度法治政府建设情况报告", "2025-03-31 17:00", "海宁市人民政府")
    jx = ctx.higher("嘉兴市", 2024, "省委、省政府", "2025-04-03 11:00")
    r22 = _rep(ctx, c, 2022, "海宁市2022年法治政府建设年度报告", "2023-03-30 15:20", "海宁市人民政府")
    r22.uid = ctx.uid()
    body22 = list(r22.paras)
    r22.paras = ["(扫描件)"]
    scan = f"/module/download/downfile.jsp?classid=0&filename={hexid(c, r22, 's')}.pdf"
    r22.attachments.append((r22.title + ".pdf", scan, files.make_scan_pdf(r22.uid)))
    s.attached.append(r22)
    look = ctx.lookalikes_of(c, [("gov_work_report", 2025), ("meeting", 2024), ("text_interp", 2023)])
    s.col(1455897, "其他法定公开信息", [r24, jx, look[0], *ctx.fillers(c, 14, "disclosure")])
    s.col(1229519880, "通知公告", [r22, look[1], look[2], *ctx.fillers(c, 26, "notice")])
    s.finish()
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HW, "higher_repost"))
    ctx.record_higher(c, jx, 2024, c.base + jx.path)
    ctx.record_scan(c, r22, 2022, scan, body22, kinds=(HW,))


def pinghu(ctx: Ctx35) -> None:
    """平湖市 (浙江 嘉兴), ``www.pinghu.gov.cn``: 浙江 Hanweb 政务云 (assumed from the city's
    platform). The 2023 report is in 法治政府建设 beside the 市司法局's own report, a 述职 and a
    示范创建 news item; the 2020 report exists only as a Word 97 ``.doc`` attached to a notice."""
    c = County("pinghu", "平湖市", "浙江省", "嘉兴市", "330482", "www.pinghu.gov.cn")
    s = _Hw(ctx, c, dt.date(2024, 12, 20), "3295", "5790331", 1229300101)
    r23 = _rep(
        ctx, c, 2023, "平湖市人民政府关于2023年法治政府建设情况的报告", "2024-03-26 09:30", "平湖市人民政府"
    )
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-28 15:00")
    r20 = _rep(ctx, c, 2020, "平湖市2020年法治政府建设工作报告", "2021-03-29 10:00", "平湖市人民政府")
    r20.uid = ctx.uid()
    body20 = _strip(r20)
    doc = doc_attach(ctx, c, r20, body20)
    s.attached.append(r20)
    look = ctx.lookalikes_of(c, [("duty_report", 2024), ("demo_news", 2023), ("plan", 2021)])
    s.col(1229300120, "法治政府建设", [r23, dep, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
    s.col(1229300115, "通知公告", [r20, look[2], *ctx.fillers(c, 28, "notice", (2019, 2024))])
    s.finish()
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HW,))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.record_file(c, r20, 2020, doc, body20, (HW, "doc_needs_reader"))


JIAXING = (
    ("南湖区", "http://www.nanhu.gov.cn/"),
    ("秀洲区", "https://www.xiuzhou.gov.cn/"),
    ("嘉善县", "https://www.jiashan.gov.cn/"),
    ("海盐县", "https://www.haiyan.gov.cn/"),
    ("海宁市", "https://www.haining.gov.cn/"),
    ("平湖市", "http://www.pinghu.gov.cn/"),
    ("桐乡市", "https://www.tx.gov.cn/"),
)


def jiaxing_portal(ctx: Ctx35) -> None:
    """嘉兴市 portal ``www.jiaxing.gov.cn`` (https), seeded: Hanweb like its counties; its 县(市、区)
    links box (the hosts as public source tables list them; the box itself assumed) alone names
    海盐县 ``www.haiyan.gov.cn``, which is in no seed row: a 浙江 Hanweb site whose 2024 report is
    in 法治政府建设 beside a 工作要点 and whose 2022 report is in 通知公告 beside a notice about it."""
    p = County("jiaxing_portal", "嘉兴市", "浙江省", "", "330400", "www.jiaxing.gov.cn", scheme="https")
    ps = _Hw(ctx, p, dt.date(2025, 6, 5), "3280", "5700021", 1229426001)
    ps.col(1229426010, "通知公告", ctx.fillers(p, 40, "notice"))
    links = "".join(f'<li><a href="{u}" target="_blank">{n}</a></li>' for n, u in JIAXING)
    ps.finish(extra=f'<div class="xsq"><h3>县(市、区)</h3><ul>{links}</ul></div>')

    c = County(
        "haiyan", "海盐县", "浙江省", "嘉兴市", "330424", "www.haiyan.gov.cn", scheme="https", seeded=False
    )
    s = _Hw(ctx, c, dt.date(2025, 3, 15), "3293", "5744120", 1229521001, seeded=False)
    kinds = (HW, "unseeded_county_via_prefecture_list")
    r24 = _rep(ctx, c, 2024, "海盐县2024年法治政府建设工作报告", "2025-03-25 16:00", "海盐县人民政府")
    r22 = _rep(
        ctx, c, 2022, "海盐县人民政府关于2022年度法治政府建设情况的报告", "2023-03-28 11:30", "海盐县人民政府"
    )
    look = ctx.lookalikes_of(c, [("plan", 2024), ("notice", 2023)])
    s.col(1229521020, "法治政府建设", [r24, look[0], *ctx.fillers(c, 7, "disclosure")])
    s.col(1229521011, "通知公告", [r22, look[1], *ctx.fillers(c, 25, "notice", (2019, 2024))])
    s.finish()
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=kinds)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=kinds)


# ============================================================================ 山东 威海
def huancui(ctx: Ctx35) -> None:
    """环翠区 (山东 威海), ``www.huancui.gov.cn``: Hanweb (威海's ``/art/…/art_51912_6577067.html``).
    The 2024 report is record 48 of 通知公告, only in the ``dataproxy.jsp`` answer; the 2021
    report is in 法治政府建设 beside 山东省's reposted 2021 report and a 法治政府建设 meeting."""
    c = County("huancui", "环翠区", "山东省", "威海市", "371002", "www.huancui.gov.cn")
    s = _Hw(ctx, c, dt.date(2025, 5, 26), "61", "40211", 9811)
    r24 = _rep(
        ctx, c, 2024, "威海市环翠区2024年法治政府建设情况报告", "2025-03-28 15:40", "威海市环翠区人民政府"
    )
    r21 = _rep(ctx, c, 2021, "环翠区2021年度法治政府建设工作报告", "2022-03-29 10:10", "威海市环翠区人民政府")
    sd = ctx.higher("山东省", 2021, "党中央、国务院", "2022-04-01 09:00")
    look = ctx.lookalikes_of(c, [("meeting_topic", 2025), ("meeting", 2022), ("xxgk_annual", 2022)])
    s.col(
        9820,
        "通知公告",
        [*newer(ctx, c, r24, 47, "notice", s.skin.clock), r24, look[0], *ctx.fillers(c, 10, "notice")],
    )
    s.col(9833, "法治政府建设", [r21, sd, look[1], look[2], *ctx.fillers(c, 8, "disclosure")])
    lists = s.finish()
    assert lists[9820].index(r24) >= 45
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HW, PROXY))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(HW, "higher_repost"))
    ctx.record_higher(c, sd, 2021, c.base + sd.path)


def rongcheng(ctx: Ctx35) -> None:
    """荣成市 (山东 威海), ``www.rongcheng.gov.cn``: Hanweb (a page script links its 政务公开
    ``/col/col22/index.html``). The 2023 report is in 政府文件 beside the 政府工作报告; the 2022
    report is a PDF attached to a notice in 通知公告. A 按日期浏览 archive never ends (trap)."""
    c = County("rongcheng", "荣成市", "山东省", "威海市", "371082", "www.rongcheng.gov.cn")
    s = _Hw(ctx, c, dt.date(2025, 4, 15), "62", "40188", 21)
    trap = date_trap(ctx, s.skin, "/rqll/index.jsp")
    r23 = _rep(ctx, c, 2023, "荣成市2023年法治政府建设年度报告", "2024-03-27 10:30", "荣成市人民政府")
    r22 = _rep(ctx, c, 2022, "荣成市2022年度法治政府建设情况报告", "2023-03-30 16:50", "荣成市人民政府")
    r22.uid = ctx.uid()
    body22 = _strip(r22)
    pdf = hanweb_attach(ctx, c, r22, body22)
    s.attached.append(r22)
    look = ctx.lookalikes_of(c, [("gov_work_report", 2024), ("notice", 2023), ("plan", 2022)])
    s.col(22, "政府文件", [r23, look[0], look[2], *ctx.fillers(c, 16, "disclosure")])
    s.col(31, "通知公告", [r22, look[1], *ctx.fillers(c, 30, "notice")])
    s.finish(extra=f'<div class="rqll"><a href="{trap}">按日期浏览</a></div>')
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HW,))
    ctx.record_file(c, r22, 2022, pdf, body22, (HW, "pdf_attachment"))


def rushan(ctx: Ctx35) -> None:
    """乳山市 (山东 威海), ``www.rushan.gov.cn``: Hanweb (assumed from 威海's platform). The 2024
    report is in 法治政府建设 beside 威海市's reposted 2024 report and a 考核 通报; the 2022 report
    is in 通知公告 beside a 解读."""
    c = County("rushan", "乳山市", "山东省", "威海市", "371083", "www.rushan.gov.cn")
    s = _Hw(ctx, c, dt.date(2025, 6, 1), "63", "40302", 5101)
    r24 = _rep(ctx, c, 2024, "乳山市2024年法治政府建设工作情况报告", "2025-03-26 11:00", "乳山市人民政府")
    wh = ctx.higher("威海市", 2024, "省委、省政府", "2025-04-02 15:00")
    r22 = _rep(
        ctx, c, 2022, "乳山市人民政府关于2022年法治政府建设情况的报告", "2023-03-24 14:30", "乳山市人民政府"
    )
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("interpretation", 2023), ("shufa", 2023)])
    s.col(5120, "法治政府建设", [r24, wh, look[0], look[2], *ctx.fillers(c, 8, "disclosure")])
    s.col(5111, "通知公告", [r22, look[1], *ctx.fillers(c, 32, "notice")])
    s.finish()
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HW, "higher_repost"))
    ctx.record_higher(c, wh, 2024, c.base + wh.path)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HW,))


def wendeng(ctx: Ctx35) -> None:
    """文登区 (山东 威海), ``www.wendeng.gov.cn``: Hanweb (assumed from 威海's platform). The 2023
    report is in 其他法定公开信息 beside the 区司法局's report and a 工作要点."""
    c = County("wendeng", "文登区", "山东省", "威海市", "371003", "www.wendeng.gov.cn")
    s = _Hw(ctx, c, dt.date(2024, 11, 6), "64", "40420", 7201)
    r23 = _rep(
        ctx, c, 2023, "威海市文登区2023年度法治政府建设情况报告", "2024-03-29 17:10", "威海市文登区人民政府"
    )
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-22 10:00")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("xxgk_annual", 2023), ("demo_news", 2022)])
    s.col(7230, "其他法定公开信息", [r23, dep, look[0], look[1], *ctx.fillers(c, 12, "disclosure")])
    s.col(7211, "通知公告", [look[2], *ctx.fillers(c, 28, "notice")])
    s.finish()
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HW,))
    ctx.record_department(c, dep, 2023, c.base + dep.path)


# ============================================================================ 江西 抚州
def nancheng(ctx: Ctx35) -> None:
    """南城县 (江西 抚州), ``www.jxnc.gov.cn``: Hanweb like 抚州's portal (``www.jxfz.gov.cn/col/
    col24619/index.html``; assumed for the county; GBK pages, assumed). The 2024 report is in
    通知公告 beside a notice about it; the 2022 report is in 法治政府建设 beside a 述职 and the
    政府工作报告. A 按日期浏览 archive never ends (trap)."""
    c = County("nancheng", "南城县", "江西省", "抚州市", "361021", "www.jxnc.gov.cn")
    s = _Hw(ctx, c, dt.date(2025, 5, 9), "71", "50123", 10101, skin=GbkSkin)
    trap = date_trap(ctx, s.skin, "/rqll/index.jsp")
    r24 = _rep(ctx, c, 2024, "南城县2024年法治政府建设年度报告", "2025-03-28 09:10", "南城县人民政府")
    r22 = _rep(ctx, c, 2022, "南城县2022年度法治政府建设工作报告", "2023-03-31 16:20", "南城县人民政府")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("duty_report", 2023), ("gov_work_report", 2023)])
    s.col(
        10110,
        "通知公告",
        [*newer(ctx, c, r24, 20, "notice", s.skin.clock), r24, look[0], *ctx.fillers(c, 14, "notice")],
    )
    s.col(10125, "法治政府建设", [r22, look[1], look[2], *ctx.fillers(c, 6, "disclosure")])
    s.finish(extra=f'<div class="rqll"><a href="{trap}">按日期浏览</a></div>')
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HW,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HW,))


class _Jx:
    """One 江西 集约化 site: static news, 信息公开 columns as ``/queryList`` shells."""

    def __init__(self, ctx: Ctx35, c: County, site: str, code: str, clock: dt.date):
        self.ctx, self.c, self.site, self.code = ctx, c, site, code
        self.gk = f"/{site}/fdzdgknr/index.html"
        nav = [("/", "首页"), (f"/{site}/xwzx/", "新闻中心"), (self.gk, "法定主动公开内容")]
        self.skin = open_site(ctx, c, nav, clock)
        self.news = news_column(self.skin, f"/{site}/xwzx/", "新闻中心", 200)
        self.registry: dict = {}
        self.boxes: list = []

    def col(self, channel: str, name: str, items: list) -> list:
        trail = [(self.gk, "法定主动公开内容"), (f"/{self.site}/{channel}/index.html", name)]
        out = jx_query_column(
            self.ctx, self.skin, self.site, self.code, channel, name, trail, items, self.registry
        )
        self.boxes.append((f"/{self.site}/{channel}/index.html", name, []))
        return out

    def finish(self, extra: str = "") -> None:
        jx_query_api(self.ctx, self.c, self.registry)
        index_page(self.skin, self.gk, "法定主动公开内容", [(self.gk, "法定主动公开内容")], self.boxes)
        home(
            self.skin,
            [(f"/{self.site}/xwzx/", "新闻中心", self.news), (self.gk, "法定主动公开内容", [])],
            extra=extra,
        )


def lichuan(ctx: Ctx35) -> None:
    """黎川县 (江西 抚州), ``www.jxlcx.gov.cn``: 江西 集约化 platform (``/queryList`` POST with
    ``webSiteCode[]``/``channelCode[]``, public crawlers of ``gxt.jiangxi.gov.cn`` and
    ``rfb.yichun.gov.cn``). The 2023 report is on the second answer page of 通知公告; the 2021
    report is in 法治政府建设 beside 江西省's reposted 2021 report and a 实施方案."""
    c = County("lichuan", "黎川县", "江西省", "抚州市", "361022", "www.jxlcx.gov.cn")
    s = _Jx(ctx, c, "lcx", "jxlcx", dt.date(2025, 4, 2))
    r23 = _rep(ctx, c, 2023, "黎川县2023年法治政府建设情况报告", "2024-03-27 15:00", "黎川县人民政府")
    r21 = _rep(
        ctx, c, 2021, "黎川县人民政府关于2021年度法治政府建设工作的报告", "2022-03-30 11:40", "黎川县人民政府"
    )
    jx = ctx.higher("江西省", 2021, "党中央、国务院", "2022-04-02 10:00")
    look = ctx.lookalikes_of(c, [("plan", 2022), ("meeting", 2024), ("text_interp", 2024)])
    tz = s.col(
        "tzgg",
        "通知公告",
        [*newer(ctx, c, r23, 18, "notice", s.skin.clock), r23, look[1], *ctx.fillers(c, 14, "notice")],
    )
    assert tz.index(r23) >= 15
    s.col("fzzfjs", "法治政府建设", [r21, jx, look[0], look[2], *ctx.fillers(c, 8, "disclosure")])
    s.finish()
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(JX, "api_later_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(JX, "higher_repost"))
    ctx.record_higher(c, jx, 2021, c.base + jx.path)


def chongren(ctx: Ctx35) -> None:
    """崇仁县 (江西 抚州), ``www.jxcr.gov.cn``: 江西 集约化 platform (as 黎川县). The 2024 report is
    in 法治政府建设 beside a 述法报告 and a 考核 通报; the 2022 report is in 其他法定公开内容 among
    disclosures and a 信息公开 annual report."""
    c = County("chongren", "崇仁县", "江西省", "抚州市", "361024", "www.jxcr.gov.cn")
    s = _Jx(ctx, c, "crx", "jxcrx", dt.date(2025, 6, 16))
    r24 = _rep(ctx, c, 2024, "崇仁县2024年度法治政府建设年度报告", "2025-03-29 10:20", "崇仁县人民政府")
    r22 = _rep(ctx, c, 2022, "崇仁县2022年法治政府建设工作情况报告", "2023-03-28 17:30", "崇仁县人民政府")
    look = ctx.lookalikes_of(c, [("shufa", 2025), ("assessment", 2024), ("xxgk_annual", 2023)])
    s.col("fzzfjs", "法治政府建设", [r24, look[0], look[1], *ctx.fillers(c, 9, "disclosure")])
    s.col("qtfdgknr", "其他法定公开内容", [r22, look[2], *ctx.fillers(c, 11, "disclosure", (2019, 2024))])
    s.finish()
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(JX,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(JX,))
