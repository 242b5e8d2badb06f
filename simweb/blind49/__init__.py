"""The ``blind49`` profile: a forty-ninth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and stored pages for these governments'
sites and platforms): 四川 (内江), 云南 (临沧) and 江西 (鹰潭, and the 鹰潭市 portal).
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind49/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx49

SITES = (
    sites.shizhong,
    sites.dongxing,
    sites.weiyuan,
    sites.longchang,
    sites.linxiang,
    sites.fengqing,
    sites.cangyuan,
    sites.shuangjiang,
    sites.yuehu,
    sites.yujiang,
    sites.yingtan_portal,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind49 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx49(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
