"""Tests of the simulated county web itself: generator, truth, forward proxy, round 2."""

from __future__ import annotations

import http.client
import io
import itertools
import json
import ssl
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest

from simweb import SimServer, build_web
from simweb.web import digest_web
from tests.simweb_fetch import fetch, shingles


@pytest.fixture(scope="module")
def web():
    return build_web(0)


@pytest.fixture(scope="module")
def web2():
    return build_web(0, round=2)


@pytest.fixture(scope="module")
def server(web):
    with SimServer(web) as srv:
        yield srv


@pytest.fixture(scope="module")
def opener(server):
    proxies = {"http": server.proxy_url, "https": server.proxy_url}
    return urllib.request.build_opener(
        urllib.request.ProxyHandler(proxies),
        urllib.request.HTTPSHandler(context=ssl._create_unverified_context()),
    )


def reports(web) -> dict[str, dict]:
    return {r["key"]: r for r in web.truth["reports"]}


# ---------------------------------------------------------------------- generator and truth


def test_same_seed_same_web(web):
    again = build_web(0)
    assert digest_web(again) == digest_web(web)
    assert json.dumps(again.truth, sort_keys=True) == json.dumps(web.truth, sort_keys=True)
    assert digest_web(build_web(1)) != digest_web(web)


def test_truth_shape(web):
    truth = json.loads(json.dumps(web.truth, ensure_ascii=False))
    reps = truth["reports"]
    assert len(reps) >= 25
    assert len({r["site"] for r in reps}) >= 10
    assert len(truth["lookalikes"]) >= 12
    assert sum(r["issuer_kind"] == "department" for r in reps) >= 2
    years = {r["report_year"] for r in reps}
    assert min(years) <= 2016 and max(years) >= 2024
    kinds = {c["kind"] for r in reps for c in r["copies"]}
    assert kinds >= {"html", "print", "mirror", "pdf", "docx", "doc", "republication"}
    titles = {r["title"] for r in reps}
    assert "关于2023年法治政府建设情况的报告" in titles
    assert any(t.startswith("中共") for t in titles)
    assert any("管委会" in t for t in titles)
    assert any(t.endswith("法治政府建设情况") for t in titles)
    for r in reps:
        assert r["publish_date"][:4].isdigit() and len(r["publish_date"]) == 10
        assert r["preferred_url"] in {c["url"] for c in r["copies"]}
        assert "扫一扫" not in r["body"] and "您当前的位置" not in r["body"]


def test_seed_bodies_are_clean(web):
    reps = reports(web)
    haizhu = reps["海珠区-2023"]
    assert haizhu["title"] == "广州市海珠区人民政府关于2023年度法治政府建设情况的报告"
    assert "(qū)" not in haizhu["body"] and "区" in haizhu["body"] and "區" not in haizhu["body"]
    assert reps["华龙区-2023"]["body"].startswith("主任、各位副主任、各位委员:")
    assert reps["鄂托克旗-2022"]["body"].startswith("2022年,我旗认真学习贯彻")
    assert "主办:" not in reps["鄂托克旗-2022"]["body"]
    assert reps["蓉江新区-2023"]["body"].startswith("2023年,在市委、市政府的正确领导下")


def test_synthetic_reports_are_dissimilar(web):
    bodies = [r["body"] for r in web.truth["reports"]]
    sets = [shingles(b) for b in bodies]
    worst = max(len(a & b) / len(a | b) for a, b in itertools.combinations(sets, 2))
    assert worst < 0.4
    synthetic = [b for r, b in zip(web.truth["reports"], bodies, strict=True)
                 if r["key"] not in {"华龙区-2023", "鄂托克旗-2022", "海珠区-2023", "平遥县-2020",
                                     "蓉江新区-2023"}]
    assert all(2500 <= len(b) <= 6000 for b in synthetic)


