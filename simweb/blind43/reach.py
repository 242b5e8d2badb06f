"""A reachability walker for the blind43 web.

It extends blind39's walker (and through it every earlier one: links, ``createPageHTML`` pagers,
Hanweb ``dataproxy.jsp``, redirects, list APIs …) with, without running any script:

* XML list pages (``<?xml-stylesheet type="text/xsl" …?>``, ``<channel>`` of ``<document>``
  rows): each ``<url>`` is a link, and ``<page next="…">`` names the next page;
* RSS feeds (``<rss>``): each ``<item><link>`` is a link;
* a static ``.js`` data file: a page loading ``/js/data/<name>.js`` and paging ``articles`` is
  listed by fetching the file and reading each row's ``"u"``;
* WordPress REST lists: a page with ``wpApi={root:"…",category:N,perPage:M}`` is listed by GETting
  ``<root>wp/v2/posts?categories=N&per_page=M&page=n`` with ``n`` counted up until an answer is
  not 200 (past the last page WordPress answers 400);
* an iframe whose ``src`` a script sets: ``var cid="…"`` and ``setAttribute("src","<path>?cid="
  +cid+"<rest>")`` name the framed page.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind43.py`` only.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode, urljoin

from ..blind.reach import decode
from ..blind39.reach import Walker as Blind39Walker
from ..blind39.reach import unanswered_through_proxy

__all__ = ["IFRAME_SRC", "JS_DATA", "WP_API", "Walker", "unanswered_through_proxy"]

XML_ROW = re.compile(r"<document>.*?<url>([^<]+)</url>", re.S)
XML_NEXT = re.compile(r'<page [^>]*next="([^"]+)"')
RSS_LINK = re.compile(r"<item>.*?<link>([^<]+)</link>", re.S)
JS_DATA = re.compile(r'<script[^>]*src="(/js/data/[\w.-]+\.js)"></script><script[^>]*>[^<]*articles\.slice')
JS_ROW = re.compile(r'"u":\s*"([^"]+)"')
WP_API = re.compile(r'wpApi=\{root:"([^"]+)",category:(\d+),perPage:(\d+)\}')
IFRAME_SRC = re.compile(r'var cid="(\w+)";.*?setAttribute\("src","([^"?]+)\?cid="\+cid\+"([^"]*)"\)', re.S)


class Walker(Blind39Walker):
    def run(self, max_pages: int = 20000) -> set[str]:
        for row in self.web.seed_rows():
            self.add(row["url"], row["url"])
        done = 0
        while self.queue and done < max_pages:
            url = self.queue.popleft()
            final, res = self.request(url)
            done += 1
            if final != url:
                self.add(final, final)
            if res is None or res.status != 200:
                continue
            if "xml" in res.ctype:
                self.xml(final, decode(res.body, res.ctype))
                continue
            if not res.ctype.startswith("text/html"):
                continue
            text = decode(res.body, res.ctype)
            self.links(final, text)
            self.apis(final, text)
        return self.seen

    def xml(self, base: str, text: str) -> None:
        if "<channel" in text and "xml-stylesheet" in text:
            for u in XML_ROW.findall(text):
                self.add(base, u)
            for u in XML_NEXT.findall(text):
                self.add(base, u)
        if "<rss" in text:
            for u in RSS_LINK.findall(text):
                self.add(base, u)

    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        for src in JS_DATA.findall(text):
            _u, res = self.request(urljoin(base, src))
            self.api_calls += 1
            if res is not None and res.status == 200:
                for u in JS_ROW.findall(res.body.decode("utf-8", "replace")):
                    self.add(base, u)
        for root, cat, per in WP_API.findall(text):
            for n in range(1, 200):
                q = urlencode({"categories": cat, "per_page": per, "page": n})
                _u, res = self.request(urljoin(base, root) + "wp/v2/posts?" + q)
                self.api_calls += 1
                if res is None or res.status != 200:
                    break
                rows = json.loads(res.body)
                if not rows:
                    break
                for r in rows:
                    self.add(base, r["link"])
        for cid, path, rest in IFRAME_SRC.findall(text):
            self.add(base, f"{path}?cid={cid}{rest}")
