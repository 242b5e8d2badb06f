"""The blind48 sites: 衡水 (河北) counties whose portals run Hanweb JCMS (``/col/col<id>/index.html``
with a ``<datastore>`` of 45 records and ``dataproxy.jsp`` for the rest) and whose 政府信息公开 run
on the eportal platform (``/eportal/ui?pageId=…``, later pages named only in an onclick), the
衡水市 portal whose 县市区 column alone links 深州市; 盘锦 (辽宁) districts on Hanweb JCMS and on
辽宁's ``glist.html`` platform; and 塔城地区 (新疆) counties on an extensionless ``content_<id>``
CMS. Each site's docstring says what it holds; the README says what is evidence and what is
assumed."""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.core import h
from ..blind.sites_a import home, index_page
from ..blind2.core import open_site
from ..blind25.platforms import hanweb, put_attachments
from ..blind30.sites import Site as LnSite
from ..blind30.sites import _pdf_only
from ..blind39.sites import GbkSkin
from .core import County, Ctx48, html_copy, newer, search_trap
from .platforms import content_column, ep_attach, ep_url, eportal_columns, eportal_index

HW = "hanweb_jcms_datastore"
EPT = "eportal_xxgk"
LN = "ln_glist_static"
TCC = "content_id_cms"
HB, LNP, XJP = "河北省", "辽宁省", "新疆维吾尔自治区"
TC = "塔城地区"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


def _short(r) -> list[str]:
    """Turn ``r`` into a short article whose body says the report is attached; return the body."""
    body = list(r.paras)
    r.paras = [r.title.replace("|", "") + "全文见附件。"]
    return body


# ====================================================================== 衡水 (河北), Hanweb + eportal
def _hs_site(
    ctx: Ctx48,
    c: County,
    site: str,
    webid: str,
    unit: str,
    clock: dt.date,
    jcms: dict[int, tuple[str, list]],
    ep: dict[int, tuple[str, str, list]],
    gk: int,
    *,
    skin=None,
    seeded: bool = True,
    extra: str = "",
):
    """A 衡水 county: Hanweb JCMS news and 通知公告 (``/col/col<id>/index.html``, 45 records in the
    ``<datastore>``, the rest from ``dataproxy.jsp``), 政府信息公开 on eportal
    (``/eportal/ui?pageId=<gk>``). Returns (skin, jcms lists, eportal lists)."""
    nav = [
        ("/", "首页"),
        *((f"/col/col{k}/index.html", v[0]) for k, v in jcms.items()),
        (ep_url(gk), "政府信息公开"),
    ]
    kw = {"skin": skin} if skin else {}
    sk = open_site(ctx, c, nav, clock, seeded=seeded, **kw)
    lists = hanweb(ctx, sk, webid, unit, c.name + "人民政府", jcms)
    gk_trail = [(ep_url(gk), "政府信息公开")]
    eps = eportal_columns(sk, site, ep, gk_trail)
    eportal_index(sk, gk, "政府信息公开", [(pid, ep[pid][1], eps[pid]) for pid in ep])
    home(
        sk,
        [
            *((f"/col/col{k}/index.html", v[0], lists[k]) for k, v in jcms.items()),
            (ep_url(gk), "政府信息公开", []),
        ],
        extra=extra,
    )
    return sk, lists, eps


