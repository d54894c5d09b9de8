"""Entry script for the PyInstaller build: the frozen ``cxdesigner`` binary runs the same CLI as the wheel.

Kept outside the package so PyInstaller analyses ``cxdesigner`` as an ordinary import. With no verb the CLI
opens the editor, so one binary serves both the command line and the desktop launcher.
"""

from cxdesigner.cli import main

raise SystemExit(main())
