"""The ``kinds`` profile: a development web of 18 county and city sites, one or more per kind of
difficulty (see ``README.md``), modelled on real evidence and written apart from the crawler.

``build(seed)`` returns a :class:`~simweb.web.SimWeb` whose truth has the usual format plus, per
report, ``kinds`` (the kind numbers it exercises), ``higher_level``/``government`` (reposted
higher-level reports) and ``pages`` (further pages of a multi-page report), and ``trap_kinds``.
"""

from __future__ import annotations

from ..web import SimWeb
from .sites import ALL, Ctx

KIND_NAMES = {
    1: "title-attribute columns (规划计划 → 工作总结, 通知公告 sub-folders, 政策文件 → 其他文件)",
    2: "deep 政务公开 tree beside large news sections",
    3: "lists from JSON APIs (JPaaS, IRS, IGS, id-only list.do)",
    4: "item links without href (data-url, onclick, opendetail, li/tr onclick)",
    5: "reports over several pages",
    6: "traps (related chain, echoing search, print/share, calendar)",
    7: "county site reached only from its city portal",
    8: "higher-level reports reposted on county sites",
    9: "template titles without a place name (look-alikes)",
}


def build(seed: int = 0) -> SimWeb:
    return assemble(seed, ALL, truth)


def assemble(seed: int, makers, make_truth) -> SimWeb:
    """Run the site makers on a fresh web, add robots.txt and seed rows, then the truth."""
    web = SimWeb(seed, 1)
    ctx = Ctx(web, seed)
    for make in makers:
        make(ctx)
    for site in ctx.sites:
        if (site.host, "/robots.txt", "") not in web.resources:
            site.put("/robots.txt", "User-agent: *\nDisallow:\n", "text/plain")
        if site.seeded:
            web.rows.append({"name": site.name, "url": f"{site.scheme}://{site.host}/"})
    web.truth = make_truth(ctx)
    return web


def truth(ctx: Ctx) -> dict:
    reports, lookalikes, traps, trap_kinds = [], [], [], {}
    for site in ctx.sites:
        base = site.base
        for d in site.docs:
            if d.kind == "lookalike":
                lookalikes.append(
                    {
                        "url": base + d.path,
                        "title": d.title,
                        "kind": d.sub,
                        "kinds": list(d.kinds),
                        "site": site.key,
                    }
                )
            if d.kind not in ("report", "higher"):
                continue
            copies = []
            if d.form in ("html", "html+pdf"):
                copies.append({"url": base + d.path, "kind": "html", "findable": True})
                copies += [
                    {"url": base + p, "kind": "page", "page": i + 2, "findable": True}
                    for i, p in enumerate(d.pages)
                ]
            for att in d.attachments:
                copies.append(
                    {
                        "url": base + att.path,
                        "kind": att.ext,
                        "via": base + d.path,
                        "text_layer": True,
                        "findable": True,
                    }
                )
            entry = report_entry(
                site,
                d,
                copies,
                kinds=sorted(set(d.kinds) | ({6} if site.traps else set())),
                higher_level=d.kind == "higher",
                pages=[base + d.path] + [base + p for p in d.pages],
            )
            if d.kind == "higher":
                entry["government"] = d.government
            reports.append(entry)
        traps += site.traps
        trap_kinds.update(site.trap_kinds)
    return truth_frame(ctx, reports, lookalikes, traps, trap_kinds)


def report_entry(site, d, copies: list[dict], **extra) -> dict:
    """The truth entry of a report ``d`` of ``site`` with ``copies`` (the first one preferred), shared
    by the one-round webs (``kinds``, ``kinds2``, ``docweb``); ``extra`` adds or overrides keys."""
    return {
        "key": d.key,
        "title": d.title,
        "region": d.region,
        "province": d.province,
        "city": d.city,
        "report_year": d.year,
        "publisher": d.source,
        "publish_date": d.date,
        "issuer_kind": d.issuer,
        "body": "\n".join(d.body_paras),
        "copies": copies,
        "preferred_url": copies[0]["url"],
        "site": site.key,
        "higher_level": False,
        "pages": [site.base + d.path],
        **extra,
    }


def truth_frame(ctx: Ctx, reports: list, lookalikes: list, traps: list, trap_kinds: dict) -> dict:
    """The truth dict around the reports and look-alikes of a one-round web."""
    return {
        "seed": ctx.seed,
        "round": 1,
        "reports": reports,
        "lookalikes": lookalikes,
        "robots_disallowed": [],
        "traps": traps,
        "trap_kinds": trap_kinds,
        "hangs": [],
        "flaky": [],
        "changes": {"new": [], "edited": [], "deleted": []},
        "sites": [
            {"key": s.key, "host": s.host, "name": s.name, "seeded": s.seeded, "level": s.level}
            for s in ctx.sites
        ],
    }
