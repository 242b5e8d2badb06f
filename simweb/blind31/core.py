"""Shared machinery of the blind31 profile: its context and the page pieces its sites share.

It builds on the ninth blind profile's context (``simweb.blind9.core``; itself on blind8's and
blind5's: department reports, 考核 notices, higher-level reposts, scans, attachment-only reports,
``newer`` fillers) and adds what this web needs of its own: its random streams, profile name and
ICP prefixes (广西, 陕西, 甘肃).
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
)

__all__ = [
    "STAMP",
    "County",
    "Ctx31",
    "Item",
    "assign",
    "date_trap",
    "esc",
    "html_copy",
    "newer",
    "put_at",
    "search_trap",
]

ICP = {"广西壮族自治区": "桂", "陕西省": "陕", "甘肃省": "陇"}


class Ctx31(Ctx9):
    """The blind context with blind31's own random streams, profile name and ICP prefixes."""

    def icp(self, host: str, text: str) -> str:
        if host not in self.provinces:
            return text
        return text.replace("冀ICP备", ICP[self.provinces[host]] + "ICP备", 1)

    def rng(self, *parts: object) -> random.Random:
        return random.Random(f"blind31|{self.seed}|" + "|".join(map(str, parts)))

    def truth(self) -> dict:
        out = super().truth()
        out["profile"] = "blind31"
        return out
