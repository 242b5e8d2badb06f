"""A reachability walker for the blind55 web.

It extends blind51's walker (and through it every earlier one: links, ``createPageHTML`` pagers,
redirects, a cookie jar, list APIs, DWR, GraphQL, …) with, without running any script:

* the ``<meta name="api-base">`` root: a page whose script reads that meta tag and fetches
  ``apiBase+'/channels/'+chnl+'/articles?page='+n+'&size='+size`` is listed by GETting the meta's
  ``content`` joined with that path, ``page`` counted up until ``content`` is empty;
* the XSSI-prefixed answer: a page ``$.ajax``-ing ``url:'…'`` with ``dataType:'text'`` and
  ``data:{colId:colId,pageNo:n,pageSize:S}`` is listed by GETting it and stripping ``)]}',`` and
  the newline before parsing, until ``result.list`` is empty;
* the XSRF double submit: a page POSTing ``{categoryId, pageNum, pageSize}`` with an
  ``X-XSRF-TOKEN`` header read from the ``XSRF-TOKEN`` cookie is listed by sending the cookie the
  jar kept from that page as the header, until ``data.list`` is empty;
* the XHR with ``responseType='json'`` and ``<template>`` rows: a page opening
  ``'<url>?catId='+catId+'&page='+n+'&rows=S'`` is listed by GETting it and parsing the
  ``text/plain`` answer as JSON, each row's ``link`` the ``href`` of its template clone, until
  ``rows`` is empty.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind55.py`` only.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode, urljoin, urlsplit

from ..blind51.reach import Walker as Blind51Walker
from ..blind51.reach import unanswered_through_proxy

__all__ = [
    "META_BASE",
    "META_CALL",
    "XHR_TPL",
    "XSRF_POST",
    "XSSI_AJAX",
    "Walker",
    "unanswered_through_proxy",
]

META_BASE = re.compile(r'<meta name="api-base" content="([^"]+)">')
META_CALL = re.compile(
    r"var chnl=\"(\w+)\",size=(\d+);.*?querySelector\('meta\[name=\"api-base\"\]'\).*?"
    r"fetch\(apiBase\+'(/channels/)'\+chnl\+'(/articles)\?page='\+n\+'&size='\+size\)",
    re.S,
)
XSSI_AJAX = re.compile(
    r"var colId=\"(\w+)\";.*?\$\.ajax\(\{url:'([^']+)',type:'GET',dataType:'text',"
    r"data:\{colId:colId,pageNo:n,pageSize:(\d+)\}",
    re.S,
)
XSSI_PREFIX = re.compile(r"^\)\]\}',?\n")
XSRF_POST = re.compile(
    r"var categoryId=\"(\w+)\";.*?document\.cookie.*?fetch\('([^']+)',\{method:'POST'.*?"
    r"'X-XSRF-TOKEN':getCookie\('([\w-]+)'\)\}.*?pageNum:n,pageSize:(\d+)",
    re.S,
)
XHR_TPL = re.compile(
    r"<template id=\"(\w+)\">.*?var catId=\"(\w+)\";.*?xhr\.open\('GET','([^'?]+)\?catId='\+catId\+"
    r"'&page='\+n\+'&rows=(\d+)'\);xhr\.responseType='json';",
    re.S,
)


class Walker(Blind51Walker):
    def _text(self, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
        _u, res = self.request(url, method, body, headers)
        self.api_calls += 1
        if res is None or res.status != 200:
            return None
        return res.body.decode("utf-8")

    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        meta = META_BASE.search(text)
        for chnl, size, mid, tail in META_CALL.findall(text) if meta else ():
            for n in range(1, 200):
                url = urljoin(base, f"{meta.group(1)}{mid}{chnl}{tail}?page={n}&size={size}")
                d = self._json(url)
                rows = (d or {}).get("content") or []
                if not rows:
                    break
                for r in rows:
                    self.add(base, r["url"])
        for colid, endpoint, size in XSSI_AJAX.findall(text):
            for n in range(1, 200):
                t = self._text(
                    urljoin(base, endpoint) + "?" + urlencode({"colId": colid, "pageNo": n, "pageSize": size})
                )
                d = json.loads(XSSI_PREFIX.sub("", t)) if t else None
                rows = ((d or {}).get("result") or {}).get("list") or []
                if not rows:
                    break
                for r in rows:
                    self.add(base, r["href"])
        for cat, endpoint, cookie, size in XSRF_POST.findall(text):
            token = self.jar.get(urlsplit(base).hostname or "", {}).get(cookie, "")
            for n in range(1, 200):
                body = json.dumps({"categoryId": cat, "pageNum": n, "pageSize": int(size)}).encode()
                d = self._json(
                    urljoin(base, endpoint),
                    "POST",
                    body,
                    {"Content-Type": "application/json", "X-XSRF-TOKEN": token},
                )
                rows = ((d or {}).get("data") or {}).get("list") or []
                if not rows:
                    break
                for r in rows:
                    self.add(base, r["link"])
        for _tpl, cat, endpoint, size in XHR_TPL.findall(text):
            for n in range(1, 200):
                t = self._text(
                    urljoin(base, endpoint) + "?" + urlencode({"catId": cat, "page": n, "rows": size})
                )
                rows = (json.loads(t) if t else {}).get("rows") or []
                if not rows:
                    break
                for r in rows:
                    self.add(base, r["link"])
