"""A reachability walker for the blind53 web.

It extends blind39's walker (and through it every earlier one: links, ``createPageHTML`` pagers,
redirects, list APIs …) with, without running any script, layui's ``laypage`` pager of the 广元
sites: ``laypage.render({elem:'page',count:N,limit:L,curr:k,jump:…location.href='<list>?page='
+obj.curr…})`` names ``<list>?page=n`` for n up to ⌈N/L⌉. Trap prefixes are not entered. Used by
``tests/test_simweb_blind53.py`` only.
"""

from __future__ import annotations

import re

from ..blind39.reach import Walker as Blind39Walker
from ..blind39.reach import unanswered_through_proxy

__all__ = ["LAYPAGE", "Walker", "unanswered_through_proxy"]

LAYPAGE = re.compile(
    r"laypage\.render\(\{elem:'page',count:(\d+),limit:(\d+),curr:\d+,"
    r"jump:function\(obj,first\)\{if\(!first\)\{location\.href='([^'?]+)\?page='\+obj\.curr;"
)


class Walker(Blind39Walker):
    def links(self, base: str, text: str) -> None:
        super().links(base, text)
        for count, limit, first in LAYPAGE.findall(text):
            for n in range(1, -(-int(count) // int(limit)) + 1):
                self.add(base, first if n == 1 else f"{first}?page={n}")
