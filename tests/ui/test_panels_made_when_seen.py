"""The window makes a panel when its dock first shows or when it is asked for (``ui.panel_shelf``)."""

from __future__ import annotations

from cxdesigner.ui.main_window import MainWindow


def _made(window: MainWindow) -> set[str]:
    return {name for name in window.panels if window.panels.is_made(name)}


def test_a_new_window_makes_the_panels_in_view_and_no_other(window: MainWindow) -> None:
    made = _made(window)
    assert {"palette", "conflicts"} <= made
    assert not made & {"quality", "voice", "analysis", "barriers", "strategy", "revisions", "personas", "emotions"}
    for name in made:
        assert window.docks[name].widget().widget() is window.panels[name]
    for name in set(window.panels) - made:
        assert window.docks[name].widget() is None


def test_bringing_a_tab_to_the_front_makes_its_panel_on_the_current_selection(qtbot, window: MainWindow) -> None:
    card = window.document.model.touchpoints()[0]
    window.scene.set_selection([card.id])
    dock = window.docks["quality"]
    assert not window.panels.is_made("quality")

    dock.show()
    dock.raise_()

    qtbot.waitUntil(lambda: window.panels.is_made("quality"))
    panel = window.panels["quality"]
    assert dock.widget().widget() is panel
    assert panel.table_model.touchpoint_id == card.id  # it follows the selection made before it was


def test_asking_for_a_panel_makes_it_once_in_its_dock(window: MainWindow) -> None:
    assert not window.panels.is_made("revisions")

    panel = window.panels["revisions"]

    assert window.panels.is_made("revisions") and window.docks["revisions"].widget().widget() is panel
    assert window.panels["revisions"] is panel


def test_the_customer_base_import_is_in_the_file_menu_before_the_personas_panel_is_made(window: MainWindow) -> None:
    assert not window.panels.is_made("personas")
    assert window.import_customer_base_action in window.menus["file"].actions()