def taocheng(ctx: Ctx48) -> None:
    """桃城区 (河北 衡水), ``www.taocheng.gov.cn``: Hanweb + eportal. The 2024 report is in 法治政府建设
    (eportal) beside 河北省's reposted 2024 report, a 实施方案 and a 述法报告; the 2022 report is the
    52nd record of 通知公告, beyond the 45 in the column page's ``<datastore>`` (only
    ``dataproxy.jsp`` lists it)."""
    c = County("taocheng", "桃城区", HB, "衡水市", "131102", "www.taocheng.gov.cn")
    clock = dt.date(2025, 5, 16)
    r24 = _rep(
        ctx,
        c,
        2024,
        "衡水市桃城区人民政府关于2024年法治政府建设情况的报告",
        "2025-03-28 10:20",
        "桃城区人民政府",
    )
    r22 = _rep(ctx, c, 2022, "桃城区2022年度法治政府建设工作报告", "2023-03-30 16:40", "桃城区人民政府")
    hb = ctx.higher(HB, 2024, "党中央、国务院", "2025-04-03 09:30")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("shufa", 2024), ("notice", 2025)])
    tz = [*newer(ctx, c, r22, 51, "notice", clock), r22, look[2], *ctx.fillers(c, 8, "notice", (2019, 2022))]
    _sk, lists, _eps = _hs_site(
        ctx,
        c,
        "hstcq",
        "3",
        "21503",
        clock,
        {4511: ("桃城要闻", ctx.news(c, 190)), 4515: ("通知公告", tz)},
        {
            2637311: (
                "fzzfjs",
                "法治政府建设",
                [r24, hb, look[0], look[1], *ctx.fillers(c, 11, "disclosure")],
            ),
            2637315: ("ghjh", "规划计划", ctx.fillers(c, 10, "disclosure")),
        },
        2637301,
    )
    assert lists[4515].index(r22) >= 45
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(EPT, HW, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HW, "jcms_dataproxy_post"))
    ctx.record_higher(c, hb, 2024, c.base + hb.path)


def jizhou(ctx: Ctx48) -> None:
    """冀州区 (河北 衡水), ``www.jizhou.gov.cn``: Hanweb + eportal. The 2023 report is in 规划计划
    (eportal) beside a 工作要点 and a 第一责任人述职; the 区司法局's own 2023 report is in 法治政府建设;
    the 2021 report is a PDF (``/eportal/fileDir/…``) attached to a short item in 其他法定公开内容."""
    c = County("jizhou", "冀州区", HB, "衡水市", "131103", "www.jizhou.gov.cn")
    clock = dt.date(2025, 4, 9)
    r23 = _rep(ctx, c, 2023, "冀州区2023年法治政府建设年度报告", "2024-03-27 15:00", "冀州区人民政府")
    r21 = _rep(
        ctx,
        c,
        2021,
        "冀州区人民政府关于2021年度法治政府建设工作情况的报告",
        "2022-03-30 09:10",
        "冀州区人民政府",
    )
    body21 = _short(r21)
    pdf = ep_attach(ctx, c, "hsjzq", r21, "pdf", body21)
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-22 10:30")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("duty_report", 2024), ("meeting", 2023)])
    _hs_site(
        ctx,
        c,
        "hsjzq",
        "4",
        "21611",
        clock,
        {4601: ("冀州新闻", ctx.news(c, 180)), 4605: ("通知公告", [look[2], *ctx.fillers(c, 30, "notice")])},
        {
            2637411: ("fzzfjs", "法治政府建设", [dep, *ctx.fillers(c, 9, "disclosure")]),
            2637415: ("ghjh", "规划计划", [r23, look[0], look[1], *ctx.fillers(c, 8, "disclosure")]),
            2637419: ("qtfdgknr", "其他法定公开内容", [r21, *ctx.fillers(c, 12, "disclosure")]),
        },
        2637401,
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(EPT,))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.record_file(c, r21, 2021, pdf, body21, (EPT, "pdf_attachment"))


