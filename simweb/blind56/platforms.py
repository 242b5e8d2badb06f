"""The page shapes of the three platforms the blind56 sites sit on, each from public evidence.

* **Epoint WebBuilder, static output** (许昌 sites; blind37's ``EpPlatform``). A public snippet
  fetches ``www.xuchang.gov.cn/EpointWebBuilder/zNJSAction.action?cmd=getOpenDetail&infoid=<uuid>``;
  a public crawler's rule set for ``www.xuchang.gov.cn`` reads list rows ``a.ewb-infoname``; a
  public data file cites ``www.xuchang.gov.cn/xcsrmzfsjfb/037003/20260512/<uuid>.html`` (a
  category-number folder, a date folder, a uuid page); a public spider posts to the portal's
  ``/inteligentsearch/rest/esinteligentsearch/getFullTextDataNew`` (Epoint's full-text search).
  Columns ``/<cat>/moreinfo.html`` then ``/<cat>/<n>.html`` with numbered links are blind37's
  Epoint shape (assumed there too); **that 许昌's county sites run the city's WebBuilder is
  assumed**.
* **许昌's 政府信息公开 platform** (建安区's 信息公开, ``govxxgk_column``). A public crawler's saved
  page of ``www.xuchang.gov.cn`` lists ``/govxxgk/11411023071371351L/category/031/031002/
  031002014/031002014004/<n>.html`` (``11411023…``: the code of 许昌县, now 建安区) with a
  ``wb-page-li`` pager of plain links (``下页>`` → ``2.html``, ``尾页`` → ``58.html``), rows in
  ``div.table-responsive`` tables (``td.ewb-rqnr``), titles ``a.ewb-infoname`` and the page's
  ``<script src="/js/xxgklist.js">``; its rules read the link only from ``linkToNew('<id>')`` and
  build ``http://www.xuchang.gov.cn/openDetailDynamic.html?infoid=<id>`` (and the data call
  ``/EpointWebBuilder/zNJSAction.action?cmd=getOpenDetail&infoid=…&siteguid=…``). The body of
  ``linkToNew`` (here ``window.open("/openDetailDynamic.html?infoid=" + id)``), the first page's
  name ``1.html`` and serving the detail page with its text (the real one fills it from the
  ``getOpenDetail`` JSON) are **assumed**.
* **郴州's ``default.htm`` CMS** (郴州 sites, ``CzPlatform``, new here). Public crawlers of
  ``www.czs.gov.cn`` list ``/html/dtxx/zwdt/zwyw/default.htm`` and its later static pages
  ``default_1.htm`` …, and for the long columns the dynamic pager
  ``/html/dtxx/zwdt/zwyw/default.jsp?jsp.offset={0,15,30…}&jsp.desc=false`` (15 rows a page);
  list rows ``div.yaowennr-box li a``; a public list of 湖南 county pages gives 苏仙区's
  ``hnsx.gov.cn/zwgk/cwys/czyjs/default.htm`` (the same CMS on a county host, without ``/html/``);
  uploads ``/html/uploadfiles/202106/20210611163344871001.png``. Article names
  ``content_<id>.html`` (sites.md lists the shape), the pager markup and which columns use the
  ``.jsp`` pager (here: those longer than three pages) are **assumed**.
* **景德镇's TRS ``.shtml`` sites** (景德镇 sites and the 景德镇市 portal, ``JdzTrs``). Public
  code cites ``https://www.jdz.gov.cn/zwgk/fdzdgknr/rsxx/rsrm/index_1.shtml`` (a TRS-numbered
  later list page) and articles ``jdz.gov.cn/zwgk/zfgb/2024n/d3q/szfwj_3307/t958190.shtml``,
  ``/zjcd/mljdz/sj/t932854.shtml``, ``/zwgk/fdzdgknr/zdlyxxgk/…/jyxx/t998587.shtml``:
  ``t<6-7 digit id>.shtml`` directly in the column folder. Lists ``index.shtml``,
  ``index_1.shtml`` … written by TRS's ``createPageHTML(pages, cur, "index", "shtml")``; the
  ``P0…pdf`` attachment name and **the county sites' use of the city's platform are assumed**.
"""

