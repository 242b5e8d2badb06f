"""The ``kinds7`` profile: a seventh development web of the provinces' shared county-site platforms
(集约化 / 政府信息公开 platforms) that no earlier web models: the Hunan 集约化 platform's numeric
columns, the Hubei TRS 信息公开 tree, the Hebei provincial platform's ``/columns/<uuid>/`` list
blocks, the older Hebei ``/col/<ms>/`` platform, the Tianjin district platform with its 繁體
gateway, Shanghai Pudong's 法治政府建设 columns and the Guangxi TRS 信息公开 tree (see
``README.md``), modelled on real evidence and written apart from the crawler.

``build(seed)`` returns a :class:`~simweb.web.SimWeb` whose truth has the format of ``kinds5`` (per
report ``kinds`` — here the platform's number —, ``higher_level``, ``findable``, ``form``, ``host``;
a reposted higher-level report carries ``government``) plus ``platform`` per report, ``departments``
(department reports, neither required nor counted as false finds) and the gateway traps.
"""

from __future__ import annotations

from ..kinds import assemble
from ..kinds.sites import Ctx
from ..kinds5 import scoring_truth
from ..kinds5 import truth as kinds5_truth
from ..web import SimWeb
from .sites import ALL

__all__ = ["PLATFORMS", "build", "scoring_truth", "truth"]

PLATFORMS = {
    1: "湖南 集约化 (numeric column folders, content_<id>.html, index_N.htm)",
    2: "湖北 TRS 信息公开 (法定主动公开 → 其他主动公开内容, .shtml, createPageHTML, info table)",
    3: "河北 provincial platform (/columns/<uuid>/, list blocks ?page=N&fix=0)",
    4: "河北 older county platform (/col/<ms>/YYYY/MM/DD/<ms>.html)",
    5: "天津 district platform (zfxxgk_qzf1 → 其他法定公开信息, 工作报告; 繁體 gateway)",
    6: "上海 浦东 (法治政府建设(区政府)/(部门), /<year>/<day of year>/<id>.html)",
    7: "广西 TRS 信息公开 (法定主动公开内容 → 通知公告)",
}


def build(seed: int = 0) -> SimWeb:
    return assemble(seed, ALL, truth)


def truth(ctx: Ctx) -> dict:
    """The truth of ``kinds5`` (reports, higher-level reposts, departments, look-alikes) with each
    report's platform and findability from its copies (a ``.doc``-only report is not findable), and
    the gateway traps."""
    out = kinds5_truth(ctx)
    for entry in out["reports"] + out["departments"]:
        entry["findable"] = any(c["findable"] for c in entry["copies"])
        entry["platform"] = PLATFORMS[entry["kinds"][0]] if entry["kinds"] else ""
    out["traps"] = [t for site in ctx.sites for t in site.traps]
    out["trap_kinds"] = {k: v for site in ctx.sites for k, v in site.trap_kinds.items()}
    return out
