"""The blind58 sites: 阜新 (辽宁) 县区 on the 阜新 platform (``/channel/list/<id>.html`` lists,
``/content/<year>/<id>.html`` articles) plus the 阜新市 portal whose 县区 block alone links
清河门区, and 铜川 (陕西) 县区 on the ``.rt`` platform (``news_list.rt?…&pageNo=N`` lists; two of
them load their 政务公开 lists by ``$.ajax`` into shell pages)."""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home, index_page
from ..blind2.core import open_site
from .core import County, Ctx58, endless_pager, html_copy, newer
from .platforms import (
    FxGbkSkin,
    FxSkin,
    RtSkin,
    fx_attach_path,
    fx_column,
    fx_list_url,
    rt_attach_path,
    rt_column,
)

FX = "fuxin_platform"
RT = "tongchuan_rt_platform"
LN, SX = "辽宁省", "陕西省"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


class _Fx:
    """A 阜新 platform site: 新闻中心 and 政务公开 hubs ``/channel/<id>/index.html`` over
    ``/channel/list/<id>.html`` lists."""

    def __init__(self, ctx: Ctx58, c: County, base: int, clock: dt.date, *, skin=FxSkin, seeded=True):
        self.ctx, self.c, self.base = ctx, c, base
        self.news_hub, self.gk = f"/channel/{base}/index.html", f"/channel/{base + 1}/index.html"
        nav = [("/", "首页"), (self.news_hub, "新闻中心"), (self.gk, "政务公开")]
        self.skin = open_site(ctx, c, nav, clock, skin=skin, seeded=seeded)
        trail = [(self.news_hub, "新闻中心"), (fx_list_url(base + 2)[0], f"{c.name[:2]}要闻")]
        self.news = fx_column(self.skin, base + 2, f"{c.name[:2]}要闻", trail, ctx.news(c, 200))
        self.lists: list[tuple[str, str, list]] = []
        self.n = base + 10

    def col(self, name: str, items, *, xxgk: bool = False, parent: tuple[str, ...] = ()):
        self.n += 1
        url = fx_list_url(self.n)[0]
        trail = [(self.gk, "政务公开"), *[(self.gk, p) for p in parent], (url, name)]
        out = fx_column(self.skin, self.n, name, trail, items, xxgk=xxgk)
        self.lists.append((url, name, out))
        return out

    def finish(self, extra: str = "") -> None:
        index_page(self.skin, self.gk, "政务公开", [(self.gk, "政务公开")], self.lists)
        index_page(
            self.skin,
            self.news_hub,
            "新闻中心",
            [(self.news_hub, "新闻中心")],
            [(fx_list_url(self.base + 2)[0], f"{self.c.name[:2]}要闻", self.news)],
        )
        home(self.skin, [(self.news_hub, "新闻中心", self.news), (self.gk, "政务公开", [])], extra=extra)


class _Rt:
    """A 铜川 ``.rt`` platform site: ``/html/xwzx/…`` news and ``/html/zwgk/<col>/`` columns."""

    def __init__(self, ctx: Ctx58, c: County, site: int, chan0: int, clock: dt.date):
        self.ctx, self.c, self.chan = ctx, c, chan0
        self.gk = "/html/zwgk/index.html"
        nav = [("/", "首页"), ("/html/xwzx/gzdt/index.html", "工作动态"), (self.gk, "政务公开")]
        self.skin = open_site(ctx, c, nav, clock, skin=RtSkin)
        self.skin.rt_site = site
        self.sn = f"13_{site:x}z"
        self.news = rt_column(
            self.skin,
            "xwzx",
            "gzdt",
            "工作动态",
            [("/html/xwzx/gzdt/index.html", "工作动态")],
            ctx.news(c, 200),
            chan=chan0,
            sn=self.sn + "_1",
            per=20,
        )
        self.lists: list[tuple[str, str, list]] = []

    def col(self, key: str, name: str, items, *, ajax: bool = False):
        self.chan += 7
        trail = [(self.gk, "政务公开"), (f"/html/zwgk/{key}/index.html", name)]
        out = rt_column(
            self.skin,
            "zwgk",
            key,
            name,
            trail,
            items,
            chan=self.chan,
            sn=f"{self.sn}_{self.chan:x}",
            ajax=ajax,
        )
        self.lists.append((f"/html/zwgk/{key}/index.html", name, [] if ajax else out))
        return out

    def finish(self, extra: str = "") -> None:
        index_page(self.skin, self.gk, "政务公开", [(self.gk, "政务公开")], self.lists)
        home(
            self.skin,
            [("/html/xwzx/gzdt/index.html", "工作动态", self.news), (self.gk, "政务公开", [])],
            extra=extra,
        )


