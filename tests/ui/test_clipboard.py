"""Cut, copy and paste of cards with the flows between them, within a window and between windows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from cxdesigner.document import Document
from cxdesigner.domain import templates
from cxdesigner.domain.entities import LaneKind, Touchpoint
from cxdesigner.storage.store import ProjectStore
from cxdesigner.ui import clipboard
from cxdesigner.ui.main_window import MainWindow


def file_state(path: Path) -> list[str]:
    store, journey = ProjectStore.open_file(path, read_only=True)
    store.close()
    return sorted(repr(e) for e in journey.entities())


def model_state(doc: Document) -> list[str]:
    return sorted(repr(e) for e in doc.model.entities())


@pytest.fixture
def second(qtbot, tmp_path: Path) -> MainWindow:
    """A window on another map, built from the template (its stages and lanes have other ids)."""
    win = MainWindow.open_new(Document.create(tmp_path / "other.cxd", templates.build("eight-stages", "Other")))
    qtbot.waitExposed(win)
    return win


def test_copy_puts_cards_flows_and_titles_on_the_clipboard(window: MainWindow) -> None:
    cards = window.document.model.touchpoints()[:2]
    window.view_state.select([c.id for c in cards])
    window.window_actions.copy.trigger()
    data = QGuiApplication.clipboard().mimeData()
    payload = json.loads(bytes(data.data(clipboard.MIME_TYPE).data()).decode("utf-8"))
    assert payload["format"] == "cxdesigner-cards" and payload["version"] == 1
    assert {r["id"] for r in payload["touchpoints"]} == {c.id for c in cards}
    assert len(payload["flows"]) == 1, "only the flow between the two copied cards"
    assert data.text().splitlines() == [c.title for c in cards]


def test_paste_into_another_window_makes_new_cards_and_remaps_flows(window: MainWindow, second: MainWindow) -> None:
    source = window.document.model
    cards = source.touchpoints()[:3]
    window.view_state.select([c.id for c in cards])
    window.window_actions.copy.trigger()
    assert second.window_actions.paste.isEnabled()
    second.window_actions.paste.trigger()
    target = second.document.model
    pasted = target.touchpoints()
    assert sorted(t.title for t in pasted) == sorted(c.title for c in cards)
    assert not {t.id for t in pasted} & {c.id for c in cards}, "new ids"
    lane = next(lane for lane in target.lanes() if lane.kind is LaneKind.TOUCHPOINTS)
    assert {(t.stage_id, t.lane_id) for t in pasted} == {(target.stages()[0].id, lane.id)}
    assert len({t.order for t in pasted}) == 3
    flows = target.flows()
    assert len(flows) == 2 and all(f.source_id in target and f.target_id in target for f in flows)
    by_title = {t.title: t.id for t in pasted}
    assert {(f.source_id, f.target_id) for f in flows} == {
        (by_title["Advert"], by_title["Website"]),
        (by_title["Website"], by_title["Seller"]),
    }
    assert sorted(second.view_state.selection) == sorted(by_title.values())
    assert file_state(second.document.path) == model_state(second.document)
    assert second.document.undo_stack.count() == 1
    second.window_actions.undo.trigger()
    assert not target.touchpoints() and not target.flows()
    assert file_state(second.document.path) == model_state(second.document)
    assert len(source.touchpoints()) == 4, "the source map is untouched"


def test_paste_in_the_same_map_goes_after_the_cards_of_the_same_cells(window: MainWindow) -> None:
    model = window.document.model
    card = model.touchpoints()[0]
    window.view_state.select([card.id])
    window.edit_ops.copy()
    window.view_state.select([])
    window.edit_ops.paste()
    cell = model.cell(card.stage_id, card.lane_id)
    assert [t.title for t in cell] == [card.title, card.title]
    assert cell[1].id != card.id and cell[1].order > card.order


def test_paste_goes_into_the_selected_cards_cell(window: MainWindow) -> None:
    model = window.document.model
    by_title = {t.title: t for t in model.touchpoints()}
    first, last = by_title["Advert"], by_title["Bag"]
    window.view_state.select([first.id])
    window.edit_ops.copy()
    window.view_state.select([last.id])
    window.edit_ops.paste()
    cell = model.cell(last.stage_id, last.lane_id)
    assert [t.title for t in cell] == [last.title, first.title]


def test_cut_is_copy_and_one_delete(window: MainWindow) -> None:
    model = window.document.model
    cards = model.touchpoints()[:2]
    window.view_state.select([c.id for c in cards])
    window.window_actions.cut.trigger()
    assert all(c.id not in model for c in cards) and len(model.flows()) == 1
    assert window.document.undo_stack.count() == 1
    window.window_actions.paste.trigger()
    assert len(model.touchpoints()) == 4 and len(model.flows()) == 2
    window.document.undo()
    window.document.undo()
    assert all(model.find(c.id) == c for c in cards) and len(model.flows()) == 3


@pytest.mark.parametrize(
    "raw",
    [b"not json", b"[]", b'{"format": "other"}', b'{"format": "cxdesigner-cards", "version": 1, "touchpoints": [{}]}',
     b'{"format": "cxdesigner-cards", "version": 1, "touchpoints": [1]}', b"\xff\xfe"],
)  # fmt: skip
def test_foreign_clipboard_content_is_refused_in_one_line(window: MainWindow, raw: bytes) -> None:
    data = QMimeData()
    data.setData(clipboard.MIME_TYPE, raw)
    QGuiApplication.clipboard().setMimeData(data)
    before = model_state(window.document)
    window.window_actions.paste.trigger()
    assert model_state(window.document) == before
    message = window.statusBar().currentMessage()
    assert "cannot read" in message and "\n" not in message


def test_paste_is_offered_only_when_the_clipboard_has_cards(window: MainWindow) -> None:
    QGuiApplication.clipboard().setText("just text")
    assert not window.window_actions.paste.isEnabled()
    assert not window.window_actions.copy.isEnabled()
    window.view_state.select([window.document.model.touchpoints()[0].id])
    assert window.window_actions.copy.isEnabled() and window.window_actions.cut.isEnabled()
    window.window_actions.copy.trigger()
    assert window.window_actions.paste.isEnabled()
    assert isinstance(window.document.model.find(window.view_state.selection[0]), Touchpoint)


def test_quitting_with_cards_on_the_clipboard_exits_cleanly(tmp_path) -> None:
    """PySide6 crashes at exit when the clipboard still holds our QMimeData; the app releases it on quit."""
    script = tmp_path / "quit.py"
    script.write_text(
        "import sys\n"
        "from PySide6.QtCore import QMimeData, QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from cxdesigner.ui import clipboard\n"
        "app = QApplication([])\n"
        "data = QMimeData()\n"
        "data.setData(clipboard.MIME_TYPE, b'{}')\n"
        "app.clipboard().setMimeData(data)\n"
        "app.aboutToQuit.connect(clipboard.release)\n"
        "QTimer.singleShot(0, app.quit)\n"
        "sys.exit(app.exec())\n",
        encoding="utf-8",
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).parents[2])}
    result = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]


def test_release_keeps_the_titles_as_text_and_drops_the_cards(window: MainWindow) -> None:
    window.view_state.select([t.id for t in window.document.model.touchpoints()[:2]])
    window.edit_ops.copy()
    clipboard.release()
    data = QGuiApplication.clipboard().mimeData()
    assert not data.hasFormat(clipboard.MIME_TYPE) and data.text().splitlines() == ["Advert", "Website"]
