"""The ``blind26`` profile: a twenty-sixth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and pages for these governments' sites and
platforms), to measure how the crawler does on sites nobody tuned it for: 湖北 (十堰), 湖南 (岳阳)
and 江西 (宜春). ``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see
``simweb/blind26/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx26

SITES = (
    sites.yunxi,
    sites.zhushan,
    sites.zhuxi,
    sites.danjiangkou,
    sites.yueyangxian,
    sites.huarong,
    sites.xiangyin,
    sites.linxiang,
    sites.fengxin,
    sites.wanzai,
    sites.jingan,
    sites.yueyang_city,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind26 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx26(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
