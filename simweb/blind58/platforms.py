"""Page shapes of the two platform families of blind58 (evidence in each docstring and the README).

* **阜新 platform** (阜新市 and its 县区, 辽宁): column pages ``/channel/<id>/index.html``, lists
  ``/channel/list/<id>.html`` whose rows are ``ul.list1-ul`` (news, notices) or
  ``ul.xxgk_rul xxgk_rul_auto`` (信息公开) and whose pager is a ``ul.pagination`` of plain links
  with "共 N 页" in ``div.page-inner``; articles ``/content/<year>/<id>.html`` with ``ArticleTitle``
  / ``PubDate`` / ``ContentSource`` metas, ``div.breadcrumbs`` and ``div.Detailcontent_inner f16``;
  site search ``/search.thtml?page=N&keyword=…``. Evidence: a public Portia spider for
  ``sfj.fuxin.gov.cn`` (list URLs ``/channel/list/<id>.html``, the row, pager and article
  selectors), stored URLs ``www.fuxin.gov.cn/channel/22731/index.html``,
  ``www.fuxin.gov.cn/content/2024/962553.html``, ``fxhz.gov.cn/content/2026/1065549.html`` and a
  public scraper of ``www.fuxin.gov.cn/search.thtml?page={n}&keyword=…``. **Assumed**: the later
  list pages' URL (``?page=N``), attachment paths (``/uploadfiles/YYYY/MM/<hex>.pdf``).
* **铜川 ``.rt`` platform** (铜川's 县区, 陕西): lists ``/news_list.rt?…&channlId=N&channlSn=…
  &pageNo=P`` (rows ``div.list ul li a`` + ``span`` date, pager ``div.cms_page`` with
  "共<span>N</span>页"), column pages ``/html/zwgk/<col>/index.html``, articles
  ``/html/zwgk/<col>/<YYYYMM>/<id>.html`` with a ``#pageThree`` 信息公开 table and ``div.xwnr``.
  Evidence: public spiders for ``www.tongchuan.gov.cn/news_list.rt?channlCid=…&orgId=90&
  channlId=…&pageNo=1`` (``div.list``, ``div.cms_page``) and ``www.mizhi.gov.cn/news_list.rt?
  descriptionNumber=50&modelId=4&sort=3&channlCid=0&channlId=50&channlSn=…&titleNumber=30&pageNo=3``
  (rules ``/html/zwgk/[a-z]+/[a-z]+/index.html``, ``/html/[a-z]+/[a-z]+/\\d+/\\d+.html``, rendered
  through Splash, ``#pageThree``, ``div.xwnr``); a public note that 宜君县 lists by
  ``news_list.rt?channlId=5578`` and that 王益/印台/耀州 use ``resources/site/151…153`` paths.
  **Assumed**: that some column pages are shells whose script loads ``news_list.rt`` by
  ``$.ajax`` (the Splash rendering hints at it) and the fragment's ``javascript:getList(n)`` pager,
  the attachment paths ``/resources/site/<n>/<YYYYMM>/<hex>.pdf``, the article ids.
"""

from __future__ import annotations

import math

from ..blind.core import Item, chunks, esc, h, paras_html
from ..blind.skins import Skin
from ..model import Request, Resource
from .core import STAMP


def _t(it: Item) -> str:
    return it.title.replace("|", "")


# ============================================================================ 阜新 platform
class FxSkin(Skin):
    css = "fx"

    def crumbs(self, trail) -> str:
        parts = ['<a href="/">首页</a>'] + [f'<a href="{esc(u)}">{esc(n)}</a>' for u, n in trail]
        return '<div class="breadcrumbs">当前位置:' + " &gt; ".join(parts) + "</div>"

    def article(self, item: Item, column: str, trail, **kw) -> str:
        page = super().article(item, column, trail, **kw)
        return page.replace('<div class="TRS_Editor">', '<div class="Detailcontent_inner f16">', 1)


class FxGbkSkin(FxSkin):
    encoding = "gbk"


def fx_path(it: Item) -> str:
    return f"/content/{it.pub:%Y}/{900000 + it.uid * 37}.html"


def fx_attach_path(it: Item, ext: str) -> str:
    return f"/uploadfiles/{it.pub:%Y}/{it.pub:%m}/{h(it.uid, ext)[:20]}.{ext}"


def fx_list_url(chan: int, page: int = 1) -> tuple[str, str]:
    return f"/channel/list/{chan}.html", ("" if page == 1 else f"page={page}")