def zaoqiang(ctx: Ctx48) -> None:
    """枣强县 (河北 衡水), ``www.zaoqiang.gov.cn``: Hanweb + eportal. The 2024 report is in 通知公告
    (in the ``<datastore>``) beside a notice about it; the 2022 report is in 法治政府建设 (eportal)
    beside a 解读 and a 考核 通报; the 2020 report exists only as a scanned PDF."""
    c = County("zaoqiang", "枣强县", HB, "衡水市", "131121", "www.zaoqiang.gov.cn")
    clock = dt.date(2025, 6, 3)
    r24 = _rep(ctx, c, 2024, "枣强县2024年度法治政府建设情况报告", "2025-03-31 11:00", "枣强县人民政府")
    notes = ctx.lookalikes_of(c, [("notice", 2025)])
    r22 = _rep(
        ctx,
        c,
        2022,
        "中共枣强县委 枣强县人民政府关于2022年度法治政府建设情况的报告",
        "2023-03-28 17:20",
        "枣强县人民政府",
    )
    look = ctx.lookalikes_of(c, [("interpretation", 2023), ("assessment", 2023)])
    r20 = _rep(ctx, c, 2020, "枣强县2020年法治政府建设年度报告", "2021-03-29 15:30", "枣强县司法局")
    body20 = list(r20.paras)
    r20.paras = ["(扫描件)"]
    r20.uid = ctx.uid()
    stamp = f"{r20.pub:%Y%m%d%H%M}{r20.uid % 100000:05d}"
    scan = f"/eportal/fileDir/hszqx/resource/cms/{r20.pub:%Y/%m}/{stamp}.pdf"
    r20.attachments.append((r20.title + ".pdf", scan, files.make_scan_pdf(r20.uid)))
    tz = [*newer(ctx, c, r24, 8, "notice", clock), r24, *notes, *ctx.fillers(c, 22, "notice")]
    _sk, lists, _eps = _hs_site(
        ctx,
        c,
        "hszqx",
        "5",
        "21702",
        clock,
        {4701: ("枣强要闻", ctx.news(c, 186)), 4710: ("通知公告", tz)},
        {2637511: ("fzzfjs", "法治政府建设", [r22, r20, *look, *ctx.fillers(c, 12, "disclosure")])},
        2637501,
    )
    assert lists[4710].index(r24) < 45
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HW,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(EPT,))
    ctx.record_scan(c, r20, 2020, scan, body20, kinds=(EPT, "scan_needs_ocr"))


def raoyang(ctx: Ctx48) -> None:
    """饶阳县 (河北 衡水), ``www.raoyang.gov.cn`` (https): Hanweb + eportal (site ``hssryx``, as a
    public crawler's ``/hssryx/…/index.html`` articles). The 2023 report is on page 2 of 法治政府建设,
    named only by the eportal pager's ``queryArticleByCondition`` onclick; the 2021 report is a DOCX
    attached in 政府工作报告 beside a 政府工作报告 and the 信息公开 annual report."""
    c = County("raoyang", "饶阳县", HB, "衡水市", "131124", "www.raoyang.gov.cn", scheme="https")
    clock = dt.date(2025, 3, 21)
    r23 = _rep(ctx, c, 2023, "饶阳县2023年度法治政府建设工作情况的报告", "2024-03-29 10:50", "饶阳县人民政府")
    r21 = _rep(ctx, c, 2021, "饶阳县2021年法治政府建设情况报告", "2022-03-31 14:40", "饶阳县人民政府")
    body21 = _short(r21)
    docx = ep_attach(ctx, c, "hssryx", r21, "docx", body21)
    look = ctx.lookalikes_of(c, [("demo_news", 2023), ("gov_work_report", 2022), ("xxgk_annual", 2022)])
    fz = [*newer(ctx, c, r23, 16, "disclosure", clock), r23, look[0], *ctx.fillers(c, 6, "disclosure")]
    _sk, _lists, eps = _hs_site(
        ctx,
        c,
        "hssryx",
        "7",
        "21905",
        clock,
        {4901: ("饶阳要闻", ctx.news(c, 176)), 4915: ("通知公告", ctx.fillers(c, 30, "notice"))},
        {
            2637141: ("fzzfjs", "法治政府建设", fz),
            2637145: (
                "zfgzbg",
                "政府工作报告",
                [r21, look[1], look[2], *ctx.fillers(c, 7, "disclosure", (2019, 2024))],
            ),
        },
        2637137,
    )
    assert eps[2637141].index(r23) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(EPT, "eportal_onclick_pager", "later_list_page"))
    ctx.record_file(c, r21, 2021, docx, body21, (EPT, "docx_attachment"))


