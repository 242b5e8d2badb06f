"""The list and link mechanisms of the ``kinds4`` profile that ``kinds``, ``kinds2`` and ``kinds3`` lack.

Lists written by ``document.write`` (inline lines, or a per-column ``.js`` file whose relative links
resolve against the page that includes it), a JSONP list API whose callback wraps the JSON, Hanweb's
``morecolumndataproxy.jsp`` (one list merged from several column ids, POSTed, answered as XML
``<record><![CDATA[<li>…]]></record>``), a zTree catalogue whose nodes come only from
``getTree.do`` (lazy, by ``?id=``), JSP pages whose relative links hang on a ``<base href>``, a
column menu given only as ``<select>`` options, Hanweb ``?uid=&pageNum=`` pages whose pager a script
writes from a total, and a trap of relative links that append a path segment on every page.
"""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qsl

from ..families import esc
from ..kinds.core import Doc, KSite, chunks, int_param, num_id, req_params
from ..kinds2.mechs import place, put_article
from ..kinds3.mechs import li_rows
from ..model import Request, Resource

Trail = list[tuple[str, str]]


def hanweb_path(site: KSite, col: int, d: Doc) -> str:
    """``/art/YYYY/M/D/art_<col>_<id>.html``."""
    return f"/art/{d.pub.year}/{d.pub.month}/{d.pub.day}/art_{col}_{num_id(site.host, d.uid, digits=7)}.html"


def list_page(site: KSite, name: str, trail: Trail, inner: str, *, head: str = "", scripts: str = "") -> str:
    main = f'{site.crumbs([*trail, (name, "")])}\n<div class="list"><h3>{esc(name)}</h3>{inner}</div>'
    return site.page(f"{name}_{site.site_name}", main, head=head, scripts=scripts)


# ------------------------------------------------------------------ 1 document.write lists


def js_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def docwrite_lines(docs: list[Doc], relative_to: str = "") -> str:
    """One ``document.write("<li><a href='…'>…</a></li>");`` line per item (TRS "JS 调用" output);
    with ``relative_to`` the hrefs are written relative to that folder (``./YYYYMM/t….html``)."""
    lines = []
    for d in docs:
        href = "./" + d.path[len(relative_to) :] if relative_to else d.path
        li = (
            f"<li><a href='{href}' target='_blank' title='{esc(d.title)}'>{esc(d.title)}</a>"
            f"<span class='date'>{d.date}</span></li>"
        )
        lines.append(f'document.write("{js_string(li)}");')
    return "\n".join(lines)


def docwrite_column(
    site: KSite, name: str, folder: str, docs: list[Doc], trail: Trail, how: str = "inline", per: int = 20
) -> list[Doc]:
    """A column whose items exist only as ``document.write`` strings: ``how="inline"`` writes them in
    a ``<script>`` of the page (pages ``index.html``, ``index_1.html`` … linked plainly); ``how="js"``
    includes ``/js/col/<slug>.js`` whose lines hold hrefs relative to the *page* (``./YYYYMM/…``),
    which resolve wrongly against the script's own URL."""
    docs = place(site, docs, lambda d: site.trs_path(folder, d))
    slug = folder.strip("/").replace("/", "_")
    pages = chunks(docs, per) if how == "inline" else [docs]
    for i, chunk in enumerate(pages):
        if how == "inline":
            lines = docwrite_lines(chunk)
            ul = f'<ul class="list-ul">\n<script type="text/javascript">\n{lines}\n</script>\n</ul>'
        else:
            site.put(
                f"/js/col/{slug}.js",
                f"/* {name} 信息列表 JS调用 */\n{docwrite_lines(chunk, folder)}\n",
                "application/javascript",
            )
            ul = f'<ul class="list-ul"><script type="text/javascript" src="/js/col/{slug}.js"></script></ul>'
        nav = " ".join(
            f'<a href="{"index.html" if n == 0 else f"index_{n}.html"}">{n + 1}</a>'
            for n in range(len(pages))
        )
        text = list_page(site, name, trail, f'{ul}<div class="page">{nav}</div>')
        site.put(folder + ("index.html" if i == 0 else f"index_{i}.html"), text)
        if i == 0:
            site.put(folder, text)
    for d in docs:
        put_article(site, d, [*trail, (name, folder)])
    return docs


