"""A reachability walker for the blind15 web that understands the blind15 sites' own mechanisms.

It extends the thirteenth blind profile's walker (links, frames, refreshes, script redirects,
script files, pagers, POST and JSON list APIs, JSONP, detail shells, sitemaps, Nuxt state,
DataTables, ``goPage``, kkFileView, ``__doPostBack``, ``data-id`` rows, XML lists, …) with, all
without running any script:

* the 云锁 screen check: a cookie jar per host; an answer holding ``YunSuoAutoJump()`` gives the
  ``yunsuo_session_verify`` cookie, the walker sets ``srcurl`` (hex of the URL) and asks
  ``/?security_verify_data=<hex of "1920,1080">``, whose 302 sets ``security_session_mid_verify``,
  then asks the URL again;
* ASP.NET page methods: ``$.ajax({type:"POST",url:"<page>.aspx/<Method>",data:JSON.stringify({
  classId:classId,pageIndex:pageIndex,pageSize:15}),contentType:"application/json…"})`` with
  ``var classId = "<id>"``: the method is POSTed a JSON body page by page, ``d`` is parsed as
  JSON, and each row's ``NewsId`` fills the script's ``'<prefix>' + item.NewsId`` link;
* art-template lists: ``$.getJSON("<api>", {channelId: channelId, pageNum: pageNum, pageSize:
  15}, …)`` with ``var channelId = "<id>"`` and a ``<script type="text/html" id="tpl-list">``
  block: pages 1 … ``data.pages`` are fetched and the template's ``href`` is filled from each
  record of ``data.list`` (``{{item.<field>}}``);
* a hidden download form: ``onclick="downFile('<id>')"`` with ``<form name="fileDownLoad"
  method="post" action="<action>"><input type="hidden" name="<field>"/>``: the form is POSTed with
  ``<field>=<id>``, and when it answers a file, ``<action>?<field>=<id>`` (the same servlet by GET)
  counts as reached.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind15.py`` only.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import urlencode, urljoin, urlsplit

from ..blind13.reach import Walker as Blind13Walker
from ..model import Request

SCREEN_HEX = b"1920,1080".hex()
METHOD = re.compile(
    r"""type:\s*"POST",\s*url:\s*"([^"]+\.aspx/\w+)",\s*data:\s*JSON\.stringify\(\{\s*classId:\s*classId,"""
    r"""\s*pageIndex:\s*pageIndex,\s*pageSize:\s*(\d+)\s*\}\)"""
)
CLASS_ID = re.compile(r'var classId = "([^"]+)";')
METHOD_LINK = re.compile(r"""<a href=\\?"([^"'\\]+)' \+ item\.(\w+) \+""")
TPL = re.compile(r'<script type="text/html" id="([\w-]+)">(.*?)</script>', re.S)
TPL_HREF = re.compile(r'href="([^"]+)"')
GET_JSON = re.compile(
    r"""\$\.getJSON\("([^"]+)",\s*\{\s*channelId:\s*channelId,\s*pageNum:\s*pageNum,\s*pageSize:\s*(\d+)\s*\}"""
)
CHANNEL_ID = re.compile(r'var channelId = "([^"]+)";')
DOWN = re.compile(r"""onclick="downFile\('([^']+)'\)\"""")
DOWN_FORM = re.compile(
    r"""<form name="fileDownLoad" method="post" action="([^"]+)"><input type="hidden" name="(\w+)"/>"""
)


