"""The holdout web: new county sites in new templates, for checking that the crawler generalises.

``build_web(profile="holdout")`` renders only the sites of ``holdout_sites.sites()``: none of the
base or discovery sites, none of their templates. Every page here comes from the skins of this
module, written apart from ``families.py``: other class names, list markups (``ul``/``li`` with
the date before or after the title, tables, ``dl``, ``div`` rows, dates as ``[2024-03-28]``,
``2024年3月28日``, ``(03-28)`` or none), breadcrumb labels, meta tags (full, partial, none,
reordered, upper-case), the labelled lines of sites.md, body containers (``div.article-content``,
``div#UCAP-CONTENT``, ``td.bt_content``, ``div.wz_content``, ``div.TRS_UEDITOR``, bare ``div``
soup) and pagers (下一页/下页/``>``/尾页, ``?page=N``, ``&pageIndex=N``, ``list_2.html``,
``index_1.shtml``, TRS ``createPageHTML`` in four spellings, JS pagers with a ``<noscript>``
fallback, Hanweb datastores with POST and GET ``dataproxy.jsp``).

Skins: :class:`TrsSkin`, :class:`HanwebSkin`, :class:`OldSkin` (GBK ASP and JSP with session
ids), :class:`CmsSkin` (six other CMSs, attachments in viewers and ``window.open``),
:class:`XxgkSkin` (政府信息公开 platforms on their own host, three levels deep) and
:class:`CitySkin` (city 集约化 platforms with county sub-sites). A site's ``opts`` pick the
variant; its ``quirks`` add the holdout's traps (``h_calendar``, ``h_search``, ``h_endless``), a
page that never answers (``h_hang``) and mirrors (``h_gate``: big5 gateway with Taiwan
vocabulary; ``h_pinyin_tone``: traditional with tone-marked pinyin under ``/big5/``;
``h_pinyin_host``: traditional with toneless pinyin on a ``wza.`` host).

:class:`HoldoutBuilder` reuses the base builder (content model, republication, robots, truth) and
swaps in these skins, the holdout column table, the seed paraphrases and look-alikes of
``holdout_texts`` and the mirror copies and traps of the skins.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import random
import re
from collections.abc import Callable
from urllib.parse import quote, urljoin

from . import holdout_sites, holdout_texts
from .model import STATIC_TIME, Column, Doc, Handler, Request, Resource, SiteModel
from .spec import Report, Site
from .web import NOT_FOUND, Builder

Out = Callable[[str, Resource], None]
WEEK = "一二三四五六日"
CTYPES = {"pdf": "application/pdf", "doc": "application/msword",
          "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
SEARCH_WORDS = ("法治政府", "营商环境", "政务公开")


def esc(text: str) -> str:
    """Escape text for HTML (attributes included)."""
    return html.escape(text, quote=True)


def hexd(*parts: object) -> str:
    """A stable hex digest of the parts."""
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def fmt_date(when: dt.datetime, style: str) -> str:
    """A list date in one of the styles real sites use."""
    return {
        "iso": f"{when:%Y-%m-%d}", "bracket": f"[{when:%Y-%m-%d}]",
        "cn": f"{when.year}年{when.month}月{when.day}日", "md": f"({when:%m-%d})",
        "slash": f"{when:%Y/%m/%d}", "dot": f"{when:%Y.%m.%d}", "none": "",
        "loose": f"{when.year}-{when.month}-{when.day}",
    }[style]


def meta_html(items: list[tuple[str, str]], style: str) -> str:
    """Meta tags in one of the spellings: name first, content first, upper case."""
    if style == "content_first":
        return "\n".join(f'<meta content="{esc(v)}" name="{k}" />' for k, v in items)
    if style == "upper":
        return "\n".join(f'<META NAME="{k}" CONTENT="{esc(v)}">' for k, v in items)
    return "\n".join(f'<meta name="{k}" content="{esc(v)}">' for k, v in items)


def split_title(doc: Doc, sep: str = "<br>") -> str:
    """The title, split where the spec marks it with ``|``."""
    return sep.join(esc(part) for part in doc.title.split("|"))


def clock(day: dt.date) -> str:
    """A header clock (a date that is not the publish date)."""
    return f"{day.year}年{day.month}月{day.day}日 星期{WEEK[day.weekday()]}"


def credit_code(adcode: str, *parts: object) -> str:
    """A unified social credit code of a government office (18 characters)."""
    h = hexd(adcode, *parts).upper()
    return f"11{adcode[:6]}{h[:9]}{'0123456789ABCDEFGHJKLMNPQRTUWXY'[int(h[9:12], 16) % 31]}"


# ====================================================================== the base skin


class Skin:
    """What every holdout skin shares: the URL hooks the builder calls and the render loop.

    Subclasses write the markup: ``page`` (the whole document), ``render_home``,
    ``render_list`` and ``article``; the pieces below read the site's ``opts``.
    """

    ext = "html"
    encoding = "utf-8"
    per_page = 20

    def __init__(self, model: SiteModel, rng: random.Random):
        self.m = model
        self.site = model.site
        self.rng = rng

    def opt(self, name: str, default: str = "") -> str:
        """A template option of the site."""
        return dict(self.site.opts).get(name, default)

    # ------------------------------------------------------------------ URLs
    def p(self, path: str) -> str:
        """Prefix a path with the platform prefix of a sub-site."""
        return self.site.prefix + path

    def slug(self, key: str) -> str:
        return self.m.columns[key].slug

    def home(self) -> str:
        return self.p(f"/index.{self.ext}")

    def col_url(self, key: str, page: int = 0) -> str:
        return self.p(f"/{self.slug(key)}/index{f'_{page}' if page else ''}.{self.ext}")

    def col_prefix(self, key: str) -> str:
        return self.p(f"/{self.slug(key)}/")

    def list_urls(self, key: str, page: int) -> list[str]:
        """Every URL that serves a list page (the first page also as its directory)."""
        url = self.col_url(key, page)
        if page == 0 and re.search(r"/index\.\w+$", url):
            return [url, url.rsplit("/", 1)[0] + "/"]
        return [url]

    def doc_url(self, doc: Doc) -> str:
        return self.p(f"/{self.slug(doc.column)}/{doc.uid}.{self.ext}")

    def att_url(self, doc: Doc, n: int, ext: str) -> tuple[str, str]:
        """(path of the file, href the page gives)."""
        path = self.p(f"/uploadfile/{doc.pub:%Y%m}/{hexd('att', doc.uid, n)[:16]}.{ext}")
        return path, path

    def print_url(self, doc: Doc) -> str:
        return doc.path + "?printpage=1"

    def link(self, doc: Doc, here: str) -> str:
        """How a list on page ``here`` links a doc."""
        return doc.path

    def assign(self) -> None:
        for doc in self.m.docs:
            doc.path = self.doc_url(doc)
            for n, att in enumerate(doc.attachments):
                att.path, att.href = self.att_url(doc, n, att.ext)

    # ------------------------------------------------------------------ hooks of the builder
    def mirror_url(self, doc: Doc) -> str:
        """The absolute URL of a doc's mirror copy ('' when the site has none)."""
        quirks, base = self.site.quirks, self.m.base
        if "h_gate" in quirks:
            return f"{base}/gate/big5/{self.site.host}{doc.path}"
        if "h_pinyin_tone" in quirks:
            return f"{base}/big5{doc.path}"
        if "h_pinyin_host" in quirks:
            return f"{self.site.scheme}://wza.{self.site.host.removeprefix('www.')}{doc.path}"
        return ""

    def mirrored(self, url: str) -> list[str]:
        """An absolute URL of the site and its copies on the site's mirrors."""
        path = url[len(self.m.base):]
        quirks, out = self.site.quirks, [url]
        if "h_gate" in quirks:
            out.append(f"{self.m.base}/gate/big5/{self.site.host}{path}")
        if "h_pinyin_tone" in quirks:
            out.append(f"{self.m.base}/big5{path}")
        if "h_pinyin_host" in quirks:
            out.append(f"{self.site.scheme}://wza.{self.site.host.removeprefix('www.')}{path}")
        return out

    def traps(self) -> list[str]:
        """URL prefixes of the site's traps (and of their copies on the mirrors)."""
        base, quirks = self.m.base, self.site.quirks
        out = []
        if "h_calendar" in quirks:
            out.append(base + self.p("/hdrl/"))
        if "h_search" in quirks:
            out.append(base + self.p("/jsearchfront/"))
        if "h_endless" in quirks:
            out.append(base + self.p("/plus/list.php"))
        return [m for url in out for m in self.mirrored(url)]

    def hangs(self) -> list[str]:
        if "h_hang" not in self.site.quirks:
            return []
        return self.mirrored(self.m.base + self.hang_path())

    def hang_path(self) -> str:
        return self.p("/hdjl/zxts/index.asp")

    def extra_hosts(self) -> dict[str, Handler]:
        """Handlers of other hosts that belong to the site (mirrors, redirecting hosts)."""
        return {}

    # ------------------------------------------------------------------ shared pieces
    @property
    def name(self) -> str:
        return self.m.name

    def meta_items(self, col: str | None, doc: Doc | None) -> list[tuple[str, str]]:
        mode = self.site.meta
        if mode == "none":
            return []
        site_name = self.name
        if "copied_meta" in self.site.quirks:
            site_name = self.site.county.city + "人民政府"
        site = [("SiteName", site_name), ("SiteDomain", self.site.host),
                ("SiteIDCode", self.m.siteid)]
        column = []
        if col:
            c = self.m.columns[col]
            column = [("ColumnName", c.name), ("ColumnDescription", c.name),
                      ("ColumnKeywords", c.name), ("ColumnType", c.parent or c.name)]
        article = []
        if doc:
            article = [("ArticleTitle", doc.plain_title),
                       ("PubDate", doc.pub.strftime("%Y-%m-%d %H:%M")),
                       ("ContentSource", doc.source)]
            if self.opt("meta_extra"):
                article += [("Keywords", doc.plain_title[:8]), ("Author", doc.source),
                            ("Description", (doc.paras[0] if doc.paras else "")[:50]),
                            ("Url", self.m.base + doc.path)]
        if mode == "partial":
            site = site[:1] + site[2:]
            column = column[:1]
        if mode == "article":
            return article
        order = self.opt("meta_order", "site")
        if order == "article":
            return article + column + site
        if order == "mixed":
            return column[:1] + article[:1] + site + article[1:] + column[1:]
        return site + column + article

    def metas(self, col: str | None = None, doc: Doc | None = None) -> str:
        return meta_html(self.meta_items(col, doc), self.opt("meta_style", "name_first"))

    def info(self, doc: Doc) -> str:
        """The labelled publish line, in the site's style."""
        d, src = doc.pub, esc(doc.source)
        style = self.opt("info", "plain")
        lines = {
            "plain": f"来源：{src}&nbsp;&nbsp;发布时间：{d:%Y-%m-%d %H:%M}",
            "updated": f"文章来源：{src} 更新时间：{d:%Y/%m/%d %H:%M}:{doc.uid % 60:02d}",
            "runon": f"信息来源: {src}发布时间:{d:%Y-%m-%d}",
            "spaced": f"发布日期: {d.year}- {d.month:02d}- {d.day:02d}&nbsp; 来源：{src}",
            "time_first": f"时间:{d:%Y-%m-%d %H:%M} 来源:{src}",
            "cn": f"发布时间：{d.year}年{d.month:02d}月{d.day:02d}日&nbsp;&nbsp;来源：{src}",
            "asp": f"发布时间：{d.year}-{d.month}-{d.day} {d.hour}:{d.minute:02d}:00&nbsp;&nbsp;来源：{src}"
                   f"&nbsp;&nbsp;作者：佚名&nbsp;&nbsp;点击数：<span id=\"hits\">{doc.uid % 300}</span>",
            "brackets": f"【发布时间：{d:%Y-%m-%d}】【来源：{src}】【作者：】",
            "pipes": f"日期：{d:%Y-%m-%d} | 来源：{src} | 浏览：<span class=\"count\"></span>",
            "published": f"发布：{d:%Y-%m-%d %H:%M:%S}&nbsp;&nbsp;来源：{src}",
            "spans": f"<span>发布时间：</span><span>{d:%Y-%m-%d}</span><span>来源：</span><span>{src}</span>",
            "publisher": f"发布者：{src}&nbsp;&nbsp;&nbsp;发布日期：{d:%Y-%m-%d}",
            "visits": f"发布日期：{d:%Y-%m-%d %H:%M:%S} 来源：{src} 访问量：<span id=\"fwl\"></span>",
            "reads": f"发布时间：{d:%Y-%m-%d %H:%M} 来源：{src} 阅读次数：<i id=\"readcount\"></i>",
        }
        return lines[style]

    def index_no(self, doc: Doc) -> str:
        code = credit_code(self.site.county.adcode or self.m.siteid, doc.source)
        return doc.index_no or f"{code}/{doc.pub:%Y}-{doc.uid % 100000:05d}"

    def info_table(self, doc: Doc, layout: str = "th") -> str:
        """A 政府信息公开 information table."""
        rows = [("索引号", self.index_no(doc), "主题分类", "综合政务\\其他"),
                ("发布机构", esc(doc.source), "成文日期", f"{doc.written:%Y-%m-%d}"),
                ("名　　称", split_title(doc, ""), "", ""),
                ("文　　号", "", "发布日期", doc.date)]
        if layout == "dl":
            return '<div class="xxgk-meta">' + "".join(
                f"<dl><dt>{a}：</dt><dd>{b}</dd></dl>" + (f"<dl><dt>{c}：</dt><dd>{d}</dd></dl>"
                                                        if c else "")
                for a, b, c, d in rows) + "</div>"
        cells = "".join(
            f"<tr><th>{a}：</th><td{' colspan=3' if not c else ''}>{b}</td>"
            + (f"<th>{c}：</th><td>{d}</td>" if c else "") + "</tr>" for a, b, c, d in rows)
        return f'<table class="gk-info" cellspacing="0" cellpadding="0">{cells}</table>'

    def paras_html(self, doc: Doc) -> str:
        style = self.opt("para", "indent")
        if style == "soup":
            return "<br>\n".join(f"\u3000\u3000{esc(t)}" for t in doc.paras)
        if style == "div":
            return "\n".join(f'<div style="text-indent:2em;line-height:2">{esc(t)}</div>'
                             for t in doc.paras)
        if style == "fangsong":
            return "\n".join(
                f'<p style="text-indent:32pt;line-height:28pt"><span style="font-family:仿宋_GB2312;'
                f'font-size:16pt">{esc(t)}</span></p>' for t in doc.paras)
        return "\n".join(f'<p style="text-indent:2em;">{esc(t)}</p>' for t in doc.paras)

    def attachments_html(self, doc: Doc) -> str:
        if not doc.attachments:
            return ""
        mode = self.opt("attach", "link")
        items = []
        for n, att in enumerate(doc.attachments):
            label = esc(att.name)
            if mode == "viewer" and att.ext == "pdf":
                items.append(
                    f'<iframe class="pdf-view" src="{self.p("/plugins/pdfjs/web/viewer.html")}'
                    f'?file={quote(att.href, safe="")}" width="100%" height="900" frameborder="0">'
                    f'</iframe><p class="down">下载附件：<a href="javascript:void(0);" onclick="window.'
                    f"open('{att.href}')\">{label}</a></p>")
            elif mode in ("viewer", "onclick"):
                items.append(f'<li><a href="javascript:void(0);" onclick="window.open(\'{att.href}\');'
                             f'return false;">{label}</a></li>')
            elif mode == "trs":
                items.append(f'<p><a href="{att.href}" OLDSRC="/protect{att.path}" '
                             f'target="_blank">{label}</a></p>')
            else:
                items.append(f'<li><span>附件{n + 1}：</span><a href="{att.href}" target="_blank">'
                             f"{label}</a></li>")
        if mode in ("viewer", "trs"):
            return '<div class="fujian">' + "".join(items) + "</div>"
        return '<div class="attachment"><p>相关附件：</p><ul>' + "".join(items) + "</ul></div>"

    # ------------------------------------------------------------------ list markup
    def list_html(self, docs: list[Doc], here: str, style: str | None = None) -> str:
        style = style or self.opt("list", "ul_after")
        date = self.opt("date", "iso")

        def title(d: Doc) -> str:
            t = d.plain_title
            limit = int(self.opt("truncate", "0"))
            return esc(t[:limit] + "…") if limit and len(t) > limit else esc(t)

        def a(d: Doc) -> str:
            return (f'<a href="{self.link(d, here)}" title="{esc(d.plain_title)}" '
                    f'target="_blank">{title(d)}</a>')

        if style == "ul_before":
            return '<ul class="list-b">' + "".join(
                f'<li><span class="date">{fmt_date(d.pub, date)}</span>{a(d)}</li>' for d in docs
            ) + "</ul>"
        if style == "table":
            return '<table class="tab-list" width="100%" border="0">' + "".join(
                f'<tr><td class="td-title">{a(d)}</td><td class="td-date" width="120">'
                f"{fmt_date(d.pub, date)}</td></tr>" for d in docs) + "</table>"
        if style == "dl":
            return '<div class="list-dl">' + "".join(
                f"<dl><dt>·{a(d)}</dt><dd>{fmt_date(d.pub, date)}</dd></dl>" for d in docs) + "</div>"
        if style == "rows":
            return '<div class="list-rows">' + "".join(
                f'<div class="row">{a(d)}<i>{fmt_date(d.pub, date)}</i></div>' for d in docs) + "</div>"
        if style == "ol_nodate":
            return '<ol class="infolist">' + "".join(f"<li>{a(d)}</li>" for d in docs) + "</ol>"
        if style == "em_before":
            return '<ul class="news_ul">' + "".join(
                f'<li><em>{fmt_date(d.pub, date)}</em>{a(d)}</li>' for d in docs) + "</ul>"
        if style == "soup":
            return "".join(f'<div class="item"><div class="t">{a(d)}</div><div class="d">'
                           f"{fmt_date(d.pub, date)}</div></div>" for d in docs)
        return '<ul class="list-a">' + "".join(
            f'<li>{a(d)}<span>{fmt_date(d.pub, date)}</span></li>' for d in docs) + "</ul>"

    # ------------------------------------------------------------------ pagers
    def page_href(self, key: str, n: int, here: str) -> str:
        """How a pager on ``here`` links page ``n`` (relative where the site is)."""
        return self.col_url(key, n)

    def link_pager(self, key: str, page: int, pages: int, labels: tuple[str, str, str, str],
                   numbers: bool = False) -> str:
        """A pager of plain links: first, previous, [numbers,] next, last."""
        if pages <= 1:
            return '<div class="pager">共1页</div>'
        here = self.col_url(key, page)
        first, prev, nxt, last = (esc(label) for label in labels)
        parts = [f"<span>共{pages}页</span>"]
        parts.append(f'<a href="{self.page_href(key, 0, here)}">{first}</a>' if page else
                     f"<span>{first}</span>")
        parts.append(f'<a href="{self.page_href(key, page - 1, here)}">{prev}</a>' if page else
                     f"<span>{prev}</span>")
        if numbers:
            for n in range(pages):
                parts.append(f"<b>{n + 1}</b>" if n == page else
                             f'<a href="{self.page_href(key, n, here)}">{n + 1}</a>')
        parts.append(f'<a href="{self.page_href(key, page + 1, here)}">{nxt}</a>'
                     if page + 1 < pages else f"<span>{nxt}</span>")
        parts.append(f'<a href="{self.page_href(key, pages - 1, here)}">{last}</a>'
                     if page + 1 < pages else f"<span>{last}</span>")
        return '<div class="pager">' + " ".join(parts) + "</div>"

    def pager(self, key: str, page: int, pages: int) -> str:
        return self.link_pager(key, page, pages, ("首页", "上一页", "下一页", "尾页"))

    # ------------------------------------------------------------------ pages
    def page(self, title: str, main: str, col: str | None = None, doc: Doc | None = None) -> str:
        raise NotImplementedError

    def home_blocks(self, limit: int = 7) -> str:
        blocks = []
        for key, col in self.m.columns.items():
            if not col.listed or self.opt(f"hide.{key}"):
                continue
            blocks.append(
                f'<div class="box"><div class="box-hd"><h3>{esc(col.name)}</h3>'
                f'<a class="more" href="{self.col_url(key)}">更多</a></div>'
                f'<div class="box-bd">{self.list_html(col.listed[:limit], self.home(), "ul_after")}'
                "</div></div>")
        return "\n".join(blocks)

    def trap_links(self) -> str:
        quirks, out = self.site.quirks, []
        if "h_calendar" in quirks:
            day = self.m.clock
            out.append(f'<a href="{self.p("/hdrl/")}?month={day.year}-{day.month:02d}">政务日历</a>')
        if "h_search" in quirks:
            out += [f'<a href="{self.p("/jsearchfront/search.do")}?websiteid='
                    f'{self.site.county.adcode}000000000&amp;q={quote(w)}&amp;p=1">{w}</a>'
                    for w in SEARCH_WORDS]
        if "h_endless" in quirks:
            out.append(f'<a href="{self.p("/plus/list.php")}?tid=1&amp;PageNo=1">全部信息</a>')
        if "h_hang" in quirks:
            out.append(f'<a href="{self.hang_path()}">在线投诉</a>')
        if "h_gate" in quirks:
            out.append(f'<a href="/gate/big5/{self.site.host}{self.home()}">繁體版</a>')
        if "h_pinyin_tone" in quirks:
            out.append(f'<a href="/big5{self.home()}">繁体+拼音</a>')
        if "h_pinyin_host" in quirks:
            host = "wza." + self.site.host.removeprefix("www.")
            out.append(f'<a href="{self.site.scheme}://{host}{self.home()}">无障碍</a>')
        return '<div class="quick-links">' + " | ".join(out) + "</div>" if out else ""

    def render_home(self) -> str:
        main = self.home_blocks() + self.trap_links()
        return self.page(self.name, main)

    def render_list(self, key: str, page: int, pages: int, docs: list[Doc]) -> str:
        col = self.m.columns[key]
        here = self.col_url(key, page)
        main = (f'{self.crumbs(key)}<div class="list-main"><div class="list-title">{esc(col.name)}'
                f"</div>{self.list_html(docs, here)}{self.pager(key, page, pages)}</div>")
        return self.page(f"{col.name}-{self.name}", main, key)

    def crumbs(self, col: str | None, doc: Doc | None = None) -> str:
        label = self.opt("crumb", "当前位置：")
        parts = [f'<a href="{self.home()}">首页</a>']
        if col:
            c = self.m.columns[col]
            if c.parent:
                parts.append(f"<span>{esc(c.parent)}</span>")
            parts.append(f'<a href="{self.col_url(col)}">{esc(c.name)}</a>')
        if doc and self.opt("crumb_doc"):
            parts.append("<span>正文</span>")
        sep = self.opt("crumb_sep", " &gt; ")
        return f'<div class="location">{label}{sep.join(parts)}</div>'

    def body_box(self, doc: Doc) -> str:
        """The report text inside the site's body container."""
        inner = self.paras_html(doc) + self.attachments_html(doc)
        box = self.opt("body", "article-content")
        if box == "trs_ueditor":
            return (f'<div class="article-content"><div class="TRS_UEDITOR trs_paper_default '
                    f'trs_word">{inner}</div></div>')
        if box == "trs_editor":
            return f'<div class="TRS_Editor"><div class="Custom_UnionStyle">{inner}</div></div>'
        if box == "view":
            return f'<div class="view TRS_UEDITOR trs_paper_default trs_web">{inner}</div>'
        if box == "ucap":
            return f'<div id="UCAP-CONTENT">{inner}</div>'
        if box == "wz":
            return f'<div class="wz_content">{inner}</div>'
        if box == "soup":
            return f"<div><div>{inner}</div></div>"
        if box == "zoom":
            return f'<div id="zoom" class="zoom">{inner}</div>'
        if box == "fontzoom":
            return f'<div class="j-fontContent newscontnet minh500" id="zoom">{inner}</div>'
        return f'<div class="{box}">{inner}</div>'

    def tools(self, doc: Doc) -> str:
        printer = (f'<a href="{self.print_url(doc)}" target="_blank">【打印】</a>'
                   if "print" in doc.extras else '<a href="javascript:window.print();">【打印】</a>')
        return ('<div class="article-tools">【字体：<a href="javascript:setFont(18)">大</a> '
                '<a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】'
                f'{printer}<a href="javascript:window.close();">【关闭】</a></div>')

    def article(self, doc: Doc) -> str:
        return (f'{self.crumbs(doc.column, doc)}<div class="detail"><h1 class="detail-title">'
                f'{split_title(doc)}</h1><div class="detail-info">{self.info(doc)}</div>'
                f"{self.body_box(doc)}{self.tools(doc)}</div>")

    def render_doc(self, doc: Doc) -> str:
        return self.page(doc.plain_title, self.article(doc), doc.column, doc)

    def render_print(self, doc: Doc) -> str:
        return (f'<!DOCTYPE html><html><head><meta charset="{self.charset()}"><title>'
                f"{esc(doc.plain_title)}</title></head><body><div class=\"print-box\"><h2>"
                f"{split_title(doc)}</h2><p>{self.info(doc)}</p>{self.body_box(doc)}</div>"
                '<p><a href="javascript:window.print()">打印</a></p></body></html>')

    def root(self) -> Resource | None:
        """What ``/`` answers (None: the home page itself)."""
        style = self.opt("root")
        target = self.home()
        if style == "script":
            body = f'<script language="javascript">window.location="{target.lstrip("/")}";</script>'
        elif style == "refresh":
            body = (f'<html><head><meta http-equiv="Refresh" content="0; URL={target.lstrip("/")}">'
                    "</head><body></body></html>")
        elif style == "302":
            return Resource(b"", status=302, headers=(("Location", target),))
        else:
            return None
        return Resource(body.encode(), modified=dt.datetime(2019, 5, 6))

    def charset(self) -> str:
        return self.encoding

    def encode(self, text: str) -> bytes:
        return text.encode(self.encoding, "xmlcharrefreplace")

    def ctype(self) -> str:
        return f"text/html; charset={self.encoding}"

    def res(self, text: str, modified: dt.datetime | None) -> Resource:
        return Resource(self.encode(text), self.ctype(), modified=modified)

    def list_columns(self) -> list[str]:
        return list(self.m.columns)

    def extra_pages(self, out: Out) -> None:
        """Pages beyond home, lists and articles (directories, group pages)."""

    def render(self, out: Out) -> None:
        """Render every static page of the site."""
        docs = self.m.docs
        newest = max((d.modified or d.pub for d in docs), default=None)
        home = self.res(self.render_home(), newest)
        out(self.home(), home)
        if self.p("/") != self.home():
            out(self.p("/"), self.root() or home)
        for key in self.list_columns():
            listed = self.m.columns[key].listed
            pages = max(1, -(-len(listed) // self.per_page))
            for page in range(pages):
                chunk = listed[page * self.per_page : (page + 1) * self.per_page]
                stamp = max((d.modified or d.pub for d in chunk), default=None)
                res = self.res(self.render_list(key, page, pages, chunk), stamp)
                for url in self.list_urls(key, page):
                    out(url, res)
        self.extra_pages(out)
        for doc in docs:
            stamp = doc.modified or doc.pub
            out(doc.path, self.res(self.render_doc(doc), stamp))
            if "print" in doc.extras:
                out(self.print_url(doc), self.res(self.render_print(doc), stamp))
            for att in doc.attachments:
                out(att.path, Resource(att.data, CTYPES[att.ext], modified=doc.pub))
                target = urljoin(doc.path, att.href)
                if target.split("?")[0] != att.path:
                    out(target, Resource(b"", status=302, headers=(("Location", att.path),)))

    def handlers(self) -> dict[str, Handler]:
        """Dynamic pages at exact paths of the site's host."""
        out: dict[str, Handler] = {}
        quirks = self.site.quirks
        if "h_calendar" in quirks:
            out[self.p("/hdrl/")] = calendar_handler(self)
        if "h_search" in quirks:
            out[self.p("/jsearchfront/search.do")] = search_handler(self)
        if "h_endless" in quirks:
            out[self.p("/plus/list.php")] = endless_handler(self)
        if "h_hang" in quirks:
            out[self.hang_path()] = lambda req: Resource(b"", hang=True)
        if self.opt("attach") == "viewer":
            out[self.p("/plugins/pdfjs/web/viewer.html")] = viewer_handler
        return out

    def prefix_handlers(self) -> dict[str, Handler]:
        """Dynamic pages under path prefixes (the builder adds the platform prefix)."""
        return {}

    def trap_page(self, title: str, items: str, nav: str) -> Resource:
        """A page of a trap, in the site's chrome."""
        main = (f'<div class="location">当前位置：<a href="{self.home()}">首页</a> &gt; {esc(title)}'
                f'</div><div class="list-main"><h3>{esc(title)}</h3>{items}<div class="pager">{nav}'
                "</div></div>")
        return Resource(self.encode(self.page(title, main)), self.ctype(), modified=STATIC_TIME)


# ====================================================================== TRS WCM


class TrsSkin(Skin):
    """TRS WCM sites: ``./YYYYMM/tYYYYMMDD_<id>.<ext>`` articles, ``index_N`` list pages written by
    ``createPageHTML`` in the spelling of the site's ``pager`` option."""

    per_page = 15

    @property
    def ext(self) -> str:  # type: ignore[override]
        return self.opt("ext", "html")

    def first(self) -> int:
        """The number of the second list page: 1 (index_1) or 2 (index_2)."""
        return 2 if self.opt("pager") in ("vars_div",) else 1

    def col_url(self, key: str, page: int = 0) -> str:
        n = page + self.first() - 1
        return self.p(f"/{self.slug(key)}/index{f'_{n}' if page else ''}.{self.ext}")

    def doc_url(self, doc: Doc) -> str:
        name = f"t{doc.pub:%Y%m%d}_{doc.uid + 7000000}.{self.ext}"
        return self.col_prefix(doc.column) + f"{doc.pub:%Y%m}/{name}"

    def att_url(self, doc: Doc, n: int, ext: str) -> tuple[str, str]:
        name = f"P0{doc.pub:%Y%m%d}{int(hexd(doc.uid, n)[:10], 16) % 10**12:012d}.{ext}"
        return self.col_prefix(doc.column) + f"{doc.pub:%Y%m}/{name}", f"./{name}"

    def link(self, doc: Doc, here: str) -> str:
        folder = here.rsplit("/", 1)[0] + "/"
        return "./" + doc.path[len(folder):] if doc.path.startswith(folder) else doc.path

    def print_url(self, doc: Doc) -> str:
        return doc.path.rsplit(".", 1)[0] + f"_print.{self.ext}"

    def pager(self, key: str, page: int, pages: int) -> str:
        style, ext = self.opt("pager", "literal"), self.ext
        total = len(self.m.columns[key].listed)
        if style == "literal":
            script = f"createPageHTML({pages}, {page}, 'index', '{ext}');"
        elif style == "vars_comment":
            script = (f"\nvar countPage = {pages}//共多少页\nvar currentPage = {page}//当前页\n"
                      'var prevPage = currentPage-1//上一页\nvar nextPage = currentPage+1//下一页\n'
                      f'createPageHTML(countPage, currentPage, "index", "{ext}");\n')
        elif style == "vars_div":
            script = (f"\n  var pageNum = {pages};\n  var curPage = {page + 1};\n"
                      f'  createPageHTML("pagination", pageNum, curPage, "index", "{ext}", {total});\n')
        else:  # "div_first": the box id first, no spaces, 0-based, then the record count
            script = f"createPageHTML('page_box',{pages},{page},'index','{ext}',{total});"
        return (f'<div class="page" id="{"pagination" if style == "vars_div" else "page_box"}">'
                f'<script type="text/javascript">{script}</script></div>')

    def page(self, title: str, main: str, col: str | None = None, doc: Doc | None = None) -> str:
        nav = "".join(f'<li><a href="{self.col_url(k)}">{esc(c.name)}</a></li>'
                      for k, c in self.m.columns.items() if not self.opt(f"hide.{k}"))
        nav += "".join(f'<li><a href="{href}" target="_blank">{esc(n)}</a></li>'
                       for n, href in self.m.links)
        icp = f"ICP备{int(hexd(self.site.host)[:6], 16) % 9000000 + 1000000}号"
        return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
                f'<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">\n'
                f"<title>{esc(title)}</title>\n{self.metas(col, doc)}\n"
                f'<link rel="stylesheet" href="{self.p("/css/common.css")}">\n</head>\n<body>\n'
                f'<div class="top-bar"><div class="w1200"><span class="today">{clock(self.m.clock)}'
                '</span><span class="top-tools"><a href="javascript:void(0);" id="wzaBtn">无障碍浏览'
                '</a><a href="javascript:void(0);">长者模式</a><a href="javascript:void(0);">'
                "English</a></span></div></div>\n"
                f'<div class="header"><div class="w1200"><a class="logo" href="{self.home()}">'
                f'<img src="{self.p("/images/logo.png")}" alt="{esc(self.name)}"></a>'
                f'<form class="top-search" action="{self.p("/was5/web/search")}" method="get">'
                '<input name="searchword" placeholder="请输入关键词"><button>搜索</button></form>'
                f'</div></div>\n<div class="nav"><ul class="w1200"><li><a href="{self.home()}">'
                f"首页</a></li>{nav}</ul></div>\n<div class=\"w1200 main-box\">\n{main}\n</div>\n"
                f'<div class="footer"><div class="w1200"><p><a href="javascript:;">关于我们</a> | '
                '<a href="javascript:;">网站地图</a> | <a href="javascript:;">联系我们</a></p>'
                f"<p>主办单位：{esc(self.name)}办公室 版权所有：{esc(self.name)}</p>"
                f"<p>{icp}  网站标识码：{self.m.siteid}</p></div></div>\n</body>\n</html>\n")

    def article(self, doc: Doc) -> str:
        printer = self.print_url(doc) if "print" in doc.extras else "javascript:window.print();"
        return (f'{self.crumbs(doc.column, doc)}<div class="article"><h1 class="article-title">'
                f'{split_title(doc)}</h1><div class="article-info">{self.info(doc)}'
                f'<span class="font-size">【字号：<a href="javascript:;">大</a> <a href="javascript:;">'
                f'中</a> <a href="javascript:;">小</a>】</span></div>{self.body_box(doc)}'
                f'<div class="article-foot"><a href="{printer}">'
                '打印本页</a> <a href="javascript:window.close();">关闭窗口</a></div>'
                '<div class="share">分享到：<a class="weixin"></a><a class="weibo"></a></div></div>')


# ====================================================================== Hanweb JCMS


class HanwebSkin(Skin):
    """Hanweb JCMS: ``/col/col<id>/index.html`` columns whose records sit in a ``<datastore>``
    script; the rest come from ``dataproxy.jsp`` by POST (``startrecord``/``endrecord``, option
    ``proxy=post``) or by GET (``page=N``, option ``proxy=get``)."""

    webid = 27

    @property
    def visible(self) -> int:
        return int(self.opt("visible", "15"))

    def col_id(self, key: str) -> int:
        return 1229400 + int(hexd(self.site.key, key)[:6], 16) % 500

    def unit_id(self) -> int:
        return 4000 + int(hexd(self.site.key)[:4], 16) % 1000

    def col_url(self, key: str, page: int = 0) -> str:
        return f"/col/col{self.col_id(key)}/index.html"

    def col_prefix(self, key: str) -> str:
        return f"/col/col{self.col_id(key)}/"

    def list_urls(self, key: str, page: int) -> list[str]:
        return [self.col_url(key)]

    def doc_url(self, doc: Doc) -> str:
        p = doc.pub
        return f"/art/{p.year}/{p.month}/{p.day}/art_{self.col_id(doc.column)}_{doc.uid + 2400000}.html"

    def att_url(self, doc: Doc, n: int, ext: str) -> tuple[str, str]:
        name = hexd("jcms", doc.uid, n)[:32]
        return (f"/attach/0/{name}.{ext}",
                f"/module/download/downfile.jsp?classid=0&filename={name}.{ext}")

    def proxy_path(self) -> str:
        return "/module/jpage/dataproxy.jsp" if self.opt("proxy") == "post" else \
            "/module/web/jpage/dataproxy.jsp"

    def record(self, doc: Doc) -> str:
        title = esc(doc.plain_title)
        if self.opt("proxy") == "post":
            return (f'<li><a href="{doc.path}" target="_blank" title="{title}">{title}</a>'
                    f'<span class="bt-data-time">{doc.date}</span></li>')
        return (f'<table width="100%" border="0" cellspacing="0"><tr><td class="bt_link">'
                f'<a href="{doc.path}" target="_blank" title="{title}">{title}</a></td>'
                f'<td class="bt_time" width="90">{doc.date}</td></tr></table>')

    def render(self, out: Out) -> None:
        self.per_page = 10**6  # one column page; the rest comes from the dataproxy
        super().render(out)

    def render_list(self, key: str, page: int, pages: int, docs: list[Doc]) -> str:
        col = self.m.columns[key]
        listed, cid, uid = col.listed, self.col_id(key), self.unit_id()
        shown = listed[: self.visible]
        records = "".join(f"<record><![CDATA[\n{self.record(d)}\n]]></record>" for d in shown)
        webname = quote(self.name)
        query = (f"page=1&appid=1&webid={self.webid}&path=/&columnid={cid}&unitid={uid}"
                 f"&webname={webname}&permissiontype=0")
        store = (f'<div id="{uid}"><script type="text/xml"><datastore><column>{cid}</column>'
                 f"<totalrecord>{len(listed)}</totalrecord><totalpage>"
                 f"{max(1, -(-len(listed) // self.visible))}</totalpage><rpp>{self.visible}</rpp>"
                 f"<appid>1</appid><website>1</website><webid>{self.webid}</webid>"
                 f'<nextgroup><![CDATA[<a href="{self.proxy_path()}?{query}"></a>]]></nextgroup>'
                 f"<recordset>{records}</recordset></datastore></script></div>")
        if self.opt("proxy") == "post":
            script = ('<script type="text/javascript">\nvar jpageConf = {\n  proxyUrl: "'
                      f'{self.proxy_path()}",\n  perPage: {self.visible}, groupSize: 3,\n'
                      f'  startRecord: 1, endRecord: {self.visible * 3},\n  param: {{col: 1, appid: 1, '
                      f'webid: {self.webid}, path: "/", columnid: {cid}, sourceContentType: 1, '
                      f'unitid: {uid}, webname: "{esc(self.name)}", permissiontype: 0}}\n}};\n'
                      f"$(\"#{uid}\").jpage(jpageConf);\n</script>")
        else:
            script = (f'<script src="/module/web/jpage/jpage.js"></script><script>'
                      f"createJpage('{uid}', {{pageSize: {self.visible}, total: {len(listed)}}});"
                      "</script>")
        main = (f'{self.crumbs(key)}<div class="bt-column"><div class="bt-column-title">'
                f'{esc(col.name)}</div><div class="bt-list">{store}</div>{script}</div>')
        return self.page(f"{col.name} {self.name}", main, key)

    def article(self, doc: Doc) -> str:
        inner = self.paras_html(doc) + self.attachments_html(doc)
        if self.opt("body") == "zoom":
            body = (f'<div id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart">{inner}'
                    '<meta name="ContentEnd"><!--ZJEG_RSS.content.end--></div>')
        else:
            body = (f'<div class="bt-article"><!--ZJEG_RSS.content.begin-->{inner}'
                    "<!--ZJEG_RSS.content.end--></div>")
        return (f'{self.crumbs(doc.column)}<div class="bt-content"><div class="bt-title">'
                f'<!--<$[标题名称(html)]>begin-->{split_title(doc)}<!--<$[标题名称(html)]>end-->'
                f'</div><div class="bt-info">{self.info(doc)} <span>浏览次数：<script src="'
                f'/module/visitcount/articlehits.jsp?colid={self.col_id(doc.column)}&amp;artid='
                f'{doc.uid}"></script></span></div>{body}{self.tools(doc)}</div>')

    def page(self, title: str, main: str, col: str | None = None, doc: Doc | None = None) -> str:
        nav = "".join(f'<a href="{self.col_url(k)}">{esc(c.name)}</a>'
                      for k, c in self.m.columns.items())
        return (f"<!DOCTYPE html>\n<html>\n<head>\n"
                f'<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
                f"<title>{esc(title)}</title>\n{self.metas(col, doc)}\n"
                '<link href="/images/bt-common.css" rel="stylesheet" type="text/css" />\n'
                '<script src="/module/jslib/jquery/jquery.js"></script>\n</head>\n<body>\n'
                f'<div class="bt-top"><div class="bt-box">{clock(self.m.clock)}<span class="bt-right">'
                '<a href="javascript:void(0);" onclick="javascript:aria.start()">无障碍</a>'
                '<a href="javascript:void(0);">关怀版</a></span></div></div>\n'
                f'<div class="bt-head"><div class="bt-box"><img src="/images/bt-logo.png" '
                f'alt="{esc(self.name)}"></div></div>\n<div class="bt-nav"><div class="bt-box">'
                f'<a href="/">首页</a>{nav}</div></div>\n<div class="bt-box bt-main">\n{main}\n'
                "\n</div>\n"
                f'<div class="bt-foot"><div class="bt-box">{esc(self.name)}主办 {esc(self.name)}'
                f"办公室承办 网站标识码：{self.m.siteid}<br>政府网站找错 | 网站地图</div></div>\n"
                "</body>\n</html>\n")

    def render_home(self) -> str:
        return self.page(self.name, self.home_blocks(limit=8) + self.trap_links())

    def handlers(self) -> dict[str, Handler]:
        out = super().handlers()
        by_col = {str(self.col_id(k)): c.listed for k, c in self.m.columns.items()}
        skin = self

        def proxy(req: Request) -> Resource:
            args = req.params()
            docs = by_col.get(args.get("columnid", ""), [])
            start_raw = args.get("startrecord", "")
            if start_raw.isdigit():
                start = int(start_raw)
                end_raw = args.get("endrecord", "")
                end = int(end_raw) if end_raw.isdigit() else start + skin.visible * 3 - 1
            else:
                raw_page, raw_per = args.get("page", "1"), args.get("perpage", "")
                per = int(raw_per) if raw_per.isdigit() and int(raw_per) else skin.visible
                start = ((int(raw_page) if raw_page.isdigit() else 1) - 1) * per + 1
                end = start + per - 1
            chunk = docs[max(start, 1) - 1 : max(end, 0)]
            records = "".join(f"<record><![CDATA[{skin.record(d)}]]></record>" for d in chunk)
            xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<datastore>\n<totalrecord>{len(docs)}'
                   f"</totalrecord>\n<recordset>\n{records}\n</recordset>\n</datastore>\n")
            stamp = max((d.modified or d.pub for d in chunk), default=None)
            return Resource(xml.encode(), "text/xml;charset=UTF-8", modified=stamp)

        out[self.proxy_path()] = proxy
        return out


