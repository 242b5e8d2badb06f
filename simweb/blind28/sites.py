"""Blind28 sites: four 浙江 绍兴 sites and three 江苏 泰州 sites on Hanweb JCMS (``/col/col<id>/``
columns whose first 45 records sit in a ``<datastore>`` and the rest come from the
``dataproxy.jsp`` POST), the 泰州市 portal and 高港区 (linked only by the portal's 县市区 page),
and four 安徽 安庆 counties on the 安徽 政务公开 platform (``/site/label/8888`` fragments, or
server-rendered ``pageIndex`` lists). See ``platforms.py`` for the evidence of each shape.
"""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.core import esc
from ..blind.sites_a import home
from ..blind2.core import open_site
from ..blind9.core import put_at
from .core import County, Ctx28, assign, date_trap, html_copy, newer, search_trap, write_items
from .platforms import (
    AhSkin,
    GbkSkin,
    ah_article,
    ah_column,
    ah_news,
    ah_public,
    doc_attach,
    hanweb,
    hanweb_attach,
    label_endpoint,
    label_shell,
    put_attachments,
)

HW = "jcms_datastore"
HWP = "jcms_dataproxy_post"
LB = "label_8888_fragment"
AP = "ah_pageindex_static"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


def _hw_open(ctx: Ctx28, c: County, clock: dt.date, nav: list[tuple[int, str]], **kw):
    return open_site(ctx, c, [("/", "首页"), *((f"/col/col{k}/index.html", n) for k, n in nav)], clock, **kw)


def _hw_home(skin, cols, lists, extra: str = "") -> None:
    home(skin, [(f"/col/col{k}/index.html", v[0], lists[k]) for k, v in list(cols.items())[:4]], extra=extra)


def _late(items: list, r, at: int) -> list:
    """``items`` newest first with ``r`` put at index ``at`` (beyond the datastore's 45)."""
    out = sorted(items, key=lambda d: d.pub, reverse=True)
    out.insert(at, r)
    return out


# ====================================================================== 绍兴 (浙江), Hanweb
def keqiao(ctx: Ctx28) -> None:
    """柯桥区 (浙江 绍兴), ``www.kq.gov.cn``: Hanweb (``wz.kq.gov.cn/art/2013/8/20/
    art_1605139_28805491.html`` on its own domain). The 2024 report is in 法治政府建设's
    ``<datastore>`` beside a 实施方案, a 述法报告, a meeting and the 区司法局's own report; the 2022
    report is record 52 of 通知公告, reached only by the ``dataproxy.jsp`` POST range 46–90."""
    c = County("keqiao", "柯桥区", "浙江省", "绍兴市", "330603", "www.kq.gov.cn", scheme="https")
    skin = _hw_open(
        ctx,
        c,
        dt.date(2025, 5, 20),
        [(1605101, "柯桥要闻"), (1605139, "通知公告"), (1605180, "法治政府建设")],
    )
    r24 = _rep(
        ctx,
        c,
        2024,
        "绍兴市柯桥区人民政府关于2024年度法治政府建设工作情况的报告",
        "2025-03-27 15:10",
        "柯桥区人民政府",
    )
    r22 = _rep(ctx, c, 2022, "柯桥区2022年度法治政府建设工作报告", "2023-03-30 09:40", "柯桥区司法局")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("shufa", 2024), ("meeting", 2023)])
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-24 10:00")
    cols = {
        1605101: ("柯桥要闻", ctx.news(c, 208)),
        1605139: ("通知公告", _late(ctx.fillers(c, 70, "notice"), r22, 51)),
        1605180: ("法治政府建设", [r24, dep, *look, *ctx.fillers(c, 12, "disclosure")]),
    }
    lists = hanweb(ctx, skin, "3", "5410901", "绍兴市柯桥区人民政府", cols, keep={1605139})
    assert lists[1605139].index(r22) >= 45
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HW,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HWP, "later_list_page"))
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    _hw_home(skin, cols, lists)


