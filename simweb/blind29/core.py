"""Shared machinery of the blind29 profile: its context and the page pieces its sites share.

It builds on the ninth blind profile's context (``simweb.blind9.core``, which blind10 also
uses; itself on blind8's and
blind5's: department reports, 考核 notices, higher-level reposts, scans, attachment-only reports,
JSON and JavaScript answers, the list row, the script-filled shell page, ``newer`` fillers) and
adds what this web needs of its own: its random streams, profile name and ICP prefixes (河北, 山西, 内蒙古).
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
    json_answer,
    json_res,
    newer,
    num,
    put_at,
    row,
    search_trap,
    shell,
    write_items,
)

__all__ = [
    "STAMP",
    "County",
    "Ctx29",
    "Item",
    "assign",
    "date_trap",
    "esc",
    "html_copy",
    "json_answer",
    "json_res",
    "newer",
    "num",
    "put_at",
    "row",
    "search_trap",
    "shell",
    "write_items",
]

ICP = {"河北省": "冀", "山西省": "晋", "内蒙古自治区": "蒙"}


class Ctx29(Ctx9):
    """The blind context with blind29 own random streams, profile name and ICP prefixes."""

    def icp(self, host: str, text: str) -> str:
        if host not in self.provinces:
            return text
        return text.replace("冀ICP备", ICP[self.provinces[host]] + "ICP备", 1)

    def rng(self, *parts: object) -> random.Random:
        return random.Random(f"blind29|{self.seed}|" + "|".join(map(str, parts)))

    def truth(self) -> dict:
        out = super().truth()
        out["profile"] = "blind29"
        return out