from __future__ import annotations

import uuid

from ..blind.core import h
from ..blind.skins import Skin
from ..blind3.pages import assign, numbered_lists
from ..blind8.core import row
from ..blind30.platforms import TrsPlatform
from ..blind37.platforms import EpPlatform, EpSkin, TrsSkin
from .core import esc

__all__ = [
    "CzPlatform",
    "CzSkin",
    "EpGbkSkin",
    "EpPlatform",
    "EpSkin",
    "JdzGbkSkin",
    "JdzSkin",
    "JdzTrs",
    "govxxgk_column",
]


class EpGbkSkin(EpSkin):
    encoding = "gbk"


class JdzSkin(TrsSkin):
    """A 景德镇 TRS site (WAS5 search form)."""


class JdzGbkSkin(JdzSkin):
    encoding = "gbk"


class CzSkin(Skin):
    """郴州's CMS look: ``zhengcebiaoti`` / ``wjnerong`` article blocks (public crawler's XPaths)."""

    css = "czs"

    def article(self, item, column, trail, *, paras=None, after="", tools=""):
        text = super().article(item, column, trail, paras=paras, after=after, tools=tools)
        return text.replace('<div class="TRS_Editor">', '<div class="wjnerong" id="Zoom">', 1)


class JdzTrs(TrsPlatform):
    """TRS with ``.shtml``: ``/<key>/index.shtml``, ``index_1.shtml`` … (``createPageHTML``),
    articles ``/<key>/t<id>.shtml``, attachments ``/<key>/P0<YYYYMMDD><digits>.pdf``."""

    def __init__(self, ctx, skin, code: str = ""):
        super().__init__(ctx, skin)

    def first(self, key: str) -> str:
        return f"/{key}/index.shtml"

    def art(self, key: str, it) -> str:
        return f"/{key}/t{it.uid + 930000}.shtml"

    def attach_path(self, key: str, it) -> str:
        return f"/{key}/P0{it.pub:%Y%m%d}{it.uid % 10**6:06d}.pdf"

    def lists(self, key, name, trail, items) -> None:
        self.skin.list_pages(f"/{key}/", name, trail, items, per=self.per, ext="shtml")


