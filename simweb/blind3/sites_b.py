"""Blind3 sites whose lists need more than links: a Hanweb 信息公开 catalogue filled by
``/module/xxgk/search.jsp``, an ASP.NET list paged by ``__doPostBack`` POSTs, a 旗 site behind
a script redirect whose list links have no ``href``, a Hanweb city with a report behind
``downfile.jsp`` and a scanned one, a Jiangxi Hanweb development zone paged by
``?uid=…&pageNum=N``, and a city portal whose county list is written by a script file.

Every site's docstring names the real evidence it follows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Callable

from .. import files
from ..blind.core import chunks, h
from ..blind.sites_a import home, index_page, publish
from ..blind.skins import Skin
from ..blind2.core import open_site
from ..blind2.sites_a import AspSkin
from ..model import Request, Resource
from .core import County, Ctx3, Item, esc
from .pages import STAMP, VsbSkin, assign, rewrap, vsb_column, write_items


class HanwebSkin(Skin):
    """Hanweb article body: ``#zoom`` between the ``ZJEG_RSS`` markers."""

    css = "hanweb"

    def article(self, item: Item, column: str, trail, *, paras=None, after="", tools=""):
        text = super().article(item, column, trail, paras=paras, after=after, tools=tools)
        return rewrap(text, '<div id="zoom"><!--ZJEG_RSS.content.begin-->', "<!--ZJEG_RSS.content.end-->", "")


def art_path(col: int) -> Callable[[Item], str]:
    return lambda it: f"/art/{it.pub.year}/{it.pub.month}/{it.pub.day}/art_{col}_{it.uid}.html"


def datastore_page(skin: Skin, col: int, name: str, items: list[Item]) -> None:
    """A JCMS column page carrying every record in its ``<datastore>`` (small columns)."""
    recs = "".join(
        f'<record><![CDATA[<li><a href="{it.path}" title="{esc(it.title)}" target="_blank">{esc(it.title)}'
        f"</a><span>{it.date}</span></li>]]></record>"
        for it in items
    )
    body = (
        f"{skin.crumbs([(f'/col/col{col}/index.html', name)])}<h2>{esc(name)}</h2>"
        f'<div id="div{col}"><script type="text/xml"><datastore><totalrecord>{len(items)}</totalrecord>'
        f"<recordset>{recs}</recordset></datastore></script></div>"
        f'<script src="/module/web/jpage/jpage.js"></script>'
    )
    skin.put(f"/col/col{col}/index.html", skin.page(f"{name}_{skin.site_name}", body))


