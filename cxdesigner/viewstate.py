"""What one window shows, shared by the canvas and the panels without them knowing each other.

The selection, highlighted sets (a failing-quality filter, an analysis finding, a chosen path, a revision
comparison), which personas' curves and which lanes are visible (a saved view hides lanes) and whether
designed or measured emotions are drawn. Only
``ui/`` creates it; the canvas and the panels read it and write it, and follow its signals.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

EMOTION_MODES = ("designed", "measured", "both")


class ViewState(QObject):
    """Per-window view state: selection, highlights, visible personas, emotion mode, chosen path."""

    selection_changed = Signal(list)
    highlights_changed = Signal(str)
    personas_changed = Signal()
    lanes_changed = Signal()
    emotion_mode_changed = Signal(str)
    path_changed = Signal(list)
    locked_changed = Signal(bool)
    card_colours_changed = Signal(str)
    flow_widths_changed = Signal(bool)
    reveal_requested = Signal(list)
    """Someone asked to bring these ids into view (a finding clicked); the map view scrolls to them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._selection: list[str] = []
        self._highlights: dict[str, frozenset[str]] = {}
        self._hidden_personas: set[str] = set()
        self._hidden_lanes: frozenset[str] = frozenset()
        self._emotion_mode = "designed"
        self._path: list[str] = []
        self._locked = False
        self._card_colours = "channel"  # or "owner": one colour per department
        self._flow_widths = False  # flows drawn as wide as their share of customers

    # selection
    @property
    def selection(self) -> list[str]:
        """The selected ids, in the order they were selected."""
        return list(self._selection)

    def select(self, ids: Iterable[str]) -> None:
        """Replace the selection; emits ``selection_changed`` when it differs."""
        new = list(dict.fromkeys(ids))
        if new != self._selection:
            self._selection = new
            self.selection_changed.emit(list(new))

    def reveal(self, ids: Iterable[str]) -> None:
        """Ask the map view to bring ``ids`` into view (it scrolls; the zoom stays)."""
        wanted = list(dict.fromkeys(ids))
        if wanted:
            self.reveal_requested.emit(wanted)

    # highlights
    def highlight(self, role: str, ids: Iterable[str]) -> None:
        """Show ``ids`` highlighted under ``role`` (e.g. "failing", "finding", "path", "changed")."""
        new = frozenset(ids)
        if self._highlights.get(role, frozenset()) != new:
            self._highlights[role] = new
            self.highlights_changed.emit(role)

    def highlighted(self, role: str) -> frozenset[str]:
        return self._highlights.get(role, frozenset())

    def roles(self) -> list[str]:
        return [r for r, ids in self._highlights.items() if ids]

    # personas and emotions
    def persona_visible(self, persona_id: str) -> bool:
        return persona_id not in self._hidden_personas

    def set_persona_visible(self, persona_id: str, visible: bool) -> None:
        before = persona_id in self._hidden_personas
        (self._hidden_personas.discard if visible else self._hidden_personas.add)(persona_id)
        if before == visible:
            self.personas_changed.emit()

    @property
    def hidden_personas(self) -> frozenset[str]:
        return frozenset(self._hidden_personas)

    def set_hidden_personas(self, ids: Iterable[str]) -> None:
        """Hide exactly these personas' curves (one ``personas_changed``)."""
        new = set(ids)
        if new != self._hidden_personas:
            self._hidden_personas = new
            self.personas_changed.emit()

    # lanes
    @property
    def hidden_lanes(self) -> frozenset[str]:
        """The lanes not shown (a saved view's); empty shows every lane."""
        return self._hidden_lanes

    def set_hidden_lanes(self, ids: Iterable[str]) -> None:
        new = frozenset(ids)
        if new != self._hidden_lanes:
            self._hidden_lanes = new
            self.lanes_changed.emit()

    @property
    def emotion_mode(self) -> str:
        return self._emotion_mode

    def set_emotion_mode(self, mode: str) -> None:
        if mode not in EMOTION_MODES:
            raise ValueError(f"emotion mode is one of {EMOTION_MODES}")
        if mode != self._emotion_mode:
            self._emotion_mode = mode
            self.emotion_mode_changed.emit(mode)

    # what a card's colour strip shows
    @property
    def card_colours(self) -> str:
        return self._card_colours

    def set_card_colours(self, by: str) -> None:
        if by not in ("channel", "owner"):
            raise ValueError("cards are coloured by channel or by owner")
        if by != self._card_colours:
            self._card_colours = by
            self.card_colours_changed.emit(by)

    # flows as wide as the customers on them
    @property
    def flow_widths(self) -> bool:
        return self._flow_widths

    def set_flow_widths(self, on: bool) -> None:
        if on != self._flow_widths:
            self._flow_widths = on
            self.flow_widths_changed.emit(on)

    # chosen path
    @property
    def path(self) -> list[str]:
        """The touchpoint ids of the chosen path, or empty for the whole map."""
        return list(self._path)

    def set_path(self, ids: Iterable[str]) -> None:
        new = list(ids)
        if new != self._path:
            self._path = new
            self.path_changed.emit(list(new))

    # edit lock (workshop mode)
    @property
    def locked(self) -> bool:
        return self._locked

    def set_locked(self, locked: bool) -> None:
        if locked != self._locked:
            self._locked = locked
            self.locked_changed.emit(locked)
