"""The ``blind10`` profile: a tenth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code for these governments' sites and
platforms, stored gov.cn pages), to measure how the crawler does on sites nobody tuned it for.
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind10/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_a, sites_b
from .core import Ctx10

SITES = (
    sites_a.anding,
    sites_a.tongwei,
    sites_a.dongxiang,
    sites_a.longxi,
    sites_a.minxian,
    sites_b.chengxian,
    sites_b.wudu,
    sites_b.lintao,
    sites_b.kangle,
    sites_a.longnan,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind10 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (the mechanisms it exercises), ``higher_level`` (a provincial or
    city report reposted on a county site) and ``department`` (a county department's own report:
    recorded, neither required nor counted false)."""
    ctx = Ctx10(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
