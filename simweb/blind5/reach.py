"""A reachability walker for the blind5 web that understands the blind5 sites' own mechanisms.

It extends the fourth blind profile's walker (links, frames, refreshes, script files, pagers,
POST and JSON list APIs, one retry of a 503) with, all without running any script: the JSON list
API a list element names in its ``data-api``/``data-column``/``data-size`` attributes (GET,
``pageIndex`` counted up until a page has no rows), numbered static JSON list files announced by
``loadList('<folder>', <pages>)``, the ``file=`` parameter of a pdf.js viewer URL, and
``<area href>`` of image maps (through the plain link rule). Trap prefixes are not entered. Used
by ``tests/test_simweb_blind5.py`` only.
"""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit

from ..blind4.reach import Walker as Blind4Walker

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
