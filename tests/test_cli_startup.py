"""The command line starts light: verbs that need no project load none of the heavy libraries."""

from __future__ import annotations

import os
import subprocess
import sys

from cxdesigner.domain import template_names, templates

HEAVY = ("networkx", "sqlite_utils", "reportlab", "PySide6")

PROBE = """
import contextlib, io, sys
from cxdesigner.cli import main
argv = sys.argv[1:]
with contextlib.redirect_stdout(io.StringIO()):
    try:
        status = main(argv)
    except SystemExit as exc:
        status = exc.code
assert status == 0, status
print(",".join(m for m in {heavy!r} if m in sys.modules))
"""


def _loaded_after(*argv: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), *argv], capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


def test_version_help_and_templates_load_no_heavy_library() -> None:
    for argv in (["--version"], ["--help"], ["templates"], ["new", "--help"]):
        assert _loaded_after(*argv) == "", argv


def test_reading_a_project_loads_no_graph_pdf_or_qt_library(tmp_path) -> None:
    project = str(tmp_path / "a.cxd")
    _loaded_after("new", project, "--template", "sample")
    loaded = _loaded_after("info", project).split(",")
    assert not {"networkx", "sqlite_utils", "reportlab", "PySide6"} & set(loaded), loaded
    # the probe can tell: a verb that analyses the paths does import the graph library
    assert "networkx" in _loaded_after("check", project)


def test_template_names_are_exactly_the_builders() -> None:
    assert set(template_names.NAMES) == set(templates.TEMPLATES)
    assert len(template_names.NAMES) == len(set(template_names.NAMES))


WINDOW_PROBE = """
import sys
from cxdesigner.app import run_gui
from pathlib import Path
assert run_gui(Path(sys.argv[1]), exit_after_paint=True) == 0
print("loaded", ",".join(m for m in ("networkx", "reportlab") if m in sys.modules))
"""


def test_the_window_paints_before_the_pdf_library_loads(tmp_path) -> None:
    project = str(tmp_path / "a.cxd")
    _loaded_after("new", project, "--template", "sample")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    out = subprocess.run(
        [sys.executable, "-c", WINDOW_PROBE, project], capture_output=True, text=True, check=True, env=env
    ).stdout
    (line,) = [x for x in out.splitlines() if x.startswith("loaded")]
    assert "reportlab" not in line  # the export dialog, poster and report load when File > Export opens
    assert "networkx" not in line  # the path analysis loads when its panel first shows
