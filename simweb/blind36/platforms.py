"""The page shapes of the platforms the blind36 sites sit on, each from public evidence.

* **衡阳's 集约化 platform** (湖南: 衡阳县, 衡山县, 南岳区, 耒阳市): a public crawler of
  ``www.hengyang.gov.cn/xxgk/dtxx/hydt/index.html`` pages it as ``…/hydt/pages/2.html`` up to
  ``pages/50.html``; stored articles are ``www.hengyang.gov.cn/xxgk/dtxx/tzgg/gsgg/20240828/
  i3441398.html`` and, on a county site of the same platform, ``www.hyyfq.gov.cn/yfgk/yfyx/
  20240530/i3383757.html`` (``/<col>/YYYYMMDD/i<id>.html``); a public site table lists
  ``www.hengshan.gov.cn/zcwj/gfxwj/index.html`` and ``www.hyx.gov.cn/zwgk/fdzdgknr/zchgfxwj/
  index.html``. The list rows are ``<p>· <a …></p><span>[date]</span>`` as that crawler reads
  them. That the pager is drawn by a script from ``pageCount``/``currentPage``/``columnUrl`` (no
  static page link) is assumed.
* **PHP list API answered as ``text/html`` with escaped JSON** (耒阳市's 政策文件): phpcms's
  ``/api.php?op=…`` entry point; PHP's ``json_encode`` escapes ``/`` as ``\\/`` and non-ASCII as
  ``\\uXXXX`` unless told not to, and PHP answers ``text/html`` unless a header is set. The
  county's use of it, ``op=list``, ``catid`` and the answer's fields are assumed.
* **广东's 集约化 platform** (肇庆: 鼎湖区, 四会市, 德庆县, 怀集县): a stored 鼎湖区 page is
  ``www.zqdh.gov.cn/zwgk/ghjh/fzgh/content/post_2538907.html``; lists ``index.html``,
  ``index_2.html`` … (blind24's ``gd_column``).
* **A year filter form** (怀集县's 年度报告 column): a GET ``<form>`` with ``<select name="year">``;
  the column page shows the current year only. The shape is assumed.
* **黔东南's TRS platform** (贵州: 镇远县, 黎平县, 从江县, 雷山县 and the 州 portal): stored
  ``www.qdn.gov.cn/zwgk_5871642/zdlyxxgk/ggqsy_5872177/202408/t20240820_85407269.html`` and
  ``www.qdn.gov.cn/xwzx_5871605/qdnyw_5871606/202607/t20260720_90636649.html``: column folders
  carry a ``_<id>`` suffix; articles ``YYYYMM/tYYYYMMDD_<id>.html``; lists paged by TRS's
  ``createPageHTML`` (assumed, as the 贵州 TRS platform of earlier webs).
* **Per-article redirects** (从江县's 通知公告): list rows link ``/zwgk/detail.jsp?docid=<id>``,
  which answers 302 to the article's static URL. The shape is assumed.
"""

from __future__ import annotations

import json

from ..blind.core import Item, chunks, esc
from ..blind.skins import Skin
from ..blind2.core import info_table
from ..model import Request, Resource
from .core import STAMP, put_at

PHP_API = "/api.php"


def _t(it: Item) -> str:
    return it.title.replace("|", "")


def _sorted(ctx, items: list[Item]) -> list[Item]:
    for it in items:
        it.uid = it.uid or ctx.uid()
    return sorted(items, key=lambda d: (d.pub, d.uid), reverse=True)


def shell_page(skin: Skin, path: str, name: str, trail, hook: str) -> None:
    body = f'{skin.crumbs(trail)}<div class="lm"><div class="lm-title"><h2>{esc(name)}</h2></div>{hook}</div>'
    put_at(skin, path, skin.page(f"{name}_{skin.site_name}", body))


# ---------------------------------------------------------------------------- 衡阳
class HySkin(Skin):
    """衡阳 platform pages: a 信息公开 table on every article."""

    css = "hyjyh"

    def article(self, item: Item, column: str, trail, **kw) -> str:
        table = info_table(
            [
                ("索引号", f"{self.c.adcode}/{item.pub:%Y}-{item.uid % 90000 + 10000:05d}"),
                ("发布机构", item.source),
                ("发文日期", f"{item.pub:%Y-%m-%d}"),
            ]
        )
        page = super().article(item, column, trail, **kw)
        return page.replace('<div class="article">', f'<div class="article">{table}', 1)