# ====================================================================== old GBK ASP / JSP


class OldSkin(Skin):
    """Old table-layout sites in GBK with the charset only in a meta tag: ASP (option
    ``server=asp``: ``ArticleList.asp?ClassID=N&page=N``, ``ArticleShow.asp?ArticleID=N``) or JSP
    (``server=jsp``: ``list.jsp;jsessionid=…?classid=N&pageIndex=N``, a new session id on every
    page)."""

    per_page = 12
    here = ""

    @property
    def asp(self) -> bool:
        return self.opt("server") == "asp"

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "gbk"

    def charset(self) -> str:
        return "gb2312" if self.asp else "gbk"

    def ctype(self) -> str:
        return "text/html"

    def class_id(self, key: str) -> int:
        return 5 + list(self.m.columns).index(key) * (3 if self.asp else 1)

    def home(self) -> str:
        return "/index.asp" if self.asp else "/index.jsp"

    def col_url(self, key: str, page: int = 0) -> str:
        if self.asp:
            return f"/ArticleList.asp?ClassID={self.class_id(key)}" + (f"&page={page + 1}" if page else "")
        return f"/news/list.jsp?classid={self.class_id(key)}" + (f"&pageIndex={page + 1}" if page else "")

    def col_prefix(self, key: str) -> str:
        return self.col_url(key)

    def doc_url(self, doc: Doc) -> str:
        return f"/ArticleShow.asp?ArticleID={doc.uid}" if self.asp else f"/news/show.jsp?id={doc.uid}"

    def att_url(self, doc: Doc, n: int, ext: str) -> tuple[str, str]:
        stamp = f"{doc.pub:%Y%m%d%H%M%S}{doc.uid % 1000:03d}"
        path = (f"/UploadFiles/{doc.pub:%Y}/{doc.pub.month}/{stamp}.{ext}" if self.asp
                else f"/upload/files/{doc.pub:%Y}/{doc.pub:%m}/{stamp}{n}.{ext}")
        return path, path

    def session(self) -> str:
        """A Tomcat session id for the page being rendered."""
        return hexd("jsession", self.site.key, self.here)[:32].upper()

    def link_to(self, url: str) -> str:
        """A link as the page writes it: relative on ASP, with the session id on JSP."""
        if self.asp:
            return url.lstrip("/")
        path, _, query = url.partition("?")
        return f"{path};jsessionid={self.session()}" + (f"?{query}" if query else "")

    def link(self, doc: Doc, here: str) -> str:
        return self.link_to(doc.path)

    def page_href(self, key: str, n: int, here: str) -> str:
        return self.link_to(self.col_url(key, n))

    def pager(self, key: str, page: int, pages: int) -> str:
        if self.asp:
            return self.link_pager(key, page, pages, ("首页", "上页", "下页", "尾页"))
        return self.link_pager(key, page, pages, ("|<", "<", ">", ">>"), numbers=True)

    def render_home(self) -> str:
        self.here = self.home()
        return super().render_home()

    def render_doc(self, doc: Doc) -> str:
        self.here = doc.path
        return super().render_doc(doc)

    def list_html(self, docs: list[Doc], here: str, style: str | None = None) -> str:
        limit = int(self.opt("truncate", "0"))

        def title(d: Doc) -> str:
            t = d.plain_title
            return esc(t[:limit] + "...") if limit and len(t) > limit else esc(t)

        if self.asp:
            rows = "".join(
                f'<tr><td width="14"><img src="/images/arrow.gif" width="5" height="9"></td><td>'
                f'<a href="{self.link(d, here)}" target="_blank" title="{esc(d.plain_title)}">'
                f'{title(d)}</a> <font color="#999999">({d.pub.year}-{d.pub.month}-{d.pub.day})</font>'
                "</td></tr>" for d in docs)
            return f'<table width="100%" border="0" cellspacing="0" cellpadding="3">{rows}</table>'
        return '<div class="newslist">' + "".join(
            f'<dl><dt>·<a href="{self.link(d, here)}" title="{esc(d.plain_title)}">{title(d)}</a>'
            f"</dt><dd>{d.date}</dd></dl>" for d in docs) + "</div>"

    def render_list(self, key: str, page: int, pages: int, docs: list[Doc]) -> str:
        self.here = self.col_url(key, page)
        col = self.m.columns[key]
        main = (f'{self.crumbs(key)}<table width="100%" border="0" cellspacing="0"><tr><td '
                f'class="lm_title" height="30">{esc(col.name)}</td></tr><tr><td>'
                f"{self.list_html(docs, self.here)}</td></tr><tr><td align=\"center\">"
                f"{self.pager(key, page, pages)}</td></tr></table>")
        return self.page(f"{col.name}-{self.name}", main, key)

    def crumbs(self, col: str | None, doc: Doc | None = None) -> str:
        where = ""
        if col:
            where = (f' &gt;&gt; <a href="{self.link_to(self.col_url(col))}">'
                     f"{esc(self.m.columns[col].name)}</a>")
        label = "您现在的位置：" if self.asp else "当前位置："
        return (f'<table width="100%"><tr><td class="weizhi">{label}<a href="{self.link_to(self.home())}">'
                f"首页</a>{where}</td></tr></table>")

    def home_blocks(self, limit: int = 7) -> str:
        cells = []
        for key, col in self.m.columns.items():
            if not col.listed:
                continue
            cells.append(f'<td valign="top" width="50%"><table width="100%"><tr><td class="lm">'
                         f'{esc(col.name)}</td><td align="right"><a href="{self.link_to(self.col_url(key))}">'
                         f"更多&gt;&gt;</a></td></tr></table>"
                         f"{self.list_html(col.listed[:limit], self.home())}</td>")
        rows = "".join("<tr>" + "".join(cells[i : i + 2]) + "</tr>" for i in range(0, len(cells), 2))
        return f'<table width="100%" cellspacing="6">{rows}</table>'

    def article(self, doc: Doc) -> str:
        inner = self.paras_html(doc)
        atts = "".join(f'<br><a href="{a.href}"><font color="#0000FF">附件：{esc(a.name)}</font></a>'
                       for a in doc.attachments)
        if self.asp:
            body = f'<div class="newsContent">{inner}{atts}</div>'
            cell = f'<td>{body}</td>'
        else:
            cell = f'<td class="bt_content" id="zoom">{inner}{atts}</td>'
        return (f'{self.crumbs(doc.column)}<table width="100%" border="0" cellpadding="4">'
                f'<tr><td align="center" class="title"><font size="4"><b>{split_title(doc)}</b>'
                f'</font></td></tr><tr><td align="center"><font color="#888888">{self.info(doc)}'
                f"</font></td></tr><tr>{cell}</tr><tr><td align=\"right\">"
                '<a href="javascript:window.print()">[打印本页]</a> <a href="javascript:window.close()">'
                "[关闭窗口]</a></td></tr></table>")

    def page(self, title: str, main: str, col: str | None = None, doc: Doc | None = None) -> str:
        nav = "".join(f'<td><a href="{self.link_to(self.col_url(k))}" class="nav">{esc(c.name)}</a></td>'
                      for k, c in self.m.columns.items())
        charset = (f'<meta http-equiv="Content-Type" content="text/html; charset={self.charset()}">'
                   if self.asp else f'<meta charset="{self.charset()}">')
        return (f"<html>\n<head>\n{charset}\n<title>{esc(title)}</title>\n{self.metas(col, doc)}\n"
                '<link href="/css/style.css" rel="stylesheet" type="text/css">\n</head>\n'
                '<body topmargin="0" leftmargin="0">\n<table width="960" align="center" border="0" '
                f'cellspacing="0"><tr><td height="28" class="date">今天是：{clock(self.m.clock)}</td>'
                '<td align="right"><a href="#" onclick="this.style.behavior=\'url(#default#homepage)'
                '\'">设为首页</a></td></tr><tr><td colspan="2"><img src="/images/top.jpg" '
                f'width="960" height="120" alt="{esc(self.name)}"></td></tr></table>\n'
                f'<table width="960" align="center" class="navbar"><tr><td><a href="'
                f'{self.link_to(self.home())}" class="nav">网站首页</a></td>{nav}</tr></table>\n'
                f'<table width="960" align="center"><tr><td>\n{main}\n'
                "</td></tr></table>\n"
                '<table width="960" align="center" class="bottom"><tr><td align="center">'
                f"Copyright &copy; {esc(self.name)} 版权所有<br>"
                f"地址：{esc(self.site.county.name)}人民路1号<br>"
                f"网站标识码：{self.m.siteid} 建议在1024×768分辨率下浏览</td></tr></table>\n"
                "</body>\n</html>\n")


