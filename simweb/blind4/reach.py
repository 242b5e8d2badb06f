"""A reachability walker for the blind4 web that understands the blind4 sites' own mechanisms.

It extends the third blind profile's walker (links, frames, script files, pagers, forms) with,
all without running any script: link helpers defined in a script file the page loads
(``function goDetail(p){window.open('/xxgk/' + p + '.shtml')}``) applied to the page's
``onclick`` calls, the POST list API a script file declares (endpoint, ``colId`` from the page's
``data-colid``, ``pageNo``), a form pager driven by ``gotoPage(n)`` (the form's hidden fields
POSTed with each ``pageNo``), an inline ``fetch`` of a JSON list paged by ``pageNum``, and one
retry of an answer 503. Trap prefixes are not entered. Used by ``tests/test_simweb_blind4.py``
only.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode, urljoin

from ..blind3.reach import SCRIPT_SRC
from ..blind3.reach import Walker as Blind3Walker

HELPER = re.compile(r"""function (\w+)\((\w+)\)\{window\.open\('([^']*)' \+ \2 \+ '([^']*)'\);\}""")
POST_API = re.compile(r"""url:'([^']+)',type:'POST'.*?data:\{colId:colId,pageNo:n,pageSize:(\d+)\}""", re.S)
COLID = re.compile(r'data-colid="(\d+)"')
PAGE_FORM = re.compile(r'<form id="pageForm"[^>]*method="post" action="([^"]+)">(.*?)</form>', re.S)
HIDDEN = re.compile(r'<input type="hidden" name="(\w+)" value="([^"]*)">')
GOTO = re.compile(r"javascript:gotoPage\((\d+)\)")
FETCH = re.compile(r"""fetch\('([^'?]+)\?([^']*pageNum=1[^']*)'""")


class Walker(Blind3Walker):
    def request(self, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
        final, res = super().request(url, method, body, headers)
        if res is not None and res.status == 503:  # a server that fails once: ask again
            final, res = super().request(url, method, body, headers)
        return final, res

    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        for src in SCRIPT_SRC.findall(text):
            js = self.script_text.get(urljoin(base, src), "")
            for name, _arg, prefix, suffix in HELPER.findall(js):
                for value in re.findall(rf"""{name}\('([^']+)'\)""", text):
                    self.add(base, prefix + value + suffix)
            for endpoint, size in POST_API.findall(js):
                for colid in COLID.findall(text):
                    self.json_pages(
                        base,
                        lambda n, e=endpoint, s=size, c=colid: self.request(
                            urljoin(base, e),
                            "POST",
                            urlencode({"colId": c, "pageNo": n, "pageSize": s}).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded"},
                        ),
                        "list",
                    )
        for endpoint, query in FETCH.findall(text):
            self.json_pages(
                base,
                lambda n, e=endpoint, q=query: self.request(
                    urljoin(base, e) + "?" + q.replace("pageNum=1", f"pageNum={n}")
                ),
                "records",
            )
        for action, inner in PAGE_FORM.findall(text):
            self.form_pages(urljoin(base, action), dict(HIDDEN.findall(inner)), text)

    def json_pages(self, base: str, call, key: str) -> None:
        """Ask a JSON list page by page until a page has no rows."""
        for n in range(1, 200):
            _u, res = call(n)
            self.api_calls += 1
            if res is None or res.status != 200:
                return
            rows = json.loads(res.body)["data"][key]
            if not rows:
                return
            for row in rows:
                self.add(base, row["url"])

    def form_pages(self, action: str, fields: dict[str, str], text: str) -> None:
        """POST the page form once per ``gotoPage`` number, following the numbers each answer
        shows."""
        self.post_pages(action, text, GOTO.findall, lambda n: {**fields, "pageNo": n})
