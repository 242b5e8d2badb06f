"""The ``kinds6`` profile: a sixth development web of county sites, one or more per thing a
national crawl meets that no other development web models (the Anhui 集约化 platform's
``/site/label/8888`` list API, list rows whose link text is not the title, article bodies in an
``<iframe>`` or pulled in by ``$.load``, seeds that redirect or whose ``www.`` form is dead, a
``<meta>`` that lies about the charset, 403 to non-browser user agents, 500 on the first request,
``?t=`` stamps, ``:8080`` host forms, percent-encoded Chinese paths, ``../`` links, mixed-case
paths, and tag-cloud and date-range traps; see ``README.md``), modelled on real evidence and
written apart from the crawler.

``build(seed)`` returns a :class:`~simweb.web.SimWeb` whose truth has the format of ``kinds2``
(per report ``kinds``, ``pages``, ``higher_level`` — always false here —, ``findable``, ``form``,
``host``); copies are the article (``html``), then its variants (``variant: true``: the ``:8080``,
``?t=`` and lower-case forms of kind ``html``, the ``frame`` page or the ``fragment`` that holds
the body). ``truth["seeds"]`` says per seed row how its URL answers.
"""

from __future__ import annotations

from ..kinds import assemble
from ..kinds.sites import Ctx
from ..kinds2 import truth as kinds2_truth
from ..web import SimWeb
from .mechs import encoded
from .sites import ALL

KIND_NAMES = {
    1: "list only from the 集约化 platform's /site/label/8888 API (GET with a random _=, or POST; pageCount)",
    2: "list rows whose link text is not the title (查看 in a table, [详细] after a summary in <dl> cards)",
    3: "article body outside the article page (an <iframe> page, a fragment loaded by $('#zoom').load)",
    4: (
        "servers as they misbehave (seed redirect chain to another host form, dead www., meta utf-8 over "
        "GBK bytes, 403 to non-browser user agents, 500 on the first request)"
    ),
    5: "URL forms (../ links, percent-encoded Chinese paths, :8080 host form, ?t= stamps, mixed-case paths)",
    6: "traps (a tag cloud that combines tags, an archive by date range that moves and widens)",
}


def build(seed: int = 0) -> SimWeb:
    web = assemble(seed, ALL, truth)
    web.rows[:] = [{"name": row["name"], "url": row["url"]} for row in web.truth["seeds"]]
    return web


def copies_of(site, doc) -> list[dict]:
    """The article, then its variants (absolute URLs kept as they are); no site here has attachments."""
    base = site.base
    out = [{"url": base + encoded(doc.path), "kind": "html", "findable": True}]
    for url, kind in site.extra_copies.get(doc.path, []):
        out.append(
            {"url": url if "://" in url else base + url, "kind": kind, "findable": True, "variant": True}
        )
    return out


def truth(ctx: Ctx) -> dict:
    """The ``kinds2`` truth with this profile's copies; a report of a site with a trap is of kind 6
    here (``kinds2`` numbers that kind 7)."""
    out = kinds2_truth(ctx, copies_of)
    for r in out["reports"]:
        r["kinds"] = sorted({6 if k == 7 else k for k in r["kinds"]})
    out["seeds"] = [
        {
            "name": s.name,
            "url": s.seed_url,
            "site": s.base + "/",
            "how": "dead host form"
            if s.key == "chenxi"
            else "redirects"
            if s.key == "yuanling"
            else "answers",
        }
        for s in ctx.sites
    ]
    return out
