"""A reachability walker for the blind46 web.

blind46 models no new mechanism: its sites are ordinary members of Hanweb JCMS (``<datastore>``
records and the ``dataproxy.jsp`` POST for older ones), 广西's TRS ``.shtml`` platform and 贵州's
TRS platform (``createPageHTML`` pagers). blind43's walker (and through it every earlier one)
already follows all of them, without running any script; it is re-exported here. Trap prefixes
are not entered. Used by ``tests/test_simweb_blind46.py`` only.
"""

from __future__ import annotations

from ..blind43.reach import Walker, unanswered_through_proxy

__all__ = ["Walker", "unanswered_through_proxy"]
