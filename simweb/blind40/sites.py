"""The blind40 sites: 三门峡 (河南) counties on the 三门峡 集约化 platform, 日照 (山东) counties on
Hanweb JCMS with the 日照市 portal (whose 区县 block alone links 岚山区), and two 漯河 (河南)
counties on the 河南 集约化 platform."""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home, index_page
from ..blind2.core import open_site
from ..blind25.platforms import ha_column, hanweb, hanweb_attach, put_attachments
from .core import County, Ctx40, date_trap, html_copy, newer, search_trap
from .platforms import GbkSkin, SmxSkin, fastdfs, smx_column, smx_list

SMX = "smx_platform"
JCMS = "jcms_datastore"
HA = "henan_platform"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


# ============================================================================ 河南 三门峡
class _Smx:
    """A 三门峡 platform site: numbered columns; ``base`` is its first column number."""

    def __init__(self, ctx: Ctx40, c: County, base: int, clock: dt.date, news_name: str):
        self.ctx, self.c, self.base = ctx, c, base
        self.gk = (smx_list(base + 21, "subIndex", 1), "政务公开")
        self.news_href = smx_list(base + 42, "list", 1)
        nav = [("/", "首页"), (self.news_href, news_name), self.gk]
        self.skin = open_site(ctx, c, nav, clock, skin=SmxSkin)
        self.news = smx_column(self.skin, base + 42, news_name, [], ctx.news(c, 180), stem="list")
        self.news_name = news_name
        self.cols: list[tuple[str, str, list]] = []

    def col(self, off: int, name: str, items, stem: str = "zhengfuxinxi", per: int = 15):
        out = smx_column(self.skin, self.base + off, name, [self.gk], items, stem=stem, per=per)
        self.cols.append((smx_list(self.base + off, stem, 1), name, out))
        return out

    def finish(self, extra: str = "") -> None:
        index_page(self.skin, self.gk[0], "政务公开", [self.gk], self.cols)
        home(self.skin, [(self.news_href, self.news_name, self.news), *self.cols[:2]], extra=extra)


def hubin(ctx: Ctx40) -> None:
    """湖滨区 (河南 三门峡), ``www.hubin.gov.cn`` (https): the 三门峡 platform. The 2024 report is
    in 法治政府建设 beside 河南省's reposted 2024 report and a 实施方案; the 2022 report is on the
    second page of 通知公告 beside a notice about it."""
    c = County("hubin", "湖滨区", "河南省", "三门峡市", "411202", "www.hubin.gov.cn", scheme="https")
    s = _Smx(ctx, c, 27000, dt.date(2025, 6, 12), "湖滨要闻")
    r24 = _rep(ctx, c, 2024, "三门峡市湖滨区2024年法治政府建设年度报告", "2025-03-28 10:20", "湖滨区人民政府")
    r22 = _rep(
        ctx, c, 2022, "湖滨区人民政府关于2022年法治政府建设情况的报告", "2023-03-30 16:00", "湖滨区人民政府"
    )
    ha = ctx.higher("河南省", 2024, "党中央、国务院", "2025-04-03 09:00")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("notice", 2023), ("duty_report", 2023)])
    s.col(35, "法治政府建设", [r24, ha, look[0], look[2], *ctx.fillers(c, 10, "disclosure")])
    tz = s.col(
        19,
        "通知公告",
        [*newer(ctx, c, r22, 17, "notice", s.skin.clock), r22, look[1], *ctx.fillers(c, 14, "notice")],
    )
    assert 15 <= tz.index(r22) < 30
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(SMX, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(SMX, "later_list_page"))
    ctx.record_higher(c, ha, 2024, c.base + ha.path)
    s.finish()