# ------------------------------------------------------------------ 2 JSONP and Hanweb XML answers

CALLBACK = re.compile(r"^[A-Za-z_$][\w$]*$")


def jsonp_column(
    site: KSite,
    name: str,
    folder: str,
    column_id: str,
    docs: list[Doc],
    trail: Trail,
    api: str,
    per: int = 15,
) -> list[Doc]:
    """``folder`` holds an empty ``<ul>`` and a jQuery ``$.ajax({dataType: 'jsonp'})`` call of
    ``api?columnId=&pageNo=&pageSize=`` whose answer is ``<callback>({"code":0,"data":{"total",
    "list":[{title,link,pubDate}]}})``; the pager is built from ``total`` (in the JSON only)."""
    docs = place(site, docs, lambda d: site.trs_path(folder, d))
    registry = site.registries.setdefault("jsonp", {})
    registry[column_id] = docs
    script = (
        "<script>\nvar columnId = '" + column_id + "';\nfunction loadList(pageNo) {\n"
        "    $.ajax({url: '"
        + api
        + "', data: {columnId: columnId, pageNo: pageNo, pageSize: "
        + str(per)
        + "},"
        " dataType: 'jsonp', jsonp: 'callback',\n"
        "        success: function (res) {\n"
        "            var h = '';\n"
        "            $.each(res.data.list, function (i, item) { h += '<li><a href=\"' + item.link + '\" "
        "target=\"_blank\">' + item.title + '</a><span>' + item.pubDate + '</span></li>'; });\n"
        "            $('#infoList').html(h);\n"
        "            var pages = Math.ceil(res.data.total / " + str(per) + "), p = '';\n"
        "            for (var k = 1; k <= pages; k++) {\n"
        "                p += '<a href=\"javascript:loadList(' + k + ')\">' + k"
        " + '</a>'; }\n            $('#pager').html(p);\n        }});\n}\nloadList(1);\n</script>"
    )
    text = list_page(
        site, name, trail, '<ul id="infoList"></ul><div id="pager" class="page"></div>', scripts=script
    )
    site.put(folder, text)
    site.put(folder + "index.html", text)
    for d in docs:
        put_article(site, d, [*trail, (name, folder)])

    if (site.host, api) not in site.web.handlers:

        def handler(req: Request) -> Resource:
            args = req_params(req)
            found = registry.get(args.get("columnId", ""), [])
            page = max(int_param(args.get("pageNo", 1), 1), 1)
            size = min(max(int_param(args.get("pageSize", per), per), 1), 50)
            rows = [
                {"title": d.title, "link": d.path, "pubDate": d.date, "source": d.source}
                for d in found[(page - 1) * size : page * size]
            ]
            data = {"code": 0, "msg": "success", "data": {"total": len(found), "pageNo": page, "list": rows}}
            callback = args.get("callback", "")
            callback = callback if CALLBACK.match(callback) else "callback"
            body = f"{callback}({json.dumps(data, ensure_ascii=False)})"
            return Resource(body.encode(), "application/javascript;charset=UTF-8")

        site.handle(api, handler)
    return docs


MORE_PROXY = "/module/web/jpage/morecolumndataproxy.jsp"


def hanweb_record(d: Doc) -> str:
    return (
        f"<li><a href='{d.path}' title='{esc(d.title)}' target='_blank'>{esc(d.title)}</a>"
        f"<span class='bt_time'>{d.date}</span></li>"
    )


