"""The ``blind54`` profile: a fifty-fourth web of county sites written without knowledge of the
crawler, a fidelity web modelled on real evidence (public crawler code and coverage tables for
these governments' sites): 山西 (临汾, SiteServer), 甘肃 (庆阳, TRS) and 黑龙江 (鸡西, the
province's 集约化 platform, and the 鸡西市 portal).
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind54/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx54

SITES = (
    sites.hongtong,
    sites.quwo,
    sites.xiangfen,
    sites.huozhou,
    sites.huanxian,
    sites.zhengning,
    sites.ningxian,
    sites.qingcheng,
    sites.jidong,
    sites.hulin,
    sites.mishan,
    sites.hengshan,
    sites.jx_portal,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind54 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx54(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
