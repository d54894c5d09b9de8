"""The memory probe measures the child's own peak, not the benchmark runner's that started it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHILD = (
    "import resource; from tests.bench.probe import peak_rss_kib; "
    "print(peak_rss_kib() / 1024, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="VmHWM is Linux's")
def test_a_child_of_a_large_parent_reports_its_own_peak() -> None:
    ballast = bytearray(300 * 1024 * 1024)  # the parent is 300 MB larger, touched page by page
    for i in range(0, len(ballast), 4096):
        ballast[i] = 1
    done = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, capture_output=True, text=True, check=True)
    own, inherited = map(float, done.stdout.split())
    del ballast
    assert inherited > 300  # ru_maxrss after exec still holds the parent's peak: what the probe read before
    assert own < 100  # a bare interpreter and the probe module
