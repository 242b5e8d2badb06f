"""A reachability walker for the blind13 web that understands the blind13 sites' own mechanisms.

It extends the twelfth blind profile's walker (links, frames, refreshes, script redirects, script
files, pagers, POST and JSON list APIs, JSONP, detail shells, sitemaps, Nuxt state, DataTables,
``goPage``, kkFileView, …) with, all without running any script:

* ASP.NET ``__doPostBack('<grid>','Page$N')`` pager links: the page's ``<form>`` is POSTed to its
  ``action`` with every hidden input, ``__EVENTTARGET=<grid>`` and ``__EVENTARGUMENT=Page$N``,
  and each answer is walked the same way (its links and its own pager links);
* rows ``data-id="N"`` when a script file of the page opens rows by
  ``window.location.href="<prefix>"+$(this).data("id")``: each id becomes ``<prefix>N``;
* a list filled from XML: when a page sets ``var listXml="<prefix>"`` and loads
  ``listXml+page+".xml"`` with ``dataType:"xml"``, ``<prefix>1.xml`` … ``<prefix><totalpage>.xml``
  are fetched and each ``<url>`` becomes a link.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind13.py`` only.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlencode, urljoin

from ..blind12.reach import Walker as Blind12Walker

POSTBACK = re.compile(r"""__doPostBack\('([^']+)','(Page\$\d+)'\)""")
FORM = re.compile(r"""<form[^>]*method="post"[^>]*action="([^"]+)"[^>]*>(.*?)</form>""", re.S | re.I)
HIDDEN = re.compile(r"""<input type="hidden" name="([^"]+)"[^>]*value="([^"]*)\"""")
SCRIPT = re.compile(r"""<script\s+src=["']([^"']+)["']""", re.I)
DATA_ID = re.compile(r'data-id="(\d+)"')
DATA_ID_JS = re.compile(r"""window\.location\.href="([^"]+)"\+\$\(this\)\.data\("id"\)""")
XML_PREFIX = re.compile(r"""var listXml="([^"]+)"\+colId\+"_";""")
XML_COL = re.compile(r"""var colId="([^"]+)";""")
XML_URL = re.compile(r"<url>([^<]+)</url>")
XML_TOTAL = re.compile(r"<totalpage>(\d+)</totalpage>")


class Walker(Blind12Walker):
    def links(self, base: str, text: str) -> None:
        super().links(base, text)
        ids = DATA_ID.findall(text)
        if not ids:
            return
        for src in SCRIPT.findall(text):
            _u, res = self.request(urljoin(base, src))
            if res is None or res.status != 200:
                continue
            for prefix in DATA_ID_JS.findall(res.body.decode("utf-8", "replace")):
                for rid in ids:
                    self.add(base, prefix + rid)

    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        self.postback(base, text, set())
        prefix, col = XML_PREFIX.search(text), XML_COL.search(text)
        if prefix and col and 'dataType:"xml"' in text:
            stem, page, total = prefix.group(1) + col.group(1) + "_", 1, 1
            while page <= total:
                _u, res = self.request(urljoin(base, f"{stem}{page}.xml"))
                self.api_calls += 1
                if res is None or res.status != 200:
                    break
                xml = res.body.decode("utf-8", "replace")
                total = int(XML_TOTAL.search(xml).group(1))
                for url in XML_URL.findall(xml):
                    self.add(base, url)
                page += 1

    def postback(self, base: str, text: str, done: set) -> None:
        form = FORM.search(text)
        if not form:
            return
        action = urljoin(base, html.unescape(form.group(1)))
        hidden = dict(HIDDEN.findall(form.group(2)))
        for target, arg in POSTBACK.findall(text):
            if (action, arg) in done:
                continue
            done.add((action, arg))
            body = urlencode({**hidden, "__EVENTTARGET": target, "__EVENTARGUMENT": arg}).encode()
            _u, res = self.request(
                action, "POST", body, {"Content-Type": "application/x-www-form-urlencoded"}
            )
            self.api_calls += 1
            if res is None or res.status != 200:
                continue
            page = res.body.decode("utf-8", "replace")
            super().links(action, page)
            self.postback(action, page, done)
