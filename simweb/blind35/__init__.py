"""The ``blind35`` profile: a thirty-fifth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and stored pages for these governments'
sites and platforms): 浙江 (嘉兴, and the 嘉兴市 portal), 山东 (威海) and 江西 (抚州).
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind35/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx35

SITES = (
    sites.nanhu,
    sites.jiashan,
    sites.haining,
    sites.pinghu,
    sites.jiaxing_portal,
    sites.huancui,
    sites.rongcheng,
    sites.rushan,
    sites.wendeng,
    sites.nancheng,
    sites.lichuan,
    sites.chongren,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind35 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx35(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
