"""A reachability walker for the blind40 web.

The blind40 sites use no mechanism the earlier walkers lack: the 三门峡 platform's pagers are plain
links, the 河南 platform's are static pages, and Hanweb's ``<datastore>`` records and
``dataproxy.jsp`` POST are read by blind22's walker, which blind39's extends (through blind36's,
blind33's … every earlier one). This module names that walker for blind40's tests, so that a
later change to the chain is seen here. Trap prefixes are not entered. Used by
``tests/test_simweb_blind40.py`` only.
"""

from __future__ import annotations

from ..blind39.reach import Walker as Blind39Walker
from ..blind39.reach import unanswered_through_proxy

__all__ = ["Walker", "unanswered_through_proxy"]


class Walker(Blind39Walker):
    """blind39's walker: links, pagers, Hanweb datastore and ``dataproxy.jsp`` POST, APIs."""
