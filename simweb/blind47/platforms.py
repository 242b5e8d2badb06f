"""Page shapes of the blind47 mechanisms, each a thing real sites do (evidence in the README).

* **GraphQL POST list** (东营区): a shell whose script POSTs ``{"query": "…", "variables":
  {"channel": …, "page": n}}`` to ``/graphql``; the answer is ``{"data": {"articles": {"pages",
  "total", "items": [{"title", "url", "date"}]}}}``; a GET answers 400. GraphQL list queries with
  ``variables`` and page arguments are evidenced in public scrapers and API docs; a county list
  served so is assumed.
* **cursor-paged list API behind an ``X-Requested-With`` check** (城厢区): a 加载更多 script GETs
  ``/api/content/list?catId=…&size=…&lastId=<cursor>``; each answer carries ``nextCursor`` (the
  id of its last row; ``null`` at the end) which the next call sends back as ``lastId``; jQuery's
  ``$.ajax`` adds ``X-Requested-With: XMLHttpRequest`` and the API answers 403 without it.
* **old ``<frameset>``** (甘州区): 政务公开 is a ``<frameset>`` whose columns are named only by a
  ``<frame src>`` menu page (``target="main"``); the home page links just the frameset.
* **``<select onchange>`` pager** (肃南裕固族自治县): a list's later pages are named only in
  ``<option value="index_1.html">`` of a ``<select onchange="location.href=this.value">``.
* **JSON config, then list API** (利津县): a shell ``fetch``es ``/static/config/site.json`` first;
  the list endpoint and the column ids are in it; the list answers ``{"code":200,"rows":[…]}``.
"""

from __future__ import annotations

import json

from ..blind.core import Item, chunks, esc
from ..blind.skins import Skin
from ..blind39.platforms import _prep, _shell
from ..model import Request, Resource
from .core import STAMP

GRAPHQL = "/graphql"
GQL_QUERY = (
    "query ArticleList($channel: String!, $page: Int!) "
    "{ articles(channel: $channel, page: $page, size: 15) { total pages items { title url date } } }"
)
CURSOR_API = "/api/content/list"
CONFIG = "/static/config/site.json"
CONFIG_LIST = "/prod-api/portal/article/page"
JSON_CT = "application/json;charset=UTF-8"


def _t(it: Item) -> str:
    return it.title.replace("|", "")


def _json(obj, status: int = 200) -> Resource:
    return Resource(json.dumps(obj, ensure_ascii=False).encode(), JSON_CT, status=status, modified=STAMP)


def _store(skin: Skin, name: str) -> dict:
    return skin.ctx.__dict__.setdefault(name, {}).setdefault(skin.c.host, {})


