"""The log file (``ui.log_file.LogFile``): made at the first line, rotated at 1 MB with two old files kept."""

from __future__ import annotations

import logging
from pathlib import Path

from cxdesigner.ui.log_file import LogFile


def test_the_file_is_made_at_the_first_line_and_rotated_past_a_megabyte(tmp_path: Path) -> None:
    path = tmp_path / "cxdesigner.log"
    handler = LogFile(path)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    log = logging.getLogger("tests.log_file")
    log.propagate = False
    log.addHandler(handler)
    try:
        assert not path.exists()  # nothing logged, no file
        log.warning("first line")
        assert path.read_text(encoding="utf-8") == "WARNING first line\n"
        for i in range(3 * 1100):  # a little over three megabytes in all
            log.warning("%04d %s", i, "x" * 1000)
    finally:
        log.removeHandler(handler)
        handler.close()
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == ["cxdesigner.log", "cxdesigner.log.1", "cxdesigner.log.2"]
    assert all(p.stat().st_size <= 1_000_000 for p in tmp_path.iterdir())
    assert "3299 " in path.read_text(encoding="utf-8")  # the newest line is in the current file
