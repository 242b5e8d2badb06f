"""The ``blind34`` profile: a thirty-fourth web of county sites written without knowledge of the
crawler, modelled on real evidence (public crawler code and stored pages for these governments'
sites and platforms): 四川 (泸州, 遂宁, 眉山, and the 泸州市 portal) and 云南 (普洱, 昭通).
``build(seed)`` returns a :class:`~simweb.web.SimWeb`; see ``simweb/blind34/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx34

SITES = (
    sites.luxian,
    sites.hejiang,
    sites.xuyong,
    sites.luzhou_portal,
    sites.pengxi,
    sites.renshou,
    sites.hongya,
    sites.simao,
    sites.ninger,
    sites.mojiang,
    sites.jingdong,
    sites.yanjin,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind34 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx34(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
