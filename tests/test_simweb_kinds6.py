"""The ``kinds6`` development web (simweb/kinds6/): determinism, truth, answers, reachability, fixtures.

Runs no crawler: reachability is checked by ``simweb.kinds6.walker``, which knows the profile's
mechanisms (the 集约化 label API, ``$("#zoom").load``, a browser's User-Agent, a 500 asked again,
redirects, a seed's host without ``www.``); with each of its server skills switched off, or with
the ``kinds`` walker, which knows none of them, it must miss the reports behind that mechanism.
"""

from __future__ import annotations

import json
import ssl
import urllib.error
import urllib.request
from urllib.parse import unquote

import pytest

from simweb import SimServer, build_web
from simweb.kinds.walker import Walker as KindsWalker
from simweb.kinds6 import KIND_NAMES, fixtures
from simweb.kinds6.walker import BROWSER, Walker
from tests.simweb_fetch import assert_fixtures_match, assert_traps_never_end, fetch
from tests.simweb_truth import (
    LOOKALIKE_KINDS,
    assert_builds_deterministically,
    assert_reachable,
    assert_reports_consistent,
    assert_seed_rows_plain,
    findable,
)

FORM = "application/x-www-form-urlencoded"
QIMEN_LABEL = (
    "https://www.ahqimen.gov.cn/site/label/8888?IsAjax=1&dataType=html&_={buster}&labelName=publicInfoList"
    "&siteId={site}&pageSize=15&pageIndex={page}&action=list&organId=6615904&type=4&catId=6718734"
)


@pytest.fixture(scope="module")
def web():
    return build_web(profile="kinds6")


def report(web, key: str) -> dict:
    return next(r for r in web.truth["reports"] if r["key"] == key)


def copy(web, key: str, kind: str = "html") -> str:
    return next(c["url"] for c in report(web, key)["copies"] if c["kind"] == kind)


def path_of(web, key: str) -> str:
    return copy(web, key).split(".gov.cn", 1)[1]


def get(web, url: str, agent: str = BROWSER, method: str = "GET", body: bytes = b""):
    """The answer to one request (no redirect followed), as a browser (by default) sends it."""
    headers = {"User-Agent": agent, **({"Content-Type": FORM} if body else {})}
    return fetch(web, url, method=method, body=body, headers=headers, follow=False)


def test_builds_deterministically(web):
    assert_builds_deterministically(web, "kinds6")


def test_truth_is_consistent(web):
    """16-22 reports, all findable, on 10-12 seeded sites; every kind on two sites or more; the usual
    look-alikes; unique keys and copy URLs; titles naming region and year; two traps, described."""
    truth = web.truth
    reports = truth["reports"]
    assert 16 <= len(findable(web)) <= 22 and len(findable(web)) == len(reports)
    sites_of_kind = assert_reports_consistent(web)
    assert set(sites_of_kind) == set(KIND_NAMES)
    assert all(len(sites) >= 2 for sites in sites_of_kind.values())
    assert {d["kind"] for d in truth["lookalikes"]} >= LOOKALIKE_KINDS
    assert set(truth["trap_kinds"]) == set(truth["traps"]) and len(truth["traps"]) == 2
    assert 10 <= len([s for s in truth["sites"] if s["seeded"]]) <= 12


def test_seed_rows_hold_only_name_and_url(web):
    assert_seed_rows_plain(web, set())
    urls = {row["url"] for row in web.seed_rows()}
    assert {"http://yuanling.gov.cn/", "https://www.chenxi.gov.cn/"} <= urls


def test_every_truth_url_answers_through_the_proxy(web):
    """Every copy, look-alike and seed answers 200 through the proxy to a browser (redirects
    followed), except the dead seed, which the proxy answers 502 (no such host); the articles
    behind the User-Agent rule answer 403 to urllib's own agent."""
    urls = [c["url"] for r in web.truth["reports"] for c in r["copies"]]
    urls += [d["url"] for d in web.truth["lookalikes"]] + [row["url"] for row in web.seed_rows()]
    with SimServer(web) as server:
        opener = urllib.request.build_opener(
            urllib.request.ProxyHandler({"http": server.proxy_url, "https": server.proxy_url}),
            urllib.request.HTTPSHandler(context=ssl._create_unverified_context()),
        )
        for url in sorted(set(urls) - {"https://www.chenxi.gov.cn/"}):
            request = urllib.request.Request(url, headers={"User-Agent": BROWSER})
            with opener.open(request, timeout=10) as answer:
                assert answer.status == 200, url
        with pytest.raises(urllib.error.URLError):
            opener.open("https://www.chenxi.gov.cn/", timeout=10)
        with pytest.raises(urllib.error.HTTPError) as refused:
            opener.open(copy(web, "民权县-2021"), timeout=10)
        assert refused.value.code == 403


