"""Is this document an annual rule-of-law report? A scored, explained decision.

The title decides most cases: it must name the subject (法治政府建设 and its variants), read
as a report on a year's work (报告, 情况, 总结), and carry none of the markers of the
look-alikes that share its words: 政府信息公开工作年度报告, 政府工作报告, 实施方案, 工作要点,
notices that forward a report, interpretations, meeting news, 述法 reports, templates. The
body then has to be long enough and to contain the contents the rule requires (measures,
shortcomings, the first-responsible-person duty, next year's plan).
"""

from __future__ import annotations

from dataclasses import dataclass

from vocabulary.lexicon import (
    REPORT_BODY_PHRASES,
    REPORT_FORMS,
    REPORT_SUBJECTS,
)
from vocabulary.normalize import cjk_count, to_simplified
from vocabulary.patterns import YEAR
from vocabulary.titles import PLACEHOLDER, is_template, title_lookalike

MIN_BODY_CJK = 600
MIN_BODY_PHRASES = 3
SCORE_THRESHOLD = 0.6


@dataclass(frozen=True)
class Classification:
    """The decision, its score in [0, 1], and the reason in words."""

    is_report: bool
    score: float
    reason: str


def classify_document(title: str | None, body: str, site_names: tuple[str, ...] = ()) -> Classification:
    """Decide whether a document is an annual rule-of-law report.

    Args:
        title: the document's title; the body's first line stands in when it is missing.
        body: the extracted text, in any script.
        site_names: the names of the government whose site shows the document; a title that
            names a level but no place is a template unless the body names one of them.

    Returns:
        The decision with a score and a one-line reason.
    """
    body = to_simplified(body or "")
    title = to_simplified(title or body.split("\n", 1)[0][:80]).strip()
    subject = next((s for s in REPORT_SUBJECTS if s in title), None)
    if subject is None:
        return Classification(False, 0.0, "title does not name 法治政府建设")
    lookalike = title_lookalike(title)
    if lookalike:
        return Classification(False, 0.1, f"look-alike: {lookalike}")
    if PLACEHOLDER.search(title):
        return Classification(False, 0.1, "template text with placeholder names")
    if is_template(title, body, site_names):
        return Classification(False, 0.1, "template: no place named, or places left to fill in")
    form = next((f for f in REPORT_FORMS if f in title), None)
    if form is None:
        return Classification(False, 0.2, "title does not read as a report (报告, 情况, 总结)")
    body_cjk = cjk_count(body)
    if body_cjk < MIN_BODY_CJK:
        return Classification(False, 0.2, f"body too short for a report ({body_cjk} characters)")
    phrases = [p for p in REPORT_BODY_PHRASES if p in body]
    score = 0.55
    score += 0.1 if YEAR.search(title) else 0.0
    score += min(len(phrases), 7) * 0.05
    score = round(min(score, 1.0), 2)
    reason = (
        f"title names {subject} as {form}; "
        f"{len(phrases)} report phrases in {body_cjk} characters of body"
    )
    if len(phrases) < MIN_BODY_PHRASES:
        return Classification(False, score, f"{reason}: too few report phrases")
    if score < SCORE_THRESHOLD:
        return Classification(False, score, f"{reason}: score below {SCORE_THRESHOLD}")
    return Classification(True, score, reason)
