"""Shared machinery of the blind9 profile: its context and the page pieces its sites share.

It builds on the eighth blind profile's context (``simweb.blind8.core``, itself on blind5's:
department reports, 考核 notices, higher-level reposts, scans, attachment-only reports, JSON
answers, the list row, the shell page whose list a script fills, ``newer`` fillers) and adds what
this web needs of its own: its random streams, profile name and ICP prefixes (吉林, 云南), a
``robots.txt`` that may name a sitemap, and a JavaScript answer for JSONP endpoints.
"""

from __future__ import annotations

import json
import random

from ..blind5.core import STAMP
from ..blind8.core import (
    County,
    Ctx8,
    Item,
    assign,
    date_trap,
    esc,
    html_copy,
    json_res,
    newer,
    num,
    put_at,
    row,
    search_trap,
    shell,
    write_items,
)
from ..model import Resource

__all__ = [
    "STAMP",
    "County",
    "Ctx9",
    "Item",
    "assign",
    "date_trap",
    "esc",
    "html_copy",
    "js_res",
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

ICP = {"吉林省": "吉", "云南省": "滇"}


class Ctx9(Ctx8):
    """The blind context with blind9's own random streams, profile name and ICP prefixes."""

    def icp(self, host: str, text: str) -> str:
        if host not in self.provinces:
            return text
        return text.replace("冀ICP备", ICP[self.provinces[host]] + "ICP备", 1)

    def rng(self, *parts: object) -> random.Random:
        return random.Random(f"blind9|{self.seed}|" + "|".join(map(str, parts)))

    def truth(self) -> dict:
        out = super().truth()
        out["profile"] = "blind9"
        return out

    def robots_with_sitemap(self, c: County, sitemap: str) -> None:
        """A ``robots.txt`` that allows everything and names the site's sitemap (absolute URL)."""
        self.put(c, "/robots.txt", f"User-agent: *\nDisallow:\n\nSitemap: {sitemap}\n", ctype="text/plain")


def js_res(text: str) -> Resource:
    """A JSONP answer: a script calling the page's callback."""
    return Resource(text.encode(), "application/javascript; charset=utf-8", modified=STAMP)


def json_answer(status: int, obj: object) -> Resource:
    return Resource(
        json.dumps(obj, ensure_ascii=False).encode(),
        "application/json; charset=utf-8",
        status=status,
        modified=STAMP,
    )
