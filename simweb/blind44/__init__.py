"""The ``blind44`` profile: a forty-fourth web of county sites written without knowledge of the
crawler, a *fidelity* web of ordinary sites as their platforms really build them: 安徽 (亳州) on
the 安徽 政务公开 platform, 黑龙江 (七台河, and the 七台河市 portal) on 黑龙江's 集约化 ``.shtml``
platform and 吉林 (长春) on TRS WCM. ``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see
``simweb/blind44/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx44

SITES = (
    sites.qiaocheng,
    sites.guoyang,
    sites.mengcheng,
    sites.lixin,
    sites.xinxing,
    sites.taoshan,
    sites.qiezihe,
    sites.qth_portal,
    sites.jiutai,
    sites.nongan,
    sites.dehui,
    sites.shuangyang,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind44 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx44(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
