"""The page and list mechanisms of the ``kinds3`` profile that neither ``kinds`` nor ``kinds2`` has.

Home pages that only forward (``<meta http-equiv="refresh">``, ``window.location.href``,
``location.replace`` to another host, a 引导页 whose 进入 button is a script), Guangdong's
``gkmlpt`` disclosure catalogue (``window._CONFIG`` with ``SID`` and ``TREE``, lists only from
``/gkmlpt/api/all/<cat>?page=&sid=``), a Vue portal with hash routes whose column ids sit in
``/config.js`` and whose articles come from a RuoYi-style ``/prod-api/cms/article/…`` API, detail
links built by helpers defined in a separate ``.js`` file (``javascript:toDetail('…')``,
``<tr onclick="goInfo(…)">``), tab strips that swap fragment sources (``changeTab(n)``), year
``<select>`` filters, 加载更多 by offset, sitemaps named only in ``robots.txt``, RSS feeds, mobile
``m.`` hosts, PDFs shown through a pdf.js viewer or ``<embed>``, OFD-only reports, and three traps
(a naive 繁體 gateway that nests itself, a soft-404 上一篇/下一篇 id chain, 关怀版 font-size views).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from urllib.parse import parse_qsl, quote

from ..families import esc
from ..kinds.core import Attachment, Doc, KSite, chunks, int_param, json_res, num_id, req_params
from ..kinds2.mechs import files_html, newest, paras_html, place, put_article
from ..model import Request, Resource

Trail = list[tuple[str, str]]
CST = dt.timezone(dt.timedelta(hours=8))


def bare(title: str, head: str, body: str) -> str:
    """A page without the portal chrome."""
    return (
        f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>{esc(title)}</title>\n{head}'
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def portal_at(site: KSite, path: str, main: str) -> None:
    """The real home page of a site whose root only forwards, at ``path``."""
    site.put(path, site.page(site.site_name, main))


def li_rows(docs: list[Doc]) -> str:
    return "".join(
        f'<li><a href="{d.path}" title="{esc(d.title)}" target="_blank">{esc(d.title)}</a>'
        f"<span>{d.date}</span></li>"
        for d in docs
    )


# ------------------------------------------------------------------ 1 home pages that forward


def meta_refresh_home(site: KSite, target: str) -> None:
    """The root holds only ``<meta http-equiv="refresh" content="0;url=<target>">``: no link."""
    site.put("/", bare(site.site_name, f'<meta http-equiv="refresh" content="0;url={target}">\n', ""))


def script_home(site: KSite, target: str, how: str = "href") -> None:
    """The root only runs ``window.location.href = '<target>'`` or ``location.replace("<target>")``."""
    js = f"window.location.href = '{target}';" if how == "href" else f'location.replace("{target}");'
    site.put("/", bare(site.site_name, "", f'<script type="text/javascript">\n{js}\n</script>'))


def splash_home(site: KSite, target: str) -> None:
    """A 引导页: a full-screen picture, 进入首页 as a ``<div onclick="enterSite()">`` and a countdown
    that calls ``enterSite`` (which sets ``window.location.href``); no ``<a href>`` to the portal."""
    body = (
        '<div class="splash" style="background:url(/images/splash/bg.jpg) center/cover;height:100vh">'
        f'<img src="/images/splash/title.png" alt="{esc(site.site_name)}">'
        '<div class="enter" onclick="enterSite()" style="cursor:pointer">进入首页</div>'
        '<p class="tip"><span id="sec">10</span>秒后自动进入</p></div>\n'
        "<script>\nfunction enterSite() {\n"
        f"    window.location.href = '{target}';\n}}\n"
        "var n = 10;\nsetInterval(function () { n--; document.getElementById('sec').innerHTML = n;"
        " if (n <= 0) { enterSite(); } }, 1000);\n</script>"
    )
    site.put("/", bare(site.site_name, "", body))


# ------------------------------------------------------------------ 2 gkmlpt and a Vue portal

GKMLPT_APP = (
    "/* gkmlpt front end (Vue build, abridged) */\n"
    "!function(){var cfg=window._CONFIG;\n"
    "function load(cat,page){$.getJSON('/gkmlpt/api/all/'+cat,{page:page,sid:cfg.SID},function(res){\n"
    "var html='';$.each(res.articles,function(i,a){html+='<li><a href=\"'+a.url+'\" target=\"_blank\">'"
    "+a.title+'</a><span>'+a.date+'</span></li>';});\n"
    "$('#gkList').html(html);pager(res.total,page,cat);});}\n"
    "function pager(total,page,cat){var n=Math.ceil(total/100),h='';for(var k=1;k<=n;k++){"
    "h+='<a href=\"javascript:;\" data-p=\"'+k+'\">'+k+'</a>';}$('#gkPager').html(h);}\n"
    "function tree(nodes){return nodes.map(function(t){return '<li><a href=\"#'+t.id+'\">'+t.name+'</a>'"
    "+(t.children&&t.children.length?'<ul>'+tree(t.children)+'</ul>':'')+'</li>';}).join('');}\n"
    "$('#gkTree').html(tree(cfg.TREE));\n"
    "window.onhashchange=function(){load(location.hash.slice(1)||cfg.TREE[0].id,1);};\n"
    "window.onhashchange();}();\n"
)


def gkmlpt(
    site: KSite, sid: str, groups: list[tuple[str, list[tuple[int, str, list[Doc]]]]], trail: Trail
) -> None:
    """Guangdong's 政府信息公开目录 ``/gkmlpt/index``: the page holds ``window._CONFIG = {SID, TREE}``
    and a script; the tree and every list are built in the browser from ``/gkmlpt/api/all/<cat>?
    page=N&sid=<SID>`` (JSON ``{"articles":[{id,title,url,post_url,date,create_time}],"total"}``,
    100 per page; a wrong ``sid`` gives no articles). Articles are static
    ``/gkmlpt/content/<d>/<dddd>/post_<id>.html`` pages with an 索引号 table."""
    cats: dict[int, list[Doc]] = {}
    tree = []
    for group, items in groups:
        gid = num_id(site.host, group, digits=4)
        children = []
        for cid, name, docs in items:
            docs = place(site, docs, lambda d: _post_path(site, d))
            cats[cid] = docs
            children.append({"id": cid, "name": name, "children": []})
            for d in docs:
                gk_article(site, d, [*trail, (name, f"/gkmlpt/index#{cid}")], name)
        tree.append({"id": gid, "name": group, "children": children})
    config = json.dumps({"SID": sid, "TREE": tree}, ensure_ascii=False)
    main = (
        f'{site.crumbs([*trail])}\n<div id="gkmlpt"><div class="gk-left"><ul id="gkTree"></ul></div>'
        '<div class="gk-right"><ul id="gkList"><li>正在加载…</li></ul><div id="gkPager"></div></div></div>'
    )
    scripts = f'<script>window._CONFIG = {config};</script>\n<script src="/gkmlpt/js/app.js"></script>\n'
    site.put("/gkmlpt/index", site.page(f"政府信息公开_{site.site_name}", main, scripts=scripts))
    site.put("/gkmlpt/js/app.js", GKMLPT_APP, "application/javascript")

    def handler(req: Request) -> Resource:
        args = req_params(req)
        cat = int_param(req.path.rsplit("/", 1)[1], 0)
        docs = cats.get(cat, []) if args.get("sid") == sid else []
        page = max(int_param(args.get("page", 1), 1), 1)
        chunk = docs[(page - 1) * 100 : page * 100]
        rows = [
            {
                "id": int(d.path.rsplit("_", 1)[1][:-5]),
                "title": d.title,
                "url": site.base + d.path,
                "post_url": d.path,
                "date": d.date,
                "create_time": int(d.pub.replace(tzinfo=CST).timestamp()),
                "publisher": d.source,
            }
            for d in chunk
        ]
        return json_res({"articles": rows, "total": len(docs), "page": page})

    site.prefix("/gkmlpt/api/all/", handler)


def _post_path(site: KSite, d: Doc) -> str:
    post = 2000000 + num_id(site.host, d.uid, digits=6)
    return f"/gkmlpt/content/{str(post)[0]}/{str(post)[:4]}/post_{post}.html"


def gk_article(site: KSite, d: Doc, trail: Trail, name: str) -> None:
    post = d.path.rsplit("_", 1)[1][:-5]
    table = (
        '<table class="gk-info"><tr><th>索引号:</th><td>'
        f"{site.adcode}-{d.pub:%Y}-{post[-5:]}</td><th>分类:</th><td>{esc(name)}</td></tr>"
        f"<tr><th>发布机构:</th><td>{esc(d.source)}</td><th>成文日期:</th><td>{d.pub:%Y-%m-%d}</td></tr>"
        f'<tr><th>名称:</th><td colspan="3">{esc(d.title)}</td></tr>'
        f"<tr><th>文号:</th><td></td><th>发布日期:</th><td>{d.pub:%Y-%m-%d}</td></tr></table>"
    )
    if d.uid not in site.registries.get("viewer", {}):
        put_article(site, d, trail, info=table, box='div class="article-content"')
        return
    links = "".join(
        f'<p><a href="/pdfjs/web/viewer.html?file={quote(a.path)}" target="_blank">{esc(a.name)}</a></p>'
        for a in d.attachments
    )
    atts, d.attachments = d.attachments, []
    put_article(site, d, trail, info=table, box='div class="article-content"', after=links)
    d.attachments = atts
    site.put_files(d)


VUE_APP = (
    '(window["webpackJsonp"]=window["webpackJsonp"]||[]).push([["app"],{\n'
    '"56d7":function(e,t,n){"use strict";var c=window.SITE_CONFIG,a=n("bc3a"),o=n.n(a);\n'
    "var s=o.a.create({baseURL:c.baseApi,timeout:1e4});\n"
    'var r=[{path:"/",component:function(){return n.e("home").then(n.bind(null,"bb51"))}},\n'
    '{path:"/list",name:"List",component:function(){return n.e("list").then(n.bind(null,"2f2a"))}},\n'
    '{path:"/detail",name:"Detail",component:function(){return n.e("detail").then(n.bind(null,"1c3e"))}}];\n'
    'var i=new VueRouter({mode:"hash",routes:r});\n'
    "var l={menus:function(){return c.columns.map(function(e){"
    'return{title:e.name,path:"/list?id="+e.id}})},\n'
    'list:function(e,t){return s.get("/cms/article/list",{params:{columnId:e,pageNum:t,pageSize:10,'
    "siteId:c.siteId}})},\n"
    'detail:function(e){return s.get("/cms/article/get",{params:{id:e}})},\n'
    'link:function(e){return"#/detail?id="+e.articleId}};\n'
    'new Vue({router:i,data:{api:l},render:function(e){return e(App)}}).$mount("#app")}}]);\n'
)


def vue_portal(site: KSite, site_id: int, columns: list[tuple[int, str, str, list[Doc]]]) -> None:
    """A Vue single-page portal: ``/`` is ``<div id="app">`` plus ``/config.js`` (``window.SITE_CONFIG``
    with ``baseApi``, ``siteId`` and the column ids) and a webpack bundle with hash routes
    ``#/list?id=`` and ``#/detail?id=``. Lists come from RuoYi-style ``GET /prod-api/cms/article/list?
    columnId=&pageNum=&pageSize=&siteId=`` (``{"total","rows":[{articleId,title,publishTime}],"code"}``;
    no ``siteId`` → code 500), articles from ``/prod-api/cms/article/get?id=N`` (``{"code","data":
    {…,"content"}}``): the article's only URL is that JSON."""
    lists: dict[int, list[Doc]] = {}
    for cid, _key, name, docs in columns:
        docs = newest(docs)
        lists[cid] = docs
        for d in docs:
            art = num_id(site.host, d.uid, digits=7)
            d.path = f"/prod-api/cms/article/get?id={art}"
            d.column = name
            data = {
                "articleId": art,
                "columnId": cid,
                "title": d.title,
                "publishTime": d.pub.strftime("%Y-%m-%d %H:%M:%S"),
                "source": d.source,
                "content": paras_html(d),
                "fileList": [],
            }
            site.put(
                d.path,
                json.dumps({"code": 200, "msg": "操作成功", "data": data}, ensure_ascii=False),
                "application/json;charset=UTF-8",
                modified=d.pub,
            )
    config = {
        "title": site.site_name,
        "baseApi": "/prod-api",
        "siteId": site_id,
        "columns": [{"key": k, "name": n, "id": c} for c, k, n, _ in columns],
    }
    site.put(
        "/config.js",
        "window.SITE_CONFIG = " + json.dumps(config, ensure_ascii=False, indent=2) + ";\n",
        "application/javascript",
    )
    site.put("/static/js/app.4f2a7b1c.js", VUE_APP, "application/javascript")
    site.put("/static/js/chunk-vendors.9c1e5d.js", "/* vue, vue-router, axios */\n", "application/javascript")
    head = (
        '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
        f'<meta name="SiteName" content="{esc(site.site_name)}">\n'
        f'<meta name="SiteIDCode" content="{site.siteid}">\n'
        '<link href="/static/css/app.5b7e2a.css" rel="stylesheet">\n'
    )
    body = (
        f"<noscript><strong>We're sorry but {esc(site.site_name)} doesn't work properly without "
        'JavaScript enabled. Please enable it to continue.</strong></noscript>\n<div id="app"></div>\n'
        '<script src="/config.js"></script>\n<script src="/static/js/chunk-vendors.9c1e5d.js"></script>\n'
        '<script src="/static/js/app.4f2a7b1c.js"></script>'
    )
    site.put("/", bare(site.site_name, head, body))
    site.put("/index.html", bare(site.site_name, head, body))

    def handler(req: Request) -> Resource:
        args = req_params(req)
        docs = lists.get(int_param(args.get("columnId", ""), 0))
        if docs is None or str(args.get("siteId", "")) != str(site_id):
            return json_res({"code": 500, "msg": "站点或栏目不存在", "rows": [], "total": 0})
        page = max(int_param(args.get("pageNum", 1), 1), 1)
        size = min(int_param(args.get("pageSize", 10), 10), 50)
        rows = [
            {
                "articleId": int(d.path.rsplit("=", 1)[1]),
                "title": d.title,
                "publishTime": d.pub.strftime("%Y-%m-%d %H:%M:%S"),
            }
            for d in docs[(page - 1) * size : page * size]
        ]
        return json_res({"total": len(docs), "rows": rows, "code": 200, "msg": "查询成功"})

    site.handle("/prod-api/cms/article/list", handler)


