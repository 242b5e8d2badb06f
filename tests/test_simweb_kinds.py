"""The ``kinds`` development web (simweb/kinds/): determinism, truth, answers, reachability, fixtures.

Runs no crawler: reachability is checked by ``simweb.kinds.walker``, which knows the profile's own
mechanisms (script pagers, JSON list APIs, links without href, a county select on a city portal).
"""

from __future__ import annotations

import json
from collections import defaultdict

import pytest

from simweb import build_web
from simweb.kinds import fixtures
from simweb.kinds.walker import Walker
from simweb.web import digest_web
from tests.simweb_fetch import assert_answer_through_proxy, assert_fixtures_match, assert_traps_never_end


@pytest.fixture(scope="module")
def web():
    return build_web(profile="kinds")


def test_builds_deterministically(web):
    again = build_web(profile="kinds")
    assert digest_web(web) == digest_web(again)
    assert json.dumps(web.truth, sort_keys=True) == json.dumps(again.truth, sort_keys=True)


def test_truth_is_consistent(web):
    truth = web.truth
    reports = truth["reports"]
    assert 30 <= len(reports) <= 40
    assert 16 <= len(truth["sites"]) <= 22
    assert len({r["key"] for r in reports}) == len(reports)
    urls = [c["url"] for r in reports for c in r["copies"]]
    assert len(urls) == len(set(urls))
    sites_of_kind = defaultdict(set)
    for r in reports:
        assert r["body"] and r["copies"] and r["preferred_url"] == r["copies"][0]["url"]
        assert str(r["report_year"]) in r["title"]
        for k in r["kinds"]:
            sites_of_kind[k].add(r["site"])
        if r["higher_level"]:
            assert r["government"].startswith(r["region"]) and r["region"] not in r["site"]
    for d in truth["lookalikes"]:
        assert d["url"].count("/") >= 3 and d["kind"]
        for k in d["kinds"]:
            sites_of_kind[k].add(d["site"])
    for kind in range(1, 10):
        assert len(sites_of_kind[kind]) >= 2, kind
    assert {r["region"] for r in reports if r["higher_level"]} == {"广西壮族自治区", "湖北省", "荆州市"}
    assert set(truth["trap_kinds"]) == set(truth["traps"]) and len(truth["traps"]) >= 5


def test_seed_rows_hold_only_name_and_url(web):
    rows = web.seed_rows()
    assert all(set(row) == {"name", "url"} for row in rows)
    names = {row["name"] for row in rows}
    assert "方山县" not in names and "那坡县" not in names and {"吕梁市", "百色市"} <= names


def test_multi_page_reports_join_their_pages(web):
    multi = [r for r in web.truth["reports"] if len(r["pages"]) > 1]
    assert {r["key"] for r in multi} == {"泗洪县-2023", "夏邑县-2023"}
    walker = Walker(web)
    for r in multi:
        text = ""
        for url in r["pages"]:
            status, body, ctype = walker.get(url)
            assert status == 200
            text += walker.decode(body, ctype)
        for para in r["body"].split("\n"):
            assert para.replace('"', "&quot;").replace("'", "&#x27;") in text


def test_every_truth_url_answers_through_the_proxy(web):
    urls = [c["url"] for r in web.truth["reports"] for c in r["copies"]]
    urls += [u for r in web.truth["reports"] for u in r["pages"]]
    urls += [d["url"] for d in web.truth["lookalikes"]] + [row["url"] for row in web.seed_rows()]
    assert_answer_through_proxy(web, urls)


def test_every_report_is_reachable_from_the_seeds(web):
    walker = Walker(web)
    seen = walker.walk()
    for r in web.truth["reports"]:
        for copy in r["copies"]:
            assert copy["url"] in seen, (r["key"], copy["url"])
    assert not any(u.startswith(tuple(web.truth["traps"])) for u in seen)


def test_traps_never_end(web):
    def start(trap: str) -> str:
        if trap.endswith("/xgwz/"):
            return "12345678.html"
        return "2024-03.html" if trap.endswith("/zwrl/") else "?docid=1&t=x&q=法治&infoid=5"

    assert_traps_never_end(Walker(web), web.truth["traps"], start)


def test_json_apis_page_until_empty(web):
    walker = Walker(web)
    unit = (
        "http://www.wencheng.gov.cn/api-gateway/jpaas-publish-server/front/page/build/unit?pageId=1229412873"
        "&paramJson=%7B%22pageNo%22%3A99%2C%22pageSize%22%3A15%7D"
    )
    assert json.loads(walker.get(unit)[1])["data"]["html"] == ""
    body = json.dumps(
        {
            "tableName": "t_18a3c1f07e2",
            "pageNo": 1,
            "searchFields": [{"fieldName": "f_202163381596", "searchWord": "5871234"}],
        }
    ).encode()
    answer = json.loads(walker.get("https://www.gzqz.gov.cn/irs/front/list", "POST", body)[1])
    assert answer["data"]["pager"]["total"] == 27 and len(answer["data"]["list"]) == 10
    assert not json.loads(walker.get("https://www.gzqz.gov.cn/irs/front/list")[1])["success"]


def test_fixture_pages_match_the_web(web):
    assert assert_fixtures_match(web, fixtures) == set(range(1, 10))