class CzPlatform(EpPlatform):
    """郴州's CMS: ``/<key>/default.htm``; up to three pages static (``default_1.htm`` …), longer
    columns paged by ``default.jsp?jsp.offset=<15·k>&jsp.desc=false`` (plain links)."""

    def first(self, key: str) -> str:
        return f"/{key}/default.htm"

    def art(self, key: str, it) -> str:
        return f"/{key}/content_{it.uid + 3100000}.html"

    def attach_path(self, key: str, it) -> str:
        prefix = "/html" if key.startswith("html/") else ""
        return f"{prefix}/uploadfiles/{it.pub:%Y%m}/{it.pub:%Y%m%d%H%M%S}{it.uid % 1000:03d}.pdf"

    def page_url(self, key: str):
        return lambda n: self.first(key) if n == 1 else f"/{key}/default_{n - 1}.htm"

    def lists(self, key, name, trail, items) -> None:
        pages = max(1, -(-len(items) // self.per))
        if pages <= 3:
            numbered_lists(self.skin, name, trail, items, self.page_url(key), per=self.per, row=row)
            return
        jsp = f"/{key}/default.jsp"

        def url(n: int) -> str:
            return f"{jsp}?jsp.offset={(n - 1) * self.per}&jsp.desc=false"

        for n in range(1, pages + 1):
            chunk = items[(n - 1) * self.per : n * self.per]
            rows = "".join(row(it) for it in chunk)
            links = [f'<a href="{esc(url(1))}">首页</a>']
            if n > 1:
                links.append(f'<a href="{esc(url(n - 1))}">上一页</a>')
            if n < pages:
                links.append(f'<a href="{esc(url(n + 1))}">下一页</a>')
            links.append(f'<a href="{esc(url(pages))}">尾页</a>')
            body = (
                f'{self.skin.crumbs(trail)}<div class="yaowennr-box"><h2>{esc(name)}</h2>'
                f"<ul>{rows}</ul></div>"
                f'<div class="pager">共{len(items)}条 第{n}/{pages}页 {" ".join(links)}</div>'
            )
            page = self.skin.page(f"{name}_{self.skin.site_name}", body)
            self.skin.put(jsp, page, query=url(n).partition("?")[2])
            if n == 1:
                self.skin.put(self.first(key), page)


# ---------------------------------------------------------------------------- 许昌 信息公开 platform
XXGK_JS = """/* 政府信息公开列表 */
function linkToNew(infoid) {
  window.open("/openDetailDynamic.html?infoid=" + infoid);
}
"""


def xxgk_detail(it) -> str:
    return "/openDetailDynamic.html?infoid=" + str(uuid.UUID(h("xxgk", it.uid)[:32]))


def govxxgk_column(
    skin: Skin, uscc: str, cat: str, name: str, trail, items, per: int = 15
) -> tuple[str, list]:
    """许昌's 政府信息公开 platform on the city host: ``/govxxgk/<uscc>/category/<cat>/<n>.html`` with a
    ``wb-page`` pager of plain links; rows ``a.ewb-infoname`` carry no ``href``, only
    ``onclick="linkToNew('<infoid>')"``, which ``/js/xxgklist.js`` turns into
    ``/openDetailDynamic.html?infoid=<infoid>`` (the article, served as a page here). Returns the
    first page's path and the items, newest first."""
    ctx = skin.ctx
    items = assign(ctx, items, xxgk_detail)
    folder = f"/govxxgk/{uscc}/category/{cat}/"
    for it in items:
        base, _, query = it.path.partition("?")
        skin.put(base, skin.article(it, name, trail), query=query)
        for _label, path, data in it.attachments:
            ctx.put(skin.c, path, data, ctype="application/pdf", modified=it.pub)
    skin.put("/js/xxgklist.js", XXGK_JS, ctype="application/javascript")
    pages = max(1, -(-len(items) // per))
    for n in range(1, pages + 1):
        rows = "".join(
            f'<tr><td class="ewb-rqnr"><a class="ewb-infoname" href="javascript:;" title="{esc(t)}" '
            f"onclick=\"linkToNew('{it.path.rsplit('=', 1)[1]}')\">{esc(t)}</a></td>"
            f"<td><span>{it.date}</span></td></tr>"
            for it in items[(n - 1) * per : n * per]
            for t in [it.title.replace("|", "")]
        )
        links = [f'<li class="wb-page-li wb-page-item"><a href="{folder}1.html">首页</a></li>']
        links += [
            f'<li class="wb-page-li wb-page-item"><a href="{folder}{k}.html">{k}</a> </li>'
            for k in range(1, pages + 1)
            if k != n
        ]
        if n < pages:
            links.append(
                f'<li class="wb-page-li wb-page-item wb-page-next">'
                f'<a href="{folder}{n + 1}.html">下页&gt;</a></li>'
            )
        links.append(
            f'<li class="wb-page-li wb-page-item wb-page-next"><a href="{folder}{pages}.html">尾页</a></li>'
        )
        body = (
            f'{skin.crumbs(trail)}<h2>{esc(name)}</h2><div class="table-responsive"><table><tbody>{rows}'
            f'<tr class="noborder"><td colspan="4"><div class="wb-page"><ul class="wb-page-items">'
            f"{''.join(links)}</ul></div></td></tr></tbody></table></div>"
            '<div class="publicinfo-pager" id="paper"></div><script src="/js/xxgklist.js"></script>'
        )
        skin.put(f"{folder}{n}.html", skin.page(f"{name}_{skin.site_name}", body))
    return f"{folder}1.html", items
