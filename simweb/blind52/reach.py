"""A reachability walker for the blind52 web.

blind52 has no list mechanism of its own that an earlier walker does not already follow: the
``openness`` platform's lists are plain ``&page=N`` links, 通城县's SSP search POST is blind33's
(``/ssp/search/api/search?time=`` with the form body, ``data.data[].url``), and 含山县's
``/site/label/8888`` ``publicInfoList`` POST is blind16's. So the walker is blind39's (and through it
every earlier one it extends: links, ``createPageHTML`` pagers, redirects, list APIs …), run
without any script. Trap prefixes are not entered. Used by ``tests/test_simweb_blind52.py`` only.
"""

from __future__ import annotations

from ..blind39.reach import Walker as Blind39Walker
from ..blind39.reach import unanswered_through_proxy

__all__ = ["Walker", "unanswered_through_proxy"]


class Walker(Blind39Walker):
    """blind39's walker, unchanged."""