def shanzhou(ctx: Ctx40) -> None:
    """陕州区 (河南 三门峡), ``www.shanzhou.gov.cn`` (https): the 三门峡 platform (its 规划信息
    ``18309`` and 公告公示 ``18019`` columns are in a public crawler). The 2023 report is in
    规划信息 beside a 工作要点; the 2021 report is a PDF (FastDFS ``/group1/M00/…``, text layer)
    attached to a short article in 公告公示 beside the 信息公开 annual report."""
    c = County("shanzhou", "陕州区", "河南省", "三门峡市", "411203", "www.shanzhou.gov.cn", scheme="https")
    s = _Smx(ctx, c, 18000, dt.date(2025, 5, 20), "陕州要闻")
    r23 = _rep(ctx, c, 2023, "陕州区2023年度法治政府建设工作报告", "2024-03-27 09:30", "陕州区人民政府")
    r21 = _rep(ctx, c, 2021, "陕州区2021年法治政府建设情况报告", "2022-03-30 15:10", "陕州区司法局")
    body21 = list(r21.paras)
    r21.paras = ["陕州区2021年法治政府建设情况报告全文详见附件。"]
    r21.uid = ctx.uid()
    pdf = ctx.attach(c, r21, fastdfs(c, r21), "pdf", body21)
    look = ctx.lookalikes_of(c, [("plan", 2023), ("xxgk_annual", 2021)])
    s.col(309, "规划信息", [r23, look[0], *ctx.fillers(c, 12, "disclosure")])
    s.col(19, "公告公示", [r21, look[1], *ctx.fillers(c, 20, "notice", (2019, 2022))])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(SMX,))
    ctx.record_file(c, r21, 2021, pdf, body21, (SMX, "pdf_attachment"))
    s.finish()


def mianchi(ctx: Ctx40) -> None:
    """渑池县 (河南 三门峡), ``www.mianchi.gov.cn`` (https): the 三门峡 platform. The 2024 report is
    in 部门信息公开 → 县司法局 (a ``subList`` column) beside the 县司法局's own report and a
    述法报告; the 2022 report is on 通知公告's third page."""
    c = County("mianchi", "渑池县", "河南省", "三门峡市", "411221", "www.mianchi.gov.cn", scheme="https")
    s = _Smx(ctx, c, 23000, dt.date(2025, 4, 9), "渑池要闻")
    r24 = _rep(ctx, c, 2024, "渑池县2024年法治政府建设年度报告", "2025-03-31 11:00", "渑池县司法局")
    r22 = _rep(ctx, c, 2022, "渑池县2022年度法治政府建设情况报告", "2023-03-29 10:40", "渑池县人民政府")
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-21 09:00")
    look = ctx.lookalikes_of(c, [("shufa", 2025), ("meeting", 2023), ("xxgk_annual", 2024)])
    s.col(411, "司法局", [r24, dep, look[0], look[2], *ctx.fillers(c, 9, "disclosure")], stem="subList")
    tz = s.col(
        19,
        "通知公告",
        [*newer(ctx, c, r22, 31, "notice", s.skin.clock), r22, look[1], *ctx.fillers(c, 8, "notice")],
    )
    assert tz.index(r22) >= 30
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(SMX, "department_column"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(SMX, "later_list_page"))
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    s.finish()


