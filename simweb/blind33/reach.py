"""A reachability walker for the blind33 web.

It extends blind31's walker (and through it every earlier one: links, ``<option value>``
navigation, ``createPageHTML`` pagers, the 新疆 platform's JSON-body POST …) with, without running
any script:

* 福建's SSP ``apiSearch``: a page holding ``var sspParams = {…}`` and a ``$.get`` of the endpoint
  is listed by GETting it with those parameters and ``page`` counted up until ``datas`` is empty;
* 福建's SSP search POST: a page whose ``$.ajax`` POSTs ``…/ssp/search/api/search?time=`` with a
  form body around ``page=`` is listed by POSTing that body, ``page`` counted up until
  ``data.data`` is empty;
* 宿迁's ``sofpro`` list: a page with ``webSiteId``/``channelId`` and a jQuery ``.load`` of
  ``xxgkList.jsp`` with ``{currentPage, channel_id, webSiteId}`` is listed by POSTing that form,
  ``currentPage`` counted up until a fragment has no ``trlist_1`` row;
* Epoint WebBuilder's rest API: a page with ``siteGuid``/``categorynum``, a token URL and a list
  URL is listed by POSTing the token URL, then the list URL with ``Authorization: Bearer <token>``
  and ``params=<json>``, ``pageIndex`` counted up until ``infodata`` is empty.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind33.py`` only.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode, urljoin

from ..blind31.reach import Walker as Blind31Walker
from ..blind31.reach import unanswered_through_proxy

__all__ = ["EPOINT", "SOFPRO", "SSP_GET", "SSP_POST", "Walker", "unanswered_through_proxy"]

SSP_GET = re.compile(
    r'var sspParams = (\{[^;]*\});\s*function \w+\(page\)\{sspParams\.page=page;\$\.get\("([^"]+)"'
)
SSP_POST = re.compile(
    r'url:"([^"]+\?time=)"\+new Date\(\)\.getTime\(\),type:"POST",data:"([^"]*page=)"\+page\+"([^"]*)"'
)
SOFPRO = re.compile(
    r'var webSiteId="(\w+)",channelId="(\w+)";function goPage\(p\)\{\$\("#\w+"\)\.load\("([^"]+)",'
)
EPOINT = re.compile(
    r'var siteGuid="([\w-]+)",categorynum="(\w+)";\s*function getToken\(cb\)\{\$\.ajax\(\{url:"([^"]+)".*?'
    r'function loadInfo\(pageIndex\)\{getToken\(function\(t\)\{\$\.ajax\(\{url:"([^"]+)".*?pageSize:(\d+)',
    re.S,
)
FORM = {"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"}


class Walker(Blind31Walker):
    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        for params, endpoint in SSP_GET.findall(text):
            args = json.loads(params)
            for n in range(1, 200):
                _u, res = self.request(urljoin(base, endpoint) + "?" + urlencode({**args, "page": n}))
                self.api_calls += 1
                rows = json.loads(res.body).get("datas") if res is not None and res.status == 200 else None
                if not rows:
                    break
                for r in rows:
                    self.add(base, r["docpuburl"])
        for endpoint, pre, post in SSP_POST.findall(text):
            for n in range(1, 200):
                _u, res = self.request(
                    urljoin(base, endpoint) + "1700000000000", "POST", f"{pre}{n}{post}".encode(), FORM
                )
                self.api_calls += 1
                rows = json.loads(res.body)["data"]["data"] if res is not None and res.status == 200 else None
                if not rows:
                    break
                for r in rows:
                    self.add(base, r["url"])
        for site, channel, endpoint in SOFPRO.findall(text):
            for n in range(1, 200):
                body = urlencode({"currentPage": n, "channel_id": channel, "webSiteId": site}).encode()
                _u, res = self.request(urljoin(base, endpoint), "POST", body, FORM)
                self.api_calls += 1
                if res is None or res.status != 200 or b"trlist_1" not in res.body:
                    break
                self.links(base, res.body.decode("utf-8"))
        for guid, num, token_url, list_url, size in EPOINT.findall(text):
            _u, res = self.request(urljoin(base, token_url), "POST", b"", FORM)
            self.api_calls += 1
            if res is None or res.status != 200:
                continue
            token = json.loads(res.body)["custom"]["access_token"]
            for n in range(1, 200):
                params = json.dumps(
                    {"siteGuid": guid, "categorynum": num, "pageIndex": n, "pageSize": int(size)}
                )
                _u, res = self.request(
                    urljoin(base, list_url),
                    "POST",
                    urlencode({"params": params}).encode(),
                    {**FORM, "Authorization": f"Bearer {token}"},
                )
                self.api_calls += 1
                rows = (
                    json.loads(res.body)["custom"]["infodata"]
                    if res is not None and res.status == 200
                    else None
                )
                if not rows:
                    break
                for r in rows:
                    self.add(base, r["infourl"])
