"""`scrapy crawl`, with configuration errors reported in one line instead of a traceback.

A seed file that fails validation, or an archive that cannot be opened or is locked by
another crawl, is a user's mistake, not a bug. Before the crawl starts, this command asks
the spider class to check its configuration (`check_configuration`); on a problem it prints
one `ERROR:` line that says what is wrong and where, and exits with status 2 before
anything is fetched; so does `BROWSER_CHALLENGES=on` without a browser. A crawl that had to
stop because the archive could not be written (a full disk, a quota) ends with one `ERROR:`
line and status 1.
"""

from __future__ import annotations

import logging
import sys

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from archive.errors import ArchiveError
from crawler.browser import BrowserUnavailable, configure_browser
from crawler.seeds import SeedError

logger = logging.getLogger(__name__)

CONFIGURATION_ERRORS = (SeedError, ArchiveError)


class Command(ScrapyCrawlCommand):
    """Run a spider; a bad seed list or archive ends it with one clear line and status 2."""

    def run(self, args: list[str], opts) -> None:
        if len(args) != 1:
            raise UsageError("give exactly one spider name, e.g. `scrapy crawl gov_reports`")
        assert self.crawler_process
        spider_class = self.crawler_process.spider_loader.load(args[0])
        check = getattr(spider_class, "check_configuration", None)
        if check is not None:
            try:
                check(self.settings, **opts.spargs)
            except CONFIGURATION_ERRORS as error:
                print(f"ERROR: {error}", file=sys.stderr)
                self.exitcode = 2
                return
        try:
            # Download handlers are fixed when the crawler is made: the browser is settled now.
            browser = configure_browser(self.crawler_process.settings)
        except BrowserUnavailable as error:
            print(f"ERROR: {error}", file=sys.stderr)
            self.exitcode = 2
            return
        logger.info(browser)
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
        archive_error = crawler.stats.get_value("archive/error") if crawler.stats else None
        if archive_error:
            print(f"ERROR: {archive_error}", file=sys.stderr)
            self.exitcode = 1
