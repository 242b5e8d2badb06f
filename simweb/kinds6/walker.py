"""A walker that knows the ``kinds6`` profile's own mechanisms, for the tests (not a crawler).

On top of ``simweb.kinds.walker`` (hrefs and srcs, so ``查看``/``[详细]`` buttons and ``<iframe>``
pages too) it sends a browser's User-Agent, asks a page again after a 500, follows 301/302
answers, tries a seed's host without ``www.`` when the ``www.`` form does not answer, calls the
集约化 label API ``/site/label/8888`` as a column page's ``$.ajax`` does (GET or POST, every
``pageIndex`` up to the answer's ``pageCount``) and fetches the fragment a ``$("#zoom").load(url)``
pulls in. ``walk()`` returns the URLs that answered 200. Each of the four server skills can be
switched off, so that a test shows which reports need it. It never enters a trap.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlencode, urljoin, urlsplit

from ..kinds.walker import HREF
from ..kinds.walker import Walker as KindsWalker
from ..model import Request

BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0"
LABEL = re.compile(
    r"\$\.ajax\(\{url: '([^']+)', type: '(GET|POST)', dataType: 'html', data: \{(.*?)\}, success", re.S
)
PARAM = re.compile(r"(\w+): ('[^']*'|[\w.()]+)")
PAGE_COUNT = re.compile(r"pageCount:(\d+)")
LOAD = re.compile(r'\$\("#zoom"\)\.load\("([^"]+)"\)')


class Walker(KindsWalker):
    def __init__(
        self,
        web,
        limit: int = 20000,
        *,
        browser: bool = True,
        retry: bool = True,
        redirects: bool = True,
        bare_host: bool = True,
    ):
        super().__init__(web, limit)
        self.browser, self.retry, self.redirects, self.bare_host = browser, retry, redirects, bare_host
        self.location = ""
        self.answered: set[str] = set()  # URLs that answered 200

    def get(
        self, url: str, method: str = "GET", body: bytes = b"", ctype: str = ""
    ) -> tuple[int, bytes, str]:
        parts = urlsplit(url)
        headers = {"User-Agent": BROWSER if self.browser else "Python-urllib/3.11"}
        if ctype:
            headers["Content-Type"] = ctype
        for _ in range(2 if self.retry else 1):
            self.fetches += 1
            res = self.web.resolve(
                Request(
                    method, parts.scheme, parts.hostname or "", parts.path or "/", parts.query, headers, body
                )
            )
            if res is None:
                return 0, b"", ""
            if res.status != 500:
                break
        self.location = dict(res.headers).get("Location", "")
        return res.status, res.body, res.ctype

    def links(self, url: str, text: str) -> list[str]:
        out = super().links(url, text)
        for api, method, params in LABEL.findall(text):
            out += self.label(urljoin(url, api), method, params)
        out += [urljoin(url, u) for u in LOAD.findall(text)]
        return out

    def label(self, api: str, method: str, params: str) -> list[str]:
        """Every page of a label API call, its ``data`` read from the page's script."""
        out, index, count = [], 1, 1
        while index <= count and index < 100:
            form = {}
            for key, value in PARAM.findall(params):
                if value.startswith("'"):
                    form[key] = value[1:-1]
                elif value == "Math.random()":
                    form[key] = "0.5"
                elif value == "pageIndex":
                    form[key] = str(index)
                else:
                    form[key] = value
            query = urlencode(form)
            if method == "GET":
                _, body, _ = self.get(f"{api}?{query}")
            else:
                _, body, _ = self.get(api, "POST", query.encode(), "application/x-www-form-urlencoded")
            text = body.decode("utf-8", "replace")
            out += [urljoin(api, html.unescape(u)) for u in HREF.findall(text)]
            found = PAGE_COUNT.search(text)
            count = int(found.group(1)) if found else 0
            index += 1
        return out

    def start(self) -> list[str]:
        """The seed rows' URLs, and, for a ``www.`` host the web does not know, its bare form."""
        out = []
        for row in self.web.seed_rows():
            url = row["url"]
            out.append(url)
            host = urlsplit(url).hostname or ""
            if self.bare_host and host.startswith("www.") and host not in self.web.hosts:
                out.append(url.replace("//www.", "//", 1))
        return out

    def walk(self) -> set[str]:
        queue = list(reversed(self.start()))
        while queue and len(self.seen) < self.limit:
            url = queue.pop().split("#")[0]
            if url in self.seen or any(url.startswith(t) for t in self.traps):
                continue
            if (urlsplit(url).hostname or "") not in self.web.hosts:
                continue
            self.seen.add(url)
            status, body, ctype = self.get(url)
            if status == 200:
                self.answered.add(url)
            if status in (301, 302):
                if self.redirects and self.location:
                    queue.append(urljoin(url, self.location))
                continue
            queue += self.follow(url, status, body, ctype)
        return self.answered
