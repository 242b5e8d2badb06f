"""Blind20 sites whose lists or documents need a mechanism no earlier blind web has: a 常德
district whose list API answers zlib-deflated, base64-encoded JSON that the page's script
inflates with ``pako.inflate(atob(…), {to: "string"})``; a 常德 county whose static list pages
write their rows with a script packed by Dean Edwards' packer (``eval(function(p,a,c,k,e,d)…``);
a 常德 county whose columns fetch one static JSON file per page by a path the script builds
(``"/data/col/" + colId + "/list_" + page + ".json"``); a 桂林 county whose article bodies are
written by ``document.write(unescape("%u…"))`` (JavaScript ``escape()`` form); and (ordinary for
its family) a 桂林 county on EmpireCMS whose 法治政府建设 专栏 lists rows only through JS 调用
files.

Every site's docstring names the real evidence it follows and what is assumed.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import math
import re
import zlib

from ..blind.core import paras_html
from ..blind.sites_a import home, index_page, publish
from ..blind2.core import news_column, open_site
from ..blind4.sites_a import InfoSkin
from ..model import Request, Resource
from .core import STAMP, County, Ctx20, Item, assign, esc, html_copy, newer, num, write_items

__all__ = ["dingcheng", "lingchuan", "lixian", "taoyuan", "xingan"]


def _h(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def _json(data: object, status: int = 200) -> Resource:
    return Resource(
        json.dumps(data, ensure_ascii=False).encode(),
        "application/json;charset=UTF-8",
        status=status,
        modified=STAMP,
    )


def _header(req: Request, name: str) -> str:
    return next((v for k, v in req.headers.items() if k.lower() == name.lower()), "")


JS_ROW = "document.write(\"<li><a href='{0}' target=_blank title='{1}'>{1}</a> <span>{2}</span></li>\");\n"


def js_escape(s: str) -> str:
    """What JavaScript's ``escape()`` gives: ``%XX`` below 256, ``%uXXXX`` above, and the
    characters ``A-Za-z0-9@*_+-./`` as they are."""
    keep = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@*_+-./")
    return "".join(
        ch if ch in keep else (f"%{ord(ch):02X}" if ord(ch) < 256 else f"%u{ord(ch):04X}") for ch in s
    )


def deflate_b64(plain: str) -> str:
    """zlib-deflate then base64: what ``pako.inflate(atob(s), {to: "string"})`` undoes."""
    return base64.b64encode(zlib.compress(plain.encode("utf-8"))).decode()


B62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
PACKER = (
    "eval(function(p,a,c,k,e,d){{e=function(c){{return(c<a?'':e(parseInt(c/a)))+((c=c%a)>35?"
    "String.fromCharCode(c+29):c.toString(36))}};if(!''.replace(/^/,String)){{while(c--)d[e(c)]=k[c]||e(c);"
    "k=[function(e){{return d[e]}}];e=function(){{return'\\\\w+'}};c=1}};while(c--)if(k[c])p=p.replace("
    "new RegExp('\\\\b'+e(c)+'\\\\b','g'),k[c]);return p}}('{p}',{a},{c},'{k}'.split('|'),0,{{}}))"
)
WORD = re.compile(r"\b\w+\b", re.ASCII)


def packer_code(c: int, a: int = 62) -> str:
    """The packer's ``e(c)``: base ``a`` with digits ``0-9a-z`` then ``A-Z``."""
    return ("" if c < a else packer_code(c // a, a)) + B62[c % a]


def pack(src: str) -> str:
    """Dean Edwards' packer (base 62): every ASCII word of ``src`` replaced by its index in a
    dictionary sorted by frequency, wrapped in the ``eval(function(p,a,c,k,e,d){…})`` that
    undoes it."""
    words = WORD.findall(src)
    order = sorted(dict.fromkeys(words), key=lambda w: -words.count(w))
    codes = {w: packer_code(i) for i, w in enumerate(order)}
    body = WORD.sub(lambda m: codes[m.group()], src).replace("\\", "\\\\").replace("'", "\\'")
    return PACKER.format(p=body, a=62, c=len(order), k="|".join(order))


def sign_of(params: dict[str, str], ts: str, salt: str) -> str:
    """md5 of ``k=v&…`` over the sorted parameters, then the timestamp, then the salt."""
    s = "&".join(f"{k}={params[k]}" for k in sorted(params))
    return hashlib.md5((s + ts + salt).encode()).hexdigest()


# ====================================================================== 鼎城区 (deflated list API)
YD_COLS = {"24017": "通知公告", "24031": "法治政府建设", "24002": "鼎城要闻"}
YD_PER = 15


def dingcheng(ctx: Ctx20) -> None:
    """鼎城区 (湖南 常德), ``www.dingcheng.gov.cn``: Hanweb-shaped URLs (``/col/col<id>/index.html``
    columns, ``/art/<Y>/<m>/<d>/art_<col>_<id>.html`` articles: the 湖南 集约化 platform's shapes,
    sites.md), but the column pages are shells whose script asks ``/api/cms/articleList`` for
    ``{channelId, pageNo, pageSize}`` and gets ``{"code":200,"data":"<base64>"}``: the rows are
    zlib-deflated JSON, base64-encoded, which ``JSON.parse(pako.inflate(atob(res.data), {to:
    "string"}))`` turns into ``{"totalPage","list":[{"title","url","pubDate"}]}``. Evidence:
    public front-end code inflating base64 answers so (``pako.inflate(this.decodeData(data), {to:
    "string"})`` with ``atob``; ``JSON.parse(pako.inflate(ua, {to: 'string'}))``); that 鼎城区's
    lists are deflated, the endpoint and fields are assumed. The 2024 report is on API page 3 of
    通知公告; the 2022 report in 法治政府建设 beside a 实施方案 and a 述法报告."""
    c = County("dingcheng", "鼎城区", "湖南省", "常德市", "430703", "www.dingcheng.gov.cn", scheme="https")
    nav = [("/", "首页"), *((f"/col/col{k}/index.html", n) for k, n in YD_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 20), skin=InfoSkin)
    r24 = ctx.new_report(
        c,
        2024,
        "鼎城区人民政府关于2024年度法治政府建设工作情况的报告",
        pub="2025-03-27 10:15",
        source="鼎城区人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "鼎城区2022年法治政府建设年度报告", pub="2023-03-29 15:30", source="鼎城区司法局"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("xxgk_annual", 2024)])
    look = ctx.lookalikes_of(c, [("plan", 2023), ("shufa", 2023), ("meeting", 2022)])
    cols: dict[str, list[Item]] = {
        "24017": [*newer(ctx, c, r24, 32, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 22, "notice")],
        "24031": [r22, *look, *ctx.fillers(c, 12, "disclosure")],
        "24002": ctx.news(c, 260),
    }
    for k, items in cols.items():
        cols[k] = assign(
            ctx,
            items,
            lambda it, k=k: f"/art/{it.pub.year}/{it.pub.month}/{it.pub.day}/art_{k}_{it.uid}.html",
        )
        trail = [(f"/col/col{k}/index.html", YD_COLS[k])]
        write_items(skin, cols[k], YD_COLS[k], trail)
        script = (
            '<script src="/js/pako.min.js"></script><script>\n'
            'function unzip(s) { return pako.inflate(atob(s), { to: "string" }); }\n'
            "function getList(pageNo) {\n"
            '  $.getJSON("/api/cms/articleList", '
            f'{{ channelId: "{k}", pageNo: pageNo, pageSize: {YD_PER} }}, '
            "function (res) {\n"
            '    var d = JSON.parse(unzip(res.data)); var h = "";\n'
            "    for (var i = 0; i < d.list.length; i++) { h += '<li><a href=\"' + d.list[i].url + "
            "'\" target=\"_blank\">' + d.list[i].title + '</a><span>' + d.list[i].pubDate + "
            "'</span></li>'; }\n"
            '    $("#list").html(h); var p = "";\n'
            "    for (var j = 1; j <= d.totalPage; j++) "
            "{ p += '<a href=\"javascript:getList(' + j + ')\">' + j + '</a>'; }\n"
            '    $("#page").html(p); });\n}\n'
            "$(function () { getList(1); });</script>"
        )
        body = (
            f'{skin.crumbs(trail)}<div class="lb-list"><h2>{esc(YD_COLS[k])}</h2><ul id="list"></ul>'
            '<div id="page" class="page"></div></div><script '
            f'src="/js/jquery-1.12.4.min.js"></script>{script}'
        )
        skin.put(f"/col/col{k}/index.html", skin.page(f"{YD_COLS[k]}_{skin.site_name}", body))
    assert 2 * YD_PER <= cols["24017"].index(r24) < 3 * YD_PER
    ctx.put(c, "/js/jquery-1.12.4.min.js", "/*! jQuery v1.12.4 */", ctype="application/javascript")
    ctx.put(c, "/js/pako.min.js", "/*! pako 2.1.0 */", ctype="application/javascript")

    def api(req: Request) -> Resource:
        qs = req.params()
        items = cols.get(qs.get("channelId", ""))
        if items is None:
            return _json({"code": 500, "msg": "栏目不存在", "data": None})
        size = max(1, min(num(qs.get("pageSize", ""), YD_PER), 50))
        pages = max(1, math.ceil(len(items) / size))
        page = max(1, num(qs.get("pageNo", ""), 1))
        rows = [
            {"title": it.title.replace("|", ""), "url": it.path, "pubDate": it.date}
            for it in items[(page - 1) * size : page * size]
        ]
        plain = json.dumps({"total": len(items), "totalPage": pages, "list": rows}, ensure_ascii=False)
        return _json({"code": 200, "msg": "success", "data": deflate_b64(plain)})

    ctx.handle(c, "/api/cms/articleList", api)
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("deflate_list_api", "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("deflate_list_api",))
    home(skin, [(f"/col/col{k}/index.html", n, []) for k, n in YD_COLS.items()])


# ====================================================================== 澧县 (packed list scripts)
DF_COLS = {
    "tzgg": ("通知公告", "1005"),
    "fzzfjs": ("法治政府建设", "1012"),
    "dfyw": ("澧县要闻", "1001"),
    "bmdt": ("部门动态", "1020"),
}
DF_PER = 12


def lixian(ctx: Ctx20) -> None:
    """澧县 (湖南 常德), ``www.lixian.gov.cn``: its columns ``/xxgk/<col>/index.html``,
    ``index_1.html`` … are static pages with a plain pager, but each page's rows are written by
    one inline script packed with Dean Edwards' packer (``eval(function(p,a,c,k,e,d){…}('…',62,
    N,'…'.split('|'),0,{}))``): unpacked it is ``var list=[[url,title,date],…]; for (…)
    document.write("<li><a href=\\""+list[i][0]+…)``, so no row's URL appears in the page as
    text. Evidence: packed scripts of this exact form served inside pages and script files
    (unpackers for ``eval(function(p,a,c,k,e,d)`` in public crawlers and scrapers, which read
    the payload, radix, count and ``'…'.split('|')`` dictionary without running it); that 澧县's
    CMS packs its list rows, and the row script, are assumed. The 2023 report is on page 3 of
    通知公告; the 2021 report and 湖南省's reposted 2022 report in 法治政府建设; the 县司法局's report
    in 部门动态."""
    c = County("lixian", "澧县", "湖南省", "常德市", "430723", "www.lixian.gov.cn")
    nav = [("/", "首页"), *((f"/xxgk/{k}/index.html", n) for k, (n, _i) in DF_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2024, 11, 8), skin=InfoSkin)
    r23 = ctx.new_report(
        c,
        2023,
        "常德市澧县人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-28 16:40",
        source="澧县人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "澧县2021年度法治政府建设工作报告", pub="2022-03-30 09:10", source="澧县司法局"
    )
    js = ctx.higher("湖南省", 2022, "党中央、国务院", "2023-03-31 10:00")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-26 14:30")
    notes = ctx.lookalikes_of(c, [("notice", 2024), ("text_interp", 2024)])
    look = ctx.lookalikes_of(c, [("gov_work_report", 2022), ("assessment", 2022), ("duty_report", 2023)])
    cols: dict[str, list[Item]] = {
        "tzgg": [*newer(ctx, c, r23, 27, "notice", skin.clock), r23, *notes, *ctx.fillers(c, 20, "notice")],
        "fzzfjs": [r21, js, *look, *ctx.fillers(c, 10, "disclosure")],
        "dfyw": ctx.news(c, 240),
        "bmdt": [dep, *ctx.fillers(c, 15, "disclosure")],
    }
    for k, items in cols.items():
        name, _cid = DF_COLS[k]
        cols[k] = assign(ctx, items, lambda it, k=k: f"/xxgk/{k}/{it.pub:%Y%m}/{_h(str(it.uid))[:32]}.html")
        trail = [("/xxgk/index.html", "信息公开"), (f"/xxgk/{k}/index.html", name)]
        write_items(skin, cols[k], name, trail)
        pages = max(1, math.ceil(len(cols[k]) / DF_PER))
        for n in range(pages):
            chunk = cols[k][n * DF_PER : (n + 1) * DF_PER]
            rows = [[it.path, it.title.replace("|", ""), it.date] for it in chunk]
            src = (
                f"var list={json.dumps(rows, ensure_ascii=False, separators=(',', ':'))};"
                'for(var i=0;i<list.length;i++){document.write("<li><a href=\\""+list[i][0]+'
                '"\\" target=\\"_blank\\">"+list[i][1]+"</a><span>"+list[i][2]+"</span></li>");}'
            )
            names = ["index.html", *(f"index_{m}.html" for m in range(1, pages))]
            page_name = names[n]
            pager = " ".join(
                f"<span>{m + 1}</span>" if m == n else f'<a href="{names[m]}">{m + 1}</a>'
                for m in range(pages)
            )
            body = (
                f'{skin.crumbs(trail)}<div class="xxgk-list"><h2>{esc(name)}</h2><ul class="artList">'
                f'<script type="text/javascript">{pack(src)}</script></ul>'
                f'<div class="pager">共{len(cols[k])}条 {pager}</div></div>'
            )
            skin.put(f"/xxgk/{k}/{page_name}", skin.page(f"{name}-{skin.site_name}", body))
    assert cols["tzgg"].index(r23) >= 2 * DF_PER
    ctx.record(c, [*notes, *look])
    ctx.record_higher(c, js, 2022, c.base + js.path)
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("packed_js_list", "later_list_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("packed_js_list", "higher_repost"))
    index_page(
        skin,
        "/xxgk/index.html",
        "信息公开",
        [("/xxgk/index.html", "信息公开")],
        [(f"/xxgk/{k}/index.html", n, []) for k, (n, _i) in DF_COLS.items()],
    )
    home(skin, [(f"/xxgk/{k}/index.html", n, []) for k, (n, _i) in DF_COLS.items()])


# ====================================================================== 灵川县 (EmpireCMS JS 调用)
SZ_CLASSES = {"12": "年度报告", "13": "工作动态"}
JS_ROW = "document.write(\"<li><a href='{0}' target=_blank title='{1}'>{1}</a> <span>{2}</span></li>\");\n"


def lingchuan(ctx: Ctx20) -> None:
    """灵川县 (广西 桂林), ``www.lcxzf.gov.cn``: an EmpireCMS (帝国CMS) site whose
    法治政府建设 专栏 ``/ztzl/fzzfjs/`` has no list of its own: each box is a JS 调用,
    ``<ul><script src='/d/js/class/class<classid>_newnews.js'></script></ul>``, a script file that
    ``document.write``s the class's newest rows (``<li><a href='/ztzl/fzzfjs/<Y-m-d>/<id>.html'
    …>``); no HTML page links the rows, and the class has no ``list.php`` page linked anywhere.
    Evidence: public EmpireCMS templates calling lists this way (``<ul><script
    src='/d/js/class/class<?=$ecms_gr[classid]?>_newnews.js'></script></ul>``, ``…_firstnews.js``,
    ``…_goodnews.js``; an app reading ``https://www.cqcb.com/d/js/class/class%@_firstnews.js``);
    that 灵川县's 专栏 is built so, the class ids and the row markup are assumed. The 2024 report is in
    the 年度报告 box beside a 实施方案 and a 解读; the 2022 report is an ordinary article in
    通知公告 among notices."""
    c = County("lingchuan", "灵川县", "广西壮族自治区", "桂林市", "450323", "www.lcxzf.gov.cn")
    gk = "/zwgk/"
    nav = [
        ("/", "首页"),
        ("/xwzx/szyw/", "灵川县要闻"),
        (gk + "tzgg/", "通知公告"),
        ("/ztzl/fzzfjs/", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 5), skin=InfoSkin)
    news = news_column(skin, "/xwzx/szyw/", "灵川县要闻", 270)
    r24 = ctx.new_report(
        c,
        2024,
        "灵川县2024年法治政府建设年度报告",
        pub="2025-03-27 11:30",
        source="灵川县人民政府",
    )
    r22 = ctx.new_report(
        c,
        2022,
        "灵川县人民政府关于2022年度法治政府建设情况的报告",
        pub="2023-03-29 14:20",
        source="灵川县人民政府",
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
        [("/xwzx/szyw/", "灵川县要闻", news), (gk + "tzgg/", "通知公告", tz)],
        extra='<div class="ztzl"><a href="/ztzl/fzzfjs/" title="法治政府建设专栏">法治政府建设专栏</a></div>',
    )


# ====================================================================== 桃源县 (static JSON page files)
FN_COLS = {"tzgg": ("通知公告", 31), "fzzfjs": ("法治政府建设", 46), "fnyw": ("桃源要闻", 12)}
FN_PER = 15


def taoyuan(ctx: Ctx20) -> None:
    """桃源县 (湖南 常德), ``www.taoyuan.gov.cn``: its columns ``/fnxzf/<col>/index.html`` are
    shells whose script fetches static JSON files, one per page, whose path it builds by
    concatenation: ``$.getJSON("/data/col/" + colId + "/list_" + page + ".json", …)`` with ``var
    colId = "<id>", pageCount = N;`` written in the page; each file is ``{"page","pageCount",
    "total","list":[{"title","url","date"}]}``, and the pager is drawn from ``pageCount``. No
    ``list_<n>.json`` appears whole in any page. Evidence: the public front-end code that reads
    中国政府网's static feed file ``https://www.gov.cn/pushinfo/v150203/pushinfo.jsonp`` (a static
    file, not an API, rendered into ``<a href="${item.link}">``); the per-page file names, the
    path template and the fields are assumed. The 2024 report is in file 2 of 通知公告 beside a
    notice about it; the 2022 report in 法治政府建设 beside a 解读 and a 考核 通报."""
    c = County("taoyuan", "桃源县", "湖南省", "常德市", "430725", "www.taoyuan.gov.cn")
    nav = [("/", "首页"), *((f"/fnxzf/{k}/index.html", n) for k, (n, _i) in FN_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 22))
    r24 = ctx.new_report(
        c, 2024, "桃源县2024年度法治政府建设情况报告", pub="2025-03-26 11:00", source="桃源县人民政府"
    )
    r22 = ctx.new_report(
        c,
        2022,
        "桃源县人民政府关于2022年法治政府建设工作的报告",
        pub="2023-03-30 17:05",
        source="桃源县人民政府",
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("meeting", 2025)])
    look = ctx.lookalikes_of(c, [("interpretation", 2023), ("assessment", 2023), ("plan", 2021)])
    cols: dict[str, list[Item]] = {
        "tzgg": [*newer(ctx, c, r24, 18, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 26, "notice")],
        "fzzfjs": [r22, *look, *ctx.fillers(c, 11, "disclosure")],
        "fnyw": ctx.news(c, 250),
    }
    for k, items in cols.items():
        name, cid = FN_COLS[k]
        cols[k] = assign(
            ctx, items, lambda it, k=k: f"/fnxzf/{k}/{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid}.html"
        )
        trail = [(f"/fnxzf/{k}/index.html", name)]
        write_items(skin, cols[k], name, trail)
        pages = max(1, math.ceil(len(cols[k]) / FN_PER))
        for n in range(1, pages + 1):
            recs = [
                {"title": it.title.replace("|", ""), "url": it.path, "date": it.date}
                for it in cols[k][(n - 1) * FN_PER : n * FN_PER]
            ]
            data = {"page": n, "pageCount": pages, "total": len(cols[k]), "list": recs}
            ctx.put(
                c,
                f"/data/col/{cid}/list_{n}.json",
                json.dumps(data, ensure_ascii=False),
                ctype="application/json; charset=utf-8",
            )
        script = (
            "<script>\n"
            f'var colId = "{cid}", pageCount = {pages};\n'
            "function loadPage(page) {\n"
            '  $.getJSON("/data/col/" + colId + "/list_" + page + ".json", function (d) {\n'
            '    var h = "";\n'
            "    $.each(d.list, function (i, r) { h += '<li><a href=\"' + r.url + '\" target=\"_blank\">' "
            "+ r.title + '</a><span>' + r.date + '</span></li>'; });\n"
            '    $("#listBox").html(h); var p = "";\n'
            "    for (var j = 1; j <= pageCount; j++) { p += '<a href=\"javascript:loadPage(' + j + ')\">' "
            "+ j + '</a>'; }\n"
            '    $("#pageBar").html(p);\n  });\n}\n$(function () { loadPage(1); });</script>'
        )
        body = (
            f'{skin.crumbs(trail)}<div class="list-wrap"><h2>{esc(name)}</h2><ul '
            'id="listBox">正在加载…</ul><div id="pageBar" class="pager"></div></div>'
            f'<script src="/js/jquery-1.8.3.min.js"></script>{script}'
        )
        skin.put(f"/fnxzf/{k}/index.html", skin.page(f"{name}_{skin.site_name}", body))
    assert cols["tzgg"].index(r24) >= FN_PER
    ctx.put(c, "/js/jquery-1.8.3.min.js", "/*! jQuery v1.8.3 jquery.com */", ctype="application/javascript")
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("static_json_pages", "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("static_json_pages",))
    home(skin, [(f"/fnxzf/{k}/index.html", n, []) for k, (n, _i) in FN_COLS.items()])


# ====================================================================== 兴安县 (escaped article bodies)
class UnescapeBodySkin(InfoSkin):
    """Articles whose text is written by ``document.write(unescape("%u…"))`` inside ``#zoom``."""

    def article(self, item: Item, column: str, trail, *, paras=None, after="", tools=""):
        inner = paras_html(paras if paras is not None else item.paras)
        files = "".join(f'<p><a href="{esc(p)}">{esc(label)}</a></p>' for label, p, _ in item.attachments)
        enc = js_escape(inner + files)
        title = item.title.replace("|", "<br>")
        body = (
            f'{self.crumbs(trail)}<div class="article"><h2 class="title">{title}</h2>'
            f'<div class="info">来源:{esc(item.source)}&nbsp;&nbsp;发布时间:{item.pub:%Y-%m-%d %H:%M}</div>'
            '<div id="zoom" class="zoom">'
            f'<script type="text/javascript">document.write(unescape("{enc}"));</script></div>'
            f"{after}</div>"
        )
        return self.page(item.title.replace("|", "") + "_" + self.site_name, body, self.metas(item, column))


def xingan(ctx: Ctx20) -> None:
    """兴安县 (广西 桂林), ``www.xazf.gov.cn``: ordinary TRS-like lists, but every article's
    text (and its attachment links) is written by one ``document.write(unescape("%3Cp%3E%u…"))``
    inside ``#zoom`` (JavaScript ``escape()`` form: ``%XX`` and ``%uXXXX``), so the page's HTML
    holds no readable body and no ``<a href>`` to the attachment. Evidence: the
    ``document.write(unescape("%3Cspan id='cnzz_stat_icon_…'%3E%3C/span%3E%3Cscript src='…'"))``
    snippet that Chinese CMS templates (JSP/Struts pages among them) carry, and obfuscated
    ``document.write(unescape(...))`` pages in public crawler exercises; that 兴安县 serves article
    bodies so is assumed. The 2023 report is in 法治政府建设 beside 桂林市's reposted 2022 report
    and a 实施方案; the 2021 report on the second page of 通知公告."""
    c = County("xingan", "兴安县", "广西壮族自治区", "桂林市", "450325", "www.xazf.gov.cn")
    gk = "/zwgk/"
    nav = [("/", "首页"), ("/xwzx/ssyw/", "兴安要闻"), ("/tzgg/", "通知公告"), (gk, "政务公开")]
    skin = open_site(ctx, c, nav, dt.date(2025, 4, 28), skin=UnescapeBodySkin)
    news = news_column(skin, "/xwzx/ssyw/", "兴安要闻", 260)
    r23 = ctx.new_report(
        c,
        2023,
        "兴安县人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-29 09:35",
        source="兴安县人民政府",
    )
    jz = ctx.higher("桂林市", 2022, "省委、省政府", "2023-04-06 15:20")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("gov_work_report", 2024), ("demo_news", 2023)])
    fz = publish(
        skin,
        gk + "fzzfjs/",
        "法治政府建设",
        [(gk, "政务公开"), (gk + "fzzfjs/", "法治政府建设")],
        [r23, jz, *look, *ctx.fillers(c, 10, "disclosure")],
    )
    ctx.record(c, look)
    ctx.record_higher(c, jz, 2022, c.base + jz.path)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("unescape_body_script", "higher_repost"))
    r21 = ctx.new_report(
        c, 2021, "兴安县2021年法治政府建设工作报告", pub="2022-03-31 16:50", source="兴安县司法局"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2022), ("xxgk_annual", 2021)])
    tz = publish(
        skin,
        "/tzgg/",
        "通知公告",
        [("/tzgg/", "通知公告")],
        [
            *newer(ctx, c, r21, 22, "notice", skin.clock),
            r21,
            *notes,
            *ctx.fillers(c, 12, "notice", (2019, 2021)),
        ],
    )
    assert tz.index(r21) >= 20
    ctx.record(c, notes)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("unescape_body_script", "later_list_page"))
    index_page(
        skin, gk + "index.html", "政务公开", [(gk, "政务公开")], [(gk + "fzzfjs/", "法治政府建设", fz)]
    )
    home(skin, [("/xwzx/ssyw/", "兴安要闻", news), ("/tzgg/", "通知公告", tz), (gk, "政务公开", fz)])
