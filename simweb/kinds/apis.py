"""Column pages whose lists come from JSON APIs: Hanweb JPaaS (script tag or inline POST), TRS
IRS ``/irs/front/list`` (POST JSON), TRS IGS ``/igs/front/search/list.html`` (GET), and an
id-only ``list.do`` whose records the page turns into URLs by a script."""

from __future__ import annotations

import json

from ..families import esc
from ..model import Request, Resource
from .core import Doc, KSite, chunks, int_param, json_res, li_list, num_id, req_params

JPAAS = "/api-gateway/jpaas-publish-server/front/page/build/unit"


def jpaas_handler(site: KSite, lists: dict[str, list[Doc]], per: int = 15) -> None:
    """``build/unit``: GET or POST (form or JSON) with ``pageId`` and ``paramJson`` {pageNo,
    pageSize}; answers ``{"success":true,"data":{"html":"<ul>…</ul>","total":N}}``, an empty
    html past the end."""

    def handler(req: Request) -> Resource:
        args = req_params(req)
        docs = lists.get(args.get("pageId", ""))
        if docs is None:
            return json_res({"success": False, "data": {}, "message": "unit not found"})
        try:
            param = json.loads(args.get("paramJson") or "{}")
        except ValueError:
            param = {}
        page = int_param(param.get("pageNo", 1), 1)
        size = min(int_param(param.get("pageSize", per), per), 50)
        chunk = docs[(page - 1) * size : page * size] if page >= 1 else []
        html = ""
        if chunk:
            html = (
                '<ul class="list-ul">'
                + "".join(
                    f'<li><a href="{d.path}" target="_blank" title="{esc(d.title)}">{esc(d.title)}</a>'
                    f'<span class="bt-data-time">{d.date}</span></li>'
                    for d in chunk
                )
                + "</ul>"
            )
        return json_res({"success": True, "code": 200, "data": {"html": html, "total": len(docs)}})

    site.handle(JPAAS, handler)


def jpaas_script_tag(web_id: str, tpl: str, page_id: str, tag: str) -> str:
    """The unitbuild.js tag a JPaaS column page carries instead of its list."""
    query = (
        f"{{'webId':'{web_id}','tplSetId':'{tpl}','pageType':'column','tagId':'{tag}',"
        f"'editType':'null','pageId':'{page_id}'}}"
    )
    return (
        f'<div id="{page_id}_list"><script src="/module/AuthorizedRead/unitbuild.js" '
        f'webId="{web_id}" parseType="bulidstatic" url="{JPAAS}" queryData="{query}" '
        f"paramJson=\"{{'pageNo':1,'pageSize':15}}\"></script></div>"
    )


def jpaas_inline_post(web_id: str, tpl: str, page_id: str, tag: str) -> str:
    """An inline jQuery POST (form body) to build/unit, paged by a 加载更多 button."""
    return (
        f'<div class="xxgk-list" id="listBox"></div><a href="javascript:;" id="loadMore">加载更多</a>\n'
        "<script>\nvar pageNo = 1;\nfunction loadList(){\n"
        f"  $.post('{JPAAS}', {{webId:'{web_id}', pageId:'{page_id}', tplSetId:'{tpl}', "
        f"pageType:'column', tagId:'{tag}', parseType:'bulidstatic', editType:'null', "
        "paramJson: JSON.stringify({pageNo: pageNo, pageSize: 15})}, function(res){\n"
        "    if(res.success && res.data.html){ $('#listBox').append(res.data.html); pageNo++; }\n"
        "    else { $('#loadMore').text('没有更多了'); }\n  }, 'json');\n}\n"
        "$(function(){ loadList(); $('#loadMore').click(loadList); });\n</script>"
    )


# ---------------------------------------------------------------------------- TRS IRS


