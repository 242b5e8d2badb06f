"""Tests of the challenge sites of the simulated web (simweb/challenges.py): every path answers
the challenge without the cookie, the cookie the page's script computes (run in Node, and in
headless Chromium through the proxy) is accepted, guessed, mixed and stale cookies are refused,
and a clearance expires after N requests or M seconds."""

from __future__ import annotations

import csv
import hashlib
import html
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from simweb import SimServer, build_web
from simweb.challenges import (
    CHALLENGE_SITES,
    DIGIT_EXPRESSIONS,
    JS_HASHES,
    add_challenge_sites,
)
from simweb.faults import add_fault_sites
from simweb.model import Request, Resource
from tests.simweb_fetch import get

NODE = shutil.which("node")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_node = pytest.mark.skipif(NODE is None, reason="node is not installed")
GOV_SITES = Path(__file__).resolve().parent.parent / "data" / "gov_sites.csv"

# A browser's share of the work for a challenge page: run its scripts with `document.cookie`,
# `location` and the meta tags, and say which cookies they set and whether they navigated.
HARNESS = r"""
const vm = require('vm');
const job = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const u = new URL(job.url);
const set = [];
let moved = false;
const metas = {};
for (const [id, content] of Object.entries(job.metas)) {
  metas[id] = {getAttribute: n => (n === 'content' ? content : null),
               parentNode: {removeChild() {}}};
}
const location = {protocol: u.protocol, host: u.host, hostname: u.hostname,
                  pathname: u.pathname, search: u.search,
                  replace() { moved = true; }, reload() { moved = true; }};
Object.defineProperty(location, 'href', {get: () => u.href, set: () => { moved = true; }});
const document = {getElementById: id => metas[id] || null};
Object.defineProperty(document, 'cookie', {get: () => '', set: v => { set.push(v); }});
const ctx = vm.createContext({document, location, setTimeout: () => 0,
                              btoa: s => Buffer.from(s, 'latin1').toString('base64')});
vm.runInContext('var window = globalThis;', ctx);
for (const code of job.scripts) vm.runInContext(code, ctx, {timeout: 20000});
console.log(JSON.stringify({cookies: set, moved}));
"""
SCRIPT = re.compile(rb"<script([^>]*)>(.*?)</script>", re.S)
META = re.compile(rb'<meta id="([^"]+)" content="([^"]*)"')


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = 1_700_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


def node(code: str, payload: object) -> dict:
    done = subprocess.run([NODE or "node", "-e", code], input=json.dumps(payload),
                          capture_output=True, text=True, timeout=60, check=True)
    return json.loads(done.stdout)


def challenged(res: Resource) -> bool:
    """A challenge answer: 412 or 521, or a 200 that is only a cookie script and a reload."""
    return res.status in (412, 521) or (
        res.status == 200 and b"document.cookie" in res.body and b"<a " not in res.body)


def cookie_pair(header: str) -> tuple[str, str]:
    name, _, value = header.split(";")[0].partition("=")
    return name.strip(), value.strip()


class Browser:
    """A cookie jar and a JavaScript engine (Node) over one host of the web, without the proxy."""

    def __init__(self, web, base: str):
        self.web, self.base = web, base
        self.jar: dict[str, str] = {}
        self.challenges: list[int] = []  # statuses of the challenges met by open()

    def get(self, path: str, jar: dict[str, str] | None = None) -> Resource:
        """One request with the jar's cookies (or ``jar``'s, leaving the own jar alone)."""
        parts = urlsplit(self.base + path)
        cookies = self.jar if jar is None else jar
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())} if cookies else {}
        res = self.web.respond(Request("GET", parts.scheme, parts.hostname, parts.path or "/",
                                       parts.query, headers), {})
        assert res is not None
        if jar is None:
            self.jar.update(cookie_pair(v) for k, v in res.headers if k == "Set-Cookie")
        return res

    def run(self, path: str, res: Resource) -> dict:
        """Run a challenge page's scripts (fetching external ones) and keep the cookies set."""
        scripts = []
        for attrs, code in SCRIPT.findall(res.body):
            src = re.search(rb'src="([^"]+)"', attrs)
            scripts.append(self.get(src.group(1).decode()).body.decode() if src
                           else code.decode())
        metas = {k.decode(): html.unescape(v.decode()) for k, v in META.findall(res.body)}
        out = node(HARNESS, {"url": self.base + path, "scripts": scripts, "metas": metas})
        self.jar.update(cookie_pair(c) for c in out["cookies"])
        return out

    def open(self, path: str = "/", rounds: int = 4) -> Resource:
        """Load a page as a browser does: run the challenges' scripts and reload until it passes."""
        for _ in range(rounds):
            res = self.get(path)
            if not challenged(res):
                return res
            self.challenges.append(res.status)
            assert self.run(path, res)["moved"], "the challenge script does not reload"
        raise AssertionError(f"{self.base}{path} still challenged after {rounds} rounds")


