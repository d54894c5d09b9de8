"""``python -m tests.bench``: run the benchmarks, print the table and write bench.json."""

from tests.bench.runner import main

raise SystemExit(main())