def fx_column(
    skin: Skin, chan: int, name: str, trail, items: list[Item], *, per: int = 15, xxgk: bool = False
) -> list[Item]:
    """Articles ``/content/<year>/<id>.html`` and lists ``/channel/list/<chan>.html[?page=N]``."""
    for it in items:
        it.uid = it.uid or skin.ctx.uid()
    items = sorted(items, key=lambda d: (d.pub, d.uid), reverse=True)
    for it in items:
        it.path = it.path or fx_path(it)
        skin.write_article(it, name, trail)
    pages = chunks(items, per) or [[]]
    total = len(pages)
    for n, chunk in enumerate(pages, 1):
        if xxgk:
            rows = "".join(
                f'<li><a href="{esc(it.path)}" target="_blank" title="{esc(_t(it))}">{esc(_t(it))}'
                f"<span>{it.date}</span></a></li>"
                for it in chunk
            )
            ul = f'<ul class="xxgk_rul xxgk_rul_auto">{rows}</ul>'
        else:
            rows = "".join(
                f'<li><a href="{esc(it.path)}" target="_blank" title="{esc(_t(it))}">{esc(_t(it))}</a>'
                f'<span class="tabs2Right-part2">{it.date}</span></li>'
                for it in chunk
            )
            ul = f'<ul class="list1-ul">{rows}</ul>'

        def href(k: int) -> str:
            path, q = fx_list_url(chan, k)
            return path + (f"?{q}" if q else "")

        lis = [f'<li><a href="{href(1)}">首页</a></li>']
        if n > 1:
            lis.append(f'<li><a href="{href(n - 1)}">上一页</a></li>')
        for k in range(1, total + 1):
            cls = ' class="active"' if k == n else ""
            lis.append(f'<li{cls}><a href="{href(k)}">{k}</a></li>')
        if n < total:
            lis.append(f'<li><a href="{href(n + 1)}">下一页</a></li>')
        lis.append(f'<li><a href="{href(total)}">尾页</a></li>')
        pager = (
            f'<div class="page-box"><ul class="pagination">{"".join(lis)}</ul>'
            f'<div class="page-inner">共 {total} 页 {len(items)} 条</div></div>'
        )
        body = (
            f'{skin.crumbs(trail)}<div class="tabs2Right"><div class="tabs2Right-title">{esc(name)}</div>'
            f"{ul}{pager}</div>"
        )
        path, q = fx_list_url(chan, n)
        skin.put(path, skin.page(f"{name}-{skin.site_name}", body), query=q)
    return items


# ============================================================================ 铜川 .rt platform
LIST = "/news_list.rt"
ON = ' class="on"'


class RtSkin(Skin):
    css = "rt"

    def article(self, item: Item, column: str, trail, *, paras=None, after: str = "", tools: str = "") -> str:
        files = "".join(
            f'<p><a href="{esc(p)}" target="_blank">{esc(label)}</a></p>' for label, p, _ in item.attachments
        )
        files = f'<div class="fujian">相关附件:{files}</div>' if files else ""
        idx = f"{self.c.adcode}00-{item.pub:%Y}-{item.uid % 100000:06d}"
        table = (
            '<table class="xxgk_table"><tbody>'
            f"<tr><td>索引号</td><td>{idx}</td><td>发布机构</td><td>{esc(item.source)}</td></tr>"
            f"<tr><td>主题分类</td><td>{esc(column)}</td><td>公开方式</td><td>主动公开</td></tr>"
            f"<tr><td>文号</td><td></td><td>发布日期</td><td>{item.pub:%Y-%m-%d}</td></tr></tbody></table>"
        )
        body = (
            f'{self.crumbs(trail)}<div id="pageThree"><div class="xxgk_info">{table}</div>'
            f'<div class="xwbt">{esc(_t(item))}</div>'
            f'<div class="xwsj"><span>发布时间:{item.pub:%Y-%m-%d %H:%M}</span>'
            f"<span>来源:{esc(item.source)}</span></div>"
            f'<div class="xwnr">{paras_html(paras if paras is not None else item.paras)}</div>'
            f"{files}{after}</div>"
        )
        return self.page(_t(item) + "-" + self.site_name, body, self.metas(item, column))


def rt_attach_path(skin: Skin, it: Item, ext: str) -> str:
    return f"/resources/site/{skin.rt_site}/{it.pub:%Y%m}/{h(it.uid, ext)[:24]}.{ext}"


def rt_params(chan: int, sn: str) -> dict:
    return {
        "descriptionNumber": 50,
        "modelId": 4,
        "sort": 3,
        "channlCid": 0,
        "channlId": chan,
        "channlSn": sn,
        "titleNumber": 30,
    }


def rt_list_url(chan: int, sn: str, page: int = 1) -> str:
    q = "&".join(f"{k}={v}" for k, v in rt_params(chan, sn).items())
    return f"{LIST}?{q}&pageNo={page}"


