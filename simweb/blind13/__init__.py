"""The ``blind13`` profile: a thirteenth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code for these governments' sites and
platforms, stored gov.cn pages), to measure how the crawler does on sites nobody tuned it for.
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind13/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_a, sites_b
from .core import Ctx13

SITES = (
    sites_a.weibin,
    sites_a.jintai,
    sites_a.chencang,
    sites_a.qishan,
    sites_a.fufeng,
    sites_b.linyou,
    sites_b.longxian,
    sites_b.qianyang,
    sites_b.taibai,
    sites_a.baoji_city,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind13 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (the mechanisms it exercises), ``higher_level`` (a provincial or
    city report reposted on a county site) and ``department`` (a county department's own report:
    recorded, neither required nor counted false)."""
    ctx = Ctx13(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