# ====================================================================== 天台县
def tiantai(ctx: Ctx3) -> None:
    """天台县 (浙江 台州): Hanweb. The 政府信息公开 column page shows a tree of 信息分类 whose
    entries have no ``href`` (``onclick="getList('A0105')"``); the list comes from
    ``/module/xxgk/search.jsp`` with ``divid``, ``infotypeId``, ``webid``, ``area``,
    ``sortfield`` and ``currpage`` as an HTML fragment (the public 衢州 crawler in the code
    corpus, ``qz_gov_spider.md``: ``url = 'http://www.qz.gov.cn/module/xxgk/search.jsp'``,
    ``divid``, ``i_id``, ``webid``, ``area``, ``sortfield``). The 2023 report is on the first
    page of 法治政府建设, the 2021 report on its second; the 司法局's report is under 部门."""
    c = County("tiantai", "天台县", "浙江省", "台州市", "331023", "www.zjtt.gov.cn")
    webid, gkcol = "3199", 1229001
    nav = [
        ("/", "首页"),
        ("/col/col1229100/index.html", "天台新闻"),
        (f"/col/col{gkcol}/index.html", "政府信息公开"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 5, 6), skin=HanwebSkin)
    news = assign(ctx, ctx.news(c, 200), art_path(1229100))
    write_items(skin, news, "天台新闻", [("/col/col1229100/index.html", "天台新闻")])
    datastore_page(skin, 1229100, "天台新闻", news)
    r23 = ctx.new_report(
        c,
        2023,
        "天台县人民政府关于2023年度法治政府建设工作情况的报告",
        pub="2024-03-27 15:36",
        source="天台县人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "天台县2021年法治政府建设年度报告", pub="2022-03-29 10:12", source="天台县司法局"
    )
    dept = ctx.department_report(c, "司法局", 2023, "2024-03-20 09:00")
    look = ctx.lookalikes_of(
        c, [("plan", 2023), ("demo_news", 2022), ("xxgk_annual", 2023), ("meeting_topic", 2022)]
    )
    fz = assign(ctx, [r23, look[0], look[1], look[3], *ctx.fillers(c, 18, "notice")], art_path(gkcol))
    r21.path = art_path(gkcol)(r21)
    fz.insert(17, r21)  # past the 15 records of the first page
    types = {
        "A0101": ("综合政务", ctx.fillers(c, 40, "disclosure")),
        "A0105": ("法治政府建设", fz),
        "A0108": ("政府信息公开年报", [look[2], *ctx.fillers(c, 5, "disclosure")]),
        "B0201": ("县司法局", [dept, *ctx.fillers(c, 12, "disclosure")]),
    }
    lists: dict[str, list[Item]] = {}
    for code, (name, items) in types.items():
        if code != "A0105":
            items = assign(ctx, items, art_path(gkcol))
        write_items(skin, items, name, [(f"/col/col{gkcol}/index.html", "政府信息公开")])
        lists[code] = items
    ctx.record(c, look)
    ctx.truth_report(
        c, r23, 2023, [{"url": c.base + r23.path, "kind": "html"}], kinds=("hanweb_xxgk_search",)
    )
    ctx.truth_report(
        c,
        r21,
        2021,
        [{"url": c.base + r21.path, "kind": "html"}],
        kinds=("hanweb_xxgk_search", "api_later_page"),
    )
    ctx.record_department(c, dept, 2023, c.base + dept.path)

    def search(req: Request) -> Resource:
        args = req.params()
        try:
            page = max(1, int(args.get("currpage", "1")))
        except ValueError:
            page = 1
        items = lists.get(args.get("infotypeId", ""), []) if args.get("webid") == webid else []
        pages = chunks(items, 15)
        chunk = pages[page - 1] if page <= len(pages) else []
        rows = "".join(
            f'<tr><td><a href="{it.path}" target="_blank" title="{esc(it.title)}">{esc(it.title)}</a>'
            f"</td><td>{it.date}</td></tr>"
            for it in chunk
        )
        pager = (
            f'<div class="page">共{len(items)}条 第{page}/{len(pages)}页 '
            f'<a href="javascript:void(0)" onclick="search_page({page + 1})">下一页</a></div>'
        )
        return Resource(
            f'<table class="xxgk_list">{rows}</table>{pager}'.encode(),
            "text/html; charset=utf-8",
            modified=STAMP,
        )

    ctx.handle(c, "/module/xxgk/search.jsp", search)
    tree = "".join(
        f'<li><a href="javascript:void(0)" onclick="getList(\'{k}\')">{esc(v[0])}</a></li>'
        for k, v in types.items()
    )
    script = (
        f"<script>var webid='{webid}',divid='div{gkcol}',cur='A0101';"
        "function getList(id,p){cur=id;$.ajax({url:'/module/xxgk/search.jsp',type:'GET',data:{divid:divid,"
        "infotypeId:id,vc_title:'',currpage:p||1,sortfield:',compaltedate:0',webid:webid,area:''},"
        "success:function(h){$('#'+divid).html(h);}});}function search_page(p){getList(cur,p);}"
        "getList('A0101');</script>"
    )
    body = (
        f'{skin.crumbs([(f"/col/col{gkcol}/index.html", "政府信息公开")])}<div class="xxgk-tree">'
        f'<h3>信息分类</h3><ul>{tree}</ul></div><div id="div{gkcol}"></div>'
        f'<script src="/js/jquery.min.js"></script>{script}'
    )
    skin.put(f"/col/col{gkcol}/index.html", skin.page("政府信息公开_天台县人民政府", body))
    home(skin, [("/col/col1229100/index.html", "天台新闻", news)])


