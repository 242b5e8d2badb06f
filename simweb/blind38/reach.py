"""A reachability walker for the blind38 web.

blind33's walker (and through it every earlier one: links, ``<option value>`` navigation,
``createPageHTML`` pagers …) already reads every blind38 mechanism: 漳州 ylcms pages are linked by
plain ``<a href="/cms/sitemanage/index.shtml?siteId=…&page=N">`` anchors, 福建 TRS and 广西
集约化 lists by ``createPageHTML``. Trap prefixes are not entered. Used by
``tests/test_simweb_blind38.py`` only.
"""

from __future__ import annotations

from ..blind33.reach import Walker, unanswered_through_proxy

__all__ = ["Walker", "unanswered_through_proxy"]