def _rt_register(skin: Skin) -> dict:
    """One ``/news_list.rt`` handler per host, answering every column of the site by ``channlId``."""
    cols = skin.ctx.__dict__.setdefault("_rt_cols", {})
    if skin.c.host in cols:
        return cols[skin.c.host]
    mine: dict[int, tuple] = {}
    cols[skin.c.host] = mine

    def handler(req: Request) -> Resource:
        args = req.params()
        try:
            chan = int(args.get("channlId", "0"))
            page = max(1, int(args.get("pageNo", "1")[:6]))
        except ValueError:
            chan, page = 0, 1
        if chan not in mine:
            body = skin.page("栏目不存在", '<div class="list"><ul><li>栏目不存在或已删除</li></ul></div>')
            return Resource(skin.ctx.icp(skin.c.host, body).encode(skin.encoding), status=404, modified=STAMP)
        name, trail, items, sn, per, ajax = mine[chan]
        total = max(1, math.ceil(len(items) / per))
        part = items[(page - 1) * per : page * per]
        rows = (
            "".join(
                f'<li><a href="{esc(it.path)}" target="_blank" title="{esc(_t(it))}">{esc(_t(it))}</a>'
                f"<span>{it.date}</span></li>"
                for it in part
            )
            or "<li>暂无数据</li>"
        )
        if ajax:
            links = "".join(
                f'<a href="javascript:getList({k})"{ON if k == page else ""}>{k}</a>'
                for k in range(1, total + 1)
            )
            frag = (
                f'<div class="list"><ul>{rows}</ul></div><div class="cms_page"><span>共<span>{total}</span>页'
                f"</span>{links}</div>"
            )
            return Resource(frag.encode(skin.encoding), f"text/html; charset={skin.encoding}", modified=STAMP)
        nav = [f'<a href="{esc(rt_list_url(chan, sn, 1))}">首页</a>']
        if page > 1:
            nav.append(f'<a href="{esc(rt_list_url(chan, sn, page - 1))}">上一页</a>')
        if page < total:
            nav.append(f'<a href="{esc(rt_list_url(chan, sn, page + 1))}">下一页</a>')
        nav.append(f'<a href="{esc(rt_list_url(chan, sn, total))}">尾页</a>')
        body = (
            f'{skin.crumbs(trail)}<div class="zwlist"><div class="zwlist_bt">{esc(name)}</div>'
            f'<div class="list"><ul>{rows}</ul></div><div class="cms_page"><span>共<span>{total}</span>页'
            f"</span><span>当前第{page}页</span>{' '.join(nav)}</div></div>"
        )
        return Resource(
            skin.ctx.icp(skin.c.host, skin.page(f"{name}-{skin.site_name}", body)).encode(skin.encoding),
            f"text/html; charset={'GBK' if skin.encoding == 'gbk' else 'utf-8'}",
            modified=STAMP,
        )

    skin.ctx.handle(skin.c, LIST, handler)
    return mine


def rt_column(
    skin: Skin,
    grp: str,
    col: str,
    name: str,
    trail,
    items: list[Item],
    *,
    chan: int,
    sn: str,
    per: int = 15,
    ajax: bool = False,
) -> list[Item]:
    """Articles ``/html/<grp>/<col>/<YYYYMM>/<id>.html``; a column page ``/html/<grp>/<col>/
    index.html`` and the lists ``/news_list.rt?…&channlId=<chan>&pageNo=N``. With ``ajax`` the
    column page is a shell whose script ``$.ajax``-loads the list fragment (page links
    ``javascript:getList(n)``); without, it shows the first rows and links the full list pages."""
    for it in items:
        it.uid = it.uid or skin.ctx.uid()
    items = sorted(items, key=lambda d: (d.pub, d.uid), reverse=True)
    base = f"/html/{grp}/{col}/"
    for it in items:
        it.path = it.path or f"{base}{it.pub:%Y%m}/{100000 + it.uid * 13}.html"
        skin.write_article(it, name, trail)
    _rt_register(skin)[chan] = (name, trail, items, sn, per, ajax)
    if ajax:
        params = ",".join(
            f"{k}:{v if isinstance(v, int) else chr(34) + v + chr(34)}"
            for k, v in rt_params(chan, sn).items()
        )
        hook = (
            '<div id="newsList"><div class="loading">正在加载...</div></div>'
            '<script type="text/javascript">function getList(p){$.ajax({url:"' + LIST + '",type:"get",'
            "data:{" + params + ',pageNo:p},dataType:"html",success:function(h){$("#newsList").html(h);}'
            "});}$(function(){getList(1);});</script>"
        )
    else:
        rows = "".join(
            f'<li><a href="{esc(it.path)}" target="_blank" title="{esc(_t(it))}">{esc(_t(it))}</a>'
            f"<span>{it.date}</span></li>"
            for it in items[:per]
        )
        total = max(1, math.ceil(len(items) / per))
        more = (
            f'<div class="cms_page"><span>共<span>{total}</span>页</span>'
            + "".join(f'<a href="{esc(rt_list_url(chan, sn, k))}">{k}</a>' for k in range(1, total + 1))
            + "</div>"
        )
        hook = f'<div class="list"><ul>{rows}</ul></div>{more}'
    body = f'{skin.crumbs(trail)}<div class="zwlist"><div class="zwlist_bt">{esc(name)}</div>{hook}</div>'
    skin.put(base + "index.html", skin.page(f"{name}-{skin.site_name}", body))
    return items
