"""SIGKILL during every export over an existing file, Save As, ``new --force`` and ``import --force``: the
target is always either the old file, byte for byte, or a complete new one.

For each kind of write a first, unkilled run gives the reference output and how long the write takes; then
each trial puts the old file back, starts a child (``write_child.write``) and kills it at a seeded moment
between the start of the write and a little past its usual end. A new file must be whole: the same bytes as
the reference where the format is deterministic, else its format's own check (a PDF's end marker, a PNG's
end chunk, well-formed XML, a zip's central directory), and a project must pass ``integrity_check`` and hold
the reference's map. Every write fsyncs the file before the rename and the folder after (``io.files``);
a kill cannot test a power cut, but it does test that nothing is ever renamed into place before it is whole.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from cxdesigner.cli import main
from cxdesigner.cli_exchange import EXPORTS
from cxdesigner.io import files, json_format
from cxdesigner.io.samples import build_template
from cxdesigner.storage.store import ProjectStore
from tests.robustness import write_child
from tests.robustness.test_safe_writes import SUFFIX, make_project
from tests.robustness.workers import HANG_SECONDS, forkserver

SEED = 20_1207
TRIALS = 8
PROJECT_KINDS = ["save-as", "new", "import"]
KINDS = [*sorted(EXPORTS), *PROJECT_KINDS]
EXACT = {"json", "csv", "mermaid", "graphml"}  # the same map gives the same bytes
CHECKS = {"poster": files.check_pdf, "report": files.check_pdf, "png": files.check_png, "svg": files.check_xml,
          "xlsx": files.check_zip, "pptx": files.check_zip}  # fmt: skip
OLD = b"the old file, which must survive whole\n"

pytestmark = pytest.mark.slow


def project_map(path: Path, kind: str = "") -> str:
    """The map a project file holds (for ``new``, whose template gets new ids each time: its titles)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    store, journey = ProjectStore.open_file(path, read_only=True)
    store.close()
    if kind == "new":
        return repr(sorted(repr((type(e).__name__, getattr(e, "title", ""))) for e in journey.entities()))
    return json_format.dumps(journey)


def whole(kind: str, target: Path, reference: bytes | str) -> bool:
    """Whether ``target`` is a complete new output of ``kind`` (raises when it is neither old nor whole)."""
    data = target.read_bytes()
    if kind in PROJECT_KINDS:
        assert project_map(target, kind) == reference, f"{kind}: a project that is not the one written"
    elif kind in EXACT:
        assert data == reference, f"{kind}: a new file that is not the whole output"
    else:
        CHECKS[kind](data)
    return True


def run_once(context, kind: str, paths: dict[str, Path], delay: float | None) -> tuple[str, float]:
    """Start one write; kill it ``delay`` seconds after it began (None: let it finish). (last message, time)."""
    reader, writer = context.Pipe(duplex=False)
    args = (kind, *(str(paths[k]) for k in ("project", "source", "target", "data")), writer)
    child = context.Process(target=write_child.write, args=args)
    child.start()
    writer.close()
    try:
        assert reader.poll(HANG_SECONDS), f"{kind}: the child never started"
        assert reader.recv_bytes() == b"start"
        began = time.monotonic()
        if delay is not None and not reader.poll(delay):
            os.kill(child.pid, signal.SIGKILL)
            return "killed", time.monotonic() - began
        assert reader.poll(HANG_SECONDS * 3), f"{kind}: the write hangs"
        message = reader.recv_bytes().decode()
        return message, float(message.split()[1])
    finally:
        child.join()
        reader.close()


def test_a_kill_at_any_moment_leaves_the_old_file_or_a_whole_new_one(tmp_path: Path) -> None:
    context = forkserver()
    rng = random.Random(SEED)
    project = make_project(tmp_path)
    source = tmp_path / "incoming.json"
    assert main(["export", str(project), "--json", str(source)]) == 0
    old_project = tmp_path / "old.cxd"
    ProjectStore.create(old_project, build_template("eight-stages", "Old")).close()
    outcomes: dict[str, dict[str, int]] = {}
    for kind in KINDS:
        suffix = ".cxd" if kind in PROJECT_KINDS else SUFFIX[kind]
        paths = {"project": project, "source": source, "target": tmp_path / f"out-{kind}{suffix}",
                 "data": tmp_path / "data"}  # fmt: skip
        old = old_project.read_bytes() if kind in PROJECT_KINDS else OLD
        paths["target"].write_bytes(old)
        message, took = run_once(context, kind, paths, None)
        assert message.startswith("done") and message.split()[2] == "0", f"{kind}: {message}"
        reference: bytes | str = (
            project_map(paths["target"], kind) if kind in PROJECT_KINDS else paths["target"].read_bytes()
        )
        seen = outcomes.setdefault(kind, {"old": 0, "new": 0})
        for _ in range(TRIALS):
            paths["target"].write_bytes(old)
            run_once(context, kind, paths, rng.uniform(0.0, took * 1.3))
            if paths["target"].read_bytes() == old:
                seen["old"] += 1
            elif whole(kind, paths["target"], reference):
                seen["new"] += 1
    print(f"\ncrash writes: {outcomes}")
    assert sum(v["old"] for v in outcomes.values()) >= len(KINDS)  # most kills came mid-write
    assert sum(v["new"] for v in outcomes.values()) >= 1
