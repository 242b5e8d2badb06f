"""A reachability walker for the blind31 web.

The 甘肃 sites use Hanweb's ``<datastore>`` and ``dataproxy.jsp`` POST, which blind22's walker
(on blind16's) understands; the 广西 sites page by TRS's ``createPageHTML(pages, cur, "index",
"shtml")``, which the first blind walker reads. What this walker adds is the 陕西 platform's pager
script ``createPageHTML('page_div', pages, cur, 'secondLevelChannel', 'shtml', total)``: it names
``secondLevelChannel.shtml`` and ``secondLevelChannel_<n>.shtml`` for the later pages. It runs no
script. Trap prefixes are not entered. Used by ``tests/test_simweb_blind31.py`` only.
"""

from __future__ import annotations

import re

from ..blind22.reach import Walker as Blind22Walker
from ..blind24.reach import unanswered_through_proxy

__all__ = ["SHX_PAGER", "Walker", "unanswered_through_proxy"]

SHX_PAGER = re.compile(
    r"""createPageHTML\(\s*['"][\w-]+['"]\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*['"]([^'"]+)['"]\s*,\s*['"](\w+)['"]"""
)


class Walker(Blind22Walker):
    """blind22's walker plus the 陕西 platform's six-argument ``createPageHTML`` pager."""

    def links(self, base: str, text: str) -> None:
        super().links(base, text)
        for pages, _cur, stem, ext in SHX_PAGER.findall(text):
            for n in range(int(pages)):
                self.add(base, f"{stem}.{ext}" if n == 0 else f"{stem}_{n}.{ext}")
