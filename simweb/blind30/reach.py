"""A reachability walker for the blind30 web.

Every blind30 list is server-rendered (辽宁's ``glist_<n>.html``, 黑龙江's ``<list>_<n>.shtml``
with 后一页 links, TRS's ``createPageHTML``), so blind28's walker (blind22's, on blind16's) is
enough; it runs no script. Trap prefixes are not entered. Used by ``tests/test_simweb_blind30.py``
only.
"""

from __future__ import annotations

from ..blind24.reach import unanswered_through_proxy
from ..blind28.reach import Walker as Blind28Walker

__all__ = ["Walker", "unanswered_through_proxy"]


class Walker(Blind28Walker):
    """blind28's walker: links, TRS ``createPageHTML`` pagers, and the script mechanisms it knows."""
