"""Tests of the simulated web's ``discovery`` profile: size, truth, reachability, traps, round 2."""

from __future__ import annotations

import itertools
import json
import re
import ssl
import urllib.error
import urllib.request
from collections import Counter
from urllib.parse import urljoin, urlsplit

import pytest

from simweb import SimServer, build_web, discovery, spec
from simweb.__main__ import main as simweb_main
from simweb.oracle import Oracle, canonical, decode
from simweb.web import Builder, digest_web
from tests.simweb_fetch import fetch, shingles

SEED_KEYS = {"华龙区-2023", "鄂托克旗-2022", "海珠区-2023", "平遥县-2020", "蓉江新区-2023"}
NEW_SITES = {s.key for s in discovery.sites()}


@pytest.fixture(scope="module")
def dweb():
    return build_web(0, profile="discovery")


@pytest.fixture(scope="module")
def dweb2():
    return build_web(0, round=2, profile="discovery")


@pytest.fixture(scope="module")
def base():
    return build_web(0)


@pytest.fixture(scope="module")
def oracle(dweb):
    return Oracle(dweb).run()


def reports(web) -> dict[str, dict]:
    return {r["key"]: r for r in web.truth["reports"]}


def html_pages(web, host: str) -> dict[str, str]:
    """Path?query -> text of every static 200 HTML page of a host."""
    return {path + (f"?{query}" if query else ""): decode(res.body, res.ctype)
            for (h, path, query), res in web.resources.items()
            if h == host and res.status == 200 and res.ctype.startswith("text/html")}


def naming(web, url: str, needle: str | None = None) -> set[str]:
    """Static pages of the URL's host (other than the page itself) that contain its file name."""
    parts = urlsplit(url)
    needle = needle or parts.path.rsplit("/", 1)[-1]
    return {path for path, text in html_pages(web, parts.hostname).items()
            if needle in text and path != parts.path and not path.startswith("/print/")}


# ---------------------------------------------------------------------- profile and size


def test_base_profile_is_the_default(base):
    assert digest_web(build_web(0, profile="base")) == digest_web(base)
    with pytest.raises(ValueError):
        build_web(0, profile="nope")


def test_discovery_holds_the_base_web_unchanged(dweb, base):
    assert all(dweb.resources[key].body == res.body for key, res in base.resources.items())
    assert not {key for key in dweb.resources if key[0] in {k[0] for k in base.resources}
                } - set(base.resources)
    mine = reports(dweb)
    assert all(mine[key] == rep for key, rep in reports(base).items())
    assert dweb.seed_rows()[: len(base.seed_rows())] == base.seed_rows()


def test_same_seed_same_web(dweb):
    again = build_web(0, profile="discovery")
    assert digest_web(again) == digest_web(dweb)
    assert json.dumps(again.truth, sort_keys=True) == json.dumps(dweb.truth, sort_keys=True)
    assert digest_web(build_web(1, profile="discovery")) != digest_web(dweb)


def test_size_and_spread(dweb):
    specs = spec.sites() + discovery.sites()
    assert len(specs) >= 30 and len(NEW_SITES) >= 16
    assert {s.family for s in discovery.sites()} == {"trs", "hanweb", "gbk", "generic", "platform"}
    pages = sum(r.status == 200 and r.ctype.startswith("text/html") for r in dweb.resources.values())
    assert pages >= 2500
    reps = dweb.truth["reports"]
    assert len(reps) >= 80
    per_site = Counter(r["site"] for r in reps)
    assert all(per_site[key] >= 1 for key in NEW_SITES)
    assert sum(any(c["findable"] for c in r["copies"]) for r in reps) >= 75


def test_doc_paths_are_unique():
    builder = Builder(0, 1, "discovery")
    builder.build()
    seen = Counter((m.site.host, d.path) for m in builder.models.values() for d in m.docs)
    assert [key for key, n in seen.items() if n > 1] == []


# ---------------------------------------------------------------------- truth


def test_truth_format_is_the_base_format(dweb, base):
    assert set(dweb.truth) == set(base.truth)
    report_keys = {k for r in base.truth["reports"] for k in r}
    copy_keys = {k for r in base.truth["reports"] for c in r["copies"] for k in c}
    assert all(set(r) == report_keys for r in dweb.truth["reports"])
    assert all(set(c) <= copy_keys for r in dweb.truth["reports"] for c in r["copies"])
    assert len({r["key"] for r in dweb.truth["reports"]}) == len(dweb.truth["reports"])
    new_traps = set(dweb.truth["traps"]) - set(base.truth["traps"])
    assert {urlsplit(t).path for t in new_traps} >= {"/list/page/", "/xwzx/more.jsp", "/(S("}