# ============================================================================ 辽宁 阜新
def haizhou(ctx: Ctx58) -> None:
    """海州区 (辽宁 阜新), ``www.fxhz.gov.cn`` (https): 阜新 platform. The 2024 report is in
    法治政府建设 beside 辽宁省's reposted 2023 report and a 实施方案; the 2022 report is on 通知公告's
    second list page. ``/search.thtml?keyword=`` echoes its query and pages for ever (trap)."""
    c = County("haizhou", "海州区", LN, "阜新市", "210902", "www.fxhz.gov.cn", scheme="https")
    s = _Fx(ctx, c, 12890, dt.date(2025, 6, 3))
    trap = ctx.root_search_trap(s.skin, "/search.thtml", "keyword")
    r24 = _rep(
        ctx,
        c,
        2024,
        "阜新市海州区人民政府关于2024年法治政府建设情况的报告",
        "2025-03-28 09:30",
        "海州区人民政府",
    )
    r22 = _rep(ctx, c, 2022, "海州区2022年度法治政府建设工作报告", "2023-03-30 15:10", "海州区人民政府")
    ln = ctx.higher("辽宁省", 2023, "党中央、国务院", "2024-04-03 10:00")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("notice", 2025), ("xxgk_annual", 2024)])
    s.col("法治政府建设", [r24, ln, look[0], *ctx.fillers(c, 9, "disclosure")])
    tz = s.col(
        "通知公告",
        [
            *newer(ctx, c, r22, 16, "notice", s.skin.clock),
            r22,
            look[1],
            look[2],
            *ctx.fillers(c, 12, "notice", (2019, 2022)),
        ],
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(FX, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(FX, "later_list_page"))
    ctx.record_higher(c, ln, 2023, c.base + ln.path)
    s.finish(extra=f'<div class="search"><a href="{trap}">站内搜索</a></div>')


def xinqiu(ctx: Ctx58) -> None:
    """新邱区 (辽宁 阜新), ``www.fxxq.gov.cn`` (https): 阜新 platform. 政府信息公开 → 法定主动公开内容
    → 规划计划 (``xxgk_rul`` rows) holds the 2023 report, whose text is only in a PDF attachment
    (text layer), beside the 区司法局's report and a 述法报告; the 2021 report is in 通知公告."""
    c = County("xinqiu", "新邱区", LN, "阜新市", "210903", "www.fxxq.gov.cn", scheme="https")
    s = _Fx(ctx, c, 13410, dt.date(2025, 5, 12))
    r23 = _rep(ctx, c, 2023, "新邱区2023年法治政府建设年度报告", "2024-03-27 14:20", "新邱区人民政府")
    r21 = _rep(
        ctx,
        c,
        2021,
        "新邱区人民政府关于2021年度法治政府建设工作情况的报告",
        "2022-03-29 10:40",
        "新邱区人民政府",
    )
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-22 09:00")
    look = ctx.lookalikes_of(c, [("shufa", 2023), ("interpretation", 2022), ("meeting", 2024)])
    r23.uid = ctx.uid()
    body23 = list(r23.paras)
    r23.paras = [f"{r23.title.replace('|', '')}全文详见附件。"]
    pdf = ctx.attach(c, r23, fx_attach_path(r23, "pdf"), "pdf", body23)
    s.col(
        "规划计划",
        [r23, dep, look[0], *ctx.fillers(c, 10, "disclosure")],
        xxgk=True,
        parent=("政府信息公开", "法定主动公开内容"),
    )
    s.col("通知公告", [r21, look[1], look[2], *ctx.fillers(c, 20, "notice")])
    ctx.record(c, look)
    ctx.record_file(c, r23, 2023, pdf, body23, (FX, "pdf_attachment", "xxgk_tree"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(FX,))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    s.finish()


def taiping(ctx: Ctx58) -> None:
    """太平区 (辽宁 阜新), ``www.fxtp.gov.cn`` (https, GBK pages assumed): 阜新 platform. The 2024
    report is in 法治政府建设 beside the 政府工作报告 and a 考核 通报; the 2022 report is on the
    third page of 通知公告."""
    c = County("taiping", "太平区", LN, "阜新市", "210904", "www.fxtp.gov.cn", scheme="https")
    s = _Fx(ctx, c, 14020, dt.date(2025, 4, 18), skin=FxGbkSkin)
    r24 = _rep(ctx, c, 2024, "太平区2024年法治政府建设情况报告", "2025-03-31 16:00", "太平区人民政府")
    r22 = _rep(ctx, c, 2022, "阜新市太平区2022年法治政府建设年度报告", "2023-03-29 11:30", "太平区人民政府")
    look = ctx.lookalikes_of(c, [("gov_work_report", 2025), ("assessment", 2023), ("demo_news", 2022)])
    s.col("法治政府建设", [r24, look[0], look[1], *ctx.fillers(c, 9, "disclosure")])
    tz = s.col(
        "通知公告",
        [
            *newer(ctx, c, r22, 31, "notice", s.skin.clock),
            r22,
            look[2],
            *ctx.fillers(c, 8, "notice", (2019, 2022)),
        ],
    )
    assert tz.index(r22) >= 30
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(FX, "gbk_pages"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(FX, "gbk_pages", "later_list_page"))
    s.finish()


def xihe(ctx: Ctx58) -> None:
    """细河区 (辽宁 阜新), ``www.fxxh.gov.cn`` (https): 阜新 platform. 部门信息公开 → 司法局 holds the
    2023 report (the 区政府's, filed by the 司法局) beside the 司法局's own report; 政策文件 → 其他文件
    holds the 2021 report as a DOCX attachment; the 2022 report exists only as a scanned PDF."""
    c = County("xihe", "细河区", LN, "阜新市", "210911", "www.fxxh.gov.cn", scheme="https")
    s = _Fx(ctx, c, 15170, dt.date(2025, 5, 27))
    r23 = _rep(ctx, c, 2023, "细河区2023年法治政府建设工作情况的报告", "2024-03-28 10:15", "细河区司法局")
    r21 = _rep(ctx, c, 2021, "细河区2021年度法治政府建设情况报告", "2022-03-30 09:45", "细河区人民政府")
    r22 = _rep(ctx, c, 2022, "细河区2022年法治政府建设年度报告", "2023-03-30 14:00", "细河区人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-27 15:00")
    look = ctx.lookalikes_of(c, [("duty_report", 2024), ("plan", 2022), ("text_interp", 2024)])
    r21.uid = ctx.uid()
    body21 = list(r21.paras)
    r21.paras = ["现将《" + r21.title.replace("|", "") + "》予以公开,详见附件。"]
    docx = ctx.attach(c, r21, fx_attach_path(r21, "docx"), "docx", body21)
    body22 = list(r22.paras)
    r22.paras = ["(扫描件)"]
    r22.uid = ctx.uid()
    scan = fx_attach_path(r22, "pdf")
    r22.attachments.append((r22.title + ".pdf", scan, files.make_scan_pdf(r22.uid)))
    s.col(
        "司法局", [r23, dep, look[0], *ctx.fillers(c, 9, "disclosure")], xxgk=True, parent=("部门信息公开",)
    )
    s.col(
        "其他文件",
        [r21, r22, look[1], look[2], *ctx.fillers(c, 12, "disclosure")],
        xxgk=True,
        parent=("政策文件",),
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(FX, "department_column"))
    ctx.record_file(c, r21, 2021, docx, body21, (FX, "docx_attachment"))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.record_scan(c, r22, 2022, scan, body22, kinds=(FX,))
    s.finish()


def fuxinxian(ctx: Ctx58) -> None:
    """阜新蒙古族自治县 (辽宁 阜新), ``www.fmx.gov.cn`` (https): 阜新 platform. The joint 2024 report
    of the 县委 and 县政府 is in 通知公告 beside a notice about it; the 2022 report is in 法治政府建设
    beside 阜新市's reposted 2022 report and a 第一责任人 述职."""
    c = County("fuxinxian", "阜新蒙古族自治县", LN, "阜新市", "210921", "www.fmx.gov.cn", scheme="https")
    s = _Fx(ctx, c, 16330, dt.date(2025, 6, 12))
    r24 = _rep(
        ctx,
        c,
        2024,
        "中共阜新蒙古族自治县委 阜新蒙古族自治县人民政府关于2024年法治政府建设情况的报告",
        "2025-03-27 17:00",
        "阜新蒙古族自治县人民政府",
    )
    r22 = _rep(
        ctx,
        c,
        2022,
        "阜新蒙古族自治县2022年法治政府建设年度报告",
        "2023-03-31 10:20",
        "阜新蒙古族自治县人民政府",
    )
    fx = ctx.higher("阜新市", 2022, "省委、省政府", "2023-04-04 09:00")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("duty_report", 2023), ("meeting_topic", 2024)])
    s.col("通知公告", [r24, look[0], look[2], *ctx.fillers(c, 22, "notice")])
    s.col("法治政府建设", [r22, fx, look[1], *ctx.fillers(c, 8, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(FX, "joint_title"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(FX, "higher_repost"))
    ctx.record_higher(c, fx, 2022, c.base + fx.path)
    s.finish()


def zhangwu(ctx: Ctx58) -> None:
    """彰武县 (辽宁 阜新), ``www.zhangwu.gov.cn`` (https): 阜新 platform. The 2023 report is on
    法治政府建设's second page; 规划计划 → 工作总结 holds the 2021 report beside a 工作要点; the 2022
    report exists only as a ``.doc`` attachment."""
    c = County("zhangwu", "彰武县", LN, "阜新市", "210922", "www.zhangwu.gov.cn", scheme="https")
    s = _Fx(ctx, c, 17240, dt.date(2025, 3, 20))
    r23 = _rep(ctx, c, 2023, "彰武县2023年法治政府建设情况的报告", "2024-03-29 15:30", "彰武县人民政府")
    r21 = _rep(ctx, c, 2021, "彰武县2021年度法治政府建设工作情况的报告", "2022-03-28 11:00", "彰武县人民政府")
    r22 = _rep(ctx, c, 2022, "彰武县2022年法治政府建设工作报告", "2023-03-30 16:40", "彰武县司法局")
    look = ctx.lookalikes_of(c, [("plan", 2023), ("xxgk_annual", 2022), ("interpretation", 2024)])
    r22.uid = ctx.uid()
    body22 = list(r22.paras)
    r22.paras = [r22.title.replace("|", "") + "全文见附件。"]
    doc = fx_attach_path(r22, "doc")
    ctx.attach(c, r22, doc, "doc", body22)
    fz = s.col(
        "法治政府建设",
        [
            *newer(ctx, c, r23, 15, "disclosure", s.skin.clock),
            r23,
            r22,
            look[2],
            *ctx.fillers(c, 6, "disclosure", (2019, 2022)),
        ],
    )
    assert fz.index(r23) >= 15
    s.col(
        "工作总结",
        [r21, look[0], look[1], *ctx.fillers(c, 10, "disclosure")],
        xxgk=True,
        parent=("政府信息公开", "规划计划"),
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(FX, "later_list_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(FX, "xxgk_tree"))
    ctx.record_file(c, r22, 2022, doc, body22, (FX, "doc_needs_reader"))
    s.finish()


def fx_portal(ctx: Ctx58) -> None:
    """阜新市 portal ``www.fuxin.gov.cn`` (https), seeded: its 县区政府 block links the 阜新 县区,
    among them 清河门区 (``www.fxqhm.gov.cn``), which no seed row names. 清河门区 is on the 阜新
    platform: 2024 report in 法治政府建设 beside a 工作要点, 2022 report in 通知公告 beside a 解读."""
    p = County("fx_portal", "阜新市", LN, "", "210900", "www.fuxin.gov.cn", scheme="https")
    ps = _Fx(ctx, p, 22700, dt.date(2025, 6, 5))
    ps.col("通知公告", ctx.fillers(p, 20, "notice"))
    hosts = [
        ("海州区", "https://www.fxhz.gov.cn/"),
        ("新邱区", "https://www.fxxq.gov.cn/"),
        ("太平区", "https://www.fxtp.gov.cn/"),
        ("清河门区", "https://www.fxqhm.gov.cn/"),
        ("细河区", "https://www.fxxh.gov.cn/"),
        ("阜新蒙古族自治县", "https://www.fmx.gov.cn/"),
        ("彰武县", "https://www.zhangwu.gov.cn/"),
    ]
    block = "".join(f'<li><a href="{u}" target="_blank">{n}</a></li>' for n, u in hosts)
    ps.finish(extra=f'<div class="xqlj"><h3>县区政府</h3><ul>{block}</ul></div>')
    c = County("qinghemen", "清河门区", LN, "阜新市", "210905", "www.fxqhm.gov.cn", scheme="https")
    s = _Fx(ctx, c, 18650, dt.date(2025, 5, 2), seeded=False)
    r24 = _rep(ctx, c, 2024, "清河门区2024年法治政府建设年度报告", "2025-03-30 10:10", "清河门区人民政府")
    r22 = _rep(
        ctx,
        c,
        2022,
        "清河门区人民政府关于2022年法治政府建设情况的报告",
        "2023-03-29 09:20",
        "清河门区人民政府",
    )
    look = ctx.lookalikes_of(c, [("plan", 2025), ("interpretation", 2023)])
    s.col("法治政府建设", [r24, look[0], *ctx.fillers(c, 8, "disclosure")])
    s.col("通知公告", [r22, look[1], *ctx.fillers(c, 20, "notice")])
    ctx.record(c, look)
    kinds = (FX, "unseeded_county_via_prefecture_list")
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=kinds)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=kinds)
    s.finish()


# ============================================================================ 陕西 铜川
def wangyi(ctx: Ctx58) -> None:
    """王益区 (陕西 铜川), ``www.tcwy.gov.cn``: ``.rt`` platform; 法治政府建设 and 通知公告 are shells
    whose script ``$.ajax``-loads ``news_list.rt`` (assumed). The 2024 report is in 法治政府建设
    beside 陕西省's 2024 report; the 2022 report is on the second page of 通知公告."""
    c = County("wangyi", "王益区", SX, "铜川市", "610202", "www.tcwy.gov.cn")
    s = _Rt(ctx, c, 151, 5310, dt.date(2025, 5, 20))
    r24 = _rep(ctx, c, 2024, "王益区2024年法治政府建设年度报告", "2025-03-28 11:00", "王益区人民政府")
    r22 = _rep(ctx, c, 2022, "铜川市王益区2022年度法治政府建设情况报告", "2023-03-30 10:30", "王益区人民政府")
    sx = ctx.higher("陕西省", 2024, "党中央、国务院", "2025-04-02 15:00")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("notice", 2023), ("gov_work_report", 2024)])
    s.col("fzzfjs", "法治政府建设", [r24, sx, look[0], *ctx.fillers(c, 9, "disclosure")], ajax=True)
    tz = s.col(
        "tzgg",
        "通知公告",
        [
            *newer(ctx, c, r22, 16, "notice", s.skin.clock),
            r22,
            look[1],
            look[2],
            *ctx.fillers(c, 10, "notice", (2019, 2022)),
        ],
        ajax=True,
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(RT, "ajax_list_shell", "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(RT, "ajax_list_shell", "api_later_page"))
    ctx.record_higher(c, sx, 2024, c.base + sx.path)
    s.finish()


def yintai(ctx: Ctx58) -> None:
    """印台区 (陕西 铜川), ``www.yintai.gov.cn``: ``.rt`` platform with plain ``news_list.rt`` page
    links. The 2023 report is in 法治政府建设 beside the 区司法局's 2024 report and a 述法报告; the
    2021 report is on 通知公告's ``pageNo=2``."""
    c = County("yintai", "印台区", SX, "铜川市", "610203", "www.yintai.gov.cn")
    s = _Rt(ctx, c, 152, 5480, dt.date(2025, 4, 9))
    r23 = _rep(ctx, c, 2023, "印台区2023年度法治政府建设工作报告", "2024-03-29 16:20", "印台区人民政府")
    r21 = _rep(ctx, c, 2021, "印台区2021年法治政府建设情况报告", "2022-03-30 10:00", "印台区人民政府")
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-24 10:30")
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("assessment", 2022), ("notice", 2022)])
    s.col("fzzfjs", "法治政府建设", [r23, dep, look[0], look[1], *ctx.fillers(c, 8, "disclosure")])
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
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(RT,))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(RT, "later_list_page"))
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    s.finish()


