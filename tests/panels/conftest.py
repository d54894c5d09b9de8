"""Panel fixtures: a live document on a small shop map and a view state, with no window around them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import pytest

from cxdesigner.document import Document
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.viewstate import ViewState


@pytest.fixture
def document(tmp_path: Path, journey: JourneyMap) -> Iterator[Document]:
    doc = Document.create(tmp_path / "shop.cxd", journey)
    yield doc
    with suppress(ValueError):  # tests that reopen the file read-only close it themselves
        doc.close()


@pytest.fixture
def view_state() -> ViewState:
    return ViewState()