def test_every_findable_report_is_reachable_from_the_seeds(web):
    assert_reachable(web, Walker(web))


def reached(web, seen: set[str], key: str, kind: str = "") -> bool:
    return any(c["url"] in seen for c in report(web, key)["copies"] if not kind or c["kind"] == kind)


def test_reports_behind_the_mechanisms_need_them(web):
    """The ``kinds`` walker misses the label-API reports and the loaded fragments, and reaches the
    reports behind 查看 and [详细]; each server skill switched off loses its site's reports."""
    seen = KindsWalker(web).walk()
    for key in ("祁门县-2023", "祁门县-2022", "休宁县-2023", "休宁县-2022"):
        assert not reached(web, seen, key), key
    for key in ("柘城县-2023", "柘城县-2022"):
        assert not reached(web, seen, key, "fragment") and reached(web, seen, key, "html")
    for key in ("宁陵县-2023", "宁陵县-2022"):
        assert reached(web, seen, key)
    skills = {
        "browser": ("民权县-2023", "民权县-2021"),
        "redirects": ("沅陵县-2023", "沅陵县-2022"),
        "bare_host": ("辰溪县-2023", "辰溪县-2022"),
    }
    for skill, keys in skills.items():
        answered = Walker(web, **{skill: False}).walk()
        for key in keys:
            assert not reached(web, answered, key), (skill, key)
        others = [r["key"] for r in web.truth["reports"] if r["key"] not in keys]
        assert all(reached(web, answered, key) for key in others), skill
    fresh = build_web(profile="kinds6")  # its list pages have not been asked for yet
    answered = Walker(fresh, retry=False).walk()
    for key in ("麻阳苗族自治县-2023", "麻阳苗族自治县-2022"):
        canonical = report(fresh, key)["copies"][0]["url"]
        assert canonical not in answered and reached(fresh, answered, key), key


def test_traps_never_end(web):
    starts = {"/tags.jsp": "?tags=%E6%B3%95%E6%B2%BB", "/archive.jsp": "?start=2024-03-01&end=2024-03-31"}
    start = lambda trap: next(v for k, v in starts.items() if trap.endswith(k))  # noqa: E731
    assert_traps_never_end(Walker(web), web.truth["traps"], start, steps=6)


def test_label_api(web):
    """The column page links no article; the label answers 15 rows a page with ``pageCount``, the
    2022 report on page 2; ``_`` changes nothing; another siteId answers 暂无相关信息; POST works."""
    column = get(web, "https://www.ahqimen.gov.cn/public/column/6615904?type=4&catId=6718734&action=list")
    text = column.body.decode()
    assert (
        "/public/6615904/" not in text and "labelName: 'publicInfoList'" in text and "Math.random()" in text
    )
    one = get(web, QIMEN_LABEL.format(buster="0.1", site="6793339", page=1)).body.decode()
    two = get(web, QIMEN_LABEL.format(buster="0.9", site="6793339", page=2)).body.decode()
    assert one.count('class="title"') == 15 and "pageCount:2" in one
    assert path_of(web, "祁门县-2023") in one and path_of(web, "祁门县-2022") in two
    again = get(web, QIMEN_LABEL.format(buster="0.7", site="6793339", page=2)).body.decode()
    assert again == two
    assert "暂无相关信息" in get(web, QIMEN_LABEL.format(buster="0.1", site="1", page=1)).body.decode()
    form = b"labelName=publicInfoList&siteId=6795111&pageSize=15&pageIndex=2&organId=6616131&type=4"
    form += b"&catId=6719034"
    post = get(web, "https://www.xiuning.gov.cn/site/label/8888", method="POST", body=form).body.decode()
    assert path_of(web, "休宁县-2022") in post
    page = get(web, "https://www.xiuning.gov.cn/public/column/6616131?type=4&catId=6719034&action=list")
    assert "type: 'POST'" in page.body.decode() and "Math.random()" not in page.body.decode()


