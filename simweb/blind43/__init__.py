"""The ``blind43`` profile: a forty-third web of county sites written without knowledge of the
crawler, modelled on real evidence where it was found: 江苏 (连云港), 浙江 (舟山) and 湖北 (恩施,
and the 恩施州 portal). ``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see
``simweb/blind43/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx43

SITES = (
    sites.lianyun,
    sites.haizhou,
    sites.ganyu,
    sites.guanyun,
    sites.dinghai,
    sites.putuo,
    sites.daishan,
    sites.shengsi,
    sites.lichuan,
    sites.jianshi,
    sites.badong,
    sites.xuanen,
    sites.enshi_portal,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind43 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx43(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
