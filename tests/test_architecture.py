"""The layer table of ARCHITECTURE.md, enforced: import-linter for packages, an AST scan for Qt modules."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "cxdesigner"

# Qt submodules a layer may never import (import-linter cannot name submodules of external packages).
QT_RULES = {
    "commands": {"PySide6.QtWidgets"},
    "document.py": {"PySide6.QtWidgets"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_import_contracts_hold() -> None:
    linter = Path(sys.executable).with_name("lint-imports")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # lint this checkout, not whatever is installed
    result = subprocess.run([str(linter)], cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "broken" in result.stdout and " 0 broken" in result.stdout


@pytest.mark.parametrize("where", sorted(QT_RULES))
def test_no_widgets_below_the_window(where: str) -> None:
    target = PACKAGE / where
    files = [target] if target.is_file() else sorted(target.rglob("*.py"))
    assert files
    for file in files:
        bad = {name for name in _imports(file) if any(name.startswith(f) for f in QT_RULES[where])}
        assert not bad, f"{file.relative_to(ROOT)} imports {bad}"


def test_the_scan_sees_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\n", encoding="utf-8")
    assert "PySide6.QtWidgets" in _imports(sample)
