"""The ``blind33`` profile: a thirty-third web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and stored pages for these governments'
sites and platforms): 福建 (宁德, and the 福建省 portal), 江苏 (宿迁) and 新疆 (伊犁).
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind33/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx33

SITES = (
    sites.fuding,
    sites.gutian,
    sites.pingnan,
    sites.fujian_portal,
    sites.shuyang,
    sites.siyang,
    sites.suyu,
    sites.huocheng,
    sites.yiningxian,
    sites.xinyuan,
    sites.chabuchaer,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind33 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx33(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
