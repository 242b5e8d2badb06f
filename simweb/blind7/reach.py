"""A reachability walker for the blind7 web that understands the blind7 sites' own mechanisms.

It extends the sixth blind profile's walker (links, frames, refreshes, script redirects, script
files, pagers, ``<datastore>`` records, POST and JSON list APIs, one retry of a 503, the 太仓
``pid`` API) with, all without running any script: a cookie jar (``Set-Cookie`` headers, and the
``document.cookie='__jsl_clearance_s=…'`` a 521 challenge page writes out, after which the request
is asked again), the ``/Ashx/PostHandler.ashx`` list (POST ``args`` with ``PageNo`` counted up
until a page has no rows, article URLs ``/Info.aspx?Id=<NewsID>&c=<ClassifyID>``) and its article
body call, the GET ``/module/web/jpage/dataproxy.jsp?page=N`` XML pager, and layui ``laypage``
pagers whose jump handler fetches ``…?catId=<id>&page=<curr>`` fragments. 301s to another host
are followed by the base walker. Trap prefixes are not entered. Used by
``tests/test_simweb_blind7.py`` only.
"""

from __future__ import annotations

import json
import re
import ssl
import urllib.error
import urllib.request
from urllib.parse import urlencode, urljoin, urlsplit

from ..blind.reach import decode, web_size
from ..blind6.reach import Walker as Blind6Walker
from ..server import SimServer
from ..web import SimWeb
from .core import JSL_SCRIPT

ASHX_LIST = re.compile(
    r"var classifyId='([^']+)';function loadList\(n\)\{\$\.post\('([^'?]+)\?action=(News-GetPublishNewsList)'"
)
ASHX_BODY = re.compile(r"var newsId='([^']+)';\$\.post\('([^'?]+)\?action=(News-GetPublishNewById)&NewsID='")
JPAGE_GET = re.compile(
    r"url:'([^']*dataproxy\.jsp)',type:'GET',data:\{page:p,appid:(\d+),webid:(\d+),path:'([^']*)',"
    r"columnid:(\d+),unitid:(\d+),webname:'([^']*)',permissiontype:(\d+)\}"
)
RECORD = re.compile(r"<record><!\[CDATA\[(.*?)\]\]></record>", re.S)
LAYPAGE = re.compile(
    r"laypage\.render\(\{elem:'\w+',count:(\d+),limit:(\d+).*?\$\.get\('([^'?]+)\?catId=(\d+)&page='\+obj\.curr",
    re.S,
)


class Walker(Blind6Walker):
    def __init__(self, web: SimWeb):
        super().__init__(web)
        self.jar: dict[str, dict[str, str]] = {}

    def request(self, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
        for _ in range(2):
            host = urlsplit(url).hostname or ""
            jar = self.jar.setdefault(host, {})
            sent = dict(headers or {})
            if jar:
                sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in jar.items())
            final, res = super().request(url, method, body, sent)
            if res is None:
                return final, res
            for key, value in res.headers:
                if key.lower() == "set-cookie":
                    name, _, rest = value.partition("=")
                    jar[name.strip()] = rest.split(";", 1)[0]
            script = JSL_SCRIPT.search(res.body.decode("utf-8", "replace")) if res.status == 521 else None
            if script is None:
                return final, res
            jar[script.group(1)] = script.group(2)
        return final, res

    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        for cid, endpoint, action in ASHX_LIST.findall(text):
            for n in range(1, 200):
                form = urlencode(
                    {"args": json.dumps({"PageNo": str(n), "PageSize": "15", "ClassifyID": cid})}
                )
                _u, res = self.request(
                    urljoin(base, endpoint) + "?action=" + action,
                    "POST",
                    form.encode(),
                    {"Content-Type": "application/x-www-form-urlencoded"},
                )
                self.api_calls += 1
                rows = (
                    (json.loads(res.body).get("data") or []) if res is not None and res.status == 200 else []
                )
                if not rows:
                    break
                for row in rows:
                    self.add(base, f"/Info.aspx?Id={row['NewsID']}&c={cid}")
        for nid, endpoint, action in ASHX_BODY.findall(text):
            url = urljoin(base, endpoint) + f"?action={action}&NewsID={nid}"
            form = urlencode({"args": json.dumps({"NewsID": nid})}).encode()
            _u, res = self.request(url, "POST", form, {"Content-Type": "application/x-www-form-urlencoded"})
            self.api_calls += 1
            if res is not None and res.status == 200:
                self.seen.add(url)
                data = json.loads(res.body).get("data") or {}
                self.links(base, data.get("NewsContent", ""))
        for endpoint, appid, webid, path, column, unit, webname, perm in JPAGE_GET.findall(text):
            for n in range(1, 200):
                query = urlencode(
                    {
                        "page": n,
                        "appid": appid,
                        "webid": webid,
                        "path": path,
                        "columnid": column,
                        "unitid": unit,
                        "webname": webname,
                        "permissiontype": perm,
                    }
                )
                _u, res = self.request(urljoin(base, endpoint) + "?" + query)
                self.api_calls += 1
                records = (
                    RECORD.findall(decode(res.body, res.ctype))
                    if res is not None and res.status == 200
                    else []
                )
                if not records:
                    break
                for rec in records:
                    self.links(base, rec)
        for count, limit, endpoint, cat in LAYPAGE.findall(text):
            for n in range(1, -(-int(count) // int(limit)) + 1):
                _u, res = self.request(urljoin(base, endpoint) + f"?catId={cat}&page={n}")
                self.api_calls += 1
                if res is not None and res.status == 200:
                    self.links(base, decode(res.body, res.ctype))


def brief_problems(web: SimWeb) -> list[str]:
    """Where the web's figures leave the bounds its brief sets (seed rows of name and URL only,
    10-13 county-level sites, 18-26 findable reports, at most two per site, years 2019-2025, enough
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


def unanswered_through_proxy(web: SimWeb, urls: list[str]) -> list[str]:
    """The URLs that do not answer 200 with a body when fetched through the web's proxy by a
    client that keeps cookies and, on a 521 challenge, sets the cookie its script writes and asks
    again."""
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    bad = []
    with SimServer(web) as srv:
        jar = urllib.request.HTTPCookieProcessor()
        opener = urllib.request.build_opener(
            urllib.request.ProxyHandler({"http": srv.proxy_url, "https": srv.proxy_url}),
            urllib.request.HTTPSHandler(context=ctx),
            jar,
        )
        clearance: dict[str, str] = {}
        for url in urls:
            host = urlsplit(url).hostname or ""
            for _ in range(2):
                req = urllib.request.Request(url)
                if host in clearance:
                    req.add_unredirected_header("Cookie", clearance[host])
                try:
                    with opener.open(req, timeout=20) as resp:
                        if resp.status != 200 or not resp.read():
                            bad.append(url)
                    break
                except urllib.error.HTTPError as err:
                    script = (
                        JSL_SCRIPT.search(err.read().decode("utf-8", "replace")) if err.code == 521 else None
                    )
                    if script is None or host in clearance:
                        bad.append(url)
                        break
                    uid = err.headers.get("Set-Cookie", "").split(";", 1)[0]
                    clearance[host] = f"{uid}; {script.group(1)}={script.group(2)}"
    return bad