# ====================================================================== other CMSs


class CmsSkin(Skin):
    """Six other CMSs, by the ``scheme`` option:

    ``dede`` (``/<col>/list_<tid>_N.html``, ``/<col>/YYYY/MMDD/<id>.html``), ``cshtml``
    (``index_N.cshtml``, ``content_<id>.cshtml``), ``article`` (extension-less
    ``/content/article/<id>``, a JS pager with a ``<noscript>`` fallback), ``post`` (Guangdong
    ``/<col>/content/post_<id>.html``), ``ymd`` (``/<col>/YYYY/MM/<id>.html``, ``index_1.html``, a
    laypage pager with ``<noscript>``) and ``soup`` (``.htm`` pages of bare divs).
    """

    @property
    def scheme(self) -> str:
        return self.opt("scheme", "post")

    @property
    def ext(self) -> str:  # type: ignore[override]
        return {"cshtml": "cshtml", "soup": "htm"}.get(self.scheme, "html")

    def type_id(self, key: str) -> int:
        return 11 + list(self.m.columns).index(key)

    def col_url(self, key: str, page: int = 0) -> str:
        slug, s = self.slug(key), self.scheme
        if s == "dede":
            return self.p(f"/{slug}/" if not page else f"/{slug}/list_{self.type_id(key)}_{page + 1}.html")
        if s == "article":
            return self.p(f"/{slug}/index.html" if not page else f"/{slug}/list_{page + 1}.html")
        if s == "ymd":
            return self.p(f"/{slug}/index{f'_{page}' if page else ''}.html")
        return self.p(f"/{slug}/index{f'_{page + 1}' if page else ''}.{self.ext}")

    def list_urls(self, key: str, page: int) -> list[str]:
        if self.scheme == "dede" and page == 0:
            return [self.col_url(key), self.col_url(key) + "index.html"]
        return super().list_urls(key, page)

    def doc_url(self, doc: Doc) -> str:
        slug, s, p = self.slug(doc.column), self.scheme, doc.pub
        if s == "dede":
            return self.p(f"/{slug}/{p:%Y}/{p:%m%d}/{doc.uid}.html")
        if s == "cshtml":
            return self.p(f"/{slug}/content_{doc.uid + 31000}.cshtml")
        if s == "article":
            return self.p(f"/content/article/{doc.uid + 8800000}")
        if s == "ymd":
            return self.p(f"/{slug}/{p:%Y}/{p:%m}/{hexd('ymd', doc.uid)[:10]}.html")
        if s == "soup":
            return self.p(f"/{slug}/{p:%Y%m}/{doc.uid}.htm")
        return self.p(f"/{slug}/content/post_{5300000 + doc.uid}.html")

    def att_url(self, doc: Doc, n: int, ext: str) -> tuple[str, str]:
        p, h = doc.pub, hexd("cms", doc.uid, n)
        if self.scheme == "dede":
            path = self.p(f"/uploads/soft/{p:%y%m%d}/1-{p:%y%m%d}{h[:6]}.{ext}")
            return path, path
        if self.scheme == "cshtml":
            path = self.p(f"/UploadFiles/{p.year}/{p.month}/{h[:20]}.{ext}")
            return path, self.p(f"/attachment/download?fid={int(h[:7], 16)}")
        path = self.p(f"/attachment/0/{p:%Y%m}/{h[:18]}.{ext}")
        return path, path

    def pager(self, key: str, page: int, pages: int) -> str:
        s = self.scheme
        if s == "dede":
            return self.link_pager(key, page, pages, ("首页", "上一页", "下一页", "末页"))
        if s == "post":
            return self.link_pager(key, page, pages, ("首页", "<", ">", "末页"), numbers=True)
        if s == "cshtml":
            return self.link_pager(key, page, pages, ("首页", "上一页", "下一页", "尾页"), numbers=True)
        total = len(self.m.columns[key].listed)
        plain = " ".join(f'<a href="{self.col_url(key, n)}">{n + 1}</a>' for n in range(pages)
                         if n != page)
        if s == "ymd" or s == "soup":
            return (f'<div id="laypage"></div><script>layui.use("laypage",function(){{layui.laypage.'
                    f'render({{elem:"laypage",count:{total},limit:{self.per_page},curr:{page + 1},'
                    'jump:function(o,first){if(!first){location.href=o.curr==1?"index.'
                    f'{self.ext}":"index_"+(o.curr-{1 if s == "ymd" else 0})+".{self.ext}";}}}}}});}});'
                    f"</script><noscript>{plain}</noscript>")
        return (f'<div class="pagination" id="pages"></div><script type="text/javascript">'
                f'new Pager("pages", {{total: {total}, size: {self.per_page}, current: {page + 1}, '
                'url: function (n) { return n == 1 ? "index.html" : "list_" + n + ".html"; }});'
                f'</script><noscript><div class="pagination">{plain}</div></noscript>')

    def page(self, title: str, main: str, col: str | None = None, doc: Doc | None = None) -> str:
        s = self.scheme
        nav = "".join(f'<li><a href="{self.col_url(k)}">{esc(c.name)}</a></li>'
                      for k, c in self.m.columns.items() if not self.opt(f"hide.{k}"))
        nav += "".join(f'<li><a href="{href}">{esc(n)}</a></li>' for n, href in self.m.links)
        head = (f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<meta name="viewport" '
                f'content="width=device-width, initial-scale=1.0">\n<title>{esc(title)}</title>\n'
                f"{self.metas(col, doc)}\n")
        if s == "dede":
            head += (f'<meta name="keywords" content="{esc(self.site.county.name)},政府,政务公开">\n'
                     f'<meta name="description" content="{esc(self.name)}门户网站">\n')
        if s == "soup":
            top = (f'<div><div style="height:30px">{clock(self.m.clock)}</div><div><a href="'
                   f'{self.home()}"><img src="/images/banner.jpg" alt="{esc(self.name)}"></a></div>'
                   f'<div class="menu"><ul>{nav}</ul></div></div>')
            foot = (f"<div>主办：{esc(self.name)} 网站标识码：{self.m.siteid} "
                    f"{holdout_texts.PROVINCE_ABBR.get(self.site.county.province, '')}ICP备"
                    f"{self.m.siteid[-5:]}号</div>")
        else:
            cls = {"dede": "header", "cshtml": "g-header", "article": "j-header", "post": "top",
                   "ymd": "baoan-head"}[s]
            top = (f'<header class="{cls}"><div class="wrap"><a class="logo" href="{self.home()}">'
                   f'<img src="{self.p("/images/logo.png")}" alt="{esc(self.name)}"></a><div class='
                   f'"tools"><a href="javascript:;">无障碍</a><a href="javascript:;">适老化</a></div>'
                   f'</div><nav class="menu"><ul class="wrap"><li><a href="{self.home()}">首页</a></li>'
                   f"{nav}</ul></nav></header>")
            foot = (f'<footer class="foot"><div class="wrap"><p>主办：{esc(self.name)}办公室</p><p>'
                    f"网站标识码：{self.m.siteid} | 政府网站找错 | 网站地图</p></div></footer>")
        return (f"{head}</head>\n<body>\n{top}\n<div class=\"wrap container\">\n{main}\n</div>\n"
                f"{foot}\n</body>\n</html>\n")

    def render_home(self) -> str:
        return self.page(self.name, self.home_blocks() + self.trap_links())

    def render_list(self, key: str, page: int, pages: int, docs: list[Doc]) -> str:
        if self.scheme != "soup":
            return super().render_list(key, page, pages, docs)
        col = self.m.columns[key]
        main = (f"<div>{self.crumbs(key)}</div><div><div><b>{esc(col.name)}</b></div><div>"
                f"{self.list_html(docs, self.col_url(key, page))}</div><div>"
                f"{self.pager(key, page, pages)}</div></div>")
        return self.page(f"{col.name}-{self.name}", main, key)

    def article(self, doc: Doc) -> str:
        if self.scheme != "soup":
            return super().article(doc)
        return (f'<div>{self.crumbs(doc.column, doc)}</div><div><div style="text-align:center;'
                f'font-size:22px;font-weight:bold">{split_title(doc)}</div><div style="text-align:'
                f'center;color:#666">{self.info(doc)}</div>{self.body_box(doc)}<div>'
                '<a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">'
                "关闭</a></div></div>")