# ------------------------------------------------------------------ 3 helpers in a separate .js

TODETAIL_JS = (
    "var BASE_PATH = '{base}';\n"
    "function toDetail(id) {{\n"
    "    var url = BASE_PATH + 'html/' + id.substr(0, 4) + '/' + id.substr(4, 4) + '/' + id + '.html';\n"
    "    window.open(url, '_blank');\n}}\n"
    "function setFont(size) {{ $('.article').css('font-size', size + 'px'); }}\n"
)


def todetail_column(
    site: KSite, name: str, folder: str, docs: list[Doc], trail: Trail, base: str, per: int = 12
) -> list[Doc]:
    """A list whose links are ``<a href="javascript:toDetail('<16-digit id>')">``; ``toDetail`` is
    defined in ``/js/common.js`` (``BASE_PATH + 'html/' + yyyy + '/' + mmdd + '/' + id + '.html'``).
    Pages ``index.html``, ``index_2.html`` … by plain links."""

    def path(d: Doc) -> str:
        ident = f"{d.pub:%Y%m%d}{num_id(site.host, d.uid, digits=8):08d}"
        return f"{base}html/{ident[:4]}/{ident[4:8]}/{ident}.html"

    docs = place(site, docs, path)
    pages = chunks(docs, per)
    for i, chunk in enumerate(pages):
        rows = "".join(
            f'<li><a href="javascript:toDetail(\'{d.path.rsplit("/", 1)[1][:-5]}\')" title="{esc(d.title)}">'
            f"{esc(d.title)}</a><span>{d.date}</span></li>"
            for d in chunk
        )
        nav = " ".join(
            f'<a href="{"index.html" if n == 1 else f"index_{n}.html"}">{n}</a>'
            for n in range(1, len(pages) + 1)
        )
        main = (
            f'{site.crumbs([*trail, (name, "")])}\n<div class="list"><h3>{esc(name)}</h3><ul>{rows}</ul>'
            f'<div class="page">{nav}</div></div>'
        )
        text = site.page(f"{name}_{site.site_name}", main, scripts='<script src="/js/common.js"></script>\n')
        site.put(folder + ("index.html" if i == 0 else f"index_{i + 1}.html"), text)
        if i == 0:
            site.put(folder, text)
    for d in docs:
        put_article(site, d, [*trail, (name, folder)])
    return docs


