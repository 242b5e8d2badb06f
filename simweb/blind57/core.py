"""Shared machinery of the blind57 profile: its context.

It builds on the ninth blind profile's context (``simweb.blind9.core``; itself on blind8's and
blind5's: department reports, 考核 notices, higher-level reposts, scans, attachment-only reports,
``newer`` fillers) and adds its own random streams, profile name and ICP prefixes (山东, 云南,
广东).
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
    json_answer,
    newer,
    put_at,
    search_trap,
)

__all__ = [
    "STAMP",
    "County",
    "Ctx57",
    "Item",
    "date_trap",
    "esc",
    "html_copy",
    "json_answer",
    "newer",
    "put_at",
    "search_trap",
]

ICP = {"山东省": "鲁", "云南省": "滇", "广东省": "粤"}


class Ctx57(Ctx9):
    """The blind context with blind57's own random streams, profile name and ICP prefixes."""

    def icp(self, host: str, text: str) -> str:
        if host not in self.provinces:
            return text
        return text.replace("冀ICP备", ICP[self.provinces[host]] + "ICP备", 1)

    def rng(self, *parts: object) -> random.Random:
        return random.Random(f"blind57|{self.seed}|" + "|".join(map(str, parts)))

    def truth(self) -> dict:
        out = super().truth()
        out["profile"] = "blind57"
        return out