def anping(ctx: Ctx48) -> None:
    """安平县 (河北 衡水), ``www.anping.gov.cn`` (GBK pages, assumed): Hanweb + eportal. The 2024
    report is in 法治政府建设 (eportal) beside 衡水市's reposted 2024 report, a 常务会议议题解读 and
    示范创建 news; the 2022 report is in 通知公告 (in the ``<datastore>``) beside a 文字解读."""
    c = County("anping", "安平县", HB, "衡水市", "131125", "www.anping.gov.cn")
    clock = dt.date(2025, 5, 27)
    r24 = _rep(ctx, c, 2024, "安平县2024年法治政府建设年度报告", "2025-03-26 09:40", "安平县人民政府")
    r22 = _rep(
        ctx, c, 2022, "安平县人民政府关于2022年度法治政府建设情况的报告", "2023-03-30 10:30", "安平县人民政府"
    )
    hs = ctx.higher("衡水市", 2024, "省委、省政府", "2025-04-01 16:00")
    look = ctx.lookalikes_of(c, [("meeting_topic", 2024), ("text_interp", 2023), ("demo_news", 2024)])
    tz = [*newer(ctx, c, r22, 20, "notice", clock), r22, look[1], *ctx.fillers(c, 12, "notice")]
    _sk, lists, _eps = _hs_site(
        ctx,
        c,
        "hsapx",
        "8",
        "22001",
        clock,
        {5001: ("安平要闻", ctx.news(c, 182)), 5005: ("通知公告", tz)},
        {2637611: ("fzzfjs", "法治政府建设", [r24, hs, look[0], look[2], *ctx.fillers(c, 8, "disclosure")])},
        2637601,
        skin=GbkSkin,
    )
    assert 15 <= lists[5005].index(r22) < 45
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(EPT, "gbk_pages", "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HW, "gbk_pages"))
    ctx.record_higher(c, hs, 2024, c.base + hs.path)


HENGSHUI_COUNTIES = (
    ("桃城区", "http://www.taocheng.gov.cn/"),
    ("冀州区", "http://www.jizhou.gov.cn/"),
    ("枣强县", "http://www.zaoqiang.gov.cn/"),
    ("武邑县", "http://www.wuyi.gov.cn/"),
    ("武强县", "http://www.wuqiang.gov.cn/"),
    ("饶阳县", "https://www.raoyang.gov.cn/"),
    ("安平县", "http://www.anping.gov.cn/"),
    ("故城县", "http://www.gucheng.gov.cn/"),
    ("景县", "http://www.jingxian.gov.cn/"),
    ("阜城县", "http://www.hbfcx.gov.cn/"),
    ("深州市", "http://www.shenzhou.gov.cn/"),
)


def hengshui_city(ctx: Ctx48) -> None:
    """衡水市 portal ``www.hengshui.gov.cn`` (https; Hanweb: ``/col/col45/index.html`` and
    ``/jrobot/search.do?webid=1`` in public crawlers), seeded: its 县市区 column links the eleven
    county sites (hosts from ``gov_sites.csv``); its ``jrobot`` search echoes its query and pages
    for ever (trap). 深州市 (``www.shenzhou.gov.cn``) is in no seed row and linked only there: its
    2024 report is in 法治政府建设 (eportal) beside a 述职 and a meeting; its 2022 report is the
    47th record of 通知公告 (only ``dataproxy.jsp`` lists it)."""
    city = County("hengshui_city", "衡水市", HB, "", "131100", "www.hengshui.gov.cn", scheme="https")
    nav = [("/", "首页"), ("/col/col45/index.html", "衡水要闻"), ("/col/col52/index.html", "通知公告")]
    sk = open_site(ctx, city, nav, dt.date(2025, 5, 12))
    trap = search_trap(ctx, sk, "/jrobot/search.do", "q")
    lists = hanweb(
        ctx,
        sk,
        "1",
        "20001",
        "衡水市人民政府",
        {45: ("衡水要闻", ctx.news(city, 160)), 52: ("通知公告", ctx.fillers(city, 40, "notice"))},
    )
    rows = "".join(f'<li><a href="{u}" target="_blank">{n}</a></li>' for n, u in HENGSHUI_COUNTIES)
    sk.put(
        "/col/col61/index.html",
        sk.page(
            "县市区_衡水市人民政府",
            sk.crumbs([("/col/col61/index.html", "县市区")]) + f'<div class="xsq"><ul>{rows}</ul></div>',
        ),
    )
    home(
        sk,
        [("/col/col45/index.html", "衡水要闻", lists[45]), ("/col/col52/index.html", "通知公告", lists[52])],
        extra=(
            '<div class="xq"><a href="/col/col61/index.html">县市区</a></div>'
            f'<div class="ss"><a href="{trap}">站内搜索</a></div>'
        ),
    )

    c = County("shenzhou", "深州市", HB, "衡水市", "131182", "www.shenzhou.gov.cn", seeded=False)
    clock = dt.date(2025, 4, 30)
    kinds = ("unseeded_county_via_prefecture_list",)
    r24 = _rep(ctx, c, 2024, "深州市2024年度法治政府建设工作报告", "2025-03-27 15:50", "深州市人民政府")
    look = ctx.lookalikes_of(c, [("duty_report", 2024), ("meeting", 2024)])
    r22 = _rep(
        ctx, c, 2022, "深州市人民政府关于2022年法治政府建设情况的报告", "2023-03-29 11:10", "深州市人民政府"
    )
    tz = [*newer(ctx, c, r22, 46, "notice", clock), r22, *ctx.fillers(c, 10, "notice", (2019, 2022))]
    _sk, lists, _eps = _hs_site(
        ctx,
        c,
        "hsszs",
        "11",
        "22301",
        clock,
        {5301: ("深州要闻", ctx.news(c, 160)), 5330: ("通知公告", tz)},
        {2637711: ("fzzfjs", "法治政府建设", [r24, *look, *ctx.fillers(c, 8, "disclosure")])},
        2637701,
        seeded=False,
    )
    assert lists[5330].index(r22) >= 45
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(EPT, *kinds))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HW, *kinds, "jcms_dataproxy_post"))


