"""Tests of the simulated web's ``holdout`` profile: new sites in new templates, with the base truth.

The holdout web imitates later independent checks: sites of the same families written by another
hand, from other report texts. These tests check its size and spread, determinism, that every
truth copy answers through the proxy, that ``findable`` is what the oracle reaches, the traps,
the markup variety it promises, the seed paraphrases and round 2.
"""

from __future__ import annotations

import io
import itertools
import json
import re
import ssl
import urllib.error
import urllib.request
import zipfile
from collections import Counter
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from simweb import SimServer, build_web, discovery, holdout_sites, spec, texts
from simweb.__main__ import main as simweb_main
from simweb.model import Request
from simweb.oracle import Oracle, canonical, decode
from simweb.web import digest_web

SEED_PLACES = ("华龙", "濮阳", "鄂托克", "鄂尔多斯", "海珠", "平遥", "晋中", "蓉江", "赣州")


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="holdout")


@pytest.fixture(scope="module")
def web2():
    return build_web(0, round=2, profile="holdout")


@pytest.fixture(scope="module")
def oracle(web):
    return Oracle(web).run()


def fetch(web, url: str, state: dict | None = None, method: str = "GET", body: bytes = b"",
          headers: dict | None = None, follow: bool = True):
    """Resolve a URL in the web without the server, following redirects (relative ones too)."""
    state = {} if state is None else state
    for _ in range(6):
        parts = urlsplit(url)
        req = Request(method, parts.scheme, parts.hostname, parts.path or "/", parts.query,
                      headers or {}, body)
        res = web.respond(req, state)
        if res is not None and follow and res.status in (301, 302):
            url = urljoin(url, dict(res.headers)["Location"])
            continue
        return res
    raise AssertionError("redirect loop")


def text_of(web, url: str) -> str:
    res = fetch(web, url)
    assert res.status == 200, url
    return decode(res.body, res.ctype)


def reports(web) -> dict[str, dict]:
    return {r["key"]: r for r in web.truth["reports"]}


def shingles(text: str) -> set[str]:
    return {text[i : i + 5] for i in range(len(text) - 4)}


def html_pages(web) -> dict[str, str]:
    """URL -> text of every static 200 HTML page."""
    out = {}
    for (host, path, query), res in web.resources.items():
        if res.status == 200 and res.ctype.startswith("text/html"):
            out[f"{host}{path}" + (f"?{query}" if query else "")] = decode(res.body, res.ctype)
    return out


def follow(web, url: str, pattern: str, steps: int = 30) -> list[str]:
    """Follow the last link matching ``pattern`` from page to page; return the URLs visited."""
    seen = [url]
    for _ in range(steps):
        hrefs = re.findall(r'href="([^"]+)"', text_of(web, url).replace("&amp;", "&"))
        url = urljoin(url, [h for h in hrefs if re.search(pattern, h)][-1])
        seen.append(url)
    return seen


# ---------------------------------------------------------------------- profile, size, determinism


def test_only_new_sites_and_counties(web):
    other = spec.sites() + discovery.sites()
    mine = holdout_sites.sites()
    assert len(mine) >= 18
    other_hosts = {s.host for s in other} | {a for s in other for a in s.aliases}
    assert not {s.host for s in mine} & other_hosts
    assert not {s.county.name for s in mine} & {s.county.name for s in other}
    assert not {s.county.adcode for s in mine} & {s.county.adcode for s in other if s.county.adcode}
    base_hosts = {key[0] for key in build_web(0).resources}
    assert not {key[0] for key in web.resources} & base_hosts
    assert len(web.seed_rows()) == sum(s.seed is not None for s in mine)


def test_size(web):
    reps = web.truth["reports"]
    assert len(reps) >= 60
    pages = sum(r.status == 200 and r.ctype.startswith("text/html") for r in web.resources.values())
    assert pages >= 1500
    per_site = Counter(r["site"] for r in reps)
    assert all(per_site[s.key] >= 1 for s in holdout_sites.sites())
    families = Counter(s.family for s in holdout_sites.sites())
    assert set(families) == {"h_trs", "h_hanweb", "h_old", "h_cms", "h_xxgk", "h_city"}
    assert all(n >= 2 for n in families.values())


def test_same_seed_same_web(web):
    again = build_web(0, profile="holdout")
    assert digest_web(again) == digest_web(web)
    assert json.dumps(again.truth, sort_keys=True) == json.dumps(web.truth, sort_keys=True)
    assert digest_web(build_web(1, profile="holdout")) != digest_web(web)


