"""A reachability walker for the blind59 web.

It extends blind55's walker (and through it every earlier one: links, ``createPageHTML`` pagers,
redirects, a cookie jar, list APIs, DWR, GraphQL, …) with, without running any script:

* the city platform's shared endpoint: a page with ``var siteId="…",chnlId="…"`` and
  ``var platform='<absolute endpoint>'`` is listed by GETting
  ``<endpoint>?siteId&chnlId&page=n&size=S``, ``page`` counted up until ``data.list`` is empty;
* template-string page URLs: a page with ``var tpl='<…{n}…>'`` and ``javascript:go(k)`` pager
  links is followed to ``tpl`` with ``{n}`` replaced by each ``k`` above 1;
* ``Promise.all`` of a count and a list API: ``count`` is read once and the list asked at
  ``offset`` 0, ``limit``, … below it;
* an offset in the path: a page with ``var base='<col>offset/',step=S`` is listed by GETting
  ``base + k`` for k = S, 2S, … until the fragment is empty, its links followed.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind59.py`` only.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode, urljoin

from ..blind55.reach import Walker as Blind55Walker
from ..blind55.reach import unanswered_through_proxy

__all__ = [
    "CITY_CALL",
    "GO_LINK",
    "OFFSET_BASE",
    "PROMISE_ALL",
    "TPL_VAR",
    "Walker",
    "unanswered_through_proxy",
]

CITY_CALL = re.compile(
    r"var siteId=\"(\w+)\",chnlId=\"(\w+)\";var platform='(https?://[^']+)';.*?&size=(\d+)'\)", re.S
)
TPL_VAR = re.compile(r"var tpl='([^']*\{n\}[^']*)'")
GO_LINK = re.compile(r'href="javascript:go\((\d+)\)"')
PROMISE_ALL = re.compile(
    r"var catalogId=\"(\w+)\",limit=(\d+);function \w+\(n\)\{Promise\.all\(\["
    r"fetch\('([^'?]+)\?catalogId='\+catalogId\).*?fetch\('([^'?]+)\?catalogId='\+catalogId\+'&offset='",
    re.S,
)
OFFSET_BASE = re.compile(r"var base='([^']+/offset/)',step=(\d+);")


class Walker(Blind55Walker):
    def _get(self, url: str):
        _u, res = self.request(url)
        self.api_calls += 1
        if res is None or res.status != 200:
            return None
        return res.body.decode("utf-8")

    def links(self, base: str, text: str) -> None:
        super().links(base, text)
        tpl = TPL_VAR.search(text)
        for k in GO_LINK.findall(text) if tpl else ():
            if int(k) > 1:
                self.add(base, tpl.group(1).replace("{n}", k))

    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        for site, chnl, endpoint, size in CITY_CALL.findall(text):
            for n in range(1, 200):
                t = self._get(
                    endpoint + "?" + urlencode({"siteId": site, "chnlId": chnl, "page": n, "size": size})
                )
                rows = ((json.loads(t) if t else {}).get("data") or {}).get("list") or []
                if not rows:
                    break
                for r in rows:
                    self.add(base, r["url"])
        for cat, limit, count_api, list_api in PROMISE_ALL.findall(text):
            t = self._get(urljoin(base, count_api) + "?" + urlencode({"catalogId": cat}))
            total = json.loads(t)["count"] if t else 0
            for off in range(0, total, int(limit)):
                t = self._get(
                    urljoin(base, list_api)
                    + "?"
                    + urlencode({"catalogId": cat, "offset": off, "limit": limit})
                )
                for r in json.loads(t) if t else []:
                    self.add(base, r["link"])
        for prefix, step in OFFSET_BASE.findall(text):
            for k in range(int(step), 100 * int(step), int(step)):
                frag = self._get(urljoin(base, f"{prefix}{k}"))
                if not frag or not frag.strip():
                    break
                super().links(base, frag)