@pytest.fixture(scope="module")
def clock():
    return Clock()


@pytest.fixture(scope="module")
def web(clock):
    web = build_web(0)
    web.challenges = add_challenge_sites(web, clock=clock)
    return web


def base_of(desc: dict) -> str:
    parts = urlsplit(desc["column"])
    return f"{parts.scheme}://{parts.hostname}"


def paths_of(web, host: str) -> list[str]:
    """Home, robots.txt, the column, every report copy and a missing page of a challenge host."""
    desc = web.challenges[host]
    urls = [desc["column"]] + [c["url"] for r in web.truth["reports"] if r["site"] == desc["site"]
                               for c in r["copies"]]
    return ["/", "/robots.txt", "/nowhere.html"] + [urlsplit(u).path for u in urls]


# ---------------------------------------------------------------------- the sites and the truth


def test_sites_of_each_kind_on_new_real_hosts(web):
    kinds = [d["challenge"] for d in web.challenges.values()]
    assert kinds.count("412") >= 2 and kinds.count("521") >= 2 and kinds.count("200") >= 1
    assert {d["family"] for d in web.challenges.values()} == {"ruishu", "jiasule", "wzws"}
    others = build_web(0)
    add_fault_sites(others)
    hosts, codes = set(others.hosts), {r["adcode"] for r in others.rows}
    for profile in ("discovery", "holdout", "kinds", "blind"):
        other = build_web(0, profile=profile)
        hosts |= other.hosts
        codes |= {r.get("adcode") for r in other.rows}
    assert not set(web.challenges) & hosts
    with open(GOV_SITES, encoding="utf-8") as fh:
        gov = {(r["name"], r["adcode"], r["url"]) for r in csv.DictReader(fh)}
    new_rows = web.seed_rows()[-len(CHALLENGE_SITES):]
    assert [urlsplit(r["url"]).hostname for r in new_rows] == list(web.challenges)
    for row in new_rows:
        assert row["adcode"] not in codes and row["level"] == "county"
        assert (row["name"], row["adcode"], row["url"]) in gov
    with pytest.raises(ValueError):
        add_challenge_sites(web)


def test_truth_lists_the_challenge_sites_and_their_reports(web):
    assert web.truth["challenges"] == web.challenges
    json.dumps(web.truth)
    for host, desc in web.challenges.items():
        reports = [r for r in web.truth["reports"] if r["site"] == desc["site"]]
        assert len(reports) == 2 and {r["preferred_url"] for r in reports} == set(desc["reports"])
        assert all(urlsplit(u).hostname == host for u in desc["reports"])
        assert sorted(c["kind"] for r in reports for c in r["copies"]) == ["html", "html", "pdf"]
        assert desc["max_uses"] >= 1 and desc["max_age"] > 0
        assert set(desc["cookies"]) == {"server", "clearance"}


def test_same_seed_same_sites(web):
    again = build_web(0)
    assert add_challenge_sites(again) == web.challenges
    assert [r for r in again.truth["reports"] if r["site"] in {"jianhu", "taining"}] == [
        r for r in web.truth["reports"] if r["site"] in {"jianhu", "taining"}]


# ---------------------------------------------------------------------- without the cookie


@pytest.mark.parametrize("host", [s.host for s in CHALLENGE_SITES])
def test_every_path_answers_the_challenge_without_the_cookie(web, host):
    desc = web.challenges[host]
    browser = Browser(web, base_of(desc))
    for path in paths_of(web, host):
        res = browser.get(path, jar={})
        assert challenged(res), path
        assert res.status == {"412": 412, "521": 521, "200": 200}[desc["challenge"]]
        assert res.ctype.startswith("text/html")
        names = [cookie_pair(v)[0] for k, v in res.headers if k == "Set-Cookie"]
        assert names == [desc["cookies"]["server"]]
        text = res.body.decode()
        assert desc["name"] not in text and "网站标识码" not in text and "Disallow" not in text


def test_challenge_pages_look_like_the_real_ones(web):
    by_kind: dict[str, bytes] = {}
    for desc in web.challenges.values():
        by_kind[desc["challenge"]] = Browser(web, base_of(desc)).get("/", jar={}).body
    assert re.search(rb'<meta id="\w{22}" content="[\w.]{100,}" r="m">', by_kind["412"])
    assert b"$_ts.nsd=" in by_kind["412"] and re.search(rb'src="/\w+/c\.\w+\.\w+\.js\?', by_kind["412"])
    assert by_kind["521"].startswith(b"<script>document.cookie=('_')+('_')+('j')+('s')+('l')")
    assert by_kind["521"].endswith(b"location.href=location.pathname+location.search</script>")
    assert b"wzwschallenge" in by_kind["200"] and b"location.href=location.href" in by_kind["200"]


