"""The child of the write crash harness: one export, Save As, ``new --force`` or ``import --force`` over an
existing file, announced on a pipe so the parent can kill it at a planned moment while it writes.

``write`` sends ``start`` just before the write begins and ``done <seconds>`` after it returned.
"""

from __future__ import annotations

import contextlib
import io
import os
import time
from multiprocessing.connection import Connection


def write(kind: str, project: str, source: str, target: str, data_dir: str, out: Connection) -> None:
    """Write ``target`` the way ``kind`` says (an export format, ``save-as``, ``new`` or ``import``)."""
    os.environ["XDG_DATA_HOME"] = data_dir  # Save As opens the project for editing: its backups go here
    from cxdesigner.cli import main
    from cxdesigner.document import Document

    sink = io.StringIO()
    doc = Document.open(project) if kind == "save-as" else None
    args = {
        "new": ["new", target, "--template", "sample", "--force"],
        "import": ["import", source, target, "--force"],
    }.get(kind, ["export", project, f"--{kind}", target])
    out.send_bytes(b"start")
    began = time.perf_counter()
    if doc is not None:
        doc.save_as(target)
        code = 0
    else:
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            code = main(args)
    took = time.perf_counter() - began
    out.send_bytes(f"done {took:.4f} {code} {sink.getvalue()!r}".encode())
    if doc is not None:
        doc.close()
