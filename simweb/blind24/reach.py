"""A reachability walker for the blind24 web that understands the blind24 sites' own mechanisms.

It extends the twenty-third blind profile's walker (and through it every earlier one: links,
frames, script files, TRS ``createPageHTML`` pagers, the 广东 ``gkmlpt`` catalogue API named by
``window._CONFIG`` …) with, without running any script:

* the 西藏 platform's six-argument pager call
  ``createPageHTML('page-div', <pages>, <current>, '<stem>', 'shtml', <records>)``, which yields
  ``<stem>_2.shtml`` … ``<stem>_<pages>.shtml`` beside the page (page 1 is ``<stem>.shtml``).

The ``.thtml?id=…&pn=N`` pages and the 广东 platform's ``index_N.html`` pages are plain links.
Trap prefixes are not entered. Used by ``tests/test_simweb_blind24.py`` only.
"""

from __future__ import annotations

import re

from ..blind23.reach import Walker as Blind23Walker
from ..blind23.reach import unanswered_through_proxy

__all__ = ["Walker", "unanswered_through_proxy"]

PAGE_DIV = re.compile(r"createPageHTML\('page-div',\s*(\d+),\s*(\d+),\s*'([^']+)',\s*'([^']+)',\s*(\d+)\)")


class Walker(Blind23Walker):
    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        for pages, _cur, stem, ext, _total in PAGE_DIV.findall(text):
            for n in range(2, int(pages) + 1):
                self.add(base, f"{stem}_{n}.{ext}")