# ====================================================================== 盘锦 (辽宁)
def _pj_hanweb(ctx, c, webid, unit, clock, cols, keep=frozenset()):
    nav = [("/", "首页"), *((f"/col/col{k}/index.html", v[0]) for k, v in cols.items())]
    sk = open_site(ctx, c, nav, clock)
    lists = hanweb(ctx, sk, webid, unit, c.name + "人民政府", cols, keep)
    home(sk, [(f"/col/col{k}/index.html", v[0], lists[k]) for k, v in cols.items()])
    return sk, lists


def shuangtaizi(ctx: Ctx48) -> None:
    """双台子区 (辽宁 盘锦), ``www.stq.gov.cn``: Hanweb JCMS (盘锦's ``wjw.panjin.gov.cn/col/col1757/
    index.html`` in a public crawler; the district's use is assumed). The 2024 report is in
    法治政府建设 beside 辽宁省's reposted 2024 report and the 信息公开 annual report; the 2022 report
    is the 50th record of 通知公告 (only ``dataproxy.jsp`` lists it)."""
    c = County("shuangtaizi", "双台子区", LNP, "盘锦市", "211102", "www.stq.gov.cn")
    clock = dt.date(2025, 5, 19)
    r24 = _rep(ctx, c, 2024, "双台子区2024年法治政府建设年度报告", "2025-03-28 14:00", "双台子区人民政府")
    r22 = _rep(
        ctx,
        c,
        2022,
        "盘锦市双台子区人民政府关于2022年度法治政府建设工作情况的报告",
        "2023-03-29 09:20",
        "双台子区人民政府",
    )
    ln = ctx.higher(LNP, 2024, "党中央、国务院", "2025-04-02 10:00")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2024), ("notice", 2023)])
    tz = [*newer(ctx, c, r22, 49, "notice", clock), r22, look[1], *ctx.fillers(c, 10, "notice", (2019, 2022))]
    _sk, lists = _pj_hanweb(
        ctx,
        c,
        "12",
        "30112",
        clock,
        {
            1201: ("双台子要闻", ctx.news(c, 184)),
            1205: ("通知公告", tz),
            1231: ("法治政府建设", [r24, ln, look[0], *ctx.fillers(c, 9, "disclosure")]),
        },
    )
    assert lists[1205].index(r22) >= 45
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HW, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HW, "jcms_dataproxy_post"))
    ctx.record_higher(c, ln, 2024, c.base + ln.path)


