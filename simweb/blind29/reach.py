"""A reachability walker for the blind29 web.

The blind29 sites use mechanisms earlier blind webs model: the 集约化 platform's
``createPageHTML('page-div', <pages>, <current>, '<stem>', 'shtml', <records>)`` pager (no ``<a>``
names a later page), TRS's ``createPageHTML(<pages>, <current>, "index", "html")``, VSB's
downward-numbered ``<col>/N.htm`` pages and plain ``index_N.shtml`` links. blind27's walker (on
blind26's and blind24's) understands all of them, so this is that walker; it runs no script. Trap
prefixes are not entered. Used by ``tests/test_simweb_blind29.py`` only.
"""

from __future__ import annotations

from ..blind24.reach import unanswered_through_proxy
from ..blind27.reach import Walker as Blind27Walker

__all__ = ["Walker", "unanswered_through_proxy"]


class Walker(Blind27Walker):
    """blind27's walker: the 集约化 and TRS ``createPageHTML`` pagers, and every earlier mechanism."""
