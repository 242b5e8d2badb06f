"""Shared machinery of the blind4 profile: its context and the page writers its sites share.

It reuses the earlier blind profiles' building blocks (``simweb.blind3.core``: the context with
department reports, 考核 notices, higher-level reposts and scans; ``simweb.blind3.pages``: numbered
lists and article writers) and adds what this web needs of its own: its random streams, profile
name and ICP prefixes, a column writer over any URL shape, reports posted only as attachments,
and its two traps (an endless date archive and a print view whose refresh link never repeats).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable

from .. import files
from ..blind.core import chunks, h
from ..blind.skins import Skin
from ..blind3.core import County, Ctx3, Item, esc, info_table
from ..blind3.pages import STAMP, assign, numbered_lists, write_items
from ..model import Request, Resource

__all__ = ["County", "Ctx4", "Item", "chunks", "column", "esc", "h", "info_table"]

ICP = {
    "安徽省": "皖",
    "重庆市": "渝",
    "陕西省": "陕",
    "广西壮族自治区": "桂",
    "山东省": "鲁",
    "福建省": "闽",
    "四川省": "蜀",
    "海南省": "琼",
    "云南省": "滇",
    "山西省": "晋",
    "吉林省": "吉",
    "新疆维吾尔自治区": "新",
}


class Ctx4(Ctx3):
    """The blind context with blind4's own random streams, profile name and ICP prefixes."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.flaky: list[str] = []

    def icp(self, host: str, text: str) -> str:
        if host not in self.provinces:
            return text
        return text.replace("冀ICP备", ICP[self.provinces[host]] + "ICP备", 1)

    def rng(self, *parts: object) -> random.Random:
        return random.Random(f"blind4|{self.seed}|" + "|".join(map(str, parts)))

    def truth(self) -> dict:
        out = super().truth()
        out["profile"] = "blind4"
        out["flaky"] = list(self.flaky)
        return out

    def attach(self, c: County, it: Item, path: str, kind: str, body: list[str]) -> str:
        """Give ``it`` one attachment of ``kind`` (pdf, docx, doc) holding ``body``; return its
        path."""
        label = it.title.replace("|", "") + "." + kind
        data = {"pdf": files.make_pdf, "docx": files.make_docx, "doc": files.make_doc}[kind](
            it.title.replace("|", ""), body
        )
        it.attachments.append((label, path, data))
        return path

    def flag_flaky(self, c: County, path: str) -> None:
        """The resource at ``path`` answers 503 the first time it is asked for."""
        base, _, query = path.partition("?")
        self.web.resources[(c.host, base, query)].flaky = True
        self.flaky.append(c.base + path)


def column(
    skin: Skin,
    items: list[Item],
    name: str,
    trail: list[tuple[str, str]],
    art: Callable[[Item], str],
    page_url: Callable[[int], str],
    *,
    per: int = 20,
    row: Callable[[Item], str] | None = None,
    first_alias: str = "",
    **article_kw,
) -> list[Item]:
    """A column of any URL shape: article paths from ``art``, list pages from ``page_url`` with
    numbered, 上一页 and 下一页 links; returns the items newest first."""
    items = assign(skin.ctx, items, art)
    write_items(skin, items, name, trail, **article_kw)
    numbered_lists(skin, name, trail, items, page_url, per=per, row=row, first_alias=first_alias)
    return items


def date_trap(ctx: Ctx4, skin: Skin, path: str) -> str:
    """A "按日期浏览" archive whose day pages link the day before and after for ever (sites.md
    "Traps": calendars and date archives); returns a link to it."""

    def handler(req: Request) -> Resource:
        raw = req.params().get("date", "2024-03-01")[:10]
        try:
            day = dt.date.fromisoformat(raw)
        except ValueError:
            day = dt.date(2024, 3, 1)
        one = dt.timedelta(days=1)
        body = (
            f'<div class="rq"><h3>{day:%Y年%m月%d日} 信息</h3><p>当日暂无更新信息</p>'
            f'<a href="{path}?date={day - one}">前一天</a> <a href="{path}?date={day + one}">后一天</a></div>'
        )
        return Resource(
            ctx.icp(skin.c.host, skin.page("按日期浏览", body)).encode(skin.encoding), modified=STAMP
        )

    ctx.handle(skin.c, path, handler)
    ctx.trap(skin.c.base + path, "date_archive", re.escape(path) + r"\?date=\d{4}-\d\d-\d\d")
    return f"{path}?date=2024-03-01"


def print_trap(ctx: Ctx4, skin: Skin, path: str, lookup: dict[str, Item]) -> None:
    """A print view ``path?id=<id>&t=<n>`` whose 刷新 link carries a new ``t`` for ever (sites.md
    "Traps": print views with a rotating parameter)."""

    def handler(req: Request) -> Resource:
        args = req.params()
        it = lookup.get(args.get("id", ""))
        t = args.get("t", "0")[:20]
        nxt = int(h(it.uid if it else 0, t)[:8], 16)
        title = it.title.replace("|", "") if it else "打印"
        text = "".join(f"<p>{esc(p)}</p>" for p in (it.paras[:2] if it else []))
        body = (
            f'<div class="print"><h2>{esc(title)}</h2>{text}'
            f'<a href="{path}?id={args.get("id", "")}&amp;t={nxt}">刷新</a> '
            f'<a href="javascript:window.print()">打印</a></div>'
        )
        page = (
            f'<html><head><meta charset="utf-8"><title>{esc(title)}</title></head><body>{body}</body></html>'
        )
        return Resource(page.encode(), modified=STAMP)

    ctx.handle(skin.c, path, handler)
    ctx.trap(skin.c.base + path, "print_rotation", re.escape(path) + r"\?id=\d+&t=\d+")
