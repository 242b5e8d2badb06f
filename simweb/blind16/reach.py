"""A reachability walker for the blind16 web that understands the blind16 sites' own mechanisms.

It extends the fifteenth blind profile's walker (links, frames, refreshes, script redirects,
script files, pagers, POST and JSON list APIs, JSONP, detail shells, sitemaps, Nuxt state,
DataTables, ``goPage``, kkFileView and pdf.js viewers, ``__doPostBack``, ``data-id`` rows, XML
lists, the 云锁 check, page methods, art-template, download forms, …) with, all without running
any script:

* cookies: every ``Set-Cookie`` is kept per host and sent back (the ``SHIROJSESSIONID`` that
  临泉县's 信息公开 host sets and its label endpoint requires);
* the 安徽 platform's label lists: a page whose ``$.ajax`` POSTs ``data: {labelName:
  "publicInfoList", …, pageIndex: pageIndex, …}`` to ``/site/label/8888…``: the form is POSTed
  for page 1, then for every page up to the ``pageCount`` the answer's ``Ls.pagination`` names,
  and the fragment's links are followed;
* the label's column tree: ``$.getJSON("/site/label/8888", {labelName: "columnTree", isJson:
  true, isChild: true, id: pid}, …)`` with ``loadTree("<root>", …)`` and ``var organId``: the
  nodes are fetched from the root down (children of every ``isParent`` node) and each node's
  link is written as the script writes it;
* external ``document.write`` lists: a ``<script src>`` whose file writes markup with
  ``document.write("…")`` (quotes escaped) is read and its links followed;
* a POST page form: ``<form name="pageForm" … method="post" action="…">`` with hidden fields and
  ``turnPage(n)`` calls: the form is POSTed with ``pageNum`` from 1 to the last page named.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind16.py`` only.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode, urljoin, urlsplit

from ..blind15.reach import Walker as Blind15Walker

LABEL_AJAX = re.compile(
    r"""url:\s*"(/site/label/8888[^"]*)"\s*\+[^,]*,\s*type:\s*"POST",\s*data:\s*\{([^}]*labelName:\s*"publicInfoList"[^}]*)\}"""
)
PAIR = re.compile(r"""(\w+):\s*("[^"]*"|[\w.]+)""")
PAGE_COUNT = re.compile(r"pageCount:\s*(\d+)")
TREE = re.compile(
    r"""\$\.getJSON\("([^"]+)",\s*\{labelName:\s*"columnTree",\s*isJson:\s*true,\s*isChild:\s*true,\s*id:\s*pid\}"""
)
TREE_ROOT = re.compile(r"""loadTree\("(\d+)",""")
ORGAN = re.compile(r'var organId = "(\d+)";')
TREE_LINK = re.compile(r"""<a href="([^"']*)' \+ organId \+ '([^"']*)' \+ node\.id \+ '([^"']*)">""")
SCRIPT_SRC = re.compile(r"""<script[^>]*\bsrc="([^"]+\.js)"[^>]*>""")
DOC_WRITE = re.compile(r'document\.write\("((?:[^"\\]|\\.)*)"\);')
PAGE_FORM = re.compile(r'<form name="pageForm"[^>]*method="post" action="([^"]+)">(.*?)</form>', re.S)
HIDDEN = re.compile(r'<input type="hidden" name="(\w+)" value="([^"]*)"/?>')
TURN = re.compile(r"turnPage\((\d+)\)")


class Walker(Blind15Walker):
    def __init__(self, web):
        super().__init__(web)
        self.js_read: set[str] = set()

    def request(self, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
        final, res = super().request(url, method, body, headers)
        if res is not None:
            self._keep(self.jar.setdefault(urlsplit(final).hostname or "", {}), res)
        return final, res

    def links(self, base: str, text: str) -> None:
        super().links(base, text)
        for src in SCRIPT_SRC.findall(text):
            url = urljoin(base, src)
            if url in self.js_read or (urlsplit(url).hostname or "") not in self.web.hosts:
                continue
            self.js_read.add(url)
            _u, res = self.request(url)
            if res is None or res.status != 200 or b"document.write(" not in res.body:
                continue
            written = "".join(
                m.replace('\\"', '"').replace("\\/", "/") for m in DOC_WRITE.findall(res.body.decode("utf-8"))
            )
            super().links(base, written)

    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        self.label_list(base, text)
        self.column_tree(base, text)
        self.page_form(base, text)

    def label_list(self, base: str, text: str) -> None:
        m = LABEL_AJAX.search(text)
        if not m:
            return
        url = urljoin(base, m.group(1) + "0.5")
        fields = {k: v.strip('"') for k, v in PAIR.findall(m.group(2))}
        page, pages = 1, 1
        while page <= pages:
            form = {**fields, "pageIndex": str(page)}
            _u, res = self.request(
                url,
                "POST",
                urlencode(form).encode(),
                {
                    "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8",
                    "X-Requested-With": "XMLHttpRequest",
                },
            )
            self.api_calls += 1
            if res is None or res.status != 200:
                return
            frag = res.body.decode("utf-8")
            count = PAGE_COUNT.search(frag)
            pages = int(count.group(1)) if count else 0
            super().links(base, frag)
            page += 1

    def column_tree(self, base: str, text: str) -> None:
        call, root, organ, link = (
            TREE.search(text),
            TREE_ROOT.search(text),
            ORGAN.search(text),
            TREE_LINK.search(text),
        )
        if not (call and root and organ and link):
            return
        todo = [root.group(1)]
        while todo:
            pid = todo.pop()
            query = urlencode({"labelName": "columnTree", "isJson": "true", "isChild": "true", "id": pid})
            _u, res = self.request(urljoin(base, call.group(1)) + "?" + query)
            self.api_calls += 1
            if res is None or res.status != 200:
                continue
            for node in json.loads(res.body):
                self.add(
                    base, link.group(1) + organ.group(1) + link.group(2) + str(node["id"]) + link.group(3)
                )
                if node.get("isParent"):
                    todo.append(str(node["id"]))

    def page_form(self, base: str, text: str) -> None:
        if "function turnPage(" not in text:
            return
        for action, inner in PAGE_FORM.findall(text):
            fields = dict(HIDDEN.findall(inner))
            last = max((int(n) for n in TURN.findall(text)), default=1)
            for n in range(2, last + 1):
                _u, res = self.request(
                    urljoin(base, action),
                    "POST",
                    urlencode({**fields, "pageNum": n}).encode(),
                    {"Content-Type": "application/x-www-form-urlencoded"},
                )
                self.api_calls += 1
                if res is not None and res.status == 200:
                    super().links(base, res.body.decode("utf-8"))
