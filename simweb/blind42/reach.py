"""A reachability walker for the blind42 web.

Every blind42 mechanism is one an earlier blind web modelled, so the walker combines earlier
walkers without adding a mechanism: blind39's (and through it every earlier one: links,
``createPageHTML`` pagers, the 广东 ``gkmlpt`` catalogue API named by ``window._CONFIG``, Hanweb's
``<datastore>`` records and ``dataproxy.jsp`` POST, VSB's ``ainfolist`` pager links and
down-numbered ``.htm`` pages …) together with blind35's 江西 ``/queryList`` POST (``current``
counted up until ``data.records`` is empty). No script is run; trap prefixes are not entered.
Used by ``tests/test_simweb_blind42.py`` only.
"""

from __future__ import annotations

from ..blind35.reach import QUERY
from ..blind35.reach import Walker as Blind35Walker
from ..blind39.reach import Walker as Blind39Walker
from ..blind39.reach import unanswered_through_proxy

__all__ = ["QUERY", "Walker", "unanswered_through_proxy"]


class Walker(Blind39Walker, Blind35Walker):
    """blind39's walker with blind35's ``/queryList`` POST (one MRO, each ``apis`` run once)."""
