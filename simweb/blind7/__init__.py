"""The ``blind7`` profile: a seventh web of county sites written without knowledge of the
crawler, modelled on real evidence (sites.md, stored pages of gov.cn sites, public crawler code
for their CMSs and platforms), to measure how the crawler does on sites nobody tuned it for.
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind7/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_a, sites_b
from .core import Ctx7

SITES = (
    sites_b.zhengding,
    sites_b.wuyuan,
    sites_b.shanghe,
    sites_b.jiexiu,
    sites_a.kuancheng,
    sites_a.jizhou,
    sites_a.huairou,
    sites_a.shexian,
    sites_a.zhungeer,
    sites_a.zhuanghe,
    sites_a.yongtai,
    sites_a.yantai,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind7 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (the mechanisms it exercises), ``higher_level`` (a provincial or
    city report reposted on a county site) and ``department`` (a county department's own report:
    recorded, neither required nor counted false)."""
    ctx = Ctx7(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
