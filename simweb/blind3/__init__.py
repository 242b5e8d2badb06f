"""The ``blind3`` profile: a third web of county sites written without knowledge of the
crawler, modelled on real evidence (stored pages of gov.cn sites, public crawler code for their
CMSs), to measure how the crawler does on sites nobody tuned it for. ``build(seed)`` returns a
:class:`~simweb.web.SimWeb`; see ``simweb/blind3/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_a, sites_b
from .core import Ctx3

SITES = (
    sites_a.pingshan,
    sites_a.sandu,
    sites_a.huzhu,
    sites_a.huanan,
    sites_a.yidu,
    sites_a.etkqq,
    sites_a.guancheng,
    sites_b.tiantai,
    sites_b.tongshan,
    sites_b.wushen,
    sites_b.jingning,
    sites_b.jiujiang_kfq,
    sites_b.tianshui,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind3 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (the mechanisms it exercises), ``pages`` (a report continued over
    several pages), ``higher_level`` (a provincial or city report reposted on a county site) and
    ``department`` (a county department's own report: recorded, neither required nor counted
    false)."""
    ctx = Ctx3(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
