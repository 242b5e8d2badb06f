"""A reachability walker for the blind17 web that understands the blind17 sites' own mechanisms.

It extends the fifteenth blind profile's walker (links, frames, refreshes, script redirects,
script files, pagers, POST and JSON list APIs, JSONP, detail shells, sitemaps, Nuxt state,
DataTables, ``goPage``, kkFileView, ``__doPostBack``, ``data-id`` rows, XML lists, the 云锁
check, ASP.NET page methods, art-template, the hidden download form, …) with, all without running
any script:

* a hidden ``pageForm`` pager: ``onclick="getPage(n)"`` with ``<form name="pageForm"
  method="post" action="<action>">`` and its hidden inputs: the form is POSTed with ``pageNo=n``
  for every page number shown, and each answer is walked the same way (its links, its pager);
* a CSRF-guarded list API: ``<meta name="_csrf" content="<token>">`` and ``<meta
  name="_csrf_header" content="<header>">`` with ``$.ajax({ type: "POST", url: "<api>"`` and
  ``data: { columnId: columnId, pageNum: pageNum, pageSize: N }``: the API is POSTed page by page
  with the token in that header, and each row's ``url`` becomes a link;
* EmpireCMS JS 调用: ``<script src='<path>_newnews.js'>``: the script file is fetched and each
  ``href='…'`` its ``document.write`` lines write becomes a link;
* a cursor load-more: ``id="loadMore" data-catid="<id>" data-last="<id>"`` with
  ``$.get("<api>", { catId: …, lastId: …, size: 10 }``: the API is asked with each answer's
  ``lastId`` until ``hasMore`` is false, and each row's ``link`` becomes a link;
* a zTree catalogue: ``async: { enable: true, url: "<tree>", type: "post", … autoParam: ["id"]``
  and ``"<prefix>" + treeNode.id``: the tree is POSTed level by level (no ``id``, then each
  parent's), and each leaf becomes ``<prefix><id>``.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind17.py`` only.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import urlencode, urljoin

from ..blind13.reach import FORM, HIDDEN
from ..blind15.reach import Walker as Blind15Walker
from ..blind15.reach import unanswered_through_proxy

__all__ = ["Walker", "unanswered_through_proxy"]

GET_PAGE = re.compile(r"""onclick="getPage\((\d+)\)\"""")
PAGE_FORM = re.compile(r"""document\.pageForm\.(\w+)\.value=pageno;document\.pageForm\.submit\(\)""")
CSRF = re.compile(r'<meta name="_csrf" content="([^"]+)"/?><meta name="_csrf_header" content="([^"]+)"/?>')
CSRF_API = re.compile(
    r"""type:\s*"POST",\s*url:\s*"([^"]+)".*?data:\s*\{\s*columnId:\s*columnId,\s*pageNum:\s*pageNum,"""
    r"""\s*pageSize:\s*(\d+)\s*\}""",
    re.S,
)
COLUMN_ID = re.compile(r'var columnId = "([^"]+)";')
JS_CALL = re.compile(r"""<script src='([^']+_newnews\.js)'></script>""")
JS_HREF = re.compile(r"""document\.write\(".*?href='([^']+)'""")
LOAD_MORE = re.compile(r'id="loadMore" data-catid="([^"]+)" data-last="([^"]+)"')
MORE_API = re.compile(r"""\$\.get\(\s*"([^"]+)",\s*\{\s*catId:.*?lastId:.*?size:\s*(\d+)\s*\}""", re.S)
ZTREE = re.compile(
    r"""async:\s*\{\s*enable:\s*true,\s*url:\s*"([^"]+)",\s*type:\s*"post".*?autoParam:\s*\["id"\]""", re.S
)
ZTREE_LEAF = re.compile(r""""([^"]+)"\s*\+\s*treeNode\.id""")


class Walker(Blind15Walker):
    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        self.page_form(base, text, set())
        self.csrf_api(base, text)
        self.js_call(base, text)
        self.load_more(base, text)
        self.ztree(base, text)

    def page_form(self, base: str, text: str, done: set) -> None:
        field = PAGE_FORM.search(text)
        form = FORM.search(text)
        if not (field and form):
            return
        action = urljoin(base, html.unescape(form.group(1)))
        hidden = dict(HIDDEN.findall(form.group(2)))
        for n in GET_PAGE.findall(text):
            if (action, hidden.get("columnId"), n) in done:
                continue
            done.add((action, hidden.get("columnId"), n))
            body = urlencode({**hidden, field.group(1): n}).encode()
            _u, res = self.request(
                action, "POST", body, {"Content-Type": "application/x-www-form-urlencoded"}
            )
            self.api_calls += 1
            if res is None or res.status != 200:
                continue
            page = res.body.decode("utf-8", "replace")
            self.links(action, page)
            self.page_form(action, page, done)

    def csrf_api(self, base: str, text: str) -> None:
        meta, call, cid = CSRF.search(text), CSRF_API.search(text), COLUMN_ID.search(text)
        if not (meta and call and cid):
            return
        url, size = urljoin(base, call.group(1)), call.group(2)
        page, pages = 1, 1
        while page <= pages:
            body = urlencode({"columnId": cid.group(1), "pageNum": page, "pageSize": size}).encode()
            headers = {"Content-Type": "application/x-www-form-urlencoded", meta.group(2): meta.group(1)}
            _u, res = self.request(url, "POST", body, headers)
            self.api_calls += 1
            if res is None or res.status != 200:
                return
            data = json.loads(res.body)["data"]
            pages = int(data["pages"])
            for rec in data["list"]:
                self.add(base, rec["url"])
            page += 1

    def js_call(self, base: str, text: str) -> None:
        for src in JS_CALL.findall(text):
            _u, res = self.request(urljoin(base, src))
            if res is None or res.status != 200:
                continue
            for href in JS_HREF.findall(res.body.decode("utf-8", "replace")):
                self.add(base, href)

    def load_more(self, base: str, text: str) -> None:
        btn, call = LOAD_MORE.search(text), MORE_API.search(text)
        if not (btn and call):
            return
        url, size = urljoin(base, call.group(1)), call.group(2)
        last = btn.group(2)
        for _ in range(500):
            _u, res = self.request(
                url + "?" + urlencode({"catId": btn.group(1), "lastId": last, "size": size})
            )
            self.api_calls += 1
            if res is None or res.status != 200:
                return
            data = json.loads(res.body)
            for rec in data["data"]:
                self.add(base, rec["link"])
            if not data["hasMore"] or not data["data"]:
                return
            last = str(data["lastId"])

    def ztree(self, base: str, text: str) -> None:
        tree, leaf = ZTREE.search(text), ZTREE_LEAF.search(text)
        if not (tree and leaf):
            return
        url = urljoin(base, tree.group(1))
        todo, seen = [None], set()
        while todo:
            node = todo.pop()
            body = urlencode({"id": node}).encode() if node is not None else b""
            _u, res = self.request(url, "POST", body, {"Content-Type": "application/x-www-form-urlencoded"})
            self.api_calls += 1
            if res is None or res.status != 200:
                continue
            for rec in json.loads(res.body):
                nid = str(rec["id"])
                if nid in seen:
                    continue
                seen.add(nid)
                if rec.get("isParent"):
                    todo.append(nid)
                else:
                    self.add(base, leaf.group(1) + nid)
