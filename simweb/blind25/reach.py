"""A reachability walker for the blind25 web that understands the blind25 sites' own mechanisms.

It extends the twenty-fourth blind profile's walker (and through it every earlier one: links,
frames, script files, pagers, Hanweb ``<datastore>`` records and the ``dataproxy.jsp`` POST …)
with, without running any script:

* the 菏泽 platform's list API: a page naming ``var dw='<id>',catas='<id>',pageSize=<n>`` and
  loading ``/static/js/els-list.js`` is listed by POSTing ``{"dw": [dw], "catas": [catas], …}`` to
  ``/els-service/article/<page>/<n>`` (page counted up until no ``contents``); each row's article
  is ``/<dw>/<xxid>.html``.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind25.py`` only.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urljoin

from ..blind24.reach import Walker as Blind24Walker
from ..blind24.reach import unanswered_through_proxy

__all__ = ["Walker", "unanswered_through_proxy"]

ELS = re.compile(r"var dw='(\w+)',catas='(\w+)',pageSize=(\d+);loadPage\(1\)")


class Walker(Blind24Walker):
    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        if "els-list.js" not in text:
            return
        for dw, cata, size in ELS.findall(text):
            body = json.dumps(
                {"dw": [dw], "catas": [cata], "fwzt": "3", "order": "fwdate", "type": [1]}
            ).encode()
            for n in range(1, 200):
                _u, res = self.request(
                    urljoin(base, f"/els-service/article/{n}/{size}"),
                    "POST",
                    body,
                    {"Content-Type": "application/json"},
                )
                self.api_calls += 1
                if res is None or res.status != 200:
                    break
                rows = (json.loads(res.body).get("data") or {}).get("contents") or []
                if not rows:
                    break
                for r in rows:
                    self.add(base, f"/{dw}/{r['xxid']}.html")
