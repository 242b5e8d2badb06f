"""The ``blind18`` profile: an eighteenth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and pages for these governments' sites and
platforms, stored gov.cn pages), to measure how the crawler does on sites nobody tuned it for.
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind18/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_a, sites_b
from .core import Ctx18

SITES = (
    sites_a.luzhou,
    sites_a.shangdang,
    sites_a.tunliu,
    sites_a.gutaq,
    sites_b.xiangyuan,
    sites_b.pingshun,
    sites_b.heishan,
    sites_b.yixian,
    sites_b.linghai,
    sites_a.jinzhou_city,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind18 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (the mechanisms it exercises), ``higher_level`` (a provincial or
    city report reposted on a county site) and ``department`` (a county department's own report:
    recorded, neither required nor counted false)."""
    ctx = Ctx18(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
