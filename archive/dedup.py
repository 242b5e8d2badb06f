"""Which archived report, if any, is a new document a copy of?

Two stages. An exact stage: the content hash of the fingerprint text, kept for every text a
report has been seen with. A near-duplicate stage: MinHash LSH over 5-character shingles
finds candidates, and `same_report` confirms each with the exact Jaccard similarity and
containment of the shingle sets. Copies never join a report of another year or another
region, so two reports of one county, for different years, stay apart however alike their
boilerplate. `prefer_copy` decides which copy a report shows.

Thresholds, from `python -m benchmarks.dedup_thresholds` (108 report texts, 5 of them real):
copies with other chrome, read from a PDF, converted from traditional script, with a sentence
added or a paragraph dropped have a Jaccard similarity of 0.81 or more; a copy cut to its first
70% has 0.70-0.76 but a containment of 1.0; 2% of characters edited gives 0.79-0.82. Different
reports of one county, or of one year, stay at or below 0.24 (containment 0.39); the measured
maximum between real unrelated reports is 0.46. Matching at Jaccard 0.6, or containment 0.85,
sits in the gap with room on both sides, and LSH at 0.5 proposes every copy measured.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from datasketch import MinHash, MinHashLSH

from archive.fingerprint import NUM_PERM, containment, jaccard

# LSH finds candidates above about this Jaccard; confirmation decides.
LSH_THRESHOLD = 0.5
# A candidate is the same report above this Jaccard similarity...
SAME_JACCARD = 0.6
# ...or when the smaller text is this much contained in the larger (truncated copies,
# a copy with a paragraph added), provided it is not a fragment.
SAME_CONTAINMENT = 0.85
MIN_CONTAINED_SHARE = 0.5


@dataclass(frozen=True)
class CopyTraits:
    """What decides which copy of a report the archive shows."""

    simplified: bool  # written in simplified script, not a traditional or pinyin mirror
    html: bool  # an HTML page rather than an attachment
    own_site: bool  # on the site of the government the report is about
    length: int  # content characters


def prefer_copy(new: CopyTraits, current: CopyTraits) -> bool:
    """True when `new` should replace `current` as the report's shown copy.

    Simplified over traditional; where both are whole, HTML over attachment; the county's
    own site over a republication; the longer complete text over a truncated one.
    """
    return compare_copies(new, current)[0]


def compare_copies(new: CopyTraits, current: CopyTraits) -> tuple[bool, str]:
    """Whether `new` should replace `current` (see `prefer_copy`), and the rule that decided."""
    if new.simplified != current.simplified:
        return new.simplified, "script: simplified over traditional or pinyin"
    both_whole = min(new.length, current.length) >= 0.9 * max(new.length, current.length)
    if not both_whole:
        return new.length > current.length, "completeness: the whole text over a truncated one"
    if new.html != current.html:
        return new.html, "format: HTML over an attachment"
    if new.own_site != current.own_site:
        return new.own_site, "site: the county's own site over a republication"
    return new.length > current.length * 1.02, "length: a text more than 2% longer"


def years_compatible(a: int | None, b: int | None) -> bool:
    """Reports of different known years are never the same report."""
    return a is None or b is None or a == b


def regions_compatible(a: str | None, b: str | None) -> bool:
    """Reports about different known regions are never the same report."""
    return not a or not b or a == b


def same_report(a: set[str], b: set[str]) -> tuple[bool, float]:
    """Whether two shingle sets are copies of one text, and their Jaccard similarity."""
    similarity = jaccard(a, b)
    if similarity >= SAME_JACCARD:
        return True, similarity
    small, large = sorted((len(a), len(b)))
    if large and small / large >= MIN_CONTAINED_SHARE and containment(a, b) >= SAME_CONTAINMENT:
        return True, similarity
    return False, similarity


@dataclass
class DuplicateIndex:
    """In-memory lookup structures over the archive's reports, rebuilt at each start."""

    lsh_threshold: float = LSH_THRESHOLD
    by_hash: dict[str, int] = field(default_factory=dict)
    lsh: MinHashLSH = field(init=False)
    keys: set[int] = field(default_factory=set)
    # (report_year, region) of every report: LSH candidates of another year or region are
    # dropped here, before any text is read. Reports share boilerplate, so at 100k reports a
    # query returns hundreds of such candidates.
    traits: dict[int, tuple[int | None, str | None]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.lsh = MinHashLSH(threshold=self.lsh_threshold, num_perm=NUM_PERM)

    def add_hash(self, content_hash: str, report_id: int) -> None:
        """Remember that a text with this hash belongs to `report_id`."""
        self.by_hash.setdefault(content_hash, report_id)

    def set_signature(self, report_id: int, signature: MinHash, report_year: int | None = None,
                      region: str | None = None) -> None:
        """Index (or re-index after a revision) the report's current text."""
        if report_id in self.keys:
            self.lsh.remove(report_id)
        self.lsh.insert(report_id, signature)
        self.keys.add(report_id)
        self.traits[report_id] = (report_year, region)

    def exact(self, content_hash: str) -> int | None:
        """The report a text with this hash belongs to."""
        return self.by_hash.get(content_hash)

    def candidates(self, signature: MinHash, report_year: int | None = None,
                   region: str | None = None) -> list[int]:
        """Reports whose current text is probably similar, of a compatible year and region."""
        found = []
        for report_id in self.lsh.query(signature):
            year, place = self.traits.get(report_id, (None, None))
            if years_compatible(year, report_year) and regions_compatible(place, region):
                found.append(report_id)
        return sorted(found)

    def __len__(self) -> int:
        return len(self.keys)
