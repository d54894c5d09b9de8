"""The inspector: every field is an undoable command that reaches the file; typing merges; bad input is refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollArea

from cxdesigner.commands.edit import SetFields
from cxdesigner.document import Document
from cxdesigner.domain.conditions import Condition
from cxdesigner.domain.entities import Flow, Lane, LaneKind, MapInfo, Stage, Touchpoint
from cxdesigner.panels import inspector_fields
from cxdesigner.panels.inspector import InspectorPanel
from cxdesigner.panels.inspector_fields import (
    CheckField,
    ChoiceField,
    ColorField,
    LineField,
    NumberField,
    TextBlockField,
)
from cxdesigner.storage.store import ProjectStore
from cxdesigner.viewstate import ViewState

PICKED_COLOR = "#123456"


def reopened(path: Path, entity_id: str) -> Any:
    """The entity as a fresh read of the file has it."""
    store, journey = ProjectStore.open_file(path, read_only=True)
    store.close()
    return journey.find(entity_id)


def _target(document: Document, kind: type) -> Any:
    model = document.model
    if kind is Condition:  # a conditions lane and its note in the first stage, added outside the undo history
        lane = model.add(Lane("outside", "Outside", order=-1.0, kind=LaneKind.CONDITIONS, height=62.0))
        return model.add(Condition("winter", model.stages()[0].id, lane.id, "Winter"))
    return {
        MapInfo: model.info,
        Touchpoint: model.touchpoints()[0],
        Stage: model.stages()[0],
        Lane: model.lanes()[0],
        Flow: model.flows()[0],
    }[kind]


def _operate(qtbot, editor: Any) -> None:
    """Change the editor's value as a user would."""
    if isinstance(editor, LineField | TextBlockField):
        qtbot.keyClicks(editor, "Z")
    elif isinstance(editor, ChoiceField):
        qtbot.keyClick(editor, Qt.Key.Key_Up if editor.currentIndex() == editor.count() - 1 else Qt.Key.Key_Down)
    elif isinstance(editor, CheckField):
        qtbot.mouseClick(editor, Qt.MouseButton.LeftButton, pos=QPoint(8, editor.height() // 2))
    elif isinstance(editor, NumberField):
        editor.clear()
        qtbot.keyClicks(editor, "55")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    elif isinstance(editor, ColorField):
        qtbot.mouseClick(editor.swatch, Qt.MouseButton.LeftButton)
    else:  # pragma: no cover - a new editor type needs a line here
        raise AssertionError(type(editor))


FIELDS = [
    (MapInfo, ["title", "description"]),
    (
        Touchpoint,
        [
            "title",
            "description",
            "channel",
            "direct",
            "physical",
            "owner",
            "moment_of_truth",
            "evidence",
            "notes",
            "color",
        ],
    ),  # fmt: skip
    (Stage, ["title", "description", "expectation", "width"]),
    (Lane, ["title", "kind", "height"]),
    (Flow, ["label", "share"]),
    (Condition, ["text"]),
]
CASES = [(kind, name) for kind, names in FIELDS for name in names]


@pytest.mark.parametrize(("kind", "name"), CASES, ids=[f"{k.__name__}.{n}" for k, n in CASES])
def test_every_field_is_an_undoable_command_that_reaches_the_file(
    qtbot, document: Document, view_state: ViewState, monkeypatch: pytest.MonkeyPatch, kind: type, name: str
) -> None:
    monkeypatch.setattr(inspector_fields, "choose_color", lambda parent, initial: PICKED_COLOR)
    panel = InspectorPanel(document, view_state)
    qtbot.addWidget(panel)
    panel.show()
    before = _target(document, kind)
    view_state.select([] if kind is MapInfo else [before.id])
    editor = panel.field(name)
    _operate(qtbot, editor)
    after = document.model.find(before.id)
    assert getattr(after, name) != getattr(before, name), "the edit reached the model"
    assert getattr(reopened(document.path, before.id), name) == getattr(after, name), "and the file"
    assert document.undo_stack.count() == 1
    document.undo()
    assert document.model.find(before.id) == before
    assert reopened(document.path, before.id) == before
    document.redo()
    assert document.model.find(before.id) == after


def test_typing_merges_into_one_step_until_the_field_is_left(qtbot, document: Document, view_state: ViewState) -> None:
    panel = InspectorPanel(document, view_state)
    qtbot.addWidget(panel)
    card = document.model.touchpoints()[0]
    view_state.select([card.id])
    title = panel.field("title")
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " stand")
    assert document.model.find(card.id).title == card.title + " stand"
    assert title.text() == card.title + " stand" and title.cursorPosition() == len(title.text())
    assert document.undo_stack.count() == 1
    qtbot.keyClick(title, Qt.Key.Key_Return)  # finishing the field ends the step
    qtbot.keyClicks(title, "!")
    assert document.undo_stack.count() == 2
    document.undo()
    document.undo()
    assert document.model.find(card.id).title == card.title
    assert title.text() == card.title


def test_the_panel_follows_changes_made_elsewhere_without_echoing(
    qtbot, document: Document, view_state: ViewState
) -> None:
    panel = InspectorPanel(document, view_state)
    qtbot.addWidget(panel)
    card, other = document.model.touchpoints()[:2]
    view_state.select([card.id])
    document.push(SetFields(document.model, card, "Rename", title="Renamed on the canvas"))
    assert panel.field("title").text() == "Renamed on the canvas"
    document.push(SetFields(document.model, other, "Rename", title="Not shown"))
    assert panel.field("title").text() == "Renamed on the canvas"
    assert document.undo_stack.count() == 2, "refreshing pushed nothing"


def test_a_share_out_of_range_is_refused_in_place(qtbot, document: Document, view_state: ViewState) -> None:
    panel = InspectorPanel(document, view_state)
    qtbot.addWidget(panel)
    panel.show()
    flow = document.model.flows()[0]
    view_state.select([flow.id])
    share = panel.field("share")
    qtbot.keyClicks(share, "150")
    qtbot.keyClick(share, Qt.Key.Key_Return)
    assert document.model.find(flow.id).share is None and document.undo_stack.count() == 0
    assert share.text() == "" and panel.page.message.isVisible()
    assert "between 0 and 100" in panel.page.message.text() and "\n" not in panel.page.message.text()
    share.setText("60")
    qtbot.keyClick(share, Qt.Key.Key_Return)
    assert document.model.find(flow.id).share == pytest.approx(0.6)
    assert not panel.page.message.isVisible()
    share.clear()
    qtbot.keyClick(share, Qt.Key.Key_Return)
    assert document.model.find(flow.id).share is None


@pytest.mark.parametrize("text", ["<b>bold</b> & 'quotes' \"too\"", "x" * 10_000, "مرحبا 🙂 <i>"])
def test_markup_and_long_text_are_shown_literally(qtbot, document: Document, view_state: ViewState, text: str) -> None:
    panel = InspectorPanel(document, view_state)
    qtbot.addWidget(panel)
    card = document.model.touchpoints()[0]
    document.push(SetFields(document.model, card, "Rename", title=text, description=text))
    view_state.select([card.id])
    assert panel.field("title").text() == text
    assert panel.field("description").toPlainText() == text
    flow = document.model.flows()[0]
    view_state.select([flow.id])
    assert panel.page.note.textFormat() == Qt.TextFormat.PlainText
    assert text in panel.page.note.text()


def test_several_cards_share_fields_and_change_in_one_step(qtbot, document: Document, view_state: ViewState) -> None:
    panel = InspectorPanel(document, view_state)
    qtbot.addWidget(panel)
    cards = document.model.touchpoints()[:3]
    view_state.select([c.id for c in cards])
    assert panel.page is panel.pages["touchpoints"] and "3" in panel.page.heading.text()
    assert "title" not in panel.page.fields
    channel = panel.field("channel")
    assert channel.currentIndex() == -1, "mixed channels show blank"
    qtbot.keyClick(channel, Qt.Key.Key_Down)
    picked = channel.currentData()
    assert {document.model.find(c.id).channel for c in cards} == {picked}
    owner = panel.field("owner")
    qtbot.keyClicks(owner, "Sales")
    assert document.undo_stack.count() == 1, "typing for several cards waits for the end of the field"
    qtbot.keyClick(owner, Qt.Key.Key_Return)
    assert {document.model.find(c.id).owner for c in cards} == {"Sales"}
    assert document.undo_stack.count() == 2
    document.undo()
    document.undo()
    assert [document.model.find(c.id) for c in cards] == cards


def test_mixed_kinds_show_a_note_and_nothing_shows_the_map(qtbot, document: Document, view_state: ViewState) -> None:
    panel = InspectorPanel(document, view_state)
    qtbot.addWidget(panel)
    view_state.select([document.model.touchpoints()[0].id, document.model.stages()[0].id])
    assert panel.page is panel.pages["note"] and not panel.page.fields
    assert panel.page.heading.text() == "2 things selected"
    view_state.select([document.model.personas()[0].id])  # edited in a panel of its own
    assert panel.page is panel.pages["note"] and "own panel" in panel.page.note.text()
    view_state.select([])
    assert panel.page is panel.pages["map"] and panel.field("title").text() == "Shop"


def test_a_deleted_selection_falls_back_to_the_map(qtbot, document: Document, view_state: ViewState) -> None:
    from cxdesigner.commands.edit import DeleteEntities

    panel = InspectorPanel(document, view_state)
    qtbot.addWidget(panel)
    card = document.model.touchpoints()[0]
    view_state.select([card.id])
    document.push(DeleteEntities(document.model, [card.id], "Delete"))
    assert panel.page is panel.pages["map"]


def test_read_only_projects_show_fields_that_cannot_be_edited(qtbot, document: Document, view_state: ViewState) -> None:
    path = document.path
    document.close()
    viewer = Document.open(path, read_only=True)
    panel = InspectorPanel(viewer, view_state)
    qtbot.addWidget(panel)
    view_state.select([viewer.model.touchpoints()[0].id])
    assert panel.field("title").isReadOnly() and not panel.field("channel").isEnabled()
    viewer.close()


def test_the_forms_fit_a_side_dock_and_scroll_when_narrower(qtbot, document: Document, view_state: ViewState) -> None:
    panel = InspectorPanel(document, view_state)
    qtbot.addWidget(panel)
    widest = max(page.minimumSizeHint().width() for page in panel.pages.values())
    assert widest <= 230, "labels sit above their fields, so every form fits a 230-pixel dock"
    assert panel.minimumSizeHint().width() < widest, "the panel never forces its dock wider"
    view_state.select([document.model.touchpoints()[0].id])
    panel.resize(widest // 2, 400)
    panel.show()
    qtbot.waitExposed(panel)
    bar = panel.findChild(QScrollArea).horizontalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0, "narrower than a form, the panel scrolls instead of cutting it"


def test_a_short_form_does_not_scroll_as_wide_as_the_widest(qtbot, document: Document, view_state: ViewState) -> None:
    panel = InspectorPanel(document, view_state)
    qtbot.addWidget(panel)
    view_state.select([])  # the map's own title and description
    short = panel.pages["map"].minimumSizeHint().width()
    assert short < max(page.minimumSizeHint().width() for page in panel.pages.values())
    panel.resize(short + 30, 400)  # room for the map's form (and a vertical bar), not for a card's
    panel.show()
    qtbot.waitExposed(panel)
    bar = panel.findChild(QScrollArea).horizontalScrollBar()
    qtbot.wait(50)
    assert bar.maximum() == 0, "the map's form fits: nothing to scroll sideways"
    view_state.select([document.model.touchpoints()[0].id])  # a card's form is wider: that one may scroll
    qtbot.waitUntil(lambda: panel.page is panel.pages["touchpoint"])


def test_an_owner_joins_the_map_department_it_names(qtbot, document: Document, view_state: ViewState) -> None:
    """The owner field offers the map's departments; "  shop " typed on a card becomes "Shop", in one step."""
    model = document.model
    first, second = model.touchpoints()[:2]
    document.push(SetFields(model, first, "Owner", owner="Shop"))
    document.undo_stack.clear()
    panel = InspectorPanel(document, view_state)
    qtbot.addWidget(panel)
    panel.show()
    view_state.select([second.id])
    owner = panel.field("owner")
    assert "Shop" in owner.choices()
    owner.setFocus()
    owner.selectAll()
    qtbot.keyClicks(owner, "  shop ")
    qtbot.keyClick(owner, Qt.Key.Key_Return)
    assert model.find(second.id).owner == "Shop" and owner.text() == "Shop"
    assert document.undo_stack.count() == 1
    document.undo()
    assert model.find(second.id).owner == second.owner
