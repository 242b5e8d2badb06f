"""Title rules shared by the crawl and the classifier: does a title name a rule-of-law report?

A title names the subject (法治政府建设 and its variants) and carries none of the markers of
the look-alikes that share its words (政府信息公开工作年度报告, 政府工作报告, 实施方案,
notices, interpretations, meeting news, 述法 reports). The crawl uses `title_is_candidate` on
link texts and page titles to decide what to fetch; the classifier uses the same rules before
it reads the body, so that the two never disagree on a title.
"""

from __future__ import annotations

import re

from vocabulary.lexicon import LOOKALIKE_TITLE_MARKERS, PLAN_MARKERS, REPORT_FORMS, REPORT_SUBJECTS
from vocabulary.normalize import to_simplified

# Template texts: placeholder names instead of a place.
# A level named where the issuer goes, with no place before it: "2023年区五年法治政府建设工作
#情况报告", "关于2022年度县法治政府建设工作情况的报告" (a 范文, a model text to fill in).
BARE_LEVEL = re.compile(r"(?:^|年度|年|关于)[县区市旗](?=法治|人民政府|政府|五年|关于|\d|$)")
# A level word: what ends a place's name in a title (沁源县, 荆州市, 湖北省).
PLACE_LEVEL = re.compile(r"[县区市旗州省盟]")
# A place left for the reader to fill in, in a body: "××县", "XX区在××市委…".
PLACEHOLDER_PLACE = re.compile(r"(?:XX|ＸＸ|××|某)[县区市旗州]")
PLACEHOLDER = re.compile(r"XX|ＸＸ|××|\*[县区市旗]|＊|某[县区市旗]")


def title_lookalike(title: str) -> str | None:
    """The kind of look-alike a title names, or None when it could be a report."""
    has_form = any(form in title for form in REPORT_FORMS)
    for marker, kind in LOOKALIKE_TITLE_MARKERS.items():
        if marker in title and not (marker in PLAN_MARKERS and has_form):
            return kind
    return None


def title_is_candidate(title: str | None) -> bool:
    """Cheap test on a link text or page title: worth fetching and classifying?"""
    if not title:
        return False
    title = to_simplified(title)
    return any(s in title for s in REPORT_SUBJECTS) and title_lookalike(title) is None


def is_template(title: str, body: str, site_names: tuple[str, ...] = ()) -> bool:
    """A model text to fill in: placeholders for the place in its opening, or a title naming a
    level without a place (县, 区) on a page whose body never names the site's government."""
    if PLACEHOLDER_PLACE.search(body[:600]):
        return True
    bare = BARE_LEVEL.search(title)
    if bare is None or PLACE_LEVEL.search(title[:bare.start()]):
        return False  # the title names its place
    return not any(name and name in body for name in site_names)
