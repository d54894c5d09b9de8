"""The ``cxdesigner`` command: open the editor, or run a headless verb on a project file.

``cxdesigner [FILE]`` opens the window; ``cxdesigner VERB ...`` runs a verb without a display. Any
problem with a file ends with exit status 2 and one line on stderr; a traceback never reaches the user.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from cxdesigner import __version__
from cxdesigner.cli_failure import EXIT_USAGE, CommandFailed, fail
from cxdesigner.cli_verbs import VERBS
from cxdesigner.io.files import shown
from cxdesigner.storage.errors import ProjectFileError, ProjectLocked


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, status 2, like every other failure
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="cxdesigner",
        description="CX Designer: a desktop editor for customer journey maps.",
        epilog="Verbs (run 'cxdesigner VERB --help'): " + ", ".join(sorted(VERBS)),
    )
    parser.add_argument("file", nargs="?", help="project file (.cxd) to open in the editor")
    parser.add_argument("--sample", action="store_true", help="open a copy of the bundled sample project")
    parser.add_argument("--read-only", action="store_true", help="open the file without editing it")
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        help="developer option: save a picture of the window to PNG once it is shown, then quit",
    )
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)  # start-up benchmark
    parser.add_argument("--version", action="version", version=f"cxdesigner {__version__}")
    return parser


def _verb_parser(verb: str) -> argparse.ArgumentParser:
    configure, _run, help_text = VERBS[verb]
    parser = _Parser(prog=f"cxdesigner {verb}", description=help_text)
    configure(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``cxdesigner`` command; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in VERBS:
            verb = args[0]
            ns = _verb_parser(verb).parse_args(args[1:])
            run: Callable[[argparse.Namespace], int] = VERBS[verb][1]
            return run(ns)
        ns = _gui_parser().parse_args(args)
        from cxdesigner.app import run_gui

        shot = Path(ns.screenshot) if ns.screenshot else None
        return run_gui(
            Path(ns.file) if ns.file else None,
            sample=ns.sample,
            read_only=ns.read_only,
            screenshot=shot,
            exit_after_paint=ns.exit_after_paint,
        )
    except CommandFailed as exc:
        return fail(str(exc))
    except ProjectFileError as exc:
        print(f"cxdesigner: {exc.cli_message}", file=sys.stderr)
        return EXIT_USAGE
    except ProjectLocked as exc:
        print(f"cxdesigner: {shown(exc.path)} is open in {exc.holder}; close it there first.", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the user gets one line, never a traceback
        print(f"cxdesigner: unexpected error ({type(exc).__name__}: {exc})", file=sys.stderr)
        return 1


def print_json(data: object) -> None:
    """Print JSON the way every verb does: UTF-8, stable key order, indented."""
    print(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False))
