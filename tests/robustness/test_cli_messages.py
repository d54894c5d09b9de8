"""The command line's failures fit the command line: a new project on a full disk says the disk is full
(not "moved or deleted while open"), no line advises Save As (the command line has none), and an output
the user marked read-only is replaced only with --force."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cxdesigner.cli import main
from cxdesigner.storage.errors import Problem, ProjectFileError
from tests.robustness.test_io_faults import fill
from tests.robustness.test_io_faults import small_disk as small_disk  # the fixture, shared
from tests.robustness.test_safe_writes import leftovers, make_project


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("cxdesigner: "), err
    return err


@pytest.mark.parametrize("verb", ["new", "import"])
def test_a_new_project_on_a_full_disk_says_the_disk_is_full(
    verb: str, tmp_path: Path, small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "shop.json"
    assert main(["export", str(make_project(tmp_path)), "--json", str(source)]) == 0
    out = small_disk / "new.cxd"
    filler = fill(small_disk)
    capsys.readouterr()
    try:
        code = main(["new", str(out)] if verb == "new" else ["import", str(source), str(out)])
    finally:
        filler.unlink()
    err = one_line(capsys)
    assert code == 2 and "new.cxd could not be written (the disk is full); nothing was changed." in err
    assert "moved or deleted" not in err and "Save As" not in err
    assert not out.exists() and leftovers(small_disk) == []


def test_no_command_line_message_advises_save_as() -> None:
    for problem in Problem:
        error = ProjectFileError(problem, "p.cxd", "why")
        assert "Save As" not in error.cli_message, problem
        assert "p.cxd" in error.cli_message
    assert "Save As" in ProjectFileError(Problem.GONE, "p.cxd").message  # the editor keeps its advice


def test_a_write_failing_under_an_open_project_speaks_to_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from cxdesigner.storage import store

    project = make_project(tmp_path)
    feedback = tmp_path / "feedback.csv"
    feedback.write_text("touchpoint,score\nNo such card,5\n", encoding="utf-8")

    def gone(self: store.ProjectStore) -> None:
        raise ProjectFileError(Problem.GONE, self.path.name)

    monkeypatch.setattr(store.ProjectStore, "flush", gone)
    assert main(["import-feedback", str(project), str(feedback), "--skip-bad"]) in (1, 2)
    err = capsys.readouterr().err
    assert "Save As" not in err and "was moved or deleted while it was being written" in err, err


def test_a_read_only_output_is_replaced_only_with_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = make_project(tmp_path)
    out = tmp_path / "table.csv"
    out.write_bytes(b"kept\n")
    out.chmod(0o444)
    assert main(["export", str(project), "--csv", str(out), "--json", str(tmp_path / "also.json")]) == 2
    assert "table.csv is read-only; add --force to replace it." in one_line(capsys)
    assert out.read_bytes() == b"kept\n" and not (tmp_path / "also.json").exists()  # refused before any write
    assert main(["export", str(project), "--csv", str(out), "--force"]) == 0
    assert out.read_bytes() != b"kept\n" and stat.S_IMODE(os.stat(out).st_mode) == 0o444  # its mode kept
    writable = tmp_path / "open.csv"
    writable.write_bytes(b"old\n")
    assert main(["export", str(project), "--csv", str(writable)]) == 0  # a writable file is replaced as before
