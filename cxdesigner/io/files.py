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


# SQLite's files beside a project: writing over one of them damages the project as surely as over it.
_SIDECARS = ("", "-journal", "-wal", "-shm", ".lock")


def same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` name one file: the same path, or one file through a symlink or a hard link."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): the same only if they resolve to one path
        return Path(a).resolve(strict=False) == Path(b).resolve(strict=False)


def clash_with_input(out: Path, inputs: list[Path]) -> str:
    """The one-line refusal when ``out`` is one of the files being read (or a project's own side file), else ""."""
    for source in inputs:
        for suffix in _SIDECARS:
            if same_file(out, source.with_name(source.name + suffix)):
                also = "" if out.name == source.name else f" ({shown(source)})"
                return f"{shown(out)} is the file being read{also}; choose another name to write to."
    return ""


def shown(path: Path) -> str:
    """A file's name fit for a one-line message: characters that are not printable (a newline too) escaped."""
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in path.name)