def irs_handler(site: KSite, tables: dict[str, list[Doc]], field: str) -> None:
    """POST ``/irs/front/list`` with a JSON body {tenantId, tableName, pageNo, pageSize,
    searchFields:[{fieldName, searchWord=<channel>}]}; answers {"data":{"list":[{<field>: title,
    "doc_pub_url": url, "save_time": …}], "pager":{"pageNo","pageSize","total"}}}."""

    def handler(req: Request) -> Resource:
        try:
            body = json.loads(req.body.decode("utf-8") or "{}")
        except ValueError:
            body = {}
        if not isinstance(body, dict):
            body = {}
        channel = ""
        for f in body.get("searchFields") or []:
            if isinstance(f, dict) and f.get("fieldName") == "f_202163381596":
                channel = str(f.get("searchWord", ""))
        docs = tables.get(f"{body.get('tableName', '')}:{channel}")
        if req.method != "POST" or docs is None:
            return json_res({"success": False, "msg": "参数错误", "data": None})
        page = int_param(body.get("pageNo", 1), 1)
        size = min(int_param(body.get("pageSize", 10), 10), 50)
        chunk = docs[(page - 1) * size : page * size] if page >= 1 else []
        rows = [
            {
                field: d.title,
                "doc_pub_url": site.base + d.path,
                "save_time": d.pub.strftime("%Y-%m-%d %H:%M:%S"),
                "f_202163381596": channel,
            }
            for d in chunk
        ]
        return json_res(
            {
                "success": True,
                "code": 200,
                "msg": "成功",
                "data": {"list": rows, "pager": {"pageNo": page, "pageSize": size, "total": len(docs)}},
            }
        )

    site.handle("/irs/front/list", handler)


def irs_script(tenant: str, table: str, channel: str, field: str) -> str:
    return (
        '<ul class="zfxxgk-list" id="irsList"></ul><div class="pager" id="irsPager"></div>\n<script>\n'
        "function getList(pageNo){\n  $.ajax({url: '/irs/front/list', type: 'post', "
        "contentType: 'application/json', dataType: 'json',\n"
        f"    data: JSON.stringify({{tenantId: '{tenant}', tableName: '{table}', pageNo: pageNo, "
        f"pageSize: 10, searchFields: [{{fieldName: 'f_202163381596', searchWord: '{channel}'}}], "
        "sorts: [{sortField: 'save_time', sortOrder: 'DESC'}], isPage: true}),\n"
        "    success: function(res){\n      var html = '';\n"
        "      $.each(res.data.list, function(i, r){ html += '<li><a href=\"' + r.doc_pub_url + "
        f"'\" target=\"_blank\">' + r.{field} + '</a><span>' + r.save_time.substring(0, 10) + "
        "'</span></li>'; });\n      $('#irsList').html(html);\n"
        "      var pages = Math.ceil(res.data.pager.total / res.data.pager.pageSize), p = '';\n"
        "      for(var i = 1; i <= pages; i++){ p += '<a href=\"javascript:getList(' + i + ')\">' + i + "
        "'</a>'; }\n      $('#irsPager').html(p);\n    }\n  });\n}\ngetList(1);\n</script>"
    )


# ---------------------------------------------------------------------------- TRS IGS


def igs_handler(site: KSite, channels: dict[str, list[Doc]]) -> None:
    """GET ``/igs/front/search/list.html?index=…&type=…&pageNumber=N&pageSize=10&filter[CHANNELID]=…``;
    answers {"page":{"content":[{DOCTITLE, DOCPUBURL, PUBDATE, CHANNELID}], "total", "totalPages",
    "number"}}."""

    def handler(req: Request) -> Resource:
        args = req_params(req)
        docs = channels.get(args.get("filter[CHANNELID]", ""))
        if docs is None:
            return json_res({"page": {"content": None, "total": 0, "totalPages": 0}})
        page = int_param(args.get("pageNumber", 1), 1)
        size = min(int_param(args.get("pageSize", 10), 10), 50)
        chunk = docs[(page - 1) * size : page * size] if page >= 1 else []
        rows = [
            {
                "DOCTITLE": d.title,
                "DOCPUBURL": site.base + d.path,
                "PUBDATE": d.pub.strftime("%Y-%m-%d %H:%M:%S"),
                "CHANNELID": args["filter[CHANNELID]"],
                "DOCID": str(num_id(d.uid)),
            }
            for d in chunk
        ]
        total_pages = (len(docs) + size - 1) // size
        return json_res(
            {
                "page": {
                    "content": rows,
                    "total": len(docs),
                    "totalPages": total_pages,
                    "number": page,
                    "size": size,
                }
            }
        )

    site.handle("/igs/front/search/list.html", handler)


