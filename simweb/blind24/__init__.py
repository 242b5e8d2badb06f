"""The ``blind24`` profile: a twenty-fourth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and pages for these governments' sites and
platforms), to measure how the crawler does on sites nobody tuned it for: 西藏 (拉萨, 昌都, 日喀则)
and 广东 (韶关, 湛江). ``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see
``simweb/blind24/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_gd, sites_xz
from .core import Ctx24

SITES = (
    sites_xz.chengguan,
    sites_xz.duilong,
    sites_xz.karuo,
    sites_xz.zuogong,
    sites_xz.dingri,
    sites_gd.ruyuan,
    sites_gd.nanxiong,
    sites_gd.renhua,
    sites_gd.leizhou,
    sites_gd.suixi,
    sites_gd.chikan,
    sites_xz.changdu_city,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind24 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (the mechanisms it exercises), ``higher_level`` (a provincial or
    city report reposted on a county site) and ``department`` (a county department's own report:
    recorded, neither required nor counted false)."""
    ctx = Ctx24(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
