"""The ``blind28`` profile: a twenty-eighth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and pages for these governments' sites and
platforms), to measure how the crawler does on sites nobody tuned it for: 浙江 (绍兴), 江苏 (泰州)
and 安徽 (安庆). ``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see
``simweb/blind28/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx28

SITES = (
    sites.keqiao,
    sites.shangyu,
    sites.xinchang,
    sites.shengzhou,
    sites.xinghua,
    sites.jingjiang,
    sites.taixing,
    sites.taizhou_city,
    sites.huaining,
    sites.susong,
    sites.taihu,
    sites.qianshan,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind28 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx28(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
