"""The ``kinds4`` development web (simweb/kinds4/): determinism, truth, answers, reachability, fixtures.

Runs no crawler: reachability is checked by ``simweb.kinds4.walker``, which knows the profile's
mechanisms (document.write lines and per-column scripts, JSONP and morecolumndataproxy answers, the
zTree's getTree.do, base hrefs, pager scripts); the ``kinds`` walker, which does not, must miss the
reports behind them.
"""

from __future__ import annotations

import json

import pytest

from simweb import build_web
from simweb.kinds.walker import Walker as KindsWalker
from simweb.kinds4 import KIND_NAMES, fixtures
from simweb.kinds4.walker import Walker
from tests.simweb_fetch import assert_fixtures_match, assert_traps_never_end
from tests.simweb_truth import (
    LOOKALIKE_KINDS,
    assert_builds_deterministically,
    assert_reachable,
    assert_reports_consistent,
    assert_seed_rows_plain,
    assert_truth_urls_answer,
    findable,
)

FORM = "application/x-www-form-urlencoded"


@pytest.fixture(scope="module")
def web():
    return build_web(profile="kinds4")


def report(web, key: str) -> dict:
    return next(r for r in web.truth["reports"] if r["key"] == key)


def path_of(web, key: str) -> str:
    return report(web, key)["preferred_url"].split(".gov.cn", 1)[1]


def test_builds_deterministically(web):
    assert_builds_deterministically(web, "kinds4")


def test_truth_is_consistent(web):
    """14-20 findable reports on 9-11 seeded sites, every kind on a site, the usual look-alikes,
    unique keys and copy URLs, titles naming region and year, every trap described."""
    truth = web.truth
    reports = truth["reports"]
    assert 14 <= len(findable(web)) <= 20 and len(findable(web)) == len(reports)
    sites_of_kind = assert_reports_consistent(web)
    assert set(sites_of_kind) == set(KIND_NAMES)
    assert {d["kind"] for d in truth["lookalikes"]} >= LOOKALIKE_KINDS
    assert set(truth["trap_kinds"]) == set(truth["traps"]) and len(truth["traps"]) >= 2
    assert 9 <= len([s for s in truth["sites"] if s["seeded"]]) <= 11


def test_seed_rows_hold_only_name_and_url(web):
    assert_seed_rows_plain(web, {"wza.ahshitai.gov.cn"})


def test_every_truth_url_answers_through_the_proxy(web):
    assert_truth_urls_answer(web)


def test_every_findable_report_is_reachable_from_the_seeds(web):
    assert_reachable(web, Walker(web))


def test_reports_behind_the_mechanisms_need_them(web):
    """A walker that only follows hrefs in HTML (and the ``kinds`` helpers) misses every report of
    kinds 2, 3, 5 and 6, those of the per-column script and of the base-href pages, and reaches every
    report of the easy site."""
    seen = KindsWalker(web).walk()
    for r in findable(web):
        reached = any(c["url"] in seen for c in r["copies"])
        if {2, 3, 5, 6} & set(r["kinds"]) or r["site"] in ("shouxian", "chiping"):
            assert not reached, r["key"]
        if not r["kinds"]:
            assert reached, r["key"]


def test_traps_never_end(web):
    starts = {"/xxgk/xxgk/": "fzzfjs/index.html", "/www/": "index.html"}
    start = lambda trap: next(v for k, v in starts.items() if trap.endswith(k))  # noqa: E731
    assert_traps_never_end(Walker(web), web.truth["traps"], start, steps=6)


def test_script_written_lists_hold_no_plain_link(web):
    walker = Walker(web)
    page = walker.get("https://www.ahhy.gov.cn/zwgk/fzzfjs/index_1.html")[1].decode()
    key = path_of(web, "怀远县-2022")
    assert f"document.write(\"<li><a href='{key}'" in page and f'href="{key}"' not in page
    column = walker.get("https://www.shouxian.gov.cn/zwgk/fzzfjs/")[1].decode()
    script = walker.get("https://www.shouxian.gov.cn/js/col/zwgk_fzzfjs.js")[1].decode()
    leaf = path_of(web, "寿县-2023").split("/zwgk/fzzfjs/")[1]
    assert leaf not in column and f"href='./{leaf}'" in script
    assert walker.get("https://www.shouxian.gov.cn/js/col/" + leaf)[0] == 404


