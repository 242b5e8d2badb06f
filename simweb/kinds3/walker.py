"""A walker that knows the ``kinds3`` profile's own mechanisms, for the tests (not a crawler).

On top of ``simweb.kinds2.walker`` it follows ``<meta http-equiv="refresh">`` and
``location.replace`` forwards, reads gkmlpt's ``window._CONFIG`` (SID, TREE) and pages
``/gkmlpt/api/all/<cat>``, reads a Vue portal's ``/config.js`` and bundle and pages its list API,
fetches a page's own ``.js`` files to expand ``toDetail``/``goInfo`` calls, pages 加载更多 by offset,
loads ``tabUrls`` fragments, expands year ``<select>`` options, unwraps pdf.js ``viewer.html?file=``
links, and reads ``robots.txt`` sitemaps and XML (sitemap, RSS) indexes. It never enters a trap.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from ..kinds2.walker import Walker as Kinds2Walker

META_REFRESH = re.compile(r'<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"', re.I)
REPLACE = re.compile(r"""location\.replace\(["']([^"']+)["']\)""")
GK_CONFIG = re.compile(r"window\._CONFIG = (\{.*?\});</script>", re.S)
SCRIPT_SRC = re.compile(r'<script src="([^"]+\.js)"></script>')
SITE_CONFIG = re.compile(r"window\.SITE_CONFIG = (\{.*?\});\n", re.S)
VUE_LIST = re.compile(r'get\("([^"]+)",\{params:\{columnId:')
VUE_DETAIL = re.compile(r'get\("([^"]+)",\{params:\{id:e\}\}')
TODETAIL_BASE = re.compile(r"var BASE_PATH = '([^']+)';")
TODETAIL_DEF = re.compile(r"BASE_PATH \+ 'html/' \+ id\.substr\(0, 4\) \+ '/' \+ id\.substr\(4, 4\)")
TODETAIL_CALL = re.compile(r"toDetail\('(\d+)'\)")
GOINFO_DEF = re.compile(
    r"function goInfo\(infoId, catId\) \{\s*window\.open\('([^']+)' \+ infoId \+ '([^']+)' \+ catId"
)
GOINFO_CALL = re.compile(r"goInfo\('([^']+)','([^']+)'\)")
LOAD_MORE = re.compile(
    r"var offset = (\d+);.*?\$\.get\('([^']+)', \{catId: '([^']+)', offset: offset, limit: (\d+)\}", re.S
)
TAB_URLS = re.compile(r"var tabUrls = \[([^\]]*)\]")
YEAR_SELECT = re.compile(
    r"""<select[^>]*onchange="window\.location\.href='([^']+)'\+this\.value">(.*?)</select>""", re.S
)
OPTION = re.compile(r'<option value="(\d{4})"')
XML_LINK = re.compile(r"<(?:loc|link)>([^<]+)</(?:loc|link)>")
SITEMAP_LINE = re.compile(r"(?im)^sitemap:\s*(\S+)")


class Walker(Kinds2Walker):
    def __init__(self, web, limit: int = 20000):
        super().__init__(web, limit)
        self.scripts: dict[str, str] = {}

    def script(self, url: str) -> str:
        if url not in self.scripts:
            status, body, _ = self.get(url)
            self.scripts[url] = body.decode("utf-8", "replace") if status == 200 else ""
        return self.scripts[url]

    def links(self, url: str, text: str) -> list[str]:
        out = super().links(url, text)
        base = f"{urlsplit(url).scheme}://{urlsplit(url).netloc}"
        out += [urljoin(url, html.unescape(u)) for u in META_REFRESH.findall(text) + REPLACE.findall(text)]
        config = GK_CONFIG.search(text)
        if config:
            out += self.gkmlpt(base, json.loads(config.group(1)))
        srcs = [urljoin(url, s) for s in SCRIPT_SRC.findall(text)]
        js = "\n".join(self.script(s) for s in srcs if s.startswith(base))
        site_config = SITE_CONFIG.search(js)
        if site_config:
            out += self.vue(base, json.loads(site_config.group(1)), js)
        out += self.helpers(base, js, text)
        more = LOAD_MORE.search(text)
        if more:
            out += self.load_more(base, js, more.groups())
        for urls in TAB_URLS.findall(text):
            out += [urljoin(url, u) for u in re.findall(r"'([^']+)'", urls)]
        for prefix, options in YEAR_SELECT.findall(text):
            out += [urljoin(url, html.unescape(prefix) + y) for y in OPTION.findall(options)]
        viewers = [u for u in out if "viewer.html?file=" in u]
        out += [urljoin(u, dict(parse_qsl(urlsplit(u).query))["file"]) for u in viewers]
        return out

    def helpers(self, base: str, js: str, text: str) -> list[str]:
        """Expand ``toDetail('<id>')`` and ``goInfo('<id>','<cat>')`` calls by the page's own scripts."""
        out = []
        todetail = TODETAIL_BASE.search(js)
        if todetail and TODETAIL_DEF.search(js):
            root = todetail.group(1)
            out += [f"{base}{root}html/{i[:4]}/{i[4:8]}/{i}.html" for i in TODETAIL_CALL.findall(text)]
        goinfo = GOINFO_DEF.search(js)
        if goinfo:
            head, mid = goinfo.groups()
            out += [urljoin(base, f"{head}{i}{mid}{c}") for i, c in GOINFO_CALL.findall(text)]
        return out

    def load_more(self, base: str, js: str, groups: tuple[str, ...]) -> list[str]:
        start, api, cat, limit = groups
        out, offset = [], int(start)
        while offset < 10000:
            query = urlencode({"catId": cat, "offset": offset, "limit": limit})
            status, body, ctype = self.get(f"{base}{api}?{query}")
            fragment = self.decode(body, ctype) if status == 200 else ""
            if not fragment.strip():
                break
            out += self.helpers(base, js, fragment)
            offset += int(limit)
        return out

    def gkmlpt(self, base: str, config: dict) -> list[str]:
        out, stack = [], list(config["TREE"])
        while stack:
            node = stack.pop()
            stack += node.get("children", [])
            for page in range(1, 100):
                query = urlencode({"page": page, "sid": config["SID"]})
                _, data, _ = self.get(f"{base}/gkmlpt/api/all/{node['id']}?{query}")
                articles = json.loads(data)["articles"]
                if not articles:
                    break
                out += [a["url"] for a in articles]
        return out

    def vue(self, base: str, config: dict, js: str) -> list[str]:
        listing, detail = VUE_LIST.search(js), VUE_DETAIL.search(js)
        if not (listing and detail):
            return []
        out = []
        for column in config["columns"]:
            for page in range(1, 100):
                query = urlencode(
                    {"columnId": column["id"], "pageNum": page, "pageSize": 10, "siteId": config["siteId"]}
                )
                _, data, _ = self.get(f"{base}{config['baseApi']}{listing.group(1)}?{query}")
                rows = json.loads(data)["rows"]
                if not rows:
                    break
                out += [f"{base}{config['baseApi']}{detail.group(1)}?id={r['articleId']}" for r in rows]
        return out

    def start(self) -> list[str]:
        """The seed rows and their hosts' ``robots.txt`` (for ``Sitemap:`` lines)."""
        seeds = super().start()
        return seeds + [urljoin(u, "/robots.txt") for u in seeds]

    def follow(self, url: str, status: int, body: bytes, ctype: str) -> list[str]:
        """Also the sitemaps of a ``robots.txt`` and the ``<loc>``/``<link>`` URLs of XML indexes."""
        text = body.decode("utf-8", "replace") if status == 200 else ""
        if url.endswith("/robots.txt"):
            return SITEMAP_LINE.findall(text)
        if "xml" in ctype:
            return [html.unescape(u) for u in XML_LINK.findall(text)]
        return super().follow(url, status, body, ctype)
