"""The ``blind9`` profile: a ninth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code for these governments' sites and
platforms, stored gov.cn pages), to measure how the crawler does on sites nobody tuned it for.
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind9/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_a, sites_b
from .core import Ctx9

SITES = (
    sites_a.lishu,
    sites_a.tonghuaxian,
    sites_a.qianguo,
    sites_a.xiangyun,
    sites_a.yanshan,
    sites_b.yitong,
    sites_b.jiaohe,
    sites_b.dongliao,
    sites_b.qianan,
    sites_b.nanhua,
    sites_a.chuxiong,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind9 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (the mechanisms it exercises), ``higher_level`` (a provincial or
    city report reposted on a county site) and ``department`` (a county department's own report:
    recorded, neither required nor counted false)."""
    ctx = Ctx9(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
