"""Crawl the ``kinds`` web once with the real spider and score the archive per kind.

    $ python -m simweb.kinds.score [--keep DIR]

Prints, per kind, the reports found and missed, then requests per report found, requests into
each trap prefix, look-alikes archived, and higher-level reports filed under the wrong region.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
from collections import Counter
from pathlib import Path

from ..crawlrun import run_crawl, write_seeds
from ..scoring import score_archive, url_key
from ..server import SimServer
from ..web import build_web
from . import KIND_NAMES


def main() -> None:
    run("kinds", KIND_NAMES, __doc__.split("\n\n")[0])


def run(profile: str, kind_names: dict[int, str], description: str) -> None:
    """Crawl the ``profile`` web once (``--keep DIR`` keeps the archive and log) and print the
    score per kind of ``kind_names``, requests per trap, look-alikes archived."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--keep", help="directory to keep the archive and log in")
    args = parser.parse_args()
    web = build_web(profile=profile)
    work = Path(args.keep or tempfile.mkdtemp(prefix=f"{profile}-"))
    work.mkdir(parents=True, exist_ok=True)
    with SimServer(web) as server:
        seeds = write_seeds(web.seed_rows(), work / "seeds.csv")
        crawl = run_crawl(
            seeds, work / f"{profile}.db", server.proxy_url, work / "crawl.log", "-s", "DOWNLOAD_TIMEOUT=5"
        )
        requests = [r for r in server.request_log if r["method"] != "CONNECT"]
    if crawl.returncode:
        raise SystemExit(crawl.stderr[-3000:])
    score = score_archive(work / f"{profile}.db", web.truth)
    missed = set(score.missed)
    print(score.summary())
    print(f"split: {score.split}; false positives: {[f['title'] for f in score.false_positives]}")
    print(f"requests {len(requests)}, per report found {len(requests) / max(1, score.found):.1f}\n")
    findable = [r for r in web.truth["reports"] if r.get("findable", True)]
    for kind, name in kind_names.items():
        reports = [r["key"] for r in findable if kind in r["kinds"]]
        if reports:
            lost = [k for k in reports if k in missed]
            print(
                f"kind {kind} {name}: found {len(reports) - len(lost)}/{len(reports)}"
                + (f"; missed {', '.join(lost)}" if lost else "")
            )
    rest = [r["key"] for r in findable if not r["kinds"]]
    print(f"no kind (easy): found {sum(k not in missed for k in rest)}/{len(rest)}")
    unfindable = [r["key"] for r in web.truth["reports"] if not r.get("findable", True)]
    if unfindable:
        print(f"not findable (.doc, scans): {', '.join(unfindable)}")
    print("\nrequests into traps:")
    for trap, what in web.truth["trap_kinds"].items():
        print(f"  {sum(r['url'].startswith(trap) for r in requests):5d}  {trap}  ({what})")
    conn = sqlite3.connect(work / f"{profile}.db")
    rows = conn.execute("select url, title, region from reports").fetchall()
    conn.close()
    looks = {url_key(d["url"]): d for d in web.truth["lookalikes"]}
    wrong = [(t, reg) for u, t, reg in rows if url_key(u) in looks]
    print(f"\nlook-alikes archived: {len(wrong)}" + "".join(f"\n  {t} ({reg})" for t, reg in wrong))
    higher = {url_key(c["url"]): r for r in web.truth["reports"] if r["higher_level"] for c in r["copies"]}
    for u, t, reg in rows:
        if url_key(u) in higher and reg != higher[url_key(u)]["region"]:
            print(f"higher-level report filed under {reg}: {t}")
    per_site = Counter(r["url"].split("/")[2] for r in requests)
    print("\nrequests per host:", ", ".join(f"{h} {n}" for h, n in per_site.most_common()))
    print(f"\narchive and log in {work}")


if __name__ == "__main__":
    main()
