"""Import reads only what it should: a regular file, up to a stated limit, in bounded chunks. A named pipe
(which would hang), a symlink to /dev/zero (which never ends), a folder or a socket is refused in one line,
exit status 2, and the output is never made. The commands run in forked children with a hang detector."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from cxdesigner.io.files import read_input
from tests.robustness.workers import run_cli_forked


def special_sources(folder: Path) -> dict[str, Path]:
    fifo = folder / "pipe.csv"
    os.mkfifo(fifo)
    zero = folder / "zero.json"
    zero.symlink_to("/dev/zero")
    directory = folder / "folder.mmd"
    directory.mkdir()
    sock_path = folder / "sock.csv"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(sock_path))
    return {"a named pipe": fifo, "a device": zero, "a folder": directory, "a socket": sock_path}


def test_pipes_devices_folders_and_sockets_are_refused(tmp_path: Path) -> None:
    sources = special_sources(tmp_path)
    commands = [["import", str(src), str(tmp_path / f"out{i}.cxd")] for i, src in enumerate(sources.values())]
    commands += [["diff", str(sources["a named pipe"]), str(sources["a device"])]]
    outcomes = run_cli_forked(commands, tmp_path / "scratch")
    for (status, _out, err), (kind, src) in zip(outcomes, [*sources.items(), ("a named pipe", None)], strict=True):
        assert status == 2, (kind, status, err)
        assert err.count("\n") == 1 and f"it is {kind}, not a file" in err, err
        if src is not None:
            assert src.name in err
    assert not list(tmp_path.glob("out*.cxd"))


def test_a_file_past_the_limit_is_refused_naming_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * (3 * 1024 * 1024 + 1))
    assert len(read_input(big, limit=3 * 1024 * 1024 + 1)) == 3 * 1024 * 1024 + 1
    with pytest.raises(OSError, match="larger than the 3 MB an import reads"):
        read_input(big, limit=3 * 1024 * 1024)
