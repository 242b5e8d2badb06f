"""Blind4 sites whose lists need a script, an API, a POST or a frame: a Guangxi county whose list
links have no ``href`` (a helper in a script file opens them), a Shandong Hanweb county whose
catalogue is fetched by a script file's POST API, a Sichuan JSP county paged only by a POSTed
form, a Yunnan GBK PHP county with a ``.doc``-only report, a Shanxi county behind a frameset home
page with a server that fails once, a 新区 whose lists come from a ``fetch`` JSON API, and a
Xinjiang prefecture portal that alone links an unseeded county.

Every site's docstring names the real evidence it follows.
"""

from __future__ import annotations

import datetime as dt
import json

from ..blind.sites_a import home, publish
from ..blind.skins import Skin
from ..blind2.core import news_column, open_site
from ..blind3.pages import write_items
from ..model import Request, Resource
from .core import County, Ctx4, Item, chunks, column, esc
from .sites_a import html_copy

STAMP = dt.datetime(2024, 6, 1)


def json_res(obj: dict) -> Resource:
    return Resource(
        json.dumps(obj, ensure_ascii=False).encode(), "application/json; charset=utf-8", modified=STAMP
    )


def num(raw: str, default: int = 1) -> int:
    return int(raw) if raw.isdigit() else default


