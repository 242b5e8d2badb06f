"""Page templates of the blind profile, one small skin per CMS look, written for this profile.

A skin knows its site's header, navigation, breadcrumbs, list markup, pager and article layout.
Sites pick a skin and fill columns; the skins never decide where a report is filed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from .core import County, Ctx, Item, chunks, esc, h, paras_html


def trs_article_path(col: str, item: Item) -> str:
    """TRS article path ``<col>/YYYYMM/tYYYYMMDD_<id>.html``."""
    return f"{col}{item.pub:%Y%m}/t{item.pub:%Y%m%d}_{item.uid}.html"


class Skin:
    """A government-portal look. ``nav`` holds (href, label) pairs of the main menu."""

    css = "trs"
    encoding = "utf-8"

    def __init__(self, ctx: Ctx, county: County, nav: list[tuple[str, str]], *,
                 title_attr: bool = True, siteid: str = "", clock: dt.date | None = None,
                 extra_head: str = "", footer_links: list[tuple[str, str]] | None = None):
        self.ctx, self.c, self.nav = ctx, county, nav
        self.title_attr = title_attr
        self.siteid = siteid or county.adcode + "0001"
        self.clock = clock or dt.date(2019, 10, 31)
        self.extra_head = extra_head
        self.footer_links = footer_links or []

    # ------------------------------------------------------------------ pieces
    @property
    def site_name(self) -> str:
        return f"{self.c.name}人民政府"

    def a(self, href: str, label: str, **attrs: str) -> str:
        title = f' title="{esc(label)}"' if self.title_attr else ""
        more = "".join(f' {k.rstrip("_")}="{esc(v)}"' for k, v in attrs.items())
        return f'<a href="{esc(href)}"{title}{more}>{esc(label)}</a>'

    def header(self) -> str:
        menu = "".join(f"<li>{self.a(href, label)}</li>" for href, label in self.nav)
        return (f'<div class="top"><span class="today">今天是:{self.clock:%Y年%m月%d日} 星期三</span>'
                f'<a href="javascript:void(0)" class="wza">无障碍</a> <a href="/ghb/">关怀版</a></div>'
                f'<div class="head"><h1 class="logo"><a href="/">{esc(self.site_name)}</a></h1>'
                f'<form action="/search/" method="get"><input name="searchword"><button>搜索</button>'
                f'</form></div><div class="nav"><ul>{menu}</ul></div>')

    def footer(self) -> str:
        links = " | ".join(self.a(href, label) for href, label in self.footer_links)
        return (f'<div class="foot"><p>{links}</p><p>主办:{esc(self.c.name)}人民政府办公室 '
                f"承办:{esc(self.c.name)}融媒体中心</p><p>网站标识码:{self.siteid} "
                f"冀ICP备0501{self.siteid[-4:]}号 公网安备 {self.c.adcode}02000{self.siteid[-3:]}号"
                f'</p><p><a href="/wzdt/">网站地图</a> <a href="/lxwm/">联系我们</a></p></div>')

    def crumbs(self, trail: list[tuple[str, str]]) -> str:
        parts = ['<a href="/">首页</a>'] + [f'<a href="{esc(u)}">{esc(n)}</a>' for u, n in trail]
        return '<div class="position">您当前的位置:' + " &gt; ".join(parts) + "</div>"

    def page(self, title: str, body: str, metas: str = "") -> str:
        charset = "gbk" if self.encoding.lower() == "gbk" else "utf-8"
        return (f'<!DOCTYPE html><html><head><meta charset="{charset}">'
                f"<title>{esc(title)}</title>{metas}{self.extra_head}"
                f'<link rel="stylesheet" href="/css/{self.css}.css"></head><body>'
                f"{self.header()}<div class=\"main\">{body}</div>{self.footer()}</body></html>")

    def put(self, path: str, text: str, **kw) -> None:
        self.ctx.put(self.c, path, text, encoding=self.encoding, **kw)

    # ------------------------------------------------------------------ lists
    def li(self, item: Item, href: str) -> str:
        link = self.a(href, item.title.replace("|", ""), target="_blank")
        return f"<li>{link}<span>{item.date}</span></li>"

    def pager(self, pages: int, cur: int, stem: str = "index", ext: str = "html") -> str:
        return (f'<div class="page"><script type="text/javascript">createPageHTML({pages}, {cur}, '
                f'"{stem}", "{ext}");</script></div>')

    def list_pages(self, col: str, name: str, trail: list[tuple[str, str]], items: list[Item],
                   per: int = 20, li: Callable[[Item, str], str] | None = None,
                   side: str = "", ext: str = "html") -> None:
        """Write ``col/index.html``, ``index_1.html`` … (TRS numbering, pages from 0)."""
        li = li or self.li
        pages = chunks(items, per)
        for n, chunk in enumerate(pages):
            rows = "".join(li(it, self.rel(col, it.path)) for it in chunk) or "<li>暂无信息</li>"
            body = (f'{self.crumbs(trail)}<div class="left">{side}</div><div class="right">'
                    f'<div class="lm-title"><h2>{esc(name)}</h2></div><ul class="list">{rows}</ul>'
                    f"{self.pager(len(pages), n, 'index', ext) if len(pages) > 1 else ''}</div>")
            self.put(col + ("index" if n == 0 else f"index_{n}") + f".{ext}",
                     self.page(f"{name}_{self.site_name}", body))

    @staticmethod
    def rel(col: str, path: str) -> str:
        return "./" + path[len(col):] if path.startswith(col) else path

    # ------------------------------------------------------------------ articles
    def metas(self, item: Item, column: str) -> str:
        return (f'<meta name="SiteName" content="{esc(self.site_name)}">'
                f'<meta name="SiteDomain" content="{self.c.host}">'
                f'<meta name="SiteIDCode" content="{self.siteid}">'
                f'<meta name="ColumnName" content="{esc(column)}">'
                f'<meta name="ColumnType" content="{esc(column)}">'
                f'<meta name="ArticleTitle" content="{esc(item.title.replace("|", ""))}">'
                f'<meta name="PubDate" content="{item.pub:%Y-%m-%d %H:%M}">'
                f'<meta name="ContentSource" content="{esc(item.source)}">')

    def article(self, item: Item, column: str, trail: list[tuple[str, str]], *,
                paras: list[str] | None = None, after: str = "", tools: str = "") -> str:
        title = item.title.replace("|", "<br>")
        files = "".join(f'<p><a href="{esc(p)}">{esc(label)}</a></p>'
                        for label, p, _ in item.attachments)
        files = f'<div class="fj">附件:{files}</div>' if files else ""
        tools = tools or ('<div class="tools">字号:[<a href="javascript:;">大</a> <a href="jav'
                          'ascript:;">中</a> <a href="javascript:;">小</a>] <a href="javascript'
                          ':window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗'
                          '口</a></div>')
        body = (f'{self.crumbs(trail)}<div class="article"><h2 class="title">{title}</h2>'
                f'<div class="info">来源:{esc(item.source)}&nbsp;&nbsp;发布时间:'
                f"{item.pub:%Y-%m-%d %H:%M}</div>"
                f'<div class="TRS_Editor">{paras_html(paras if paras is not None else item.paras)}'
                f"</div>{files}{after}{tools}</div>")
        return self.page(item.title.replace("|", "") + "_" + self.site_name, body,
                         self.metas(item, column))

    def write_article(self, item: Item, column: str, trail: list[tuple[str, str]], **kw) -> None:
        self.put(item.path, self.article(item, column, trail, **kw),
                 modified=item.pub)
        for _label, path, data in item.attachments:
            ctype = "application/pdf" if path.endswith(".pdf") else (
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            self.ctx.put(self.c, path, data, ctype=ctype, modified=item.pub)

    def attach_pdf(self, item: Item, col: str, paras: list[str] | None = None) -> str:
        path = f"{col}{item.pub:%Y%m}/P0{item.pub:%Y%m%d}{int(h(item.uid)[:8], 16) % 10**9:09d}.pdf"
        label = item.title.replace("|", "") + ".pdf"
        item.attachments.append((label, path, self.ctx.pdf(label[:-4], paras or item.paras)))
        return path
