"""What machine a benchmark ran on: cores, CPU model, memory, Python, Qt and PySide versions, the date."""

from __future__ import annotations

import datetime
import os
import platform
from pathlib import Path


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _memory_gib() -> str:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return "unknown memory"


def facts() -> dict[str, str]:
    """The facts the README's benchmark section quotes."""
    import PySide6
    import reportlab
    from PySide6.QtCore import qVersion

    return {
        "date": datetime.date.today().isoformat(),
        "cores": str(os.cpu_count() or "?"),
        "cpu": _cpu_model(),
        "memory": _memory_gib(),
        "python": platform.python_version(),
        "qt": qVersion(),
        "pyside6": PySide6.__version__,
        "reportlab": reportlab.Version,
        "load": " ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?",
    }


def describe() -> str:
    """One line for the top of the output."""
    f = facts()
    return (
        f"{f['date']}: {f['cores']} cores, {f['cpu']}, {f['memory']} RAM, Python {f['python']}, Qt {f['qt']} "
        f"(PySide6 {f['pyside6']}), reportlab {f['reportlab']}; load average {f['load']}"
    )