def shangyu(ctx: Ctx28) -> None:
    """上虞区 (浙江 绍兴), ``www.shangyu.gov.cn``: Hanweb. The 2023 report and 浙江省's reposted
    2023 report are in 政府信息公开's 法治政府建设 beside the 信息公开 annual report; the 2021 report
    is a PDF (``downfile.jsp?classid=0&filename=<hex>.pdf``) attached to a short article in 工作报告
    beside a 政府工作报告. A 按日期浏览 archive links the day before and after for ever (trap)."""
    c = County("shangyu", "上虞区", "浙江省", "绍兴市", "330604", "www.shangyu.gov.cn", scheme="https")
    skin = _hw_open(
        ctx,
        c,
        dt.date(2024, 11, 12),
        [(1229301, "上虞新闻"), (1229345, "法治政府建设"), (1229350, "工作报告")],
    )
    trap = date_trap(ctx, skin, "/rqll/index.jsp")
    r23 = _rep(ctx, c, 2023, "绍兴市上虞区2023年法治政府建设年度报告", "2024-03-28 16:30", "上虞区人民政府")
    zj = ctx.higher("浙江省", 2023, "党中央、国务院", "2024-04-01 10:00")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023)])
    r21 = _rep(
        ctx, c, 2021, "上虞区人民政府关于2021年度法治政府建设情况的报告", "2022-03-29 11:20", "上虞区人民政府"
    )
    body = list(r21.paras)
    r21.paras = [r21.title.replace("|", "") + "全文见附件。"]
    pdf = hanweb_attach(ctx, c, r21, body)
    look2 = ctx.lookalikes_of(c, [("gov_work_report", 2022)])
    cols = {
        1229301: ("上虞新闻", ctx.news(c, 192)),
        1229345: ("法治政府建设", [r23, zj, *look, *ctx.fillers(c, 14, "disclosure")]),
        1229350: ("工作报告", [r21, *look2, *ctx.fillers(c, 10, "disclosure", (2019, 2024))]),
    }
    lists = hanweb(ctx, skin, "5", "5421004", "绍兴市上虞区人民政府", cols)
    put_attachments(ctx, c, r21)
    ctx.record(c, [*look, *look2])
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HW, "higher_repost"))
    ctx.record_higher(c, zj, 2023, c.base + zj.path)
    ctx.record_file(c, r21, 2021, pdf, body, (HW, "pdf_attachment"))
    _hw_home(skin, cols, lists, extra=f'<div class="rq"><a href="{trap}">按日期浏览</a></div>')


def xinchang(ctx: Ctx28) -> None:
    """新昌县 (浙江 绍兴), ``www.zjxc.gov.cn`` (a public crawler config lists it among sites needing
    browser rendering): Hanweb. The 2024 report is in 通知公告 beside a notice about it; the 2022
    report in 法治政府建设 beside a 解读 and a 考核 通报; the 2020 report exists only as a scanned PDF."""
    c = County("xinchang", "新昌县", "浙江省", "绍兴市", "330624", "www.zjxc.gov.cn")
    skin = _hw_open(
        ctx,
        c,
        dt.date(2025, 4, 28),
        [(1503101, "新昌要闻"), (1503120, "通知公告"), (1503160, "法治政府建设")],
    )
    r24 = _rep(ctx, c, 2024, "新昌县2024年度法治政府建设情况报告", "2025-03-26 10:20", "新昌县人民政府")
    notes = ctx.lookalikes_of(c, [("notice", 2025)])
    r22 = _rep(
        ctx, c, 2022, "新昌县人民政府关于2022年法治政府建设工作的报告", "2023-03-29 15:00", "新昌县人民政府"
    )
    look = ctx.lookalikes_of(c, [("interpretation", 2023), ("assessment", 2023)])
    r20 = _rep(ctx, c, 2020, "新昌县2020年法治政府建设年度报告", "2021-03-30 16:00", "新昌县司法局")
    body20 = list(r20.paras)
    r20.paras = ["(扫描件)"]
    r20.uid = ctx.uid()
    scan = f"/picture/0/s{r20.pub:%y%m%d}{r20.uid % 900000 + 100000}.pdf"
    r20.attachments.append((r20.title + ".pdf", scan, files.make_scan_pdf(r20.uid)))
    cols = {
        1503101: ("新昌要闻", ctx.news(c, 184)),
        1503120: (
            "通知公告",
            [*newer(ctx, c, r24, 18, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 20, "notice")],
        ),
        1503160: ("法治政府建设", [r22, r20, *look, *ctx.fillers(c, 12, "disclosure")]),
    }
    lists = hanweb(ctx, skin, "11", "5389201", "新昌县人民政府", cols)
    assert lists[1503120].index(r24) < 45
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HW,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HW,))
    ctx.record_scan(c, r20, 2020, scan, body20, kinds=(HW, "scan_needs_ocr"))
    _hw_home(skin, cols, lists)


