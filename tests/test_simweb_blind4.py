"""Checks of the simulated web's ``blind4`` profile itself (never of the crawler).

The blind4 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that each list behind a script, an API or a POST really hides its
report from plain links, that the not-findable reports are the scan and the ``.doc``, and that
every findable report is reachable from the seed rows by following the sites' own links, scripts
and forms (the walker in ``simweb.blind4.reach`` understands each mechanism the sites use).
"""

from __future__ import annotations

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
    web_size,
)
from simweb.blind4.reach import Walker
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.wushi.gov.cn"}
REPORT_KINDS = (
    "anhui_public_column",
    "later_list_page",
    "cq_fzzfjsndbg",
    "bare_host_https",
    "ankang_content",
    "truncated_title",
    "docx_only",
    "iframe_list",
    "fujian_htm",
    "hainan_platform",
    "scan_needs_ocr",
    "page_query_lists",
    "onclick_helper_script",
    "pdf_only",
    "script_file_post_api",
    "post_form_pager",
    "gbk_php",
    "doc_needs_reader",
    "frameset_home",
    "flaky_503",
    "html_and_pdf",
    "fetch_json_api",
    "development_zone",
    "unseeded_county_via_city_list",
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
    "demo_news",
    "assessment",
)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind4")


@pytest.fixture(scope="module")
def reached(web):
    """Every URL the walker reaches from the seed rows."""
    return Walker(web).run()


def fetch(web, url: str, state: dict, method: str = "GET", body: bytes = b""):
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, {}, body), state)


def test_registered():
    assert "blind4" in PROFILES


def test_size_and_seed_rows(web):
    size = web_size(web)
    assert size["rows_name_url_only"] and 13 <= size["rows"] <= 15
    assert 20 <= size["findable"] <= 26 and 13 <= size["sites"] <= 15 and size["most_per_site"] <= 2
    assert set(size["years"]) <= set(range(2019, 2025))
    assert size["lookalikes"] >= 30 and size["higher_level"] >= 3 and size["department"] >= 2
    assert size["resources"] > 3000


def test_hosts_are_new(web):
    """blind4's hosts are in no other blind profile nor the development webs."""
    others = set().union(
        *(build_web(0, profile=p).hosts for p in ("blind", "blind2", "blind3", "kinds", "discovery"))
    )
    own = {urlsplit(c["url"]).hostname for r in web.truth["reports"] for c in r["copies"]}
    assert not (own | {urlsplit(r["url"]).hostname for r in web.seed_rows()}) & others


def test_deterministic(web):
    assert digest_web(build_web(0, profile="blind4")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind4")) != digest_web(web)


def test_truth_consistent(web):
    assert web.truth["profile"] == "blind4"
    assert truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "print_rotation"}
    assert missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []


def test_report_texts_distinct(web):
    assert overlapping_reports(web) == []


def test_attachment_copies(web):
    """DOCX, DOC and text-layer PDF copies are what they say; the scan carries no text layer."""
    for r in web.truth["reports"]:
        for c in r["copies"]:
            if c["kind"] not in ("pdf", "docx", "doc"):
                continue
            p = urlsplit(c["url"])
            res = web.resources[(p.hostname, p.path, p.query)]
            if c["kind"] == "docx":
                assert res.body.startswith(b"PK")
            elif c["kind"] == "doc":
                assert res.body.startswith(bytes.fromhex("d0cf11e0")) and res.ctype == "application/msword"
            else:
                assert res.ctype == "application/pdf" and res.body.startswith(b"%PDF")
                assert (b"/Font" in res.body) == c["text_layer"], c["url"]


def test_hidden_reports_have_no_plain_link(web):
    """A report behind a script helper, an API or a POST is linked by no ``href`` on any static
    page, and no static page of another host than the prefecture portal links the unseeded
    county."""
    hidden = [
        r
        for r in web.truth["reports"]
        if {"onclick_helper_script", "script_file_post_api", "fetch_json_api"} & set(r["blind_kinds"])
        or ("post_form_pager" in r["blind_kinds"] and "later_list_page" in r["blind_kinds"])
    ]
    assert len(hidden) >= 6
    hrefs, outside = set(), set()
    for (host, _path, _q), res in web.resources.items():
        if res.ctype.startswith("text/html"):
            text = res.body.decode("gbk" if "GBK" in res.ctype else "utf-8", "replace")
            links = HREF.findall(text)
            hrefs |= {h.replace("&amp;", "&") for h in links}
            if host not in UNSEEDED and host != "www.aks.gov.cn":
                outside |= {urlsplit(h).hostname for h in links}
    for r in hidden:
        url = r["copies"][0].get("via", r["preferred_url"])  # an attachment: its article page
        assert not {url, urlsplit(url).path, url.split("/", 3)[-1]} & hrefs, r["key"]
    assert not UNSEEDED & outside


def test_post_pager_only_answers_a_post(web):
    state: dict = {}
    url = "http://www.gongxian.gov.cn/xxgk/list.jsp?channelId=36&pageNo=3"
    later = next(
        r
        for r in web.truth["reports"]
        if "post_form_pager" in r["blind_kinds"] and "later_list_page" in r["blind_kinds"]
    )
    path = urlsplit(later["preferred_url"])
    target = f"{path.path}?{path.query}".replace("&", "&amp;")
    assert target not in fetch(web, url, state).body.decode()
    posted = fetch(web, url.split("?")[0], state, "POST", b"channelId=36&pageNo=3").body.decode()
    assert target in posted


def test_flaky_answers_503_once(web):
    state: dict = {}
    assert web.truth["flaky"]
    for url in web.truth["flaky"]:
        assert fetch(web, url, state).status == 503
        assert fetch(web, url, state).status == 200


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
    starts = {"date_archive": "?date=2024-03-01", "print_rotation": "?id=1&t=0"}
    for trap in web.truth["trap_kinds"]:
        chain = walker.trap_chain(trap["prefix"] + starts[trap["kind"]], trap["prefix"])
        assert len(chain) == 6, trap
        assert all(re.search(trap["pattern"], u.replace("&amp;", "&")) for u in chain), trap


def test_truth_urls_answer_through_proxy(web):
    flaky = set(web.truth["flaky"])
    assert unanswered_through_proxy(web, [u for u in truth_urls(web) if u not in flaky]) == []
