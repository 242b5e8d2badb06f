"""A reachability walker for the blind10 web that understands the blind10 sites' own mechanisms.

It extends the ninth blind profile's walker (links, frames, refreshes, script redirects, script
files, pagers, ``<datastore>`` records, POST and JSON list APIs, JSONP, detail shells, sitemaps,
加载更多 offsets, the TRS IGS endpoint, …) with, all without running any script:

* ThinkPHP ``?s=`` routes and XunRuiCMS ``?s=news&c=…`` pages need nothing new: they are
  ordinary links (with ``&amp;`` in the markup), walked as such;
* a ThinkPHP list shell holding ``var type = N`` and a ``$.post`` of ``{type:type,p:p}``: the
  endpoint is POSTed ``type`` and ``p`` (counted up until the answer's ``content`` table has no
  article row) and the links of each ``content`` table are walked;
* the Struts2 single-page site: a shell holding ``var API={list:"…",one:"…"}`` is routed on its
  path the way its script does: ``/list`` GETs the list action for its ``newType`` (``page``
  counted up to ``ceil(total / rows)``), ``/`` for each type the script names, and each row
  becomes ``/content?id=<newManageId>&newType=<t>``; ``/content`` GETs the by-id action
  (``details`` maps each shell URL to the text the action answered).

Trap prefixes are not entered. Used by ``tests/test_simweb_blind10.py`` only.
"""

from __future__ import annotations

import json
import math
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from ..blind9.reach import Walker as Blind9Walker

TP_POST = re.compile(r'var type = (\d+);function getList\(p\)\{\$\.post\("([^"]+)",\{type:type,p:p\}')
SPA = re.compile(r'var API=\{list:"([^"]+)",one:"([^"]+)"\};var ROWS=(\d+);')
SPA_HOME = re.compile(r"\$\.each\(\[([\d,]+)\],function\(i,t\)\{loadList\(t,1\);\}\)")


class Walker(Blind9Walker):
    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        for kind, endpoint in TP_POST.findall(text):
            for p in range(1, 500):
                _u, res = self.request(
                    urljoin(base, endpoint),
                    "POST",
                    urlencode({"type": kind, "p": p}).encode(),
                    {"Content-Type": "application/x-www-form-urlencoded"},
                )
                self.api_calls += 1
                if res is None or res.status != 200:
                    break
                content = json.loads(res.body).get("content", "")
                if content.count("<tr>") <= 2:  # the header and the 共N条 line only
                    break
                self.links(base, content)
        for list_api, one_api, rows in SPA.findall(text):
            parts = urlsplit(base)
            q = dict(parse_qsl(parts.query))
            if parts.path == "/content":
                _u, res = self.request(
                    urljoin(base, one_api) + "?" + urlencode({"newManage.newManageId": q.get("id", "")})
                )
                self.api_calls += 1
                if res is not None and res.status == 200:
                    data = json.loads(res.body).get("newManage") or {}
                    self.details[base] = data.get("content", "")
                continue
            if parts.path == "/list":
                types = [q.get("newType", "")]
            else:
                types = [t for m in SPA_HOME.findall(text) for t in m.split(",")]
            for t in types:
                pages, p = 1, 1
                while p <= pages:
                    query = urlencode({"newManage.newType": t, "page": p, "rows": rows})
                    _u, res = self.request(urljoin(base, list_api) + "?" + query)
                    self.api_calls += 1
                    if res is None or res.status != 200:
                        break
                    data = json.loads(res.body)
                    pages = math.ceil(data.get("total", 0) / int(rows))
                    for r in data.get("rows", []):
                        self.add(base, f"/content?id={r['newManageId']}&newType={t}")
                    p += 1
