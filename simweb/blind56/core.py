"""Shared machinery of the blind56 profile: its context.

It builds on the ninth blind profile's context (``simweb.blind9.core``, as blind39 and blind54
do: department reports, 考核 notices, higher-level reposts, scans, attachment-only reports,
``newer`` fillers) and adds its own random streams, profile name and ICP prefixes (河南, 湖南,
江西).
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
    "Ctx56",
    "Item",
    "date_trap",
    "esc",
    "html_copy",
    "json_answer",
    "newer",
    "put_at",
    "search_trap",
]

ICP = {"河南省": "豫", "湖南省": "湘", "江西省": "赣"}


class Ctx56(Ctx9):
    """The blind context with blind56's own random streams, profile name and ICP prefixes."""

    def icp(self, host: str, text: str) -> str:
        if host not in self.provinces:
            return text
        return text.replace("冀ICP备", ICP[self.provinces[host]] + "ICP备", 1)

    def rng(self, *parts: object) -> random.Random:
        return random.Random(f"blind56|{self.seed}|" + "|".join(map(str, parts)))

    def truth(self) -> dict:
        out = super().truth()
        out["profile"] = "blind56"
        return out