def hy_path(col: str, it: Item) -> str:
    return f"{col}{it.pub:%Y%m%d}/i{it.uid % 900000 + 3100000}.html"


def hy_page(col: str, n: int) -> str:
    return f"{col}index.html" if n == 1 else f"{col}pages/{n}.html"


def hy_column(skin: Skin, col: str, name: str, trail, items: list[Item], per: int = 15) -> list[Item]:
    """A 衡阳 column: ``col/index.html``, ``col/pages/2.html`` …, the pager drawn by a script from
    ``pageCount``, ``currentPage`` and ``columnUrl``; articles ``col/YYYYMMDD/i<id>.html``."""
    items = _sorted(skin.ctx, items)
    for it in items:
        it.path = it.path or hy_path(col, it)
        skin.write_article(it, name, trail)
    pages = chunks(items, per)
    for n, chunk in enumerate(pages, 1):
        rows = (
            "".join(
                f'<li><p>·&nbsp; <a href="{esc(it.path)}" target="_blank" title="{esc(_t(it))}">'
                f"{esc(_t(it))}</a></p><span>[{it.date}]</span></li>"
                for it in chunk
            )
            or "<li>暂无信息</li>"
        )
        pager = (
            '<div class="pagination" id="pagination"></div><script type="text/javascript">'
            f'var pageCount={len(pages)},currentPage={n},columnUrl="{col}";'
            'function pageUrl(i){return i==1?columnUrl+"index.html":columnUrl+"pages/"+i+".html";}'
            "(function(){var h='';if(currentPage>1){h+='<a href=\"'+pageUrl(1)+'\">首页</a>"
            "<a href=\"'+pageUrl(currentPage-1)+'\">上一页</a>';}"
            "if(currentPage<pageCount){h+='<a href=\"'+pageUrl(currentPage+1)+'\">下一页</a>"
            "<a href=\"'+pageUrl(pageCount)+'\">尾页</a>';}"
            "h+='<span>共'+pageCount+'页 当前第'+currentPage+'页</span>';"
            'document.getElementById("pagination").innerHTML=h;})();</script>'
        )
        body = (
            f'{skin.crumbs(trail)}<div class="list-box"><div class="list-title">{esc(name)}</div>'
            f'<ul class="list">{rows}</ul>{pager}</div>'
        )
        skin.put(hy_page(col, n), skin.page(f"{name}_{skin.site_name}", body))
    return items


