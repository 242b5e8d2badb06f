"""The ``blind48`` profile: a forty-eighth web of county sites written without knowledge of the
crawler, modelled on the evidence earlier blind webs gathered for these provinces' platforms:
河北 (衡水, and the 衡水市 portal), 辽宁 (盘锦) and 新疆 (塔城地区). ``build(seed)`` returns a
:class:`~simweb.web.SimWeb`; see ``simweb/blind48/README.md``.
"""

from __future__ import annotations

from ..web import SimWeb
from . import sites
from .core import Ctx48

SITES = (
    sites.taocheng,
    sites.jizhou,
    sites.zaoqiang,
    sites.raoyang,
    sites.anping,
    sites.hengshui_city,
    sites.shuangtaizi,
    sites.xinglongtai,
    sites.panshan,
    sites.shawan,
    sites.tuoli,
    sites.tacheng,
)


def build(seed: int = 0) -> SimWeb:
    """Render every blind48 site; the web's ``truth`` has the usual keys plus ``trap_kinds`` and,
    per report, ``blind_kinds``, ``higher_level`` and ``department`` (as blind24's)."""
    ctx = Ctx48(seed)
    for site in SITES:
        site(ctx)
    ctx.web.truth = ctx.truth()
    return ctx.web
