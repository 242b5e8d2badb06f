"""Blind13 sites whose lists, links or bodies need a mechanism no earlier blind web has: a 宝鸡
county on ASP.NET WebForms whose GridView lists are paged only by ``__doPostBack`` (a POST of
the page's form with ``__EVENTTARGET``/``__EVENTARGUMENT=Page$N``/``__VIEWSTATE``), a 宝鸡 county
whose list rows are ``<li data-id="N">`` opened by a delegated jQuery click handler in
the site's ``common.js`` (no ``<a>``), a 宝鸡 county whose
lists are filled from static XML files fetched by ``$.ajax({dataType:"xml"})``, and a 宝鸡
county whose report is a 链接型 article: the list links a stub page that only forwards
(``<meta http-equiv="refresh">`` and ``location.replace``) to a PDF linked nowhere else.

Every site's docstring names the real evidence it follows and what is assumed.
"""

from __future__ import annotations

import datetime as dt
import math

from .. import files
from ..blind.sites_a import home, index_page, publish
from ..blind2.core import news_column, open_site
from ..blind4.sites_a import InfoSkin
from ..blind11.sites_b import _html, _rows
from ..model import Request, Resource
from .core import County, Ctx13, Item, assign, esc, html_copy, newer, num, put_at, write_items

__all__ = ["linyou", "longxian", "qianyang", "taibai"]


# ====================================================================== 麟游县
LY_COLS = {"12": "通知公告", "27": "法治政府建设", "5": "麟游要闻"}
LY_GRID = "ctl00$cphMain$gvList"
LY_PER = 15


