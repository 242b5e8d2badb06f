"""Discovery benchmark: the focused crawl against a breadth-first crawl with the same budget.

Serves a profile of the simulated web (default `discovery`: 32 sites, 93 findable reports,
traps, pagers of every family) on loopback and crawls it, in one invocation, with

- `scrapy crawl gov_reports`, the real crawl with delays off, and
- `scrapy runspider benchmarks/bfs_spider.py`, a plain breadth-first CrawlSpider given as
  many pages as the focused crawl used (`CLOSESPIDER_PAGECOUNT`) and the same pipelines.

For each it prints recall and precision against the web's truth, requests per report found
(counted by the proxy, robots.txt included, CONNECT tunnels not), the most pages fetched
from any one trap, and the wall time; with `--runs N` the runs alternate and the median
wall time is shown.
For the focused crawl it also prints its requests by section (traps, home pages, columns and
lists, report candidates, articles that led nowhere, the rest) and how many came from the
reserve.

    $ python -m benchmarks.discovery                     # discovery profile, 3 runs each
    $ python -m benchmarks.discovery --profile base --runs 1
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import tempfile
from collections import Counter
from pathlib import Path

from crawler.discovery.urls import canonical_url
from simweb import SimServer, build_web
from simweb.crawlrun import run_crawl, write_seeds
from simweb.scoring import score_archive

BFS_SPIDER = Path(__file__).resolve().parent / "bfs_spider.py"


def crawl_once(web, kind: str, workdir: Path, budget: int | None) -> dict:
    """One crawl of `web`; returns its figures."""
    with SimServer(web) as server:
        seeds = write_seeds(web.seed_rows(), workdir / "seeds.csv")
        archive = workdir / f"{kind}.db"
        extra = ["-s", "DOWNLOAD_TIMEOUT=5"]
        if kind == "focused":
            run = run_crawl(seeds, archive, server.proxy_url, workdir / f"{kind}.log", *extra)
        else:
            run = run_crawl(seeds, archive, server.proxy_url, workdir / f"{kind}.log", *extra,
                            "-s", f"CLOSESPIDER_PAGECOUNT={budget}", spider=str(BFS_SPIDER))
        requests = [r for r in server.request_log if r["method"] != "CONNECT"]
    if run.returncode != 0:
        raise SystemExit(f"{kind} crawl failed:\n{run.stderr[-3000:]}")
    score = score_archive(archive, web.truth)
    trap_pages = max((sum(1 for r in requests if r["url"].startswith(prefix))
                      for prefix in web.truth["traps"]), default=0)
    return {"requests": len(requests), "seconds": run.seconds, "score": score,
            "trap_pages": trap_pages, "sections": requests_by_section(archive, requests, web.truth)}


def requests_by_section(archive: Path, requests: list[dict], truth: dict) -> dict[str, int]:
    """The crawl's requests by what they fetched, from the archive's record of every page.

    Sections: robots.txt; traps (the web's truth); home pages; columns and lists (navigation
    pages); report candidates (pages and files sent to the pipelines); articles that led
    nowhere (news and the like); the rest (redirects, errors, list API answers, sitemaps).
    And, from the crawl's own stats, how many requests came from the reserve.
    """
    conn = sqlite3.connect(archive)
    roles = dict(conn.execute("select url, role from pages"))
    stats_row = conn.execute("select stats from crawls order by id desc limit 1").fetchone()
    conn.close()
    stats = json.loads(stats_row[0]) if stats_row and stats_row[0] else {}
    sections: Counter = Counter()
    for request in requests:
        url = request["url"]
        if url.endswith("/robots.txt"):
            sections["robots.txt"] += 1
        elif any(url.startswith(prefix) for prefix in truth["traps"]):
            sections["traps"] += 1
        else:
            role = roles.get(canonical_url(url))
            sections[{"home": "home pages", "navigation": "columns and lists",
                      "candidate": "report candidates", "leaf": "articles (news)"}.get(role, "other")] += 1
    sections["of which from the reserve"] = stats.get("frontier/fetch/from_reserve", 0)
    return dict(sections)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", default="discovery", help="simulated web profile")
    parser.add_argument("--runs", type=int, default=3, help="runs of each crawl (default 3)")
    args = parser.parse_args()
    web = build_web(seed=0, round=1, profile=args.profile)
    results: dict[str, list[dict]] = {"focused": [], "breadth-first": []}
    with tempfile.TemporaryDirectory() as tmp:
        for number in range(args.runs):
            workdir = Path(tmp) / str(number)
            workdir.mkdir()
            focused = crawl_once(web, "focused", workdir, None)
            results["focused"].append(focused)
            results["breadth-first"].append(
                crawl_once(web, "breadth-first", workdir, focused["requests"]))
    findable = results["focused"][0]["score"].findable
    print(f"profile {args.profile}: {len(web.seed_rows())} seed rows, {findable} findable reports, "
          f"{len(web.truth['traps'])} traps; {args.runs} run(s) each, alternating\n")
    print(f"{'crawl':14} {'recall':>7} {'precision':>9} {'requests':>9} {'req/report':>10} "
          f"{'max trap pages':>14} {'wall s (median)':>15}")
    for kind, runs in results.items():
        last = runs[-1]
        score = last["score"]
        per_report = last["requests"] / score.found if score.found else float("inf")
        print(f"{kind:14} {score.recall:7.3f} {score.precision:9.3f} {last['requests']:9d} "
              f"{per_report:10.1f} {last['trap_pages']:14d} "
              f"{statistics.median(r['seconds'] for r in runs):15.1f}")
    sections = results["focused"][-1]["sections"]
    print("\nfocused crawl, requests by section: " + ", ".join(
        f"{name} {count}" for name, count in sections.items()))
    missed = results["focused"][-1]["score"].missed
    if missed:
        print(f"\nfocused crawl missed: {', '.join(missed)}")


if __name__ == "__main__":
    main()
