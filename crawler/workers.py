"""Worker processes for the crawl's CPU work (page reading, extraction), which die with it.

`WorkerPool(processes, name)` runs a function in a pool of spawned processes, or inline
when `processes` is 0; if the pool breaks (a worker killed by the OOM killer, a crash in a
parser), it logs one error line and runs the rest inline. Workers run at a lower priority
than the crawl process (`WORKER_NICENESS`) and exit when it dies, even by SIGKILL: on Linux
the kernel sends them SIGKILL (`PR_SET_PDEATHSIG`), and everywhere a thread in each worker
exits it once its parent is gone. Without that, a killed crawl left its workers asleep
forever, waiting on pipes whose both ends they held.
"""

from __future__ import annotations

import asyncio
import ctypes
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

logger = logging.getLogger(__name__)

# Workers run at a lower priority than the crawl process. On a machine whose cores are all
# busy, the reactor thread, which every request waits on, then gets a core first, and the
# workers take what is left: their queue can wait a few milliseconds, the reactor cannot.
WORKER_NICENESS = 10
# Seconds between a worker's checks that the crawl process is still its parent.
PARENT_CHECK_SECONDS = 1.0
# From <linux/prctl.h>.
PR_SET_PDEATHSIG = 1


def worker_processes(setting: int, most: int) -> int:
    """Worker processes for a *_PROCESSES setting: -1 means one per spare core, at most `most`."""
    if setting >= 0:
        return setting
    return min(most, max(0, (os.cpu_count() or 1) - 1))


def set_death_signal(signum: int) -> None:
    """Have Linux send `signum` to this process when the thread that started it exits."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_PDEATHSIG, signum, 0, 0, 0) != 0:
        error = ctypes.get_errno()
        raise OSError(error, f"prctl(PR_SET_PDEATHSIG): {os.strerror(error)}")


def watch_parent(parent_pid: int, interval: float = PARENT_CHECK_SECONDS) -> None:
    """Exit this process at once when its parent is no longer `parent_pid` (it died)."""
    while True:
        if os.getppid() != parent_pid:
            os._exit(1)
        time.sleep(interval)


def start_worker(parent_pid: int, niceness: int) -> None:
    """A worker's initializer: lower its priority and tie its life to the crawl process's."""
    os.nice(niceness)
    if sys.platform == "linux":
        set_death_signal(signal.SIGKILL)
    # The parent may have died before the death signal was set: nothing would send it then.
    if os.getppid() != parent_pid:
        os._exit(1)
    threading.Thread(target=watch_parent, args=(parent_pid,), name="parent-watch",
                     daemon=True).start()


class WorkerPool:
    """Run functions in `processes` spawned worker processes, or inline.

    Spawned, not forked: the crawl process runs threads and a reactor. Workers are started
    on demand by the thread that submits work, the reactor's, which lives as long as the
    crawl process; Linux sends the death signal when that thread exits.
    """

    def __init__(self, processes: int, name: str):
        self.processes = processes
        self.name = name
        self.executor: ProcessPoolExecutor | None = None
        self.broken = False

    @property
    def inline(self) -> bool:
        """True when work runs in the calling process: no workers asked for, or the pool broke."""
        return not self.processes or self.broken

    def start(self) -> None:
        if self.inline or self.executor is not None:
            return
        self.executor = ProcessPoolExecutor(
            self.processes, mp_context=multiprocessing.get_context("spawn"),
            initializer=start_worker, initargs=(os.getpid(), WORKER_NICENESS))

    async def run(self, fn: Callable[..., Any], *args: Any) -> Any:
        """`fn(*args)` in a worker process (inline when the pool is off or broken)."""
        if not self.inline:
            if self.executor is None:
                raise RuntimeError(f"The {self.name} worker pool is not running")
            try:
                return await asyncio.get_running_loop().run_in_executor(self.executor, fn, *args)
            except BrokenProcessPool as error:
                self._broke(error)
        return fn(*args)

    def _broke(self, error: BrokenProcessPool) -> None:
        """Go on inline; every call in flight gets the error, one logs it."""
        if self.broken:
            return
        logger.error("A worker process of the %s pool died (%s); %s goes on in the crawl process",
                     self.name, error, self.name)
        self.broken = True
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = None

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None
