"""The ``blind4`` profile: a fourth web of county sites written without knowledge of the crawler,
modelled on real evidence (stored pages of gov.cn sites, public crawler code for their CMSs and
portals), to measure how the crawler does on sites nobody tuned it for. ``build(seed)`` returns a
:class:`~simweb.web.SimWeb`; see ``simweb/blind4/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_a, sites_b
from .core import Ctx4

SITES = (
    sites_a.shouxian,
    sites_a.pengshui,
    sites_a.ziyang,
    sites_a.gaoling,
    sites_a.ninghua,
    sites_a.qiongzhong,
    sites_a.changbai,
    sites_b.fuchuan,
    sites_b.yinan,
    sites_b.gongxian,
    sites_b.luxi,
    sites_b.yangqu,
    sites_b.tianfu,
    sites_b.akesu,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind4 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (the mechanisms it exercises), ``higher_level`` (a provincial or
    city report reposted on a county site) and ``department`` (a county department's own report:
    recorded, neither required nor counted false)."""
    ctx = Ctx4(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
