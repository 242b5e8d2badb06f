"""The ``blind47`` profile: a forty-seventh web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and stored pages) where it was found and
on stated assumptions where not: 山东 (东营, and the 东营市 portal), 福建 (莆田) and 甘肃 (张掖).
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind47/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx47

SITES = (
    sites.dongyingqu,
    sites.hekou,
    sites.lijin,
    sites.chengxiang,
    sites.licheng,
    sites.xianyou,
    sites.xiuyu,
    sites.ganzhou,
    sites.sunan,
    sites.minle,
    sites.shandan,
    sites.dy_portal,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind47 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx47(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
