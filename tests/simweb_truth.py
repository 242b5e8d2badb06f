"""Checks shared by the tests of the development webs written from evidence (``kinds2``, ``kinds3``):
a web builds the same twice and differently for another seed; its truth is consistent (unique
keys and copy URLs, titles naming region and year, every kind on two sites or more, the usual
look-alike kinds, three traps, 12-16 seeded sites); seed rows hold only ``name`` and ``url`` and
no unseeded host; every truth URL answers through the proxy; a walker reaches every findable copy
without entering a trap."""

from __future__ import annotations

import json
from collections import defaultdict

from simweb import build_web
from simweb.web import digest_web
from tests.simweb_fetch import assert_answer_through_proxy

LOOKALIKE_KINDS = {"xxgk_annual", "gov_work_report", "plan", "shufa", "report_notice", "interpretation"}


def findable(web) -> list[dict]:
    return [r for r in web.truth["reports"] if r["findable"]]


def assert_builds_deterministically(web, profile: str) -> None:
    again = build_web(profile=profile)
    assert digest_web(web) == digest_web(again)
    assert json.dumps(web.truth, sort_keys=True) == json.dumps(again.truth, sort_keys=True)
    assert digest_web(build_web(1, profile=profile)) != digest_web(web)


def assert_truth_consistent(web, kind_names: dict, not_findable: set[str], unseeded: set[str]) -> None:
    truth = web.truth
    reports = truth["reports"]
    assert 20 <= len(findable(web)) <= 30
    assert {r["key"] for r in reports if not r["findable"]} == not_findable
    assert len({r["key"] for r in reports}) == len(reports)
    urls = [c["url"] for r in reports for c in r["copies"]]
    assert len(urls) == len(set(urls))
    sites_of_kind = defaultdict(set)
    for r in reports:
        assert r["body"] and r["copies"] and r["preferred_url"] == r["copies"][0]["url"]
        assert str(r["report_year"]) in r["title"] and r["region"] in r["title"]
        assert not r["higher_level"]
        if r["findable"]:
            for k in r["kinds"]:
                sites_of_kind[k].add(r["site"])
    for kind in kind_names:
        assert len(sites_of_kind[kind]) >= 2, kind
    assert {d["kind"] for d in truth["lookalikes"]} >= LOOKALIKE_KINDS
    assert set(truth["trap_kinds"]) == set(truth["traps"]) and len(truth["traps"]) == 3
    seeded = [s for s in truth["sites"] if s["seeded"]]
    assert 12 <= len(seeded) <= 16 and not {s["host"] for s in seeded} & unseeded


def assert_reports_consistent(web) -> dict[int, set[str]]:
    """Unique report keys and copy URLs, a body and the preferred URL first, titles naming region
    and year; returns per kind the sites with a report of it."""
    reports = web.truth["reports"]
    assert len({r["key"] for r in reports}) == len(reports)
    urls = [c["url"] for r in reports for c in r["copies"]]
    assert len(urls) == len(set(urls))
    sites_of_kind = defaultdict(set)
    for r in reports:
        assert r["body"] and r["preferred_url"] == r["copies"][0]["url"]
        assert str(r["report_year"]) in r["title"] and r["region"] in r["title"]
        for k in r["kinds"]:
            sites_of_kind[k].add(r["site"])
    return sites_of_kind


def assert_seed_rows_plain(web, unseeded: set[str]) -> None:
    rows = web.seed_rows()
    assert all(set(row) == {"name", "url"} for row in rows)
    assert not any(row["url"].split("/")[2] in unseeded for row in rows)


def assert_truth_urls_answer(web) -> None:
    urls = [c["url"] for r in web.truth["reports"] for c in r["copies"]]
    urls += [d["url"] for d in web.truth["lookalikes"]] + [row["url"] for row in web.seed_rows()]
    assert_answer_through_proxy(web, urls)


def assert_reachable(web, walker) -> None:
    seen = walker.walk()
    for r in findable(web):
        for copy in r["copies"]:
            assert copy["url"] in seen, (r["key"], copy["url"])
    assert not any(u.startswith(tuple(web.truth["traps"])) for u in seen)


def entry_of(web, key: str) -> dict:
    """The truth entry of report (or department report) ``key``."""
    return next(r for r in web.truth["reports"] + web.truth.get("departments", []) if r["key"] == key)


def page_of(web, walker, url: str) -> str:
    """The text of the page at ``url``, fetched by ``walker`` (it must answer 200)."""
    status, body, ctype = walker.get(url)
    assert status == 200, url
    return walker.decode(body, ctype)
