"""The page shapes of the platforms the blind37 sites sit on, each from public evidence.

* **TRS WCM** (邯郸 sites and the 邯郸市 portal, ``TrsPlatform`` of blind30). A public crawler's
  config lists ``http://www.hd.gov.cn/qt/hdxw/201804/t20180421_778773.html`` with the content
  selector ``div.TRS_Editor``; another pages ``http://hdzfxxgk.hd.gov.cn/zfwj/szfwj/index{p}.html``
  and ``www.hd.gov.cn/fgw/zwgk/yfxz/zcfg/`` as ``index.html``, ``index_1.html`` …; a public spider
  queries the site search ``https://www.hd.gov.cn/was5/web/search?page=…&channelid=256510&
  searchword=…`` (TRS WAS5), and a stored page's form posts to ``http://www.hd.gov.cn/was5/web/
  search``. County column folders from a public list: ``www.hdfx.gov.cn/fxqxxgk/zfwj/`` (复兴区),
  ``www.guantao.gov.cn/zwgk/zfxxgk/zc/zfwj/`` (馆陶县). Articles ``<col>/YYYYMM/tYYYYMMDD_<id>.html``,
  lists paged by ``createPageHTML``; the ``P0…pdf`` attachment name is TRS's usual (assumed here).
* **EasySite** (铁岭 sites, ``EsPlatform``). A public crawler of ``www.tieling.gov.cn/tieling/
  zwgk62/xzqlgk94/skxjsj/index.html`` reads the page count from ``div.easysite-page-wrap``
  ("当前页:1/N跳转至") and fetches the later pages as ``…/skxjsj/c0a93305-{n}.html``; articles are
  ``/tieling/zwgk/zfxxgk/fdzdgknr/tjxx/tjgb/2025051410132752830/index.html`` (a 19-digit stamp
  folder) and ``/tieling/szf/fsz/2025032710285136268/index.html``; attachments
  ``/tieling/attachDir/2025/12/2025122610452841511.pdf``; bodies in ``div.content_con``. That the
  county sites share the city's EasySite and that the pager's 下一页 is a plain link are
  **assumed**.
* **Epoint WebBuilder, static** (营口 sites, ``EpPlatform``). Articles ``www.gaizhou.gov.cn/003/
  003003/20260302/0f25be7c-135d-484b-a6bf-28af200d578b.html`` (盖州市) and ``www.yingkou.gov.cn/
  govxxgk/ykszf/2021-07-01/21e2eeeb-….html`` with body ``.ewb-article-content`` (public code);
  营口市's lists ``/dynamic/zw/openlist.html?categorynum=001001003`` with 2–32 pages per category
  (a public crawler). Columns are category-number folders (``/003/003003/``); the list names
  ``moreinfo.html`` then ``<n>.html`` and the attachment folder are **assumed** (Epoint's usual
  static output).
"""

from __future__ import annotations

import uuid

from ..blind.core import h
from ..blind.skins import Skin
from ..blind3.pages import assign, numbered_lists, write_items
from ..blind8.core import row
from ..blind30.platforms import TrsPlatform
from .core import Ctx37, Item, esc

__all__ = ["EpPlatform", "EpSkin", "EsPlatform", "EsSkin", "GbkSkin", "TrsPlatform", "TrsSkin"]


class TrsSkin(Skin):
    """A TRS site whose search form posts to WAS5's ``/was5/web/search``."""

    css = "trs_hd"

    def header(self) -> str:
        return (
            super()
            .header()
            .replace(
                '<form action="/search/" method="get">',
                '<form action="/was5/web/search" method="get">'
                '<input type="hidden" name="channelid" value="256510">',
                1,
            )
        )


class GbkSkin(TrsSkin):
    """A TRS site served as GBK (assumed for one 邯郸 county)."""

    encoding = "gbk"


class EsSkin(Skin):
    """EasySite's look: ``content``/``content_source``/``content_con`` article blocks."""

    css = "easysite"

    def article(self, item, column, trail, *, paras=None, after="", tools=""):
        text = super().article(item, column, trail, paras=paras, after=after, tools=tools)
        return text.replace('<div class="TRS_Editor">', '<div class="content_con" id="content_con">', 1)


