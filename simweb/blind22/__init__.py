"""The ``blind22`` profile: a twenty-second web of county sites written without knowledge of the
crawler, modelled on real evidence (public code and surveys of 宁夏 and 青海 government sites,
stored gov.cn pages), to measure how the crawler does on sites nobody tuned it for.
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind22/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_a, sites_b
from .core import Ctx22

SITES = (
    sites_a.helan,
    sites_a.lingwu,
    sites_a.pingluo,
    sites_a.tongxin,
    sites_a.xiji,
    sites_a.shapotou,
    sites_b.haiyan,
    sites_b.menyuan,
    sites_b.geermu,
    sites_b.wulan,
    sites_b.gangcha,
    sites_b.zaduo,
    sites_b.xining_city,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind22 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (the mechanisms it exercises), ``higher_level`` (a provincial or
    city report reposted on a county site) and ``department`` (a county department's own report:
    recorded, neither required nor counted false)."""
    ctx = Ctx22(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