def yaozhou(ctx: Ctx58) -> None:
    """耀州区 (陕西 铜川), ``www.yaozhou.gov.cn``: ``.rt`` platform; 法治政府建设 and 通知公告 are
    ``$.ajax`` shells (assumed). The 2024 report's text is only in a PDF under ``/resources/site/
    153/`` (text layer); the 2023 report is on the second page of 通知公告 beside a 示范创建 news."""
    c = County("yaozhou", "耀州区", SX, "铜川市", "610204", "www.yaozhou.gov.cn")
    s = _Rt(ctx, c, 153, 5620, dt.date(2025, 6, 16))
    r24 = _rep(ctx, c, 2024, "耀州区2024年法治政府建设工作情况报告", "2025-03-31 09:10", "耀州区人民政府")
    r23 = _rep(
        ctx,
        c,
        2023,
        "铜川市耀州区人民政府关于2023年法治政府建设情况的报告",
        "2024-03-28 15:50",
        "耀州区人民政府",
    )
    look = ctx.lookalikes_of(c, [("meeting", 2025), ("demo_news", 2023), ("xxgk_annual", 2023)])
    r24.uid = ctx.uid()
    body24 = list(r24.paras)
    r24.paras = [r24.title.replace("|", "") + "(详见附件)"]
    pdf = ctx.attach(c, r24, rt_attach_path(s.skin, r24, "pdf"), "pdf", body24)
    s.col("fzzfjs", "法治政府建设", [r24, look[0], *ctx.fillers(c, 9, "disclosure")], ajax=True)
    tz = s.col(
        "tzgg",
        "通知公告",
        [
            *newer(ctx, c, r23, 15, "notice", s.skin.clock),
            r23,
            look[1],
            look[2],
            *ctx.fillers(c, 10, "notice", (2019, 2023)),
        ],
        ajax=True,
    )
    assert tz.index(r23) >= 15
    ctx.record(c, look)
    ctx.record_file(c, r24, 2024, pdf, body24, (RT, "ajax_list_shell", "pdf_attachment"))
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(RT, "ajax_list_shell", "api_later_page"))
    s.finish()


