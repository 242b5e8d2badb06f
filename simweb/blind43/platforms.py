"""Page shapes of the blind43 mechanisms, each a thing real public sites do (evidence in each
docstring and in ``README.md``). Every one keeps the list readable without a browser: the
rows are in a document the page names (an XML file, a ``.js`` data file, a REST answer, an RSS
feed, a framed page), never in code that has to run.

* **XML lists rendered by XSLT** (海州区): the column's list pages are XML documents
  (``index.xml``, ``index_1.xml`` …) carrying ``<?xml-stylesheet type="text/xsl"
  href="/xsl/list.xsl"?>``; the browser renders them; rows are ``<document>`` elements with
  ``<title>``, ``<url>``, ``<date>``; the next page is named by ``<page next="…">``.
* **static ``.js`` data file** (赣榆区): the column page is a shell that loads
  ``/js/data/col_<id>.js`` (``var articles=[{t,u,d},…];``) and pages it in the browser.
* **WordPress REST lists** (普陀区): category pages are shells whose script GETs
  ``/wp-json/wp/v2/posts?categories=<id>&per_page=10&page=<n>`` and reads the page count
  from the ``X-WP-TotalPages`` header; a page past the last answers 400
  ``rest_post_invalid_page_number`` (WordPress core's behaviour since 4.7.2).
* **RSS feed holding the full column** (嵊泗县): the column page shows only its six newest rows
  with no pager; the feed ``/rss/<col>.xml`` (named by ``<link rel="alternate">`` and an
  ``RSS订阅`` link) holds every item, each ``<item><link>`` an absolute URL.
* **iframe whose ``src`` is set by script** (利川市): the column page holds an empty
  ``<iframe id="listFrame">``; its script sets ``src`` to ``/module/xxgk/list.jsp?cid=<id>
  &curpage=1``; the framed page has plain rows (``target="_parent"``) and a plain pager.
"""

from __future__ import annotations

import json

from ..blind.core import Item, chunks, esc
from ..blind.skins import Skin
from ..model import Request, Resource
from .core import STAMP

WP_API = "/wp-json/wp/v2/posts"
XSL = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
    '<xsl:output method="html" encoding="UTF-8"/>'
    '<xsl:template match="/channel"><html><head><meta charset="utf-8"/>'
    '<title><xsl:value-of select="@name"/></title><link rel="stylesheet" href="/css/list.css"/></head>'
    '<body><div class="list-box"><h2><xsl:value-of select="@name"/></h2><ul class="list">'
    '<xsl:for-each select="document"><li><a target="_blank"><xsl:attribute name="href">'
    '<xsl:value-of select="url"/></xsl:attribute><xsl:value-of select="title"/></a>'
    '<span><xsl:value-of select="date"/></span></li></xsl:for-each></ul>'
    '<div class="page"><xsl:if test="page/@prev!=\'\'"><a><xsl:attribute name="href">'
    '<xsl:value-of select="page/@prev"/></xsl:attribute>上一页</a></xsl:if>'
    '<xsl:if test="page/@next!=\'\'"><a><xsl:attribute name="href"><xsl:value-of select="page/@next"/>'
    "</xsl:attribute>下一页</a></xsl:if></div></div></body></html></xsl:template></xsl:stylesheet>"
)


def _t(it: Item) -> str:
    return it.title.replace("|", "")


def prep(skin: Skin, col: str, name: str, trail, items: list[Item], path=None) -> list[Item]:
    """Sort newest first, give TRS-style paths (or ``path(it)``) and write the articles."""
    for it in items:
        it.uid = it.uid or skin.ctx.uid()
    items = sorted(items, key=lambda d: (d.pub, d.uid), reverse=True)
    for it in items:
        if not it.path:
            it.path = path(it) if path else f"{col}{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid}.html"
        skin.write_article(it, name, trail)
    return items


def shell(skin: Skin, path: str, name: str, trail, hook: str, metas: str = "") -> None:
    body = f'{skin.crumbs(trail)}<div class="lm"><div class="lm-title"><h2>{esc(name)}</h2></div>{hook}</div>'
    skin.put(path, skin.page(f"{name}_{skin.site_name}", body, metas=metas))


# ---------------------------------------------------------------------------- XSLT
def xslt_column(skin: Skin, col: str, name: str, trail, items: list[Item], per: int = 15):
    """XML list pages ``col/index.xml``, ``col/index_1.xml`` … rendered by ``/xsl/list.xsl``.
    The first page is also served at ``col`` itself (the directory index)."""
    items = prep(skin, col, name, trail, items)
    pages = chunks(items, per)
    skin.ctx.put(skin.c, "/xsl/list.xsl", XSL, ctype="text/xsl; charset=utf-8")
    for n, chunk in enumerate(pages):
        nxt = f"index_{n + 1}.xml" if n + 1 < len(pages) else ""
        prv = "" if n == 0 else ("index.xml" if n == 1 else f"index_{n - 1}.xml")
        docs = "".join(
            f"<document><title>{esc(_t(it))}</title><url>{esc(it.path)}</url><date>{it.date}</date></document>"
            for it in chunk
        )
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<?xml-stylesheet type="text/xsl" href="/xsl/list.xsl"?>\n'
            f'<channel name="{esc(name)}" path="{col}"><page current="{n + 1}" total="{len(pages)}"'
            f' prev="{prv}" next="{nxt}"/>{docs}</channel>'
        )
        path = col + ("index.xml" if n == 0 else f"index_{n}.xml")
        for where in (path, col) if n == 0 else (path,):
            skin.ctx.put(skin.c, where, xml, ctype="text/xml; charset=utf-8", modified=STAMP)
    return items


