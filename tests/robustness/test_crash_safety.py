"""Crash safety: SIGKILL an editor at random moments; the file is intact and holds every acknowledged edit.

Each trial forks a child (``crash_child.run``) that opens a Document on the project and starts on 1,000
random edits through commands (add, rename, move, link, delete, undo, redo), acknowledging each after its
commit. The parent kills it with SIGKILL at a moment chosen by a seeded plan: right after an
acknowledgement, right when a commit starts, up to 60 ms into a commit (its three fsyncs take 15 to 50 ms on
this machine), or during start-up (opening, clearing the stale lock, rolling back the last hot journal,
writing the backup). After every kill: the file opens with ``ProjectStore.open_file``, passes
``PRAGMA integrity_check``, and its content equals the last acknowledged state, or the state of the one edit
that was in flight. The next trial reuses the file, so each child also proves that a killed editor's lock
and hot journal do not stand in its way. Two files run side by side (one per core).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from cxdesigner.domain import templates
from cxdesigner.storage import backups
from cxdesigner.storage.store import ProjectStore
from tests.robustness import crash_child
from tests.robustness.workers import HANG_SECONDS, forkserver

SEED = 9_2026
TRIALS = 120
LANES = 2
EDITS = 1000  # what each child sets out to do; the kill comes first
MODES = ["after-ack", "commit-start", "mid-commit", "mid-commit", "start-up"]


@dataclass
class Lane:
    """One project file and the trials run on it, one child at a time."""

    path: Path
    data: Path
    rng: random.Random
    expected: str  # the file's content as last verified
    trials: int = 0
    acks: int = 0
    proc: Any = None
    reader: Connection | None = None
    last_ack: str = ""
    pending: str | None = None
    plan: tuple[str, int] = ("after-ack", 0)
    kill_at: float | None = None
    quiet_since: float = 0.0
    outcomes: dict[str, int] = field(default_factory=dict)


def file_digest(path: Path) -> str:
    store, journey = ProjectStore.open_file(path, read_only=True)
    store.close()
    return crash_child.digest(journey)


def integrity(path: Path) -> list[tuple[str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


def start(lane: Lane, context: Any) -> None:
    reader, writer = context.Pipe(duplex=False)
    seed = lane.rng.randrange(2**31)
    lane.proc = context.Process(target=crash_child.run, args=(str(lane.path), str(lane.data), seed, EDITS, writer))
    lane.proc.start()
    writer.close()  # the child's end: EOF once the child is gone
    lane.reader, lane.last_ack, lane.pending = reader, lane.expected, None
    mode = lane.rng.choice(MODES)
    lane.plan = (mode, lane.rng.randrange(0, 25))
    now = time.monotonic()
    lane.kill_at = now + lane.rng.uniform(0.0, 0.25) if mode == "start-up" else None
    lane.quiet_since = now


def handle(lane: Lane, message: str, deciding: bool) -> bool:
    """Take one line from the child; True when the plan says: kill now."""
    kind, _, rest = message.partition(" ")
    assert kind != "error", f"{lane.path.name}: {rest}"
    mode, target = lane.plan
    if kind == "ready":
        assert rest == lane.expected, "the child did not open what the file held"
    elif kind == "pre":
        number, state = rest.split(" ")
        lane.pending = state
        if deciding and int(number) == target and mode == "commit-start":
            return True
        if deciding and int(number) == target and mode == "mid-commit":
            lane.kill_at = time.monotonic() + lane.rng.uniform(0.0, 0.06)
    elif kind == "ack":
        number, state, _what = rest.split(" ", 2)
        lane.last_ack, lane.pending = state, None
        lane.acks += 1
        if deciding and int(number) >= target and mode in ("commit-start", "mid-commit") and lane.kill_at is None:
            lane.plan = (mode, int(number) + 1)  # that edit changed nothing, so it had no commit: take the next
        return deciding and int(number) == target and mode == "after-ack"
    return False


def kill_and_verify(lane: Lane) -> None:
    assert lane.proc is not None and lane.reader is not None
    if lane.proc.is_alive():
        os.kill(lane.proc.pid, signal.SIGKILL)
    lane.proc.join()
    while True:  # what the child wrote before it died is still in the pipe
        try:
            handle(lane, lane.reader.recv_bytes().decode("utf-8"), deciding=False)
        except EOFError:
            break
    lane.reader.close()
    found = file_digest(lane.path)
    assert integrity(lane.path) == [("ok",)]
    if found == lane.last_ack:
        outcome = "in-flight edit lost" if lane.pending else "nothing in flight"
    else:
        assert lane.pending is not None and found == lane.pending, "an acknowledged edit was lost"
        outcome = "in-flight edit kept"
    lane.outcomes[outcome] = lane.outcomes.get(outcome, 0) + 1
    lane.expected, lane.trials, lane.proc, lane.reader = found, lane.trials + 1, None, None


def step(lanes: list[Lane], context: Any) -> None:
    """Wait for the next line (or the next planned kill) and act on it."""
    now = time.monotonic()
    live = [lane for lane in lanes if lane.reader is not None]
    deadlines = [lane.kill_at for lane in live if lane.kill_at is not None]
    timeout = max(0.0, min(deadlines) - now) if deadlines else 1.0
    ready = wait([lane.reader for lane in live], timeout=timeout)
    now = time.monotonic()
    for lane in live:
        kill = lane.kill_at is not None and now >= lane.kill_at
        if lane.reader in ready:
            lane.quiet_since = now
            try:
                kill = handle(lane, lane.reader.recv_bytes().decode("utf-8"), deciding=True) or kill
            except EOFError:
                kill = True  # the child ended by itself ("done"): verify all the same
        assert now - lane.quiet_since < HANG_SECONDS, f"{lane.path.name}: the child hangs"
        if kill:
            kill_and_verify(lane)
            if sum(x.trials for x in lanes) + sum(x.reader is not None for x in lanes) < TRIALS:
                start(lane, context)


def test_sigkill_never_loses_an_acknowledged_edit(tmp_path: Path) -> None:
    began = time.monotonic()
    context = forkserver()
    rng = random.Random(SEED)
    lanes = []
    for i in range(LANES):
        path = tmp_path / f"crash-{i}.cxd"
        ProjectStore.create(path, templates.build("eight-stages", f"Crash {i}")).close()
        lane = Lane(path, tmp_path / f"data-{i}", random.Random(rng.randrange(2**31)), file_digest(path))
        lanes.append(lane)
        start(lane, context)
    while any(lane.reader is not None for lane in lanes):
        step(lanes, context)
    outcomes: dict[str, int] = {}
    for lane in lanes:
        for key, count in lane.outcomes.items():
            outcomes[key] = outcomes.get(key, 0) + count
    trials, acks = sum(lane.trials for lane in lanes), sum(lane.acks for lane in lanes)
    print(f"\ncrash safety: {trials} kills, {acks} acknowledged edits, {outcomes}, {time.monotonic() - began:.1f} s")
    assert trials >= 100 and acks >= 1000
    assert outcomes.get("in-flight edit lost", 0) + outcomes.get("in-flight edit kept", 0) >= 20  # kills mid-commit
    for lane in lanes:  # the rolling backups survived the kills too: at most three, each a sound project
        kept = backups.list_backups(next(lane.data.rglob("backups")), lane.path)
        assert 1 <= len(kept) <= backups.KEEP
        for backup in kept:
            assert integrity(backup.path) == [("ok",)]
            file_digest(backup.path)