def lushi(ctx: Ctx40) -> None:
    """卢氏县 (河南 三门峡), ``www.lushixian.gov.cn`` (https): the 三门峡 platform. The 2023 report
    is in 法治政府建设 beside 三门峡市's reposted 2023 report and a 解读; the 2022 report exists only
    as a scanned PDF; the 2021 report is in 通知公告 beside 示范创建 news."""
    c = County("lushi", "卢氏县", "河南省", "三门峡市", "411224", "www.lushixian.gov.cn", scheme="https")
    s = _Smx(ctx, c, 21000, dt.date(2025, 3, 14), "卢氏要闻")
    r23 = _rep(ctx, c, 2023, "卢氏县2023年法治政府建设工作情况的报告", "2024-03-29 17:20", "卢氏县人民政府")
    r22 = _rep(ctx, c, 2022, "卢氏县2022年法治政府建设年度报告", "2023-03-31 10:00", "卢氏县人民政府")
    r21 = _rep(ctx, c, 2021, "卢氏县2021年度法治政府建设工作报告", "2022-03-28 09:10", "卢氏县人民政府")
    smx = ctx.higher("三门峡市", 2023, "省委、省政府", "2024-04-02 10:00")
    look = ctx.lookalikes_of(c, [("interpretation", 2024), ("demo_news", 2022)])
    body22 = list(r22.paras)
    r22.paras = ["(扫描件)"]
    r22.uid = ctx.uid()
    scan = fastdfs(c, r22)
    r22.attachments.append((r22.title + ".pdf", scan, files.make_scan_pdf(r22.uid)))
    s.col(35, "法治政府建设", [r23, smx, look[0], r22, *ctx.fillers(c, 9, "disclosure")])
    s.col(19, "通知公告", [r21, look[1], *ctx.fillers(c, 22, "notice", (2019, 2022))])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(SMX, "higher_repost"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(SMX,))
    ctx.record_higher(c, smx, 2023, c.base + smx.path)
    ctx.record_scan(c, r22, 2022, scan, body22, kinds=(SMX,))
    s.finish()


