"""The ``kinds3`` profile: a third development web of county sites, one or more per mechanism that
neither ``kinds`` nor ``kinds2`` has (home pages that only forward, catalogues and portals built in
the browser from a config, detail helpers in separate scripts, tab/year/load-more list controls,
sitemaps, RSS and mobile hosts as the only complete index, PDFs behind viewers, new traps; see
``README.md``), modelled on real evidence and written apart from the crawler.

``build(seed)`` returns a :class:`~simweb.web.SimWeb` whose truth has the format of ``kinds2``: per
report ``kinds``, ``higher_level``, ``pages``, ``findable``, ``form`` (``html``, ``html+pdf``,
``pdf``, ``json``, ``ofd``) and ``host``; ``trap_kinds``; and ``sites``. Copies carry ``findable``
(False for an OFD-only report) and ``kind`` (``html``, ``json`` for an article served only as JSON,
``pdf``, ``ofd``).
"""

from __future__ import annotations

from ..kinds import assemble
from ..kinds.sites import Ctx
from ..kinds2 import truth as kinds2_truth
from ..web import SimWeb
from .sites import ALL

KIND_NAMES = {
    1: "home page that only forwards (meta refresh, script redirect, splash 引导页, another host)",
    2: "catalogue or portal built in the browser from a config (gkmlpt _CONFIG + api/all, Vue + config.js)",
    3: "detail links built by a helper defined in a separate .js file (toDetail, goInfo)",
    4: "list controls: tab strip of fragment sources, year <select>, 加载更多 by offset",
    5: "the only complete index elsewhere: sitemap.xml from robots.txt, RSS feed, m. mobile host",
    6: "report as a PDF behind a viewer (pdf.js viewer.html?file=, <embed>); OFD only (not findable)",
    7: "traps (nesting 繁體 gateway, soft-404 prev/next chain, 关怀版 font-size views)",
}


def build(seed: int = 0) -> SimWeb:
    return assemble(seed, ALL, truth)


def copies_of(site, doc) -> list[dict]:
    """An html or JSON copy for forms that have one, then the attachments (an OFD is not findable)."""
    base = site.base
    out = []
    if doc.form in ("html", "html+pdf", "json"):
        out.append(
            {"url": base + doc.path, "kind": "json" if doc.form == "json" else "html", "findable": True}
        )
    for att in doc.attachments:
        readable = att.ext in ("pdf", "docx")
        out.append(
            {
                "url": base + att.path,
                "kind": att.ext,
                "via": base + doc.path,
                "text_layer": readable,
                "findable": readable,
            }
        )
    return out


def truth(ctx: Ctx) -> dict:
    return kinds2_truth(ctx, copies_of)