GOINFO_JS = (
    "function goInfo(infoId, catId) {\n"
    "    window.open('/zwgk/infoDetail.jsp?infoId=' + infoId + '&catId=' + catId, '_blank');\n}\n"
    "function goList(catId) { location.href = '/zwgk/infoList.jsp?catId=' + catId; }\n"
)


def goinfo_column(
    site: KSite, cat: str, name: str, docs: list[Doc], trail: Trail, first: int = 8
) -> list[Doc]:
    """``/zwgk/infoList.jsp?catId=<cat>``: the first rows as ``<tr onclick="goInfo('<id>','<cat>')">``
    with ``<a target="_blank" href="javascript:goInfo(…)">`` titles (``goInfo`` in ``/js/public.js``),
    then a 加载更多 button whose script GETs ``/zwgk/moreInfo.jsp?catId=&offset=&limit=8`` (HTML rows,
    empty when done). Articles ``/zwgk/infoDetail.jsp?infoId=<id>&catId=<cat>``."""
    docs = place(
        site, docs, lambda d: f"/zwgk/infoDetail.jsp?infoId={num_id(site.host, d.uid, digits=9)}&catId={cat}"
    )
    registry = site.registries.setdefault("goinfo", {})
    registry[cat] = docs

    def row(d: Doc) -> str:
        info = d.path.split("infoId=")[1].split("&")[0]
        call = f"goInfo('{info}','{cat}')"
        return (
            f'<tr onclick="{call}" style="cursor:pointer"><td class="bt"><a target="_blank" '
            f'href="javascript:{call}" title="{esc(d.title)}">{esc(d.title)}</a></td><td>{d.date}</td></tr>'
        )

    rows = "".join(row(d) for d in docs[:first])
    main = (
        f'{site.crumbs([*trail, (name, "")])}\n<div class="info-list"><h3>{esc(name)}</h3>'
        f'<table id="infoList">{rows}</table>'
        '<div class="more"><a id="loadMore" href="javascript:;" onclick="loadMore()">加载更多</a>'
        "</div></div>\n"
        f"<script>\nvar offset = {first};\nfunction loadMore() {{\n"
        f"    $.get('/zwgk/moreInfo.jsp', {{catId: '{cat}', offset: offset, limit: 8}}, function (html) {{\n"
        "        if (!$.trim(html)) { $('#loadMore').text('没有更多了'); return; }\n"
        "        $('#infoList').append(html);\n        offset += 8;\n    });\n}\n</script>"
    )
    site.put(
        f"/zwgk/infoList.jsp?catId={cat}",
        site.page(f"{name}_{site.site_name}", main, scripts='<script src="/js/public.js"></script>\n'),
    )
    for d in docs:
        put_article(site, d, [*trail, (name, f"/zwgk/infoList.jsp?catId={cat}")])

    if (site.host, "/zwgk/moreInfo.jsp") not in site.web.handlers:

        def more(req: Request) -> Resource:
            args = req_params(req)
            found = registry.get(args.get("catId", ""), [])
            offset = max(int_param(args.get("offset", 0), 0), 0)
            limit = min(max(int_param(args.get("limit", 8), 8), 1), 20)
            return site.html_res(
                "".join(row_of(d, args.get("catId", "")) for d in found[offset : offset + limit])
            )

        def row_of(d: Doc, c: str) -> str:
            info = d.path.split("infoId=")[1].split("&")[0]
            call = f"goInfo('{info}','{c}')"
            return (
                f'<tr onclick="{call}" style="cursor:pointer"><td class="bt"><a target="_blank" '
                f'href="javascript:{call}" title="{esc(d.title)}">{esc(d.title)}</a></td>'
                f"<td>{d.date}</td></tr>"
            )

        site.handle("/zwgk/moreInfo.jsp", more)
    return docs


