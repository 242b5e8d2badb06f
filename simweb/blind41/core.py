"""Shared machinery of the blind41 profile: its context.

It builds on the ninth blind profile's context (``simweb.blind9.core``; itself on blind8's and
blind5's: department reports, 考核 notices, higher-level reposts, scans, attachment-only reports,
``newer`` fillers) and adds its own random streams, profile name and ICP prefixes (四川, 湖南).
"""

from __future__ import annotations

import random

from ..blind9.core import (
    STAMP,
    County,
    Ctx9,
    Item,
    assign,
    date_trap,
    esc,
    html_copy,
    newer,
    put_at,
    search_trap,
    write_items,
)

__all__ = [
    "STAMP",
    "County",
    "Ctx41",
    "Item",
    "assign",
    "date_trap",
    "esc",
    "html_copy",
    "newer",
    "put_at",
    "search_trap",
    "write_items",
]

ICP = {"四川省": "蜀", "湖南省": "湘"}


class Ctx41(Ctx9):
    """The blind context with blind41's own random streams, profile name and ICP prefixes."""

    def icp(self, host: str, text: str) -> str:
        if host not in self.provinces:
            return text
        return text.replace("冀ICP备", ICP[self.provinces[host]] + "ICP备", 1)

    def rng(self, *parts: object) -> random.Random:
        return random.Random(f"blind41|{self.seed}|" + "|".join(map(str, parts)))

    def truth(self) -> dict:
        out = super().truth()
        out["profile"] = "blind41"
        return out
