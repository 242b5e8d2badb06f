"""CPU time of the crawl's stages, measured where they run.

The spider's own steps run one at a time in the reactor thread, so their wall time is their
CPU time, read from a monotonic clock without the system call a CPU clock costs; page reading
reports the CPU time it took in whichever process read the page. The totals go to the crawl's
stats as `cpu/<stage>_seconds`.
"""

from __future__ import annotations

import time
from collections import Counter


class StageClock:
    """Seconds spent per stage of the crawl."""

    def __init__(self) -> None:
        self.seconds: Counter = Counter()

    def run(self, stage: str, step, *args):
        """Call `step(*args)`, counting its time against `stage`."""
        started = time.perf_counter()
        try:
            return step(*args)
        finally:
            self.seconds[stage] += time.perf_counter() - started

    def add(self, stage: str, seconds: float) -> None:
        """Count time measured elsewhere (a worker process's CPU time)."""
        self.seconds[stage] += seconds

    def report(self, stats) -> None:
        """Put the totals in a Scrapy stats collector."""
        for stage in ("parse", "schedule", *self.seconds):
            stats.set_value(f"cpu/{stage}_seconds", self.seconds[stage])
