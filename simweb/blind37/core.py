"""Shared machinery of the blind37 profile: its context (blind9's, as blind30 uses it) with its
own random streams, profile name and ICP prefixes (河北, 辽宁)."""

from __future__ import annotations

import random

from ..blind9.core import County, Ctx9, Item, esc, html_copy, newer

__all__ = ["ICP", "County", "Ctx37", "Item", "esc", "html_copy", "newer"]

ICP = {"河北省": "冀", "辽宁省": "辽"}


class Ctx37(Ctx9):
    """The blind context with blind37's own random streams, profile name and ICP prefixes."""

    def icp(self, host: str, text: str) -> str:
        if host not in self.provinces:
            return text
        return text.replace("冀ICP备", ICP[self.provinces[host]] + "ICP备", 1)

    def rng(self, *parts: object) -> random.Random:
        return random.Random(f"blind37|{self.seed}|" + "|".join(map(str, parts)))

    def truth(self) -> dict:
        out = super().truth()
        out["profile"] = "blind37"
        return out
