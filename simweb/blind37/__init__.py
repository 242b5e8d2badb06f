"""The ``blind37`` profile: a thirty-seventh web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code for these governments' sites and
platforms): 河北 (邯郸, and the 邯郸市 portal) and 辽宁 (铁岭, 营口). ``build(seed)`` returns a
:class:`~simweb.web.SimWeb`; see ``simweb/blind37/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx37

SITES = (
    sites.fuxing,
    sites.guantao,
    sites.cixian,
    sites.wuan,
    sites.handan_city,
    sites.xifeng,
    sites.changtu,
    sites.kaiyuan,
    sites.diaobingshan,
    sites.gaizhou,
    sites.laobian,
    sites.bayuquan,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind37 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind30's)."""
    ctx = Ctx37(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
