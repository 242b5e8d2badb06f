"""A reachability walker for the blind11 web that understands the blind11 sites' own mechanisms.

It extends the tenth blind profile's walker (links, frames, refreshes, script redirects, script
files, pagers, ``<datastore>`` records, POST and JSON list APIs, JSONP, detail shells, sitemaps,
ThinkPHP and XunRuiCMS routes, the Struts2 single-page site, …) with, all without running any
script:

* DedeCMS's ``/plus/list.php?tid=…&TotalResult=…&PageNo=…`` pager and Epoint's query-only pager
  links (``href="?categoryNum=…&Paging=2"``) need nothing new: they are ordinary links;
* a ``<select>`` whose ``onchange`` goes to ``this.value``: each ``<option value>`` is a link;
* ``<base href>``: every link of a page that declares one is resolved against it, not against
  the page's own URL;
* the hash-routed Vue site: a page whose script file declares ``BASE_API`` and reads
  ``/cms/article/list`` is asked, for each ``#/list?cid=N`` its menu links, ``pageNum`` 1, 2, …
  up to ``ceil(total / 15)``, and each row becomes ``/html/article/<articleId>.html``.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind11.py`` only.
"""

from __future__ import annotations

import json
import math
import re
from urllib.parse import urlencode, urljoin

from ..blind10.reach import Walker as Blind10Walker

BASE = re.compile(r"""<base\s+href=["']([^"']+)["']""", re.I)
SELECT = re.compile(r"""<select[^>]*onchange="[^"]*this\.value[^"]*"[^>]*>(.*?)</select>""", re.I | re.S)
OPTION = re.compile(r"""<option\s+value=["']([^"']+)["']""", re.I)
SCRIPT = re.compile(r"""<script\s+src=["']([^"']+)["']""", re.I)
HASH_LIST = re.compile(r"""#/list\?cid=(\d+)""")
BASE_API = re.compile(r"""BASE_API="([^"]*)";""")


class Walker(Blind10Walker):
    def links(self, base: str, text: str) -> None:
        m = BASE.search(text)
        if m:
            base = urljoin(base, m.group(1))
        super().links(base, text)
        for block in SELECT.findall(text):
            for value in OPTION.findall(block):
                self.add(base, value)

    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        cids = sorted(set(HASH_LIST.findall(text)), key=int)
        if not cids:
            return
        for src in SCRIPT.findall(text):
            _u, res = self.request(urljoin(base, src))
            if res is None or res.status != 200:
                continue
            script = res.body.decode("utf-8", "replace")
            api = BASE_API.search(script)
            if not api or "/cms/article/list" not in script:
                continue
            for cid in cids:
                pages, p = 1, 1
                while p <= pages:
                    query = urlencode({"cid": cid, "pageNum": p, "pageSize": 15})
                    _u, ans = self.request(urljoin(base, api.group(1) + "/cms/article/list") + "?" + query)
                    self.api_calls += 1
                    if ans is None or ans.status != 200:
                        break
                    data = json.loads(ans.body)
                    pages = math.ceil(data.get("total", 0) / 15)
                    for row in data.get("rows", []):
                        self.add(base, f"/html/article/{row['articleId']}.html")
                    p += 1