def shengzhou(ctx: Ctx28) -> None:
    """嵊州市 (浙江 绍兴), ``www.szzj.gov.cn``: Hanweb, its pages GBK (assumed). The 2023
    report is record 61 of 政务动态 (``dataproxy.jsp`` only) among many news items; the 2021
    report is in 法治政府建设 beside 示范创建 news and a meeting on 法治政府建设."""
    c = County("shengzhou", "嵊州市", "浙江省", "绍兴市", "330683", "www.szzj.gov.cn")
    skin = _hw_open(
        ctx,
        c,
        dt.date(2024, 10, 15),
        [(1401101, "嵊州要闻"), (1401130, "政务动态"), (1401170, "法治政府建设")],
        skin=GbkSkin,  # an older Hanweb template served as GBK (assumed)
    )
    r23 = _rep(ctx, c, 2023, "嵊州市2023年法治政府建设工作报告", "2024-03-29 09:30", "嵊州市人民政府")
    r21 = _rep(
        ctx,
        c,
        2021,
        "嵊州市人民政府关于2021年度法治政府建设工作情况的报告",
        "2022-03-31 14:40",
        "嵊州市人民政府",
    )
    look = ctx.lookalikes_of(c, [("demo_news", 2022), ("meeting_topic", 2022)])
    cols = {
        1401101: ("嵊州要闻", ctx.news(c, 176)),
        1401130: ("政务动态", _late(ctx.news(c, 90, (2022, 2024)), r23, 60)),
        1401170: ("法治政府建设", [r21, *look, *ctx.fillers(c, 11, "disclosure")]),
    }
    lists = hanweb(ctx, skin, "9", "5402117", "嵊州市人民政府", cols, keep={1401130})
    assert lists[1401130].index(r23) >= 45
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HWP, "later_list_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(HW,))
    _hw_home(skin, cols, lists)


