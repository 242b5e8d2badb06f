"""The ``blind52`` profile: a fifty-second web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code, public platform source and stored pages
for these governments' sites): 湖北 (咸宁), 安徽 (马鞍山, and the 马鞍山市 portal) and 福建 (厦门).
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind52/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx52

SITES = (
    sites.xianan,
    sites.jiayu,
    sites.tongcheng,
    sites.chibi,
    sites.huashan,
    sites.dangtu,
    sites.hanshan,
    sites.mas_portal,
    sites.siming,
    sites.huli,
    sites.jimei,
    sites.tongan,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind52 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx52(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
