"""A reachability walker for the blind12 web that understands the blind12 sites' own mechanisms.

It extends the eleventh blind profile's walker (links, frames, refreshes, script redirects,
script files, pagers, POST and JSON list APIs, JSONP, detail shells, sitemaps, ThinkPHP and
XunRuiCMS routes, ``<base href>``, ``<select>`` pagers, the hash-routed site, …) with, all
without running any script:

* Nuxt's ``window.__NUXT__`` state: when a page carries one and its bundle (a ``<script src>``)
  routes rows to ``"/detail/"+t.id`` and pages by ``{query:{page:t}}``, every ``{id:N,`` row of the
  state becomes ``/detail/N`` and, on page 1, ``?page=2`` … ``ceil(total / pageSize)`` are walked;
* a DataTables table in server-side mode: its ``ajax`` URL is POSTed the DataTables form
  (``draw``, ``start``, ``length`` and the ``columnId`` its ``data`` function sets) until
  ``start`` reaches ``recordsTotal``, and each row's ``id`` becomes the href its ``render``
  function writes;
* ``javascript:goPage(n)`` pager links, when the page defines ``goPage`` as going to
  ``index_n.jhtml`` (``index.jhtml`` for 1) in the page's directory;
* a kkFileView ``onlinePreview`` page (an ordinary link): the file URL its script sets
  (``var url = '…'``) beside the ``pdfjs/web/viewer.html?file=`` iframe.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind12.py`` only.
"""

from __future__ import annotations

import json
import math
import re
from urllib.parse import urlencode, urljoin, urlsplit

from ..blind11.reach import Walker as Blind11Walker

SCRIPT = re.compile(r"""<script\s+src=["']([^"']+)["']""", re.I)
NUXT = re.compile(r"window\.__NUXT__=\(function\((.*?)</script>", re.S)
NUXT_ID = re.compile(r"\{id:(\d+),")
NUXT_PAGING = re.compile(r"total:(\d+),pageNum:(\d+),pageSize:(\d+)")
DT = re.compile(
    r"""DataTable\(\{serverSide:true.*?ajax:\{url:"([^"]+)",type:"POST",data:function\(d\)\{d\.(\w+)="([^"]*)";\}\}"""
    r""".*?render:function\(data,type,row\)\{return '<a href="([^']*)'\+row\.id\+""",
    re.S,
)
GOPAGE = re.compile(r"""javascript:goPage\((\d+)\)""")
GOPAGE_FN = re.compile(r"""function goPage\(p\)\{.*?"index_"\+p\+"\.jhtml":"index\.jhtml"\)""", re.S)
KK_URL = re.compile(r"""var url = '([^']+)';""")


class Walker(Blind11Walker):
    def links(self, base: str, text: str) -> None:
        super().links(base, text)
        if GOPAGE_FN.search(text):
            for n in sorted({int(n) for n in GOPAGE.findall(text)}):
                self.add(base, "index.jhtml" if n == 1 else f"index_{n}.jhtml")
        if "pdfjs/web/viewer.html?file=" in text:
            for url in KK_URL.findall(text):
                self.add(base, url)

    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        self.nuxt(base, text)
        for url, field, value, href in DT.findall(text):
            start, total, draw = 0, 1, 1
            while start < total:
                form = urlencode({"draw": draw, "start": start, "length": 15, field: value}).encode()
                _u, res = self.request(
                    urljoin(base, url), "POST", form, {"Content-Type": "application/x-www-form-urlencoded"}
                )
                self.api_calls += 1
                if res is None or res.status != 200:
                    break
                data = json.loads(res.body)
                total = data.get("recordsTotal", 0)
                for row in data.get("data", []):
                    self.add(base, f"{href}{row['id']}")
                start, draw = start + 15, draw + 1

    def nuxt(self, base: str, text: str) -> None:
        m = NUXT.search(text)
        if not m:
            return
        bundle = ""
        for src in SCRIPT.findall(text):
            _u, res = self.request(urljoin(base, src))
            if res is not None and res.status == 200:
                bundle += res.body.decode("utf-8", "replace")
        if '"/detail/"+t.id' not in bundle:
            return
        state = m.group(1)
        for rid in NUXT_ID.findall(state):
            self.add(base, f"/detail/{rid}")
        paging = NUXT_PAGING.search(state)
        if paging and "query:{page:t}" in bundle:
            total, page, size = map(int, paging.groups())
            if page == 1:
                path = urlsplit(base).path
                for k in range(2, math.ceil(total / size) + 1):
                    self.add(base, f"{path}?page={k}")
