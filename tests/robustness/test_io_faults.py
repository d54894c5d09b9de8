"""I/O faults while a project is open: disk full, read-only, deleted, moved.

In every case the user gets the one-line message (``Document.write_failed``), the edit stays in the session
(model and undo stack), Save As elsewhere works and holds the edit, and once the fault is gone the next edit
brings the file up to date. A full disk is simulated twice: with a real 512 KB tmpfs (needs root to mount;
skipped with the reason otherwise) and, everywhere, with ``PRAGMA max_page_count`` (SQLite's SQLITE_FULL).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from cxdesigner.commands import AddEntities, SetFields
from cxdesigner.document import Document
from cxdesigner.domain.entities import Touchpoint
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.storage.errors import MESSAGES, Problem
from tests.robustness.faults import as_nobody, big_card, file_state, model_state, read_only_scenario
from tests.robustness.workers import forkserver


def message(problem: Problem, path: Path, detail: str = "") -> str:
    return MESSAGES[problem].format(name=path.name, detail=detail)


def open_with_messages(path: Path, journey: JourneyMap) -> tuple[Document, list[str]]:
    doc = Document.create(path, journey)
    messages: list[str] = []
    doc.write_failed.connect(messages.append)
    return doc, messages


def fail_one_edit(doc: Document) -> Touchpoint:
    """Push an edit the file cannot take; check it stays in the session."""
    card = big_card(doc, "the edit that could not be written")
    count = doc.undo_stack.count()
    assert doc.push(AddEntities(doc.model, [card], "Add card"))
    assert card.id in doc.model and doc.undo_stack.count() == count + 1
    assert not doc.store.in_sync
    return card


# ----------------------------------------------------------------------------------------- a full disk
def limit_pages(doc: Document, pages: int | None) -> None:
    conn = doc.store._conn
    conn.execute(f"PRAGMA max_page_count = {pages or conn.execute('PRAGMA page_count').fetchone()[0]}")


def test_disk_full_keeps_the_edit_and_the_next_edit_catches_up(journey: JourneyMap, project_path: Path) -> None:
    doc, messages = open_with_messages(project_path, journey)
    before = file_state(project_path)
    limit_pages(doc, None)  # SQLite now answers SQLITE_FULL to anything that needs a page
    card = fail_one_edit(doc)
    assert messages == [message(Problem.DISK_FULL, project_path)]
    assert file_state(project_path) == before  # nothing half-written
    doc.undo()
    doc.redo()  # the session goes on; these writes fail too, quietly the same way
    assert card.id in doc.model
    limit_pages(doc, 1_000_000)  # space again
    doc.push(SetFields(doc.model, doc.model.get(Touchpoint, card.id), "Rename", title="after the disk had room"))
    assert doc.store.in_sync and file_state(project_path) == model_state(doc)
    doc.close()


def test_disk_full_then_save_as_elsewhere_holds_the_edit(journey: JourneyMap, tmp_path: Path) -> None:
    doc, messages = open_with_messages(tmp_path / "full.cxd", journey)
    limit_pages(doc, None)
    card = fail_one_edit(doc)
    assert messages
    doc.save_as(tmp_path / "elsewhere.cxd")
    assert file_state(tmp_path / "elsewhere.cxd") == model_state(doc) and card.id in doc.model
    doc.push(SetFields(doc.model, doc.model.get(Touchpoint, card.id), "Rename", title="in the new file"))
    assert file_state(tmp_path / "elsewhere.cxd") == model_state(doc)
    doc.close()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs (room for an empty project of every table and its journal), or a skip saying why there is none."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("a real full disk needs root to mount a small tmpfs (max_page_count covers it otherwise)")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)],
                          capture_output=True, text=True)  # fmt: skip
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(folder: Path) -> Path:
    """Take every free byte of the small disk."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, bytes(4096))
    finally:
        os.close(fd)
    return filler


def test_a_really_full_disk(journey: JourneyMap, small_disk: Path, tmp_path: Path) -> None:
    path = small_disk / "shop.cxd"
    doc, messages = open_with_messages(path, journey)
    filler = fill(small_disk)
    card = fail_one_edit(doc)
    assert messages == [message(Problem.DISK_FULL, path)]
    rescue = tmp_path / "rescue.cxd"
    doc.store.save_as(rescue)  # what Save As writes, while the document stays on the full disk
    assert file_state(rescue) == model_state(doc)
    filler.unlink()  # space again
    doc.push(SetFields(doc.model, doc.model.get(Touchpoint, card.id), "Rename", title="after the disk had room"))
    assert doc.store.in_sync and file_state(path) == model_state(doc)
    doc.close()


# ----------------------------------------------------------------------------------- read-only, gone
def test_file_made_read_only_while_open() -> None:
    folder = tempfile.mkdtemp(prefix="cxd-read-only-")
    try:
        os.chmod(folder, 0o777)
        if os.geteuid() == 0:  # root ignores permissions: run the scenario as nobody
            context = forkserver()
            reader, writer = context.Pipe(duplex=False)
            child = context.Process(target=as_nobody, args=("read_only_scenario", folder, writer))
            child.start()
            writer.close()
            seen = json.loads(reader.recv_bytes())
            child.join()
        else:
            seen = read_only_scenario(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert "error" not in seen, seen.get("error")
    assert seen["pushed"] and seen["in_model"] and seen["undo_count"] == 1 and not seen["file_has_it"]
    assert seen["messages"] == [MESSAGES[Problem.READ_ONLY].format(name="shop.cxd")]
    assert seen["caught_up"] and seen["rescued"] and seen["rescued_title"] == "read-only again"


def test_file_deleted_while_open(journey: JourneyMap, tmp_path: Path) -> None:
    path = tmp_path / "shop.cxd"
    doc, messages = open_with_messages(path, journey)
    path.unlink()
    card = fail_one_edit(doc)
    assert messages == [message(Problem.GONE, path)]
    assert not path.exists()  # nothing wrote a half file back
    doc.save_as(tmp_path / "saved again.cxd")
    assert file_state(tmp_path / "saved again.cxd") == model_state(doc) and card.id in doc.model
    doc.close()


def test_file_moved_while_open_then_moved_back(journey: JourneyMap, tmp_path: Path) -> None:
    path, moved = tmp_path / "shop.cxd", tmp_path / "archive.cxd"
    doc, messages = open_with_messages(path, journey)
    before = file_state(path)
    path.rename(moved)
    card = fail_one_edit(doc)
    assert messages == [message(Problem.GONE, path)]
    assert file_state(moved) == before  # the edit did not go into the moved file behind the user's back
    moved.rename(path)
    doc.push(SetFields(doc.model, doc.model.get(Touchpoint, card.id), "Rename", title="back in place"))
    assert doc.store.in_sync and file_state(path) == model_state(doc)
    doc.close()
