"""A reachability walker for the blind35 web.

It extends blind33's walker (and through it every earlier one: links, ``<option value>``
navigation, Hanweb's ``<datastore>`` records and ``dataproxy.jsp`` POST, the pagers …) with
江西's ``/queryList`` POST as blind26's walker reads it: a page whose jQuery ``$.ajax`` POSTs
``current``, ``pageSize``, ``webSiteCode[]`` and ``channelCode[]`` to ``/queryList`` is listed by
POSTing that form with ``current`` counted up until ``data.records`` is empty. Trap prefixes are
not entered. Used by ``tests/test_simweb_blind35.py`` only.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode, urljoin

from ..blind26.reach import QUERY
from ..blind33.reach import Walker as Blind33Walker
from ..blind33.reach import unanswered_through_proxy

__all__ = ["QUERY", "Walker", "unanswered_through_proxy"]

FORM = {"Content-Type": "application/x-www-form-urlencoded"}


class Walker(Blind33Walker):
    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        for url, code, channel in QUERY.findall(text):
            for n in range(1, 100):
                form = {
                    "current": n,
                    "pageSize": 15,
                    "webSiteCode[]": code,
                    "channelCode[]": channel,
                    "sort": "sortNum",
                    "order": "desc",
                }
                _u, res = self.request(urljoin(base, url), "POST", urlencode(form).encode(), FORM)
                self.api_calls += 1
                if res is None or res.status != 200:
                    break
                records = (json.loads(res.body).get("data") or {}).get("records") or []
                if not records:
                    break
                for r in records:
                    self.add(base, r["url"])
