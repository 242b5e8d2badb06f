"""The ``blind58`` profile: a fifty-eighth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and stored URLs for these governments'
platforms): 辽宁 (阜新, and the 阜新市 portal) and 陕西 (铜川).
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind58/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx58

SITES = (
    sites.haizhou,
    sites.xinqiu,
    sites.taiping,
    sites.xihe,
    sites.fuxinxian,
    sites.zhangwu,
    sites.fx_portal,
    sites.wangyi,
    sites.yintai,
    sites.yaozhou,
    sites.yijun,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind58 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx58(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