# ---------------------------------------------------------------------- truth


def test_truth_format_is_the_base_format(web):
    base = build_web(0).truth
    assert set(web.truth) == set(base)
    report_keys = {k for r in base["reports"] for k in r}
    copy_keys = {k for r in base["reports"] for c in r["copies"] for k in c}
    assert all(set(r) == report_keys for r in web.truth["reports"])
    assert all(set(c) <= copy_keys for r in web.truth["reports"] for c in r["copies"])
    assert len({r["key"] for r in web.truth["reports"]}) == len(web.truth["reports"])
    for rep in web.truth["reports"]:
        assert rep["preferred_url"] == rep["copies"][0]["url"]
        for copy in rep["copies"]:
            if copy["kind"] in ("pdf", "doc", "docx"):
                assert copy["via"] and isinstance(copy["text_layer"], bool)


def test_truth_variety(web):
    reps = reports(web)
    titles = {r["title"] for r in reps.values()}
    assert "关于2024年法治政府建设情况的报告" in titles  # no place name
    assert "2024年浏阳市法治政府建设情况" in titles  # no 报告
    assert any(t.startswith("中共") for t in titles)
    assert any("管委会" in t for t in titles)
    assert "荣成市人民政府关于2016-2020年度法治政府建设有关情况的报告" in titles
    assert {r["issuer_kind"] for r in reps.values()} == {"government", "department"}
    assert reps["枣阳市-2022"]["region"] == "枣阳市" and reps["襄阳市-2023"]["site"] == "xiangyang"
    kinds = Counter(c["kind"] for r in reps.values() for c in r["copies"])
    assert set(kinds) >= {"html", "print", "mirror", "pdf", "docx", "doc", "republication"}
    assert any(not c["text_layer"] for r in reps.values() for c in r["copies"] if "text_layer" in c)
    looks = Counter(item["kind"] for item in web.truth["lookalikes"])
    assert set(looks) >= {"xxgk_annual", "gov_work_report", "plan", "notice", "interpretation",
                          "text_interp", "meeting", "meeting_topic", "template", "shufa",
                          "duty_report"}
    blocked = [r for r in reps.values() if not any(c["findable"] for c in r["copies"])]
    assert [r["key"] for r in blocked] == ["邳州市-2019"]


def test_bodies_are_mutually_dissimilar(web):
    reps = web.truth["reports"]
    sets = [shingles(r["body"]) for r in reps]
    worst = max(len(a & b) / len(a | b) for a, b in itertools.combinations(sets, 2))
    assert worst < 0.4
    assert all(1500 <= len(r["body"]) <= 6500 for r in reps)


def test_paraphrased_seed_reports(web):
    mixed = [(s, r) for s in holdout_sites.sites() for r in s.reports if r.seed.startswith("mix:")]
    assert len(mixed) >= 10 and len({r.seed for _, r in mixed}) == len(mixed)
    reps = reports(web)
    seeds = [shingles("\n".join(texts.load_seed(stem).paragraphs))
             for stem in ("000", "001", "002", "003", "004")]
    for site, rep in mixed:
        body = reps[f"{site.county.name}-{rep.year}"]["body"]
        assert site.county.name in body
        assert not any(place in body for place in SEED_PLACES), body[:80]
        assert "第一责任人" in body and re.search(r"不足|问题", body)
        mine = shingles(body)
        assert max(len(mine & s) / len(mine | s) for s in seeds) < 0.4


# ---------------------------------------------------------------------- reachability


def test_findable_means_reachable(web, oracle):
    for rep in web.truth["reports"]:
        for copy in rep["copies"]:
            assert (canonical(copy["url"]) in oracle.reached) == copy["findable"], copy["url"]
    blocked = tuple(web.truth["robots_disallowed"])
    for item in web.truth["lookalikes"]:
        assert canonical(item["url"]) in oracle.reached or item["url"].startswith(blocked)
    assert not any(u.startswith(tuple(web.truth["traps"])) for u in oracle.reached)