# ------------------------------------------------------------------ 4 tabs and year filters


ON = ' class="on"'


def tab_strip(
    site: KSite, path: str, name: str, tabs: list[tuple[str, str, list[Doc]]], trail: Trail
) -> None:
    """A 政务公开 page whose tab strip ``<li onclick="changeTab(n)">`` loads ``tabUrls[n]`` (a JS array)
    into ``#tabBox`` with ``$.load``; each tab source is a bare HTML fragment with every item."""
    urls = []
    for slug, tname, docs in tabs:
        docs = place(site, docs, lambda d, s=slug: site.trs_path(f"/zwgk/{s}/", d))
        frag = f"/zwgk/tab/{slug}.html"
        urls.append(frag)
        site.put(frag, f'<ul class="tab-list">{li_rows(docs)}</ul>')
        for d in docs:
            put_article(site, d, [*trail, (name, path), (tname, "")])
    lis = "".join(
        f'<li onclick="changeTab({k})"{ON if k == 0 else ""}>{esc(t)}</li>'
        for k, (_, t, _) in enumerate(tabs)
    )
    main = (
        f'{site.crumbs([*trail, (name, "")])}\n<div class="tab-box"><ul class="tabs">{lis}</ul>'
        '<div id="tabBox"></div></div>\n<script>\nvar tabUrls = ['
        + ", ".join(f"'{u}'" for u in urls)
        + "];\nfunction changeTab(n) {\n    $('.tabs li').removeClass('on').eq(n).addClass('on');\n"
        "    $('#tabBox').load(tabUrls[n]);\n}\nchangeTab(0);\n</script>"
    )
    site.put(path, site.page(f"{name}_{site.site_name}", main))


