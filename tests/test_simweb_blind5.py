"""Checks of the simulated web's ``blind5`` profile itself (never of the crawler).

The blind5 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that each list filled by a script really hides its reports from
plain links, that the not-findable reports are the scan and the ``.doc``, that its traps never
end, and that every findable report is reachable from the seed rows by following the sites' own
links, scripts and data files (the walker in ``simweb.blind5.reach`` understands each mechanism
the sites use).
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind.reach import (
    missing_kinds,
    overlapping_reports,
    truth_problems,
    truth_urls,
    unanswered_through_proxy,
)
from simweb.blind5.reach import Walker, brief_problems
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.tongdao.gov.cn"}
PORTAL = "www.huaihua.gov.cn"
REPORT_KINDS = (
    "beijing_fzzfjsbg",
    "dated_hex_article",
    "later_list_page",
    "ningxia_trs",
    "city_platform_prefix",
    "gd_post_id",
    "plain_column_name",
    "liaoning_trs",
    "scan_needs_ocr",
    "hubei_fdzdgknr",
    "data_attr_json_api",
    "static_json_pages",
    "development_zone",
    "gansu_trs",
    "pdfjs_viewer",
    "tibet_trs",
    "doc_needs_reader",
    "gbk_aspx",
    "truncated_title",
    "unseeded_county_via_city_map",
    "department_report",
    "higher_repost",
)
LOOKALIKE_KINDS = (
    "xxgk_annual",
    "gov_work_report",
    "plan",
    "shufa",
    "duty_report",
    "notice",
    "interpretation",
    "text_interp",
    "meeting",
    "demo_news",
    "assessment",
)
SCRIPTED = {"data_attr_json_api", "static_json_pages", "pdfjs_viewer"}


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind5")


@pytest.fixture(scope="module")
def reached(web):
    """Every URL the walker reaches from the seed rows."""
    return Walker(web).run()


def fetch(web, url: str, state: dict):
    p = urlsplit(url)
    return web.respond(Request("GET", p.scheme, p.hostname, p.path or "/", p.query, {}, b""), state)


def test_registered():
    assert "blind5" in PROFILES


def test_size_and_seed_rows(web):
    assert brief_problems(web) == []


def test_hosts_are_new(web):
    """blind5's hosts are in no earlier blind profile nor the development webs."""


def test_deterministic(web):
    assert digest_web(build_web(0, profile="blind5")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind5")) != digest_web(web)


def test_truth_consistent(web):
    assert web.truth["profile"] == "blind5"
    assert truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"endless_pager", "session_id"}
    assert missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []


def test_report_texts_distinct(web):
    assert overlapping_reports(web) == []


def test_unfindable_are_the_scan_and_the_doc(web):
    lost = [
        r
        for r in web.truth["reports"]
        if not r.get("higher_level")
        and not r.get("department")
        and not any(c["findable"] for c in r["copies"])
    ]
    assert sorted(c["kind"] for r in lost for c in r["copies"]) == ["doc", "pdf"]
    for r in lost:
        copy = r["copies"][0]
        p = urlsplit(copy["url"])
        res = web.resources[(p.hostname, p.path, p.query)]
        if copy["kind"] == "doc":
            assert res.body.startswith(bytes.fromhex("d0cf11e0")) and res.ctype == "application/msword"
        else:
            assert res.body.startswith(b"%PDF") and b"/Font" not in res.body


def test_viewer_pdf_has_a_text_layer(web):
    (r,) = [r for r in web.truth["reports"] if "pdfjs_viewer" in r["blind_kinds"]]
    p = urlsplit(r["preferred_url"])
    res = web.resources[(p.hostname, p.path, "")]
    assert res.ctype == "application/pdf" and b"/Font" in res.body
    via = urlsplit(r["copies"][0]["via"])
    page = web.resources[(via.hostname, via.path, "")].body.decode()
    assert f"viewer.html?file={p.path}" in page and f'href="{p.path}"' not in page


def test_hidden_reports_have_no_plain_link(web):
    """A report behind a script is linked by no ``href`` on any static page, and no static page
    of another host than the city portal links the unseeded county."""
    hidden = [r for r in web.truth["reports"] if SCRIPTED & set(r["blind_kinds"])]
    assert len(hidden) >= 5
    hrefs, outside = set(), set()
    for (host, _path, _q), res in web.resources.items():
        if res.ctype.startswith("text/html"):
            text = res.body.decode("gbk" if "GBK" in res.ctype else "utf-8", "replace")
            links = HREF.findall(text)
            hrefs |= {h.replace("&amp;", "&") for h in links}
            if host not in UNSEEDED and host != PORTAL:
                outside |= {urlsplit(h).hostname for h in links}
    for r in hidden:
        url = r["preferred_url"]
        assert not {url, urlsplit(url).path} & hrefs, r["key"]
    assert not UNSEEDED & outside


def test_json_lists_name_the_reports(web):
    """The list API pages and the static JSON files hold the reports the pages do not link."""
    state: dict = {}
    api = [r for r in web.truth["reports"] if "data_attr_json_api" in r["blind_kinds"]]
    rows = []
    for n in (1, 2, 3):
        res = fetch(
            web, f"http://www.dlt.gov.cn/site/api/list?columnId=3011&pageIndex={n}&pageSize=15", state
        )
        rows += [row["url"] for row in json.loads(res.body)["data"]["list"]]
    assert {urlsplit(r["preferred_url"]).path for r in api} <= set(rows)
    files = [r for r in web.truth["reports"] if "static_json_pages" in r["blind_kinds"]]
    links = []
    for n in (1, 2, 3):
        res = fetch(web, f"http://www.wehdz.gov.cn/gk/fzzfjs/data/page_{n}.json", state)
        links += [row["link"] for row in json.loads(res.body)["list"]]
    assert {urlsplit(r["preferred_url"]).path for r in files} <= set(links)


def test_every_report_reachable(web, reached):
    for r in web.truth["reports"]:
        assert any(c["url"] in reached for c in r["copies"]), r["key"]
    for lk in web.truth["lookalikes"]:
        assert lk["url"] in reached, lk
    assert not UNSEEDED & {urlsplit(r["url"]).hostname for r in web.seed_rows()}
    assert {urlsplit(u).hostname for u in reached} >= UNSEEDED
    assert not any(u.startswith(tuple(web.truth["traps"])) for u in reached)


def test_traps_are_endless(web):
    walker = Walker(web)
    starts = {"endless_pager": "?pageNo=1", "session_id": ";jsessionid=0?type=list"}
    for trap in web.truth["trap_kinds"]:
        chain = walker.trap_chain(trap["prefix"] + starts[trap["kind"]], trap["prefix"])
        assert len(chain) == 6 and len(set(chain)) == 6, trap
        assert all(re.search(trap["pattern"], u.replace("&amp;", "&")) for u in chain[1:]), trap


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, truth_urls(web)) == []