def more_column_list(
    site: KSite, col: int, name: str, columns: list[tuple[int, str, list[Doc]]], trail: Trail, web_id: int
) -> list[Doc]:
    """Hanweb ``/col/col<col>/index.html`` merging several columns: the page holds an empty
    ``<div id="div<col>">`` and a ``jpage`` call with the form (``col=1&appid=1&webid=&path=/&
    columnid=<id>,<id>,…&sourceContentType=1&unitid=&keyWordCount=30&webname=&permissiontype=0``);
    records come only from POST ``morecolumndataproxy.jsp?startrecord=&endrecord=&perpage=``
    (``<datastore><totalrecord>…<recordset><record><![CDATA[<li>…</li>]]></record>…``)."""
    unit = num_id(site.host, col, digits=6)
    placed = []
    by_col: dict[str, list[Doc]] = {}
    for cid, cname, docs in columns:
        docs = place(site, docs, lambda d, c=cid: hanweb_path(site, c, d))
        by_col[str(cid)] = docs
        placed += docs
        for d in docs:
            put_article(site, d, [*trail, (name, f"/col/col{col}/index.html"), (cname, "")])
    ids = ",".join(str(c) for c, _, _ in columns)
    form = {
        "col": 1,
        "appid": 1,
        "webid": web_id,
        "path": "/",
        "columnid": ids,
        "sourceContentType": 1,
        "unitid": unit,
        "keyWordCount": 30,
        "webname": site.site_name,
        "permissiontype": 0,
    }
    params = ", ".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in form.items())
    script = (
        '<script type="text/javascript" src="/module/web/jpage/jpage.js"></script>\n'
        f"<script>\n$('#div{col}').jpage({{dataUrl: '{MORE_PROXY}', dataParams: {{{params}}},"
        " perPage: 15, showMode: 'full', groupSize: 3, objName: 'jpage', barPosition: 'bottom'});\n</script>"
    )
    text = list_page(site, name, trail, f'<div id="div{col}"></div>', scripts=script)
    site.put(f"/col/col{col}/index.html", text)
    registry = site.registries.setdefault("morecolumn", {})
    registry.update(by_col)

    if (site.host, MORE_PROXY) not in site.web.handlers:

        def handler(req: Request) -> Resource:
            args = dict(parse_qsl(req.query))
            args.update(dict(parse_qsl(req.body.decode("utf-8", "replace"))))
            merged = []
            for cid in args.get("columnid", "").split(","):
                merged += registry.get(cid.strip(), [])
            merged = sorted(merged, key=lambda d: (d.pub, d.uid), reverse=True)
            start = max(int_param(args.get("startrecord", 1), 1), 1)
            end = max(int_param(args.get("endrecord", start + 44), start + 44), start)
            chunk = merged[start - 1 : end]
            records = "".join(f"<record><![CDATA[\n{hanweb_record(d)}\n]]></record>\n" for d in chunk)
            xml = (
                '<?xml version="1.0" encoding="UTF-8"?>\n'
                f"<datastore>\n<totalrecord>{len(merged)}</totalrecord>\n"
                f"<recordset>\n{records}</recordset>\n</datastore>\n"
            )
            return Resource(xml.encode(), "text/xml;charset=UTF-8")

        site.handle(MORE_PROXY, handler)
        site.put("/module/web/jpage/jpage.js", "/* jpage 分页组件 (abridged) */\n", "application/javascript")
    return placed


# ------------------------------------------------------------------ 3 zTree catalogue from getTree.do


ZTREE_SCRIPT = (
    '<script src="/js/ztree/jquery.ztree.core.min.js"></script>\n<script>\n'
    "var setting = {async: {enable: true, type: 'get', url: '{api}', autoParam: ['id']},\n"
    "    data: {simpleData: {enable: true, idKey: 'id', pIdKey: 'pId'}},\n"
    "    callback: {onClick: function (e, treeId, node) {\n"
    "        if (node.url) { $('#listBox').load(node.url); } }}};\n"
    "$(function () { $.fn.zTree.init($('#deptTree'), setting); });\n</script>"
)


