"""Where a copy of a report becomes a new report, a sighting of a known one, or a revision.

`archive_report` works in three steps inside one transaction. `gather_facts` reads what the
decision needs (the report an identical text belongs to, the near-duplicate candidates, the
report last seen at the same URL) into plain values; `decide_report`, a pure function,
decides what the copy is (new, a sighting, a better copy that replaces the shown one, or a
revision) and says why; `write_decision` writes the report row, its sightings, versions,
page rows and fingerprint. The in-memory duplicate index changes only after the commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import sqlite_utils
from datasketch import MinHash

from archive.dedup import (
    CopyTraits,
    DuplicateIndex,
    compare_copies,
    regions_compatible,
    same_report,
    years_compatible,
)
from archive.errors import retry_on_lock
from archive.fingerprint import (
    content_hash,
    minhash,
    minhash_from_bytes,
    minhash_to_bytes,
    shingles,
)
from archive.records import ReportRecord
from archive.schema import write_transaction
from vocabulary.normalize import fingerprint_text


class ReportAction(StrEnum):
    """What archiving a copy does to its report."""

    NEW = "new"  # a report not seen before
    SIGHTING = "sighting"  # a copy of a known report, whose shown copy stays as it is
    REPLACE = "replace"  # a better copy of a known report becomes its shown copy
    REVISION = "revision"  # a changed text at the report's own URL: a new version


class MatchKind(StrEnum):
    """How a copy was matched to its report, as stored in `sightings.match`."""

    NEW = "new"  # no match: a new report
    EXACT = "exact"  # a text the report has been seen with, by content hash
    NEAR = "near"  # a near-duplicate of the report's current text
    URL = "url"  # a changed text at the URL the report is shown from


@dataclass(frozen=True)
class KnownReport:
    """An archived report as the decision sees it: its current text and shown copy."""

    report_id: int
    url: str | None
    content_hash: str | None
    body: str
    report_year: int | None
    region: str | None
    script: str | None  # `original_script` of the shown copy
    kind: str | None  # `source_kind` of the shown copy
    own_site: bool


@dataclass(frozen=True)
class UrlSighting:
    """The report last seen at a URL, and the URL that report is shown from now."""

    report_id: int
    report_year: int | None
    report_url: str | None


@dataclass(frozen=True)
class ReportFacts:
    """What the archive knows that bears on one copy, read before deciding."""

    content_hash: str  # of the copy's text
    exact: KnownReport | None = None  # the report a text with this hash belongs to
    candidates: tuple[KnownReport, ...] = ()  # near-duplicate candidates, in id order
    at_url: UrlSighting | None = None  # the report last seen at the copy's URL


@dataclass(frozen=True)
class ReportDecision:
    """What to do with a copy, the report it belongs to, how it matched, and why."""

    action: ReportAction
    report_id: int | None  # None for a new report
    match: MatchKind
    similarity: float
    reason: str


@dataclass(frozen=True)
class ArchiveResult:
    """What `archive_report` did with a copy."""

    report_id: int
    status: str  # new, copy, revision
    match: MatchKind
    similarity: float
    replaced_copy: bool


def load_index(db: sqlite_utils.Database) -> DuplicateIndex:
    """Rebuild the duplicate index from the archive's stored hashes and signatures."""
    index = DuplicateIndex()
    for report_id, digest in db.execute("select id, content_hash from reports"):
        index.add_hash(digest, report_id)
    for report_id, digest in db.execute("select report_id, content_hash from versions"):
        index.add_hash(digest, report_id)
    for report_id, digest in db.execute(
        "select report_id, content_hash from sightings where content_hash is not null"
    ):
        index.add_hash(digest, report_id)
    for report_id, blob, year, region in db.execute(
            "select f.report_id, f.minhash, r.report_year, r.region from fingerprints f "
            "join reports r on r.id = f.report_id"):
        index.set_signature(report_id, minhash_from_bytes(blob), year, region)
    return index


def _traits_of_record(record: ReportRecord) -> CopyTraits:
    return CopyTraits(
        simplified=record.script == "simplified",
        html=record.kind == "html",
        own_site=record.own_site,
        length=len(fingerprint_text(record.body)),
    )


def _traits_of_known(report: KnownReport) -> CopyTraits:
    return CopyTraits(
        simplified=report.script == "simplified",
        html=report.kind == "html",
        own_site=report.own_site,
        length=len(fingerprint_text(report.body)),
    )


def _report_fields(record: ReportRecord) -> dict:
    return {
        "title": record.title,
        "region": record.region,
        "region_code": record.region_code,
        "province": record.province,
        "city": record.city,
        "report_year": record.report_year,
        "publisher": record.publisher,
        "publish_date": record.publish_date,
        "issuer_kind": record.issuer_kind,
        "url": record.url,
        "body": record.body,
        "body_original": record.body_original,
        "original_script": record.script,
        "source_kind": record.kind,
        "text_source": record.text_source,
        "ocr_confidence": record.ocr_confidence,
        "own_site": int(record.own_site),
        "score": record.score,
        "reason": record.reason,
        "site_id_code": record.site_id_code,
        "index_no": record.index_no,
        "site_key": record.site_key,
    }


