"""Reading the simulated web, for tests of the web itself: `fetch` resolves a URL against a built
web without a server (following redirects), `shingles` cuts a text into the 5-character shingles
the tests compare copies with, `assert_answer_through_proxy` asks a served web for URLs through its
proxy, `assert_traps_never_end` follows a walker's links into each trap, and
`assert_fixtures_match` compares a profile's saved pages with the web; `get` asks a served web
for one URL through its proxy (a CONNECT tunnel for https)."""

from __future__ import annotations

import http.client
import ssl
import urllib.request
from urllib.parse import urlsplit

from simweb import SimServer
from simweb.model import Request


def fetch(web, url: str, state: dict | None = None, method: str = "GET", body: bytes = b"",
          headers: dict | None = None, follow: bool = True):
    """Resolve a URL in the web without the server, following redirects."""
    state = {} if state is None else state
    for _ in range(5):
        parts = urlsplit(url)
        req = Request(method, parts.scheme, parts.hostname, parts.path or "/", parts.query,
                      headers or {}, body)
        res = web.respond(req, state)
        if res is not None and follow and res.status in (301, 302):
            location = dict(res.headers)["Location"]
            url = location if "://" in location else f"{parts.scheme}://{parts.hostname}{location}"
            continue
        return res
    raise AssertionError("redirect loop")


def shingles(text: str) -> set[str]:
    """The text's 5-character shingles."""
    return {text[i : i + 5] for i in range(len(text) - 4)}


def assert_answer_through_proxy(web, urls) -> None:
    """Every URL answers 200 through the served web's proxy."""
    with SimServer(web) as server:
        opener = urllib.request.build_opener(
            urllib.request.ProxyHandler({"http": server.proxy_url, "https": server.proxy_url}),
            urllib.request.HTTPSHandler(context=ssl._create_unverified_context()),
        )
        for url in sorted(set(urls)):
            with opener.open(url, timeout=10) as answer:
                assert answer.status == 200, url


def assert_traps_never_end(walker, traps, start, steps: int = 5) -> None:
    """From ``trap + start(trap)``, each page of every trap links a URL of the trap not seen yet."""
    for trap in traps:
        url = trap + start(trap)
        fresh = set()
        for _ in range(steps):
            status, body, ctype = walker.get(url)
            assert status == 200, url
            links = [u for u in walker.links(url, walker.decode(body, ctype)) if u.startswith(trap)]
            new = [u for u in links if u not in fresh and u != url]
            assert new, url
            fresh.update(links)
            url = new[-1]


def assert_fixtures_match(web, fixtures) -> set[int]:
    """Every saved page of a profile's ``fixtures`` module still matches the web and is in its
    README; returns the kind numbers the file names start with."""
    readme = (fixtures.OUT / "README.md").read_text(encoding="utf-8")
    kinds = set()
    for name, url, method, body, _what in fixtures.entries(web):
        data, _ = fixtures.fetch(web, url, method, body)
        assert (fixtures.OUT / name).read_bytes() == data, name
        assert f"`{name}`" in readme
        kinds.add(int(name[0]))
    return kinds


def connect(port: int, url: str, timeout: float = 5) -> tuple[http.client.HTTPConnection, str]:
    """A connection through the proxy (a CONNECT tunnel for https) and the request target."""
    parts = urlsplit(url)
    if parts.scheme == "https":
        conn = http.client.HTTPSConnection("127.0.0.1", port, timeout=timeout,
                                           context=ssl._create_unverified_context())
        conn.set_tunnel(parts.hostname, 443)
        return conn, parts.path + (f"?{parts.query}" if parts.query else "")
    return http.client.HTTPConnection("127.0.0.1", port, timeout=timeout), url


def get(port: int, url: str, timeout: float = 5, headers: dict | None = None):
    """Status, headers and body of one GET through the proxy."""
    conn, target = connect(port, url, timeout)
    try:
        conn.request("GET", target, headers=headers or {})
        res = conn.getresponse()
        return res.status, {k.lower(): v for k, v in res.getheaders()}, res.read()
    finally:
        conn.close()
