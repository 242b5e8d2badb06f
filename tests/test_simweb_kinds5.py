"""The ``kinds5`` development web (simweb/kinds5/): determinism, truth, answers, reachability, the
ordinary features each site is built around, and its saved pages.

Runs no crawler: reachability is checked by ``simweb.kinds5.walker`` (hrefs and ``createPageHTML``
only); told to skip links whose anchor is only an image and the footer, it must miss exactly the
reports filed behind such links.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from simweb import build_web
from simweb.kinds5 import KIND_NAMES, fixtures, scoring_truth
from simweb.kinds5.walker import Walker
from tests.simweb_fetch import assert_answer_through_proxy
from tests.simweb_truth import (
    LOOKALIKE_KINDS,
    assert_builds_deterministically,
    assert_reachable,
    assert_seed_rows_plain,
    assert_truth_urls_answer,
)


@pytest.fixture(scope="module")
def web():
    return build_web(profile="kinds5")


def report(web, key: str) -> dict:
    return next(r for r in web.truth["reports"] + web.truth["departments"] if r["key"] == key)


def page(web, url: str) -> str:
    walker = Walker(web)
    status, body, ctype = walker.get(url)
    assert status == 200, url
    return walker.decode(body, ctype)


def path(url: str) -> str:
    return url.split(".gov.cn", 1)[1]


def test_builds_deterministically(web):
    assert_builds_deterministically(web, "kinds5")


def test_truth_is_consistent(web):
    truth = web.truth
    reports, departments = truth["reports"], truth["departments"]
    assert 16 <= len(reports) <= 22 and all(r["findable"] for r in reports)
    keys = [r["key"] for r in reports + departments]
    assert len(keys) == len(set(keys))
    urls = [c["url"] for r in reports + departments for c in r["copies"]] + [
        d["url"] for d in truth["lookalikes"]
    ]
    assert len(urls) == len(set(urls))
    sites_of_kind = defaultdict(set)
    for r in reports:
        assert r["preferred_url"] == r["copies"][0]["url"] and r["issuer_kind"] == "government"
        assert str(r["report_year"]) in r["body"]
        for k in r["kinds"]:
            sites_of_kind[k].add(r["site"])
    assert all(len(sites_of_kind[k]) >= 2 for k in KIND_NAMES), sites_of_kind
    for d in departments:
        assert d["kind"] == "department" and d["issuer_kind"] == "department" and d["publisher"] in d["title"]
    higher = {r["key"]: r["government"] for r in reports if r["higher_level"]}
    assert higher == {"新疆维吾尔自治区-2022": "新疆维吾尔自治区人民政府", "金昌市-2023": "金昌市人民政府"}
    assert [r["key"] for r in reports if r.get("reposted")] == ["张家川回族自治县-2023"]
    kinds = {d["kind"] for d in truth["lookalikes"]}
    assert kinds >= LOOKALIKE_KINDS | {"demo_news", "assessment", "duty_report"}
    assert truth["traps"] == [] and 10 <= len(truth["sites"]) <= 13


def test_titles_vary_as_on_real_sites(web):
    """Titles without a year, without the place, with a short name, 依法行政, （全文）, no 报告."""
    titles = {r["key"]: r["title"] for r in web.truth["reports"]}
    no_year = [k for k, t in titles.items() if not re.search(r"20\d\d", t)]
    no_place = [k for k, t in titles.items() if report(web, k)["region"] not in t]
    assert no_year == ["天桥区-2022"]
    assert set(no_place) == {
        "天桥区-2023",
        "石柱土家族自治县-2022",
        "神农架林区-2022",
        "曲靖经济技术开发区-2022",
    }
    assert "依法行政工作报告" in titles["武定县-2018"] and titles["习水县-2022"].endswith("（全文）")
    assert "报告" not in titles["准格尔旗-2023"]
    units = {r["region"][-2:] for r in web.truth["reports"]}
    assert {"林区", "治县", "发区"} <= units and any(r["region"].endswith("旗") for r in web.truth["reports"])


def test_scoring_truth_makes_departments_optional(web):
    scored = scoring_truth(web.truth)
    optional = [r for r in scored["reports"] if not any(c["findable"] for c in r["copies"])]
    assert {r["key"] for r in optional} == {d["key"] for d in web.truth["departments"]}
    assert len(scored["reports"]) == len(web.truth["reports"]) + len(web.truth["departments"])


def test_seed_rows_hold_only_name_and_url(web):
    assert_seed_rows_plain(web, set())
    assert len(web.seed_rows()) == len(web.truth["sites"])


def test_every_truth_url_answers_through_the_proxy(web):
    assert_truth_urls_answer(web)
    assert_answer_through_proxy(web, [c["url"] for d in web.truth["departments"] for c in d["copies"]])


def test_every_report_is_reachable_from_the_seeds(web):
    assert_reachable(web, Walker(web))
    seen = Walker(web).walk()
    assert all(c["url"] in seen for d in web.truth["departments"] for c in d["copies"])


def test_some_reports_are_linked_only_by_images_or_icons(web):
    seen = Walker(web, images=False, footer=False).walk()
    missed = {r["key"] for r in web.truth["reports"] if r["preferred_url"] not in seen}
    assert missed == {"莎车县-2022", "新疆维吾尔自治区-2022", "神农架林区-2022"}
    home = page(web, "https://www.nxjy.gov.cn/")
    links = re.findall(r'<a href="(/ztml/fzzfjs/)"[^>]*>([^<]*)</a>', home)
    assert {text for _, text in links} == {"法治政府建设", "更多&gt;&gt;"} and len(links) == 2
    assert '<div class="footer"><p class="links">专题专栏: <a href="/ztml/fzzfjs/">法治政府建设</a>' in home


def test_lists_cut_titles(web):
    shizhu = page(web, "https://www.cqsz.gov.cn/zwgk_263/xzf/fdzdgknr/fzzfjsndbg/")
    full = report(web, "石柱土家族自治县-2023")["title"]
    assert f'title="{full}"' in shizhu and f">{full}<" not in shizhu and "…" in shizhu
    zge = page(web, "http://www.zge.gov.cn/zwgk/gzzj/")
    r = report(web, "准格尔旗-2023")
    assert (
        path(r["preferred_url"]) in zge
        and "title=" not in zge.split('<ul class="list">')[1].split("</ul>")[0]
    )
    assert r["title"] in page(web, r["preferred_url"])


def test_metadata_as_real_pages_give_it(web):
    walker = Walker(web)
    zhenba = page(web, report(web, "镇巴县-2023")["preferred_url"])
    assert all(label in zhenba for label in ("索引号:", "发布机构:", "成文日期:", "发布日期:", "主题分类:"))
    assert 'name="PubDate"' not in zhenba
    nanchang = report(web, "南昌县-2021")
    article = page(web, nanchang["preferred_url"])
    assert nanchang["publish_date"] not in article.split('<div class="footer">')[0]
    assert nanchang["publish_date"].replace("-", "") not in path(nanchang["preferred_url"])
    assert nanchang["publish_date"] in page(web, "http://www.ncx.gov.cn/ncx/ncxrmzf/fzzfgzbg/2022n/")
    qeda = page(web, report(web, "曲靖经济技术开发区-2022")["preferred_url"])
    assert "2023-02-15" in qeda and re.search(r"来源: &nbsp;</div>", qeda)
    assert "发布日期: 2024- 03- 27 " in page(web, report(web, "石柱土家族自治县-2023")["preferred_url"])
    assert "习水县人民政府办公室发布时间:2023-03-30" in page(web, report(web, "习水县-2022")["preferred_url"])
    _, body, ctype = walker.get(report(web, "准格尔旗-2023")["preferred_url"])
    assert ctype == "text/html" and b"charset=gbk" in body[:400] and "准格尔旗".encode("gbk") in body
    _, body, ctype = walker.get(report(web, "永昌县-2023")["preferred_url"])
    assert "GBK" in ctype and "永昌县".encode("gbk") in body


def test_lists_page_and_split_by_year(web):
    zhenba = "http://zb.gov.cn/zbxzf/fdzdgknr/jhzj/"
    r = path(report(web, "镇巴县-2023")["preferred_url"])
    assert r not in page(web, zhenba) and r in page(web, zhenba + "index_1.shtml")
    assert "createPageHTML(" in page(web, zhenba)
    root = page(web, "http://www.ncx.gov.cn/ncx/ncxrmzf/fzzfgzbg/")
    for key, year in (("南昌县-2019", "2021n"), ("南昌县-2021", "2022n")):
        url = path(report(web, key)["preferred_url"])
        assert url not in root and f"fzzfgzbg/{year}/" in root
        assert url in page(web, f"http://www.ncx.gov.cn/ncx/ncxrmzf/fzzfgzbg/{year}/")
    qingshui = "http://www.qingshui.gov.cn/zwgk/zfwj/xzfwj/index.html"
    r = path(report(web, "清水县-2023")["preferred_url"])
    assert r not in page(web, qingshui) and r in page(web, qingshui + "?page=4")
    assert 'href="index.html?page=4"' in page(web, qingshui)


def test_org_catalogue_filters_by_category(web):
    base = "http://ynwd.gov.cn/info/egovinfo/1007/overt_list.htm?orgid=11532329015178442P"
    every, law, other = (page(web, base + q) for q in ("", "&catid=01", "&catid=09"))
    r2022, r2018 = (path(report(web, k)["preferred_url"]) for k in ("武定县-2022", "武定县-2018"))
    assert r2022 in law and r2018 not in law and r2018 in other
    assert "catid=09" in every and "索引号" in law
    assert path(report(web, "武定县人民政府办公室-2022")["preferred_url"]) not in every + law + other


def test_fixture_pages_match_the_web(web):
    readme = (fixtures.OUT / "README.md").read_text(encoding="utf-8")
    kinds = set()
    for name, url, _what in fixtures.entries(web):
        data, ctype = fixtures.fetch(web, url)
        assert (fixtures.OUT / name).read_bytes() == data, name
        assert f"| `{name}` | {url} |" in readme and fixtures.expected(web, url, data, ctype) in readme
        kinds.add(int(name[0]))
    assert kinds == set(KIND_NAMES)
