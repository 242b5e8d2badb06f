"""The archive's decision on a copy of a report, on hand-built facts and without SQLite: new,
exact and near copies, copies of another year or region kept apart, the better copy taking
over (see `archive.dedup.prefer_copy`), and revisions at a report's own URL."""

import pytest

from archive.dedup import DuplicateIndex
from archive.fingerprint import content_hash, minhash, shingles
from archive.reports import (
    KnownReport,
    MatchKind,
    ReportAction,
    ReportFacts,
    UrlSighting,
    decide_report,
)
from tests.factories import body_of, record

BODY = body_of("001_d57c869607694eae.txt")
OTHER_BODY = body_of("000_0afa2c059454ba15.txt")
OWN_URL = "http://www.etkq.gov.cn/art/2022/12/5/art_1_2.html"
COPY_URL = "http://www.ordos.gov.cn/zwgk/fzzf/t20221206_1.html"


def known(report_id: int, body: str = BODY, url: str = OWN_URL, **overrides) -> KnownReport:
    """An archived report shown from a simplified HTML page on the county's own site."""
    fields = dict(report_id=report_id, url=url, content_hash=content_hash(body), body=body,
                  report_year=2022, region="鄂托克旗", script="simplified", kind="html",
                  own_site=True)
    fields.update(overrides)
    return KnownReport(**fields)


def facts_for(copy, **facts) -> ReportFacts:
    return ReportFacts(content_hash(copy.body), **facts)


def test_a_copy_nothing_matches_is_new():
    copy = record(OWN_URL, BODY)
    decision = decide_report(copy, facts_for(copy))
    assert decision.action == ReportAction.NEW and decision.report_id is None
    assert decision.match == MatchKind.NEW and decision.similarity == 0.0
    assert decision.reason


def test_an_exact_copy_is_a_sighting():
    copy = record(COPY_URL, BODY, own_site=False)
    decision = decide_report(copy, facts_for(copy, exact=known(7)))
    assert (decision.action, decision.report_id, decision.match, decision.similarity) == (
        ReportAction.SIGHTING, 7, MatchKind.EXACT, 1.0)
    assert "exact copy of report 7" in decision.reason


def test_a_near_copy_of_the_same_year_and_region_is_a_sighting_of_the_closest_report():
    copy = record(COPY_URL, BODY + "\n补充。")
    facts = facts_for(copy, candidates=(known(3, OTHER_BODY), known(7)))
    decision = decide_report(copy, facts)
    assert (decision.action, decision.report_id, decision.match) == (
        ReportAction.SIGHTING, 7, MatchKind.NEAR)
    assert 0.99 < decision.similarity < 1.0
    assert "near copy of report 7" in decision.reason


@pytest.mark.parametrize("other", [{"report_year": 2021}, {"region": "鄂托克前旗"}])
def test_a_near_copy_of_another_year_or_region_is_not_merged(other):
    copy = record(COPY_URL, BODY + "\n补充。")
    decision = decide_report(copy, facts_for(copy, candidates=(known(7, **other),)))
    assert decision.action == ReportAction.NEW and decision.report_id is None


def test_the_index_proposes_no_candidate_of_another_year_or_region():
    # The gather step reads only these candidates; the decision checks them again.
    index = DuplicateIndex()
    signature = minhash(shingles(BODY))
    index.set_signature(1, signature, 2022, "鄂托克旗")
    index.set_signature(2, signature, 2021, "鄂托克旗")
    index.set_signature(3, signature, 2022, "鄂托克前旗")
    index.set_signature(4, signature, None, None)
    assert index.candidates(minhash(shingles(BODY + "\n补充。")), 2022, "鄂托克旗") == [1, 4]


@pytest.mark.parametrize(("shown", "rule"), [
    ({"script": "traditional"}, "script"),
    ({"kind": "pdf"}, "format"),
    ({"own_site": False, "url": COPY_URL}, "site"),
    ({"body": BODY[: len(BODY) * 7 // 10]}, "completeness"),
])
def test_a_better_copy_replaces_the_shown_one(shown, rule):
    copy = record("http://www.etkq.gov.cn/art/2022/12/6/art_1_3.html", BODY)
    report = known(7, **shown)
    # A truncated shown text is not this copy's text: it matches as a near copy.
    facts = (facts_for(copy, candidates=(report,)) if "body" in shown
             else facts_for(copy, exact=report))
    decision = decide_report(copy, facts)
    assert decision.action == ReportAction.REPLACE and decision.report_id == 7
    assert f"better than the shown copy by {rule}" in decision.reason


@pytest.mark.parametrize(("copy_fields", "body"), [
    ({"script": "traditional"}, BODY),
    ({"kind": "pdf"}, BODY),
    ({"own_site": False}, BODY),
    ({}, BODY[: len(BODY) * 7 // 10]),
])
def test_a_worse_copy_leaves_the_shown_one(copy_fields, body):
    copy = record(COPY_URL, body, **copy_fields)
    decision = decide_report(copy, facts_for(copy, candidates=(known(7),)))
    assert decision.action == ReportAction.SIGHTING and decision.report_id == 7
    assert "not better than the shown copy" in decision.reason


def test_a_changed_text_at_the_reports_own_url_is_a_revision():
    edited = BODY + "\n五、其他事项\n我旗将继续深化法治政府建设,持续提升依法行政水平。"
    copy = record(OWN_URL, edited)
    decision = decide_report(copy, facts_for(copy, candidates=(known(7),)))
    assert (decision.action, decision.report_id, decision.match) == (
        ReportAction.REVISION, 7, MatchKind.NEAR)


def test_an_earlier_text_back_at_the_reports_own_url_is_a_revision():
    copy = record(OWN_URL, BODY)
    # The hash is of a text report 7 was seen with before; it shows another text now.
    decision = decide_report(copy, facts_for(copy, exact=known(7, body=OTHER_BODY)))
    assert (decision.action, decision.report_id, decision.match) == (
        ReportAction.REVISION, 7, MatchKind.EXACT)


def test_a_text_rewritten_at_the_reports_own_url_is_a_revision_by_url():
    copy = record(OWN_URL, OTHER_BODY)
    facts = facts_for(copy, at_url=UrlSighting(7, 2022, OWN_URL))
    decision = decide_report(copy, facts)
    assert (decision.action, decision.report_id, decision.match, decision.similarity) == (
        ReportAction.REVISION, 7, MatchKind.URL, 0.0)


@pytest.mark.parametrize("at_url", [
    None,  # the URL was never seen
    UrlSighting(7, 2022, OWN_URL),  # a republication of report 7, which is shown from its own URL
    UrlSighting(7, 2021, COPY_URL),  # report 7 is of another year
])
def test_a_changed_text_at_another_url_with_no_near_match_is_new(at_url):
    copy = record(COPY_URL, OTHER_BODY)
    facts = facts_for(copy, candidates=(known(7),), at_url=at_url)
    decision = decide_report(copy, facts)
    assert decision.action == ReportAction.NEW and decision.report_id is None
    assert decision.match == MatchKind.NEW
