"""Projects from templates, ready to write: the sample also carries its history as a snapshot.

``build_template`` is what the ``new`` verb, the welcome screen and ``packaging/make_sample.py`` call. For
the sample it adds a snapshot of the map as it was at the last re-mapping, half a year earlier, so the
revisions panel has something to compare from the first start. The snapshot needs the JSON payload, which
lives in ``io``, so this step cannot be in ``domain.templates``; so do its pictures, read from the resources.
"""

from __future__ import annotations

from datetime import datetime

from cxdesigner.domain import sample, sample_data, templates
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.snapshot import Snapshot
from cxdesigner.domain.standard import language_of
from cxdesigner.io.sample_pictures import add_pictures
from cxdesigner.io.snapshots import to_payload

SAMPLE = "sample"
SAMPLE_FILES = {"en": "tshirt-shop.cxd", "ru": "tshirt-shop.ru.cxd"}


def sample_history(language: str = "en") -> Snapshot:
    """The snapshot of the sample as it was half a year before."""
    lang = language_of(language)
    earlier = sample.build(language=lang, earlier=True)
    return Snapshot(
        id=sample.entity_id(lang, "snapshot", 0),
        label=sample_data.EARLIER["label"][lang],  # type: ignore[index]
        taken_at=datetime.fromisoformat(str(sample_data.EARLIER["taken_at"])).isoformat(),
        payload=to_payload(earlier),
    )


def build_template(name: str, title: str = "", language: str = "en") -> JourneyMap:
    """The template's map; for the sample, with its earlier snapshot. ``KeyError`` for an unknown name."""
    journey = templates.build(name, title, language)
    if name == SAMPLE:
        journey.add(sample_history(language))
        add_pictures(journey, language_of(language))
    return journey
