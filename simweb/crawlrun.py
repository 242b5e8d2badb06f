"""Run the real `scrapy crawl gov_reports` against the simulated web, as a user would.

The crawl runs as a subprocess from the project root, reaching the simulated web through
the standard `http_proxy`/`https_proxy` variables, with the settings later checks use
(`DOWNLOAD_DELAY=0`, `AUTOTHROTTLE_ENABLED=False`). Shared by the end-to-end tests and the
benchmarks.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEED_FIELDS = ["name", "url", "level", "province", "city", "adcode"]


@dataclass
class CrawlRun:
    """What one crawl subprocess did."""

    returncode: int
    seconds: float
    stdout: str
    stderr: str
    log: str


def write_seeds(rows: list[dict], path: Path) -> Path:
    """Write seed rows as the CSV the spider reads."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, SEED_FIELDS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def proxy_env(proxy_url: str) -> dict[str, str]:
    """The environment of a crawl that must reach the web only through `proxy_url`."""
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("no_proxy", "all_proxy")}
    env.update({"http_proxy": proxy_url, "https_proxy": proxy_url, "HTTP_PROXY": proxy_url,
                "HTTPS_PROXY": proxy_url, "PYTHONUNBUFFERED": "1"})
    return env


def run_crawl(seeds: Path, archive: Path, proxy_url: str, log: Path, *extra: str,
              spider: str = "gov_reports", timeout: float = 900) -> CrawlRun:
    """Run one crawl to completion and return its exit status, time and log."""
    # A path to a spider file runs it with the project's settings (`scrapy runspider`).
    verb = "runspider" if spider.endswith(".py") else "crawl"
    command = [
        sys.executable, "-m", "scrapy", verb, spider,
        "-a", f"seeds={seeds}",
        "-s", f"ARCHIVE_PATH={archive}",
        "-s", "DOWNLOAD_DELAY=0",
        "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", f"LOG_FILE={log}",
        *extra,
    ]
    started = time.monotonic()
    done = subprocess.run(command, cwd=PROJECT_ROOT, env=proxy_env(proxy_url), capture_output=True,
                          text=True, timeout=timeout, check=False)
    seconds = time.monotonic() - started
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    return CrawlRun(done.returncode, seconds, done.stdout, done.stderr, text)