# ---------------------------------------------------------------------------- .js data file
def jsdata_column(skin: Skin, col: str, name: str, trail, items: list[Item], colid: int, per: int = 15):
    """A shell ``col/index.html`` loading ``/js/data/col_<colid>.js`` (``var articles=[…]``)."""
    items = prep(skin, col, name, trail, items)
    data = ",".join(json.dumps({"t": _t(it), "u": it.path, "d": it.date}, ensure_ascii=False) for it in items)
    skin.ctx.put(
        skin.c,
        f"/js/data/col_{colid}.js",
        f"/* generated {STAMP:%Y-%m-%d %H:%M} */\nvar articles=[{data}];\n",
        ctype="application/javascript; charset=utf-8",
        modified=STAMP,
    )
    hook = (
        '<ul class="list" id="list"></ul><div class="page" id="pager"></div>'
        f'<script type="text/javascript" src="/js/data/col_{colid}.js"></script>'
        f'<script type="text/javascript">var per={per};function show(p){{var h="";'
        "var rows=articles.slice((p-1)*per,p*per);for(var i=0;i<rows.length;i++){"
        "h+='<li><a href=\"'+rows[i].u+'\" target=\"_blank\">'+rows[i].t+'</a>"
        "<span>'+rows[i].d+'</span></li>';}"
        "document.getElementById('list').innerHTML=h;var n=Math.ceil(articles.length/per),s='';"
        "for(var k=1;k<=n;k++){s+='<a href=\"javascript:show('+k+')\">'+k+'</a>';}"
        "document.getElementById('pager').innerHTML=s;}show(1);</script>"
    )
    shell(skin, col + "index.html", name, trail, hook)
    return items


