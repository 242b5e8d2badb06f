"""A reachability walker for the blind49 web.

Every blind49 mechanism is one an earlier blind web modelled from evidence (四川's county
platform, EasySite's static lists, Hanweb's ``<datastore>`` records and ``dataproxy.jsp`` POST),
so the walker is blind42's (blind39's links, pagers and list APIs with blind35's 江西
``/queryList``), unchanged. No script is run; trap prefixes are not entered. Used by
``tests/test_simweb_blind49.py`` only.
"""

from __future__ import annotations

from ..blind42.reach import Walker, unanswered_through_proxy

__all__ = ["Walker", "unanswered_through_proxy"]
