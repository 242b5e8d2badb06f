"""A reachability oracle for the simulated web: which URLs can a crawler reach from the seeds?

It walks the web in-process (no proxy), honours robots.txt, stays out of the truth's trap
prefixes, strips session ids, follows redirects, and knows how each list mechanism of the
simulated web names its further pages: ``createPageHTML`` scripts of every arity, the Hanweb
datastore and dataproxy, the gkmlpt JSON API, ``sitemap.xml``. Tests use it to check that the
truth's ``findable`` flags say what a crawler can actually reach. It is test code for the web,
not a model of the project's crawler.
"""

from __future__ import annotations

import json
import re
from collections import deque
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit, urlunsplit

from .model import Request

LINK = re.compile(r"""(?:href|src)\s*=\s*["']([^"'<>]+)["']""", re.I)
OPEN = re.compile(r"""(?:window\.open\(|location\.replace\(|location(?:\.href)?\s*=\s*|;\s*url\s*=\s*)"""
                  r"""['"]?([^'"()<>;\s]+)""", re.I)
CALL = re.compile(r"createPageHTML\(([^()]*)\)")
VAR = re.compile(r"var\s+(\w+)\s*=\s*([^;\n/]+)")
LOC = re.compile(r"<loc>([^<]+)</loc>")
SKIP = ("javascript:", "mailto:", "#")


def canonical(url: str) -> str:
    """The URL without fragment and session ids (``(S(…))``, ``;jsessionid=``, ``sid=``)."""
    parts = urlsplit(url)
    path = re.sub(r"/\(S\([a-z0-5]+\)\)", "", parts.path)
    path = re.sub(r";jsessionid=[^/?]*", "", path) or "/"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if k != "sid"], safe="/")
    return urlunsplit((parts.scheme, parts.netloc.lower(), path, query, ""))


def decode(body: bytes, ctype: str) -> str:
    if "utf-8" in ctype.lower():
        return body.decode("utf-8", "replace")
    head = body[:600].decode("ascii", "replace").lower()
    return body.decode("gb18030" if re.search(r"charset=[\"']?gb", head) else "utf-8", "replace")


def page_links(url: str, text: str) -> list[str]:
    """Every URL a page names: links, sources, window.open targets and script pagers."""
    found = [m for m in LINK.findall(text) + OPEN.findall(text) if not m.startswith(SKIP)]
    found += [unquote(v) for m in LINK.findall(text) for v in re.findall(r"[?&]file=([^&]+)", m)]
    return [urljoin(url, link) for link in found + trs_pages(url, text)]


def trs_pages(url: str, text: str) -> list[str]:
    """The list pages a TRS ``createPageHTML`` call writes, in any of its spellings: literal or
    ``var`` arguments, with or without a leading box id, pages counted from 0 or 1 (so every
    ``<name>_<n>.<ext>`` for n = 1 … pages)."""
    names = {m.group(1): m.group(2).strip().strip("'\"") for m in VAR.finditer(text)}
    base = url.rsplit("/", 1)[0] + "/"
    found: list[str] = []
    for m in CALL.finditer(text):
        args = [names.get(a.strip(), a.strip()).strip("'\"") for a in m.group(1).split(",")]
        if args and not args[0].isdigit():
            args = args[1:]  # the id of the box the pager is written into
        if len(args) < 4 or not args[0].isdigit():
            continue
        pages, name, ext = int(args[0]), args[2], args[3]
        if re.fullmatch(r"\w+", name) and re.fullmatch(r"\w+", ext):
            found += [f"{base}{name}_{n}.{ext}" for n in range(1, pages + 1)]
    return found