def test_http_only_hosts_refuse_tls_and_https_hosts_redirect_http(web):
    for desc in web.challenges.values():
        parts = urlsplit(desc["column"])
        other = "https" if parts.scheme == "http" else "http"
        res = web.respond(Request("GET", other, parts.hostname, "/"), {})
        if other == "https":
            assert res is None  # the proxy answers 502 and refuses the tunnel
        else:
            assert res.status == 301 and dict(res.headers)["Location"] == f"https://{parts.hostname}/"


# ---------------------------------------------------------------------- the script's cookie


@needs_node
def test_js_hashes_and_digits_are_what_python_computes():
    words = ["", "a", "1714542141.604|0|y1V2BUXThJU4u5DZnyknaWHEG48%3D", "x" * 55, "y" * 56,
             "z" * 64, "0123456789" * 30]
    code = (JS_HASHES + "\nconst w = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
            "console.log(JSON.stringify({h: w.words.map(s => [md5(s), sha1(s), sha256(s)]),"
            "d: w.digits.map(e => eval(e))}));")
    digits = [e for exprs in DIGIT_EXPRESSIONS.values() for e in exprs]
    out = node(code, {"words": words, "digits": digits})
    assert out["h"] == [[hashlib.md5(w.encode()).hexdigest(), hashlib.sha1(w.encode()).hexdigest(),
                         hashlib.sha256(w.encode()).hexdigest()] for w in words]
    assert out["d"] == [d for d, exprs in DIGIT_EXPRESSIONS.items() for _ in exprs]


@needs_node
@pytest.mark.parametrize("host", [s.host for s in CHALLENGE_SITES])
def test_the_cookie_the_script_computes_opens_the_site(web, host):
    desc = web.challenges[host]
    browser = Browser(web, base_of(desc))
    home = browser.open("/")
    assert home.status == 200 and f"<h1>{desc['name']}人民政府</h1>" in home.body.decode()
    assert browser.challenges == {"412": [412], "521": [521, 521], "200": [200]}[desc["challenge"]]
    assert desc["cookies"]["clearance"] in browser.jar
    robots = browser.get("/robots.txt")
    assert robots.status == 200 and robots.body == b"User-agent: *\nDisallow: /search/\n"
    column = browser.get(urlsplit(desc["column"]).path)
    assert column.status == 200
    for url in desc["reports"][: desc["max_uses"] - 3]:
        assert urlsplit(url).path in column.body.decode()
        page = browser.get(urlsplit(url).path)
        assert page.status == 200 and b"\xe6\xb3\x95\xe6\xb2\xbb" in page.body  # 法治


@needs_node
def test_a_pdf_behind_the_challenge_needs_the_cookie(web):
    desc = web.challenges["www.xxs.gov.cn"]
    pdf = next(c["url"] for r in web.truth["reports"] if r["site"] == desc["site"]
               for c in r["copies"] if c["kind"] == "pdf")
    browser = Browser(web, base_of(desc))
    assert challenged(browser.get(urlsplit(pdf).path, jar={}))
    browser.open("/")
    res = browser.get(urlsplit(pdf).path)
    assert res.status == 200 and res.ctype == "application/pdf" and res.body.startswith(b"%PDF")


# ---------------------------------------------------------------------- refused cookies


@needs_node
def test_guessed_cookies_are_refused(web):
    # 瑞数: a T cookie computed from the wrong host, or from the page's token alone.
    desc = web.challenges["www.youxian.gov.cn"]
    browser = Browser(web, base_of(desc))
    page = browser.get("/")
    content = META.search(page.body).group(2).decode()
    nsd, cd = re.search(rb'nsd=(\d+);\$_ts.cd="(\w+)"', page.body).groups()
    s_name, t_name = desc["cookies"]["server"], desc["cookies"]["clearance"]
    for guess in ("0" + hashlib.sha256(f"{content}|{nsd.decode()}|{cd.decode()}|x.gov.cn"
                                       .encode()).hexdigest(), content, "0" + "f" * 64):
        assert browser.get("/", jar={s_name: browser.jar[s_name], t_name: guess}).status == 412
    # 加速乐: joining the quoted characters of the first round (what a regex can do) misses
    # its digits; a second round's cookie with two wrong characters is refused too.
    desc = web.challenges["www.xxs.gov.cn"]
    browser = Browser(web, base_of(desc))
    first = browser.get("/")
    spelled = "".join(re.findall(r"\('(.)'\)", first.body.decode()))
    name, _, value = spelled.partition("=")
    uid = desc["cookies"]["server"]
    refused = browser.get("/", jar={uid: browser.jar[uid], name: value})
    assert refused.status == 521 and b"go(" not in refused.body
    browser.run("/", first)
    second = browser.get("/")
    assert second.status == 521 and b";go({" in second.body
    args = json.loads(re.search(rb";go\((\{.*?\})\)</script>", second.body).group(1))
    wrong = args["bts"][0] + "@@" + args["bts"][1]
    refused = browser.get("/", jar={uid: browser.jar[uid], name: wrong})
    assert refused.status == 521 and b"go(" not in refused.body
    # 网站卫士: an MD5 of the challenge alone.
    desc = web.challenges["www.fjtn.gov.cn"]
    browser = Browser(web, base_of(desc))
    page = browser.get("/").body.decode()
    challenge = re.search(r'wzwschallenge="(\w+)"', page).group(1)
    jar = {**browser.jar, "wzwstemplate": "MQ==", "wzwsconfirm": hashlib.md5(
        challenge.encode()).hexdigest()}
    assert challenged(browser.get("/", jar=jar))


