"""The ``blind45`` profile: a forty-fifth web of county sites written without knowledge of the
crawler, modelled on the platforms earlier evidence shows for these provinces: 山西 (朔州, 运城's
``/doc/`` CMS), 内蒙古 (乌兰察布, VSB as 包头's; the 乌兰察布市 portal) and 陕西 (榆林, 陕西's
集约化 platform). ``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see
``simweb/blind45/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx45

SITES = (
    sites.shuocheng,
    sites.pinglu,
    sites.shanyin,
    sites.yingxian,
    sites.zhuozi,
    sites.huade,
    sites.cyhq,
    sites.szwq,
    sites.fugu,
    sites.dingbian,
    sites.mizhi,
    sites.zizhou,
    sites.wlcb_portal,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind45 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx45(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
