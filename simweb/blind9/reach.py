"""A reachability walker for the blind9 web that understands the blind9 sites' own mechanisms.

It extends the eighth blind profile's walker (links, frames, refreshes, script redirects, script
files, pagers, ``<datastore>`` records, POST and JSON list APIs, ``script.json``, JSON-body POSTs,
laypage, ``/common/search/``, 转到 boxes, one retry of a 503) with, all without running any script:

* a JSONP list endpoint: a page holding ``var cfg = {...}`` and an ``$.ajax`` call with
  ``dataType:"jsonp"`` is listed by GETting the endpoint with ``catId``, ``pageNo``, ``pageSize``
  and the callback, stripping the padding, ``pageNo`` counted up until the list is empty;
* a detail shell that POSTs its ``id`` to ``/api/detail``: the body is fetched the way the shell
  does (``details`` maps each shell URL to the text the API answered);
* ``robots.txt`` ``Sitemap:`` lines of the seeded hosts: sitemap indexes and url sets are read
  and every ``<loc>`` is walked;
* a 加载更多 button whose script GETs ``classid``, ``start`` (the rows shown) and ``num``: the
  fragments are requested, ``start`` counted up by ``num``, until one is empty;
* the TRS 海云 IGS endpoint: a page holding ``var igs = {...}`` and a ``$.getJSON`` of
  ``/igs/front/search/list.html`` is listed by ``pageNumber`` until ``page.content`` is empty.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind9.py`` only.
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote, urlencode, urljoin, urlsplit

from ..blind8.reach import Walker as Blind8Walker

JSONP = re.compile(
    r'var cfg = (\{[^;]*\});function \w+\(n\)\{\$\.ajax\(\{url:"([^"]+)",dataType:"jsonp",'
    r'jsonp:"(\w+)",jsonpCallback:"(\w+)"'
)
DETAIL = re.compile(r'\$\.post\("([^"]+)",\{id:getQueryString\("id"\)\}')
MORE = re.compile(
    r'var start=\$\("#\w+ li"\)\.length;\$\.get\("([^"]+)",\{classid:(\d+),start:start,num:(\d+)\}'
)
IGS = re.compile(r'var igs = (\{[^;]*\});function \w+\(p\)\{\$\.getJSON\("([^"?]+)\?')
SITEMAP = re.compile(r"^Sitemap:\s*(\S+)", re.M | re.I)
LOC = re.compile(r"<loc>([^<]+)</loc>")


class Walker(Blind8Walker):
    def __init__(self, web):
        super().__init__(web)
        self.details: dict[str, str] = {}

    def run(self, max_pages: int = 20000) -> set[str]:
        for row in self.web.seed_rows():
            self.sitemaps(urljoin(row["url"], "/robots.txt"))
        return super().run(max_pages)

    def sitemaps(self, robots: str) -> None:
        _u, res = self.request(robots)
        if res is None or res.status != 200:
            return
        todo, done = SITEMAP.findall(res.body.decode("utf-8", "replace")), set()
        while todo:
            url = todo.pop()
            if url in done:
                continue
            done.add(url)
            _u, res = self.request(url)
            self.api_calls += 1
            if res is None or res.status != 200:
                continue
            text = res.body.decode("utf-8", "replace")
            for loc in LOC.findall(text):
                if "<sitemapindex" in text:
                    todo.append(loc)
                else:
                    self.add(url, loc)

    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        for cfg, endpoint, param, callback in JSONP.findall(text):
            args = json.loads(cfg)
            for n in range(1, 200):
                query = urlencode(
                    {"catId": args["catId"], "pageNo": n, "pageSize": args["pageSize"], param: callback}
                )
                _u, res = self.request(urljoin(base, f"{endpoint}?{query}"))
                self.api_calls += 1
                if res is None or res.status != 200:
                    break
                body = res.body.decode("utf-8")
                rows = json.loads(body[body.index("(") + 1 : body.rindex(")")])["data"]["list"]
                if not rows:
                    break
                for r in rows:
                    self.add(base, r["url"])
        for endpoint in DETAIL.findall(text):
            doc = dict(p.split("=", 1) for p in urlsplit(base).query.split("&") if "=" in p).get("id")
            if doc:
                _u, res = self.request(
                    urljoin(base, endpoint),
                    "POST",
                    f"id={quote(doc)}".encode(),
                    {"Content-Type": "application/x-www-form-urlencoded"},
                )
                self.api_calls += 1
                if res is not None and res.status == 200:
                    data = json.loads(res.body).get("data") or {}
                    self.details[base] = data.get("content", "")
        for endpoint, classid, size in MORE.findall(text):
            start = len(re.findall(r"<li>", text.split('id="newsList"', 1)[1].split("</ul>", 1)[0]))
            while start < 5000:
                _u, res = self.request(
                    urljoin(base, f"{endpoint}?classid={classid}&start={start}&num={size}")
                )
                self.api_calls += 1
                if res is None or res.status != 200 or not res.body.strip():
                    break
                self.links(base, res.body.decode("utf-8"))
                start += int(size)
        for cfg, endpoint in IGS.findall(text):
            args = json.loads(cfg)
            for n in range(1, 200):
                query = urlencode(
                    {
                        "index": args["index"],
                        "type": args["type"],
                        "pageNumber": n,
                        "pageSize": args["size"],
                        "siteId": args["siteId"],
                        "filter[SITEID]": args["siteId"],
                        "filter[CHNLDESC]": args["chnl"],
                        "orderProperty": "PUBDATE",
                        "orderDirection": "desc",
                    }
                )
                _u, res = self.request(urljoin(base, f"{endpoint}?{query}"))
                self.api_calls += 1
                rows = (
                    json.loads(res.body)["page"]["content"] if res is not None and res.status == 200 else None
                )
                if not rows:
                    break
                for r in rows:
                    self.add(base, r["DOCPUBURL"])