def gather_facts(db: sqlite_utils.Database, index: DuplicateIndex, record: ReportRecord,
                 digest: str, signature: MinHash) -> ReportFacts:
    """Read what `decide_report` needs about a copy from the archive and the duplicate index.

    Candidates of another known year or region are left out by the index, before any text
    is read. With an exact match, nothing else is read.
    """
    exact = index.exact(digest)
    if exact is not None:
        return ReportFacts(digest, exact=_known_report(db, exact))
    candidates = tuple(_known_report(db, report_id) for report_id in
                       index.candidates(signature, record.report_year, record.region))
    previous = db.execute(
        "select r.id, r.report_year, r.url from sightings s join reports r on r.id = s.report_id "
        "where s.url = ? order by s.id desc limit 1",
        [record.url],
    ).fetchone()
    return ReportFacts(digest, candidates=candidates,
                       at_url=UrlSighting(*previous) if previous else None)


def _known_report(db: sqlite_utils.Database, report_id: int) -> KnownReport:
    row = db["reports"].get(report_id)
    return KnownReport(
        report_id=report_id,
        url=row["url"],
        content_hash=row["content_hash"],
        body=row["body"] or "",
        report_year=row["report_year"],
        region=row["region"],
        script=row["original_script"],
        kind=row["source_kind"],
        own_site=bool(row["own_site"]),
    )


def decide_report(record: ReportRecord, facts: ReportFacts) -> ReportDecision:
    """What a copy is: a new report, a sighting, a better copy, or a revision. Pure.

    A text already known belongs to its report (`exact`); otherwise the most similar
    candidate confirmed by `same_report`, of a compatible year and region (`near`);
    otherwise a changed text at the URL a report is shown from, of a compatible year, is a
    revision of that report (`url`). Anything else is new.

    Args:
        record: the copy.
        facts: what the archive knows, from `gather_facts`.

    Returns:
        The action, the report's id (None for a new report), the match and its similarity,
        and a one-line reason.
    """
    if facts.exact is not None:
        return _decide_known(record, facts.content_hash, facts.exact, MatchKind.EXACT, 1.0)
    best: KnownReport | None = None
    best_similarity = 0.0
    shingle_set: set[str] | None = None  # only a copy with candidates needs its shingles
    for candidate in facts.candidates:
        if not (years_compatible(candidate.report_year, record.report_year)
                and regions_compatible(candidate.region, record.region)):
            continue
        shingle_set = shingles(record.body) if shingle_set is None else shingle_set
        same, similarity = same_report(shingle_set, shingles(candidate.body))
        if same and similarity >= best_similarity:
            best, best_similarity = candidate, similarity
    if best is not None:
        return _decide_known(record, facts.content_hash, best, MatchKind.NEAR, best_similarity)
    previous = facts.at_url
    if (previous is not None and previous.report_url == record.url
            and years_compatible(previous.report_year, record.report_year)):
        return ReportDecision(ReportAction.REVISION, previous.report_id, MatchKind.URL, 0.0,
                              f"changed text at the URL of report {previous.report_id}")
    return ReportDecision(ReportAction.NEW, None, MatchKind.NEW, 0.0,
                          "no known text alike, of a compatible year and region")


def _decide_known(record: ReportRecord, digest: str, report: KnownReport, match: MatchKind,
                  similarity: float) -> ReportDecision:
    """A copy of a known report: a revision at its URL, a better copy, or a sighting."""
    copy_of = f"{match} copy of report {report.report_id}"
    if match is MatchKind.NEAR:
        copy_of += f" (similarity {similarity:.2f})"
    if report.url == record.url and report.content_hash != digest:
        return ReportDecision(ReportAction.REVISION, report.report_id, match, similarity,
                              f"{copy_of}, with a changed text at the report's own URL")
    better, rule = compare_copies(_traits_of_record(record), _traits_of_known(report))
    if better:
        return ReportDecision(ReportAction.REPLACE, report.report_id, match, similarity,
                              f"{copy_of}, better than the shown copy by {rule}")
    return ReportDecision(ReportAction.SIGHTING, report.report_id, match, similarity,
                          f"{copy_of}, not better than the shown copy by {rule}")


