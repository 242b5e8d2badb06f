"""The page shapes of the platforms the blind30 sites sit on, each from public evidence.

* **辽宁's 集约化 platform** (丹东 and 朝阳 sites, ``LnPlatform``). Public crawlers list columns as
  ``/<sitecode>/<path>/glist.html`` under a site code: ``www.dandong.gov.cn/ddszf/xw/bmdt/glist.html``,
  ``www.chaoyang.gov.cn/cyszf/ywdt/bmdt/glist.html``, ``rsj.chaoyang.gov.cn/cyszf/ywdt/tzgg/glist.html``,
  ``nyncj.chaoyang.gov.cn/cysnyncj/nydt/bdxw/glist.html``; the 信息公开 tree sits under
  ``/<code>/zwgk/zfxxgkpt/fdzdgknr/<topic>/`` (``www.chaoyang.gov.cn/cyszf/zwgk/zfxxgkpt/fdzdgknr/
  tjxx/``) and ``/<code>/zfxxgk/fdzdgknr/jgjj/index.html`` (丹东); files on ``files.dandong.gov.cn/
  files/CMS/2022-08-10/1660116892150062.jpg``. A crawler harvests these lists page by page
  (``harvest_list(url, max_pages=25)``), i.e. server-rendered lists. The later pages' names
  (``glist_<n>.html``), the article paths (``/<code>/<path>/<YYYYMM>/<32 hex>.html``) and serving
  the ``/files/CMS/`` attachments on the site's own host are **assumed**. The site search is
  ``/search/search.ct?siteCode=DDSZF`` (丹东) and ``…/search/search.ct?siteCode=ASSZF&offset=…
  &limit=15&searchKey=…`` (鞍山), an echoing, endless search (the trap).
* **黑龙江's 集约化 platform** (大庆 sites, ``HlPlatform``). ``.shtml`` pages under a site code:
  lists ``www.mdj.gov.cn/mdj/szfyjs/zwgk_list.shtml``, ``www.shuangyashan.gov.cn/sys/ysjs/
  xxgk_list.shtml``, ``…/newslist_one.shtml``; articles ``daqing.gov.cn/daqing/c2025niandu5/202601/
  c05_401805.shtml``, ``nyncj.mdj.gov.cn/mdjsnyncj/c100584/202604/c03_1043653.shtml``. A public
  crawler of ``www.daqing.gov.cn`` pages lists as ``index_2.shtml`` … and stops when the pager
  (``middle_list_Content_pages``) has no "后一页" link. Later pages here are ``<list>_<n>.shtml``
  (assumed from that crawler's ``index_<n>.shtml``); attachments ``/<code>/uploadfiles/<YYYYMM>/
  <id>.pdf`` are assumed.
* **TRS WCM** (延边 and 白城 sites, the plain :class:`~simweb.blind.skins.Skin`). ``ybj.yanbian.gov.cn/
  zwgk/zcfg/202212/t20221223_1194821.html``, ``czj.yanbian.gov.cn/zw/zcjd/202606/
  t20260625_578421.html``, ``www.tumen.gov.cn/szf_2172/szfld/fsz/202511/t20251111_559554.html``,
  ``www.tumen.gov.cn/zw_2185/rsxx/``, ``www.yanbian.gov.cn/zw/tzgg/``: columns are folders (some
  named ``<name>_<id>``), lists ``index.html``, ``index_1.html`` … paged by TRS's
  ``createPageHTML``, articles ``<col>/YYYYMM/tYYYYMMDD_<id>.html``, attachments ``P0…pdf``.
"""

from __future__ import annotations

from ..blind.core import h
from ..blind.skins import Skin
from ..blind3.pages import assign, numbered_lists, write_items
from ..blind8.core import row
from .core import Ctx30, Item, esc

__all__ = ["GbkSkin", "HlPlatform", "HlSkin", "LnPlatform", "LnSkin", "TrsPlatform"]


class LnSkin(Skin):
    """辽宁's platform look: a ``#xxgk`` block, 信息来源 line, a ``/search/search.ct`` form."""

    css = "lnjyh"

    def header(self) -> str:
        base = super().header()
        return base.replace(
            '<form action="/search/" method="get"><input name="searchword">',
            f'<form action="/search/search.ct" method="get"><input type="hidden" '
            f'name="siteCode" value="{esc(self.siteid[-6:])}"><input name="searchKey">',
            1,
        )


class HlSkin(Skin):
    """黑龙江's platform look: ``middle_list_*`` lists and ``middle_Content_*`` articles."""

    css = "hljjyh"

    def article(self, item, column, trail, *, paras=None, after="", tools=""):
        text = super().article(item, column, trail, paras=paras, after=after, tools=tools)
        return (
            text.replace('<h2 class="title">', '<div class="middle_Content_Title"><h2 class="title">', 1)
            .replace('<div class="info">', '</div><div class="middle_Content_Other_Time info">', 1)
            .replace('<div class="TRS_Editor">', '<div class="middle_Content_Content TRS_Editor">', 1)
        )