def php_list(skin: Skin, path: str, name: str, trail, items: list[Item], catid: int, per: int = 15):
    """A column page that is a shell: its script ``$.getJSON``s ``/api.php?op=list&catid=&page=``;
    the answer is PHP's default ``json_encode`` (``\\/`` and ``\\uXXXX``) served as ``text/html``.
    Items must already have paths. Several columns on one site share the handler."""
    items = _sorted(skin.ctx, items)
    hook = (
        '<ul class="list" id="docList"></ul><div class="pagination" id="docPage"></div>'
        f'<script type="text/javascript">var catid={catid};function getList(page){{$.getJSON("{PHP_API}'
        '?op=list&catid="+catid+"&page="+page,function(d){var h="";for(var i=0;i<d.list.length;i++){'
        "h+='<li><a href=\"'+d.list[i].url+'\" target=\"_blank\">'+d.list[i].title+'</a><span>'"
        "+d.list[i].inputtime+'</span></li>';}$(\"#docList\").html(h);var p='';"
        "for(var k=1;k<=d.pages;k++){p+='<a href=\"javascript:getList('+k+')\">'+k+'</a>';}"
        '$("#docPage").html(p);});}getList(1);</script>'
    )
    shell_page(skin, path, name, trail, hook)
    cats = skin.ctx.__dict__.setdefault("_php_cats", {}).setdefault(skin.c.host, {})
    cats[str(catid)] = items
    c = skin.c

    def api(req: Request) -> Resource:
        args = req.params()
        if args.get("op") != "list":
            return Resource(b"", status=404, modified=STAMP)
        got = cats.get(args.get("catid", ""), [])
        try:
            page = max(1, int(args.get("page") or 1))
        except ValueError:
            page = 1
        part = got[(page - 1) * per : page * per]
        obj = {
            "total": len(got),
            "pages": max(1, -(-len(got) // per)),
            "page": page,
            "list": [
                {"id": str(it.uid), "title": _t(it), "url": c.base + it.path, "inputtime": it.date}
                for it in part
            ],
        }
        text = json.dumps(obj, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
        return Resource(text.encode(), "text/html; charset=utf-8", modified=STAMP)

    skin.ctx.handle(c, PHP_API, api)
    return items


# ---------------------------------------------------------------------------- 广东
def year_form_column(
    skin: Skin, col: str, name: str, trail, items: list[Item], clock_year: int
) -> list[Item]:
    """A 年度报告 column whose page lists the current year only; a GET form's ``<select
    name="year">`` asks ``col/list.jsp?year=<y>`` for the others. Items must have paths."""
    items = _sorted(skin.ctx, items)
    years = list(range(clock_year, clock_year - 7, -1))
    action = col + "list.jsp"

    def page(year: int) -> str:
        got = [it for it in items if it.pub.year == year]
        rows = (
            "".join(
                f'<li><a href="{esc(it.path)}" target="_blank" title="{esc(_t(it))}">{esc(_t(it))}</a>'
                f"<span>{it.date}</span></li>"
                for it in got
            )
            or "<li>本年度暂无信息</li>"
        )
        opts = "".join(f'<option value="{y}"{" selected" if y == year else ""}>{y}年</option>' for y in years)
        form = (
            f'<form class="year-filter" action="{action}" method="get">选择年份:'
            f'<select name="year">{opts}</select><button type="submit">查询</button></form>'
        )
        body = (
            f'{skin.crumbs(trail)}<div class="list-box"><div class="list-title">{esc(name)}</div>'
            f'{form}<ul class="list">{rows}</ul></div>'
        )
        return skin.page(f"{name}_{skin.site_name}", body)

    skin.put(col + "index.html", page(clock_year))
    skin.put(col, page(clock_year))

    def handler(req: Request) -> Resource:
        try:
            year = int(req.params().get("year") or clock_year)
        except ValueError:
            year = clock_year
        if year not in years:
            year = clock_year
        return Resource(
            page(year).encode(skin.encoding), f"text/html; charset={skin.encoding}", modified=STAMP
        )

    skin.ctx.handle(skin.c, action, handler)
    return items


# ---------------------------------------------------------------------------- 黔东南
class QdnSkin(Skin):
    """黔东南 TRS pages: an 索引号 table on every article."""

    css = "qdntrs"

    def article(self, item: Item, column: str, trail, **kw) -> str:
        table = info_table(
            [
                ("索引号", f"{self.c.adcode}00/{item.pub:%Y}-{item.uid % 90000 + 10000:05d}"),
                ("信息来源", item.source),
                ("发布日期", f"{item.pub:%Y-%m-%d}"),
                ("所属栏目", column),
            ]
        )
        page = super().article(item, column, trail, **kw)
        return page.replace('<div class="article">', f'<div class="article">{table}', 1)


class QdnGbkSkin(QdnSkin):
    encoding = "gbk"


def qdn_path(col: str, it: Item) -> str:
    return f"{col}{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid % 9000000 + 85000000}.html"


def docid(it: Item) -> str:
    return str(it.uid % 9000000 + 85000000)


def qdn_column(skin: Skin, col: str, name: str, trail, items: list[Item], per: int = 15, redirect=False):
    """A 黔东南 TRS column ``col/index.html``, ``index_1.html`` … (``createPageHTML``); with
    ``redirect`` the rows link ``/zwgk/detail.jsp?docid=<id>``, which answers 302 to the article."""
    items = _sorted(skin.ctx, items)
    for it in items:
        it.path = it.path or qdn_path(col, it)
        skin.write_article(it, name, trail)
    if not redirect:
        skin.list_pages(col, name, trail, items, per=per)
        return items
    docs = {docid(it): it.path for it in items}

    def li(it: Item, _href: str) -> str:
        link = skin.a(f"/zwgk/detail.jsp?docid={docid(it)}", _t(it), target="_blank")
        return f"<li>{link}<span>{it.date}</span></li>"

    skin.list_pages(col, name, trail, items, per=per, li=li)
    table = skin.ctx.__dict__.setdefault("_qdn_docs", {}).setdefault(skin.c.host, {})
    table.update(docs)

    def handler(req: Request) -> Resource:
        target = table.get(req.params().get("docid", ""))
        if not target:
            return Resource("<html><body>文档不存在</body></html>".encode(), status=404, modified=STAMP)
        return Resource(b"", status=302, headers=(("Location", skin.c.base + target),), modified=STAMP)

    skin.ctx.handle(skin.c, "/zwgk/detail.jsp", handler)
    return items
