"""Page shapes of the blind39 mechanisms, each a thing real sites do (evidence in each docstring).

* **DWR plaincall lists** (嘉荫县): Direct Web Remoting, a Java RPC library many older government
  and portal sites use: public crawlers POST ``text/plain`` bodies of ``callCount=1``,
  ``c0-scriptName=…``, ``c0-methodName=…``, ``c0-param0=string:…``, ``c0-param1=number:…``,
  ``batchId=…`` to ``/dwr/call/plaincall/<Bean>.<method>.dwr`` (e.g. ``OpenSearchBean.searchVideo``,
  ``CourseBean.getLessonUnitLearnVo``) and read a script answer
  ``dwr.engine._remoteHandleCallback('<batch>','0',{…})``. Its use for a county list is assumed.
* **``<link rel="next">``-only pager** (宣州区): the list page names its next page only in
  ``<head>`` (HTML's ``rel=next``), read by a "加载更多" script; assumed shape.
* **base64 query API** (郎溪县): a shell page ``fetch``es ``/api/article/list?q=`` +
  ``btoa(JSON.stringify({columnId, pageNo, pageSize}))``; assumed shape.
* **base64 ``data-url`` rows** (伊美区): rows are ``<a href="javascript:;" data-url="<base64>">``
  opened by ``window.open(atob(…))``; assumed shape.
"""

from __future__ import annotations

import base64
import json

from ..blind.core import Item, chunks, esc
from ..blind.skins import Skin
from ..model import Request, Resource
from .core import STAMP

DWR = "/dwr/call/plaincall/InfoListService.getInfoList.dwr"
B64_API = "/api/article/list"


def _t(it: Item) -> str:
    return it.title.replace("|", "")


def _prep(skin: Skin, col: str, name: str, trail, items: list[Item]) -> list[Item]:
    for it in items:
        it.uid = it.uid or skin.ctx.uid()
    items = sorted(items, key=lambda d: (d.pub, d.uid), reverse=True)
    for it in items:
        it.path = it.path or f"{col}{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid}.html"
        skin.write_article(it, name, trail)
    return items


def _shell(skin: Skin, path: str, name: str, trail, hook: str) -> None:
    body = f'{skin.crumbs(trail)}<div class="lm"><div class="lm-title"><h2>{esc(name)}</h2></div>{hook}</div>'
    skin.put(path, skin.page(f"{name}_{skin.site_name}", body))


def dwr_column(skin: Skin, col: str, name: str, trail, items: list[Item], colid: str, per: int = 15):
    """A shell ``col/index.html`` whose script POSTs a DWR plaincall for each page."""
    items = _prep(skin, col, name, trail, items)
    hook = (
        '<ul class="list" id="infoList"></ul><div class="page" id="infoPage"></div>'
        '<script type="text/javascript" src="/dwr/engine.js"></script>'
        '<script type="text/javascript" src="/dwr/interface/InfoListService.js"></script>'
        f'<script type="text/javascript">var channelId="{colid}";'
        "function loadList(p){InfoListService.getInfoList(channelId,p,function(d){var h='';"
        "for(var i=0;i<d.rows.length;i++){h+='<li><a href=\"'+d.rows[i].url+'\" target=\"_blank\">'"
        "+d.rows[i].title+'</a><span>'+d.rows[i].date+'</span></li>';}"
        "document.getElementById('infoList').innerHTML=h;var s='';for(var k=1;k<=d.pages;k++){"
        "s+='<a href=\"javascript:loadList('+k+')\">'+k+'</a>';}"
        "document.getElementById('infoPage').innerHTML=s;});}loadList(1);</script>"
    )
    _shell(skin, col + "index.html", name, trail, hook)
    cols = skin.ctx.__dict__.setdefault("_dwr_cols", {}).setdefault(skin.c.host, {})
    cols[colid] = items

    def handler(req: Request) -> Resource:
        if req.method != "POST":
            return Resource(
                b"//#DWR-REPLY\r\nif (window.dwr) dwr.engine._remoteHandleException('0','0',"
                b"{javaClassName:'java.lang.SecurityException',message:'GET is disallowed'});",
                "text/javascript; charset=utf-8",
                status=501,
                modified=STAMP,
            )
        lines = dict(ln.split("=", 1) for ln in req.body.decode("utf-8", "replace").splitlines() if "=" in ln)
        chan = lines.get("c0-param0", "").removeprefix("string:")
        try:
            page = max(1, int(lines.get("c0-param1", "number:1").split(":", 1)[1]))
        except (ValueError, IndexError):
            page = 1
        got = cols.get(chan, [])
        part = got[(page - 1) * per : page * per]
        rows = ",".join(
            "{" + f'title:{json.dumps(_t(it), ensure_ascii=True)},url:"{it.path}",date:"{it.date}"' + "}"
            for it in part
        )
        batch = lines.get("batchId", "0")
        text = (
            "//#DWR-INSERT\r\n//#DWR-REPLY\r\n"
            f"dwr.engine._remoteHandleCallback('{batch}','0',{{pages:{max(1, -(-len(got) // per))},"
            f"total:{len(got)},rows:[{rows}]}});\r\n"
        )
        return Resource(text.encode(), "text/javascript; charset=utf-8", modified=STAMP)

    skin.ctx.handle(skin.c, DWR, handler)
    return items


