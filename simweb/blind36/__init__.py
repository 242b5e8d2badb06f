"""The ``blind36`` profile: a thirty-sixth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and stored pages for these governments'
sites and platforms): 湖南 (衡阳), 广东 (肇庆) and 贵州 (黔东南, and the 黔东南州 portal).
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind36/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx36

SITES = (
    sites.hengyangxian,
    sites.hengshan,
    sites.nanyue,
    sites.leiyang,
    sites.dinghu,
    sites.sihui,
    sites.deqing,
    sites.huaiji,
    sites.zhenyuan,
    sites.liping,
    sites.congjiang,
    sites.qdn_portal,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind36 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx36(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
