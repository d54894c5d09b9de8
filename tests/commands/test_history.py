"""The bounded undo history: QUndoStack's behaviour, and the oldest steps dropped past its limits."""

from __future__ import annotations

import random
import tracemalloc

from PySide6.QtGui import QUndoStack

from cxdesigner.commands import AddEntities, DeleteEntities, SetFields
from cxdesigner.commands.history import BYTE_LIMIT, STEP_LIMIT, UndoHistory, stored_bytes
from cxdesigner.document import Document
from cxdesigner.domain.entities import Touchpoint, new_id
from cxdesigner.domain.journey import JourneyMap
from tests.conftest import small_map

MB = 1024 * 1024
TEXT = 999_000  # about a megabyte: the most a text field takes is a million characters


def state(journey: JourneyMap) -> list[str]:
    return sorted(repr(e) for e in journey.entities())


def random_command(journey: JourneyMap, rng: random.Random):
    cards = journey.touchpoints()
    kind = rng.choice(["add", "rename", "type", "type", "delete", "bad"])
    if kind == "add" or not cards:
        stage, lane = rng.choice(journey.stages()), journey.lanes()[1]
        card = Touchpoint(id=new_id(), stage_id=stage.id, lane_id=lane.id, title=f"Card {rng.random():.3f}")
        return AddEntities(journey, [card], "Add card")
    card = rng.choice(cards)
    if kind == "delete":
        return DeleteEntities(journey, [card.id], "Delete")
    if kind == "bad":  # refused by the model: obsolete, never kept
        return SetFields(journey, card, "Move", stage_id="no such stage")
    return SetFields(journey, card, "Rename", typing=kind == "type", title=card.title + rng.choice("ab"))


def test_it_does_what_qundostack_does() -> None:
    """The same random pushes, undos and redos on two copies: the same states, counts, indexes and texts."""
    rng = random.Random(20)
    ours_map, qts_map = small_map(), small_map()
    ours, qts = UndoHistory(), QUndoStack()
    for _ in range(600):
        action = rng.choice(["push", "push", "push", "undo", "undo", "redo"])
        seed = rng.random()
        if action == "push":
            ours.push(random_command(ours_map, random.Random(seed)))
            qts.push(random_command(qts_map, random.Random(seed)))
        else:
            getattr(ours, action)()
            getattr(qts, action)()
        assert len(ours_map.touchpoints()) == len(qts_map.touchpoints())
        assert sorted(t.title for t in ours_map.touchpoints()) == sorted(t.title for t in qts_map.touchpoints())
        assert (ours.count(), ours.index(), ours.canUndo(), ours.canRedo()) == (
            qts.count(), qts.index(), qts.canUndo(), qts.canRedo(),
        )  # fmt: skip
        assert (ours.undoText(), ours.redoText()) == (qts.undoText(), qts.redoText())


def test_past_the_step_limit_the_oldest_steps_go() -> None:
    journey = small_map()
    history = UndoHistory(step_limit=10)
    card = journey.touchpoints()[0]
    for n in range(25):
        history.push(SetFields(journey, journey.find(card.id), "Rename", title=f"T{n}"))
    assert (history.count(), history.index()) == (10, 10)
    while history.canUndo():
        history.undo()
    assert journey.find(card.id).title == "T14"  # the 15 oldest steps are gone, T14 -> T15 is the oldest kept


def test_past_the_memory_limit_the_oldest_steps_go_and_memory_stays_bounded() -> None:
    """500 edits that each set a 1 MB text (the case of the issue: 87 MB -> 577 MB) stay within the bound."""
    journey = small_map()
    limit = 32 * MB
    history = UndoHistory(byte_limit=limit)
    card = journey.touchpoints()[0]
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        for n in range(500):
            text = f"{n:04}" + "x" * TEXT
            history.push(SetFields(journey, journey.find(card.id), "Describe", description=text))
            assert history.stored_bytes() <= limit
        held = tracemalloc.get_traced_memory()[0] - base
    finally:
        tracemalloc.stop()
    assert held < limit + 4 * MB  # the steps kept, and the model's own current text
    kept = history.count()
    assert 10 < kept < 20  # each step holds its text before and after: about 2 MB
    while history.canUndo():
        history.undo()
    assert journey.find(card.id).description.startswith(f"{500 - kept - 1:04}")  # the newest kept, oldest gone
    while history.canRedo():
        history.redo()
    assert journey.find(card.id).description.startswith("0499")


def test_the_newest_step_stays_however_large() -> None:
    journey = small_map()
    history = UndoHistory(byte_limit=100_000)
    card = journey.touchpoints()[0]
    history.push(SetFields(journey, card, "Small", title="small"))
    history.push(SetFields(journey, journey.find(card.id), "Huge", description="x" * TEXT))
    assert (history.count(), history.index(), history.undoText()) == (1, 1, "Huge")
    history.undo()
    assert journey.find(card.id).description == "" and journey.find(card.id).title == "small"


def test_undone_steps_are_never_dropped_by_the_limits() -> None:
    journey = small_map()
    history = UndoHistory(step_limit=3)
    card = journey.touchpoints()[0]
    for n in range(3):
        history.push(SetFields(journey, journey.find(card.id), "Rename", title=f"T{n}"))
    history.undo(), history.undo()
    assert (history.count(), history.index()) == (3, 1)
    history.redo()
    assert journey.find(card.id).title == "T1" and history.count() == 3


def test_stored_bytes_counts_the_texts_a_step_keeps_not_its_model() -> None:
    journey = small_map()
    card = journey.touchpoints()[0]
    small = SetFields(journey, card, "Rename", title="x")
    large = SetFields(journey, card, "Describe", description="y" * 100_000)
    assert stored_bytes(small) < 2_000 < 100_000 < stored_bytes(large) < 102_000
    removal = DeleteEntities(journey, [journey.stages()[0].id], "Delete stage")
    removal.redo()
    assert stored_bytes(removal) > stored_bytes(DeleteEntities(journey, [], "Nothing"))


def test_a_document_keeps_a_bounded_history(tmp_path) -> None:
    doc = Document.create(tmp_path / "bounded.cxd", small_map())
    try:
        assert isinstance(doc.undo_stack, UndoHistory)
        assert (doc.undo_stack.step_limit, doc.undo_stack.byte_limit) == (STEP_LIMIT, BYTE_LIMIT)
    finally:
        doc.close()
