"""A reachability walker for the blind web that understands the blind sites' own mechanisms.

It starts from the seed rows and follows, without running any script: ``href``/``src``
attributes, ``data-url``, ``window.open('…')``, ``location.href='…'``, ``<option value>``,
page helpers such as ``opendetail('<id>')`` (by reading the helper's body), TRS
``createPageHTML`` pagers (lists and articles), Hanweb JPaaS ``unitbuild.js`` tags and inline
POSTs, the Jiangxi ``/queryList`` form API and the TRS ``/irs/front/list`` JSON API. Trap
prefixes are not entered. Used by ``tests/test_simweb_blind.py`` only.
"""

from __future__ import annotations

import html
import json
import re
import ssl
import urllib.request
from collections import deque
from urllib.parse import urlencode, urljoin, urlsplit

from ..model import Request
from ..server import SimServer
from ..web import SimWeb

LINK = re.compile(r"""(?:href|src|data-url|value)\s*=\s*["']([^"'<>]+)["']""", re.I)
SCRIPTED = re.compile(r"""(?:window\.open|location\.href\s*=)\s*\(?\s*['"]([^'"]+)['"]""")
HELPER = re.compile(r"""function\s+(\w+)\s*\(\s*(\w+)\s*\)\s*\{\s*window\.open\("""
                    r"""\s*['"]([^'"]*)['"]\s*\+\s*\2""")
PAGER = re.compile(r"""createPageHTML\(\s*(\d+)\s*,\s*(\d+)\s*,\s*["']([^"']+)["']\s*,\s*["'](\w+)["']""")
UNIT_TAG = re.compile(r"""<script[^>]*unitbuild\.js[^>]*url="([^"]+)"[^>]*queryData="([^"]+)\"""")
UNIT_AJAX = re.compile(r"""url:'([^']*build/unit)',type:'POST'.*?webId:'([^']+)',tplSetId:'([^']+)'"""
                       r""".*?pageId:'(\d+)'""", re.S)
JX = re.compile(r"""channelId = '(\d+)'; var siteId = '(\d+)'; var websiteId = '(\d+)'; """
                r"""var codeName = '(\w+)'""")
IRS = re.compile(r"""tableName:'(\w+)',tenantId:'(\d+)'.*?value:'(\d+)'.*?fetch\('([^']+)'""", re.S)


def decode(body: bytes, ctype: str) -> str:
    enc = "gbk" if "gbk" in ctype.lower() else "utf-8"
    return body.decode(enc, "replace")


