"""Processes seen through Linux's /proc, for tests that kill a process and look for survivors.

A process is named by its pid and its start time, so that a pid the system reuses is not
taken for the process that had it; a zombie counts as dead (it holds no memory, and a
container's init may never reap it).
"""

from __future__ import annotations

import time
from pathlib import Path


def process_state(pid: int) -> tuple[str, int, str] | None:
    """(state, parent pid, start time) of a process, or None if it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    # The command name, in parentheses, may hold spaces: the fields after it are fixed.
    fields = stat.rsplit(")", 1)[1].split()
    return fields[0], int(fields[1]), fields[19]


def command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except (FileNotFoundError, ProcessLookupError):
        return ""


def children_of(parent: int) -> dict[int, str]:
    """The running children of `parent`: pid -> start time."""
    children = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            state = process_state(int(entry.name))
            if state is not None and state[1] == parent and state[0] not in "ZX":
                children[int(entry.name)] = state[2]
    return children


def survivors(processes: dict[int, str], within: float) -> dict[int, str]:
    """Those of `processes` (pid -> start time) still running after `within` seconds, with
    their parent pid and command line."""
    deadline = time.monotonic() + within
    while True:
        alive = {}
        for pid, started in processes.items():
            state = process_state(pid)
            if state is not None and state[2] == started and state[0] not in "ZX":
                alive[pid] = f"ppid {state[1]}: {command_line(pid)}"
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.1)
