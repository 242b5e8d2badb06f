"""Shared machinery of the blind16 profile: its context and the page pieces its sites share.

It builds on the ninth blind profile's context (``simweb.blind9.core``, itself on blind8's and
blind5's: department reports, 考核 notices, higher-level reposts, scans, attachment-only reports,
JSON and JavaScript answers, the list row, ``newer`` fillers) and adds what this web needs of its
own: its random streams, profile name and ICP prefixes (安徽 皖, 福建 闽), and the list writers of
the two platforms most of its sites belong to: the 安徽 政务公开 platform (``/public/column/<organId>
?type=4&catId=<catId>&action=list&nav=3`` with ``&pageIndex=n``, articles ``/public/<organId>/<id>
.html``) and the 元略 (yuanluesoft) CMS of many 福建 counties (articles
``/cms/siteresource/article.shtml?id=<long id>&siteId=<17 digits>``).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from ..blind.core import chunks
from ..blind.skins import Skin
from ..blind9.core import (
    STAMP,
    County,
    Ctx9,
    Item,
    assign,
    date_trap,
    esc,
    html_copy,
    json_answer,
    newer,
    num,
    put_at,
    search_trap,
    write_items,
)

__all__ = [
    "STAMP",
    "County",
    "Ctx16",
    "Item",
    "ah_article",
    "ah_column",
    "assign",
    "date_trap",
    "esc",
    "html_copy",
    "json_answer",
    "newer",
    "num",
    "put_at",
    "query_lists",
    "search_trap",
    "write_items",
    "yl_article",
]

ICP = {"安徽省": "皖", "福建省": "闽"}


class Ctx16(Ctx9):
    """The blind context with blind16's own random streams, profile name and ICP prefixes."""

    def icp(self, host: str, text: str) -> str:
        if host not in self.provinces:
            return text
        return text.replace("冀ICP备", ICP[self.provinces[host]] + "ICP备", 1)

    def rng(self, *parts: object) -> random.Random:
        return random.Random(f"blind16|{self.seed}|" + "|".join(map(str, parts)))

    def truth(self) -> dict:
        out = super().truth()
        out["profile"] = "blind16"
        return out


def ah_column(organ: str, cat: str) -> str:
    """A column of the 安徽 政务公开 platform (the shape public crawlers page through:
    ``/public/column/6616411?catId=6721221&nav=3&action=list&type=4&pageIndex=1``)."""
    return f"/public/column/{organ}?type=4&catId={cat}&action=list&nav=3"


def ah_article(organ: str) -> Callable[[Item], str]:
    """Article paths ``/public/<organId>/<id>.html`` of the 安徽 platform."""
    return lambda it: f"/public/{organ}/{it.uid}.html"


def yl_article(site_id: str) -> Callable[[Item], str]:
    """Article paths of the 元略 CMS: ``/cms/siteresource/article.shtml?id=<id>&siteId=<site>``
    (long numeric ids, 17-digit site ids, as in 南靖县's and 华安县's links)."""
    return lambda it: (
        f"/cms/siteresource/article.shtml?id={830563005391 + it.uid * 7919:d}{it.uid % 997:06d}"
        f"&siteId={site_id}"
    )


def query_lists(
    skin: Skin,
    first: str,
    name: str,
    trail: list[tuple[str, str]],
    items: list[Item],
    path_fn: Callable[[Item], str],
    *,
    per: int = 15,
    page_url: Callable[[int], str] | None = None,
    row: Callable[[Item], str] | None = None,
    write: bool = True,
) -> list[Item]:
    """Server-rendered lists: page 1 at ``first``, page n at ``page_url(n)`` (default
    ``first&pageIndex=n``), a 首页/上一页/numbers/下一页/尾页 pager of plain links; rows link each
    article with its full title. Returns the items newest first."""
    items = assign(skin.ctx, items, path_fn)
    if write:
        write_items(skin, items, name, trail)
    page_url = page_url or (lambda n: first if n == 1 else f"{first}&pageIndex={n}")
    pages = chunks(items, per) or [[]]
    row = row or (
        lambda it: (
            f'<li><a href="{esc(it.path)}" target="_blank" title="{esc(it.title.replace("|", ""))}">'
            f'{esc(it.title.replace("|", ""))}</a><span class="date">{it.date}</span></li>'
        )
    )
    total = len(pages)
    empty = "<li>暂无相关信息</li>"
    for n, chunk in enumerate(pages, start=1):
        links = [f'<a href="{esc(page_url(1))}">首页</a>']
        if n > 1:
            links.append(f'<a href="{esc(page_url(n - 1))}">上一页</a>')
        links += [
            f'<a href="{esc(page_url(k))}">{k}</a>' if k != n else f'<span class="cur">{k}</span>'
            for k in range(1, total + 1)
        ]
        if n < total:
            links.append(f'<a href="{esc(page_url(n + 1))}">下一页</a>')
        links.append(f'<a href="{esc(page_url(total))}">尾页</a>')
        body = (
            f'{skin.crumbs(trail)}<div class="xxgk_lm"><div class="lm_title"><h2>{esc(name)}</h2></div>'
            f'<ul class="clearfix xxgk_nav_list">{"".join(row(it) for it in chunk) or empty}</ul>'
            f'<div class="pagination">共{len(items)}条 {" ".join(links)}</div></div>'
        )
        put_at(skin, page_url(n), skin.page(f"{name}-{skin.site_name}", body))
    return items
