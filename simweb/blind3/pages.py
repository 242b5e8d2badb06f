"""Page writers the blind3 sites share: articles at URLs with a query string, numbered list pages
with 上一页/下一页 links, an article continued over several pages, and the two traps (an
echoing site search and an endless "related reading" chain).

Each writer only renders and registers pages; the sites decide what is filed where.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..blind.core import chunks, h
from ..blind.skins import Skin
from ..model import Request, Resource
from .core import Ctx3, Item, esc

STAMP = dt.datetime(2024, 6, 1)


def put_at(skin: Skin, path: str, text: str, modified: dt.datetime | None = None) -> None:
    """Register ``text`` at ``path``, which may carry a query string."""
    base, _, query = path.partition("?")
    skin.put(base, text, query=query, modified=modified)


def write_items(skin: Skin, items: list[Item], column: str, trail: list[tuple[str, str]], **kw) -> None:
    """Write each item's article (and its attachments) at its own path."""
    for it in items:
        put_at(skin, it.path, skin.article(it, column, trail, **kw), it.pub)
        for _label, path, data in it.attachments:
            ctype = (
                "application/pdf"
                if path.endswith(".pdf")
                else ("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            )
            skin.ctx.put(skin.c, path, data, ctype=ctype, modified=it.pub)


def assign(ctx: Ctx3, items: list[Item], path_fn: Callable[[Item], str]) -> list[Item]:
    """Give every item a uid and a path; return them newest first."""
    for it in items:
        it.uid = it.uid or ctx.uid()
    items = sorted(items, key=lambda d: (d.pub, d.uid), reverse=True)
    for it in items:
        it.path = it.path or path_fn(it)
    return items


def numbered_lists(
    skin: Skin,
    name: str,
    trail: list[tuple[str, str]],
    items: list[Item],
    page_url: Callable[[int], str],
    *,
    per: int = 20,
    row: Callable[[Item], str] | None = None,
    first_alias: str = "",
) -> None:
    """List pages 1..N at ``page_url(n)`` with numbered, 上一页 and 下一页 links; page 1 is
    also served at ``first_alias`` when given."""

    def default_row(it: Item) -> str:
        return f"<li>{skin.a(it.path, it.title.replace('|', ''), target='_blank')}<span>{it.date}</span></li>"

    row = row or default_row
    pages = chunks(items, per)
    for n, chunk in enumerate(pages, start=1):
        links = []
        if n > 1:
            links += [
                f'<a href="{esc(page_url(1))}">首页</a>',
                f'<a href="{esc(page_url(n - 1))}">上一页</a>',
            ]
        links += [
            f'<a href="{esc(page_url(k))}">{k}</a>' if k != n else f"<span>{k}</span>"
            for k in range(1, len(pages) + 1)
        ]
        if n < len(pages):
            links += [
                f'<a href="{esc(page_url(n + 1))}">下一页</a>',
                f'<a href="{esc(page_url(len(pages)))}">尾页</a>',
            ]
        body = (
            f'{skin.crumbs(trail)}<div class="list-box"><h2>{esc(name)}</h2><ul>'
            f"{''.join(row(it) for it in chunk) or '<li>暂无信息</li>'}</ul>"
            f'<div class="pages">共{len(items)}条 {" ".join(links)}</div></div>'
        )
        page = skin.page(f"{name}_{skin.site_name}", body)
        put_at(skin, page_url(n), page)
        if n == 1 and first_alias:
            put_at(skin, first_alias, page)


def continued(skin: Skin, it: Item, column: str, trail: list[tuple[str, str]], parts: int) -> list[str]:
    """Write an article over ``parts`` pages (``<name>.html``, ``<name>_2.html``, …) joined by
    numbered page links and 下一页 (sites.md "Articles on several pages"); return the paths."""
    size = -(-len(it.paras) // parts)
    paths = [it.path if k == 0 else it.path.replace(".html", f"_{k + 1}.html") for k in range(parts)]
    for k, path in enumerate(paths):
        name = [p.rsplit("/", 1)[1] for p in paths]
        links = " ".join(
            f'<a href="{name[j]}">{j + 1}</a>' if j != k else f"<span>{j + 1}</span>" for j in range(parts)
        )
        nxt = f' <a href="{name[k + 1]}">下一页</a>' if k + 1 < parts else ""
        skin.put(
            path,
            skin.article(
                it,
                column,
                trail,
                paras=it.paras[k * size : (k + 1) * size],
                after=f'<div class="fy">{links}{nxt}</div>',
            ),
            modified=it.pub,
        )
    return paths


def search_trap(ctx: Ctx3, skin: Skin, path: str, param: str) -> str:
    """A site search that echoes its query, pages without end and links further queries
    (sites.md "Traps": a search page that echoes its query and links more queries); returns a
    link to it."""
    words = ["法治", "政府", "报告", "年度", "建设", "公开", "依法", "行政"]

    def handler(req: Request) -> Resource:
        args = req.params()
        q = args.get(param, "")[:40]
        try:
            page = max(1, int(args.get("page", "1")))
        except ValueError:
            page = 1
        seq = int(h(q, page)[:6], 16)
        more = [q + words[(seq + k) % len(words)] for k in range(3)]
        rows = "".join(f"<li>与“{esc(q)}”相关的信息 第{page}页 第{k + 1}条(已删除)</li>" for k in range(10))
        related = " ".join(f'<a href="{path}?{param}={esc(m)}">{esc(m)}</a>' for m in more)
        body = (
            f'<div class="search"><p>检索词:{esc(q)},约{seq % 900 + 100}条结果</p><ul>{rows}</ul>'
            f'<p><a href="{path}?{param}={esc(q)}&amp;page={page + 1}">下一页</a></p>'
            f"<p>相关搜索:{related}</p></div>"
        )
        page_html = ctx.icp(skin.c.host, skin.page("检索结果", body))
        return Resource(page_html.encode(skin.encoding, "xmlcharrefreplace"), modified=STAMP)

    ctx.handle(skin.c, path, handler)
    prefix = path.rsplit("/", 1)[0] + "/"
    ctx.trap(skin.c.base + prefix, "echo_search", re.escape(path) + rf"\?{param}=[^&]*(&page=\d+)?")
    return f"{path}?{param}=%E6%B3%95%E6%B2%BB%E6%94%BF%E5%BA%9C"


class VsbSkin(Skin):
    """The VSB (博达) article look: ``#vsb_content`` body, a click counter written by script."""

    css = "vsb"

    def article(self, item: Item, column: str, trail, *, paras=None, after="", tools=""):
        text = super().article(item, column, trail, paras=paras, after=after, tools=tools)
        counter = f'点击数:<script>_showDynClicks("wbnews", 1{item.uid % 10**9:09d}, {item.uid})</script>'
        text = text.replace('<div class="info">', f'<div class="info">{counter} ', 1)
        return rewrap(text, '<div id="vsb_content"><div class="v_news_content">', "", "</div>")


def rewrap(text: str, before: str, inner_after: str, after: str) -> str:
    """Replace the article body's ``<div class="TRS_Editor">`` opening by ``before`` and put
    ``inner_after`` + ``</div>`` + ``after`` where it closed (another CMS's body markup)."""
    start = text.index('<div class="TRS_Editor">')
    end = text.index("</div>", start)
    inner = text[start + len('<div class="TRS_Editor">') : end]
    return text[:start] + before + inner + inner_after + "</div>" + after + text[end + len("</div>") :]


def vsb_column(
    skin: Skin,
    list_path: str,
    colid: int,
    name: str,
    trail: list[tuple[str, str]],
    items: list[Item],
    per: int = 15,
) -> list[Item]:
    """A VSB column: articles ``/info/<col>/<id>.htm``; the list ``<col>.htm`` then ``<col>/<N-1>.htm``
    … ``<col>/1.htm`` (VSB numbers further pages downwards), pager 首页/上页/下页/尾页."""
    items = assign(skin.ctx, items, lambda it: f"/info/{colid}/{it.uid}.htm")
    write_items(skin, items, name, trail)
    pages = chunks(items, per)
    stem = list_path.removesuffix(".htm")
    leaf = stem.rsplit("/", 1)[1]

    def url(n: int) -> str:  # page n (1-based, as shown) -> its path
        return list_path if n == 1 else f"{stem}/{len(pages) - n + 1}.htm"

    for n, chunk in enumerate(pages, start=1):
        rel = (
            (lambda k: f"{leaf}/{len(pages) - k + 1}.htm" if k > 1 else f"{leaf}.htm")
            if n == 1
            else (lambda k: f"{len(pages) - k + 1}.htm" if k > 1 else f"../{leaf}.htm")
        )
        parts = [f'<span class="p_first"><a href="{rel(1)}">首页</a></span>'] if n > 1 else []
        parts += [f'<span class="p_prev"><a href="{rel(n - 1)}">上页</a></span>'] if n > 1 else []
        parts += [
            f'<span class="p_no"><a href="{rel(k)}">{k}</a></span>'
            if k != n
            else f'<span class="p_no_d">{k}</span>'
            for k in range(1, len(pages) + 1)
        ]
        if n < len(pages):
            parts += [
                f'<span class="p_next"><a href="{rel(n + 1)}">下页</a></span>',
                f'<span class="p_last"><a href="{rel(len(pages))}">尾页</a></span>',
            ]
        rows = "".join(
            f'<li><a href="{"../" * (n > 1) + "../" * list_path.count("/", 1)}'
            f'{it.path.lstrip("/")}" target="_blank" title="{esc(it.title)}">{esc(it.title)}</a>'
            f"<span>{it.date}</span></li>"
            for it in chunk
        )
        body = (
            f'{skin.crumbs(trail)}<div class="list"><h2>{esc(name)}</h2><ul>{rows}</ul>'
            f'<div class="pb_sys_common"><span class="p_t">共{len(items)}条</span> '
            f'<span class="p_t">{n}/{len(pages)}</span> {" ".join(parts)}</div></div>'
        )
        skin.put(url(n), skin.page(f"{name}-{skin.site_name}", body))
    return items


def related_trap(ctx: Ctx3, skin: Skin, path: str = "/xgyd/index.jsp") -> str:
    """A "related reading" page whose links lead to new ids for ever (sites.md "Traps":
    related-articles chains whose ids never repeat); returns the link an article carries."""

    def handler(req: Request) -> Resource:
        doc = req.params().get("docid", "0")[:32]
        links = "".join(
            f'<li><a href="{path}?docid={int(h(doc, k)[:8], 16)}">相关阅读:政务动态{h(doc, k)[:4]}</a></li>'
            for k in range(3)
        )
        body = f'<div class="xgyd"><h3>相关阅读</h3><ul>{links}</ul></div>'
        return Resource(
            ctx.icp(skin.c.host, skin.page("相关阅读", body)).encode(skin.encoding), modified=STAMP
        )

    ctx.handle(skin.c, path, handler)
    ctx.trap(skin.c.base + path.rsplit("/", 1)[0] + "/", "related_chain", r"/xgyd/index\.jsp\?docid=\d+")
    return path
