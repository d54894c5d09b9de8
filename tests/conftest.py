"""Shared fixtures. Qt runs offscreen; this is set before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging  # noqa: E402
import re  # noqa: E402
from collections.abc import Iterator  # noqa: E402
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


@pytest.fixture(autouse=True, scope="session")
def _english_plurals(qapp) -> None:  # noqa: ANN001 - pytest-qt's QApplication
    """The English interface with its plural forms ("1 path", "2 paths"), as the editor installs it at start."""
    from cxdesigner.ui import i18n

    assert i18n.set_language("en")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep QStandardPaths and QSettings away from the real user's folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


# Qt warnings no test may cause, except these, each outside our control (pattern: why it is allowed).
QT_WARNINGS_ALLOWED: dict[str, str] = {
    r"^Qt: This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)$": (
        "the offscreen platform the tests run on cannot do this; a desktop does, and the window relies on neither"
    ),
}


class _Recorder(logging.Handler):
    """Keeps what Qt said at WARNING or above through the application's own handler (ui.log_file)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.seen.append(record.getMessage())


_QT_RECORDER = _Recorder()


@pytest.fixture(autouse=True)
def qt_warnings(_isolated_home: None) -> Iterator[list[str]]:
    """Every test fails on a Qt warning (``QT_WARNINGS_ALLOWED`` aside). A test that provokes one on purpose
    takes what it expects out of this list."""
    from cxdesigner.ui.log_file import QT_LOGGER, route_qt_messages

    route_qt_messages()  # the app's handler: Qt's messages reach the log, and this recorder
    qt_logger = logging.getLogger(QT_LOGGER)
    if _QT_RECORDER not in qt_logger.handlers:
        qt_logger.addHandler(_QT_RECORDER)
    _QT_RECORDER.seen.clear()
    yield _QT_RECORDER.seen
    unexpected = [m for m in _QT_RECORDER.seen if not any(re.search(p, m) for p in QT_WARNINGS_ALLOWED)]
    _QT_RECORDER.seen.clear()
    if unexpected:
        pytest.fail("Qt warned (fix the cause; tests/conftest.py allows only what is outside our control):\n  "
                    + "\n  ".join(unexpected), pytrace=False)  # fmt: skip


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
