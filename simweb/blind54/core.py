"""Shared machinery of the blind54 profile: its context.

It builds on the ninth blind profile's context (``simweb.blind9.core``, as blind29, blind39 and blind45 do:
department reports, 考核 notices, higher-level reposts, scans, attachment-only reports, ``newer``
fillers) and adds its own random streams, profile name and ICP prefixes (山西, 甘肃, 黑龙江).
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
    "Ctx54",
    "Item",
    "date_trap",
    "esc",
    "html_copy",
    "json_answer",
    "newer",
    "put_at",
    "search_trap",
]

ICP = {"山西省": "晋", "甘肃省": "陇", "黑龙江省": "黑"}


class Ctx54(Ctx9):
    """The blind context with blind54's own random streams, profile name and ICP prefixes."""

    def icp(self, host: str, text: str) -> str:
        if host not in self.provinces:
            return text
        return text.replace("冀ICP备", ICP[self.provinces[host]] + "ICP备", 1)

    def rng(self, *parts: object) -> random.Random:
        return random.Random(f"blind54|{self.seed}|" + "|".join(map(str, parts)))

    def truth(self) -> dict:
        out = super().truth()
        out["profile"] = "blind54"
        return out
