"""The page shapes of the platforms the blind31 sites sit on, each from public evidence.

* **广西's 集约化 platform** (河池 sites): TRS-generated static pages with the ``.shtml``
  extension. A stored 柳城县 (柳州) page is ``www.liucheng.gov.cn/xxgk/fdzdgknr/tzgg/202602/
  t20260213_3723994.shtml`` (通知公告 under 法定主动公开内容, holding the county's 2025 法治政府建设
  年度报告) and another ``liucheng.gov.cn/xxgk/zfwj/zfzgbg/202503/t20250307_3598170.shtml`` (the
  2024 report filed in 政府文件 → 政府工作报告); 河池市's own site has the same ``/bmjd/…/
  tYYYYMMDD_<id>.html`` form and 崇左市's ``/zfxxgkzl/…`` tree is the same family. Lists are
  ``index.shtml``, ``index_1.shtml`` … paged by TRS's ``createPageHTML(pages, cur, "index",
  "shtml")`` script (no page link in the HTML); attachments ``P0YYYYMMDD<n>.pdf`` beside the
  article (TRS naming). The list markup and the pager form are TRS's usual ones (assumed here).
* **陕西's 集约化 platform** (汉中 sites): a public crawler of ``jyj.hanzhong.gov.cn`` reads
  column pages ``/hzsjyjx/<col>/secondLevelChannel.shtml``, rows ``//div[@class="child_Item
  child_Item_text"]//ul//a`` with ``<div class="newsTime">``, the page count only from a script
  ``createPageHTML('page_div',N,…)``, further pages ``secondLevelChannel_<n>.shtml``, and
  articles with ``<meta name="ArticleTitle">``/``PubDate``, ``div.dqwz_content`` breadcrumbs,
  ``span.laiyuan_value`` and ``div.xwxq_content``. A stored 镇巴县 page is ``zb.gov.cn/zbxzf/
  xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml`` (``/<site>/<col>/YYYYMM/<32 hex>.shtml``,
  with a 索引号/发文机构/发布日期 table); ``www.hanzhong.gov.cn/hzszf/wjp/szfld.shtml`` is the city
  portal on the same platform. The numbering of later pages (``_1`` for the second, TRS's
  convention) is assumed.
* **Hanweb JCMS** (武威 sites): a public crawler names ``https://www.gswuwei.gov.cn/jsearchfront/``
  (Hanweb's search front end); 甘肃's 兰州 (``/col/col14897/index.html``) and 天水 sites are Hanweb
  too. Column pages carry 45 records in a ``<datastore>`` and the rest come from the
  ``dataproxy.jsp`` POST (``simweb.blind25.platforms.hanweb``, reused as blind28 did).
"""

from __future__ import annotations

from ..blind.core import Item, chunks, esc, h, paras_html
from ..blind.skins import Skin
from ..blind2.core import info_table
from ..blind5.sites_b import GbkSkin
from ..blind25.platforms import hanweb, hanweb_attach, put_attachments

__all__ = [
    "GbkSkin",
    "GxSkin",
    "ShxSkin",
    "gx_column",
    "hanweb",
    "hanweb_attach",
    "put_attachments",
    "shx_column",
]


# ---------------------------------------------------------------------------- 广西
class GxSkin(Skin):
    """广西 集约化 pages: TRS look, an 信息公开 info table on every article."""

    css = "gxjyh"

    def article(self, item: Item, column: str, trail, **kw) -> str:
        table = info_table(
            [
                ("索引号", f"{self.c.adcode}00/{item.pub:%Y}-{item.uid % 90000 + 10000:05d}"),
                ("发布机构", item.source),
                ("发布日期", f"{item.pub:%Y-%m-%d}"),
                ("分类", column),
            ]
        )
        page = super().article(item, column, trail, **kw)
        return page.replace('<div class="article">', f'<div class="article">{table}', 1)


class GxGbkSkin(GxSkin):
    encoding = "gbk"


def gx_column(skin: Skin, col: str, name: str, trail, items: list[Item], per: int = 15, keep: bool = False):
    """A TRS ``.shtml`` column: articles ``<col>YYYYMM/tYYYYMMDD_<id>.shtml``, lists
    ``index.shtml``, ``index_1.shtml`` … paged by ``createPageHTML``. Returns the items as listed."""
    for it in items:
        it.uid = it.uid or skin.ctx.uid()
    if not keep:
        items = sorted(items, key=lambda d: (d.pub, d.uid), reverse=True)
    for it in items:
        it.path = it.path or f"{col}{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid + 3200000}.shtml"
        skin.write_article(it, name, trail)
    skin.list_pages(col, name, trail, items, per=per, ext="shtml")
    return items


