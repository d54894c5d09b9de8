"""The built one-folder application (``packaging/cxdesigner.spec``) runs on its own: version, info, export.

Decision on cost: on the 2-core machine the suite runs on, PyInstaller builds ``dist/cxdesigner`` in about
80 s wall-clock (32 s of CPU) with the machine under load, well within a few minutes, so the build is part of
every full run, made ONCE per session by a session fixture into a temporary folder (removed afterwards) and
shared by the tests below. They carry the ``package`` marker: ``pytest -m "not package"`` leaves the build out
while iterating. PyInstaller is in the ``dev`` extra, so CI (``packaging/dev.sh test``) always builds; a venv
without it skips these tests with a reason.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cxdesigner import __version__
from cxdesigner.cli_verbs import project_info
from cxdesigner.domain import templates
from cxdesigner.io import json_format
from cxdesigner.storage.store import ProjectStore

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.package, pytest.mark.slow]


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The frozen ``cxdesigner`` executable, built once from this checkout."""
    pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (pip install -e '.[package]')")
    work = tmp_path_factory.mktemp("pyinstaller")
    env = {**os.environ, "PYINSTALLER_CONFIG_DIR": str(work / "config")}
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
    command += ["--distpath", str(work / "dist"), "--workpath", str(work / "build")]
    result = subprocess.run(
        [*command, str(ROOT / "packaging" / "cxdesigner.spec")], cwd=work, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-4000:]
    exe = work / "dist" / "cxdesigner" / ("cxdesigner.exe" if sys.platform == "win32" else "cxdesigner")
    assert exe.is_file()
    yield exe
    shutil.rmtree(work, ignore_errors=True)


def _run(exe: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """Run the frozen program outside the checkout, with nothing of this Python's environment."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    return subprocess.run([str(exe), *args], cwd=home, env=env, capture_output=True, text=True, encoding="utf-8")


def test_built_program_prints_its_version(built: Path, tmp_path: Path) -> None:
    result = _run(built, "--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"cxdesigner {__version__}"


def _sample_projects(built: Path, tmp_path: Path) -> list[Path]:
    """The samples bundled in the build; while none is bundled yet, a project made from a template."""
    bundled = sorted((built.parent / "_internal" / "resources" / "samples").glob("*.cxd"))
    if bundled:
        return bundled
    made = tmp_path / "eight-stages.cxd"
    ProjectStore.create(made, templates.eight_stages("Футболки <&>", "ru")).close()
    return [made]


def test_built_program_reads_the_sample_with_info(built: Path, tmp_path: Path) -> None:
    bundled = built.parent / "_internal" / "resources"
    assert (bundled / "fonts" / "DejaVuSans.ttf").is_file() and (
        bundled / "translations" / "cxdesigner_ru.qm"
    ).is_file()
    for project in _sample_projects(built, tmp_path):
        copy = tmp_path / project.name
        if copy != project:
            shutil.copy(project, copy)
        result = _run(built, "info", str(copy), "--json", home=tmp_path)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout) == project_info(copy)


def test_built_program_exports_and_reports_bad_files(built: Path, tmp_path: Path) -> None:
    project = tmp_path / "shop.cxd"
    assert _run(built, "new", str(project), "--template", "eight-stages", home=tmp_path).returncode == 0
    out = tmp_path / "shop.json"
    result = _run(built, "export", str(project), "--json", str(out), home=tmp_path)
    assert result.returncode == 0, result.stderr
    store, journey = ProjectStore.open_file(project, read_only=True)
    store.close()
    assert out.read_text(encoding="utf-8") == json_format.dumps(journey)
    bad = tmp_path / "bad.cxd"
    bad.write_text("not a project")
    failed = _run(built, "info", str(bad), home=tmp_path)
    assert failed.returncode == 2 and len(failed.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb builds the .deb (Debian and Ubuntu)")
def test_the_deb_installs_into_a_scratch_root_and_runs(built: Path, tmp_path: Path) -> None:
    made = subprocess.run(
        ["bash", str(ROOT / "packaging" / "deb.sh"), str(built.parent), str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stderr
    deb = Path(made.stdout.strip())
    assert deb.name.startswith(f"cxdesigner_{__version__}_") and deb.suffix == ".deb"
    # a scratch root with its own dpkg database; the libraries it depends on are the host's
    root = tmp_path / "root"
    admin = root / "var" / "lib" / "dpkg"
    (admin / "updates").mkdir(parents=True)
    (admin / "info").mkdir()
    (admin / "status").touch()
    installed = subprocess.run(
        ["dpkg", f"--root={root}", "--force-depends", "--force-not-root", "--log=/dev/null", "-i", str(deb)],
        capture_output=True,
        text=True,
    )
    assert installed.returncode == 0, installed.stderr
    app = "io.github.cxdesigner.CXDesigner"
    share = root / "usr" / "share"
    for path in (
        share / "applications" / f"{app}.desktop",
        share / "mime" / "packages" / "cxdesigner-mime.xml",
        share / "metainfo" / f"{app}.metainfo.xml",
        share / "icons" / "hicolor" / "48x48" / "apps" / f"{app}.png",
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{app}.svg",
    ):
        assert path.is_file(), path
    listed = subprocess.run(["dpkg", f"--root={root}", "-L", "cxdesigner"], capture_output=True, text=True)
    assert "/opt/cxdesigner/cxdesigner" in listed.stdout.splitlines()
    launcher = root / "usr" / "bin" / "cxdesigner"
    assert launcher.is_symlink() and launcher.resolve() == (root / "opt" / "cxdesigner" / "cxdesigner").resolve()
    result = _run(launcher, "--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"cxdesigner {__version__}"
