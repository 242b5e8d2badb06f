"""Checks of the simulated web's ``blind18`` profile itself (never of the crawler).

The blind18 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the web's own API mechanisms (the
MD5-signed list API, the AES-encrypted list API, the Next.js data routes, the FormData list) are
exactly those a
walker without them misses, that no HTML page links the PDFs the pdf.js viewer opens, that each
mechanism answers as its evidence says, that the not-findable reports are the scan and the
``.doc``, that its traps never end, and that every findable report is reachable from the seed
rows by following the sites' own links, scripts and APIs (the walker in ``simweb.blind18.reach``
understands each mechanism).
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote, urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import finite_traps, unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind17.reach import Walker as Blind17Walker
from simweb.blind18.reach import Walker, unanswered_through_proxy
from simweb.blind18.sites_b import aes_decrypt, xy_sign
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.bzs.gov.cn"}
PORTAL = "www.jz.gov.cn"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
# the mechanisms each site's reports exercise, and the look-alike kinds the web must hold
SITE_KINDS = {
    "潞州区": ("sx_trs", "later_list_page"),
    "上党区": ("gbk_table_list", "doc_needs_reader"),
    "屯留区": ("sx_trs", "scan_needs_ocr"),
    "古塔区": ("ln_trs", "higher_repost"),
    "凌海市": ("formdata_fetch_list", "api_later_page"),
    "襄垣县": ("signed_md5_api", "api_later_page"),
    "平顺县": ("aes_encrypted_list_api", "api_later_page"),
    "黑山县": ("pdfjs_viewer_file",),
    "义县": ("next_data_route", "api_later_page"),
    "北镇市": ("unseeded_county_via_prefecture_list",),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the reports only the blind18 mechanisms reach
HIDDEN = {
    "襄垣县-2024",
    "襄垣县-2022",
    "平顺县-2023",
    "平顺县-2021",
    "义县-2024",
    "凌海市-2024",
    "凌海市-2022",
}
# the reports no HTML page links with an href (an API, a data route, a viewer's query name them;
# an earlier walker that opens any ``file=`` it sees in a query already reaches the viewer's PDFs)
NO_HTML_LINK = HIDDEN | {"黑山县-2024", "黑山县-2022"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind18")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    """One answer of the web, no redirect followed."""
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    """The report's URL without scheme and host (path and query)."""
    p = urlsplit(report(web, key)["preferred_url"])
    return p.path + (f"?{p.query}" if p.query else "")


def test_profile_figures(web):
    """Registered; within the brief's bounds; hosts new; deterministic; truth consistent with
    the mechanisms and look-alike kinds listed above; texts distinct; the not-findable reports
    are the scan and the ``.doc``, served as such."""
    assert "blind18" in PROFILES and web.truth["profile"] == "blind18"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind18")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind18")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"山西省", "辽宁省"}


def test_mechanisms_hide_their_reports(web):
    """A walker that knows every earlier blind web's mechanisms but none of blind17's misses
    exactly the reports listed in ``HIDDEN``; no HTML page links with an href the reports in
    ``NO_HTML_LINK``, and no HTML page outside the 锦州 portal links the unseeded county."""
    reached = Blind17Walker(web).run()
    missed = {
        r["key"] for r in blind_reach.county_reports(web) if not {c["url"] for c in r["copies"]} & reached
    }
    assert missed == HIDDEN
    hrefs, outside = set(), set()
    for (host, _path, _q), res in web.resources.items():
        if res.ctype.startswith("text/html"):
            links = HREF.findall(res.body.decode("gbk" if "GBK" in res.ctype.upper() else "utf-8", "replace"))
            for h in links:
                p = urlsplit(h.replace("&amp;", "&"))
                hrefs |= {p.path, p.path + (f"?{p.query}" if p.query else "")}
            if host not in UNSEEDED and host != PORTAL:
                outside |= {urlsplit(h).hostname for h in links}
    for key in NO_HTML_LINK:
        assert path_of(web, key) not in hrefs, key
    assert not UNSEEDED & outside


def test_signed_api(web):
    """襄垣县: the API refuses an unsigned or badly signed call (code 401); signed with the
    page's secret, page 3 of 通知公告 names the 2024 report."""
    page = ask(web, "http://www.xiangyuan.gov.cn/zwgk/list.html?channelId=1021").body.decode()
    secret = re.search(r'var secret = "([^"]+)";', page).group(1)
    assert "hex_md5(ts + secret + params).toUpperCase()" in page
    api = "http://www.xiangyuan.gov.cn/api/open/article/list"
    params = "channelId=1021&pageNo=3&pageSize=15"
    bare = json.loads(ask(web, f"{api}?{params}").body)
    assert bare["code"] == 401 and bare["data"] is None
    bad = json.loads(ask(web, f"{api}?{params}&timestamp=1&sign=ABC").body)
    assert bad["code"] == 401
    good = json.loads(ask(web, f"{api}?{params}&timestamp=1&sign={xy_sign(secret, '1', params)}").body)
    assert path_of(web, "襄垣县-2024") in {r["linkUrl"] for r in good["data"]["records"]}


