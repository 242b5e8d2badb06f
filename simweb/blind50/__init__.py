"""The ``blind50`` profile: a fiftieth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and stored pages for these governments'
sites and platforms): 江苏 (淮安), 浙江 (台州) and 广东 (云浮, and the 云浮市 portal).
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind50/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx50

SITES = (
    sites.xuyi,
    sites.jinhu,
    sites.lianshui,
    sites.huaiyin,
    sites.linhai,
    sites.wenling,
    sites.yuhuan,
    sites.xianju,
    sites.luoding,
    sites.xinxing,
    sites.yunan,
    sites.yuncheng,
    sites.yunfu_portal,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind50 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx50(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