def igs_script(index: str, kind: str, channel: str, site_id: str) -> str:
    return (
        '<div class="list-box"><ul id="igsList"></ul><div id="igsPage"></div></div>\n<script>\n'
        "function loadPage(n){\n  $.getJSON('/igs/front/search/list.html', {index: '"
        f"{index}', type: '{kind}', pageNumber: n, pageSize: 10, 'filter[CHANNELID]': '{channel}', "
        f"'filter[SITEID]': '{site_id}', orderProperty: 'PUBDATE', orderDirection: 'desc'}}, "
        "function(res){\n    var s = '';\n    $.each(res.page.content || [], function(i, r){ s += "
        "'<li><a href=\"' + r.DOCPUBURL + '\" target=\"_blank\">' + r.DOCTITLE + '</a><span>' + "
        "r.PUBDATE.substr(0, 10) + '</span></li>'; });\n    $('#igsList').html(s);\n"
        "    var p = '';\n    for(var i = 1; i <= res.page.totalPages; i++){ p += '<a href=\"javascript:"
        "loadPage(' + i + ')\">' + i + '</a> '; }\n    $('#igsPage').html(p);\n  });\n}\nloadPage(1);\n"
        "</script>"
    )


# ---------------------------------------------------------------------------- id-only list.do


def listdo_handler(site: KSite, path: str, channels: dict[str, list[Doc]], ident) -> None:
    """GET ``list.do?channelId=…&pageNo=N&pageSize=12``: {"code":200,"result":{"records":
    [{"infoId","title","pubTime"}],"total":N}}; the page builds the URLs from infoId."""

    def handler(req: Request) -> Resource:
        args = req_params(req)
        docs = channels.get(args.get("channelId", ""))
        if docs is None:
            return json_res({"code": 404, "result": None})
        page = int_param(args.get("pageNo", 1), 1)
        size = min(int_param(args.get("pageSize", 12), 12), 50)
        chunk = docs[(page - 1) * size : page * size] if page >= 1 else []
        rows = [{"infoId": ident(d), "title": d.title, "pubTime": d.date} for d in chunk]
        return json_res(
            {"code": 200, "result": {"records": rows, "total": len(docs), "pageNo": page, "pageSize": size}}
        )

    site.handle(path, handler)


def listdo_script(path: str, channel: str, prefix: str, suffix: str) -> str:
    return (
        '<ul class="gk-list" id="gkList"></ul><div class="page" id="gkPage"></div>\n<script>\n'
        f"function detailUrl(id){{ return '{prefix}' + id.substring(0, 6) + '/' + id + '{suffix}'; }}\n"
        "function showPage(no){\n"
        f"  $.get('{path}', {{channelId: '{channel}', pageNo: no, pageSize: 12}}, function(res){{\n"
        "    var h = '';\n    for(var i = 0; i < res.result.records.length; i++){ var r = "
        "res.result.records[i];\n      h += '<li><a href=\"' + detailUrl(r.infoId) + '\" target=\"_blank\">'"
        " + r.title + '</a><span>' + r.pubTime + '</span></li>'; }\n    $('#gkList').html(h);\n"
        "    var n = Math.ceil(res.result.total / 12), p = '';\n"
        "    for(var k = 1; k <= n; k++){ p += '<a href=\"javascript:showPage(' + k + ');\">' + k + "
        "'</a>'; }\n    $('#gkPage').html(p);\n  }, 'json');\n}\nshowPage(1);\n</script>"
    )


def list_ul(docs: list[Doc]) -> str:
    return li_list(docs)


def pages_of(docs: list[Doc], per: int) -> int:
    return len(chunks(docs, per))
