"""The ``blind21`` profile: a twenty-first web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and pages for these governments' sites and
platforms, stored gov.cn pages), to measure how the crawler does on sites nobody tuned it for.
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind21/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_a, sites_b, sites_c
from .core import Ctx21

SITES = (
    sites_a.wucheng,
    sites_a.panan,
    sites_a.yongkang,
    sites_a.youyang,
    sites_a.chengkou,
    sites_b.lanxi,
    sites_c.wuyi,
    sites_c.bishan,
    sites_c.fuling,
    sites_c.qijiang,
    sites_a.jinhua_city,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind21 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (the mechanisms it exercises), ``higher_level`` (a provincial or
    city report reposted on a county site) and ``department`` (a county department's own report:
    recorded, neither required nor counted false)."""
    ctx = Ctx21(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