# ====================================================================== 铜山区
class GbSkin(AspSkin):
    """An older ASP.NET look, in GB2312 (declared in a ``<meta>``, as blind2's old ASP skin)."""

    css = "aspx"


def tongshan(ctx: Ctx3) -> None:
    """铜山区 (江苏 徐州), ``www.zgts.gov.cn`` (its host, and an ASP.NET service of the same
    government, ``fyr.zgts.gov.cn/services/common_new/news.aspx?type=3``, in public code:
    find_string "zgts.gov.cn"): an ASP.NET (新点-style) site in GB2312. ``MoreInfo.aspx?CategoryNum=…`` lists
    are paged by ``__doPostBack('MoreInfoList1$Pager','N')``: a POST of the page's form with
    ``__VIEWSTATE``, ``__EVENTTARGET`` and ``__EVENTARGUMENT`` (public crawlers in the code
    corpus: ``cq_Spider/spiders/YbSpider.py`` posts ``__EVENTTARGET: 'MoreInfoList1$Pager'``
    to ``MoreInfo.aspx?CategoryNum=1004009``; ``WaiBaoSpider/spiders/xuzhou.py`` the same for
    徐州 12345). Articles ``ShowInfo.aspx?InfoID=<guid>&CategoryNum=…``. The 2023 report is on the
    first page of 法治政府建设, the 2022 report only on its second (POST)."""
    c = County("tongshan", "铜山区", "江苏省", "徐州市", "320312", "www.zgts.gov.cn")
    cats = {"004001": "铜山要闻", "004002": "法治政府建设", "004003": "通知公告"}
    nav = [("/", "首页"), *[(f"/xxgk/MoreInfo.aspx?CategoryNum={k}", v) for k, v in cats.items()]]
    skin = open_site(ctx, c, nav, dt.date(2024, 3, 30), skin=GbSkin)
    r23 = ctx.new_report(
        c,
        2023,
        "铜山区人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-26 09:20",
        source="徐州市铜山区人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "铜山区2022年度法治政府建设情况报告", pub="2023-03-28 16:45", source="铜山区司法局"
    )
    look = ctx.lookalikes_of(c, [("assessment", 2023), ("shufa", 2023), ("notice", 2023)])
    fz = [r23, look[0], look[1], *ctx.news(c, 30, (2022, 2024))]
    content = {"004001": ctx.news(c, 190), "004002": fz, "004003": [look[2], *ctx.fillers(c, 45, "notice")]}
    lists: dict[str, list[Item]] = {}
    for cat, items in content.items():
        items = assign(
            ctx,
            items,
            lambda it, k=cat: f"/xxgk/ShowInfo.aspx?InfoID={uuid.UUID(h(it.uid)[:32])}&CategoryNum={k}",
        )
        if cat == "004002":
            r22.path = f"/xxgk/ShowInfo.aspx?InfoID={uuid.UUID(h(r22.uid)[:32])}&CategoryNum={cat}"
            items.insert(24, r22)  # on the second page of 20
        write_items(skin, items, cats[cat], [(f"/xxgk/MoreInfo.aspx?CategoryNum={cat}", cats[cat])])
        lists[cat] = items
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, [{"url": c.base + r23.path, "kind": "html"}], kinds=("aspnet", "gb2312"))
    ctx.truth_report(
        c,
        r22,
        2022,
        [{"url": c.base + r22.path, "kind": "html"}],
        kinds=("aspnet", "gb2312", "postback_pager"),
    )

    def more(req: Request) -> Resource:
        args = req.params()
        cat = args.get("CategoryNum", "")
        items = lists.get(cat)
        if items is None:
            return Resource(b"<h1>404</h1>", status=404)
        page = 1
        if (
            req.method == "POST"
            and args.get("__VIEWSTATE")
            and args.get("__EVENTTARGET") == "MoreInfoList1$Pager"
        ):
            try:
                page = max(1, int(args.get("__EVENTARGUMENT", "1")))
            except ValueError:
                page = 1
        pages = chunks(items, 20)
        chunk = pages[page - 1] if page <= len(pages) else []
        rows = "".join(
            f'<tr><td><a href="{esc(it.path)}" target="_blank" title="{esc(it.title)}">'
            f"{esc(it.title)}</a></td><td>{it.date}</td></tr>"
            for it in chunk
        )
        links = " ".join(
            f"<a href=\"javascript:__doPostBack('MoreInfoList1$Pager','{k}')\">{k}</a>"
            if k != page
            else f"<b>{k}</b>"
            for k in range(1, len(pages) + 1)
        )
        nxt = (
            f"<a href=\"javascript:__doPostBack('MoreInfoList1$Pager','{page + 1}')\">下一页</a>"
            if page < len(pages)
            else ""
        )
        state = hashlib.sha1(f"{cat}|{page}".encode()).hexdigest() * 3
        body = (
            f'<form name="Form1" method="post" action="./MoreInfo.aspx?CategoryNum={cat}" id="Form1">'
            f'<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">'
            f'<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">'
            f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK{state}">'
            "<script type=\"text/javascript\">var theForm = document.forms['Form1'];function "
            "__doPostBack(eventTarget, eventArgument) {if (!theForm.onsubmit || (theForm.onsubmit() != "
            "false)) {theForm.__EVENTTARGET.value = eventTarget;theForm.__EVENTARGUMENT.value = "
            "eventArgument;theForm.submit();}}</script>"
            f"{skin.crumbs([(f'MoreInfo.aspx?CategoryNum={cat}', cats[cat])])}"
            f'<table id="MoreInfoList1_DataGrid1">{rows}</table><div id="MoreInfoList1_Pager">'
            f"共{len(items)}条 {page}/{len(pages)}页 {links} {nxt}</div></form>"
        )
        return Resource(
            ctx.icp(c.host, skin.page(f"{cats[cat]}_{skin.site_name}", body)).encode(
                "gbk", "xmlcharrefreplace"
            ),
            "text/html; charset=gb2312",
            modified=STAMP,
        )

    ctx.handle(c, "/xxgk/MoreInfo.aspx", more)
    boxes = [(f"/xxgk/MoreInfo.aspx?CategoryNum={k}", v, lists[k]) for k, v in cats.items()]
    home(skin, boxes)


