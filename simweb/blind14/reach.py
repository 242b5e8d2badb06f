"""A reachability walker for the blind14 web that understands the blind14 sites' own mechanisms.

It extends the thirteenth blind profile's walker (links, frames, refreshes, script redirects,
script files, pagers, POST and JSON list APIs, JSONP, detail shells, sitemaps, Nuxt state,
DataTables, ``goPage``, kkFileView, ``__doPostBack``, ``data-id`` rows, XML lists, …) with, all
without running any script:

* ``href="javascript:openDetail('<id>','<ym>')"`` links: when a script file of the page defines
  ``function openDetail(id,ym){window.open("<a>"+ym+"<b>"+id+"<c>");}``, each call becomes
  ``<a><ym><b><id><c>``;
* an art-template list: when a page holds ``<script id="tpl-list" type="text/html">`` and GETs
  ``url:"<api>"`` with ``var channelId="<id>"`` and ``pageSize:<n>``, pages ``1…ceil(total/n)`` of
  ``<api>?channelId=<id>&pageNum=<p>&pageSize=<n>`` are fetched and each record fills the
  template's ``href`` (``{{$value.<field>}}``);
* a jQuery ``$.get("<api>",{cid:cid,page:page},…)`` list: it is asked as jQuery asks, with
  ``X-Requested-With: XMLHttpRequest``, page after page up to ``data.last_page``; each
  ``data.list[].url`` becomes a link.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind14.py`` only.
"""

from __future__ import annotations

import json
import math
import re
from urllib.parse import urlencode, urljoin

from ..blind13.reach import SCRIPT
from ..blind13.reach import Walker as Blind13Walker

OPEN_CALL = re.compile(r"""javascript:openDetail\('(\d+)','(\d+)'\)""")
OPEN_FN = re.compile(
    r"""function openDetail\(id,ym\)\{window\.open\("([^"]*)"\+ym\+"([^"]*)"\+id\+"([^"]*)"\)"""
)
TPL = re.compile(r"""<script id="tpl-list" type="text/html">(.*?)</script>""", re.S)
TPL_HREF = re.compile(r"""href="([^"]*\{\{[^"]*)\"""")
TPL_FIELD = re.compile(r"\{\{\$value\.(\w+)\}\}")
TPL_API = re.compile(r"""url:"([^"]+)",data:q""")
TPL_CH = re.compile(r"""var channelId="([^"]+)";""")
TPL_SIZE = re.compile(r"""pageSize:(\d+)""")
GET_API = re.compile(
    r"""var cid="([^"]+)",page=1;function load\(\)\{\$\.get\("([^"]+)",\{cid:cid,page:page\}"""
)
XHR = {"X-Requested-With": "XMLHttpRequest"}


class Walker(Blind13Walker):
    def links(self, base: str, text: str) -> None:
        super().links(base, text)
        calls = OPEN_CALL.findall(text)
        if not calls:
            return
        for src in SCRIPT.findall(text):
            _u, res = self.request(urljoin(base, src))
            if res is None or res.status != 200:
                continue
            for a, b, c in OPEN_FN.findall(res.body.decode("utf-8", "replace")):
                for rid, ym in calls:
                    self.add(base, f"{a}{ym}{b}{rid}{c}")

    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        self.template_list(base, text)
        self.xhr_list(base, text)

    def template_list(self, base: str, text: str) -> None:
        tpl, api, ch = TPL.search(text), TPL_API.search(text), TPL_CH.search(text)
        if not (tpl and api and ch):
            return
        href = TPL_HREF.search(tpl.group(1))
        size = int(TPL_SIZE.search(text).group(1)) if TPL_SIZE.search(text) else 15
        page, pages = 1, 1
        while page <= pages:
            query = urlencode({"channelId": ch.group(1), "pageNum": page, "pageSize": size})
            _u, res = self.request(urljoin(base, f"{api.group(1)}?{query}"))
            self.api_calls += 1
            if res is None or res.status != 200:
                break
            data = json.loads(res.body)["data"]
            pages = max(1, math.ceil(data["total"] / size))
            for rec in data["list"]:
                self.add(base, TPL_FIELD.sub(lambda m, rec=rec: str(rec.get(m.group(1), "")), href.group(1)))
            page += 1

    def xhr_list(self, base: str, text: str) -> None:
        found = GET_API.search(text)
        if not found:
            return
        cid, api = found.groups()
        page, last = 1, 1
        while page <= last:
            _u, res = self.request(
                urljoin(base, f"{api}?{urlencode({'cid': cid, 'page': page})}"), "GET", b"", XHR
            )
            self.api_calls += 1
            if res is None or res.status != 200:
                break
            data = json.loads(res.body)["data"]
            last = int(data["last_page"])
            for rec in data["list"]:
                self.add(base, rec["url"])
            page += 1
