"""Shared machinery of the blind2 profile: a context that collects pages, handlers and truth.

It reuses the first blind profile's building blocks (``simweb.blind.core``: the context, county,
item and text helpers; ``simweb.blind.skins``: the generic portal skin) and changes only what
makes this web its own: its random streams, the profile name in the truth, and a few page pieces
the blind2 sites share (an info-disclosure table, a 示范创建 news item).
"""

from __future__ import annotations

import datetime as dt
import random

from .. import texts
from ..blind.core import County, Ctx, Item, esc
from ..blind.sites_a import publish
from ..blind.skins import Skin

__all__ = ["County", "Ctx2", "Item", "esc", "info_table", "news_column", "open_site"]


class Ctx2(Ctx):
    """The blind context with blind2's own random streams and profile name."""

    def rng(self, *parts: object) -> random.Random:
        return random.Random(f"blind2|{self.seed}|" + "|".join(map(str, parts)))

    def truth(self) -> dict:
        out = super().truth()
        out["profile"] = "blind2"
        return out

    def lookalikes_of(self, county: County, kinds: list[tuple[str, int]]) -> list[Item]:
        """Look-alikes of the given (kind, year) pairs, recorded in the truth by the caller."""
        return [self.lookalike(county, kind, year) for kind, year in kinds]

    def demo_news(self, county: County, year: int) -> Item:
        """A news item about the 法治政府建设示范创建 (not a report, though it names one)."""
        rng = self.rng("demo", county.key, year)
        _t, paras = texts.make_news(rng, county.name, year)
        title = f"{county.name}召开{year}年法治政府建设示范创建工作推进会"
        paras.insert(
            0,
            f"近日,{county.name}召开法治政府建设示范创建工作推进会,通报{year - 1}年度法治"
            "政府建设年度报告编制和公开情况,部署示范创建迎检工作。",
        )
        pub = dt.datetime(year, rng.randint(4, 11), rng.randint(1, 28), 10, rng.randint(0, 59))
        return Item(
            "lookalike", title, paras, pub, f"{county.name}融媒体中心", sub="demo_news", uid=self.uid()
        )


def info_table(rows: list[tuple[str, str]]) -> str:
    """The 信息公开 info table at the head of a disclosure article (索引号, 发布机构 …)."""
    cells = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    return f'<table class="xxgk-info">{cells}</table>'


def open_site(
    ctx: Ctx2,
    county: County,
    nav: list[tuple[str, str]],
    clock: dt.date,
    *,
    skin: type[Skin] = Skin,
    seed_url: str | None = None,
    seeded: bool = True,
    **kw,
) -> Skin:
    """A site's skin, its robots.txt and (when ``seeded``) its seed row."""
    out = skin(ctx, county, nav, clock=clock, **kw)
    ctx.robots(county)
    if seeded:
        ctx.seed_row(county, seed_url)
    return out


def news_column(skin: Skin, col: str, name: str, n: int) -> list[Item]:
    """A column of ``n`` ordinary news items with TRS paths and pagers."""
    return publish(skin, col, name, [(col, name)], skin.ctx.news(skin.c, n))
