"""A reachability walker for the blind51 web.

It extends blind47's walker (and through it every earlier one: links, ``createPageHTML`` pagers,
redirects, list APIs, DWR, GraphQL, …) with, without running any script:

* the MyBatis-Plus nested page POST: a page with ``var columnId="…"`` and ``$.ajax({url:'…',
  type:'POST'`` whose body is ``{page:{current:n,size:S},query:{…}}`` is listed by POSTing that
  JSON with ``current`` counted up until ``data.records`` is empty;
* ``$.getScript`` list files: a page with ``var listBase="…"`` and ``$.getScript(listBase+n+'.js')``
  is listed by GETting ``<listBase><n>.js`` until it is missing or has no rows, each file's
  ``renderList({…})`` argument read as JSON;
* the ``axios.create`` instance: a page with ``axios.create({baseURL:'…'``, an interceptor setting
  ``config.headers['<name>']=Date.now()``, ``var chnlId="…"`` and ``service.get('<path>'`` is
  listed by GETting ``baseURL + path?chnlId&pageNo&pageSize`` with that header set to a
  millisecond timestamp until ``data.list`` is empty;
* the ES module: a ``<script type="module">`` importing from ``'<module>'`` beside
  ``data-column="…"`` is listed by reading the module's ``const BASE = '…'`` and its ``fetch(`…`)``
  template literal, filling ``${BASE}``, ``${column}`` and ``${page}``, until ``items`` is empty;
* ``fetch(new Request('<url>', {method:'POST', body:new URLSearchParams({catalogId, pageIndex,
  pageSize})}))``: POSTed form-urlencoded with ``pageIndex`` counted up until ``data.rows`` is empty.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind51.py`` only.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode, urljoin

from ..blind47.reach import Walker as Blind47Walker
from ..blind47.reach import unanswered_through_proxy

__all__ = ["AXIOS", "FORM_REQ", "GETSCRIPT", "MODULE", "MP_POST", "Walker", "unanswered_through_proxy"]

MP_POST = re.compile(
    r'var columnId="(\w+)";.*?\$\.ajax\(\{url:\'([^\']+)\',type:\'POST\'.*?page:\{current:n,size:(\d+)\}',
    re.S,
)
GETSCRIPT = re.compile(r'var listBase="([^"]+)";.*?\$\.getScript\(listBase\+n\+\'\.js\'\)', re.S)
RENDER = re.compile(r"^\s*renderList\((\{.*\})\);?\s*$", re.S)
AXIOS = re.compile(
    r"axios\.create\(\{baseURL:'([^']*)'.*?config\.headers\['([\w-]+)'\]=Date\.now\(\).*?"
    r"var chnlId=\"(\w+)\";.*?service\.get\('([^']+)',\{params:\{chnlId:chnlId,pageNo:n,pageSize:(\d+)\}",
    re.S,
)
MODULE = re.compile(
    r'data-column="(\w+)".*?<script type="module">import \{ (\w+) \} from \'([^\']+)\';', re.S
)
MODULE_BASE = re.compile(r"const BASE = '([^']*)';")
MODULE_FETCH = re.compile(r"fetch\(`([^`]+)`")
FORM_REQ = re.compile(
    r'var catalogId="(\w+)";.*?new Request\(\'([^\']+)\',\{method:\'POST\',body:new URLSearchParams\('
    r"\{catalogId:catalogId,pageIndex:n,pageSize:(\d+)\}\)",
    re.S,
)
STAMP_MS = "1735689600000"


class Walker(Blind47Walker):
    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        for colid, endpoint, size in MP_POST.findall(text):
            for n in range(1, 200):
                body = {"page": {"current": n, "size": int(size)}, "query": {"columnId": colid, "status": 1}}
                d = self._json(
                    urljoin(base, endpoint),
                    "POST",
                    json.dumps(body).encode(),
                    {"Content-Type": "application/json"},
                )
                rows = ((d or {}).get("data") or {}).get("records") or []
                if not rows:
                    break
                for r in rows:
                    self.add(base, r["url"])
        for list_base in GETSCRIPT.findall(text):
            for n in range(1, 200):
                _u, res = self.request(urljoin(base, f"{list_base}{n}.js"))
                self.api_calls += 1
                m = RENDER.match(res.body.decode("utf-8")) if res is not None and res.status == 200 else None
                rows = json.loads(m.group(1))["rows"] if m else []
                if not rows:
                    break
                for r in rows:
                    self.add(base, r["url"])
        for root, header, chnl, path, size in AXIOS.findall(text):
            for n in range(1, 200):
                q = urlencode({"chnlId": chnl, "pageNo": n, "pageSize": size})
                d = self._json(urljoin(base, root + path) + "?" + q, headers={header: STAMP_MS})
                rows = ((d or {}).get("data") or {}).get("list") or []
                if not rows:
                    break
                for r in rows:
                    self.add(base, r["linkUrl"])
        for column, _name, module in MODULE.findall(text):
            _u, res = self.request(urljoin(base, module))
            if res is None or res.status != 200:
                continue
            src = res.body.decode("utf-8")
            mb, mf = MODULE_BASE.search(src), MODULE_FETCH.search(src)
            if not (mb and mf):
                continue
            for n in range(1, 200):
                url = mf.group(1).replace("${BASE}", mb.group(1)).replace("${column}", column)
                d = self._json(urljoin(base, url.replace("${page}", str(n))))
                items = (d or {}).get("items") or []
                if not items:
                    break
                for it in items:
                    self.add(base, it["href"])
        for catalog, endpoint, size in FORM_REQ.findall(text):
            for n in range(1, 200):
                body = urlencode({"catalogId": catalog, "pageIndex": n, "pageSize": size}).encode()
                d = self._json(
                    urljoin(base, endpoint),
                    "POST",
                    body,
                    {"Content-Type": "application/x-www-form-urlencoded;charset=UTF-8"},
                )
                rows = ((d or {}).get("data") or {}).get("rows") or []
                if not rows:
                    break
                for r in rows:
                    self.add(base, r["url"])
