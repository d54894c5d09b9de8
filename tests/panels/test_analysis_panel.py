"""The Analysis panel: findings grouped by kind, a click selects and highlights, a chosen path is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cxdesigner.commands import AddEntities, SetFields
from cxdesigner.document import Document
from cxdesigner.domain.entities import Emotion, Flow, Touchpoint, new_id
from cxdesigner.panels.analysis import AnalysisPanel
from cxdesigner.panels.plurals import plural, plural_n
from cxdesigner.ui import i18n
from cxdesigner.viewstate import ViewState


def _panel(qtbot, document: Document, view_state: ViewState) -> AnalysisPanel:
    panel = AnalysisPanel(document, view_state)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.analysis is not None)
    return panel


def _group(panel: AnalysisPanel, prefix: str):
    tree = panel.findings
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return next((item for item in items if item.text(0).startswith(prefix)), None)


def test_findings_are_grouped_and_a_click_selects_and_highlights(
    qtbot, document: Document, view_state: ViewState
) -> None:
    panel = _panel(qtbot, document, view_state)
    assert panel.summary.text().startswith("1 path from 1 entry to 1 exit · 0 errors · ")
    group = _group(panel, "Touchpoints with no owner (4)")
    seller = next(t for t in document.model.touchpoints() if t.title == "Seller")
    child = next(group.child(i) for i in range(group.childCount()) if "“Seller”" in group.child(i).text(0))
    panel.findings.scrollToItem(child)  # as a user scrolls to it in a short panel
    rect = panel.findings.visualItemRect(child)
    qtbot.mouseClick(panel.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view_state.selection == [seller.id]
    assert view_state.highlighted("finding") == {seller.id}
    panel.clear_highlight()
    assert view_state.highlighted("finding") == frozenset()


def test_the_list_follows_edits_and_undo(qtbot, document: Document, view_state: ViewState) -> None:
    panel = _panel(qtbot, document, view_state)
    model = document.model
    for tp in model.touchpoints():
        document.push(SetFields(model, tp, "Owner", owner="Shop"))
    qtbot.waitUntil(lambda: _group(panel, "Touchpoints with no owner") is None)
    document.undo()
    qtbot.waitUntil(lambda: _group(panel, "Touchpoints with no owner (1)") is not None)


def test_choosing_a_path_sets_the_path_and_draws_its_curve(qtbot, document: Document, view_state: ViewState) -> None:
    model = document.model
    tps = {t.title: t for t in model.touchpoints()}
    persona = model.personas()[0]
    branch = Touchpoint(id=new_id(), stage_id=tps["Seller"].stage_id, lane_id=tps["Seller"].lane_id, title="Chat")
    document.push(AddEntities(model, [
        branch,
        Flow(id=new_id(), source_id=tps["Website"].id, target_id=branch.id),
        Flow(id=new_id(), source_id=branch.id, target_id=tps["Bag"].id),
        Emotion(id=new_id(), touchpoint_id=tps["Website"].id, persona_id=persona.id, designed=-2),
        Emotion(id=new_id(), touchpoint_id=branch.id, persona_id=persona.id, designed=1),
    ], "Branch"))  # fmt: skip
    panel = _panel(qtbot, document, view_state)
    assert panel.paths.count() == 3  # "all paths" and two paths
    index = next(n for n, p in enumerate(panel.analysis.paths, 1) if branch.id in p.ids)
    panel.paths.setCurrentIndex(index)
    chosen = panel.analysis.paths[index - 1].ids
    assert view_state.path == list(chosen) and view_state.highlighted("path") == set(chosen)
    assert branch.id in chosen
    (series,) = panel.curve.series
    assert series.values == tuple({tps["Website"].id: -2.0, branch.id: 1.0}.get(t) for t in chosen)
    assert "Student: mean emotion -0.5" in panel.path_info.text()
    grab = panel.curve.grab().toImage()
    point = panel.curve.point_at(list(chosen).index(tps["Website"].id), -2.0)
    assert grab.pixelColor(point.toPoint()).name() == persona.color  # a pain point is a filled dot
    # Deleting the branch removes the path: the choice falls back to all paths.
    document.push(SetFields(model, model.get(Touchpoint, branch.id), "Rename", title="Live chat"))
    qtbot.waitUntil(lambda: "Live chat" in panel.paths.itemText(index))
    assert panel.paths.currentIndex() == index
    document.undo()
    document.undo()
    qtbot.waitUntil(lambda: panel.paths.count() == 2)
    assert panel.paths.currentIndex() == 0 and view_state.path == [] and view_state.highlighted("path") == frozenset()


def test_a_hidden_panel_catches_up_when_shown(qtbot, document: Document, view_state: ViewState) -> None:
    panel = AnalysisPanel(document, view_state)
    qtbot.addWidget(panel)
    tp = document.model.touchpoints()[0]
    document.push(SetFields(document.model, tp, "Rename", title="<b>Flyer</b> & co"))
    assert panel.analysis is None and panel.findings.topLevelItemCount() == 0  # a hidden panel does no work
    panel.show()
    qtbot.waitUntil(
        lambda: panel.analysis is not None and any("“<b>Flyer</b> & co”" in f.message for f in panel.analysis.findings)
    )


def test_the_analysis_runs_in_a_worker_and_the_funnel_shows_reach(
    qtbot, document: Document, view_state: ViewState
) -> None:
    panel = _panel(qtbot, document, view_state)
    first = panel.analysis
    qtbot.waitUntil(lambda: not panel.busy.isVisibleTo(panel))
    tp = document.model.touchpoints()[0]
    document.push(SetFields(document.model, tp, "Owner", owner="Shop"))
    panel.refresh()
    # refresh() only starts the worker: the result arrives later, and the busy bar shows meanwhile.
    assert panel.analysis is first and panel.busy.isVisibleTo(panel)
    qtbot.waitUntil(lambda: panel.analysis is not first and not panel.busy.isVisibleTo(panel))
    assert not any("No one owns" in f.message and tp.id in f.ids for f in panel.analysis.findings)
    # Four cards in a line over stages 1-4 of 8: everyone reaches the first four stages, no one the rest.
    titles = [s.title for s in document.model.stages()]
    assert panel.funnel.rows == [(t, 1.0) for t in titles[:4]] + [(t, 0.0) for t in titles[4:]]
    image = panel.funnel.grab().toImage()
    h, x = panel.funnel.row_height(), int(panel.funnel.width() * 0.75)  # between the title and the percentage
    assert image.pixelColor(x, int(2 + h / 2)).name() == "#91a7ff"  # the first stage: a full bar
    assert image.pixelColor(x, int(2 + 7 * h + h / 2)).name() == "#e9ecef"  # the last: an empty row


def test_counts_take_their_plural_forms_in_both_languages(qtbot, document: Document, view_state: ViewState) -> None:
    panel = _panel(qtbot, document, view_state)
    for tp in document.model.touchpoints():  # four cards, each with no owner and no requirement
        assert any(tp.id in f.ids and f.kind == "no_owner" for f in panel.analysis.findings)
    warnings = sum(f.severity == "warning" for f in panel.analysis.findings)
    assert f"· {warnings} warnings ·" in panel.summary.text()
    try:
        assert i18n.set_language("ru")
        panel.show_analysis(panel.analysis)
        assert panel.summary.text().startswith("1 путь от 1 входа к 1 выходу · 0 ошибок · ")
    finally:
        i18n.set_language("en")


def test_a_count_past_what_qt_takes_keeps_its_form_and_is_written_whole() -> None:
    huge = 10**20 + 21
    assert plural_n(5) == 5 and plural_n(huge) % 100 == 21 and plural_n(huge) < 2**31
    assert plural(f"{plural_n(huge)} paths", huge, lambda n: "1.0 × 10²⁰") == "1.0 × 10²⁰ paths"


def test_a_long_finding_wraps_whole_instead_of_ending_in_an_ellipsis(
    qtbot, document: Document, view_state: ViewState
) -> None:
    tp = document.model.touchpoints()[0]
    long_title = "A very long touchpoint title that a workshop typed in full " * 3
    document.push(SetFields(document.model, tp, "Rename", title=long_title.strip()))
    panel = _panel(qtbot, document, view_state)
    panel.resize(260, 600)
    qtbot.waitUntil(lambda: any(long_title.strip() in f.message for f in panel.analysis.findings))
    group = _group(panel, "Touchpoints with no owner")
    group.setExpanded(True)
    child = next(group.child(i) for i in range(group.childCount()) if long_title.strip() in group.child(i).text(0))
    assert "…" not in child.text(0)
    line = panel.findings.fontMetrics().height()
    assert panel.findings.visualItemRect(child).height() >= 3 * line  # wrapped over several lines
    panel.resize(900, 600)
    qtbot.waitUntil(lambda: panel.findings.visualItemRect(child).height() < 3 * line)  # and unwraps when wide
