"""A reachability walker for the blind6 web that understands the blind6 sites' own mechanisms.

It extends the fifth blind profile's walker (links, frames, refreshes, script redirects, script
files, pagers, ``<datastore>`` records, POST and JSON list APIs, one retry of a 503) with, without
running any script, the department list API of the 太仓 catalogue: a page whose script names
``/appsearch/tcapi/list`` and holds ``pid = "<32 hex>"`` is listed by POSTing
``pageSize``, ``currentPage`` (counted up until a page has no rows) and ``pid``. Trap prefixes are
not entered. It also says where the web breaks its brief's bounds (``brief_problems``). Used by
``tests/test_simweb_blind6.py`` only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlencode, urljoin, urlsplit

from ..blind.reach import county_reports, findable, web_size
from ..blind5.reach import Walker as Blind5Walker
from ..web import SimWeb

PID_API = re.compile(r'var pid = "([0-9a-f]{32})";.*?url:"(/appsearch/tcapi/list)\?pageSize=(\d+)', re.S)


class Walker(Blind5Walker):
    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        for pid, endpoint, size in PID_API.findall(text):
            self.pages(
                base,
                lambda n, e=endpoint, p=pid, s=size: self.request(
                    urljoin(base, e) + "?" + urlencode({"pageSize": s, "currentPage": n, "pid": p}), "POST"
                ),
            )


def brief_problems(web: SimWeb) -> list[str]:
    """Where the web's figures leave the bounds its brief sets (seed rows of name and URL only,
    10-13 county-level sites, 18-24 findable reports, at most two per site, years 2019-2024, enough
    look-alikes, reposts, department reports and pages)."""
    size = web_size(web)
    checks = {
        "seed rows carry more than name and url": size["rows_name_url_only"],
        "rows out of 10-13": 10 <= size["rows"] <= 13,
        "findable reports out of 18-24": 18 <= size["findable"] <= 24,
        "sites out of 10-13": 10 <= size["sites"] <= 13,
        "a site with more than two reports": size["most_per_site"] <= 2,
        "a year outside 2019-2024": set(size["years"]) <= set(range(2019, 2025)),
        "fewer than 30 look-alikes": size["lookalikes"] >= 30,
        "fewer than 3 higher-level reposts": size["higher_level"] >= 3,
        "fewer than 2 department reports": size["department"] >= 2,
        "fewer than 3000 resources": size["resources"] > 3000,
    }
    return [what for what, ok in checks.items() if not ok]


def unfindable_files(web: SimWeb) -> dict[str, str]:
    """What the copies of the county reports that no reader of pages can find are, by kind: a
    ``.doc`` by its magic number and type, a PDF as "scan" when it has no font (no text layer)."""
    out = {}
    for report in county_reports(web):
        if findable(report):
            continue
        for copy in report["copies"]:
            p = urlsplit(copy["url"])
            res = web.resources[(p.hostname, p.path, p.query)]
            if copy["kind"] == "doc":
                out["doc"] = f"{res.body[:4].hex()} {res.ctype}"
            elif copy["kind"] == "pdf":
                out["pdf"] = "scan" if res.body.startswith(b"%PDF") and b"/Font" not in res.body else "text"
    return out


def unreached(web: SimWeb, reached: set[str], unseeded: Iterable[str]) -> list[str]:
    """What the walk missed: truth reports and look-alikes with no reached copy, an unseeded host
    that is seeded or was not reached, and trap URLs that were entered."""
    out = [r["key"] for r in web.truth["reports"] if not {c["url"] for c in r["copies"]} & reached]
    out += [lk["url"] for lk in web.truth["lookalikes"] if lk["url"] not in reached]
    hosts = {urlsplit(u).hostname for u in reached}
    seeded = {urlsplit(r["url"]).hostname for r in web.seed_rows()}
    out += [f"unseeded {h}" for h in unseeded if h in seeded or h not in hosts]
    out += [u for u in reached if u.startswith(tuple(web.truth["traps"]))]
    return out


def finite_traps(web: SimWeb, walker: Walker, starts: dict[str, str]) -> list[dict]:
    """The traps whose chain from ``starts[kind]`` (a path beside the trap's prefix) ends within
    six steps or leaves the trap's URL pattern."""
    out = []
    for trap in web.truth["trap_kinds"]:
        start = trap["prefix"].rsplit("/", 1)[0] + "/" + starts[trap["kind"]]
        chain = walker.trap_chain(start, trap["prefix"])
        pattern = re.compile(trap["pattern"])
        if len(set(chain)) != 6 or not all(pattern.search(u.replace("&amp;", "&")) for u in chain[1:]):
            out.append(trap)
    return out
