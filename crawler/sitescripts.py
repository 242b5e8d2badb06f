"""A site's own script files, fetched once for the URL helpers its pages call.

When a read page's links call helpers that nothing the page carries defines
(`PageReading.script_calls`: `javascript:toDetail('2024…')` with `toDetail` in `/js/common.js`),
`SiteScripts.complete` asks for the site's script files the page includes (once per site, a
few at most, counted in the site's budget; straight to the downloader, past the scheduler, but
through its middlewares: robots.txt applies), waits until they have come or failed, and has the
page read again with the helpers they define. The helpers are kept in the site's `SiteCrawl`
and travel to the page reader as plain values with every later page of the site
(`PageToRead.site_helpers`), so a page is read twice only while its site's scripts are being
learned. The page's own request stays in flight meanwhile, so its site cannot end before the
page has been read.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace

from scrapy import Request
from scrapy.http import Response, TextResponse

from crawler.discovery.apps import read_app_script
from crawler.discovery.reading import PageReading, PageToRead
from crawler.discovery.sitescripts import script_helpers
from crawler.discovery.urls import canonical_url
from crawler.frontier import SiteCrawl
from vocabulary.normalize import decode_bytes

logger = logging.getLogger(__name__)

# Script files come before any page: pages of their site are waiting for them.
SCRIPT_PRIORITY = 1000
# A fetched script file's text is kept for the site's pages up to this many characters.
MAX_KEPT_SCRIPT = 200_000


class SiteScripts:
    """Fetches sites' script files for their helpers, and reads waiting pages again."""

    def __init__(self, crawler, page_reader, max_size: int):
        self.crawler = crawler
        self.page_reader = page_reader
        self.max_size = max_size
        # Script files on their way, by (site key, URL): the task its waiting pages await.
        self.fetching: dict[tuple[str, str], asyncio.Task] = {}

    async def complete(self, site: SiteCrawl, page: PageToRead, reading: PageReading) -> PageReading:
        """The reading of `page`, read again with its site's helpers once the script files it
        needs have come; `reading` itself when it calls no unknown helper or nothing new came."""
        if not (reading.script_calls or reading.app_needed or reading.include_urls) or reading.error:
            return reading
        asked = [*((url, False) for url in reading.script_urls),
                 *((url, True) for url in reading.include_urls)]
        tasks = [task for task in (self._ask(site, url, included) for url, included in asked)
                 if task is not None]
        if tasks:
            await asyncio.gather(*tasks)
        learned = set(site.script_helpers) - {name for name, _ in page.site_helpers}
        app = reading.app_needed and bool(site.app_parts)
        included = tuple((url, site.script_texts[canonical_url(url)]) for url in reading.include_urls
                         if canonical_url(url) in site.script_texts)
        if not (learned & set(reading.script_calls) or app or included):
            return reading
        self.crawler.stats.inc_value("site_scripts/pages_read_again")
        again = await self.page_reader.read(
            replace(page, site_helpers=tuple(sorted(site.script_helpers.items())),
                    site_app=tuple(site.app_parts) if app else page.site_app,
                    included=page.included + included))
        again.cpu_seconds += reading.cpu_seconds
        return again

    def _ask(self, site: SiteCrawl, url: str, included: bool = False) -> asyncio.Task | None:
        """The task fetching a script file: started now, or already on its way (None: neither).
        An `included` file (one whose text belongs to a page's list) is asked under its own cap."""
        key = (site.site.key, canonical_url(url))
        if key in self.fetching:
            return self.fetching[key]
        if not (site.ask_included(url) if included else site.ask_script(url)):
            return None
        self.crawler.stats.inc_value("site_scripts/requested")
        task = asyncio.ensure_future(self._fetch(site, url))
        self.fetching[key] = task
        task.add_done_callback(lambda _: self.fetching.pop(key, None))
        return task

    async def _fetch(self, site: SiteCrawl, url: str) -> None:
        """Fetch one script file straight from the downloader (its middlewares apply: robots.txt,
        redirects, politeness), past the scheduler: a page is waiting for it, and a crawl
        that is closing must still be able to finish that page."""
        request = Request(url, priority=SCRIPT_PRIORITY, dont_filter=True,
                          meta={"download_maxsize": self.max_size})
        try:
            response = await self.crawler.engine.download_async(request)
        except Exception as error:  # robots.txt, network: counted; the page is read as it is
            self.crawler.stats.inc_value("site_scripts/failed")
            logger.debug("Script file %s not fetched: %r", url, error)
            return
        site.fetched += 1
        if response.status != 200:
            self.crawler.stats.inc_value("site_scripts/failed")
            return
        self.learn(site, response, url)

    def learn(self, site: SiteCrawl, response: Response, url: str | None = None) -> None:
        """Keep what a fetched script file (asked for as `url`) defines, and its text, for the
        site's pages."""
        text = response.text if isinstance(response, TextResponse) else decode_bytes(response.body, None).text
        if len(text) <= MAX_KEPT_SCRIPT:
            # Kept for the pages that include it (a helper file too may be one's list script).
            site.script_texts[canonical_url(url or response.url)] = text
        parts = read_app_script(text)
        if parts:
            site.app_parts.append(parts)
        helpers = script_helpers(text)
        self.crawler.stats.inc_value("site_scripts/helpers", len(helpers))
        # The first file to define a name keeps it; a page's own definition wins over both
        # (`links._PageHelpers`).
        site.script_helpers.update({name: helper for name, helper in helpers.items()
                                    if name not in site.script_helpers})
