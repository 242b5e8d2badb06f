"""Blind31 sites of 甘肃 武威: four counties on Hanweb JCMS (``/col/col<id>/index.html`` columns
whose first 45 records sit in a ``<datastore>`` and the rest come from the ``dataproxy.jsp`` POST;
articles ``/art/YYYY/M/D/art_<col>_<id>.html``; see ``platforms.py``).
"""

from __future__ import annotations

import datetime as dt

from ..blind.sites_a import home
from ..blind2.core import open_site
from .core import County, Ctx31, html_copy, newer, search_trap
from .platforms import hanweb, hanweb_attach, put_attachments

HW = "jcms_datastore"
HWP = "jcms_dataproxy_post"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


def _open(ctx: Ctx31, c: County, clock: dt.date, nav: list[tuple[int, str]]):
    return open_site(ctx, c, [("/", "首页"), *((f"/col/col{k}/index.html", n) for k, n in nav)], clock)


def _home(skin, cols, lists, extra: str = "") -> None:
    home(skin, [(f"/col/col{k}/index.html", v[0], lists[k]) for k, v in list(cols.items())[:4]], extra=extra)


def _late(items: list, r, at: int) -> list:
    """``items`` newest first with ``r`` put at index ``at`` (beyond the datastore's 45)."""
    out = sorted(items, key=lambda d: d.pub, reverse=True)
    out.insert(at, r)
    return out


def liangzhou(ctx: Ctx31) -> None:
    """凉州区 (甘肃 武威), ``www.gsliangzhou.gov.cn``: Hanweb. The 2024 report is in 法治政府建设's
    ``<datastore>`` beside the 区司法局's own report and a 实施方案; the 2022 report is record 50 of
    通知公告, reached only by the ``dataproxy.jsp`` POST. Hanweb's search front end
    ``/jsearchfront/search.do?…&q=`` (as on ``www.gswuwei.gov.cn``) echoes its query and pages for
    ever (trap)."""
    c = County("liangzhou", "凉州区", "甘肃省", "武威市", "620602", "www.gsliangzhou.gov.cn")
    skin = _open(
        ctx, c, dt.date(2025, 5, 22), [(3701, "凉州要闻"), (3725, "通知公告"), (3760, "法治政府建设")]
    )
    trap = search_trap(ctx, skin, "/jsearchfront/search.do", "q")
    r24 = _rep(ctx, c, 2024, "武威市凉州区2024年度法治政府建设情况报告", "2025-03-27 15:20", "凉州区人民政府")
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-21 09:30")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("assessment", 2025)])
    r22 = _rep(ctx, c, 2022, "凉州区2022年法治政府建设工作报告", "2023-03-30 10:40", "凉州区人民政府")
    cols = {
        3701: ("凉州要闻", ctx.news(c, 200)),
        3725: ("通知公告", _late(ctx.fillers(c, 66, "notice"), r22, 49)),
        3760: ("法治政府建设", [r24, dep, *look, *ctx.fillers(c, 12, "disclosure")]),
    }
    lists = hanweb(ctx, skin, "7", "29961", "武威市凉州区人民政府", cols, keep={3725})
    assert lists[3725].index(r22) >= 45
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HW,))
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HWP, "later_list_page"))
    _home(skin, cols, lists, extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>')


def minqin(ctx: Ctx31) -> None:
    """民勤县 (甘肃 武威), ``www.minqin.gov.cn``: Hanweb. The 2023 report and 甘肃省's reposted 2023
    report are in 法治政府建设 beside the 信息公开 annual report; the 2021 report is a PDF
    (``downfile.jsp?classid=0&filename=<hex>.pdf``) attached to a short article in 工作报告 beside a
    政府工作报告."""
    c = County("minqin", "民勤县", "甘肃省", "武威市", "620621", "www.minqin.gov.cn")
    skin = _open(
        ctx, c, dt.date(2024, 10, 30), [(4101, "民勤要闻"), (4140, "法治政府建设"), (4150, "工作报告")]
    )
    r23 = _rep(ctx, c, 2023, "民勤县2023年法治政府建设年度报告", "2024-03-28 09:50", "民勤县人民政府")
    gs = ctx.higher("甘肃省", 2023, "党中央、国务院", "2024-04-01 16:00")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("shufa", 2024)])
    r21 = _rep(
        ctx,
        c,
        2021,
        "民勤县人民政府关于2021年度法治政府建设工作情况的报告",
        "2022-03-29 11:00",
        "民勤县人民政府",
    )
    body = list(r21.paras)
    r21.paras = [r21.title.replace("|", "") + "全文见附件。"]
    pdf = hanweb_attach(ctx, c, r21, body)
    look2 = ctx.lookalikes_of(c, [("gov_work_report", 2022)])
    cols = {
        4101: ("民勤要闻", ctx.news(c, 180)),
        4140: ("法治政府建设", [r23, gs, *look, *ctx.fillers(c, 13, "disclosure")]),
        4150: ("工作报告", [r21, *look2, *ctx.fillers(c, 9, "disclosure", (2019, 2024))]),
    }
    lists = hanweb(ctx, skin, "9", "30417", "民勤县人民政府", cols)
    put_attachments(ctx, c, r21)
    ctx.record(c, [*look, *look2])
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HW, "higher_repost"))
    ctx.record_higher(c, gs, 2023, c.base + gs.path)
    ctx.record_file(c, r21, 2021, pdf, body, (HW, "pdf_attachment"))
    _home(skin, cols, lists)


