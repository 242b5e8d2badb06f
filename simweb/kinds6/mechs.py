"""The mechanisms of the ``kinds6`` profile: what a national crawl meets that the other webs lack.

A :class:`Site6` is a ``kinds`` site that may be seeded under another URL than its own root (a
redirecting or dead host form) and may lie about its charset. The mechanisms: the Anhui 集约化
platform's label API ``/site/label/8888`` (a column page with an empty box filled by
``$.ajax`` GET, with a random ``_`` cache-buster, or POST; the answer an HTML fragment with
``pageCount:N``); list rows whose link text is not the title (``查看`` in a table, ``[详细]`` after a
summary in ``<dl>`` cards); article bodies outside the article page (an ``<iframe>`` page, a
fragment pulled in by ``$("#zoom").load(url)``); servers that misbehave (redirect chains, 403 to
user agents that are not browsers, 500 the first time a page is asked for); URL forms (links with
``?t=`` stamps and a ``:8080`` host form, percent-encoded Chinese paths, ``../`` links, mixed-case
paths on a case-insensitive server); traps (a tag cloud that combines tags, an archive by date
range that widens and moves without end).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from urllib.parse import parse_qsl, quote, unquote, urlencode

from ..families import esc
from ..kinds.core import Doc, KSite, chunks, int_param, num_id, req_params
from ..model import Request, Resource
from ..web import NOT_FOUND

Trail = list[tuple[str, str]]
BROWSER_MARK = "Mozilla"  # what a browser integrity check lets through


class Site6(KSite):
    """A site of this profile: ``seed_url`` is the URL its seed row gives (default: its root);
    ``lying_meta`` makes its pages declare utf-8 in a ``<meta>`` while their bytes are GBK."""

    def __init__(self, *args, seed_url: str = "", lying_meta: bool = False, **kw):
        super().__init__(*args, **kw)
        self.seed_url = seed_url or f"{self.scheme}://{self.host}/"
        self.lying_meta = lying_meta
        if lying_meta:
            self.encoding, self.header_charset = "gbk", False

    def page(self, title: str, main: str, *, head: str = "", scripts: str = "") -> str:
        text = super().page(title, main, head=head, scripts=scripts)
        if self.lying_meta:  # the template says utf-8; the server writes GBK
            text = text.replace(
                '<meta http-equiv="Content-Type" content="text/html; charset=gbk">',
                '<meta charset="utf-8">',
                1,
            )
        return text


# ------------------------------------------------------------------------- label API (集约化)


def label_column(
    site: Site6,
    name: str,
    organ: str,
    cat: str,
    docs: list[Doc],
    trail: Trail,
    *,
    site_id: str,
    method: str = "GET",
    per: int = 15,
    file: str = "/xxgk/publicInfoList_newest2020",
) -> str:
    """An 信息公开 column ``/public/column/<organ>?type=4&catId=<cat>&action=list`` whose page holds
    an empty box and a ``$.ajax`` call to ``/site/label/8888`` (GET with ``_: Math.random()``, or
    POST); articles at ``/public/<organ>/<id>.html``. Returns the column URL."""
    docs = sorted(docs, key=lambda d: (d.pub, d.uid), reverse=True)
    for d in docs:
        d.path = d.path or f"/public/{organ}/{num_id(site.host, d.uid, digits=9)}.html"
    url = f"/public/column/{organ}?type=4&catId={cat}&action=list"
    reg = site.registries.setdefault("label", {})
    reg[(site_id, cat)] = (docs, per, organ)
    buster = "\n    _: Math.random()," if method == "GET" else ""
    script = (
        '<script type="text/javascript">\n'
        "function getPublicInfoList(pageIndex) {\n"
        f"  $.ajax({{url: '/site/label/8888', type: '{method}', dataType: 'html', data: {{\n"
        f"    IsAjax: 1, dataType: 'html',{buster}\n"
        f"    labelName: 'publicInfoList', siteId: '{site_id}', pageSize: {per}, pageIndex: pageIndex,\n"
        "    action: 'list', isDate: true, dateFormat: 'yyyy-MM-dd', length: 80,\n"
        f"    organId: '{organ}', type: 4, catId: '{cat}', cId: '', result: '暂无相关信息',\n"
        f"    file: '{file}'\n"
        "  }, success: function (html) { $('#xxgk_lmcon').html(html); }});\n"
        "}\n$(function () { getPublicInfoList(1); });\n</script>\n"
    )
    main = (
        f'{site.crumbs([*trail, (name, "")])}\n<div class="xxgk_right"><div class="xxgk_title">'
        f'{esc(name)}</div>\n<div id="xxgk_lmcon" class="xxgk_lmcon"></div>\n</div>'
    )
    site.put(url, site.page(f"{name}-{site.site_name}", main, scripts=script))
    for d in docs:
        d.column = name
        site.put(d.path, public_article(site, d, [*trail, (name, url)], organ), modified=d.pub)
        site.put_files(d)
    if not site.web.handlers.get((site.host, "/site/label/8888")):
        site.handle("/site/label/8888", label_handler(site))
    return url


def public_article(site: Site6, d: Doc, trail: Trail, organ: str) -> str:
    """A 信息公开 article of the platform: the 索引号 table and the body."""
    table = (
        f'<table class="table_suoyin"><tr><th>索引号:</th><td>{organ}/{d.pub:%Y}-{d.uid % 100000:05d}</td>'
        f"<th>信息分类:</th><td>{esc(d.column)}</td></tr><tr><th>发布机构:</th><td>{esc(d.source)}</td>"
        f"<th>发布日期:</th><td>{d.pub:%Y-%m-%d}</td></tr>"
        f'<tr><th>名称:</th><td colspan="3">{esc(d.title)}</td></tr></table>'
    )
    body = "\n".join(f"<p>{esc(p)}</p>" for p in d.paras)
    files = "".join(f'<p><a href="{a.path}">{esc(a.name)}</a></p>' for a in d.attachments)
    main = (
        f'{site.crumbs(trail)}\n<div class="wzcon">{table}\n<h1 class="newstitle">{esc(d.title)}</h1>\n'
        f'<div class="j-fontContent" id="zoom">{body}</div>{files}</div>'
    )
    return site.page(f"{d.title}_{site.site_name}", main)


def label_handler(site: Site6) -> Callable[[Request], Resource]:
    """``/site/label/8888``: the ``publicInfoList`` fragment of a (siteId, catId) page."""

    def answer(req: Request) -> Resource:
        p = req_params(req)
        found = site.registries["label"].get((p.get("siteId", ""), p.get("catId", "")))
        if p.get("labelName") != "publicInfoList" or not found:
            return site.html_res('<div class="no-data">暂无相关信息</div>')
        docs, per, _organ = found
        per = min(max(int_param(p.get("pageSize"), per), 1), 50)
        pages = chunks(docs, per)
        index = int_param(p.get("pageIndex"), 1)
        if not 1 <= index <= len(pages):
            return site.html_res('<div class="no-data">暂无相关信息</div>')
        rows = "".join(
            f'<li class="clearfix"><a href="{site.base}{d.path}" target="_blank" class="title" '
            f'title="{esc(d.title)}">{esc(d.title)}</a><span class="date">{d.date}</span></li>\n'
            for d in pages[index - 1]
        )
        text = (
            f'<ul class="clearfix xxgk_nav_list">\n{rows}</ul>\n<div id="page_public_info"></div>\n'
            '<script type="text/javascript">$("#page_public_info").pagination({'
            f"pageCount:{len(pages)}, current:{index}, "
            "callback: function (p) { getPublicInfoList(p); }});</script>"
        )
        return site.html_res(text)

    return answer


# ------------------------------------------------------------------------- rows


def rows6(docs: list[Doc], style: str) -> str:
    """``view``: a table whose row holds the title as text and a ``查看`` link; ``card``: ``<dl>``
    cards, the title a ``<dt>`` without link, a summary and a ``[详细]`` link; ``plain``: title
    links with a date."""
    if style == "view":
        body = "".join(
            f'<tr><td class="xh">{i + 1}</td><td class="bt">{esc(d.title)}</td><td class="rq">{d.date}</td>'
            f'<td class="ck"><a href="{d.path}" target="_blank">查看</a></td></tr>\n'
            for i, d in enumerate(docs)
        )
        head = "<tr><th>序号</th><th>标题</th><th>发布日期</th><th>操作</th></tr>\n"
        return f'<table class="list-tb" width="100%">\n{head}{body}</table>'
    if style == "card":
        return "\n".join(
            f'<dl class="news-card"><dt>{esc(d.title)}</dt><dd class="summary">'
            f'{esc((d.paras[0] if d.paras else "")[:56])}…<a href="{d.path}" class="more" target="_blank">'
            f'[详细]</a></dd><dd class="time">{d.date}</dd></dl>'
            for d in docs
        )
    return (
        '<ul class="list">\n'
        + "\n".join(
            f'<li><a href="{d.path}" title="{esc(d.title)}" target="_blank">{esc(d.title)}</a>'
            f"<span>{d.date}</span></li>"
            for d in docs
        )
        + "\n</ul>"
    )


def pager(pages: int, cur: int, href: Callable[[int], str]) -> str:
    """首页 上一页 N 下一页 尾页 links (pages counted from 1)."""
    if pages <= 1:
        return ""
    out = [f'<a href="{href(1)}">首页</a>']
    out += [f'<a href="{href(cur - 1)}">上一页</a>'] if cur > 1 else []
    out += [f"<span>{n}</span>" if n == cur else f'<a href="{href(n)}">{n}</a>' for n in range(1, pages + 1)]
    out += [f'<a href="{href(cur + 1)}">下一页</a>'] if cur < pages else []
    return '<div class="page">' + " ".join([*out, f'<a href="{href(pages)}">尾页</a>']) + "</div>"


def box(name: str, more: str, inner: str) -> str:
    """A home or section box: a head with a 更多>> link to ``more``, then ``inner``."""
    return (
        f'<div class="box"><div class="hd"><b>{esc(name)}</b><a href="{more}" class="more">更多&gt;&gt;</a>'
        f"</div>{inner}</div>"
    )


def list_column(
    site: Site6,
    name: str,
    folder: str,
    docs: list[Doc],
    trail: Trail,
    path: Callable[[Doc], str],
    *,
    style: str = "plain",
    per: int = 15,
    article: Callable[[Doc, Trail], str] | None = None,
    href: Callable[[str, Doc], str] | None = None,
) -> list[Doc]:
    """A server-rendered column (``index.html``, ``index_2.html`` …) with rows of ``style``; the
    articles written by ``article`` (default: the TRS skin); ``href(list_url, doc)`` how a list
    page links an article (default: its path)."""
    docs = sorted(docs, key=lambda d: (d.pub, d.uid), reverse=True)
    for d in docs:
        d.path = d.path or path(d)
    trail = [*trail, (name, folder)]
    pages = chunks(docs, per)
    page_url = lambda n: folder + ("index.html" if n == 1 else f"index_{n}.html")  # noqa: E731
    for i, chunk in enumerate(pages):
        url = page_url(i + 1)
        shown = relinked(chunk, lambda d, at=url: href(at, d)) if href else chunk
        listing = rows6(shown, style) if chunk else "<p>暂无信息</p>"
        main = (
            f'{site.crumbs(trail)}\n<div class="column"><h2>{esc(name)}</h2>\n{listing}\n'
            f"{pager(len(pages), i + 1, page_url)}</div>"
        )
        text = site.page(f"{name}-{site.site_name}", main)
        site.put(url, text)
        if i == 0:
            site.put(folder, text)
    for d in docs:
        d.column = name
        site.put(d.path, article(d, trail) if article else site.article(d, trail), modified=d.pub)
        site.put_files(d)
    return docs


def relinked(docs: list[Doc], href: Callable[[Doc], str]) -> list[Doc]:
    """Stand-ins of ``docs`` that a list shows under other hrefs (the truth keeps the docs)."""
    return [Doc(d.uid, d.title, d.paras, d.pub, d.source, path=href(d)) for d in docs]


def section6(
    site: Site6, name: str, folder: str, links: list[tuple[str, str]], trail: Trail = (), extra: str = ""
) -> None:
    """A section page: its sub-columns as plain links, then ``extra`` blocks."""
    items = "".join(f'<li><a href="{p}">{esc(n)}</a></li>' for n, p in links)
    main = f'{site.crumbs([*trail, (name, "")])}\n<ul class="sub-nav">{items}</ul>{extra}'
    text = site.page(f"{name}-{site.site_name}", main)
    site.put(folder, text)
    site.put(folder + "index.html", text)


def home6(site: Site6, boxes: list[tuple[str, str, list[Doc]]], extra: str = "", root: str = "/") -> None:
    parts = [
        f'<div class="box"><div class="hd"><b>{esc(n)}</b><a href="{p}" class="more">更多&gt;&gt;</a></div>'
        f"{rows6(d[:6], 'plain')}</div>"
        for n, p, d in boxes
    ]
    text = site.page(site.site_name, "\n".join(parts) + extra)
    site.put(root, text)
    site.put(root + ("index.html" if root.endswith("/") else ""), text)


# ------------------------------------------------------------------------- bodies elsewhere


def iframe_article(site: Site6, d: Doc, trail: Trail) -> str:
    """The article page holds the title and date; the body is a page of its own in an iframe."""
    inner = d.path.rsplit(".", 1)[0] + "_content.html"
    body = "\n".join(f'<p style="text-indent:2em">{esc(p)}</p>' for p in d.paras)
    site.put(inner, site.page(d.title, f'<div class="content">{body}</div>'), modified=d.pub)
    site.extra_copies.setdefault(d.path, []).append((inner, "frame"))
    main = (
        f'{site.crumbs(trail)}\n<div class="article"><h1>{esc(d.title)}</h1>\n<div class="info">'
        f"发布时间:{d.pub:%Y-%m-%d %H:%M} 来源:{esc(d.source)}</div>\n"
        f'<iframe id="contentFrame" src="{inner}" frameborder="0" width="100%" height="1600" '
        'scrolling="no"></iframe></div>'
    )
    return site.page(f"{d.title}_{site.site_name}", main)


def loaded_article(site: Site6, d: Doc, trail: Trail) -> str:
    """The article page's body box is empty; ``$("#zoom").load(url)`` fills it from a fragment."""
    frag = f"/content/{d.pub:%Y%m}/{num_id(site.host, d.uid, 'c')}.html"
    body = "\n".join(f'<p style="text-indent:2em">{esc(p)}</p>' for p in d.paras)
    site.put(frag, body, modified=d.pub)
    site.extra_copies.setdefault(d.path, []).append((frag, "fragment"))
    main = (
        f'{site.crumbs(trail)}\n<div class="article"><h1>{esc(d.title)}</h1>\n<div class="info">'
        f"发布时间:{d.pub:%Y-%m-%d %H:%M} 来源:{esc(d.source)}</div>\n"
        '<div class="TRS_Editor" id="zoom"></div></div>'
    )
    script = f'<script type="text/javascript">$(function () {{ $("#zoom").load("{frag}"); }});</script>\n'
    return site.page(f"{d.title}_{site.site_name}", main, scripts=script)


