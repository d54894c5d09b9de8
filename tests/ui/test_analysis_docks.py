"""The analysis, barriers, strategy and revisions docks in the window, all populated on the bundled sample."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cxdesigner.document import Document
from cxdesigner.io.samples import SAMPLE_FILES
from cxdesigner.paths import resource_path
from cxdesigner.ui.main_window import MainWindow


def test_every_panel_is_populated_on_the_sample(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "sample.cxd"
    shutil.copy(resource_path("samples", SAMPLE_FILES["en"]), path)
    window = MainWindow.open_new(Document.open(path))
    qtbot.waitExposed(window)
    details = ("analysis", "strategy", "revisions", "barriers")
    assert not any(window.docks[n].isVisible() for n in details), "detail panels open on demand"
    for name in details:  # opened from View > Panels, each joins the inspector's side area
        window.docks[name].toggleViewAction().trigger()
    window.docks["inspector"].raise_()
    right = set(window.tabifiedDockWidgets(window.docks["inspector"]))
    assert {window.docks[n] for n in details} <= right
    analysis, barriers = window.panels["analysis"], window.panels["barriers"]
    strategy, revisions = window.panels["strategy"], window.panels["revisions"]
    for _ in range(3):
        QApplication.processEvents()  # the turn in which a shown panel would start its analysis
    assert analysis.analysis is None  # behind the inspector's tab: nothing analysed until it is shown
    assert barriers.barrier_model.rowCount() == 4 and barriers.roadmap_model.rowCount() == 5
    assert barriers.roadmap_model.index(0, 5).data() == "★"
    assert "Internal: 2.4 of 5" in strategy.summary.text()
    assert revisions.list.count() == 1 and revisions.differences.topLevelItemCount() >= 4
    assert window.view_state.highlighted("changed")  # what is new since the autumn mapping
    window.docks["analysis"].raise_()
    qtbot.waitUntil(lambda: analysis.isVisible() and analysis.analysis is not None)
    assert analysis.summary.text().startswith("8 paths from 2 entries to 2 exits")
    assert analysis.findings.topLevelItemCount() >= 8 and analysis.paths.count() == 9
    analysis.paths.setCurrentIndex(1)
    assert window.view_state.path == list(analysis.analysis.paths[0].ids)


def test_view_menu_colours_cards_by_owner(window) -> None:  # noqa: ANN001
    action = window.window_actions.by_owner
    assert action in window.menus["view"].actions() and not action.isChecked()
    assert window.scene.owner_colors is None
    action.trigger()
    assert window.view_state.card_colours == "owner" and window.scene.owner_colors is not None
    action.trigger()
    assert window.scene.owner_colors is None


def test_a_failing_requirement_is_found_and_a_click_brings_its_card_into_view(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "sample.cxd"
    shutil.copy(resource_path("samples", SAMPLE_FILES["en"]), path)
    window = MainWindow.open_new(Document.open(path))
    qtbot.waitExposed(window)
    window.docks["analysis"].toggleViewAction().trigger()
    window.docks["analysis"].raise_()
    analysis = window.panels["analysis"]
    qtbot.waitUntil(lambda: analysis.isVisible() and analysis.analysis is not None)
    tree = analysis.findings
    group = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0).startswith("Quality requirements not met (")
    )
    child = next(group.child(i) for i in range(group.childCount()) if "First wash" in group.child(i).text(0))
    assert "measured 12 washes, target ≥ 30 washes" in child.text(0)
    card = next(t for t in window.document.model.touchpoints() if t.title == "First wash")
    view = window.view
    view.set_zoom(1.0)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
    item = window.scene.item_for(card.id)

    def seen() -> bool:
        return view.mapToScene(view.viewport().rect()).boundingRect().contains(item.sceneBoundingRect())

    assert not seen()  # the last stage's card is off the screen at 100 %
    group.setExpanded(True)
    tree.scrollToItem(child)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(child).center())
    assert window.view_state.selection == [card.id]
    assert seen()
