"""Shared machinery of the blind8 profile: its context and the page pieces its sites share.

It builds on the fifth blind profile's context (``simweb.blind5.core``: department reports, 考核
notices, higher-level reposts, scans, attachment-only reports, the column writer over any URL
shape, JSON answers) and adds what this web needs of its own: its random streams, profile name and
ICP prefixes, a list row, a shell page whose list a script fills, fillers that keep a report
below a given depth of its list (``newer``), and (reused) the article writer for paths with query
strings and the two traps it reuses from earlier blind webs (a 按日期浏览
archive that links the next and previous day for ever, and a site search that echoes its query
and links further queries).
"""

from __future__ import annotations

import datetime as dt
import random

from ..blind.skins import Skin
from ..blind3.pages import assign, put_at, search_trap, write_items
from ..blind4.core import date_trap
from ..blind5.core import STAMP, County, Ctx5, Item, column, esc, json_res, num

__all__ = [
    "STAMP",
    "County",
    "Ctx8",
    "Item",
    "assign",
    "column",
    "date_trap",
    "esc",
    "html_copy",
    "json_res",
    "newer",
    "num",
    "put_at",
    "row",
    "search_trap",
    "shell",
    "write_items",
]

ICP = {
    "河南省": "豫",
    "湖北省": "鄂",
    "四川省": "蜀",
    "甘肃省": "陇",
    "新疆维吾尔自治区": "新",
}


class Ctx8(Ctx5):
    """The blind context with blind8's own random streams, profile name and ICP prefixes."""

    def icp(self, host: str, text: str) -> str:
        if host not in self.provinces:
            return text
        return text.replace("冀ICP备", ICP[self.provinces[host]] + "ICP备", 1)

    def rng(self, *parts: object) -> random.Random:
        return random.Random(f"blind8|{self.seed}|" + "|".join(map(str, parts)))

    def truth(self) -> dict:
        out = super().truth()
        out["profile"] = "blind8"
        return out


def html_copy(c: County, it: Item) -> list[dict]:
    """The one html copy of a report at its article path."""
    return [{"url": c.base + it.path, "kind": "html"}]


def row(it: Item, href: str | None = None) -> str:
    """A list row: the full title as link text and ``title``, the date beside it."""
    t = esc(it.title.replace("|", ""))
    return (
        f'<li><a href="{esc(href or it.path)}" title="{t}" target="_blank">{t}</a><span>{it.date}</span></li>'
    )


def shell(skin: Skin, path: str, name: str, trail: list[tuple[str, str]], hook: str) -> None:
    """A column page (``path`` may carry a query) whose list is empty until ``hook``'s script
    fills it."""
    body = f'{skin.crumbs(trail)}<div class="lm"><div class="lm-title"><h2>{esc(name)}</h2></div>{hook}</div>'
    put_at(skin, path, skin.page(f"{name}_{skin.site_name}", body))


def newer(
    ctx: Ctx8, c: County, it: Item, n: int, kind: str = "disclosure", until: dt.date | None = None
) -> list[Item]:
    """``n`` fillers of ``kind`` published after ``it`` and no later than ``until`` (the site's
    clock; default the end of the year after ``it``), so that ``it`` sits below them in a list
    whatever the seed."""
    end = dt.datetime.combine(until or dt.date(it.pub.year + 1, 12, 31), dt.time(23, 59))
    k = 4 * n
    while True:
        fs = ctx.fillers(c, k, kind, (it.pub.year, end.year))
        out = [f for f in fs if it.pub < f.pub <= end]
        if len(out) >= n:
            return out[:n]
        k *= 2
