"""The scripted first session (``first_session.py``) on a laptop's and a desktop's screen, each in a fresh
process on an offscreen screen of that size, with fresh settings, as a first start would be."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("first_session.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
def test_the_first_session_runs_whole_on_a_real_screen_size(tmp_path: Path, width: int, height: int) -> None:
    screens = tmp_path / "screen.json"
    screens.write_text(json.dumps({"synchronousWindowSystemEvents": True, "windowFrameMargins": True, "screens": [
        {"name": "S", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "logicalBaseDpi": 96,
         "dpr": 1}]}))  # fmt: skip
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens}",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", str(SCRIPT)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    (steps,) = re.findall(r"^STEPS (\d+)$", done.stdout, re.MULTILINE)
    assert int(steps) > 0
    print(re.findall(r"^PARTS .*$", done.stdout, re.MULTILINE))
