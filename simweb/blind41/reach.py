"""A reachability walker for the blind41 web.

It extends blind39's walker (and through it every earlier one it builds on: links, TRS
``createPageHTML`` pagers, the 龙讯/安徽 platform's ``/site/label/8888`` ``publicInfoList``
fragments with ``Ls.pagination``, ``?pageIndex=N`` lists, list APIs …) with, without running
any script:

* the 湖南 platform's six-argument pager call
  ``createPageHTML('page-div', <pages>, <current>, '<stem>', 'shtml', <records>)`` (blind24's
  西藏 shape), which yields ``<stem>_2.shtml`` … ``<stem>_<pages>.shtml`` beside the page.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind41.py`` only.
"""

from __future__ import annotations

import re

from ..blind39.reach import Walker as Blind39Walker
from ..blind39.reach import unanswered_through_proxy

__all__ = ["PAGE_DIV", "Walker", "unanswered_through_proxy"]

PAGE_DIV = re.compile(r"createPageHTML\('page-div',\s*(\d+),\s*\d+,\s*'([^']+)',\s*'(\w+)',\s*\d+\)")


class Walker(Blind39Walker):
    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        for pages, stem, ext in PAGE_DIV.findall(text):
            for n in range(2, int(pages) + 1):
                self.add(base, f"{stem}_{n}.{ext}")
