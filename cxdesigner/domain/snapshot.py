"""A snapshot: a labelled, dated copy of the whole map kept inside the project file.

The copy is canonical JSON text (``io.snapshots`` writes and reads it; snapshots are never nested);
``domain.revisions.compare`` says what changed between a snapshot and another one or the map as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cxdesigner.domain.storable import document_text


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A labelled copy of the map taken at a moment."""

    id: str
    label: str = ""
    taken_at: str = ""  # ISO 8601 date and time, e.g. 2025-03-01T10:30:00
    payload: str = document_text()  # the map as canonical JSON (io.snapshots), up to 48 MB


def check_snapshot(snapshot: Snapshot) -> tuple[str, str] | None:
    """The field at fault and why the model must refuse this snapshot, or None when it is fine."""
    try:
        datetime.fromisoformat(snapshot.taken_at)
    except ValueError:
        return "taken_at", f"The time a snapshot was taken, {snapshot.taken_at!r}, is not a date and time."
    return None
