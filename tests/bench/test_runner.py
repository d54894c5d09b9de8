"""The benchmark runner works on the smallest map and writes well-formed rows. No figure is judged here."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from tests.bench.report import TARGETS, make_row, table, verdict
from tests.bench.runner import main

KEYS = {"metric", "size", "value", "unit", "baseline", "ratio"}


def test_fast_run_writes_rows_for_every_metric(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bench.json"
    assert main(["--fast", "--sizes", "300", "--out", str(out), "--maps", str(tmp_path / "maps")]) == 0
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(rows, list) and rows
    for row in rows:
        assert set(row) == KEYS
        own = {"csv import": 1_000, "rfm": 2_000}  # rows of a table, order rows of a customer base
        assert row["size"] == own.get(row["metric"], 300)
        assert isinstance(row["value"], float) and math.isfinite(row["value"]) and row["value"] > 0
        assert row["unit"] in {"ms", "MB"}
        if row["baseline"] is None:
            assert row["ratio"] is None
        else:
            assert row["baseline"] > 0
            assert row["ratio"] == pytest.approx(row["value"] / row["baseline"], rel=0.01, abs=0.01)
    names = {row["metric"] for row in rows}
    assert {"open document", "commit p50", "commit p95", "peak memory"} <= names
    (memory,) = [row for row in rows if row["metric"] == "peak memory"]
    assert memory["baseline"] and memory["baseline"] < memory["value"]  # the plain scene's process is lighter
    assert "poster pdf" in names
    assert {"analyse", "check process"} <= names
    assert "csv import" in names and "rfm" in names
    assert "merge" in names
    canvas = {"open", "open, every item", "drag p50", "drag p95", "fit map repaint", "start-up"}
    assert canvas <= names or not canvas & names  # all of them once the canvas is there
    printed = capsys.readouterr().out
    assert "commit p95" in printed


def test_unknown_metric_is_refused(tmp_path: Path) -> None:
    assert main(["--metrics", "nonsense", "--out", str(tmp_path / "b.json")]) == 2
    assert not (tmp_path / "b.json").exists()


def test_verdicts_apply_at_3000_only() -> None:
    fine = make_row("commit p95", 3000, 6.0, "ms", 3.0)
    slow = make_row("commit p95", 3000, 12.0, "ms", 3.0)
    small = make_row("commit p95", 300, 12.0, "ms", 3.0)
    assert (verdict(fine), verdict(slow), verdict(small)) == ("met", "MISSED", "")
    frame = make_row("drag p95", 3000, 20.0, "ms", 19.0)  # ratio fine, but over the 16.7 ms frame budget
    assert verdict(frame) == "MISSED"
    assert {"open", "drag p95", "commit p95", "poster pdf", "report pdf", "start-up", "cli info"} <= set(TARGETS)
    text = table([fine, slow, small, frame], markdown=True)
    assert text.count("MISSED") == 2 and text.startswith("| metric |")
