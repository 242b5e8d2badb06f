"""Read fetched pages in worker processes, so that the reactor's one thread only fetches and
decides.

Parsing HTML and scoring its links is most of the crawl process's CPU time; left in the
reactor thread it caps the crawl at what one core can parse. `PageReader` sends each page to
a `WorkerPool` of `PARSE_PROCESSES` processes (0 reads inline) and hands back the
`PageReading`; pages that arrive together travel together, in batches of up to BATCH_SIZE,
to save round trips. If a worker dies, the pool logs it and reading goes on inline.
"""

from __future__ import annotations

import asyncio

from crawler.discovery.reading import PageReading, PageToRead, read_page_safely
from crawler.workers import WorkerPool

# Pages sent to a worker together; a batch leaves when full or after BATCH_WAIT seconds.
BATCH_SIZE = 16
BATCH_WAIT = 0.002


def read_pages_safely(batch: list[PageToRead]) -> list[PageReading]:
    """Read a batch of pages in one worker call: one round trip instead of one per page."""
    return [read_page_safely(page) for page in batch]


class PageReader:
    """Pages in, readings out: in worker processes, in small batches, or inline."""

    def __init__(self, processes: int):
        self.pool = WorkerPool(processes, "page reading")
        self.waiting: list[tuple[PageToRead, asyncio.Future]] = []
        self.flush_handle: asyncio.TimerHandle | None = None
        self.batches: set[asyncio.Future] = set()

    def start(self) -> None:
        self.pool.start()

    async def read(self, page: PageToRead) -> PageReading:
        if self.pool.inline:
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
            readings = await self.pool.run(read_pages_safely, pages)
        except Exception as error:  # handed to each waiting page's callback, which logs it
            for _, future in batch:
                if not future.done():
                    future.set_exception(error)
            return
        for (_, future), reading in zip(batch, readings, strict=True):
            if not future.done():
                future.set_result(reading)

    def close(self) -> None:
        if self.flush_handle is not None:
            self.flush_handle.cancel()
            self.flush_handle = None
        self.pool.close()