# ====================================================================== 乌审旗
def wushen(ctx: Ctx3) -> None:
    """乌审旗 (内蒙古 鄂尔多斯): the root only runs ``window.location.href='/wsq/index.html'``
    (sites.md "Home pages"); in 政务公开 → 法治政府建设 and 通知公告 the list links have no
    ``href`` but ``onclick="window.open('…')"`` (sites.md "Links without href"). The 2023 report
    is in 法治政府建设 beside 鄂尔多斯市's report; the 2021 report on the second page of 通知公告."""
    c = County("wushen", "乌审旗", "内蒙古自治区", "鄂尔多斯市", "150626", "www.wsq.gov.cn")
    root = "/wsq/"
    nav = [
        (root + "index.html", "首页"),
        (root + "xwzx/wsyw/", "乌审要闻"),
        (root + "zwgk/fzzfjs/", "法治政府建设"),
        (root + "zwgk/tzgg/", "通知公告"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 7, 2), seed_url=c.base + "/")

    def onclick_li(it: Item, _href: str) -> str:
        return (
            f'<li><a href="javascript:;" onclick="window.open(\'{it.path}\')" title="{esc(it.title)}">'
            f"{esc(it.title)}</a><span>{it.date}</span></li>"
        )

    def column(col: str, name: str, items: list[Item], scripted: bool) -> list[Item]:
        trail = [(col, name)]
        items = publish(skin, col, name, trail, items, lists=not scripted)
        if scripted:
            skin.list_pages(col, name, trail, items, per=20, li=onclick_li)
        return items

    news = column(root + "xwzx/wsyw/", "乌审要闻", ctx.news(c, 210), False)
    r23 = ctx.new_report(
        c,
        2023,
        "乌审旗人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-25 11:48",
        source="乌审旗人民政府办公室",
    )
    eeds = ctx.higher("鄂尔多斯市", 2023, "自治区党委、政府", "2024-04-02 16:00")
    look = ctx.lookalikes_of(c, [("shufa", 2023), ("duty_report", 2023), ("plan", 2022)])
    fz = column(
        root + "zwgk/fzzfjs/", "法治政府建设", [r23, eeds, *look, *ctx.news(c, 8, (2022, 2024))], True
    )
    r21 = ctx.new_report(
        c, 2021, "乌审旗2021年法治政府建设工作报告", pub="2022-03-31 17:02", source="乌审旗司法局"
    )
    tzi = [r21, *ctx.fillers(c, 40, "notice", (2022, 2024)), *ctx.fillers(c, 20, "notice", (2019, 2021))]
    tz = column(root + "zwgk/tzgg/", "通知公告", tzi, True)
    ctx.record(c, look)
    ctx.truth_report(
        c,
        r23,
        2023,
        [{"url": c.base + r23.path, "kind": "html"}],
        kinds=("script_redirect_home", "onclick_links"),
    )
    ctx.truth_report(
        c,
        r21,
        2021,
        [{"url": c.base + r21.path, "kind": "html"}],
        kinds=("script_redirect_home", "onclick_links", "trs_pager"),
    )
    ctx.record_higher(c, eeds, 2023, c.base + eeds.path)
    index_page(
        skin,
        root + "index.html",
        "首页",
        [],
        [
            (root + "xwzx/wsyw/", "乌审要闻", news),
            (root + "zwgk/tzgg/", "通知公告", tz),
            (root + "zwgk/fzzfjs/", "法治政府建设", fz),
        ],
    )
    stub = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>乌审旗人民政府</title>'
        f"<script>window.location.href='{root}index.html';</script></head><body></body></html>"
    )
    skin.put("/", stub)
    skin.put("/index.html", stub)


