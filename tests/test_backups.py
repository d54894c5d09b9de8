"""Rolling backups: kept when a project is opened for editing, a few generations, restorable after damage."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cxdesigner.commands import SetFields
from cxdesigner.document import Document, ProjectLocked, backups_root
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.storage import backups
from cxdesigner.storage.errors import Problem, ProjectFileError
from cxdesigner.storage.store import ProjectStore


def state(path: Path) -> list[str]:
    store, journey = ProjectStore.open_file(path, read_only=True)
    store.close()
    return sorted(repr(e) for e in journey.entities())


def edit_and_close(path: Path, title: str) -> None:
    doc = Document.open(path)
    doc.push(SetFields(doc.model, doc.model.touchpoints()[0], "Rename", title=title))
    doc.close()


def test_opening_for_editing_keeps_a_backup_of_the_file_as_it_was(journey: JourneyMap, project_path: Path) -> None:
    Document.create(project_path, journey).close()
    assert Document.backups_for(project_path) == []
    before = state(project_path)
    edit_and_close(project_path, "changed after the backup")
    (kept,) = Document.backups_for(project_path)
    assert kept.path.parent.parent == backups_root() and kept.path.parent.name.startswith("shop-")
    assert state(kept.path) == before != state(project_path)
    conn = sqlite3.connect(kept.path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def test_no_backup_when_nothing_changed_or_when_read_only(journey: JourneyMap, project_path: Path) -> None:
    Document.create(project_path, journey).close()
    Document.open(project_path).close()
    Document.open(project_path).close()
    Document.open(project_path, read_only=True).close()
    assert len(Document.backups_for(project_path)) == 1


def test_only_the_newest_generations_are_kept(journey: JourneyMap, project_path: Path) -> None:
    Document.create(project_path, journey).close()
    states = []
    for i in range(5):
        states.append(state(project_path))
        edit_and_close(project_path, f"version {i}")
    kept = Document.backups_for(project_path)
    assert len(kept) == backups.KEEP
    assert [state(b.path) for b in kept] == states[::-1][: backups.KEEP]  # newest first
    assert kept == sorted(kept, key=lambda b: b.taken, reverse=True)


def test_restore_to_a_chosen_path(journey: JourneyMap, project_path: Path) -> None:
    Document.create(project_path, journey).close()
    good = state(project_path)
    edit_and_close(project_path, "then the file was damaged")
    project_path.write_bytes(project_path.read_bytes()[:5000])  # truncated, as by a failing disk
    with pytest.raises(ProjectFileError) as info:
        Document.open(project_path)
    assert info.value.problem is Problem.DAMAGED
    target = project_path.with_name("shop (restored).cxd")
    assert Document.restore_backup(Document.backups_for(project_path)[0], target) == target
    assert state(target) == good
    restored = Document.open(target)
    assert not restored.read_only
    restored.close()


def test_restore_refuses_a_target_open_elsewhere_and_a_damaged_backup(journey: JourneyMap, tmp_path: Path) -> None:
    path = tmp_path / "shop.cxd"
    Document.create(path, journey).close()
    edit_and_close(path, "x")
    (kept,) = Document.backups_for(path)
    other = Document.create(tmp_path / "busy.cxd", journey)
    with pytest.raises(ProjectLocked):
        Document.restore_backup(kept, tmp_path / "busy.cxd")
    other.close()
    kept.path.write_bytes(b"garbage")
    with pytest.raises(ProjectFileError):
        Document.restore_backup(kept, tmp_path / "restored.cxd")
    assert not (tmp_path / "restored.cxd").exists()


def test_a_backup_that_cannot_be_written_never_stops_the_user(journey: JourneyMap, project_path: Path) -> None:
    Document.create(project_path, journey).close()
    root = backups_root()
    root.parent.mkdir(parents=True, exist_ok=True)
    root.write_text("a file where the backups folder should be")
    doc = Document.open(project_path)
    assert not doc.read_only and doc.notice == ""
    doc.close()
    assert Document.backups_for(project_path) == []


def test_the_backup_is_kept_after_the_open_returns_and_before_the_first_write(
    qtbot, journey: JourneyMap, project_path: Path
) -> None:
    Document.create(project_path, journey).close()
    before = state(project_path)
    doc = Document.open(project_path)
    assert Document.backups_for(project_path) == []  # not while the window waits to paint

    qtbot.waitUntil(lambda: len(Document.backups_for(project_path)) == 1, timeout=5000)  # idle, no edit

    doc.push(SetFields(doc.model, doc.model.touchpoints()[0], "Rename", title="after the backup"))
    doc.close()
    (kept,) = Document.backups_for(project_path)
    assert state(kept.path) == before != state(project_path)
