"""Benchmarks against the limits (issue 10): each metric is measured beside a bare-toolkit baseline.

``python -m tests.bench`` (or ``packaging/dev.sh bench``) runs them; ``generate`` makes the synthetic maps.
"""
