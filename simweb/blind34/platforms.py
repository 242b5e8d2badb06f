"""The page shapes of the platforms the blind34 sites sit on, each from public evidence.

* **四川's county platform** (泸州: 泸县, 合江县, 叙永县, 古蔺县, the 泸州市 portal; 遂宁: 蓬溪县):
  public code fetches a 四川 county article at ``tqx.gov.cn/gongkai/show/<32 hex>.html`` (天全县,
  雅安; a 2024 公报 reposted in its 政务公开). Articles here are ``/gongkai/show/<32 hex>.html`` and
  news ``/news/show/<32 hex>.html``; the list pages ``/gongkai/list/<col>.html`` and
  ``…?page=N`` with a static pager are assumed (no list URL of the platform was found).
* **德阳/眉山 ``iList.jsp`` family** (眉山: 仁寿县, 洪雅县): a public crawler (RSSHub route) lists
  绵竹市's 信息公开 at ``www.mz.gov.cn/info/iList.jsp?node_id=GKmzs&cat_id=15971&cur_page=1``
  (法定主动内容) and ``cat_id=24186`` (公示公告), paging by ``cur_page``. The same family on
  眉山's county sites is assumed (evidence for them is thin); the article URL
  ``/info/iIndex.jsp?cat_id=<id>&info_id=<n>`` is assumed.
* **VSB (博达) ``egovinfo``** (普洱: 思茅区, 宁洱县, 墨江县): public code probes 普洱市's
  ``www.puershi.gov.cn/info/egovinfo/1001/cat_gk/yjsgk.htm``; a stored 楚雄市 page links
  ``www.cxs.gov.cn/info/egovinfo/1016/xxgkcontent/cxs001-/2023-1026015.htm`` and news
  ``/info/1014/912799.htm``; a public crawler pages 商洛's 信息公开 by
  ``szfgkmlxxgk.jsp?ainfolist1501t=24&ainfolist1501p=1&ainfolist1501c=15&urltype=egovinfo.
  EgovInfoList&subtype=2&wbtreeid=1232`` (``t`` pages, ``p`` the page, ``c`` rows) and another
  follows ``\\?ainfolist5592t.*`` pager links. The 信息公开 lists here are such ``.jsp`` pages with
  static ``ainfolist`` pager links; articles ``/info/egovinfo/1001/xxgkcontent/<code>-/<YYYY>-
  <MMDD><NNN>.htm``.
* **VSB static ``.htm`` columns** (普洱: 景东县; 昭通: 盐津县): ``<col>.htm`` then ``<col>/N.htm``
  numbered downwards, articles ``/info/<col id>/<id>.htm`` (blind3's VSB column; ``/info/1014/
  912799.htm`` on 楚雄市's site).
"""

from __future__ import annotations

from ..blind.core import Item, chunks, esc, h
from ..blind.skins import Skin
from ..blind2.core import info_table
from ..blind3.pages import VsbSkin, assign, vsb_column, write_items
from ..blind4.core import column
from .core import put_at


class ScSkin(Skin):
    """四川 platform pages: an 索引号 table on every article."""

    css = "scjyh"

    def article(self, item: Item, column: str, trail, **kw) -> str:
        table = info_table(
            [
                ("索引号", f"{self.c.adcode}/{item.pub:%Y}-{item.uid % 90000 + 10000:05d}"),
                ("发布机构", item.source),
                ("成文日期", f"{item.pub:%Y-%m-%d}"),
                ("所属栏目", column),
            ]
        )
        page = super().article(item, column, trail, **kw)
        return page.replace('<div class="article">', f'<div class="article">{table}', 1)


class IListSkin(Skin):
    css = "ilist"


class IListGbkSkin(IListSkin):
    encoding = "gbk"


class VsbGovSkin(VsbSkin):
    pass


