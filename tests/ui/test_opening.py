"""Opening projects: errors in one line, the locked-file choices, the sample copy, new untitled maps."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxdesigner.commands.edit import SetFields
from cxdesigner.document import Document, untitled_folder
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.ui import opening
from cxdesigner.ui.main_window import MainWindow, open_windows
from cxdesigner.ui.opening import LockedChoice


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(opening, "show_error", lambda parent, message: shown.append(message))
    return shown


def choose(monkeypatch: pytest.MonkeyPatch, choice: LockedChoice) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(opening, "ask_locked", lambda parent, message: asked.append(message) or choice)
    return asked


def test_a_broken_file_is_reported_in_one_line(tmp_path: Path, messages: list[str]) -> None:
    bad = tmp_path / "notes.cxd"
    bad.write_text("not a database", encoding="utf-8")
    assert opening.open_project(bad) is None
    assert opening.open_project(tmp_path / "missing.cxd") is None
    assert len(messages) == 2 and all("\n" not in m for m in messages)
    assert "notes.cxd" in messages[0] and "missing.cxd" in messages[1]


def test_a_locked_file_offers_read_only(
    monkeypatch: pytest.MonkeyPatch, document: Document, messages: list[str]
) -> None:
    asked = choose(monkeypatch, LockedChoice.READ_ONLY)
    viewer = opening.open_project(document.path)
    assert viewer is not None and viewer.read_only and not messages
    assert asked and "read-only" in asked[0] and "\n" not in asked[0]
    viewer.close()


def test_a_locked_file_can_be_opened_as_a_copy(
    monkeypatch: pytest.MonkeyPatch, document: Document, messages: list[str]
) -> None:
    choose(monkeypatch, LockedChoice.COPY)
    copy = opening.open_project(document.path)
    assert copy is not None and not copy.read_only
    assert copy.path == document.path.with_name("shop (copy).cxd")
    assert sorted(map(repr, copy.model.entities())) == sorted(map(repr, document.model.entities()))
    second = opening.open_project(document.path)
    assert second is not None and second.path.name == "shop (copy 2).cxd"
    copy.close()
    second.close()
    assert not messages


def test_cancel_opens_nothing(monkeypatch: pytest.MonkeyPatch, document: Document, messages: list[str]) -> None:
    choose(monkeypatch, LockedChoice.CANCEL)
    assert opening.open_project(document.path) is None
    assert not list(document.path.parent.glob("*copy*"))


def test_file_open_on_a_locked_file_opens_a_read_only_window(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path, journey: JourneyMap
) -> None:
    other = Document.create(tmp_path / "held.cxd", journey)  # "another editor" holds it
    monkeypatch.setattr(opening, "ask_open_path", lambda parent: other.path)
    choose(monkeypatch, LockedChoice.READ_ONLY)
    window.window_actions.open.trigger()
    opened = [w for w in open_windows() if w.document.path == other.path]
    assert len(opened) == 1 and opened[0].document.read_only
    assert opened[0].windowTitle().endswith("[read-only] — CX Designer")
    assert not opened[0].window_actions.paste.isEnabled() and not opened[0].window_actions.undo.isEnabled()
    opened[0].close()
    other.close()


def test_the_sample_is_copied_under_a_fresh_name(tmp_path: Path) -> None:
    first = opening.open_sample(tmp_path)
    second = opening.open_sample(tmp_path)
    assert first.path != second.path and first.path.parent == second.path.parent == tmp_path
    assert first.model.info.title and len(first.model.stages()) == 8
    assert first.model.info.title == second.model.info.title
    first.close()
    second.close()


def test_new_maps_live_in_the_untitled_folder() -> None:
    first = opening.new_untitled()
    second = opening.new_untitled()
    assert first.is_untitled and first.path.parent == untitled_folder()
    assert first.path != second.path and len(first.model.stages()) == 8
    first.close()
    second.close()


def test_save_as_suggests_a_clean_name_in_documents(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(opening, "documents_folder", lambda: tmp_path)
    doc = opening.new_untitled()
    doc.push(SetFields(doc.model, doc.model.info, "Rename", title='Shop: "T/shirts"?'))
    suggested = opening.suggested_save_path(doc)
    assert suggested.parent == tmp_path and suggested.suffix == ".cxd"
    assert not set('/:"?') & set(suggested.name)
    doc.close()