class Walker:
    def __init__(self, web: SimWeb):
        self.web = web
        self.traps = tuple(web.truth.get("traps", ()))
        self.seen: set[str] = set()
        self.queue: deque[str] = deque()
        self.state: dict = {}
        self.api_calls = 0

    def request(self, url: str, method: str = "GET", body: bytes = b"",
                headers: dict | None = None):
        for _ in range(5):
            p = urlsplit(url)
            res = self.web.respond(Request(method, p.scheme, p.hostname or "", p.path or "/",
                                           p.query, headers or {}, body), self.state)
            if res is not None and res.status in (301, 302):
                url = urljoin(url, dict(res.headers)["Location"])
                continue
            return url, res
        return url, None

    def add(self, base: str, target: str) -> None:
        target = html.unescape(target.strip())
        if not target or target.startswith(("javascript:", "#", "mailto:")):
            return
        url = urljoin(base, target).split("#")[0]
        p = urlsplit(url)
        if p.scheme not in ("http", "https") or (p.hostname or "") not in self.web.hosts:
            return
        if url.startswith(self.traps) or url in self.seen:
            return
        self.seen.add(url)
        self.queue.append(url)

    def links(self, base: str, text: str) -> None:
        for m in LINK.finditer(text):
            if not m.group(0).lower().startswith("value") or m.group(1).startswith("http"):
                self.add(base, m.group(1))
        for m in SCRIPTED.finditer(text):
            self.add(base, m.group(1))
        for name, _arg, prefix in HELPER.findall(text):
            for value in re.findall(rf"""{name}\(\s*['"]([^'"]+)['"]""", text):
                self.add(base, prefix + value)
        for pages, _cur, stem, ext in PAGER.findall(text):
            for n in range(int(pages)):
                self.add(base, f"{stem}.{ext}" if n == 0 else f"{stem}_{n}.{ext}")

    def apis(self, base: str, text: str) -> None:
        for url, query in UNIT_TAG.findall(text):
            params = json.loads(html.unescape(query).replace("'", '"'))
            self.pages(base, lambda n, u=url, q=params: self.request(
                urljoin(base, u) + "?" + urlencode({**q, "parseType": "bulidstatic", "paramJson":
                                                   json.dumps({"pageNo": n, "pageSize": 15})})))
        for url, web_id, tpl, page_id in UNIT_AJAX.findall(text):
            def post(n, u=url, w=web_id, t=tpl, pid=page_id):
                body = json.dumps({"webId": w, "tplSetId": t, "pageId": pid, "paramJson":
                                   json.dumps({"pageNo": n, "pageSize": 15})}).encode()
                return self.request(urljoin(base, u), "POST", body,
                                    {"Content-Type": "application/json"})
            self.pages(base, post)
        for channel, site, website, code in JX.findall(text):
            def jx(n, ch=channel, s=site, w=website):
                form = urlencode({"channelId": ch, "siteId": s, "websiteId": w, "pageNo": n,
                                  "pageSize": 15}).encode()
                return self.request(urljoin(base, "/queryList"), "POST", form)
            self.pages(base, jx, template=lambda r, c=code: (
                f"/{urlsplit(base).path.split('/')[1]}/col/{c}/content/content_{r['source']['id']}"
                ".html"))
        for table, tenant, channel, url in IRS.findall(text):
            def irs(n, t=table, te=tenant, ch=channel, u=url):
                body = json.dumps({"tableName": t, "tenantId": te, "pageNo": n, "pageSize": 15,
                                   "customFilter": {"operator": "and", "properties": [
                                       {"property": "channel_id", "operator": "eq",
                                        "value": ch}]}}).encode()
                return self.request(urljoin(base, u), "POST", body,
                                    {"Content-Type": "application/json"})
            self.pages(base, irs)

    def pages(self, base: str, call, template=None) -> None:
        for n in range(1, 200):
            _url, res = call(n)
            self.api_calls += 1
            if res is None or res.status != 200:
                return
            data = json.loads(res.body).get("data") or {}
            if "html" in data:
                if not data["html"]:
                    return
                self.links(base, data["html"])
            elif "results" in data:
                if not data["results"]:
                    return
                for r in data["results"]:
                    self.add(base, template(r))
            elif "list" in data:
                if not data["list"]:
                    return
                for r in data["list"]:
                    self.add(base, r["url"])
            else:
                return

    def trap_chain(self, url: str, prefix: str, steps: int = 5) -> list[str]:
        """Follow a trap from ``url``: each step takes the first new URL under ``prefix`` that
        the page links; the chain stops early where a page answers no such link."""
        chain, traps = [url], self.traps
        self.traps = ()
        for _ in range(steps):
            _final, res = self.request(url)
            if res is None or res.status != 200:
                break
            self.seen.clear()
            self.queue.clear()
            self.links(url, decode(res.body, res.ctype))
            fresh = [u for u in self.queue if u.startswith(prefix) and u not in chain]
            if not fresh:
                break
            url = fresh[0]
            chain.append(url)
        self.traps = traps
        return chain

    def run(self, max_pages: int = 20000) -> set[str]:
        for row in self.web.seed_rows():
            self.add(row["url"], row["url"])
        done = 0
        while self.queue and done < max_pages:
            url = self.queue.popleft()
            final, res = self.request(url)
            done += 1
            if final != url:
                self.add(final, final)
            if res is None or res.status != 200 or not res.ctype.startswith("text/html"):
                continue
            text = decode(res.body, res.ctype)
            self.links(final, text)
            self.apis(final, text)
        return self.seen


def truth_urls(web: SimWeb) -> list[str]:
    """Every URL the truth names: report copies and pages, look-alikes, seed rows."""
    urls = [c["url"] for r in web.truth["reports"] for c in r["copies"]]
    urls += [p for r in web.truth["reports"] for p in r.get("pages", [])]
    urls += [lk["url"] for lk in web.truth["lookalikes"]]
    return urls + [r["url"] for r in web.seed_rows()]


def county_reports(web: SimWeb) -> list[dict]:
    """The truth's county reports: neither higher-level reposts nor departments' reports."""
    return [r for r in web.truth["reports"] if not r.get("higher_level") and not r.get("department")]


def findable(report: dict) -> bool:
    """Whether some copy of a truth report is findable."""
    return any(c["findable"] for c in report["copies"])


