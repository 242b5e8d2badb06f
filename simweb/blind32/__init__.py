"""The ``blind32`` profile: a thirty-second web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and stored URLs for these governments'
sites and platforms), to measure how the crawler does on sites nobody tuned it for: 河南 (信阳),
湖北 (襄阳) and 重庆. ``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see
``simweb/blind32/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_cq, sites_ha, sites_hb
from .core import Ctx32

SITES = (
    sites_ha.luoshan,
    sites_ha.huaibin,
    sites_ha.huangchuan,
    sites_ha.gushi,
    sites_hb.zaoyang,
    sites_hb.nanzhang,
    sites_hb.gucheng,
    sites_hb.xiangyang_city,
    sites_cq.wanzhou,
    sites_cq.kaizhou,
    sites_cq.liangping,
    sites_cq.xiushan,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind32 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx32(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
