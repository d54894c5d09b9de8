"""Take a snapshot in a real project, change the map, compare; the snapshot survives reopening."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from cxdesigner.commands.edit import AddEntities, SetFields
from cxdesigner.document import Document
from cxdesigner.domain.improvements import Barrier
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.revisions import TouchpointChange, compare
from cxdesigner.domain.snapshot import Snapshot
from cxdesigner.io import snapshots


def test_take_change_compare_and_reopen(journey: JourneyMap, project_path: Path) -> None:
    doc = Document.create(project_path, journey)
    snap = snapshots.take(doc.model, "Spring <2025> & co", datetime(2025, 3, 1, 10, 30, 15, 999))
    assert doc.push(AddEntities(doc.model, [snap], "Take snapshot"))
    site = next(t for t in doc.model.touchpoints() if t.title == "Website")
    doc.push(SetFields(doc.model, site, "Rename", title="Web shop"))
    barrier = Barrier(id="b1", touchpoint_id=site.id, description="slow pages")
    doc.push(AddEntities(doc.model, [barrier], "Add barrier"))

    result = compare(snapshots.from_payload(snap.payload), doc.model)
    assert result.changed == (TouchpointChange(site.id, ("title",)),) and result.new_barriers == ("b1",)
    doc.undo()
    doc.undo()
    assert compare(snapshots.from_payload(snap.payload), doc.model).empty
    doc.redo()
    doc.close()

    again = Document.open(project_path, read_only=True)
    (kept,) = again.model.all(Snapshot)
    assert kept.label == "Spring <2025> & co" and kept.taken_at == "2025-03-01T10:30:15"
    result = compare(snapshots.from_payload(kept.payload), again.model)
    assert result.changed == (TouchpointChange(site.id, ("title",)),) and result.new_barriers == ()
    again.close()
