"""The blind44 sites, each an ordinary member of the platform its province's counties run on:

* 亳州 (安徽): the 安徽 政务公开 platform (``/public/column/<organId>?type=4&catId=<catId>
  &action=list&nav=3`` columns, ``/public/<organId>/<id>.html`` articles, ``/content/column/<id>
  ?pageIndex=n`` news); two counties' 信息公开 lists are filled by the platform's
  ``/site/label/8888`` ``publicInfoList`` POST (blind16's 颍上县 evidence), two are
  server-rendered and paged by ``&pageIndex=n`` (blind16's 颍州区 evidence);
* 七台河 (黑龙江): 黑龙江's 集约化 platform (``/<code>/c<id>/zwgk_list.shtml``, ``_<n>.shtml``
  pages reached by 后一页, articles ``/<code>/c<id>/<YYYYMM>/c0N_<id>.shtml``; blind30's evidence
  and a stored ``www.hgds.gov.cn/hegang/hzf/202505/74521.shtml`` page of a 鹤岗 district), and the
  七台河市 portal whose 县区 block alone links 勃利县;
* 长春 (吉林): TRS WCM (``index.html``, ``index_1.html`` … by ``createPageHTML``, articles
  ``YYYYMM/tYYYYMMDD_<id>.html``, ``P0…pdf`` attachments), one site served as GBK.
"""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home
from ..blind2.core import open_site
from ..blind16.core import ah_article, ah_column, assign, put_at, write_items
from ..blind16.sites_a import AhSkin, ah_news, ah_public
from ..blind16.sites_b import label_endpoint, label_shell
from ..blind30.platforms import GbkSkin
from ..blind30.sites import Site as PlatSite
from .core import County, Ctx44, date_trap, esc, html_copy, newer, search_trap

AH = "anhui_zwgk_platform"
LABEL = "label_8888_fragment"
HL = "hl_shtml_static"
TRS = "trs_createpage"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


def _attach_only(ctx, c, r, path: str, kind: str) -> list[str]:
    """Make ``r`` a short article whose text is only in a ``kind`` attachment at ``path``."""
    body = list(r.paras)
    r.paras = [r.title.replace("|", "") + "全文见附件。"]
    r.uid = r.uid or ctx.uid()
    ctx.attach(c, r, path, kind, body)
    return body


# ============================================================================ 安徽 亳州
class _Ah:
    """A county on the 安徽 政务公开 platform: news ``/content/column/<id>?pageIndex=n``, the
    信息公开 index ``/public/column/<organ>?type=4&action=list&nav=3`` and its columns, either
    server-rendered (``col``) or filled by the ``/site/label/8888`` POST (``label_col``)."""

    def __init__(
        self,
        ctx: Ctx44,
        c: County,
        organ: str,
        site_id: str,
        news_col: str,
        news_name: str,
        clock: dt.date,
        n_news: int = 180,
    ):
        self.ctx, self.c, self.organ, self.site_id = ctx, c, organ, site_id
        self.gk = f"/public/column/{organ}?type=4&action=list&nav=3"
        self.news_first = f"/content/column/{news_col}?pageIndex=1"
        self.news_name = news_name
        nav = [("/", "首页"), (self.news_first, news_name), (self.gk, "政府信息公开")]
        self.skin = open_site(ctx, c, nav, clock, skin=AhSkin)
        self.news = ah_news(self.skin, news_col, news_name, n_news)
        self.names: list[tuple[str, str]] = []
        self.label: dict[tuple[str, str], list] = {}

    def col(self, cat: str, name: str, items: list) -> list:
        self.names.append((cat, name))
        return ah_public(self.skin, self.organ, cat, name, items)

    def label_col(self, cat: str, name: str, items: list, file: str) -> list:
        trail = [(self.gk, "政府信息公开"), (ah_column(self.organ, cat), name)]
        out = assign(self.ctx, items, ah_article(self.organ))
        write_items(self.skin, out, name, trail)
        label_shell(self.skin, self.organ, cat, name, self.site_id, file, trail)
        self.label[(self.organ, cat)] = out
        self.names.append((cat, name))
        return out

    def finish(self, extra: str = "") -> None:
        if self.label:
            label_endpoint(self.ctx, self.c, self.label)
        rows = "".join(
            f'<li><a href="{esc(ah_column(self.organ, k))}" title="{esc(n)}">{esc(n)}</a></li>'
            for k, n in self.names
        )
        put_at(
            self.skin,
            self.gk,
            self.skin.page(
                "政府信息公开",
                f'{self.skin.crumbs([(self.gk, "政府信息公开")])}<div class="xxgk_nav">'
                f"<h3>法定主动公开内容</h3><ul>{rows}</ul></div>",
            ),
        )
        home(
            self.skin,
            [(self.news_first, self.news_name, self.news), (self.gk, "政府信息公开", [])],
            extra=extra,
        )


