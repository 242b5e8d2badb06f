"""The ``blind30`` profile: a thirtieth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code for these governments' sites and
platforms), to measure how the crawler does on sites nobody tuned it for: 辽宁 (丹东, 朝阳),
黑龙江 (大庆) and 吉林 (延边, 白城). ``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see
``simweb/blind30/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx30

SITES = (
    sites.donggang,
    sites.fengcheng,
    sites.kuandian,
    sites.jianping,
    sites.kazuo,
    sites.chaoyang_city,
    sites.zhaozhou,
    sites.lindian,
    sites.duerbote,
    sites.dunhua,
    sites.wangqing,
    sites.antu,
    sites.zhenlai,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind30 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind28's)."""
    ctx = Ctx30(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
