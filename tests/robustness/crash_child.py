"""The child of the crash-safety harness: opens a Document and makes random edits until it is killed.

``run`` is started in a process forked from a server that has imported the editor already (see
``workers.forkserver``). It writes one line per event to a pipe; a line written before the SIGKILL stays in
the pipe for the parent to read:

- ``ready <digest>`` once the project is open;
- ``pre <n> <digest>`` when edit n's changes are in the model and its commit is about to start;
- ``ack <n> <digest> <what>`` after ``push`` (or undo/redo) has returned, i.e. after the commit;
- ``error <text>`` if anything goes wrong (a write failure, a refused open): the harness fails then.

The digest is a hash of the sorted ``repr`` of every entity, so the parent can compare it with the file.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import random
import traceback
from multiprocessing.connection import Connection
from typing import Any

from cxdesigner.commands import AddEntities, DeleteEntities, MoveTouchpoints, SetFields
from cxdesigner.document import Document
from cxdesigner.domain.entities import Channel, Flow, Stage, Touchpoint, new_id
from cxdesigner.domain.journey import JourneyMap

WORDS = ["Баннер", "Сайт <b>", "Касса & чек", "Курьер", "שלום", "Отзыв 😀", "Size chart", "Примерка"]


def digest(journey: JourneyMap) -> str:
    """A stable hash of the map's content."""
    return hashlib.sha256("\n".join(sorted(repr(e) for e in journey.entities())).encode("utf-8")).hexdigest()[:20]


def run(path: str, data_dir: str, seed: int, edits: int, out: Connection) -> None:
    """Open ``path`` and make ``edits`` random edits, reporting each on ``out``."""
    os.environ["XDG_DATA_HOME"] = data_dir  # rolling backups go to the test's folder
    try:
        doc = Document.open(path)
        doc.write_failed.connect(lambda message: out.send_bytes(f"error write failed: {message}".encode()))
        counter = [0]
        flush = doc.store.flush

        def announced_flush() -> None:
            if doc.store._pending:
                out.send_bytes(f"pre {counter[0]} {digest(doc.model)}".encode())
            flush()

        doc.store.flush = announced_flush  # type: ignore[method-assign]
        out.send_bytes(f"ready {digest(doc.model)}".encode())
        rng = random.Random(seed)
        for n in range(edits):
            counter[0] = n
            what = edit(doc, rng)
            out.send_bytes(f"ack {n} {digest(doc.model)} {what}".encode())
        doc.close()
        out.send_bytes(b"done")
    except Exception:  # noqa: BLE001 - reported to the parent, which fails the test
        out.send_bytes(f"error {traceback.format_exc()}".encode())


def hold(path: str, data_dir: str, out: Connection, never: Connection) -> None:
    """Open ``path`` for editing, say ``holding <pid>``, and keep it open until killed (a second window)."""
    os.environ["XDG_DATA_HOME"] = data_dir
    try:
        doc = Document.open(path)
        out.send_bytes(f"holding {os.getpid()} {doc.read_only}".encode())
    except Exception:  # noqa: BLE001 - reported to the parent
        out.send_bytes(f"error {traceback.format_exc()}".encode())
        return
    never.recv_bytes()  # nothing ever comes: wait here until the SIGKILL


def edit(doc: Document, rng: random.Random) -> str:  # noqa: C901 - one branch per kind of edit
    """One random edit through the document: add, rename, move, link, delete, undo or redo."""
    model = doc.model
    tps = sorted(model.touchpoints(), key=lambda t: t.id)
    stages, lanes = model.stages(), model.lanes()
    roll = rng.random()
    if roll < 0.10:
        doc.undo()
        return "undo"
    if roll < 0.16:
        doc.redo()
        return "redo"
    if (roll < 0.38 or len(tps) < 3) and len(tps) < 60:
        cards = [_card(rng, stages, lanes) for _ in range(rng.choice((1, 1, 1, 4)))]
        doc.push(AddEntities(model, cards, "Add card"))
        return "add"
    if roll < 0.55:
        tp = rng.choice(tps)
        changes: dict[str, Any] = {"title": f"{rng.choice(WORDS)} {rng.randrange(1000)}"}
        if rng.random() < 0.3:
            changes["description"] = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 40)))
        doc.push(SetFields(model, tp, "Rename", typing=rng.random() < 0.5, **changes))
        return "rename"
    if roll < 0.68:
        moves = []
        for tp in rng.sample(tps, min(len(tps), rng.randint(1, 5))):
            stage, lane = rng.choice(stages), rng.choice(lanes)
            order = model.order_at(model.cell(stage.id, lane.id), rng.randrange(3), exclude=[tp.id])
            moves.append((tp, dataclasses.replace(tp, stage_id=stage.id, lane_id=lane.id, order=order)))
        doc.push(MoveTouchpoints(model, moves, "Move"))
        return "move"
    if roll < 0.82:
        a, b = rng.sample(tps, 2)
        if model.flow_between(a.id, b.id) is None:
            doc.push(AddEntities(model, [Flow(id=new_id(), source_id=a.id, target_id=b.id, label="→")], "Link"))
        return "link"
    if roll < 0.97 or len(stages) < 3:
        doc.push(DeleteEntities(model, [t.id for t in rng.sample(tps, min(len(tps), rng.randint(1, 3)))], "Delete"))
        return "delete"
    if rng.random() < 0.5:
        doc.push(DeleteEntities(model, [rng.choice(stages).id], "Delete stage"))  # cascades: a big transaction
        return "delete stage"
    order = model.order_at(stages, rng.randrange(len(stages) + 1))
    doc.push(AddEntities(model, [Stage(id=new_id(), title=rng.choice(WORDS), order=order)], "Add stage"))
    return "add stage"


def _card(rng: random.Random, stages: list[Stage], lanes: list[Any]) -> Touchpoint:
    return Touchpoint(
        id=new_id(),
        stage_id=rng.choice(stages).id,
        lane_id=rng.choice(lanes).id,
        title=rng.choice(WORDS),
        channel=rng.choice(list(Channel)),
        order=rng.randrange(100) / 7,
    )
