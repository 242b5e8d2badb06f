"""The ``blind8`` profile: an eighth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code for these governments' sites and
platforms, stored gov.cn pages), to measure how the crawler does on sites nobody tuned it for.
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind8/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_a, sites_b
from .core import Ctx8

SITES = (
    sites_a.changyuan,
    sites_a.yecheng,
    sites_a.shawan,
    sites_a.bohu,
    sites_a.wensu,
    sites_b.fukang,
    sites_b.tuanfeng,
    sites_b.jingchuan,
    sites_b.huating,
    sites_b.kashi,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind8 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (the mechanisms it exercises), ``higher_level`` (a provincial or
    city report reposted on a county site) and ``department`` (a county department's own report:
    recorded, neither required nor counted false)."""
    ctx = Ctx8(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
