"""A reachability walker for the blind36 web.

It extends blind33's walker (and through it every earlier one: links, ``<option value>``
navigation, ``createPageHTML`` pagers, redirects …) with, without running any script:

* 衡阳's pager script: a page with ``var pageCount=N,currentPage=k,columnUrl="…"`` names
  ``columnUrl + "index.html"`` and ``columnUrl + "pages/<n>.html"`` for n up to N;
* the PHP list API: a page with ``var catid=…`` and a ``$.getJSON`` of ``/api.php?op=list`` is
  listed by GETting it with ``page`` counted up until ``list`` is empty; the answer is JSON
  served as ``text/html`` with ``\\/`` escapes;
* a GET year form: a ``<form action=… method="get">`` holding ``<select name="year">`` is
  submitted once per option.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind36.py`` only.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode, urljoin

from ..blind33.reach import Walker as Blind33Walker
from ..blind33.reach import unanswered_through_proxy

__all__ = ["HY_PAGER", "PHP_LIST", "YEAR_FORM", "Walker", "unanswered_through_proxy"]

HY_PAGER = re.compile(r'var pageCount=(\d+),currentPage=\d+,columnUrl="([^"]+)"')
PHP_LIST = re.compile(r'var catid=(\d+);function getList\(page\)\{\$\.getJSON\("([^"?]+)\?op=list&catid="')
YEAR_FORM = re.compile(
    r'<form[^>]*action="([^"]+)"[^>]*method="get"[^>]*>[^<]*<select name="year">(.*?)</select>', re.S
)


class Walker(Blind33Walker):
    def links(self, base: str, text: str) -> None:
        super().links(base, text)
        for pages, col in HY_PAGER.findall(text):
            for n in range(1, int(pages) + 1):
                self.add(base, col + ("index.html" if n == 1 else f"pages/{n}.html"))
        for action, opts in YEAR_FORM.findall(text):
            for year in re.findall(r'<option value="(\d+)"', opts):
                self.add(base, action + "?" + urlencode({"year": year}))

    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        for catid, endpoint in PHP_LIST.findall(text):
            for n in range(1, 200):
                url = urljoin(base, endpoint) + "?" + urlencode({"op": "list", "catid": catid, "page": n})
                _u, res = self.request(url)
                self.api_calls += 1
                rows = json.loads(res.body).get("list") if res is not None and res.status == 200 else None
                if not rows:
                    break
                for r in rows:
                    self.add(base, r["url"])
