"""The ``blind17`` profile: a seventeenth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and pages for these governments' sites and
platforms, stored gov.cn pages), to measure how the crawler does on sites nobody tuned it for.
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind17/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_a, sites_b
from .core import Ctx17

SITES = (
    sites_a.lsq,
    sites_a.yian,
    sites_a.tailai,
    sites_a.bjq,
    sites_a.jiangkou,
    sites_b.nehe,
    sites_b.keshan,
    sites_b.yuping,
    sites_b.sinan,
    sites_b.baiquan,
    sites_a.tongren_city,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind17 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (the mechanisms it exercises), ``higher_level`` (a provincial or
    city report reposted on a county site) and ``department`` (a county department's own report:
    recorded, neither required nor counted false)."""
    ctx = Ctx17(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
