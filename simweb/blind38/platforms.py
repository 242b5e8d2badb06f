"""The page shapes of the platforms the blind38 sites sit on, each from public evidence.

* **漳州's ylcms 集约化 platform** (龙海区, 诏安县, 平和县). A public crawler of ``www.zhangzhou.gov.cn``
  says the city's sites are "built on ylcms CMS": a column's first page is ``/cms/html/<site>/
  <col>/index.html`` carrying ``<meta name="siteIdMeta" content="<column siteId>">``; rows are
  ``<ul id="resources"><li><a href>title</a><span>date</span></li>``; later pages are
  ``/cms/sitemanage/index.shtml?siteId=<siteId>&page=N``, named by ``<a href="…page=N">`` links on
  the first page (the crawler reads the page count from them); articles are
  ``/cms/html/<site>/YYYY-MM-DD/<10 digits>.html`` with ``ArticleTitle``/``PubDate``/
  ``ContentSource`` metas, the body in ``div#Content`` and files in ``div.attachment``. County
  sites are on it: a public feed maps ``www.longhai.gov.cn/cms/html/lhqrmzf/jszl/index.html``,
  ``www.dongshandao.gov.cn/cms/html/dsxrmzf/…``, ``www.xc.gov.cn/cms/html/xcqrmzf/…`` and
  ``www.zhaoan.gov.cn/cms/sitemanage/index.shtml?siteId=830612491159490002``; a stored record
  cites ``www.zhangzhou.gov.cn/cms/html/phxrmzf/2026-07-13/1971285273.html`` (平和县's site code).
  The pager's exact markup (首页/上一页/下一页/尾页 anchors) is assumed.
* **福建 TRS** (泉州: 安溪县, 永春县, 德化县): ``www.quanzhou.gov.cn/lyb/lyxw/202104/
  t20210421_2547183.htm``, ``tjj.quanzhou.gov.cn/tjzl/tjgb/202505/t20250512_3168240.htm`` and
  ``scjgj.quanzhou.gov.cn/xxgk/zfxxgk/fdzdgknr/ywgz/202407/P020240722394947013233.pdf`` (TRS
  ``tYYYYMMDD_<id>.htm`` pages and ``P0…pdf`` files under ``/xxgk/zfxxgk/fdzdgknr/``), and a
  page script whose 站群 search is ``www.quanzhou.gov.cn/so/s?tab=qs&qt=…``. Lists ``index.htm``,
  ``index_1.htm`` … by ``createPageHTML`` (``simweb.blind33.platforms.fj_column``).
* **广西's 集约化 platform** (梧州: 蒙山县, 苍梧县; 玉林: 陆川县, 博白县, 兴业县): TRS ``.shtml``
  (``simweb.blind31.platforms.gx_column``). A public table of policy columns names
  ``www.gxms.gov.cn/xxgk/zfxxgkzl/zcwj/`` (蒙山县), ``www.wzwxq.gov.cn/xxgk/gkbz/fdzdg…``
  (万秀区), ``www.wuzhou.gov.cn/zfxxgk_2/fdzdgknr/wjzl/zfwj/`` (梧州市) and
  ``www.luchuan.gov.cn/xxgk/fdgk/wjzl/zcfg/`` (陆川县); the column paths here follow those trees.
"""

from __future__ import annotations

from ..blind.core import Item, chunks, esc, h, paras_html
from ..blind.skins import Skin
from ..blind31.platforms import GxSkin, gx_column
from ..blind33.platforms import FjGbkSkin, FjSkin, fj_column, fj_path

__all__ = [
    "FjGbkSkin",
    "FjSkin",
    "GxSkin",
    "YlSkin",
    "fj_column",
    "fj_path",
    "gx_column",
    "yl_column",
    "yl_path",
]

SITEMANAGE = "/cms/sitemanage/index.shtml"


class YlSkin(Skin):
    """漳州 ylcms pages: the body in ``div#Content``, files in ``div.attachment``."""

    css = "ylcms"

    def article(self, item: Item, column: str, trail, *, paras=None, after: str = "", tools: str = "") -> str:
        title = item.title.replace("|", "")
        files = "".join(f'<a href="{esc(p)}">{esc(label)}</a><br>' for label, p, _ in item.attachments)
        files = f'<div class="attachment">附件:{files}</div>' if files else ""
        body = (
            f'{self.crumbs(trail)}<div class="article_box"><div class="article_title">{esc(title)}</div>'
            f'<div class="article_info"><span class="ly">来源:{esc(item.source)}</span>'
            f'<span class="time">发布时间:{item.pub:%Y-%m-%d %H:%M}</span></div>'
            f'<div id="Content" class="article_con">{paras_html(paras if paras is not None else item.paras)}'
            f"</div>{files}{after}</div>"
        )
        return self.page(f"{title}_{self.site_name}", body, self.metas(item, column))


def yl_path(site: str, it: Item) -> str:
    return (
        f"/cms/html/{site}/{it.pub:%Y-%m-%d}/{int(h('yl', it.uid)[:8], 16) % 9 * 10**9 + 10**9 + it.uid}.html"
    )


def yl_column(
    skin: Skin, site: str, col: str, name: str, trail, items: list[Item], per: int = 15
) -> list[Item]:
    """A ylcms column: page 1 ``/cms/html/<site>/<col>/index.html`` (with ``siteIdMeta``), pages
    2… ``/cms/sitemanage/index.shtml?siteId=<id>&page=N``; rows ``ul#resources``. Returns the items
    newest first."""
    for it in items:
        it.uid = it.uid or skin.ctx.uid()
    items = sorted(items, key=lambda d: (d.pub, d.uid), reverse=True)
    for it in items:
        it.path = it.path or yl_path(site, it)
        skin.write_article(it, name, trail)
    sid = str(int(h(skin.c.host, site, col)[:12], 16) % 10**17 + 6 * 10**17)
    pages = chunks(items, per)
    first = f"/cms/html/{site}/{col}/index.html"

    def link(n: int) -> str:
        return first if n == 1 else f"{SITEMANAGE}?siteId={sid}&amp;page={n}"

    for n, chunk in enumerate(pages, 1):
        rows = "".join(
            f'<li><a href="{esc(it.path)}" target="_blank" title="{esc(it.title.replace("|", ""))}">'
            f"{esc(it.title.replace('|', ''))}</a><span>{it.pub:%Y-%m-%d}</span></li>"
            for it in chunk
        )
        pager = ""
        if len(pages) > 1:
            prev = f'<a href="{link(n - 1)}">上一页</a>' if n > 1 else "<span>上一页</span>"
            nxt = f'<a href="{link(n + 1)}">下一页</a>' if n < len(pages) else "<span>下一页</span>"
            pager = (
                f'<div class="pagination"><a href="{link(1)}">首页</a>{prev}'
                f'<span class="cur">{n}/{len(pages)}</span>'
                f'{nxt}<a href="{link(len(pages))}">尾页</a></div>'
            )
        body = (
            f'{skin.crumbs(trail)}<div class="list_box"><div class="list_title">{esc(name)}</div>'
            f'<ul id="resources">{rows}</ul>{pager}</div>'
        )
        text = skin.page(f"{name}_{skin.site_name}", body, f'<meta name="siteIdMeta" content="{sid}">')
        if n == 1:
            skin.put(first, text)
        else:
            skin.put(SITEMANAGE, text, query=f"siteId={sid}&page={n}")
    return items