def ztree_catalogue(
    site: KSite,
    path: str,
    name: str,
    depts: list[tuple[str, list[tuple[str, list[Doc]]]]],
    trail: Trail,
    api: str = "/xxgk/getTree.do",
) -> list[Doc]:
    """``path`` holds ``<ul id="deptTree" class="ztree">`` and a zTree ``async`` setting: the nodes
    (``[{id,pId,name,isParent,url}]``) come from ``api`` (roots without ``id``, children by
    ``?id=<node>``); a leaf's ``url`` is its list ``/xxgk/list.jsp?deptId=&catId=``, a page linked
    from nowhere else. Articles ``/xxgk/content.jsp?id=N``."""
    nodes: dict[str, list[dict]] = {"": []}
    placed = []
    for k, (dept, cats) in enumerate(depts):
        did = f"{num_id(site.host, dept, digits=3) + 100 * (k + 1)}"
        nodes[""].append({"id": did, "pId": "0", "name": dept, "isParent": True, "url": ""})
        nodes[did] = []
        for j, (cat, docs) in enumerate(cats):
            cid = f"{did}{j + 1:02d}"
            url = f"/xxgk/list.jsp?deptId={did}&catId={cid}"
            nodes[did].append({"id": cid, "pId": did, "name": cat, "isParent": False, "url": url})
            docs = place(site, docs, lambda d: f"/xxgk/content.jsp?id={num_id(site.host, d.uid, digits=8)}")
            placed += docs
            site.put(
                url, list_page(site, cat, [*trail, (name, path), (dept, "")], f"<ul>{li_rows(docs)}</ul>")
            )
            for d in docs:
                put_article(site, d, [*trail, (name, path), (dept, ""), (cat, url)])
    main = (
        f'{site.crumbs([*trail, (name, "")])}\n<div class="xxgk"><div class="left"><h3>{esc(name)}</h3>'
        '<ul id="deptTree" class="ztree"></ul></div><div class="right" id="listBox">'
        "<p>请在左侧选择部门和目录</p></div></div>"
    )
    site.put(path, site.page(f"{name}_{site.site_name}", main, scripts=ZTREE_SCRIPT.replace("{api}", api)))

    def handler(req: Request) -> Resource:
        found = nodes.get(req_params(req).get("id", ""), [])
        return Resource(json.dumps(found, ensure_ascii=False).encode(), "application/json;charset=UTF-8")

    site.handle(api, handler)
    site.put(
        "/js/ztree/jquery.ztree.core.min.js", "/* zTree v3.5 core (abridged) */\n", "application/javascript"
    )
    return placed


DEPT_RENDER = (
    "<script>\n$(function () {\n    var h = '';\n    $.each(deptJson, function (i, d) {\n"
    "        h += '<li class=\"dept\"><span>' + d.title + '</span><ul>';\n"
    "        $.each(d.child, function (j, c) {\n"
    "            h += '<li><a href=\"' + c.url + '\" target=\"_blank\">' + c.content + '</a></li>';\n"
    "        });\n        h += '</ul></li>';\n    });\n    $('#deptMenu').html(h);\n});\n</script>"
)


def static_dept_tree(
    site: KSite, path: str, name: str, depts: list[tuple[str, list[tuple[str, str]]]], trail: Trail, js: str
) -> None:
    """``path`` holds an empty ``<ul id="deptMenu">``, ``<script src="<js>">`` and a script that
    renders it: ``<js>`` is a static ``var deptJson = [{id,title,child:[{content,url}]}]`` whose
    ``url`` (absolute) is the only link to each department's columns."""
    data = [
        {
            "id": f"{k + 1:02d}",
            "title": dept,
            "child": [{"content": c, "url": site.base + u} for c, u in cols],
        }
        for k, (dept, cols) in enumerate(depts)
    ]
    site.put(
        js,
        "var deptJson = " + json.dumps(data, ensure_ascii=False, indent=4) + ";\n",
        "application/javascript",
    )
    box = f'<div class="dept-box"><h3>{esc(name)}</h3><ul id="deptMenu"></ul></div>'
    main = f"{site.crumbs([*trail, (name, '')])}\n{box}"
    scripts = f'<script type="text/javascript" src="{js}"></script>\n{DEPT_RENDER}\n'
    site.put(path, site.page(f"{name}_{site.site_name}", main, scripts=scripts))


# ------------------------------------------------------------------ 4 <base href> and <select> menus


def base_href_column(
    site: KSite, name: str, path: str, docs: list[Doc], trail: Trail, per: int = 15
) -> list[Doc]:
    """A JSP list at ``path`` (``…/list.jsp``, pages ``?pageNo=N``) whose head holds ``<base
    href="<scheme>://<host>/">`` and whose links are relative to that base (``xxgk/info.jsp?
    infoId=N``), not to the page's folder; the pager's links are base-relative too."""
    head = f'<base href="{site.base}/">\n'
    docs = place(site, docs, lambda d: f"/xxgk/info.jsp?infoId={num_id(site.host, d.uid, digits=7)}")
    rel = path.lstrip("/")
    pages = chunks(docs, per)
    for i, chunk in enumerate(pages):
        rows = "".join(
            f'<li><a href="{d.path.lstrip("/")}" target="_blank" title="{esc(d.title)}">{esc(d.title)}</a>'
            f"<span>{d.date}</span></li>"
            for d in chunk
        )
        nav = " ".join(f'<a href="{rel}?pageNo={n + 1}">{n + 1}</a>' for n in range(len(pages)))
        text = list_page(site, name, trail, f'<ul>{rows}</ul><div class="page">{nav}</div>', head=head)
        site.put(f"{path}?pageNo={i + 1}", text)
        if i == 0:
            site.put(path, text)
    for d in docs:
        put_article(site, d, [*trail, (name, path)])
    return docs


