"""Timing on a shared, noisy machine: interleaved runs of a subject and its baseline, medians and p95.

Every figure the benchmarks report is a ratio to a baseline measured in the same run. ``interleave``
alternates the two (baseline first on even rounds, subject first on odd ones) so that a burst of load
from another process hits both alike; a garbage collection runs before each timed call, outside it.
"""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

WARMUP_ROUNDS = 1
"""Rounds run and dropped before the measured ones (the runner's fast mode sets 0)."""

Timed = Callable[[], float | Sequence[float]]
"""A run that returns its own elapsed seconds (one figure, or one per frame), so setup stays untimed."""


@dataclass
class Samples:
    """Seconds measured for the subject and for the baseline."""

    subject: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)


def timed(action: Callable[[], object]) -> float:
    """The seconds ``action`` takes."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def interleave(subject: Timed, baseline: Timed, rounds: int, warmup: int | None = None) -> Samples:
    """Run both ``rounds`` times, alternating which goes first; ``warmup`` rounds are run and dropped."""
    warmup = WARMUP_ROUNDS if warmup is None else warmup
    samples = Samples()
    for i in range(warmup + rounds):
        order = ((subject, samples.subject), (baseline, samples.baseline))
        for run, into in order if i % 2 else reversed(order):
            gc.collect()
            result = run()
            if i >= warmup:
                into.extend(result if isinstance(result, Sequence) else [result])
    return samples


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q`` quantile (0..1) by the nearest-rank method: a figure that was actually measured."""
    ordered = sorted(values)
    rank = max(1, math.ceil(q * len(ordered)))
    return ordered[rank - 1]


def p95(values: Sequence[float]) -> float:
    return percentile(values, 0.95)
