"""Crawl the ``docweb`` web once with the real spider and score the archive per site and per form.

    $ python -m simweb.docweb.score [--keep DIR]

The crawl is run as ``simweb/kinds2/score.py`` runs it (one real ``scrapy crawl gov_reports``
through the simulated web's proxy). Prints, per site, each report found or missed with how it is
posted; for each found report the character F1 of its archived body against the truth text and its
region and year as archived against the truth; what the ``documents`` table says of each report's
file; look-alikes archived; requests per host.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from ..crawlrun import run_crawl, write_seeds
from ..scoring import url_key
from ..server import SimServer
from ..web import build_web
from . import FORM_NAMES


def char_f1(got: str, want: str) -> float:
    """F1 of the multisets of non-space characters of two texts."""
    a = Counter(c for c in got if not c.isspace())
    b = Counter(c for c in want if not c.isspace())
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def read_archive(path: Path) -> tuple[dict[int, dict], dict[str, set[int]], dict[str, tuple[str, str]]]:
    """Reports by id, report ids by URL (reports.url and sightings), documents' status by URL."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    reports = {r["id"]: dict(r) for r in conn.execute("select * from reports")}
    by_url: dict[str, set[int]] = defaultdict(set)
    for rid, row in reports.items():
        by_url[url_key(row["url"])].add(rid)
    for row in conn.execute("select report_id, url from sightings"):
        by_url[url_key(row["url"])].add(row["report_id"])
    documents = {
        url_key(r["url"]): (r["status"], r["reason"] or "")
        for r in conn.execute("select url, status, reason from documents")
    }
    conn.close()
    return reports, by_url, documents


def score(web, db: Path) -> list[str]:
    """The report lines of one archive against the web's truth."""
    reports, by_url, documents = read_archive(db)
    lines, found, matched = [], 0, set()
    truth = web.truth["reports"]
    sites = [s["key"] for s in web.truth["sites"]]
    for site in sites:
        for true in (r for r in truth if r["site"] == site):
            ids = set().union(*(by_url.get(url_key(c["url"]), set()) for c in true["copies"]))
            matched |= ids
            how = FORM_NAMES[true["form"]]
            files = [c for c in true["copies"] if c.get("role") != "article"]
            fates = sorted(
                {"/".join(documents.get(url_key(c["url"]), ("not fetched", ""))).rstrip("/") for c in files}
            )
            if not ids:
                lines.append(f"  {site:10s} MISSED {true['key']} ({how}); file: {', '.join(fates)}")
                continue
            found += 1
            row = reports[min(ids)]
            f1 = char_f1(row["body"] or "", true["body"])
            lines.append(
                f"  {site:10s} found  {true['key']} ({how}): body F1 {f1:.3f}; region {row['region']} "
                f"(truth {true['region']}); year {row['report_year']} (truth {true['report_year']})"
                + (f"; {len(ids)} rows" if len(ids) > 1 else "")
            )
    looks = {url_key(d["url"]): d for d in web.truth["lookalikes"]}
    archived_looks = sorted(
        {(looks[u]["title"], looks[u]["form"]) for u, ids in by_url.items() if u in looks and ids}
    )
    false = [r for rid, r in reports.items() if rid not in matched]
    head = [f"reports found {found}/{len(truth)}; archived {len(reports)} ({len(false)} not a true report)"]
    tail = [f"look-alikes archived: {len(archived_looks)}"]
    tail += [f"  {t} ({FORM_NAMES.get(f, f)})" for t, f in archived_looks]
    tail += [
        f"  other archived: {r['title']} ({r['url']})"
        for r in false
        if (r["title"], "html") not in archived_looks
    ]
    for d in (d for d in web.truth["lookalikes"] if d["file"]):
        fate = "/".join(documents.get(url_key(d["url"]), ("not fetched", ""))).rstrip("/")
        tail.append(f"  look-alike file: {d['title']} ({FORM_NAMES[d['form']]}): {fate}")
    return head + lines + tail


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", help="directory to keep the archive and log in")
    args = parser.parse_args()
    web = build_web(profile="docweb")
    work = Path(args.keep or tempfile.mkdtemp(prefix="docweb-"))
    work.mkdir(parents=True, exist_ok=True)
    with SimServer(web) as server:
        seeds = write_seeds(web.seed_rows(), work / "seeds.csv")
        crawl = run_crawl(
            seeds, work / "docweb.db", server.proxy_url, work / "crawl.log", "-s", "DOWNLOAD_TIMEOUT=5"
        )
        requests = [r for r in server.request_log if r["method"] != "CONNECT"]
    if crawl.returncode:
        raise SystemExit(crawl.stderr[-3000:])
    print("\n".join(score(web, work / "docweb.db")))
    print(f"\nrequests {len(requests)}, crawl {crawl.seconds:.1f} s")
    per_host = Counter(r["url"].split("/")[2] for r in requests)
    print("requests per host:", ", ".join(f"{h} {n}" for h, n in per_host.most_common()))
    print(f"\narchive and log in {work}")


if __name__ == "__main__":
    main()
