"""Process-level metrics: start-up until the first window is painted, and peak memory (beside a process
holding the same map as a plain scene).

Start-up launches ``python -m cxdesigner FILE --exit-after-paint`` and, as its baseline, a bare PySide6
window with one label (``probe window``); each prints the wall-clock time of its first paint, and the
figure is that time minus the moment just before the process was started. The children run offscreen
with their own settings folders, so the user's recent files stay untouched, and with bytecode caching on.
The command line (``cli``) times ``cxdesigner --version``, ``templates`` and ``info FILE`` from start to
exit, beside a bare ``python -c "import sqlite3, json"`` timed the same way.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.stats import Samples, interleave

ROOT = Path(__file__).resolve().parents[2]
CHILD_SECONDS = 300


def _environment(home: Path) -> dict[str, str]:
    """Offscreen, private settings folders, and compiled bytecode kept as an installed editor keeps it
    (the first, dropped round writes it; a shell with PYTHONDONTWRITEBYTECODE would recompile every module
    at every start)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QT_LOGGING_RULES="qt.qpa.*=false",
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        PYTHONPYCACHEPREFIX=str(home / "pycache"),
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p),
    )
    return env


def _run(args: list[str], env: dict[str, str], key: str) -> tuple[float, float]:
    """Start a child; returns (when it was started, the number it printed after ``key``)."""
    start = time.time()
    done = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=CHILD_SECONDS
    )
    for line in done.stdout.splitlines():
        if line.startswith(key + " "):
            return start, float(line.split()[1])
    raise RuntimeError(f"{' '.join(args)} printed no {key!r} (status {done.returncode}): {done.stderr[-2000:]}")


def start_up(path: Path, rounds: int) -> Samples:
    """Seconds from launching the editor on ``path`` to its painted window, vs a bare one-label window."""
    with tempfile.TemporaryDirectory(prefix="cxdesigner-bench-home-") as home:
        env = _environment(Path(home))

        def subject() -> float:
            start, painted = _run(["-m", "cxdesigner", str(path), "--exit-after-paint"], env, "painted")
            return painted - start

        def baseline() -> float:
            start, painted = _run(["-m", "tests.bench.probe", "window"], env, "painted")
            return painted - start

        return interleave(subject, baseline, rounds)


CLI_BASELINE = ["-c", "import sqlite3, json"]


def _exit_seconds(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, check=True, timeout=CHILD_SECONDS)
    return time.perf_counter() - start


def cli(path: Path, rounds: int) -> dict[str, Samples]:
    """Seconds from launch to exit of three light commands, each beside the bare interpreter."""
    commands = {"cli --version": ["--version"], "cli templates": ["templates"], "cli info": ["info", str(path)]}
    with tempfile.TemporaryDirectory(prefix="cxdesigner-bench-home-") as home:
        env = _environment(Path(home))
        return {
            name: interleave(
                lambda argv=argv: _exit_seconds(["-m", "cxdesigner", *argv], env),
                lambda: _exit_seconds(CLI_BASELINE, env),
                rounds,
            )
            for name, argv in commands.items()
        }


def peak_memory_mb(path: Path, bare: bool = False) -> float:
    """The peak resident memory of a process that opens ``path`` into a painted scene (``bare``: the plain
    scene of the same rows, the baseline), in MB."""
    args = ["-m", "tests.bench.probe", "memory", str(path), *(["--bare"] if bare else [])]
    with tempfile.TemporaryDirectory(prefix="cxdesigner-bench-home-") as home:
        return _run(args, _environment(Path(home)), "maxrss_mb")[1]
