"""``cxdesigner rfm FILE.cxd CUSTOMERS.csv [--date D] [--json]``: RFM segments of a customer base, kept in a map.

The base is read as ``io.customer_base`` reads it (one row per order, or one per customer), scored and
segmented by ``domain.rfm``, and the analysis (its date, the file's name and digest, each segment's
figures; no customer) is added to the project in one transaction while the project's lock is held.
``--json`` prints the segments; otherwise one line per segment.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from cxdesigner.cli_failure import fail, read_source
from cxdesigner.io.encodings import ENCODINGS


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="the project file (.cxd) to keep the analysis in")
    p.add_argument("source", help="the customer base as CSV: customer, date, amount per order (or per customer)")
    p.add_argument("--date", help="count recency to this day, YYYY-MM-DD (default: the latest purchase)")
    p.add_argument("--encoding", choices=list(ENCODINGS), help="the CSV's encoding (decided from its bytes otherwise)")
    p.add_argument("--json", action="store_true", help="print the segments as JSON")


def run(ns: argparse.Namespace) -> int:
    from cxdesigner.domain import base_trend, rfm, segments
    from cxdesigner.domain.numbers import integer, number
    from cxdesigner.io import customer_base
    from cxdesigner.io.errors import FormatError
    from cxdesigner.io.files import shown
    from cxdesigner.locking import holding
    from cxdesigner.storage.store import ProjectStore

    project, source = Path(ns.file), Path(ns.source)
    try:
        as_of = date.fromisoformat(ns.date) if ns.date else None
    except ValueError:
        return fail(f"--date {ns.date}: not a date; write it as YYYY-MM-DD.")
    data = read_source(source)
    try:
        base = customer_base.loads(data, ns.encoding)
        analysis = rfm.analyse(base.customers, as_of)
    except FormatError as exc:
        return fail(f"{shown(source)}: {exc}")
    except ValueError as exc:
        return fail(f"{shown(source)}: {exc}")
    with holding(project):
        store, journey = ProjectStore.open_file(project)
        try:
            lang = "ru" if journey.info.language == "ru" else "en"
            with store.transaction():
                made = segments.records(analysis, source.name, base.digest, lang)
                for entity in base_trend.carried(journey, made):
                    journey.add(entity)
        finally:
            store.close()
    rows = [_row(seg, lang) for seg in analysis.segments]
    if ns.json:
        print(json.dumps({"as_of": analysis.as_of.isoformat(), "customers": analysis.customers,
                          "segments": rows}, ensure_ascii=False, indent=2))  # fmt: skip
        return 0
    print(_say("head", lang, customers=integer(analysis.customers, lang), day=analysis.as_of.isoformat(),
               name=project.name))  # fmt: skip
    width = max([24, *(len(str(row["name"])) for row in rows)])
    for seg, row in zip(analysis.segments, rows, strict=True):
        share = f"{number(seg.customer_share * 100, lang):>5}"
        revenue = f"{number(seg.revenue_share * 100, lang):>5}"
        figures = _say("row", lang, share=share, revenue=revenue)
        print(f"{row['name']:<{width}} {integer(seg.customers, lang):>7}  {figures}")
    return 0


_SAY = {
    "head": ("{customers} customers as of {day}, kept in {name}", "клиентов: {customers} на {day}, сохранено в {name}"),
    "row": ("{share} % of customers  {revenue} % of revenue", "{share} % клиентов  {revenue} % выручки"),
}


def _say(key: str, lang: str, **values: object) -> str:
    en, ru = _SAY[key]
    return (ru if lang == "ru" else en).format(**values)


def _row(seg, lang: str) -> dict[str, object]:  # noqa: ANN001 - a rfm.SegmentFigures
    from cxdesigner.domain.rfm import name

    return {
        "key": seg.key,
        "name": name(seg.key, lang),
        "customers": seg.customers,
        "customer_share": round(seg.customer_share, 4),
        "revenue_share": round(seg.revenue_share, 4),
        "recency_days": round(seg.mean_recency_days, 1),
        "frequency": round(seg.mean_frequency, 2),
        "monetary": round(seg.mean_monetary, 2),
    }
