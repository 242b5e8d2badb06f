"""Shared machinery of the blind6 profile: its context, its column writers and its two traps.

It builds on the fifth blind profile's context (``simweb.blind5.core``: department reports, 考核
notices, higher-level reposts, scans, attachment-only reports, the column writer over any URL
shape) and adds what this web needs of its own: its random streams, profile name and ICP
prefixes, a list row that cuts titles and keeps the full one in ``title``, and two traps real
sites have (a 按日期浏览 archive that links the next and previous day for ever, reused from the
fourth blind web, and a site search that echoes its query and links further queries, reused from
the third).
"""

from __future__ import annotations

import random

from ..blind3.pages import search_trap
from ..blind4.core import date_trap
from ..blind5.core import County, Ctx5, Item, column, esc

__all__ = ["County", "Ctx6", "Item", "column", "cut_row", "date_trap", "esc", "html_copy", "search_trap"]

ICP = {
    "江苏省": "苏",
    "浙江省": "浙",
    "安徽省": "皖",
    "河北省": "冀",
    "广西壮族自治区": "桂",
    "重庆市": "渝",
    "贵州省": "黔",
    "青海省": "青",
    "内蒙古自治区": "蒙",
    "湖南省": "湘",
}


class Ctx6(Ctx5):
    """The blind context with blind6's own random streams, profile name and ICP prefixes."""

    def icp(self, host: str, text: str) -> str:
        if host not in self.provinces:
            return text
        return text.replace("冀ICP备", ICP[self.provinces[host]] + "ICP备", 1)

    def rng(self, *parts: object) -> random.Random:
        return random.Random(f"blind6|{self.seed}|" + "|".join(map(str, parts)))

    def truth(self) -> dict:
        out = super().truth()
        out["profile"] = "blind6"
        return out


def html_copy(c: County, it: Item) -> list[dict]:
    """The one html copy of a report at its article path."""
    return [{"url": c.base + it.path, "kind": "html"}]


def cut_row(limit: int):
    """A list row whose visible title is cut to ``limit`` characters with "…" (full in ``title``)."""

    def row(it: Item) -> str:
        t = it.title.replace("|", "")
        short = t if len(t) <= limit else t[:limit] + "…"
        link = f'<a href="{esc(it.path)}" title="{esc(t)}" target="_blank">{esc(short)}</a>'
        return f"<li>{link}<i>{it.date}</i></li>"

    return row