def test_truth_variety(dweb):
    reps = reports(dweb)
    titles = {r["title"] for r in reps.values()}
    assert "阿荣旗人民政府关于2015-2020年度法治政府建设有关情况的报告" in titles
    assert reps["阿荣旗-2020"]["body"].count("2015-2020") >= 1
    assert reps["阿荣旗-2021"]["publish_date"] == "2022-09-16"
    assert "中共平阴县委 平阴县人民政府关于2022年度法治政府建设情况的报告" in titles
    assert {"2023年度法治政府建设工作报告", "关于2023年法治政府建设情况的报告"} <= titles
    assert reps["平阴县司法局-2023"]["issuer_kind"] == "department"
    city = reps["孝感市-2023"]
    assert city["region"] == "孝感市" and [c["url"].split("/")[2] for c in city["copies"]] == [
        "www.xiaogan.gov.cn", "www.yunmeng.gov.cn"]
    assert reps["孝昌县-2022"]["region"] == "孝昌县"
    assert not any(c["findable"] for c in reps["霍邱县-2021"]["copies"])
    assert any(b.startswith("https://www.huoqiu.gov.cn/zfxxgk/fdzdgknr/qtfdgkxx")
               for b in dweb.truth["robots_disallowed"])
    kinds = Counter(item["kind"] for item in dweb.truth["lookalikes"])
    assert set(kinds) >= {"xxgk_annual", "gov_work_report", "plan", "notice", "interpretation",
                          "text_interp", "meeting", "meeting_topic", "shufa", "template",
                          "duty_report"}


def test_bodies_are_mutually_dissimilar(dweb):
    reps = dweb.truth["reports"]
    sets = [shingles(r["body"]) for r in reps]
    worst = max(len(a & b) / len(a | b) for a, b in itertools.combinations(sets, 2))
    assert worst < 0.33
    assert all(2500 <= len(r["body"]) <= 6000 for r in reps if r["key"] not in SEED_KEYS)


def test_template_lookalike_has_placeholders(dweb):
    url = next(item["url"] for item in dweb.truth["lookalikes"] if item["kind"] == "template")
    text = fetch(dweb, url).body.decode()
    assert "*区" in text and "范文" in text


# ---------------------------------------------------------------------- reachability


def test_findable_means_reachable(dweb, oracle):
    for rep in dweb.truth["reports"]:
        for copy in rep["copies"]:
            assert (canonical(copy["url"]) in oracle.reached) == copy["findable"], copy["url"]
    blocked = tuple(dweb.truth["robots_disallowed"])
    for item in dweb.truth["lookalikes"]:
        assert canonical(item["url"]) in oracle.reached or item["url"].startswith(blocked)


def test_every_copy_resolves_through_the_proxy(dweb):
    with SimServer(dweb) as server:
        opener = urllib.request.build_opener(
            urllib.request.ProxyHandler({"http": server.proxy_url, "https": server.proxy_url}),
            urllib.request.HTTPSHandler(context=ssl._create_unverified_context()))
        for rep in dweb.truth["reports"]:
            for copy in rep["copies"]:
                try:
                    res = opener.open(copy["url"], timeout=5)
                except urllib.error.HTTPError as err:  # the flaky page answers 503 once
                    assert err.code == 503, copy["url"]
                    res = opener.open(copy["url"], timeout=5)
                assert res.status == 200 and res.read(), copy["url"]


def test_pages_carry_the_truth_text(dweb):
    from lxml import html as lhtml

    for rep in dweb.truth["reports"]:
        if rep["site"] not in NEW_SITES:
            continue
        for copy in rep["copies"]:
            if copy["kind"] not in ("html", "republication"):
                continue
            res = fetch(dweb, copy["url"])
            text = lhtml.fromstring(decode(res.body, res.ctype)).text_content()
            assert rep["title"] in text
            for para in rep["body"].split("\n"):
                assert para in text, (copy["url"], para[:30])


