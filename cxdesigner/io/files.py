"""The one way every output and every project file is written: whole, in its place, or not at all.

``write_bytes_atomic`` (an export held in memory) and ``replacing`` (a file a library writes by name, such as
an SQLite database) both write a temporary file of a random name in the target's folder, created
exclusively (``O_EXCL``, never through an existing name or symlink), check it, flush and fsync it, move it
over the target with ``os.replace`` and fsync the folder. On any failure the temporary file (and any SQLite
journal beside it) is removed and the target is untouched, so two writers to one path never corrupt it: the
last complete one wins. The new file keeps the permissions of the file it replaces. The checks
(``check_xml``, ``check_pdf``, ``check_png``) catch a writer that stopped half-way and said nothing.

The temporary file is opened by hand (``os.open``) rather than by ``tempfile.mkstemp``: mkstemp makes files
of mode 0600, while an export must get the user's usual permissions (0666 less the umask).
Also here: ``clash_with_input``, which keeps an export from landing on the file it reads, and ``read_only``,
which tells an output the user marked read-only.
"""

from __future__ import annotations

import errno
import io
import os
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

TEMP_SUFFIX = ".part"
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
_JOURNALS = ("-journal", "-wal", "-shm")  # what SQLite may leave beside a database it was writing

Check = Callable[[bytes], None]


class IncompleteOutput(OSError):
    """A writer produced a file that is not whole (cut off, or not of its format)."""


def random_token() -> str:
    """16 hex digits from the system's CSPRNG (what ``secrets.token_hex(8)`` gives, without importing it)."""
    return os.urandom(8).hex()


def temporary_name(path: Path) -> Path:
    """A fresh random name beside ``path``, hidden, of a length the file system takes."""
    return path.with_name(f".{path.name[:150]}.{random_token()}{TEMP_SUFFIX}")


def _create_temporary(path: Path) -> tuple[Path, int]:
    for _attempt in range(100):
        tmp = temporary_name(path)
        try:
            return tmp, os.open(tmp, _FLAGS, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(path.parent))


def _remove(tmp: Path) -> None:
    for name in (tmp, *(tmp.with_name(tmp.name + j) for j in _JOURNALS)):
        with suppress(OSError):
            os.unlink(name)


def _commit(tmp: Path, path: Path) -> None:
    """Give ``tmp`` the permissions of the file it replaces, move it over ``path`` and make that durable."""
    with suppress(OSError):
        old = os.lstat(path)
        if stat.S_ISREG(old.st_mode):
            os.chmod(tmp, stat.S_IMODE(old.st_mode))
    os.replace(tmp, path)
    sync_folder(path.parent)


def write_bytes_atomic(path: Path, data: bytes, check: Check | None = None) -> None:
    """Write ``data`` to ``path`` whole, or raise ``OSError`` and leave ``path`` as it was.

    ``check(data)`` runs first and raises ``IncompleteOutput`` for data that is not whole.
    """
    path = Path(path)
    if check is not None:
        check(data)
    tmp, fd = _create_temporary(path)
    try:
        with os.fdopen(fd, "wb", closefd=True) as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
            if os.fstat(fh.fileno()).st_size != len(data):
                raise IncompleteOutput("the file was cut short")
        _commit(tmp, path)
    except BaseException:
        _remove(tmp)
        raise


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A new, empty file beside ``path`` for a writer that needs a name; it replaces ``path`` if the block ends
    without an exception, and is removed (with any SQLite journal) otherwise."""
    path = Path(path)
    tmp, fd = _create_temporary(path)
    os.close(fd)
    try:
        yield tmp
        fd = os.open(tmp, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        _commit(tmp, path)
    except BaseException:
        _remove(tmp)
        raise


def reason(exc: OSError) -> str:
    """Why a write failed, in the system's words, without the temporary file's name."""
    return exc.strerror or str(exc)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); a no-op where folders cannot be opened."""
    with suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# ----------------------------------------------------------------------------------- checks of outputs
def check_xml(data: bytes) -> None:
    """An SVG or GraphML document must be well-formed XML (expat, the parser Python ships)."""
    import xml.parsers.expat  # here, not at the top: every command-line start imports this module

    parser = xml.parsers.expat.ParserCreate()
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as exc:
        raise IncompleteOutput(f"the XML written is not whole ({exc})") from None


def check_pdf(data: bytes) -> None:
    """A PDF starts with its header and ends with its end-of-file marker."""
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise IncompleteOutput("the PDF written is not whole")


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_END = b"IEND\xaeB`\x82"


def check_png(data: bytes) -> None:
    """A PNG starts with its signature and ends with its IEND chunk."""
    if not data.startswith(PNG_SIGNATURE) or not data.endswith(PNG_END):
        raise IncompleteOutput("the PNG written is not whole")


def check_zip(data: bytes) -> None:
    """A workbook or deck is a zip archive whose central directory, at its end, reads whole."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            bad = archive.testzip()
    except zipfile.BadZipFile:
        raise IncompleteOutput("the archive written is not whole") from None
    if bad is not None:
        raise IncompleteOutput(f"the archive written is not whole ({bad})")


# ----------------------------------------------------------------------------------- reading inputs
MAX_INPUT_BYTES = 256 * 1024 * 1024
"""The most an import reads: a 100 MB spreadsheet fits with room to spare; /dev/zero does not."""
_CHUNK = 1024 * 1024
_KINDS = {stat.S_ISFIFO: "a named pipe", stat.S_ISCHR: "a device",
          stat.S_ISBLK: "a device", stat.S_ISSOCK: "a socket"}  # fmt: skip


@contextmanager
def open_input(path: Path) -> Iterator[BinaryIO]:
    """A file to read, opened only if it is a regular file: a pipe would hang and a device never end.
    Raises ``OSError`` whose ``strerror`` is the user's reason (``IsADirectoryError`` for a folder)."""
    _refuse_unless_regular(os.stat(path).st_mode, path)  # names a socket, which cannot even be opened
    # O_NONBLOCK: opening a pipe swapped in meanwhile returns at once; fstat judges what was opened
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        _refuse_unless_regular(os.fstat(fd).st_mode, path)
    except OSError:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb") as fh:
        yield fh


def _refuse_unless_regular(mode: int, path: Path) -> None:
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "it is a folder, not a file", str(path))
    if not stat.S_ISREG(mode):
        kind = next((what for test, what in _KINDS.items() if test(mode)), "not a regular file")
        raise OSError(errno.EINVAL, f"it is {kind}, not a file", str(path))


def read_input(path: Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a file to import (see ``open_input``), at most ``limit`` of them, read in bounded chunks."""
    chunks, size = [], 0
    with open_input(path) as fh:
        while chunk := fh.read(min(_CHUNK, limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise OSError(errno.EFBIG, f"it is larger than the {limit // (1024 * 1024)} MB an import reads")
    return b"".join(chunks)


# SQLite's files beside a project: writing over one of them damages the project as surely as over it.
_SIDECARS = ("", "-journal", "-wal", "-shm", ".lock")


def same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` name one file: the same path, or one file through a symlink or a hard link."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): the same only if they resolve to one path
        return Path(a).resolve(strict=False) == Path(b).resolve(strict=False)


def read_only(path: Path) -> bool:
    """Whether ``path`` is a file marked read-only: its owner may not write it, or we may not. Replacing it
    would work (the folder allows it), so it takes the user's say-so."""
    try:
        info = os.stat(path)
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and (not info.st_mode & stat.S_IWUSR or not os.access(path, os.W_OK))


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