def linyou(ctx: Ctx13) -> None:
    """麟游县 (陕西 宝鸡), ``www.linyou.gov.cn``: an ASP.NET WebForms site. Its columns
    ``/Info/List.aspx?cid=<id>`` are GridViews inside ``<form method="post" id="aspnetForm">``
    with the hidden ``__VIEWSTATE``, ``__VIEWSTATEGENERATOR`` and ``__EVENTVALIDATION`` inputs;
    the pager's links are all ``javascript:__doPostBack('ctl00$cphMain$gvList','Page$N')``: a
    later page is only the answer to a POST of the form with ``__EVENTTARGET`` and
    ``__EVENTARGUMENT=Page$N`` (a GET always answers page 1). Articles ``/Info/Show.aspx?id=N`` are
    ordinary links. Evidence: many public scrapers of ASP.NET sites that page a GridView by
    posting ``'__EVENTTARGET': 'GridView1', '__EVENTARGUMENT': 'Page$2'`` with the page's
    ``__VIEWSTATE``/``__EVENTVALIDATION`` (``FormRequest.from_response(… 'Page$Next')``, a
    Chinese crawler building ``'Page${page_num}'`` for each page); the county's use of WebForms,
    the paths and the control names are assumed. The 2024 report is on page 3 of 通知公告; the
    2022 report in 法治政府建设 beside a 述法报告."""
    c = County("linyou", "麟游县", "陕西省", "宝鸡市", "610329", "www.linyou.gov.cn")
    nav = [("/", "首页"), *((f"/Info/List.aspx?cid={k}", n) for k, n in LY_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 12))
    r24 = ctx.new_report(
        c,
        2024,
        "麟游县人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-27 16:40",
        source="麟游县人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "麟游县2022年法治政府建设年度报告", pub="2023-03-30 10:05", source="麟游县司法局"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("xxgk_annual", 2024)])
    look = ctx.lookalikes_of(c, [("shufa", 2023), ("plan", 2023), ("gov_work_report", 2024)])
    cols: dict[str, list[Item]] = {
        "12": [*newer(ctx, c, r24, 33, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 30, "notice")],
        "27": [r22, *look, *ctx.fillers(c, 12, "disclosure")],
        "5": ctx.news(c, 240),
    }
    for k, items in cols.items():
        cols[k] = assign(ctx, items, lambda it: f"/Info/Show.aspx?id={it.uid}")
        write_items(skin, cols[k], LY_COLS[k], [(f"/Info/List.aspx?cid={k}", LY_COLS[k])])
    assert cols["12"].index(r24) >= 30

    def listing(req: Request) -> Resource:
        qs = req.params()
        cid = qs.get("cid", "")
        if cid not in cols:
            return _html(skin, "<html><body><h2>Server Error in '/' Application.</h2></body></html>", 500)
        items = cols[cid]
        pages = max(1, math.ceil(len(items) / LY_PER))
        p = 1
        arg = qs.get("__EVENTARGUMENT", "") if req.method == "POST" else ""
        if qs.get("__EVENTTARGET") == LY_GRID and arg.startswith("Page$"):
            p = min(max(num(arg[5:], 1), 1), pages)
        rows = "".join(
            f'<tr><td class="bt"><a href="{esc(it.path)}" target="_blank" '
            f'title="{esc(it.title.replace("|", ""))}">'
            f'{esc(it.title.replace("|", ""))}</a></td><td class="rq">{it.date}</td></tr>'
            for it in items[(p - 1) * LY_PER : p * LY_PER]
        )
        lo, hi = max(1, p - 4), min(pages, p + 5)
        cells = "".join(
            f"<td><span>{k}</span></td>"
            if k == p
            else f"<td><a href=\"javascript:__doPostBack('{LY_GRID}','Page${k}')\">{k}</a></td>"
            for k in range(lo, hi + 1)
        )
        if hi < pages:
            cells += f"<td><a href=\"javascript:__doPostBack('{LY_GRID}','Page${hi + 1}')\">...</a></td>"
        state = f"/wEPDwUKMTY{cid}{p:03d}Nzg5ZBgBBR5jdGwwMCRjcGhNYWluJGd2TGlzdA88KwAMAQgCAWQ="
        body = (
            f'<form method="post" action="./List.aspx?cid={cid}" id="aspnetForm">'
            '<div class="aspNetHidden">'
            '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />'
            '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />'
            f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{state}" /></div>'
            "<script type=\"text/javascript\">var theForm = document.forms['aspnetForm'];"
            "if (!theForm) { theForm = document.aspnetForm; }"
            "function __doPostBack(eventTarget, eventArgument) {"
            "if (!theForm.onsubmit || (theForm.onsubmit() != false)) {"
            "theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument;"
            "theForm.submit();}}</script>"
            '<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" '
            'id="__VIEWSTATEGENERATOR" value="8D0E13E6" /><input type="hidden" name="__EVENTVALIDATION" '
            f'id="__EVENTVALIDATION" value="/wEdAA{cid}Kx7tq2r1bQ9zJ0AvZ3Yk" /></div>'
            f"{skin.crumbs([(f'/Info/List.aspx?cid={cid}', LY_COLS[cid])])}"
            f'<div class="listbox"><h2>{esc(LY_COLS[cid])}</h2>'
            '<table class="gv" cellspacing="0" rules="all" border="0" id="ctl00_cphMain_gvList" '
            f'style="width:100%;border-collapse:collapse;">{rows}'
            f'<tr class="pager"><td colspan="2"><table><tr>{cells}</tr></table></td></tr></table>'
            f'<div class="total">共{len(items)}条 第{p}/{pages}页</div></div></form>'
        )
        return _html(skin, skin.page(f"{LY_COLS[cid]}_{skin.site_name}", body))

    ctx.handle(c, "/Info/List.aspx", listing)
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("aspnet_postback_pager", "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("aspnet_postback_pager",))
    body = "".join(
        f'<div class="box"><h3><a href="/Info/List.aspx?cid={k}">{esc(n)}</a></h3>'
        f"<ul>{_rows(cols[k][:7])}</ul></div>"
        for k, n in LY_COLS.items()
    )
    for path in ("/", "/Default.aspx"):
        put_at(skin, path, ctx.icp(c.host, skin.page(skin.site_name, f'<div class="home">{body}</div>')))


# ====================================================================== 陇县
LX_JS = "/static/js/common.js"


def dataid_lists(skin, col: str, name: str, trail: list, items: list[Item], per: int = 20) -> list[Item]:
    """Lists ``/<col>/index.html``, ``index_1.html`` … whose rows are ``<li class="list-item"
    data-id="N">`` with the title as plain text: the site's ``common.js`` opens a row by a
    delegated click handler (``"/content/detail.html?id="+$(this).data("id")``); no row has an
    ``<a>``."""
    items = assign(skin.ctx, items, lambda it: f"/content/detail.html?id={it.uid}")
    write_items(skin, items, name, trail)
    pages = [items[i : i + per] for i in range(0, len(items), per)] or [[]]
    url = lambda k: "index.html" if k == 0 else f"index_{k}.html"  # noqa: E731
    for n, chunk in enumerate(pages):
        rows = "".join(
            f'<li class="list-item" data-id="{it.uid}">'
            f'<span class="tit">{esc(it.title.replace("|", ""))}</span>'
            f'<span class="date">{it.date}</span></li>'
            for it in chunk
        )
        pager = "".join(
            f"<span>{k + 1}</span>" if k == n else f'<a href="{url(k)}">{k + 1}</a>'
            for k in range(len(pages))
        )
        body = (
            f'{skin.crumbs(trail)}<div class="lb"><h2>{esc(name)}</h2>'
            f'<ul class="news-list">{rows}</ul><div class="page">{pager}</div></div>'
            f'<script src="/static/js/jquery.min.js"></script><script src="{LX_JS}"></script>'
        )
        put_at(skin, f"/{col}/{url(n)}", skin.page(f"{name}-{skin.site_name}", body))
        if n == 0:
            put_at(skin, f"/{col}/", skin.page(f"{name}-{skin.site_name}", body))
    return items


def longxian(ctx: Ctx13) -> None:
    """陇县 (陕西 宝鸡), ``www.longxian.gov.cn``: static list pages, but every list row is
    ``<li class="list-item" data-id="N">`` holding the title and date as plain text; the site's
    ``/static/js/common.js`` opens a row by a delegated handler
    ``$(".news-list").on("click","li",function(){window.location.href="/content/detail.html?id="
    +$(this).data("id");})``: no ``<a>`` names an article (the pager links are ordinary).
    Evidence: public site scripts that navigate from a row's ``data-id`` (a ``common.js``
    ``skipHref()`` doing ``window.location.href = url + "?id=" + $(this).data("id")``, handlers
    doing ``window.location.href = `/pages/item/item.html?id=${btn.dataset.id}```); the county's
    use, the class names and the detail path are assumed. The 2024 report is on the third page of
    通知公告; the 2023 report in 法治政府建设 beside 陕西省's reposted report and a 考核 通报; the
    2021 report only as a scanned PDF."""
    c = County("longxian", "陇县", "陕西省", "宝鸡市", "610327", "www.longxian.gov.cn")
    nav = [
        ("/", "首页"),
        ("/xwzx/lxyw/", "陇县要闻"),
        ("/zwgk/tzgg/", "通知公告"),
        ("/zwgk/fzzfjs/", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 8))
    news = dataid_lists(skin, "xwzx/lxyw", "陇县要闻", [("/xwzx/lxyw/", "陇县要闻")], ctx.news(c, 260))
    r24 = ctx.new_report(
        c, 2024, "陇县2024年度法治政府建设工作报告", pub="2025-03-28 11:30", source="陇县人民政府"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("meeting", 2025)])
    tz = dataid_lists(
        skin,
        "zwgk/tzgg",
        "通知公告",
        [("/zwgk/", "政务公开"), ("/zwgk/tzgg/", "通知公告")],
        [*newer(ctx, c, r24, 42, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 24, "notice")],
    )
    assert tz.index(r24) >= 40
    r23 = ctx.new_report(
        c, 2023, "陇县人民政府关于2023年法治政府建设情况的报告", pub="2024-03-29 15:10", source="陇县人民政府"
    )
    sx = ctx.higher("陕西省", 2023, "党中央、国务院", "2024-03-30 09:30")
    r21 = ctx.new_report(
        c, 2021, "陇县2021年法治政府建设情况报告", pub="2022-04-01 10:20", source="陇县司法局"
    )
    body21 = list(r21.paras)
    r21.paras = ["(扫描件)"]
    r21.uid = ctx.uid()
    scan = f"/zwgk/fzzfjs/202204/P020220401{r21.uid:09d}.pdf"
    r21.attachments.append((r21.title + ".pdf", scan, files.make_scan_pdf(r21.uid)))
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("interpretation", 2024), ("plan", 2022)])
    fz = dataid_lists(
        skin,
        "zwgk/fzzfjs",
        "法治政府建设",
        [("/zwgk/", "政务公开"), ("/zwgk/fzzfjs/", "法治政府建设")],
        [r23, sx, *look, r21, *ctx.fillers(c, 10, "disclosure")],
    )
    ctx.put(
        c,
        LX_JS,
        '$(function(){$(".news-list").on("click","li",function(){'
        'window.location.href="/content/detail.html?id="+$(this).data("id");});});',
        ctype="application/javascript",
    )
    ctx.put(c, "/static/js/jquery.min.js", "/*! jQuery v3.6.0 */", ctype="application/javascript")
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("data_id_delegated_click", "later_list_page"))
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("data_id_delegated_click", "higher_repost"))
    ctx.record_higher(c, sx, 2023, c.base + sx.path)
    ctx.record_scan(c, r21, 2021, scan, body21, kinds=("data_id_delegated_click", "scan_needs_ocr"))
    index_page(
        skin,
        "/zwgk/index.html",
        "政务公开",
        [("/zwgk/", "政务公开")],
        [("/zwgk/tzgg/", "通知公告", tz), ("/zwgk/fzzfjs/", "法治政府建设", fz)],
    )
    home(
        skin,
        [
            ("/xwzx/lxyw/", "陇县要闻", news),
            ("/zwgk/tzgg/", "通知公告", tz),
            ("/zwgk/fzzfjs/", "法治政府建设", fz),
        ],
    )