def test_reports_only_deep_in_long_lists(dweb):
    for key in ("宁乡市-2023", "宁乡市-2022", "云梦县-2023", "云梦县-2022"):
        url = reports(dweb)[key]["preferred_url"]
        pages = naming(dweb, url)
        numbers = {int(m.group(1)) for p in pages if (m := re.search(r"/index_(\d+)\.", p))}
        assert pages and len(numbers) == len(pages), (key, pages)
        # ningxiang counts pages from 1 (index_3 is page 3), yunmeng from 0 (index_2 is page 3)
        assert min(numbers) >= (3 if key.startswith("宁乡") else 2), (key, pages)
    text = fetch(dweb, "http://www.ningxiang.gov.cn/xxgk/fdzdgknr/qtfdgkxx/index.htm").body.decode()
    assert "createPageHTML('page_div', 4, 1, 'index', 'htm'," in text
    text = fetch(dweb, "http://www.yunmeng.gov.cn/tzgg/index.html").body.decode()
    assert "var _nPageCount = " in text and 'var _sPageExt = "html"' in text


def test_columns_reached_only_through_a_tile_a_more_link_or_the_tree(dweb):
    tile = naming(dweb, "http://www.fsxzf.gov.cn/ztzl/fzzf/index.htm", 'href="/ztzl/fzzf/')
    assert {p for p in tile if not p.startswith("/ztzl/fzzf/")} == {"/ztzl/index.htm", "/ztzl/"}
    landing = fetch(dweb, "http://www.fsxzf.gov.cn/ztzl/index.htm").body.decode()
    assert re.search(r'<a href="/ztzl/fzzf/index.htm"[^>]*><img [^>]*alt="法治政府建设"', landing)
    more = naming(dweb, "http://www.chongzhou.gov.cn/channels/x.html", 'href="/channels/1047')
    assert {p for p in more if not p.startswith(("/contents/1047/", "/channels/1047"))} == {
        "/index.html", "/"}
    home = fetch(dweb, "http://www.chongzhou.gov.cn/").body.decode()
    assert re.search(r'<span class="name">重点工作</span><a class="more" href="/channels/1047.html"'
                     r'[^>]*>more</a>', home)
    col = reports(dweb)["平阴县司法局-2022"]["preferred_url"].split("_")[1]
    tree = naming(dweb, "http://www.pingyin.gov.cn/x", f"/col/col{col}/index.html")
    assert {p for p in tree if not p.startswith(("/art/", f"/col/col{col}/"))} == {
        "/bmxxgk/sfj/index.html"}
    assert fetch(dweb, "http://www.pingyin.gov.cn/bmxxgk/jyj/fzbg/index.html").status == 200


def test_sitemap_lists_a_report_no_page_links(dweb, oracle):
    robots = fetch(dweb, "http://www.julu.gov.cn/robots.txt").body.decode()
    assert "Sitemap: http://www.julu.gov.cn/sitemap.xml" in robots
    url = reports(dweb)["巨鹿县-2020"]["preferred_url"]
    assert url in fetch(dweb, "http://www.julu.gov.cn/sitemap.xml").body.decode()
    assert naming(dweb, url) == set()
    assert oracle.referrers[canonical(url)] == {"http://www.julu.gov.cn/sitemap.xml"}


def follow(web, url: str, pattern: str, steps: int = 40) -> list[str]:
    """Follow the last link matching ``pattern`` from page to page; return the URLs visited."""
    seen = [url]
    for _ in range(steps):
        res = fetch(web, url)
        assert res.status == 200, url
        hrefs = re.findall(r'href="([^"]+)"', decode(res.body, res.ctype))
        url = urljoin(url, [h for h in hrefs if re.search(pattern, h)][-1])
        seen.append(url)
    return seen


def test_traps_are_endless(dweb):
    traps = dweb.truth["traps"]
    pages = follow(dweb, "http://www.chongzhou.gov.cn/list/", r"^page/\d+/$")
    assert pages[-1].startswith("http://www.chongzhou.gov.cn/list/page/2/page/3/page/4/")
    more = follow(dweb, "http://www.julu.gov.cn/xwzx/more.jsp", r"start=\d+$")
    assert more[-1].endswith("?start=600")
    root = fetch(dweb, "http://www.gangu.gov.cn/", follow=False)
    assert root.status == 302 and dict(root.headers)["Location"].startswith("/(S(")
    session = follow(dweb, "http://www.gangu.gov.cn" + dict(root.headers)["Location"],
                     r"^/\(S\([a-z0-5]{24}\)\)/Category_3/Index\.aspx$")
    for visited in (pages, more, session):
        assert len(set(visited)) == len(visited)
        assert all(u.startswith(tuple(traps)) for u in visited[1:])
    canonical_page = fetch(dweb, canonical(session[-1]))
    assert canonical_page.status == 200 and b"/(S(" in canonical_page.body