def qiaocheng(ctx: Ctx44) -> None:
    """谯城区 (安徽 亳州), ``www.bzqc.gov.cn`` (https): the 安徽 platform with its 信息公开 lists
    filled by the ``/site/label/8888`` ``publicInfoList`` POST (the shape public crawlers of 安徽
    sites POST and GET; blind16's 颍上县). The 2024 report is on page 3 of 通知公告 beside a notice
    about it; the 2022 report (joint 区委/区政府 title) is in 法治政府建设 beside 安徽省's reposted
    2022 report, a 述法报告 and a 工作要点."""
    c = County("qiaocheng", "谯城区", "安徽省", "亳州市", "341602", "www.bzqc.gov.cn", scheme="https")
    s = _Ah(ctx, c, "11931", "6788151", "6795011", "谯城要闻", dt.date(2025, 6, 12))
    r24 = _rep(ctx, c, 2024, "谯城区2024年度法治政府建设工作报告", "2025-03-28 10:20", "谯城区人民政府")
    r22 = _rep(
        ctx,
        c,
        2022,
        "中共亳州市谯城区委 亳州市谯城区人民政府关于2022年度法治政府建设情况的报告",
        "2023-03-30 16:10",
        "谯城区人民政府",
    )
    ah = ctx.higher("安徽省", 2022, "党中央、国务院", "2023-04-06 09:00")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("shufa", 2023), ("plan", 2023)])
    tz = s.label_col(
        "6823101",
        "通知公告",
        [*newer(ctx, c, r24, 31, "notice", s.skin.clock), r24, look[0], *ctx.fillers(c, 14, "notice")],
        "/qcxxgk/publicInfoList_newest2020",
    )
    assert tz.index(r24) >= 30
    s.label_col(
        "6823131",
        "法治政府建设",
        [r22, ah, look[1], look[2], *ctx.fillers(c, 9, "disclosure")],
        "/qcxxgk/publicInfoList_newest2020",
    )
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(AH, LABEL, "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(AH, LABEL, "higher_repost"))
    ctx.record_higher(c, ah, 2022, c.base + ah.path)
    s.finish()


def guoyang(ctx: Ctx44) -> None:
    """涡阳县 (安徽 亳州), ``www.gy.gov.cn`` (https): the 安徽 platform with server-rendered
    ``&pageIndex=n`` lists (blind16's 颍州区 evidence). The 2025 report is in 法治政府建设 beside
    a 政府工作报告 and the 信息公开 annual report; the 2023 report is on page 2 of 其他法定公开信息.
    A 按日期浏览 archive ``/site/rqll.jsp?date=`` never ends (trap)."""
    c = County("guoyang", "涡阳县", "安徽省", "亳州市", "341621", "www.gy.gov.cn", scheme="https")
    s = _Ah(ctx, c, "11941", "6788161", "6795121", "涡阳要闻", dt.date(2026, 4, 21))
    trap = date_trap(ctx, s.skin, "/site/rqll.jsp")
    r25 = _rep(ctx, c, 2025, "涡阳县2025年法治政府建设年度报告", "2026-03-27 15:30", "涡阳县人民政府")
    r23 = _rep(
        ctx, c, 2023, "涡阳县人民政府关于2023年法治政府建设情况的报告", "2024-03-29 09:40", "涡阳县人民政府"
    )
    look = ctx.lookalikes_of(c, [("gov_work_report", 2026), ("xxgk_annual", 2025), ("meeting", 2024)])
    s.col("6824011", "法治政府建设", [r25, look[0], look[1], *ctx.fillers(c, 10, "disclosure", (2021, 2025))])
    qt = s.col(
        "6824051",
        "其他法定公开信息",
        [*newer(ctx, c, r23, 17, until=s.skin.clock), r23, look[2], *ctx.fillers(c, 12, "disclosure")],
    )
    assert 15 <= qt.index(r23) < 30
    ctx.record(c, look)
    ctx.truth_report(c, r25, 2025, html_copy(c, r25), kinds=(AH,))
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(AH, "later_list_page"))
    s.finish(extra=f'<div class="rqll"><a href="{trap}">按日期浏览</a></div>')