def xinglongtai(ctx: Ctx48) -> None:
    """兴隆台区 (辽宁 盘锦), ``www.xlt.gov.cn``: 辽宁's 集约化 platform (``/<code>/…/glist.html``,
    blind30's 丹东/朝阳 evidence; its use here is assumed). The 2023 report is in 法治政府建设 beside
    the 区司法局's own report and a 述法报告; the 2021 report is a PDF (``/files/CMS/…``) attached to
    a short notice in 通知公告. The ``search.ct`` site search echoes its query and pages for ever
    (trap)."""
    c = County("xinglongtai", "兴隆台区", LNP, "盘锦市", "211103", "www.xlt.gov.cn")
    s = LnSite(ctx, c, "ln", dt.date(2025, 4, 14), code="xltqzf")
    s.start("xwzx/xltyw", "兴隆台要闻", 178)
    trap = search_trap(ctx, s.skin, "/search/search.ct", "searchKey")
    r23 = _rep(ctx, c, 2023, "兴隆台区2023年度法治政府建设情况报告", "2024-03-28 16:20", "兴隆台区人民政府")
    r21 = _rep(ctx, c, 2021, "兴隆台区2021年法治政府建设工作报告", "2022-03-30 10:00", "兴隆台区人民政府")
    key_tz = "zwgk/zfxxgkpt/fdzdgknr/tzgg"
    pdf, body21 = _pdf_only(ctx, c, s.plat, key_tz, r21)
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-27 09:00")
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("meeting_topic", 2023)])
    s.col(
        "zwgk/zfxxgkpt/fdzdgknr/fzzfjs", "法治政府建设", [r23, dep, look[0], *ctx.fillers(c, 8, "disclosure")]
    )
    s.col(key_tz, "通知公告", [r21, look[1], *ctx.fillers(c, 24, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(LN,))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.record_file(c, r21, 2021, pdf, body21, (LN, "pdf_attachment"))
    s.finish(f'<div class="ss"><a href="{trap}">站内搜索</a></div>')


def panshan(ctx: Ctx48) -> None:
    """盘山县 (辽宁 盘锦), ``www.panshan.gov.cn`` (https): Hanweb JCMS (assumed, as 双台子区). The
    2024 report is in 其他法定公开内容 beside a 政府工作报告 and a meeting; the 2022 report is in
    法治政府建设 beside a 工作要点; the 2020 report exists only as a ``.doc`` behind
    ``downfile.jsp`` in 通知公告."""
    c = County("panshan", "盘山县", LNP, "盘锦市", "211122", "www.panshan.gov.cn", scheme="https")
    clock = dt.date(2025, 6, 11)
    r24 = _rep(ctx, c, 2024, "盘山县2024年度法治政府建设工作报告", "2025-03-31 15:10", "盘山县人民政府")
    r22 = _rep(ctx, c, 2022, "盘山县2022年法治政府建设情况报告", "2023-03-30 14:30", "盘山县人民政府")
    r20 = _rep(ctx, c, 2020, "盘山县2020年度法治政府建设年度报告", "2021-03-31 09:00", "盘山县司法局")
    r20.uid = ctx.uid()
    body20 = _short(r20)
    doc = f"/module/download/downfile.jsp?classid=0&filename={h(c.host, 'doc', r20.uid)[:32]}.doc"
    ctx.attach(c, r20, doc, "doc", body20)
    look = ctx.lookalikes_of(c, [("gov_work_report", 2025), ("meeting", 2024), ("plan", 2023)])
    _sk, _lists = _pj_hanweb(
        ctx,
        c,
        "14",
        "30311",
        clock,
        {
            1401: ("盘山要闻", ctx.news(c, 190)),
            1405: ("通知公告", [r20, *ctx.fillers(c, 28, "notice", (2019, 2025))]),
            1433: ("其他法定公开内容", [r24, look[0], look[1], *ctx.fillers(c, 10, "disclosure")]),
            1431: ("法治政府建设", [r22, look[2], *ctx.fillers(c, 7, "disclosure")]),
        },
    )
    put_attachments(ctx, c, r20)
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HW,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HW,))
    ctx.record_file(c, r20, 2020, doc, body20, (HW, "doc_needs_reader"))


