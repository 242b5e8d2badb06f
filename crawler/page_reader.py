"""Read fetched pages in worker processes, so that the reactor's one thread only fetches and
decides.

Parsing HTML and scoring its links is most of the crawl process's CPU time; left in the
reactor thread it caps the crawl at what one core can parse. `PageReader` sends each page to
a small pool of spawned processes (`PARSE_PROCESSES`; 0 reads inline) and hands back the
`PageReading`; pages that arrive together travel together, in batches of up to BATCH_SIZE,
to save round trips. If a worker dies, the error is logged and reading goes on inline.
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


def worker_processes(setting: int, most: int) -> int:
    """Worker processes for a *_PROCESSES setting: -1 means one per spare core, at most `most`."""
    if setting >= 0:
        return setting
    return min(most, max(0, (os.cpu_count() or 1) - 1))


# Workers run at a lower priority than the crawl process. On a machine whose cores are all
# busy, the reactor thread, which every request waits on, then gets a core first, and the
# workers take what is left: their queue can wait a few milliseconds, the reactor cannot.
WORKER_NICENESS = 10


def spawn_pool(processes: int) -> ProcessPoolExecutor | None:
    """A pool of `processes` workers, or None for 0. Spawned, not forked: the crawl process
    runs threads and a reactor."""
    if not processes:
        return None
    return ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn"),
                               initializer=os.nice, initargs=(WORKER_NICENESS,))


# Pages sent to a worker together; a batch leaves when full or after BATCH_WAIT seconds.
BATCH_SIZE = 16
BATCH_WAIT = 0.002


def read_pages_safely(batch: list[PageToRead]) -> list[PageReading]:
    """Read a batch of pages in one worker call: one round trip instead of one per page."""
    return [read_page_safely(page) for page in batch]


class PageReader:
    """Pages in, readings out: in worker processes, in small batches, or inline."""

    def __init__(self, processes: int):
        self.processes = processes
        self.pool: ProcessPoolExecutor | None = None
        self.waiting: list[tuple[PageToRead, asyncio.Future]] = []
        self.flush_handle: asyncio.TimerHandle | None = None
        self.batches: set[asyncio.Future] = set()

    def start(self) -> None:
        if self.pool is None:
            self.pool = spawn_pool(self.processes)

    async def read(self, page: PageToRead) -> PageReading:
        if self.pool is None:
            return read_page_safely(page)
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self.waiting.append((page, future))
        if len(self.waiting) >= BATCH_SIZE:
            self._flush()
        elif self.flush_handle is None:
            self.flush_handle = loop.call_later(BATCH_WAIT, self._flush)
        return await future

    def _flush(self) -> None:
        if self.flush_handle is not None:
            self.flush_handle.cancel()
            self.flush_handle = None
        batch, self.waiting = self.waiting, []
        if batch:
            task = asyncio.ensure_future(self._read_batch(batch))
            self.batches.add(task)
            task.add_done_callback(self.batches.discard)

    async def _read_batch(self, batch: list[tuple[PageToRead, asyncio.Future]]) -> None:
        pages = [page for page, _ in batch]
        try:
            readings = await self._read_in_pool(pages)
        except Exception as error:  # handed to each waiting page's callback, which logs it
            for _, future in batch:
                if not future.done():
                    future.set_exception(error)
            return
        for (_, future), reading in zip(batch, readings, strict=True):
            if not future.done():
                future.set_result(reading)

    async def _read_in_pool(self, pages: list[PageToRead]) -> list[PageReading]:
        if self.pool is not None:
            try:
                return await asyncio.get_running_loop().run_in_executor(
                    self.pool, read_pages_safely, pages)
            except BrokenProcessPool:
                logger.error("A page-reading process died; reading pages in the crawl process "
                             "from now on (at %s)", pages[0].url)
                self.pool = None
        return read_pages_safely(pages)

    def close(self) -> None:
        if self.flush_handle is not None:
            self.flush_handle.cancel()
            self.flush_handle = None
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
