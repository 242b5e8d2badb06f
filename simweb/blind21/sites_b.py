"""Blind21 sites ordinary for their CMS family but not in the TRS shape: a 金华 county-level city
on EmpireCMS (帝国CMS) whose 法治政府建设 专栏 lists rows only through JS 调用 files (the family's
usual ``/d/js/class/class<id>_newnews.js``; the same shape as blind17's 玉屏 and blind19's 松滋).

Every site's docstring names the real evidence it follows and what is assumed.
"""

from __future__ import annotations

import datetime as dt

from ..blind.sites_a import home, index_page, publish
from ..blind2.core import news_column, open_site
from ..blind4.sites_a import InfoSkin
from .core import County, Ctx21, Item, assign, esc, html_copy, write_items

__all__ = ["lanxi"]


JS_ROW = "document.write(\"<li><a href='{0}' target=_blank title='{1}'>{1}</a> <span>{2}</span></li>\");\n"


# ====================================================================== 兰溪市 (EmpireCMS JS 调用)
SZ_CLASSES = {"12": "年度报告", "13": "工作动态"}
JS_ROW = "document.write(\"<li><a href='{0}' target=_blank title='{1}'>{1}</a> <span>{2}</span></li>\");\n"


def lanxi(ctx: Ctx21) -> None:
    """兰溪市 (浙江 金华), ``www.lanxi.gov.cn``: an EmpireCMS (帝国CMS) site whose
    法治政府建设 专栏 ``/ztzl/fzzfjs/`` has no list of its own: each box is a JS 调用,
    ``<ul><script src='/d/js/class/class<classid>_newnews.js'></script></ul>``, a script file that
    ``document.write``s the class's newest rows (``<li><a href='/ztzl/fzzfjs/<Y-m-d>/<id>.html'
    …>``); no HTML page links the rows, and the class has no ``list.php`` page linked anywhere.
    Evidence: public EmpireCMS templates calling lists this way (``<ul><script
    src='/d/js/class/class<?=$ecms_gr[classid]?>_newnews.js'></script></ul>``, ``…_firstnews.js``,
    ``…_goodnews.js``; an app reading ``https://www.cqcb.com/d/js/class/class%@_firstnews.js``);
    that 兰溪's 专栏 is built so, the class ids and the row markup are assumed. The 2024 report is in
    the 年度报告 box beside a 实施方案 and a 解读; the 2022 report is an ordinary article in
    通知公告 among notices."""
    c = County("lanxi", "兰溪市", "浙江省", "金华市", "330781", "www.lanxi.gov.cn")
    gk = "/zwgk/"
    nav = [
        ("/", "首页"),
        ("/xwzx/lxyw/", "兰溪要闻"),
        (gk + "tzgg/", "通知公告"),
        ("/ztzl/fzzfjs/", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 5), skin=InfoSkin)
    news = news_column(skin, "/xwzx/lxyw/", "兰溪要闻", 270)
    r24 = ctx.new_report(
        c,
        2024,
        "兰溪市2024年法治政府建设年度报告",
        pub="2025-03-27 11:30",
        source="兰溪市人民政府",
    )
    r22 = ctx.new_report(
        c,
        2022,
        "兰溪市人民政府关于2022年度法治政府建设情况的报告",
        pub="2023-03-29 14:20",
        source="兰溪市人民政府",
    )
    look = ctx.lookalikes_of(c, [("plan", 2025), ("meeting_topic", 2024), ("interpretation", 2023)])
    cols: dict[str, list[Item]] = {
        "12": [r24, *look, *ctx.fillers(c, 9, "disclosure")],
        "13": ctx.fillers(c, 16, "disclosure"),
    }
    boxes = []
    for cid, items in cols.items():
        cols[cid] = assign(ctx, items, lambda it: f"/ztzl/fzzfjs/{it.pub:%Y-%m-%d}/{it.uid}.html")
        name = SZ_CLASSES[cid]
        write_items(skin, cols[cid], name, [("/ztzl/fzzfjs/", "法治政府建设"), ("/ztzl/fzzfjs/", name)])
        lines = "".join(
            JS_ROW.format(it.path, esc(it.title.replace("|", "")), it.date) for it in cols[cid][:20]
        )
        ctx.put(c, f"/d/js/class/class{cid}_newnews.js", lines, ctype="application/x-javascript")
        boxes.append(
            f'<div class="ztbox"><div class="zttit"><strong>{esc(name)}</strong></div>'
            f"<ul><script src='/d/js/class/class{cid}_newnews.js'></script></ul></div>"
        )
    skin.put(
        "/ztzl/fzzfjs/index.html",
        skin.page(
            f"法治政府建设-{skin.site_name}",
            f'{skin.crumbs([("/ztzl/fzzfjs/", "法治政府建设")])}<div class="zt-wrap">{"".join(boxes)}</div>',
        ),
    )
    notes = ctx.lookalikes_of(c, [("notice", 2023), ("xxgk_annual", 2022)])
    tz = publish(
        skin,
        gk + "tzgg/",
        "通知公告",
        [(gk, "政务公开"), (gk + "tzgg/", "通知公告")],
        [r22, *notes, *ctx.fillers(c, 46, "notice")],
    )
    ctx.record(c, [*look, *notes])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("empire_js_call_list",))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("hb_trs",))
    index_page(skin, gk + "index.html", "政务公开", [(gk, "政务公开")], [(gk + "tzgg/", "通知公告", tz)])
    home(
        skin,
        [("/xwzx/lxyw/", "兰溪要闻", news), (gk + "tzgg/", "通知公告", tz)],
        extra='<div class="ztzl"><a href="/ztzl/fzzfjs/" title="法治政府建设专栏">法治政府建设专栏</a></div>',
    )
