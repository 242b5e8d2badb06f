"""The ``blind46`` profile: a forty-sixth web of county sites written without knowledge of the
crawler, a fidelity web of ordinary sites modelled on real evidence (public crawler code and
stored pages for these governments' sites and platforms): 湖北 (荆门, Hanweb JCMS), 广西 (钦州,
广西's TRS ``.shtml`` platform) and 贵州 (安顺, 贵州's TRS platform, and the 安顺市 portal).
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind46/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx46

SITES = (
    sites.dongbao,
    sites.duodao,
    sites.shayang,
    sites.zhongxiang,
    sites.qinnan,
    sites.qinbei,
    sites.lingshan,
    sites.pubei,
    sites.xixiu,
    sites.pingba,
    sites.puding,
    sites.anshun_portal,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind46 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx46(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
