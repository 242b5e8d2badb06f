"""The ``kinds3`` development web (simweb/kinds3/): determinism, truth, answers, reachability, fixtures.

Runs no crawler: reachability is checked by ``simweb.kinds3.walker``, which knows the profile's
mechanisms (forwarding home pages, gkmlpt and Vue configs with their APIs, helper scripts, tabs,
year selects, 加载更多, sitemaps, feeds, viewers); the ``kinds`` walker, which does not, must miss
the reports behind them.
"""

from __future__ import annotations

import json
import re

import pytest

from simweb import build_web
from simweb.kinds.walker import Walker as KindsWalker
from simweb.kinds3 import KIND_NAMES, fixtures
from simweb.kinds3.walker import Walker
from tests.simweb_fetch import assert_fixtures_match, assert_traps_never_end
from tests.simweb_truth import (
    assert_builds_deterministically,
    assert_reachable,
    assert_seed_rows_plain,
    assert_truth_consistent,
    assert_truth_urls_answer,
    findable,
)

UNSEEDED = {"www.huarong.gov.cn", "m.taojiang.gov.cn"}


@pytest.fixture(scope="module")
def web():
    return build_web(profile="kinds3")


def report(web, key: str) -> dict:
    return next(r for r in web.truth["reports"] if r["key"] == key)


def test_builds_deterministically(web):
    assert_builds_deterministically(web, "kinds3")


def test_truth_is_consistent(web):
    assert_truth_consistent(web, KIND_NAMES, {"乐亭县-2021"}, UNSEEDED)


def test_seed_rows_hold_only_name_and_url(web):
    assert_seed_rows_plain(web, UNSEEDED)


def test_every_truth_url_answers_through_the_proxy(web):
    assert_truth_urls_answer(web)


def test_every_findable_report_is_reachable_from_the_seeds(web):
    assert_reachable(web, Walker(web))


def test_reports_behind_scripts_and_indexes_need_the_mechanisms(web):
    """A walker that only follows hrefs (and the ``kinds`` helpers) misses every report of kinds
    1-4 and those only in a sitemap or feed, and reaches every report of the easy site."""
    seen = KindsWalker(web).walk()
    for r in findable(web):
        reached = any(c["url"] in seen for c in r["copies"])
        if {1, 2, 3, 4} & set(r["kinds"]) or r["site"] in ("daming", "zhuolu"):
            assert not reached, r["key"]
        if not r["kinds"]:
            assert reached, r["key"]


def test_traps_never_end(web):
    starts = {
        "view.jsp": "?id=50000",
        "/gate/big5/": "www.laoting.gov.cn/",
        "/care/": "index.jsp?fs=16&lh=15&theme=default",
    }
    start = lambda trap: next(v for k, v in starts.items() if trap.endswith(k))  # noqa: E731
    assert_traps_never_end(Walker(web), web.truth["traps"], start, steps=6)


def test_forwarding_homes_hold_no_link(web):
    walker = Walker(web)
    for url in ("http://www.cnts.gov.cn/", "http://www.chinafx.gov.cn/", "http://huarong.gov.cn/"):
        status, body, _ = walker.get(url)
        assert status == 200 and b"<a " not in body and len(body) < 2000, url
    assert b'http-equiv="refresh"' in walker.get("http://www.chinafx.gov.cn/")[1]
    assert walker.get("http://huarong.gov.cn/zwgk/index.html")[0] == 404


def test_config_driven_lists_need_their_config(web):
    walker = Walker(web)
    index = walker.get("http://www.cnts.gov.cn/gkmlpt/index")[1].decode()
    assert "window._CONFIG" in index and "post_" not in index
    api = "http://www.cnts.gov.cn/gkmlpt/api/all/2461?page=1"
    assert json.loads(walker.get(api + "&sid=750115")[1])["articles"]
    assert json.loads(walker.get(api + "&sid=2")[1])["articles"] == []
    assert json.loads(walker.get(api.replace("page=1", "page=9") + "&sid=750115")[1])["articles"] == []
    tl = "http://www.tonglu.gov.cn/prod-api/cms/article/list?columnId=1207&pageNum=1"
    assert json.loads(walker.get(tl)[1])["code"] == 500
    assert json.loads(walker.get(tl + "&siteId=7")[1])["total"] > 10
    r = report(web, "桐庐县-2023")
    para = r["body"].split("\n")[4]
    assert para in json.loads(walker.get(r["preferred_url"])[1])["data"]["content"]
    assert b"prod-api" not in walker.get("http://www.tonglu.gov.cn/")[1]


def test_list_controls_answer_as_their_scripts_expect(web):
    walker = Walker(web)
    more = "http://www.chaling.gov.cn/zwgk/moreInfo.jsp?catId=1021&limit=8&offset="
    assert b"goInfo(" in walker.get(more + "8")[1] and walker.get(more + "900")[1].strip() == b""
    page = walker.get("http://www.chinafx.gov.cn/zgfx/xxgk/list.jsp?cid=fzzf")[1].decode()
    older = walker.get("http://www.chinafx.gov.cn/zgfx/xxgk/list.jsp?cid=fzzf&year=2023")[1].decode()
    key = report(web, "丰县-2022")["preferred_url"].split(".gov.cn")[1]
    assert key not in page and key in older and "this.value" in page
    tabs = walker.get("https://www.huarong.gov.cn/zwgk/index.html")[1].decode()
    assert "tabUrls" in tabs and "/zwgk/ndbg/" not in tabs


def test_other_indexes_and_viewers(web):
    walker = Walker(web)
    assert (
        b"Sitemap: http://www.daming.gov.cn/sitemap.xml"
        in walker.get("http://www.daming.gov.cn/robots.txt")[1]
    )
    column = walker.get("http://www.daming.gov.cn/zwgk/fzzfjs/")[1].decode()
    assert report(web, "大名县-2023")["preferred_url"].split(".gov.cn")[1] not in column
    assert walker.get("http://www.taojiang.gov.cn/api/getList?cid=zwgk_fzzfjs")[0] == 403
    viewer = walker.get(report(web, "乐亭县-2023")["copies"][0]["via"])[1].decode()
    pdf = report(web, "乐亭县-2023")["preferred_url"].split(".gov.cn")[1]
    assert "viewer.html?file=" in viewer and f'href="{pdf}"' not in viewer
    ofd = report(web, "乐亭县-2021")["copies"]
    assert [c["kind"] for c in ofd] == ["ofd"] and not ofd[0]["findable"]
    gate = walker.get("https://www.laoting.gov.cn/gate/big5/www.laoting.gov.cn/")[1].decode()
    assert "縣" in gate and re.search(r'href="/gate/big5/www\.laoting\.gov\.cn/gate/big5/', gate)


def test_fixture_pages_match_the_web(web):
    assert assert_fixtures_match(web, fixtures) == set(KIND_NAMES)
