"""The ``blind25`` profile: a twenty-fifth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and pages for these governments' sites and
platforms), to measure how the crawler does on sites nobody tuned it for: 山东 (德州, 菏泽, 淄博)
and 河南 (洛阳). ``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see
``simweb/blind25/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx25

SITES = (
    sites.qihe,
    sites.laoling,
    sites.xiajin,
    sites.caoxian,
    sites.yuncheng,
    sites.dongming,
    sites.zichuan,
    sites.boshan,
    sites.xinan,
    sites.luanchuan,
    sites.yichuan,
    sites.dezhou_city,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind25 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (the mechanisms it exercises), ``higher_level`` (a provincial or
    city report reposted on a county site) and ``department`` (a county department's own report:
    recorded, neither required nor counted false)."""
    ctx = Ctx25(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
