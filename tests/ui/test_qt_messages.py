"""Qt's and libpng's own messages go to the log (``ui.log_file``), never onto the terminal before our line;
and the test suite sees each Qt warning (tests/conftest.py fails a test on one).

(libpng's own *errors* are printed by libpng itself, as Qt installs no handler for them; no export of ours
meets one since pictures are rendered into memory and written by ``io.files``.)"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QPainter

from cxdesigner.storage.store import ProjectStore
from cxdesigner.ui.log_file import log_path, route_qt_messages
from tests.conftest import small_map
from tests.robustness.workers import child_env


def png_with_a_bad_comment() -> bytes:
    """A small PNG whose comment chunk fails its checksum: libpng warns (through Qt) and reads on."""
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0)
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    data = bytes(array)
    at = data.index(b"IDAT") - 4
    body = b"Comment\x00hello"
    return data[:at] + struct.pack(">I", len(body)) + b"tEXt" + body + b"\0\0\0\0" + data[at:]


def test_libpng_and_qt_speak_to_the_log_not_the_terminal(qapp, capfd: pytest.CaptureFixture[str], qt_warnings) -> None:
    route_qt_messages()
    assert not QImage.fromData(png_with_a_bad_comment()).isNull()
    painter = QPainter()
    assert not painter.begin(QImage())  # Qt warns: a null image cannot be painted on
    assert capfd.readouterr().err == ""
    log = log_path().read_text(encoding="utf-8")
    assert "libpng warning: tEXt: CRC error" in log and "QPainter::begin: Paint device returned engine == 0" in log
    assert [w for w in qt_warnings if "QPainter::begin" in w], qt_warnings  # the suite sees Qt's warnings
    qt_warnings.clear()  # provoked on purpose


def test_a_png_and_svg_export_print_only_our_lines(tmp_path: Path) -> None:
    """Qt asked to say everything (debug rules on): the terminal still gets only the command's own lines."""
    project = tmp_path / "shop.cxd"
    ProjectStore.create(project, small_map()).close()
    env = {**child_env(), "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.highdpi.debug=true",
           "XDG_DATA_HOME": str(tmp_path / "data")}  # fmt: skip
    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    done = subprocess.run([sys.executable, "-m", "cxdesigner", "export", str(project), "--png", str(png),
                           "--svg", str(svg)], capture_output=True, text=True, env=env, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and done.stdout == f"wrote {png}\nwrote {svg}\n"


def test_a_failing_png_export_is_one_line(tmp_path: Path) -> None:
    project = tmp_path / "shop.cxd"
    ProjectStore.create(project, small_map()).close()
    env = {**child_env(), "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.highdpi.debug=true",
           "XDG_DATA_HOME": str(tmp_path / "data")}  # fmt: skip
    out = tmp_path / "no-such-folder" / "map.png"
    done = subprocess.run([sys.executable, "-m", "cxdesigner", "export", str(project), "--png", str(out)],
                          capture_output=True, text=True, env=env, check=False)  # fmt: skip
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and done.stderr.startswith("cxdesigner: ")


def test_the_log_lies_where_the_editor_keeps_its_data(qapp, tmp_path: Path) -> None:
    assert log_path() == Path(os.environ["XDG_DATA_HOME"]) / "cxdesigner" / "CX Designer" / "cxdesigner.log"


def test_qt_speaking_while_it_shuts_down_does_not_crash_the_process(tmp_path: Path) -> None:
    """With every debug message on, Qt still talks after Python began to exit: the handler is gone by then
    (before, the export wrote its file and then died of a segmentation fault every time)."""
    project = tmp_path / "shop.cxd"
    ProjectStore.create(project, small_map()).close()
    env = {**child_env(), "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "*.debug=true",
           "XDG_DATA_HOME": str(tmp_path / "data")}  # fmt: skip
    png = tmp_path / "map.png"
    done = subprocess.run([sys.executable, "-m", "cxdesigner", "export", str(project), "--png", str(png)],
                          capture_output=True, text=True, env=env, check=False)  # fmt: skip
    assert done.returncode == 0 and done.stdout == f"wrote {png}\n"
    assert "qt.highdpi" not in done.stderr  # what Qt said while we listened went to the log
