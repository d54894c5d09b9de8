"""Write the bundled sample projects from the builder: resources/samples/tshirt-shop.cxd and .ru.cxd.

Run from the checkout after changing ``cxdesigner/domain/sample_data.py`` or ``sample.py``, and commit the
files; tests/test_sample.py fails while they differ from what the builder makes.

    .venv/bin/python packaging/make_sample.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cxdesigner.io.samples import SAMPLE, SAMPLE_FILES, build_template  # noqa: E402
from cxdesigner.storage.store import write_new_file  # noqa: E402


def main() -> int:
    folder = ROOT / "resources" / "samples"
    folder.mkdir(parents=True, exist_ok=True)
    for language, name in SAMPLE_FILES.items():
        target = folder / name
        write_new_file(target, build_template(SAMPLE, language=language))
        print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