# ------------------------------------------------------------------------- servers


def gate(site: Site6, keep: Callable[[str], bool], answer: Callable[[Request, Resource], Resource]) -> None:
    """Take the site's static pages whose path ``keep`` selects out of the static map and serve
    them through ``answer(req, resource)`` instead (a prefix handler on ``/``; other paths 404)."""
    held = {
        (path, query): site.web.resources.pop((host, path, query))
        for host, path, query in [k for k in site.web.resources if k[0] == site.host and keep(k[1])]
    }

    def serve(req: Request) -> Resource:
        found = held.get((unquote(req.path), req.query))
        return answer(req, found) if found else Resource(NOT_FOUND, status=404)

    site.web.prefix_handlers.append((site.host, "/", serve))


def browsers_only(req: Request, res: Resource) -> Resource:
    """403 to a client whose User-Agent is not a browser's (a WAF rule on article paths)."""
    agent = next((v for k, v in req.headers.items() if k.lower() == "user-agent"), "")
    if BROWSER_MARK not in agent:
        return Resource(
            b"<html><body><h1>403 Forbidden</h1><p>Access denied.</p></body></html>", "text/html", status=403
        )
    return res


def fails_first(site: Site6) -> Callable[[Request, Resource], Resource]:
    """500 the first time a URL is asked for, the page afterwards (the web's own memory)."""
    asked = site.registries.setdefault("asked", {})

    def answer(req: Request, res: Resource) -> Resource:
        key = (req.path, req.query)
        asked[key] = asked.get(key, 0) + 1
        if asked[key] == 1:
            return Resource(
                b"<html><body><h1>500 Internal Server Error</h1></body></html>", "text/html", status=500
            )
        return res

    return answer


