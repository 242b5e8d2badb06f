"""Crawl the ``kinds6`` web once with the real spider and score the archive per kind and per report.

    $ python -m simweb.kinds6.score [--keep DIR]

Prints the overall score, per kind the reports found and missed, per report whether it was found
(and at which copy) with its fields (region, report year, publish date, publisher) against the
truth, look-alikes archived, requests per report found, per trap, per host, and the answers the
misbehaving servers gave (403, 500, redirects, the dead host form).
"""

from __future__ import annotations

import argparse
from collections import Counter

from ..kinds5.score import archived_rows, head_lines, kind_lines, report_lines, serve_and_crawl
from ..scoring import score_archive, url_key
from . import KIND_NAMES


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", help="directory to keep the archive and log in")
    web, db, log, _ = serve_and_crawl("kinds6", parser.parse_args().keep)
    requests = [r for r in log if r["method"] != "CONNECT"]
    tunnels = [r for r in log if r["method"] == "CONNECT"]
    truth = web.truth
    score = score_archive(db, truth)
    print("\n".join(head_lines(score, requests)))
    print("\n".join(kind_lines(truth, set(score.missed), KIND_NAMES)))
    by_url = archived_rows(db)
    print("\nper report:")
    print("\n".join(report_lines(truth, by_url)))
    print("\ncopy each found report was archived at:")
    for entry in truth["reports"]:
        hits = [c for c in entry["copies"] if url_key(c["url"]) in by_url]
        if hits:
            print(f"  {entry['key']}: " + ", ".join(f"{c['kind']} {c['url']}" for c in hits))
    looks = {url_key(d["url"]): d for d in truth["lookalikes"]}
    wrong = [(row["title"], looks[url]["kind"]) for url, row in by_url.items() if url in looks]
    print(f"\nlook-alikes archived: {len(wrong)}" + "".join(f"\n  {t} ({k})" for t, k in wrong))
    print("\nrequests into traps:")
    for trap, what in truth["trap_kinds"].items():
        print(f"  {sum(r['url'].startswith(trap) for r in requests):5d}  {trap}  ({what})")
    print("\nseeds (answers on the seed URL's host form):")
    for seed in truth["seeds"]:
        asked = [
            r for r in requests + tunnels if url_key(r["url"]).startswith(url_key(seed["url"]).rstrip("/"))
        ]
        statuses = Counter(r["status"] for r in asked)
        print(f"  {seed['name']} {seed['url']} ({seed['how']}): answers {dict(statuses)}")
    statuses = Counter((r["url"].split("/")[2], r["status"]) for r in requests if r["status"] != 200)
    print("\nanswers other than 200:", ", ".join(f"{h} {s}×{n}" for (h, s), n in sorted(statuses.items())))
    agents = Counter(r["headers"].get("User-Agent", "") for r in requests)
    print("user agents:", ", ".join(f"{a!r} ×{n}" for a, n in agents.most_common(3)))
    per_host = Counter(r["url"].split("/")[2] for r in requests)
    print("\nrequests per host:", ", ".join(f"{h} {n}" for h, n in per_host.most_common()))
    print(f"\narchive and log in {db.parent}")


if __name__ == "__main__":
    main()
