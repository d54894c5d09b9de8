"""Every stored old file opens, migrates (after a backup) and keeps its content."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from cxdesigner.domain.entities import Emotion, Persona, Stage, Touchpoint
from cxdesigner.domain.feedback import FeedbackItem, FeedbackSource, feedback_of, measured_emotion
from cxdesigner.domain.kinds import KINDS
from cxdesigner.domain.quality import Comparison, QualityRequirement, Status, map_summary, requirements_of, status
from cxdesigner.storage import guard
from cxdesigner.storage.codec import column_types
from cxdesigner.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from cxdesigner.storage.store import ProjectStore, backup_path

DATA = Path(__file__).resolve().parents[1] / "data"


def _copy(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copy(DATA / name, target)
    return target


def test_version_1_file_opens_with_its_content(tmp_path: Path) -> None:
    path = _copy("project-v1.cxd", tmp_path)
    store, journey = ProjectStore.open_file(path)
    assert journey.info.title == "Футболки v1 <shop>"
    assert journey.count(Stage) == 8 and journey.count(Touchpoint) == 4
    assert journey.count(Persona) == 1 and journey.count(Emotion) == 4
    assert sorted(e.designed for e in journey.emotions()) == [-2, -1, 1, 2]
    assert store.schema_version == SCHEMA_VERSION
    store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert guard.schema_of(conn) == guard.expected_schema(SCHEMA_VERSION)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    if SCHEMA_VERSION > 1:
        assert backup_path(path, 1).exists()


def test_current_schema_matches_the_entities() -> None:
    db = Database(sqlite3.connect(":memory:"))
    for migrate in MIGRATIONS:
        migrate(db)
    for kind in KINDS:
        assert set(db[kind.name].columns_dict) == set(column_types(kind.cls)), kind.name


def test_version_1_file_gets_empty_quality_and_feedback_tables(tmp_path: Path) -> None:
    path = _copy("project-v1.cxd", tmp_path)
    store, journey = ProjectStore.open_file(path)
    assert store.schema_version >= 2
    assert journey.count(QualityRequirement) == 0 and journey.count(FeedbackItem) == 0
    store.close()
    assert backup_path(path, 1).exists()
    backup = sqlite3.connect(backup_path(path, 1))
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
    backup.close()
    conn = sqlite3.connect(path)
    for table in ("quality_requirements", "feedback_items"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"quality_requirements_touchpoint", "feedback_items_touchpoint"} <= indexes
    conn.close()


def test_version_2_file_opens_with_its_requirements_and_feedback(tmp_path: Path) -> None:
    path = _copy("project-v2.cxd", tmp_path)
    store, journey = ProjectStore.open_file(path)
    assert store.schema_version == SCHEMA_VERSION
    store.close()
    if SCHEMA_VERSION > 2:
        assert backup_path(path, 2).exists()
    advert = next(t for t in journey.touchpoints() if t.title == "Advert")
    reqs = requirements_of(journey, advert.id)
    assert [r.text for r in reqs] == ["Ответ в чате <быстро> & вежливо", "Works on mobile"]
    assert [status(r) for r in reqs] == [Status.MET, Status.NOT_MET]
    assert reqs[0].comparison is Comparison.AT_MOST and reqs[0].measured == "4,5" and reqs[0].unit == "min"
    assert map_summary(journey).total == 3 and map_summary(journey).not_checked == 1
    items = feedback_of(journey, advert.id)
    assert [i.source for i in items] == [FeedbackSource.SURVEY, FeedbackSource.CHAT_RATING]
    assert items[0].persona_id == journey.personas()[0].id and items[0].text == "Хорошо 😀"
    assert measured_emotion(journey, advert.id, None) == pytest.approx((1.0 + 1.6) / 2)
    assert journey.count(FeedbackItem) == 3
    assert any(i.score is None for i in journey.all(FeedbackItem))


def test_older_file_opened_read_only_is_read_but_not_changed(tmp_path: Path) -> None:
    path = _copy("project-v1.cxd", tmp_path)
    before = path.read_bytes()
    store, journey = ProjectStore.open_file(path, read_only=True)
    assert store.read_only and store.schema_version == 1
    assert journey.count(Touchpoint) == 4 and journey.count(QualityRequirement) == 0
    copy = tmp_path / "copy.cxd"
    store.save_as(copy)  # Save As from a read-only old file gives a current one
    store.close()
    assert path.read_bytes() == before and not backup_path(path, 1).exists()
    store, again = ProjectStore.open_file(copy)
    assert store.schema_version == SCHEMA_VERSION and again.count(Touchpoint) == 4
    store.close()


def test_version_3_file_gains_empty_expectations(tmp_path: Path) -> None:
    from cxdesigner.domain.improvements import Barrier, Improvement
    from cxdesigner.domain.personas import Expectation

    path = _copy("project-v3.cxd", tmp_path)
    store, journey = ProjectStore.open_file(path)
    assert store.schema_version == SCHEMA_VERSION
    store.close()
    assert backup_path(path, 3).exists()
    assert journey.count(Expectation) == 0
    assert journey.count(Persona) == 2 and journey.count(Barrier) > 0 and journey.count(Improvement) > 0
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM expectations").fetchone()[0] == 0
    conn.close()


def test_version_4_file_gains_empty_customer_analyses(tmp_path: Path) -> None:
    from cxdesigner.domain.segments import CustomerAnalysis, Segment

    path = _copy("project-v4.cxd", tmp_path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    conn.close()
    store, journey = ProjectStore.open_file(path)
    assert store.schema_version == SCHEMA_VERSION
    store.close()
    assert backup_path(path, 4).exists()
    assert journey.count(CustomerAnalysis) == 0 and journey.count(Segment) == 0
    assert journey.count(Touchpoint) == 16 and journey.count(Persona) == 2
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM segments").fetchone()[0] == 0
    conn.close()


def test_version_5_file_gains_a_control_round_per_check_date(tmp_path: Path) -> None:
    from cxdesigner.domain import control_rounds
    from cxdesigner.domain.control_rounds import ControlRound, RoundValue

    path = _copy("project-v5.cxd", tmp_path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 5
    checked = conn.execute(
        "SELECT checked_on, count(*) FROM quality_requirements WHERE measured != '' GROUP BY checked_on"
    ).fetchall()
    conn.close()
    assert checked == [("2025-02-20", 1), ("2025-03-03", 3), ("2025-03-04", 1), ("2025-03-05", 4)]
    store, journey = ProjectStore.open_file(path)
    assert store.schema_version == SCHEMA_VERSION
    store.close()
    assert backup_path(path, 5).exists()
    rounds = control_rounds.rounds(journey)
    assert [(r.walked_on, r.walked_by) for r in rounds] == [(day, "") for day, _n in checked]
    assert journey.count(RoundValue) == 9
    for req in journey.all(QualityRequirement):  # each measured value is its round's, nothing changed
        history = control_rounds.history(journey, req.id)
        assert history == (
            [(next(r for r in rounds if r.walked_on == req.checked_on), req.measured)] if req.measured else []
        )
    assert journey.count(ControlRound) == 4


def test_version_6_file_gains_an_empty_contact_policy_table(tmp_path: Path) -> None:
    from cxdesigner.domain.contact_policy import ContactPolicy
    from cxdesigner.domain.control_rounds import ControlRound
    from cxdesigner.domain.segments import Segment

    path = _copy("project-v6.cxd", tmp_path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 6
    rounds = conn.execute("SELECT count(*) FROM control_rounds").fetchone()[0]
    conn.close()
    store, journey = ProjectStore.open_file(path)
    assert store.schema_version == SCHEMA_VERSION
    store.close()
    assert backup_path(path, 6).exists()
    assert journey.count(ContactPolicy) == 0
    assert journey.count(Segment) == 5 and journey.count(ControlRound) == rounds > 0  # nothing else changed
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM contact_policies").fetchone()[0] == 0
    assert guard.schema_of(conn) == guard.expected_schema(SCHEMA_VERSION)
    conn.close()


def test_version_7_file_gains_empty_saved_views(tmp_path: Path) -> None:
    from cxdesigner.domain.contact_policy import ContactPolicy
    from cxdesigner.domain.saved_views import SavedView, ViewLane, ViewPersona, ViewStep

    path = _copy("project-v7.cxd", tmp_path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 7
    tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    policies = conn.execute("SELECT count(*) FROM contact_policies").fetchone()[0]
    conn.close()
    assert "saved_views" not in tables
    store, journey = ProjectStore.open_file(path)
    assert store.schema_version == SCHEMA_VERSION
    store.close()
    assert backup_path(path, 7).exists()
    assert all(journey.count(cls) == 0 for cls in (SavedView, ViewPersona, ViewLane, ViewStep))
    assert journey.count(Touchpoint) > 10 and journey.count(Persona) == 2
    assert journey.count(ContactPolicy) == policies > 0  # nothing else changed
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM saved_views").fetchone()[0] == 0
    assert guard.schema_of(conn) == guard.expected_schema(SCHEMA_VERSION)
    conn.close()


def test_version_8_file_gains_empty_business_case_kpi_and_measurement_tables(tmp_path: Path) -> None:
    from cxdesigner.domain.improvements import Improvement
    from cxdesigner.domain.kpis import BusinessCase, Kpi, KpiMeasurement
    from cxdesigner.domain.saved_views import SavedView

    path = _copy("project-v8.cxd", tmp_path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 8
    views = conn.execute("SELECT count(*) FROM saved_views").fetchone()[0]
    conn.close()
    store, journey = ProjectStore.open_file(path)
    assert store.schema_version == SCHEMA_VERSION
    store.close()
    assert backup_path(path, 8).exists()
    assert journey.count(BusinessCase) == journey.count(Kpi) == journey.count(KpiMeasurement) == 0
    assert journey.count(SavedView) == views and journey.count(Improvement) == 5  # nothing else changed
    conn = sqlite3.connect(path)
    assert [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("business_cases", "kpis")] == [0, 0]
    assert guard.schema_of(conn) == guard.expected_schema(SCHEMA_VERSION)
    conn.close()


def test_version_9_file_gains_an_empty_pictures_table_that_takes_pictures(tmp_path: Path) -> None:
    from cxdesigner.domain.pictures import Picture
    from tests.picture_bytes import picture

    path = _copy("project-v9.cxd", tmp_path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 9
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'pictures'").fetchone()[0] == 0
    touchpoints = conn.execute("SELECT count(*) FROM touchpoints").fetchone()[0]
    conn.close()
    store, journey = ProjectStore.open_file(path)
    assert store.schema_version == SCHEMA_VERSION and journey.count(Touchpoint) == touchpoints == 16
    assert journey.count(Picture) == 0
    assert backup_path(path, 9).exists()
    pic = journey.add(picture(journey.touchpoints()[0].id))
    store.close()
    store, reopened = ProjectStore.open_file(path, read_only=True)
    store.close()
    assert reopened.get(Picture, pic.id) == pic


def test_version_10_file_ties_the_eight_expectations_to_their_stages(tmp_path: Path) -> None:
    from cxdesigner.domain.personas import Expectation, expectations_of

    path = _copy("project-v10.cxd", tmp_path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 10
    assert "stage_id" not in [row[1] for row in conn.execute("PRAGMA table_info(expectations)")]
    texts = dict(conn.execute("SELECT id, text FROM expectations").fetchall())
    conn.close()
    store, journey = ProjectStore.open_file(path)
    store.close()
    assert backup_path(path, 10).exists() and journey.count(Expectation) == len(texts) == 18
    titles = {s.id: s.title for s in journey.stages()}
    for persona in journey.personas():
        tied = [(e.text, titles.get(e.stage_id, "")) for e in expectations_of(journey, persona.id)]
        assert tied[0] == ("Engage me", "Need") and tied[7] == ("Reward me", "Recommendation")
        assert tied[8] == ("Keep your promises", "")
    assert {e.id: e.text for e in journey.all(Expectation)} == texts  # nothing else changed


def test_version_11_file_gains_an_empty_conditions_table_and_keeps_its_lanes(tmp_path: Path) -> None:
    from cxdesigner.domain.conditions import Condition
    from cxdesigner.domain.entities import Lane, LaneKind

    path = _copy("project-v11.cxd", tmp_path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 11
    assert not conn.execute("SELECT name FROM sqlite_master WHERE name = 'conditions'").fetchall()
    lanes = dict(conn.execute("SELECT id, kind FROM lanes").fetchall())
    conn.close()
    store, journey = ProjectStore.open_file(path)
    assert backup_path(path, 11).exists() and store.schema_version == SCHEMA_VERSION
    assert journey.count(Condition) == 0 and {lane.id: lane.kind.value for lane in journey.all(Lane)} == lanes
    lane = journey.add(Lane("outside", "External conditions", order=-1.0, kind=LaneKind.CONDITIONS))
    noted = journey.add(Condition("c1", journey.stages()[0].id, lane.id, "Season: gifts before New Year"))
    store.close()
    store, reopened = ProjectStore.open_file(path, read_only=True)
    store.close()
    assert reopened.get(Condition, noted.id) == noted and reopened.get(Lane, lane.id).kind is LaneKind.CONDITIONS
