"""A stand-in for the crawl around `crawler.sitescripts.SiteScripts`: a site, a crawler whose
engine answers script requests from saved bytes, and a page reader that reads in-process;
shared by the tests of site script files, app shells and script-written lists."""

from __future__ import annotations

import asyncio
from pathlib import Path

from parsel import Selector
from scrapy.http import Request

from crawler.discovery.links import LinkKind
from crawler.discovery.reading import PageToRead, html_root, read_page
from crawler.frontier import CrawlLimits, SiteCrawl
from crawler.seeds import Seed
from crawler.sitescripts import SiteScripts

KINDS3 = Path(__file__).resolve().parent / "fixtures" / "pages" / "kinds3"


def page(name: str, url: str, helpers: dict | None = None) -> PageToRead:
    return PageToRead(url=url, body=(KINDS3 / name).read_bytes(), encoding="utf-8", score=60,
                      kind=LinkKind.COLUMN, site_helpers=tuple(sorted((helpers or {}).items())))


def root_of(text: str, url: str = "http://www.example.gov.cn/list/"):
    return Selector(root=html_root(text, url), type="html").root


def site(url: str = "http://www.hnyou.gov.cn/") -> SiteCrawl:
    return SiteCrawl(Seed(name="county", url=url), CrawlLimits(max_pages=10))


class Stats:
    def __init__(self):
        self.values: dict = {}

    def inc_value(self, key, count=1):
        self.values[key] = self.values.get(key, 0) + count


class FakeCrawler:
    """What `SiteScripts` uses of a crawler: stats, and the engine's `download_async`, which
    answers each request with `answer(request)` (a response, or an exception to raise)."""

    def __init__(self, answer):
        self.stats = Stats()
        self.requests: list[Request] = []
        self.engine = self
        self.answer = answer

    async def download_async(self, request: Request):
        self.requests.append(request)
        await asyncio.sleep(0)
        result = self.answer(request)
        if isinstance(result, Exception):
            raise result
        return result


class InlineReader:
    async def read(self, page_in: PageToRead):
        return read_page(page_in)


def complete(crawl: SiteCrawl, listing: PageToRead, answer):
    """Read `listing` and complete its reading, the script files answered by `answer`; the
    first reading, the completed one, the crawler and the `SiteScripts`."""
    crawler = FakeCrawler(answer)
    scripts = SiteScripts(crawler, InlineReader(), 1 << 20)
    first = read_page(listing)
    return first, asyncio.run(scripts.complete(crawl, listing, first)), crawler, scripts