def mengcheng(ctx: Ctx44) -> None:
    """蒙城县 (安徽 亳州), ``www.mengcheng.gov.cn`` (https): the 安徽 platform, label-filled lists
    (as 谯城区). The 2023 report is a DOCX (text layer) attached to a short article in 规划计划 →
    工作总结 (FastDFS-style ``/group1/M00/…`` path, assumed); the 2021 report is in 法治政府建设
    beside the 县司法局's own report and a 考核 通报."""
    c = County("mengcheng", "蒙城县", "安徽省", "亳州市", "341622", "www.mengcheng.gov.cn", scheme="https")
    s = _Ah(ctx, c, "11951", "6788171", "6795231", "蒙城要闻", dt.date(2025, 3, 26))
    r23 = _rep(ctx, c, 2023, "蒙城县2023年法治政府建设工作情况报告", "2024-03-26 11:00", "蒙城县人民政府")
    r21 = _rep(ctx, c, 2021, "蒙城县2021年度法治政府建设情况报告", "2022-03-30 15:45", "蒙城县人民政府")
    r23.uid = ctx.uid()
    docx = f"/group1/M00/0A/{r23.uid % 251:02X}/rBAAC{r23.uid:08d}.docx"
    body23 = _attach_only(ctx, c, r23, docx, "docx")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-27 10:30")
    look = ctx.lookalikes_of(c, [("assessment", 2022), ("interpretation", 2024)])
    f = "/mcxxgk/publicInfoList_newest2020"
    s.label_col("6825071", "工作总结", [r23, look[1], *ctx.fillers(c, 12, "disclosure", (2020, 2024))], f)
    s.label_col("6825091", "法治政府建设", [r21, dep, look[0], *ctx.fillers(c, 9, "disclosure")], f)
    ctx.record(c, look)
    ctx.record_file(c, r23, 2023, docx, body23, (AH, LABEL, "docx_attachment"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(AH, LABEL))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    s.finish()


def lixin(ctx: Ctx44) -> None:
    """利辛县 (安徽 亳州), ``www.lixin.gov.cn`` (https): the 安徽 platform with server-rendered
    lists. The 2024 report is in 法治政府建设 beside 亳州市's reposted 2023 report and a 示范创建
    news item; the 2022 report is in 通知公告; the 2020 report exists only as a Word 97 ``.doc``
    (not findable)."""
    c = County("lixin", "利辛县", "安徽省", "亳州市", "341623", "www.lixin.gov.cn", scheme="https")
    s = _Ah(ctx, c, "11961", "6788181", "6795341", "利辛要闻", dt.date(2025, 5, 30))
    r24 = _rep(ctx, c, 2024, "利辛县2024年法治政府建设情况报告", "2025-03-31 17:20", "利辛县人民政府")
    r22 = _rep(ctx, c, 2022, "利辛县2022年度法治政府建设年度报告", "2023-03-29 10:05", "利辛县人民政府")
    r20 = _rep(ctx, c, 2020, "利辛县2020年法治政府建设工作报告", "2021-03-30 09:00", "利辛县司法局")
    r20.uid = ctx.uid()
    doc = f"/group1/M00/03/{r20.uid % 251:02X}/{r20.uid}.doc"
    body20 = _attach_only(ctx, c, r20, doc, "doc")
    bz = ctx.higher("亳州市", 2023, "省委、省政府", "2024-04-08 10:00")
    look = ctx.lookalikes_of(c, [("demo_news", 2024), ("duty_report", 2024), ("meeting_topic", 2023)])
    s.col("6826011", "法治政府建设", [r24, bz, look[0], r20, *ctx.fillers(c, 9, "disclosure")])
    s.col("6826031", "通知公告", [r22, look[1], look[2], *ctx.fillers(c, 11, "notice", (2021, 2023))])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(AH, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(AH,))
    ctx.record_higher(c, bz, 2023, c.base + bz.path)
    ctx.record_file(c, r20, 2020, doc, body20, (AH, "doc_needs_reader"))
    s.finish()


# ============================================================================ 黑龙江 七台河
def _hl_pdf(ctx, c, s, r) -> tuple[str, list[str]]:
    r.uid = r.uid or ctx.uid()
    path = s.plat.attach_path("", r)
    return path, _attach_only(ctx, c, r, path, "pdf")


def xinxing(ctx: Ctx44) -> None:
    """新兴区 (黑龙江 七台河), ``www.hljxinxing.gov.cn``: 黑龙江's 集约化 platform (blind30's shape).
    The 2024 report is in 法治政府建设 beside a 述法报告 and the 区司法局's report; the 2022 report is
    on 通知公告's ``zwgk_list_2.shtml`` (后一页)."""
    c = County("xinxing", "新兴区", "黑龙江省", "七台河市", "230902", "www.hljxinxing.gov.cn")
    s = PlatSite(ctx, c, "hl", dt.date(2025, 4, 30), code="xxq")
    s.start("100101", "新兴要闻", 176)
    r24 = _rep(ctx, c, 2024, "新兴区2024年法治政府建设年度报告", "2025-03-28 14:10", "七台河市新兴区人民政府")
    r22 = _rep(
        ctx, c, 2022, "新兴区2022年度法治政府建设工作报告", "2023-03-30 09:20", "七台河市新兴区人民政府"
    )
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-24 15:00")
    look = ctx.lookalikes_of(c, [("shufa", 2025), ("notice", 2023)])
    s.col("100412", "法治政府建设", [r24, dep, look[0], *ctx.fillers(c, 10, "disclosure")])
    tz = s.col(
        "100405",
        "通知公告",
        [*newer(ctx, c, r22, 18, "notice", s.skin.clock), r22, look[1], *ctx.fillers(c, 16, "notice")],
    )
    assert tz.index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HL,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HL, "later_list_page"))
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    s.finish()