def year_select_list(site: KSite, path: str, cid: str, name: str, docs: list[Doc], trail: Trail) -> list[Doc]:
    """``<path>?cid=<cid>`` lists only the newest year's items; other years come from a ``<select
    onchange="window.location.href='<path>?cid=<cid>&year='+this.value">`` whose options are bare
    years (``<path>?cid=<cid>&year=YYYY``)."""
    folder = path.rsplit("/", 1)[0] + f"/{cid}/"
    docs = place(site, docs, lambda d: site.trs_path(folder, d))
    years = sorted({d.pub.year for d in docs}, reverse=True)
    leaf = path.rsplit("/", 1)[1]
    for k, year in enumerate(years):
        rows = li_rows([d for d in docs if d.pub.year == year])
        opts = "".join(f'<option value="{y}"{" selected" if y == year else ""}>{y}年</option>' for y in years)
        main = (
            f'{site.crumbs([*trail, (name, "")])}\n<div class="list"><h3>{esc(name)}</h3>'
            f'<div class="filter">年份:<select id="selYear" onchange="window.location.href=\'{leaf}?cid={cid}'
            f"&year='+this.value\">{opts}</select></div><ul>{rows}</ul></div>"
        )
        text = site.page(f"{name}_{site.site_name}", main)
        site.put(f"{path}?cid={cid}&year={year}", text)
        if k == 0:
            site.put(f"{path}?cid={cid}", text)
    for d in docs:
        put_article(site, d, [*trail, (name, f"{path}?cid={cid}")])
    return docs


