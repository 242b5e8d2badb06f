"""The ``docweb`` development web (simweb/docweb/): determinism, truth, reachability, the files.

Runs no crawler: reachability is checked by ``simweb.docweb.walker``. Each report is findable only
through its file (a scan, page images, ``.doc``, ``.wps``, ``.ofd``), except the control site's
text report, and each file is what it says it is.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import zipfile
from collections import Counter
from urllib.parse import unquote

import pytest

from simweb import build_web
from simweb.docweb import FORM_NAMES
from simweb.docweb.catalog import FILES_DIR, PLAN, load_manifest
from simweb.docweb.score import char_f1
from simweb.docweb.walker import Walker
from simweb.web import digest_web
from tests.simweb_fetch import assert_answer_through_proxy, fetch, get

OLE2 = bytes.fromhex("D0CF11E0A1B11AE1")
WORD_STREAM = "WordDocument".encode("utf-16-le")


@pytest.fixture(scope="module")
def web():
    return build_web(profile="docweb")


@pytest.fixture(scope="module")
def walked(web):
    walker = Walker(web)
    return walker, walker.walk()


def report(web, key: str) -> dict:
    return next(r for r in web.truth["reports"] if r["key"] == key)


def file_copies(r: dict) -> list[dict]:
    return [c for c in r["copies"] if c.get("role") != "article"]


def test_builds_deterministically(web):
    again = build_web(profile="docweb")
    assert digest_web(web) == digest_web(again)
    assert json.dumps(web.truth, sort_keys=True) == json.dumps(again.truth, sort_keys=True)
    other = build_web(1, profile="docweb")
    assert digest_web(other) != digest_web(web)
    def files(w):  # the texts of the committed files do not depend on the seed
        return [r["body"] for r in w.truth["reports"] if r["form"] != "html"]

    assert files(other) == files(web)


def test_truth_is_consistent(web):
    reports = web.truth["reports"]
    assert Counter(r["form"] for r in reports) == {
        "scan": 2, "images": 1, "pngs": 1, "doc": 2, "wps": 1, "ofd": 1, "html": 1}
    assert set(FORM_NAMES) == {r["form"] for r in reports}
    assert len({r["key"] for r in reports}) == len(reports) == len({r["site"] for r in reports})
    urls = [c["url"] for r in reports for c in r["copies"]]
    assert len(urls) == len(set(urls))
    manifest = load_manifest()
    for r in reports:
        assert r["findable"] and r["body"] and r["preferred_url"] == r["copies"][0]["url"]
        assert str(r["report_year"]) in r["title"] and r["region"] in r["title"]
        if r["form"] != "html":
            entry = manifest[f"{r['site']}-{r['report_year']}"]
            assert r["body"] == "\n".join(entry["paras"]) and r["title"] == entry["title"]
            assert all(c["text_layer"] is (r["form"] in ("doc", "wps", "ofd")) for c in file_copies(r))
    looks = {(d["kind"], d["form"]) for d in web.truth["lookalikes"]}
    assert {("xxgk_annual", "scan"), ("plan", "doc"), ("shufa", "html"), ("plan", "html")} <= looks
    seeded = [s for s in web.truth["sites"] if s["seeded"]]
    assert len(seeded) == len(web.seed_rows()) == 9
    assert all(set(row) == {"name", "url"} for row in web.seed_rows())


def test_hosts_are_not_used_by_other_profiles(web):
    ours = {s["host"] for s in web.truth["sites"]}
    for profile in ("base", "discovery", "holdout", "kinds", "kinds2"):
        assert not ours & build_web(profile=profile).hosts, profile


def test_every_report_and_its_file_is_reachable_from_the_seeds(web, walked):
    seen = walked[1]
    for r in web.truth["reports"]:
        for copy in r["copies"]:
            assert copy["url"] in seen, (r["key"], copy["url"])
    for d in web.truth["lookalikes"]:
        assert d["url"] in seen, d["url"]
    assert not web.truth["traps"]


def test_each_report_is_readable_only_from_its_file(web):
    """No HTML page of the web holds a paragraph of a file-only report (only the control's)."""
    pages = [res.body.decode("gbk" if "GBK" in res.ctype else "utf-8", "replace")
             for res in web.resources.values() if res.ctype.startswith("text/html")]
    text = "\n".join(pages)
    for r in web.truth["reports"]:
        para = max(r["body"].split("\n"), key=len)
        assert (para in text) is (r["form"] == "html"), r["key"]


def test_files_are_served_as_what_they_are(web, walked):
    walker, _ = walked
    magic = {"pdf": b"%PDF-", "image": (b"\xff\xd8\xff", b"\x89PNG"), "doc": OLE2, "wps": OLE2, "ofd": b"PK"}
    names = {p.key: p for p in PLAN}
    manifest = load_manifest()
    for r in (r for r in web.truth["reports"] if r["form"] != "html"):
        files = manifest[f"{r['site']}-{r['report_year']}"]["files"]
        for copy, name in zip(file_copies(r), files, strict=True):
            _, ctype, body = walker.files[copy["url"]]
            assert body.startswith(magic[copy["kind"]]), copy["url"]
            assert body == (FILES_DIR / name).read_bytes() and not ctype.startswith("text/")
        if r["form"] in ("doc", "wps"):
            assert WORD_STREAM in body
            assert (b"KSOProductBuildVer" in body) is (r["form"] == "wps")
    assert names["baoying-2023"].length == "long" and manifest["baoying-2023"]["pages"] == 20


def test_scans_have_no_text_layer_and_the_ofd_has_text_objects(web):
    from pdfminer.high_level import extract_text

    for key in ("laishui-2023", "baoying-2023", "kangbao-xxgk-2023"):
        data = (FILES_DIR / f"{key}.pdf").read_bytes()
        assert not extract_text(io.BytesIO(data)).strip(), key
        assert b"/DCTDecode" in data and b"/Font" not in data
    ofd = zipfile.ZipFile(FILES_DIR / "fengyang-2023.ofd")
    assert "OFD.xml" in ofd.namelist()
    content = "".join(ofd.read(n).decode() for n in ofd.namelist() if n.endswith("Content.xml"))
    codes = "".join(re.findall(r"<ofd:TextCode[^>]*>([^<]*)</ofd:TextCode>", content))
    true = report(web, "凤阳县-2023")
    assert "<ofd:TextObject" in content and char_f1(codes, true["title"] + true["body"]) > 0.95


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice's soffice is not installed")
def test_word_files_hold_the_truth_text(tmp_path):
    """LibreOffice reads the .doc files and the .wps (as Word 97) back to exactly their texts."""
    manifest = load_manifest()
    keys = [k for k, e in manifest.items() if e["form"] in ("doc", "wps")]
    for key in keys:
        shutil.copy(FILES_DIR / manifest[key]["files"][0], tmp_path)
    profile = f"-env:UserInstallation=file://{tmp_path}/profile"
    names = [str(tmp_path / manifest[k]["files"][0]) for k in keys]
    subprocess.run(["soffice", profile, "--headless", "--convert-to", "txt:Text (encoded):UTF8",
                    "--outdir", str(tmp_path / "out"), *names], check=True, capture_output=True, timeout=300)
    assert {e["form"] for k, e in manifest.items() if k in keys} == {"doc", "wps"}
    for key in keys:
        text = (tmp_path / "out" / f"{key}.txt").read_text(encoding="utf-8-sig")
        want = [manifest[key]["title"], *manifest[key]["paras"]]
        assert [line.strip() for line in text.splitlines() if line.strip()] == want, key


def test_download_link_without_extension_is_a_word_file(web):
    """南陵县: ``downfile.jsp?…&fileid=<hex>`` answers ``application/msword`` with the file name in
    ``Content-Disposition``; the link's text names the .doc."""
    r = report(web, "南陵县-2023")
    url = file_copies(r)[0]["url"]
    assert "downfile.jsp" in url and not re.search(r"\.\w{3,4}$", url)
    res = fetch(web, url)
    assert res.status == 200 and res.ctype == "application/msword" and res.body.startswith(OLE2)
    disposition = dict(res.headers)["Content-Disposition"]
    assert unquote(disposition.split("filename=")[1]) == r["title"] + ".doc"
    article = fetch(web, r["copies"][0]["url"]).body.decode()
    assert f">{r['title']}.doc</a>" in article


def test_truth_urls_answer_through_the_proxy(web):
    urls = [c["url"] for r in web.truth["reports"] for c in r["copies"]]
    urls += [row["url"] for row in web.seed_rows()]
    assert_answer_through_proxy(web, urls)


def test_old_site_is_gbk(web):
    from simweb.server import SimServer

    with SimServer(web) as server:
        status, headers, body = get(server.port, "http://www.gaoyang.gov.cn/list.asp?classid=9")
    assert status == 200 and "GBK" in headers["content-type"]
    assert "高阳县2022年法治政府建设情况报告" in body.decode("gbk")


def test_char_f1():
    assert char_f1("法治政府", "法治政府") == 1.0
    assert char_f1("", "法治") == 0.0
    assert 0 < char_f1("法治政府建设", "法治") < 1


def test_score_reads_an_archive(web, tmp_path):
    """``score`` on a hand-made archive: a report found through its file's sighting (wrong year),
    the control found at its page, a file listed as unreadable, a look-alike archived."""
    import sqlite3

    from simweb.docweb.score import score

    laishui, control = report(web, "涞水县-2023"), report(web, "康保县-2022")
    look = next(d for d in web.truth["lookalikes"] if d["form"] == "scan" and d["file"])
    db = tmp_path / "a.db"
    conn = sqlite3.connect(db)
    conn.executescript(
        "create table reports (id integer primary key, title, url, body, region, report_year);"
        "create table sightings (report_id, url); create table documents (url, status, reason);"
    )
    rows = [(1, laishui["title"], laishui["copies"][0]["url"], laishui["body"][:2000], "涞水县", 2022),
            (2, control["title"], control["copies"][0]["url"], control["body"], "康保县", 2022),
            (3, look["title"], look["url"], "", "康保县", 2023)]
    conn.executemany("insert into reports values (?, ?, ?, ?, ?, ?)", rows)
    conn.execute("insert into sightings values (1, ?)", (file_copies(laishui)[0]["url"],))
    nanling = file_copies(report(web, "南陵县-2023"))[0]["url"]
    conn.execute("insert into documents values (?, 'unsupported', 'doc files are not read')", (nanling,))
    conn.commit()
    conn.close()
    lines = score(web, db)
    assert lines[0] == "reports found 2/9; archived 3 (1 not a true report)"
    found = {line.split()[2]: line for line in lines[1:] if line.split()[1:2] == ["found"]}
    assert set(found) == {"涞水县-2023", "康保县-2022"}
    assert "body F1 1.000" in found["康保县-2022"] and "body F1 1.000" not in found["涞水县-2023"]
    assert "year 2022 (truth 2023)" in found["涞水县-2023"]
    assert any("南陵县-2023" in line and "unsupported/doc files are not read" in line for line in lines)
    assert "look-alikes archived: 1" in lines
