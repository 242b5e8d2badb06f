"""Page shapes of the blind52 platforms that no earlier blind web has, each from evidence.

* **马鞍山's ``openness`` 信息公开 platform** (花山区, 当涂县, 博望区 and the 马鞍山市 portal).
  Stored URLs: ``www.mas.gov.cn/xxgk/openness/detail/content/69fbfe0e8866888e3e8b4576.html`` (a
  市场监管局 decision, 2026) and ``www.mashsq.gov.cn/xxgk/openness/detail/content/
  6948b0a8886688986b8b4579.html`` (花山区): articles named by a 24-hex MongoDB ObjectId, whose
  first eight hex digits are the creation time. A public PHP source of an ``openness`` module of
  the same kind (CodeIgniter controllers with Blitz templates, MongoDB ``_id``s) builds item URLs
  ``/openness/detail/content/<_id>.html`` and lists ``/opennessContent/?branch_id=<_id>&column_code
  =<int>&page=N`` with a server-side ``getPagination`` pager; a ``list-branch-xianqu.html`` template
  lists the 县区 branches, linking each branch's own ``website`` with ``target="_blank"``. That
  马鞍山's sites put the list under ``/xxgk/`` like the detail pages, the pager markup and the
  news paths (``/content/column/<id>?page=N``, ``/content/detail/<24 hex>.html``, the latter a
  stored 2014 ``www.mas.gov.cn`` URL) are assumed.
"""

from __future__ import annotations

import calendar

from ..blind.core import Item, h
from ..blind.skins import Skin
from ..blind16.core import query_lists
from .core import esc, put_at

OPEN = "/xxgk/opennessContent/"


def oid(host: str, it: Item) -> str:
    """A MongoDB-like ObjectId: 8 hex of the publish time (UTC seconds) and 16 of a digest."""
    return f"{calendar.timegm(it.pub.timetuple()):08x}{h(host, it.uid)[:16]}"


def op_column(skin: Skin, branch: str, code: int, name: str, items: list[Item], per: int = 15) -> list[Item]:
    """An ``openness`` column: ``/xxgk/opennessContent/?branch_id=…&column_code=…`` and
    ``&page=N`` pages of plain links (首页/上一页/numbers/下一页/尾页), articles
    ``/xxgk/openness/detail/content/<ObjectId>.html``. Returns the items newest first."""
    first = f"{OPEN}?branch_id={branch}&column_code={code}"
    trail = [(f"{OPEN}?branch_id={branch}", "政府信息公开"), (first, name)]
    host = skin.c.host
    return query_lists(
        skin,
        first,
        name,
        trail,
        items,
        lambda it: f"/xxgk/openness/detail/content/{oid(host, it)}.html",
        per=per,
        page_url=lambda n: first if n == 1 else f"{first}&page={n}",
    )


def op_news(skin: Skin, col: str, name: str, items: list[Item]) -> list[Item]:
    """News ``/content/column/<id>?page=N`` of ``/content/detail/<ObjectId>.html`` articles."""
    first = f"/content/column/{col}"
    host = skin.c.host
    return query_lists(
        skin,
        first,
        name,
        [(first, name)],
        items,
        lambda it: f"/content/detail/{oid(host, it)}.html",
        per=20,
        page_url=lambda n: first if n == 1 else f"{first}?page={n}",
    )


def op_catalog(skin: Skin, branch: str, cols: list[tuple[int, str]]) -> str:
    """The branch's 信息公开 page ``/xxgk/opennessContent/?branch_id=…`` naming its columns."""
    path = f"{OPEN}?branch_id={branch}"
    rows = "".join(
        f'<li><a href="{esc(f"{OPEN}?branch_id={branch}&column_code={code}")}">{esc(name)}</a></li>'
        for code, name in cols
    )
    body = (
        f'{skin.crumbs([(path, "政府信息公开")])}<div class="openness-catalog"><h3>法定主动公开内容</h3>'
        f"<ul>{rows}</ul></div>"
    )
    put_at(skin, path, skin.page(f"政府信息公开_{skin.site_name}", body))
    return path