# ====================================================================== 富川
def fuchuan(ctx: Ctx4) -> None:
    """富川瑶族自治县 (广西 贺州), ``www.gxfc.gov.cn``: Guangxi's county sites publish
    ``/xxgk/<col>/t<id>.shtml`` articles (the gxzf 集约化 family the public ``gxzf_gov_cn``
    spiders crawl); here the 信息公开 lists carry no ``href``: each row is ``<a href="javascript:
    void(0);" onclick="goDetail('…')">`` and ``goDetail`` lives in ``/js/common.js`` (sites.md
    "links without href"). The 2023 report is html; the 2022 report a PDF beside a one-line
    article; a 政策解读 of the 2023 report sits in 政策解读."""
    c = County("fuchuan", "富川瑶族自治县", "广西壮族自治区", "贺州市", "451123", "www.gxfc.gov.cn")
    col = "/xxgk/fdzdgknr/fzzfjs/"
    nav = [
        ("/", "首页"),
        ("/xwzx/fcyw/", "富川要闻"),
        (col + "index.shtml", "法治政府建设"),
        ("/xxgk/zcjd/index.shtml", "政策解读"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 5, 20), extra_head='<script src="/js/common.js"></script>')
    ctx.put(
        c,
        "/js/common.js",
        "function goDetail(p){window.open('/xxgk/' + p + '.shtml');}\n"
        "function goSearch(){document.forms[0].submit();}\n",
        ctype="application/javascript; charset=utf-8",
    )
    news = news_column(skin, "/xwzx/fcyw/", "富川要闻", 230)

    def row(it: Item) -> str:
        rel = it.path.removeprefix("/xxgk/").removesuffix(".shtml")
        return (
            f'<li><a href="javascript:void(0);" onclick="goDetail(\'{rel}\')">'
            f"{esc(it.title.replace('|', ''))}</a><span>{it.date}</span></li>"
        )

    def gcol(base: str, name: str, items: list[Item]) -> list[Item]:
        return column(
            skin,
            items,
            name,
            [("/xxgk/", "信息公开"), (base + "index.shtml", name)],
            lambda it: f"{base}t{16800000 + (it.uid - 10000) // 7919}.shtml",
            lambda n: base + ("index.shtml" if n == 1 else f"index_{n}.shtml"),
            per=15,
            row=row,
        )

    name = "富川瑶族自治县"
    r23 = ctx.new_report(
        c,
        2023,
        f"{name}人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-29 16:30",
        source=f"{name}人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, f"{name}2022年度法治政府建设工作报告", pub="2023-03-31 11:20", source=f"{name}司法局"
    )
    body = list(r22.paras)
    r22.paras = [f"现将《{r22.title}》全文公布如下(见附件)。"]
    pdf = ctx.attach(c, r22, "/uploadfiles/2023/0331/20230331112034563.pdf", "pdf", body)
    look = ctx.lookalikes_of(c, [("plan", 2024), ("notice", 2023)])
    gcol(col, "法治政府建设", [r23, r22, *look, *ctx.fillers(c, 12, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("onclick_helper_script",))
    ctx.truth_report(
        c,
        r22,
        2022,
        [{"url": c.base + pdf, "kind": "pdf", "via": c.base + r22.path, "text_layer": True}],
        kinds=("onclick_helper_script", "pdf_only"),
        body=body,
    )
    jd = ctx.lookalikes_of(c, [("interpretation", 2024)])
    gcol("/xxgk/zcjd/", "政策解读", [*jd, *ctx.fillers(c, 20, "jiedu")])
    ctx.record(c, jd)
    home(skin, [("/xwzx/fcyw/", "富川要闻", news), (col + "index.shtml", "法治政府建设", [])])


# ====================================================================== 沂南县
def yinan(ctx: Ctx4) -> None:
    """沂南县 (山东 临沂), ``www.yinan.gov.cn``: Hanweb, columns ``/col/col<id>/index.html`` and
    articles ``/art/YYYY/M/D/art_<col>_<id>.html`` (sites.md, Hanweb JCMS; Shandong's portals
    ``nyj.shandong.gov.cn/art/2023/12/2/art_59966_10301975.html`` in public code). The 信息公开
    column pages are empty shells: ``/js/xxgk_list.js`` POSTs ``colId`` (from the page's
    ``data-colid``), ``pageNo`` and ``pageSize`` to ``/module/api/articleList`` and renders the
    JSON. The 2023 report is on the first page, the 2020 report on the third; 山东省's report is
    reposted in 沂南要闻; the 县司法局's own report is in its department column (plain lists)."""
    c = County("yinan", "沂南县", "山东省", "临沂市", "371321", "www.yinan.gov.cn")
    nav = [
        ("/", "首页"),
        ("/col/col4361/index.html", "沂南要闻"),
        ("/col/col4402/index.html", "法治政府建设"),
        ("/col/col4415/index.html", "县司法局"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 6, 12))
    ctx.put(
        c,
        "/js/xxgk_list.js",
        "function loadList(n){var colId=$('#xxgk-list').data('colid');\n"
        "$.ajax({url:'/module/api/articleList',type:'POST',dataType:'json',\n"
        "data:{colId:colId,pageNo:n,pageSize:15},success:function(r){var h='';\n"
        "$.each(r.data.list,function(i,o){h+='<li><a href=\"'+o.url+'\" target=\"_blank\">'+o.title+"
        "'</a><span>'+o.date+'</span></li>';});$('#xxgk-list ul').html(h);renderPager(r.data.total,n);}});}\n"
        "$(function(){loadList(1);});\n",
        ctype="application/javascript; charset=utf-8",
    )
    lists: dict[str, list[Item]] = {}

    def art(colid: int):
        return lambda it: f"/art/{it.pub.year}/{it.pub.month}/{it.pub.day}/art_{colid}_{it.uid}.html"

    def api_col(colid: int, name: str, items: list[Item]) -> list[Item]:
        trail = [("/col/col4400/index.html", "政府信息公开"), (f"/col/col{colid}/index.html", name)]
        items = column(
            skin, items, name, trail, art(colid), lambda n: f"/col/col{colid}/list_{n}.tmp", per=15
        )
        for n in range(1, len(chunks(items, 15)) + 1):  # only the API serves the rows
            ctx.web.resources.pop((c.host, f"/col/col{colid}/list_{n}.tmp", ""))
        lists[str(colid)] = items
        shell = (
            f'{skin.crumbs(trail)}<div id="xxgk-list" data-colid="{colid}"><h2>{esc(name)}</h2><ul>'
            f'</ul><div class="pager"></div></div><script src="/js/xxgk_list.js"></script>'
        )
        skin.put(f"/col/col{colid}/index.html", skin.page(f"{name}_{skin.site_name}", shell))
        return items

    def api(req: Request) -> Resource:
        args = req.params()
        items = lists.get(args.get("colId", ""), [])
        n, size = num(args.get("pageNo", "1")), min(num(args.get("pageSize", "15"), 15), 50)
        rows = items[(n - 1) * size : n * size]
        return json_res(
            {
                "code": 0,
                "data": {
                    "total": len(items),
                    "pageNo": n,
                    "list": [
                        {"title": it.title.replace("|", ""), "url": it.path, "date": it.date} for it in rows
                    ],
                },
            }
        )

    ctx.handle(c, "/module/api/articleList", api)
    sd = ctx.higher("山东省", 2023, "党中央、国务院", "2024-04-10 15:00")
    news = publish(
        skin,
        "/col/col4361/",
        "沂南要闻",
        [("/col/col4361/index.html", "沂南要闻")],
        [sd, *ctx.news(c, 240)],
        path_fn=lambda _c, it: art(4361)(it),
    )
    ctx.record_higher(c, sd, 2023, c.base + sd.path)
    r23 = ctx.new_report(
        c,
        2023,
        "沂南县人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-28 10:00",
        source="沂南县人民政府",
    )
    r20 = ctx.new_report(
        c, 2020, "沂南县2020年法治政府建设工作报告", pub="2021-03-30 09:40", source="沂南县司法局"
    )
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("assessment", 2022), ("meeting_topic", 2023)])
    fz = api_col(4402, "法治政府建设", [r23, r20, *look, *ctx.fillers(c, 34, "disclosure", (2021, 2024))])
    ctx.record(c, look)
    for r, y in ((r23, 2023), (r20, 2020)):
        ctx.truth_report(c, r, y, html_copy(c, r), kinds=("script_file_post_api", "hanweb_art"))
    dep = ctx.department_report(c, "司法局", 2022, "2023-03-20 10:30")
    sfj = publish(
        skin,
        "/col/col4415/",
        "县司法局",
        [("/col/col4415/index.html", "县司法局")],
        [dep, *ctx.fillers(c, 15, "notice")],
        path_fn=lambda _c, it: art(4415)(it),
    )
    ctx.record_department(c, dep, 2022, c.base + dep.path)
    home(
        skin,
        [("/col/col4361/index.html", "沂南要闻", news), ("/col/col4415/index.html", "县司法局", sfj)],
        extra=f'<div class="fz"><a href="/col/col4402/index.html">法治政府建设</a> 共{len(fz)}条</div>',
    )


