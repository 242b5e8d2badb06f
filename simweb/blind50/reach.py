"""A reachability walker for the blind50 web.

It extends blind42's walker (and through it every earlier one: links, ``createPageHTML`` pagers,
the 广东 ``gkmlpt`` catalogue API, Hanweb's ``<datastore>`` records and ``dataproxy.jsp`` POST …)
with, without running any script, 淮安's ``/articleCommonController/lists.do``: a page with
``var topic="…",deptid="…",rdeptid="…",pagesize=…;`` and an ``$.ajax`` to that URL is listed by
POSTing the form with ``page`` counted up until ``value.list`` is empty; each row's
``domain + path`` is a link. Trap prefixes are not entered. Used by
``tests/test_simweb_blind50.py`` only.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode, urljoin

from ..blind42.reach import Walker as Blind42Walker
from ..blind42.reach import unanswered_through_proxy

__all__ = ["HA_CALL", "Walker", "unanswered_through_proxy"]

HA_CALL = re.compile(
    r'var topic="(\w+)",deptid="(\w+)",rdeptid="(\w+)",pagesize=(\d+);.*?url:"([^"]+)",type:"post"', re.S
)
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


class Walker(Blind42Walker):
    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        for topic, dept, rdept, size, endpoint in HA_CALL.findall(text):
            for n in range(1, 200):
                body = urlencode(
                    {"page": n, "pagesize": size, "topic": topic, "rdeptid": rdept, "deptid": dept}
                ).encode()
                _u, res = self.request(urljoin(base, endpoint), "POST", body, FORM)
                self.api_calls += 1
                rows = (
                    json.loads(res.body)["value"]["list"] if res is not None and res.status == 200 else None
                )
                if not rows:
                    break
                for r in rows:
                    self.add(base, r["domain"] + r["path"])
