"""The ``kinds2`` development web (simweb/kinds2/): determinism, truth, answers, reachability, fixtures.

Runs no crawler: reachability is checked by ``simweb.kinds2.walker``, which knows the profile's
mechanisms (POST pagers, script pagers, JSON lists turned into links by templates, detail pages
loaded as JSON); the ``kinds`` walker, which does not, must miss the reports behind them.
"""

from __future__ import annotations

import json
import re

import pytest

from simweb import build_web
from simweb.kinds.walker import Walker as KindsWalker
from simweb.kinds2 import KIND_NAMES, fixtures
from simweb.kinds2.walker import Walker
from tests.simweb_fetch import assert_fixtures_match, assert_traps_never_end
from tests.simweb_truth import (
    assert_builds_deterministically,
    assert_reachable,
    assert_seed_rows_plain,
    assert_truth_consistent,
    assert_truth_urls_answer,
    findable,
)

PLATFORMS = {"www.deyang.gov.cn", "www.qqhr.gov.cn", "xxgk.hljyian.gov.cn"}


@pytest.fixture(scope="module")
def web():
    return build_web(profile="kinds2")


def test_builds_deterministically(web):
    assert_builds_deterministically(web, "kinds2")


def test_truth_is_consistent(web):
    assert_truth_consistent(web, KIND_NAMES, {"克东县-2022", "甘南县-2020"}, PLATFORMS)


def test_seed_rows_hold_only_name_and_url(web):
    assert_seed_rows_plain(web, PLATFORMS)


def test_platform_pages_name_the_county_with_the_citys_code(web):
    walker = Walker(web)
    for key, code in (
        ("中江县-2023", "5106000001"),
        ("罗江区-2023", "5106000001"),
        ("富裕县-2023", "2302000001"),
    ):
        url = next(r for r in web.truth["reports"] if r["key"] == key)["preferred_url"]
        status, body, ctype = walker.get(url)
        text = walker.decode(body, ctype)
        assert status == 200 and f'content="{code}"' in text and f"{key[:3]}人民政府" in text
    # one host for the counties; only the page (not the URL) tells whose report it is
    urls = [r["preferred_url"] for r in web.truth["reports"] if r["key"] in ("中江县-2023", "罗江区-2023")]
    assert {u.split("/")[2] for u in urls} == {"xxgk.deyang.gov.cn"} and not any("zjx" in u for u in urls)


def test_every_truth_url_answers_through_the_proxy(web):
    assert_truth_urls_answer(web)


def test_every_findable_report_is_reachable_from_the_seeds(web):
    assert_reachable(web, Walker(web))


def test_reports_behind_scripts_and_posts_need_the_mechanisms(web):
    """A walker that only follows hrefs (and the ``kinds`` helpers) misses every report of kinds 3
    and 4 and reaches every report of the easy site."""
    seen = KindsWalker(web).walk()
    for r in findable(web):
        reached = any(c["url"] in seen for c in r["copies"])
        if {3, 4} & set(r["kinds"]):
            assert not reached, r["key"]
        if not r["kinds"]:
            assert reached, r["key"]


def test_traps_never_end(web):
    starts = {
        "zwrl.jsp": "?date=2024-03-01&view=month",
        "search.jsp": "?sort=pubDate&order=desc&page=1",
        "/hdjl/": "index.jsp;jsessionid=X",
    }
    start = lambda trap: next(v for k, v in starts.items() if trap.endswith(k))  # noqa: E731
    assert_traps_never_end(Walker(web), web.truth["traps"], start, steps=6)


def test_post_pagers_answer_other_pages_only_to_post(web):
    walker = Walker(web)
    form = "application/x-www-form-urlencoded"
    url = "http://www.cnsn.gov.cn/zwgk/List.aspx?cid=52"
    first = walker.get(url)[1]
    third = walker.get(url, "POST", b"__EVENTTARGET=AspNetPager1&__EVENTARGUMENT=3", form)[1]
    assert first != third and "第3/" in third.decode() and "第1/" in first.decode()
    report = next(r for r in web.truth["reports"] if r["key"] == "睢宁县-2023")["preferred_url"]
    assert report.split("/zwgk/")[1].encode() not in first
    jsp = "http://www.baiquan.gov.cn/xxgk/list.jsp"
    assert walker.get(jsp + "?catId=fzzfjs&pageNo=3")[1] == walker.get(jsp + "?catId=fzzfjs")[1]
    assert walker.get(jsp, "POST", b"catId=fzzfjs&pageNo=3", form)[1] != walker.get(jsp + "?catId=fzzfjs")[1]


def test_json_apis_check_method_and_page_until_empty(web):
    walker = Walker(web)
    api = "http://www.nehe.gov.cn/api/gkml/list"
    assert json.loads(walker.get(api)[1])["code"] == 500
    body = json.dumps({"channel": "fzzfjs", "pageIndex": 99, "pageSize": 10}).encode()
    assert json.loads(walker.get(api, "POST", body, "application/json")[1])["data"]["list"] == []
    assert not json.loads(walker.get("http://www.zh.gov.cn/api/list?columnId=1229607")[1])["result"]
    rows = json.loads(walker.get("http://www.gannan.gov.cn/api/content/list?channelId=63&page=9")[1])["rows"]
    assert rows == []


def test_detail_shell_has_no_text_and_its_json_has_the_report(web):
    walker = Walker(web)
    r = next(r for r in web.truth["reports"] if r["key"] == "甘南县-2023")
    shell, data = (walker.get(c["url"])[1].decode() for c in r["copies"][:2])
    para = r["body"].split("\n")[4]
    assert para not in shell and "/api/content/detail" in shell
    assert para in json.loads(data)["data"]["content"]
    scan = next(r for r in web.truth["reports"] if r["key"] == "甘南县-2020")
    content = json.loads(walker.get(scan["copies"][1]["url"])[1])["data"]["content"]
    assert "<img" in content and not re.search(r"[\u4e00-\u9fff]", content)


def test_old_site_is_gb2312_declared_in_the_meta_only(web):
    walker = Walker(web)
    status, body, ctype = walker.get("http://www.kedong.gov.cn/list.asp?classid=12")
    assert status == 200 and ctype == "text/html" and b"charset=gb2312" in body
    assert "克东县2023年法治政府建设工作报告" in body.decode("gb2312")
    frames = walker.get("http://www.kedong.gov.cn/")[1].decode("gb2312")
    assert "<frameset" in frames and "<a " not in frames


def test_fixture_pages_match_the_web(web):
    assert assert_fixtures_match(web, fixtures) == set(KIND_NAMES)