def gulang(ctx: Ctx31) -> None:
    """古浪县 (甘肃 武威), ``www.gulang.gov.cn`` (https): Hanweb. The 2024 report is in 通知公告's
    datastore below newer notices, beside a notice about the report; the 2022 report is record 58 of
    政务动态 among news (``dataproxy.jsp`` only)."""
    c = County("gulang", "古浪县", "甘肃省", "武威市", "620622", "www.gulang.gov.cn", scheme="https")
    skin = _open(ctx, c, dt.date(2025, 4, 18), [(5201, "古浪要闻"), (5220, "通知公告"), (5230, "政务动态")])
    r24 = _rep(ctx, c, 2024, "古浪县2024年法治政府建设年度报告", "2025-03-25 16:10", "古浪县人民政府")
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("text_interp", 2025)])
    r22 = _rep(
        ctx, c, 2022, "古浪县人民政府关于2022年度法治政府建设情况的报告", "2023-03-31 10:00", "古浪县人民政府"
    )
    cols = {
        5201: ("古浪要闻", ctx.news(c, 170)),
        5220: (
            "通知公告",
            [*newer(ctx, c, r24, 14, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 26, "notice")],
        ),
        5230: ("政务动态", _late(ctx.news(c, 84, (2021, 2024)), r22, 57)),
    }
    lists = hanweb(ctx, skin, "11", "30520", "古浪县人民政府", cols, keep={5230})
    assert lists[5220].index(r24) < 45 and lists[5230].index(r22) >= 45
    ctx.record(c, notes)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HW,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HWP, "later_list_page"))
    _home(skin, cols, lists)


def tianzhu(ctx: Ctx31) -> None:
    """天祝藏族自治县 (甘肃 武威), ``www.gstianzhu.gov.cn``: Hanweb. The 2023 report is in 法治政府建设
    beside a 考核 通报, a 解读 and a meeting; the 2021 report is in 工作报告 beside a 政府工作报告."""
    c = County("tianzhu", "天祝藏族自治县", "甘肃省", "武威市", "620623", "www.gstianzhu.gov.cn")
    skin = _open(
        ctx, c, dt.date(2024, 12, 4), [(6101, "天祝要闻"), (6150, "法治政府建设"), (6160, "工作报告")]
    )
    r23 = _rep(
        ctx,
        c,
        2023,
        "天祝藏族自治县2023年度法治政府建设工作报告",
        "2024-03-29 11:30",
        "天祝藏族自治县人民政府",
    )
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("interpretation", 2024), ("meeting", 2023)])
    r21 = _rep(
        ctx,
        c,
        2021,
        "天祝藏族自治县人民政府关于2021年法治政府建设情况的报告",
        "2022-03-30 15:00",
        "天祝藏族自治县人民政府",
    )
    look2 = ctx.lookalikes_of(c, [("gov_work_report", 2021)])
    cols = {
        6101: ("天祝要闻", ctx.news(c, 190)),
        6150: ("法治政府建设", [r23, *look, *ctx.fillers(c, 11, "disclosure")]),
        6160: ("工作报告", [r21, *look2, *ctx.fillers(c, 8, "disclosure", (2019, 2024))]),
    }
    lists = hanweb(ctx, skin, "13", "30688", "天祝藏族自治县人民政府", cols)
    ctx.record(c, [*look, *look2])
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HW,))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(HW,))
    _home(skin, cols, lists)