# ====================================================================== 珙县
def gongxian(ctx: Ctx4) -> None:
    """珙县 (四川 宜宾), ``www.gongxian.gov.cn``: a JSP site whose lists ``/xxgk/list.jsp?
    channelId=N`` answer their first page to a GET and further pages only to a POST of the
    page's ``pageForm`` (``javascript:gotoPage(n)`` sets ``pageNo`` and submits; public crawlers
    of such lists drive the form with selenium: find_string "gotoPage"). The 2021 report is on
    page 1 of 法治政府建设, the 2022 report on page 3 (the list is sorted by 排序号, not date)."""
    c = County("gongxian", "珙县", "四川省", "宜宾市", "511526", "www.gongxian.gov.cn")
    nav = [
        ("/", "首页"),
        ("/xwzx/gxyw/", "珙县要闻"),
        ("/xxgk/list.jsp?channelId=36", "法治政府建设"),
        ("/xxgk/list.jsp?channelId=12", "通知公告"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 2, 27))
    news = news_column(skin, "/xwzx/gxyw/", "珙县要闻", 220)
    chans: dict[str, tuple[str, list[Item]]] = {}
    per = 12

    def page(chan: str, n: int) -> Resource:
        name, items = chans[chan]
        pages = chunks(items, per)
        n = min(max(n, 1), len(pages))
        rows = "".join(
            f'<li><a href="{esc(it.path)}" target="_blank">{esc(it.title.replace("|", ""))}</a>'
            f"<span>{it.date}</span></li>"
            for it in pages[n - 1]
        )
        nav_links = " ".join(
            f'<a href="javascript:gotoPage({k})">{k}</a>' if k != n else f"<b>{k}</b>"
            for k in range(1, len(pages) + 1)
        )
        if n < len(pages):
            nav_links += f' <a href="javascript:gotoPage({n + 1})">下一页</a>'
        body = (
            f"{skin.crumbs([('/xxgk/', '信息公开'), (f'/xxgk/list.jsp?channelId={chan}', name)])}"
            f'<div class="list"><h2>{esc(name)}</h2><ul>{rows}</ul><div class="page">共{len(items)}条 '
            f"第{n}/{len(pages)}页 {nav_links}</div>"
            f'<form id="pageForm" name="pageForm" method="post" action="/xxgk/list.jsp">'
            f'<input type="hidden" name="channelId" value="{chan}"><input type="hidden" name="pageNo" '
            f'value="{n}"></form><script>function gotoPage(n){{var f=document.getElementById('
            f"'pageForm');f.pageNo.value=n;f.submit();}}</script></div>"
        )
        return Resource(ctx.icp(c.host, skin.page(f"{name}_{skin.site_name}", body)).encode(), modified=STAMP)

    def handler(req: Request) -> Resource:
        args = req.params()
        chan = args.get("channelId", "")
        if chan not in chans:
            return Resource(b"<h1>404</h1>", status=404)
        return page(chan, num(args.get("pageNo", "1")) if req.method == "POST" else 1)

    ctx.handle(c, "/xxgk/list.jsp", handler)

    def chan(cid: str, name: str, items: list[Item], order=None) -> list[Item]:
        for it in items:
            it.uid = it.uid or ctx.uid()
            it.path = f"/xxgk/content.jsp?id={it.uid}&channelId={cid}"
        items = order(items) if order else sorted(items, key=lambda d: d.pub, reverse=True)
        write_items(skin, items, name, [("/xxgk/", "信息公开"), (f"/xxgk/list.jsp?channelId={cid}", name)])
        chans[cid] = (name, items)
        return items

    r22 = ctx.new_report(
        c,
        2022,
        "珙县人民政府关于2022年法治政府建设工作情况的报告",
        pub="2023-03-29 15:10",
        source="珙县人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "珙县2021年度法治政府建设情况报告", pub="2022-03-31 09:45", source="珙县司法局"
    )
    look = ctx.lookalikes_of(c, [("plan", 2022), ("demo_news", 2022)])
    fill = ctx.fillers(c, 30, "disclosure", (2019, 2024))

    def by_rank(items: list[Item]) -> list[Item]:  # 排序号: r21 and fillers first, r22 on page 3
        rest = [it for it in items if it is not r22]
        return [*rest[:26], r22, *rest[26:]]

    fz = chan("36", "法治政府建设", [r21, *look, *fill, r22], by_rank)
    ctx.record(c, look)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("post_form_pager", "later_list_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("post_form_pager",))
    tz = chan("12", "通知公告", [*ctx.lookalikes_of(c, [("notice", 2023)]), *ctx.fillers(c, 40, "notice")])
    ctx.record(c, [it for it in tz if it.kind == "lookalike"])
    home(skin, [("/xwzx/gxyw/", "珙县要闻", news), ("/xxgk/list.jsp?channelId=36", "法治政府建设", fz[:5])])


# ====================================================================== 泸西县
class GbkSkin(Skin):
    css = "php"
    encoding = "gbk"


def luxi(ctx: Ctx4) -> None:
    """泸西县 (云南 红河), ``www.hhlx.gov.cn``: an old GBK PHP (DESTOON-like) site with
    ``/news/list.php?catid=N&page=M`` lists and ``/news/show.php?itemid=N`` articles (sites.md
    "old ASP/PHP sites … GB2312"). The 2022 report is on the second page of 通知公告; the 2021
    report was posted only as a Word 97 ``.doc`` (needs a .doc reader: not findable)."""
    c = County("luxi", "泸西县", "云南省", "红河哈尼族彝族自治州", "532527", "www.hhlx.gov.cn")
    nav = [
        ("/", "首页"),
        ("/news/list.php?catid=3", "泸西新闻"),
        ("/news/list.php?catid=7", "通知公告"),
        ("/news/list.php?catid=9", "政务公开"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2023, 5, 4), skin=GbkSkin)
    art = lambda it: f"/news/show.php?itemid={(it.uid - 10000) // 7919 + 3000}"  # noqa: E731

    def cat(cid: int, name: str, items: list[Item]) -> list[Item]:
        return column(
            skin,
            items,
            name,
            [(f"/news/list.php?catid={cid}", name)],
            art,
            lambda n: f"/news/list.php?catid={cid}" + (f"&page={n}" if n > 1 else ""),
            per=20,
        )

    news = cat(3, "泸西新闻", ctx.news(c, 200))
    r22 = ctx.new_report(
        c,
        2022,
        "泸西县人民政府关于2022年度法治政府建设情况的报告",
        pub="2023-03-27 10:00",
        source="泸西县人民政府办公室",
    )
    look = ctx.lookalikes_of(c, [("gov_work_report", 2022), ("notice", 2022)])
    tz = cat(7, "通知公告", [r22, *look, *ctx.fillers(c, 35, "notice", (2023, 2023))])
    ctx.record(c, look)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("gbk_php", "later_list_page"))
    r21 = ctx.new_report(
        c, 2021, "泸西县2021年法治政府建设工作报告", pub="2022-04-06 16:20", source="泸西县司法局"
    )
    body = list(r21.paras)
    r21.paras = ["泸西县2021年法治政府建设工作报告(详见附件)"]
    doc = ctx.attach(c, r21, "/file/upload/202204/06/162011851.doc", "doc", body)
    zw = cat(9, "政务公开", [r21, *ctx.fillers(c, 25, "disclosure")])
    ctx.truth_report(
        c,
        r21,
        2021,
        [
            {
                "url": c.base + doc,
                "kind": "doc",
                "via": c.base + r21.path,
                "text_layer": True,
                "findable": False,
            }
        ],
        kinds=("gbk_php", "doc_needs_reader"),
        body=body,
    )
    ctx.put(c, doc, ctx.web.resources[(c.host, doc, "")].body, ctype="application/msword", modified=r21.pub)
    home(
        skin,
        [
            ("/news/list.php?catid=3", "泸西新闻", news),
            ("/news/list.php?catid=7", "通知公告", tz),
            ("/news/list.php?catid=9", "政务公开", zw),
        ],
    )


