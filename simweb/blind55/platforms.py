"""Page shapes of the blind55 mechanisms (evidence and assumptions in each docstring and the
README). Each column is a shell page whose rows a script fills from a list endpoint; no page
links the articles it lists.

* **API base from ``<meta name="api-base">``** (钟楼区): the endpoint's root is only in a
  ``<head>`` meta tag the script reads (``document.querySelector('meta[name="api-base"]')``).
* **XSSI-prefixed JSON** (金坛区): the list answer starts with ``)]}',`` and a newline (Angular's
  and Spring's JSON-hijacking guard); the page strips it before ``JSON.parse``.
* **XSRF cookie double submit** (永清县): the column page sets ``XSRF-TOKEN``; the script reads it
  from ``document.cookie`` and POSTs with ``X-XSRF-TOKEN``; the endpoint answers 403 unless the
  header equals the cookie.
* **XHR ``responseType='json'`` rows cloned from a ``<template>``** (文安县): the answer is served
  as ``text/plain`` and read from ``xhr.response``; each row is a clone of ``<template
  id="rowTpl">`` whose ``<a>`` gets its ``href`` from the row.
"""

from __future__ import annotations

import json
from http.cookies import SimpleCookie

from ..blind.core import Item, esc
from ..blind.skins import Skin
from ..blind39.platforms import _prep, _t
from ..model import Request, Resource
from .core import STAMP

META_API = "/cms-api/v2"
XSSI_API = "/jtzf/list/query.do"
XSRF_API = "/api/open/article/page"
XHR_API = "/wenan/info/list.do"
XSSI = ")]}',\n"
JSON_CT = "application/json;charset=UTF-8"


def _shell(skin: Skin, path: str, name: str, trail, hook: str, metas: str = "", headers: tuple = ()) -> None:
    body = f'{skin.crumbs(trail)}<div class="lm"><div class="lm-title"><h2>{esc(name)}</h2></div>{hook}</div>'
    skin.ctx.put(
        skin.c,
        path,
        skin.page(f"{name}_{skin.site_name}", body, metas=metas),
        encoding=skin.encoding,
        headers=headers,
    )


def _page(got: list[Item], page: int, size: int) -> list[Item]:
    return got[(page - 1) * size : page * size]


