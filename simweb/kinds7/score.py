"""Crawl the ``kinds7`` web once with the real spider and score the archive per platform and per report.

    $ python -m simweb.kinds7.score [--keep DIR]

Prints the overall score, then per platform the reports found and missed and the requests its
sites cost, per report whether it was found and its fields (region, report year, publish date,
publisher) against the truth, the department reports archived (neither required nor false),
look-alikes archived, reposts filed under another region, and the requests into each trap.
"""

from __future__ import annotations

import argparse
from collections import Counter

from ..kinds5.score import archived_rows, crawl, extra_lines, head_lines, report_lines
from ..scoring import score_archive
from . import PLATFORMS, scoring_truth


def platform_lines(truth: dict, missed: set[str], per_host: Counter) -> list[str]:
    """Per platform: reports found of the findable ones, what was missed, requests on its hosts."""
    out = []
    for number, name in PLATFORMS.items():
        entries = [r for r in truth["reports"] if number in r["kinds"]]
        keys = [r["key"] for r in entries if r["findable"]]
        lost = [k for k in keys if k in missed]
        hosts = {r["host"] for r in entries}
        cost = sum(per_host[h] for h in hosts)
        found = len(keys) - len(lost)
        out.append(
            f"platform {number} {name}: found {found}/{len(keys)}"
            + (f"; missed {', '.join(lost)}" if lost else "")
            + f"; {cost} requests on {len(hosts)} hosts ({cost / max(1, found):.1f} per report found)"
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", help="directory to keep the archive and log in")
    args = parser.parse_args()
    web, db, requests, work = crawl("kinds7", args.keep)
    truth = web.truth
    score = score_archive(db, scoring_truth(truth))
    print("\n".join(head_lines(score, requests)))
    per_host = Counter(r["url"].split("/")[2] for r in requests)
    print("\n".join(platform_lines(truth, set(score.missed), per_host)))
    by_url = archived_rows(db)
    print("\nper report:")
    for entry, line in zip(truth["reports"], report_lines(truth, by_url), strict=True):
        print(line + ("" if entry["findable"] else " (not findable: only a .doc)"))
    print("\n".join(extra_lines(truth, by_url)))
    print("\nrequests into traps:")
    for prefix, what in truth["trap_kinds"].items():
        count = sum(r["url"].startswith(prefix) for r in requests)
        print(f"  {prefix} ({what}): {count}")
    print("\nrequests per host:", ", ".join(f"{h} {n}" for h, n in per_host.most_common()))
    print(f"\narchive and log in {work}")


if __name__ == "__main__":
    main()
