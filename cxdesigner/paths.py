"""Where bundled resources (fonts, icons, templates, the sample, translations) are found.

One lookup for the three ways the editor runs: from a checkout (``resources/`` beside the package),
from an installed wheel (packaged as ``cxdesigner/resources``), and from a PyInstaller build
(``resources/`` inside the unpacked bundle).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    """The folder that holds the bundled resources."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen:
        candidates.append(Path(frozen) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here / "resources", here.parent / "resources"]
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("CX Designer's resources are missing; reinstall the application")


def resource_path(*parts: str) -> Path:
    """The path of a bundled resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_root().joinpath(*parts)
