"""The Analysis panel: what the touchpoint graph says, as a list of findings, a reach funnel and a path chooser.

The findings of ``domain.analysis`` are grouped by kind, most severe first. Clicking a finding selects its
touchpoints (or stages) and highlights them as "finding"; choosing a path sets the view state's path,
highlights it as "path" and draws its emotion curves below. The funnel shows the share of entering
customers who reach each stage. The analysis is re-run a moment after a burst of edits, and only while the
panel is visible (a hidden panel catches up when it is shown again). It runs in a worker thread
(``AnalysisJob``) on a copy of the map, so the window never waits for it; a busy bar shows it working.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QThread, QTimer
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.document import Document
from cxdesigner.domain.entities import Touchpoint
from cxdesigner.domain.findings import Analysis, Finding, Path, Severity, designed_emotions, path_label, readable
from cxdesigner.panels.entity_table import one_line
from cxdesigner.panels.funnel import Funnel, scrolled
from cxdesigner.panels.path_curve import CurveSeries, PathCurve
from cxdesigner.panels.plurals import plural, plural_n
from cxdesigner.panels.wrapping_tree import WrappingTree
from cxdesigner.viewstate import ViewState

IDS_ROLE = Qt.ItemDataRole.UserRole
SEVERITY_COLORS = {Severity.ERROR: "#c92a2a", Severity.WARNING: "#e67700", Severity.INFO: "#495057"}
KIND_TITLES = {
    "trap": QT_TRANSLATE_NOOP("AnalysisPanel", "Loops with no way out"),
    "dead_end": QT_TRANSLATE_NOOP("AnalysisPanel", "Dead ends: where customers leave"),
    "unreachable": QT_TRANSLATE_NOOP("AnalysisPanel", "Not reached from any entry"),
    "orphan": QT_TRANSLATE_NOOP("AnalysisPanel", "Touchpoints with no flow"),
    "share_negative": QT_TRANSLATE_NOOP("AnalysisPanel", "Flows with a share below zero"),
    "share_over": QT_TRANSLATE_NOOP("AnalysisPanel", "Flows whose shares add up to more than 100 %"),
    "loop": QT_TRANSLATE_NOOP("AnalysisPanel", "Loops"),
    "bound": QT_TRANSLATE_NOOP("AnalysisPanel", "Limits of the analysis"),
    "path_count": QT_TRANSLATE_NOOP("AnalysisPanel", "Paths from entries to exits"),
    "empty_stage": QT_TRANSLATE_NOOP("AnalysisPanel", "Stages with no touchpoint"),
    "no_owner": QT_TRANSLATE_NOOP("AnalysisPanel", "Touchpoints with no owner"),
    "no_requirement": QT_TRANSLATE_NOOP("AnalysisPanel", "Touchpoints with no quality requirement"),
    "failing_requirement": QT_TRANSLATE_NOOP("AnalysisPanel", "Quality requirements not met"),
    "worst_path": QT_TRANSLATE_NOOP("AnalysisPanel", "Worst paths by mean emotion"),
    "loss": QT_TRANSLATE_NOOP("AnalysisPanel", "Where the most customers are lost"),
    "remap": QT_TRANSLATE_NOOP("AnalysisPanel", "Re-mapping"),
    "base_quality": QT_TRANSLATE_NOOP("AnalysisPanel", "Quality of the customer base"),
    "content_mix": QT_TRANSLATE_NOOP("AnalysisPanel", "Content policy: half useful, half offer"),
    "kpi_behind": QT_TRANSLATE_NOOP("AnalysisPanel", "KPIs behind their line at a review"),
    "handoff_worst": QT_TRANSLATE_NOOP("AnalysisPanel", "The path with the most hand-offs between owners"),
    "handoffs": QT_TRANSLATE_NOOP("AnalysisPanel", "Hand-offs between owners per path"),
    "bottleneck": QT_TRANSLATE_NOOP("AnalysisPanel", "Bottlenecks: where most paths pass"),
    "moment_of_truth": QT_TRANSLATE_NOOP("AnalysisPanel", "Moments of truth"),
    "reach": QT_TRANSLATE_NOOP("AnalysisPanel", "Reach: entering customers who come to each stage"),
    "entry": QT_TRANSLATE_NOOP("AnalysisPanel", "Entries"),
    "exit": QT_TRANSLATE_NOOP("AnalysisPanel", "Exits"),
}
OPEN_UP_TO = 8  # groups with at most this many findings start expanded
PANEL_PATHS = 100  # paths offered in the chooser (the worst ones added); counts and findings cover every path
TOOLTIP_STEPS = 40
REFRESH_MS = 200  # a burst of edits (typing, a drag) re-runs the analysis once


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnalysisPanel", text)


def _tooltip(model: Any, ids: tuple[str, ...]) -> str:
    """A path written out for its tooltip: the first ``TOOLTIP_STEPS`` touchpoints (paths on big maps run to
    thousands, and writing them all out held the window for half a second)."""
    if len(ids) <= TOOLTIP_STEPS:
        return one_line(path_label(model, ids), 2000)
    return one_line(path_label(model, ids[:TOOLTIP_STEPS]), 2000) + f" → … ({len(ids)})"


class AnalysisPanel(QWidget):
    """Findings grouped by kind, and the customer paths with their emotion curves."""

    def __init__(self, document: Document, view_state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.view_state = view_state
        self.analysis: Analysis | None = None
        self._stale = True
        self._dock: QDockWidget | None = None
        self._in_front = True
        self._job: QThread | None = None
        self._again = False  # the map changed while a job ran: run once more when it ends
        self._path_ids: list[tuple[str, ...]] = [()]  # the chooser's paths, item by item
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # no steps to count: Qt shows it moving
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setAccessibleName(self.tr("Analysing"))
        self.busy.hide()
        self.funnel = Funnel(self)
        self.findings = WrappingTree(self)
        self.findings.setAccessibleName(self.tr("Findings"))
        self.clear_button = QPushButton(self.tr("Clear highlight"), self)
        self.paths = QComboBox(self)
        self.paths.setAccessibleName(self.tr("Customer path"))
        self.paths.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.paths.setMinimumContentsLength(8)  # the chooser's row fits a 214-pixel side dock
        self.curve = PathCurve(self)
        self.path_info = QLabel(self)
        self.path_info.setTextFormat(Qt.TextFormat.PlainText)
        self.path_info.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._refresh_if_shown)
        self._build_layout()
        self._connect()
        # No analysis until the panel is shown: on a 3,000-card map it takes seconds, and a window opens
        # with this dock behind another tab.

    def _build_layout(self) -> None:
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.summary)
        top_layout.addWidget(self.busy)
        top_layout.addWidget(self.findings, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.clear_button)
        top_layout.addLayout(row)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Path:"), bottom)
        chooser = QHBoxLayout()
        chooser.addWidget(label)
        chooser.addWidget(self.paths, 1)
        bottom_layout.addLayout(chooser)
        bottom_layout.addWidget(self.curve)
        bottom_layout.addWidget(self.path_info)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(scrolled(self.funnel))  # its own pane, scrolling through many stages
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        for signal in (self.document.entity_added, self.document.entity_removed, self.document.model_reset):
            signal.connect(self._schedule)
        self.document.entity_changed.connect(self._schedule)
        self.findings.itemClicked.connect(self._finding_clicked)
        self.findings.itemActivated.connect(self._finding_clicked)
        self.clear_button.clicked.connect(self.clear_highlight)
        self.paths.currentIndexChanged.connect(self._path_chosen)
        self.view_state.path_changed.connect(self._path_changed_elsewhere)

    # ------------------------------------------------------------ analysing
    def _schedule(self, *_args: Any) -> None:
        self._stale = True
        if self._seen():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self._timer.start()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange:
            self._follow_dock()
        return super().event(event)

    def _follow_dock(self) -> None:
        """Follow the dock holding the panel: a dock behind another's tab stays "visible" to Qt (it is only
        moved out of the window), and only its ``visibilityChanged`` says whether anyone can see it."""
        dock = self.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if dock is not None and dock is not self._dock:
            self._dock = dock
            dock.visibilityChanged.connect(self._dock_shown)

    def _dock_shown(self, visible: bool) -> None:
        self._in_front = visible
        if visible and self._stale:
            self._timer.start()

    def _seen(self) -> bool:
        return self.isVisible() and (self._dock is None or self._in_front)

    def _refresh_if_shown(self) -> None:
        if self._seen():
            self.refresh()

    def refresh(self) -> None:
        """Run the analysis again in a worker; its result is shown when it arrives (``show_analysis``)."""
        self._stale = False
        if self._job is not None:
            self._again = True
            return
        from cxdesigner.panels import analysis_job  # networkx loads when a panel first shows

        self._job = job = analysis_job.AnalysisJob(self.document.model.copy(), PANEL_PATHS)
        job.analysed.connect(self.show_analysis)
        job.failed.connect(self._failed)
        job.finished.connect(self._job_ended)
        self.busy.show()
        analysis_job.start(job)

    def _job_ended(self) -> None:
        self._job = None
        self.busy.hide()
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, message: str) -> None:
        self.summary.setText(self.tr("The analysis failed: %1").replace("%1", message))

    def show_analysis(self, result: Analysis) -> None:
        """Show what the analysis found, keeping the chosen path when it still exists."""
        self.analysis = result
        self.summary.setText(self._summary(result))
        self._fill_findings(result.findings)
        stages = [(s, result.reach.stages.get(s.id)) for s in self.document.model.stages()]
        self.funnel.show_reach([(one_line(s.title, 80) or "—", share) for s, share in stages if share is not None])
        self._fill_paths(result.paths)

    def _summary(self, result: Analysis) -> str:
        """"12 paths from 1 entry to 2 exits · 0 errors · 3 warnings · 1 note", each count in its plural form."""
        counts = {s: sum(f.severity is s for f in result.findings) for s in Severity}
        paths = plural(self.tr("%n paths", "", plural_n(result.path_count)), result.path_count, readable)
        parts = [
            self.tr("from %n entries", "", len(result.entries)),
            self.tr("to %n exits", "", len(result.exits)),
        ]
        severities = [
            self.tr("%n errors", "", counts[Severity.ERROR]),
            self.tr("%n warnings", "", counts[Severity.WARNING]),
            self.tr("%n notes", "", counts[Severity.INFO]),
        ]
        return " · ".join([" ".join([paths, *parts]), *severities])

    def _fill_findings(self, findings: tuple[Finding, ...]) -> None:
        self.findings.clear()
        groups: dict[str, list[Finding]] = {}
        for finding in findings:
            groups.setdefault(finding.kind, []).append(finding)
        for kind, members in groups.items():
            title = _tr(KIND_TITLES[kind]) if kind in KIND_TITLES else kind
            group = QTreeWidgetItem([f"{title} ({len(members)})"])
            color = QBrush(QColor(SEVERITY_COLORS[members[0].severity]))
            group.setForeground(0, color)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setData(0, IDS_ROLE, list(dict.fromkeys(i for f in members for i in f.ids)))
            for finding in members:
                child = QTreeWidgetItem([one_line(finding.message, 1000)])  # wrapped whole, not cut
                child.setData(0, IDS_ROLE, list(finding.ids))
                child.setForeground(0, QBrush(QColor(SEVERITY_COLORS[finding.severity])))
                group.addChild(child)
            self.findings.addTopLevelItem(group)
            group.setExpanded(len(members) <= OPEN_UP_TO)

    def _finding_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        ids = [i for i in item.data(0, IDS_ROLE) or [] if i in self.document.model]
        self.view_state.select(ids)
        self.view_state.highlight("finding", ids)
        self.view_state.reveal(ids)

    def clear_highlight(self) -> None:
        """Take the finding and path highlights off the map."""
        self.view_state.highlight("finding", ())
        self.paths.setCurrentIndex(0)

    # ------------------------------------------------------------ paths
    def _fill_paths(self, paths: tuple[Path, ...]) -> None:
        chosen = tuple(self.view_state.path)
        self.paths.blockSignals(True)
        self.paths.clear()
        # The ids stay in Python (item n is path n): as item data, a path of thousands of ids cost
        # milliseconds to turn into a QVariant and back, each.
        self._path_ids = [(), *(p.ids for p in paths)]
        self.paths.addItem(self.tr("All paths (none chosen)"))
        model = self.document.model
        for n, path in enumerate(paths, 1):
            label = one_line(path_label(model, path.ids, longest=5), 200)
            self.paths.addItem(f"{n}. {label}")
            self.paths.setItemData(n, _tooltip(model, path.ids), Qt.ItemDataRole.ToolTipRole)
        index = next((i for i in range(1, len(self._path_ids)) if self._path_ids[i] == chosen), 0)
        self.paths.setCurrentIndex(index)
        self.paths.blockSignals(False)
        if chosen and index == 0:  # the chosen path no longer exists
            self._path_chosen(0)
        else:
            self._show_path(index)

    def _path_chosen(self, index: int) -> None:
        ids = list(self._path_ids[index]) if 0 <= index < len(self._path_ids) else []
        self.view_state.set_path(ids)
        self.view_state.highlight("path", ids)
        self._show_path(index)

    def _path_changed_elsewhere(self, ids: list[str]) -> None:
        index = next((i for i, p in enumerate(self._path_ids) if list(p) == ids), -1)
        if index >= 0 and index != self.paths.currentIndex():
            self.paths.blockSignals(True)
            self.paths.setCurrentIndex(index)
            self.paths.blockSignals(False)
            self._show_path(index)

    def _show_path(self, index: int) -> None:
        result = self.analysis
        if result is None or index <= 0 or index > len(result.paths):
            self.curve.show_curves([], ())
            self.path_info.setText(self.tr("Choose a path to highlight it and see its emotion curves."))
            return
        path = result.paths[index - 1]
        model = self.document.model
        values = designed_emotions(model)
        series = [
            CurveSeries(p.color, p.name, tuple(values.get(p.id, {}).get(t) for t in path.ids))
            for p in model.personas()
            if p.id in values and self.view_state.persona_visible(p.id)
        ]
        self.curve.show_curves(series, tuple(model.get(Touchpoint, t).moment_of_truth for t in path.ids))
        lines = [self.tr("%n touchpoints", "", len(path.ids))]
        for p in model.personas():
            mean = path.mean(p.id)
            if mean is not None:
                lines.append(self.tr("%1: mean emotion %2").replace("%1", p.name).replace("%2", f"{mean:+.1f}"))
        moments = path_label(model, path.moments, ", ") if path.moments else self.tr("none")
        lines.append(self.tr("Moments of truth: %1").replace("%1", moments))
        self.path_info.setText(one_line("  ·  ".join(lines), 1000))
