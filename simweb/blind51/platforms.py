"""Page shapes of the blind51 mechanisms, each a thing real sites do (evidence in the README).

* **MyBatis-Plus nested page POST** (淇滨区): a shell whose ``$.ajax`` POSTs the JSON body
  ``{"page": {"current": n, "size": 10}, "query": {"columnId": …, "status": 1}}`` to
  ``/prod-api/cms/article/page``; the answer is ``{"code": 0, "data": {"records": […],
  "total", "size", "current", "pages"}}``; a GET answers 405, a flat body 400.
* **``$.getScript`` list files** (永定区): a shell defines ``renderList(d)`` and loads
  ``<col>list_<n>.js`` by ``$.getScript``; each file is one call ``renderList({…rows…})``.
* **``axios.create`` instance with a timestamp header** (峄城区): the page makes
  ``axios.create({baseURL})`` whose request interceptor sets ``X-Timestamp``; the list API
  answers 401 without a numeric timestamp header.
* **ES module list with template-literal rows** (慈利县): a ``<script type="module">`` imports
  ``pageList`` from ``/static/js/api.js``; that module builds the URL with a template literal
  (``${BASE}/columns/${column}/articles?page=${page}``); rows are drawn with template literals.
* **``fetch(new Request(…, {body: new URLSearchParams(…)}))``** (台儿庄区): a form-urlencoded POST
  made through a ``Request`` object; the answer is ``{"success": true, "data": {"rows", "pageCount"}}``.
"""

from __future__ import annotations

import json

from ..blind.core import Item
from ..blind.skins import Skin
from ..blind39.platforms import _prep, _shell
from ..model import Request, Resource
from .core import STAMP

MP_API = "/prod-api/cms/article/page"
AXIOS_BASE = "/portal-api"
AXIOS_LIST = "/content/list"
MODULE_API = "/static/js/api.js"
MODULE_BASE = "/cms-api/v1"
FORM_API = "/site/info/list.do"
JSON_CT = "application/json;charset=UTF-8"
JS_CT = "application/javascript; charset=utf-8"


def _t(it: Item) -> str:
    return it.title.replace("|", "")


def _json(obj, status: int = 200) -> Resource:
    return Resource(json.dumps(obj, ensure_ascii=False).encode(), JSON_CT, status=status, modified=STAMP)


def _store(skin: Skin, name: str) -> dict:
    return skin.ctx.__dict__.setdefault(name, {}).setdefault(skin.c.host, {})


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


# ------------------------------------------------------------------------------- MyBatis-Plus
def mp_column(skin: Skin, col: str, name: str, trail, items: list[Item], colid: str, per: int = 10):
    """A shell whose script POSTs ``{"page": {"current", "size"}, "query": {…}}`` per page."""
    items = _prep(skin, col, name, trail, items)
    hook = (
        '<ul class="list" id="list"></ul><div class="page" id="pager"></div>'
        f'<script type="text/javascript">var columnId="{colid}";'
        "function load(n){$.ajax({url:'" + MP_API + "',type:'POST',contentType:'application/json',"
        f"dataType:'json',data:JSON.stringify({{page:{{current:n,size:{per}}},query:{{columnId:columnId,status:1}}}}),"
        "success:function(r){var d=r.data,h='';$.each(d.records,function(i,x){h+='<li><a href=\"'+x.url+"
        "'\" target=\"_blank\">'+x.title+'</a><span>'+x.publishTime+'</span></li>';});$('#list').html(h);"
        "var s='';for(var k=1;k<=d.pages;k++){s+='<a href=\"javascript:load('+k+')\">'+k+'</a>';}"
        "$('#pager').html(s);}});}load(1);</script>"
    )
    _shell(skin, col + "index.html", name, trail, hook)
    cols = _store(skin, "_mp_cols")
    cols[colid] = items

    def handler(req: Request) -> Resource:
        if req.method != "POST":
            return _json({"code": 405, "msg": "Request method 'GET' not supported", "data": None}, 405)
        try:
            q = json.loads(req.body.decode("utf-8"))
            page, query = q["page"], q["query"]
            cur, size = max(1, int(page.get("current", 1))), max(1, min(int(page.get("size", per)), 50))
            got = cols[str(query["columnId"])]
        except (ValueError, KeyError, TypeError, AttributeError):
            return _json({"code": 400, "msg": "参数错误", "data": None}, 400)
        part = got[(cur - 1) * size : cur * size]
        return _json(
            {
                "code": 0,
                "msg": "操作成功",
                "data": {
                    "records": [
                        {"id": str(it.uid), "title": _t(it), "url": it.path, "publishTime": it.date}
                        for it in part
                    ],
                    "total": len(got),
                    "size": size,
                    "current": cur,
                    "pages": _pages(len(got), size),
                },
            }
        )

    skin.ctx.handle(skin.c, MP_API, handler)
    return items


