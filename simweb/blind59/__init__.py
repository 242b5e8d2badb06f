"""The ``blind59`` profile: a fifty-ninth web of county sites written without knowledge of the
crawler, modelled on real evidence (public client code for the mechanisms, the shared site lists
for hosts) where it was found and on stated assumptions where not: 四川 (资阳), 安徽 (铜陵) and
广西 (贵港, and the 贵港市 portal). ``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see
``simweb/blind59/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx59

SITES = (
    sites.yanjiang,
    sites.anyue,
    sites.lezhi,
    sites.tongguan,
    sites.yian,
    sites.jiaoqu,
    sites.zongyang,
    sites.gangbei,
    sites.gangnan,
    sites.qintang,
    sites.pingnan,
    sites.gg_portal,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind59 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx59(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
