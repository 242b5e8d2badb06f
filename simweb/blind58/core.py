"""Shared machinery of the blind58 profile: its context.

It builds on the ninth blind profile's context (``simweb.blind9.core``; itself on blind8's and
blind5's: department reports, 考核 notices, higher-level reposts, scans, attachment-only reports,
``newer`` fillers) and adds its own random streams, profile name and ICP prefixes (辽宁, 陕西).
"""

from __future__ import annotations

import random

from ..blind5.core import endless_pager
from ..blind9.core import STAMP, County, Ctx9, Item, esc, html_copy, newer, search_trap

__all__ = [
    "STAMP",
    "County",
    "Ctx58",
    "Item",
    "endless_pager",
    "esc",
    "html_copy",
    "newer",
    "search_trap",
]

ICP = {"辽宁省": "辽", "陕西省": "陕"}


class Ctx58(Ctx9):
    """The blind context with blind58's own random streams, profile name and ICP prefixes."""

    def icp(self, host: str, text: str) -> str:
        if host not in self.provinces:
            return text
        return text.replace("冀ICP备", ICP[self.provinces[host]] + "ICP备", 1)

    def rng(self, *parts: object) -> random.Random:
        return random.Random(f"blind58|{self.seed}|" + "|".join(map(str, parts)))

    def root_search_trap(self, skin, path: str, param: str) -> str:
        """blind9's echo search at a root-level ``path`` (``/search.thtml``): its trap prefix is
        the script's own URL, not the whole host."""
        link = search_trap(self, skin, path, param)
        prefix = skin.c.base + path
        self.traps[-1] = prefix
        self.trap_kinds[-1]["prefix"] = prefix
        return link

    def truth(self) -> dict:
        out = super().truth()
        out["profile"] = "blind58"
        return out