# ====================================================================== 千阳县
def qianyang(ctx: Ctx13) -> None:
    """千阳县 (陕西 宝鸡), ``www.qianyang.gov.cn``: an ordinary TRS site, except that its 2024
    report was published as a 链接型 (link) document: the 法治政府建设 list links
    ``/zwgk/fzzfjs/202503/t20250326_N.html`` like any article, but that page is only a forwarder
    (``<meta http-equiv="refresh" content="0;url=/uploadfiles/…pdf">`` and
    ``location.replace(…)``, a 正在跳转 line) to a text PDF linked nowhere else. Evidence: public
    CMS link pages that record the click and then ``echo '<meta http-equiv="refresh"
    content="0;url='.$link.'">'``, and redirect helpers writing the meta refresh plus a
    ``Click here`` link; that TRS-family county sites publish 链接型 documents this way is
    assumed. The 2022 report is an ordinary article on the second page of 通知公告."""
    c = County("qianyang", "千阳县", "陕西省", "宝鸡市", "610328", "www.qianyang.gov.cn")
    gk = "/zwgk/"
    nav = [
        ("/", "首页"),
        ("/xwzx/qyyw/", "千阳要闻"),
        (gk + "tzgg/", "通知公告"),
        (gk + "fzzfjs/", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 4, 30), skin=InfoSkin)
    news = news_column(skin, "/xwzx/qyyw/", "千阳要闻", 300)
    r24 = ctx.new_report(
        c,
        2024,
        "千阳县人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-26 17:20",
        source="千阳县人民政府",
    )
    look = ctx.lookalikes_of(c, [("text_interp", 2025), ("duty_report", 2024), ("demo_news", 2024)])
    trail = [(gk, "政务公开"), (gk + "fzzfjs/", "法治政府建设")]
    fz = publish(skin, gk + "fzzfjs/", "法治政府建设", trail, [r24, *look, *ctx.fillers(c, 12, "disclosure")])
    pdf = f"/uploadfiles/2025/03/20250326172000{r24.uid % 100000:05d}.pdf"
    ctx.put(c, pdf, files.make_pdf(r24.title, r24.paras), ctype="application/pdf", modified=r24.pub)
    full = c.base + pdf
    stub = (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f'<meta http-equiv="refresh" content="0;url={pdf}"><title>{esc(r24.title)}</title></head>'
        f"<body><p>正在跳转……</p><script>location.replace('{pdf}');</script></body></html>"
    )
    ctx.put(c, r24.path, stub, modified=r24.pub)
    r22 = ctx.new_report(
        c, 2022, "千阳县2022年法治政府建设年度报告", pub="2023-03-29 16:45", source="千阳县司法局"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2023), ("xxgk_annual", 2022)])
    tz = publish(
        skin,
        gk + "tzgg/",
        "通知公告",
        [(gk, "政务公开"), (gk + "tzgg/", "通知公告")],
        [
            *newer(ctx, c, r22, 23, "notice", skin.clock),
            r22,
            *notes,
            *ctx.fillers(c, 20, "notice", (2019, 2022)),
        ],
    )
    assert tz.index(r22) >= 20
    ctx.record(c, [*look, *notes])
    ctx.truth_report(
        c,
        r24,
        2024,
        [{"url": full, "kind": "pdf", "via": c.base + r24.path, "text_layer": True}],
        kinds=("link_doc_refresh",),
    )
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("shaanxi_trs", "later_list_page"))
    index_page(
        skin,
        gk + "index.html",
        "政务公开",
        [(gk, "政务公开")],
        [(gk + "tzgg/", "通知公告", tz), (gk + "fzzfjs/", "法治政府建设", fz)],
    )
    home(
        skin,
        [
            ("/xwzx/qyyw/", "千阳要闻", news),
            (gk + "tzgg/", "通知公告", tz),
            (gk + "fzzfjs/", "法治政府建设", fz),
        ],
    )


