"""An output is never the input: an export onto its own project (same path, a symlink, a hard link, or one of
SQLite's side files) and an import onto its own source are refused in one line, before anything is touched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cxdesigner.cli import main
from cxdesigner.io.files import clash_with_input, same_file
from cxdesigner.storage.store import ProjectStore


@pytest.fixture
def project(tmp_path: Path, journey) -> Path:
    path = tmp_path / "shop.cxd"
    ProjectStore.create(path, journey).close()
    return path


def _alias(project: Path, how: str) -> Path:
    """Another name for ``project``: itself, a symlink to it, a hard link to it, or its journal's name."""
    if how == "same path":
        return project
    if how == "relative path":
        return Path(os.path.relpath(project))
    if how == "journal":
        return project.with_name(project.name + "-journal")
    alias = project.with_name("alias.csv")
    if how == "symlink":
        alias.symlink_to(project.name)
    else:
        os.link(project, alias)
    return alias


@pytest.mark.parametrize("how", ["same path", "relative path", "symlink", "hard link", "journal"])
@pytest.mark.parametrize("fmt", ["csv", "json", "png", "svg", "report", "graphml"])
def test_an_export_onto_its_own_project_is_refused(project: Path, how: str, fmt: str, capsys) -> None:
    before = project.read_bytes()
    out = _alias(project, how)
    assert main(["export", str(project), f"--{fmt}", str(out)]) == 2
    err = capsys.readouterr()
    assert err.out == ""
    assert err.err.count("\n") == 1 and "is the file being read" in err.err, err.err
    assert project.read_bytes() == before
    if how == "journal":
        assert not out.exists()
    ProjectStore.open_file(project, read_only=True)[0].close()


def test_one_clash_refuses_the_whole_run(project: Path, tmp_path: Path, capsys) -> None:
    good = tmp_path / "fine.json"
    assert main(["export", str(project), "--json", str(good), "--csv", str(project)]) == 2
    assert not good.exists()
    assert "shop.cxd is the file being read" in capsys.readouterr().err


def test_an_import_onto_its_own_source_is_refused(project: Path, tmp_path: Path, capsys) -> None:
    source = tmp_path / "map.json"
    assert main(["export", str(project), "--json", str(source)]) == 0
    out = tmp_path / "map.cxd"
    os.link(source, out)
    before = source.read_bytes()
    capsys.readouterr()
    assert main(["import", str(source), str(out), "--force"]) == 2
    assert "map.cxd is the file being read (map.json)" in capsys.readouterr().err
    assert source.read_bytes() == before


def test_other_files_are_not_the_input(project: Path, tmp_path: Path) -> None:
    other = tmp_path / "shop.csv"
    assert not same_file(other, project)
    other.write_text("x")
    assert not same_file(other, project)
    assert clash_with_input(other, [project]) == ""
    assert clash_with_input(tmp_path / "shop.cxd.csv", [project]) == ""


def test_a_newline_in_the_name_stays_on_one_line(tmp_path: Path, journey) -> None:
    project = tmp_path / "two\nlines.cxd"
    ProjectStore.create(project, journey).close()
    message = clash_with_input(project, [project])
    assert "\n" not in message and "two\\nlines.cxd" in message