# ====================================================================== 阳曲县
def yangqu(ctx: Ctx4) -> None:
    """阳曲县 (山西 太原), ``www.yangqu.gov.cn``: the Taiyuan platform's ``/doc/YYYY/MM/DD/<id>.shtml``
    articles (public code: ``https://www.taiyuan.gov.cn/doc/2021/06/01/1096237.shtml``) and
    ``index.shtml``/``index_2.shtml`` lists. The root is a ``<frameset>`` whose one frame is
    ``/main.shtml`` (sites.md "frames"); 法治政府建设 holds the 2023 report, whose page answers 503
    the first time (a misbehaving server), and the 2022 report with a PDF copy."""
    c = County("yangqu", "阳曲县", "山西省", "太原市", "140122", "www.yangqu.gov.cn")
    col = "/zfxxgk/fdzdgknr/fzzfjs/"
    nav = [
        ("/main.shtml", "首页"),
        ("/xwzx/yqyw/index.shtml", "阳曲要闻"),
        (col + "index.shtml", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 4, 1))
    art = lambda it: f"/doc/{it.pub:%Y/%m/%d}/{1090000 + (it.uid - 10000) // 7919}.shtml"  # noqa: E731

    def col_of(base: str, name: str, items: list[Item]) -> list[Item]:
        return column(
            skin,
            items,
            name,
            [(base + "index.shtml", name)],
            art,
            lambda n: base + ("index.shtml" if n == 1 else f"index_{n}.shtml"),
        )

    news = col_of("/xwzx/yqyw/", "阳曲要闻", ctx.news(c, 240))
    r23 = ctx.new_report(
        c,
        2023,
        "阳曲县人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-30 11:15",
        source="阳曲县人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "阳曲县2022年度法治政府建设工作报告", pub="2023-03-28 16:40", source="阳曲县司法局"
    )
    for it in (r22,):
        it.uid = ctx.uid()
    pdf = ctx.attach(c, r22, f"/uploadfiles/202303/28/{r22.uid}.pdf", "pdf", r22.paras)
    look = ctx.lookalikes_of(c, [("plan", 2023), ("xxgk_annual", 2023)])
    fz = col_of(col, "法治政府建设", [r23, r22, *look, *ctx.fillers(c, 10, "disclosure")])
    ctx.record(c, look)
    ctx.flag_flaky(c, r23.path)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("frameset_home", "flaky_503"))
    ctx.truth_report(
        c,
        r22,
        2022,
        [
            *html_copy(c, r22),
            {"url": c.base + pdf, "kind": "pdf", "via": c.base + r22.path, "text_layer": True},
        ],
        kinds=("frameset_home", "html_and_pdf"),
    )
    home(skin, [("/xwzx/yqyw/index.shtml", "阳曲要闻", news), (col + "index.shtml", "法治政府建设", fz)])
    main = ctx.web.resources[(c.host, "/index.html", "")]
    ctx.web.resources[(c.host, "/main.shtml", "")] = main
    frames = (
        '<html><head><meta charset="utf-8"><title>阳曲县人民政府</title></head>'
        '<frameset rows="*" frameborder="0"><frame src="/main.shtml" name="main">'
        "<noframes><body>您的浏览器不支持框架。</body></noframes></frameset></html>"
    )
    for path in ("/", "/index.html"):
        ctx.put(c, path, frames)