# ====================================================================== 太白县
TB_COLS = {"1203": "通知公告", "1218": "法治政府建设", "1101": "太白要闻", "1225": "部门动态"}
TB_PER = 15


def taibai(ctx: Ctx13) -> None:
    """太白县 (陕西 宝鸡), ``www.taibai.gov.cn``: its columns ``/xxgk/list.html?colId=<id>`` are
    empty shells; the page's jQuery loads ``/xxgk/xml/col_<id>_<page>.xml`` with
    ``$.ajax({type:"GET",url:…,dataType:"xml",success:function(xml){$(xml).find("record")
    .each(…)}})`` and writes a row per ``<record>`` (``<title>``, ``<url>``, ``<pubdate>``); the
    first file's ``<totalpage>`` builds a pager of ``onclick="loadPage(n)"`` buttons. Articles
    ``/xxgk/content/<id>.html`` are static. Evidence: public jQuery code that fills lists and
    tables from XML (``dataType:"xml"``, ``$(data).find("item").each(…)`` building rows, a
    ``mallDisplayXML.do`` list paged by ``start``/``len``, static ``/xml/….xml`` files loaded the
    same way); the county's use, the file names and the element names are assumed. The 2023
    report is in the third file of 通知公告; the 2021 report and a 县司法局 report in
    法治政府建设 and 部门动态."""
    c = County("taibai", "太白县", "陕西省", "宝鸡市", "610331", "www.taibai.gov.cn")
    nav = [("/", "首页"), *((f"/xxgk/list.html?colId={k}", n) for k, n in TB_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2024, 10, 15), skin=InfoSkin)
    r23 = ctx.new_report(
        c,
        2023,
        "太白县人民政府关于2023年度法治政府建设工作情况的报告",
        pub="2024-03-28 09:50",
        source="太白县人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "太白县2021年法治政府建设工作报告", pub="2022-03-31 15:00", source="太白县司法局"
    )
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-26 10:30")
    bj = ctx.higher("宝鸡市", 2022, "省委、省政府", "2023-04-11 11:00")
    notes = ctx.lookalikes_of(c, [("notice", 2024), ("meeting_topic", 2024)])
    look = ctx.lookalikes_of(c, [("plan", 2024), ("shufa", 2022), ("gov_work_report", 2022)])
    cols: dict[str, list[Item]] = {
        "1203": [*newer(ctx, c, r23, 31, "notice", skin.clock), r23, *notes, *ctx.fillers(c, 25, "notice")],
        "1218": [r21, bj, *look, *ctx.fillers(c, 10, "disclosure")],
        "1101": ctx.news(c, 220),
        "1225": [dep, *ctx.fillers(c, 16, "disclosure")],
    }
    for k, items in cols.items():
        cols[k] = assign(ctx, items, lambda it: f"/xxgk/content/{it.uid}.html")
        write_items(
            skin, cols[k], TB_COLS[k], [("/xxgk/", "信息公开"), (f"/xxgk/list.html?colId={k}", TB_COLS[k])]
        )
        pages = max(1, math.ceil(len(cols[k]) / TB_PER))
        for p in range(1, pages + 1):
            recs = "".join(
                f"<record><id>{it.uid}</id><title><![CDATA[{it.title.replace('|', '')}]]></title>"
                f"<url>{it.path}</url><pubdate>{it.date}</pubdate></record>"
                for it in cols[k][(p - 1) * TB_PER : p * TB_PER]
            )
            xml = (
                '<?xml version="1.0" encoding="UTF-8"?>'
                f"<datalist><colid>{k}</colid><totalrecord>{len(cols[k])}</totalrecord>"
                f"<totalpage>{pages}</totalpage><page>{p}</page><list>{recs}</list></datalist>"
            )
            ctx.put(c, f"/xxgk/xml/col_{k}_{p}.xml", xml, ctype="text/xml; charset=utf-8")
        script = (
            '<script>var colId="' + k + '";var listXml="/xxgk/xml/col_"+colId+"_";'
            'function loadPage(page){$.ajax({type:"GET",url:listXml+page+".xml",dataType:"xml",'
            'success:function(xml){var h="";$(xml).find("record").each(function(){'
            'h+=\'<li><a href="\'+$(this).find("url").text()+\'" target="_blank">\''
            "+$(this).find(\"title\").text()+'</a><span>'+$(this).find(\"pubdate\").text()+'</span></li>';});"
            '$("#xmlList").html(h);var n=parseInt($(xml).find("totalpage").text()),b="";'
            "for(var i=1;i<=n;i++){b+='<button type=\"button\" onclick=\"loadPage('+i+')\">'+i+'</button>';}"
            '$("#xmlPager").html(b);}});}$(function(){loadPage(1);});</script>'
        )
        body = (
            f"{skin.crumbs([('/xxgk/', '信息公开'), (f'/xxgk/list.html?colId={k}', TB_COLS[k])])}"
            f'<div class="xxgk-list"><h2>{esc(TB_COLS[k])}</h2><ul id="xmlList"></ul>'
            '<div id="xmlPager" class="pager"></div></div>'
            f'<script src="/js/jquery-1.12.4.min.js"></script>{script}'
        )
        put_at(skin, f"/xxgk/list.html?colId={k}", skin.page(f"{TB_COLS[k]}-{skin.site_name}", body))
    assert cols["1203"].index(r23) >= 30
    ctx.put(c, "/js/jquery-1.12.4.min.js", "/*! jQuery v1.12.4 */", ctype="application/javascript")
    ctx.record(c, [*notes, *look])
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.record_higher(c, bj, 2022, c.base + bj.path)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("xml_ajax_list", "api_later_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("xml_ajax_list", "higher_repost"))
    index_page(
        skin,
        "/xxgk/index.html",
        "信息公开",
        [("/xxgk/", "信息公开")],
        [(f"/xxgk/list.html?colId={k}", n, []) for k, n in TB_COLS.items()],
    )
    home(skin, [("/xxgk/list.html?colId=1101", "太白要闻", []), ("/xxgk/", "信息公开", [])])
