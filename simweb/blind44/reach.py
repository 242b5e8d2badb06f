"""A reachability walker for the blind44 web.

blind44 models no mechanism of its own: its sites are ordinary members of platforms earlier blind
webs already model (the 安徽 platform's ``/site/label/8888`` ``publicInfoList`` fragments with
``Ls.pagination``, server-rendered ``&pageIndex=n`` lists, 黑龙江's ``.shtml`` lists with 后一页,
TRS's ``createPageHTML``). blind39's walker (through blind36's, blind33's … down to blind16's,
which POSTs the label form) follows all of them without running any script. Trap prefixes are not
entered. Used by ``tests/test_simweb_blind44.py`` only.
"""

from __future__ import annotations

from ..blind39.reach import Walker as Blind39Walker
from ..blind39.reach import unanswered_through_proxy

__all__ = ["Walker", "unanswered_through_proxy"]


class Walker(Blind39Walker):
    """blind39's walker, unchanged: every blind44 list mechanism is one it already follows."""
