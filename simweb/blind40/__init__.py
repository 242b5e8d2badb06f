"""The ``blind40`` profile: a fortieth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and stored URLs for these governments'
sites and platforms): 河南 (三门峡, 漯河) and 山东 (日照, and the 日照市 portal).
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind40/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx40

SITES = (
    sites.hubin,
    sites.shanzhou,
    sites.mianchi,
    sites.lushi,
    sites.yima,
    sites.lingbao,
    sites.donggang,
    sites.wulian,
    sites.juxian,
    sites.rizhao_portal,
    sites.wuyang,
    sites.linying,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind40 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx40(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
