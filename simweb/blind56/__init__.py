"""The ``blind56`` profile: a fifty-sixth web of county sites written without knowledge of the
crawler, a fidelity web modelled on real evidence (public crawler code and stored URLs for these
governments' sites): 河南 (许昌, Epoint WebBuilder), 湖南 (郴州, 郴州's ``default.htm`` CMS) and
江西 (景德镇, TRS ``.shtml``, and the 景德镇市 portal).
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind56/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx56

SITES = (
    sites.weidu,
    sites.jianan,
    sites.yuzhou,
    sites.changge,
    sites.suxian,
    sites.yizhang,
    sites.yongxing,
    sites.jiahe,
    sites.zhushan,
    sites.changjiang,
    sites.fuliang,
    sites.jdz_portal,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind56 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx56(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
