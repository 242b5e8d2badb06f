"""Shared machinery of the blind48 profile: its context.

It builds on the ninth blind profile's context (``simweb.blind9.core``; itself on blind8's and
blind5's: department reports, 考核 notices, higher-level reposts, scans, attachment-only reports,
``newer`` fillers) and adds its own random streams, profile name and ICP prefixes (河北, 辽宁,
新疆).
"""

from __future__ import annotations

import random

from ..blind9.core import County, Ctx9, date_trap, html_copy, newer, search_trap

__all__ = ["County", "Ctx48", "date_trap", "html_copy", "newer", "search_trap"]

ICP = {"河北省": "冀", "辽宁省": "辽", "新疆维吾尔自治区": "新"}


class Ctx48(Ctx9):
    """The blind context with blind48's own random streams, profile name and ICP prefixes."""

    def icp(self, host: str, text: str) -> str:
        if host not in self.provinces:
            return text
        return text.replace("冀ICP备", ICP[self.provinces[host]] + "ICP备", 1)

    def rng(self, *parts: object) -> random.Random:
        return random.Random(f"blind48|{self.seed}|" + "|".join(map(str, parts)))

    def truth(self) -> dict:
        out = super().truth()
        out["profile"] = "blind48"
        return out
