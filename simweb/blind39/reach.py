"""A reachability walker for the blind39 web.

It extends blind36's walker (and through it every earlier one: links, ``createPageHTML`` pagers,
redirects, list APIs …) with, without running any script:

* DWR plaincall lists: a page loading ``/dwr/interface/<Bean>.js`` and calling
  ``<Bean>.<method>(channelId, p, …)`` with ``var channelId="…"`` is listed by POSTing the
  plaincall body to ``/dwr/call/plaincall/<Bean>.<method>.dwr``, the page counted up until the
  callback's ``rows`` is empty;
* the base64 query API: a page with ``var columnId=…,pageSize=…`` and a ``fetch`` of
  ``<endpoint>?q=`` + ``btoa(JSON.stringify({columnId, pageNo, pageSize}))`` is listed by GETting
  it with ``pageNo`` counted up until ``records`` is empty;
* base64 ``data-url`` rows: each ``data-url="<base64>"`` is decoded to a link.

``<link rel="next">`` is an ``href`` and already followed. Trap prefixes are not entered. Used by
``tests/test_simweb_blind39.py`` only.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from urllib.parse import quote, urljoin

from ..blind36.reach import Walker as Blind36Walker
from ..blind36.reach import unanswered_through_proxy

__all__ = ["B64_API", "DATA_URL", "DWR_CALL", "Walker", "unanswered_through_proxy"]

DWR_CALL = re.compile(
    r'src="(/dwr/interface/(\w+)\.js)".*?var channelId="(\w+)";function \w+\(p\)\{\2\.(\w+)\(channelId,p,',
    re.S,
)
B64_API = re.compile(r"var columnId=(\d+),pageSize=(\d+);.*?fetch\('([^'?]+)\?q='", re.S)
DATA_URL = re.compile(r'data-url="([A-Za-z0-9+/=]+)"')
ROWS = re.compile(r"rows:\[(.*?)\]\}\);", re.S)
ROW_URL = re.compile(r'url:"([^"]+)"')
TEXT = {"Content-Type": "text/plain"}


class Walker(Blind36Walker):
    def links(self, base: str, text: str) -> None:
        super().links(base, text)
        for raw in DATA_URL.findall(text):
            try:
                self.add(base, base64.b64decode(raw).decode())
            except (binascii.Error, UnicodeDecodeError):
                continue

    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        for _js, bean, chan, method in DWR_CALL.findall(text):
            for n in range(1, 200):
                body = (
                    f"callCount=1\nc0-scriptName={bean}\nc0-methodName={method}\nc0-id=0\n"
                    f"c0-param0=string:{chan}\nc0-param1=number:{n}\nbatchId={n}\n"
                ).encode()
                _u, res = self.request(
                    urljoin(base, f"/dwr/call/plaincall/{bean}.{method}.dwr"), "POST", body, TEXT
                )
                self.api_calls += 1
                m = ROWS.search(res.body.decode()) if res is not None and res.status == 200 else None
                urls = ROW_URL.findall(m.group(1)) if m else []
                if not urls:
                    break
                for u in urls:
                    self.add(base, u)
        for col, size, endpoint in B64_API.findall(text):
            for n in range(1, 200):
                q = json.dumps(
                    {"columnId": int(col), "pageNo": n, "pageSize": int(size)}, separators=(",", ":")
                )
                url = urljoin(base, endpoint) + "?q=" + quote(base64.b64encode(q.encode()).decode(), safe="")
                _u, res = self.request(url)
                self.api_calls += 1
                rows = (
                    json.loads(res.body)["data"]["records"] if res is not None and res.status == 200 else None
                )
                if not rows:
                    break
                for r in rows:
                    self.add(base, r["linkUrl"])