def mp_body(colid: str, current: int, size: int = 10) -> bytes:
    return json.dumps(
        {"page": {"current": current, "size": size}, "query": {"columnId": colid, "status": 1}}
    ).encode()


# ------------------------------------------------------------------------------- $.getScript
def getscript_column(skin: Skin, col: str, name: str, trail, items: list[Item], per: int = 15):
    """A shell defining ``renderList`` and loading ``list_<n>.js`` files by ``$.getScript``."""
    items = _prep(skin, col, name, trail, items)
    hook = (
        '<ul class="list" id="list"></ul><div class="page" id="pager"></div>'
        f'<script type="text/javascript">var listBase="{col}list_";'
        "function renderList(d){var h='';$.each(d.rows,function(i,x){h+='<li><a href=\"'+x.url+"
        "'\" target=\"_blank\">'+x.title+'</a><span>'+x.date+'</span></li>';});$('#list').html(h);"
        "var s='';for(var k=1;k<=d.pages;k++){s+='<a href=\"javascript:go('+k+')\">'+k+'</a>';}"
        "$('#pager').html(s);}function go(n){$.getScript(listBase+n+'.js');}go(1);</script>"
    )
    _shell(skin, col + "index.html", name, trail, hook)
    pages = [items[k : k + per] for k in range(0, len(items), per)] or [[]]
    for n, chunk in enumerate(pages, 1):
        d = {
            "page": n,
            "pages": len(pages),
            "total": len(items),
            "rows": [{"title": _t(it), "url": it.path, "date": it.date} for it in chunk],
        }
        skin.ctx.put(
            skin.c, f"{col}list_{n}.js", f"renderList({json.dumps(d, ensure_ascii=False)});", ctype=JS_CT
        )
    return items


# ------------------------------------------------------------------------------- axios instance
def axios_column(skin: Skin, col: str, name: str, trail, items: list[Item], chnl: str, per: int = 15):
    """A shell whose ``axios.create`` instance adds ``X-Timestamp``; the API refuses without it."""
    items = _prep(skin, col, name, trail, items)
    hook = (
        '<div id="app"><ul class="list" id="list"></ul><div class="page" id="pager"></div></div>'
        '<script type="text/javascript" src="/static/js/axios.min.js"></script>'
        '<script type="text/javascript">var service=axios.create({baseURL:\''
        + AXIOS_BASE
        + "',timeout:10000});"
        "service.interceptors.request.use(function(config){config.headers['X-Timestamp']=Date.now();"
        "return config;});"
        f'var chnlId="{chnl}";'
        "function load(n){service.get('"
        + AXIOS_LIST
        + f"',{{params:{{chnlId:chnlId,pageNo:n,pageSize:{per}}}}})"
        ".then(function(res){var d=res.data.data,h='';"
        "d.list.forEach(function(x){h+='<li><a href=\"'+x.linkUrl+"
        "'\" target=\"_blank\">'+x.title+'</a><span>'+x.pubDate+'</span></li>';});"
        "document.getElementById('list').innerHTML=h;var s='';for(var k=1;k<=d.totalPage;k++){"
        "s+='<a href=\"javascript:load('+k+')\">'+k+'</a>';}document.getElementById('pager').innerHTML=s;});}"
        "load(1);</script>"
    )
    _shell(skin, col + "index.html", name, trail, hook)
    skin.ctx.put(
        skin.c, "/static/js/axios.min.js", "/* axios v1.6.8 | (c) 2024 by Matt Zabriskie */", ctype=JS_CT
    )
    cols = _store(skin, "_axios_cols")
    cols[chnl] = items

    def handler(req: Request) -> Resource:
        ts = {k.lower(): v for k, v in req.headers.items()}.get("x-timestamp", "")
        if not (ts.isdigit() and 10 <= len(ts) <= 13):
            return _json({"code": 401, "msg": "请求已过期，请刷新页面", "data": None}, 401)
        p = req.params()
        try:
            got = cols[p.get("chnlId", "")]
            n, size = max(1, int(p.get("pageNo") or 1)), max(1, min(int(p.get("pageSize") or per), 50))
        except (ValueError, KeyError):
            return _json({"code": 500, "msg": "栏目不存在", "data": None})
        part = got[(n - 1) * size : n * size]
        return _json(
            {
                "code": 200,
                "msg": "success",
                "data": {
                    "list": [{"title": _t(it), "linkUrl": it.path, "pubDate": it.date} for it in part],
                    "totalPage": _pages(len(got), size),
                    "totalCount": len(got),
                },
            }
        )

    skin.ctx.handle(skin.c, AXIOS_BASE + AXIOS_LIST, handler)
    return items


