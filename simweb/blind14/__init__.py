"""The ``blind14`` profile: a fourteenth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code for these governments' sites and
platforms, stored gov.cn pages), to measure how the crawler does on sites nobody tuned it for.
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind14/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_a, sites_b
from .core import Ctx14

SITES = (
    sites_a.shunqing,
    sites_a.gaoping,
    sites_a.jialing,
    sites_a.nanbu,
    sites_a.yingshan,
    sites_b.pengan,
    sites_b.yilong,
    sites_b.xichong,
    sites_b.kaifaqu,
    sites_a.nanchong_city,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind14 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (the mechanisms it exercises), ``higher_level`` (a provincial or
    city report reposted on a county site) and ``department`` (a county department's own report:
    recorded, neither required nor counted false)."""
    ctx = Ctx14(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