def test_jsonp_and_xml_answers(web):
    walker = Walker(web)
    api = "http://www.tianchang.gov.cn/interface/infoList.jsonp?columnId=2871&pageNo=1&pageSize=15"
    body = walker.get(api + "&callback=jQuery1_2")[1].decode()
    assert body.startswith("jQuery1_2({") and body.endswith("})")
    data = json.loads(body[len("jQuery1_2(") : -1])["data"]
    assert data["total"] > 15 and len(data["list"]) == 15
    assert walker.get(api.replace("2871", "9999"))[1].decode().startswith("callback(")
    assert (
        path_of(web, "天长市-2023") not in walker.get("http://www.tianchang.gov.cn/zwgk/fzzfjs/")[1].decode()
    )
    proxy = "http://www.huichang.gov.cn/module/web/jpage/morecolumndataproxy.jsp?startrecord=1&endrecord=45"
    both = walker.get(proxy, "POST", b"columnid=10585%2C10586", FORM)[1].decode()
    one = walker.get(proxy, "POST", b"columnid=10585", FORM)[1].decode()
    assert path_of(web, "会昌县-2022") in both and path_of(web, "会昌县-2022") not in one
    assert "<record>" not in walker.get(proxy, "POST", b"", FORM)[1].decode()
    column = walker.get("http://www.huichang.gov.cn/col/col10580/index.html")[1].decode()
    assert 'columnid: "10585,10586,10590"' in column and "/art/" not in column


def test_tree_base_and_pager(web):
    walker = Walker(web)
    roots = json.loads(walker.get("http://www.lanling.gov.cn/xxgk/getTree.do")[1])
    assert roots and all(n["isParent"] and not n["url"] for n in roots)
    sfj = next(n for n in roots if n["name"] == "县司法局")
    leaves = json.loads(walker.get(f"http://www.lanling.gov.cn/xxgk/getTree.do?id={sfj['id']}")[1])
    listing = next(n["url"] for n in leaves if n["name"] == "法治政府建设")
    assert path_of(web, "兰陵县-2023") in walker.get("http://www.lanling.gov.cn" + listing)[1].decode()
    page = walker.get("http://www.chiping.gov.cn/xxgk/fzzf/list.jsp?pageNo=2")[1].decode()
    assert '<base href="http://www.chiping.gov.cn/">' in page
    wrong = "http://www.chiping.gov.cn/xxgk/fzzf/" + path_of(web, "茌平区-2023").lstrip("/")
    assert path_of(web, "茌平区-2023").lstrip("/") in page and walker.get(wrong)[0] == 404
    col = "https://www.shucheng.gov.cn/col/col12493/index.html"
    first = walker.get(col)[1].decode()
    assert "pageNum=2" not in first and "var total = " in first
    assert path_of(web, "舒城县-2022") in walker.get(col + "?pageNum=3&uid=482716")[1].decode()


def test_data_only_menus_and_state(web):
    walker = Walker(web)
    page = walker.get("http://www.xigong.gov.cn/xxgk/bmxxgk/index.html")[1].decode()
    assert "/xxgk/bmxxgk/sfj/" not in page and 'src="/www/js/dept.json.js"' in page
    menu = walker.get("http://www.xigong.gov.cn/www/js/dept.json.js")[1].decode()
    assert menu.startswith("var deptJson = [") and "http://www.xigong.gov.cn/xxgk/bmxxgk/sfj/fzzfjs/" in menu
    ssr = walker.get("https://www.ahshx.gov.cn/zwgk/ndbg/")[1].decode()
    key = path_of(web, "歙县-2022")
    assert f'"linkurl":"{key}"' in ssr and f'href="{key}"' not in ssr and "window.__INITIAL_STATE__={" in ssr
    mirror = walker.get("http://wza.ahshitai.gov.cn/www/www/zwgk/")[1].decode()
    assert 'href="/www/www/www/zwgk/fzzfjs/"' in mirror and "退出无障碍" in mirror


def test_fixture_pages_match_the_web(web):
    assert assert_fixtures_match(web, fixtures) == set(KIND_NAMES)
