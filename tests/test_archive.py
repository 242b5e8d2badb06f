"""The archive: schema idempotence, dedup into sightings, preferred copies, revisions, locks."""

import sqlite3

import pytest

from archive.errors import ArchiveError
from archive.lock import ArchiveLock
from archive.reports import archive_report, load_index
from archive.schema import open_archive
from tests.factories import body_of, record


@pytest.fixture
def db(tmp_path):
    database = open_archive(tmp_path / "archive.db")
    yield database
    database.close()


def test_schema_is_idempotent(tmp_path):
    path = tmp_path / "a.db"
    first = open_archive(path)
    first.close()
    again = open_archive(path)
    assert {"reports", "sightings", "versions", "crawls", "sites", "documents"} <= set(
        again.table_names())
    assert again["reports_fts"].exists()
    assert again.journal_mode == "wal"
    again.close()


def test_copies_become_sightings_and_the_better_copy_wins(db):
    index = load_index(db)
    body = body_of("001_d57c869607694eae.txt")
    pdf = record("http://www.etkq.gov.cn/P020221205.pdf", body.replace("\n", ""), kind="pdf")
    first = archive_report(db, index, pdf, 1, "t1")
    html = record("http://www.etkq.gov.cn/art/2022/12/5/art_1_2.html", body)
    second = archive_report(db, index, html, 1, "t1")
    mirror = record("http://www.etkq.gov.cn/gate/big5/x.html", body + "\n繁體", script="traditional")
    third = archive_report(db, index, mirror, 1, "t1")
    assert first.status == "new" and second.status == "copy" and third.status == "copy"
    assert second.report_id == first.report_id == third.report_id
    assert second.replaced_copy and not third.replaced_copy
    assert db["reports"].count == 1
    assert db["reports"].get(first.report_id)["url"] == html.url
    assert db["sightings"].count == 3
    assert db["versions"].count == 1


def test_reports_of_other_years_never_merge(db):
    index = load_index(db)
    body = body_of("001_d57c869607694eae.txt")
    a = archive_report(db, index, record("http://a/1.html", body, 2022), 1, "t1")
    b = archive_report(db, index, record("http://a/2.html", body + "\n补充。", 2023), 1, "t1")
    assert a.report_id != b.report_id and db["reports"].count == 2


def test_revision_at_the_same_url_adds_a_version(db):
    index = load_index(db)
    body = body_of("001_d57c869607694eae.txt")
    url = "http://www.etkq.gov.cn/art/2022/12/5/art_1_2.html"
    first = archive_report(db, index, record(url, body), 1, "t1")
    edited = body + "\n五、其他事项\n我旗将继续深化法治政府建设,持续提升依法行政水平。"
    again = archive_report(db, load_index(db), record(url, edited), 2, "t2")
    assert again.status == "revision" and again.report_id == first.report_id
    versions = db.execute("select version, first_seen from versions order by version").fetchall()
    assert versions == [(1, "t1"), (2, "t2")]
    assert db["reports"].get(first.report_id)["body"] == edited


def test_unchanged_recrawl_adds_only_a_sighting(db):
    body = body_of("001_d57c869607694eae.txt")
    url = "http://www.etkq.gov.cn/art/2022/12/5/art_1_2.html"
    archive_report(db, load_index(db), record(url, body), 1, "t1")
    result = archive_report(db, load_index(db), record(url, body), 2, "t2")
    assert result.status == "copy" and result.match == "exact"
    assert db["versions"].count == 1 and db["sightings"].count == 2
    assert db["reports"].get(result.report_id)["last_seen"] == "t2"


def test_full_text_search_finds_chinese(db):
    archive_report(db, load_index(db),
                           record("http://a/1.html", body_of("001_d57c869607694eae.txt")), 1, "t")
    hits = db.execute("select rowid from reports_fts where reports_fts match ?",
                      ['"帮办代办"']).fetchall()
    assert len(hits) == 1


def test_lock_refuses_a_second_crawl(tmp_path):
    path = tmp_path / "archive.db"
    lock = ArchiveLock(path)
    lock.acquire()
    try:
        with pytest.raises(ArchiveError, match="another crawl"):
            ArchiveLock(path).acquire()
    finally:
        lock.release()
    ArchiveLock(path).acquire()


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "archive.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(ArchiveError, match="is not an SQLite archive"):
        open_archive(path)


def test_read_transaction_does_not_block_writes(tmp_path):
    path = tmp_path / "archive.db"
    db = open_archive(path)
    reader = sqlite3.connect(path)
    reader.execute("begin")
    reader.execute("select count(*) from reports").fetchall()
    body = body_of("001_d57c869607694eae.txt")
    archive_report(db, load_index(db), record("http://a/1.html", body), 1, "t")
    assert db["reports"].count == 1
    reader.rollback()
    assert reader.execute("select count(*) from reports").fetchone()[0] == 1
    db.close()


def test_a_site_done_in_a_killed_crawl_is_not_complete(tmp_path):
    from archive.crawls import finish_crawl, save_sites, start_crawl
    from archive.history import CrawlHistory

    path = tmp_path / "archive.db"
    database = open_archive(str(path))
    killed = start_crawl(database, "2026-01-01T00:00:00Z", "seeds.csv", 2)
    row = {"site_key": "www.a.gov.cn/", "name": "甲县", "seed_url": "http://www.a.gov.cn/",
           "end_reason": "done", "last_crawl_id": killed}
    save_sites(database, [row])
    # Its last documents were being read when the crawl was killed: nothing says they were written.
    assert not CrawlHistory(path).completed_site("www.a.gov.cn/")
    finished = start_crawl(database, "2026-01-02T00:00:00Z", "seeds.csv", 2)
    save_sites(database, [{**row, "last_crawl_id": finished}])
    finish_crawl(database, finished, "2026-01-02T01:00:00Z", "finished", {})
    assert CrawlHistory(path).completed_site("www.a.gov.cn/")
