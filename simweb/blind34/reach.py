"""A reachability walker for the blind34 web.

Every blind34 mechanism is reached through the sites' own static links: the 四川 platform's
``?page=N`` pager, the ``iList.jsp`` ``cur_page`` pager, VSB ``egovinfo``'s ``ainfolist1501p``
pager links (whose query strings carry ``&amp;``) and VSB's down-numbered ``<col>/N.htm`` pages,
and the 泸州市 portal's 区县 links to 古蔺县. So the walker is blind33's (which itself extends
every earlier one) unchanged; trap prefixes are not entered. Used by
``tests/test_simweb_blind34.py`` only.
"""

from __future__ import annotations

from ..blind33.reach import Walker as Blind33Walker
from ..blind33.reach import unanswered_through_proxy

__all__ = ["Walker", "unanswered_through_proxy"]


class Walker(Blind33Walker):
    """blind33's walker: links (with entities unescaped), options, pagers and every earlier API."""
