"""``new --force`` and ``import --force`` honour the lock as the editor does: a project open in a running
editor is refused in one line and left alone, a lock left by a killed editor is cleared, and two imports
onto one path at once never leave a broken project."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from cxdesigner.cli import main
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.io import json_format
from cxdesigner.io.samples import build_template
from cxdesigner.locking import lock_path
from cxdesigner.storage.store import ProjectStore
from tests.robustness import crash_child
from tests.robustness.faults import run_cli_in_child
from tests.robustness.workers import forkserver

PAIRS = 200


def content(path: Path) -> str:
    store, journey = ProjectStore.open_file(path, read_only=True)
    store.close()
    return json_format.dumps(journey)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "incoming.json"
    path.write_text(json_format.dumps(build_template("online-shop", "Incoming")), encoding="utf-8")
    return path


@pytest.mark.parametrize("verb", ["new", "import"])
def test_force_refuses_a_project_open_in_a_running_editor(
    verb: str, journey: JourneyMap, project_path: Path, source: Path, capsys
) -> None:
    ProjectStore.create(project_path, journey).close()
    before = project_path.read_bytes()
    context = forkserver()
    reader, writer = context.Pipe(duplex=False)
    never_reader, never_writer = context.Pipe(duplex=False)
    holder = context.Process(target=crash_child.hold, args=(str(project_path), str(project_path.parent), writer,
                                                            never_reader))  # fmt: skip
    holder.start()
    writer.close()
    try:
        assert reader.recv_bytes().decode() == f"holding {holder.pid} False"
        args = ["new", str(project_path), "--force"] if verb == "new" else ["import", str(source), str(project_path)]
        code = main([*args, "--force"] if verb == "import" else args)
        err = capsys.readouterr().err
        assert code == 2 and err.count("\n") == 1, err
        assert "shop.cxd is open in" in err and f"process {holder.pid}" in err
        assert project_path.read_bytes() == before
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.join()
        never_writer.close()
    assert lock_path(project_path).exists()  # the killed editor's lock: stale now, and cleared by --force
    assert main(args if verb == "new" else [*args, "--force"]) == 0
    assert project_path.read_bytes() != before and not lock_path(project_path).exists()


def test_two_imports_onto_one_path_never_break_it(tmp_path: Path) -> None:
    sources = []
    for name in ("first", "second"):
        path = tmp_path / f"{name}.json"
        path.write_text(json_format.dumps(build_template("eight-stages", name)), encoding="utf-8")
        sources.append(path)
    wanted = {json_format.dumps(json_format.loads(p.read_bytes())) for p in sources}
    out = tmp_path / "shared.cxd"
    assert main(["import", str(sources[0]), str(out)]) == 0
    context = forkserver()
    outcomes: dict[str, int] = {}
    for _ in range(PAIRS):
        pipes, children = [], []
        for src in sources:
            reader, writer = context.Pipe(duplex=False)
            child = context.Process(target=run_cli_in_child, args=(["import", str(src), str(out), "--force"], writer))
            child.start()
            writer.close()
            pipes.append(reader)
            children.append(child)
        for reader, child in zip(pipes, children, strict=True):
            seen = json.loads(reader.recv_bytes())
            child.join()
            assert seen["code"] == 0 or (seen["code"] == 2 and "is open in" in seen["stderr"]), seen
            outcomes[str(seen["code"])] = outcomes.get(str(seen["code"]), 0) + 1
        assert content(out) in wanted
        assert sorted(p.name for p in tmp_path.iterdir()) == ["first.json", "second.json", "shared.cxd"]
    assert outcomes.get("0", 0) >= PAIRS
