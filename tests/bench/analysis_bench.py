"""The path-analysis metrics: ``analyse`` on an opened map, and ``cxdesigner check --json`` as a process.

Baseline for both: bare networkx on the same graph, ``condensation`` and ``topological_sort`` (the least
any exact analysis over loops-as-steps must do). In process, the baseline builds the ``DiGraph`` from the
map's flows already in memory; as a process, a child Python reads the flows with plain ``sqlite3`` and does
the same, so both sides pay the interpreter's start and networkx's import.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import networkx as nx

from cxdesigner.domain.analysis import analyse
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.storage.store import ProjectStore
from tests.bench.stats import Samples, interleave

ROOT = Path(__file__).resolve().parents[2]
CHILD_SECONDS = 300
BARE_CHILD = """
import sqlite3, sys
import networkx as nx
conn = sqlite3.connect(sys.argv[1])
g = nx.DiGraph()
g.add_nodes_from(r[0] for r in conn.execute("SELECT id FROM touchpoints"))
g.add_edges_from(conn.execute("SELECT source_id, target_id FROM flows"))
print(len(list(nx.topological_sort(nx.condensation(g)))))
"""


def bare_condense(journey: JourneyMap) -> int:
    """The baseline in process: the flow graph, condensed and sorted; returns the number of steps."""
    g = nx.DiGraph()
    g.add_nodes_from(t.id for t in journey.touchpoints())
    g.add_edges_from((f.source_id, f.target_id) for f in journey.flows())
    return len(list(nx.topological_sort(nx.condensation(g))))


def analyse_map(path: Path, rounds: int) -> Samples:
    """``analyse(journey)`` (every finding, exact) vs ``bare_condense`` on the same map in memory."""
    store, journey = ProjectStore.open_file(path, read_only=True)
    store.close()

    def subject() -> float:
        start = time.perf_counter()
        analyse(journey)
        return time.perf_counter() - start

    def baseline() -> float:
        start = time.perf_counter()
        bare_condense(journey)
        return time.perf_counter() - start

    return interleave(subject, baseline, rounds)


def _child(args: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, timeout=CHILD_SECONDS)
    elapsed = time.perf_counter() - start
    if done.returncode:
        raise RuntimeError(f"{' '.join(args)} exited {done.returncode}: {done.stderr.decode()[-2000:]}")
    return elapsed


def check_process(path: Path, rounds: int) -> Samples:
    """``python -m cxdesigner check FILE --json`` vs a bare child reading the flows and condensing them."""
    return interleave(
        lambda: _child(["-m", "cxdesigner", "check", str(path), "--json"]),
        lambda: _child(["-c", BARE_CHILD, str(path)]),
        rounds,
    )