# ------------------------------------------------------------------------------- GraphQL
def graphql_column(skin: Skin, col: str, name: str, trail, items: list[Item], channel: str, per: int = 15):
    """A shell ``col/index.html`` whose script POSTs a GraphQL query per page to ``/graphql``."""
    items = _prep(skin, col, name, trail, items)
    hook = (
        '<ul class="list" id="list"></ul><div class="page" id="pager"></div>'
        f'<script type="text/javascript">var gqlChannel="{channel}";'
        f"var GQL={json.dumps(GQL_QUERY)};"
        "function load(p){fetch('" + GRAPHQL + "',{method:'POST',headers:{'Content-Type':'application/json'},"
        "body:JSON.stringify({query:GQL,variables:{channel:gqlChannel,page:p}})})"
        ".then(function(r){return r.json();}).then(function(d){var a=d.data.articles,h='';"
        "a.items.forEach(function(x){h+='<li><a href=\"'+x.url+'\" target=\"_blank\">'+x.title+"
        "'</a><span>'+x.date+'</span></li>';});document.getElementById('list').innerHTML=h;var s='';"
        "for(var k=1;k<=a.pages;k++){s+='<a href=\"javascript:load('+k+')\">'+k+'</a>';}"
        "document.getElementById('pager').innerHTML=s;});}load(1);</script>"
    )
    _shell(skin, col + "index.html", name, trail, hook)
    cols = _store(skin, "_gql_cols")
    cols[channel] = items

    def handler(req: Request) -> Resource:
        if req.method != "POST":
            return _json({"errors": [{"message": "Must provide query string."}]}, 400)
        try:
            q = json.loads(req.body.decode("utf-8"))
            var = q.get("variables") or {}
            chan, page = str(var["channel"]), max(1, int(var.get("page", 1)))
            if "articles" not in q.get("query", ""):
                raise KeyError("query")
        except (ValueError, KeyError, TypeError, AttributeError):
            return _json({"errors": [{"message": "Syntax Error: Unexpected <EOF>."}]}, 400)
        got = cols.get(chan, [])
        part = got[(page - 1) * per : page * per]
        return _json(
            {
                "data": {
                    "articles": {
                        "total": len(got),
                        "pages": max(1, -(-len(got) // per)),
                        "items": [{"title": _t(it), "url": it.path, "date": it.date} for it in part],
                    }
                }
            }
        )

    skin.ctx.handle(skin.c, GRAPHQL, handler)
    return items


def graphql_body(channel: str, page: int) -> bytes:
    return json.dumps({"query": GQL_QUERY, "variables": {"channel": channel, "page": page}}).encode()


# ------------------------------------------------------------------------------- cursor API
def cursor_column(skin: Skin, col: str, name: str, trail, items: list[Item], cat: int, per: int = 12):
    """A shell whose 加载更多 script pages ``/api/content/list`` by ``lastId``/``nextCursor``."""
    items = _prep(skin, col, name, trail, items)
    hook = (
        '<ul class="list" id="list"></ul>'
        '<div class="more"><a href="javascript:;" id="more">加载更多</a></div>'
        f'<script type="text/javascript">var catId={cat},size={per},cursor="";'
        "function more(){$.ajax({url:'" + CURSOR_API + "',type:'GET',dataType:'json',"
        "data:{catId:catId,size:size,lastId:cursor},success:function(d){var h='';"
        "$.each(d.list,function(i,x){h+='<li><a href=\"'+x.url+'\" target=\"_blank\">'+x.title+"
        "'</a><span>'+x.pubDate+'</span></li>';});$('#list').append(h);"
        "if(d.nextCursor){cursor=d.nextCursor;}else{$('#more').text('没有更多了').off('click');}}});}"
        "$('#more').on('click',more);more();</script>"
    )
    _shell(skin, col + "index.html", name, trail, hook)
    cols = _store(skin, "_cursor_cols")
    cols[cat] = items

    def handler(req: Request) -> Resource:
        xrw = {k.lower(): v for k, v in req.headers.items()}.get("x-requested-with", "")
        if xrw.lower() != "xmlhttprequest":
            return _json({"code": 403, "msg": "非法请求", "list": [], "nextCursor": None}, 403)
        p = req.params()
        try:
            got = cols[int(p.get("catId", ""))]
            size = max(1, min(int(p.get("size") or per), 30))
        except (ValueError, KeyError):
            return _json({"code": 400, "msg": "参数错误", "list": [], "nextCursor": None}, 400)
        last = p.get("lastId", "")
        start = 0
        if last:
            ids = [str(it.uid) for it in got]
            if last not in ids:
                return _json({"code": 200, "msg": "ok", "list": [], "nextCursor": None})
            start = ids.index(last) + 1
        part = got[start : start + size]
        more = start + size < len(got)
        return _json(
            {
                "code": 200,
                "msg": "ok",
                "list": [{"id": it.uid, "title": _t(it), "url": it.path, "pubDate": it.date} for it in part],
                "nextCursor": str(part[-1].uid) if part and more else None,
            }
        )

    skin.ctx.handle(skin.c, CURSOR_API, handler)
    return items


# ------------------------------------------------------------------------------- select pager
def select_column(skin: Skin, col: str, name: str, trail, items: list[Item], per: int = 15):
    """TRS-numbered lists ``index.html``, ``index_1.html`` … whose only pager is a ``<select>``."""
    items = _prep(skin, col, name, trail, items)
    pages = chunks(items, per)
    for n, chunk in enumerate(pages):
        rows = "".join(
            f'<li><a href="{esc(it.path)}" target="_blank" title="{esc(_t(it))}">{esc(_t(it))}</a>'
            f"<span>{it.date}</span></li>"
            for it in chunk
        )
        opts = "".join(
            f'<option value="{"index" if k == 0 else f"index_{k}"}.html"{" selected" if k == n else ""}>'
            f"第{k + 1}页</option>"
            for k in range(len(pages))
        )
        pager = (
            f'<div class="page">共{len(items)}条 第{n + 1}/{len(pages)}页 转到'
            f'<select name="page" onchange="location.href=this.value">{opts}</select></div>'
            if len(pages) > 1
            else ""
        )
        body = (
            f'{skin.crumbs(trail)}<div class="list-box"><div class="list-title">{esc(name)}</div>'
            f'<ul class="list">{rows}</ul>{pager}</div>'
        )
        skin.put(
            col + ("index" if n == 0 else f"index_{n}") + ".html", skin.page(f"{name}_{skin.site_name}", body)
        )
    return items


# ------------------------------------------------------------------------------- config then API
def config_column(
    skin: Skin, col: str, name: str, trail, items: list[Item], ckey: str, colid: str, per: int = 15
):
    """A shell that fetches ``/static/config/site.json`` for the list endpoint and its column id."""
    items = _prep(skin, col, name, trail, items)
    hook = (
        '<div id="app"><ul class="list" id="list"></ul><div class="page" id="pager"></div></div>'
        f'<script type="text/javascript">var columnKey="{ckey}";'
        f"fetch('{CONFIG}').then(function(r){{return r.json();}}).then(function(cfg){{"
        "var id=cfg.columns[columnKey];function go(p){fetch(cfg.baseApi+cfg.api.list+'?columnId='+id+"
        "'&pageNum='+p+'&pageSize='+cfg.pageSize).then(function(r){return r.json();}).then(function(d){"
        "var h='';d.rows.forEach(function(x){h+='<li><a href=\"'+x.linkUrl+'\" target=\"_blank\">'+x.title"
        "+'</a><span>'+x.publishTime+'</span></li>';});document.getElementById('list').innerHTML=h;"
        "var s='',n=Math.ceil(d.total/cfg.pageSize);for(var k=1;k<=n;k++){"
        "s+='<a href=\"javascript:;\" data-p=\"'+k+'\">'+k+'</a>';}"
        "document.getElementById('pager').innerHTML=s;});}go(1);"
        "document.getElementById('pager').onclick=function(e){var p=e.target.getAttribute('data-p');"
        "if(p){go(+p);}};});</script>"
    )
    _shell(skin, col + "index.html", name, trail, hook)
    cols = _store(skin, "_config_cols")
    cols[colid] = (ckey, items)
    cfg = {
        "siteName": skin.site_name,
        "baseApi": "",
        "pageSize": per,
        "api": {"list": CONFIG_LIST, "detail": "/prod-api/portal/article/info"},
        "columns": {k: cid for cid, (k, _its) in cols.items()},
    }
    skin.ctx.put(skin.c, CONFIG, json.dumps(cfg, ensure_ascii=False), ctype="application/json")

    def handler(req: Request) -> Resource:
        p = req.params()
        try:
            _k, got = cols[p.get("columnId", "")]
            page, size = max(1, int(p.get("pageNum") or 1)), max(1, min(int(p.get("pageSize") or per), 50))
        except (ValueError, KeyError):
            return _json({"code": 500, "msg": "栏目不存在", "rows": [], "total": 0})
        part = got[(page - 1) * size : page * size]
        return _json(
            {
                "code": 200,
                "msg": "查询成功",
                "total": len(got),
                "rows": [
                    {"id": it.uid, "title": _t(it), "linkUrl": it.path, "publishTime": it.date} for it in part
                ],
            }
        )

    skin.ctx.handle(skin.c, CONFIG_LIST, handler)
    return items


# ------------------------------------------------------------------------------- frameset
def frameset(skin: Skin, path: str, menu: str, first: str, columns: list[tuple[str, str]]) -> None:
    """``path`` is a ``<frameset>``: a ``menu`` frame linking ``columns`` into the ``main`` frame."""
    links = "".join(f'<li><a href="{esc(u)}" target="main">{esc(n)}</a></li>' for u, n in columns)
    skin.put(menu, skin.page(f"政务公开栏目_{skin.site_name}", f'<div class="menu"><ul>{links}</ul></div>'))
    charset = "gbk" if skin.encoding.lower() == "gbk" else "utf-8"
    doc = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN" "http://www.w3.org/TR/html4/frameset.dtd">'
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f"<title>政务公开_{esc(skin.site_name)}</title></head>"
        '<frameset rows="120,*" frameborder="no" border="0" framespacing="0">'
        '<frame name="top" src="/zwgk/top.html" scrolling="no" noresize>'
        '<frameset cols="220,*" frameborder="no" border="0">'
        f'<frame name="menu" src="{esc(menu)}" scrolling="auto">'
        f'<frame name="main" src="{esc(first)}" scrolling="auto">'
        "</frameset></frameset>"
        "<noframes><body>您的浏览器不支持框架，请升级浏览器。</body></noframes></html>"
    )
    skin.put(
        "/zwgk/top.html", skin.page(f"政务公开_{skin.site_name}", '<div class="top"><h1>政务公开</h1></div>')
    )
    skin.put(path, doc)
