"""The ``blind`` profile: county sites written without knowledge of the crawler, modelled on
real evidence (public crawler code for these CMSs, stored real pages), to measure how the crawler
generalises. ``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_a, sites_b
from .core import Ctx

SITES = (sites_a.qianan, sites_a.zunhua, sites_a.tjnh, sites_a.wangkui, sites_a.lianyuan,
         sites_b.anji, sites_b.haian, sites_b.xingguo, sites_b.lax, sites_b.chongyi,
         sites_b.dancheng, sites_b.suihua)


def build(seed: int = 0) -> SimWeb:
    """Render every blind site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (which failure kinds it exercises), ``pages`` (multi-page
    reports) and ``higher_level`` (a provincial or city report reposted on a county site)."""
    sites_b.JPAAS.clear()
    ctx = Ctx(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
