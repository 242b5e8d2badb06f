"""A reachability walker for the blind32 web.

The 襄阳 sites page by TRS's ``createPageHTML(pages, cur, "index", "shtml")`` and the 河南 and
``webinfo`` sites by plain 下一页 links, which the first blind walker reads. What this walker adds
is the 重庆 platform's pager script ``createPage(pages, cur, "index", "html")`` (the page count
is its first argument, as the public ``jw.cq.gov.cn`` crawler reads it): it names ``index.html``
and ``index_<n>.html`` for the later pages. It runs no script. Trap prefixes are not entered.
Used by ``tests/test_simweb_blind32.py`` only.
"""

from __future__ import annotations

import re

from ..blind31.reach import Walker as Blind31Walker
from ..blind31.reach import unanswered_through_proxy

__all__ = ["CQ_PAGER", "Walker", "unanswered_through_proxy"]

CQ_PAGER = re.compile(r"""createPage\(\s*(\d+)\s*,\s*(\d+)\s*,\s*['"](\w+)['"]\s*,\s*['"](\w+)['"]""")


class Walker(Blind31Walker):
    """blind31's walker plus the 重庆 platform's ``createPage`` pager."""

    def links(self, base: str, text: str) -> None:
        super().links(base, text)
        for pages, _cur, stem, ext in CQ_PAGER.findall(text):
            for n in range(int(pages)):
                self.add(base, f"{stem}.{ext}" if n == 0 else f"{stem}_{n}.{ext}")
