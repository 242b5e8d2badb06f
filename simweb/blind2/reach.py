"""A reachability walker for the blind2 web that understands the blind2 sites' own mechanisms.

It extends the first blind profile's walker (links, ``src`` of frames, ``createPageHTML``
pagers) with, all without running any script: records in inline script arrays (``"url": …``),
JCMS ``<datastore>`` records and the ``dataproxy.jsp`` POST its ``jpage`` call declares, the
gkmlpt catalogue API named by ``window._CONFIG``, and the ``$.getJSON`` list endpoint with its
``catId``. Trap prefixes are not entered. Used by ``tests/test_simweb_blind2.py`` only.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode, urljoin

from ..blind.reach import Walker as BlindWalker

ARRAY_URL = re.compile(r'"url"\s*:\s*"([^"]+)"')
CDATA_HREF = re.compile(r'<a href="([^"]+)"')
JPAGE = re.compile(r"proxyUrl:'([^']+)',totalRecord:(\d+),ajaxParam:\{([^}]*)\}")
GKML = re.compile(r"window\._CONFIG = (\{.*?\});</script>")
GETJSON = re.compile(r"var catId='(\d+)';function load\(n\)\{\$\.getJSON\('([^'?]+)\?")


class Walker(BlindWalker):
    def links(self, base: str, text: str) -> None:
        super().links(base, text)
        for m in ARRAY_URL.finditer(text):
            self.add(base, m.group(1))

    def apis(self, base: str, text: str) -> None:
        for proxy, total, params in JPAGE.findall(text):
            form = dict(re.findall(r"(\w+):'?([^,']*)'?", params))
            for start in range(1, int(total) + 1, 45):
                body = urlencode(form).encode()
                url = (
                    urljoin(base, proxy)
                    + "?"
                    + urlencode({"startrecord": start, "endrecord": start + 44, "perpage": 15})
                )
                _u, res = self.request(
                    url, "POST", body, {"Content-Type": "application/x-www-form-urlencoded"}
                )
                self.api_calls += 1
                if res is not None and res.status == 200:
                    for href in CDATA_HREF.findall(res.body.decode()):
                        self.add(base, href)
        for raw in GKML.findall(text):
            config = json.loads(raw)
            for node in config["TREE"]:
                for page in range(1, 100):
                    _u, res = self.request(
                        f"{config['APP_URL']}/gkmlpt/api/all/{node['id']}?"
                        + urlencode({"page": page, "sid": config["SID"]})
                    )
                    self.api_calls += 1
                    arts = json.loads(res.body)["articles"] if res is not None else []
                    if not arts:
                        break
                    for art in arts:
                        self.add(base, art["url"])
        for cat, endpoint in GETJSON.findall(text):
            for page in range(1, 100):
                _u, res = self.request(
                    urljoin(base, endpoint) + "?" + urlencode({"catId": cat, "pageNo": page, "pageSize": 15})
                )
                self.api_calls += 1
                rows = json.loads(res.body)["data"]["list"] if res is not None else []
                if not rows:
                    break
                for row in rows:
                    self.add(base, row["url"])
