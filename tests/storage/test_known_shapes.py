"""The stored schema shapes are exactly what the migrations make, so opening can trust them."""

from __future__ import annotations

from cxdesigner.storage import guard, known_shapes, shapes_file
from cxdesigner.storage.migrations import SCHEMA_VERSION


def test_every_released_version_has_its_shape_and_it_is_what_the_migrations_make() -> None:
    assert sorted(known_shapes.CHANGES) == list(range(2, SCHEMA_VERSION + 1))
    assert guard.known_shape(0) is None and guard.known_shape(SCHEMA_VERSION + 1) is None
    for version in range(1, SCHEMA_VERSION + 1):
        assert guard.known_shape(version) == guard.migrated_shape(version), (
            f"known_shapes.py is out of date at version {version}: run python -m cxdesigner.storage.shapes_file"
        )


def test_the_file_is_what_the_generator_writes() -> None:
    assert shapes_file.TARGET.read_text(encoding="utf-8") == shapes_file.render()


def test_the_columns_a_newer_file_must_keep_come_from_the_current_shape() -> None:
    columns = guard.expected_columns()
    assert "touchpoints" in columns and {"id", "stage_id", "lane_id"} <= columns["touchpoints"]
    assert all(columns.values())