# ====================================================================== 景宁畲族自治县
def jingning(ctx: Ctx3) -> None:
    """景宁畲族自治县 (浙江 丽水), ``www.jingning.gov.cn``: Hanweb JCMS (public notes cite
    ``http://www.jingning.gov.cn/col/col1376099/index.html``, find_string "jingning.gov.cn"), whole
    columns in the page's ``<datastore>``. The 2023
    report is a one-line article whose PDF is linked through
    ``/module/download/downfile.jsp?classid=0&filename=<hex>.pdf``, which redirects to the file
    (sites.md, Hanweb JCMS attachments); the 2019 report was posted only as a scanned PDF
    (needs OCR: not findable). 述法, 考核 and a 政府工作报告 are in the same columns."""
    c = County("jingning", "景宁畲族自治县", "浙江省", "丽水市", "331127", "www.jingning.gov.cn")
    cols = {1376010: "景宁新闻", 1376099: "法治政府建设", 1376105: "政府工作报告"}
    nav = [("/", "首页"), *[(f"/col/col{k}/index.html", v) for k, v in cols.items()]]
    skin = open_site(ctx, c, nav, dt.date(2024, 4, 15), skin=HanwebSkin)
    r23 = ctx.new_report(
        c,
        2023,
        "景宁畲族自治县人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-29 17:30",
        source="景宁畲族自治县人民政府",
    )
    r19 = ctx.new_report(
        c, 2019, "景宁县2019年法治政府建设工作报告", pub="2020-04-10 09:00", source="景宁畲族自治县司法局"
    )
    body23, body19 = r23.paras, r19.paras
    hex23 = h(r23.uid, "pdf")[:32]
    down = f"/module/download/downfile.jsp?classid=0&filename={hex23}.pdf"
    r23.paras = [
        "《景宁畲族自治县人民政府关于2023年度法治政府建设情况的报告》已经县政府常务会议审议通过,现予公开。"
    ]
    r19.paras = ["景宁县2019年法治政府建设工作报告(扫描件)见附件。"]
    scan = f"/picture/0/{h(r19.uid, 'scan')[:32]}.pdf"
    look = ctx.lookalikes_of(
        c, [("shufa", 2023), ("assessment", 2022), ("gov_work_report", 2024), ("interpretation", 2023)]
    )
    gw = ctx.lookalikes_of(c, [("gov_work_report", 2023)])[0]
    content = {
        1376010: ctx.news(c, 220),
        1376099: [r23, r19, look[0], look[1], look[3], *ctx.news(c, 12, (2020, 2024))],
        1376105: [look[2], gw],
    }
    for col, items in content.items():
        items = assign(ctx, items, art_path(col))
        for it in items:
            after = ""
            if it is r23:
                after = f'<div class="fj">附件:<a href="{down}">{esc(r23.title)}.pdf</a></div>'
            elif it is r19:
                after = (
                    f'<div class="fj">附件:<a href="{scan}">景宁县2019年法治政府建设工作报告.pdf</a></div>'
                )
            skin.put(
                it.path,
                skin.article(it, cols[col], [(f"/col/col{col}/index.html", cols[col])], after=after),
                modified=it.pub,
            )
        datastore_page(skin, col, cols[col], items)
        content[col] = items
    ctx.record(c, [*look, gw])
    pdf = f"/picture/0/{hex23}.pdf"
    ctx.put(c, pdf, files.make_pdf(r23.title, body23), ctype="application/pdf", modified=r23.pub)
    ctx.put(c, scan, files.make_scan_pdf(r19.uid, 3), ctype="application/pdf", modified=r19.pub)

    def downfile(req: Request) -> Resource:
        name = req.params().get("filename", "")
        return Resource(b"", status=302, headers=(("Location", f"/picture/0/{name}"),))

    ctx.handle(c, "/module/download/downfile.jsp", downfile)
    ctx.truth_report(
        c,
        r23,
        2023,
        [
            {"url": c.base + pdf, "kind": "pdf", "via": c.base + r23.path, "text_layer": True},
            {"url": c.base + down, "kind": "pdf", "via": c.base + r23.path, "text_layer": True},
        ],
        kinds=("jcms_datastore", "downfile_redirect", "pdf_only"),
        body=body23,
    )
    ctx.record_scan(c, r19, 2019, scan, body19)
    home(skin, [(f"/col/col{k}/index.html", v, content[k]) for k, v in cols.items() if k != 1376105])