class GbkSkin(Skin):
    """A TRS site whose pages are served as GBK (assumed for one 延边 site)."""

    encoding = "gbk"


class _Platform:
    per = 15

    def __init__(self, ctx: Ctx30, skin: Skin):
        self.ctx, self.skin = ctx, skin

    def publish(self, key: str, name: str, trail: list[tuple[str, str]], items: list[Item]) -> list[Item]:
        """Give ``items`` paths, write their articles and the column's list pages."""
        items = assign(self.ctx, items, lambda it: self.art(key, it))
        write_items(self.skin, items, name, trail)
        self.lists(key, name, trail, items)
        return items


class LnPlatform(_Platform):
    """``/<code>/<key>/glist.html`` then ``glist_<n>.html`` (assumed), 15 rows a page."""

    def __init__(self, ctx, skin, code: str):
        super().__init__(ctx, skin)
        self.code = code

    def first(self, key: str) -> str:
        return f"/{self.code}/{key}/glist.html"

    def page_url(self, key: str):
        return lambda n: self.first(key) if n == 1 else f"/{self.code}/{key}/glist_{n}.html"

    def art(self, key: str, it: Item) -> str:
        return f"/{self.code}/{key}/{it.pub:%Y%m}/{h(self.code, it.uid)[:32]}.html"

    def attach_path(self, key: str, it: Item) -> str:
        return f"/files/CMS/{it.pub:%Y-%m-%d}/{int(it.pub.timestamp())}{it.uid % 1000000:06d}.pdf"

    def lists(self, key, name, trail, items) -> None:
        numbered_lists(self.skin, name, trail, items, self.page_url(key), per=self.per, row=row)


class HlPlatform(_Platform):
    """``/<code>/c<key>/<stem>.shtml`` then ``<stem>_<n>.shtml`` with 首页/前一页/后一页/尾页."""

    def __init__(self, ctx, skin, code: str, stem: str = "zwgk_list"):
        super().__init__(ctx, skin)
        self.code, self.stem = code, stem

    def first(self, key: str) -> str:
        return f"/{self.code}/c{key}/{self.stem}.shtml"

    def page_url(self, key: str):
        return lambda n: self.first(key) if n == 1 else f"/{self.code}/c{key}/{self.stem}_{n}.shtml"

    def art(self, key: str, it: Item) -> str:
        return f"/{self.code}/c{key}/{it.pub:%Y%m}/c0{it.uid % 7 + 1}_{it.uid + 400000}.shtml"

    def attach_path(self, key: str, it: Item) -> str:
        return f"/{self.code}/uploadfiles/{it.pub:%Y%m}/{it.uid + 900000}.pdf"

    def lists(self, key, name, trail, items) -> None:
        url = self.page_url(key)
        pages = max(1, -(-len(items) // self.per))
        for n in range(1, pages + 1):
            chunk = items[(n - 1) * self.per : n * self.per]
            rows = "".join(row(it) for it in chunk) or "<li>暂无信息</li>"
            links = [f'<a href="{esc(url(1))}">首页</a>']
            if n > 1:
                links.append(f'<a href="{esc(url(n - 1))}">前一页</a>')
            if n < pages:
                links.append(f'<a href="{esc(url(n + 1))}">后一页</a>')
            links.append(f'<a href="{esc(url(pages))}">尾页</a>')
            body = (
                f'<div class="middle_list_Breadcrumb">{self.skin.crumbs(trail)}</div>'
                f'<div class="middle_list_Content"><h2>{esc(name)}</h2><ul>{rows}</ul></div>'
                f'<div class="middle_list_Content_pages">第{n}页/共{pages}页 {" ".join(links)}</div>'
            )
            base, _, query = url(n).partition("?")
            self.skin.put(base, self.skin.page(f"{name}_{self.skin.site_name}", body), query=query)


class TrsPlatform(_Platform):
    """TRS WCM: ``<key>/index.html``, ``index_1.html`` … (``createPageHTML``), 20 rows a page."""

    per = 20

    def first(self, key: str) -> str:
        return f"/{key}/"

    def art(self, key: str, it: Item) -> str:
        return f"/{key}/{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid + 500000}.html"

    def attach_path(self, key: str, it: Item) -> str:
        return f"/{key}/{it.pub:%Y%m}/P0{it.pub:%Y%m%d}{it.uid % 10**6:06d}.pdf"

    def lists(self, key, name, trail, items) -> None:
        self.skin.list_pages(f"/{key}/", name, trail, items, per=self.per)
