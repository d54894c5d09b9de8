""" "Restore from backup" when a damaged project is opened, and the notice of a project that opened read-only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cxdesigner.commands import SetFields
from cxdesigner.document import Document
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.storage.errors import MESSAGES, Problem
from cxdesigner.storage.migrations import SCHEMA_VERSION
from cxdesigner.storage.store import ProjectStore
from cxdesigner.ui import backups, opening
from cxdesigner.ui.backups import BackupDialog
from cxdesigner.ui.main_window import MainWindow


def state(path: Path) -> list[str]:
    store, journey = ProjectStore.open_file(path, read_only=True)
    store.close()
    return sorted(repr(e) for e in journey.entities())


@pytest.fixture
def damaged(journey: JourneyMap, tmp_path: Path) -> tuple[Path, list[str]]:
    """A project opened twice (so a backup exists), then truncated."""
    path = tmp_path / "shop.cxd"
    Document.create(path, journey).close()
    good = state(path)
    doc = Document.open(path)
    doc.push(SetFields(doc.model, doc.model.touchpoints()[0], "Rename", title="lost with the damage"))
    doc.close()
    path.write_bytes(path.read_bytes()[:3000])
    return path, good


def test_opening_a_damaged_project_offers_its_backups(
    monkeypatch: pytest.MonkeyPatch, damaged: tuple[Path, list[str]]
) -> None:
    path, good = damaged
    offered: list[tuple[str, int]] = []

    def pick(parent, message, choices):
        offered.append((message, len(choices)))
        return choices[0]

    monkeypatch.setattr(backups, "ask_backup", pick)
    monkeypatch.setattr(backups, "ask_restore_path", lambda parent, suggested: suggested)
    doc = opening.open_project(path)
    assert offered == [(MESSAGES[Problem.DAMAGED].format(name="shop.cxd", detail=""), 1)]
    assert doc is not None and doc.path == path.with_name("shop (restored).cxd") and not doc.read_only
    assert sorted(repr(e) for e in doc.model.entities()) == good
    assert path.stat().st_size == 3000  # the damaged file is left for the user to look at
    doc.close()


def test_cancel_restores_nothing(monkeypatch: pytest.MonkeyPatch, damaged: tuple[Path, list[str]]) -> None:
    path, _good = damaged
    monkeypatch.setattr(backups, "ask_backup", lambda parent, message, choices: None)
    assert opening.open_project(path) is None
    assert not path.with_name("shop (restored).cxd").exists()


def test_without_backups_the_error_is_shown_as_before(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    shown: list[str] = []
    monkeypatch.setattr(opening, "show_error", lambda parent, message: shown.append(message))
    bad = tmp_path / "never-opened.cxd"
    bad.write_bytes(b"SQLite format 3\x00" + bytes(30))
    assert opening.open_project(bad) is None and len(shown) == 1


def test_the_dialog_lists_the_backups_newest_first(qtbot, damaged: tuple[Path, list[str]], tmp_path: Path) -> None:
    path, _good = damaged
    kept = Document.backups_for(path)
    dialog = BackupDialog("shop.cxd is damaged <b>and</b> cannot be opened.", kept)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.list.count() == len(kept) and dialog.chosen() == kept[0]
    dialog.grab().save(str(tmp_path / "backup-dialog.png"))  # to look at when changing it


def test_the_window_shows_why_a_project_opened_read_only(qtbot, journey: JourneyMap, tmp_path: Path) -> None:
    path = tmp_path / "future.cxd"
    Document.create(path, journey).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE from_the_future (id TEXT PRIMARY KEY)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    window = MainWindow.open_new(Document.open(path))
    qtbot.waitExposed(window)
    assert window.banner.isVisible()
    assert window.banner.label.text() == MESSAGES[Problem.NEWER].format(name="future.cxd", detail="")
    window.close()
