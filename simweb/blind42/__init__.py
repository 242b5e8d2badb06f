"""The ``blind42`` profile: a forty-second web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and stored pages for these governments'
sites and platforms): 广东 (揭阳), 云南 (保山) and 江西 (萍乡, and the 萍乡市 portal).
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind42/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx42

SITES = (
    sites.rongcheng,
    sites.jiedong,
    sites.jiexi,
    sites.puning,
    sites.longyang,
    sites.shidian,
    sites.longling,
    sites.tengchong,
    sites.anyuan,
    sites.shangli,
    sites.luxi,
    sites.pingxiang_portal,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind42 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx42(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
