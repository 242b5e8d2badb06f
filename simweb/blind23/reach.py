"""A reachability walker for the blind23 web that understands the blind23 sites' own mechanisms.

It extends the twenty-first blind profile's walker (and through it every earlier one: links,
frames, script files, pagers, POST and JSON list APIs, JSONP, detail shells, Nuxt state, the
AES-encrypted and signed APIs, packed scripts, escaped rows, inline JSON, the pdf.js viewer …)
with, all without running any script:

* jQuery fragment loads: ``var colPath = "…", pageTotal = N;`` beside
  ``.load(colPath + "list_" + p + ".shtml #listCon")`` yields ``list_1.shtml`` …
  ``list_N.shtml`` (the selector after the space dropped, as jQuery does);
* Inertia pages: the root element's ``data-page`` attribute is HTML-unescaped and parsed as JSON;
  every ``props.articles.data[].url`` and the paginator's ``next_page_url`` are followed;
* a runtime-configured API: a page with ``data-channel`` that loads ``/static/config.js`` and
  ``/static/js/list.js`` has its endpoint built from ``baseURL`` (config) and the path (list
  script), and is paged by ``data.pages``;
* jqPaginator pagers: ``totalPages: N`` beside an ``onPageChange`` that sets
  ``location.href = … "list4_" + num + ".shtml"`` yields ``list4_2.shtml`` … ``list4_N.shtml``.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind23.py`` only.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import urlencode, urljoin

from ..blind21.reach import Walker as Blind21Walker
from ..blind21.reach import unanswered_through_proxy

__all__ = ["Walker", "unanswered_through_proxy"]

LOAD_VARS = re.compile(r'var colPath = "([^"]+)", pageTotal = (\d+);')
LOAD_CALL = re.compile(r'\.load\(colPath \+ "([^"]+)" \+ p \+ "([^" ]+)[^"]*"')
DATA_PAGE = re.compile(r'<div id="app" data-page="([^"]+)"')
CHANNEL = re.compile(r'data-channel="([^"]+)"')
SCRIPT_SRC = re.compile(r"""<script[^>]*\bsrc=["']([^"']+\.js)["']""", re.I)
BASE_URL = re.compile(r'baseURL:\s*"([^"]+)"')
API_PATH = re.compile(r'cfg\.baseURL \+ "([^"]+)"')
JQP_TOTAL = re.compile(r"jqPaginator\(\{\s*totalPages: (\d+)")
JQP_HREF = re.compile(r'location\.href = [^;]*?"([^"]+)" \+ num \+ "([^"]+)"')


class Walker(Blind21Walker):
    def __init__(self, *args, **kw) -> None:
        super().__init__(*args, **kw)
        self.texts: dict[str, str] = {}

    def script(self, url: str) -> str:
        if url not in self.texts:
            _u, res = self.request(url)
            ok = res is not None and res.status == 200
            self.texts[url] = res.body.decode("utf-8", "replace") if ok else ""
        return self.texts[url]

    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        for col, total in LOAD_VARS.findall(text):
            for stem, ext in LOAD_CALL.findall(text):
                for p in range(1, int(total) + 1):
                    self.add(base, f"{col}{stem}{p}{ext}")
        for total in JQP_TOTAL.findall(text):
            for stem, ext in JQP_HREF.findall(text):
                for n in range(2, int(total) + 1):
                    self.add(base, f"{stem}{n}{ext}")
        for raw in DATA_PAGE.findall(text):
            page = json.loads(html.unescape(raw))
            arts = page["props"]["articles"]
            for rec in arts["data"]:
                self.add(base, rec["url"])
            if arts.get("next_page_url"):
                self.add(base, arts["next_page_url"])
        for channel in CHANNEL.findall(text):
            srcs = [urljoin(base, s) for s in SCRIPT_SRC.findall(text)]
            bases = [m for s in srcs for m in BASE_URL.findall(self.script(s))]
            paths = [m for s in srcs for m in API_PATH.findall(self.script(s))]
            for b in bases:
                for path in paths:
                    p, pages = 1, 1
                    while p <= pages:
                        api = (
                            urljoin(base, b + path)
                            + "?"
                            + urlencode({"channelId": channel, "pageNo": p, "pageSize": 15})
                        )
                        _u, res = self.request(api)
                        if res is None or res.status != 200:
                            break
                        data = json.loads(res.body)["data"]
                        pages = data["pages"]
                        for rec in data["records"]:
                            self.add(base, rec["linkUrl"])
                        p += 1
