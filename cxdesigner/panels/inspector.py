"""The inspector: edits whatever the window's selection holds, every change an undoable command.

It follows ``ViewState.selection`` and the document's entity signals for what it shows. Each field edit is
pushed through ``Document.push`` as ``SetFields`` (typing merges keystrokes; finishing a field ends the merge)
or, for several cards, one ``ReplaceEntities``. Refreshing from the model is quiet (signals blocked) so an
update never comes back as an edit, and it leaves focus and the cursor where the user is typing.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from cxdesigner.commands.edit import ReplaceEntities, SetFields
from cxdesigner.document import Document
from cxdesigner.domain import handoffs
from cxdesigner.domain.conditions import Condition
from cxdesigner.domain.entities import Flow, Lane, MapInfo, Stage, Touchpoint
from cxdesigner.panels import inspector_pages as pages
from cxdesigner.panels.inspector_fields import OwnerField
from cxdesigner.panels.picture_list import PictureList
from cxdesigner.viewstate import ViewState

PAGE_FOR_KIND = {
    MapInfo: "map",
    Touchpoint: "touchpoint",
    Stage: "stage",
    Lane: "lane",
    Flow: "flow",
    Condition: "condition",
}


class InspectorPanel(QWidget):
    """The fields of the selected thing, of several selected cards, or of the map itself."""

    def __init__(self, document: Document, view_state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.view_state = view_state
        self.setAccessibleName(self.tr("Inspector"))
        self.pages: dict[str, pages.FormPage] = {
            "map": pages.map_page(),
            "touchpoint": pages.touchpoint_page(),
            "touchpoints": pages.touchpoints_page(),
            "stage": pages.stage_page(),
            "lane": pages.lane_page(),
            "flow": pages.flow_page(),
            "condition": pages.condition_page(),
            "note": pages.note_page(),
        }
        self.pictures = PictureList(document, self.pages["touchpoint"])
        card_form = self.pages["touchpoint"].layout()
        card_form.insertWidget(card_form.count() - 2, self.pictures)  # above the message and the stretch
        self.stack = QStackedWidget(self)
        for page in self.pages.values():
            self.stack.addWidget(page)
            page.field_edited.connect(self._field_edited)
            page.typing_finished.connect(self._end_typing)
        scroll = QScrollArea(self)
        scroll.setWidget(self.stack)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # a form wider than the dock scrolls
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._ids: list[str] = []
        self._pending: tuple[str, Any] | None = None
        self._pushing = False
        view_state.selection_changed.connect(self.show_selection)
        view_state.locked_changed.connect(self._follow_editability)
        document.entity_changed.connect(self._entity_changed)
        document.entity_removed.connect(self._entity_removed)
        # bound methods, not lambdas: Qt drops them when the panel is deleted, even if the document lives on
        document.model_reset.connect(self._model_reset)
        document.path_changed.connect(self._follow_editability)
        document.edit_refused.connect(self._refused)
        self.show_selection(view_state.selection)

    # ------------------------------------------------------------ showing
    @property
    def page(self) -> pages.FormPage:
        """The form now shown."""
        page = self.stack.currentWidget()
        assert isinstance(page, pages.FormPage)
        return page

    @property
    def shown_ids(self) -> list[str]:
        """The ids of the entities the inspector now shows."""
        return list(self._ids)

    def field(self, name: str) -> Any:
        """The editor of a field on the shown page (for tests and accessibility tools)."""
        return self.page.fields[name]

    def show_selection(self, ids: list[str]) -> None:
        """Show the selected things (missing ids are skipped); the map when nothing is selected."""
        self._commit_pending()
        model = self.document.model
        entities = [e for e in (model.find(i) for i in ids) if e is not None]
        if not entities:
            name, entities = "map", [model.info]
        elif len(entities) == 1 and type(entities[0]) in PAGE_FOR_KIND:
            name = PAGE_FOR_KIND[type(entities[0])]
        elif all(isinstance(e, Touchpoint) for e in entities):
            name = "touchpoints"
        else:
            name = "note"
        page = self.pages[name]
        self._ids = [e.id for e in entities]
        if name == "touchpoints":
            page.heading.setText(self.tr("%n touchpoints", "", len(entities)))
        elif name == "note" and len(entities) == 1:
            page.heading.setText(self.tr("One item selected"))
            page.note.setText(self.tr("This is edited in its own panel."))
        elif name == "note":
            page.heading.setText(self.tr("%n things selected", "", len(entities)))
            page.note.setText(self.tr("Select things of one kind to edit them together."))
        elif name == "flow":
            page.note.setText(self._flow_ends(entities[0]))
            page.note.show()
        page.show_message("")
        owner = page.fields.get("owner")
        if isinstance(owner, OwnerField):
            owner.set_choices(handoffs.departments(model))
        page.show_entities(entities)
        if name == "touchpoint":
            self.pictures.show_touchpoint(entities[0].id)
        self._show_page(page)
        self._follow_editability()

    def _show_page(self, page: pages.FormPage) -> None:
        """Bring ``page`` forward; only it counts for the panel's size (a stack is as wide as its widest page
        otherwise, so the map's short form scrolled sideways in the projector's type, as wide as a card's)."""
        for other in self.pages.values():
            policy = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
            other.setSizePolicy(policy, policy)
        self.stack.setCurrentWidget(page)
        self.stack.updateGeometry()

    def _flow_ends(self, flow: Flow) -> str:
        titles = [getattr(self.document.model.find(i), "title", "") for i in (flow.source_id, flow.target_id)]
        return self.tr("From “{source}” to “{target}”").format(source=titles[0], target=titles[1])

    def _entities(self) -> list[Any]:
        model = self.document.model
        return [e for e in (model.find(i) for i in self._ids) if e is not None]

    def _entity_changed(self, _old: Any, new: Any, _fields: Any) -> None:
        if new.id in self._ids:
            self.page.show_entities(self._entities())

    def _entity_removed(self, entity: Any) -> None:
        if entity.id in self._ids:
            self._pending = None
            self.show_selection(self.view_state.selection)

    def _model_reset(self) -> None:
        self.show_selection(self.view_state.selection)

    def _follow_editability(self, *_args: object) -> None:
        editable = not (self.document.read_only or self.view_state.locked)
        self.page.set_editable(editable)
        self.pictures.set_editable(editable)

    # ------------------------------------------------------------ editing
    def _field_edited(self, name: str, value: Any, typing: bool) -> None:
        self._last_field = name
        entities = self._entities()
        if len(entities) == 1:
            if getattr(entities[0], name) != value:
                command = SetFields(
                    self.document.model, entities[0], self.page.specs[name].command, typing, **{name: value}
                )
                self._push(command)
        elif typing:
            self._pending = (name, value)  # several cards: one step when the field is finished
        else:
            self._pending = None
            self._push_many(entities, name, value)

    def _push_many(self, entities: list[Any], name: str, value: Any) -> None:
        pairs = [(e, dataclasses.replace(e, **{name: value})) for e in entities if getattr(e, name) != value]
        if pairs:
            self._push(ReplaceEntities(self.document.model, pairs, self.page.specs[name].command))

    def _push(self, command: Any) -> None:
        self._pushing = True
        try:
            accepted = self.document.push(command)
        finally:
            self._pushing = False
        if not accepted:
            self.page.show_entities(self._entities())  # the old value stays

    def _tidy_owners(self) -> None:
        """An owner typed "sales " where the map has "Sales" becomes "Sales": one department, not two. On one
        card this joins the typing's undo step."""
        cards = [e for e in self._entities() if isinstance(e, Touchpoint)]
        ids = [c.id for c in cards]
        fixed = [(c, handoffs.canonical_owner(self.document.model, c.owner, ids)) for c in cards]
        fixed = [(c, owner) for c, owner in fixed if owner != c.owner]
        if len(fixed) == 1 and len(cards) == 1:
            card, owner = fixed[0]
            self._push(SetFields(self.document.model, card, self.page.specs["owner"].command, True, owner=owner))
        elif fixed:
            pairs = [(c, dataclasses.replace(c, owner=owner)) for c, owner in fixed]
            self._push(ReplaceEntities(self.document.model, pairs, self.page.specs["owner"].command))

    def _refused(self, message: str) -> None:
        if self._pushing:
            self.page.show_message(message)

    def _commit_pending(self) -> None:
        if self._pending is not None:
            name, value = self._pending
            self._pending = None
            self._push_many(self._entities(), name, value)

    def _end_typing(self) -> None:
        """The user left a text field: the next keystroke there starts a new undo step."""
        self._commit_pending()
        if getattr(self, "_last_field", "") == "owner":
            self._last_field = ""
            self._tidy_owners()
        stack = self.document.undo_stack
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        if isinstance(top, SetFields) and top.typing:
            top.typing = False