# ====================================================================== 政府信息公开 platforms


class XxgkSkin(Skin):
    """A 政府信息公开 platform on its own host. The columns sit three levels deep: the platform
    home, a group page (法定主动公开内容, 部门信息公开 → a department), the column. ``scheme=openness``
    (Hunan style ``/openness/…/index.html?page=N``, ``/openness/detail/content/<24 hex>.html``) or
    ``public`` (Anhui style ``/public/column/<id>?type=4&action=list&page=N``,
    ``/public/<site>/<id>.html``)."""

    per_page = 15

    @property
    def openness(self) -> bool:
        return self.opt("scheme") == "openness"

    def num(self, key: str) -> int:
        return 6596000 + int(hexd(self.site.key, key)[:5], 16) % 1000

    def home(self) -> str:
        return "/openness/index.html" if self.openness else "/public/index.html"

    def group_name(self, g: str) -> str:
        unit = self.site.county.name[-1]
        depts = {f"bmxxgk/{code}": unit + name for code, name in holdout_sites.DEPARTMENTS}
        return self.opt(f"group.{g}") or holdout_sites.GROUP_NAMES.get(g) or depts.get(g, g)

    def groups(self) -> dict[str, tuple[str, list[str]]]:
        """Group pages: slug -> (name, children: column keys or group slugs); the 部门信息公开
        group lists other departments too, whose pages are empty."""
        out: dict[str, tuple[str, list[str]]] = {}
        for key, col in self.m.columns.items():
            parts = col.slug.split("/")
            for i in range(1, len(parts)):
                g = "/".join(parts[:i])
                child = key if i == len(parts) - 1 else "/".join(parts[: i + 1])
                entry = out.setdefault(g, (self.group_name(g), []))
                if child not in entry[1]:
                    entry[1].append(child)
        if "bmxxgk" in out:
            for code, _ in holdout_sites.DEPARTMENTS:
                out["bmxxgk"][1].append(f"bmxxgk/{code}")
                out[f"bmxxgk/{code}"] = (self.group_name(f"bmxxgk/{code}"), [])
        return out

    def group_url(self, g: str) -> str:
        if self.openness:
            return f"/openness/{g}/index.html"
        return f"/public/column/{self.num(g)}?type=3"

    def col_url(self, key: str, page: int = 0) -> str:
        if self.openness:
            return f"/openness/{self.slug(key)}/index.html" + (f"?page={page + 1}" if page else "")
        return (f"/public/column/{self.num(key)}?type=4&action=list"
                + (f"&page={page + 1}" if page else ""))

    def col_prefix(self, key: str) -> str:
        return f"/openness/{self.slug(key)}/" if self.openness else self.col_url(key)

    def list_urls(self, key: str, page: int) -> list[str]:
        return [self.col_url(key, page)]

    def doc_url(self, doc: Doc) -> str:
        if self.openness:
            return f"/openness/detail/content/{hexd('open', doc.uid)[:24]}.html"
        return f"/public/{self.num('site')}/{doc.uid + 40100000}.html"

    def att_url(self, doc: Doc, n: int, ext: str) -> tuple[str, str]:
        if self.openness:
            path = f"/openness/attach/{doc.pub:%Y%m}/{hexd('oa', doc.uid, n)[:20]}.{ext}"
        else:
            path = f"/group3/M00/{hexd('fd', doc.uid)[:2].upper()}/{hexd('fd', doc.uid, n)[:22]}.{ext}"
        return path, path

    def pager(self, key: str, page: int, pages: int) -> str:
        return self.link_pager(key, page, pages, ("首页", "上一页", "下一页", "尾页"), numbers=True)

    def crumbs(self, col: str | None, doc: Doc | None = None) -> str:
        parts = [f'<a href="{self.home()}">政府信息公开</a>']
        if col:
            slug = self.slug(col).split("/")
            for i in range(1, len(slug)):
                g = "/".join(slug[:i])
                parts.append(f'<a href="{self.group_url(g)}">{esc(self.groups()[g][0])}</a>')
            parts.append(f'<a href="{self.col_url(col)}">{esc(self.m.columns[col].name)}</a>')
        label = "当前位置：" if self.openness else "您当前所在位置："
        return f'<div class="position">{label}{" &gt; ".join(parts)}</div>'

    def list_html(self, docs: list[Doc], here: str, style: str | None = None) -> str:
        if style:
            return super().list_html(docs, here, style)
        rows = "".join(
            f'<tr><td class="xh">{i + 1}</td><td class="bt"><a href="{d.path}" target="_blank" '
            f'title="{esc(d.plain_title)}">{esc(d.plain_title)}</a></td>'
            f"<td>{self.index_no(d) if not self.openness else d.written}</td><td class=\"rq\">{d.date}"
            "</td></tr>" for i, d in enumerate(docs))
        head = "<th>序号</th><th>标题</th><th>" + ("成文日期" if self.openness else "索引号") + \
            "</th><th>发布日期</th>"
        return f'<table class="xxgk-list" width="100%"><tr>{head}</tr>{rows}</table>'

    def tree(self) -> str:
        """The left-hand column tree of the platform."""
        items = []
        for g, (name, _) in self.groups().items():
            if "/" in g:
                continue
            items.append(f'<li><a href="{self.group_url(g)}">{esc(name)}</a></li>')
        items += [f'<li><a href="{self.col_url(k)}">{esc(c.name)}</a></li>'
                  for k, c in self.m.columns.items() if "/" not in c.slug]
        return '<div class="side-tree"><h4>信息公开目录</h4><ul>' + "".join(items) + "</ul></div>"

    def render_home(self) -> str:
        guide = ('<div class="gk-guide"><a href="javascript:;">政府信息公开指南</a> '
                 '<a href="javascript:;">政府信息公开制度</a> <a href="javascript:;">依申请公开</a></div>')
        return self.page("政府信息公开-" + self.name, guide + self.tree())

    def extra_pages(self, out: Out) -> None:
        for g, (name, children) in self.groups().items():
            links = []
            for child in children:
                if child in self.m.columns:
                    links.append(f'<li><a href="{self.col_url(child)}">{esc(self.m.columns[child].name)}'
                                 "</a></li>")
                else:
                    links.append(f'<li><a href="{self.group_url(child)}">'
                                 f"{esc(self.groups()[child][0])}</a></li>")
            listing = f'<ul class="sub-cols">{"".join(links)}</ul>' if links else \
                '<p class="no-data">暂无信息</p>'
            main = (f'<div class="position">当前位置：<a href="{self.home()}">政府信息公开</a> &gt; '
                    f'{esc(name)}</div>{self.tree()}<div class="gk-group"><h3>{esc(name)}</h3>'
                    f"{listing}</div>")
            out(self.group_url(g), self.res(self.page(f"{name}-{self.name}", main), None))

    def article(self, doc: Doc) -> str:
        return (f'{self.crumbs(doc.column)}{self.info_table(doc, "th" if self.openness else "dl")}'
                f'<div class="xxgk-detail"><h1>{split_title(doc)}</h1>{self.body_box(doc)}</div>'
                f"{self.tools(doc)}")

    def page(self, title: str, main: str, col: str | None = None, doc: Doc | None = None) -> str:
        portal = f"{self.site.scheme}://www.{self.site.host.split('.', 1)[1]}/"
        return (f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="UTF-8">\n<title>{esc(title)}'
                f"</title>\n{self.metas(col, doc)}\n</head>\n<body>\n<div class=\"gk-top\">"
                f'<a href="{portal}">{esc(self.name)}门户网站</a> | <a href="{self.home()}">'
                f'政府信息公开</a></div>\n<div class="gk-banner"><h2>{esc(self.name)}信息公开平台'
                f"</h2></div>\n<div class=\"gk-main\">\n{main}\n</div>\n<div class=\"gk-foot\">"
                f"{esc(self.name)}办公室 主办 网站标识码：{self.m.siteid}</div>\n</body>\n</html>\n")