def dwr_body(colid: str, page: int, batch: int = 1) -> bytes:
    """The plaincall body the site's ``engine.js`` would POST."""
    return (
        f"callCount=1\nnextReverseAjaxIndex=0\nc0-scriptName=InfoListService\nc0-methodName=getInfoList\n"
        f"c0-id=0\nc0-param0=string:{colid}\nc0-param1=number:{page}\nbatchId={batch}\n"
        "instanceId=0\npage=%2F\nscriptSessionId=\n"
    ).encode()


def relnext_column(skin: Skin, col: str, name: str, trail, items: list[Item], per: int = 15):
    """Lists ``col/index.html``, ``col/list_2.html`` … whose next page is named only by a
    ``<link rel="next">`` in ``<head>`` and a 加载更多 script reading it."""
    items = _prep(skin, col, name, trail, items)
    pages = chunks(items, per)
    for n, chunk in enumerate(pages, 1):
        rows = "".join(
            f'<li><a href="{esc(it.path)}" target="_blank" title="{esc(_t(it))}">{esc(_t(it))}</a>'
            f"<span>{it.date}</span></li>"
            for it in chunk
        )
        nxt = f'<link rel="next" href="{col}list_{n + 1}.html">' if n < len(pages) else ""
        more = (
            '<div class="more"><button type="button" id="loadMore">加载更多</button></div>'
            '<script type="text/javascript">$("#loadMore").on("click",function(){'
            "var n=$('link[rel=next]').attr('href');if(!n){$(this).text('没有更多了');return;}"
            "$.get(n,function(h){var d=$('<div>').html(h);$('ul.list').append(d.find('ul.list').html());"
            "var m=d.find('link[rel=next]').attr('href');if(m){$('link[rel=next]').attr('href',m);}"
            "else{$('link[rel=next]').remove();}});});</script>"
            if n < len(pages)
            else ""
        )
        body = (
            f'{skin.crumbs(trail)}<div class="list-box"><div class="list-title">{esc(name)}</div>'
            f'<ul class="list">{rows}</ul>{more}</div>'
        )
        path = col + ("index.html" if n == 1 else f"list_{n}.html")
        skin.put(path, skin.page(f"{name}_{skin.site_name}", body, metas=nxt))
    return items


