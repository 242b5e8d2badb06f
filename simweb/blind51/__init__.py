"""The ``blind51`` profile: a fifty-first web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and stored pages) where it was found and
on stated assumptions where not: 河南 (鹤壁), 湖南 (张家界) and 山东 (枣庄, and the 枣庄市 portal).
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind51/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx51

SITES = (
    sites.qibin,
    sites.qixian,
    sites.xunxian,
    sites.shancheng,
    sites.heshan,
    sites.yongding,
    sites.cili,
    sites.sangzhi,
    sites.yicheng,
    sites.taierzhuang,
    sites.shanting,
    sites.zz_portal,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind51 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx51(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
