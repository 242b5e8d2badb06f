"""The ``blind20`` profile: a twentieth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and pages for these governments' sites and
platforms, stored gov.cn pages), to measure how the crawler does on sites nobody tuned it for.
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind20/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_a, sites_b
from .core import Ctx20

SITES = (
    sites_a.wuling,
    sites_a.anxiang,
    sites_a.hanshou,
    sites_a.lingui,
    sites_a.yangshuo,
    sites_b.dingcheng,
    sites_b.lixian,
    sites_b.taoyuan,
    sites_b.xingan,
    sites_b.lingchuan,
    sites_a.guilin_city,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind20 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (the mechanisms it exercises), ``higher_level`` (a provincial or
    city report reposted on a county site) and ``department`` (a county department's own report:
    recorded, neither required nor counted false)."""
    ctx = Ctx20(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
