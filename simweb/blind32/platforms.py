"""The page shapes of the platforms the blind32 sites sit on, each from public evidence.

* **重庆's 集约化 platform** (万州区, 开州区, 梁平区, 秀山土家族苗族自治县): TRS-generated static
  pages. A public coverage table names ``www.wz.gov.cn/zwgk_266/zfxxgkml_3393/zcwj_147297/
  xzgfxwjk/``, ``www.cqkz.gov.cn/zwgk_238/zfxxgkml/zcwj/bmjzgfxwj/``, ``www.cqws.gov.cn/zwgk_258/
  zfxxgkml_154818/zcwj/`` and some twenty more district columns of the same ``/zwgk_<n>/
  zfxxgkml…/`` tree. A public crawler of ``jw.cq.gov.cn`` (same platform) reads the column
  ``/zwgk_209/fzzfjsndbg/`` (政务公开 > 法治政府建设年度报告) and others: rows
  ``//div[@class="information-l-content"]//ul//a`` with a ``span`` date, the page count only from
  a script (``createPage\\((\\d+),``), later pages ``index_<n>.html``; articles read from
  ``<meta name="ArticleTitle">``/``PubDate``/``ContentSource``, breadcrumbs ``div.content.content-o``,
  the ``table.zwxl-table`` (索引号, 发文字号, 主题分类, 发布机构, 成文日期) and the body
  ``div.zwxl-article``. Articles ``YYYYMM/tYYYYMMDD_<id>.html`` (TRS; ``www.dazu.gov.cn/…/202211/
  t20221130_11345280.html``). The three trailing arguments of ``createPage`` are assumed (TRS's
  ``createPageHTML`` ones).
* **襄阳's platform** (枣阳市, 南漳县, 谷城县, 宜城市, 襄阳市): TRS ``.shtml``. 襄阳市's own
  ``www.xiangyang.gov.cn/szf/zfxxgk/zc/gfxwj/xzf/202409/t20240904_3668248.shtml``, its bureaus'
  ``scjg.xiangyang.gov.cn/zwdt/tzgg/gzgg/202205/t20220519_2808004.shtml`` and
  ``jyzx.xiangyang.gov.cn/jyxx/gcjs/zbgg/index.shtml``, and the counties' ``www.zyzf.gov.cn/zwgk/
  zc/zfwj/`` (枣阳), ``xz.xiangyang.gov.cn/zwgk/fdzdgknr/…`` (襄州) and ``www.xyxcq.gov.cn/zwgk/zc/
  …`` (襄城). Lists ``index.shtml``, ``index_1.shtml`` … paged by TRS's ``createPageHTML`` (no
  page link in the HTML; the pager form is TRS's usual one, assumed).
* **河南's 集约化 platform** (罗山县, 淮滨县, 潢川县): articles ``/YYYY/MM-DD/<id>.html``
  (信阳's ``tjj.xinyang.gov.cn/2026/05-21/786229.html``; 洛阳's ``www.ly.gov.cn/2025/03-12/
  530140.html``), static columns ``index.html``, ``index_1.html`` … with plain pager links
  (``simweb.blind25.platforms.ha_column``); 罗山县's 信息公开 tree is ``/zfxxgkptlj/…`` and
  淮滨县's ``/zfxxgkpt/…`` (a public coverage table).
* **The ``webinfo`` CMS** (固始县): articles ``/gsxrmzf/zwgk/<col>/webinfo/YYYY/MM/<16
  digits>.htm`` (a stored 固始县 URL ``www.gushi.gov.cn/gsxrmzf/zwgk/ldjs/webinfo/2024/05/
  1717016971322283.htm``; 安阳 滑县's ``www.hnhx.gov.cn/portal/xwzx/hxyw/webinfo/2024/09/
  1727012815214012.htm`` is the same family). The list pages ``index.htm``, ``index_<n>.htm`` and
  their plain 上一页/下一页 links are assumed.
"""

from __future__ import annotations

import datetime as dt

from ..blind.core import Item, chunks, esc, paras_html
from ..blind.sites_a import publish
from ..blind.skins import Skin
from ..blind2.core import info_table
from ..blind25.platforms import ha_column, static_pager

__all__ = [
    "CqSkin",
    "GbkHaSkin",
    "HaSkin",
    "XySkin",
    "cq_column",
    "gs_column",
    "ha_column",
    "xy_column",
]

Trail = list[tuple[str, str]]
EPOCH = dt.datetime(1970, 1, 1, 8)  # Beijing time


# ---------------------------------------------------------------------------- 重庆
class CqSkin(Skin):
    """重庆 集约化 pages: ``content content-o`` breadcrumbs, ``zwxl-table`` and ``zwxl-article``
    (the markup the public ``jw.cq.gov.cn`` crawler reads); lists in ``information-l-content``."""

    css = "cqjyh"

    def crumbs(self, trail) -> str:
        parts = ['<a href="/">首页</a>'] + [f'<a href="{esc(u)}">{esc(n)}</a>' for u, n in trail]
        return '<div class="content content-o"><span>当前位置:</span>' + " &gt; ".join(parts) + "</div>"

    def article(self, item: Item, column: str, trail, *, paras=None, after: str = "", tools: str = "") -> str:
        title = item.title.replace("|", "")
        files = "".join(f'<p><a href="{esc(p)}">{esc(label)}</a></p>' for label, p, _ in item.attachments)
        table = (
            '<table class="zwxl-table">'
            f"<tr><td>索引号:</td><td>1150{self.c.adcode}{item.uid % 9000 + 1000:04d}/"
            f"{item.pub:%Y}-{item.uid % 90000 + 10000:05d}</td><td>发文字号:</td><td></td></tr>"
            f"<tr><td>主题分类:</td><td>{esc(column)}</td><td>体裁分类:</td><td>报告</td></tr>"
            f"<tr><td>发布机构:</td><td>{esc(item.source)}</td><td>发布日期:</td>"
            f"<td>{item.pub:%Y-%m-%d}</td></tr>"
            f"<tr><td>成文日期:</td><td>{item.pub:%Y-%m-%d}</td><td>有效性:</td><td></td></tr></table>"
        )
        body = (
            f'{self.crumbs(trail)}<div class="zwxl-main">{table}<div class="zwxl-title"><p class="tit">'
            f"{esc(title)}</p></div>"
            f'<div class="zwxl-article">{paras_html(paras if paras is not None else item.paras)}{files}</div>'
            f'{after}<div class="zwxl-tool"><a href="javascript:window.print()">打印</a> '
            f'<a href="javascript:window.close()">关闭</a></div></div>'
        )
        return self.page(f"{title}_{self.site_name}", body, self.metas(item, column))


