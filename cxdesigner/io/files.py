"""Writing exported files whole: a crash or a full disk never leaves half a file under the final name."""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` beside ``path`` and move it into place in one step."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            tmp.unlink()
        raise