# ---------------------------------------------------------------------------- 陕西
class ShxSkin(Skin):
    """陕西 集约化 pages: ``dqwz_content`` breadcrumbs, ``laiyuan`` source line and the
    ``xwxq_content`` body (the markup a public crawler of ``jyj.hanzhong.gov.cn`` reads)."""

    css = "sxjyh"

    def crumbs(self, trail) -> str:
        parts = ['<a href="/">首页</a>'] + [f'<a href="{esc(u)}">{esc(n)}</a>' for u, n in trail]
        return (
            '<div class="dqwz"><span>当前位置:</span><div class="dqwz_content">'
            + " &gt; ".join(parts)
            + "</div></div>"
        )

    def article(self, item: Item, column: str, trail, *, paras=None, after: str = "", tools: str = "") -> str:
        title = item.title.replace("|", "")
        files = "".join(f'<p><a href="{esc(p)}">{esc(label)}</a></p>' for label, p, _ in item.attachments)
        table = info_table(
            [
                ("索引号", f"{self.c.adcode}0000/{item.pub:%Y}-{item.uid % 900000 + 1000:06d}"),
                ("发文机构", item.source),
                ("发布日期", f"{item.pub:%Y年%m月%d日 %H:%M}"),
            ]
        )
        body = (
            f'{self.crumbs(trail)}<div class="xwxq">{table}<h1 class="xwxq_title">{esc(title)}</h1>'
            f'<div class="xwxq_info"><div class="laiyuan">来源:<span class="laiyuan_value">{esc(item.source)}'
            f'</span></div><div class="fbsj">发布时间:{item.pub:%Y-%m-%d %H:%M}</div></div>'
            f'<div class="xwxq_content">{paras_html(paras if paras is not None else item.paras)}{files}</div>'
            f"{after}</div>"
        )
        return self.page(f"{title}_{self.site_name}", body, self.metas(item, column))


def shx_path(site: str, col: str, it: Item) -> str:
    return f"/{site}/{col}/{it.pub:%Y%m}/{h('shx', it.uid)[:32]}.shtml"


def shx_column(
    skin: Skin, site: str, col: str, name: str, trail, items: list[Item], per: int = 15, keep: bool = False
) -> list[Item]:
    """A 陕西 platform column ``/<site>/<col>/secondLevelChannel.shtml``: rows in
    ``div.child_Item``, the page count only in ``createPageHTML('page_div',N,cur,'secondLevelChannel',
    'shtml',total)``; later pages ``secondLevelChannel_<n>.shtml``. Returns the items as listed."""
    for it in items:
        it.uid = it.uid or skin.ctx.uid()
    if not keep:
        items = sorted(items, key=lambda d: (d.pub, d.uid), reverse=True)
    for it in items:
        it.path = it.path or shx_path(site, col, it)
        skin.write_article(it, name, trail)
    base = f"/{site}/{col}/"
    pages = chunks(items, per) or [[]]
    for n, chunk in enumerate(pages):
        rows = (
            "".join(
                f'<li><a href="{esc(it.path)}" target="_blank" title="{esc(it.title.replace("|", ""))}">'
                f'{esc(it.title.replace("|", ""))}</a><div class="newsTime">{it.date}</div></li>'
                for it in chunk
            )
            or "<li>暂无信息</li>"
        )
        pager = (
            f'<div id="page_div" class="page"></div><script type="text/javascript">'
            f"createPageHTML('page_div',{len(pages)},{n + 1},'secondLevelChannel','shtml',"
            f"{len(items)});</script>"
        )
        body = (
            f'{skin.crumbs(trail)}<div class="child_box"><div class="child_title">{esc(name)}</div>'
            f'<div class="child_Item child_Item_text"><ul>{rows}</ul></div>{pager}</div>'
        )
        fname = "secondLevelChannel" + ("" if n == 0 else f"_{n}") + ".shtml"
        skin.put(base + fname, skin.page(f"{name}_{skin.site_name}", body))
    return items
