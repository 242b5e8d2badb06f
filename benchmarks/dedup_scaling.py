"""Cost of archiving one report as the archive grows: 1k, 10k and 100k reports.

Synthetic reports (the simulated web's report generator, distinct texts) are archived one by
one with `archive.reports.archive_report`, exactly as the crawl does: fingerprint, exact and LSH
lookups, one transaction with the row, its version, sighting, page row, signature and the
trigram full-text index. At each checkpoint the benchmark times a sample of further inserts
(new reports) and of copies of known reports (a duplicate found and recorded as a sighting),
and prints the median milliseconds per report, split into fingerprinting and database work.
The cost must stay flat: every lookup is a hash, an LSH bucket or a B-tree probe.

    $ python -m benchmarks.dedup_scaling                 # 1k, 10k, 100k (about 15 minutes)
    $ python -m benchmarks.dedup_scaling --sizes 1000,10000
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from archive.fingerprint import content_hash, minhash, shingles
from archive.records import ReportRecord
from archive.reports import archive_report, load_index
from archive.schema import open_archive
from simweb.texts import make_report

SAMPLE = 200
PROVINCES = ("河北省", "山西省", "河南省", "浙江省", "广东省", "江西省", "内蒙古自治区")


def synthetic_record(number: int) -> ReportRecord:
    """A distinct report: its own place, year and text."""
    rng = random.Random(number)
    place = f"测试{number}县"
    year = 2016 + number % 9
    body = "\n".join(make_report(rng, place, year))
    return ReportRecord(
        url=f"http://www.t{number}.gov.cn/fzzf/{year + 1}03/t{year + 1}0328_{number}.html",
        fetched_at="2026-11-26T00:00:00+00:00", http_status=200, kind="html",
        title=f"{place}{year}年法治政府建设工作报告", body=body, body_original=body,
        script="simplified", report_year=year, region=place, region_code=None,
        province=PROVINCES[number % len(PROVINCES)], city=None, publisher=f"{place}人民政府",
        publish_date=f"{year + 1}-03-28", issuer_kind="government", score=1.0, reason="synthetic",
        site_key=f"www.t{number}.gov.cn/", own_site=True,
    )


def timed_inserts(db, index, records: list[ReportRecord]) -> tuple[float, float]:
    """Median ms per report for fingerprinting alone and for the whole archive_report."""
    fingerprint_ms, total_ms = [], []
    for record in records:
        started = time.perf_counter()
        minhash(shingles(record.body))
        content_hash(record.body)
        fingerprint_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        archive_report(db, index, record, 1, "2026-11-26T00:00:00+00:00")
        total_ms.append((time.perf_counter() - started) * 1000)
    return statistics.median(fingerprint_ms), statistics.median(total_ms)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000",
                        help="archive sizes to measure at (default 1000,10000,100000)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "archive.db"
        db = open_archive(path)
        index = load_index(db)
        filled = 0
        print(f"{'reports':>8}  {'new: fingerprint ms':>20}  {'new: total ms':>14}  "
              f"{'copy: total ms':>15}  {'file MiB':>8}  {'fill s':>7}")
        for size in sizes:
            started = time.perf_counter()
            while filled < size:
                archive_report(db, index, synthetic_record(filled), 1,
                                       "2026-11-26T00:00:00+00:00")
                filled += 1
            fill_seconds = time.perf_counter() - started
            new = [synthetic_record(10_000_000 + size + i) for i in range(SAMPLE)]
            fingerprint_ms, new_ms = timed_inserts(db, index, new)
            known = random.Random(size).sample(range(filled), SAMPLE)
            copies = []
            for number in known:
                record = synthetic_record(number)
                record.url = record.url.replace(".html", "_print.html")
                record.body = record.body + "\n(打印本页)"
                copies.append(record)
            _, copy_ms = timed_inserts(db, index, copies)
            filled += SAMPLE
            size_mib = path.stat().st_size / 2**20
            print(f"{size:8d}  {fingerprint_ms:20.2f}  {new_ms:14.2f}  {copy_ms:15.2f}  "
                  f"{size_mib:8.0f}  {fill_seconds:7.0f}")
        db.close()


if __name__ == "__main__":
    main()