def b64_column(skin: Skin, col: str, name: str, trail, items: list[Item], colid: int, per: int = 15):
    """A shell whose script fetches ``/api/article/list?q=`` + base64 of a JSON query."""
    items = _prep(skin, col, name, trail, items)
    hook = (
        '<ul class="list" id="list"></ul><div class="page" id="pager"></div>'
        f'<script type="text/javascript">var columnId={colid},pageSize={per};'
        "function query(p){var q=btoa(JSON.stringify({columnId:columnId,pageNo:p,pageSize:pageSize}));"
        f"fetch('{B64_API}?q='+encodeURIComponent(q)).then(function(r){{return r.json();}})"
        ".then(function(d){var h='';d.data.records.forEach(function(x){h+='<li><a href=\"'+x.linkUrl+'\" "
        "target=\"_blank\">'+x.title+'</a><span>'+x.publishDate+'</span></li>';});"
        "document.getElementById('list').innerHTML=h;var s='';for(var k=1;k<=d.data.pages;k++){"
        "s+='<a href=\"javascript:query('+k+')\">'+k+'</a>';}"
        "document.getElementById('pager').innerHTML=s;});}"
        "query(1);</script>"
    )
    _shell(skin, col + "index.html", name, trail, hook)
    cols = skin.ctx.__dict__.setdefault("_b64_cols", {}).setdefault(skin.c.host, {})
    cols[colid] = items

    def handler(req: Request) -> Resource:
        raw = req.params().get("q", "")
        try:
            q = json.loads(base64.b64decode(raw + "=" * (-len(raw) % 4)).decode())
            cid, page, size = int(q["columnId"]), max(1, int(q.get("pageNo", 1))), int(q.get("pageSize", per))
        except (ValueError, KeyError, TypeError):
            body = json.dumps({"code": 400, "msg": "参数错误", "data": None}, ensure_ascii=False)
            return Resource(body.encode(), "application/json;charset=UTF-8", status=400, modified=STAMP)
        size = max(1, min(size, 50))
        got = cols.get(cid, [])
        part = got[(page - 1) * size : page * size]
        obj = {
            "code": 200,
            "msg": "success",
            "data": {
                "total": len(got),
                "pages": max(1, -(-len(got) // size)),
                "current": page,
                "records": [
                    {"id": it.uid, "title": _t(it), "linkUrl": it.path, "publishDate": it.date} for it in part
                ],
            },
        }
        return Resource(
            json.dumps(obj, ensure_ascii=False).encode(), "application/json;charset=UTF-8", modified=STAMP
        )

    skin.ctx.handle(skin.c, B64_API, handler)
    return items


def b64q(colid: int, page: int, size: int = 15) -> str:
    raw = json.dumps({"columnId": colid, "pageNo": page, "pageSize": size}, separators=(",", ":"))
    return base64.b64encode(raw.encode()).decode()


def dataurl_column(skin: Skin, col: str, name: str, trail, items: list[Item], per: int = 15):
    """TRS-numbered lists whose rows carry the article URL only base64-encoded in ``data-url``."""
    items = _prep(skin, col, name, trail, items)
    pages = chunks(items, per)
    for n, chunk in enumerate(pages):
        rows = "".join(
            '<li><a href="javascript:;" class="openUrl" '
            f'data-url="{base64.b64encode(it.path.encode()).decode()}"'
            f' title="{esc(_t(it))}">{esc(_t(it))}</a><span>{it.date}</span></li>'
            for it in chunk
        )
        script = (
            '<script type="text/javascript">$(function(){$(".list").on("click","a.openUrl",function(){'
            "window.open(atob($(this).attr('data-url')));});});</script>"
        )
        body = (
            f'{skin.crumbs(trail)}<div class="right"><div class="lm-title"><h2>{esc(name)}</h2></div>'
            f'<ul class="list">{rows}</ul>{skin.pager(len(pages), n) if len(pages) > 1 else ""}{script}</div>'
        )
        skin.put(
            col + ("index" if n == 0 else f"index_{n}") + ".html", skin.page(f"{name}_{skin.site_name}", body)
        )
    return items
