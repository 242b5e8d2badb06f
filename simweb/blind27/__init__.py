"""The ``blind27`` profile: a twenty-seventh web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and pages for these governments' sites and
platforms), to measure how the crawler does on sites nobody tuned it for: 四川 (绵阳), 云南 (曲靖)
and 贵州 (毕节). ``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see
``simweb/blind27/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx27

SITES = (
    sites.jiangyou,
    sites.santai,
    sites.zitong,
    sites.beichuan,
    sites.xuanwei,
    sites.luliang,
    sites.luoping,
    sites.huize,
    sites.dafang,
    sites.zhijin,
    sites.hezhang,
    sites.bijie_city,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind27 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx27(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
