"""A reachability walker for the blind48 web.

It extends blind39's walker (and through it blind36's, blind33's, blind25's …: links, TRS
``createPageHTML`` pagers, 辽宁's numbered ``glist_<n>.html`` links, Hanweb's ``<datastore>`` and
``dataproxy.jsp`` POST, redirects) with, without running any script, the eportal pager: each
``onclick="queryArticleByCondition(this,'<url>')"`` names a list page to follow (its
``&amp;`` entities decoded once, by ``add``, as a browser decodes an attribute). Trap prefixes
are not entered. Used by ``tests/test_simweb_blind48.py`` only.
"""

from __future__ import annotations

import re

from ..blind39.reach import Walker as Blind39Walker
from ..blind39.reach import unanswered_through_proxy

__all__ = ["EPORTAL_PAGER", "Walker", "unanswered_through_proxy"]

EPORTAL_PAGER = re.compile(r"queryArticleByCondition\(this,\s*'([^']+)'\)")


class Walker(Blind39Walker):
    """blind39's walker plus the eportal ``queryArticleByCondition`` pager."""

    def links(self, base: str, text: str) -> None:
        super().links(base, text)
        for raw in EPORTAL_PAGER.findall(text):
            self.add(base, raw)