# ------------------------------------------------------------------------------- ES module
def module_column(skin: Skin, col: str, name: str, trail, items: list[Item], column: str, per: int = 15):
    """A shell whose ``<script type="module">`` imports ``pageList`` from ``/static/js/api.js``."""
    items = _prep(skin, col, name, trail, items)
    hook = (
        f'<div class="list-box" id="list-box" data-column="{column}"><ul class="list" id="list"></ul>'
        '<div class="page" id="pager"></div></div>'
        '<script type="module">'
        "import { pageList } from '" + MODULE_API + "';"
        "const box = document.getElementById('list-box');"
        "const show = async (page) => {"
        "const d = await pageList(box.dataset.column, page);"
        "document.getElementById('list').innerHTML = d.items.map((x) => "
        '`<li><a href="${x.href}" target="_blank">${x.title}</a><span>${x.date}</span></li>`).join(\'\');'
        "document.getElementById('pager').innerHTML = Array.from({ length: d.totalPages }, (_, k) => "
        '`<a href="javascript:;" data-p="${k + 1}">${k + 1}</a>`).join(\'\');};'
        "document.getElementById('pager').addEventListener('click', (e) => {"
        "const p = e.target.dataset.p; if (p) show(Number(p)); });"
        "show(1);</script>"
    )
    _shell(skin, col + "index.html", name, trail, hook)
    api = (
        f"const BASE = '{MODULE_BASE}';\n"
        "export async function pageList(column, page) {\n"
        "  const res = await fetch(`${BASE}/columns/${column}/articles?page=${page}`, "
        "{ headers: { Accept: 'application/json' } });\n"
        "  return res.json();\n}\n"
    )
    skin.ctx.put(skin.c, MODULE_API, api, ctype="text/javascript; charset=utf-8")

    def handler(req: Request) -> Resource:
        try:
            page = max(1, int(req.params().get("page") or 1))
        except ValueError:
            return _json({"error": "bad page"}, 400)
        part = items[(page - 1) * per : page * per]
        return _json(
            {
                "column": column,
                "page": page,
                "totalPages": _pages(len(items), per),
                "items": [{"title": _t(it), "href": it.path, "date": it.date} for it in part],
            }
        )

    skin.ctx.handle(skin.c, f"{MODULE_BASE}/columns/{column}/articles", handler)
    return items


# ------------------------------------------------------------------------------- Request + URLSearchParams
def request_form_column(
    skin: Skin, col: str, name: str, trail, items: list[Item], catalog: str, per: int = 15
):
    """A shell that POSTs ``new URLSearchParams({catalogId, pageIndex, pageSize})`` through
    ``fetch(new Request(…))``."""
    items = _prep(skin, col, name, trail, items)
    hook = (
        '<ul class="list" id="list"></ul><div class="page" id="pager"></div>'
        f'<script type="text/javascript">var catalogId="{catalog}";'
        "function load(n){var req=new Request('" + FORM_API + "',{method:'POST',"
        f"body:new URLSearchParams({{catalogId:catalogId,pageIndex:n,pageSize:{per}}})}});"
        "fetch(req).then(function(r){return r.json();}).then(function(j){var d=j.data,h='';"
        "d.rows.forEach(function(x){h+='<li><a href=\"'+x.url+'\" target=\"_blank\">'+x.title+'</a><span>'"
        "+x.time+'</span></li>';});document.getElementById('list').innerHTML=h;var s='';"
        "for(var k=1;k<=d.pageCount;k++){s+='<a href=\"javascript:load('+k+')\">'+k+'</a>';}"
        "document.getElementById('pager').innerHTML=s;});}load(1);</script>"
    )
    _shell(skin, col + "index.html", name, trail, hook)
    cols = _store(skin, "_form_cols")
    cols[catalog] = items

    def handler(req: Request) -> Resource:
        if req.method != "POST":
            return _json({"success": False, "msg": "不支持的请求方式", "data": None}, 405)
        p = dict(req.params())
        try:
            got = cols[p["catalogId"]]
            n, size = max(1, int(p.get("pageIndex") or 1)), max(1, min(int(p.get("pageSize") or per), 50))
        except (ValueError, KeyError):
            return _json({"success": False, "msg": "参数错误", "data": None})
        part = got[(n - 1) * size : n * size]
        return _json(
            {
                "success": True,
                "data": {
                    "rows": [{"title": _t(it), "url": it.path, "time": it.date} for it in part],
                    "pageCount": _pages(len(got), size),
                    "total": len(got),
                },
            }
        )

    skin.ctx.handle(skin.c, FORM_API, handler)
    return items