# ====================================================================== 塔城地区 (新疆), content_<id> CMS
def _tc_site(ctx, c, clock, news: str, cols: list[tuple[str, str, list]], gk: str):
    """A 塔城 county on the ``content_<id>`` CMS: ``cols`` = (path, name, items); ``gk`` the
    信息公开 index path."""
    nav = [("/", "首页"), (news, "今日要闻"), (gk, "政府信息公开")]
    sk = open_site(ctx, c, nav, clock)
    nl = content_column(sk, news, "今日要闻", [(news, "今日要闻")], ctx.news(c, 180))
    out = {}
    for path, name, items in cols:
        trail = [(gk, "政府信息公开"), (path, name)]
        out[path] = content_column(sk, path, name, trail, items)
    index_page(sk, gk, "政府信息公开", [(gk, "政府信息公开")], [(p, n, out[p]) for p, n, _i in cols])
    home(sk, [(news, "今日要闻", nl), (gk, "政府信息公开", [])])
    return sk, out


def shawan(ctx: Ctx48) -> None:
    """沙湾市 (新疆 塔城地区), ``www.xjsw.gov.cn`` (https): ``content_<id>`` CMS (``/zwdt/gsgg/
    content_31323``, ``/xxgk/zc/gfxwj`` in public files). The 2024 report is in 法治政府建设 beside
    塔城地区's reposted 2024 report, a 考核 通报 and a 述法报告; the 2022 report is on
    ``/zwdt/gsgg?p=2``."""
    c = County("shawan", "沙湾市", XJP, TC, "654203", "www.xjsw.gov.cn", scheme="https")
    clock = dt.date(2025, 5, 22)
    r24 = _rep(ctx, c, 2024, "沙湾市2024年法治政府建设年度报告", "2025-03-29 11:40", "沙湾市人民政府")
    r22 = _rep(ctx, c, 2022, "沙湾市2022年度法治政府建设工作情况报告", "2023-03-31 17:00", "沙湾市人民政府")
    tc = ctx.higher(TC, 2024, "自治区党委、自治区人民政府", "2025-04-07 12:00")
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("notice", 2023), ("shufa", 2024)])
    _sk, out = _tc_site(
        ctx,
        c,
        clock,
        "/zwdt/jrsw",
        [
            (
                "/xxgk/fdzdgknr/fzzfjs",
                "法治政府建设",
                [r24, tc, look[0], look[2], *ctx.fillers(c, 7, "disclosure")],
            ),
            (
                "/zwdt/gsgg",
                "公示公告",
                [*newer(ctx, c, r22, 16, "notice", clock), r22, look[1], *ctx.fillers(c, 12, "notice")],
            ),
        ],
        "/xxgk",
    )
    assert out["/zwdt/gsgg"].index(r22) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TCC, "higher_repost"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TCC, "later_list_page"))
    ctx.record_higher(c, tc, 2024, c.base + tc.path)


