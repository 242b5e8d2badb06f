"""Shared machinery of the blind22 profile: its context and the page pieces its sites share.

It builds on the sixteenth blind profile's context (``simweb.blind16.core``, itself on blind9's,
blind8's and blind5's: department reports, 考核 notices, higher-level reposts, scans,
attachment-only reports, the list row, ``newer`` fillers, the 政务公开 platform's
``/public/column/<organId>`` lists) and adds what this web needs of its own: its random streams,
profile name and ICP prefixes (宁夏, 青海).
"""

from __future__ import annotations

import random

from ..blind9.core import date_trap, search_trap
from ..blind16.core import (
    STAMP,
    County,
    Ctx16,
    Item,
    ah_article,
    ah_column,
    assign,
    esc,
    html_copy,
    newer,
    num,
    put_at,
    query_lists,
    write_items,
)

__all__ = [
    "STAMP",
    "County",
    "Ctx22",
    "Item",
    "ah_article",
    "ah_column",
    "assign",
    "date_trap",
    "esc",
    "html_copy",
    "newer",
    "num",
    "put_at",
    "query_lists",
    "search_trap",
    "write_items",
]

ICP = {"宁夏回族自治区": "宁", "青海省": "青"}


class Ctx22(Ctx16):
    """The blind context with blind22's own random streams, profile name and ICP prefixes."""

    def icp(self, host: str, text: str) -> str:
        if host not in self.provinces:
            return text
        return text.replace("冀ICP备", ICP[self.provinces[host]] + "ICP备", 1)

    def rng(self, *parts: object) -> random.Random:
        return random.Random(f"blind22|{self.seed}|" + "|".join(map(str, parts)))

    def truth(self) -> dict:
        out = super().truth()
        out["profile"] = "blind22"
        return out
