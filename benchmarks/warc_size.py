"""WARC size benchmark: bytes kept per report and per crawled page, for each `WARC_SCOPE`.

Serves a profile of the simulated web (default `discovery`) on loopback and crawls it once
per scope (`off`, `reports`, `all`; with `--runs N`, N times each, alternating), then prints
for each scope the WARC bytes on disk, the captures kept, the reports archived, the pages the
crawl received, the bytes per report and per crawled page, and the median wall time, so that
the cost of keeping the bytes can be read against the crawl without them.

    $ python -m benchmarks.warc_size                      # discovery profile, 1 run each
    $ python -m benchmarks.warc_size --profile base --runs 3
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
from pathlib import Path

from archive.warc import warc_folder
from simweb import SimServer, build_web
from simweb.crawlrun import run_crawl, write_seeds

SCOPES = ("off", "reports", "all")


def crawl_once(web, scope: str, workdir: Path) -> dict:
    """One crawl of `web` keeping `scope`; returns its figures."""
    archive = workdir / scope / "archive.db"
    archive.parent.mkdir(parents=True)
    with SimServer(web) as server:
        seeds = write_seeds(web.seed_rows(), workdir / "seeds.csv")
        run = run_crawl(seeds, archive, server.proxy_url, workdir / f"{scope}.log",
                        "-s", "DOWNLOAD_TIMEOUT=5", "-s", f"WARC_SCOPE={scope}")
    if run.returncode != 0:
        raise SystemExit(f"{scope} crawl failed:\n{run.stderr[-3000:]}")
    conn = sqlite3.connect(archive)
    reports = conn.execute("select count(*) from reports").fetchone()[0]
    pages = conn.execute("select pages from crawls").fetchone()[0]
    captures, payload = conn.execute("select count(*), coalesce(sum(payload_bytes), 0) "
                                     "from captures").fetchone()
    conn.close()
    folder = warc_folder(archive)
    warc_bytes = sum(path.stat().st_size for path in folder.glob("*.warc.gz")) if folder.exists() else 0
    return {"seconds": run.seconds, "reports": reports, "pages": pages, "captures": captures,
            "payload": payload, "warc_bytes": warc_bytes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", default="discovery", help="simulated web profile")
    parser.add_argument("--runs", type=int, default=1, help="crawls per scope (median wall time)")
    args = parser.parse_args()
    web = build_web(seed=0, profile=args.profile)
    results: dict[str, list[dict]] = {scope: [] for scope in SCOPES}
    with tempfile.TemporaryDirectory() as scratch:
        for run in range(args.runs):
            for scope in SCOPES:
                workdir = Path(scratch) / f"{run}-{scope}"
                workdir.mkdir()
                results[scope].append(crawl_once(web, scope, workdir))
    print(f"profile {args.profile}, {args.runs} run(s) per scope; sizes from the last run")
    print("scope    reports  pages  captures  payload MiB  WARC MiB  WARC KiB/report  "
          "WARC KiB/page  wall s (median)")
    for scope in SCOPES:
        last = results[scope][-1]
        per_report = last["warc_bytes"] / 1024 / max(last["reports"], 1)
        per_page = last["warc_bytes"] / 1024 / max(last["pages"], 1)
        seconds = statistics.median(r["seconds"] for r in results[scope])
        print(f"{scope:8} {last['reports']:7d} {last['pages']:6d} {last['captures']:9d} "
              f"{last['payload'] / 2**20:12.2f} {last['warc_bytes'] / 2**20:9.2f} "
              f"{per_report:16.1f} {per_page:14.2f} {seconds:15.1f}")


if __name__ == "__main__":
    main()
