"""The ``kinds7`` development web (simweb/kinds7/): determinism, truth, answers, reachability, the
platform shapes each site is built on, the 繁體 gateway trap, and its saved pages.

Runs no crawler: reachability is checked by ``simweb.kinds7.walker`` (hrefs and ``createPageHTML``
only); told to skip the Hebei list blocks or every further list page, it must miss exactly the
reports filed behind them.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from simweb import build_web
from simweb.kinds5.fixtures import fetch
from simweb.kinds7 import PLATFORMS, fixtures, scoring_truth
from simweb.kinds7.walker import Walker
from tests.simweb_fetch import assert_answer_through_proxy
from tests.simweb_truth import (
    LOOKALIKE_KINDS,
    assert_builds_deterministically,
    assert_reachable,
    assert_seed_rows_plain,
    assert_truth_urls_answer,
    entry_of,
    page_of,
)


@pytest.fixture(scope="module")
def web():
    return build_web(profile="kinds7")


def report(web, key: str) -> dict:
    return entry_of(web, key)


def page(web, url: str) -> str:
    return page_of(web, Walker(web), url)


def path(url: str) -> str:
    return url.split(".gov.cn", 1)[1]


def test_builds_deterministically(web):
    assert_builds_deterministically(web, "kinds7")


def test_truth_is_consistent(web):
    truth = web.truth
    reports, departments = truth["reports"], truth["departments"]
    findable = [r for r in reports if r["findable"]]
    assert 16 <= len(findable) <= 22
    assert [r["key"] for r in reports if not r["findable"]] == ["唐县-2022"]
    keys = [r["key"] for r in reports + departments]
    assert len(keys) == len(set(keys))
    urls = [c["url"] for r in reports + departments for c in r["copies"]] + [
        d["url"] for d in truth["lookalikes"]
    ]
    assert len(urls) == len(set(urls))
    sites_of_platform = defaultdict(set)
    for r in reports:
        assert r["preferred_url"] == r["copies"][0]["url"] and r["issuer_kind"] == "government"
        assert str(r["report_year"]) in r["body"] and len(r["kinds"]) == 1
        assert r["platform"] == PLATFORMS[r["kinds"][0]]
        sites_of_platform[r["kinds"][0]].add(r["site"])
    assert set(sites_of_platform) == set(PLATFORMS)
    assert sum(len(s) for s in sites_of_platform.values()) == len(truth["sites"]) == 10
    for d in departments:
        assert d["kind"] == "department" and d["issuer_kind"] == "department" and d["publisher"] in d["title"]
    assert len(departments) == 5
    higher = {r["key"]: r["government"] for r in reports if r["higher_level"]}
    assert higher == {"岳阳市-2023": "岳阳市人民政府", "天津市-2023": "天津市人民政府"}
    kinds = {d["kind"] for d in truth["lookalikes"]}
    assert kinds >= LOOKALIKE_KINDS | {"demo_news", "duty_report"}
    assert (
        set(truth["traps"])
        == set(truth["trap_kinds"])
        == {
            "https://www.tjbd.gov.cn/gate/big5/www.tjbd.gov.cn/",
            "https://www.tjwq.gov.cn/gate/big5/www.tjwq.gov.cn/",
        }
    )


def test_scoring_truth_makes_departments_optional(web):
    scored = scoring_truth(web.truth)
    optional = [r for r in scored["reports"] if not any(c["findable"] for c in r["copies"])]
    assert {r["key"] for r in optional} == {d["key"] for d in web.truth["departments"]} | {"唐县-2022"}


def test_seed_rows_are_plain_and_every_truth_url_answers_through_the_proxy(web):
    assert_seed_rows_plain(web, set())
    assert [row["name"] for row in web.seed_rows()] == [s["name"] for s in web.truth["sites"]]
    departments = [c["url"] for d in web.truth["departments"] for c in d["copies"]]
    assert_truth_urls_answer(web)
    assert_answer_through_proxy(web, departments)


def test_every_findable_report_is_reachable_from_the_seeds(web):
    assert_reachable(web, Walker(web))
    seen = Walker(web).walk()
    assert all(c["url"] in seen for d in web.truth["departments"] for c in d["copies"])
    doc = report(web, "唐县-2022")["copies"][0]
    assert doc["kind"] == "doc" and doc["url"] in seen and doc["via"] in seen


def test_reports_behind_pagers_and_blocks(web):
    """Reports pushed off the first list page are reached only through the pager; the Hebei
    platform's second list page only through its block URL."""
    first_pages = Walker(web, pagers=False).walk()
    behind = {
        r["key"] for r in web.truth["reports"] if r["findable"] and r["preferred_url"] not in first_pages
    }
    assert {"湘阴县-2023", "元氏县-2023", "宝坻区-2023", "武清区-2023", "鹿寨县-2023"} <= behind
    no_blocks = Walker(web, blocks=False).walk()
    missed = {r["key"] for r in web.truth["reports"] if r["findable"] and r["preferred_url"] not in no_blocks}
    assert missed == {"元氏县-2023", "元氏县-2022"}