def test_link_text_is_not_the_title(web):
    table = get(web, "https://www.ningling.gov.cn/zwgk/fzzfjs/").body.decode()
    key = path_of(web, "宁陵县-2023")
    row = table[table.index(report(web, "宁陵县-2023")["title"]) :].split("</tr>")[0]
    assert f'<a href="{key}" target="_blank">查看</a>' in row and "title=" not in row
    cards = get(web, "https://www.zhecheng.gov.cn/zwgk/gzbg/").body.decode()
    title = report(web, "柘城县-2023")["title"]
    assert f"<dt>{title}</dt>" in cards and f'href="{path_of(web, "柘城县-2023")}" class="more"' in cards
    assert f">{title}</a>" not in cards


def test_bodies_outside_the_article_pages(web):
    r = report(web, "柘城县-2023")
    shell = get(web, copy(web, "柘城县-2023")).body.decode()
    fragment = copy(web, "柘城县-2023", "fragment").split(".gov.cn", 1)[1]
    assert f'$("#zoom").load("{fragment}")' in shell and r["body"].split("\n")[3] not in shell
    assert r["body"].split("\n")[3] in get(web, copy(web, "柘城县-2023", "fragment")).body.decode()
    r = report(web, "民权县-2023")
    shell = get(web, copy(web, "民权县-2023")).body.decode()
    frame = copy(web, "民权县-2023", "frame").split(".gov.cn", 1)[1]
    assert f'<iframe id="contentFrame" src="{frame}"' in shell and r["body"].split("\n")[3] not in shell
    assert r["body"].split("\n")[3] in get(web, copy(web, "民权县-2023", "frame")).body.decode()


def test_misbehaving_servers():
    web = build_web(profile="kinds6")  # its own: the 500s answer once per web
    article = copy(web, "民权县-2021")
    assert get(web, article, "Scrapy/2.13 (+https://scrapy.org)").status == 403
    assert (
        get(web, article).status == 200
        and get(web, "http://www.minquan.gov.cn/zwgk/fzzfjs/", "x").status == 200
    )
    assert get(web, "http://www.mayang.gov.cn/zwgk/fzzfjs/").status == 500
    assert get(web, "http://www.mayang.gov.cn/zwgk/fzzfjs/").status == 200
    chain, url = [], "http://yuanling.gov.cn/"
    for _ in range(5):
        res = get(web, url)
        chain.append(res.status)
        if res.status == 200:
            break
        location = dict(res.headers)["Location"]
        url = location if "://" in location else "https://www.yuanling.gov.cn" + location
    assert chain == [301, 302, 302, 200] and url == "https://www.yuanling.gov.cn/ylzf/index.shtml"
    assert get(web, "http://www.yuanling.gov.cn/ylzf/index.shtml").status == 301
    assert fetch(web, "https://www.chenxi.gov.cn/") is None
    assert get(web, "https://chenxi.gov.cn/").status == 200
    res = get(web, copy(web, "会同县-2023"))
    assert res.ctype == "text/html" and b'<meta charset="utf-8">' in res.body
    assert report(web, "会同县-2023")["title"] in res.body.decode("gbk")
    with pytest.raises(UnicodeDecodeError):
        res.body.decode("utf-8")


def test_url_forms(web):
    listing = get(web, "https://www.yuanling.gov.cn/ylzf/zwgk/fzzfjs/list/index.html").body.decode()
    leaf = path_of(web, "沅陵县-2023").split("/fzzfjs/", 1)[1]
    encoded = path_of(web, "沅陵县-2022")
    assert f'href="../{leaf}"' in listing and f'href="{encoded}"' in listing and "%E6%B3%95" in encoded
    assert unquote(encoded) not in listing and get(web, copy(web, "沅陵县-2022")).status == 200
    for key in ("麻阳苗族自治县-2023", "武胜县-2022"):
        bodies = {get(web, c["url"]).body for c in report(web, key)["copies"]}
        assert len(bodies) == 1 and len(report(web, key)["copies"]) >= 2
    forms = [c["url"] for c in report(web, "麻阳苗族自治县-2023")["copies"]]
    assert any(":8080/" in u for u in forms) and any("?t=" in u for u in forms)
    assert any("/Html/ZWGK/" in u for u in (c["url"] for c in report(web, "武胜县-2022")["copies"]))
    assert json.dumps(web.truth["seeds"], ensure_ascii=False).count('"how"') == 10


def test_fixture_pages_match_the_web(web):
    assert assert_fixtures_match(web, fixtures) == set(KIND_NAMES)
