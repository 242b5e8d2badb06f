"""Page shapes of the blind59 mechanisms (evidence and assumptions in each docstring and the
README). No page links the later rows it lists.

* **A city platform's shared list endpoint keyed by the county's ``siteId``** (雁江区): the
  county's column page is a shell whose script ``fetch``es
  ``https://www.ziyang.gov.cn/irs/front/list?siteId=<county>&chnlId=<col>&page=n&size=15``, a
  list endpoint on the 资阳市 host shared by the city's 集约化 sub-sites (answers with
  ``Access-Control-Allow-Origin``); the rows are absolute URLs on the county host.
* **Page URLs from a template string** (义安区): static pages ``index.html``, ``list_2.html`` …;
  the pager is ``javascript:go(k)`` and ``go`` builds the URL by
  ``tpl.replace('{n}', n)`` from ``var tpl='<col>list_{n}.html'``.
* **``Promise.all`` of a count API and a list API** (港南区): a shell whose script asks
  ``/api/info/count?catalogId=`` (``{"count": N}``) and
  ``/api/info/list?catalogId=&offset=&limit=`` (a bare JSON array, no total) together; the pager
  is made from the count.
* **An offset in the path, answered by an HTML fragment** (枞阳县): the column's first 15 rows
  are in the page; a 加载更多 button ``$.get``s ``<col>offset/<k>`` (k = 15, 30, …) and appends the
  ``<li>`` fragment it answers.
"""

from __future__ import annotations

import json
import math

from ..blind.core import Item, chunks, esc
from ..blind.skins import Skin
from ..blind39.platforms import _prep, _t
from ..model import Request, Resource
from .core import STAMP

CITY_HOST = "www.ziyang.gov.cn"
CITY_API = "/irs/front/list"
COUNT_API = "/api/info/count"
LIST_API = "/api/info/list"
JSON_CT = "application/json;charset=UTF-8"
CUR = ' class="cur"'
CORS = (("Access-Control-Allow-Origin", "*"),)


def _shell(skin: Skin, path: str, name: str, trail, hook: str) -> None:
    body = f'{skin.crumbs(trail)}<div class="lm"><div class="lm-title"><h2>{esc(name)}</h2></div>{hook}</div>'
    skin.put(path, skin.page(f"{name}_{skin.site_name}", body))


def _json(obj, status: int = 200, headers: tuple = ()) -> Resource:
    return Resource(
        json.dumps(obj, ensure_ascii=False).encode(), JSON_CT, status=status, headers=headers, modified=STAMP
    )


def _int(v, default: int, low: int = 1) -> int:
    try:
        return max(low, int(v))
    except (TypeError, ValueError):
        return default


def _rows(chunk: list[Item]) -> str:
    return "".join(
        f'<li><a href="{esc(it.path)}" target="_blank" title="{esc(_t(it))}">{esc(_t(it))}</a>'
        f"<span>{it.date}</span></li>"
        for it in chunk
    )


def city_siteid_column(
    skin: Skin, col: str, name: str, trail, items: list[Item], site_id: str, chnl: str, per: int = 15
):
    """A shell whose script fetches the city platform's shared endpoint
    ``https://CITY_HOST/CITY_API?siteId&chnlId&page&size`` →
    ``{"code":0,"data":{"total","pageCount","list":[{"title","url","pubDate"}]}}``; the URLs are
    absolute on the county's host."""
    items = _prep(skin, col, name, trail, items)
    hook = (
        '<ul class="list" id="docList"></ul><div class="page" id="docPage"></div>'
        f'<script type="text/javascript">var siteId="{site_id}",chnlId="{chnl}";'
        f"var platform='https://{CITY_HOST}{CITY_API}';"
        "function getList(n){fetch(platform+'?siteId='+siteId+'&chnlId='+chnlId+'&page='+n+'&size="
        f"{per}')"
        ".then(function(r){return r.json();}).then(function(d){var h='';d.data.list.forEach(function(x){"
        "h+='<li><a href=\"'+x.url+'\" target=\"_blank\">'+x.title+'</a><span>'+x.pubDate+'</span></li>';});"
        "document.getElementById('docList').innerHTML=h;var s='';for(var k=1;k<=d.data.pageCount;k++){"
        "s+='<a href=\"javascript:getList('+k+')\">'+k+'</a>';}"
        "document.getElementById('docPage').innerHTML=s;});}getList(1);</script>"
    )
    _shell(skin, col + "index.html", name, trail, hook)
    ctx = skin.ctx
    sites = ctx.__dict__.setdefault("_city_sites", {})
    first = not sites
    sites.setdefault(site_id, {})[chnl] = [(skin.c.base + it.path, it) for it in items]

    def handler(req: Request) -> Resource:
        q = req.params()
        if q.get("siteId") not in sites:
            return _json({"code": 1001, "msg": "站点不存在", "data": None}, headers=CORS)
        got = sites[q["siteId"]].get(q.get("chnlId", ""), [])
        page, size = _int(q.get("page"), 1), min(_int(q.get("size"), per), 50)
        rows = [
            {"title": _t(it), "url": url, "pubDate": it.date}
            for url, it in got[(page - 1) * size : page * size]
        ]
        data = {"total": len(got), "pageCount": max(1, math.ceil(len(got) / size)), "list": rows}
        return _json({"code": 0, "msg": "success", "data": data}, headers=CORS)

    if first:
        ctx.handle(CITY_HOST, CITY_API, handler)
    return items