def test_platform_shapes(web):
    hunan = report(web, "湘阴县-2023")["preferred_url"]
    assert re.fullmatch(r"https://www\.xiangyin\.gov\.cn/21420/21437/21451/21460/content_\d{7}\.html", hunan)
    assert "视力保护色:" in page(web, hunan) and "日期:2024-03-27" in page(web, hunan)
    assert 'href="index_2.htm"' in page(web, "https://www.xiangyin.gov.cn/21420/21437/21451/21460/index.htm")
    hubei = report(web, "竹山县-2023")["preferred_url"]
    assert re.search(r"/xxgkxi/fdzdgk/qtzdgknr/fznb/202403/t20240326_\d+\.shtml$", hubei)
    assert all(label in page(web, hubei) for label in ("索引号:", "发布机构:", "发布日期:"))
    hebei = report(web, "元氏县-2023")["preferred_url"]
    assert re.search(r"/columns/[0-9a-f-]{36}/202403/27/[0-9a-f-]{36}\.html$", hebei)
    assert re.search(r'<p class="xl-time">2024-03-27\d\d:\d\d</p><p>来源:</p>', page(web, hebei))
    column = page(web, hebei.rsplit("/", 3)[0] + "/index.html")
    block = re.search(r'href="(/columns/[^"]+/blocks/[^"?]+)\?page=2&amp;fix=0"', column)
    assert block and path(hebei) in page(web, f"http://www.yuanshi.gov.cn{block.group(1)}?page=2&fix=0")
    tang = report(web, "唐县-2023")["preferred_url"]
    stamp = int(re.search(r"/2024/03/28/(\d{13})\.html$", tang).group(1))
    assert 1711584000000 <= stamp < 1711670400000  # 2024-03-28 in Beijing time
    assert "唐县人民政府<br>2023年法治政府建设年度报告" in page(web, tang)
    pudong = report(web, "浦东新区-2023")["preferred_url"]
    assert re.search(r"/zwgk/fzzfjsqzf/2024/87/\d{6}\.html$", pudong)
    assert "<th>发布机构</th><td>区政府</td>" in page(web, pudong)
    wuqing = page(web, report(web, "武清区-2020")["preferred_url"])
    assert "文章来源:武清区司法局 更新时间:2021/03/29" in wuqing
    luzhai = page(web, report(web, "鹿寨县-2023")["preferred_url"])
    assert "来源: 鹿寨县人民政府</span><span>发布日期: 2024-02-26" in luzhai


def test_tianjin_gateway_serves_the_site_again_in_traditional(web):
    home = page(web, "https://www.tjbd.gov.cn/")
    assert '<a href="/gate/big5/www.tjbd.gov.cn/index.html">繁体</a>' in home
    r = report(web, "宝坻区-2023")
    gate = page(web, f"https://www.tjbd.gov.cn/gate/big5/www.tjbd.gov.cn{path(r['preferred_url'])}")
    assert "宝坻區2023年度法治政府建設情況報告" in gate and "繁體" in gate
    links = re.findall(r'href="(/[^"]*)"', gate)
    assert links and all(u.startswith("/gate/big5/www.tjbd.gov.cn/") for u in links)
    status, _, _ = Walker(web).get("https://www.tjbd.gov.cn/gate/big5/www.tjbd.gov.cn/no/such.html")
    assert status == 404


def test_fixtures_match_the_web(web):
    for name, url, _what in fixtures.entries(web):
        data, _ctype = fetch(web, url)
        assert (fixtures.OUT / name).read_bytes() == data, name
    readme = (fixtures.OUT / "README.md").read_text(encoding="utf-8")
    assert all(name in readme for name, _, _ in fixtures.entries(web))
