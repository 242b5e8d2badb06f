"""The ``blind11`` profile: an eleventh web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code for these governments' sites and
platforms, stored gov.cn pages), to measure how the crawler does on sites nobody tuned it for.
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind11/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_a, sites_b
from .core import Ctx11

SITES = (
    sites_a.meijiang,
    sites_a.dabu,
    sites_a.wuhua,
    sites_a.fengshun,
    sites_a.pingyuan,
    sites_b.meixian,
    sites_b.xingning,
    sites_b.jiaoling,
    sites_b.yuancheng,
    sites_b.zijin,
    sites_a.heyuan,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind11 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (the mechanisms it exercises), ``higher_level`` (a provincial or
    city report reposted on a county site) and ``department`` (a county department's own report:
    recorded, neither required nor counted false)."""
    ctx = Ctx11(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
