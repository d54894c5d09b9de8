"""The command line's one-line failures: a message on stderr and exit status 2, never a traceback.

``fail`` prints and returns the status; ``CommandFailed`` does the same from deeper down, caught by
``cli.main``. ``read_source`` reads a verb's input file, or fails in the words every verb uses.
"""

from __future__ import annotations

import sys
from pathlib import Path

EXIT_USAGE = 2


class CommandFailed(Exception):
    """A failure the user can fix; its text is the whole line shown."""


def fail(message: str) -> int:
    """Print ``cxdesigner: message`` on stderr; the exit status of a failure the user can fix."""
    print(f"cxdesigner: {message}", file=sys.stderr)
    return EXIT_USAGE


def read_source(path: Path) -> bytes:
    """The bytes of an input file (a regular file, within the size limit), or ``CommandFailed`` saying why not."""
    from cxdesigner.io.files import read_input, reason, shown

    try:
        return read_input(path)
    except FileNotFoundError:
        raise CommandFailed(f"{shown(path)} does not exist. Check the name.") from None
    except OSError as exc:
        raise CommandFailed(f"{shown(path)} cannot be read ({reason(exc)}).") from None
