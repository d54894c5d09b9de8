"""Two windows, one file: a live holder is named, a lock left by a killed editor is cleared on the next open.

The holder is a real process (forked from the preloaded server) that opens the project and waits; the test
then kills it with SIGKILL, which leaves its ``.lock`` file behind exactly as a crash would.
"""

from __future__ import annotations

import fcntl
import os
import signal
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSysInfo

from cxdesigner.document import Document, ProjectLocked
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.locking import EMPTY_LOCK_SECONDS, acquire, is_stale, lock_for, lock_path
from cxdesigner.storage.store import ProjectStore
from tests.robustness import crash_child
from tests.robustness.workers import forkserver


def test_a_live_holder_is_named_and_a_killed_one_is_cleared(journey: JourneyMap, project_path: Path) -> None:
    ProjectStore.create(project_path, journey).close()
    context = forkserver()
    reader, writer = context.Pipe(duplex=False)
    never_reader, never_writer = context.Pipe(duplex=False)
    holder = context.Process(target=crash_child.hold, args=(str(project_path), str(project_path.parent), writer,
                                                            never_reader))  # fmt: skip
    holder.start()
    writer.close()
    try:
        assert reader.recv_bytes().decode() == f"holding {holder.pid} False"
        with pytest.raises(ProjectLocked) as info:
            Document.open(project_path)
        locked = info.value
        assert locked.pid == holder.pid and locked.hostname == QSysInfo.machineHostName() and locked.app
        assert f"process {holder.pid}" in str(locked) and "read-only" in str(locked) and "\n" not in str(locked)
        viewer = Document.open(project_path, read_only=True)  # what "Open read-only" does
        assert viewer.read_only and viewer.model.count(type(journey.touchpoints()[0])) == 4
        viewer.close()
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.join()
        never_writer.close()
    assert lock_path(project_path).exists()  # left behind, as after a crash
    assert is_stale(lock_for(project_path), project_path)
    doc = Document.open(project_path)
    assert not doc.read_only and lock_for(project_path).getLockInfo()[0] == os.getpid()
    doc.close()
    assert not lock_path(project_path).exists()


def test_an_empty_lock_is_stale_only_when_nobody_holds_it(project_path: Path) -> None:
    """A holder killed between creating its lock and writing its line leaves an empty file and no flock."""
    project_path.touch()
    lock_path(project_path).write_bytes(b"")
    holder = os.open(lock_path(project_path), os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX | fcntl.LOCK_NB)  # a live writer that has not written its line yet
    try:
        with pytest.raises(ProjectLocked) as info:
            acquire(project_path)
        assert info.value.holder == "another program" and info.value.pid == 0
        old = time.time() - EMPTY_LOCK_SECONDS - 1
        os.utime(lock_path(project_path), (old, old))
        with pytest.raises(ProjectLocked):
            acquire(project_path)  # held: its age does not matter
    finally:
        os.close(holder)
    lock = acquire(project_path)  # fresh, empty and not held: its writer is gone
    assert lock is not None and lock.isLocked() and lock.getLockInfo()[0] == os.getpid()
    lock.unlock()


def test_an_empty_lock_is_stale_when_old_where_flock_cannot_say(project_path: Path, monkeypatch) -> None:
    import cxdesigner.locking as locking

    monkeypatch.setattr(locking, "native_lock_held", lambda path: None)
    project_path.touch()
    lock_path(project_path).write_bytes(b"")
    with pytest.raises(ProjectLocked):
        acquire(project_path)  # fresh: its writer may be busy writing it right now
    old = time.time() - EMPTY_LOCK_SECONDS - 1
    os.utime(lock_path(project_path), (old, old))
    lock = acquire(project_path)
    assert lock is not None and lock.isLocked()
    lock.unlock()


def test_a_lock_from_another_computer_is_never_taken(project_path: Path) -> None:
    """We cannot ask another host whether its process still runs, so its lock stands (and is named)."""
    project_path.touch()
    lock_path(project_path).write_text("999999\ncxdesigner\nsome-other-host\n")
    assert not is_stale(lock_for(project_path), project_path)
    with pytest.raises(ProjectLocked) as info:
        acquire(project_path)
    assert info.value.hostname == "some-other-host" and info.value.pid == 999999


def test_a_dead_process_on_this_computer_is_stale(project_path: Path) -> None:
    project_path.touch()
    dead = max(os.getpid() + 10_000_000, 4_000_000)  # beyond any pid in use here
    lock_path(project_path).write_text(f"{dead}\ncxdesigner\n{QSysInfo.machineHostName()}\n")
    assert is_stale(lock_for(project_path), project_path)
    lock = acquire(project_path)
    assert lock is not None
    lock.unlock()
