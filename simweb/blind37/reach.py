"""A reachability walker for the blind37 web.

Every blind37 list is server-rendered (TRS's ``createPageHTML``, EasySite's ``c<hex>-<n>.html``
pages linked by 下一页, Epoint's ``<n>.html`` pages), so blind30's walker (blind28's, on blind16's)
is enough; it runs no script. Trap prefixes are not entered. Used by ``tests/test_simweb_blind37.py``
only.
"""

from __future__ import annotations

from ..blind30.reach import Walker as Blind30Walker
from ..blind30.reach import unanswered_through_proxy

__all__ = ["Walker", "unanswered_through_proxy"]


class Walker(Blind30Walker):
    """blind30's walker: links, TRS ``createPageHTML`` pagers, and the script mechanisms it knows."""
