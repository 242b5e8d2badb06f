"""A reachability walker for the blind27 web that understands the blind27 sites' own mechanisms.

It extends the twenty-sixth blind profile's walker (and through it every earlier one) with,
without running any script, the 绵阳 platform's ``m-pagination`` widget: ``pageSize`` and
``total`` in the ``.page({…})`` call and the ``pageClicked`` handler's URL
``'index_' + (pageIndex + 1) + '.html'``, which yield ``index_2.html`` … ``index_<pages>.html``
beside the page. The 贵州 TRS ``createPageHTML(N, i, "index", "html")`` pager and the 曲靖 PHPCMS
``&page=N`` links are known to the earlier walkers.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind27.py`` only.
"""

from __future__ import annotations

import re

from ..blind26.reach import Walker as Blind26Walker
from ..blind26.reach import unanswered_through_proxy

__all__ = ["Walker", "unanswered_through_proxy"]

MPAGE = re.compile(
    r"'(index)_' \+ \(pageIndex \+ 1\) \+ '\.(html)'.*?"
    r"\.page\(\{pageIndex: \d+, pageSize: (\d+), total: (\d+)",
    re.S,
)


class Walker(Blind26Walker):
    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        for stem, ext, size, total in MPAGE.findall(text):
            pages = -(-int(total) // int(size))
            for n in range(2, pages + 1):
                self.add(base, f"{stem}_{n}.{ext}")
