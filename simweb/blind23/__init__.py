"""The ``blind23`` profile: a twenty-third web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and pages for these governments' sites and
platforms, stored gov.cn pages), to measure how the crawler does on sites nobody tuned it for.
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind23/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_a, sites_c
from .core import Ctx23

SITES = (
    sites_a.xiqing,
    sites_a.wuqing,
    sites_a.minhang,
    sites_a.baoting,
    sites_a.songjiang,
    sites_c.dongli,
    sites_c.chongming,
    sites_c.wanning,
    sites_c.lingao,
    sites_a.haikou_city,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind23 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (the mechanisms it exercises), ``higher_level`` (a provincial or
    city report reposted on a county site) and ``department`` (a county department's own report:
    recorded, neither required nor counted false)."""
    ctx = Ctx23(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
