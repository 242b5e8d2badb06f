"""Build the default seed list in `data/seeds/` from the compiled portal list.

`data/gov_sites.csv` (see `data/gov_sites.README.md`) lists the portals of China's provinces,
cities and county-level units with their division codes. The default seed list keeps every
provincial and city portal and an evenly spread sample of county sites, in the seed format
the spider reads. Run `python -m crawler.build_seeds` after the source changes.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

COLUMNS = ("level", "province", "city", "name", "adcode", "url")


def build_default_seeds(rows: list[dict[str, str]], county_sample: int) -> list[dict[str, str]]:
    """Every provincial and city portal with a URL, plus `county_sample` county sites."""
    portals = [r for r in rows if r["level"] in ("province", "city") and r["url"]]
    counties = [r for r in rows if r["level"] == "county" and r["url"]]
    step = max(1, len(counties) // county_sample) if county_sample else 0
    sample = counties[::step][:county_sample] if step else []
    return [{c: r.get(c, "") for c in COLUMNS} for r in portals + sample]


def main(argv: list[str] | None = None) -> None:
    """Write the default seed list."""
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", default=root / "data" / "gov_sites.csv", type=Path)
    parser.add_argument("--out", default=root / "data" / "seeds" / "default.csv", type=Path)
    parser.add_argument("--county-sample", default=100, type=int,
                        help="county sites to include (default 100)")
    args = parser.parse_args(argv)
    with open(args.source, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    seeds = build_default_seeds(rows, args.county_sample)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(seeds)
    print(f"{args.out}: {len(seeds)} seeds from {len(rows)} rows of {args.source}")


if __name__ == "__main__":
    main()