def taoshan(ctx: Ctx44) -> None:
    """桃山区 (黑龙江 七台河), ``www.hljtsq.gov.cn``: 黑龙江's platform. The 2023 report is a PDF
    (text layer, ``/<code>/uploadfiles/…pdf``) attached to a short article in 法治政府建设 beside
    黑龙江省's reposted 2023 report; the 2021 report is in 其他 beside a 政府工作报告 and a 解读."""
    c = County("taoshan", "桃山区", "黑龙江省", "七台河市", "230903", "www.hljtsq.gov.cn")
    s = PlatSite(ctx, c, "hl", dt.date(2024, 12, 4), code="tsq")
    s.start("100201", "桃山新闻", 168)
    r23 = _rep(
        ctx, c, 2023, "桃山区人民政府关于2023年度法治政府建设情况的报告", "2024-03-29 10:30", "桃山区人民政府"
    )
    pdf, body23 = _hl_pdf(ctx, c, s, r23)
    r21 = _rep(ctx, c, 2021, "桃山区2021年法治政府建设情况报告", "2022-03-31 16:00", "桃山区人民政府")
    hl = ctx.higher("黑龙江省", 2023, "党中央、国务院", "2024-04-03 08:50")
    look = ctx.lookalikes_of(c, [("gov_work_report", 2022), ("text_interp", 2022), ("plan", 2024)])
    s.col("100412", "法治政府建设", [r23, hl, look[2], *ctx.fillers(c, 9, "disclosure")])
    s.col("100519", "其他", [r21, look[0], look[1], *ctx.fillers(c, 12, "disclosure", (2019, 2024))])
    ctx.record(c, look)
    ctx.record_file(c, r23, 2023, pdf, body23, (HL, "pdf_attachment", "higher_repost"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(HL,))
    ctx.record_higher(c, hl, 2023, c.base + hl.path)
    s.finish()


def qiezihe(ctx: Ctx44) -> None:
    """茄子河区 (黑龙江 七台河), ``www.hljqzh.gov.cn``: 黑龙江's platform. The 2024 report
    ("2024年茄子河区法治政府建设情况报告", year first) is in 通知公告 beside a meeting; the 2020
    report is on page 2 of 法治政府建设 beside a 考核 通报."""
    c = County("qiezihe", "茄子河区", "黑龙江省", "七台河市", "230904", "www.hljqzh.gov.cn")
    s = PlatSite(ctx, c, "hl", dt.date(2025, 7, 8), code="qzhq")
    s.start("100301", "茄子河要闻", 182)
    r24 = _rep(ctx, c, 2024, "2024年茄子河区法治政府建设情况报告", "2025-03-26 09:50", "茄子河区人民政府")
    r20 = _rep(ctx, c, 2020, "茄子河区2020年度法治政府建设情况报告", "2021-03-30 14:40", "茄子河区人民政府")
    look = ctx.lookalikes_of(c, [("meeting", 2025), ("assessment", 2021)])
    s.col("100405", "通知公告", [r24, look[0], *ctx.fillers(c, 20, "notice")])
    fz = s.col(
        "100412",
        "法治政府建设",
        [
            *newer(ctx, c, r20, 16, "disclosure", s.skin.clock),
            r20,
            look[1],
            *ctx.fillers(c, 6, "disclosure", (2018, 2020)),
        ],
    )
    assert fz.index(r20) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HL,))
    ctx.truth_report(c, r20, 2020, html_copy(c, r20), kinds=(HL, "later_list_page"))
    s.finish()


