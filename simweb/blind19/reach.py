"""A reachability walker for the blind19 web that understands the blind19 sites' own mechanisms.

It extends the seventeenth blind profile's walker (links, frames, refreshes, script redirects,
script files, pagers, POST and JSON list APIs, JSONP, detail shells, sitemaps, Nuxt state,
DataTables, ``goPage``, kkFileView, ``__doPostBack``, ``data-id`` rows, XML lists, the 云锁
check, ASP.NET page methods, art-template, the hidden download form, the ``pageForm`` POST pager,
the CSRF header, the ``lastId`` cursor, the zTree levels, EmpireCMS JS 调用) with, all without
running any script:

* an AES-encrypted list API: ``CryptoJS.enc.Utf8.parse("<key>")`` and ``…("<iv>")`` with
  ``$.getJSON("<api>", { channelId: "<id>", pageNo: pageNo, pageSize: N }``: each answer's
  ``data`` is decrypted (AES-CBC, PKCS#7) with the page's key and IV, and its ``list`` rows'
  ``url`` become links, page by page up to ``totalPage``;
* a signed list API: ``var SALT = "<salt>"`` with ``{ catalogId: "<id>", pageIndex: pageIndex,
  pageSize: N }`` and ``url: "<api>"``: each page is asked with ``X-Timestamp`` and ``X-Sign``
  (md5 of the sorted ``k=v&…``, the timestamp and the salt), and each record's ``linkUrl``
  becomes a link;
* a Referer-guarded fragment: ``.load("<path>?channelId=" + channelId + "&page=" + page)`` with
  ``var channelId = "<id>"``: the fragment is asked with the column page as ``Referer``, and
  every ``goPage(n)`` of its pager likewise;
* base64 article bodies: ``var content = "<base64>"; $("#zoom").html(Base64.decode(content))``:
  the string is decoded and its links followed.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind19.py`` only.
"""

from __future__ import annotations

import base64
import json
import re
import time
from urllib.parse import urlencode, urljoin

from ..blind17.reach import Walker as Blind17Walker
from ..blind17.reach import unanswered_through_proxy
from .sites_b import aes_cbc_decrypt, sign_of

__all__ = ["Walker", "unanswered_through_proxy"]

AES_KEY = re.compile(
    r'var key = CryptoJS\.enc\.Utf8\.parse\("([^"]+)"\);\s*var iv = CryptoJS\.enc\.Utf8\.parse\("([^"]+)"\);'
)
AES_CALL = re.compile(
    r'\$\.getJSON\("([^"]+)",\s*\{\s*channelId:\s*"([^"]+)",\s*pageNo:\s*pageNo,\s*pageSize:\s*(\d+)\s*\}'
)
SALT = re.compile(r'var SALT = "([^"]+)";')
SIGNED = re.compile(
    r'var params = \{\s*catalogId:\s*"([^"]+)",\s*pageIndex:\s*pageIndex,\s*pageSize:\s*(\d+)\s*\};'
    r'.*?url:\s*"([^"]+)"',
    re.S,
)
FRAGMENT = re.compile(r'\.load\("([^"?]+)\?channelId=" \+ channelId \+ "&page=" \+ page\)')
CHANNEL = re.compile(r'var channelId = "([^"]+)";')
GO_PAGE = re.compile(r"javascript:goPage\((\d+)\)")
B64_BODY = re.compile(
    r'var content = "([A-Za-z0-9+/=]+)";\s*\$\("#zoom"\)\.html\(Base64\.decode\(content\)\)'
)


class Walker(Blind17Walker):
    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        self.aes_list(base, text)
        self.signed_list(base, text)
        self.referer_fragment(base, text)
        self.base64_body(base, text)

    def aes_list(self, base: str, text: str) -> None:
        key, call = AES_KEY.search(text), AES_CALL.search(text)
        if not (key and call):
            return
        url = urljoin(base, call.group(1))
        page, pages = 1, 1
        while page <= pages:
            q = urlencode({"channelId": call.group(2), "pageNo": page, "pageSize": call.group(3)})
            _u, res = self.request(url + "?" + q)
            self.api_calls += 1
            if res is None or res.status != 200:
                return
            data = json.loads(aes_cbc_decrypt(key.group(1), key.group(2), json.loads(res.body)["data"]))
            pages = int(data["totalPage"])
            for rec in data["list"]:
                self.add(base, rec["url"])
            page += 1

    def signed_list(self, base: str, text: str) -> None:
        salt, call = SALT.search(text), SIGNED.search(text)
        if not (salt and call):
            return
        url = urljoin(base, call.group(3))
        page, pages = 1, 1
        while page <= pages:
            params = {"catalogId": call.group(1), "pageIndex": str(page), "pageSize": call.group(2)}
            ts = str(int(time.time() * 1000))
            headers = {"X-Timestamp": ts, "X-Sign": sign_of(params, ts, salt.group(1))}
            _u, res = self.request(url + "?" + urlencode(params), headers=headers)
            self.api_calls += 1
            if res is None or res.status != 200:
                return
            data = json.loads(res.body)["data"]
            pages = int(data["pages"])
            for rec in data["records"]:
                self.add(base, rec["linkUrl"])
            page += 1

    def referer_fragment(self, base: str, text: str) -> None:
        call, cid = FRAGMENT.search(text), CHANNEL.search(text)
        if not (call and cid):
            return
        url = urljoin(base, call.group(1))
        todo, seen = ["1"], set()
        while todo:
            n = todo.pop()
            if n in seen:
                continue
            seen.add(n)
            _u, res = self.request(
                url + "?" + urlencode({"channelId": cid.group(1), "page": n}), headers={"Referer": base}
            )
            self.api_calls += 1
            if res is None or res.status != 200:
                continue
            frag = res.body.decode("utf-8", "replace")
            self.links(base, frag)
            todo += [p for p in GO_PAGE.findall(frag) if p not in seen]

    def base64_body(self, base: str, text: str) -> None:
        for enc in B64_BODY.findall(text):
            self.links(base, base64.b64decode(enc).decode("utf-8", "replace"))