# ------------------------------------------------------------------ 5 other indexes


def short_column(
    site: KSite,
    name: str,
    folder: str,
    docs: list[Doc],
    trail: Trail,
    show: int = 8,
    after: Callable[[Doc], str] | None = None,
) -> list[Doc]:
    """A column page with only the newest ``show`` items and a pager that calls an undefined
    ``goPage(n)``: older items are in no list. ``after`` adds HTML under each article."""
    docs = place(site, docs, lambda d: site.trs_path(folder, d))
    main = (
        f'{site.crumbs([*trail, (name, "")])}\n<div class="list"><h3>{esc(name)}</h3>'
        f"<ul>{li_rows(docs[:show])}"
        f'</ul><div class="page">共{len(docs)}条 <a href="javascript:goPage(2)">下一页</a></div></div>'
    )
    text = site.page(f"{name}_{site.site_name}", main)
    site.put(folder, text)
    site.put(folder + "index.html", text)
    for d in docs:
        put_article(site, d, [*trail, (name, folder)], after=after(d) if after else "")
    return docs


def sitemaps(site: KSite, urls: list[tuple[str, dt.datetime]], per: int = 40) -> None:
    """``robots.txt`` names ``/sitemap.xml``, a sitemap index of ``/sitemap/sitemap_N.xml`` files."""
    parts = chunks(sorted(urls, key=lambda u: u[1], reverse=True), per)
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    index = "".join(
        f"<sitemap><loc>{site.base}/sitemap/sitemap_{k + 1}.xml</loc></sitemap>" for k in range(len(parts))
    )
    site.put(
        "/sitemap.xml",
        f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex {ns}>{index}</sitemapindex>\n',
        "application/xml",
    )
    for k, part in enumerate(parts):
        rows = "".join(
            f"<url><loc>{site.base}{esc(u)}</loc><lastmod>{t:%Y-%m-%d}</lastmod>"
            "<changefreq>monthly</changefreq></url>\n"
            for u, t in part
        )
        site.put(
            f"/sitemap/sitemap_{k + 1}.xml",
            f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset {ns}>\n{rows}</urlset>\n',
            "application/xml",
        )
    site.put(
        "/robots.txt", f"User-agent: *\nDisallow: /admin/\nSitemap: {site.base}/sitemap.xml\n", "text/plain"
    )


def rss_feeds(site: KSite, feeds: list[tuple[str, str, list[Doc]]]) -> None:
    """``/rss.html`` lists RSS 2.0 feeds ``/rss/<slug>.xml`` holding every item of a column."""
    for slug, name, docs in feeds:
        items = "".join(
            f"<item><title>{esc(d.title)}</title><link>{site.base}{esc(d.path)}</link>"
            f"<pubDate>{d.pub:%a, %d %b %Y %H:%M:%S} +0800</pubDate><source>{esc(d.source)}</source></item>\n"
            for d in newest(docs)
        )
        site.put(
            f"/rss/{slug}.xml",
            f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{esc(name)}</title>'
            f"<link>{site.base}/</link><description>{esc(site.site_name)}{esc(name)}</description>\n"
            f"{items}</channel></rss>\n",
            "application/rss+xml",
        )
    links = "".join(
        f'<tr><td>{esc(n)}</td><td><a href="/rss/{s}.xml">{site.base}/rss/{s}.xml</a></td></tr>'
        for s, n, _ in feeds
    )
    site.put("/rss.html", site.page(f"RSS订阅_{site.site_name}", f'<table class="rss">{links}</table>'))


def sign_only_column(site: KSite, name: str, folder: str, trail: Trail) -> None:
    """A PC column whose list comes from ``/api/getList`` with a signed query; the API refuses
    every request without a valid browser session (403), so the PC list is empty."""
    main = (
        f'{site.crumbs([*trail, (name, "")])}\n<div class="list"><h3>{esc(name)}</h3>'
        '<ul id="list"></ul></div>\n'
        '<script src="/js/md5.min.js"></script><script>\nvar t = Date.now();\n'
        "$.ajax({url: '/api/getList', data: {cid: '" + folder.strip("/").replace("/", "_") + "', t: t,"
        " sign: md5(t + document.cookie)}, success: function (res) {\n"
        "    $('#list').html(res.data.map(function (i) { return '<li><a href=\"' + i.url + '\">' + i.title"
        " + '</a></li>'; }).join(''));\n}});\n</script>"
    )
    text = site.page(f"{name}_{site.site_name}", main)
    site.put(folder, text)
    site.put(folder + "index.html", text)
    if (site.host, "/api/getList") not in site.web.handlers:
        site.handle(
            "/api/getList",
            lambda req: Resource(
                json.dumps({"code": 403, "msg": "非法请求"}, ensure_ascii=False).encode(),
                "application/json;charset=UTF-8",
                status=403,
            ),
        )


