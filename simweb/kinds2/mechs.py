"""The list and paging mechanisms of the ``kinds2`` profile that ``kinds`` lacks.

City-run platforms (德阳 ``xxgkml/qxindex.jsp?regionName=…`` with iframe department lists paged
by ``toPage(n)``; Struts ``News_showGkmlList.action``), lists inside ``<iframe>``s, old GB2312 ASP
pages in a ``<frameset>``, ASP.NET ``__doPostBack`` pagers, JSP ``<form>`` POST pagers with
``;jsessionid=`` links, ``?page=N`` pagers written by a script from a total, art-template + layui
``laypage`` lists from a POST JSON API, ``$.each`` template literals and ``detail.html?id=`` shells
that load the article as JSON, ``forEach`` with ``new Date(publishTime)`` building Hanweb article
paths, and three traps (a calendar by query, endless sort/filter combinations, rotating session
ids).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from urllib.parse import parse_qsl, quote

from ..families import esc
from ..kinds.core import Doc, KSite, add_files, chunks, int_param, json_res, num_id, req_params, token
from ..model import Request, Resource

Trail = list[tuple[str, str]]


def newest(docs: list[Doc]) -> list[Doc]:
    return sorted(docs, key=lambda d: (d.pub, d.uid), reverse=True)


def paras_html(doc: Doc) -> str:
    return "\n".join(f'<p style="text-indent:2em;">{esc(p)}</p>' for p in doc.paras)


def files_html(doc: Doc) -> str:
    if not doc.attachments:
        return ""
    return (
        '<div class="fujian">附件:'
        + "".join(
            f'<p><a href="{a.path}" title="{esc(a.name)}">{esc(a.name)}</a></p>' for a in doc.attachments
        )
        + "</div>"
    )


def attach(doc: Doc, folder: str) -> None:
    """The report file of a pdf/docx/html+pdf doc (a .doc or scanned doc has its own already)."""
    if doc.form not in ("doc", "scan"):
        add_files(doc, folder)


def place(site: KSite, docs: list[Doc], path: Callable[[Doc], str]) -> list[Doc]:
    """Give docs their paths and attachment paths (attachments under ``/uploadfile/YYYY/MMDD/``)."""
    docs = newest(docs)
    for d in docs:
        d.path = d.path or path(d)
        attach(d, f"/uploadfile/{d.pub:%Y/%m%d}/")
    return docs


def put_article(site: KSite, doc: Doc, trail: Trail, **kw) -> None:
    doc.column = trail[-1][0] if trail else ""
    site.put(doc.path, site.article(doc, trail, **kw), modified=doc.pub)
    site.put_files(doc)


def pager_links(pages: int, cur: int, href: Callable[[int], str]) -> str:
    """首页 上一页 下一页 尾页 with 共N页 当前第n页 (no page numbers)."""
    if pages <= 1:
        return '<div class="page">共1页 当前第1页</div>'
    out = [f'<a href="{href(1)}">首页</a>']
    if cur > 1:
        out.append(f'<a href="{href(cur - 1)}">上一页</a>')
    if cur < pages:
        out.append(f'<a href="{href(cur + 1)}">下一页</a>')
    out.append(f'<a href="{href(pages)}">尾页</a>')
    return f'<div class="page">共{pages}页 当前第{cur}页 ' + " ".join(out) + "</div>"


# ------------------------------------------------------------------ 1 city-run platforms


def gk_dept(
    site: KSite, region: str, dept_id: int, name: str, docs: list[Doc], trail: Trail, per: int = 15
) -> list[Doc]:
    """A 德阳-platform department of one county: ``/xxgkml/gkdept.jsp?regionName=<r>&deptId=<n>``
    holds only an ``<iframe>`` of ``gklist_iframe.jsp?regionName=<r>&deptId=<n>``, whose further
    pages (``&pageIndex=N``) a ``toPage(n)`` script opens from ``共N页``; rows ``div.info-list td.tit a``
    with a hidden ``div.lay`` table (索引号, 名称, 发布机构, 生成日期); articles
    ``/xxgkml/gkcontent.jsp?id=<n>``."""
    docs = place(site, docs, lambda d: f"/xxgkml/gkcontent.jsp?id={num_id(site.host, d.uid, digits=7)}")
    pages = chunks(docs, per)
    frame = f"/xxgkml/gklist_iframe.jsp?regionName={region}&deptId={dept_id}"
    for i, chunk in enumerate(pages, 1):
        rows = "".join(
            f'<tr><td class="tit"><a href="{d.path}" target="_blank">{esc(d.title)}</a><div class="lay" '
            f'style="display:none"><table><tr><td>索引号:{site.adcode}{dept_id}/{d.pub:%Y}-{d.uid % 1000:03d}'
            f"</td></tr><tr><td>{esc(d.title)}</td></tr><tr><td>发布机构:{esc(d.source)}</td></tr>"
            f'<tr><td>生成日期:{d.date}</td></tr></table></div></td><td class="date">{d.date}</td></tr>'
            for d in chunk
        )
        nav = f'<p class="pages">共{len(pages)}页 当前第{i}页 ' + " ".join(
            f'<a href="javascript:void(0)" onclick="toPage({n})">{n}</a>' for n in range(1, len(pages) + 1)
        )
        body = (
            f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(name)}</title></head><body>'
            f'<div class="info-list"><table><tbody>{rows}</tbody></table></div>{nav}</p>\n'
            f"<script>function toPage(n){{ location.href = '{frame}&pageIndex=' + n; }}</script>"
            "</body></html>"
        )
        site.put(f"{frame}&pageIndex={i}", body)
        if i == 1:
            site.put(frame, body)
    main = (
        f'{site.crumbs([*trail, (name, "")])}\n<div id="zwgkRight"><h3>{esc(name)}</h3>'
        f'<iframe src="{frame}" id="gkFrame" frameborder="0" width="100%" height="700" scrolling="no">'
        "</iframe></div>"
    )
    site.put(
        f"/xxgkml/gkdept.jsp?regionName={region}&deptId={dept_id}",
        site.page(f"{name}_{site.site_name}", main),
    )
    for d in docs:
        d.column = name
        body = (
            f'<div id="attribute"><span>索引号:{site.adcode}{dept_id}/{d.pub:%Y}-{d.uid % 1000:03d}</span>'
            f"<span>发布机构:{esc(d.source)}</span><span>生成日期:{d.pub:%Y-%m-%d}</span>"
            f"<span>公开方式:主动公开</span></div>"
        )
        main = (
            f"{site.crumbs([*trail, (name, '')])}\n<section><h1>{esc(d.title)}</h1>{body}"
            f"<article>{paras_html(d)}</article>{files_html(d)}</section>"
        )
        site.put(d.path, site.page(f"{d.title}_{site.site_name}", main), modified=d.pub)
        site.put_files(d)
    return docs


def gkml_action(
    site: KSite, dept: str, type_id: str, name: str, docs: list[Doc], trail: Trail, per: int = 12
) -> list[Doc]:
    """A 齐齐哈尔-style Struts platform column: ``News_showGkmlList.action?deptCode=<adcode>&typeId=
    <shared id>&pageNo=N``; articles ``News_showGkmlNews.action?messagekey=<id>`` with the 索引号 /
    分类 / 发布机构 / 发文日期 / 名称 / 文号 / 上载日期 table."""
    docs = place(
        site, docs, lambda d: f"/News_showGkmlNews.action?messagekey={num_id(site.host, d.uid, digits=6)}"
    )
    pages = chunks(docs, per)
    url = lambda n: f"/News_showGkmlList.action?deptCode={dept}&typeId={type_id}&pageNo={n}"  # noqa: E731
    for i, chunk in enumerate(pages):
        rows = "".join(
            f'<tr><td class="xh">{i * per + k + 1}</td><td class="bt"><a href="{d.path}" title="'
            f'{esc(d.title)}" target="_blank">{esc(d.title)}</a></td><td class="rq">{d.date}</td></tr>'
            for k, d in enumerate(chunk)
        )
        main = (
            f'{site.crumbs([*trail, (name, "")])}\n<div class="gkml"><table class="gkml-list"><tr>'
            f"<th>序号</th><th>名称</th><th>发文日期</th></tr>{rows}</table>"
            f"{pager_links(len(pages), i + 1, url)}</div>"
        )
        site.put(url(i + 1), site.page(f"{name}_{site.site_name}", main))
    for d in docs:
        d.column = name
        key = d.path.rsplit("=", 1)[1]
        table = (
            '<table class="gkml-info">'
            f"<tr><th>索引号</th><td>{d.pub:%Y%m%d}-{key}</td><th>分类</th><td>{esc(name)};"
            f"{esc(d.source)}</td></tr>"
            f"<tr><th>发布机构</th><td>{esc(d.source)}</td><th>发文日期</th><td>{d.pub:%Y-%m-%d}</td></tr>"
            f'<tr><th>名称</th><td colspan="3">{esc(d.title)}</td></tr>'
            f"<tr><th>文号</th><td></td><th>上载日期</th><td>{d.pub:%Y-%m-%d}</td></tr></table>"
        )
        main = (
            f'{site.crumbs([*trail, (name, url(1))])}\n<div class="article">{table}<h2>{esc(d.title)}'
            f'</h2><p class="ly">信息来源: {esc(d.source)}</p><div id="zoom">{paras_html(d)}</div>'
            f"{files_html(d)}</div>"
        )
        site.put(d.path, site.page(f"{d.title}_{site.site_name}", main), modified=d.pub)
        site.put_files(d)
    return docs


# ------------------------------------------------------------------ 2 iframes and framesets


def iframe_column(
    site: KSite, name: str, folder: str, docs: list[Doc], trail: Trail, tree: str, per: int = 10
) -> list[Doc]:
    """A column page holding only ``<iframe src="<folder>list_1.html">``; the list pages inside are
    bare (no chrome), paged ``list_2.html`` …, their links ``target="_parent"``."""
    colid = num_id(site.host, folder, digits=4)
    docs = place(
        site,
        docs,
        lambda d: f"/art/{d.pub.year}/{d.pub.month}/{d.pub.day}/art_{colid}_{num_id(d.uid, digits=6)}.html",
    )
    pages = chunks(docs, per)
    for i, chunk in enumerate(pages):
        items = "".join(
            f'<li><a href="{d.path}" target="_parent" title="{esc(d.title)}">{esc(d.title)}</a>'
            f"<span>{d.date}</span></li>"
            for d in chunk
        )
        nav = pager_links(len(pages), i + 1, lambda n: f"list_{n}.html")
        charset = '<meta charset="utf-8">'
        site.put(
            f"{folder}list_{i + 1}.html",
            f"<!DOCTYPE html><html><head>{charset}<title>{esc(name)}</title>"
            f'<link rel="stylesheet" href="/css/list.css"></head><body><ul class="xxgk-list">{items}</ul>'
            f"{nav}</body></html>",
        )
    main = (
        f'{site.crumbs([*trail, (name, "")])}\n<div class="xxgk-left">{tree}</div><div class="xxgk-right">'
        f'<h3>{esc(name)}</h3><iframe id="listFrame" name="listFrame" src="{folder}list_1.html" '
        'frameborder="0" scrolling="no" width="100%" height="620"></iframe></div>'
    )
    site.put(folder, site.page(f"{name}_{site.site_name}", main))
    site.put(folder + "index.html", site.page(f"{name}_{site.site_name}", main))
    for d in docs:
        put_article(site, d, [*trail, (name, folder)])
    return docs


def old_page(title: str, body: str) -> str:
    """An old ASP page: GB2312 in the meta only, table layout, no norm metas."""
    return (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'
        f'<title>{esc(title)}</title>\n<link href="/css/css.css" rel="stylesheet" type="text/css">\n'
        '</head>\n<body leftmargin="0" topmargin="0">\n'
        f'<table width="100%" border="0" cellspacing="0" cellpadding="0">{body}</table>\n</body>\n</html>\n'
    )


def asp_list(site: KSite, classid: int, name: str, docs: list[Doc], per: int = 20) -> list[Doc]:
    """``list.asp?classid=N&page=M`` pages (targets in the same frame) and ``show.asp?id=N`` articles."""
    docs = place(site, docs, lambda d: f"/show.asp?id={d.uid % 100000}")
    pages = chunks(docs, per)
    url = lambda n: f"/list.asp?classid={classid}" + (f"&page={n}" if n > 1 else "")  # noqa: E731
    for i, chunk in enumerate(pages):
        rows = "".join(
            f'<tr><td height="24">·<a href="{d.path}" title="{esc(d.title)}">{esc(d.title)}</a></td>'
            f'<td width="90">[{d.pub:%Y-%m-%d}]</td></tr>'
            for d in chunk
        )
        nav = pager_links(len(pages), i + 1, url)
        site.put(
            url(i + 1),
            old_page(name, f'<tr><td class="lm">{esc(name)}</td></tr>{rows}<tr><td>{nav}</td></tr>'),
        )
    for d in docs:
        d.column = name
        body = (
            f'<tr><td align="center" class="bt"><b>{esc(d.title)}</b></td></tr>'
            f'<tr><td align="center">作者:{esc(d.source)} 来源:{esc(d.source)} 点击数:{d.uid % 900 + 37} '
            f'更新时间:{d.pub:%Y-%m-%d}</td></tr><tr><td class="nr">{paras_html(d)}{files_html(d)}</td></tr>'
        )
        site.put(d.path, old_page(d.title, body), modified=d.pub)
        site.put_files(d)
    return docs


# ------------------------------------------------------------------ 4 POST pagers


POSTBACK_SCRIPT = (
    "<script type=\"text/javascript\">\n//<![CDATA[\nvar theForm = document.forms['form1'];\n"
    "if (!theForm) { theForm = document.form1; }\nfunction __doPostBack(eventTarget, eventArgument) {\n"
    "    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n"
    "        theForm.__EVENTTARGET.value = eventTarget;\n"
    "        theForm.__EVENTARGUMENT.value = eventArgument;\n"
    "        theForm.submit();\n    }\n}\n//]]>\n</script>\n"
)


def postback_list(
    site: KSite, path: str, cid: str, name: str, docs: list[Doc], trail: Trail, per: int = 15
) -> list[Doc]:
    """An ASP.NET list ``<path>?cid=<cid>``: page 1 by GET; further pages only by POSTing the form
    with ``__EVENTTARGET=AspNetPager1`` and ``__EVENTARGUMENT=<n>`` (pager links are
    ``javascript:__doPostBack('AspNetPager1','n')``). Articles ``Show.aspx?id=N``."""
    folder = path.rsplit("/", 1)[0]
    docs = place(site, docs, lambda d: f"{folder}/Show.aspx?id={num_id(site.host, d.uid, digits=5)}")
    pages = chunks(docs, per)
    lists = site.registries.setdefault(path, {})
    lists[cid] = (name, pages, trail)

    def render(n: int, name: str, pages: list[list[Doc]], trail: Trail, cid: str) -> Resource:
        n = min(max(n, 1), len(pages))
        rows = "".join(
            f'<tr><td><a id="rptList_ctl{k:02d}_hlTitle" href="Show.aspx?id={d.path.rsplit("=", 1)[1]}" '
            f'target="_blank" title="{esc(d.title)}">{esc(d.title)}</a></td><td>{d.date}</td></tr>'
            for k, d in enumerate(pages[n - 1])
        )
        links = []
        for k in range(1, len(pages) + 1):
            links.append(
                f'<span class="cpb">{k}</span>'
                if k == n
                else f"<a href=\"javascript:__doPostBack('AspNetPager1','{k}')\">{k}</a>"
            )
        if n < len(pages):
            links.append(f"<a href=\"javascript:__doPostBack('AspNetPager1','{n + 1}')\">下一页</a>")
        state = "/wEPDwUK" + token("vs", cid, n) + "ZGQ" + token("vs2", cid)
        main = (
            f'<form name="form1" method="post" action="./{path.rsplit("/", 1)[1]}?cid={cid}" id="form1">\n'
            '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n'
            '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
            f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{state}" />\n{POSTBACK_SCRIPT}'
            f'{site.crumbs([*trail, (name, "")])}<div class="list"><table class="tb-list">{rows}</table>'
            f'<div id="AspNetPager1" class="paginator">共{sum(map(len, pages))}条 第{n}/{len(pages)}页 '
            + " ".join(links)
            + "</div></div>\n</form>"
        )
        return site.html_res(site.page(f"{name}_{site.site_name}", main))

    if (site.host, path) not in site.web.handlers:

        def handler(req: Request) -> Resource:
            args = dict(parse_qsl(req.query))
            entry = lists.get(args.get("cid", ""))
            if entry is None:
                return Resource(b"<h1>Server Error in '/' Application.</h1>", status=500)
            n = 1
            if req.method == "POST":
                form = req.params()
                if form.get("__EVENTTARGET") == "AspNetPager1":
                    n = int_param(form.get("__EVENTARGUMENT", "1"), 1)
            return render(n, *entry, args["cid"])

        site.handle(path, handler)
    for d in docs:
        put_article(site, d, [*trail, (name, f"{path}?cid={cid}")])
    return docs


def form_post_list(
    site: KSite, path: str, cat: str, name: str, docs: list[Doc], trail: Trail, per: int = 12
) -> list[Doc]:
    """A JSP list ``<path>?catId=<cat>``: page 1 by GET; the pager calls ``goPage(n)``, which sets
    the hidden ``pageNo`` of ``#pageForm`` and submits it by POST. Item links carry
    ``;jsessionid=<id of that list page>`` (stable per page), recorded per doc path in the site's
    ``extra_copies``."""
    folder = path.rsplit("/", 1)[0]
    docs = place(site, docs, lambda d: f"{folder}/content.jsp?id={num_id(site.host, d.uid, digits=6)}")
    pages = chunks(docs, per)
    variants = site.extra_copies
    lists = site.registries.setdefault(path, {})
    lists[cat] = (name, pages, trail)
    for n, chunk in enumerate(pages, 1):
        sid = token("jsid", site.host, cat, n).upper() + token("jsid2", cat, n).upper()[:22]
        for d in chunk:
            variants.setdefault(d.path, []).append((d.path.replace("?", f";jsessionid={sid}?"), "html"))

    def render(n: int, name: str, pages: list[list[Doc]], trail: Trail, cat: str) -> Resource:
        n = min(max(n, 1), len(pages))
        sid = token("jsid", site.host, cat, n).upper() + token("jsid2", cat, n).upper()[:22]
        items = "".join(
            f'<li><a href="{d.path.replace("?", f";jsessionid={sid}?")}" target="_blank" '
            f'title="{esc(d.title)}">'
            f"{esc(d.title)}</a><span>{d.date}</span></li>"
            for d in pages[n - 1]
        )
        nums = " ".join(
            f"<b>{k}</b>" if k == n else f'<a href="javascript:goPage({k})">{k}</a>'
            for k in range(1, len(pages) + 1)
        )
        main = (
            f'{site.crumbs([*trail, (name, "")])}<div class="list"><ul>{items}</ul></div>'
            f'<form id="pageForm" name="pageForm" action="{path}" method="post">'
            f'<input type="hidden" name="catId" value="{cat}"><input type="hidden" name="pageNo" id="pageNo" '
            f'value="{n}"></form><div class="pagination">共{len(pages)}页 {nums} '
            '到第<input id="toPage" size="3">页'
            " <a href=\"javascript:goPage(document.getElementById('toPage').value)\">GO</a></div>"
            "<script>function goPage(n){ document.getElementsByName('pageNo')[0].value = n; "
            "document.getElementById('pageForm').submit(); }</script>"
        )
        return site.html_res(site.page(f"{name}_{site.site_name}", main))

    if (site.host, path) not in site.web.handlers:

        def handler(req: Request) -> Resource:
            args = req.params()
            entry = lists.get(args.get("catId", ""))
            if entry is None:
                return site.html_res(site.page("错误", "<p>栏目不存在</p>"))
            n = int_param(args.get("pageNo", "1"), 1) if req.method == "POST" else 1
            return render(n, *entry, args["catId"])

        site.handle(path, handler)
    for d in docs:
        put_article(site, d, [*trail, (name, f"{path}?catId={cat}")])
    return docs


def script_pager(total: int, cur: int, query: str) -> str:
    """A pager written by a script from ``totalPage``: links ``?<query>&page=N``."""
    return (
        '<div class="pager" id="pager"></div>\n<script>\n'
        f"var totalPage = {total}, currentPage = {cur}, html = '';\n"
        "if (currentPage > 1) { html += '<a href=\"?"
        f"{query}&page=' + (currentPage - 1) + '\">上一页</a>'; }}\n"
        "for (var i = 1; i <= totalPage; i++) {\n"
        "  html += i == currentPage ? '<span class=\"cur\">' + i + '</span>' : '<a href=\"?"
        f"{query}&page=' + i + '\">' + i + '</a>';\n}}\n"
        "if (currentPage < totalPage) { html += '<a href=\"?"
        f"{query}&page=' + (currentPage + 1) + '\">下一页</a>'; }}\n"
        "document.getElementById('pager').innerHTML = html + '<span>共' + totalPage + '页</span>';\n</script>"
    )


def script_paged_list(
    site: KSite,
    path: str,
    cid: str,
    name: str,
    docs: list[Doc],
    trail: Trail,
    per: int = 20,
    folder: str = "",
) -> list[Doc]:
    """``<path>?cid=<cid>&page=N`` list pages whose pager a script writes; page 1 also bare
    ``<path>?cid=<cid>``. Articles ``/<folder>/YYYYMM/<id>.html``."""
    folder = folder or path.rsplit("/", 1)[0] + "/"
    docs = place(site, docs, lambda d: f"{folder}{d.pub:%Y%m}/{num_id(site.host, d.uid, digits=8)}.html")
    pages = chunks(docs, per)
    for i, chunk in enumerate(pages, 1):
        items = "".join(
            f'<li><a href="{d.path}" target="_blank" title="{esc(d.title)}">{esc(d.title)}</a>'
            f"<span>{d.date}</span></li>"
            for d in chunk
        )
        main = (
            f'{site.crumbs([*trail, (name, "")])}<div class="list"><h2>{esc(name)}</h2><ul>{items}</ul>'
            f"{script_pager(len(pages), i, f'cid={cid}')}</div>"
        )
        text = site.page(f"{name}_{site.site_name}", main)
        site.put(f"{path}?cid={cid}&page={i}", text)
        if i == 1:
            site.put(f"{path}?cid={cid}", text)
    for d in docs:
        put_article(site, d, [*trail, (name, f"{path}?cid={cid}")])
    return docs


# ------------------------------------------------------------------ 3 JSON lists built by script


def arttpl_column(site: KSite, api: str, channel: str, name: str, trail: Trail) -> str:
    """A column page: an art-template ``<script type="text/html">`` block with ``{{each}}`` and a
    layui ``laypage`` fed by a POST JSON list."""
    return (
        f'{site.crumbs([*trail, (name, "")])}<div class="gkml-list"><h3>{esc(name)}</h3>'
        '<ul id="listBox"></ul><div id="pageBox"></div></div>\n'
        '<script src="/js/template-web.js"></script><script src="/layui/layui.js"></script>\n'
        '<script type="text/html" id="listTpl">\n{{each list item i}}\n'
        '<li><a href="/gkml/{{item.channel}}/{{item.infoId}}.html" target="_blank" title="{{item.title}}">'
        "{{item.title}}</a><span>{{item.pubDate}}</span></li>\n{{/each}}\n</script>\n<script>\n"
        "function loadList(curr){\n  $.ajax({url: '"
        + api
        + "', type: 'POST', contentType: 'application/json',"
        " dataType: 'json',\n    data: JSON.stringify({channel: '"
        + channel
        + "', pageIndex: curr, pageSize: 10}),\n"
        "    success: function(res){\n      $('#listBox').html(template('listTpl', res.data));\n"
        "      layui.laypage.render({elem: 'pageBox', count: res.data.total, limit: 10, curr: curr,\n"
        "        layout: ['count', 'prev', 'page', 'next', 'skip'],\n"
        "        jump: function(obj, first){ if(!first){ loadList(obj.curr); } }});\n    }\n  });\n}\n"
        "layui.use('laypage', function(){ loadList(1); });\n</script>"
    )


def arttpl_api(site: KSite, api: str, channels: dict[str, list[Doc]]) -> None:
    """POST JSON {channel, pageIndex, pageSize} → {"code":0,"data":{"total","list":[{infoId,title,
    pubDate,channel}]}}; GET or an unknown channel → {"code":500}."""

    def handler(req: Request) -> Resource:
        try:
            body = json.loads(req.body.decode("utf-8") or "{}")
        except ValueError:
            body = None
        if req.method != "POST" or not isinstance(body, dict) or body.get("channel") not in channels:
            return json_res({"code": 500, "msg": "请求参数错误", "data": None})
        docs = channels[body["channel"]]
        page, size = int_param(body.get("pageIndex", 1), 1), min(int_param(body.get("pageSize", 10), 10), 50)
        chunk = docs[(page - 1) * size : page * size] if page >= 1 else []
        rows = [
            {
                "infoId": d.path.rsplit("/", 1)[1][:-5],
                "title": d.title,
                "pubDate": d.date,
                "channel": body["channel"],
            }
            for d in chunk
        ]
        return json_res({"code": 0, "msg": "success", "data": {"total": len(docs), "list": rows}})

    site.handle(api, handler)


def each_literal_column(site: KSite, channel: int, name: str, trail: Trail) -> str:
    """A column page: ``$.getJSON`` of an id-only list, each row turned into a link by a template
    literal inside ``$.each`` (``/content/detail.html?id=${item.id}``)."""
    return (
        f'{site.crumbs([*trail, (name, "")])}<div class="news-list"><h3>{esc(name)}</h3><ul id="list"></ul>'
        '<div id="pages"></div></div>\n<script>\nfunction load(page){\n'
        f"  $.getJSON('/api/content/list', {{channelId: {channel}, page: page, size: 12}}, function(res){{\n"
        "    var html = '';\n    $.each(res.rows, function(i, item){\n"
        '      html += `<li><a href="/content/detail.html?id=${item.id}" target="_blank">${item.title}</a>'
        "<span>${item.publishDate}</span></li>`;\n    });\n    $('#list').html(html);\n"
        "    var p = '';\n    for (let k = 1; k <= Math.ceil(res.total / 12); k++) {\n"
        "      p += `<a href=\"javascript:load(${k})\" class=\"${k === page ? 'on' : ''}\">${k}</a>`;\n"
        "    }\n"
        "    $('#pages').html(p);\n  });\n}\nload(1);\n</script>"
    )


DETAIL_SHELL = (
    '<div class="article"><h1 id="title"></h1><div class="info"><span id="pubDate"></span> '
    '<span id="source"></span></div><div class="content" id="content"></div><div id="files"></div></div>\n'
    "<script>\nvar id = new URLSearchParams(location.search).get('id');\n"
    "$.getJSON('/api/content/detail', {id: id}, function(res){\n  var d = res.data;\n"
    "  document.title = d.title;\n  $('#title').text(d.title);\n"
    "  $('#pubDate').text('发布时间:' + d.publishDate);\n"
    "  $('#source').text('来源:' + d.source);\n  $('#content').html(d.content);\n"
    "  $.each(d.attachments, function(i, f){\n"
    "    $('#files').append(`<a href=\"${f.url}\">${f.name}</a>`);\n  });\n});\n"
    "</script>"
)


def detail_json(site: KSite, channels: dict[int, list[Doc]], content: Callable[[Doc], str]) -> None:
    """``/api/content/list?channelId=&page=&size=`` (id-only rows), ``/content/detail.html?id=N``
    (the same shell for every id) and ``/api/content/detail?id=N`` (the article as JSON)."""
    by_id = {}
    extra = site.extra_copies
    for docs in channels.values():
        for d in docs:
            d.path = d.path or f"/content/detail.html?id={num_id(site.host, d.uid, digits=6)}"
            by_id[d.path.rsplit("=", 1)[1]] = d
            extra[d.path] = [(f"/api/content/detail?id={d.path.rsplit('=', 1)[1]}", "json")]
            attach(d, f"/upload/{d.pub:%Y/%m}/")
            site.put_files(d)
            site.put(d.path, site.page(f"详情_{site.site_name}", site.crumbs([("详情", "")]) + DETAIL_SHELL))

    def listing(req: Request) -> Resource:
        args = req_params(req)
        docs = channels.get(int_param(args.get("channelId", ""), 0))
        if docs is None:
            return json_res({"code": 404, "total": 0, "rows": []})
        page, size = int_param(args.get("page", 1), 1), min(int_param(args.get("size", 12), 12), 50)
        chunk = docs[(page - 1) * size : page * size] if page >= 1 else []
        rows = [{"id": int(d.path.rsplit("=", 1)[1]), "title": d.title, "publishDate": d.date} for d in chunk]
        return json_res({"code": 200, "total": len(docs), "rows": rows})

    def detail(req: Request) -> Resource:
        d = by_id.get(req_params(req).get("id", ""))
        if d is None:
            return json_res({"code": 404, "data": None, "msg": "信息不存在"})
        data = {
            "id": int(d.path.rsplit("=", 1)[1]),
            "title": d.title,
            "publishDate": d.pub.strftime("%Y-%m-%d %H:%M:%S"),
            "source": d.source,
            "content": content(d),
            "attachments": [{"name": a.name, "url": a.path} for a in d.attachments],
        }
        return json_res({"code": 200, "data": data})

    site.handle("/api/content/list", listing)
    site.handle("/api/content/detail", detail)


def foreach_date_column(site: KSite, column_id: int, name: str, trail: Trail) -> str:
    """A column page: ``fetch`` POST (form body) of an id-only list; ``forEach`` builds Hanweb
    ``/art/YYYY/M/D/art_<col>_<id>.html`` from ``new Date(item.publishTime)`` (ms since epoch)."""
    return (
        f'{site.crumbs([*trail, (name, "")])}<div class="list"><h3>{esc(name)}</h3><ul id="artList"></ul>'
        '<div id="artPager"></div></div>\n<script>\nfunction getArticles(pageNo) {\n'
        "  fetch('/api/list', {method: 'POST',\n"
        "    headers: {'Content-Type': 'application/x-www-form-urlencoded'},\n"
        f"    body: 'columnId={column_id}&pageNo=' + pageNo + '&pageSize=15'}})\n"
        "  .then(r => r.json()).then(res => {\n    let html = '';\n    res.data.records.forEach(item => {\n"
        "      const d = new Date(item.publishTime);\n"
        "      const url = `/art/${d.getFullYear()}/${d.getMonth() + 1}/${d.getDate()}/`\n"
        "        + `art_${item.columnId}_${item.id}.html`;\n"
        '      html += `<li><a href="${url}" target="_blank">${item.title}</a>'
        "<span>${d.toLocaleDateString()}</span></li>`;\n"
        "    });\n    document.getElementById('artList').innerHTML = html;\n"
        "    const pages = Math.ceil(res.data.total / 15);\n"
        "    document.getElementById('artPager').innerHTML = pageNo < pages ?\n"
        "      `<a href=\"javascript:getArticles(${pageNo + 1})\">下一页</a>` : '';\n  });\n}\n"
        "getArticles(1);\n</script>"
    )


CST = dt.timezone(dt.timedelta(hours=8))


def foreach_api(site: KSite, columns: dict[int, list[Doc]]) -> None:
    """POST ``/api/list`` (form) → {"result":true,"data":{"total","records":[{id,columnId,title,
    publishTime}]}}, publishTime in ms since the epoch."""
    for cid, docs in columns.items():
        docs[:] = place(
            site,
            docs,
            lambda d, c=cid: (
                f"/art/{d.pub.year}/{d.pub.month}/{d.pub.day}/"
                f"art_{c}_{num_id(site.host, d.uid, digits=7)}.html"
            ),
        )

    def handler(req: Request) -> Resource:
        args = req.params()
        docs = columns.get(int_param(args.get("columnId", ""), 0))
        if req.method != "POST" or docs is None:
            return json_res({"result": False, "data": None, "message": "method not allowed"})
        page, size = int_param(args.get("pageNo", 1), 1), min(int_param(args.get("pageSize", 15), 15), 50)
        chunk = docs[(page - 1) * size : page * size] if page >= 1 else []
        rows = [
            {
                "id": int(d.path.rsplit("_", 1)[1][:-5]),
                "columnId": int(args["columnId"]),
                "title": d.title,
                "publishTime": int(d.pub.replace(tzinfo=CST).timestamp() * 1000),
            }
            for d in chunk
        ]
        return json_res({"result": True, "data": {"total": len(docs), "records": rows}})

    site.handle("/api/list", handler)


# ------------------------------------------------------------------ 7 traps


def query_calendar_trap(site: KSite, path: str) -> str:
    """政务日历 by query: ``<path>?date=YYYY-MM-DD&view=month|day`` with 上月/下月/前一天/后一天 and
    one link per day, without end. Returns the link for the home page."""

    def handler(req: Request) -> Resource:
        args = req_params(req)
        try:
            day = dt.date.fromisoformat(args.get("date", "2024-03-01")[:10])
        except ValueError:
            day = dt.date(2024, 3, 1)
        one = dt.timedelta(days=1)
        if args.get("view") == "day":
            main = (
                f"<h2>{day} 领导活动</h2><p>当日暂无公开活动。</p>"
                f'<a href="{path}?date={day - one}&view=day">前一天</a> '
                f'<a href="{path}?date={day + one}&view=day">后一天</a> '
                f'<a href="{path}?date={day:%Y-%m}-01&view=month">本月</a>'
            )
        else:
            first = day.replace(day=1)
            prev = (first - one).replace(day=1)
            nxt = (first + dt.timedelta(days=32)).replace(day=1)
            cells = "".join(
                f'<td><a href="{path}?date={first + dt.timedelta(days=k)}&view=day">'
                f"{(first + dt.timedelta(days=k)).day}</a></td>" + ("</tr><tr>" if k % 7 == 6 else "")
                for k in range(28)
            )
            main = (
                f'<div class="rili"><a href="{path}?date={prev}&view=month">上月</a> {first:%Y年%m月} '
                f'<a href="{path}?date={nxt}&view=month">下月</a><table><tr>{cells}</tr></table></div>'
            )
        return site.html_res(site.page(f"政务日历_{site.site_name}", main))

    site.handle(path, handler)
    site.traps.append(site.base + path)
    site.trap_kinds[site.base + path] = "calendar by query (?date=…&view=month|day)"
    return f"{path}?date=2024-03-01&view=month"


FACETS = {
    "theme": ["zf", "jj", "nl", "jt", "jy", "ws", "hb", "fz", "sh", "cs"],
    "year": [str(y) for y in range(2015, 2025)],
    "type": ["tz", "yj", "bg", "gg", "pf", "hf"],
}


def facet_trap(site: KSite, path: str, docs: list[Doc]) -> str:
    """A 公开目录 search whose every page links each further facet value (appended to a
    comma list, in click order), both sort orders and the next page: endless combinations.
    Returns the entry link."""

    def handler(req: Request) -> Resource:
        args = dict(parse_qsl(req.query, keep_blank_values=True))
        page = int_param(args.get("page", "1"), 1)
        order = args.get("order", "desc")
        chosen = {k: [v for v in args.get(k, "").split(",") if v] for k in FACETS}

        def link(**change: str) -> str:
            merged = {
                **{k: ",".join(v) for k, v in chosen.items() if v},
                "sort": args.get("sort", "pubDate"),
                "order": order,
                "page": str(page),
            }
            merged.update(change)
            return path + "?" + "&".join(f"{k}={quote(v, safe=',')}" for k, v in merged.items() if v)

        boxes = "".join(
            f"<dl><dt>{k}</dt>"
            + "".join(
                f'<dd><a href="{link(**{k: ",".join([*chosen[k], v]), "page": "1"})}">{v}</a></dd>'
                for v in vals
            )
            + "</dl>"
            for k, vals in FACETS.items()
        )
        hits = docs[(page - 1) % 3 * 5 : (page - 1) % 3 * 5 + 5]
        rows = "".join(f'<li><a href="{d.path}">{esc(d.title)}</a><span>{d.date}</span></li>' for d in hits)
        main = (
            f'<div class="facets">{boxes}</div><div class="sort">'
            f'<a href="{link(sort="pubDate", order="desc")}">最新</a> '
            f'<a href="{link(sort="pubDate", order="asc")}">最早</a> '
            f'<a href="{link(sort="title", order="asc")}">'
            f'标题</a></div><ul>{rows}</ul><a href="{link(page=str(page + 1))}">下一页</a>'
        )
        return site.html_res(site.page(f"目录检索_{site.site_name}", main))

    site.handle(path, handler)
    site.traps.append(site.base + path)
    site.trap_kinds[site.base + path] = "search facets: endless filter/sort combinations"
    return f"{path}?sort=pubDate&order=desc&page=1"


def session_trap(site: KSite, prefix: str) -> str:
    """互动交流 pages whose every link carries a fresh ``;jsessionid=`` (derived from the one asked
    for), so the same few pages come back under ever-new URLs. Returns the entry link."""
    names = [("咨询投诉", "consult"), ("县长信箱", "mailbox"), ("网上调查", "survey"), ("在线访谈", "talk")]

    def handler(req: Request) -> Resource:
        old = req.path.partition(";jsessionid=")[2] or "0"
        sid = lambda k: (token("sess", old, k) + token("sess2", old, k)).upper()  # noqa: E731
        links = " ".join(
            f'<a href="{prefix}{slug}.jsp;jsessionid={sid(k)}?type={k}">{n}</a>'
            for k, (n, slug) in enumerate(names)
        )
        main = (
            f'<div class="hdjl"><div class="tabs">{links}</div><p>暂无公开信件。</p>'
            f'<a href="{prefix}list.jsp;jsessionid={sid(9)}?page=2">下一页</a></div>'
        )
        return site.html_res(site.page(f"互动交流_{site.site_name}", main))

    site.prefix(prefix, handler, trap="session ids in every link (;jsessionid= rotating)")
    return f"{prefix}index.jsp;jsessionid={(token('sess', 'home', 0) * 2).upper()}"
