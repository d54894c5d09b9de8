"""Every write whole and in its place (``io.files``): past a file-size limit, on a full disk, into a read-only
folder, with a symlink planted at the temporary name, and with two writers at once, every export either
writes a complete file or fails in one line with the old file untouched and no temporary file left."""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from cxdesigner.cli import main
from cxdesigner.cli_exchange import EXPORTS
from cxdesigner.io import files
from cxdesigner.io.files import IncompleteOutput, check_pdf, check_png, check_xml, write_bytes_atomic
from cxdesigner.io.samples import build_template
from cxdesigner.storage.store import ProjectStore
from tests.robustness.faults import as_nobody, export_into_read_only_folder
from tests.robustness.test_io_faults import fill
from tests.robustness.test_io_faults import small_disk as small_disk  # the fixture, shared
from tests.robustness.workers import child_env, forkserver

FORMATS = sorted(EXPORTS)
SUFFIX = {"json": ".json", "csv": ".csv", "mermaid": ".mmd", "graphml": ".graphml", "poster": ".pdf",
          "report": ".pdf", "png": ".png", "svg": ".svg", "xlsx": ".xlsx", "pptx": ".pptx"}  # fmt: skip
OLD = b"the old file, which must survive\n"


def make_project(folder: Path) -> Path:
    path = folder / "shop.cxd"
    ProjectStore.create(path, build_template("sample", "Shop")).close()
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if files.TEMP_SUFFIX in p.name or p.name.endswith("-journal"))


def run_cli(*args: str, limit: int) -> subprocess.CompletedProcess[str]:
    def before() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**child_env(), "QT_QPA_PLATFORM": "offscreen", "HOME": tempfile.gettempdir()}
    return subprocess.run([sys.executable, "-m", "cxdesigner", *args], capture_output=True, text=True,
                          env=env, preexec_fn=before, check=False)  # fmt: skip


def assert_refused(done: subprocess.CompletedProcess[str] | int, err: str, out: Path) -> None:
    code = done if isinstance(done, int) else done.returncode
    assert code == 2, err
    assert err.count("\n") == 1 and err.startswith("cxdesigner: ") and out.name in err, err
    assert out.read_bytes() == OLD
    assert leftovers(out.parent) == []


# ----------------------------------------------------------------------------------- past RLIMIT_FSIZE
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_past_the_file_size_limit_keeps_the_old_file(tmp_path: Path, fmt: str) -> None:
    project = make_project(tmp_path)
    out = tmp_path / f"out{SUFFIX[fmt]}"
    out.write_bytes(OLD)
    done = run_cli("export", str(project), f"--{fmt}", str(out), limit=300)
    assert "wrote" not in done.stdout
    assert_refused(done, done.stderr, out)


# ----------------------------------------------------------------------------------- a full disk
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_onto_a_full_disk_keeps_the_old_file(
    tmp_path: Path,
    small_disk: Path,
    fmt: str,
    capsys,
    qapp,
) -> None:
    project = make_project(tmp_path)
    out = small_disk / f"out{SUFFIX[fmt]}"
    out.write_bytes(OLD)
    filler = fill(small_disk)
    code = main(["export", str(project), f"--{fmt}", str(out)])
    filler.unlink()
    assert_refused(code, capsys.readouterr().err, out)


def test_an_import_onto_a_full_disk_leaves_no_journal(tmp_path: Path, small_disk: Path, capsys) -> None:
    project = make_project(tmp_path)
    source = tmp_path / "shop.json"
    assert main(["export", str(project), "--json", str(source)]) == 0
    out = small_disk / "shop.cxd"
    out.write_bytes(OLD)
    filler = fill(small_disk)
    capsys.readouterr()
    code = main(["import", str(source), str(out), "--force"])
    filler.unlink()
    assert_refused(code, capsys.readouterr().err, out)


def test_a_failing_fsync_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out.csv"
    out.write_bytes(OLD)

    def full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        write_bytes_atomic(out, b"new")
    monkeypatch.undo()
    assert out.read_bytes() == OLD and leftovers(tmp_path) == []