# ====================================================================== 九江经济技术开发区
def jiujiang_kfq(ctx: Ctx3) -> None:
    """九江经济技术开发区 (江西 九江), ``www.jjkfq.gov.cn`` (linked as "九江开发区管委会" with
    ``http://www.jjkfq.gov.cn/xxgs/`` on a public page, find_string "kfq.gov.cn"): the Jiangxi Hanweb
    column pages paged on the server by
    ``index.html?uid=<n>&pageNum=N`` (public crawler ``jas0no7/local_spider_jason`` ``t.py``:
    ``https://sthjt.jiangxi.gov.cn/jxssthjt/col/col42150/index.html?uid=380055&pageNum={}``).
    政府信息公开 → 其他法定公开信息 holds the 管委会's 2023 report on page 1 and its 2022 report on
    page 3; a 政府信息公开年报 and a 示范创建 news item sit beside them."""
    c = County("jjkfq", "九江经济技术开发区", "江西省", "九江市", "360400", "www.jjkfq.gov.cn")
    uid = "380055"
    cols = {28770: "开发区要闻", 28801: "其他法定公开信息", 28805: "通知公告"}
    nav = [("/", "首页"), ("/xxgs/", "信息公示"), *[(f"/col/col{k}/index.html", v) for k, v in cols.items()]]
    skin = open_site(ctx, c, nav, dt.date(2024, 8, 1), skin=HanwebSkin)
    r23 = ctx.new_report(
        c,
        2023,
        "九江经济技术开发区管委会2023年度法治政府建设情况报告",
        pub="2024-03-28 10:06",
        source="九江经济技术开发区管委会",
    )
    r22 = ctx.new_report(
        c,
        2022,
        "九江经开区2022年法治政府建设工作情况报告",
        pub="2023-03-24 15:50",
        source="九江经开区社会事务局",
    )
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("demo_news", 2023), ("plan", 2023)])
    content = {
        28770: ctx.news(c, 200),
        28801: [r23, look[0], look[2], *ctx.fillers(c, 50, "disclosure")],
        28805: [look[1], *ctx.fillers(c, 40, "notice")],
    }
    for col, items in content.items():
        items = assign(ctx, items, art_path(col))
        if col == 28801:
            r22.path = art_path(col)(r22)
            items.insert(33, r22)
        write_items(skin, items, cols[col], [(f"/col/col{col}/index.html", cols[col])])
        pages = chunks(items, 15)
        for n, chunk in enumerate(pages, start=1):
            rows = "".join(
                f'<li><a href="{it.path}" title="{esc(it.title)}" target="_blank">{esc(it.title)}</a>'
                f"<span>{it.date}</span></li>"
                for it in chunk
            )
            link = f"/col/col{col}/index.html?uid={uid}&amp;pageNum="
            pager = (
                f'<div class="pager">共{len(items)}条 {n}/{len(pages)} '
                + (f'<a href="{link}{n - 1}">上一页</a> ' if n > 1 else "")
                + (f'<a href="{link}{n + 1}">下一页</a>' if n < len(pages) else "")
                + "</div>"
            )
            body = (
                f"{skin.crumbs([(f'/col/col{col}/index.html', cols[col])])}<h2>{esc(cols[col])}</h2>"
                f'<div id="{uid}"><ul class="List_list">{rows}</ul>{pager}</div>'
            )
            page = skin.page(f"{cols[col]}_{skin.site_name}", body)
            skin.put(f"/col/col{col}/index.html", page, query=f"uid={uid}&pageNum={n}")
            if n == 1:
                skin.put(f"/col/col{col}/index.html", page)
        content[col] = items
    ctx.record(c, look)
    ctx.truth_report(
        c,
        r23,
        2023,
        [{"url": c.base + r23.path, "kind": "html"}],
        kinds=("jiangxi_pagenum", "development_zone"),
    )
    ctx.truth_report(
        c,
        r22,
        2022,
        [{"url": c.base + r22.path, "kind": "html"}],
        kinds=("jiangxi_pagenum", "development_zone", "later_list_page"),
    )
    boxes = [(f"/col/col{k}/index.html", v, content[k]) for k, v in cols.items()]
    index_page(skin, "/xxgs/index.html", "信息公示", [("/xxgs/", "信息公示")], boxes[1:])
    home(skin, boxes)