def yima(ctx: Ctx40) -> None:
    """义马市 (河南 三门峡), ``www.yima.gov.cn``: the 三门峡 platform. The 2024 report is on the
    second page of 通知公告; the 2022 report is a DOCX attached (FastDFS) to a short article in
    法治政府建设 beside a 考核 通报. A 按日期浏览 archive never ends (trap)."""
    c = County("yima", "义马市", "河南省", "三门峡市", "411281", "www.yima.gov.cn")
    s = _Smx(ctx, c, 22000, dt.date(2025, 5, 6), "义马要闻")
    trap = date_trap(ctx, s.skin, "/rqll/index.html")
    r24 = _rep(ctx, c, 2024, "义马市2024年法治政府建设情况报告", "2025-03-26 16:30", "义马市人民政府")
    r22 = _rep(
        ctx, c, 2022, "义马市人民政府关于2022年度法治政府建设情况的报告", "2023-03-30 11:20", "义马市人民政府"
    )
    body22 = list(r22.paras)
    r22.paras = [r22.title + "(详见附件)"]
    r22.uid = ctx.uid()
    docx = ctx.attach(c, r22, fastdfs(c, r22, "docx"), "docx", body22)
    look = ctx.lookalikes_of(c, [("assessment", 2023), ("meeting_topic", 2025), ("interpretation", 2023)])
    tz = s.col(
        19,
        "通知公告",
        [*newer(ctx, c, r24, 16, "notice", s.skin.clock), r24, look[1], *ctx.fillers(c, 12, "notice")],
    )
    assert 15 <= tz.index(r24) < 30
    s.col(35, "法治政府建设", [r22, look[0], look[2], *ctx.fillers(c, 9, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(SMX, "later_list_page"))
    ctx.record_file(c, r22, 2022, docx, body22, (SMX, "docx_attachment"))
    s.finish(extra=f'<div class="rqll"><a href="{trap}">按日期浏览</a></div>')


def lingbao(ctx: Ctx40) -> None:
    """灵宝市 (河南 三门峡), ``www.lingbao.gov.cn``: the 三门峡 platform (its 政策文件 column
    ``16016/0000/zhengfuxinxi-1.html`` and a ``/group1/M00/…pdf`` file are in public data). The
    joint 2023 report is in 政策文件 beside the 政府工作报告; the 2021 report is in 法治政府建设
    beside 示范创建 news; the 2020 report exists only as a ``.doc``."""
    c = County("lingbao", "灵宝市", "河南省", "三门峡市", "411282", "www.lingbao.gov.cn")
    s = _Smx(ctx, c, 16000, dt.date(2025, 6, 3), "灵宝要闻")
    r23 = _rep(
        ctx,
        c,
        2023,
        "中共灵宝市委 灵宝市人民政府关于2023年度法治政府建设情况的报告",
        "2024-03-28 15:00",
        "灵宝市人民政府",
    )
    r21 = _rep(ctx, c, 2021, "灵宝市2021年法治政府建设年度报告", "2022-03-29 09:50", "灵宝市人民政府")
    r20 = _rep(ctx, c, 2020, "灵宝市2020年法治政府建设工作报告", "2021-03-30 10:30", "灵宝市司法局")
    body20 = list(r20.paras)
    r20.paras = [r20.title + "全文见附件。"]
    r20.uid = ctx.uid()
    doc = ctx.attach(c, r20, fastdfs(c, r20, "doc"), "doc", body20)
    look = ctx.lookalikes_of(c, [("gov_work_report", 2024), ("demo_news", 2023), ("text_interp", 2024)])
    s.col(16, "政策文件", [r23, look[0], look[2], *ctx.fillers(c, 12, "disclosure")])
    s.col(35, "法治政府建设", [r21, r20, look[1], *ctx.fillers(c, 9, "disclosure", (2019, 2022))])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(SMX, "joint_title"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(SMX,))
    ctx.record_file(c, r20, 2020, doc, body20, (SMX, "doc_needs_reader"))
    s.finish()


# ============================================================================ 山东 日照 (Hanweb)
def _jcms(ctx, c, clock, nav_cols, seeded=True):
    nav = [("/", "首页"), *[(f"/col/col{k}/index.html", n) for k, n in nav_cols]]
    return open_site(ctx, c, nav, clock, seeded=seeded)


def donggang(ctx: Ctx40) -> None:
    """东港区 (山东 日照), ``www.rzdonggang.gov.cn``: Hanweb JCMS. The 2024 report is in 通知公告's
    ``<datastore>``; the 2022 report is record 49 of 法治政府建设, only in the ``dataproxy.jsp`` POST
    range 46–90, beside 山东省's reposted 2022 report."""
    c = County("donggang", "东港区", "山东省", "日照市", "371102", "www.rzdonggang.gov.cn")
    skin = _jcms(
        ctx, c, dt.date(2025, 5, 27), [(41101, "东港要闻"), (41120, "通知公告"), (41135, "法治政府建设")]
    )
    r24 = _rep(ctx, c, 2024, "东港区2024年法治政府建设情况报告", "2025-03-27 10:00", "日照市东港区人民政府")
    r22 = _rep(
        ctx, c, 2022, "日照市东港区2022年度法治政府建设年度报告", "2023-03-31 16:20", "日照市东港区人民政府"
    )
    sd = ctx.higher("山东省", 2022, "党中央、国务院", "2023-04-10 09:30")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("meeting", 2024), ("plan", 2023)])
    fz = sorted([sd, look[1], look[2], *ctx.news(c, 56, (2019, 2024))], key=lambda d: d.pub, reverse=True)
    fz.insert(48, r22)
    cols = {
        41101: ("东港要闻", ctx.news(c, 200)),
        41120: (
            "通知公告",
            [*newer(ctx, c, r24, 9, "notice", skin.clock), r24, look[0], *ctx.fillers(c, 25, "notice")],
        ),
        41135: ("法治政府建设", fz),
    }
    lists = hanweb(ctx, skin, "61", "52311", "日照市东港区人民政府", cols, keep={41135})
    assert lists[41135].index(r22) == 48 and lists[41120].index(r24) < 45
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(JCMS,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("jcms_dataproxy_post", "higher_repost"))
    ctx.record_higher(c, sd, 2022, c.base + sd.path)
    home(skin, [(f"/col/col{k}/index.html", v[0], lists[k]) for k, v in cols.items() if k != 41135])