def wap_page(site: KSite, title: str, body: str, pc: str) -> str:
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width,initial-scale=1,'
        'maximum-scale=1,user-scalable=no">\n'
        f'<title>{esc(title)}</title>\n<meta name="SiteName" content="{esc(site.site_name)}">\n'
        f'<meta name="SiteIDCode" content="{site.siteid}">\n<link rel="stylesheet" href="/wap/css/m.css">\n'
        f'</head>\n<body>\n<header><a href="/wap/index.jsp">{esc(site.site_name)}</a></header>\n{body}\n'
        f'<footer><a href="{pc}">电脑版</a></footer>\n</body>\n</html>\n'
    )


def wap_list(site: KSite, cid: str, name: str, docs: list[Doc], pc: str, per: int = 10) -> list[Doc]:
    """A mobile list ``/wap/list.jsp?cid=<cid>&page=N`` (加载更多 as a plain link to the next page),
    articles ``/wap/content.jsp?id=N`` (title, source line, text, attachments)."""
    docs = place(site, docs, lambda d: f"/wap/content.jsp?id={num_id(site.host, d.uid, digits=7)}")
    pages = chunks(docs, per)
    for i, chunk in enumerate(pages):
        more = (
            f'<a class="more" href="list.jsp?cid={cid}&page={i + 2}">加载更多</a>'
            if i + 1 < len(pages)
            else ""
        )
        body = f'<h2>{esc(name)}</h2><ul class="m-list">{li_rows(chunk)}</ul>{more}'
        site.put(f"/wap/list.jsp?cid={cid}&page={i + 1}", wap_page(site, name, body, pc))
        if i == 0:
            site.put(f"/wap/list.jsp?cid={cid}", wap_page(site, name, body, pc))
    for d in docs:
        d.column = name
        body = (
            f'<div class="m-article"><h1>{esc(d.title)}</h1><p class="info">{d.pub:%Y-%m-%d %H:%M} '
            f'来源:{esc(d.source)}</p><div class="m-content">{paras_html(d)}</div>{files_html(d)}</div>'
        )
        site.put(d.path, wap_page(site, d.title, body, pc), modified=d.pub)
        site.put_files(d)
    return docs


# ------------------------------------------------------------------ 6 viewers and OFD


def pdf_viewer(site: KSite) -> None:
    """The pdf.js viewer shell ``/static/pdfjs/web/viewer.html`` (and ``/pdfjs/web/…``): no text,
    the file named only in its ``?file=`` query."""
    shell = bare(
        "PDF.js viewer",
        '<link rel="stylesheet" href="viewer.css">\n<script src="../build/pdf.js"></script>\n',
        '<div id="outerContainer"><div id="viewerContainer"><div id="viewer" class="pdfViewer"></div></div>'
        '</div>\n<script src="viewer.js"></script>',
    )
    for path in ("/static/pdfjs/web/viewer.html", "/pdfjs/web/viewer.html"):
        site.handle(path, lambda req: site.html_res(shell))


def viewer_article(site: KSite, d: Doc, trail: Trail, how: str) -> None:
    """A one-line article showing its PDF through ``<iframe src="/static/pdfjs/web/viewer.html?file=
    <pdf>">`` (``how="pdfjs"``) or ``<embed src="<pdf>" type="application/pdf">`` (``how="embed"``)."""
    pdf = d.attachments[0].path
    show = (
        f'<iframe src="/static/pdfjs/web/viewer.html?file={quote(pdf)}" width="100%" height="900" '
        'frameborder="0"></iframe>'
        if how == "pdfjs"
        else f'<embed src="{pdf}" type="application/pdf" width="100%" height="900">'
    )
    atts, d.attachments = d.attachments, []
    body = f'<p style="text-indent:2em;">{esc(d.paras[0])}</p>\n<div class="pdf-box">{show}</div>'
    put_article(site, d, trail, body=body)
    d.attachments = atts
    site.put_files(d)


def ofd_only(d: Doc, folder: str) -> None:
    """Make ``d`` a one-line article whose report is only an ``.ofd`` file (needs an OFD reader)."""
    d.form = "ofd"
    name = f"{d.pub:%Y%m%d%H%M%S}{d.uid % 1000:03d}.ofd"
    data = b"PK\x03\x04" + b"OFD.xml" + bytes(200)
    d.attachments.append(Attachment(d.title + ".ofd", "ofd", data, f"{folder}{name}"))
    d.paras = [f"现将《{d.title}》予以公开(OFD版式文件,请下载后使用数科阅读器查看)。"]


