"""Throughput benchmark: the full crawl against a fetch-only crawl of the same pages.

Serves the large simulated web (`benchmarks/bigweb.py`: 320 sites, about 112,000 pages, the
test web's CMS families) from its own process on loopback, then, in one invocation:

1. runs the real `scrapy crawl gov_reports` over it with politeness delays off and the
   per-site budgets lifted, so that it fetches (nearly) every page and runs link scoring,
   candidate detection, extraction, classification, deduplication and archiving on them;
2. runs `benchmarks/fetch_only_spider.py` over exactly the URLs the first crawl fetched,
   downloading them and doing nothing else: the practical limit of this machine.

It prints pages per second of both and their ratio, the CPU seconds per page spent in page
parsing, extraction, classification and archiving (from the crawl's stats), and the crawl's
peak memory (RSS).

    $ python -m benchmarks.throughput                    # the full web, about 11 minutes
    $ python -m benchmarks.throughput --sites 64 --rounds 3    # alternating rounds, medians
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from simweb.crawlrun import PROJECT_ROOT, proxy_env, run_crawl

FETCH_ONLY = Path(__file__).resolve().parent / "fetch_only_spider.py"
UNLIMITED = ["-s", "MAX_PAGES_PER_SITE=1000000", "-s", "FALLBACK_PAGES_PER_SITE=1000000",
             "-s", "MAX_LIST_PAGES=100000", "-s", "MAX_DEPTH=50", "-s", "OLDEST_REPORT_YEAR=1990"]


def start_server(workdir: Path, sites: int, pages: int) -> tuple[subprocess.Popen, str]:
    """The big web in a process of its own; returns it and its proxy URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.bigweb", "--sites", str(sites), "--pages", str(pages),
         "--port", "0", "--seeds-out", str(workdir / "seeds.csv")],
        cwd=PROJECT_ROOT, stderr=subprocess.PIPE, text=True)
    for line in process.stderr:
        match = re.search(r"proxy at (http://\S+)", line)
        if match:
            return process, match.group(1)
    raise SystemExit("the big web did not start")


def crawl_full(workdir: Path, proxy: str, round_no: int) -> tuple[dict, list[str], int]:
    """One `scrapy crawl gov_reports` on a fresh archive: its stats, 200 URLs and reports."""
    archive = workdir / f"archive{round_no}.db"
    crawl = run_crawl(workdir / "seeds.csv", archive, proxy, workdir / f"crawl{round_no}.log",
                      *UNLIMITED, timeout=6 * 3600)
    if crawl.returncode != 0:
        raise SystemExit(f"crawl failed:\n{crawl.stderr[-3000:]}")
    conn = sqlite3.connect(archive)
    stats = json.loads(conn.execute("select stats from crawls").fetchone()[0])
    urls = [url for (url,) in conn.execute(
        "select url from pages where http_status = 200 order by url")]
    reports = conn.execute("select count(*) from reports").fetchone()[0]
    conn.close()
    return stats, urls, reports


def crawl_fetch_only(workdir: Path, proxy: str, round_no: int) -> tuple[int, float, float]:
    """The fetch-only spider over the URL list: pages, seconds and pages per second."""
    started = time.monotonic()
    fetch = subprocess.run(
        [sys.executable, "-m", "scrapy", "runspider", str(FETCH_ONLY),
         "-a", f"urls={workdir / 'urls.txt'}", "-s", "DOWNLOAD_DELAY=0",
         "-s", "AUTOTHROTTLE_ENABLED=False", "-s", f"LOG_FILE={workdir / f'fetch{round_no}.log'}"],
        cwd=PROJECT_ROOT, env=proxy_env(proxy), capture_output=True, text=True,
        timeout=6 * 3600, check=False)
    seconds = time.monotonic() - started
    line = re.search(r"fetch-only: (\d+) pages .* in ([\d.]+) s: ([\d.]+) pages/s", fetch.stdout)
    if not line:
        raise SystemExit(f"fetch-only run failed:\n{fetch.stderr[-3000:]}")
    return int(line.group(1)), seconds, float(line.group(3))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", type=int, default=320)
    parser.add_argument("--pages", type=int, default=320, help="article pages per site")
    parser.add_argument("--rounds", type=int, default=1,
                        help="alternate the two crawls this many times; medians are printed")
    args = parser.parse_args()
    rows: list[tuple[int, float, float, int, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        server, proxy = start_server(workdir, args.sites, args.pages)
        try:
            for round_no in range(args.rounds):
                round_stats, urls, round_reports = crawl_full(workdir, proxy, round_no)
                if round_no == 0:
                    # Every round fetches what the first full crawl fetched; the first round's
                    # stats are the ones printed.
                    (workdir / "urls.txt").write_text("\n".join(urls), encoding="utf-8")
                    stats, reports = round_stats, round_reports
                pages = (round_stats.get("response_received_count", 0)
                         - round_stats.get("robotstxt/response_count", 0))
                seconds = round_stats["elapsed_time_seconds"]
                fetch_pages, fetch_seconds, fetch_rate = crawl_fetch_only(workdir, proxy, round_no)
                rows.append((pages, seconds, pages / seconds, fetch_pages, fetch_seconds, fetch_rate))
                print(f"round {round_no + 1}: gov_reports {pages / seconds:.1f} pages/s, "
                      f"fetch-only {fetch_rate:.1f} pages/s, ratio {pages / seconds / fetch_rate:.1%}",
                      flush=True)
        finally:
            server.terminate()
            server.wait(timeout=30)
    pages = stats.get("response_received_count", 0) - stats.get("robotstxt/response_count", 0)
    median_rate = statistics.median(row[2] for row in rows)
    median_fetch = statistics.median(row[5] for row in rows)
    median_ratio = statistics.median(row[2] / row[5] for row in rows)
    print(f"\nbig web: {args.sites} sites, {args.pages} articles per site; delays off; "
          f"{args.rounds} round(s), medians\n")
    print(f"{'crawl':22} {'pages':>8} {'seconds':>8} {'pages/s':>8}")
    print(f"{'gov_reports (full)':22} {rows[0][0]:8d} {statistics.median(r[1] for r in rows):8.0f} "
          f"{median_rate:8.1f}")
    print(f"{'fetch-only (same URLs)':22} {rows[0][3]:8d} {statistics.median(r[4] for r in rows):8.0f} "
          f"{median_fetch:8.1f}")
    print(f"\nfull pipeline / fetch-only: {median_ratio:.1%} (median of the rounds' ratios)")
    print(f"reports archived: {reports}")
    print("CPU seconds per page, first round (all pages; extraction and classification run on "
          "candidates; parse and extract in worker processes, archive in the writer thread):")
    for stage in ("parse", "schedule", "extract", "classify", "archive"):
        total = stats.get(f"cpu/{stage}_seconds", 0.0)
        print(f"  {stage:9} {total / pages * 1000:7.2f} ms/page   ({total:7.1f} s in all)")
    print(f"peak memory (RSS) of the crawl: {stats.get('memusage/max', 0) / 2**20:.0f} MiB")


if __name__ == "__main__":
    main()
