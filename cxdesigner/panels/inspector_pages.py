"""The inspector's forms: one per kind of thing (map, touchpoint, stage, lane, flow, several cards).

A page is a list of ``FieldSpec`` rows (entity field, label, editor, undo text) in a form. It shows the values
of the entities it is given (one, or several with mixed values blank) and reports the user's edits as
``field_edited(name, value, typing)``; turning an edit into a command is the panel's job.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from cxdesigner.domain.entities import Channel, Evidence, LaneKind
from cxdesigner.panels.inspector_fields import (
    CheckField,
    ChoiceField,
    ColorField,
    LineField,
    NumberField,
    OwnerField,
    TextBlockField,
)
from cxdesigner.panels.names import channel_icon, channel_name, evidence_name, lane_kind_name

Maker = Callable[[], QWidget]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


@dataclass(frozen=True)
class FieldSpec:
    """One row of a form: the entity field it edits, its label, how to build its editor, the undo text."""

    name: str
    label: str
    make: Maker
    command: str


class FormPage(QWidget):
    """A heading, a form of fields and a one-line message for refused input."""

    field_edited = Signal(str, object, bool)
    typing_finished = Signal()

    def __init__(self, heading: str, specs: Sequence[FieldSpec], note: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.specs = {spec.name: spec for spec in specs}
        self.heading = QLabel(heading, self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-weight: bold; font-size: 12pt")
        self.heading.setWordWrap(True)
        self.note = QLabel(note, self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c92a2a")
        self.message.hide()
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout()
        # labels above their fields: full-width fields in a narrow side dock
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            editor = spec.make()
            editor.setParent(self)
            editor.setAccessibleName(spec.label)
            editor.edited.connect(lambda value, typing, name=spec.name: self._edited(name, value, typing))
            if hasattr(editor, "typing_finished"):
                editor.typing_finished.connect(self.typing_finished)
            if hasattr(editor, "refused"):
                editor.refused.connect(self.show_message)
            self.fields[spec.name] = editor
            form.addRow(spec.label if not isinstance(editor, CheckField) else "", editor)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _edited(self, name: str, value: Any, typing: bool) -> None:
        self.message.hide()
        self.field_edited.emit(name, value, typing)

    def show_entities(self, entities: Sequence[Any]) -> None:
        """Show the fields' values; a field whose values differ between the entities is shown blank."""
        for name, editor in self.fields.items():
            values = {getattr(e, name) for e in entities}
            mixed = len(values) != 1
            value = None if mixed else next(iter(values))
            if isinstance(editor, NumberField):
                editor.set_value(value, mixed=mixed)
            else:
                editor.set_value(value)

    def set_editable(self, editable: bool) -> None:
        for editor in self.fields.values():
            editor.set_editable(editable)

    def show_message(self, text: str) -> None:
        """Show a one-line refusal under the form (cleared by the next accepted edit)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))


# ------------------------------------------------------------------ the pages
def _channel_choices() -> list[tuple[Any, str, Any]]:
    return [(c, channel_name(c), channel_icon(c)) for c in Channel]


def _contact() -> ChoiceField:
    return ChoiceField([(True, _tr("Direct"), None), (False, _tr("Indirect (e.g. a friend's review)"), None)])


def _form() -> ChoiceField:
    return ChoiceField([(False, _tr("Digital"), None), (True, _tr("Physical"), None)])


def _evidence() -> ChoiceField:
    return ChoiceField([(e, evidence_name(e), None) for e in Evidence])


def touchpoint_shared_specs() -> list[FieldSpec]:
    """The touchpoint fields that several cards can share."""
    return [
        FieldSpec("channel", _tr("Channel"), lambda: ChoiceField(_channel_choices()), _tr("Change channel")),
        FieldSpec("direct", _tr("Contact"), _contact, _tr("Change direct or indirect")),
        FieldSpec("physical", _tr("Form"), _form, _tr("Change physical or digital")),
        FieldSpec("owner", _tr("Owner"), OwnerField, _tr("Change owner")),
        FieldSpec("moment_of_truth", "", lambda: CheckField(_tr("Moment of truth")), _tr("Change moment of truth")),
        FieldSpec("evidence", _tr("Evidence"), _evidence, _tr("Change evidence")),
        FieldSpec("color", _tr("Colour"), ColorField, _tr("Change card colour")),
    ]


def touchpoint_page() -> FormPage:
    shared = touchpoint_shared_specs()
    specs = [
        FieldSpec("title", _tr("Title"), LineField, _tr("Rename touchpoint")),
        FieldSpec("description", _tr("Description"), TextBlockField, _tr("Edit touchpoint description")),
        *shared[:-1],
        FieldSpec("notes", _tr("Notes"), TextBlockField, _tr("Edit touchpoint notes")),
        shared[-1],
    ]
    return FormPage(_tr("Touchpoint"), specs)


def touchpoints_page() -> FormPage:
    note = _tr("Changes apply to every selected card.")
    return FormPage(_tr("Several touchpoints"), touchpoint_shared_specs(), note)


def stage_page() -> FormPage:
    width_refused = _tr("A stage's width lies between 40 and 4000; the old width stays.")
    specs = [
        FieldSpec("title", _tr("Title"), LineField, _tr("Rename stage")),
        FieldSpec("description", _tr("Description"), TextBlockField, _tr("Edit stage description")),
        FieldSpec("expectation", _tr("Customer expects"), LineField, _tr("Edit stage expectation")),
        FieldSpec("width", _tr("Width"), lambda: NumberField(40, 4000, width_refused), _tr("Resize stage")),
    ]
    return FormPage(_tr("Stage"), specs)


def lane_page() -> FormPage:
    height_refused = _tr("A lane's height lies between 40 and 4000; the old height stays.")
    kinds = [(k, lane_kind_name(k), None) for k in LaneKind]
    specs = [
        FieldSpec("title", _tr("Title"), LineField, _tr("Rename lane")),
        FieldSpec("kind", _tr("Kind"), lambda: ChoiceField(kinds), _tr("Change lane kind")),
        FieldSpec("height", _tr("Height"), lambda: NumberField(40, 4000, height_refused), _tr("Resize lane")),
    ]
    return FormPage(_tr("Lane"), specs)


def flow_page() -> FormPage:
    share_refused = _tr("A share of customers lies between 0 and 100 %; the old share stays.")
    share = lambda: NumberField(0, 100, share_refused, scale=100, optional=True)  # noqa: E731
    specs = [
        FieldSpec("label", _tr("Label"), LineField, _tr("Edit flow label")),
        FieldSpec("share", _tr("Share of customers, %"), share, _tr("Change flow share")),
    ]
    return FormPage(_tr("Flow"), specs)


def map_page() -> FormPage:
    specs = [
        FieldSpec("title", _tr("Title"), LineField, _tr("Rename map")),
        FieldSpec("description", _tr("Description"), lambda: TextBlockField(lines=8), _tr("Edit map description")),
    ]
    return FormPage(_tr("Journey map"), specs, _tr("Nothing is selected: these are the map's own details."))


def condition_page() -> FormPage:
    specs = [FieldSpec("text", _tr("Text"), lambda: TextBlockField(lines=4), _tr("Edit external condition"))]
    note = _tr("What outside the company shapes the customer's experience at this stage.")
    return FormPage(_tr("External condition"), specs, note)


def note_page() -> FormPage:
    return FormPage(_tr("Several things"), [], _tr("Select things of one kind to edit them together."))