def test_aes_api(web):
    """平顺县: the API answers base64 ciphertext, not JSON; decrypted with the page's key and IV,
    ``pg=2`` (pages from 0) of 通知公告 names the 2023 report."""
    page = ask(web, "http://www.pingshun.gov.cn/tzgg/index.html").body.decode()
    key, iv = re.search(
        r'var key = CryptoJS.enc.Utf8.parse\("([^"]+)"\);\nvar iv = CryptoJS.enc.Utf8.parse\("([^"]+)"\);',
        page,
    ).groups()
    res = ask(web, "http://www.pingshun.gov.cn/ps/api/info/list?catId=tzgg&pg=2&pgsz=15")
    assert res.ctype.startswith("text/plain") and not res.body.startswith(b"{")
    data = json.loads(aes_decrypt(key, iv, res.body.decode()))["data"]
    assert path_of(web, "平顺县-2023") in {r["url"] for r in data["list"]}
    assert path_of(web, "平顺县-2023") not in page


def test_pdfjs_viewer(web):
    """黑山县: the list links the viewer with the PDF in ``file``; the viewer page names no file;
    the PDF carries the report's text."""
    listing = ask(web, "http://www.heishan.gov.cn/xxgk/tzgg/index.html").body.decode()
    r = report(web, "黑山县-2024")
    (copy,) = r["copies"]
    pdf = urlsplit(copy["url"]).path
    assert "viewer.html?file=" + quote(pdf, safe="") in listing
    viewer = ask(web, copy["via"]).body.decode()
    assert pdf not in viewer and ".pdf" not in viewer
    res = ask(web, copy["url"])
    assert res.status == 200 and res.ctype == "application/pdf" and res.body.startswith(b"%PDF")


def test_next_data(web):
    """义县: the column page carries ``__NEXT_DATA__`` and button pagers; only the data route
    (with the right buildId) or the unwritten ``?page=3`` names the 2024 report."""
    page = ask(web, "http://www.lnyx.gov.cn/xxgk/tzgg").body.decode()
    data = json.loads(
        re.search(r'<script id="__NEXT_DATA__" type="application/json">(.*?)</script>', page).group(1)
    )
    key = path_of(web, "义县-2024")
    assert key not in page and 'class="ant-pagination-item"' in page
    route = f"http://www.lnyx.gov.cn/_next/data/{data['buildId']}/xxgk/tzgg.json?col=tzgg&page=3"
    assert key in {r["link"] for r in json.loads(ask(web, route).body)["pageProps"]["list"]}
    assert ask(web, route.replace(data["buildId"], "x" * 21)).status == 404
    assert key in ask(web, "http://www.lnyx.gov.cn/xxgk/tzgg?page=3").body.decode()


def test_formdata_list(web):
    """凌海市: the column page POSTs a ``FormData``; the API answers a multipart (or urlencoded)
    POST, 405 to a GET; page 3 of 通知公告 names the 2024 report."""
    page = ask(web, "http://www.lnlh.gov.cn/lh/column/TZGG.html").body.decode()
    assert 'fetch("/lh/cms/article/pageList", { method: "POST", body: fd })' in page
    api = "http://www.lnlh.gov.cn/lh/cms/article/pageList"
    assert ask(web, api + "?columnCode=TZGG&current=3&size=12").status == 405
    b = "----x"
    fields = {"columnCode": "TZGG", "current": "3", "size": "12"}
    body = "".join(
        f'--{b}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields.items()
    )
    res = ask(
        web,
        api,
        "POST",
        (body + f"--{b}--\r\n").encode(),
        {"Content-Type": f"multipart/form-data; boundary={b}"},
    )
    data = json.loads(res.body)["data"]
    assert path_of(web, "凌海市-2024") in {r["url"] for r in data["records"]} and data["current"] == 3
    assert path_of(web, "凌海市-2024") not in page


def test_every_report_reachable(web):
    """Every truth URL (reports, look-alikes) is reached from the seed rows, the unseeded county
    only through the portal, and no trap is entered."""
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {"date_archive": "rqll.jsp?date=2024-03-01", "echo_search": "search?searchword=%E6%B3%95"}
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
