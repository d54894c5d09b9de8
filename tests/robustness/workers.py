"""Run many child processes side by side and collect their output, with a kill switch for hangs only.

``open_in_workers`` feeds corpus files to ``open_worker.py`` processes; ``run_commands`` runs whole command
lines (the CLI). The time limit is a hang detector (a file that never finishes would otherwise stall the
suite), never a performance assertion: timings are reported, not judged.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import selectors
import subprocess
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("open_worker.py")
HANG_SECONDS = 10.0
# Children forked from one server that has imported all of this once start in milliseconds, not in a second.
PRELOAD = [
    "cxdesigner.document",
    "cxdesigner.commands",
    "cxdesigner.cli",
    "tests.robustness.crash_child",
    "tests.robustness.faults",
]


def forkserver() -> multiprocessing.context.ForkServerContext:
    """The multiprocessing context whose server has the editor's modules imported already."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return context


def child_env() -> dict[str, str]:
    """The environment for children: this checkout's code first (not whatever is installed)."""
    return {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}


def open_in_workers(paths: Sequence[Path], scratch: Path, workers: int = 2) -> dict[str, dict[str, Any]]:
    """Open every file in ``workers`` processes; one result per path (outcome "crash"/"hang" on disaster)."""
    results: dict[str, dict[str, Any]] = {}
    scratch.mkdir(parents=True, exist_ok=True)
    selector = selectors.DefaultSelector()
    procs = []
    for i in range(workers):
        chunk = [str(p) for p in paths[i::workers]]
        log = (scratch / f"worker-{i}.stderr").open("w")
        proc = subprocess.Popen(
            [sys.executable, str(WORKER), str(scratch / f"worker-{i}")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            encoding="utf-8",
            env=child_env(),
        )
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write("".join(f"{c}\n" for c in chunk))
        proc.stdin.close()
        state = {"proc": proc, "current": None, "since": time.monotonic(), "log": log}
        selector.register(proc.stdout, selectors.EVENT_READ, state)
        procs.append(state)
    open_count = workers
    while open_count:
        for key, _mask in selector.select(timeout=1.0):
            state = key.data
            line = key.fileobj.readline()  # type: ignore[union-attr]
            state["since"] = time.monotonic()
            if not line:
                selector.unregister(key.fileobj)
                open_count -= 1
                code = state["proc"].wait()
                if state["current"] is not None:
                    results[state["current"]] = {"outcome": "crash", "error": f"worker died with status {code}"}
                continue
            message = json.loads(line)
            if "start" in message:
                state["current"] = message["start"]
            else:
                results[message["path"]] = message
                state["current"] = None
        for state in procs:
            idle = time.monotonic() - state["since"]
            if state["proc"].poll() is None and state["current"] is not None and idle > HANG_SECONDS:
                state["proc"].kill()
                results[state["current"]] = {"outcome": "hang", "error": f"no answer in {HANG_SECONDS} s"}
                state["current"] = None
    for state in procs:
        state["log"].close()
    return results


def run_commands(commands: Sequence[Sequence[str]], parallel: int = 2) -> list[subprocess.CompletedProcess[str]]:
    """Run whole command lines, ``parallel`` at a time, each killed after HANG_SECONDS (a hang detector)."""

    def one(command: Sequence[str]) -> subprocess.CompletedProcess[str]:
        try:
            return subprocess.run(
                list(command), capture_output=True, text=True, env=child_env(), timeout=HANG_SECONDS, check=False
            )
        except subprocess.TimeoutExpired:
            return subprocess.CompletedProcess(list(command), -9, "", "hang")

    with ThreadPoolExecutor(parallel) as pool:
        return list(pool.map(one, commands))


def run_cli_forked(commands: Sequence[Sequence[str]], scratch: Path) -> list[tuple[int, str, str]]:
    """Run ``cxdesigner.cli.main(args)`` in a fresh forked process per command; (status, stdout, stderr)."""
    scratch.mkdir(parents=True, exist_ok=True)
    context = forkserver()
    outcomes = []
    for i, args in enumerate(commands):
        out, err = scratch / f"cli-{i}.out", scratch / f"cli-{i}.err"
        proc = context.Process(target=_cli_child, args=(list(args), str(out), str(err)))
        proc.start()
        proc.join(HANG_SECONDS)
        if proc.exitcode is None:
            proc.kill()
            proc.join()
            outcomes.append((-9, "", "hang"))
            continue
        texts = [p.read_text(encoding="utf-8") if p.exists() else "" for p in (out, err)]
        outcomes.append((proc.exitcode, texts[0], texts[1]))
    return outcomes


def _cli_child(args: list[str], out: str, err: str) -> None:
    for fd, name in ((1, out), (2, err)):
        target = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(target, fd)
        os.close(target)
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115 - the process ends below
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    from cxdesigner.cli import main

    code = main(args)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