def template_pager_column(skin: Skin, col: str, name: str, trail, items: list[Item], per: int = 15):
    """Static ``index.html``, ``list_2.html`` …; the pager's links are ``javascript:go(k)`` and
    ``go`` makes the URL by ``'<col>list_{n}.html'.replace('{n}', n)``."""
    items = _prep(skin, col, name, trail, items)
    pages = chunks(items, per)
    for n, chunk in enumerate(pages, 1):
        links = "".join(
            f'<a href="javascript:go({k})"{CUR if k == n else ""}>{k}</a>' for k in range(1, len(pages) + 1)
        )
        body = (
            f'{skin.crumbs(trail)}<div class="list-box"><div class="list-title">{esc(name)}</div>'
            f'<ul class="list">{_rows(chunk)}</ul><div class="page">共{len(items)}条 {links}</div>'
            f"<script type=\"text/javascript\">var tpl='{col}list_{{n}}.html',first='{col}index.html';"
            "function go(n){location.href=n==1?first:tpl.replace('{n}',n);}</script></div>"
        )
        path = col + ("index.html" if n == 1 else f"list_{n}.html")
        skin.put(path, skin.page(f"{name}_{skin.site_name}", body))
    return items


def promise_all_column(skin: Skin, col: str, name: str, trail, items: list[Item], cid: str, per: int = 15):
    """A shell whose script awaits ``Promise.all`` of ``COUNT_API?catalogId`` (``{"count": N}``)
    and ``LIST_API?catalogId&offset&limit`` (a bare array); the pager comes from the count."""
    items = _prep(skin, col, name, trail, items)
    hook = (
        '<ul class="list" id="infoList"></ul><div class="page" id="infoPage"></div>'
        f'<script type="text/javascript">var catalogId="{cid}",limit={per};'
        "function show(n){Promise.all(["
        f"fetch('{COUNT_API}?catalogId='+catalogId).then(function(r){{return r.json();}}),"
        f"fetch('{LIST_API}?catalogId='+catalogId+'&offset='+(n-1)*limit+'&limit='+limit)"
        ".then(function(r){return r.json();})]).then(function(res){var total=res[0].count,rows=res[1],h='';"
        "rows.forEach(function(x){h+='<li><a href=\"'+x.link+'\" target=\"_blank\">'+x.title+'</a>'"
        "+'<span>'+x.time+'</span></li>';});document.getElementById('infoList').innerHTML=h;var s='';"
        "for(var k=1;k<=Math.ceil(total/limit);k++){s+='<a href=\"javascript:show('+k+')\">'+k+'</a>';}"
        "document.getElementById('infoPage').innerHTML=s;});}show(1);</script>"
    )
    _shell(skin, col + "index.html", name, trail, hook)
    cols = skin.ctx.__dict__.setdefault("_pa_cols", {}).setdefault(skin.c.host, {})
    first = not cols
    cols[cid] = items

    def count(req: Request) -> Resource:
        return _json({"count": len(cols.get(req.params().get("catalogId", ""), []))})

    def listing(req: Request) -> Resource:
        q = req.params()
        got = cols.get(q.get("catalogId", ""), [])
        off, lim = _int(q.get("offset"), 0, 0), min(_int(q.get("limit"), per), 50)
        return _json([{"title": _t(it), "link": it.path, "time": it.date} for it in got[off : off + lim]])

    if first:
        skin.ctx.handle(skin.c, COUNT_API, count)
        skin.ctx.handle(skin.c, LIST_API, listing)
    return items


def offset_path_column(skin: Skin, col: str, name: str, trail, items: list[Item], per: int = 15):
    """``index.html`` holds the first ``per`` rows; 加载更多 ``$.get``s ``<col>offset/<k>`` and
    appends the ``<li>`` fragment (empty past the end; a non-number is a 404)."""
    items = _prep(skin, col, name, trail, items)
    body = (
        f'{skin.crumbs(trail)}<div class="list-box"><div class="list-title">{esc(name)}</div>'
        f'<ul class="list" id="list">{_rows(items[:per])}</ul>'
        f'<div class="more"><button type="button" id="more" data-offset="{per}">加载更多</button></div>'
        f"<script type=\"text/javascript\">var base='{col}offset/',step={per};"
        "$('#more').on('click',function(){var b=$(this),o=parseInt(b.attr('data-offset'),10);"
        "$.get(base+o,function(h){if(!$.trim(h)){b.text('没有更多了').prop('disabled',true);return;}"
        "$('#list').append(h);b.attr('data-offset',o+step);});});</script></div>"
    )
    skin.put(col + "index.html", skin.page(f"{name}_{skin.site_name}", body))
    prefix = col + "offset/"

    def handler(req: Request) -> Resource:
        tail = req.path[len(prefix) :]
        if not tail.isdigit():
            return Resource(b"<h1>404 Not Found</h1>", "text/html; charset=utf-8", status=404, modified=STAMP)
        off = int(tail)
        return Resource(_rows(items[off : off + per]).encode(), "text/html; charset=utf-8", modified=STAMP)

    skin.ctx.handle_prefix(skin.c, prefix, handler)
    return items
