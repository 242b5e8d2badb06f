"""Reading the simulated web without a server, for tests of the web itself: `fetch` resolves a
URL against a built web (following redirects) and `shingles` cuts a text into the 5-character
shingles the tests compare copies with."""

from __future__ import annotations

from urllib.parse import urlsplit

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