def sc_column(
    skin: Skin, kind: str, col: str, name: str, trail, items: list[Item], per: int = 15
) -> list[Item]:
    """A 四川 platform column: articles ``/<kind>/show/<32 hex>.html``, list ``/<kind>/list/<col>.html``
    then ``?page=N``."""
    first = f"/{kind}/list/{col}.html"
    return column(
        skin,
        items,
        name,
        trail,
        lambda it: f"/{kind}/show/{h('sc34', skin.c.host, it.uid)[:32]}.html",
        lambda n: first if n == 1 else f"{first}?page={n}",
        per=per,
    )


def ilist_column(
    skin: Skin, node: str, cat: int, name: str, trail, items: list[Item], per: int = 15
) -> list[Item]:
    """An ``iList.jsp`` column: ``/info/iList.jsp?node_id=<node>&cat_id=<cat>&cur_page=N``."""
    return column(
        skin,
        items,
        name,
        trail,
        lambda it: f"/info/iIndex.jsp?cat_id={cat}&info_id={it.uid + 204000}",
        lambda n: f"/info/iList.jsp?node_id={node}&cat_id={cat}&cur_page={n}",
        per=per,
    )


def egov_column(
    skin: Skin, jsp: str, tree: int, code: str, name: str, trail, items: list[Item], per: int = 15
) -> list[Item]:
    """A VSB ``egovinfo`` column: list ``<jsp>?ainfolist1501t=<pages>&ainfolist1501p=<n>&
    ainfolist1501c=<per>&urltype=egovinfo.EgovInfoList&wbtreeid=<tree>`` with static pager links;
    the column's bare ``<jsp>`` shows page 1."""
    items = assign(
        skin.ctx,
        items,
        lambda it: (
            f"/info/egovinfo/1001/xxgkcontent/{code}-/{it.pub:%Y}-{it.pub:%m%d}{it.uid % 1000:03d}.htm"
        ),
    )
    write_items(skin, items, name, trail)
    pages = chunks(items, per) or [[]]
    total = len(pages)

    def url(n: int) -> str:
        return (
            f"{jsp}?ainfolist1501t={total}&ainfolist1501p={n}&ainfolist1501c={per}"
            f"&urltype=egovinfo.EgovInfoList&wbtreeid={tree}"
        )

    for n, chunk in enumerate(pages, 1):
        rows = "".join(
            f'<tr><td class="xh">{(n - 1) * per + i + 1}</td><td><a href="{esc(it.path)}" target="_blank" '
            f'title="{esc(it.title)}">{esc(it.title.replace("|", ""))}</a></td><td>{it.date}</td></tr>'
            for i, it in enumerate(chunk)
        )
        parts = []
        if n > 1:
            parts += [
                f'<a href="{esc(url(1))}" class="Normal">首页</a>',
                f'<a href="{esc(url(n - 1))}" class="Normal">上页</a>',
            ]
        if n < total:
            parts += [
                f'<a href="{esc(url(n + 1))}" class="Normal">下页</a>',
                f'<a href="{esc(url(total))}" class="Normal">尾页</a>',
            ]
        body = (
            f'{skin.crumbs(trail)}<div class="xxgk-list"><h2>{esc(name)}</h2>'
            f'<table class="govinfolist"><tr><th>序号</th><th>名称</th><th>发布日期</th></tr>{rows}</table>'
            f'<div class="pagelist" id="ainfolist1501_pager">共{len(items)}条&nbsp;&nbsp;{n}/{total}&nbsp;'
            f"{'&nbsp;'.join(parts)}</div></div>"
        )
        page = skin.page(f"{name}-{skin.site_name}", body)
        put_at(skin, url(n), page)
        if n == 1:
            put_at(skin, jsp, page)
    return items


def vsb_list(
    skin: Skin, stem: str, colid: int, name: str, trail, items: list[Item], per: int = 15
) -> list[Item]:
    """A VSB static ``.htm`` column (blind3's): ``<stem>.htm``, ``<stem>/N.htm`` downwards."""
    return vsb_column(skin, stem + ".htm", colid, name, trail, items, per=per)


__all__ = [
    "IListGbkSkin",
    "IListSkin",
    "ScSkin",
    "VsbGovSkin",
    "egov_column",
    "ilist_column",
    "sc_column",
    "vsb_list",
]