class Walker(Blind13Walker):
    def __init__(self, web):
        super().__init__(web)
        self.jar: dict[str, dict[str, str]] = {}

    def _keep(self, jar: dict[str, str], res) -> None:
        for key, value in res.headers:
            if key.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                jar[name.strip()] = rest.split(";", 1)[0]

    def request(self, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
        host = urlsplit(url).hostname or ""
        jar = self.jar.setdefault(host, {})
        for _ in range(2):
            sent = dict(headers or {})
            if jar:
                sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in jar.items())
            final, res = super().request(url, method, body, sent)
            if res is None or b"YunSuoAutoJump()" not in res.body:
                return final, res
            self._keep(jar, res)
            jar["srcurl"] = url.encode().hex()
            p = urlsplit(url)
            cookie = "; ".join(f"{k}={v}" for k, v in jar.items())
            verify = self.web.respond(
                Request("GET", p.scheme, host, "/", f"security_verify_data={SCREEN_HEX}", {"Cookie": cookie}),
                self.state,
            )
            if verify is not None:
                self._keep(jar, verify)
            jar.pop("srcurl", None)
        return final, res

    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        self.page_method(base, text)
        self.art_template(base, text)
        self.download_form(base, text)

    def page_method(self, base: str, text: str) -> None:
        call, cid, link = METHOD.search(text), CLASS_ID.search(text), METHOD_LINK.search(text)
        if not (call and cid and link):
            return
        url, size = urljoin(base, call.group(1)), int(call.group(2))
        for page in range(1, 200):
            body = json.dumps({"classId": cid.group(1), "pageIndex": page, "pageSize": size}).encode()
            _u, res = self.request(url, "POST", body, {"Content-Type": "application/json; charset=utf-8"})
            self.api_calls += 1
            if res is None or res.status != 200:
                return
            data = json.loads(json.loads(res.body)["d"])
            for row in data["rows"]:
                self.add(base, link.group(1) + str(row[link.group(2)]))
            if page * size >= data["total"] or not data["rows"]:
                return

    def art_template(self, base: str, text: str) -> None:
        call, cid = GET_JSON.search(text), CHANNEL_ID.search(text)
        tpls = {name: body for name, body in TPL.findall(text)}
        if not (call and cid and tpls):
            return
        hrefs = [h for body in tpls.values() for h in TPL_HREF.findall(body) if "{{" in h]
        page, pages = 1, 1
        while page <= pages:
            query = urlencode({"channelId": cid.group(1), "pageNum": page, "pageSize": call.group(2)})
            _u, res = self.request(urljoin(base, call.group(1)) + "?" + query)
            self.api_calls += 1
            if res is None or res.status != 200:
                return
            data = json.loads(res.body)["data"]
            pages = int(data["pages"])
            for rec in data["list"]:
                for href in hrefs:
                    self.add(base, re.sub(r"\{\{item\.(\w+)\}\}", lambda m, r=rec: str(r[m.group(1)]), href))
            page += 1

    def download_form(self, base: str, text: str) -> None:
        form = DOWN_FORM.search(text)
        if not form:
            return
        action, field = urljoin(base, html.unescape(form.group(1))), form.group(2)
        for fid in DOWN.findall(text):
            body = urlencode({field: fid}).encode()
            _u, res = self.request(
                action, "POST", body, {"Content-Type": "application/x-www-form-urlencoded"}
            )
            self.api_calls += 1
            if res is not None and res.status == 200 and not res.ctype.startswith("text/html"):
                self.seen.add(f"{action}?{field}={fid}")


def unanswered_through_proxy(web, urls: list[str]) -> list[str]:
    """The URLs that do not answer 200 with a body (and not the 云锁 check) when fetched through
    the web's proxy by a client that keeps cookies and, when a page answers the
    ``YunSuoAutoJump()`` check, asks ``/?security_verify_data=…`` once and then the URL again."""
    import ssl
    import urllib.request

    from ..server import SimServer

    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    bad = []
    with SimServer(web) as srv:
        opener = urllib.request.build_opener(
            urllib.request.ProxyHandler({"http": srv.proxy_url, "https": srv.proxy_url}),
            urllib.request.HTTPSHandler(context=ctx),
            urllib.request.HTTPCookieProcessor(),
        )
        for url in urls:
            for attempt in range(2):
                with opener.open(url, timeout=20) as resp:
                    ok, data = resp.status == 200, resp.read()
                if b"YunSuoAutoJump()" not in data:
                    break
                if attempt == 0:
                    p = urlsplit(url)
                    with opener.open(
                        f"{p.scheme}://{p.hostname}/?security_verify_data={SCREEN_HEX}", timeout=20
                    ):
                        pass
            if not ok or not data or b"YunSuoAutoJump()" in data:
                bad.append(url)
    return bad
