"""The ``blind53`` profile: a fifty-third web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and stored pages for these governments'
sites and platforms): 广西 (北海), 贵州 (黔西南) and 四川 (广元, and the 广元市 portal).
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind53/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx53

SITES = (
    sites.haicheng,
    sites.yinhai,
    sites.tieshangang,
    sites.hepu,
    sites.xingyi,
    sites.xingren,
    sites.anlong,
    sites.zhenfeng,
    sites.lizhou,
    sites.zhaohua,
    sites.wangcang,
    sites.gy_portal,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind53 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx53(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