# ====================================================================== city 集约化 platforms


class CitySkin(Skin):
    """A city 集约化 platform and its county sub-sites (``Site.prefix``): ``scheme=trs`` (TRS-built,
    ``.shtml``, ``createPageHTML('page_box',N,cur,'index','shtml',total)``) or ``list``
    (``list_N.html`` pages, ``/<col>/YYYYMM/<hex>.html`` articles)."""

    per_page = 15

    @property
    def trs(self) -> bool:
        return self.opt("scheme") == "trs"

    @property
    def ext(self) -> str:  # type: ignore[override]
        return "shtml" if self.trs else "html"

    def col_url(self, key: str, page: int = 0) -> str:
        slug = self.slug(key)
        if self.trs:
            return self.p(f"/{slug}/index{f'_{page}' if page else ''}.shtml")
        return self.p(f"/{slug}/index.html" if not page else f"/{slug}/list_{page + 1}.html")

    def doc_url(self, doc: Doc) -> str:
        if self.trs:
            return self.col_prefix(doc.column) + f"{doc.pub:%Y%m}/t{doc.pub:%Y%m%d}_{doc.uid + 3100000}.shtml"
        return self.col_prefix(doc.column) + f"{doc.pub:%Y%m}/{hexd('yb', doc.uid)[:12]}.html"

    def att_url(self, doc: Doc, n: int, ext: str) -> tuple[str, str]:
        name = f"W0{doc.pub:%Y%m%d}{int(hexd('city', doc.uid, n)[:8], 16) % 10**9:09d}.{ext}"
        return self.col_prefix(doc.column) + f"{doc.pub:%Y%m}/{name}", f"./{name}"

    def link(self, doc: Doc, here: str) -> str:
        folder = here.rsplit("/", 1)[0] + "/"
        return "./" + doc.path[len(folder):] if doc.path.startswith(folder) else doc.path

    def pager(self, key: str, page: int, pages: int) -> str:
        if self.trs:
            total = len(self.m.columns[key].listed)
            return (f'<div class="page_box" id="page_box"><script>createPageHTML(\'page_box\','
                    f"{pages},{page},'index','shtml',{total});</script></div>")
        return self.link_pager(key, page, pages, ("首页", "上一页", "下一页", "尾页"))

    def info(self, doc: Doc) -> str:
        if self.trs:
            return self.info_table(doc)
        return super().info(doc)

    def page(self, title: str, main: str, col: str | None = None, doc: Doc | None = None) -> str:
        county = self.site.county
        nav = "".join(f'<li><a href="{self.col_url(k)}">{esc(c.name)}</a></li>'
                      for k, c in self.m.columns.items())
        subs = "".join(f'<a href="{href}">{esc(n)}</a>' for n, href in self.m.links)
        sub = (f'<div class="sub-name">{esc(county.name)}</div>' if self.site.parent else
               f'<div class="county-links">县市区：{subs}</div>')
        return (f'<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n<title>'
                f"{esc(title)}</title>\n{self.metas(col, doc)}\n"
                f'<link rel="stylesheet" href="{self.p("/css/city.css")}">\n</head>\n<body>\n'
                f'<div class="city-top"><span>{clock(self.m.clock)}</span></div>\n'
                f'<div class="city-head"><a href="{self.home()}"><img src="{self.p("/images/logo.png")}"'
                f' alt="{esc(self.name)}"></a>{sub}</div>\n<ul class="city-nav"><li><a href="'
                f'{self.home()}">首页</a></li>{nav}</ul>\n<div class="city-main">\n{main}\n</div>\n'
                f'<div class="city-foot">主办：{esc(self.name)} 网站标识码：{self.m.siteid}</div>\n'
                "</body>\n</html>\n")


