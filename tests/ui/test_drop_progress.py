"""A large CSV dropped on a window is read under a progress dialog that counts its rows and can cancel."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from cxdesigner.io import csv_format
from cxdesigner.ui import file_drop
from cxdesigner.ui.main_window import open_windows
from tests.ui.test_welcome import _drop


def table(path: Path, rows: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Stage", "Lane", "Channel", "Owner", "Title"])
        for i in range(rows):
            writer.writerow([f"Stage {i % 4}", "Touchpoints", "Website", "", f"Card {i}"])
    return path


@pytest.fixture
def quick_progress(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_format, "PROGRESS_ROWS", 500)
    monkeypatch.setattr(file_drop, "SHOW_AFTER_MS", 0)


def _when_the_dialog_shows(act) -> None:
    """Run ``act(dialog)`` as soon as the progress dialog is up (the import lets events through)."""

    tries = [0]

    def look() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        tries[0] += 1
        if dialogs:
            act(dialogs[0])
        elif tries[0] < 1000:  # the import is over by then (and the test fails): stop looking
            QTimer.singleShot(1, look)

    QTimer.singleShot(0, look)


def test_the_rows_read_are_counted_in_a_dialog(qtbot, window, tmp_path: Path, quick_progress) -> None:
    source = table(tmp_path / "big.csv", 3_000)
    seen: list[str] = []
    _when_the_dialog_shows(lambda dialog: seen.append(dialog.labelText()))
    _drop(window, [source])
    assert seen and seen[0].startswith("Reading big.csv: ") and seen[0].endswith(" rows")
    new = [w for w in open_windows() if w is not window]
    assert len(new) == 1 and len(new[0].document.model.touchpoints()) == 3_000
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_cancel_stops_the_import_and_creates_nothing(qtbot, window, tmp_path: Path, quick_progress) -> None:
    source = table(tmp_path / "big.csv", 3_000)
    _when_the_dialog_shows(lambda dialog: dialog.cancel())
    _drop(window, [source])
    assert open_windows() == [window]
