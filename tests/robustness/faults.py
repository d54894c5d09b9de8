"""Scenarios for I/O faults, runnable in this process or in a child that has dropped root.

File permissions do not stop root, so when the tests run as root the read-only scenario runs in a child
forked from the preloaded server that switches to the unprivileged user ``nobody`` first. Each scenario
returns a dict of what it saw; the test asserts on it.
"""

from __future__ import annotations

import encodings.utf_8_sig  # noqa: F401 - loaded before a scenario drops root: nobody cannot read the stdlib
import json
import os
import traceback
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import cxdesigner.cli_exchange  # noqa: F401 - likewise, with the CSV writer it loads
from cxdesigner.commands import AddEntities, SetFields
from cxdesigner.document import Document
from cxdesigner.domain import templates
from cxdesigner.domain.entities import Touchpoint, new_id
from cxdesigner.storage.store import ProjectStore

NOBODY = 65534


def file_state(path: Path) -> list[str]:
    store, journey = ProjectStore.open_file(path, read_only=True)
    store.close()
    return sorted(repr(e) for e in journey.entities())


def model_state(doc: Document) -> list[str]:
    return sorted(repr(e) for e in doc.model.entities())


def big_card(doc: Document, title: str) -> Touchpoint:
    """A card with a long description, so that writing it needs new pages."""
    stage, lane = doc.model.stages()[0], doc.model.lanes()[1]
    return Touchpoint(id=new_id(), stage_id=stage.id, lane_id=lane.id, title=title, description="Описание " * 2000)


def read_only_scenario(folder: str) -> dict[str, Any]:
    """The file (and its folder) made read-only while open; then writable again; then read-only and Save As."""
    work, rescue = Path(folder) / "work", Path(folder) / "rescue"
    work.mkdir()
    rescue.mkdir()
    path = work / "shop.cxd"
    doc = Document.create(path, templates.build("eight-stages", "Shop"))
    messages: list[str] = []
    doc.write_failed.connect(messages.append)
    seen: dict[str, Any] = {}
    path.chmod(0o444)
    work.chmod(0o555)
    card = big_card(doc, "written while read-only")
    seen["pushed"] = doc.push(AddEntities(doc.model, [card], "Add card"))
    seen["messages"] = list(messages)
    seen["in_model"] = card.id in doc.model
    seen["undo_count"] = doc.undo_stack.count()
    seen["file_has_it"] = card.id in "".join(file_state(path))
    work.chmod(0o755)
    path.chmod(0o644)
    doc.push(SetFields(doc.model, doc.model.get(Touchpoint, card.id), "Rename", title="writable again"))
    seen["caught_up"] = file_state(path) == model_state(doc)
    path.chmod(0o444)
    work.chmod(0o555)
    doc.push(SetFields(doc.model, doc.model.get(Touchpoint, card.id), "Rename", title="read-only again"))
    doc.save_as(rescue / "shop.cxd")
    seen["rescued"] = file_state(rescue / "shop.cxd") == model_state(doc)
    seen["rescued_title"] = doc.model.get(Touchpoint, card.id).title
    doc.close()
    work.chmod(0o755)
    return seen


def as_nobody(scenario: str, folder: str, out: Connection) -> None:
    """Run a scenario of this module as the unprivileged user and send back what it saw (JSON)."""
    try:
        # the editor imports these lazily; load them while the interpreter's own files are still readable
        import networkx  # noqa: F401
        import sqlite_utils  # noqa: F401

        os.setgid(NOBODY)
        os.setuid(NOBODY)
        os.environ["XDG_DATA_HOME"] = str(Path(folder) / "data")
        out.send_bytes(json.dumps(globals()[scenario](folder)).encode())
    except Exception:  # noqa: BLE001 - reported to the parent
        out.send_bytes(json.dumps({"error": traceback.format_exc()}).encode())


def export_into_read_only_folder(folder: str) -> dict[str, Any]:
    """``cxdesigner export --csv`` over a writable file in a folder that refuses new names."""
    import contextlib
    import io

    from cxdesigner.cli import main

    base = Path(folder)
    project, out = base / "shop.cxd", base / "locked" / "out.csv"
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["export", str(project), "--csv", str(out)])
    return {"code": code, "stderr": err.getvalue()}


def run_cli_in_child(args: list[str], out: Connection) -> None:
    """Run one ``cxdesigner`` command line in this (forked) process and send back its status and stderr."""
    import contextlib
    import io

    from cxdesigner.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(args)
    out.send_bytes(json.dumps({"code": code, "stderr": err.getvalue()}).encode())
