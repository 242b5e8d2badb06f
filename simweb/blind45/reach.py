"""A reachability walker for the blind45 web.

blind45 adds no mechanism of its own: its pages are 运城's ``/doc/`` CMS (plain pager links), VSB
(plain links numbered downwards), TRS (``createPageHTML``) and 陕西's 集约化 platform (a
script-written pager, blind31's). blind39's walker (through blind36, blind33 and blind31) already
follows all of them without running any script, and does not enter trap prefixes. Used by
``tests/test_simweb_blind45.py`` only.
"""

from __future__ import annotations

from ..blind39.reach import Walker, unanswered_through_proxy

__all__ = ["Walker", "unanswered_through_proxy"]