# ====================================================================== 天府新区
def tianfu(ctx: Ctx4) -> None:
    """四川天府新区 (成都), ``www.cdtf.gov.cn``: a 新区 administration (管委会) whose portal is a
    front end over a CMS API: the 公开 column page calls ``fetch('/api/cms/article/page?
    channelId=…&pageNum=1&pageSize=10')`` inline and renders ``data.records`` (sites.md "lists
    that scripts fetch from a JSON API"; titles "XX经济开发区管委会2022年度…"). Both reports are
    in 法治政府建设 (the 2022 one on the API's second page)."""
    c = County("tianfu", "四川天府新区", "四川省", "成都市", "510100", "www.cdtf.gov.cn")
    nav = [("/", "首页"), ("/cdtf/c100/xwzx.shtml", "新区要闻"), ("/cdtf/c140/gk.shtml", "法治政府建设")]
    skin = open_site(ctx, c, nav, dt.date(2024, 6, 6))
    chans: dict[str, list[Item]] = {}

    def api(req: Request) -> Resource:
        args = req.params()
        items = chans.get(args.get("channelId", ""), [])
        n, size = num(args.get("pageNum", "1")), min(num(args.get("pageSize", "10"), 10), 50)
        rows = items[(n - 1) * size : n * size]
        return json_res(
            {
                "code": 200,
                "msg": "success",
                "data": {
                    "total": len(items),
                    "current": n,
                    "records": [
                        {"title": it.title.replace("|", ""), "url": it.path, "publishTime": it.date}
                        for it in rows
                    ],
                },
            }
        )

    ctx.handle(c, "/api/cms/article/page", api)

    def chan(cid: int, page: str, name: str, items: list[Item]) -> list[Item]:
        items = column(
            skin,
            items,
            name,
            [(page, name)],
            lambda it: f"/cdtf/c{cid}/{it.pub:%Y-%m/%d}/content_{it.uid}.shtml",
            lambda n: f"/cdtf/c{cid}/list_{n}.tmp",
            per=10,
        )
        for n in range(1, len(chunks(items, 10)) + 1):
            ctx.web.resources.pop((c.host, f"/cdtf/c{cid}/list_{n}.tmp", ""))
        chans[str(cid)] = items
        script = (
            "<script>function load(n){fetch('/api/cms/article/page?channelId="
            + str(cid)
            + "&pageNum=1&pageSize=10'.replace('pageNum=1','pageNum='+n)).then(r=>r.json())"
            ".then(j=>{document.querySelector('#list').innerHTML=j.data.records.map(o=>'<li><a href=\"'"
            "+o.url+'\">'+o.title+'</a><span>'+o.publishTime+'</span></li>').join('');});}load(1);</script>"
        )
        body = (
            f'{skin.crumbs([(page, name)])}<div class="list"><h2>{esc(name)}</h2><ul id="list"></ul>'
            f'<div id="pager"></div></div>{script}'
        )
        skin.put(page, skin.page(f"{name}_{skin.site_name}", body))
        return items

    news = chan(100, "/cdtf/c100/xwzx.shtml", "新区要闻", ctx.news(c, 180))
    r23 = ctx.new_report(
        c,
        2023,
        "四川天府新区成都管委会2023年度法治政府建设工作报告",
        pub="2024-03-29 18:00",
        source="四川天府新区成都管委会",
    )
    r22 = ctx.new_report(
        c,
        2022,
        "四川天府新区成都直管区2022年法治政府建设情况报告",
        pub="2023-03-31 10:30",
        source="四川天府新区成都管委会党政办公室",
    )
    look = ctx.lookalikes_of(c, [("plan", 2023), ("shufa", 2022), ("assessment", 2023)])
    fz = chan(
        140,
        "/cdtf/c140/gk.shtml",
        "法治政府建设",
        [r23, *look, *ctx.fillers(c, 9, "disclosure", (2023, 2024)), r22],
    )
    ctx.record(c, look)
    for r, y in ((r23, 2023), (r22, 2022)):
        ctx.truth_report(c, r, y, html_copy(c, r), kinds=("fetch_json_api", "development_zone"))
    boxes = [("/cdtf/c100/xwzx.shtml", "新区要闻", news), ("/cdtf/c140/gk.shtml", "法治政府建设", fz)]
    home(skin, [(href, label, []) for href, label, _ in boxes])


