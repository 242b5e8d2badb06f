"""The ``kinds5`` profile: a fifth development web of ordinary county sites as they really are,
the long tail a crawler tuned on the other webs still misses (reports filed in unexpected but
ordinary columns, 信息公开目录 per 机构, title variants, metadata only in tables, lists or URLs,
ordinary pagers and year sub-columns beside large news columns, reposts of higher-level and
neighbouring governments' reports, department reports and look-alikes; see ``README.md``),
modelled on real evidence and written apart from the crawler.

``build(seed)`` returns a :class:`~simweb.web.SimWeb` whose truth has the format of ``kinds2``
(per report ``kinds``, ``higher_level``, ``pages``, ``findable``, ``form``, ``host``; a reposted
higher-level report carries ``government``, a neighbour's ``reposted``) plus ``departments``:
department reports (``kind: "department"``), neither required nor counted as false finds.
"""

from __future__ import annotations

from ..kinds import assemble, report_entry, truth_frame
from ..kinds.sites import Ctx
from ..kinds3 import copies_of
from ..web import SimWeb
from .sites import ALL

KIND_NAMES = {
    1: (
        "filed in an ordinary but unexpected column (计划总结, 其他, 重点领域, 通知公告, 专题 linked "
        "by an image, an icon or the footer)"
    ),
    2: "信息公开目录 per 机构 (县政府, 办公室, 部门) with category filters",
    3: (
        "title variants (no year, no place, short name, 依法行政工作报告, （全文）, 工作总结的报告, "
        "cut with …)"
    ),
    4: "metadata only in 信息公开 tables, list dates or the body; GBK pages",
    5: "ordinary pagers (createPageHTML, ?page=N) and year sub-columns beside large news columns",
    6: "reposted reports of a province, a city or a neighbouring county in the same columns",
}


def build(seed: int = 0) -> SimWeb:
    return assemble(seed, ALL, truth)


def truth(ctx: Ctx) -> dict:
    """Reports (the county's own, higher-level and neighbours' reposts), departments, look-alikes."""
    reports, departments, lookalikes = [], [], []
    for site in ctx.sites:
        for d in site.docs:
            if d.kind == "lookalike":
                entry = dict(url=site.base + d.path, title=d.title, kind=d.sub, kinds=[], site=site.key)
                lookalikes.append(entry)
                continue
            if d.kind not in ("report", "higher", "department"):
                continue
            copies = copies_of(site, d)
            entry = report_entry(
                site,
                d,
                copies,
                kinds=sorted(d.kinds),
                form=d.form,
                host=site.host,
                findable=True,
                higher_level=d.kind == "higher",
            )
            if d.kind == "higher":
                entry["government"] = d.government
            if d.kind == "report" and d.region != site.name:
                entry["reposted"] = True
            if d.kind == "department":
                departments.append({**entry, "kind": "department", "kinds": []})
            else:
                reports.append(entry)
    out = truth_frame(ctx, reports, lookalikes, [], {})
    out["departments"] = departments
    return out


def scoring_truth(truth: dict) -> dict:
    """The truth to score an archive with: department reports added as copies that are not
    required (found or not, they count neither as missed nor as false)."""
    optional = [
        {**d, "copies": [{**c, "findable": False} for c in d["copies"]]} for d in truth["departments"]
    ]
    return {**truth, "reports": truth["reports"] + optional}
