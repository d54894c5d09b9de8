"""The headless command line: verbs, exit codes and one-line errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cxdesigner import __version__
from cxdesigner.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cxdesigner", *args], capture_output=True, text=True)


def test_new_then_info_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "Магазин.cxd"
    assert main(["new", str(path), "--template", "eight-stages", "--title", "Футболки <&>"]) == 0
    capsys.readouterr()
    assert main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["title"] == "Футболки <&>" and info["stages"] == 8 and info["lanes"] == 7
    assert {"title", "schema_version", "stages", "lanes", "touchpoints", "flows", "personas"} <= set(info)


def test_new_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.cxd"
    assert main(["new", str(path)]) == 0
    assert main(["new", str(path)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_templates_lists_names(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates"]) == 0
    names = capsys.readouterr().out.split()
    assert "blank" in names and "eight-stages" in names


def test_version_and_help() -> None:
    assert run("--version").stdout.strip() == f"cxdesigner {__version__}"
    helped = run("--help")
    assert helped.returncode == 0 and "info" in helped.stdout
    assert run("info", "--help").returncode == 0


@pytest.mark.parametrize("kind", ["missing", "directory", "text", "empty", "sqlite"])
def test_bad_files_exit_2_with_one_line(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "bad.cxd"
    if kind == "directory":
        path.mkdir()
    elif kind == "text":
        path.write_text("not a project")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "sqlite":
        import sqlite3

        sqlite3.connect(path).execute("create table x(a)").connection.commit()
    result = run("info", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr and "bad.cxd" in lines[0]


def test_usage_error_is_one_line() -> None:
    result = run("info")
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


def test_info_counts_requirements_and_feedback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "v2.cxd"
    shutil.copy(Path(__file__).parent / "data" / "project-v2.cxd", path)
    assert main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert (info["requirements"], info["requirements_met"], info["feedback"]) == (3, 1, 3)
    assert main(["info", str(path)]) == 0
    assert "requirements met  1" in capsys.readouterr().out


def test_info_speaks_the_maps_language_and_json_names_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ru, en = tmp_path / "ru.cxd", tmp_path / "en.cxd"
    assert main(["new", str(ru), "--template", "eight-stages", "--language", "ru"]) == 0
    assert main(["new", str(en), "--template", "eight-stages"]) == 0
    capsys.readouterr()
    assert main(["info", str(ru)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split() == ["язык", "русский"] and lines[3].split() == ["этапы", "8"]
    assert any(line.split()[:2] == ["точки", "контакта"] for line in lines)
    assert not any(word in line for line in lines for word in ("stages", "touchpoints", "schema"))
    assert main(["info", str(en)]) == 0
    assert capsys.readouterr().out.splitlines()[3].split() == ["stages", "8"]
    assert main(["info", str(ru), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["language"] == "ru" and info["stages"] == 8  # the keys stay English for scripts