# ====================================================================== 天水市 → 张家川回族自治县
def tianshui(ctx: Ctx3) -> None:
    """天水市 (甘肃) portal, seeded, whose footer of county sites is written by a script file
    ``/static/js/link.js`` with ``document.writeln`` (as the public copy of a Henan portal's
    ``static/js/link.js`` in the code corpus, mhxqwer/zyjhenan.gov.cn, writes its link boxes);
    张家川回族自治县 (``www.zjc.gov.cn``) is in no seed row and is linked nowhere else. Both are VSB
    sites, as public code shows (``https://www.tianshui.gov.cn/gxj/info/1682/33692.htm``,
    ``https://www.zjc.gov.cn/ldzc1/ldjj.htm``); 张家川's 2023 and 2024 reports are in 政务公开 →
    法治政府建设."""
    city = County("tianshui", "天水市", "甘肃省", "", "620500", "www.tianshui.gov.cn")
    zjc = County("zjc", "张家川回族自治县", "甘肃省", "天水市", "620525", "www.zjc.gov.cn", seeded=False)
    cskin = open_site(
        ctx, city, [("/", "首页"), ("/xwzx/tsyw.htm", "天水要闻")], dt.date(2024, 6, 20), skin=VsbSkin
    )
    cnews = vsb_column(
        cskin, "/xwzx/tsyw.htm", 1051, "天水要闻", [("/xwzx/tsyw.htm", "天水要闻")], ctx.news(city, 160)
    )
    home(
        cskin,
        [("/xwzx/tsyw.htm", "天水要闻", cnews)],
        extra='<div class="xqlink"><h3>县区政府网站</h3><script src="/static/js/link.js"></script></div>',
    )
    counties = [
        ("秦州区", "http://www.qinzhou.gov.cn/"),
        ("麦积区", "http://www.maiji.gov.cn/"),
        ("清水县", "http://www.qingshui.gov.cn/"),
        ("张家川回族自治县", zjc.base + "/"),
        ("甘谷县", "http://www.gangu.gov.cn/"),
    ]
    rows = [f'<li><a href="{u}" target="_blank">{n}</a></li>' for n, u in counties]
    js = "".join(f"document.writeln('{r}');\n" for r in ['<ul class="xq">', *rows, "</ul>"])
    ctx.put(city, "/static/js/link.js", js, ctype="application/javascript; charset=utf-8")
    skin = open_site(
        ctx,
        zjc,
        [("/", "首页"), ("/xwzx/zjcyw.htm", "张家川要闻"), ("/zwgk/fzzfjs.htm", "法治政府建设")],
        dt.date(2024, 6, 20),
        seeded=False,
        skin=VsbSkin,
    )
    news = vsb_column(
        skin, "/xwzx/zjcyw.htm", 1003, "张家川要闻", [("/xwzx/zjcyw.htm", "张家川要闻")], ctx.news(zjc, 130)
    )
    r23 = ctx.new_report(
        zjc,
        2023,
        "张家川回族自治县人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-30 10:40",
        source="张家川回族自治县人民政府",
    )
    r24 = ctx.new_report(
        zjc,
        2024,
        "张家川县2024年度法治政府建设情况报告",
        pub="2025-03-27 16:15",
        source="张家川回族自治县司法局",
    )
    look = ctx.lookalikes_of(zjc, [("duty_report", 2023), ("text_interp", 2024)])
    fz = vsb_column(
        skin,
        "/zwgk/fzzfjs.htm",
        1021,
        "法治政府建设",
        [("/zwgk/fzzfjs.htm", "法治政府建设")],
        [r24, r23, *look, *ctx.fillers(zjc, 19, "notice")],
    )
    ctx.record(zjc, look)
    for r, y in ((r23, 2023), (r24, 2024)):
        ctx.truth_report(
            zjc,
            r,
            y,
            [{"url": zjc.base + r.path, "kind": "html"}],
            kinds=("unseeded_county_via_city_script", "vsb"),
        )
    home(skin, [("/xwzx/zjcyw.htm", "张家川要闻", news), ("/zwgk/fzzfjs.htm", "法治政府建设", fz)])
