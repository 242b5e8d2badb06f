"""The ``docweb`` profile: county sites that post their rule-of-law report only as a file the crawler
needs a reader for (scanned PDF, page images in the article, Word 97 ``.doc``, Kingsoft ``.wps``,
``.ofd``; see ``README.md``), modelled on real evidence and written apart from the crawler.

``build(seed)`` returns a :class:`~simweb.web.SimWeb` whose truth has the format of ``kinds2``: per
report ``form`` (how it is posted), ``copies`` (the article page, kind ``html``, and the file or page
images, kind ``pdf``/``image``/``doc``/``wps``/``ofd``, ``text_layer`` false for scans and images),
``findable`` (true: every report is reachable, a reader is what it takes) and ``body`` (the text the
file carries, from ``files/manifest.json``). Look-alikes posted as files list their file URLs too
(``file`` true).
"""

from __future__ import annotations

from ..kinds import assemble, report_entry, truth_frame
from ..kinds.sites import Ctx
from ..web import SimWeb
from .sites import ALL

FORM_NAMES = {
    "scan": "scanned PDF (image-only)",
    "images": "page images in the article (TRS W0….jpg)",
    "pngs": "page images in the article (Hanweb /picture/….png)",
    "doc": "Word 97 .doc",
    "wps": "Kingsoft .wps",
    "ofd": ".ofd",
    "html": "article text (control)",
}
FILE_KINDS = {"scan": "pdf", "images": "image", "pngs": "image", "doc": "doc", "wps": "wps", "ofd": "ofd"}


def build(seed: int = 0) -> SimWeb:
    return assemble(seed, ALL, truth)


def copies_of(site, doc) -> tuple[str, list[dict]]:
    """The form of a doc and its copies: the article page (unless the list links the file) and
    the file or page images."""
    entry = site.registries.get("files", {}).get(doc.uid)
    if entry is None:
        return "html", [{"url": site.base + doc.path, "kind": "html", "findable": True}]
    form, kind = entry["form"], FILE_KINDS[entry["form"]]
    article = site.base + doc.path
    direct = doc.path in entry["paths"]  # the list links the file itself
    out = [] if direct else [{"url": article, "kind": "html", "findable": True, "role": "article"}]
    for path in entry["paths"]:
        out.append(
            {
                "url": site.base + path,
                "kind": kind,
                "findable": True,
                "text_layer": form not in ("scan", "images", "pngs"),
                **({} if direct else {"via": article}),
            }
        )
    return form, out


def truth(ctx: Ctx) -> dict:
    reports, lookalikes, traps, trap_kinds = [], [], [], {}
    for site in ctx.sites:
        for d in site.docs:
            if d.kind == "lookalike":
                form, copies = copies_of(site, d)
                lookalikes += [
                    {
                        "url": c["url"],
                        "title": d.title,
                        "kind": d.sub,
                        "form": form,
                        "file": "via" in c,
                        "kinds": [],
                        "site": site.key,
                    }
                    for c in copies
                ]
            if d.kind != "report":
                continue
            form, copies = copies_of(site, d)
            reports.append(report_entry(site, d, copies, form=form, findable=True, kinds=[], host=site.host))
        traps += site.traps
        trap_kinds.update(site.trap_kinds)
    return truth_frame(ctx, reports, lookalikes, traps, trap_kinds)
