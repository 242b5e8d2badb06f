"""Checks of the simulated web's ``blind`` profile itself (never of the crawler).

The blind web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that every truth URL answers through the proxy, and that every
report is reachable from the seed rows by following the sites' own links and scripts (the
walker in ``simweb.blind.reach`` understands each mechanism the sites use).
"""

from __future__ import annotations

from collections import Counter

import pytest

from simweb import build_web
from simweb.blind.reach import Walker, truth_urls, unanswered_through_proxy
from simweb.web import digest_web


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind")


@pytest.fixture(scope="module")
def reached(web):
    return Walker(web).run()


def shingles(text: str) -> set[str]:
    return {text[i : i + 5] for i in range(len(text) - 4)}


def test_size_and_seed_rows(web):
    rows = web.seed_rows()
    assert all(set(r) == {"name", "url"} for r in rows)
    assert 10 <= len(rows) <= 18
    county = [r for r in web.truth["reports"] if not r.get("higher_level")]
    assert 15 <= len(county) <= 25
    assert len(web.truth["lookalikes"]) >= 10
    assert sum(1 for r in web.truth["reports"] if r.get("higher_level")) >= 5
    assert len(web.resources) > 3000


def test_deterministic(web):
    assert digest_web(build_web(0, profile="blind")) == digest_web(web)


def test_truth_consistent(web):
    keys = Counter(r["key"] for r in web.truth["reports"])
    assert max(keys.values()) == 1
    for r in web.truth["reports"]:
        assert r["copies"] and r["preferred_url"] == r["copies"][0]["url"]
        assert r["body"] and len(r["body"]) > 1500, r["key"]
        assert r["blind_kinds"]
        if r.get("higher_level"):
            assert not any(c["findable"] for c in r["copies"])
            assert r["region"] != r["reposted_on"]
        else:
            assert any(c["findable"] for c in r["copies"])
            assert r["region"][:2] in r["title"] or r["title"].startswith("关于")
        assert str(r["report_year"]) in r["title"]
    kinds = Counter(k for r in web.truth["reports"] for k in r["blind_kinds"])
    for needed in ("title_attr_column", "deep_tree", "jpaas_unitbuild_get", "jpaas_ajax_post",
                   "jx_querylist_post", "irs_json_post", "onclick_opendetail", "data_url",
                   "li_onclick_location", "onclick_window_open", "multi_page_createPageHTML",
                   "multi_page_links", "unseeded_county_via_city", "higher_repost"):
        assert kinds[needed], needed
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {
        "rotating_print_view", "related_chain", "echo_search"}
    assert any(lk["kind"] == "template" for lk in web.truth["lookalikes"])


def test_report_texts_distinct(web):
    bodies = {r["key"]: shingles(r["body"]) for r in web.truth["reports"]}
    names = sorted(bodies)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            jac = len(bodies[a] & bodies[b]) / len(bodies[a] | bodies[b])
            assert jac < 0.3, (a, b, jac)


def test_multi_page_bodies_join(web):
    multi = [r for r in web.truth["reports"] if r.get("pages")]
    assert len(multi) >= 2
    for r in multi:
        assert len(r["pages"]) == 3
        texts = []
        for url in r["pages"]:
            host, path = url.split("/", 3)[2], "/" + url.split("/", 3)[3]
            texts.append(web.resources[(host, path, "")].body.decode())
        paras = r["body"].split("\n")
        assert paras[0][:30] in texts[0] and paras[-1][:30] in texts[-1]
        assert paras[-1][:30] not in texts[0]


def test_every_report_reachable_by_links(web, reached):
    for r in web.truth["reports"]:
        assert any(c["url"] in reached for c in r["copies"]), r["key"]
        for page in r.get("pages", []):
            assert page in reached, page
    for lk in web.truth["lookalikes"]:
        assert lk["url"] in reached, lk
    unseeded = {"www.suiling.gov.cn", "www.hailun.gov.cn"}
    assert not unseeded & {r["url"].split("/")[2] for r in web.seed_rows()}
    assert {u.split("/")[2] for u in reached} >= unseeded
    assert not any(u.startswith(tuple(web.truth["traps"])) for u in reached)


def test_traps_are_endless(web):
    walker = Walker(web)
    for prefix in web.truth["traps"]:
        url = {"print.jsp": prefix + "?docid=1&t=abc", "tjyd": prefix + "202401/t20240101_1.html",
               "search": prefix + "?searchword=法治"}[next(k for k in ("print.jsp", "tjyd", "search")
                                                         if k in prefix)]
        assert len(walker.trap_chain(url, prefix)) == 6, prefix


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, truth_urls(web)) == []
