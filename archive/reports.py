"""Where a copy of a report becomes a new report, a sighting of a known one, or a revision.

`archive_report` matches a copy against the archive (exact hash, near-duplicate MinHash,
the same URL) and writes the result in one transaction: the report row, its sightings, its
versions, its page rows and its fingerprint.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from archive.dedup import (
    CopyTraits,
    DuplicateIndex,
    prefer_copy,
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


@dataclass(frozen=True)
class ArchiveResult:
    """What `archive_report` did with a copy."""

    report_id: int
    status: str  # new, copy, revision
    match: str  # new, exact, near, url
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


def _traits_of_row(row: dict) -> CopyTraits:
    return CopyTraits(
        simplified=row["original_script"] == "simplified",
        html=row["source_kind"] == "html",
        own_site=bool(row["own_site"]),
        length=len(fingerprint_text(row["body"] or "")),
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
        "own_site": int(record.own_site),
        "score": record.score,
        "reason": record.reason,
        "site_id_code": record.site_id_code,
        "index_no": record.index_no,
        "site_key": record.site_key,
    }


def _find_match(db, index: DuplicateIndex, record: ReportRecord, digest: str,
                signature) -> tuple[int | None, str, float]:
    """The report this copy belongs to, how it matched, and the similarity."""
    exact = index.exact(digest)
    if exact is not None:
        return exact, "exact", 1.0
    best: tuple[int | None, float] = (None, 0.0)
    shingle_set: set[str] | None = None  # only a copy with LSH candidates needs its shingles
    for report_id in index.candidates(signature, record.report_year, record.region):
        shingle_set = shingles(record.body) if shingle_set is None else shingle_set
        row = db["reports"].get(report_id)
        same, similarity = same_report(shingle_set, shingles(row["body"] or ""))
        if same and similarity >= best[1]:
            best = (report_id, similarity)
    if best[0] is not None:
        return best[0], "near", best[1]
    # A known URL whose text changed: a revision of the report it showed before.
    previous = db.execute(
        "select r.id, r.report_year, r.url from sightings s join reports r on r.id = s.report_id "
        "where s.url = ? order by s.id desc limit 1",
        [record.url],
    ).fetchone()
    if previous and previous[2] == record.url and years_compatible(previous[1], record.report_year):
        return previous[0], "url", 0.0
    return None, "new", 0.0


@retry_on_lock
def archive_report(db: sqlite_utils.Database, index: DuplicateIndex, record: ReportRecord,
                   crawl_id: int | None, now: str) -> ArchiveResult:
    """Archive one copy of a report, in one transaction.

    A copy whose text is already known, or nearly so, becomes a sighting of that report and
    may replace its shown copy if it is better (see `prefer_copy`). A copy at the report's
    own URL with a changed text is a revision: the report takes the new text and `versions`
    keeps both. Anything else is a new report.

    Returns:
        The report's id and what happened.
    """
    digest = content_hash(record.body)
    signature = (minhash_from_bytes(record.signature) if record.signature is not None
                 else minhash(shingles(record.body)))
    with write_transaction(db):
        report_id, match, similarity = _find_match(db, index, record, digest, signature)
        replaced = False
        new_signature = None
        if report_id is None:
            fields = _report_fields(record)
            fields.update({"content_hash": digest, "first_seen": now, "last_seen": now,
                           "updated_at": now})
            report_id = db["reports"].insert(fields).last_pk
            db["versions"].insert({"report_id": report_id, "version": 1, "body": record.body,
                                   "content_hash": digest, "url": record.url,
                                   "first_seen": now})
            status = "new"
            new_signature = signature
        else:
            row = db["reports"].get(report_id)
            status = "copy"
            if match == "url" or (row["url"] == record.url and row["content_hash"] != digest):
                status = "revision"
                _add_version(db, report_id, record, digest, now)
                db["reports"].update(report_id, {**_report_fields(record), "content_hash": digest,
                                                 "last_seen": now, "updated_at": now})
                new_signature = signature
            elif prefer_copy(_traits_of_record(record), _traits_of_row(row)):
                replaced = True
                db["reports"].update(report_id, {**_report_fields(record), "content_hash": digest,
                                                 "last_seen": now, "updated_at": now})
                _replace_current_version(db, report_id, record, digest)
                new_signature = signature
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
                "match": match,
                "similarity": round(similarity, 4),
                "site_key": record.site_key,
                "via_url": record.via_url,
                "found_in": record.found_in,
                "crawl_id": crawl_id,
            })
        for url in (record.url, *record.extra_urls):
            # Re-crawls check these pages first and replay them when unchanged.
            db["pages"].upsert({"url": url, "site_key": record.site_key, "report_id": report_id},
                               pk="url", alter=False)
        if new_signature is not None:
            db["fingerprints"].upsert({"report_id": report_id,
                                       "minhash": minhash_to_bytes(new_signature)},
                                      pk="report_id")
    # The in-memory index changes only once the transaction is committed.
    index.add_hash(digest, report_id)
    if new_signature is not None:
        current = db.execute("select report_year, region from reports where id = ?",
                             [report_id]).fetchone()
        index.set_signature(report_id, new_signature, *current)
    return ArchiveResult(report_id, status, match, similarity, replaced)


def _add_version(db, report_id: int, record: ReportRecord, digest: str, now: str) -> None:
    known = db.execute("select 1 from versions where report_id = ? and content_hash = ?",
                       [report_id, digest]).fetchone()
    if known:
        return
    latest = db.execute("select coalesce(max(version), 0) from versions where report_id = ?",
                        [report_id]).fetchone()[0]
    db["versions"].insert({"report_id": report_id, "version": latest + 1, "body": record.body,
                           "content_hash": digest, "url": record.url, "first_seen": now})


def _replace_current_version(db, report_id: int, record: ReportRecord, digest: str) -> None:
    """A better copy of the same text replaces the current version's text, not adds one."""
    db.execute(
        "update versions set body = ?, content_hash = ?, url = ? where report_id = ? and "
        "version = (select max(version) from versions where report_id = ?)",
        [record.body, digest, record.url, report_id, report_id],
    )
