"""The benchmark's output: rows, the targets of issue 10, the printed table and bench.json.

A row is ``{"metric", "size", "value", "unit", "baseline", "ratio"}`` (a row without a baseline has the ratio
``None``). Targets apply at 3,000 touchpoints: a ratio limit and, for the drag frame, a limit in ms too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

TARGET_SIZE = 3000
FRAME_BUDGET_MS = 16.7


@dataclass(frozen=True)
class Row:
    """One figure of one metric at one map size, beside its baseline."""

    metric: str
    size: int
    value: float
    unit: str
    baseline: float | None
    ratio: float | None


@dataclass(frozen=True)
class Target:
    """The most a metric may cost at ``TARGET_SIZE``: as a ratio, and optionally in its own unit.

    A target with no ratio (``None``) is only a limit in the metric's unit.
    """

    ratio: float | None
    absolute: float | None = None

    def describe(self) -> str:
        parts = [f"≤ {self.ratio:g}×"] if self.ratio is not None else []
        parts += [f"≤ {self.absolute:g} ms"] if self.absolute is not None else []
        return " and ".join(parts)

    def met(self, row: Row) -> bool:
        if self.ratio is not None and (row.ratio is None or row.ratio > self.ratio):
            return False
        return self.absolute is None or row.value <= self.absolute


TARGETS: dict[str, Target] = {  # issue 15's targets at 3,000 touchpoints
    "open": Target(2.0),
    "drag p95": Target(1.5, FRAME_BUDGET_MS),
    "commit p95": Target(3.0),
    "poster pdf": Target(2.0),
    "report pdf": Target(5.0),
    "start-up": Target(2.0),
    "cli --version": Target(4.0),
    "cli templates": Target(4.0),
    "cli info": Target(4.0),
    "merge": Target(None, 2000.0),  # issue 17: two 3,000-card maps merged in at most 2 s
    "rfm": Target(3.0),  # issue 22: a base of 1,000,000 order rows, against a csv.reader pass
    "peak memory": Target(1.5),  # against a process holding the same map as a plain scene
}
TARGET_SIZES = {"rfm": 1_000_000}  # the size a metric's target applies at, when not TARGET_SIZE


def make_row(metric: str, size: int, value: float, unit: str, baseline: float | None) -> Row:
    """A row with the ratio worked out (None without a baseline)."""
    ratio = value / baseline if baseline else None
    return Row(metric, size, _round(value), unit, None if baseline is None else _round(baseline), _ratio(ratio))


def _round(x: float) -> float:
    return float(f"{x:.4g}")


def _ratio(x: float | None) -> float | None:
    return None if x is None else round(x, 2)


def verdict(row: Row) -> str:
    """ "met", "MISSED", or "" when the row has no target."""
    target = TARGETS.get(row.metric)
    if target is None or row.size != TARGET_SIZES.get(row.metric, TARGET_SIZE):
        return ""
    return "met" if target.met(row) else "MISSED"


def write_json(path: Path, rows: Iterable[Row]) -> None:
    """bench.json: the list of rows."""
    Path(path).write_text(json.dumps([asdict(r) for r in rows], indent=2) + "\n", encoding="utf-8")


def _fmt(x: float | None) -> str:
    if x is None:
        return "—"
    return f"{x:,.0f}" if abs(x) >= 100 else f"{x:.3g}"


def table(rows: Sequence[Row], markdown: bool = False) -> str:
    """The rows as a text table (or a Markdown one), with each target met or MISSED."""
    head = ["metric", "size", "value", "unit", "baseline", "ratio", "target (3,000)"]
    body = []
    for r in rows:
        target = TARGETS.get(r.metric)
        mark = f"{target.describe()}: {verdict(r)}" if target and verdict(r) else ""
        ratio = "—" if r.ratio is None else f"{r.ratio:.2f}"
        body.append([r.metric, f"{r.size:,}", _fmt(r.value), r.unit, _fmt(r.baseline), ratio, mark])
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(cells) + " |" for cells in body]
        return "\n".join(lines)
    widths = [max(len(str(c)) for c in col) for col in zip(head, *body, strict=True)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    lines = [fmt.format(*head).rstrip(), fmt.format(*("-" * w for w in widths))]
    lines += [fmt.format(*cells).rstrip() for cells in body]
    return "\n".join(lines)