# ----------------------------------------------------------------------------------- outputs not whole
def test_a_truncated_svg_never_replaces_a_good_one(tmp_path: Path) -> None:
    good = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><g><text>Hi</text></g></svg>\n'
    out = tmp_path / "map.svg"
    write_bytes_atomic(out, good, check_xml)
    for cut in (len(good) // 2, len(good) - 8):
        with pytest.raises(IncompleteOutput, match="not whole"):
            write_bytes_atomic(out, good[:cut], check_xml)
    assert out.read_bytes() == good and leftovers(tmp_path) == []


def test_the_checks_know_a_whole_file_from_a_cut_one(tmp_path: Path, qapp) -> None:
    from cxdesigner.export.poster import write_poster

    journey = build_template("sample", "Shop")
    pdf, png = tmp_path / "a.pdf", tmp_path / "a.png"
    write_poster(journey, pdf)
    assert main(["export", str(make_project(tmp_path)), "--png", str(png)]) == 0
    for data, check in ((pdf.read_bytes(), check_pdf), (png.read_bytes(), check_png)):
        check(data)
        with pytest.raises(IncompleteOutput):
            check(data[: len(data) - 20])


# ----------------------------------------------------------------------------------- a read-only folder
def test_a_read_only_folder_is_one_line_and_keeps_the_old_file() -> None:
    folder = Path(tempfile.mkdtemp(prefix="cxd-safe-writes-"))
    locked = folder / "locked"
    try:
        folder.chmod(0o755)
        make_project(folder).chmod(0o644)
        locked.mkdir()
        out = locked / "out.csv"
        out.write_bytes(OLD)
        out.chmod(0o666)  # the file could be written in place; the folder refuses new names
        locked.chmod(0o555)
        if os.geteuid() == 0:  # root ignores permissions: run the export as nobody
            context = forkserver()
            reader, writer = context.Pipe(duplex=False)
            child = context.Process(target=as_nobody, args=("export_into_read_only_folder", str(folder), writer))
            child.start()
            writer.close()
            seen = json.loads(reader.recv_bytes())
            child.join()
        else:
            seen = export_into_read_only_folder(str(folder))
        assert "error" not in seen, seen.get("error")
        assert "Permission denied" in seen["stderr"]
        assert_refused(seen["code"], seen["stderr"], out)
    finally:
        locked.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


# ----------------------------------------------------------------------------------- symlinks
def test_a_symlink_at_the_temporary_name_is_never_followed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"victim")
    out = tmp_path / "report.csv"
    tokens = iter(["planted", "planted", "fresh"])
    monkeypatch.setattr(files, "random_token", lambda: next(tokens))
    planted = files.temporary_name(out)
    planted.symlink_to(victim)
    write_bytes_atomic(out, b"new")
    assert victim.read_bytes() == b"victim" and out.read_bytes() == b"new"
    assert planted.is_symlink()  # someone else's file: neither followed nor removed


def test_the_old_fixed_temporary_name_is_harmless(tmp_path: Path, capsys) -> None:
    project = make_project(tmp_path)
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"victim")
    out = tmp_path / "report.pdf"
    out.with_name("report.pdf.part").symlink_to(victim)
    assert main(["export", str(project), "--report", str(out)]) == 0
    assert victim.read_bytes() == b"victim"
    check_pdf(out.read_bytes())


def test_a_symlink_at_the_target_is_replaced_not_written_through(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"victim")
    out = tmp_path / "out.csv"
    out.symlink_to(victim)
    write_bytes_atomic(out, b"new")
    assert victim.read_bytes() == b"victim" and not out.is_symlink() and out.read_bytes() == b"new"


# ----------------------------------------------------------------------------------- two writers at once
def test_two_writers_to_one_path_never_mix(tmp_path: Path) -> None:
    out = tmp_path / "out.bin"
    payloads = [bytes([n]) * 200_000 for n in range(2)]
    errors: list[BaseException] = []

    def writer(data: bytes) -> None:
        try:
            for _ in range(100):
                write_bytes_atomic(out, data)
                assert out.read_bytes() in payloads
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(p,)) for p in payloads]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert out.read_bytes() in payloads and leftovers(tmp_path) == []


# ----------------------------------------------------------------------------------- permissions
def test_a_new_file_gets_the_usual_permissions_and_a_replaced_one_keeps_its_own(tmp_path: Path) -> None:
    mask = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.csv"
        write_bytes_atomic(fresh, b"x")
        assert fresh.stat().st_mode & 0o777 == 0o644
        kept = tmp_path / "kept.csv"
        kept.write_bytes(OLD)
        kept.chmod(0o600)
        write_bytes_atomic(kept, b"y")
        assert kept.stat().st_mode & 0o777 == 0o600 and kept.read_bytes() == b"y"
    finally:
        os.umask(mask)
