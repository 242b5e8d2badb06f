"""A site's own script files, fetched once for the URL helpers its pages call.

When a read page's links call helpers that nothing the page carries defines
(`PageReading.script_calls`: `javascript:toDetail('2024…')` with `toDetail` in `/js/common.js`),
`SiteScripts.complete` asks for the site's script files the page includes (once per site, a
few at most, counted in the site's budget, through the downloader middlewares: robots.txt
applies), waits until they have come or failed, and has the page read again with the helpers
they define. The helpers are kept in the site's `SiteCrawl` and travel to the page reader as
plain values with every later page of the site (`PageToRead.site_helpers`), so a page is read
twice only while its site's scripts are being learned. The page's own request stays in flight
meanwhile, so its site cannot end before the page has been read.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace

from scrapy import Request, signals
from scrapy.http import Response, TextResponse

from crawler.discovery.reading import PageReading, PageToRead
from crawler.discovery.sitescripts import script_helpers
from crawler.discovery.urls import canonical_url
from crawler.frontier import SiteCrawl

logger = logging.getLogger(__name__)

# Script files come before any page: pages of their site are waiting for them.
SCRIPT_PRIORITY = 1000
# The meta key of a script request: (site key, canonical URL).
META_KEY = "site_script"


class SiteScripts:
    """Fetches sites' script files for their helpers, and reads waiting pages again."""

    def __init__(self, crawler, page_reader, max_size: int):
        self.crawler = crawler
        self.page_reader = page_reader
        self.max_size = max_size
        # Script requests in flight: the site, and the future its waiting pages await.
        self.waiting: dict[tuple[str, str], tuple[SiteCrawl, asyncio.Future]] = {}
        crawler.signals.connect(self._dropped, signal=signals.request_dropped)

    async def complete(self, site: SiteCrawl, page: PageToRead, reading: PageReading) -> PageReading:
        """The reading of `page`, read again with its site's helpers once the script files it
        needs have come; `reading` itself when it calls no unknown helper or nothing new came."""
        if not reading.script_calls or reading.error:
            return reading
        futures = [self._ask(site, url) for url in reading.script_urls]
        futures = [future for future in futures if future is not None]
        if futures:
            await asyncio.gather(*futures)
        learned = set(site.script_helpers) - {name for name, _ in page.site_helpers}
        if not learned & set(reading.script_calls):
            return reading
        self.crawler.stats.inc_value("site_scripts/pages_read_again")
        again = await self.page_reader.read(
            replace(page, site_helpers=tuple(sorted(site.script_helpers.items()))))
        again.cpu_seconds += reading.cpu_seconds
        return again

    def _ask(self, site: SiteCrawl, url: str) -> asyncio.Future | None:
        """The future of a script file: asked for now, or already on its way (None: neither)."""
        key = (site.site.key, canonical_url(url))
        if key in self.waiting:
            return self.waiting[key][1]
        if not site.ask_script(url):
            return None
        future = asyncio.get_running_loop().create_future()
        self.waiting[key] = (site, future)
        self.crawler.stats.inc_value("site_scripts/requested")
        request = Request(url, callback=self._arrived, errback=self._failed, priority=SCRIPT_PRIORITY,
                          dont_filter=True, meta={META_KEY: key, "download_maxsize": self.max_size})
        self.crawler.engine.crawl(request)
        return future

    def _arrived(self, response: Response) -> list:
        key = response.meta[META_KEY]
        entry = self.waiting.get(key)
        if entry is not None:
            site, _ = entry
            site.fetched += 1
            text = response.text if isinstance(response, TextResponse) else response.body.decode(
                "utf-8", "replace")
            helpers = script_helpers(text)
            self.crawler.stats.inc_value("site_scripts/helpers", len(helpers))
            # A page's own definition still wins over the site's (`links._PageHelpers`).
            site.script_helpers.update({name: helper for name, helper in helpers.items()
                                        if name not in site.script_helpers})
        self._settle(key)
        return []

    def _failed(self, failure) -> None:
        key = failure.request.meta[META_KEY]
        self.crawler.stats.inc_value("site_scripts/failed")
        logger.debug("Script file %s not fetched: %s", failure.request.url, failure.value)
        self._settle(key)

    def _dropped(self, request: Request, spider=None) -> None:
        key = request.meta.get(META_KEY)
        if key is not None:
            self._settle(key)

    def _settle(self, key: tuple[str, str]) -> None:
        entry = self.waiting.pop(key, None)
        if entry is not None and not entry[1].done():
            entry[1].set_result(None)