# ---------------------------------------------------------------------------- WordPress REST
def wp_columns(
    skin: Skin, cols: dict[int, tuple[str, str, list[Item]]], per: int = 10
) -> dict[int, list[Item]]:
    """WordPress-style category shells ``/category/<slug>/`` listed by the REST API
    ``/wp-json/wp/v2/posts?categories=<id>&per_page=&page=``; articles ``/archives/<id>``."""
    lists: dict[int, list[Item]] = {}
    for cid, (slug, name, items) in cols.items():
        col = f"/category/{slug}/"
        trail = [(col, name)]
        items = prep(skin, col, name, trail, items, path=lambda it: f"/archives/{it.uid % 90000 + 10000}")
        lists[cid] = items
        hook = (
            '<div class="post-list" id="posts"></div><nav class="navigation pagination" id="pages"></nav>'
            f'<script type="text/javascript">var wpApi={{root:"/wp-json/",category:{cid},perPage:{per}}};'
            "function loadPosts(p){jQuery.ajax({url:wpApi.root+'wp/v2/posts',data:{categories:wpApi.category,"
            "per_page:wpApi.perPage,page:p,_fields:'id,date,link,title'},success:function(d,s,x){var h='';"
            "jQuery.each(d,function(i,o){h+='<article><h3><a href=\"'+o.link+'\">'"
            "+o.title.rendered+'</a></h3>"
            "<time>'+o.date.substr(0,10)+'</time></article>';});jQuery('#posts').html(h);"
            "var n=parseInt(x.getResponseHeader('X-WP-TotalPages'),10),s='';for(var k=1;k<=n;k++){"
            "s+='<a class=\"page-numbers\" href=\"javascript:loadPosts('+k+')\">'+k+'</a>';}"
            "jQuery('#pages').html(s);}});}jQuery(function(){loadPosts(1);});</script>"
        )
        shell(skin, col, name, trail, hook)
    base = skin.c.base

    def handler(req: Request) -> Resource:
        q = req.params()
        try:
            cid = int(q.get("categories", "0").split(",")[0] or 0)
            page = int(q.get("page", "1"))
            size = int(q.get("per_page", "10"))
        except ValueError:
            body = {"code": "rest_invalid_param", "message": "无效参数。", "data": {"status": 400}}
            return Resource(
                json.dumps(body, ensure_ascii=False).encode(), "application/json; charset=UTF-8", 400
            )
        if not 1 <= size <= 100 or page < 1:
            body = {"code": "rest_invalid_param", "message": "无效参数：per_page", "data": {"status": 400}}
            return Resource(
                json.dumps(body, ensure_ascii=False).encode(), "application/json; charset=UTF-8", 400
            )
        got = lists.get(cid, [])
        pages = max(1, -(-len(got) // size))
        if page > pages and got:
            body = {
                "code": "rest_post_invalid_page_number",
                "message": "请求的页码大于总页数。",
                "data": {"status": 400},
            }
            return Resource(
                json.dumps(body, ensure_ascii=False).encode(), "application/json; charset=UTF-8", 400
            )
        part = got[(page - 1) * size : page * size]
        rows = [
            {
                "id": int(it.path.rsplit("/", 1)[1]),
                "date": it.pub.strftime("%Y-%m-%dT%H:%M:%S"),
                "link": base + it.path,
                "title": {"rendered": esc(_t(it))},
            }
            for it in part
        ]
        link = []
        stem = f"{base}/wp-json/wp/v2/posts?categories={cid}&per_page={size}"
        if page > 1:
            link.append(f'<{stem}&page={page - 1}>; rel="prev"')
        if page < pages:
            link.append(f'<{stem}&page={page + 1}>; rel="next"')
        headers = (("X-WP-Total", str(len(got))), ("X-WP-TotalPages", str(pages)))
        if link:
            headers += (("Link", ", ".join(link)),)
        return Resource(
            json.dumps(rows, ensure_ascii=False).encode(),
            "application/json; charset=UTF-8",
            headers=headers,
            modified=STAMP,
        )

    skin.ctx.handle(skin.c, WP_API, handler)
    return lists


# ---------------------------------------------------------------------------- RSS
def rss_column(skin: Skin, col: str, name: str, trail, items: list[Item], feed: str, show: int = 6):
    """``col/index.html`` shows the ``show`` newest rows and no pager; ``feed`` holds them all."""
    items = prep(skin, col, name, trail, items)
    base = skin.c.base.rstrip("/")
    rows = "".join(
        f'<li><a href="{esc(it.path)}" target="_blank" title="{esc(_t(it))}">{esc(_t(it))}</a>'
        f"<span>{it.date}</span></li>"
        for it in items[:show]
    )
    alt = f'<link rel="alternate" type="application/rss+xml" title="{esc(name)}" href="{feed}">'
    hook = (
        f'<ul class="list">{rows}</ul><div class="rss"><a href="{feed}" target="_blank">'
        '<img src="/images/rss.gif" alt="RSS"/>RSS订阅</a>（订阅本栏目全部信息）</div>'
    )
    shell(skin, col + "index.html", name, trail, hook, metas=alt)
    entries = "".join(
        f"<item><title>{esc(_t(it))}</title><link>{base}{esc(it.path)}</link>"
        f'<guid isPermaLink="true">{base}{esc(it.path)}</guid>'
        f"<pubDate>{it.pub:%a, %d %b %Y %H:%M:%S} +0800</pubDate></item>"
        for it in items
    )
    rss = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{esc(name)}-{esc(skin.site_name)}</title><link>{base}{col}</link>"
        f"<description>{esc(name)}</description><language>zh-cn</language>{entries}</channel></rss>"
    )
    skin.ctx.put(skin.c, feed, rss, ctype="application/rss+xml; charset=utf-8", modified=STAMP)
    return items


# ---------------------------------------------------------------------------- iframe by script
IFRAME_LIST = "/module/xxgk/list.jsp"


def iframe_column(skin: Skin, col: str, name: str, trail, items: list[Item], cid: int, per: int = 15):
    """``col/index.html`` holds an empty iframe whose ``src`` its script sets to
    ``/module/xxgk/list.jsp?cid=<cid>&curpage=1``; the framed pages are plain lists."""
    items = prep(skin, col, name, trail, items)
    pages = chunks(items, per)
    for n, chunk in enumerate(pages, 1):
        rows = "".join(
            f'<tr><td><a href="{esc(it.path)}" target="_parent" title="{esc(_t(it))}">{esc(_t(it))}</a></td>'
            f"<td>{it.date}</td></tr>"
            for it in chunk
        )
        nav = "".join(
            f'<a href="list.jsp?cid={cid}&amp;curpage={k}">{k}</a>' if k != n else f"<b>{k}</b>"
            for k in range(1, len(pages) + 1)
        )
        doc = (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><title>list</title>'
            '<link rel="stylesheet" href="/css/xxgk.css"></head><body>'
            f'<table class="xxgk-list" width="100%">{rows}</table>'
            f'<div class="page">共{len(items)}条 第{n}/{len(pages)}页 {nav}</div></body></html>'
        )
        skin.ctx.put(skin.c, IFRAME_LIST, doc, query=f"cid={cid}&curpage={n}", modified=STAMP)
    hook = (
        f'<iframe id="listFrame" name="listFrame" width="100%" height="860" frameborder="0" scrolling="no">'
        f'</iframe><script type="text/javascript">var cid="{cid}";'
        "var frm=document.getElementById('listFrame');"
        f'frm.setAttribute("src","{IFRAME_LIST}?cid="+cid+"&curpage=1");'
        "frm.onload=function(){try{frm.height=frm.contentWindow.document.body.scrollHeight;}catch(e){}};</script>"
    )
    shell(skin, col + "index.html", name, trail, hook)
    return items
