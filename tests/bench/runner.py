"""The benchmark runner: generate the maps, measure every metric beside its baseline, print and save.

``python -m tests.bench [--sizes 300,3000] [--rounds N] [--fast] [--metrics open,commit,...]``. The table
marks each target of issue 10 met or MISSED; bench.json holds the same rows. A metric whose part of the
editor is not there yet (no canvas, no PDF export) is skipped with a note, never faked.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.bench import machine, stats
from tests.bench.generate import SIZES, cached_map
from tests.bench.report import Row, make_row, table, write_json
from tests.bench.stats import Samples, median, p95

MS = 1000.0
Job = tuple[str, Callable[[], list[Row]]]
METRICS = (
    "open", "drag", "fit", "commit", "export", "analyse", "merge", "startup", "cli", "memory", "csvimport", "rfm",
)  # fmt: skip


@dataclass(frozen=True)
class Plan:
    """How many rounds each metric runs (``fast`` is for the test suite: figures too rough to read)."""

    fast: bool
    rounds: int | None

    def open_rounds(self, size: int) -> int:
        return self.rounds or (1 if self.fast else 15 if size <= 300 else 7 if size <= 3000 else 3)

    def frame_rounds(self) -> int:
        return self.rounds or (1 if self.fast else 8)

    def frames(self) -> int:
        return 5 if self.fast else 30

    def commit_rounds(self) -> int:
        return self.rounds or (1 if self.fast else 30)

    def export_rounds(self, size: int) -> int:
        return self.rounds or (1 if self.fast else 9 if size <= 300 else 5 if size <= 3000 else 3)

    def process_rounds(self) -> int:
        return self.rounds or (1 if self.fast else 9)

    def analyse_rounds(self, size: int) -> int:
        return self.rounds or (1 if self.fast else 9 if size <= 3000 else 5)

    def merge_rounds(self, size: int) -> int:
        return self.rounds or (1 if self.fast else 5 if size <= 3000 else 3)

    def csv_rounds(self, rows: int) -> int:
        return self.rounds or (1 if self.fast else 5 if rows <= 10_000 else 2)


def _rows_median(metric: str, size: int, samples: Samples) -> list[Row]:
    return [make_row(metric, size, median(samples.subject) * MS, "ms", median(samples.baseline) * MS)]


def _rows_p50_p95(metric: str, size: int, samples: Samples) -> list[Row]:
    return [
        make_row(f"{metric} p50", size, median(samples.subject) * MS, "ms", median(samples.baseline) * MS),
        make_row(f"{metric} p95", size, p95(samples.subject) * MS, "ms", p95(samples.baseline) * MS),
    ]


def _storage_jobs(size: int, path: Path, scratch: Path, plan: Plan, metrics: Sequence[str]) -> list[Job]:
    from tests.bench import storage_bench

    jobs: list[Job] = []
    if "open" in metrics:
        jobs.append(
            (
                "open document",
                lambda: _rows_median("open document", size, storage_bench.open_document(path, plan.open_rounds(size))),
            )
        )
    if "commit" in metrics:
        jobs.append(
            (
                "commit",
                lambda: _rows_p50_p95("commit", size, storage_bench.commit_edit(path, scratch, plan.commit_rounds())),
            )
        )
    return jobs


def _canvas_jobs(size: int, path: Path, plan: Plan, metrics: Sequence[str]) -> list[Job]:
    from tests.bench import canvas_bench

    if not canvas_bench.available():
        if {"open", "drag", "fit"} & set(metrics):
            _note("  the canvas has not landed: open, drag and fit are skipped")
        return []
    jobs: list[Job] = []
    if "open" in metrics:
        jobs.append(("open", lambda: _rows_median("open", size, canvas_bench.open_scene(path, plan.open_rounds(size)))))
        jobs.append(
            (
                "open, every item",
                lambda: _rows_median(
                    "open, every item", size, canvas_bench.open_scene(path, plan.open_rounds(size), whole=True)
                ),
            )
        )
    if "drag" in metrics or "fit" in metrics:

        def drag_and_fit() -> list[Row]:
            drag, fit = canvas_bench.drag_and_fit(path, plan.frame_rounds(), frames=plan.frames())
            rows = _rows_p50_p95("drag", size, drag) if "drag" in metrics else []
            return rows + (_rows_median("fit map repaint", size, fit) if "fit" in metrics else [])

        jobs.append(("drag and fit", drag_and_fit))
    return jobs


def _export_jobs(size: int, path: Path, scratch: Path, plan: Plan, metrics: Sequence[str]) -> list[Job]:
    from tests.bench import export_bench

    if "export" not in metrics:
        return []
    jobs: list[Job] = []
    for metric, writer in (("poster pdf", export_bench.poster_writer()), ("report pdf", export_bench.report_writer())):
        if writer is None:
            _note(f"  {metric}: the export has not landed, skipped")
            continue

        def job(metric: str = metric, writer: Callable[..., object] = writer) -> list[Row]:
            samples = export_bench.export_pdf(path, scratch, plan.export_rounds(size), writer)
            return _rows_median(metric, size, samples)

        jobs.append((metric, job))
    return jobs


def _analysis_jobs(size: int, path: Path, plan: Plan, metrics: Sequence[str]) -> list[Job]:
    from tests.bench import analysis_bench

    if "analyse" not in metrics:
        return []
    rounds = plan.analyse_rounds(size)
    return [
        ("analyse", lambda: _rows_median("analyse", size, analysis_bench.analyse_map(path, rounds))),
        ("check process", lambda: _rows_median("check process", size, analysis_bench.check_process(path, rounds))),
    ]


def _merge_jobs(size: int, path: Path, scratch: Path, plan: Plan, metrics: Sequence[str]) -> list[Job]:
    from tests.bench import merge_bench

    if "merge" not in metrics:
        return []
    rounds = plan.merge_rounds(size)
    return [("merge", lambda: _rows_median("merge", size, merge_bench.merge_maps(path, scratch, rounds)))]


def _process_jobs(size: int, path: Path, plan: Plan, metrics: Sequence[str]) -> list[Job]:
    from tests.bench import canvas_bench, process_bench

    jobs: list[Job] = []
    if "startup" in metrics:
        if canvas_bench.available():
            samples = lambda: process_bench.start_up(path, plan.process_rounds())  # noqa: E731
            jobs.append(("start-up", lambda: _rows_median("start-up", size, samples())))
        else:
            _note("  the canvas has not landed: the window cannot open, start-up is skipped")
    if "cli" in metrics:

        def cli_rows() -> list[Row]:
            found = process_bench.cli(path, plan.process_rounds())
            return [row for name, samples in found.items() for row in _rows_median(name, size, samples)]

        jobs.append(("command line", cli_rows))
    if "memory" in metrics:

        def memory_row() -> list[Row]:
            subject, bare = process_bench.peak_memory_mb(path), process_bench.peak_memory_mb(path, bare=True)
            return [make_row("peak memory", size, subject, "MB", bare)]

        jobs.append(("peak memory", memory_row))
    return jobs


def _measure_size(size: int, path: Path, scratch: Path, plan: Plan, metrics: Sequence[str]) -> list[Row]:
    rows: list[Row] = []
    jobs = (
        _canvas_jobs(size, path, plan, metrics)
        + _storage_jobs(size, path, scratch, plan, metrics)
        + _export_jobs(size, path, scratch, plan, metrics)
        + _analysis_jobs(size, path, plan, metrics)
        + _merge_jobs(size, path, scratch, plan, metrics)
        + _process_jobs(size, path, plan, metrics)
    )
    for name, job in jobs:
        start = time.perf_counter()
        new = job()
        _note(f"  {name} at {size:,}: {time.perf_counter() - start:.1f} s")
        rows += new
    return rows


def _csv_rows(plan: Plan) -> list[Row]:
    """CSV import at its own sizes (rows of a table, not touchpoints of a generated map)."""
    from tests.bench import csv_bench

    rows: list[Row] = []
    for count in csv_bench.FAST_ROWS if plan.fast else csv_bench.ROWS:
        start = time.perf_counter()
        rows += _rows_median("csv import", count, csv_bench.csv_import(count, plan.csv_rounds(count)))
        _note(f"  csv import of {count:,} rows: {time.perf_counter() - start:.1f} s")
    return rows


def _rfm_rows(plan: Plan) -> list[Row]:
    """The RFM analysis at its own sizes (order rows of a customer base)."""
    from tests.bench import rfm_bench

    rows: list[Row] = []
    for count in rfm_bench.FAST_ROWS if plan.fast else rfm_bench.ROWS:
        start = time.perf_counter()
        rounds = plan.rounds or (1 if plan.fast else 3 if count <= 100_000 else 1)
        rows += _rows_median("rfm", count, rfm_bench.rfm_analysis(count, rounds))
        _note(f"  rfm of {count:,} order rows: {time.perf_counter() - start:.1f} s")
    return rows


def _note(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


@contextmanager
def _private_home(scratch: Path) -> Iterator[None]:
    """Settings, recent files and the backups taken on opening go to ``scratch``, not the user's folders."""
    names = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")
    saved = {n: os.environ.get(n) for n in names}
    for n in names:
        os.environ[n] = str(scratch / "home" / n.lower())
    try:
        yield
    finally:
        for n, value in saved.items():
            if value is None:
                os.environ.pop(n, None)
            else:
                os.environ[n] = value


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="touchpoint counts (default: %(default)s)")
    parser.add_argument("--metrics", default=",".join(METRICS), help="which metrics (default: all)")
    parser.add_argument("--rounds", type=int, help="rounds per metric (default: chosen per metric and size)")
    parser.add_argument("--fast", action="store_true", help="one round each: checks the runner, not the speed")
    parser.add_argument("--out", default="bench.json", help="where to write the rows (default: %(default)s)")
    parser.add_argument("--maps", help="folder for the generated maps (default: a folder in the temp dir)")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown too")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks; returns the exit status."""
    args = parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    metrics = [m.strip() for m in args.metrics.split(",") if m.strip()]
    unknown = set(metrics) - set(METRICS)
    if unknown:
        print(f"unknown metrics: {', '.join(sorted(unknown))} (known: {', '.join(METRICS)})", file=sys.stderr)
        return 2
    plan = Plan(fast=args.fast, rounds=args.rounds)
    stats.WARMUP_ROUNDS = 0 if args.fast else 1
    maps = Path(args.maps) if args.maps else Path(tempfile.gettempdir()) / "cxdesigner-bench-maps"
    rows: list[Row] = []
    _note(machine.describe())
    with tempfile.TemporaryDirectory(prefix="cxdesigner-bench-") as scratch, _private_home(Path(scratch)):
        for size in sizes:
            start = time.perf_counter()
            path = cached_map(maps, size)
            _note(f"map of {size:,} touchpoints: {path} ({time.perf_counter() - start:.1f} s)")
            rows += _measure_size(size, path, Path(scratch), plan, metrics)
        if "csvimport" in metrics:
            rows += _csv_rows(plan)
        if "rfm" in metrics:
            rows += _rfm_rows(plan)
    write_json(Path(args.out), rows)
    print(table(rows))
    if args.markdown:
        print()
        print(table(rows, markdown=True))
    _note(f"wrote {args.out}")
    return 0
