"""The export command: files written, counts printed, clear errors on a missing archive."""

import csv
import json

from click.testing import CliRunner

from archive.reports import archive_report, load_index
from archive.schema import open_archive
from pipelines.cli import main
from tests.factories import body_of, record


def make_archive(path):
    db = open_archive(path)
    index = load_index(db)
    archive_report(db, index, record("http://a/2022.html", body_of("001_d57c869607694eae.txt"),
                                             2022), 1, "t")
    archive_report(db, index, record("http://a/2023.html", body_of("000_0afa2c059454ba15.txt"),
                                             2023, region="华龙区", province="河南省"), 1, "t")
    db.close()


def test_export_writes_jsonl_csv_and_counts(tmp_path):
    make_archive(tmp_path / "a.db")
    result = CliRunner().invoke(main, ["export", "--archive", str(tmp_path / "a.db"),
                                       "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in (tmp_path / "out" / "reports.jsonl").open(encoding="utf-8")]
    assert [(r["report_year"], r["province"]) for r in rows] == [(2022, "内蒙古自治区"),
                                                                  (2023, "河南省")]
    with open(tmp_path / "out" / "reports.csv", encoding="utf-8-sig") as handle:
        assert len(list(csv.DictReader(handle))) == 2
    assert "2 reports" in result.output and "  2023  1" in result.output
    assert "  河南省  1" in result.output


def test_export_narrows_by_year(tmp_path):
    make_archive(tmp_path / "a.db")
    result = CliRunner().invoke(main, ["export", "--archive", str(tmp_path / "a.db"),
                                       "--out", str(tmp_path / "out"), "--year", "2023", "--no-body"])
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "out" / "reports.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["report_year"] == 2023
    header = (tmp_path / "out" / "reports.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert "body" not in header.split(",")


def test_missing_archive_is_one_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["stats", "--archive", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no archive at" in result.output