def write_decision(db: sqlite_utils.Database, record: ReportRecord, decision: ReportDecision,
                   digest: str, signature: MinHash, crawl_id: int | None, now: str,
                   captures: dict[str, int] | None = None) -> int:
    """Write a decision inside the caller's transaction; returns the report's id.

    The report row (inserted, or updated with the copy's fields and text), its versions,
    a sighting and a page row per URL of the copy, and the fingerprint of a new current text.
    `captures` maps the copy's URLs to the `captures` rows of the bytes they were read from.
    """
    captures = captures or {}
    capture_id = captures.get(record.url)
    report_id = decision.report_id
    current = {**_report_fields(record), "content_hash": digest, "last_seen": now,
               "updated_at": now}
    if decision.action is ReportAction.NEW:
        report_id = db["reports"].insert({**current, "first_seen": now}).last_pk
        db["versions"].insert({"report_id": report_id, "version": 1, "body": record.body,
                               "content_hash": digest, "url": record.url, "first_seen": now,
                               "capture_id": capture_id})
    elif decision.action is ReportAction.REVISION:
        _add_version(db, report_id, record, digest, now, capture_id)
        db["reports"].update(report_id, current)
    elif decision.action is ReportAction.REPLACE:
        db["reports"].update(report_id, current)
        _replace_current_version(db, report_id, record, digest, capture_id)
    else:
        db["reports"].update(report_id, {"last_seen": now})
    for url in (record.url, *record.extra_urls):
        db["sightings"].insert({
            "report_id": report_id,
            "url": url,
            "fetched_at": record.fetched_at,
            "http_status": record.http_status,
            "kind": record.kind if url == record.url else "page",
            "content_hash": digest,
            "match": decision.match.value,
            "similarity": round(decision.similarity, 4),
            "site_key": record.site_key,
            "via_url": record.via_url,
            "found_in": record.found_in,
            "crawl_id": crawl_id,
            "capture_id": captures.get(url),
        })
    for url in (record.url, *record.extra_urls):
        # Re-crawls check these pages first and replay them when unchanged.
        db["pages"].upsert({"url": url, "site_key": record.site_key, "report_id": report_id},
                           pk="url", alter=False)
    if decision.action is not ReportAction.SIGHTING:
        db["fingerprints"].upsert({"report_id": report_id, "minhash": minhash_to_bytes(signature)},
                                  pk="report_id")
    return report_id


def update_index(index: DuplicateIndex, record: ReportRecord, decision: ReportDecision,
                 report_id: int, digest: str, signature: MinHash) -> None:
    """After the commit: the copy's hash, and the signature of a report's new current text."""
    index.add_hash(digest, report_id)
    if decision.action is not ReportAction.SIGHTING:
        # The report row now carries the copy's year and region.
        index.set_signature(report_id, signature, record.report_year, record.region)


@retry_on_lock
def archive_report(db: sqlite_utils.Database, index: DuplicateIndex, record: ReportRecord,
                   crawl_id: int | None, now: str,
                   captures: dict[str, int] | None = None) -> ArchiveResult:
    """Archive one copy of a report, in one transaction.

    A copy whose text is already known, or nearly so, becomes a sighting of that report and
    may replace its shown copy if it is better (see `prefer_copy`). A copy at the report's
    own URL with a changed text is a revision: the report takes the new text and `versions`
    keeps both. Anything else is a new report. `captures` maps the copy's URLs to the
    `captures` rows of their bytes, for its version and sightings.

    Returns:
        The report's id and what happened.
    """
    digest = content_hash(record.body)
    signature = (minhash_from_bytes(record.signature) if record.signature is not None
                 else minhash(shingles(record.body)))
    # Read, decided and written in one transaction: no other writer comes between the facts
    # and the rows written on them.
    with write_transaction(db):
        facts = gather_facts(db, index, record, digest, signature)
        decision = decide_report(record, facts)
        report_id = write_decision(db, record, decision, digest, signature, crawl_id, now, captures)
    # The in-memory index changes only once the transaction is committed.
    update_index(index, record, decision, report_id, digest, signature)
    status = {ReportAction.NEW: "new", ReportAction.REVISION: "revision"}.get(decision.action, "copy")
    return ArchiveResult(report_id, status, decision.match, decision.similarity,
                         decision.action is ReportAction.REPLACE)


def _add_version(db, report_id: int, record: ReportRecord, digest: str, now: str,
                 capture_id: int | None) -> None:
    known = db.execute("select 1 from versions where report_id = ? and content_hash = ?",
                       [report_id, digest]).fetchone()
    if known:
        return
    latest = db.execute("select coalesce(max(version), 0) from versions where report_id = ?",
                        [report_id]).fetchone()[0]
    db["versions"].insert({"report_id": report_id, "version": latest + 1, "body": record.body,
                           "content_hash": digest, "url": record.url, "first_seen": now,
                           "capture_id": capture_id})


def _replace_current_version(db, report_id: int, record: ReportRecord, digest: str,
                             capture_id: int | None) -> None:
    """A better copy of the same text replaces the current version's text, not adds one."""
    db.execute(
        "update versions set body = ?, content_hash = ?, url = ?, capture_id = ? where "
        "report_id = ? and version = (select max(version) from versions where report_id = ?)",
        [record.body, digest, record.url, capture_id, report_id, report_id],
    )
