"""Cut, copy and paste of touchpoint cards, with the flows between them, through the system clipboard.

The clipboard carries ``application/x-cxdesigner-cards``: UTF-8 JSON ``{"format": "cxdesigner-cards",
"version": 1, "touchpoints": [rows], "flows": [rows]}`` with rows as ``storage.codec.to_row`` gives them, and
a plain-text list of the titles for other programs. Paste gives every card and flow a new id, so pasting into
the same map, another window or another map never clashes; the rows are checked like a file's rows.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QClipboard, QGuiApplication

from cxdesigner.commands.edit import AddEntities, DeleteEntities
from cxdesigner.document import Document
from cxdesigner.domain.entities import Flow, LaneKind, Touchpoint, new_id
from cxdesigner.domain.kinds import KIND_OF
from cxdesigner.storage.codec import RowError, from_row, to_row
from cxdesigner.viewstate import ViewState

MIME_TYPE = "application/x-cxdesigner-cards"
FORMAT = "cxdesigner-cards"
VERSION = 1


class ClipboardError(ValueError):
    """The clipboard holds something that is not a set of cards this version can read."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Clipboard", text)


def _clipboard() -> QClipboard:
    return QGuiApplication.clipboard()


def selected_cards(document: Document, view_state: ViewState) -> list[Touchpoint]:
    """The selected touchpoints, in map order (stage, lane, position in the cell)."""
    model = document.model
    cards = [e for e in (model.find(i) for i in view_state.selection) if isinstance(e, Touchpoint)]
    stage_rank = {s.id: i for i, s in enumerate(model.stages())}
    lane_rank = {lane.id: i for i, lane in enumerate(model.lanes())}
    return sorted(cards, key=lambda t: (stage_rank.get(t.stage_id, 0), lane_rank.get(t.lane_id, 0), t.order, t.id))


def cards_mime(document: Document, cards: list[Touchpoint]) -> QMimeData:
    """The clipboard form of these cards and of the flows between them."""
    ids = {t.id for t in cards}
    flows = [f for f in document.model.flows() if f.source_id in ids and f.target_id in ids]
    payload = {
        "format": FORMAT,
        "version": VERSION,
        "touchpoints": [to_row(t) for t in cards],
        "flows": [to_row(f) for f in sorted(flows, key=lambda f: f.id)],
    }
    data = QMimeData()
    data.setData(MIME_TYPE, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    data.setText("\n".join(t.title for t in cards))
    return data


def release() -> None:
    """Drop cards we put on the clipboard (keeping their titles as plain text) before the application goes.

    PySide6 (6.11) crashes at exit when the clipboard still holds a QMimeData made in Python; clipboard
    managers have copied the cards by then, and without one they would vanish with us anyway.
    """
    board = _clipboard()
    data = board.mimeData()
    if data is not None and data.hasFormat(MIME_TYPE):
        board.setText(data.text())  # other programs can still paste the titles


def can_paste() -> bool:
    """Whether the clipboard holds cards."""
    data = _clipboard().mimeData()
    return data is not None and data.hasFormat(MIME_TYPE)


def copy(document: Document, view_state: ViewState) -> int:
    """Put the selected cards and the flows between them on the clipboard; returns how many cards."""
    cards = selected_cards(document, view_state)
    if cards:
        _clipboard().setMimeData(cards_mime(document, cards))
    return len(cards)


def cut(document: Document, view_state: ViewState) -> int:
    """Copy the selected cards, then delete them in one undo step; returns how many cards."""
    cards = selected_cards(document, view_state)
    if not cards:
        return 0
    _clipboard().setMimeData(cards_mime(document, cards))
    text = QCoreApplication.translate("Clipboard", "Cut %n card(s)", "", len(cards))
    document.push(DeleteEntities(document.model, [t.id for t in cards], text))
    return len(cards)


def read_clipboard() -> tuple[list[Touchpoint], list[Flow]]:
    """The cards and flows on the clipboard; ``ClipboardError`` when there are none or they are unreadable."""
    data = _clipboard().mimeData()
    if data is None or not data.hasFormat(MIME_TYPE):
        raise ClipboardError(_tr("The clipboard holds no cards. Copy some cards first."))
    return parse(bytes(data.data(MIME_TYPE).data()))


def parse(raw: bytes) -> tuple[list[Touchpoint], list[Flow]]:
    """Decode and check the clipboard payload like rows read from a file."""
    unreadable = _tr("The clipboard holds cards this version of CX Designer cannot read.")
    try:
        payload = json.loads(raw.decode("utf-8"))
        if not isinstance(payload, dict) or payload.get("format") != FORMAT or payload.get("version") != VERSION:
            raise ClipboardError(unreadable)
        cards = [_entity(Touchpoint, row) for row in payload.get("touchpoints", [])]
        flows = [_entity(Flow, row) for row in payload.get("flows", [])]
    except (UnicodeDecodeError, json.JSONDecodeError, RowError, KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, ClipboardError):
            raise
        raise ClipboardError(unreadable) from exc
    return cards, flows


def _entity(cls: type, row: Any) -> Any:
    if not isinstance(row, dict):
        raise TypeError("a row is an object")
    return from_row(KIND_OF[cls], row)


def paste(document: Document, view_state: ViewState) -> list[str]:
    """Add copies of the clipboard's cards (new ids, flows remapped) in one step; returns the new card ids.

    They go into the cell of the selected card; or, when no card is selected, into the cells they came from if
    this map has them, else into the first touchpoints cell; always after the cards already there.
    """
    cards, flows = read_clipboard()
    if not cards:
        return []
    model = document.model
    target = _target_cell(document, view_state)
    next_order: dict[tuple[str, str], float] = {}
    new_ids: dict[str, str] = {}
    copies: list[Any] = []
    for card in cards:
        cell = target or ((card.stage_id, card.lane_id) if _cell_exists(document, card) else _first_cell(document))
        if cell not in next_order:
            existing = model.cell(*cell)
            next_order[cell] = (existing[-1].order + 1.0) if existing else 0.0
        new_ids[card.id] = new_id()
        copies.append(
            dataclasses.replace(card, id=new_ids[card.id], stage_id=cell[0], lane_id=cell[1], order=next_order[cell])
        )
        next_order[cell] += 1.0
    for flow in flows:
        if flow.source_id in new_ids and flow.target_id in new_ids:
            copies.append(
                dataclasses.replace(
                    flow, id=new_id(), source_id=new_ids[flow.source_id], target_id=new_ids[flow.target_id]
                )
            )
    text = QCoreApplication.translate("Clipboard", "Paste %n card(s)", "", len(cards))
    if not document.push(AddEntities(model, copies, text)):
        return []
    pasted = [new_ids[c.id] for c in cards]
    view_state.select(pasted)
    return pasted


def _cell_exists(document: Document, card: Touchpoint) -> bool:
    return card.stage_id in document.model and card.lane_id in document.model


def _target_cell(document: Document, view_state: ViewState) -> tuple[str, str] | None:
    selected = [e for e in (document.model.find(i) for i in view_state.selection) if isinstance(e, Touchpoint)]
    return (selected[-1].stage_id, selected[-1].lane_id) if selected else None


def _first_cell(document: Document) -> tuple[str, str]:
    stages, lanes = document.model.stages(), document.model.lanes()
    if not stages or not lanes:
        raise ClipboardError(_tr("This map has no stage or lane to paste into. Add a stage and a lane first."))
    lane = next((lane for lane in lanes if lane.kind is LaneKind.TOUCHPOINTS), lanes[0])
    return stages[0].id, lane.id