def test_every_copy_resolves_through_the_proxy(web):
    with SimServer(web) as server:
        opener = urllib.request.build_opener(
            urllib.request.ProxyHandler({"http": server.proxy_url, "https": server.proxy_url}),
            urllib.request.HTTPSHandler(context=ssl._create_unverified_context()))
        for rep in web.truth["reports"]:
            for copy in rep["copies"]:
                try:
                    res = opener.open(copy["url"], timeout=5)
                except urllib.error.HTTPError as err:  # the flaky pages answer 503 once
                    assert err.code == 503, copy["url"]
                    res = opener.open(copy["url"], timeout=5)
                assert res.status == 200 and res.read(), copy["url"]
        for row in web.seed_rows():
            assert opener.open(row["url"], timeout=5).status == 200, row["url"]


def test_pages_carry_the_truth_text(web):
    from lxml import html as lhtml

    state: dict = {"flaky_seen": {(urlsplit(u).hostname, urlsplit(u).path, "")
                                  for u in web.truth["flaky"]}}
    for rep in web.truth["reports"]:
        for copy in rep["copies"]:
            if copy["kind"] not in ("html", "print", "republication"):
                continue
            res = fetch(web, copy["url"], state)
            text = lhtml.fromstring(decode(res.body, res.ctype)).text_content()
            assert rep["title"] in text, copy["url"]
            for para in rep["body"].split("\n"):
                assert para in text, (copy["url"], para[:30])


# ---------------------------------------------------------------------- traps, failures


def test_traps_are_endless(web):
    traps = tuple(web.truth["traps"])
    home = text_of(web, "http://www.hnliling.gov.cn/index.html")
    start = urljoin("http://www.hnliling.gov.cn/", re.search(r'href="(/hdrl/[^"]+)"', home).group(1))
    months = follow(web, start.replace("&amp;", "&"), r"\?month=")
    search = follow(web, "https://www.tx.gov.cn/jsearchfront/search.do?websiteid=330483000000000"
                         "&q=法治&p=1", r"p=\d+$")
    pages = follow(web, "https://www.gzrh.gov.cn/plus/list.php?tid=1&PageNo=1", r"PageNo=\d+$")
    assert pages[-1].endswith("PageNo=31")
    assert "法治" in unquote(search[-1]) and search[-1].endswith("p=31")
    for visited in (months, search, pages):
        assert len(set(visited)) == len(visited)
        assert all(u.startswith(traps) for u in visited)
    mirrored = follow(web, "https://www.tx.gov.cn/big5/jsearchfront/search.do?q=法治&p=1", r"p=\d+$",
                      steps=5)
    assert all(u.startswith(traps) for u in mirrored)


def test_hanging_and_flaky_pages(web):
    hang = web.truth["hangs"][0]
    parts = urlsplit(hang)
    assert web.respond(Request("GET", parts.scheme, parts.hostname, parts.path), {}).hang
    assert parts.path in text_of(web, "http://www.hnhx.gov.cn/index.asp")
    state: dict = {}
    for url in web.truth["flaky"]:
        assert fetch(web, url, state).status == 503
        assert fetch(web, url, state).status == 200


# ---------------------------------------------------------------------- markup variety


def test_markup_variants(web):
    everything = "\n".join(html_pages(web).values())
    for needle in (
        '<span class="date">[20', '年3月', "<i>(0", "<dl><dt>", '<ol class="infolist">',
        '<div class="item"><div class="t">', "<em>20",  # list markups and date forms
        "当前位置：", "您现在的位置：", "位置：", "您所在的位置：",  # breadcrumbs
        'class="article-content"', 'id="UCAP-CONTENT"', 'class="bt_content"', 'class="wz_content"',
        "TRS_UEDITOR", "TRS_Editor", "<!--ZJEG_RSS.content.begin-->",  # body containers
        "下一页", "下页", "&gt;&gt;</a>", "尾页", "末页", "&page=2", "&pageIndex=2", "list_2.html",
        "createPageHTML(", "var countPage = ", "createPageHTML('page_box',", '"pagination", pageNum',
        "<noscript>", "<datastore>",  # pagers
        '<meta content="', "<META NAME=", 'name="SiteIDCode"',  # meta spellings
        "信息来源: ", "更新时间：", "发布日期: 20", "时间:20", "【发布时间：", "今天是：",  # labels
        'onclick="window.open(', "pdfjs/web/viewer.html?file=%2F", "downfile.jsp",  # attachments
    ):
        assert needle in everything, needle
    for url, needle in (("http://www.hnliling.gov.cn/", "window.location="),
                        ("https://www.liuyang.gov.cn/", 'http-equiv="Refresh"'),
                        ("http://www.rongcheng.gov.cn/", "URL=index.htm")):
        assert needle in fetch(web, url, follow=False).body.decode()
    assert fetch(web, "http://www.hnhx.gov.cn/", follow=False).status == 302
    assert fetch(web, "http://www.gzrh.gov.cn/", follow=False).status == 301
    assert fetch(web, "https://xinjin.gov.cn/", follow=False).status == 301
    assert fetch(web, "http://hnliling.gov.cn/index.html").body == \
        fetch(web, "http://www.hnliling.gov.cn/index.html").body


