"""A reachability walker for the blind28 web.

The blind28 sites use only mechanisms earlier blind webs model: Hanweb's ``<datastore>`` and
``dataproxy.jsp`` POST and the 安徽 platform's ``/site/label/8888`` fragments with ``Ls.pagination``
and ``?pageIndex=N`` lists. blind22's walker (on blind16's) understands all of them, so this is
that walker; it runs no script. Trap prefixes are not entered. Used by ``tests/test_simweb_blind28.py`` only.
"""

from __future__ import annotations

from ..blind22.reach import Walker as Blind22Walker
from ..blind24.reach import unanswered_through_proxy

__all__ = ["Walker", "unanswered_through_proxy"]


class Walker(Blind22Walker):
    """blind22's walker: Hanweb's datastore and dataproxy POST, and blind16's label endpoint."""