class Oracle:
    """Walks a :class:`~simweb.web.SimWeb` from its seeds.

    ``reached`` holds the canonical URLs it got (redirecting ones included) and ``referrers``
    maps each URL to the pages that name it.
    """

    def __init__(self, web, limit: int = 40000):
        self.web = web
        self.limit = limit
        self.traps = tuple(web.truth["traps"]) + tuple(
            u.rsplit("/", 1)[0] + "/" for u in web.truth["hangs"])
        self.robots: dict[str, list[str]] = {}
        self.state: dict = {}
        self.reached: set[str] = set()
        self.referrers: dict[str, set[str]] = {}
        self.fetched = 0

    def get(self, url: str, method: str = "GET", body: bytes = b""):
        parts = urlsplit(url)
        req = Request(method, parts.scheme, parts.hostname or "", parts.path or "/", parts.query,
                      {}, body)
        self.fetched += 1
        res = self.web.respond(req, self.state)
        if res is not None and res.status == 503:
            res = self.web.respond(req, self.state)
        return res

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if host not in self.robots:
            res = self.get(f"{parts.scheme}://{host}/robots.txt")
            rules = []
            if res is not None and res.status == 200:
                text = res.body.decode("utf-8", "replace")
                rules = [line.split(":", 1)[1].strip() for line in text.splitlines()
                         if line.lower().startswith("disallow:") and line.split(":", 1)[1].strip()]
                self.sitemaps = getattr(self, "sitemaps", []) + [
                    line.split(":", 1)[1].strip() for line in text.splitlines()
                    if line.lower().startswith("sitemap:")]
            self.robots[host] = rules
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        return not any(path.startswith(rule) for rule in self.robots[host])

    def run(self) -> Oracle:
        queue = deque(row["url"] for row in self.web.seed_rows() if row["url"])
        seen = set(queue)

        def push(link: str, source: str = "") -> None:
            link = canonical(link)
            self.referrers.setdefault(link, set()).add(source)
            if link.startswith("http") and link not in seen and not link.startswith(self.traps):
                seen.add(link)
                queue.append(link)

        while queue and self.fetched < self.limit:
            url = queue.popleft()
            if not self.allowed(url):
                continue
            for sitemap in getattr(self, "sitemaps", []):
                push(sitemap)
            self.sitemaps = []
            res = self.get(url)
            if res is None or res.hang:
                continue
            if res.status in (301, 302):
                self.reached.add(url)
                push(urljoin(url, dict(res.headers)["Location"]), url)
                continue
            if res.status != 200:
                continue
            self.reached.add(url)
            if "xml" in res.ctype and b"<urlset" in res.body:
                for link in LOC.findall(res.body.decode()):
                    push(link, url)
                continue
            if not res.ctype.startswith("text/html"):
                continue
            text = decode(res.body, res.ctype)
            for link in page_links(url, text):
                push(link, url)
            for link in self.expand_scripts(url, text):
                push(link, url)
        return self

    def expand_scripts(self, url: str, text: str) -> list[str]:
        """Further records of script-driven lists: Hanweb dataproxy, gkmlpt JSON."""
        out: list[str] = []
        proxy = re.search(r"(?:/[\w.-]+)*?/module/(?:web/)?jpage/dataproxy\.jsp", text)
        column = re.search(r"columnid=(\d+)", text)
        if proxy and column:
            for page in range(1, 50):
                query = (f"startrecord={(page - 1) * 20 + 1}&endrecord={page * 20}&perpage=20&page="
                         f"{page}&columnid={column.group(1)}&appid=1&webid=3&path=/&unitid=5678")
                res = self.get(urljoin(url, proxy.group(0)) + "?" + query)
                records = re.findall(r"<record>", res.body.decode()) if res else []
                if not records:
                    break
                out += [urljoin(url, m) for m in LINK.findall(res.body.decode())]
        if "/gkmlpt/api/all/" in text:
            for cid in re.findall(r'data-classify="(\d+)"', text):
                for page in range(1, 50):
                    res = self.get(urljoin(url, f"/gkmlpt/api/all/{cid}?page={page}"))
                    data = json.loads(res.body) if res and res.status == 200 else {}
                    if not data.get("articles"):
                        break
                    out += [a["url"] for a in data["articles"]]
        return out
