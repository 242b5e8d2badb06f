"""The blind webs are written apart from each other and from the crawler: no blind web's seed or
report host is served by an earlier blind web, by `kinds` or by `discovery` (a host the
crawler met on one web would not be unseen on the next). Each web is built once here, not
once per web's own test."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from urllib.parse import urlsplit

from simweb import build_web
from simweb.web import PROFILES

BLIND = tuple(p for p in PROFILES if p.startswith("blind"))


def _hosts(profile: str) -> tuple[set[str], set[str]]:
    """The hosts a web's seed rows and reports are on, and every host it serves."""
    web = build_web(0, profile=profile)
    own = {urlsplit(copy["url"]).hostname for r in web.truth["reports"] for copy in r["copies"]}
    own |= {urlsplit(row["url"]).hostname for row in web.seed_rows()}
    return own, set(web.hosts)


def test_no_blind_web_uses_a_host_an_earlier_web_serves():
    profiles = ("kinds", "discovery", *BLIND)
    with ProcessPoolExecutor(2) as pool:
        hosts = dict(zip(profiles, pool.map(_hosts, profiles), strict=True))
    served_before = hosts["kinds"][1] | hosts["discovery"][1]
    shared = {}
    for profile in BLIND:
        own, served = hosts[profile]
        if own & served_before:
            shared[profile] = sorted(own & served_before)
        served_before |= served
    assert shared == {}
    assert len(BLIND) >= 30
