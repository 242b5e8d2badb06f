"""The ``blind12`` profile: a twelfth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code for these governments' sites and
platforms, stored gov.cn pages), to measure how the crawler does on sites nobody tuned it for.
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind12/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_a, sites_b
from .core import Ctx12

SITES = (
    sites_a.jizhou,
    sites_a.qingyuan,
    sites_a.jianxian,
    sites_a.jishui,
    sites_a.xiajiang,
    sites_b.xingan,
    sites_b.yongfeng,
    sites_b.taihe,
    sites_b.suichuan,
    sites_a.jian_city,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind12 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (the mechanisms it exercises), ``higher_level`` (a provincial or
    city report reposted on a county site) and ``department`` (a county department's own report:
    recorded, neither required nor counted false)."""
    ctx = Ctx12(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
