"""A walker that knows the ``kinds`` profile's own mechanisms, for the tests (not a crawler).

From the seed rows it follows hrefs and srcs, ``data-url``, ``window.open``/``location.href``,
``<option value>``, the ``opendetail`` and ``detailUrl`` helpers defined in the pages, TRS
``createPageHTML`` calls, Hanweb JPaaS units (``unitbuild.js`` tags and inline ``$.post``), TRS
IRS and IGS JSON lists and the id-only ``list.do``; it never enters a trap prefix.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import urlencode, urljoin, urlsplit

from ..model import Request
from ..web import SimWeb

HREF = re.compile(r"""(?:href|src|data-url|value)\s*=\s*["']([^"'<>\s]+)["']""", re.I)
OPEN = re.compile(r"""(?:window\.open\(|location\.href\s*=\s*)'([^'+]+)'""")
TRS = re.compile(r"""createPageHTML\((\d+),\s*(\d+),\s*"([^"]+)",\s*"(\w+)"\)""")
OPENDETAIL_CALL = re.compile(r"opendetail\('([^']+)'\)")
OPENDETAIL_DEF = re.compile(r"var url = '([^']*)' \+ id\.substring\(0, 6\) \+ '/' \+ id \+ '([^']*)'")
DETAILURL_DEF = re.compile(r"return '([^']*)' \+ id\.substring\(0, 6\) \+ '/' \+ id \+ '([^']*)'")
UNIT_TAG = re.compile(r'unitbuild\.js"[^>]*\burl="([^"]+)"[^>]*queryData="([^"]+)"')
UNIT_POST = re.compile(r"\$\.post\('([^']+)', \{webId:'([^']+)', pageId:'([^']+)'")
IRS = re.compile(r"tenantId: '([^']+)', tableName: '([^']+)'.*?searchWord: '([^']+)'", re.S)
IGS = re.compile(
    r"\$\.getJSON\('([^']+)', \{index: '([^']+)', type: '([^']+)'.*?'filter\[CHANNELID\]': '([^']+)'", re.S
)
LISTDO = re.compile(r"\$\.get\('([^']+)', \{channelId: '([^']+)'")