SKINS: dict[str, type[Skin]] = {
    "h_trs": TrsSkin, "h_hanweb": HanwebSkin, "h_old": OldSkin, "h_cms": CmsSkin,
    "h_xxgk": XxgkSkin, "h_city": CitySkin,
}


# ====================================================================== dynamic pages


def calendar_handler(skin: Skin) -> Handler:
    """``/hdrl/?month=YYYY-MM``: a month of the 政务日历 with links to the previous and next month
    and to every day, forever."""

    def handler(req: Request) -> Resource:
        raw = req.params().get("month", "") or req.params().get("day", "")[:7]
        m = re.fullmatch(r"(\d{4})-(\d{2})", raw)
        year, month = (int(m.group(1)), min(max(int(m.group(2)), 1), 12)) if m else (2024, 1)
        prev = f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"
        nxt = f"{year + 1}-01" if month == 12 else f"{year}-{month + 1:02d}"
        days = "".join(f'<td><a href="?day={year}-{month:02d}-{d:02d}">{d}</a></td>' for d in range(1, 29))
        nav = f'<a href="?month={prev}">&lt; 上月</a> {year}年{month}月 <a href="?month={nxt}">下月 &gt;</a>'
        return skin.trap_page(f"政务日历 {year}年{month}月", f"<table><tr>{days}</tr></table>", nav)

    return handler


