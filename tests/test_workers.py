"""The worker pool: runs in spawned processes or inline, falls back inline once when a worker
dies, and its workers die with the process that started them, even by SIGKILL."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from crawler.discovery.reading import PageToRead, read_page_safely
from crawler.page_reader import PageReader
from crawler.workers import WORKER_NICENESS, WorkerPool, worker_processes
from simweb.crawlrun import PROJECT_ROOT
from tests.processes import children_of, command_line, survivors

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def exit_unless_in(pid: int) -> str:
    """Kill the worker that runs this; in the process `pid` itself, answer."""
    if os.getpid() != pid:
        os._exit(3)
    return "inline"


def test_worker_processes_reads_the_setting():
    assert worker_processes(3, most=2) == 3
    assert worker_processes(0, most=2) == 0
    assert 0 <= worker_processes(-1, most=2) <= 2


def test_no_processes_runs_inline():
    pool = WorkerPool(0, "test")
    pool.start()
    assert pool.inline and pool.executor is None
    assert asyncio.run(pool.run(os.getpid)) == os.getpid()
    pool.close()


def test_a_pool_not_started_refuses_work():
    pool = WorkerPool(1, "test")
    with pytest.raises(RuntimeError, match="not running"):
        asyncio.run(pool.run(os.getpid))


def test_workers_are_children_of_the_pool_owner_at_a_lower_priority():
    pool = WorkerPool(1, "test")
    pool.start()

    async def ask():
        return await pool.run(os.getppid), await pool.run(os.nice, 0)

    try:
        parent, niceness = asyncio.run(ask())
    finally:
        pool.close()
    assert parent == os.getpid()
    assert niceness == min(19, os.nice(0) + WORKER_NICENESS)


def test_a_dead_worker_logs_one_error_and_work_goes_on_inline(caplog):
    pool = WorkerPool(2, "test")
    pool.start()

    async def run_three():
        return await asyncio.gather(*(pool.run(exit_unless_in, os.getpid()) for _ in range(3)))

    try:
        with caplog.at_level(logging.ERROR, logger="crawler.workers"):
            assert asyncio.run(run_three()) == ["inline"] * 3
            assert asyncio.run(pool.run(exit_unless_in, os.getpid())) == "inline"
    finally:
        pool.close()
    assert pool.inline and pool.executor is None
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1 and "worker process of the test pool died" in errors[0]


def test_page_reader_batches_pages_to_its_workers():
    pages = [PageToRead(url=f"http://www.a.gov.cn/{n}.html", encoding="utf-8",
                        body=f'<html><title>第{n}页</title><a href="/x{n}.html">x</a></html>'.encode())
             for n in range(20)]
    reader = PageReader(1)
    reader.start()

    async def read_all():
        return await asyncio.gather(*(reader.read(page) for page in pages))

    try:
        readings = asyncio.run(read_all())
    finally:
        reader.close()
    assert not reader.pool.inline
    inline = [read_page_safely(page) for page in pages]
    assert [(r.title, r.links) for r in readings] == [(r.title, r.links) for r in inline]


# Starts a pool of two workers, has both work, says so, and waits to be killed.
POOL_OWNER = textwrap.dedent("""
    import asyncio, time
    from crawler.workers import WorkerPool

    async def main():
        pool = WorkerPool(2, "test")
        pool.start()
        await asyncio.gather(pool.run(time.sleep, 0.5), pool.run(time.sleep, 0.5))
        print("ready", flush=True)
        time.sleep(120)

    asyncio.run(main())
""")


@linux_only
def test_workers_die_when_their_owner_is_killed():
    owner = subprocess.Popen([sys.executable, "-c", POOL_OWNER], cwd=PROJECT_ROOT,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert owner.stdout.readline().strip() == "ready"
        children = children_of(owner.pid)
        workers = [pid for pid in children if "spawn_main" in command_line(pid)]
        assert len(workers) == 2, children
    finally:
        owner.send_signal(signal.SIGKILL)
        owner.wait(timeout=10)
        owner.stdout.close()
    assert survivors(children, within=5) == {}


# A child that only watches its parent (no death signal) and says so, under a parent that
# waits.
WATCHED_CHILD = ("import os, sys, threading, time; from crawler.workers import watch_parent; "
                 "threading.Thread(target=watch_parent, args=(int(sys.argv[1]), 0.1), daemon=True)"
                 ".start(); print(os.getpid(), flush=True); time.sleep(120)")
WATCHING_PARENT = textwrap.dedent(f"""
    import os, subprocess, sys, time
    subprocess.Popen([sys.executable, "-c", {WATCHED_CHILD!r}, str(os.getpid())])
    time.sleep(120)
""")


@linux_only
def test_a_watching_worker_exits_when_its_parent_is_gone():
    parent = subprocess.Popen([sys.executable, "-c", WATCHING_PARENT], cwd=PROJECT_ROOT,
                              stdout=subprocess.PIPE, text=True)
    try:
        child = int(parent.stdout.readline())
        watched = {pid: started for pid, started in children_of(parent.pid).items() if pid == child}
        assert watched, "the child is not running"
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)
        parent.stdout.close()
    assert survivors(watched, within=5) == {}


def test_a_worker_whose_parent_died_before_it_started_exits():
    # Expecting parent pid 0 stands for a parent that died before the worker's initializer ran.
    started = subprocess.run([sys.executable, "-c", "from crawler.workers import start_worker; "
                              "start_worker(0, 0); print('alive')"],
                             cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert started.returncode == 1 and "alive" not in started.stdout
