"""`gov-reports`: export the archive and print what it holds.

Commands work on a finished archive (or one being written: they only read). `export` writes
the reports as JSON Lines and CSV, plus the coverage of seed sites by year, and prints the
number of reports per year and per province. `stats` prints the same counts without writing
anything. Run `gov-reports --help` or `python -m pipelines.cli --help`.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import click

from crawler.settings import ARCHIVE_PATH

REPORT_COLUMNS = (
    "id", "title", "region", "region_code", "province", "city", "report_year", "publisher",
    "publish_date", "issuer_kind", "url", "source_kind", "original_script", "first_seen",
    "last_seen", "content_hash", "body",
)


def _connect(archive: Path) -> sqlite3.Connection:
    if not archive.exists():
        raise click.ClickException(f"no archive at {archive}; run `scrapy crawl gov_reports` first")
    conn = sqlite3.connect(f"file:{archive.resolve()}?mode=ro", uri=True)
    try:
        conn.execute("select count(*) from reports").fetchone()
    except sqlite3.DatabaseError as error:
        raise click.ClickException(f"{archive} is not a gov-reports archive ({error})") from error
    conn.row_factory = sqlite3.Row
    return conn


def report_rows(conn: sqlite3.Connection, year: int | None = None, province: str | None = None):
    """The archive's reports as dicts, oldest year first, optionally narrowed."""
    where, params = [], []
    if year is not None:
        where.append("report_year = ?")
        params.append(year)
    if province:
        where.append("province = ?")
        params.append(province)
    sql = (f"select {', '.join(REPORT_COLUMNS)} from reports"
           f"{' where ' + ' and '.join(where) if where else ''} "
           "order by report_year, province, city, region, id")
    for row in conn.execute(sql, params):
        yield dict(row)


def counts(conn: sqlite3.Connection) -> tuple[list[tuple], list[tuple]]:
    """(year, reports) and (province, reports) pairs."""
    by_year = conn.execute("select report_year, count(*) from reports group by report_year "
                           "order by report_year").fetchall()
    by_province = conn.execute("select coalesce(province, '(unknown)'), count(*) from reports "
                               "group by province order by count(*) desc, province").fetchall()
    return [tuple(r) for r in by_year], [tuple(r) for r in by_province]


def _print_counts(conn: sqlite3.Connection) -> None:
    by_year, by_province = counts(conn)
    total = sum(n for _, n in by_year)
    click.echo(f"{total} reports")
    click.echo("by report year:")
    for year, n in by_year:
        click.echo(f"  {year if year is not None else '(unknown)'}  {n}")
    click.echo("by province:")
    for province, n in by_province:
        click.echo(f"  {province}  {n}")


@click.group()
def main() -> None:
    """Work with a gov-reports archive."""


@main.command()
@click.option("--archive", type=click.Path(path_type=Path), default=ARCHIVE_PATH,
              show_default=True, help="The SQLite archive to read.")
@click.option("--out", type=click.Path(path_type=Path), default=Path("export"),
              show_default=True, help="Directory to write the files into.")
@click.option("--year", type=int, default=None, help="Only reports on this year.")
@click.option("--province", default=None, help="Only reports of this province, e.g. 河南省.")
@click.option("--no-body", is_flag=True, help="Leave the report texts out of the CSV.")
def export(archive: Path, out: Path, year: int | None, province: str | None, no_body: bool) -> None:
    """Write reports.jsonl, reports.csv and coverage.csv, then print the counts.

    Example: gov-reports export --archive data/archive.db --out export/ --year 2023
    """
    conn = _connect(archive)
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    csv_columns = [c for c in REPORT_COLUMNS if not (no_body and c == "body")]
    with open(out / "reports.jsonl", "w", encoding="utf-8") as jsonl, \
            open(out / "reports.csv", "w", encoding="utf-8-sig", newline="") as table:
        writer = csv.DictWriter(table, fieldnames=csv_columns, extrasaction="ignore")
        writer.writeheader()
        for row in report_rows(conn, year, province):
            jsonl.write(json.dumps(row, ensure_ascii=False) + "\n")
            writer.writerow(row)
            written += 1
    coverage = conn.execute(
        "select s.name, s.province, s.city, s.adcode, s.seed_url, s.end_reason, r.report_year, "
        "count(r.id) as reports from sites s left join reports r "
        "on (r.region_code = s.adcode or r.region = s.name) "
        "group by s.site_key, r.report_year order by s.province, s.city, s.name, r.report_year"
    ).fetchall()
    with open(out / "coverage.csv", "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "province", "city", "adcode", "seed_url", "end_reason",
                         "report_year", "reports"])
        writer.writerows(tuple(row) for row in coverage)
    click.echo(f"wrote {written} reports to {out / 'reports.jsonl'} and {out / 'reports.csv'}, "
               f"{len(coverage)} coverage rows to {out / 'coverage.csv'}")
    _print_counts(conn)


@main.command()
@click.option("--archive", type=click.Path(path_type=Path), default=ARCHIVE_PATH,
              show_default=True, help="The SQLite archive to read.")
def stats(archive: Path) -> None:
    """Print the number of reports per year and per province.

    Example: gov-reports stats --archive data/archive.db
    """
    _print_counts(_connect(archive))


if __name__ == "__main__":
    main()