# ====================================================================== 阿克苏地区 → 乌什县
def akesu(ctx: Ctx4) -> None:
    """阿克苏地区 (新疆) portal ``www.aks.gov.cn``, seeded, whose page 县市政府网站 lists its
    counties' sites; 乌什县 (``www.wushi.gov.cn``) is in no seed row and is linked only there
    (sites.md: a prefecture portal's county list; the ``gov_sites`` discovery this measures).
    乌什县 is a TRS site whose 政务公开 → 法治政府建设 holds its 2023 and 2022 reports beside a
    示范创建 news item; 新疆's public spider list in the code corpus names ``xinjiang_gov_cn``."""
    city = County("akesu", "阿克苏地区", "新疆维吾尔自治区", "", "652900", "www.aks.gov.cn")
    ws = County(
        "wushi", "乌什县", "新疆维吾尔自治区", "阿克苏地区", "652927", "www.wushi.gov.cn", seeded=False
    )
    cskin = open_site(
        ctx,
        city,
        [("/", "首页"), ("/xwzx/aksyw/", "阿克苏要闻"), ("/xsxx/", "县市政府网站")],
        dt.date(2024, 7, 8),
    )
    cnews = news_column(cskin, "/xwzx/aksyw/", "阿克苏要闻", 150)
    counties = [
        ("阿克苏市", "www.akss.gov.cn"),
        ("库车市", "www.xjkc.gov.cn"),
        ("温宿县", "www.wensu.gov.cn"),
        ("沙雅县", "www.xysy.gov.cn"),
        ("新和县", "www.xinhe.gov.cn"),
        ("拜城县", "www.baicheng.gov.cn"),
        ("乌什县", ws.host),
        ("阿瓦提县", "www.awt.gov.cn"),
        ("柯坪县", "www.kalpin.gov.cn"),
    ]
    rows = "".join(
        f'<li><a href="http://{host}/" target="_blank">{n}人民政府</a></li>' for n, host in counties
    )
    cskin.put(
        "/xsxx/index.html",
        cskin.page(
            "县市政府网站_阿克苏地区行政公署",
            f'{cskin.crumbs([("/xsxx/", "县市政府网站")])}<ul class="xs">{rows}</ul>',
        ),
    )
    home(cskin, [("/xwzx/aksyw/", "阿克苏要闻", cnews)])
    skin = open_site(
        ctx,
        ws,
        [("/", "首页"), ("/xwzx/wsyw/", "乌什要闻"), ("/zwgk/fzzfjs/", "法治政府建设")],
        dt.date(2024, 7, 8),
        seeded=False,
    )
    news = news_column(skin, "/xwzx/wsyw/", "乌什要闻", 160)
    r23 = ctx.new_report(
        ws,
        2023,
        "乌什县人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-27 12:30",
        source="乌什县人民政府",
    )
    r22 = ctx.new_report(
        ws, 2022, "乌什县2022年法治政府建设工作报告", pub="2023-03-30 13:10", source="乌什县司法局"
    )
    look = ctx.lookalikes_of(ws, [("demo_news", 2023), ("plan", 2022)])
    trail = [("/zwgk/", "政务公开"), ("/zwgk/fzzfjs/", "法治政府建设")]
    fz = publish(
        skin, "/zwgk/fzzfjs/", "法治政府建设", trail, [r23, r22, *look, *ctx.fillers(ws, 11, "disclosure")]
    )
    ctx.record(ws, look)
    for r, y in ((r23, 2023), (r22, 2022)):
        ctx.truth_report(ws, r, y, html_copy(ws, r), kinds=("unseeded_county_via_city_list",))
    home(skin, [("/xwzx/wsyw/", "乌什要闻", news), ("/zwgk/fzzfjs/", "法治政府建设", fz)])