def test_old_gbk_sites(web):
    rep = reports(web)["滑县-2022"]
    res = fetch(web, rep["preferred_url"])
    assert res.ctype == "text/html" and b"charset=gb2312" in res.body
    assert rep["title"] in res.body.decode("gbk")
    listing = text_of(web, "http://www.wuan.gov.cn/index.jsp")
    ids = set(re.findall(r";jsessionid=([0-9A-F]{32})", listing))
    assert len(ids) == 1
    other = text_of(web, "http://www.wuan.gov.cn/news/list.jsp?classid=10")
    assert set(re.findall(r";jsessionid=([0-9A-F]{32})", other)) - ids
    link = re.search(r'href="(/news/show\.jsp;jsessionid=[0-9A-F]{32}\?id=\d+)"', other).group(1)
    assert fetch(web, "http://www.wuan.gov.cn" + link).status == 200
    assert 'charset="gbk"' in listing and "<META NAME=" not in listing


def test_hanweb_dataproxy_post_and_get(web):
    rep = reports(web)["桐乡市-2020"]
    col = rep["preferred_url"].split("art_")[1].split("_")[0]
    page = text_of(web, f"https://www.tx.gov.cn/col/col{col}/index.html")
    assert page.count("<record>") == 15 and urlsplit(rep["preferred_url"]).path not in page
    form = f"col=1&appid=1&webid=27&path=/&columnid={col}&sourceContentType=1&unitid=1".encode()
    url = "https://www.tx.gov.cn/module/jpage/dataproxy.jsp?startrecord=16&endrecord=45&perpage=15"
    posted = fetch(web, url, method="POST", body=form).body.decode()
    assert urlsplit(rep["preferred_url"]).path in posted and "<totalrecord>" in posted
    assert posted == fetch(web, url + "&" + form.decode()).body.decode()
    rep = reports(web)["邳州市-2020"]
    col = rep["preferred_url"].split("art_")[1].split("_")[0]
    page = text_of(web, f"http://www.pizhou.gov.cn/col/col{col}/index.html")
    first = re.search(r'<nextgroup><!\[CDATA\[<a href="([^"]+)">', page).group(1)
    assert first.startswith("/module/web/jpage/dataproxy.jsp?page=1&") and page.count("<record>") == 12
    found = "".join(text_of(web, "http://www.pizhou.gov.cn" + first.replace("page=1", f"page={n}"))
                    for n in range(1, 5))
    assert urlsplit(rep["preferred_url"]).path in found


def test_attachments(web):
    from pdfminer.high_level import extract_text

    reps = reports(web)
    pdf = reps["邳州市-2021"]["copies"][0]
    assert "downfile.jsp" in pdf["url"] and fetch(web, pdf["url"], follow=False).status == 302
    text = extract_text(io.BytesIO(fetch(web, pdf["url"]).body)).replace("\n", "")
    assert "邳州市2021年法治政府建设工作报告" in text
    docx = reps["仁怀市-2022"]["copies"][0]
    assert f"window.open('{urlsplit(docx['url']).path}')" in text_of(web, docx["via"])
    assert zipfile.ZipFile(io.BytesIO(fetch(web, docx["url"]).body)).namelist()
    viewer = text_of(web, reps["仁怀市-2023"]["copies"][0]["via"])
    assert re.search(r'<iframe [^>]*src="/plugins/pdfjs/web/viewer\.html\?file=%2Fuploads%2F', viewer)
    assert fetch(web, "https://www.gzrh.gov.cn/plugins/pdfjs/web/viewer.html?file=x").status == 200
    intro = text_of(web, reps["海宁市-2023"]["copies"][0]["via"])
    assert "/attachment/download?fid=" in intro and len(intro) < 8000
    scan = reps["武安市-2021"]["copies"][0]
    assert scan["text_layer"] is False
    assert extract_text(io.BytesIO(fetch(web, scan["url"]).body)).strip() == ""


