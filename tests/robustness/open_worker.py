"""A child process that opens corpus files one by one and reports each outcome as one JSON line.

Run as ``python open_worker.py SCRATCH_DIR`` with file paths on stdin, one per line. Before each file it
prints ``{"start": path}`` so the parent knows which file a crash or a hang belongs to. A file either
opens (then it is copied with Save As, reopened and compared, and one edit is written to it) or is refused
with a ``ProjectFileError``; anything else is reported as ``"crash"`` with its traceback.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from cxdesigner.domain.entities import MapInfo
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.storage.errors import ProjectFileError
from cxdesigner.storage.store import ProjectStore


def digest(journey: JourneyMap) -> str:
    return hashlib.sha256("\n".join(sorted(repr(e) for e in journey.entities())).encode("utf-8")).hexdigest()


def check(path: Path, scratch: Path) -> dict[str, Any]:
    """Open one file and say what happened."""
    try:
        store, model = ProjectStore.open_file(path)
    except ProjectFileError as exc:
        return {"outcome": "refused", "problem": exc.problem.value, "name": exc.name, "detail": exc.detail,
                "message": exc.message}  # fmt: skip
    result: dict[str, Any] = {"outcome": "opened", "read_only": store.read_only, "notice": store.notice}
    try:
        result["title"] = model.info.title
        copy = scratch / "roundtrip.cxd"
        store.save_as(copy)
        again, reread = ProjectStore.open_file(copy, read_only=True)
        again.close()
        result["roundtrip"] = digest(reread) == digest(model)
        if not store.read_only:
            try:
                model.update(MapInfo, model.info.id, title=model.info.title + "!")
                result["written"] = True
            except ProjectFileError as exc:
                result["write_problem"] = exc.problem.value
    finally:
        store.close()
    return result


def main() -> int:
    scratch = Path(sys.argv[1])
    scratch.mkdir(parents=True, exist_ok=True)
    for line in sys.stdin:
        path = Path(line.rstrip("\n"))
        print(json.dumps({"start": str(path)}), flush=True)
        began = time.perf_counter()
        try:
            result = check(path, scratch)
        except Exception:  # noqa: BLE001 - exactly what the test is looking for
            result = {"outcome": "crash", "error": traceback.format_exc()}
        result.update(path=str(path), seconds=round(time.perf_counter() - began, 4))
        print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
