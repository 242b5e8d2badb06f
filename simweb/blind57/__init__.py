"""The ``blind57`` profile: a fifty-seventh web of county sites written without knowledge of the
crawler, modelled on real evidence (public code and data files citing these governments' pages):
山东 (滨州), 云南 (德宏) and 广东 (阳江, and the 阳江市 portal).
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind57/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx57

SITES = (
    sites.bincheng,
    sites.huimin,
    sites.yangxin,
    sites.boxing,
    sites.mangshi,
    sites.ruili,
    sites.yingjiang,
    sites.longchuan,
    sites.jiangcheng,
    sites.yangdong,
    sites.yangxi,
    sites.yangjiang_portal,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind57 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx57(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