def redirect(site: Site6, host: str, path: str, target: str, status: int = 302) -> None:
    """A redirect at ``host`` + ``path`` to ``target`` (absolute or root-relative)."""
    res = Resource(b"", "text/html", status=status, headers=(("Location", target),))
    site.web.handlers[(host, path)] = lambda req: res


# ------------------------------------------------------------------------- URL forms


def encoded(path: str) -> str:
    """A path with its Chinese characters percent-encoded (UTF-8), as a link writes it."""
    return quote(path, safe="/._-")


# ------------------------------------------------------------------------- traps


def trap_page(site: Site6, name: str, head: str, docs: list[Doc]) -> Resource:
    """A page of a trap: its head (links deeper into the trap) and a few docs."""
    return site.html_res(site.page(f"{name}-{site.site_name}", f"{head}\n{rows6(docs, 'plain')}"))


TAGS = ["法治", "政府", "建设", "依法行政", "执法", "复议", "普法", "营商环境", "乡村振兴", "公开"]


def tag_cloud_trap(site: Site6, path: str, docs: list[Doc]) -> str:
    """``<path>?tags=a,b,…``: the docs of the tags and a tag cloud whose every tag adds itself to
    the current combination (in click order, repeats allowed): endless."""

    def answer(req: Request) -> Resource:
        tags = [t for t in dict(parse_qsl(req.query)).get("tags", "").split(",") if t][:60]
        shown = [d for i, d in enumerate(docs) if (i + len(tags)) % 3 == 0][:8]
        cloud = " ".join(
            f'<a href="{path}?{urlencode({"tags": ",".join([*tags, t])})}" class="tag">{esc(t)}</a>'
            for t in TAGS
        )
        now = esc(" + ".join(tags) or "全部")
        return trap_page(
            site,
            "标签",
            f'<div class="tags-now">标签:{now}</div>\n<div class="tag-cloud">{cloud}</div>',
            shown,
        )

    site.prefix(path, answer, trap="tag cloud: every tag adds itself to the combination, endless")
    return path


