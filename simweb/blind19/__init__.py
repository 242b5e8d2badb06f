"""The ``blind19`` profile: a nineteenth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and pages for these governments' sites and
platforms, stored gov.cn pages), to measure how the crawler does on sites nobody tuned it for.
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind19/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_a, sites_b
from .core import Ctx19

SITES = (
    sites_a.tinghu,
    sites_a.xiangshui,
    sites_a.binhai,
    sites_a.jingzhouqu,
    sites_a.gongan,
    sites_b.yandu,
    sites_b.dafeng,
    sites_b.funing,
    sites_b.shishou,
    sites_b.songzi,
    sites_a.jingzhou_city,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind19 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (the mechanisms it exercises), ``higher_level`` (a provincial or
    city report reposted on a county site) and ``department`` (a county department's own report:
    recorded, neither required nor counted false)."""
    ctx = Ctx19(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
