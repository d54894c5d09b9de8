"""The printing formats of ``cxdesigner export``: ``--poster``, ``--report``, ``--pptx``, ``--png``, ``--svg``.

Each is an ``Export`` entry in ``cli_exchange.EXPORTS``; the options they share (paper, orientation,
tiling, margins, language) are added to the verb once by ``add_options``. The poster and the report are
written by ``export/`` without Qt; the PNG and SVG images and the deck's picture of the map render the
canvas's scene offscreen, so Qt is only loaded when one of those is asked for.
"""

from __future__ import annotations

import argparse
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
        default="both",
        help="which emotion curves the poster draws (default both)",
    )
    group.add_argument("--zoom", type=float, default=1.0, help="PNG pixels per map unit (default 1.0)")


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
        emotions=ns.emotions,
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

    picture = export_picture(Path(ns.file), out, "png", ns.zoom)
    if picture.zoom < ns.zoom:
        print(f"{out.name}: the map is large, so the picture was made at zoom {picture.zoom:.3g}")


def write_svg(journey: JourneyMap, out: Path, ns: argparse.Namespace) -> None:
    from cxdesigner.ui.image_export import export_picture

    export_picture(Path(ns.file), out, "svg")


def write_deck(journey: JourneyMap, out: Path, ns: argparse.Namespace) -> None:
    from cxdesigner.ui.image_export import export_deck

    export_deck(Path(ns.file), out, ns.language)