def search_handler(skin: Skin) -> Handler:
    """Hanweb full-text search that echoes the query, lists matching docs and always offers a next
    page."""
    docs = [d for d in skin.m.docs if d.kind != "news"]

    def handler(req: Request) -> Resource:
        args = req.params()
        words = args.get("q", "")
        page = int(args["p"]) if args.get("p", "").isdigit() else 1
        hits = [d for d in docs if words and words in d.plain_title][(page - 1) * 10 : page * 10]
        items = "".join(f'<li><a href="{d.path}">{esc(d.plain_title)}</a></li>' for d in hits)
        nav = (f'<a href="search.do?websiteid={args.get("websiteid", "")}&amp;q={quote(words)}'
               f'&amp;p={page + 1}">下一页</a>')
        return skin.trap_page(f"“{words}”的搜索结果", f"<p>找到相关结果约{len(docs) * 7}条</p>"
                                                     f"<ul>{items}</ul>", nav)

    return handler


def endless_handler(skin: Skin) -> Handler:
    """``/plus/list.php?tid=1&PageNo=N``: all news, with a 下一页 link long after they run out."""
    news = sorted((d for d in skin.m.docs if d.kind == "news"), key=lambda d: (d.pub, d.uid),
                  reverse=True)

    def handler(req: Request) -> Resource:
        raw = req.params().get("PageNo", "1")
        page = int(raw) if raw.isdigit() and int(raw) > 0 else 1
        chunk = news[(page - 1) * 20 : page * 20]
        items = skin.list_html(chunk, skin.p("/plus/list.php"), "ul_after") if chunk else \
            "<p>没有了</p>"
        nav = (f'<a href="list.php?tid=1&amp;PageNo={page - 1}">上一页</a> ' if page > 1 else "")
        nav += f'<a href="list.php?tid=1&amp;PageNo={page + 1}">下一页</a>'
        return skin.trap_page("全部信息", items, nav)

    return handler