QTH_COUNTIES = (
    ("新兴区", "http://www.hljxinxing.gov.cn/"),
    ("桃山区", "http://www.hljtsq.gov.cn/"),
    ("茄子河区", "http://www.hljqzh.gov.cn/"),
    ("勃利县", "http://www.hljboli.gov.cn/"),
)


def qth_portal(ctx: Ctx44) -> None:
    """七台河市 portal ``www.qth.gov.cn`` (https; 黑龙江's platform), seeded: its 县区政府网站 block
    links the four county sites. 勃利县 (``www.hljboli.gov.cn``) is in no seed row: its 2023 report
    is in 法治政府建设 beside 七台河市's reposted 2023 report and a 工作要点; its 2021 report is on
    page 2 of 通知公告."""
    p = County("qth_portal", "七台河市", "黑龙江省", "", "230900", "www.qth.gov.cn", scheme="https")
    ps = PlatSite(ctx, p, "hl", dt.date(2025, 6, 16), code="qth")
    ps.start("100001", "七台河要闻", 150)
    ps.col("100005", "通知公告", ctx.fillers(p, 24, "notice"))
    block = "".join(f'<li><a href="{u}" target="_blank">{n}人民政府</a></li>' for n, u in QTH_COUNTIES)
    ps.finish(f'<div class="xqlj"><h3>县区政府网站</h3><ul>{block}</ul></div>')

    c = County("boli", "勃利县", "黑龙江省", "七台河市", "230921", "www.hljboli.gov.cn", seeded=False)
    s = PlatSite(ctx, c, "hl", dt.date(2025, 5, 12), code="blx", seeded=False)
    s.start("100401", "勃利要闻", 172)
    kinds = (HL, "unseeded_county_via_prefecture_list")
    r23 = _rep(ctx, c, 2023, "勃利县2023年度法治政府建设工作报告", "2024-03-28 15:20", "勃利县人民政府")
    r21 = _rep(
        ctx, c, 2021, "勃利县人民政府关于2021年法治政府建设工作的报告", "2022-03-29 10:10", "勃利县人民政府"
    )
    qth = ctx.higher("七台河市", 2023, "省委、省政府", "2024-04-09 09:30")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("xxgk_annual", 2022)])
    s.col("100412", "法治政府建设", [r23, qth, look[0], *ctx.fillers(c, 8, "disclosure")])
    tz = s.col(
        "100405",
        "通知公告",
        [*newer(ctx, c, r21, 16, "notice", s.skin.clock), r21, look[1], *ctx.fillers(c, 12, "notice")],
    )
    assert tz.index(r21) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(*kinds, "higher_repost"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(*kinds, "later_list_page"))
    ctx.record_higher(c, qth, 2023, c.base + qth.path)
    s.finish()