# ====================================================================== 泰州 (江苏), Hanweb
def xinghua(ctx: Ctx28) -> None:
    """兴化市 (江苏 泰州), ``www.xinghua.gov.cn``: Hanweb (泰州's ``/module/sitesearch/index.jsp``).
    The 2024 report and 泰州市's reposted 2024 report are in 法治政府建设; the 2022 report is record
    48 of 通知公告 (``dataproxy.jsp`` only). The site search (``/module/sitesearch/index.jsp?
    keyvalue=…``) echoes its query and pages for ever (trap)."""
    c = County("xinghua", "兴化市", "江苏省", "泰州市", "321281", "www.xinghua.gov.cn")
    skin = _hw_open(
        ctx, c, dt.date(2025, 6, 5), [(51101, "兴化要闻"), (51130, "通知公告"), (51160, "法治政府建设")]
    )
    trap = search_trap(ctx, skin, "/module/sitesearch/index.jsp", "keyvalue")
    r24 = _rep(ctx, c, 2024, "兴化市2024年度法治政府建设工作报告", "2025-03-28 11:00", "兴化市人民政府")
    tz = ctx.higher("泰州市", 2024, "省委、省政府", "2025-04-07 09:20")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("duty_report", 2024)])
    r22 = _rep(
        ctx, c, 2022, "兴化市人民政府关于2022年度法治政府建设情况的报告", "2023-03-30 16:10", "兴化市人民政府"
    )
    cols = {
        51101: ("兴化要闻", ctx.news(c, 200)),
        51130: ("通知公告", _late(ctx.fillers(c, 60, "notice"), r22, 47)),
        51160: ("法治政府建设", [r24, tz, *look, *ctx.fillers(c, 10, "disclosure")]),
    }
    lists = hanweb(ctx, skin, "17", "142201", "兴化市人民政府", cols, keep={51130})
    assert lists[51130].index(r22) >= 45
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HW, "higher_repost"))
    ctx.record_higher(c, tz, 2024, c.base + tz.path)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HWP, "later_list_page"))
    _hw_home(skin, cols, lists, extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>')


def jingjiang(ctx: Ctx28) -> None:
    """靖江市 (江苏 泰州), ``www.jingjiang.gov.cn``: Hanweb. The 2023 report is in 法治政府建设 beside
    a 述法报告 and the 信息公开 annual report; the 2022 report in 工作报告 beside a 政府工作报告; the
    2021 report exists only as a Word 97 ``.doc`` attached in 通知公告."""
    c = County("jingjiang", "靖江市", "江苏省", "泰州市", "321282", "www.jingjiang.gov.cn", scheme="https")
    skin = _hw_open(
        ctx, c, dt.date(2024, 12, 2), [(52101, "靖江要闻"), (52150, "法治政府建设"), (52140, "工作报告")]
    )
    r23 = _rep(ctx, c, 2023, "靖江市2023年法治政府建设年度报告", "2024-03-27 10:00", "靖江市人民政府")
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("xxgk_annual", 2023)])
    r22 = _rep(
        ctx, c, 2022, "靖江市人民政府关于2022年法治政府建设工作的报告", "2023-03-28 15:30", "靖江市人民政府"
    )
    look2 = ctx.lookalikes_of(c, [("gov_work_report", 2023)])
    r21 = _rep(ctx, c, 2021, "靖江市2021年度法治政府建设情况报告", "2022-04-01 09:00", "靖江市司法局")
    body21 = list(r21.paras)
    r21.paras = [r21.title.replace("|", "") + "全文见附件。"]
    doc = doc_attach(ctx, c, r21, body21)
    cols = {
        52101: ("靖江要闻", ctx.news(c, 184)),
        52150: ("法治政府建设", [r23, *look, *ctx.fillers(c, 12, "disclosure")]),
        52140: ("工作报告", [r22, *look2, *ctx.fillers(c, 9, "disclosure", (2019, 2024))]),
        52130: ("通知公告", [r21, *ctx.fillers(c, 30, "notice")]),
    }
    lists = hanweb(ctx, skin, "18", "142310", "靖江市人民政府", cols)
    put_attachments(ctx, c, r21)
    ctx.record(c, [*look, *look2])
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HW,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HW,))
    ctx.record_file(c, r21, 2021, doc, body21, (HW, "doc_needs_reader"))
    _hw_home(skin, cols, lists)


def taixing(ctx: Ctx28) -> None:
    """泰兴市 (江苏 泰州), ``www.taixing.gov.cn``: Hanweb. The 2024 report is a PDF attached to a
    short article in 通知公告; the 2022 report is in 法治政府建设 beside a notice about the report
    and a 文字解读."""
    c = County("taixing", "泰兴市", "江苏省", "泰州市", "321283", "www.taixing.gov.cn")
    skin = _hw_open(
        ctx, c, dt.date(2025, 4, 16), [(53101, "泰兴要闻"), (53120, "通知公告"), (53160, "法治政府建设")]
    )
    r24 = _rep(ctx, c, 2024, "泰兴市2024年法治政府建设情况报告", "2025-03-25 14:20", "泰兴市人民政府")
    body = list(r24.paras)
    r24.paras = [r24.title.replace("|", "") + "全文见附件。"]
    pdf = hanweb_attach(ctx, c, r24, body)
    r22 = _rep(ctx, c, 2022, "泰兴市2022年度法治政府建设工作报告", "2023-03-31 10:30", "泰兴市司法局")
    look = ctx.lookalikes_of(c, [("notice", 2023), ("text_interp", 2023), ("plan", 2024)])
    cols = {
        53101: ("泰兴要闻", ctx.news(c, 192)),
        53120: (
            "通知公告",
            [*newer(ctx, c, r24, 25, "notice", skin.clock), r24, *ctx.fillers(c, 30, "notice")],
        ),
        53160: ("法治政府建设", [r22, *look, *ctx.fillers(c, 10, "disclosure")]),
    }
    lists = hanweb(ctx, skin, "19", "142455", "泰兴市人民政府", cols)
    put_attachments(ctx, c, r24)
    ctx.record(c, look)
    ctx.record_file(c, r24, 2024, pdf, body, (HW, "pdf_attachment"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HW,))
    _hw_home(skin, cols, lists)


