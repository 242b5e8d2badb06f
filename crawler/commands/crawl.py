"""`scrapy crawl`, with configuration errors in one line, a plain summary and telling exit statuses.

A seed file that fails validation, or an archive that cannot be opened or is locked by
another crawl, is a user's mistake, not a bug. Once the options are read, and before Scrapy
creates its crawler process (which logs its version banner), this command asks the spider
class to check its configuration (`check_configuration`); on a problem it prints one
`ERROR:` line that says what is wrong and where, and exits with status 2 before anything is
logged or fetched. So does `BROWSER_CHALLENGES=on` without a browser (`crawler.browser`),
settled then too, since Scrapy fixes its download handlers when it creates a crawler. After
a crawl of the report spider it prints a summary read back from the archive
(`archive.crawls.read_crawl_summary`): sites reached, unreachable and blocked, reports new,
revised, read again, unchanged and missing, and where to look. Exit statuses: 0 when the
crawl ran; 1 when it had to stop because the archive could not be written (a full disk, a
quota); 2 for a configuration error; 3 when no site could be reached (every one unreachable
or forbidding its home page in robots.txt), so that a scheduled crawl can raise an alert.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import sqlite_utils
from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError
from scrapy.spiderloader import get_spider_loader

from archive.crawls import CrawlSummary, read_crawl_summary
from archive.errors import ArchiveError
from crawler.browser import BrowserUnavailable, configure_browser
from crawler.seeds import SeedError

logger = logging.getLogger(__name__)

CONFIGURATION_ERRORS = (SeedError, ArchiveError)
# Exit status of a crawl that reached no site at all.
EXIT_NO_SITE_REACHED = 3
# The Datasette metadata beside the code (the README's `datasette` command uses it).
METADATA_PATH = Path(__file__).resolve().parents[2] / "data" / "metadata.yml"


def shown_path(path: str | os.PathLike) -> str:
    """A path as a user would type it here: relative to the working directory when inside it."""
    absolute = Path(path).resolve()
    try:
        return str(absolute.relative_to(Path.cwd()))
    except ValueError:
        return str(absolute)


def summary_lines(summary: CrawlSummary, archive_path: str) -> list[str]:
    """The plain summary of a crawl: its sites, its reports, and where to look."""
    others = {reason: n for reason, n in sorted(summary.end_reasons.items())
              if reason not in ("unreachable", "robots") and n}
    ended = ", ".join(f"{n} {reason}" for reason, n in others.items())
    sites = (f"Sites: {summary.reached} of {summary.sites} reached"
             f"{f' (ended: {ended})' if ended else ''}, {summary.unreachable} unreachable, "
             f"{summary.blocked} blocked by robots.txt")
    if summary.not_visited:
        sites += f", {summary.not_visited} not visited before the crawl stopped"
    if summary.done_earlier:
        sites += f"; {summary.done_earlier} done before the pause"
    archive = shown_path(archive_path)
    lines = [
        f"Crawl #{summary.crawl_id} {summary.finish_reason or 'stopped'}: {summary.requests} "
        f"requests sent, {summary.pages} responses, {summary.errors} requests failed",
        sites,
        f"Reports: {summary.reports_new} new, {summary.revisions} revised, {summary.reports_seen} "
        f"read again, {summary.reports_unchanged} unchanged (304), {summary.reports_missing} "
        "missing (their URL answered an error)",
        f"Archive: {archive}",
        f"Look: datasette {archive} -m {shown_path(METADATA_PATH)} --setting suggest_facets off",
    ]
    # Not reached, forbidden by robots.txt, or behind a script challenge no browser passed.
    if summary.unreachable or summary.blocked or summary.end_reasons.get("blocked"):
        lines.append("      then http://127.0.0.1:8001/archive/sites?end_reason__in="
                     "unreachable,robots,blocked for the sites not reached, and why")
    return lines


class Command(ScrapyCrawlCommand):
    """Run a spider; a bad seed list or archive ends it with one clear line and status 2."""

    def process_options(self, args: list[str], opts) -> None:
        super().process_options(args, opts)
        if len(args) != 1:
            raise UsageError("give exactly one spider name, e.g. `scrapy crawl gov_reports`")
        # Here, not in `run`: the crawler process, created between the two, logs the banner.
        try:
            spider_class = get_spider_loader(self.settings).load(args[0])
        except KeyError as error:
            raise UsageError(f"no spider named {args[0]!r}", print_help=False) from error
        check = getattr(spider_class, "check_configuration", None)
        if check is not None:
            try:
                check(self.settings, **opts.spargs)
            except CONFIGURATION_ERRORS as error:
                print(f"ERROR: {error}", file=sys.stderr)
                raise SystemExit(2) from None
        try:
            self.browser = configure_browser(self.settings)
        except BrowserUnavailable as error:
            print(f"ERROR: {error}", file=sys.stderr)
            raise SystemExit(2) from None

    def run(self, args: list[str], opts) -> None:
        assert self.crawler_process
        logger.info(getattr(self, "browser", ""))
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
        stats = crawler.stats.get_stats() if crawler.stats else {}
        crawl_id = stats.get("archive/crawl_id")
        if crawl_id is not None:
            self.summarise(crawl_id)
        if stats.get("archive/error"):
            print(f"ERROR: {stats['archive/error']}", file=sys.stderr)
            self.exitcode = 1

    def summarise(self, crawl_id: int) -> None:
        """Print the crawl's summary (and log it, when the log goes to a file); set status 3
        when no site could be reached."""
        archive_path = self.settings.get("ARCHIVE_PATH")
        try:
            with closing(sqlite3.connect(f"file:{Path(archive_path).resolve()}?mode=ro",
                                         uri=True)) as conn:
                summary = read_crawl_summary(sqlite_utils.Database(conn), crawl_id)
        except sqlite3.Error as error:
            print(f"No summary: the archive {archive_path} could not be read ({error})",
                  file=sys.stderr)
            return
        if summary is None:
            return
        lines = summary_lines(summary, archive_path)
        print("\n".join(lines), flush=True)
        if self.settings.get("LOG_FILE"):
            for line in lines:
                logger.info("%s", line)
        if summary.none_reached:
            print(f"ERROR: no site could be reached ({summary.unreachable} unreachable, "
                  f"{summary.blocked} blocked by robots.txt); check the network, the proxy "
                  "(http_proxy, https_proxy) and the seed URLs", file=sys.stderr)
            self.exitcode = EXIT_NO_SITE_REACHED