# ============================================================================ 吉林 长春
def jiutai(ctx: Ctx44) -> None:
    """九台区 (吉林 长春), ``www.jiutai.gov.cn``: TRS WCM (blind30's 延边 evidence). The 2024 report
    is in 法治政府建设 beside 吉林省's reposted 2024 report and a 实施方案; the 2022 report is on
    通知公告's ``index_1.html``."""
    c = County("jiutai", "九台区", "吉林省", "长春市", "220113", "www.jiutai.gov.cn")
    s = PlatSite(ctx, c, "trs", dt.date(2025, 5, 20))
    s.start("xwzx/jtyw", "九台要闻", 190)
    r24 = _rep(ctx, c, 2024, "长春市九台区2024年法治政府建设年度报告", "2025-03-27 09:30", "九台区人民政府")
    r22 = _rep(ctx, c, 2022, "九台区2022年法治政府建设情况报告", "2023-03-31 11:40", "九台区人民政府")
    jl = ctx.higher("吉林省", 2024, "党中央、国务院", "2025-04-02 10:00")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("notice", 2023)])
    s.col("zwgk/fzzfjs", "法治政府建设", [r24, jl, look[0], *ctx.fillers(c, 9, "disclosure")])
    tz = s.col(
        "zwgk/tzgg",
        "通知公告",
        [*newer(ctx, c, r22, 22, "notice", s.skin.clock), r22, look[1], *ctx.fillers(c, 14, "notice")],
    )
    assert tz.index(r22) >= 20
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TRS, "later_list_page"))
    ctx.record_higher(c, jl, 2024, c.base + jl.path)
    s.finish()


def nongan(ctx: Ctx44) -> None:
    """农安县 (吉林 长春), ``www.nongan.gov.cn``: TRS. The 2023 report is in 规划计划 → 工作总结
    beside a 政府工作报告 and the 信息公开 annual report; the 2021 report is in 法治政府建设 beside a
    第一责任人述职. TRS's ``/was5/web/search?searchword=`` echoes its query and pages for ever
    (trap; sites.md names this search path)."""
    c = County("nongan", "农安县", "吉林省", "长春市", "220122", "www.nongan.gov.cn")
    s = PlatSite(ctx, c, "trs", dt.date(2025, 2, 18))
    s.start("xwzx/nayw", "农安要闻", 184)
    trap = search_trap(ctx, s.skin, "/was5/web/search", "searchword")
    r23 = _rep(ctx, c, 2023, "农安县2023年法治政府建设年度报告", "2024-03-28 16:00", "农安县人民政府")
    r21 = _rep(ctx, c, 2021, "农安县2021年度法治政府建设工作报告", "2022-03-30 10:30", "农安县人民政府")
    look = ctx.lookalikes_of(c, [("gov_work_report", 2024), ("xxgk_annual", 2023), ("duty_report", 2022)])
    s.col(
        "zwgk/ghjh/gzzj", "工作总结", [r23, look[0], look[1], *ctx.fillers(c, 11, "disclosure", (2019, 2024))]
    )
    s.col("zwgk/fzzfjs", "法治政府建设", [r21, look[2], *ctx.fillers(c, 8, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS,))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(TRS,))
    s.finish(f'<div class="ss"><a href="{trap}">站内搜索</a></div>')


