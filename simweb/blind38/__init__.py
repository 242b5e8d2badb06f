"""The ``blind38`` profile: a thirty-eighth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and stored pages for these governments'
sites and platforms): 福建 (漳州 on ylcms, 泉州 on TRS) and 广西 (梧州, 玉林, and the 玉林市 portal).
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind38/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx38

SITES = (
    sites.longhai,
    sites.zhaoan,
    sites.pinghe,
    sites.anxi,
    sites.yongchun,
    sites.dehua,
    sites.mengshan,
    sites.cangwu,
    sites.luchuan,
    sites.bobai,
    sites.yulin_portal,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind38 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx38(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
