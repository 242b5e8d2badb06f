"""Shared machinery of the blind30 profile: its context (blind9's, as blind28 uses it) with its
own random streams, profile name and ICP prefixes (辽宁, 吉林, 黑龙江)."""

from __future__ import annotations

import random

from ..blind9.core import County, Ctx9, Item, esc, html_copy, newer

__all__ = ["ICP", "County", "Ctx30", "Item", "esc", "html_copy", "newer"]

ICP = {"辽宁省": "辽", "吉林省": "吉", "黑龙江省": "黑"}


class Ctx30(Ctx9):
    """The blind context with blind30's own random streams, profile name and ICP prefixes."""

    def icp(self, host: str, text: str) -> str:
        if host not in self.provinces:
            return text
        return text.replace("冀ICP备", ICP[self.provinces[host]] + "ICP备", 1)

    def rng(self, *parts: object) -> random.Random:
        return random.Random(f"blind30|{self.seed}|" + "|".join(map(str, parts)))

    def truth(self) -> dict:
        out = super().truth()
        out["profile"] = "blind30"
        return out
