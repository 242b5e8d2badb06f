"""The ``blind16`` profile: a sixteenth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code for these governments' sites and
platforms, stored gov.cn pages), to measure how the crawler does on sites nobody tuned it for.
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind16/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_a, sites_b
from .core import Ctx16

SITES = (
    sites_a.yingzhou,
    sites_a.yingdong,
    sites_a.yingquan,
    sites_b.yingshang,
    sites_b.funan,
    sites_b.linquan,
    sites_a.yanping,
    sites_a.jianyang,
    sites_a.shunchang,
    sites_a.pucheng,
    sites_a.guangze,
    sites_b.fuyang_city,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind16 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (the mechanisms it exercises), ``higher_level`` (a provincial or
    city report reposted on a county site) and ``department`` (a county department's own report:
    recorded, neither required nor counted false)."""
    ctx = Ctx16(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
