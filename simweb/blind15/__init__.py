"""The ``blind15`` profile: a fifteenth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code for these governments' sites and
platforms, stored gov.cn pages), to measure how the crawler does on sites nobody tuned it for.
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind15/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_a, sites_b
from .core import Ctx15

SITES = (
    sites_a.xiangdu,
    sites_a.renze,
    sites_a.nanhe,
    sites_a.blzq,
    sites_a.wntq,
    sites_b.ningjin,
    sites_b.longyao,
    sites_b.kskqq,
    sites_b.aohan,
    sites_a.chifeng_city,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind15 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (the mechanisms it exercises), ``higher_level`` (a provincial or
    city report reposted on a county site) and ``department`` (a county department's own report:
    recorded, neither required nor counted false)."""
    ctx = Ctx15(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
