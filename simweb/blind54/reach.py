"""A reachability walker for the blind54 web.

blind54 adds no mechanism of its own: its pages are SiteServer's ``/channels/<ch>.html`` lists
with plain numbered pager links (临汾), TRS's ``createPageHTML`` lists (庆阳) and 黑龙江's
集约化 ``.shtml`` lists with 后一页 links (鸡西). blind39's walker (through blind36, blind33 …)
already follows all of them without running any script, and does not enter trap prefixes. Used
by ``tests/test_simweb_blind54.py`` only.
"""

from __future__ import annotations

from ..blind39.reach import Walker, unanswered_through_proxy

__all__ = ["Walker", "unanswered_through_proxy"]
