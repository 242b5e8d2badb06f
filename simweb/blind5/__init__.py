"""The ``blind5`` profile: a fifth web of county sites written without knowledge of the crawler,
modelled on real evidence (stored pages of gov.cn sites, public crawler code for their CMSs and
portals), to measure how the crawler does on sites nobody tuned it for. ``build(seed)`` returns a
:class:`~simweb.web.SimWeb`; see ``simweb/blind5/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_a, sites_b
from .core import Ctx5

SITES = (
    sites_a.mentougou,
    sites_a.fengxian,
    sites_a.yongning,
    sites_a.fanshi,
    sites_a.yingde,
    sites_a.xinmin,
    sites_a.zigui,
    sites_b.dalate,
    sites_b.donghu,
    sites_b.huining,
    sites_b.bayi,
    sites_b.xiuyan,
    sites_b.huaihua,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind5 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (the mechanisms it exercises), ``higher_level`` (a provincial or
    city report reposted on a county site) and ``department`` (a county department's own report:
    recorded, neither required nor counted false)."""
    ctx = Ctx5(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