def web_size(web: SimWeb) -> dict:
    """The figures a blind web's brief bounds: seed rows (and whether each has only a name and
    a URL), findable county reports, their sites and the most per site, report years,
    look-alikes, higher-level and department reports, resources."""
    found = [r for r in county_reports(web) if findable(r)]
    per_site: dict[str, int] = {}
    for r in found:
        per_site[r["site"]] = per_site.get(r["site"], 0) + 1
    rows = web.seed_rows()
    return {
        "rows": len(rows),
        "rows_name_url_only": all(set(r) == {"name", "url"} for r in rows),
        "findable": len(found),
        "sites": len(per_site),
        "most_per_site": max(per_site.values(), default=0),
        "years": sorted({r["report_year"] for r in county_reports(web)}),
        "lookalikes": len(web.truth["lookalikes"]),
        "higher_level": sum(1 for r in web.truth["reports"] if r.get("higher_level")),
        "department": sum(1 for r in web.truth["reports"] if r.get("department")),
        "resources": len(web.resources),
    }


def truth_problems(web: SimWeb, unfindable_kinds: set[str]) -> list[str]:
    """What is wrong with a blind web's report truth: repeated keys, copies without a preferred
    URL, short or missing bodies and kinds, titles without their year, higher-level or
    department reports counted findable, unfindable reports of no excused kind, and findable
    reports whose title does not name their region."""
    out = []
    keys = [r["key"] for r in web.truth["reports"]]
    out += [f"{k}: key repeated" for k in sorted({k for k in keys if keys.count(k) > 1})]
    for r in web.truth["reports"]:
        key, found = r["key"], any(c["findable"] for c in r["copies"])
        if not r["copies"] or r["preferred_url"] != r["copies"][0]["url"]:
            out.append(f"{key}: preferred URL is not the first copy")
        if len(r["body"]) <= 1500 or not r["blind_kinds"]:
            out.append(f"{key}: body too short or no blind kinds")
        if str(r["report_year"]) not in r["title"] or "|" in r["title"]:
            out.append(f"{key}: title without its year, or with a line break mark")
        if r.get("higher_level"):
            if found or r["region"] == r["reposted_on"] or r["region"][:2] not in r["title"]:
                out.append(f"{key}: higher-level report findable or not named for its region")
        elif r.get("department"):
            if found or r["issuer_kind"] != "department":
                out.append(f"{key}: department report findable or not a department's")
        elif not found:
            if not unfindable_kinds & set(r["blind_kinds"]):
                out.append(f"{key}: not findable, and of no excused kind")
        elif r["region"][:2] not in r["title"]:
            out.append(f"{key}: title does not name the region")
    return out


def overlapping_reports(web: SimWeb, limit: float = 0.3) -> list[tuple[str, str, float]]:
    """Pairs of truth reports whose bodies share ``limit`` or more of their 5-character shingles
    (Jaccard): distinct reports must not look like copies."""
    bodies = {
        r["key"]: {r["body"][i : i + 5] for i in range(len(r["body"]) - 4)} for r in web.truth["reports"]
    }
    names = sorted(bodies)
    pairs = []
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            jac = len(bodies[a] & bodies[b]) / len(bodies[a] | bodies[b])
            if jac >= limit:
                pairs.append((a, b, jac))
    return pairs


def missing_kinds(web: SimWeb, report_kinds: tuple[str, ...], lookalike_kinds: tuple[str, ...]) -> list[str]:
    """The mechanism kinds no truth report exercises and the look-alike kinds no look-alike has."""
    have = {k for r in web.truth["reports"] for k in r["blind_kinds"]}
    looks = {lk["kind"] for lk in web.truth["lookalikes"]}
    return [k for k in report_kinds if k not in have] + [k for k in lookalike_kinds if k not in looks]


def unanswered_through_proxy(web: SimWeb, urls: list[str]) -> list[str]:
    """The URLs that do not answer 200 with a body when fetched through the web's proxy."""
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    bad = []
    with SimServer(web) as srv:
        opener = urllib.request.build_opener(
            urllib.request.ProxyHandler({"http": srv.proxy_url, "https": srv.proxy_url}),
            urllib.request.HTTPSHandler(context=ctx))
        for url in urls:
            with opener.open(url, timeout=20) as resp:
                if resp.status != 200 or not resp.read():
                    bad.append(url)
    return bad