def test_seed_rows(web):
    rows = web.seed_rows()
    assert set(rows[0]) == {"name", "url", "level", "province", "city", "adcode"}
    assert any(r["url"] == "" for r in rows)
    assert {r["name"] for r in rows if r["level"] == "city"} == {"晋中市", "赣州市"}


def test_every_truth_copy_resolves(web):
    state: dict = {}
    for rep in web.truth["reports"]:
        for copy in rep["copies"]:
            res = fetch(web, copy["url"], state)
            if res.status == 503:
                res = fetch(web, copy["url"], state)
            assert res.status == 200, copy["url"]
    for look in web.truth["lookalikes"]:
        assert fetch(web, look["url"]).status == 200


def test_robots_exclusion_in_truth(web):
    robots = fetch(web, "https://www.deqing.gov.cn/robots.txt").body.decode()
    rep = reports(web)["德清县-2019"]
    assert not any(c["findable"] for c in rep["copies"])
    assert any(p in rep["copies"][0]["url"] or line.endswith("/")
               for line in robots.splitlines() for p in [line.partition(": ")[2]] if p)
    assert any(line.startswith("Disallow: /col/col") for line in robots.splitlines())
    assert "Sitemap:" in fetch(web, "https://www.pyhlq.gov.cn/robots.txt").body.decode()


def test_root_redirect_forms(web):
    assert b"window.location.href='./index.html'" in fetch(web, "https://www.pyhlq.gov.cn/").body
    assert b"location.replace(" in fetch(web, "https://www.pingyao.gov.cn/").body
    assert b'http-equiv="refresh"' in fetch(web, "https://www.changfeng.gov.cn/").body
    res = fetch(web, "http://www.zhaoxian.gov.cn/", follow=False)
    assert res.status == 301 and dict(res.headers)["Location"].startswith("https://")
    res = fetch(web, "http://www.zgq.gov.cn/", follow=False)
    assert res.status == 302 and "www.ganzhou.gov.cn/xqxx/zgq/" in dict(res.headers)["Location"]


def test_hanweb_dataproxy(web):
    page = fetch(web, "http://www.etkq.gov.cn/").body.decode()
    col = reports(web)["鄂托克旗-2019"]["copies"][0]["via"].split("art_")[1].split("_")[0]
    column = fetch(web, f"http://www.etkq.gov.cn/col/col{col}/index.html").body.decode()
    assert "<datastore>" in column and "/module/jpage/dataproxy.jsp" in column
    hidden = [r for r in web.truth["reports"] if r["site"] == "etkq"
              and urlsplit(r["copies"][-1].get("via", r["copies"][0]["url"])).path not in column]
    assert hidden, "some report must be reachable only through the dataproxy"
    form = (f"col=1&appid=1&webid=3&path=/&columnid={col}&sourceContentType=1&unitid=5678"
            "&webname=x&permissiontype=0").encode()
    url = "http://www.etkq.gov.cn/module/jpage/dataproxy.jsp?startrecord=1&endrecord=60&perpage=20"
    posted = fetch(web, url, method="POST", body=form).body.decode()
    got = fetch(web, url + "&" + form.decode()).body.decode()
    assert posted == got and "<totalrecord>" in posted
    for rep in hidden:
        assert urlsplit(rep["copies"][-1].get("via", rep["copies"][0]["url"])).path in posted
    assert page.count("<a ") > 20
    variant = fetch(web, "https://www.deqing.gov.cn/module/web/jpage/dataproxy.jsp?page=2"
                    "&appid=1&webid=3&path=/&columnid=0&unitid=5678").body.decode()
    assert "<totalrecord>0</totalrecord>" in variant


def test_downfile_redirects_to_pdf(web):
    url = reports(web)["鄂托克旗-2019"]["copies"][0]["url"]
    assert "downfile.jsp" in url
    first = fetch(web, url, follow=False)
    assert first.status == 302
    assert fetch(web, url).ctype == "application/pdf"


