"""The ``kinds4`` profile: a fourth development web of county sites, one or more per list or link
mechanism that none of ``kinds``, ``kinds2`` and ``kinds3`` has (lists written by ``document.write``
inline or from a per-column ``.js``, JSONP list APIs, Hanweb ``morecolumndataproxy.jsp`` XML merging
several columns, a zTree catalogue loaded from ``getTree.do`` or a static ``.json.js`` menu, lists
only in a Vue SSR ``window.__INITIAL_STATE__``, ``<base href>`` pages and ``<select>`` menus,
``?uid=&pageNum=`` pagers written from a total, traps of relative links that append a path segment
and of a mirror host that nests ``/www/``; see ``README.md``), modelled on real evidence and written
apart from the crawler.

``build(seed)`` returns a :class:`~simweb.web.SimWeb` whose truth has the format of ``kinds3``.
"""

from __future__ import annotations

from ..kinds import assemble
from ..kinds.sites import Ctx
from ..kinds2 import truth as kinds2_truth
from ..kinds3 import copies_of
from ..web import SimWeb
from .sites import ALL

KIND_NAMES = {
    1: "list written by document.write (inline script, or a per-column .js with page-relative hrefs)",
    2: "list only in a JSONP answer or a Hanweb morecolumndataproxy.jsp XML answer (several column ids)",
    3: "department catalogue as data: zTree nodes only from getTree.do, or a static deptJson .json.js menu",
    4: "links relative to a <base href>; column menu only as <select> options",
    5: "pages ?uid=&pageNum=N linked only by a script that writes the pager from a total",
    6: "list only in a server-rendered state (window.__INITIAL_STATE__ rows with linkurl), no anchors",
    7: "traps (relative links that append a path segment; a /www/ mirror host that nests; as in kinds3)",
}


def build(seed: int = 0) -> SimWeb:
    return assemble(seed, ALL, truth)


def truth(ctx: Ctx) -> dict:
    return kinds2_truth(ctx, copies_of)