def viewer_handler(req: Request) -> Resource:
    """The pdf.js viewer page (its ``file`` parameter is read by script)."""
    body = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>PDF.js viewer</title>'
            '<script src="viewer.js"></script></head><body tabindex="1"><div id="outerContainer">'
            '<div id="viewerContainer"><div id="viewer" class="pdfViewer"></div></div></div>'
            "</body></html>")
    return Resource(body.encode(), modified=STATIC_TIME)


def _converted(text: str, convert: Callable[[str], str]) -> str:
    """Apply ``convert`` to the text outside tags, scripts and styles."""
    out, skip = [], False
    for part in re.split(r"(<[^>]*>)", text):
        if part.startswith("<"):
            low = part[:8].lower()
            if low.startswith(("<script", "<style")):
                skip = True
            elif low.startswith(("</script", "</style")):
                skip = False
            out.append(part)
        else:
            out.append(part if skip or not part.strip() else convert(part))
    return "".join(out)


def mirror_handler(web, host: str, scheme: str, mode: str, strip: str = "",
                   prefix: str = "") -> Handler:
    """A mirror of ``host``: ``/gate/big5/<host>/…`` (``mode=gate``: traditional with Taiwan
    vocabulary), ``/big5/…`` (``tone``: traditional with tone-marked pinyin) or another host
    (``toneless``: traditional with toneless pinyin). ``strip`` is the path prefix the mirror adds
    and ``prefix`` what its links get."""
    import opencc

    converter = opencc.OpenCC("s2twp" if mode == "gate" else "s2t")

    def convert(text: str) -> str:
        if mode == "gate":
            return converter.convert(text)
        return converter.convert(holdout_texts.accessible(text, tones=mode == "tone"))

    def handler(req: Request) -> Resource:
        if req.path == "/robots.txt" and not strip:
            return Resource(b"User-agent: *\nDisallow: /search/\n", "text/plain", modified=STATIC_TIME)
        path = req.path[len(strip):] if strip else req.path
        source = web.resolve(Request("GET", scheme, host, path or "/", req.query))
        if source is None or source.status != 200 or source.hang or source.flaky:
            return source or Resource(NOT_FOUND, status=404)
        xml = source.ctype.startswith("text/xml")
        if not (source.ctype.startswith("text/html") or (xml and prefix)):
            return source
        text = source.body.decode("utf-8")
        text = text if xml else _converted(text, convert)
        if prefix:  # links stay in the mirror (those already in it stay as they are)
            own = re.escape(prefix.lstrip("/").split("/")[0])
            text = re.sub(rf'(href|src)="/(?!/)(?!{own}/)', rf'\1="{prefix}/', text)
        return Resource(text.encode("utf-8"), source.ctype, modified=source.modified)

    return handler


def script_redirect_handler(target: str) -> Handler:
    """A county host whose pages only move the browser into the city platform by script."""

    def handler(req: Request) -> Resource:
        if req.path == "/robots.txt":
            return Resource(b"User-agent: *\nDisallow:\n", "text/plain", modified=STATIC_TIME)
        if req.path not in ("/", "/index.html", "/index.htm"):
            return Resource(NOT_FOUND, status=404)
        body = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>正在跳转</title></head>'
                f'<body><p>网站已迁移至市政府网站集约化平台,正在跳转……</p><script type="text/javascript">'
                f'setTimeout(function(){{ top.location.href = "{target}"; }}, 100);</script></body></html>')
        return Resource(body.encode(), modified=STATIC_TIME)

    return handler


# ====================================================================== the builder


class HoldoutBuilder(Builder):
    """The base builder with the holdout's sites, columns, skins, texts, mirrors and traps."""

    def chosen_sites(self, profile: str) -> list[Site]:
        return holdout_sites.sites()

    def make_column(self, key: str, names: dict[str, str], site: Site) -> Column:
        name, slug, parent = holdout_sites.COLUMNS[key]
        opts = dict(site.opts)
        return Column(key, names.get(key, name), opts.get(f"slug.{key}", slug),
                      opts.get(f"parent.{key}", parent))

    def renderer_class(self, site: Site) -> type:
        return SKINS[site.family]

    def report_text(self, rng: random.Random, report: Report, site: Site,
                    name: str) -> tuple[str, list[str]]:
        if not report.seed.startswith("mix:"):
            return super().report_text(rng, report, site, name)
        title = report.title.format(name=name, year=report.year, city=site.county.city,
                                    first=report.first_year)
        slot = int(report.seed.split(":", 1)[1])
        return title, holdout_texts.paraphrase(rng, slot, name, site.county.city,
                                               site.county.province, report.year)

    def lookalike_text(self, rng: random.Random, kind: str, name: str,
                       year: int) -> tuple[str, list[str]]:
        return holdout_texts.make_lookalike(rng, kind, name, year)

    def intro_text(self, rng: random.Random, title: str, name: str) -> str:
        return holdout_texts.intro_text(rng, title, name)

    def mirror_copies(self, site: Site, doc: Doc, base: str) -> list[dict]:
        url = self.renderers[site.key].mirror_url(doc)  # type: ignore[attr-defined]
        if url and doc.form in ("html", "html+pdf"):
            return [{"url": url, "kind": "mirror"}]
        return []

    def add_dynamic(self, site: Site, renderer) -> None:  # type: ignore[override]
        super().add_dynamic(site, renderer)
        web, host = self.web, site.host
        quirks = site.quirks
        if "h_gate" in quirks:
            prefix = f"/gate/big5/{host}"
            web.prefix_handlers.append((host, prefix + "/", mirror_handler(
                web, host, site.scheme, "gate", strip=prefix, prefix=prefix)))
        if "h_pinyin_tone" in quirks:
            web.prefix_handlers.append((host, "/big5/", mirror_handler(
                web, host, site.scheme, "tone", strip="/big5", prefix="/big5")))
        if "h_pinyin_host" in quirks:
            mirror = "wza." + host.removeprefix("www.")
            web.prefix_handlers.append((mirror, "/", mirror_handler(web, host, site.scheme,
                                                                    "toneless")))
        for s in self.specs.values():
            target = dict(s.opts).get("script_redirect_from")
            if s.parent == site.key and target:
                sub = self.renderers[s.key]
                url = f"{site.scheme}://{host}{sub.p('/')}"
                web.prefix_handlers.append((target, "/", script_redirect_handler(url)))

    def make_truth(self) -> dict:
        truth = super().make_truth()
        for r in self.renderers.values():
            truth["traps"] += r.traps()  # type: ignore[attr-defined]
            truth["hangs"] += r.hangs()  # type: ignore[attr-defined]
        return truth