# ------------------------------------------------------------------ 7 traps

TRADITIONAL = str.maketrans(
    "县区关于报发国务门网开页闻动态办会议这为与实现经济体们时进规划计设书记长级统总说"
    "万业东乡镇农业财税审协调监测库线书产资环卫车输营亿项检验",
    "縣區關於報發國務門網開頁聞動態辦會議這為與實現經濟體們時進規劃計設書記長級統總說"
    "萬業東鄉鎮農業財稅審協調監測庫線書產資環衛車輸營億項檢驗",
)


def big5_gateway(site: KSite) -> str:
    """An official 繁體 gateway ``/gate/big5/<host>/<path>`` that serves the site's pages converted
    to traditional characters, rewrites their root-relative links into the gateway and appends a
    简体 | 繁體 bar whose 繁體 link wraps the gateway URL itself once more (``/gate/big5/<host>/gate/
    big5/<host>/…``), which it also serves: nesting without end. Returns the entry link."""
    gate = f"/gate/big5/{site.host}"

    def handler(req: Request) -> Resource:
        inner = req.path
        while inner.startswith(gate):
            inner = inner[len(gate) :] or "/"
        res = site.web.resources.get((site.host, inner, req.query))
        if res is None or not res.ctype.startswith("text/html"):
            return Resource(b"<h1>404</h1>", status=404)
        text = res.body.decode("utf-8", "replace").translate(TRADITIONAL)
        text = re.sub(r'(href|src)="/(?!/)', lambda m: f'{m.group(1)}="{gate}/', text)
        query = f"?{req.query}" if req.query else ""
        bar = (
            f'<div class="gate-bar"><a href="{site.base}{inner}{query}">简体</a> | '
            f'<a href="{gate}{req.path}{query}">繁體</a></div>\n</body>'
        )
        return site.html_res(text.replace("</body>", bar))

    site.prefix("/gate/big5/", handler, trap="繁體 gateway that nests its own prefix in every link")
    return f"{gate}/"


def soft404_chain(site: KSite, path: str, start: int) -> Callable[[int], str]:
    """``<path>?id=N`` answers 200 for every N (信息不存在 for unknown ids) and links 上一篇 N-1 and
    下一篇 N+1: an endless chain. Returns the link maker for article pages."""

    def handler(req: Request) -> Resource:
        n = int_param(req_params(req).get("id", start), start)
        main = (
            '<div class="article"><p class="empty">该信息不存在或已被删除!</p>'
            f'<div class="prevnext"><p>上一篇:<a href="{path}?id={n - 1}">查看上一篇</a></p>'
            f'<p>下一篇:<a href="{path}?id={n + 1}">查看下一篇</a></p></div></div>'
        )
        return site.html_res(site.page(f"信息详情_{site.site_name}", main))

    site.handle(path, handler)
    site.traps.append(site.base + path)
    site.trap_kinds[site.base + path] = "soft-404 上一篇/下一篇 chain over ever-new ids"
    return lambda n: f"{path}?id={n}"


def care_mode_trap(site: KSite, prefix: str) -> str:
    """关怀版 views ``<prefix>index.jsp?fs=<size>&lh=<spacing>&theme=<t>`` whose toolbar links every
    bigger and smaller font size, line spacing and colour theme: endless combinations. Returns the
    entry link."""
    themes = ["default", "yellow", "black"]

    def handler(req: Request) -> Resource:
        args = dict(parse_qsl(req.query))
        fs, lh = int_param(args.get("fs", 16), 16), int_param(args.get("lh", 15), 15)
        theme = args.get("theme", "default")
        link = lambda f, h, t: f"{prefix}index.jsp?fs={f}&lh={h}&theme={t}"  # noqa: E731
        bar = (
            f'<a href="{link(fs + 2, lh, theme)}">A+</a> <a href="{link(fs - 2, lh, theme)}">A-</a> '
            f'<a href="{link(fs, lh + 1, theme)}">行距+</a> <a href="{link(fs, lh - 1, theme)}">行距-</a> '
            + " ".join(f'<a href="{link(fs, lh, t)}">{t}</a>' for t in themes)
        )
        main = (
            f'<div class="care-bar">{bar}</div><div class="care" style="font-size:{fs}px">'
            "<p>关怀版首页</p></div>"
        )
        return site.html_res(site.page(f"关怀版_{site.site_name}", main))

    site.prefix(prefix, handler, trap="关怀版 toolbar: endless font-size / spacing / theme views")
    return f"{prefix}index.jsp?fs=16&lh=15&theme=default"
