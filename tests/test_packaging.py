"""Guards on the install: the Qt pin, the lock file, and resources from an installed wheel."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]


def _requirements() -> dict[str, Requirement]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    reqs = [Requirement(r) for r in data["project"]["dependencies"]]
    return {r.name.lower(): r for r in reqs}


def _lock(name: str) -> list[tuple[Requirement, list[str]]]:
    """The requirements of packaging/requirements-NAME.txt with their hashes (continuation lines joined)."""
    text = (ROOT / "packaging" / f"requirements-{name}.txt").read_text(encoding="utf-8")
    entries = []
    for line in text.replace("\\\n", " ").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            spec, *hashes = line.split("--hash=")
            entries.append((Requirement(spec), [h.strip() for h in hashes]))
    return entries


def _pins(name: str = "run") -> dict[str, set[str]]:
    """Each package of a lock and the versions pinned for it (two when a marker splits them)."""
    pins: dict[str, set[str]] = {}
    for req, _ in _lock(name):
        (spec,) = req.specifier
        assert spec.operator == "==", f"{req} in requirements-{name}.txt is not a pin"
        pins.setdefault(canonicalize_name(req.name), set()).add(spec.version)
    return pins


def test_pyside_is_kept_below_612() -> None:
    spec = _requirements()["pyside6-essentials"].specifier
    assert not spec.contains(Version("6.12.0")), "PySide6 6.12.0 aborts with none_dealloc on Python 3.11"
    assert all(spec.contains(v) for v in _pins()["pyside6-essentials"])


@pytest.mark.parametrize("lock", ["build", "run", "dev"])
def test_every_locked_file_has_its_hash(lock: str) -> None:
    entries = _lock(lock)
    assert entries
    for req, hashes in entries:
        assert hashes and all(h.startswith("sha256:") for h in hashes), f"{req} has no hash in requirements-{lock}.txt"


def _check_pinned(reqs: list[Requirement], lock: str) -> None:
    pins = _pins(lock)
    for req in reqs:
        name = canonicalize_name(req.name)
        assert name in pins, f"{name} has no pin in packaging/requirements-{lock}.txt: run packaging/dev.sh lock"
        for version in pins[name]:
            assert req.specifier.contains(Version(version)), f"{name}=={version} breaks {req}: dev.sh lock"
        for extra in req.extras:
            # reportlab[accel] brings rl-accel; the lock must hold what each extra adds
            assert extra != "accel" or "rl-accel" in pins, f"{req} needs rl-accel in requirements-{lock}.txt"


def test_every_dependency_is_pinned_and_allowed() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    runtime = list(_requirements().values())
    _check_pinned(runtime, "run")
    _check_pinned(runtime + [Requirement(r) for r in data["project"]["optional-dependencies"]["dev"]], "dev")
    _check_pinned([Requirement(r) for r in data["build-system"]["requires"]], "build")
    _check_pinned([Requirement("pip")], "build")


def test_running_installs_no_test_tools() -> None:
    run = _pins("run")
    for tool in ("pytest", "pytest-qt", "hypothesis", "ruff", "pyinstaller", "pypdf", "uv"):
        assert tool not in run, f"{tool} is in requirements-run.txt; the editor does not need it to run"


def test_the_locks_agree() -> None:
    """dev holds every run pin at the same version, and neither disagrees with the build lock."""
    run, dev, build = _pins("run"), _pins("dev"), _pins("build")
    for name, versions in run.items():
        assert dev.get(name) == versions, f"{name}: run pins {versions}, dev pins {dev.get(name)}"
    for name, versions in build.items():
        for other in (run, dev):
            assert other.get(name, versions) == versions, f"{name}: build pins {versions}, another lock {other[name]}"


def test_installed_qt_is_the_pinned_one() -> None:
    import PySide6

    assert PySide6.__version__ in _pins()["pyside6-essentials"]


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
        names = zf.namelist()
        assert any(n.startswith("cxdesigner/resources/fonts/") for n in names)
        assert "cxdesigner/resources/translations/cxdesigner_ru.qm" in names
        assert not [n for n in names if n.endswith(".ts")], "the wheel ships the .ts translation sources"
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


def test_appstream_names_the_homepage_and_screenshots_that_exist() -> None:
    import xml.etree.ElementTree as ET

    from PIL import Image

    root = ET.parse(ROOT / "packaging" / "linux" / "io.github.cxdesigner.CXDesigner.metainfo.xml").getroot()
    assert root.find("url[@type='homepage']") is not None
    images = root.findall("screenshots/screenshot/image")
    assert images and root.find("screenshots/screenshot[@type='default']") is not None
    for image in images:
        marker = "/main/"
        assert image.text and image.text.startswith("https://") and marker in image.text
        local = ROOT / image.text.split(marker, 1)[1]
        assert local.is_file(), f"{image.text} is not in the repository"
        with Image.open(local) as picture:
            assert picture.size == (int(image.get("width")), int(image.get("height"))), local
