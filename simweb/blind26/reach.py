"""A reachability walker for the blind26 web that understands the blind26 sites' own mechanisms.

It extends the twenty-fourth blind profile's walker (and through it every earlier one) with,
without running any script:

* the 湖南 platform's jump function: the page count only in ``else if(num>N)`` and the URL
  ``'default_'+num+'.htm'``, which yields ``default_2.htm`` … ``default_N.htm`` beside the page;
* the 十堰 TRS pager with quoted numbers ``createPageHTML("N","i","list_50","shtml")``, which
  yields ``list_50_1.shtml`` … ``list_50_<N-1>.shtml``;
* the 江西 ``/queryList`` POST form with ``current``, ``webSiteCode[]`` and ``channelCode[]``,
  read page by page until ``data.records`` is empty.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind26.py`` only.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode, urljoin

from ..blind24.reach import Walker as Blind24Walker
from ..blind24.reach import unanswered_through_proxy

__all__ = ["Walker", "unanswered_through_proxy"]

JUMP = re.compile(r"else if\(num>(\d+)\).*?'(default)_'\+num\+'\.(htm)'", re.S)
QUOTED = re.compile(r'createPageHTML\("(\d+)","(\d+)","([^"]+)","(\w+)"\)')
QUERY = re.compile(r"url:'(/queryList)'.*?'webSiteCode\[\]':'([^']+)','channelCode\[\]':'([^']+)'", re.S)


class Walker(Blind24Walker):
    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        for pages, stem, ext in JUMP.findall(text):
            for n in range(2, int(pages) + 1):
                self.add(base, f"{stem}_{n}.{ext}")
        for pages, _cur, stem, ext in QUOTED.findall(text):
            for n in range(1, int(pages)):
                self.add(base, f"{stem}_{n}.{ext}")
        for url, code, channel in QUERY.findall(text):
            for n in range(1, 100):
                form = urlencode(
                    {
                        "current": n,
                        "pageSize": 15,
                        "webSiteCode[]": code,
                        "channelCode[]": channel,
                        "sort": "sortNum",
                        "order": "desc",
                    }
                )
                _u, res = self.request(
                    urljoin(base, url),
                    "POST",
                    form.encode(),
                    {"Content-Type": "application/x-www-form-urlencoded"},
                )
                self.api_calls += 1
                if res is None or res.status != 200:
                    break
                records = (json.loads(res.body).get("data") or {}).get("records") or []
                if not records:
                    break
                for r in records:
                    self.add(base, r["url"])
