"""A reachability walker for the blind20 web that understands the blind20 sites' own mechanisms.

It extends the seventeenth blind profile's walker (links, frames, refreshes, script redirects,
script files, pagers, POST and JSON list APIs, JSONP, detail shells, sitemaps, Nuxt state,
DataTables, ``goPage``, kkFileView, ``__doPostBack``, ``data-id`` rows, XML lists, the 云锁
check, ASP.NET page methods, art-template, the hidden download form, the ``pageForm`` POST pager,
the CSRF header, the ``lastId`` cursor, the zTree levels, EmpireCMS JS 调用) with, all without
running any script:

* a deflated list API: ``pako.inflate(atob(s), { to: "string" })`` with
  ``$.getJSON("<api>", { channelId: "<id>", pageNo: pageNo, pageSize: N }``: each answer's
  ``data`` is base64-decoded and inflated (zlib), and its ``list`` rows' ``url`` become links,
  page by page up to ``totalPage``;
* packed row scripts: ``eval(function(p,a,c,k,e,d){…}('<payload>',<radix>,<count>,'<words>'
  .split('|'),0,{}))``: the payload's words are replaced from the dictionary (base-62 codes) as
  the packer's own fast path does, and the unpacked ``var list=[[url,title,date],…]`` rows'
  URLs followed;
* static JSON page files: ``var colId = "<id>", pageCount = N;`` with
  ``$.getJSON("<a>" + colId + "<b>" + page + "<c>", …)``: files 1 … N are asked and each
  record's ``url`` becomes a link;
* escaped article bodies: ``document.write(unescape("%3Cp%3E%u6CD5…"))``: ``%uXXXX`` and
  ``%XX`` are decoded as ``unescape`` does and the links followed.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind20.py`` only.
"""

from __future__ import annotations

import base64
import json
import re
import zlib
from urllib.parse import unquote, urlencode, urljoin

from ..blind17.reach import Walker as Blind17Walker
from ..blind17.reach import unanswered_through_proxy
from .sites_b import packer_code

__all__ = ["Walker", "unanswered_through_proxy"]

INFLATE = re.compile(r'pako\.inflate\(atob\(s\), \{ to: "string" \}\)')
AES_CALL = re.compile(
    r'\$\.getJSON\("([^"]+)",\s*\{\s*channelId:\s*"([^"]+)",\s*pageNo:\s*pageNo,\s*pageSize:\s*(\d+)\s*\}'
)
PACKED = re.compile(r"\}\('((?:[^'\\]|\\.)*)',(\d+),(\d+),'([^']*)'\.split\('\|'\),0,\{\}\)\)")
WORD = re.compile(r"\b\w+\b", re.ASCII)
JSON_PAGES = re.compile(
    r'var colId = "([^"]+)", pageCount = (\d+);.*?'
    r'\$\.getJSON\("([^"]+)" \+ colId \+ "([^"]+)" \+ page \+ "([^"]+)"',
    re.S,
)
UNESCAPE = re.compile(r'document\.write\(unescape\("([^"]*)"\)\)')
PCT_U = re.compile(r"%u([0-9A-Fa-f]{4})")


class Walker(Blind17Walker):
    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        self.deflate_list(base, text)
        self.packed_rows(base, text)
        self.json_pages(base, text)
        self.unescape_body(base, text)

    def deflate_list(self, base: str, text: str) -> None:
        inflate, call = INFLATE.search(text), AES_CALL.search(text)
        if not (inflate and call):
            return
        url = urljoin(base, call.group(1))
        page, pages = 1, 1
        while page <= pages:
            q = urlencode({"channelId": call.group(2), "pageNo": page, "pageSize": call.group(3)})
            _u, res = self.request(url + "?" + q)
            self.api_calls += 1
            if res is None or res.status != 200:
                return
            data = json.loads(zlib.decompress(base64.b64decode(json.loads(res.body)["data"])).decode("utf-8"))
            pages = int(data["totalPage"])
            for rec in data["list"]:
                self.add(base, rec["url"])
            page += 1

    def packed_rows(self, base: str, text: str) -> None:
        for payload, radix, count, words in PACKED.findall(text):
            src = re.sub(r"\\(.)", r"\1", payload)
            keys, a = words.split("|"), int(radix)
            table = {}
            for i in range(int(count)):
                table[packer_code(i, a)] = keys[i] if i < len(keys) and keys[i] else packer_code(i, a)
            code = WORD.sub(lambda m, table=table: table.get(m.group(), m.group()), src)
            self.links(base, code)
            rows = re.search(r"var list=(\[.*?\]);for\(", code)
            for rec in json.loads(rows.group(1)) if rows else []:
                self.add(base, rec[0])

    def json_pages(self, base: str, text: str) -> None:
        m = JSON_PAGES.search(text)
        if not m:
            return
        for page in range(1, int(m.group(2)) + 1):
            url = urljoin(base, m.group(3) + m.group(1) + m.group(4) + str(page) + m.group(5))
            _u, res = self.request(url)
            self.api_calls += 1
            if res is None or res.status != 200:
                return
            for rec in json.loads(res.body)["list"]:
                self.add(base, rec["url"])

    def unescape_body(self, base: str, text: str) -> None:
        for enc in UNESCAPE.findall(text):
            s = PCT_U.sub(lambda m: chr(int(m.group(1), 16)), enc)
            self.links(base, unquote(s, encoding="latin-1"))