def test_attachments_have_text(web):
    from pdfminer.high_level import extract_text

    reps = reports(web)
    pdf = next(c for c in reps["赵县-2023"]["copies"] if c["kind"] == "pdf")
    text = extract_text(io.BytesIO(fetch(web, pdf["url"]).body))
    assert "赵县2023年度法治政府建设工作报告" in text.replace("\n", "")
    scan = next(c for c in reps["赵县-2021"]["copies"] if c["kind"] == "pdf")
    assert scan["text_layer"] is False
    assert extract_text(io.BytesIO(fetch(web, scan["url"]).body)).strip() == ""
    doc = next(c for c in reps["新县-2019"]["copies"] if c["kind"] == "doc")
    assert fetch(web, doc["url"]).body[:8] == bytes.fromhex("D0CF11E0A1B11AE1")


def test_gbk_site(web):
    res = fetch(web, reports(web)["新县-2021"]["preferred_url"])
    assert res.ctype == "text/html"
    text = res.body.decode("gbk")
    assert 'charset=gb2312"' in text and "2022年3月30日" in text
    listing = fetch(web, "http://hnxinxian.gov.cn/list.asp?classid=3&page=2&sid=zzz")
    assert listing.status == 200 and "下一页" in listing.body.decode("gbk")


def test_gate_mirror(web):
    url = next(c["url"] for c in reports(web)["海珠区-2023"]["copies"] if c["kind"] == "mirror")
    text = fetch(web, url).body.decode()
    assert "區(qū)" in text and "/gate/big5/www.haizhu.gov.cn/" in text


# ---------------------------------------------------------------------- round 2


def test_round2_changes(web, web2):
    changes = web2.truth["changes"]
    assert len(changes["new"]) == len(changes["edited"]) == len(changes["deleted"]) == 1
    old, new = reports(web), reports(web2)
    assert changes["new"][0] in new and changes["new"][0] not in old
    gone = old[changes["deleted"][0]]
    assert fetch(web2, gone["preferred_url"]).status == 404
    edited = changes["edited"][0]
    assert len(new[edited]["body"]) > len(old[edited]["body"])
    touched = {urlsplit(old[edited]["preferred_url"]).hostname,
               urlsplit(gone["preferred_url"]).hostname,
               urlsplit(new[changes["new"][0]]["preferred_url"]).hostname}
    differ = {key for key in web.resources.keys() | web2.resources.keys()
              if (r1 := web.resources.get(key)) is None or (r2 := web2.resources.get(key)) is None
              or r1.body != r2.body}
    assert differ and {host for host, _, _ in differ} <= touched


# ---------------------------------------------------------------------- the proxy server


def test_proxy_absolute_uri(server):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    conn.request("GET", "http://www.etkq.gov.cn/robots.txt")
    res = conn.getresponse()
    assert res.status == 200 and b"User-agent" in res.read()
    conn.request("GET", "http://www.etkq.gov.cn/no/such/page.html")
    res = conn.getresponse()
    res.read()
    assert res.status == 404
    conn.request("GET", "http://unknown.example.gov.cn/")
    res = conn.getresponse()
    res.read()
    assert res.status == 502
    conn.close()
    assert any(r["url"] == "http://www.etkq.gov.cn/robots.txt" for r in server.request_log)


def test_proxy_connect_tls(server, opener):
    body = opener.open("https://www.pyhlq.gov.cn/index.html", timeout=5).read().decode()
    assert "华龙区人民政府" in body
    assert any(r["method"] == "CONNECT" for r in server.request_log)
    assert any(r["url"] == "https://www.pyhlq.gov.cn/index.html" for r in server.request_log)
    res = opener.open("http://www.haizhu.gov.cn/", timeout=5)
    assert res.geturl() == "https://www.haizhu.gov.cn/"


