"""A reachability walker for the blind21 web that understands the blind21 sites' own mechanisms.

It extends the nineteenth blind profile's walker (and through it every earlier one: links,
frames, script files, pagers, POST and JSON list APIs, JSONP, detail shells, Nuxt state, the
AES-encrypted and signed APIs, the Referer-guarded fragment, base64 bodies …) with, all
without running any script:

* packed scripts (in the page or in a ``<script src>`` file it loads):
  ``eval(function(p,a,c,k,e,d){…}('<payload>',62,<n>,'<words>'.split('|'),0,{}))``
  is unpacked (every base-62 word replaced by its keyword) and the result's links followed;
* escaped rows: ``document.write(unescape("%3C…"))`` is unescaped (``%XX`` and ``%uXXXX``) and
  its links followed;
* inline escaped JSON: ``var listData = {…};`` (``\\/`` and ``\\uXXXX``) is parsed and every
  row's ``url`` followed, all rows at once (the browser pages them by slicing);
* pdf.js viewer links: ``…/pdfjs/web/viewer.html?file=<encoded path>`` also yield the file.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind21.py`` only.
"""

from __future__ import annotations

import json
import re
from urllib.parse import unquote, urljoin

from ..blind19.reach import Walker as Blind19Walker
from ..blind19.reach import unanswered_through_proxy
from .sites_c import unpack

__all__ = ["Walker", "js_unescape", "unanswered_through_proxy"]

UNESCAPE = re.compile(r'document\.write\(unescape\("([^"]*)"\)\)')
LIST_DATA = re.compile(r"var listData = (\{.*?\});\n")
SCRIPT_SRC = re.compile(r"""<script[^>]*\bsrc=["']([^"']+\.js)["']""", re.I)
VIEWER = re.compile(r"""pdfjs/web/viewer\.html\?file=([^"'&\s<>]+)""")


def js_unescape(s: str) -> str:
    """JavaScript's ``unescape``: ``%uXXXX`` and ``%XX``."""
    s = re.sub(r"%u([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1), 16)), s)
    return re.sub(r"%([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), s)


class Walker(Blind19Walker):
    def __init__(self, *args, **kw) -> None:
        super().__init__(*args, **kw)
        self.scripts_read: set[str] = set()

    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        if "eval(function(p,a,c,k,e,d)" in text:
            self.links(base, unpack(text))
        for src in SCRIPT_SRC.findall(text):
            url = urljoin(base, src)
            if url in self.scripts_read:
                continue
            self.scripts_read.add(url)
            _u, res = self.request(url)
            if res is not None and res.status == 200 and b"eval(function(p,a,c,k,e,d)" in res.body:
                self.links(base, unpack(res.body.decode("utf-8", "replace")))
        for enc in UNESCAPE.findall(text):
            self.links(base, js_unescape(enc))
        for block in LIST_DATA.findall(text):
            for rec in json.loads(block)["list"]:
                self.add(base, rec["url"])
        for enc in VIEWER.findall(text):
            self.add(base, unquote(enc))
