"""The ``blind2`` profile: a second web of county sites written without knowledge of the
crawler, modelled on real evidence (stored pages of gov.cn sites, public crawler code for their
CMSs), to measure how the crawler generalises. ``build(seed)`` returns a
:class:`~simweb.web.SimWeb`; see ``simweb/blind2/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites_a, sites_b
from .core import Ctx2

SITES = (
    sites_a.hualong,
    sites_a.hancheng,
    sites_a.hecheng,
    sites_a.neixiang,
    sites_a.mingshan,
    sites_a.wuzhi,
    sites_b.maonan,
    sites_b.shifang,
    sites_b.jurong,
    sites_b.lingqiu,
    sites_b.linqu,
    sites_b.weinan,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind2 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds`` (the mechanisms it exercises), ``pages`` (a report over several
    pages) and ``higher_level`` (a provincial or city report reposted on a county site)."""
    ctx = Ctx2(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