class Walker:
    def __init__(self, web: SimWeb, limit: int = 20000):
        self.web = web
        self.limit = limit
        self.traps = list(web.truth["traps"])
        self.seen: set[str] = set()
        self.fetches = 0

    def get(
        self, url: str, method: str = "GET", body: bytes = b"", ctype: str = ""
    ) -> tuple[int, bytes, str]:
        parts = urlsplit(url)
        headers = {"Content-Type": ctype} if ctype else {}
        self.fetches += 1
        res = self.web.resolve(
            Request(method, parts.scheme, parts.hostname or "", parts.path or "/", parts.query, headers, body)
        )
        if res is None:
            return 0, b"", ""
        return res.status, res.body, res.ctype

    @staticmethod
    def decode(body: bytes, ctype: str) -> str:
        m = re.search(r"charset=([\w-]+)", ctype) or re.search(rb"charset=([\w-]+)", body[:600])
        charset = m.group(1) if m else "utf-8"
        charset = charset.decode() if isinstance(charset, bytes) else charset
        return body.decode(charset, "replace")

    def links(self, url: str, text: str) -> list[str]:
        out = [
            urljoin(url, html.unescape(u))
            for u in HREF.findall(text) + OPEN.findall(text)
            if not u.lower().startswith(("javascript:", "mailto:", "#"))
        ]
        for pages, _cur, name, ext in TRS.findall(text):
            out += [
                urljoin(url, f"{name}.{ext}" if i == 0 else f"{name}_{i}.{ext}") for i in range(int(pages))
            ]
        for defn in (OPENDETAIL_DEF.search(text),):
            if defn:
                out += [
                    urljoin(url, f"{defn.group(1)}{i[:6]}/{i}{defn.group(2)}")
                    for i in OPENDETAIL_CALL.findall(text)
                ]
        base = f"{urlsplit(url).scheme}://{urlsplit(url).netloc}"
        for api, query in UNIT_TAG.findall(text):
            params = json.loads(html.unescape(query).replace("'", '"'))
            out += self.jpaas(base + api, params, "GET")
        for api, web_id, page_id in UNIT_POST.findall(text):
            out += self.jpaas(base + api, {"webId": web_id, "pageId": page_id}, "POST")
        for tenant, table, channel in IRS.findall(text):
            out += self.irs(base + "/irs/front/list", tenant, table, channel)
        for api, index, kind, channel in IGS.findall(text):
            out += self.igs(base + api, index, kind, channel)
        detail = DETAILURL_DEF.search(text)
        for api, channel in LISTDO.findall(text):
            out += self.listdo(base + api, channel, base, detail.groups() if detail else ("", ""))
        return out

    def jpaas(self, api: str, params: dict, method: str) -> list[str]:
        out = []
        for page in range(1, 100):
            args = {**params, "paramJson": json.dumps({"pageNo": page, "pageSize": 15})}
            if method == "GET":
                _, body, _ = self.get(api + "?" + urlencode(args))
            else:
                _, body, _ = self.get(
                    api, "POST", urlencode(args).encode(), "application/x-www-form-urlencoded"
                )
            frag = json.loads(body)["data"].get("html", "")
            if not frag:
                break
            out += [urljoin(api, u) for u in HREF.findall(frag)]
        return out

    def irs(self, api: str, tenant: str, table: str, channel: str) -> list[str]:
        out = []
        for page in range(1, 100):
            body = json.dumps(
                {
                    "tenantId": tenant,
                    "tableName": table,
                    "pageNo": page,
                    "pageSize": 10,
                    "searchFields": [{"fieldName": "f_202163381596", "searchWord": channel}],
                }
            )
            _, data, _ = self.get(api, "POST", body.encode(), "application/json")
            rows = json.loads(data)["data"]["list"]
            if not rows:
                break
            out += [r["doc_pub_url"] for r in rows]
        return out

    def igs(self, api: str, index: str, kind: str, channel: str) -> list[str]:
        out = []
        for page in range(1, 100):
            query = urlencode(
                {
                    "index": index,
                    "type": kind,
                    "pageNumber": page,
                    "pageSize": 10,
                    "filter[CHANNELID]": channel,
                }
            )
            _, data, _ = self.get(api + "?" + query)
            rows = json.loads(data)["page"]["content"]
            if not rows:
                break
            out += [r["DOCPUBURL"] for r in rows]
        return out

    def listdo(self, api: str, channel: str, base: str, detail: tuple[str, str]) -> list[str]:
        out = []
        for page in range(1, 100):
            _, data, _ = self.get(
                api + "?" + urlencode({"channelId": channel, "pageNo": page, "pageSize": 12})
            )
            rows = json.loads(data)["result"]["records"]
            if not rows:
                break
            out += [f"{base}{detail[0]}{r['infoId'][:6]}/{r['infoId']}{detail[1]}" for r in rows]
        return out

    def start(self) -> list[str]:
        """The URLs the walk starts from: the seed rows'."""
        return [row["url"] for row in self.web.seed_rows()]

    def follow(self, url: str, status: int, body: bytes, ctype: str) -> list[str]:
        """The URLs an answer leads to: the links of an HTML page."""
        if status != 200 or not ctype.startswith("text/html"):
            return []
        return self.links(url, self.decode(body, ctype))

    def walk(self) -> set[str]:
        queue = self.start()
        hosts = self.web.hosts
        while queue and len(self.seen) < self.limit:
            url = queue.pop().split("#")[0]
            if url in self.seen or any(url.startswith(t) for t in self.traps):
                continue
            if (urlsplit(url).hostname or "") not in hosts:
                continue
            self.seen.add(url)
            status, body, ctype = self.get(url)
            queue += self.follow(url, status, body, ctype)
        return self.seen
