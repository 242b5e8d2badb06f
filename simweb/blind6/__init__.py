"""The ``blind6`` profile: a sixth web of county sites written without knowledge of the crawler,
modelled on real evidence (stored pages of gov.cn sites, public crawler code for their CMSs and
portals), to measure how the crawler does on sites nobody tuned it for. ``build(seed)`` returns a
:class:`~simweb.web.SimWeb`; see ``simweb/blind6/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_a, sites_b
from .core import Ctx6

SITES = (
    sites_a.dazu,
    sites_a.feidong,
    sites_a.changli,
    sites_a.gongcheng,
    sites_a.guian,
    sites_a.qilian,
    sites_b.taicang,
    sites_b.changxing,
    sites_b.zalute,
    sites_b.yanling,
    sites_b.zunyi,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind6 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (the mechanisms it exercises), ``higher_level`` (a provincial or
    city report reposted on a county site) and ``department`` (a county department's own report:
    recorded, neither required nor counted false)."""
    ctx = Ctx6(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
