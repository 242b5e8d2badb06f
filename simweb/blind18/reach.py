"""A reachability walker for the blind18 web that understands the blind18 sites' own mechanisms.

It extends the seventeenth blind profile's walker (links, frames, script files, pagers, POST and
JSON list APIs, JSONP, the ``pageForm`` POST pager, the CSRF header, the cursor load-more, the
zTree catalogue, …) with, all without running any script:

* a signed list API: ``var secret = "<s>"`` and ``hex_md5(ts + secret + params).toUpperCase()``
  with ``params = "channelId=" + channelId + "&pageNo=" + pageNo + "&pageSize=N"`` and
  ``$.getJSON("<api>?" + params + "&timestamp=" …``: every page is asked with a timestamp and its
  sign, and each record's ``linkUrl`` becomes a link;
* an AES-encrypted list API: ``CryptoJS.enc.Utf8.parse("<key>")``, ``…("<iv>")`` and
  ``$.get("<api>", { catId: catId, pg: pg, pgsz: N }``: pages from ``pg=0`` are fetched, each
  answer decrypted (AES-CBC, PKCS#7), and each row's ``url`` becomes a link;
* the pdf.js viewer: a link ``…/pdfjs/web/viewer.html?file=<encoded path>`` names the file the
  viewer opens, which becomes a link;
* a ``FormData`` list: ``var columnCode = "<code>"``, ``fd.append("size", N)`` and
  ``fetch("<api>", { method: "POST", body: fd })``: every page is POSTed as
  ``multipart/form-data`` (``columnCode``, ``current``, ``size``) until ``pages``, and each
  record's ``url`` becomes a link;
* Next.js data routes: ``<script id="__NEXT_DATA__">`` with ``buildId``, ``page`` and
  ``props.pageProps`` (``total``, ``pageSize``): every page ``/_next/data/<buildId><path>.json?
  …&page=N`` is fetched, and each row's ``link`` becomes a link.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind18.py`` only.
"""

from __future__ import annotations

import json
import math
import re
from urllib.parse import parse_qs, unquote, urlencode, urljoin, urlsplit

from ..blind15.reach import unanswered_through_proxy
from ..blind17.reach import Walker as Blind17Walker
from .sites_b import aes_decrypt, xy_sign

__all__ = ["Walker", "unanswered_through_proxy"]

SECRET = re.compile(r'var secret = "([^"]+)";')
SIGN_CALL = re.compile(
    r"""hex_md5\(ts \+ secret \+ params\)\.toUpperCase\(\).*?"channelId=" \+ channelId"""
    r""" \+ "&pageNo=" \+ pageNo"""
    r""" \+ "&pageSize=(\d+)".*?\$\.getJSON\("([^"?]+)\?" \+ params""",
    re.S,
)
CHANNEL = re.compile(r'var channelId = "([^"]+)";')
AES_KEY = re.compile(
    r'var key = CryptoJS\.enc\.Utf8\.parse\("([^"]+)"\);\s*var iv = CryptoJS\.enc\.Utf8\.parse\("([^"]+)"\);'
)
AES_CALL = re.compile(r"""\$\.get\("([^"]+)",\s*\{\s*catId:\s*catId,\s*pg:\s*pg,\s*pgsz:\s*(\d+)\s*\}""")
CAT = re.compile(r'var catId = "([^"]+)";')
VIEWER = re.compile(r"""href=["']([^"']*viewer\.html\?file=[^"'&]+)""")
FD_CODE = re.compile(r'var columnCode = "([^"]+)";')
FD_CALL = re.compile(r"""fd\.append\("size", (\d+)\);\s*fetch\("([^"]+)", \{ method: "POST", body: fd \}\)""")
BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
NEXT_DATA = re.compile(r'<script id="__NEXT_DATA__" type="application/json">(.*?)</script>', re.S)


class Walker(Blind17Walker):
    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        self.signed_api(base, text)
        self.aes_api(base, text)
        self.pdf_viewer(base, text)
        self.next_data(base, text)
        self.form_data(base, text)

    def form_data(self, base: str, text: str) -> None:
        code, call = FD_CODE.search(text), FD_CALL.search(text)
        if not (code and call):
            return
        size, url = call.group(1), urljoin(base, call.group(2))
        current, pages = 1, 1
        while current <= pages:
            fields = {"columnCode": code.group(1), "current": str(current), "size": size}
            body = (
                "".join(
                    f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
                    for k, v in fields.items()
                )
                + f"--{BOUNDARY}--\r\n"
            )
            headers = {"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}
            _u, res = self.request(url, "POST", body.encode(), headers)
            self.api_calls += 1
            if res is None or res.status != 200:
                return
            data = json.loads(res.body)["data"]
            pages = int(data["pages"])
            for rec in data["records"]:
                self.add(base, rec["url"])
            current += 1

    def signed_api(self, base: str, text: str) -> None:
        secret, call, ch = SECRET.search(text), SIGN_CALL.search(text), CHANNEL.search(text)
        if not (secret and call and ch):
            return
        size, url = call.group(1), urljoin(base, call.group(2))
        page, pages = 1, 1
        while page <= pages:
            params = f"channelId={ch.group(1)}&pageNo={page}&pageSize={size}"
            ts = "1735689600000"
            _u, res = self.request(
                f"{url}?{params}&timestamp={ts}&sign={xy_sign(secret.group(1), ts, params)}"
            )
            self.api_calls += 1
            if res is None or res.status != 200:
                return
            data = json.loads(res.body)
            if data.get("code") != 200:
                return
            pages = int(data["data"]["pages"])
            for rec in data["data"]["records"]:
                self.add(base, rec["linkUrl"])
            page += 1

    def aes_api(self, base: str, text: str) -> None:
        key, call, cat = AES_KEY.search(text), AES_CALL.search(text), CAT.search(text)
        if not (key and call and cat):
            return
        url, size = urljoin(base, call.group(1)), call.group(2)
        pg, count = 0, 1
        while pg < count:
            _u, res = self.request(url + "?" + urlencode({"catId": cat.group(1), "pg": pg, "pgsz": size}))
            self.api_calls += 1
            if res is None or res.status != 200:
                return
            data = json.loads(aes_decrypt(key.group(1), key.group(2), res.body.decode()))["data"]
            count = int(data["pageCount"])
            for rec in data["list"]:
                self.add(base, rec["url"])
            pg += 1

    def pdf_viewer(self, base: str, text: str) -> None:
        for href in VIEWER.findall(text):
            q = parse_qs(urlsplit(href.replace("&amp;", "&")).query)
            for f in q.get("file", []):
                self.add(base, unquote(f))

    def next_data(self, base: str, text: str) -> None:
        m = NEXT_DATA.search(text)
        if not m:
            return
        data = json.loads(m.group(1))
        props = data.get("props", {}).get("pageProps", {})
        if "total" not in props or "pageSize" not in props:
            return
        path = data["page"]
        query = {k: v for k, v in data.get("query", {}).items() if k != "page"}
        for k, v in query.items():
            path = path.replace(f"[{k}]", v)
        pages = max(1, math.ceil(int(props["total"]) / int(props["pageSize"])))
        for n in range(1, pages + 1):
            url = urljoin(
                base, f"/_next/data/{data['buildId']}{path}.json?" + urlencode({**query, "page": n})
            )
            _u, res = self.request(url)
            self.api_calls += 1
            if res is None or res.status != 200:
                continue
            for rec in json.loads(res.body)["pageProps"]["list"]:
                self.add(base, rec["link"])
