"""Guards on the install: the Qt pin, the lock file, and resources from an installed wheel."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]


def _requirements() -> dict[str, Requirement]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    reqs = [Requirement(r) for r in data["project"]["dependencies"]]
    return {r.name.lower(): r for r in reqs}


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "packaging" / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==")
            pins[name.strip().lower().replace("_", "-")] = version.strip()
    return pins


def test_pyside_is_kept_below_612() -> None:
    spec = _requirements()["pyside6-essentials"].specifier
    assert not spec.contains(Version("6.12.0")), "PySide6 6.12.0 aborts with none_dealloc on Python 3.11"
    assert spec.contains(Version(_pins()["pyside6-essentials"]))


def test_every_dependency_is_pinned_and_allowed() -> None:
    pins = _pins()
    for name, req in _requirements().items():
        assert name in pins, f"{name} has no pin in packaging/constraints.txt"
        assert req.specifier.contains(Version(pins[name])), f"{name}=={pins[name]} breaks {req}"


def test_installed_qt_is_the_pinned_one() -> None:
    import PySide6

    assert PySide6.__version__ == _pins()["pyside6-essentials"]


@pytest.mark.slow
def test_resources_are_found_from_an_installed_wheel(tmp_path: Path) -> None:
    wheel_dir = tmp_path / "wheel"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheel_dir),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(wheel_dir.glob("cxdesigner-*.whl"))
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as zf:
        assert any(n.startswith("cxdesigner/resources/fonts/") for n in zf.namelist())
        zf.extractall(target)
    code = "from cxdesigner.paths import resource_path; print(resource_path('fonts', 'DejaVuSans.ttf'))"
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={"PYTHONPATH": str(target)},
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    found = Path(out.stdout.strip())
    assert found.is_file() and str(found).startswith(str(target))


def test_every_package_ships() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(data["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "cxdesigner").rglob("__init__.py")}
    assert on_disk <= listed, f"add {sorted(on_disk - listed)} to [tool.setuptools] packages"
