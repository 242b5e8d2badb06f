"""The ``blind55`` profile: a fifty-fifth web of county sites written without knowledge of the
crawler, modelled on real evidence (public client code for the mechanisms, the shared site lists
for hosts) where it was found and on stated assumptions where not: 江苏 (常州), 河北 (廊坊) and
内蒙古 (锡林郭勒盟, and the 锡林郭勒盟 portal). ``build(seed)`` returns a
:class:`~simweb.web.SimWeb`; see ``simweb/blind55/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx55

SITES = (
    sites.tianning,
    sites.zhonglou,
    sites.wujin,
    sites.jintan,
    sites.anci,
    sites.yongqing,
    sites.dacheng,
    sites.wenan,
    sites.xilinhaote,
    sites.abaga,
    sites.duolun,
    sites.xlgl_portal,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind55 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx55(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