def tuoli(ctx: Ctx48) -> None:
    """托里县 (新疆 塔城地区), ``www.xjtl.gov.cn``: ``content_<id>`` CMS (``/zfxxgk/zc/gfxwj`` in a
    public file). The 2023 report is in 法治政府建设 beside a 实施方案, a 常务会议议题解读 and the
    信息公开 annual report; the 2021 report is a PDF attached to a short notice in 通知公告
    (attachment path assumed)."""
    c = County("tuoli", "托里县", XJP, TC, "654224", "www.xjtl.gov.cn")
    clock = dt.date(2024, 12, 2)
    r23 = _rep(ctx, c, 2023, "托里县2023年法治政府建设情况报告", "2024-03-28 12:30", "托里县人民政府")
    r21 = _rep(
        ctx, c, 2021, "托里县人民政府关于2021年度法治政府建设情况的报告", "2022-03-30 18:10", "托里县人民政府"
    )
    r21.uid = ctx.uid()
    pdf = f"/uploadfile/{r21.pub:%Y/%m%d}/{r21.pub:%Y%m%d%H%M%S}{r21.uid % 1000:03d}.pdf"
    body21 = _short(r21)
    ctx.attach(c, r21, pdf, "pdf", body21)
    look = ctx.lookalikes_of(c, [("plan", 2023), ("meeting_topic", 2024), ("xxgk_annual", 2023)])
    _tc_site(
        ctx,
        c,
        clock,
        "/zwdt/jrtl",
        [
            ("/zfxxgk/fdzdgknr/fzzfjs", "法治政府建设", [r23, *look, *ctx.fillers(c, 8, "disclosure")]),
            ("/zwdt/tzgg", "通知公告", [r21, *ctx.fillers(c, 24, "notice")]),
        ],
        "/zfxxgk",
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(TCC,))
    ctx.record_file(c, r21, 2021, pdf, body21, (TCC, "pdf_attachment"))


def tacheng(ctx: Ctx48) -> None:
    """塔城市 (新疆 塔城地区), ``www.xjtcsh.gov.cn``: ``content_<id>`` CMS (as the 塔城地区 portal's
    ``/ywdt/jrtc/xsdt/content_56828``; the county's use is assumed). The 2024 report is on 通知公告's
    second page beside a notice about it; the 2022 report is in 法治政府建设 beside 新疆's reposted
    2022 report, a 文字解读 and the 市司法局's own report."""
    c = County("tacheng", "塔城市", XJP, TC, "654201", "www.xjtcsh.gov.cn")
    clock = dt.date(2025, 4, 25)
    r24 = _rep(
        ctx, c, 2024, "塔城市人民政府关于2024年法治政府建设情况的报告", "2025-03-27 13:20", "塔城市人民政府"
    )
    r22 = _rep(ctx, c, 2022, "塔城市2022年法治政府建设年度报告", "2023-03-29 12:40", "塔城市人民政府")
    xj = ctx.higher(XJP, 2022, "党中央、国务院", "2023-04-06 11:00")
    dep = ctx.department_report(c, "司法局", 2022, "2023-02-24 16:30")
    look = ctx.lookalikes_of(c, [("notice", 2025), ("text_interp", 2023)])
    _sk, out = _tc_site(
        ctx,
        c,
        clock,
        "/zwdt/jrtcs",
        [
            (
                "/zwdt/tzgg",
                "通知公告",
                [*newer(ctx, c, r24, 15, "notice", clock), r24, look[0], *ctx.fillers(c, 14, "notice")],
            ),
            (
                "/xxgk/fdzdgknr/fzzfjs",
                "法治政府建设",
                [r22, xj, dep, look[1], *ctx.fillers(c, 7, "disclosure")],
            ),
        ],
        "/xxgk",
    )
    assert out["/zwdt/tzgg"].index(r24) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(TCC, "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(TCC, "higher_repost"))
    ctx.record_higher(c, xj, 2022, c.base + xj.path)
    ctx.record_department(c, dep, 2022, c.base + dep.path)