def test_hanweb_records_only_in_nextgroup(dweb):
    rep = reports(dweb)["沛县-2023"]
    col = rep["preferred_url"].split("art_")[1].split("_")[0]
    page = fetch(dweb, f"http://www.px.gov.cn/col/col{col}/index.html").body.decode()
    assert "<recordset></recordset>" in page
    first = re.search(r'<nextgroup><!\[CDATA\[<a href="([^"]+)">', page).group(1)
    assert first.startswith("/module/web/jpage/dataproxy.jsp?page=1&")
    assert urlsplit(rep["preferred_url"]).path not in page
    found = "".join(fetch(dweb, "http://www.px.gov.cn" + first.replace("page=1", f"page={n}"))
                    .body.decode() for n in range(1, 5))
    assert urlsplit(rep["preferred_url"]).path in found
    pdf = reports(dweb)["沛县-2022"]["copies"][0]["url"]
    assert "/module/download/downfile.jsp?" in pdf and fetch(dweb, pdf).ctype == "application/pdf"


def test_gkmlpt_json_and_fallbacks(dweb):
    index = fetch(dweb, "https://www.nanhai.gov.cn/gkmlpt/index").body.decode()
    cid = re.search(r'data-classify="(\d+)">法治政府建设年度报告', index).group(1)
    assert '"/gkmlpt/api/all/" + classify' in index and "<noscript>" in index
    data = json.loads(fetch(dweb, f"https://www.nanhai.gov.cn/gkmlpt/api/all/{cid}?page=1"
                                  "&sid=440605").body)
    urls = {a["url"].split("#")[0] for a in data["articles"]}
    assert reports(dweb)["南海区-2023"]["preferred_url"] in urls and data["total"] == len(urls)
    assert fetch(dweb, f"https://www.nanhai.gov.cn/gkmlpt/mindex/{cid}/index.html").status == 200
    assert re.fullmatch(r"https://www\.nanhai\.gov\.cn/gkmlpt/content/\d/\d{4}/post_\d{7}\.html",
                        reports(dweb)["南海区-2023"]["preferred_url"])
    boluo = fetch(dweb, "https://www.boluo.gov.cn/gkmlpt/index").body.decode()
    assert 'href="/gkmlpt/index_2.html"' in boluo and "<noscript>" not in boluo
    assert fetch(dweb, "http://www.boluo.gov.cn/", follow=False).status == 301


def test_platform_subsites(dweb):
    rows = {row["name"]: row for row in dweb.seed_rows()}
    assert rows["孝南区"]["url"] == "https://www.xiaogan.gov.cn/xnq/"
    assert "孝南区人民政府" in fetch(dweb, rows["孝南区"]["url"]).body.decode()
    res = fetch(dweb, rows["安陆市"]["url"], follow=False)
    assert res.status == 301
    assert dict(res.headers)["Location"] == "https://www.xiaogan.gov.cn/als/index.shtml"
    assert rows["孝感市"]["level"] == "city"


# ---------------------------------------------------------------------- round 2 and CLI


def test_round2(dweb, dweb2):
    changes = dweb2.truth["changes"]
    base2 = build_web(0, round=2).truth["changes"]
    for kind in ("new", "edited", "deleted"):
        assert set(base2[kind]) < set(changes[kind]) and len(changes[kind]) == 2
    old, new = reports(dweb), reports(dweb2)
    gone = old[changes["deleted"][1]]
    assert all(fetch(dweb2, c["url"]).status == 404 for c in gone["copies"])
    edited = changes["edited"][1]
    assert len(new[edited]["body"]) > len(old[edited]["body"])
    touched = {urlsplit(r["preferred_url"]).hostname for key in itertools.chain(*changes.values())
               for r in (old.get(key), new.get(key)) if r}
    differ = {key[0] for key in dweb.resources.keys() | dweb2.resources.keys()
              if (r1 := dweb.resources.get(key)) is None or (r2 := dweb2.resources.get(key)) is None
              or r1.body != r2.body}
    assert differ and differ <= touched


def test_cli_profile(tmp_path):
    truth, seeds = tmp_path / "truth.json", tmp_path / "seeds.csv"
    assert simweb_main(["--profile", "discovery", "--truth-out", str(truth),
                        "--seeds-out", str(seeds)]) == 0
    assert len(json.loads(truth.read_text(encoding="utf-8"))["reports"]) >= 80
    assert "https://www.xiaogan.gov.cn/xnq/" in seeds.read_text(encoding="utf-8")
