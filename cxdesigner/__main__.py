"""``python -m cxdesigner`` runs the command line."""

from cxdesigner.cli import main

raise SystemExit(main())