@needs_node
@pytest.mark.parametrize("host", [s.host for s in CHALLENGE_SITES])
def test_cookies_of_another_visit_are_refused(web, host):
    desc = web.challenges[host]
    one, two = Browser(web, base_of(desc)), Browser(web, base_of(desc))
    one.open("/")
    two.open("/")
    server, clearance = desc["cookies"]["server"], desc["cookies"]["clearance"]
    mixed = {**one.jar, clearance: two.jar[clearance]}
    assert one.jar[clearance] != two.jar[clearance]
    assert challenged(one.get("/", jar=mixed))
    assert not challenged(one.get("/", jar={**two.jar, server: two.jar[server]}))


# ---------------------------------------------------------------------- expiry


@needs_node
@pytest.mark.parametrize("host", [s.host for s in CHALLENGE_SITES])
def test_a_clearance_serves_n_requests_then_the_site_challenges_again(web, host):
    desc = web.challenges[host]
    browser = Browser(web, base_of(desc))
    browser.open("/")  # the first of its N requests
    old = dict(browser.jar)
    for _ in range(desc["max_uses"] - 1):
        assert not challenged(browser.get("/robots.txt"))
    again = browser.get("/robots.txt")
    assert challenged(again)
    assert challenged(browser.get("/", jar=old))  # the stale clearance stays refused
    browser.challenges.clear()
    assert browser.open("/").status == 200 and browser.challenges
    assert browser.jar[desc["cookies"]["clearance"]] != old[desc["cookies"]["clearance"]]


@needs_node
def test_a_clearance_lasts_m_seconds():
    clock = Clock()
    web = build_web(0)
    web.challenges = add_challenge_sites(web, clock=clock, max_uses=1000, max_age=300)
    browsers = [Browser(web, base_of(d)) for d in web.challenges.values()]
    for browser in browsers:
        browser.open("/")
    clock.now += 299
    assert not any(challenged(b.get("/")) for b in browsers)
    clock.now += 1
    assert all(challenged(b.get("/")) for b in browsers)
    assert all(b.open("/").status == 200 for b in browsers)


# ---------------------------------------------------------------------- through the proxy


def test_challenges_through_the_proxy(web):
    with SimServer(web) as srv:
        status, headers, body = get(srv.port, "http://www.youxian.gov.cn/robots.txt")
        assert status == 412 and headers["set-cookie"].startswith("FSSBBIl1UgzbN7N80S=")
        status, headers, body = get(srv.port, "https://www.qinshui.gov.cn/")
        assert status == 521 and headers["set-cookie"].startswith("__jsluid_s=")
        assert body.startswith(b"<script>document.cookie=")
        status, headers, _ = get(srv.port, "http://www.fjtn.gov.cn/")
        assert status == 200 and headers["set-cookie"].startswith("wzws_cid=")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_headless_chromium_passes_every_kind(web):
    with SimServer(web) as srv:
        for host, desc in web.challenges.items():
            url = base_of(desc) + "/"
            with tempfile.TemporaryDirectory() as profile:
                done = subprocess.run(
                    [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                     f"--proxy-server={srv.proxy_url}", "--ignore-certificate-errors",
                     f"--user-data-dir={profile}", "--virtual-time-budget=10000",
                     "--dump-dom", url], capture_output=True, text=True, timeout=120,
                    check=False)
            assert f"<h1>{desc['name']}人民政府</h1>" in done.stdout, (host, done.stderr[-500:])
            statuses = [e["status"] for e in list(srv.request_log) if e["url"] == url]
            expected = {"412": [412, 200], "521": [521, 521, 200], "200": [200, 200]}
            assert statuses == expected[desc["challenge"]], host
