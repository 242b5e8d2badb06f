"""A reachability walker for the blind5 web that understands the blind5 sites' own mechanisms.

It extends the fourth blind profile's walker (links, frames, refreshes, script files, pagers,
POST and JSON list APIs, one retry of a 503) with, all without running any script: the JSON list
API a list element names in its ``data-api``/``data-column``/``data-size`` attributes (GET,
``pageIndex`` counted up until a page has no rows), numbered static JSON list files announced by
``loadList('<folder>', <pages>)``, the ``file=`` parameter of a pdf.js viewer URL, and
``<area href>`` of image maps (through the plain link rule). Trap prefixes are not entered. It also
says where the web breaks its brief's bounds (``brief_problems``) and which of its hosts other
webs already use (``shared_hosts``). Used by ``tests/test_simweb_blind5.py`` only.
"""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit

from ..blind.reach import web_size
from ..blind4.reach import Walker as Blind4Walker
from ..web import SimWeb, build_web

DATA_API = re.compile(r'data-api="([^"]+)" data-column="(\d+)" data-size="(\d+)"')
LOAD_LIST = re.compile(r"""loadList\('([^']+)', (\d+)\)""")
VIEWER = re.compile(r"""["']([^"']*viewer\.html\?file=[^"']+)["']""")


class Walker(Blind4Walker):
    def links(self, base: str, text: str) -> None:
        super().links(base, text)
        for url in VIEWER.findall(text):
            for target in parse_qs(urlsplit(url.replace("&amp;", "&")).query).get("file", []):
                self.add(base, target)

    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        for endpoint, column, size in DATA_API.findall(text):
            self.pages(
                base,
                lambda n, e=endpoint, c=column, s=size: self.request(
                    urljoin(base, e) + "?" + urlencode({"columnId": c, "pageIndex": n, "pageSize": s})
                ),
            )
        for folder, total in LOAD_LIST.findall(text):
            for n in range(1, int(total) + 1):
                _u, res = self.request(urljoin(base, f"{folder}page_{n}.json"))
                self.api_calls += 1
                if res is None or res.status != 200:
                    break
                for row in json.loads(res.body)["list"]:
                    self.add(base, row["link"])


def brief_problems(web: SimWeb) -> list[str]:
    """Where the web's figures leave the bounds its brief sets (seed rows of name and URL only,
    13-15 rows and sites, 20-26 findable reports, at most two per site, years 2019-2024, enough
    look-alikes, reposts, department reports and pages)."""
    size = web_size(web)
    checks = {
        "seed rows carry more than name and url": size["rows_name_url_only"],
        "rows out of 13-15": 13 <= size["rows"] <= 15,
        "findable reports out of 20-26": 20 <= size["findable"] <= 26,
        "sites out of 13-15": 13 <= size["sites"] <= 15,
        "a site with more than two reports": size["most_per_site"] <= 2,
        "a year outside 2019-2024": set(size["years"]) <= set(range(2019, 2025)),
        "fewer than 30 look-alikes": size["lookalikes"] >= 30,
        "fewer than 3 higher-level reposts": size["higher_level"] >= 3,
        "fewer than 2 department reports": size["department"] >= 2,
        "fewer than 3000 resources": size["resources"] > 3000,
    }
    return [what for what, ok in checks.items() if not ok]


def shared_hosts(web: SimWeb, profiles: tuple[str, ...]) -> set[str]:
    """The hosts of the web's reports and seed rows that the webs of ``profiles`` also serve."""
    others = set().union(*(build_web(0, profile=p).hosts for p in profiles))
    own = {urlsplit(c["url"]).hostname for r in web.truth["reports"] for c in r["copies"]}
    return (own | {urlsplit(r["url"]).hostname for r in web.seed_rows()}) & others