class EpSkin(Skin):
    """Epoint WebBuilder's look: ``ewb-article-content`` bodies."""

    css = "ewb"

    def article(self, item, column, trail, *, paras=None, after="", tools=""):
        text = super().article(item, column, trail, paras=paras, after=after, tools=tools)
        return text.replace('<div class="TRS_Editor">', '<div class="ewb-article-content">', 1)


class _Platform:
    per = 15

    def __init__(self, ctx: Ctx37, skin: Skin, code: str = ""):
        self.ctx, self.skin, self.code = ctx, skin, code

    def publish(self, key: str, name: str, trail: list[tuple[str, str]], items: list[Item]) -> list[Item]:
        items = assign(self.ctx, items, lambda it: self.art(key, it))
        write_items(self.skin, items, name, trail)
        self.lists(key, name, trail, items)
        return items


def _stamp(it: Item) -> str:
    return f"{it.pub:%Y%m%d%H%M%S}{it.uid % 100000:05d}"


class EsPlatform(_Platform):
    """``/<code>/<key>/index.html`` then ``c<8 hex>-<n>.html``, an ``easysite-page-wrap`` pager."""

    def first(self, key: str) -> str:
        return f"/{self.code}/{key}/index.html"

    def page_url(self, key: str):
        tag = h(self.code, key)[:8]
        return lambda n: self.first(key) if n == 1 else f"/{self.code}/{key}/c{tag}-{n}.html"

    def art(self, key: str, it: Item) -> str:
        return f"/{self.code}/{key}/{_stamp(it)}/index.html"

    def attach_path(self, key: str, it: Item) -> str:
        return f"/{self.code}/attachDir/{it.pub:%Y/%m}/{_stamp(it)}.pdf"

    def lists(self, key, name, trail, items) -> None:
        url = self.page_url(key)
        pages = max(1, -(-len(items) // self.per))
        for n in range(1, pages + 1):
            chunk = items[(n - 1) * self.per : n * self.per]
            rows = (
                "".join(
                    f'<a href="{esc(it.path)}" target="_blank">{esc(it.title.replace("|", ""))}'
                    f"<span>{it.date}</span></a>"
                    for it in chunk
                )
                or "<span>暂无信息</span>"
            )
            links = [f'<a href="{esc(url(1))}">首页</a>']
            if n > 1:
                links.append(f'<a href="{esc(url(n - 1))}">上一页</a>')
            if n < pages:
                links.append(f'<a href="{esc(url(n + 1))}">下一页</a>')
            links.append(f'<a href="{esc(url(pages))}">尾页</a>')
            body = (
                f'{self.skin.crumbs(trail)}<h2>{esc(name)}</h2><div class="xzqlml">{rows}</div>'
                f'<div class="easysite-page-wrap">{" ".join(links)}<span>当前页:{n}/{pages}跳转至'
                f'<input type="text" size="2">页</span></div>'
            )
            self.skin.put(url(n), self.skin.page(f"{name}_{self.skin.site_name}", body))


class EpPlatform(_Platform):
    """``/<cat>/moreinfo.html`` then ``/<cat>/<n>.html``; articles ``/<cat>/<YYYYMMDD>/<uuid>.html``."""

    def first(self, key: str) -> str:
        return f"/{key}/moreinfo.html"

    def page_url(self, key: str):
        return lambda n: self.first(key) if n == 1 else f"/{key}/{n}.html"

    def art(self, key: str, it: Item) -> str:
        return f"/{key}/{it.pub:%Y%m%d}/{uuid.UUID(h(self.code, it.uid)[:32])}.html"

    def attach_path(self, key: str, it: Item) -> str:
        return f"/{key}/{it.pub:%Y%m%d}/{uuid.UUID(h(self.code, 'f', it.uid)[:32])}.pdf"

    def lists(self, key, name, trail, items) -> None:
        numbered_lists(self.skin, name, trail, items, self.page_url(key), per=self.per, row=row)