def test_xxgk_platforms_three_levels_deep(web):
    for key, home in (("浏阳市-2021", "https://xxgk.liuyang.gov.cn/openness/index.html"),
                      ("肥西县-2022", "https://xxgk.feixi.gov.cn/public/index.html")):
        rep = reports(web)[key]
        page = text_of(web, rep["preferred_url"])
        crumbs = re.search(r'<div class="position">(.*?)</div>', page).group(1)
        assert crumbs.count("<a ") == 3  # platform → 法定主动公开内容 → the column
        column = re.findall(r'href="([^"]+)"', crumbs)[-1].replace("&amp;", "&")
        group = re.findall(r'href="([^"]+)"', crumbs)[1].replace("&amp;", "&")
        assert column not in text_of(web, home).replace("&amp;", "&")
        assert column in text_of(web, urljoin(home, group)).replace("&amp;", "&")
    assert "https://xxgk.liuyang.gov.cn/openness/index.html" in text_of(
        web, "https://www.liuyang.gov.cn/index.htm")


def test_platforms_and_mirrors(web):
    rows = {row["name"]: row for row in web.seed_rows()}
    assert rows["襄州区"]["url"] == "https://www.xiangyang.gov.cn/xzq/"
    res = fetch(web, rows["谷城县"]["url"], follow=False)
    assert res.status == 302
    assert dict(res.headers)["Location"] == "https://www.xiangyang.gov.cn/gcx/index.shtml"
    assert "top.location.href = \"http://www.yibin.gov.cn/nxq/\"" in text_of(web, rows["南溪区"]["url"])
    reps = reports(web)
    assert [c["kind"] for c in reps["谷城县-2023"]["copies"]] == ["html", "republication"]
    mirrors = {r["key"]: c["url"] for r in reps.values() for c in r["copies"] if c["kind"] == "mirror"}
    gate = text_of(web, mirrors["顺德区-2023"])
    assert "順德區" in gate and "/gate/big5/www.shunde.gov.cn/" in gate
    tone = text_of(web, mirrors["桐乡市-2023"])
    assert "桐鄉(xiāng)市(shì)" in tone and 'href="/big5/' in tone
    toneless = text_of(web, mirrors["宝安区-2023"])
    assert "寶安區(qu)" in toneless and urlsplit(mirrors["宝安区-2023"]).hostname == "wza.baoan.gov.cn"
    assert rows["宝安区"]["url"] == "https://baoan.gov.cn/"


# ---------------------------------------------------------------------- round 2 and CLI


def test_round2(web, web2):
    changes = web2.truth["changes"]
    assert {k: len(v) for k, v in changes.items()} == {"new": 1, "edited": 1, "deleted": 1}
    old, new = reports(web), reports(web2)
    assert changes["new"][0] in new and changes["new"][0] not in old
    gone = old[changes["deleted"][0]]
    assert all(fetch(web2, c["url"]).status == 404 for c in gone["copies"])
    edited = changes["edited"][0]
    assert len(new[edited]["body"]) > len(old[edited]["body"])
    touched = {urlsplit(r["preferred_url"]).hostname for key in itertools.chain(*changes.values())
               for r in (old.get(key), new.get(key)) if r}
    differ = {key[0] for key in web.resources.keys() | web2.resources.keys()
              if (r1 := web.resources.get(key)) is None or (r2 := web2.resources.get(key)) is None
              or r1.body != r2.body}
    assert differ and differ <= touched
    url = new[edited]["preferred_url"]
    with SimServer(web2) as server:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler(
            {"http": server.proxy_url, "https": server.proxy_url}))
        res = opener.open(url, timeout=5)
        res.read()
        etag, modified = res.headers["ETag"], res.headers["Last-Modified"]
        assert etag and modified
        for header in ({"If-None-Match": etag}, {"If-Modified-Since": modified}):
            with pytest.raises(urllib.error.HTTPError) as err:
                opener.open(urllib.request.Request(url, headers=header), timeout=5)
            assert err.value.code == 304
    assert fetch(web, url).etag != fetch(web2, url).etag


def test_cli_profile(tmp_path):
    truth, seeds = tmp_path / "truth.json", tmp_path / "seeds.csv"
    assert simweb_main(["--profile", "holdout", "--truth-out", str(truth),
                        "--seeds-out", str(seeds)]) == 0
    assert len(json.loads(truth.read_text(encoding="utf-8"))["reports"]) >= 60
    assert "http://www.scnx.gov.cn/" in seeds.read_text(encoding="utf-8")
