"""Shared fixtures. Qt runs offscreen; this is set before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from cxdesigner.domain import templates  # noqa: E402
from cxdesigner.domain.entities import Channel, Flow, Persona, Touchpoint, new_id  # noqa: E402
from cxdesigner.domain.journey import JourneyMap  # noqa: E402


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Empty the clipboard before Qt shuts down, as the app does on quit (PySide6 crashes otherwise)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        app.clipboard().clear()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep QStandardPaths and QSettings away from the real user's folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


def small_map() -> JourneyMap:
    """Eight stages, standard lanes, four linked touchpoints and a persona."""
    journey = templates.eight_stages("Shop")
    stages, lanes = journey.stages(), journey.lanes()
    lane = lanes[1]
    tps = [
        journey.add(Touchpoint(id=new_id(), stage_id=stages[i].id, lane_id=lane.id, title=t, channel=c))
        for i, (t, c) in enumerate(
            [
                ("Advert", Channel.ADVERT),
                ("Website", Channel.WEBSITE),
                ("Seller", Channel.STAFF),
                ("Bag", Channel.PRODUCT),
            ]
        )
    ]
    for a, b in zip(tps, tps[1:], strict=False):
        journey.add(Flow(id=new_id(), source_id=a.id, target_id=b.id))
    journey.add(Persona(id=new_id(), name="Student", color="#1864ab"))
    return journey


@pytest.fixture
def journey() -> JourneyMap:
    return small_map()


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "shop.cxd"