def yijun(ctx: Ctx58) -> None:
    """宜君县 (陕西 铜川), ``www.yijun.gov.cn``: ``.rt`` platform with plain page links. The 2024
    report is in 法治政府建设 beside 铜川市's 2023 report; the 2022 report is on the second page of
    政府信息公开 → 法定主动公开内容 → 其他文件. The 县长信箱 list ``/mail_list.rt?pageNo=`` offers 下一页
    for ever (trap)."""
    c = County("yijun", "宜君县", SX, "铜川市", "610222", "www.yijun.gov.cn")
    s = _Rt(ctx, c, 154, 5578, dt.date(2025, 3, 14))
    trap = endless_pager(ctx, s.skin, "/mail_list.rt", "县长信箱")
    r24 = _rep(ctx, c, 2024, "宜君县2024年法治政府建设年度报告", "2025-03-27 10:40", "宜君县人民政府")
    r22 = _rep(
        ctx, c, 2022, "宜君县人民政府关于2022年度法治政府建设工作的报告", "2023-03-28 15:00", "宜君县人民政府"
    )
    tc = ctx.higher("铜川市", 2023, "省委、省政府", "2024-04-08 09:30")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("meeting_topic", 2022), ("xxgk_annual", 2022)])
    s.col("fzzfjs", "法治政府建设", [r24, tc, look[0], *ctx.fillers(c, 8, "disclosure")])
    qt = s.col(
        "qtwj",
        "其他文件",
        [
            *newer(ctx, c, r22, 15, "disclosure", s.skin.clock),
            r22,
            look[1],
            look[2],
            *ctx.fillers(c, 8, "disclosure", (2019, 2022)),
        ],
    )
    assert qt.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(RT, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(RT, "later_list_page", "xxgk_tree"))
    ctx.record_higher(c, tc, 2023, c.base + tc.path)
    s.finish(extra=f'<div class="hdjl"><a href="{trap}">县长信箱</a></div>')
