"""The ``blind31`` profile: a thirty-first web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and stored pages for these governments'
sites and platforms), to measure how the crawler does on sites nobody tuned it for: 广西 (河池),
陕西 (汉中) and 甘肃 (武威). ``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see
``simweb/blind31/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_gs, sites_gx, sites_sx
from .core import Ctx31

SITES = (
    sites_gx.nandan,
    sites_gx.tiane,
    sites_gx.bama,
    sites_gx.duan,
    sites_sx.nanzheng,
    sites_sx.chenggu,
    sites_sx.yangxian,
    sites_sx.xixiang,
    sites_sx.hanzhong_city,
    sites_gs.liangzhou,
    sites_gs.minqin,
    sites_gs.gulang,
    sites_gs.tianzhu,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind31 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx31(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
