"""The ``blind29`` profile: a twenty-ninth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and pages for these governments' sites and
platforms), to measure how the crawler does on sites nobody tuned it for: 河北 (沧州), 山西 (运城)
and 内蒙古 (包头). ``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see
``simweb/blind29/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx29

SITES = (
    sites.cangxian,
    sites.qingxian,
    sites.xianxian,
    sites.huanghua,
    sites.cangzhou_city,
    sites.linyi,
    sites.wanrong,
    sites.wenxi,
    sites.yongji,
    sites.tmtyq,
    sites.guyang,
    sites.dmlhq,
    sites.jiuyuan,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind29 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx29(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