def date_archive_trap(site: Site6, path: str, docs: list[Doc]) -> str:
    """``<path>?start=&end=``: docs published in the range, with 上一期 / 下一期 (the range moved by
    its length) and 扩大范围 (twice as long): endless in both directions."""

    def answer(req: Request) -> Resource:
        p = dict(parse_qsl(req.query))
        try:
            start = dt.date.fromisoformat(p.get("start", "2024-01-01"))
            end = dt.date.fromisoformat(p.get("end", "2024-01-31"))
        except ValueError:
            start, end = dt.date(2024, 1, 1), dt.date(2024, 1, 31)
        span = max((end - start).days, 1)
        link = lambda a, b, t: f'<a href="{path}?start={a}&amp;end={b}">{t}</a>'  # noqa: E731
        shift = dt.timedelta(days=span)
        nav = " ".join(
            [
                link(start - shift, end - shift, "上一期"),
                link(start + shift, end + shift, "下一期"),
                link(start - shift, end, "扩大范围"),
            ]
        )
        shown = [d for d in docs if start <= d.pub.date() <= end][:10]
        head = f'<h2>{start} 至 {end} 发布的信息</h2><div class="archive-nav">{nav}</div>'
        return trap_page(site, "信息归档", head, shown)

    site.prefix(path, answer, trap="archive by date range: previous/next/wider ranges, endless")
    return path
