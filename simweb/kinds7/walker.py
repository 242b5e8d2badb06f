"""A walker for the ``kinds7`` profile, for the tests (not a crawler).

The platforms of this web link every list page, block page and article by an ``href`` (the Hebei
platform's list block pages too) or a TRS ``createPageHTML`` pager, which ``simweb.kinds.walker``
already follows; it never enters a trap prefix (the Tianjin 繁體 gateways). This walker can be told
to skip the Hebei list blocks (``blocks=False``) or to stop at the first page of every list
(``pagers=False``), so that a test shows which reports are reachable only through them.
"""

from __future__ import annotations

import re

from ..kinds.walker import TRS
from ..kinds.walker import Walker as KindsWalker

BLOCK = re.compile(r"/templates/[0-9a-f-]{36}/blocks/")
PAGE = re.compile(r"/index_\d+\.\w+$|[?&]page=(?!1&)\d+")


class Walker(KindsWalker):
    def __init__(self, web, limit: int = 20000, *, blocks: bool = True, pagers: bool = True):
        super().__init__(web, limit)
        self.blocks, self.pagers = blocks, pagers

    def links(self, url: str, text: str) -> list[str]:
        if not self.pagers:
            text = TRS.sub("", text)
        out = super().links(url, text)
        if not self.blocks:
            out = [u for u in out if not BLOCK.search(u)]
        if not self.pagers:
            out = [u for u in out if not PAGE.search(u)]
        return out
