"""A reachability walker for the blind58 web.

It extends blind39's walker (and through it every earlier one: links, ``createPageHTML`` pagers,
redirects, list APIs …) with, without running any script:

* the 铜川 ``.rt`` list shell: a page whose script calls ``$.ajax({url:"/news_list.rt",…,
  data:{<key>:<value>,…,pageNo:p}})`` is listed by GETting that URL with those parameters and
  ``pageNo`` counted up until the fragment answers no row (``暂无数据``); each fragment's links
  are followed.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind58.py`` only.
"""

from __future__ import annotations

import re
from urllib.parse import urlencode, urljoin

from ..blind.reach import decode
from ..blind39.reach import Walker as Blind39Walker
from ..blind39.reach import unanswered_through_proxy

__all__ = ["RT_AJAX", "Walker", "rt_ajax_params", "unanswered_through_proxy"]

RT_AJAX = re.compile(r'\$\.ajax\(\{url:"([^"]+)",type:"get",data:\{(.*?),pageNo:p\}')
PAIR = re.compile(r'(\w+):("[^"]*"|\d+)')


def rt_ajax_params(raw: str) -> dict[str, str]:
    return {k: v.strip('"') for k, v in PAIR.findall(raw)}


class Walker(Blind39Walker):
    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        for url, raw in RT_AJAX.findall(text):
            params = rt_ajax_params(raw)
            for n in range(1, 200):
                _u, res = self.request(urljoin(base, url) + "?" + urlencode({**params, "pageNo": n}))
                self.api_calls += 1
                if res is None or res.status != 200:
                    break
                frag = decode(res.body, res.ctype)
                if "暂无数据" in frag or "<li>" not in frag:
                    break
                self.links(base, frag)
