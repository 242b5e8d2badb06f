"""Shared machinery of the blind7 profile: its context, GUIDs, a 加速乐-style gate and a host move.

It builds on the sixth blind profile's context (``simweb.blind6.core``: department reports, 考核
notices, higher-level reposts, scans, attachment-only reports, the column writer over any URL
shape, the truncated list row, the date-archive and echoing-search traps) and adds what this web
needs of its own: its random streams, profile name and ICP prefixes, stable GUIDs for the ASP.NET
sites, a script-challenge firewall that answers 521 until the client sends the cookies its script
sets (sites.md "Script-challenge firewalls", the simple 加速乐 kind), and an old host that 301s
every path to the county's new host on another domain (sites.md "Moved sites").
"""

from __future__ import annotations

import datetime as dt
import random
import re

from ..blind.core import h
from ..blind6.core import County, Ctx6, Item, column, cut_row, date_trap, esc, html_copy, search_trap
from ..model import Request, Resource

__all__ = [
    "County",
    "Ctx7",
    "Item",
    "column",
    "cut_row",
    "date_trap",
    "esc",
    "guid",
    "html_copy",
    "jsl_gate",
    "moved_host",
    "search_trap",
]

ICP = {
    "北京市": "京",
    "天津市": "津",
    "河北省": "冀",
    "山西省": "晋",
    "内蒙古自治区": "蒙",
    "辽宁省": "辽",
    "安徽省": "皖",
    "福建省": "闽",
    "江西省": "赣",
    "山东省": "鲁",
}

STAMP = dt.datetime(2024, 6, 1)


def guid(*parts: object) -> str:
    """A stable GUID (8-4-4-4-12 hex) for ``parts``."""
    x = h("blind7", *parts)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


class Ctx7(Ctx6):
    """The blind context with blind7's own random streams, profile name and ICP prefixes."""

    def icp(self, host: str, text: str) -> str:
        if host not in self.provinces:
            return text
        return text.replace("冀ICP备", ICP[self.provinces[host]] + "ICP备", 1)

    def rng(self, *parts: object) -> random.Random:
        return random.Random(f"blind7|{self.seed}|" + "|".join(map(str, parts)))

    def truth(self) -> dict:
        out = super().truth()
        out["profile"] = "blind7"
        return out


def cookies(req: Request) -> dict[str, str]:
    raw = next((v for k, v in req.headers.items() if k.lower() == "cookie"), "")
    return dict(p.strip().split("=", 1) for p in raw.split(";") if "=" in p)


def jsl_gate(ctx: Ctx7, c: County) -> str:
    """Put every page of ``c`` (robots.txt aside) behind a 加速乐-style challenge: a request
    without the cookies answers 521 with ``Set-Cookie: __jsluid_h=…`` and a script that sets
    ``__jsl_clearance_s`` and reloads (sites.md: "521 with ``__jsluid_h`` and
    ``document.cookie='__jsl_clearance_s=…'; location.href=…``", the simple kind whose value is
    written out). Returns the clearance value."""
    uid = h("jsluid", c.host)[:32]
    clearance = f"1717209600.{int(h('jsl', c.host)[:6], 16) % 1000:03d}|0|{h('clr', c.host)[:24]}"
    pages = {
        (path, query): res
        for (host, path, query), res in list(ctx.web.resources.items())
        if host == c.host and path != "/robots.txt"
    }
    for path, query in pages:
        del ctx.web.resources[(c.host, path, query)]
    challenge = (
        '<html><head><meta charset="utf-8"></head><body><script>document.cookie=\'__jsl_clearance_s='
        f"{clearance};max-age=3600;path=/';location.href=location.pathname+location.search</script>"
        "</body></html>"
    ).encode()

    def handler(req: Request) -> Resource:
        jar = cookies(req)
        if jar.get("__jsluid_h") != uid or jar.get("__jsl_clearance_s") != clearance:
            return Resource(
                challenge,
                status=521,
                headers=(("Set-Cookie", f"__jsluid_h={uid}; max-age=31536000; path=/; HttpOnly"),),
                modified=STAMP,
            )
        res = pages.get((req.path, req.query))
        if res is None:
            return Resource(b"<h1>404 Not Found</h1>", status=404)
        return res

    ctx.handle_prefix(c, "/", handler)
    return clearance


def moved_host(ctx: Ctx7, old: str, new: County) -> None:
    """The county's old host answers every path with a 301 to the same path on its new host on
    another registrable domain (sites.md "Moved sites")."""

    def handler(req: Request) -> Resource:
        target = f"{new.base}{req.path}" + (f"?{req.query}" if req.query else "")
        return Resource(b"", status=301, headers=(("Location", target),), modified=STAMP)

    ctx.handle_prefix(old, "/", handler)


JSL_SCRIPT = re.compile(r"document\.cookie='(__jsl_clearance_s)=([^;']+)")
