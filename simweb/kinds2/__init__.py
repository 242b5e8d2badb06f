"""The ``kinds2`` profile: a second development web of county sites, one or more per mechanism that
``kinds`` lacks (city-run platforms, separate disclosure hosts with iframes and framesets, id-only
JSON lists built by script, POST pagers, old GB2312 ASP sites, new traps; see ``README.md``),
modelled on real evidence and written apart from the crawler.

``build(seed)`` returns a :class:`~simweb.web.SimWeb` whose truth has the format of ``kinds``: per
report ``kinds`` (the kind numbers it exercises), ``higher_level``, ``pages``; ``trap_kinds``; and
``sites``. Copies carry ``findable`` (False for a .doc-only or scanned report) and ``kind``
(``html``, ``json`` for an article served as JSON, ``pdf``, ``docx``, ``doc``).
"""

from __future__ import annotations

from collections.abc import Callable

from ..kinds import assemble, report_entry, truth_frame
from ..kinds.sites import Ctx
from ..web import SimWeb
from .sites import ALL

KIND_NAMES = {
    1: "county disclosure on a city-run platform host (the county only in a query or the page)",
    2: "separate 信息公开 host or old site: lists in iframes, frameset home page",
    3: "id-only JSON lists turned into links by script (art-template, template literals, Date)",
    4: "POST and script pagers (__doPostBack, form POST, ?page=N written from a total)",
    5: "report only as an attachment under a one-line article (PDF, DOCX; .doc not findable)",
    6: "report 3-4 levels deep beside hundreds of news",
    7: "traps (calendar by query, facet combinations, rotating session ids)",
}


def build(seed: int = 0) -> SimWeb:
    return assemble(seed, ALL, truth)


def copies_of(site, doc) -> list[dict]:
    base = site.base
    extra = site.extra_copies
    out = []
    if doc.form in ("html", "html+pdf", "scan"):
        findable = doc.form != "scan"
        out.append({"url": base + doc.path, "kind": "html", "findable": findable})
        out += [
            {"url": base + url, "kind": kind, "findable": findable, "variant": True}
            for url, kind in extra.get(doc.path, [])
        ]
    for att in doc.attachments:
        out.append(
            {
                "url": base + att.path,
                "kind": att.ext,
                "via": base + doc.path,
                "text_layer": att.ext != "doc",
                "findable": att.ext != "doc",
            }
        )
    return out


def truth(ctx: Ctx, copies_for: Callable = copies_of) -> dict:
    """The truth of a one-round web whose reports' copies ``copies_for(site, doc)`` lists (also
    used by ``kinds3``, with its own copies)."""
    reports, lookalikes, traps, trap_kinds = [], [], [], {}
    for site in ctx.sites:
        for d in site.docs:
            if d.kind == "lookalike":
                lookalikes.append(
                    {
                        "url": site.base + d.path,
                        "title": d.title,
                        "kind": d.sub,
                        "kinds": list(d.kinds),
                        "site": site.key,
                    }
                )
            if d.kind != "report":
                continue
            copies = copies_for(site, d)
            kinds = sorted(set(d.kinds) | ({7} if site.traps else set()))
            reports.append(
                report_entry(
                    site,
                    d,
                    copies,
                    kinds=kinds,
                    form=d.form,
                    host=site.host,
                    findable=any(c["findable"] for c in copies),
                )
            )
        traps += site.traps
        trap_kinds.update(site.trap_kinds)
    return truth_frame(ctx, reports, lookalikes, traps, trap_kinds)
