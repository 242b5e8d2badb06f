"""A reachability walker for the blind57 web.

blind57 adds no script or API of its own: 德宏's ``/Web/publice/_M…_<n>.htm`` lists page by plain
links. Its hidden reports sit behind mechanisms earlier walkers already follow without running
any script: Hanweb's ``<datastore>`` records and ``dataproxy.jsp`` POST (滨州) and the 广东
``gkmlpt`` catalogue API (阳江), both in blind50's walker (through blind42's and earlier ones),
reused here. Trap prefixes are not entered. Used by ``tests/test_simweb_blind57.py`` only.
"""

from __future__ import annotations

from ..blind50.reach import Walker as Blind50Walker
from ..blind50.reach import unanswered_through_proxy

__all__ = ["Walker", "unanswered_through_proxy"]


class Walker(Blind50Walker):
    """blind50's walker, unchanged (德宏's lists need nothing more than links)."""
