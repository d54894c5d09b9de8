"""The printing formats of ``cxdesigner export``: ``--poster``, ``--report``, ``--pptx``, ``--png``, ``--svg``.

Each is an ``Export`` entry in ``cli_exchange.EXPORTS``; the options they share (paper, orientation,
tiling, margins, language, the saved view) are added to the verb once by ``add_options``. The poster and the report are
written by ``export/`` without Qt; the PNG and SVG images and the deck's picture of the map render the
canvas's scene offscreen, so Qt is only loaded when one of those is asked for.
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cxdesigner.domain.journey import JourneyMap
from cxdesigner.export.paper import paper_names


def add_options(p: argparse.ArgumentParser) -> None:
    """The options of the printing formats, added to ``cxdesigner export``."""
    group = p.add_argument_group("poster and report options")
    group.add_argument(
        "--paper",
        default="A3",
        metavar="SIZE",
        help=f"paper: {', '.join(paper_names())}, or WIDTHxHEIGHT in mm (default A3)",
    )
    orientation = group.add_mutually_exclusive_group()
    orientation.add_argument("--landscape", action="store_true", default=None, help="turn the paper sideways")
    orientation.add_argument("--portrait", dest="landscape", action="store_false", help="keep the paper upright")
    group.add_argument("--tile", action="store_true", help="print the poster at --scale across several sheets")
    group.add_argument("--scale", type=float, default=1.0, help="poster scale when tiling, 1.0 = 100 %% (default)")
    group.add_argument("--margin", type=float, default=10.0, metavar="MM", help="paper margins in mm (default 10)")
    group.add_argument("--overlap", type=float, default=10.0, metavar="MM", help="tile overlap in mm (default 10)")
    group.add_argument("--language", choices=["en", "ru"], default="", help="labels' language (default: the map's)")
    group.add_argument(
        "--emotions",
        choices=["designed", "measured", "both"],
        default=None,
        help="which emotion curves the poster (default both) and the pictures (default designed) draw, or the view's",
    )
    group.add_argument(
        "--view",
        metavar="NAME",
        default="",
        help="write the map as its saved view NAME shows it: only its lanes and personas, its emotions and path",
    )
    group.add_argument("--zoom", type=float, default=1.0, help="PNG pixels per map unit (default 1.0)")


def in_view(journey: JourneyMap, ns: argparse.Namespace) -> JourneyMap:
    """The map as ``--view`` shows it (the map itself without one); ``ValueError`` naming the views there are."""
    from cxdesigner.domain import saved_views

    ns.view_path = ()
    if not ns.view:
        return journey
    view = saved_views.by_name(journey, ns.view)
    if view is None:
        names = ", ".join(f"“{v.name}”" for v in saved_views.views(journey)) or "none"
        raise ValueError(f"the map has no saved view “{ns.view}” (its views: {names})")
    ns.emotions = ns.emotions or str(view.emotion_mode)
    ns.view_path = saved_views.content(journey, view.id).path
    return saved_views.focus(journey, view.id)


@contextmanager
def _project(journey: JourneyMap, ns: argparse.Namespace) -> Iterator[Path]:
    """The project file to draw with the canvas: the file itself, or a scratch copy of the view's map."""
    if not ns.view:
        yield Path(ns.file)
        return
    from cxdesigner.storage.store import write_new_file

    with tempfile.TemporaryDirectory(prefix="cxdesigner-view-") as folder:
        path = Path(folder) / "view.cxd"
        write_new_file(path, journey)
        yield path


def _showing(ns: argparse.Namespace):  # noqa: ANN202 - a ViewState; Qt is imported only for pictures
    """The emotions (``--emotions``, or the view's) and the view's path, for the canvas-drawn pictures."""
    from cxdesigner.ui.image_export import showing

    return showing(ns.emotions or "", tuple(getattr(ns, "view_path", ())))


def write_poster(journey: JourneyMap, out: Path, ns: argparse.Namespace) -> None:
    from cxdesigner.export.poster import PosterOptions, write_poster

    options = PosterOptions(
        paper=ns.paper,
        landscape=True if ns.landscape is None else ns.landscape,
        margin_mm=ns.margin,
        tile=ns.tile,
        scale=ns.scale,
        overlap_mm=ns.overlap,
        language=ns.language,
        emotions=ns.emotions or "both",
        path=tuple(getattr(ns, "view_path", ())),
    )
    result = write_poster(journey, out, options)
    if result.pages > 1:
        print(f"{out.name}: {result.pages} pages ({len(result.tiles)} sheets and the assembly page)")


def write_report(journey: JourneyMap, out: Path, ns: argparse.Namespace) -> None:
    from cxdesigner.export.report import ReportOptions, write_report

    paper = ns.paper if ns.paper != "A3" else "A4"  # the poster's default paper is not the report's
    write_report(journey, out, ReportOptions(paper=paper, landscape=bool(ns.landscape), language=ns.language))


def write_png(journey: JourneyMap, out: Path, ns: argparse.Namespace) -> None:
    from cxdesigner.ui.image_export import export_picture

    with _project(journey, ns) as project:
        picture = export_picture(project, out, "png", ns.zoom, _showing(ns))
    if picture.zoom < ns.zoom:
        print(f"{out.name}: the map is large, so the picture was made at zoom {picture.zoom:.3g}")


def write_svg(journey: JourneyMap, out: Path, ns: argparse.Namespace) -> None:
    from cxdesigner.ui.image_export import export_picture

    with _project(journey, ns) as project:
        export_picture(project, out, "svg", state=_showing(ns))


def write_deck(journey: JourneyMap, out: Path, ns: argparse.Namespace) -> None:
    from cxdesigner.ui.image_export import export_deck

    with _project(journey, ns) as project:
        export_deck(project, out, ns.language, _showing(ns))
