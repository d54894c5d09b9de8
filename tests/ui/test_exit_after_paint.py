"""The hidden ``--exit-after-paint`` option the start-up benchmark uses: print the first paint's time, quit."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from cxdesigner import app as app_module
from cxdesigner import cli
from cxdesigner.document import Document
from cxdesigner.ui.main_window import open_windows


def test_the_window_paints_then_the_time_is_printed_and_the_app_quits(
    qapp: QApplication, document: Document, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = document.path
    document.close()
    before = time.time()
    assert app_module.run_gui(path, exit_after_paint=True) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("painted ")]
    assert len(lines) == 1
    assert before <= float(lines[0].split()[1]) <= time.time()
    (window,) = open_windows()
    assert window.isVisible() and window.document.path == path


def test_the_option_is_hidden_and_reaches_run_gui(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: dict[str, object] = {}

    def fake_run_gui(path: Path | None, **options: object) -> int:
        seen.update(options, path=path)
        return 0

    monkeypatch.setattr(app_module, "run_gui", fake_run_gui)
    assert cli.main(["map.cxd", "--exit-after-paint"]) == 0
    assert seen["exit_after_paint"] is True and seen["path"] == Path("map.cxd")
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    assert "exit-after-paint" not in capsys.readouterr().out
