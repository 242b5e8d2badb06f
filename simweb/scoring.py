"""Score an archive against the simulated web's truth: recall, precision, duplicates, fields.

A true report counts as found when any URL of its copies appears among the sightings of
exactly one archived report. An archived report is a false positive when none of its
sightings is a copy of a true report. Field accuracy compares the archived row of each found
report with the truth. Shared by the end-to-end tests and the benchmarks.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

FIELDS = ("region", "report_year", "publish_date", "publisher")


def url_key(url: str) -> str:
    """Scheme-less URL, so http/https copies of one page compare equal."""
    parts = urlsplit(url)
    return urlunsplit(("", parts.netloc.lower(), parts.path, parts.query, ""))


@dataclass
class Score:
    """How an archive compares with the truth."""

    findable: int = 0
    found: int = 0
    textless: int = 0  # true reports published only as files without text (.doc, scans)
    textless_listed: int = 0  # of those, listed in `documents` with their status
    archived: int = 0
    false_positives: list[dict] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    merged: list[tuple[str, ...]] = field(default_factory=list)  # true reports sharing one row
    split: list[str] = field(default_factory=list)  # true reports spread over several rows
    field_errors: dict[str, list[tuple]] = field(default_factory=lambda: defaultdict(list))
    field_checked: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.findable if self.findable else 1.0

    @property
    def precision(self) -> float:
        good = self.archived - len(self.false_positives)
        return good / self.archived if self.archived else 1.0

    def accuracy(self, name: str) -> float:
        """Share of found reports whose field `name` matches the truth."""
        if not self.field_checked:
            return 1.0
        return 1 - len(self.field_errors[name]) / self.field_checked

    def summary(self) -> str:
        fields = ", ".join(f"{n} {self.accuracy(n):.2f}" for n in FIELDS)
        return (f"recall {self.found}/{self.findable} = {self.recall:.3f}, precision "
                f"{self.precision:.3f} ({len(self.false_positives)} false), "
                f"{len(self.split)} split, {len(self.merged)} merged; fields: {fields}; "
                f"text-less files listed {self.textless_listed}/{self.textless}")


def _textless(copy: dict) -> bool:
    return copy["kind"] in ("doc", "wps", "ofd") or copy.get("text_layer") is False


def score_archive(db_path, truth: dict) -> Score:
    """Compare the archive at `db_path` with `truth` (the simulated web's truth dict)."""
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    reports = {row["id"]: dict(row) for row in conn.execute("select * from reports")}
    listed = {url_key(row["url"]) for row in conn.execute(
        "select url from documents where status in ('unsupported', 'no_text_layer')")}
    urls_of: dict[int, set[str]] = defaultdict(set)
    for row in conn.execute("select report_id, url from sightings"):
        urls_of[row["report_id"]].add(url_key(row["url"]))
    for report_id, row in reports.items():
        urls_of[report_id].add(url_key(row["url"]))
    conn.close()

    report_of_url: dict[str, set[int]] = defaultdict(set)
    for report_id, urls in urls_of.items():
        for url in urls:
            report_of_url[url].add(report_id)

    score = Score(archived=len(reports))
    truth_of_report: dict[int, list[str]] = defaultdict(list)
    for true in truth["reports"]:
        copies = [url_key(c["url"]) for c in true["copies"]]
        findable = any(c.get("findable", True) for c in true["copies"])
        if findable and all(_textless(c) for c in true["copies"]):
            score.textless += 1
            score.textless_listed += any(
                url_key(c["url"]) in listed or url_key(c.get("via") or "") in listed
                for c in true["copies"])
            continue
        ids = set().union(*(report_of_url.get(c, set()) for c in copies))
        for report_id in ids:
            truth_of_report[report_id].append(true["key"])
        if not findable:
            continue
        score.findable += 1
        if not ids:
            score.missed.append(true["key"])
            continue
        score.found += 1
        if len(ids) > 1:
            score.split.append(true["key"])
        row = reports[min(ids)]
        score.field_checked += 1
        for name in FIELDS:
            if row[name] != true[name]:
                score.field_errors[name].append((true["key"], row[name], true[name]))
    for keys in truth_of_report.values():
        if len(keys) > 1:
            score.merged.append(tuple(sorted(keys)))
    for report_id, row in reports.items():
        if report_id not in truth_of_report:
            score.false_positives.append({"id": report_id, "title": row["title"], "url": row["url"]})
    return score