def cq_column(
    skin: Skin, col: str, name: str, trail: Trail, items: list[Item], per: int = 20, keep: bool = False
):
    """A 重庆 platform column: ``col + index.html``, ``index_1.html`` …, rows in
    ``div.information-l-content ul li``, the page count only in ``createPage(N, cur, "index",
    "html")``; articles ``col + YYYYMM/tYYYYMMDD_<id>.html``. Returns the items as listed."""
    for it in items:
        it.uid = it.uid or skin.ctx.uid()
    if not keep:
        items = sorted(items, key=lambda d: (d.pub, d.uid), reverse=True)
    for it in items:
        it.path = it.path or f"{col}{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid + 11200000}.html"
        skin.write_article(it, name, trail)
    pages = chunks(items, per) or [[]]
    for n, chunk in enumerate(pages):
        rows = (
            "".join(
                f'<li><a href="{esc(skin.rel(col, it.path))}" target="_blank" '
                f'title="{esc(it.title.replace("|", ""))}">'
                f"{esc(it.title.replace('|', ''))}</a><span>{it.date}</span></li>"
                for it in chunk
            )
            or "<li>暂无信息</li>"
        )
        pager = (
            f'<div class="xy-page mt40 mb40"><script type="text/javascript">'
            f'createPage({len(pages)}, {n}, "index", "html");</script></div>'
        )
        body = (
            f'{skin.crumbs(trail)}<div class="information-l"><div class="information-l-title">'
            f'<span>{esc(name)}</span></div><div class="information-l-content"><ul>{rows}</ul></div>'
            f"{pager}</div>"
        )
        skin.put(
            col + ("index" if n == 0 else f"index_{n}") + ".html", skin.page(f"{name}_{skin.site_name}", body)
        )
    return items


# ---------------------------------------------------------------------------- 襄阳
class XySkin(Skin):
    """襄阳 TRS ``.shtml`` pages with an 信息公开 info table on every article."""

    css = "xyzf"

    def article(self, item: Item, column: str, trail, **kw) -> str:
        table = info_table(
            [
                ("索引号", f"{self.c.adcode}-{item.pub:%Y}-{item.uid % 90000 + 10000:05d}"),
                ("发布机构", item.source),
                ("发布日期", f"{item.pub:%Y-%m-%d}"),
                ("分类", column),
            ]
        )
        page = super().article(item, column, trail, **kw)
        return page.replace('<div class="article">', f'<div class="article">{table}', 1)


def xy_column(
    skin: Skin, col: str, name: str, trail: Trail, items: list[Item], per: int = 15, keep: bool = False
):
    """A TRS ``.shtml`` column: articles ``<col>YYYYMM/tYYYYMMDD_<id>.shtml``, lists
    ``index.shtml``, ``index_1.shtml`` … paged by ``createPageHTML``. Returns the items as listed."""
    for it in items:
        it.uid = it.uid or skin.ctx.uid()
    if not keep:
        items = sorted(items, key=lambda d: (d.pub, d.uid), reverse=True)
    for it in items:
        it.path = it.path or f"{col}{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid + 2800000}.shtml"
        skin.write_article(it, name, trail)
    skin.list_pages(col, name, trail, items, per=per, ext="shtml")
    return items


# ---------------------------------------------------------------------------- 河南
class HaSkin(Skin):
    css = "hnjyh"


class GbkHaSkin(HaSkin):
    encoding = "gbk"


def gs_column(skin: Skin, col: str, name: str, trail: Trail, items: list[Item], per: int = 20) -> list[Item]:
    """A ``webinfo`` CMS column: lists ``col + index.htm``, ``index_2.htm`` … with plain pager
    links (assumed); articles ``col + webinfo/YYYY/MM/<13-digit ms stamp><3 digits>.htm``."""

    def path(_cl: str, it: Item) -> str:
        ms = int((it.pub - EPOCH).total_seconds() * 1000) + it.uid % 997
        return f"{col}webinfo/{it.pub:%Y}/{it.pub:%m}/{ms}{it.uid % 900 + 100}.htm"

    out = publish(skin, col, name, trail, items, path_fn=path, lists=False)
    pages = chunks(out, per) or [[]]

    def url(k: int) -> str:
        return f"{col}index.htm" if k == 1 else f"{col}index_{k}.htm"

    for n, chunk in enumerate(pages, 1):
        rows = "".join(skin.li(it, it.path) for it in chunk) or "<li>暂无信息</li>"
        body = (
            f'{skin.crumbs(trail)}<div class="list-right"><div class="list-title"><h3>{esc(name)}</h3></div>'
            f'<ul class="list-ul">{rows}</ul>{static_pager(len(pages), n, url)}</div>'
        )
        skin.put(url(n), skin.page(f"{name}_{skin.site_name}", body))
    return out