TAIZHOU_COUNTIES = (
    ("海陵区", "www.tzhl.gov.cn"),
    ("高港区", "www.gaogang.gov.cn"),
    ("姜堰区", "www.jiangyan.gov.cn"),
    ("兴化市", "www.xinghua.gov.cn"),
    ("靖江市", "www.jingjiang.gov.cn"),
    ("泰兴市", "www.taixing.gov.cn"),
)


def taizhou_city(ctx: Ctx28) -> None:
    """泰州市 portal ``www.taizhou.gov.cn`` (Hanweb), seeded: its 县市区 page links the six county
    sites (hosts from ``gov_sites.csv``). 高港区 (``www.gaogang.gov.cn``) is in no seed row and
    linked only there: a Hanweb site whose 2023 report is in 法治政府建设 beside a 考核 通报 and whose
    2021 report is record 46 of 通知公告 (``dataproxy.jsp`` only)."""
    city = County("taizhou_city", "泰州市", "江苏省", "", "321200", "www.taizhou.gov.cn", scheme="https")
    cskin = _hw_open(ctx, city, dt.date(2025, 5, 8), [(29101, "泰州要闻"), (29120, "通知公告")])
    ccols = {29101: ("泰州要闻", ctx.news(city, 160)), 29120: ("通知公告", ctx.fillers(city, 40, "notice"))}
    clists = hanweb(ctx, cskin, "1", "130001", "泰州市人民政府", ccols)
    rows = "".join(f'<li><a href="https://{h}/" target="_blank">{n}</a></li>' for n, h in TAIZHOU_COUNTIES)
    cskin.put(
        "/col/col29180/index.html",
        cskin.page(
            "县市区_泰州市人民政府",
            cskin.crumbs([("/col/col29180/index.html", "县市区")])
            + f'<div class="xsq"><ul>{rows}</ul></div>',
        ),
    )
    _hw_home(
        cskin, ccols, clists, extra='<div class="xq"><a href="/col/col29180/index.html">县市区</a></div>'
    )

    c = County(
        "gaogang", "高港区", "江苏省", "泰州市", "321203", "www.gaogang.gov.cn", seeded=False, scheme="https"
    )
    nav = [
        ("/", "首页"),
        ("/col/col54101/index.html", "高港要闻"),
        ("/col/col54150/index.html", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 12, 10), seeded=False)
    kinds = ("unseeded_county_via_prefecture_list",)
    r23 = _rep(ctx, c, 2023, "泰州市高港区2023年度法治政府建设工作报告", "2024-03-28 15:00", "高港区人民政府")
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("meeting_topic", 2023)])
    r21 = _rep(
        ctx, c, 2021, "高港区人民政府关于2021年法治政府建设情况的报告", "2022-03-30 10:10", "高港区人民政府"
    )
    cols = {
        54101: ("高港要闻", ctx.news(c, 160)),
        54150: ("法治政府建设", [r23, *look, *ctx.fillers(c, 8, "disclosure")]),
        54130: ("通知公告", _late(ctx.fillers(c, 55, "notice"), r21, 45)),
    }
    lists = hanweb(ctx, skin, "20", "142566", "泰州市高港区人民政府", cols, keep={54130})
    assert lists[54130].index(r21) >= 45
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HW, *kinds))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(HWP, *kinds, "later_list_page"))
    _hw_home(skin, cols, lists)


# ====================================================================== 安庆 (安徽)
def _ah_open(ctx: Ctx28, c: County, organ: str, news_col: str, clock: dt.date):
    gk = f"/public/column/{organ}?type=4&action=list&nav=3"
    nav = [("/", "首页"), (f"/content/column/{news_col}?pageIndex=1", "要闻动态"), (gk, "政府信息公开")]
    skin = open_site(ctx, c, nav, clock, skin=AhSkin)
    news = ah_news(skin, news_col, "要闻动态", 210)
    return skin, gk, news


def _ah_index(skin, organ: str, gk: str, names: dict[str, str]) -> None:
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


