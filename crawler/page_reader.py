"""Read fetched pages in worker processes, so that the reactor's one thread only fetches and
decides.

Parsing HTML and scoring its links is most of the crawl process's CPU time; left in the
reactor thread it caps the crawl at what one core can parse. `PageReader` sends each page to
a small pool of spawned processes (`PARSE_PROCESSES`; 0 reads inline) and hands back the
`PageReading`. If a worker dies, the error is logged and reading goes on inline.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from crawler.discovery.reading import PageReading, PageToRead, read_page_safely

logger = logging.getLogger(__name__)


def parse_processes(setting: int) -> int:
    """Worker processes for a PARSE_PROCESSES value: -1 means one per spare core, at most 2."""
    if setting >= 0:
        return setting
    return min(2, max(0, (os.cpu_count() or 1) - 1))


class PageReader:
    """Pages in, readings out: in worker processes, or inline."""

    def __init__(self, processes: int):
        self.processes = processes
        self.pool: ProcessPoolExecutor | None = None

    def start(self) -> None:
        if self.processes and self.pool is None:
            # Spawned, not forked: the crawl process runs threads and a reactor.
            self.pool = ProcessPoolExecutor(self.processes,
                                            mp_context=multiprocessing.get_context("spawn"))

    async def read(self, page: PageToRead) -> PageReading:
        if self.pool is None:
            return read_page_safely(page)
        try:
            return await asyncio.get_running_loop().run_in_executor(self.pool, read_page_safely, page)
        except BrokenProcessPool:
            logger.error("A page-reading process died; reading pages in the crawl process "
                         "from now on (at %s)", page.url)
            self.pool = None
            return read_page_safely(page)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
