"""The Personas panel: the segments a map is drawn for, and each one's core expectations.

A persona has a name, a description, a colour (its curve's colour) and segment notes (an RFM segment, say).
Its expectations start from the nine of practice and can be edited, added and removed; ticking the ones
the business meets gives the count and the "true loyalty" verdict (at least 6 of 9). Every change is one
undoable command; the check box beside a persona shows or hides its curve on the map. "Import customer
base…" opens the RFM import dialog; "Persona from segment" makes a persona drawn for a segment in one step.
Below, a segment's contact and content policy (``panels.contact_policy``) follows the current persona's segment.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.commands import AddEntities, DeleteEntities, SetFields
from cxdesigner.commands.edit import ApplyChanges, ReplaceEntities
from cxdesigner.document import Document
from cxdesigner.domain import base_trend
from cxdesigner.domain.entities import Persona, Stage, new_id
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.numbers import integer, number
from cxdesigner.domain.personas import Expectation, default_expectations, expectations_of, is_our_addition, loyalty
from cxdesigner.domain.segments import CustomerAnalysis, Segment
from cxdesigner.panels.contact_policy import ContactPolicyEditor
from cxdesigner.panels.entity_table import one_line
from cxdesigner.panels.flow_layout import FlowLayout
from cxdesigner.panels.inspector_fields import ColorField, LineField, TextBlockField
from cxdesigner.panels.wrapping import wrapped
from cxdesigner.viewstate import ViewState

PALETTE = ("#d9480f", "#1864ab", "#2b8a3e", "#862e9c", "#e67700", "#c2255c", "#0b7285", "#5c940d")
ID_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonasPanel", text)


def next_color(journey: JourneyMap) -> str:
    """A persona colour not yet used, if one is left."""
    used = {p.color.lower() for p in journey.personas()}
    return next((c for c in PALETTE if c not in used), PALETTE[journey.count(Persona) % len(PALETTE)])


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color) if QColor.isValidColorName(color) else QColor("#888888"))
    return QIcon(pixmap)


class PersonasPanel(QWidget):
    """List, edit, show and hide personas; edit and tick their expectations."""

    def __init__(self, document: Document, view_state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.view_state = view_state
        self.personas = QListWidget(self)
        self.personas.setAccessibleName(_tr("Personas"))
        self.personas.setToolTip(_tr("Tick a persona to show its emotion curve on the map"))
        self.add_button = QPushButton(_tr("Add"), self)
        self.add_button.setAccessibleName(_tr("Add persona"))
        self.add_button.setToolTip(_tr("Add a persona with the nine core expectations"))
        self.delete_button = QPushButton(_tr("Delete"), self)
        self.delete_button.setAccessibleName(_tr("Delete persona"))
        self.name = LineField(self)
        self.name.setAccessibleName(_tr("Persona name"))
        self.description = TextBlockField(self, lines=3)
        self.description.setAccessibleName(_tr("Persona description"))
        self.segment = LineField(self)
        self.segment.setAccessibleName(_tr("Segment notes"))
        self.segment.setPlaceholderText(_tr("e.g. RFM: recent, frequent, high spend"))
        self.color = ColorField(self)
        self.expectations = QListWidget(self)
        self.expectations.setAccessibleName(_tr("Expectations"))
        self.expectations.setToolTip(_tr("Tick what the business meets; double-click to edit the text"))
        self.add_expectation = QPushButton(_tr("Add"), self)
        self.add_expectation.setAccessibleName(_tr("Add expectation"))
        self.remove_expectation = QPushButton(_tr("Remove"), self)
        self.remove_expectation.setAccessibleName(_tr("Remove expectation"))
        self.expectation_stage = QComboBox(self)  # the stage the current expectation belongs to
        self.expectation_stage.setAccessibleName(_tr("Stage of the expectation"))
        self.expectation_stage.setToolTip(_tr("The stage of the journey this expectation belongs to"))
        self.expectation_stage.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.expectation_stage.setMinimumContentsLength(8)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.customer_segment = QComboBox(self)
        self.customer_segment.setAccessibleName(_tr("Customer segment"))
        self.customer_segment.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.customer_segment.setMinimumContentsLength(8)
        self.customer_segment.setToolTip(_tr("The RFM segment of the customer base this persona is drawn for"))
        self.segment_figures = QLabel(self)
        self.segment_figures.setWordWrap(True)
        self.import_base = QPushButton(_tr("Import customer base…"), self)
        self.import_base.setToolTip(_tr("Analyse a customer file (CSV or Excel) into RFM segments"))
        self.from_segment = QPushButton(_tr("Persona from segment"), self)
        self.from_segment.setToolTip(_tr("Make a persona for a segment of the newest analysis"))
        self.from_segment.setMenu(QMenu(self.from_segment))
        self.policy = ContactPolicyEditor(document, self)
        self._build_layout()
        self._connect()
        self.refresh()

    # ------------------------------------------------------------------ layout
    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a field under its label when narrow
        form.addRow(_tr("Name"), self.name)
        form.addRow(_tr("Description"), self.description)
        form.addRow(_tr("Segment"), self.segment)
        form.addRow(_tr("Customer segment"), self.customer_segment)
        form.addRow(_tr("Colour"), self.color)
        expectation_buttons = QHBoxLayout()
        expectation_buttons.addWidget(self.add_expectation)
        expectation_buttons.addWidget(self.remove_expectation)
        layout = QVBoxLayout(self)
        layout.addWidget(self.personas, 1)
        layout.addLayout(buttons)
        layout.addLayout(form)
        heading = _tr("Core expectations (in italics: our addition to the articles' eight)")
        layout.addWidget(wrapped(QLabel(heading, self)))
        layout.addWidget(self.expectations, 2)
        layout.addLayout(expectation_buttons)
        stage_form = QFormLayout()
        stage_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        stage_form.addRow(_tr("Stage"), self.expectation_stage)
        layout.addLayout(stage_form)
        layout.addWidget(self.segment_figures)
        layout.addWidget(self.verdict)
        base_buttons = FlowLayout()  # under each other in a narrow side dock
        base_buttons.addWidget(self.import_base)
        base_buttons.addWidget(self.from_segment)
        layout.addLayout(base_buttons)
        layout.addWidget(wrapped(QLabel(_tr("Contact and content policy of a segment"), self)))
        layout.addWidget(self.policy, 2)

    def _connect(self) -> None:
        self.personas.currentItemChanged.connect(lambda *_: self._show_current())
        self.personas.itemChanged.connect(self._persona_item_changed)
        self.add_button.clicked.connect(self.add_persona)
        self.delete_button.clicked.connect(self.delete_persona)
        self.name.edited.connect(lambda v, typing: self._set("name", v, typing, _tr("Rename persona")))
        self.segment.edited.connect(lambda v, typing: self._set("segment", v, typing, _tr("Edit segment")))
        self.description.edited.connect(lambda v, typing: self._set("description", v, typing, _tr("Edit persona")))
        self.color.edited.connect(lambda v, typing: self._set("color", v or PALETTE[0], False, _tr("Persona colour")))
        for field in (self.name, self.segment, self.description):
            field.typing_finished.connect(self._end_typing)
        self.customer_segment.activated.connect(self._link_segment)
        self.import_base.clicked.connect(self.choose_customer_base)
        self.from_segment.menu().aboutToShow.connect(self._fill_segment_menu)
        self.expectations.itemChanged.connect(self._expectation_item_changed)
        self.expectations.currentItemChanged.connect(lambda *_: self._show_expectation_stage())
        self.expectation_stage.activated.connect(self._expectation_stage_chosen)
        self.add_expectation.clicked.connect(self.add_expectation_row)
        self.remove_expectation.clicked.connect(self.remove_expectation_row)
        for signal in (self.document.entity_added, self.document.entity_removed):
            signal.connect(self._entity_event)
        self.document.entity_changed.connect(self._entity_changed)
        self.view_state.personas_changed.connect(self.refresh)

    # ------------------------------------------------------------------ state
    @property
    def current(self) -> Persona | None:
        item = self.personas.currentItem()
        if item is None:
            return None
        found = self.document.model.find(item.data(ID_ROLE))
        return found if isinstance(found, Persona) else None

    def _entity_event(self, entity: Any) -> None:
        if isinstance(entity, (Persona, Expectation, Segment, CustomerAnalysis)):
            self.refresh()
        elif isinstance(entity, Stage):  # the stage chooser lists the stages
            self._show_expectation_stage()

    def _entity_changed(self, _old: Any, new: Any, _fields: frozenset[str]) -> None:
        self._entity_event(new)

    def refresh(self) -> None:
        """Show the model's personas, keeping the current one selected."""
        current = self.current.id if self.current else None
        with QSignalBlocker(self.personas):
            self.personas.clear()
            for persona in self.document.model.personas():
                item = QListWidgetItem(_swatch(persona.color), persona.name or _tr("(unnamed)"))
                item.setData(ID_ROLE, persona.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                visible = self.view_state.persona_visible(persona.id)
                item.setCheckState(Qt.CheckState.Checked if visible else Qt.CheckState.Unchecked)
                self.personas.addItem(item)
                if persona.id == current:
                    self.personas.setCurrentItem(item)
            if self.personas.currentItem() is None and self.personas.count():
                self.personas.setCurrentRow(0)
        self._show_current()

    def _show_current(self) -> None:
        persona = self.current
        for widget in (self.name, self.description, self.segment, self.color, self.delete_button):
            widget.setEnabled(persona is not None)
        for widget in (self.expectations, self.add_expectation, self.remove_expectation):
            widget.setEnabled(persona is not None)
        self.name.set_value(persona.name if persona else "")
        self.description.set_value(persona.description if persona else "")
        self.segment.set_value(persona.segment if persona else "")
        self.color.set_value(persona.color if persona else "")
        chosen = self.expectations.currentItem()
        current_expectation = chosen.data(ID_ROLE) if chosen is not None else ""
        with QSignalBlocker(self.expectations):
            self.expectations.clear()
            items = expectations_of(self.document.model, persona.id) if persona else []
            for expectation in items:
                item = QListWidgetItem(expectation.text)
                item.setData(ID_ROLE, expectation.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
                item.setCheckState(Qt.CheckState.Checked if expectation.met else Qt.CheckState.Unchecked)
                if is_our_addition(expectation.text):
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                    item.setToolTip(_tr("Our addition: the articles name eight expectations, one for each stage."))
                self.expectations.addItem(item)
                if expectation.id == current_expectation:
                    self.expectations.setCurrentItem(item)
        self.verdict.setText(self.verdict_text(items) if persona else _tr("Add a persona to score its expectations."))
        self._show_expectation_stage()
        self._show_segment(persona)

    def _show_expectation_stage(self) -> None:
        """The chooser shows the stages, "(no stage)" first, at the current expectation's own."""
        model = self.document.model
        item = self.expectations.currentItem()
        found = model.find(item.data(ID_ROLE)) if item is not None else None
        with QSignalBlocker(self.expectation_stage):
            self.expectation_stage.clear()
            self.expectation_stage.addItem(_tr("(no stage)"), "")
            for stage in model.stages():
                self.expectation_stage.addItem(one_line(stage.title, 40) or _tr("(untitled stage)"), stage.id)
            at = self.expectation_stage.findData(found.stage_id) if isinstance(found, Expectation) else 0
            self.expectation_stage.setCurrentIndex(max(at, 0))
        self.expectation_stage.setEnabled(isinstance(found, Expectation))

    def _expectation_stage_chosen(self, index: int) -> None:
        item = self.expectations.currentItem()
        found = self.document.model.find(item.data(ID_ROLE)) if item is not None else None
        stage_id = self.expectation_stage.itemData(index) or ""
        if isinstance(found, Expectation) and stage_id != found.stage_id:
            label = _tr("Expectation's stage")
            self.document.push(SetFields(self.document.model, found, label, stage_id=stage_id))

    # ------------------------------------------------------------------ customer segments
    def _segments(self) -> list[Segment]:
        """The segments of the newest analysis of the customer base."""
        return base_trend.newest_segments(self.document.model)

    def _show_segment(self, persona: Persona | None) -> None:
        segments = self._segments()
        linked = next((s for s in segments if persona and s.persona_id == persona.id), None)
        with QSignalBlocker(self.customer_segment):
            self.customer_segment.clear()
            self.customer_segment.addItem(_tr("(none)"), "")
            for seg in segments:
                self.customer_segment.addItem(seg.name or seg.key, seg.id)
            self.customer_segment.setCurrentIndex(max(0, self.customer_segment.findData(linked.id if linked else "")))
        self.customer_segment.setEnabled(persona is not None and bool(segments))
        self.from_segment.setEnabled(any(not s.persona_id and s.customers for s in segments))
        if not segments:
            self.segment_figures.setText(_tr("No analysis of the customer base yet (cxdesigner rfm)."))
        elif linked is None:
            self.segment_figures.setText("")
        else:
            language = self.document.model.info.language
            self.segment_figures.setText(self.segment_text(linked, language) + self.change_text(linked, language))
            self.policy.show_segment(linked.key)

    def _fill_segment_menu(self) -> None:
        menu = self.from_segment.menu()
        menu.clear()
        for seg in self._segments():
            if not seg.persona_id and seg.customers:
                action = menu.addAction(seg.name or seg.key)
                action.triggered.connect(lambda _on=False, s=seg: self.persona_from_segment(s))

    def persona_from_segment(self, seg: Segment) -> None:
        """A new persona named after the segment, with the nine expectations, drawn for it: one step."""
        model = self.document.model
        persona = Persona(
            id=new_id(),
            name=seg.name or seg.key,
            order=model.order_at(model.personas(), model.count(Persona)),
            color=next_color(model),
            segment=f"RFM: {seg.name or seg.key}",
        )
        changes: list[tuple[Any, Any]] = [(None, persona)]
        changes += [(None, e) for e in default_expectations(persona, model.info.language or "en", model)]
        changes.append((seg, dataclasses.replace(seg, persona_id=persona.id)))
        if self.document.push(ApplyChanges(model, changes, _tr("Persona from segment"))):
            self._select(persona.id)

    def choose_customer_base(self) -> None:
        """Ask for a customer file and open the import dialog on it."""
        name, _filter = QFileDialog.getOpenFileName(
            self, _tr("Import customer base"), "", _tr("Customer files (*.csv *.txt *.xlsx);;All files (*)")
        )
        if name:
            self.import_customer_base(Path(name))

    def import_customer_base(self, path: Path) -> None:
        from cxdesigner.panels.customer_base_import import CustomerBaseImportDialog

        CustomerBaseImportDialog(self.document, path, self).exec()

    def change_text(self, seg: Segment, language: str) -> str:
        """ " Since the analysis of 2024-09-30: -12 customers, -3,400 revenue." or "" with no earlier one."""
        model = self.document.model
        analyses = base_trend.dated(model)
        if len(analyses) < 2:
            return ""
        change = next((c for c in base_trend.compare(model, *analyses[-2:]) if c.key == seg.key), None)
        if change is None:
            return ""
        lang = "ru" if language == "ru" else "en"
        text = _tr(" Since the analysis as of %1: %2 customers, %3 revenue.").replace("%1", analyses[-2].as_of)
        text = text.replace("%2", number(change.customers_change, lang, 0, signed=True))
        return text.replace("%3", number(change.revenue_change, lang, 0, signed=True))

    @staticmethod
    def segment_text(seg: Segment, language: str) -> str:
        """ "109 customers (18 %), 41 % of revenue; on average 25 days since ..." in the map's numbers."""
        lang = "ru" if language == "ru" else "en"
        text = _tr(
            "%1 customers (%2 %), %3 % of revenue; on average %4 days since the last purchase, %5 purchases, %6 spent"
        )
        values = (
            integer(seg.customers, lang), number(seg.customer_share * 100, lang, 0),
            number(seg.revenue_share * 100, lang, 0), number(seg.mean_recency_days, lang, 0),
            number(seg.mean_frequency, lang, 1), number(seg.mean_monetary, lang, 0),
        )  # fmt: skip
        for i in range(len(values), 0, -1):
            text = text.replace(f"%{i}", values[i - 1])
        return text

    def _link_segment(self, index: int) -> None:
        """Draw the current persona for the chosen segment (or none): one undoable step."""
        persona = self.current
        if persona is None:
            return
        chosen = self.customer_segment.itemData(index)
        pairs = []
        for seg in self._segments():
            want = persona.id if seg.id == chosen else ("" if seg.persona_id == persona.id else seg.persona_id)
            if want != seg.persona_id:
                pairs.append((seg, dataclasses.replace(seg, persona_id=want)))
        if pairs:
            self.document.push(ReplaceEntities(self.document.model, pairs, _tr("Link customer segment")))

    @staticmethod
    def verdict_text(items: list[Expectation]) -> str:
        """ "6 of 9 expectations met: true loyalty is kept." and the like."""
        score = loyalty(items)
        head = _tr("%1 of %2 expectations met").replace("%1", str(score.met)).replace("%2", str(score.total))
        if score.loyal:
            return head + _tr(": true loyalty is kept.")
        return head + _tr(": true loyalty needs %1.").replace("%1", str(score.needed))

    # ------------------------------------------------------------------ edits
    def _set(self, name: str, value: Any, typing: bool, text: str) -> None:
        persona = self.current
        if persona is not None and getattr(persona, name) != value:
            self.document.push(SetFields(self.document.model, persona, text, typing=typing, **{name: value}))

    def _end_typing(self) -> None:
        """The user left a text field: the next keystroke there starts a new undo step."""
        stack = self.document.undo_stack
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        if isinstance(top, SetFields) and top.typing:
            top.typing = False

    def add_persona(self) -> None:
        """Add a persona with the nine starting expectations, in one step, and select it."""
        model = self.document.model
        language = model.info.language or "en"
        persona = Persona(
            id=new_id(),
            name=_tr("New persona"),
            order=model.order_at(model.personas(), model.count(Persona)),
            color=next_color(model),
        )
        starting = default_expectations(persona, language, model)
        self.document.push(AddEntities(model, [persona, *starting], _tr("Add persona")))
        self._select(persona.id)

    def delete_persona(self) -> None:
        persona = self.current
        if persona is not None:
            self.document.push(DeleteEntities(self.document.model, [persona.id], _tr("Delete persona")))

    def _select(self, persona_id: str) -> None:
        for row in range(self.personas.count()):
            if self.personas.item(row).data(ID_ROLE) == persona_id:
                self.personas.setCurrentRow(row)

    def _persona_item_changed(self, item: QListWidgetItem) -> None:
        self.view_state.set_persona_visible(item.data(ID_ROLE), item.checkState() == Qt.CheckState.Checked)

    def _expectation_item_changed(self, item: QListWidgetItem) -> None:
        found = self.document.model.find(item.data(ID_ROLE))
        if not isinstance(found, Expectation):
            return
        met = item.checkState() == Qt.CheckState.Checked
        if met != found.met:
            self.document.push(SetFields(self.document.model, found, _tr("Tick expectation"), met=met))
        elif item.text() != found.text:
            self.document.push(SetFields(self.document.model, found, _tr("Edit expectation"), text=item.text()))

    def add_expectation_row(self) -> None:
        persona = self.current
        if persona is None:
            return
        model = self.document.model
        siblings = expectations_of(model, persona.id)
        expectation = Expectation(
            id=new_id(),
            persona_id=persona.id,
            text=_tr("New expectation"),
            order=model.order_at(siblings, len(siblings)),
        )
        self.document.push(AddEntities(model, [expectation], _tr("Add expectation")))

    def remove_expectation_row(self) -> None:
        item = self.expectations.currentItem()
        if item is not None:
            self.document.push(DeleteEntities(self.document.model, [item.data(ID_ROLE)], _tr("Remove expectation")))