def test_dataproxy_post_through_proxy(server, opener, web):
    col = reports(web)["鄂托克旗-2019"]["copies"][0]["via"].split("art_")[1].split("_")[0]
    form = (f"col=1&appid=1&webid=3&path=/&columnid={col}&sourceContentType=1&unitid=5678"
            "&webname=x&permissiontype=0").encode()
    url = "http://www.etkq.gov.cn/module/jpage/dataproxy.jsp?startrecord=16&endrecord=60&perpage=20"
    text = opener.open(urllib.request.Request(url, data=form), timeout=5).read().decode()
    assert "<recordset>" in text and text.count("<record>") >= 1


def test_503_once(server, opener, web):
    url = web.truth["flaky"][0]
    with pytest.raises(urllib.error.HTTPError) as err:
        opener.open(url, timeout=5)
    assert err.value.code == 503
    assert opener.open(url, timeout=5).status == 200


def test_conditional_requests(server, opener):
    url = "https://www.pyhlq.gov.cn/zcwj/fzzfjsqkbg/index.html"
    res = opener.open(url, timeout=5)
    res.read()
    etag, modified = res.headers["ETag"], res.headers["Last-Modified"]
    assert etag and modified
    for header in ({"If-None-Match": etag}, {"If-Modified-Since": modified}):
        with pytest.raises(urllib.error.HTTPError) as err:
            opener.open(urllib.request.Request(url, headers=header), timeout=5)
        assert err.value.code == 304


def test_hanging_page_does_not_block_shutdown(web):
    srv = SimServer(web)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler(
        {"http": srv.proxy_url, "https": srv.proxy_url}),
        urllib.request.HTTPSHandler(context=ssl._create_unverified_context()))
    outcome = []

    def get():
        try:
            opener.open(web.truth["hangs"][0], timeout=30).read()
            outcome.append("answered")
        except Exception as exc:  # the connection is closed at shutdown
            outcome.append(type(exc).__name__)

    thread = threading.Thread(target=get, daemon=True)
    thread.start()
    deadline = time.time() + 5
    while not any(r["status"] == 0 for r in srv.request_log) and time.time() < deadline:
        time.sleep(0.02)
    assert thread.is_alive()
    start = time.time()
    srv.shutdown()
    assert time.time() - start < 2
    thread.join(2)
    assert outcome and outcome[0] != "answered"


def test_pages_carry_the_truth_text(web):
    from lxml import html as lhtml

    state: dict = {"flaky_seen": {(urlsplit(u).hostname, urlsplit(u).path, "")
                                  for u in web.truth["flaky"]}}
    for rep in web.truth["reports"]:
        for copy in rep["copies"]:
            if copy["kind"] not in ("html", "print", "republication"):
                continue
            res = fetch(web, copy["url"], state)
            encoding = "utf-8" if "utf-8" in res.ctype else "gb18030"
            text = lhtml.fromstring(res.body.decode(encoding)).text_content()
            for para in rep["body"].split("\n"):
                assert para in text, (copy["url"], para[:30])


def test_navigation_quirks(web):
    deqing = fetch(web, "https://www.deqing.gov.cn/").body.decode()
    assert 'alt="法治政府建设"' in deqing
    changfeng = fetch(web, "https://www.changfeng.gov.cn/index.htm").body.decode()
    assert "https://xxgk.changfeng.gov.cn/" in changfeng
    xxgk = fetch(web, "https://xxgk.changfeng.gov.cn/zfxxgk/fdzdgknr/index.html").body.decode()
    assert "/zfxxgk/fdzdgknr/fzzfjsndbg/index.html" in xxgk
    trs = fetch(web, "https://www.pyhlq.gov.cn/xwdt/index.html").body.decode()
    assert 'createPageHTML(' in trs and fetch(web, "https://www.pyhlq.gov.cn/xwdt/index_1.html")
    calendar = fetch(web, "https://www.pyhlq.gov.cn/calendar/?y=2030&m=12").body.decode()
    assert "/calendar/?y=2031&m=1" in calendar
    assert fetch(web, "https://pyhlq.gov.cn/index.html").status == 200
    assert fetch(web, "https://zhengding.gov.cn/", follow=False).status == 301
