"""Shared machinery of the blind46 profile: its context.

It builds on the ninth blind profile's context (``simweb.blind9.core``; itself on blind8's and
blind5's: department reports, 考核 notices, higher-level reposts, scans, attachment-only reports,
``newer`` fillers) and adds its own random streams, profile name and ICP prefixes (湖北, 广西,
贵州).
"""

from __future__ import annotations

import random

from ..blind9.core import (
    STAMP,
    County,
    Ctx9,
    Item,
    date_trap,
    esc,
    html_copy,
    newer,
    search_trap,
)

__all__ = ["STAMP", "County", "Ctx46", "Item", "date_trap", "esc", "html_copy", "newer", "search_trap"]

ICP = {"湖北省": "鄂", "广西壮族自治区": "桂", "贵州省": "黔"}


class Ctx46(Ctx9):
    """The blind context with blind46's own random streams, profile name and ICP prefixes."""

    def icp(self, host: str, text: str) -> str:
        if host not in self.provinces:
            return text
        return text.replace("冀ICP备", ICP[self.provinces[host]] + "ICP备", 1)

    def rng(self, *parts: object) -> random.Random:
        return random.Random(f"blind46|{self.seed}|" + "|".join(map(str, parts)))

    def truth(self) -> dict:
        out = super().truth()
        out["profile"] = "blind46"
        return out