def wulian(ctx: Ctx40) -> None:
    """五莲县 (山东 日照), ``www.wulian.gov.cn``: Hanweb JCMS. The 2023 report is in 法治政府建设
    beside 日照市's reposted 2023 report and a 第一责任人述职; the 2021 report is a PDF
    (``/module/download/downfile.jsp?classid=0&filename=<hex>.pdf``) attached to an article in
    政策文件 beside the 信息公开 annual report."""
    c = County("wulian", "五莲县", "山东省", "日照市", "371121", "www.wulian.gov.cn")
    skin = _jcms(
        ctx, c, dt.date(2025, 4, 30), [(52801, "五莲要闻"), (52830, "法治政府建设"), (52844, "政策文件")]
    )
    r23 = _rep(ctx, c, 2023, "五莲县2023年法治政府建设年度报告", "2024-03-28 11:30", "五莲县人民政府")
    r21 = _rep(ctx, c, 2021, "五莲县2021年度法治政府建设情况报告", "2022-03-30 10:10", "五莲县司法局")
    body21 = list(r21.paras)
    r21.paras = ["五莲县2021年度法治政府建设情况报告全文见附件。"]
    pdf = hanweb_attach(ctx, c, r21, body21)
    rz = ctx.higher("日照市", 2023, "省委、省政府", "2024-04-03 15:00")
    look = ctx.lookalikes_of(c, [("duty_report", 2024), ("xxgk_annual", 2022)])
    cols = {
        52801: ("五莲要闻", ctx.news(c, 190)),
        52830: ("法治政府建设", [r23, rz, look[0], *ctx.fillers(c, 12, "disclosure")]),
        52844: ("政策文件", [r21, look[1], *ctx.fillers(c, 30, "disclosure")]),
    }
    lists = hanweb(ctx, skin, "63", "52902", "五莲县人民政府", cols)
    put_attachments(ctx, c, r21)
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(JCMS, "higher_repost"))
    ctx.record_file(c, r21, 2021, pdf, body21, (JCMS, "pdf_attachment"))
    ctx.record_higher(c, rz, 2023, c.base + rz.path)
    home(skin, [(f"/col/col{k}/index.html", v[0], lists[k]) for k, v in cols.items()])


def juxian(ctx: Ctx40) -> None:
    """莒县 (山东 日照), ``www.juxian.gov.cn``: Hanweb JCMS. The 2024 report is in 法定主动公开内容 →
    规划计划 beside a 工作要点 and the 政府工作报告; the 2022 report is record 52 of 通知公告, only
    in the ``dataproxy.jsp`` POST. Hanweb's ``/jsearchfront/search.do?q=`` echoes its query and
    pages for ever (trap)."""
    c = County("juxian", "莒县", "山东省", "日照市", "371122", "www.juxian.gov.cn")
    skin = _jcms(
        ctx, c, dt.date(2025, 6, 16), [(63301, "莒县要闻"), (63320, "通知公告"), (63352, "规划计划")]
    )
    trap = search_trap(ctx, skin, "/jsearchfront/search.do", "q")
    r24 = _rep(ctx, c, 2024, "莒县2024年度法治政府建设工作报告", "2025-03-25 09:20", "莒县人民政府")
    r22 = _rep(
        ctx, c, 2022, "莒县人民政府关于2022年法治政府建设工作情况的报告", "2023-03-29 17:00", "莒县人民政府"
    )
    look = ctx.lookalikes_of(c, [("plan", 2025), ("gov_work_report", 2025), ("interpretation", 2023)])
    tz = sorted([look[2], *ctx.fillers(c, 60, "notice", (2019, 2025))], key=lambda d: d.pub, reverse=True)
    tz.insert(51, r22)
    cols = {
        63301: ("莒县要闻", ctx.news(c, 200)),
        63320: ("通知公告", tz),
        63352: ("规划计划", [r24, look[0], look[1], *ctx.fillers(c, 10, "disclosure")]),
    }
    lists = hanweb(ctx, skin, "67", "53510", "莒县人民政府", cols, keep={63320})
    assert lists[63320].index(r22) == 51
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(JCMS,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("jcms_dataproxy_post",))
    home(
        skin,
        [(f"/col/col{k}/index.html", v[0], lists[k]) for k, v in cols.items()],
        extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>',
    )