def _pages(got: list[Item], size: int) -> int:
    return max(1, -(-len(got) // size))


def _json(obj, status: int = 200, ctype: str = JSON_CT, prefix: str = "") -> Resource:
    return Resource(
        (prefix + json.dumps(obj, ensure_ascii=False)).encode(), ctype, status=status, modified=STAMP
    )


def _int(v, default: int) -> int:
    try:
        return max(1, int(v))
    except (TypeError, ValueError):
        return default


def meta_base_column(skin: Skin, col: str, name: str, trail, items: list[Item], chnl: str, per: int = 15):
    """A shell whose endpoint root is read from ``<meta name="api-base">``:
    ``GET <base>/channels/<chnl>/articles?page=n&size=15`` → ``{"content": [...], "totalPages"}``."""
    items = _prep(skin, col, name, trail, items)
    hook = (
        '<ul class="list" id="artList"></ul><div class="page" id="artPage"></div>'
        f'<script type="text/javascript">var chnl="{chnl}",size={per};'
        "var apiBase=document.querySelector('meta[name=\"api-base\"]').getAttribute('content');"
        "function load(n){fetch(apiBase+'/channels/'+chnl+'/articles?page='+n+'&size='+size)"
        ".then(function(r){return r.json();}).then(function(d){var h='';d.content.forEach(function(x){"
        "h+='<li><a href=\"'+x.url+'\" target=\"_blank\">'+x.title+'</a>'"
        "+'<span>'+x.publishTime+'</span></li>';});"
        "document.getElementById('artList').innerHTML=h;var s='';for(var k=1;k<=d.totalPages;k++){"
        "s+='<a href=\"javascript:load('+k+')\">'+k+'</a>';}"
        "document.getElementById('artPage').innerHTML=s;});}"
        "load(1);</script>"
    )
    _shell(skin, col + "index.html", name, trail, hook, metas=f'<meta name="api-base" content="{META_API}">')
    cols = skin.ctx.__dict__.setdefault("_meta_cols", {}).setdefault(skin.c.host, {})
    cols[chnl] = items

    def handler(req: Request) -> Resource:
        parts = req.path[len(META_API) :].strip("/").split("/")
        if len(parts) != 3 or parts[0] != "channels" or parts[2] != "articles" or parts[1] not in cols:
            return _json({"status": 404, "error": "Not Found", "path": req.path}, status=404)
        q = req.params()
        got, page, size = cols[parts[1]], _int(q.get("page"), 1), min(_int(q.get("size"), per), 50)
        rows = [
            {"id": it.uid, "title": _t(it), "url": it.path, "publishTime": it.date}
            for it in _page(got, page, size)
        ]
        return _json(
            {
                "content": rows,
                "number": page,
                "size": size,
                "totalElements": len(got),
                "totalPages": _pages(got, size),
            }
        )

    skin.ctx.handle_prefix(skin.c, META_API + "/", handler)
    return items


def xssi_column(skin: Skin, col: str, name: str, trail, items: list[Item], colid: str, per: int = 15):
    """A shell whose ``$.ajax`` (``dataType:'text'``) reads ``XSSI_API?colId&pageNo&pageSize``, an
    answer prefixed by ``)]}',\\n`` that the page strips before ``JSON.parse``."""
    items = _prep(skin, col, name, trail, items)
    hook = (
        '<ul class="list" id="list"></ul><div class="page" id="pager"></div>'
        f'<script type="text/javascript">var colId="{colid}";'
        "function strip(t){return t.replace(/^\\)\\]\\}',?\\n/,'');}"
        f"function goPage(n){{$.ajax({{url:'{XSSI_API}',type:'GET',dataType:'text',"
        f"data:{{colId:colId,pageNo:n,pageSize:{per}}},success:function(t){{var d=JSON.parse(strip(t));"
        "var h='';$.each(d.result.list,function(i,x){h+='<li><a href=\"'+x.href+'\" target=\"_blank\">'"
        "+x.title+'</a><span>'+x.pubDate+'</span></li>';});$('#list').html(h);var s='';"
        "for(var k=1;k<=d.result.pageCount;k++){s+='<a href=\"javascript:goPage('+k+')\">'+k+'</a>';}"
        "$('#pager').html(s);}});}$(function(){goPage(1);});</script>"
    )
    _shell(skin, col + "index.html", name, trail, hook)
    cols = skin.ctx.__dict__.setdefault("_xssi_cols", {}).setdefault(skin.c.host, {})
    cols[colid] = items

    def handler(req: Request) -> Resource:
        q = req.params()
        if q.get("colId") not in cols:
            return _json({"success": False, "message": "栏目不存在", "result": None}, prefix=XSSI)
        got, page, size = cols[q["colId"]], _int(q.get("pageNo"), 1), min(_int(q.get("pageSize"), per), 50)
        rows = [{"title": _t(it), "href": it.path, "pubDate": it.date} for it in _page(got, page, size)]
        obj = {
            "success": True,
            "result": {"pageNo": page, "pageCount": _pages(got, size), "total": len(got), "list": rows},
        }
        return _json(obj, prefix=XSSI)

    skin.ctx.handle(skin.c, XSSI_API, handler)
    return items


def xsrf_token(skin: Skin) -> str:
    return f"{skin.ctx.rng('xsrf', skin.c.host).getrandbits(128):032x}"


def xsrf_column(skin: Skin, col: str, name: str, trail, items: list[Item], cat: str, per: int = 15):
    """A shell that sets ``XSRF-TOKEN`` and whose script POSTs JSON ``{categoryId, pageNum,
    pageSize}`` to ``XSRF_API`` with ``X-XSRF-TOKEN`` read from ``document.cookie``."""
    items = _prep(skin, col, name, trail, items)
    token = xsrf_token(skin)
    hook = (
        '<ul class="list" id="list"></ul><div class="page" id="pager"></div>'
        f'<script type="text/javascript">var categoryId="{cat}";'
        "function getCookie(k){var m=document.cookie.match(new RegExp('(?:^|; )'+k+'=([^;]*)'));"
        "return m?decodeURIComponent(m[1]):'';}"
        f"function page(n){{fetch('{XSRF_API}',{{method:'POST',credentials:'same-origin',"
        "headers:{'Content-Type':'application/json','X-XSRF-TOKEN':getCookie('XSRF-TOKEN')},"
        f"body:JSON.stringify({{categoryId:categoryId,pageNum:n,pageSize:{per}}})}})"
        ".then(function(r){return r.json();}).then(function(d){var h='';d.data.list.forEach(function(x){"
        "h+='<li><a href=\"'+x.link+'\" target=\"_blank\">'+x.title+'</a><span>'+x.date+'</span></li>';});"
        "document.getElementById('list').innerHTML=h;var s='';for(var k=1;k<=d.data.pages;k++){"
        "s+='<a href=\"javascript:page('+k+')\">'+k+'</a>';}document.getElementById('pager').innerHTML=s;});}"
        "page(1);</script>"
    )
    _shell(
        skin, col + "index.html", name, trail, hook, headers=(("Set-Cookie", f"XSRF-TOKEN={token}; Path=/"),)
    )
    cols = skin.ctx.__dict__.setdefault("_xsrf_cols", {}).setdefault(skin.c.host, {})
    cols[cat] = items

    def handler(req: Request) -> Resource:
        if req.method != "POST":
            return _json({"code": 405, "msg": "Request method 'GET' not supported", "data": None}, status=405)
        hdr = {k.lower(): v for k, v in req.headers.items()}
        jar = SimpleCookie()
        try:
            jar.load(hdr.get("cookie", ""))
        except Exception:  # a malformed Cookie header is simply no cookie
            jar = SimpleCookie()
        cookie = jar["XSRF-TOKEN"].value if "XSRF-TOKEN" in jar else ""
        if not cookie or hdr.get("x-xsrf-token") != cookie:
            return _json({"code": 403, "msg": "Invalid CSRF Token", "data": None}, status=403)
        try:
            q = json.loads(req.body or b"{}")
            cid, page, size = (
                str(q["categoryId"]),
                _int(q.get("pageNum"), 1),
                min(_int(q.get("pageSize"), per), 50),
            )
        except (ValueError, KeyError, TypeError):
            return _json({"code": 400, "msg": "参数错误", "data": None}, status=400)
        got = cols.get(cid, [])
        rows = [
            {"id": it.uid, "title": _t(it), "link": it.path, "date": it.date} for it in _page(got, page, size)
        ]
        return _json(
            {
                "code": 200,
                "msg": "操作成功",
                "data": {"pageNum": page, "pages": _pages(got, size), "list": rows},
            }
        )

    skin.ctx.handle(skin.c, XSRF_API, handler)
    return items


def xhr_template_column(skin: Skin, col: str, name: str, trail, items: list[Item], cat: str, per: int = 15):
    """A shell with ``<template id="rowTpl">`` and an XHR (``responseType='json'``) to
    ``XHR_API?catId&page&rows`` served as ``text/plain``; each row is a clone of the template."""
    items = _prep(skin, col, name, trail, items)
    hook = (
        '<template id="rowTpl"><li><a href="javascript:;" target="_blank" class="tit"></a>'
        '<span class="date"></span></li></template><ul class="list" id="infoList"></ul>'
        '<div class="page" id="infoPage"></div>'
        f'<script type="text/javascript">var catId="{cat}";'
        "function loadPage(n){var xhr=new XMLHttpRequest();"
        f"xhr.open('GET','{XHR_API}?catId='+catId+'&page='+n+'&rows={per}');xhr.responseType='json';"
        "xhr.onload=function(){var d=xhr.response,ul=document.getElementById('infoList');ul.innerHTML='';"
        "var tpl=document.getElementById('rowTpl');d.rows.forEach(function(r){"
        "var node=tpl.content.cloneNode(true),a=node.querySelector('a.tit');a.setAttribute('href',r.link);"
        "a.textContent=r.title;node.querySelector('.date').textContent=r.pubDate;ul.appendChild(node);});"
        "var s='';for(var k=1;k<=Math.ceil(d.total/"
        f"{per});k++){{s+='<a href=\"javascript:loadPage('+k+')\">'+k+'</a>';}}"
        "document.getElementById('infoPage').innerHTML=s;};xhr.send();}loadPage(1);</script>"
    )
    _shell(skin, col + "index.html", name, trail, hook)
    cols = skin.ctx.__dict__.setdefault("_xhr_cols", {}).setdefault(skin.c.host, {})
    cols[cat] = items

    def handler(req: Request) -> Resource:
        q = req.params()
        got, page, size = (
            cols.get(q.get("catId", ""), []),
            _int(q.get("page"), 1),
            min(_int(q.get("rows"), per), 50),
        )
        rows = [{"title": _t(it), "link": it.path, "pubDate": it.date} for it in _page(got, page, size)]
        return _json({"total": len(got), "rows": rows}, ctype="text/plain;charset=UTF-8")

    skin.ctx.handle(skin.c, XHR_API, handler)
    return items
