"""The ``blind39`` profile: a thirty-ninth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and stored pages for these governments'
sites and platforms): 安徽 (宣城), 陕西 (延安) and 黑龙江 (伊春, and the 伊春市 portal).
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind39/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx39

SITES = (
    sites.xuanzhou,
    sites.langxi,
    sites.jingxian,
    sites.ningguo,
    sites.ansai,
    sites.yanchuan,
    sites.zhidan,
    sites.luochuan,
    sites.jiayin,
    sites.yimei,
    sites.nancha,
    sites.yc_portal,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind39 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx39(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
