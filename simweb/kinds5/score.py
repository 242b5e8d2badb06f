"""Crawl the ``kinds5`` web once with the real spider and score the archive per kind and per report.

    $ python -m simweb.kinds5.score [--keep DIR]

Prints the overall score, then per kind the reports found and missed, per report whether it was
found and its fields (region, report year, publish date, publisher) against the truth, the
department reports archived (neither required nor false), look-alikes archived, higher-level
and neighbours' reposts filed under another region, requests per report found and per host.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from ..crawlrun import run_crawl, write_seeds
from ..scoring import FIELDS, score_archive, url_key
from ..server import SimServer
from ..web import SimWeb, build_web
from . import KIND_NAMES, scoring_truth


def archived_rows(db: Path) -> dict[str, dict]:
    """The archived report row of every URL it was seen at (scheme-less keys)."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    rows = {r["id"]: dict(r) for r in conn.execute("select * from reports")}
    seen = defaultdict(set)
    for r in conn.execute("select report_id, url from sightings"):
        seen[url_key(r["url"])].add(r["report_id"])
    conn.close()
    for rid, row in rows.items():
        seen[url_key(row["url"])].add(rid)
    return {url: rows[min(ids)] for url, ids in seen.items()}


def row_of(entry: dict, by_url: dict[str, dict]) -> dict | None:
    return next((by_url[url_key(c["url"])] for c in entry["copies"] if url_key(c["url"]) in by_url), None)


def field_line(entry: dict, row: dict) -> str:
    """``region ✓ year ✓ date ✗ (2024-03-01, truth 2024-03-28) …``."""
    parts = []
    for name in FIELDS:
        got, want = row[name], entry[name]
        parts.append(f"{name} ✓" if got == want else f"{name} ✗ ({got!r}, truth {want!r})")
    return ", ".join(parts)


def report_lines(truth: dict, by_url: dict[str, dict]) -> list[str]:
    out = []
    for entry in truth["reports"]:
        row = row_of(entry, by_url)
        state = f"found: {field_line(entry, row)}" if row else "missed"
        out.append(f"  {entry['key']} {entry['title']} (kinds {entry['kinds']}): {state}")
    return out


def serve_and_crawl(profile: str, keep: str | None) -> tuple[SimWeb, Path, list[dict], Path]:
    """Serve the ``profile`` web and crawl its seed rows once into ``<keep or a temp dir>/<profile>.db``.

    Returns:
        The web, the archive, the server's request log (CONNECT tunnels included) and the directory.
    """
    web = build_web(profile=profile)
    work = Path(keep or tempfile.mkdtemp(prefix=f"{profile}-"))
    work.mkdir(parents=True, exist_ok=True)
    db = work / f"{profile}.db"
    with SimServer(web) as server:
        seeds = write_seeds(web.seed_rows(), work / "seeds.csv")
        run = run_crawl(seeds, db, server.proxy_url, work / "crawl.log", "-s", "DOWNLOAD_TIMEOUT=5")
        log = list(server.request_log)
    if run.returncode:
        raise SystemExit(run.stderr[-3000:])
    return web, db, log, work


def crawl(profile: str, keep: str | None) -> tuple[SimWeb, Path, list[dict], Path]:
    """`serve_and_crawl`, with only the requests the server answered (no CONNECTs)."""
    web, db, log, work = serve_and_crawl(profile, keep)
    return web, db, [r for r in log if r["method"] != "CONNECT"], work


def kind_lines(truth: dict, missed: set[str], kind_names: dict[int, str]) -> list[str]:
    """Per kind, the reports found and missed."""
    out = []
    for kind, name in kind_names.items():
        keys = [r["key"] for r in truth["reports"] if kind in r["kinds"]]
        lost = [k for k in keys if k in missed]
        out.append(f"kind {kind} {name}: found {len(keys) - len(lost)}/{len(keys)}"
                   + (f"; missed {', '.join(lost)}" if lost else ""))
    return out


def head_lines(score, requests: list[dict]) -> list[str]:
    """The overall score, splits and merges, false finds and requests per report found."""
    return [
        score.summary(),
        f"split: {score.split}; merged: {score.merged}",
        f"false positives: {[f['title'] for f in score.false_positives]}",
        f"requests {len(requests)}, per report found {len(requests) / max(1, score.found):.1f}\n",
    ]


def extra_lines(truth: dict, by_url: dict[str, dict]) -> list[str]:
    """Department reports archived, look-alikes archived, reposts filed under another region."""
    out = ["\ndepartment reports (not required, not false):"]
    for entry in truth["departments"]:
        row = row_of(entry, by_url)
        out.append(
            f"  {entry['key']} {entry['title']}: "
            + (f"archived as {row['title']!r}" if row else "not archived")
        )
    looks = {url_key(d["url"]): d for d in truth["lookalikes"]}
    wrong = [(row["title"], looks[url]["kind"]) for url, row in by_url.items() if url in looks]
    out.append(f"\nlook-alikes archived: {len(wrong)}" + "".join(f"\n  {t} ({k})" for t, k in wrong))
    for entry in truth["reports"]:
        row = row_of(entry, by_url)
        if row and (entry["higher_level"] or entry.get("reposted")) and row["region"] != entry["region"]:
            out.append(f"repost filed under {row['region']}: {entry['title']}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", help="directory to keep the archive and log in")
    args = parser.parse_args()
    web, db, requests, work = crawl("kinds5", args.keep)
    truth = web.truth
    score = score_archive(db, scoring_truth(truth))
    print("\n".join(head_lines(score, requests)))
    print("\n".join(kind_lines(truth, set(score.missed), KIND_NAMES)))
    by_url = archived_rows(db)
    print("\nper report:")
    print("\n".join(report_lines(truth, by_url)))
    print("\n".join(extra_lines(truth, by_url)))
    per_host = Counter(r["url"].split("/")[2] for r in requests)
    print("\nrequests per host:", ", ".join(f"{h} {n}" for h, n in per_host.most_common()))
    print(f"\narchive and log in {work}")


if __name__ == "__main__":
    main()
