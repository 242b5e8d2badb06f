"""A reachability walker for the blind8 web that understands the blind8 sites' own mechanisms.

It extends the sixth blind profile's walker (links, frames, refreshes, script redirects, script
files, pagers, ``<datastore>`` records, POST and JSON list APIs, one retry of a 503) with, all
without running any script:

* the ``sitesources`` pager: a list page whose script reads ``script.json`` and calls
  ``createPage(el, d.endPage, cur, '<stem>')`` links ``<stem>1.html`` … ``<stem>N.html``, N being
  the JSON's ``endPage``;
* the 新疆 platform's list API: a page holding ``websiteId`` and ``channelId`` and an ``$.ajax``
  POST to the endpoint with ``contentType:"application/json"`` is listed by POSTing the JSON body
  (``pageNum`` counted up until ``results`` is empty);
* layui's ``laypage.render({count, limit, curr, jump})`` whose ``jump`` sets ``location.href`` to
  a stem + ``obj.curr``: pages 1 … ceil(count / limit);
* the Gansu ``/common/search/<channel>`` endpoint, as JSON (``data.results[].url``) and as an HTML
  fragment loaded into the page (links read from the fragment), ``page`` counted up until empty;
* a 转到 box pager: 共N页 and a script setting ``location.href`` to a stem + the box's number.

Trap prefixes are not entered. It also says where the web breaks its brief's bounds
(``brief_problems``). Used by ``tests/test_simweb_blind8.py`` only.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urljoin

from ..blind.reach import web_size
from ..blind6.reach import Walker as Blind6Walker
from ..web import SimWeb

SCRIPT_JSON = re.compile(
    r"\$\.getJSON\('([^']+\.json)',function\(d\)\{createPage\('\w+',d\.endPage,\d+,'(\w+)'\)"
)
XJ_POST = re.compile(
    r'var websiteId = "(\w+)"; var channelId = "(\w+)";function \w+\(n\)\{\$\.ajax\(\{url:"([^"]+)",'
    r'type:"POST",contentType:"application/json".*?pageSize:(\d+)',
    re.S,
)
LAYPAGE = re.compile(r"count:(\d+),limit:(\d+),curr:\d+,.*?location\.href='([^']+)'\+obj\.curr", re.S)
SEARCH_JSON = re.compile(
    r'var channelId = "(\w+)";function \w+\(page\)\{\$\.get\("([^"]+)"\+channelId\+"([^"]*page=)"\+page'
)
SEARCH_HTML = re.compile(
    r"var channelId = '(\w+)';function \w+\(p\)\{\$\('#\w+'\)\.load\("
    r"'([^']+)'\+channelId\+'([^']*page=)'\+p\)"
)
JUMP_BOX = re.compile(r"共(\d+)页.*?location\.href='([^']+page=)'\+p", re.S)


class Walker(Blind6Walker):
    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        for src, stem in SCRIPT_JSON.findall(text):
            _u, res = self.request(urljoin(base, src))
            self.api_calls += 1
            if res is not None and res.status == 200:
                for k in range(1, int(json.loads(res.body)["endPage"]) + 1):
                    self.add(base, f"{stem}{k}.html")
        for website, channel, endpoint, size in XJ_POST.findall(text):
            for n in range(1, 200):
                body = json.dumps(
                    {
                        "websiteId": website,
                        "channelId": [channel],
                        "pageNum": n,
                        "pageSize": int(size),
                        "title": "",
                    }
                ).encode()
                _u, res = self.request(
                    urljoin(base, endpoint), "POST", body, {"Content-Type": "application/json"}
                )
                self.api_calls += 1
                rows = json.loads(res.body).get("results") if res is not None and res.status == 200 else None
                if not rows:
                    break
                for r in rows:
                    self.add(base, r["url"])
        for count, limit, stem in LAYPAGE.findall(text):
            for k in range(1, -(-int(count) // int(limit)) + 1):
                self.add(base, f"{stem}{k}")
        for channel, endpoint, query in SEARCH_JSON.findall(text):
            for n in range(1, 200):
                _u, res = self.request(urljoin(base, f"{endpoint}{channel}{query}{n}"))
                self.api_calls += 1
                rows = (
                    json.loads(res.body)["data"]["results"] if res is not None and res.status == 200 else None
                )
                if not rows:
                    break
                for r in rows:
                    self.add(base, r["url"])
        for channel, endpoint, query in SEARCH_HTML.findall(text):
            for n in range(1, 200):
                _u, res = self.request(urljoin(base, f"{endpoint}{channel}{query}{n}"))
                self.api_calls += 1
                if res is None or res.status != 200 or b"<li>" not in res.body:
                    break
                self.links(base, res.body.decode("utf-8"))
        for pages, stem in JUMP_BOX.findall(text):
            for k in range(1, int(pages) + 1):
                self.add(base, f"{stem}{k}")


def brief_problems(web: SimWeb) -> list[str]:
    """Where the web's figures leave the bounds its brief sets (seed rows of name and URL only,
    10-13 rows and sites, 18-26 findable reports, at most two per site, years 2019-2025, enough
    look-alikes, reposts, department reports and pages)."""
    size = web_size(web)
    checks = {
        "seed rows carry more than name and url": size["rows_name_url_only"],
        "rows out of 10-13": 10 <= size["rows"] <= 13,
        "findable reports out of 18-26": 18 <= size["findable"] <= 26,
        "sites out of 10-13": 10 <= size["sites"] <= 13,
        "a site with more than two reports": size["most_per_site"] <= 2,
        "a year outside 2019-2025": set(size["years"]) <= set(range(2019, 2026)),
        "fewer than 30 look-alikes": size["lookalikes"] >= 30,
        "fewer than 3 higher-level reposts": size["higher_level"] >= 3,
        "fewer than 2 department reports": size["department"] >= 2,
        "fewer than 3000 resources": size["resources"] > 3000,
    }
    return [what for what, ok in checks.items() if not ok]