def rizhao_portal(ctx: Ctx40) -> None:
    """日照市 portal ``www.rizhao.gov.cn`` (https, Hanweb), seeded: its 区县政府 block links the four
    区县, among them 岚山区 (``www.rzlanshan.gov.cn``), which no seed row names. 岚山区 is Hanweb:
    its 2024 report is in 法治政府建设 beside a 述法报告; its 2022 report in 通知公告 beside a 文字解读."""
    p = County("rizhao", "日照市", "山东省", "", "371100", "www.rizhao.gov.cn", scheme="https")
    ps = _jcms(ctx, p, dt.date(2025, 6, 20), [(39601, "日照要闻"), (39620, "通知公告")])
    cols = {39601: ("日照要闻", ctx.news(p, 60)), 39620: ("通知公告", ctx.fillers(p, 20, "notice"))}
    lists = hanweb(ctx, ps, "1", "43201", "日照市人民政府", cols)
    links = [
        ("东港区", "http://www.rzdonggang.gov.cn/"),
        ("岚山区", "http://www.rzlanshan.gov.cn/"),
        ("五莲县", "http://www.wulian.gov.cn/"),
        ("莒县", "http://www.juxian.gov.cn/"),
    ]
    block = "".join(f'<li><a href="{u}" target="_blank">{n}人民政府</a></li>' for n, u in links)
    home(
        ps,
        [(f"/col/col{k}/index.html", v[0], lists[k]) for k, v in cols.items()],
        extra=f'<div class="qxzf"><h3>区县政府</h3><ul>{block}</ul></div>',
    )
    c = County("lanshan", "岚山区", "山东省", "日照市", "371103", "www.rzlanshan.gov.cn")
    skin = _jcms(
        ctx,
        c,
        dt.date(2025, 5, 12),
        [(71201, "岚山要闻"), (71220, "通知公告"), (71238, "法治政府建设")],
        seeded=False,
    )
    r24 = _rep(ctx, c, 2024, "岚山区2024年法治政府建设年度报告", "2025-03-29 10:30", "日照市岚山区人民政府")
    r22 = _rep(ctx, c, 2022, "岚山区2022年法治政府建设情况报告", "2023-03-30 14:40", "日照市岚山区人民政府")
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("text_interp", 2023)])
    cols = {
        71201: ("岚山要闻", ctx.news(c, 170)),
        71220: ("通知公告", [r22, look[1], *ctx.fillers(c, 24, "notice", (2019, 2023))]),
        71238: ("法治政府建设", [r24, look[0], *ctx.fillers(c, 8, "disclosure")]),
    }
    lists = hanweb(ctx, skin, "65", "53120", "日照市岚山区人民政府", cols)
    ctx.record(c, look)
    kinds = (JCMS, "unseeded_county_via_prefecture_list")
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=kinds)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=kinds)
    home(skin, [(f"/col/col{k}/index.html", v[0], lists[k]) for k, v in cols.items()])


# ============================================================================ 河南 漯河
GK = [("/zwgk/index.html", "政务公开"), ("/zwgk/fdzdgknr/index.html", "法定主动公开内容")]


def _ha(ctx, c, clock, skin=None):
    nav = [("/", "首页"), ("/xwzx/xwdt/index.html", "新闻动态"), ("/zwgk/index.html", "政务公开")]
    kw = {"skin": skin} if skin else {}
    s = open_site(ctx, c, nav, clock, **kw)
    news = ha_column(s, "/xwzx/xwdt/", "新闻动态", [("/xwzx/xwdt/index.html", "新闻动态")], ctx.news(c, 200))
    return s, news


