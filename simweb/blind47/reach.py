"""A reachability walker for the blind47 web.

It extends blind39's walker (and through it every earlier one: links, ``createPageHTML`` pagers,
redirects, list APIs, DWR, …) with, without running any script:

* GraphQL lists: a page with ``var gqlChannel="…"``, ``var GQL="<query>"`` and a ``fetch`` POST
  to ``/graphql`` is listed by POSTing ``{"query": GQL, "variables": {"channel", "page"}}`` with
  the page counted up until ``data.articles.items`` is empty;
* the cursor-paged API: a page with ``var catId=…,size=…`` and ``$.ajax({url:'…'`` is listed by
  GETting ``?catId&size&lastId=`` with ``X-Requested-With: XMLHttpRequest`` (what jQuery sends),
  each answer's ``nextCursor`` sent back as ``lastId`` until it is ``null``;
* ``<select onchange="location.href=this.value">`` pagers: each ``<option value>`` is a link;
* JSON config then list API: a page with ``var columnKey="…"`` and ``fetch('<config>.json')``
  is listed by reading the config's ``api.list``, ``columns[key]`` and ``pageSize`` and GETting
  ``?columnId&pageNum&pageSize`` until ``rows`` is empty.

``<frame src>`` is a ``src`` and already followed. Trap prefixes are not entered. Used by
``tests/test_simweb_blind47.py`` only.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode, urljoin

from ..blind39.reach import Walker as Blind39Walker
from ..blind39.reach import unanswered_through_proxy

__all__ = ["CONFIG_API", "CURSOR_API", "GQL_API", "SELECT", "Walker", "unanswered_through_proxy"]

GQL_API = re.compile(r'var gqlChannel="(\w+)";var GQL=("(?:[^"\\]|\\.)*");.*?fetch\(\'([^\']+)\'', re.S)
CURSOR_API = re.compile(r"var catId=(\d+),size=(\d+),cursor=\"\";.*?\$\.ajax\(\{url:'([^']+)'", re.S)
CONFIG_API = re.compile(r"var columnKey=\"(\w+)\";fetch\('([^']+\.json)'\)")
SELECT = re.compile(r"<select[^>]*onchange=\"location\.href=this\.value\"[^>]*>(.*?)</select>", re.S)
OPTION = re.compile(r'<option value="([^"]+)"')
XHR = {"X-Requested-With": "XMLHttpRequest"}


class Walker(Blind39Walker):
    def links(self, base: str, text: str) -> None:
        super().links(base, text)
        for block in SELECT.findall(text):
            for value in OPTION.findall(block):
                self.add(base, value)

    def _json(self, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
        _u, res = self.request(url, method, body, headers)
        self.api_calls += 1
        if res is None or res.status != 200:
            return None
        return json.loads(res.body)

    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        for chan, query, endpoint in GQL_API.findall(text):
            for n in range(1, 200):
                body = json.dumps({"query": json.loads(query), "variables": {"channel": chan, "page": n}})
                d = self._json(
                    urljoin(base, endpoint), "POST", body.encode(), {"Content-Type": "application/json"}
                )
                items = d["data"]["articles"]["items"] if d else []
                if not items:
                    break
                for it in items:
                    self.add(base, it["url"])
        for cat, size, endpoint in CURSOR_API.findall(text):
            cursor = ""
            for _ in range(200):
                q = urlencode({"catId": cat, "size": size, "lastId": cursor})
                d = self._json(urljoin(base, endpoint) + "?" + q, headers=XHR)
                for it in (d or {}).get("list", []):
                    self.add(base, it["url"])
                cursor = (d or {}).get("nextCursor")
                if not cursor:
                    break
        for key, config in CONFIG_API.findall(text):
            cfg = self._json(urljoin(base, config))
            if not cfg or key not in cfg.get("columns", {}):
                continue
            endpoint = urljoin(base, cfg.get("baseApi", "") + cfg["api"]["list"])
            for n in range(1, 200):
                q = urlencode({"columnId": cfg["columns"][key], "pageNum": n, "pageSize": cfg["pageSize"]})
                d = self._json(endpoint + "?" + q)
                rows = (d or {}).get("rows") or []
                if not rows:
                    break
                for r in rows:
                    self.add(base, r["linkUrl"])
