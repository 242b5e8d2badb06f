"""A reachability walker for the blind3 web that understands the blind3 sites' own mechanisms.

It extends the second blind profile's walker (links, frames, ``createPageHTML`` pagers,
``window.open``/``location.href`` handlers, JCMS datastores) with, all without running any
script: ``<meta http-equiv="refresh">`` targets, links written by ``document.writeln`` in script
files the pages load, the Hanweb ``/module/xxgk/search.jsp`` catalogue called with the
``webid``/``divid`` the page declares and each ``getList('<code>')`` of its tree, and ASP.NET
``__doPostBack`` pagers, POSTed with the page form's hidden fields. Trap prefixes are not
entered. Used by ``tests/test_simweb_blind3.py`` only.
"""

from __future__ import annotations

import re
from urllib.parse import urlencode, urljoin

from ..blind.reach import decode
from ..blind2.reach import Walker as Blind2Walker

REFRESH = re.compile(r"""http-equiv=["']refresh["'][^>]*content=["']\d+\s*;\s*url=([^"']+)["']""", re.I)
SCRIPT_SRC = re.compile(r"""<script[^>]+src=["']([^"']+\.js)["']""", re.I)
XXGK = re.compile(r"""var webid='(\d+)',divid='([^']+)'.*?url:'([^']*search\.jsp)'""", re.S)
GETLIST = re.compile(r"""getList\('(\w+)'\)""")
POSTBACK = re.compile(r"""__doPostBack\('([^']+)','(\d+)'\)""")
FORM = re.compile(r"""<form[^>]*method="post"[^>]*action="([^"]+)\"""", re.I)
HIDDEN = re.compile(r"""<input type="hidden" name="([^"]+)"[^>]*value="([^"]*)\"""")
ROW = re.compile(r"<tr><td><a ")


class Walker(Blind2Walker):
    def __init__(self, web):
        super().__init__(web)
        self.scripts: set[str] = set()
        self.script_text: dict[str, str] = {}

    def links(self, base: str, text: str) -> None:
        super().links(base, text)
        for m in REFRESH.finditer(text):
            self.add(base, m.group(1))

    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        for src in SCRIPT_SRC.findall(text):
            self.script(urljoin(base, src))
        for webid, divid, endpoint in XXGK.findall(text):
            for code in dict.fromkeys(GETLIST.findall(text)):
                for page in range(1, 100):
                    query = urlencode(
                        {
                            "divid": divid,
                            "infotypeId": code,
                            "vc_title": "",
                            "currpage": page,
                            "sortfield": ",compaltedate:0",
                            "webid": webid,
                            "area": "",
                        }
                    )
                    _u, res = self.request(urljoin(base, endpoint) + "?" + query)
                    self.api_calls += 1
                    fragment = res.body.decode() if res is not None and res.status == 200 else ""
                    if not ROW.search(fragment):
                        break
                    self.links(base, fragment)
        forms = FORM.findall(text)
        if forms and POSTBACK.search(text):
            self.postbacks(urljoin(base, forms[0]), text)

    def script(self, url: str) -> None:
        """Read the links a script file writes (``document.writeln``), once per file."""
        if url in self.scripts:
            return
        self.scripts.add(url)
        final, res = self.request(url)
        if res is not None and res.status == 200 and "javascript" in res.ctype:
            self.script_text[url] = decode(res.body, res.ctype)
            self.links(final, self.script_text[url])

    def postbacks(self, action: str, text: str) -> None:
        """POST the form once per pager argument, following the pages each answer names."""
        fields = dict(HIDDEN.findall(text))
        self.post_pages(
            action,
            text,
            POSTBACK.findall,
            lambda pb: {**fields, "__EVENTTARGET": pb[0], "__EVENTARGUMENT": pb[1]},
        )

    def post_pages(self, action: str, text: str, pagers, form) -> None:
        """POST ``form(arg)`` to ``action`` once per pager argument ``pagers(page)`` finds in
        ``text`` and in every answer, reading each answer's links."""
        done: set = set()
        todo = list(dict.fromkeys(pagers(text)))
        while todo:
            arg = todo.pop()
            if arg in done:
                continue
            done.add(arg)
            body = urlencode(form(arg)).encode()
            _u, res = self.request(
                action, "POST", body, {"Content-Type": "application/x-www-form-urlencoded"}
            )
            self.api_calls += 1
            if res is None or res.status != 200:
                continue
            page = decode(res.body, res.ctype)
            self.links(action, page)
            todo += [a for a in pagers(page) if a not in done]