def base_href_index(site: KSite, path: str, name: str, links: list[tuple[str, str]], trail: Trail) -> None:
    """A JSP section page whose column links are relative to its ``<base href>``."""
    head = f'<base href="{site.base}/">\n'
    items = "".join(f'<li><a href="{p.lstrip("/")}" title="{esc(n)}">{esc(n)}</a></li>' for n, p in links)
    site.put(path, list_page(site, name, trail, f'<ul class="menu">{items}</ul>', head=head))


def select_menu(links: list[tuple[str, str]], label: str) -> str:
    """A column menu given only as ``<select onchange="…window.open(this.value)">`` options."""
    opts = "".join(f'<option value="{p}">{esc(n)}</option>' for n, p in links)
    return (
        f'<div class="sel-menu"><select onchange="if (this.value) {{ window.open(this.value); }}">'
        f'<option value="">--{esc(label)}--</option>{opts}</select></div>'
    )


# ------------------------------------------------------------------ 5 Hanweb ?uid=&pageNum= pages

PAGER_SCRIPT = (
    "<script>\n(function () {{\n    var total = {total}, perPage = {per}, uid = '{uid}';\n"
    "    var pages = Math.ceil(total / perPage), h = '';\n"
    "    for (var i = 1; i <= pages; i++) {{\n"
    "        h += '<a href=\"?uid=' + uid + '&pageNum=' + i + '\">' + i + '</a>';\n    }}\n"
    "    document.getElementById('page_' + uid).innerHTML = '共' + total + '条 ' + h;\n}})();\n</script>"
)


def pagenum_column(
    site: KSite, col: int, uid: str, name: str, docs: list[Doc], trail: Trail, per: int = 15
) -> list[Doc]:
    """Hanweb ``/col/col<col>/index.html``, pages ``?uid=<uid>&pageNum=N`` (any parameter order);
    the page links are written by a script from ``total`` into ``<div id="page_<uid>">``."""
    docs = place(site, docs, lambda d: hanweb_path(site, col, d))
    pages = chunks(docs, per)
    path = f"/col/col{col}/index.html"

    def render(n: int) -> str:
        rows = li_rows(pages[n - 1]) if 0 < n <= len(pages) else ""
        inner = (
            f'<div id="{uid}"><ul class="List_list">{rows}</ul></div><div id="page_{uid}" class="page"></div>'
        )
        return list_page(
            site, name, trail, inner, scripts=PAGER_SCRIPT.format(total=len(docs), per=per, uid=uid)
        )

    def handler(req: Request) -> Resource:
        args = req_params(req)
        if args and args.get("uid", uid) != uid:
            return Resource(b"<h1>404</h1>", status=404)
        return site.html_res(render(max(int_param(args.get("pageNum", 1), 1), 1)))

    site.handle(path, handler)
    site.put(f"/col/col{col}/", render(1))
    for d in docs:
        put_article(site, d, [*trail, (name, path)])
    return docs


# ------------------------------------------------------------------ 6 server-rendered state

STATE_TAIL = (
    ";(function(){var s;(s=document.currentScript||document.scripts[document.scripts.length-1])"
    ".parentNode.removeChild(s);}());"
)