def dehui(ctx: Ctx44) -> None:
    """德惠市 (吉林 长春), ``www.dehui.gov.cn``: TRS, pages served as GBK (assumed). The 2024 report
    is in 法治政府建设 beside the 市司法局's report and a 解读; the 2022 report exists only as a
    scanned PDF; the 2021 report is a PDF (text layer) attached to a short article in 通知公告."""
    c = County("dehui", "德惠市", "吉林省", "长春市", "220183", "www.dehui.gov.cn")
    s = PlatSite(ctx, c, "trs", dt.date(2025, 6, 3), skin=GbkSkin)
    s.start("xwzx/dhyw", "德惠要闻", 170)
    r24 = _rep(ctx, c, 2024, "德惠市2024年度法治政府建设情况报告", "2025-03-29 10:50", "德惠市人民政府")
    r22 = _rep(ctx, c, 2022, "德惠市2022年法治政府建设年度报告", "2023-03-30 15:00", "德惠市司法局")
    r21 = _rep(ctx, c, 2021, "德惠市2021年法治政府建设工作报告", "2022-03-29 09:10", "德惠市人民政府")
    body22 = list(r22.paras)
    r22.paras = ["(扫描件)"]
    r22.uid = ctx.uid()
    scan = s.plat.attach_path("zwgk/fzzfjs", r22)
    r22.attachments.append((r22.title + ".pdf", scan, files.make_scan_pdf(r22.uid)))
    r21.uid = ctx.uid()
    pdf = s.plat.attach_path("zwgk/tzgg", r21)
    body21 = _attach_only(ctx, c, r21, pdf, "pdf")
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-26 14:00")
    look = ctx.lookalikes_of(c, [("interpretation", 2025), ("meeting_topic", 2022)])
    s.col("zwgk/fzzfjs", "法治政府建设", [r24, dep, look[0], r22, *ctx.fillers(c, 9, "disclosure")])
    s.col("zwgk/tzgg", "通知公告", [r21, look[1], *ctx.fillers(c, 22, "notice", (2020, 2025))])
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TRS, "gbk_pages"))
    ctx.record_file(c, r21, 2021, pdf, body21, (TRS, "gbk_pages", "pdf_attachment"))
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    ctx.record_scan(c, r22, 2022, scan, body22, kinds=(TRS, "scan_needs_ocr"))
    s.finish()


def shuangyang(ctx: Ctx44) -> None:
    """双阳区 (吉林 长春), ``www.shuangyang.gov.cn``: TRS. The 2023 report is on 通知公告's
    ``index_2.html``; the 2021 report is in 法治政府建设 beside 长春市's reposted 2021 report and
    示范创建 news."""
    c = County("shuangyang", "双阳区", "吉林省", "长春市", "220112", "www.shuangyang.gov.cn")
    s = PlatSite(ctx, c, "trs", dt.date(2025, 4, 14))
    s.start("xwzx/syyw", "双阳要闻", 178)
    r23 = _rep(ctx, c, 2023, "长春市双阳区2023年度法治政府建设工作报告", "2024-03-27 14:20", "双阳区人民政府")
    r21 = _rep(
        ctx, c, 2021, "双阳区人民政府关于2021年度法治政府建设情况的报告", "2022-03-31 09:30", "双阳区人民政府"
    )
    cc = ctx.higher("长春市", 2021, "省委、省政府", "2022-04-07 10:00")
    look = ctx.lookalikes_of(c, [("demo_news", 2022), ("notice", 2024), ("text_interp", 2024)])
    tz = s.col(
        "zwgk/tzgg",
        "通知公告",
        [*newer(ctx, c, r23, 42, "notice", s.skin.clock), r23, look[1], *ctx.fillers(c, 12, "notice")],
    )
    assert tz.index(r23) >= 40
    s.col("zwgk/fzzfjs", "法治政府建设", [r21, cc, look[0], look[2], *ctx.fillers(c, 8, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TRS, "later_list_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(TRS, "higher_repost"))
    ctx.record_higher(c, cc, 2021, c.base + cc.path)
    s.finish()
