"""The ``blind41`` profile: a forty-first web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and stored pages for these governments'
sites and platforms): 四川 (巴中, on the 龙讯 政务公开 platform) and 湖南 (永州, on the 湖南 集约化
platform, and the 永州市 portal). ``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see
``simweb/blind41/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx41

SITES = (
    sites.bazhou,
    sites.enyang,
    sites.tongjiang,
    sites.nanjiang,
    sites.pingchang,
    sites.lingling,
    sites.lengshuitan,
    sites.qiyang,
    sites.dongan,
    sites.daoxian,
    sites.ningyuan,
    sites.yz_portal,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind41 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx41(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
