"""The bundled sample projects, read for the export tests."""

from __future__ import annotations

from pathlib import Path

from cxdesigner.domain.journey import JourneyMap
from cxdesigner.paths import resource_path
from cxdesigner.storage.store import ProjectStore


def sample(language: str = "en") -> JourneyMap:
    """The T-shirt shop sample project as shipped (``resources/samples``), in English or Russian."""
    name = "tshirt-shop.ru.cxd" if language == "ru" else "tshirt-shop.cxd"
    store, journey = ProjectStore.open_file(Path(resource_path("samples", name)), read_only=True)
    store.close()
    return journey