def ssr_state_list(site: KSite, name: str, folder: str, docs: list[Doc], trail: Trail) -> list[Doc]:
    """A Vue server-rendered list: items are ``<li class="news-item" data-v-…>`` without anchors (a
    click pushes the router), their URLs only in ``window.__INITIAL_STATE__={…"list":{"total",
    "rows":[{id,title,publishTime,linkurl}]}}`` followed by Vue's self-removing script tail."""
    docs = place(site, docs, lambda d: site.trs_path(folder, d))
    rows = [
        {
            "id": num_id(site.host, d.uid, digits=7),
            "title": d.title,
            "publishTime": d.pub.strftime("%Y-%m-%d %H:%M:%S"),
            "linkurl": d.path,
        }
        for d in docs
    ]
    state = {
        "route": {"path": folder, "name": "list"},
        "list": {"columnName": name, "total": len(rows), "rows": rows},
    }
    items = "".join(
        f'<li class="news-item" data-v-5c1a2b3e><span class="title" data-v-5c1a2b3e>{esc(d.title)}</span>'
        f'<span class="date" data-v-5c1a2b3e>{d.date}</span></li>'
        for d in docs
    )
    main = (
        f'{site.crumbs([*trail, (name, "")])}\n<div id="app" data-server-rendered="true"><div class="list" '
        f"data-v-5c1a2b3e><h3 data-v-5c1a2b3e>{esc(name)}</h3><ul data-v-5c1a2b3e>{items}</ul></div></div>"
    )
    scripts = (
        f"<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False, separators=(',', ':'))}"
        f'{STATE_TAIL}</script>\n<script src="/static/js/app.7d3e9a.js" defer></script>\n'
    )
    text = site.page(f"{name}_{site.site_name}", main, scripts=scripts)
    site.put(folder, text)
    site.put(folder + "index.html", text)
    site.put(
        "/static/js/app.7d3e9a.js",
        "/* vue ssr client bundle (abridged): rows are clicked with router.push(row.linkurl) */\n",
        "application/javascript",
    )
    for d in docs:
        put_article(site, d, [*trail, (name, folder)])
    return docs


# ------------------------------------------------------------------ 7 traps


def segment_trap(site: KSite, root: str, columns: list[tuple[str, str]]) -> str:
    """Relative links that append a segment: ``<root>index.html`` carries a sub-menu ``href="xxgk/
    <slug>/index.html"`` (no leading slash), so it leads to ``<root>xxgk/<slug>/index.html``, which
    a catch-all rewrite serves with the same relative menu, one segment deeper on every click. The
    real columns are ``<root><slug>/index.html``. Returns the trap's prefix."""
    trap = f"{root}xxgk/"
    sub = root.strip("/")

    def menu() -> str:
        return (
            '<ul class="sub-menu">'
            + "".join(
                f'<li><a href="{sub}/{slug}/index.html" title="{esc(n)}">{esc(n)}</a></li>'
                for n, slug in columns
            )
            + "</ul>"
        )

    def handler(req: Request) -> Resource:
        parts = [p for p in req.path.split("/") if p]
        slug = parts[-2] if len(parts) >= 2 else ""
        cname = next((n for n, s in columns if s == slug), "信息公开")
        main = f'{menu()}<div class="list"><h3>{esc(cname)}</h3><p>暂无信息</p></div>'
        return site.html_res(site.page(f"{cname}_{site.site_name}", main))

    site.prefix(
        trap, handler, trap="relative links that append a path segment on every page (catch-all rewrite)"
    )
    return menu()


def www_mirror(mirror: KSite, origin: KSite) -> str:
    """An accessibility mirror host (信息无障碍版) serving ``/www/<path>`` as ``origin``'s page at
    ``<path>``, with a toolbar; it rewrites root-relative links by prefixing ``/www`` once per
    ``/www`` segment already in the request (a relative-base bug), so every page links one level
    deeper: ``/www/www/…``, ``/www/www/www/…``. Returns the entry URL."""

    def handler(req: Request) -> Resource:
        parts = req.path.split("/")
        depth = 0
        while depth + 1 < len(parts) and parts[depth + 1] == "www":
            depth += 1
        inner = "/" + "/".join(parts[depth + 1 :])
        res = origin.web.resources.get((origin.host, inner, req.query))
        if res is None or not res.ctype.startswith("text/html"):
            return Resource(b"<h1>404</h1>", status=404)
        prefix = "/www" * (depth + 1)
        text = res.body.decode("utf-8", "replace")
        text = re.sub(r'href="/(?!/)', f'href="{prefix}/', text)
        bar = (
            '<body>\n<div class="wza-bar"><a href="javascript:;">放大</a> <a href="javascript:;">缩小</a> '
            f'<a href="{origin.base}{inner}">退出无障碍</a></div>'
        )
        return mirror.html_res(text.replace("<body>", bar, 1))

    mirror.prefix("/www/", handler, trap="信息无障碍 mirror host nesting /www/ in every rewritten link")
    return f"{mirror.base}/www/index.html"