def _label_cols(ctx, skin, organ, site_id, gk, names, cols, file: str) -> None:
    for key, items in cols.items():
        cols[key] = assign(ctx, items, ah_article(organ))
        trail = [(gk, "政府信息公开"), (ah_column(organ, key[1]), names[key[1]])]
        write_items(skin, cols[key], names[key[1]], trail)
        label_shell(skin, organ, key[1], names[key[1]], site_id, file, trail)
    label_endpoint(ctx, skin.c, cols)
    _ah_index(skin, organ, gk, names)


def huaining(ctx: Ctx28) -> None:
    """怀宁县 (安徽 安庆), ``www.huaining.gov.cn``: the 安徽 platform, its 信息公开 columns filled by
    ``/site/label/8888`` (``publicInfoList``). The 2024 report is on the label's page 3 of 通知公告
    beside a notice about it; the 2022 report is in 法治政府建设 beside 安徽省's reposted 2022 report,
    a 实施方案 and a 述法报告."""
    c = County("huaining", "怀宁县", "安徽省", "安庆市", "340822", "www.huaining.gov.cn")
    organ, site_id = "12881", "6781201"
    skin, gk, news = _ah_open(ctx, c, organ, "6790111", dt.date(2025, 5, 30))
    r24 = _rep(ctx, c, 2024, "怀宁县2024年度法治政府建设工作情况报告", "2025-03-27 09:50", "怀宁县人民政府")
    r22 = _rep(
        ctx, c, 2022, "怀宁县人民政府关于2022年度法治政府建设情况的报告", "2023-03-30 11:30", "怀宁县人民政府"
    )
    ah = ctx.higher("安徽省", 2022, "党中央、国务院", "2023-04-04 10:00")
    notes = ctx.lookalikes_of(c, [("notice", 2025)])
    look = ctx.lookalikes_of(c, [("plan", 2023), ("shufa", 2023), ("meeting_topic", 2024)])
    names = {"6831101": "通知公告", "6831131": "法治政府建设"}
    cols = {
        (organ, "6831101"): [
            *newer(ctx, c, r24, 31, "notice", skin.clock),
            r24,
            *notes,
            *ctx.fillers(c, 20, "notice"),
        ],
        (organ, "6831131"): [ah, r22, *look, *ctx.fillers(c, 10, "disclosure")],
    }
    _label_cols(ctx, skin, organ, site_id, gk, names, cols, "/hnxxgk/publicInfoList_newest2020")
    assert cols[(organ, "6831101")].index(r24) >= 30
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(LB, "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(LB, "higher_repost"))
    ctx.record_higher(c, ah, 2022, c.base + ah.path)
    home(skin, [("/content/column/6790111?pageIndex=1", "要闻动态", news), (gk, "政府信息公开", [])])


def susong(ctx: Ctx28) -> None:
    """宿松县 (安徽 安庆), ``www.susong.gov.cn``: the 安徽 platform with label-filled columns. The
    2024 report is in 法治政府建设 beside a meeting and the 县司法局's own 2024 report; the 2021
    report is in 规划计划 beside a 工作要点 (plan) and a 述职."""
    c = County("susong", "宿松县", "安徽省", "安庆市", "340826", "www.susong.gov.cn")
    organ, site_id = "13241", "6790451"
    skin, gk, news = _ah_open(ctx, c, organ, "6795210", dt.date(2025, 4, 22))
    r24 = _rep(ctx, c, 2024, "宿松县2024年法治政府建设年度报告", "2025-03-28 16:40", "宿松县人民政府")
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-26 09:00")
    look = ctx.lookalikes_of(c, [("meeting", 2024)])
    r21 = _rep(
        ctx, c, 2021, "宿松县人民政府关于2021年度法治政府建设工作的报告", "2022-03-29 10:00", "宿松县人民政府"
    )
    look2 = ctx.lookalikes_of(c, [("plan", 2022), ("duty_report", 2022)])
    names = {"6835131": "法治政府建设", "6835140": "规划计划"}
    cols = {
        (organ, "6835131"): [r24, dep, *look, *ctx.fillers(c, 12, "disclosure")],
        (organ, "6835140"): [r21, *look2, *ctx.fillers(c, 14, "disclosure", (2019, 2024))],
    }
    _label_cols(ctx, skin, organ, site_id, gk, names, cols, "/ssxxgk/publicInfoList_newest2020")
    ctx.record(c, [*look, *look2])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(LB,))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(LB,))
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    home(skin, [("/content/column/6795210?pageIndex=1", "要闻动态", news), (gk, "政府信息公开", [])])


