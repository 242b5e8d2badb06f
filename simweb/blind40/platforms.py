"""Page shapes of the blind40 platforms, each a thing real sites of these cities do.

* **三门峡 集约化 platform** (``www.smx.gov.cn`` and its counties ``www.lingbao.gov.cn``,
  ``www.shanzhou.gov.cn``, ``www.mianchi.gov.cn`` …; public crawlers and stored URLs): every
  column is a number, its list pages ``/<col>/0000/<stem>-<n>.html`` with the stem naming the
  list template (``zhengfuxinxi-1.html`` for 政府信息公开 columns, ``subList-1.html`` for
  领域 sub-columns, ``list-1.html`` for others, ``subIndex-1.html`` for a section's index);
  rows ``div.article-list ul li a`` holding ``span.qians`` (title) and ``span.hous`` (date);
  articles ``/<col>/<YYYY>/<M>/<id>.html`` (``www.smx.gov.cn/4099/2025/10/2142577.html``,
  ``www.shanzhou.gov.cn/18442/2026/6/2270962.html``) with the body in ``div#content``;
  attachments in FastDFS ``/group1/M00/<xx>/<xx>/<name>.pdf`` (a stored ``www.lingbao.gov.cn``
  report PDF). The pager's markup (plain 首页/上一页/下一页/尾页 links to ``<stem>-<n>.html``) is
  **assumed**: the crawler seen only counts ``<stem>-<n>.html`` up.
* **Hanweb JCMS** (日照: ``www.rizhao.gov.cn/art/2022/1/25/art_39601_10297757.html``,
  ``hrss.rizhao.gov.cn/col/col15629/index.html``, ``www.rizhao.gov.cn/jsearchfront/…``): blind25's
  ``hanweb`` (``<datastore>`` with 45 records, the rest by the ``dataproxy.jsp`` POST).
* **河南 集约化 platform** (漯河 counties): blind25's ``ha_column`` (``index.html``,
  ``index_1.html`` …, articles ``/YYYY/MM-DD/<id>.html``).
"""

from __future__ import annotations

import base64
import hashlib

from ..blind.core import chunks
from ..blind.sites_a import publish
from ..blind.skins import Skin
from ..blind25.platforms import static_pager
from .core import County, Item, esc

Trail = list[tuple[str, str]]


class SmxSkin(Skin):
    """The 三门峡 platform's look: rows ``span.qians`` / ``span.hous``, body ``div#content``."""

    css = "smx"

    def li(self, item: Item, href: str) -> str:
        t = esc(item.title.replace("|", ""))
        return (
            f'<li><a href="{esc(href)}" target="_blank" title="{t}"><span class="qians">{t}</span>'
            f'<span class="hous">{item.date}</span></a></li>'
        )


class GbkSkin(Skin):
    encoding = "gbk"


def smx_list(col: int, stem: str, n: int) -> str:
    return f"/{col}/0000/{stem}-{n}.html"


def smx_column(
    skin: Skin,
    col: int,
    name: str,
    trail: Trail,
    items: list[Item],
    stem: str = "zhengfuxinxi",
    per: int = 15,
) -> list[Item]:
    """A 三门峡 platform column: lists ``/<col>/0000/<stem>-<n>.html``, articles
    ``/<col>/<YYYY>/<M>/<id>.html``."""

    def path(_cl: str, it: Item) -> str:
        return f"/{col}/{it.pub.year}/{it.pub.month}/{it.uid % 900000 + 2100000}.html"

    here = (smx_list(col, stem, 1), name)
    out = publish(skin, f"/{col}/", name, [*trail, here], items, path_fn=path, lists=False)
    pages = chunks(out, per)
    for n, chunk in enumerate(pages, 1):
        rows = "".join(skin.li(it, it.path) for it in chunk) or "<li>暂无信息</li>"
        nav = static_pager(len(pages), n, lambda k: smx_list(col, stem, k))
        body = (
            f'{skin.crumbs([*trail, here])}<div class="category_r"><div class="category_r_title">{esc(name)}'
            f'</div><div class="article-list"><ul>{rows}</ul></div>{nav}</div>'
        )
        skin.put(smx_list(col, stem, n), skin.page(f"{name}_{skin.site_name}", body))
    return out


def fastdfs(c: County, it: Item, ext: str = "pdf") -> str:
    """A FastDFS attachment path ``/group1/M00/<xx>/<xx>/<name>.<ext>``."""
    d = hashlib.md5(f"blind40|{c.key}|{it.uid}".encode()).digest()
    name = base64.b64encode(d[:12], altchars=b"AB").decode().rstrip("=") + d[12:].hex()[:6]
    return f"/group1/M00/{d[0] % 16:02X}/{d[1]:02X}/{name}.{ext}"