def wuyang(ctx: Ctx40) -> None:
    """舞阳县 (河南 漯河), ``www.wuyang.gov.cn`` (https, GBK pages assumed): the 河南 platform. The
    2024 report is in 法治政府建设 beside 漯河市's reposted 2024 report and a 考核 通报; the 2022
    report is on 通知公告's ``index_1.html``."""
    c = County("wuyang", "舞阳县", "河南省", "漯河市", "411121", "www.wuyang.gov.cn", scheme="https")
    skin, news = _ha(ctx, c, dt.date(2025, 5, 14), GbkSkin)
    r24 = _rep(ctx, c, 2024, "舞阳县2024年法治政府建设年度报告", "2025-03-28 09:00", "舞阳县人民政府")
    r22 = _rep(ctx, c, 2022, "舞阳县2022年度法治政府建设情况报告", "2023-03-31 11:40", "舞阳县人民政府")
    lh = ctx.higher("漯河市", 2024, "省委、省政府", "2025-04-01 16:00")
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("notice", 2023), ("shufa", 2023)])
    fz = ha_column(
        skin,
        "/zwgk/fzzfjs/",
        "法治政府建设",
        [*GK[:1], ("/zwgk/fzzfjs/index.html", "法治政府建设")],
        [r24, lh, look[0], look[2], *ctx.fillers(c, 10, "disclosure")],
    )
    tz = ha_column(
        skin,
        "/zwgk/tzgg/",
        "通知公告",
        [*GK[:1], ("/zwgk/tzgg/index.html", "通知公告")],
        [*newer(ctx, c, r22, 22, "notice", skin.clock), r22, look[1], *ctx.fillers(c, 14, "notice")],
    )
    assert 20 <= tz.index(r22) < 40
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HA, "gbk_pages", "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HA, "gbk_pages", "later_list_page"))
    ctx.record_higher(c, lh, 2024, c.base + lh.path)
    index_page(
        skin,
        "/zwgk/index.html",
        "政务公开",
        GK[:1],
        [("/zwgk/fzzfjs/index.html", "法治政府建设", fz), ("/zwgk/tzgg/index.html", "通知公告", tz)],
    )
    home(skin, [("/xwzx/xwdt/index.html", "新闻动态", news), ("/zwgk/tzgg/index.html", "通知公告", tz)])


def linying(ctx: Ctx40) -> None:
    """临颍县 (河南 漯河), ``www.linying.gov.cn`` (https): the 河南 platform. The 2023 report is in
    法定主动公开内容 beside the 信息公开 annual report and the 县司法局's report; the 2021 report is
    in 通知公告 beside a meeting."""
    c = County("linying", "临颍县", "河南省", "漯河市", "411122", "www.linying.gov.cn", scheme="https")
    skin, news = _ha(ctx, c, dt.date(2025, 3, 27))
    r23 = _rep(
        ctx, c, 2023, "临颍县人民政府关于2023年法治政府建设情况的报告", "2024-03-26 10:50", "临颍县人民政府"
    )
    r21 = _rep(ctx, c, 2021, "临颍县2021年法治政府建设工作报告", "2022-03-29 15:30", "临颍县人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-27 10:00")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("meeting", 2022)])
    fd = ha_column(
        skin,
        "/zwgk/fdzdgknr/",
        "法定主动公开内容",
        GK,
        [r23, dep, look[0], *ctx.fillers(c, 14, "disclosure")],
    )
    tz = ha_column(
        skin,
        "/zwgk/tzgg/",
        "通知公告",
        [*GK[:1], ("/zwgk/tzgg/index.html", "通知公告")],
        [r21, look[1], *ctx.fillers(c, 16, "notice", (2019, 2022))],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HA,))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(HA,))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    index_page(
        skin,
        "/zwgk/index.html",
        "政务公开",
        GK[:1],
        [("/zwgk/fdzdgknr/index.html", "法定主动公开内容", fd), ("/zwgk/tzgg/index.html", "通知公告", tz)],
    )
    home(skin, [("/xwzx/xwdt/index.html", "新闻动态", news), ("/zwgk/tzgg/index.html", "通知公告", tz)])