def taihu(ctx: Ctx28) -> None:
    """太湖县 (安徽 安庆), ``www.thx.gov.cn``: the 安徽 platform with server-rendered 信息公开 lists
    (``/public/column/<organ>?type=4&catId=…&action=list`` then ``&pageIndex=N``, as blind16's
    颍州区; assumed for this site). The 2023 report is on page 2 of 法治政府建设 under 2024–25
    items; the 2021 report is in 政府工作报告 beside a 政府工作报告 and the 信息公开 annual report."""
    c = County("taihu", "太湖县", "安徽省", "安庆市", "340825", "www.thx.gov.cn")
    organ = "13011"
    skin, gk, news = _ah_open(ctx, c, organ, "6793301", dt.date(2025, 3, 5))
    r23 = _rep(ctx, c, 2023, "太湖县2023年度法治政府建设工作报告", "2024-03-29 15:20", "太湖县人民政府")
    look = ctx.lookalikes_of(c, [("meeting_topic", 2024), ("demo_news", 2024)])
    fz = ah_public(
        skin,
        organ,
        "6833131",
        "法治政府建设",
        [*newer(ctx, c, r23, 16, "disclosure", skin.clock), r23, *look, *ctx.fillers(c, 6, "disclosure")],
    )
    assert fz.index(r23) >= 15
    r21 = _rep(
        ctx, c, 2021, "太湖县人民政府关于2021年法治政府建设情况的报告", "2022-03-30 09:20", "太湖县人民政府"
    )
    look2 = ctx.lookalikes_of(c, [("gov_work_report", 2022), ("xxgk_annual", 2021)])
    ah_public(
        skin, organ, "6833150", "政府工作报告", [r21, *look2, *ctx.fillers(c, 8, "disclosure", (2019, 2024))]
    )
    _ah_index(skin, organ, gk, {"6833131": "法治政府建设", "6833150": "政府工作报告"})
    ctx.record(c, [*look, *look2])
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(AP, "later_list_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(AP,))
    home(skin, [("/content/column/6793301?pageIndex=1", "要闻动态", news), (gk, "政府信息公开", fz)])


def qianshan(ctx: Ctx28) -> None:
    """潜山市 (安徽 安庆), ``www.qianshan.gov.cn``: the 安徽 platform with server-rendered lists
    (assumed). The 2024 report is in 法治政府建设 beside a 考核 通报 and a 解读; the 2020 report is a
    PDF attached (``/group1/M00/…``-style path assumed as ``/public/<organ>/file/<n>.pdf``) to a short
    article in 通知公告."""
    c = County("qianshan", "潜山市", "安徽省", "安庆市", "340882", "www.qianshan.gov.cn")
    organ = "13361"
    skin, gk, news = _ah_open(ctx, c, organ, "6797701", dt.date(2025, 6, 12))
    r24 = _rep(ctx, c, 2024, "潜山市2024年度法治政府建设情况报告", "2025-03-26 11:10", "潜山市人民政府")
    look = ctx.lookalikes_of(c, [("assessment", 2025), ("interpretation", 2025), ("xxgk_annual", 2024)])
    fz = ah_public(skin, organ, "6836131", "法治政府建设", [r24, *look, *ctx.fillers(c, 12, "disclosure")])
    r20 = _rep(ctx, c, 2020, "潜山市2020年法治政府建设工作报告", "2021-03-31 16:20", "潜山市司法局")
    body = list(r20.paras)
    r20.paras = [r20.title.replace("|", "") + "全文见附件。"]
    r20.uid = ctx.uid()
    pdf = ctx.attach(c, r20, f"/public/{organ}/file/{r20.uid + 31000000}.pdf", "pdf", body)
    ah_public(skin, organ, "6836101", "通知公告", [r20, *ctx.fillers(c, 24, "notice", (2019, 2021))])
    _ah_index(skin, organ, gk, {"6836101": "通知公告", "6836131": "法治政府建设"})
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(AP,))
    ctx.record_file(c, r20, 2020, pdf, body, (AP, "pdf_attachment"))
    home(skin, [("/content/column/6797701?pageIndex=1", "要闻动态", news), (gk, "政府信息公开", fz)])
