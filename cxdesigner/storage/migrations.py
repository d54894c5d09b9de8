"""Numbered schema migrations: ``MIGRATIONS[n]`` takes a file from version n to n + 1.

Each migration spells its tables out as they were at that version, so that an old file always migrates
the same way, whatever the entity classes look like today. Each one has a stored old file and a test
under ``tests/storage/``. The store runs them in one transaction after backing up the file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def m001_initial(db: Database) -> None:
    """The foundation: map info, stages, lanes, personas, touchpoints, flows and emotions."""
    db.create_table(
        "map_info",
        {"id": str, "title": str, "description": str, "language": str},
        pk="id",
        not_null={"id", "title", "description", "language"},
    )
    db.create_table(
        "stages",
        {"id": str, "title": str, "order": float, "description": str, "expectation": str, "width": float},
        pk="id",
        not_null={"id", "title", "order", "description", "expectation", "width"},
    )
    db.create_table(
        "lanes",
        {"id": str, "title": str, "order": float, "kind": str, "height": float},
        pk="id",
        not_null={"id", "title", "order", "kind", "height"},
    )
    db.create_table(
        "personas",
        {"id": str, "name": str, "order": float, "description": str, "color": str, "segment": str},
        pk="id",
        not_null={"id", "name", "order", "description", "color", "segment"},
    )
    tp_columns = {
        "id": str, "stage_id": str, "lane_id": str, "title": str, "order": float, "description": str,
        "channel": str, "direct": int, "physical": int, "owner": str, "moment_of_truth": int,
        "evidence": str, "notes": str, "color": str,
    }  # fmt: skip
    db.create_table("touchpoints", tp_columns, pk="id", not_null=set(tp_columns))
    db.create_table(
        "flows",
        {"id": str, "source_id": str, "target_id": str, "label": str, "share": float},
        pk="id",
        not_null={"id", "source_id", "target_id", "label"},
    )
    db.create_table(
        "emotions",
        {"id": str, "touchpoint_id": str, "persona_id": str, "designed": int},
        pk="id",
        not_null={"id", "touchpoint_id", "persona_id", "designed"},
    )
    db["touchpoints"].create_index(["stage_id", "lane_id"], index_name="touchpoints_cell")
    db["flows"].create_index(["source_id"], index_name="flows_source")
    db["flows"].create_index(["target_id"], index_name="flows_target")
    db["emotions"].create_index(["touchpoint_id", "persona_id"], index_name="emotions_key", unique=True)


def m002_quality(db: Database) -> None:
    """Quality requirements and feedback items (the voice of the customer) at touchpoints."""
    req_columns = {
        "id": str, "touchpoint_id": str, "order": float, "text": str, "indicator": str, "comparison": str,
        "target": str, "unit": str, "measured": str, "owner": str, "checked_on": str,
    }  # fmt: skip
    db.create_table("quality_requirements", req_columns, pk="id", not_null=set(req_columns))
    feedback_columns = {
        "id": str, "touchpoint_id": str, "source": str, "score": float, "scale_min": float, "scale_max": float,
        "text": str, "date": str, "persona_id": str,
    }  # fmt: skip
    db.create_table("feedback_items", feedback_columns, pk="id", not_null=set(feedback_columns) - {"score"})
    db["quality_requirements"].create_index(["touchpoint_id"], index_name="quality_requirements_touchpoint")
    db["feedback_items"].create_index(["touchpoint_id"], index_name="feedback_items_touchpoint")


def m003_improvements(db: Database) -> None:
    """Barriers, improvements and their links, the CX strategy checklist, and snapshots of the map."""
    barrier_columns = {
        "id": str, "stage_id": str, "touchpoint_id": str, "order": float, "description": str, "share_lost": float,
    }  # fmt: skip
    db.create_table("barriers", barrier_columns, pk="id", not_null=set(barrier_columns) - {"share_lost"})
    improvement_columns = {
        "id": str, "title": str, "owner": str, "status": str, "effort": int, "impact": int, "due": str, "effect": str,
    }  # fmt: skip
    db.create_table("improvements", improvement_columns, pk="id", not_null=set(improvement_columns))
    db.create_table(
        "improvement_barriers",
        {"id": str, "improvement_id": str, "barrier_id": str},
        pk="id",
        not_null={"id", "improvement_id", "barrier_id"},
    )
    db.create_table(
        "strategy_scores", {"id": str, "key": str, "score": int, "notes": str}, pk="id", not_null={"id", "key", "notes"}
    )
    db.create_table(
        "snapshots",
        {"id": str, "label": str, "taken_at": str, "payload": str},
        pk="id",
        not_null={"id", "label", "taken_at", "payload"},
    )
    db["barriers"].create_index(["stage_id"], index_name="barriers_stage")
    db["barriers"].create_index(["touchpoint_id"], index_name="barriers_touchpoint")
    db["improvement_barriers"].create_index(
        ["improvement_id", "barrier_id"], index_name="improvement_barriers_key", unique=True
    )
    db["improvement_barriers"].create_index(["barrier_id"], index_name="improvement_barriers_barrier")
    db["strategy_scores"].create_index(["key"], index_name="strategy_scores_key", unique=True)


def m004_expectations(db: Database) -> None:
    """Each persona's core expectations, with whether they are met (the true-loyalty count)."""
    columns = {"id": str, "persona_id": str, "text": str, "order": float, "met": int}
    db.create_table("expectations", columns, pk="id", not_null=set(columns))
    db["expectations"].create_index(["persona_id"], index_name="expectations_persona")


def m005_segments(db: Database) -> None:
    """RFM analyses of the customer base and their segments' figures (never a customer's identity)."""
    analysis = {
        "id": str, "as_of": str, "taken_at": str, "source": str, "digest": str, "customers": int, "revenue": float,
    }  # fmt: skip
    db.create_table("customer_analyses", analysis, pk="id", not_null=set(analysis))
    segment = {
        "id": str, "analysis_id": str, "order": float, "key": str, "name": str, "customers": int,
        "customer_share": float, "revenue_share": float, "mean_recency_days": float, "mean_frequency": float,
        "mean_monetary": float, "persona_id": str,
    }  # fmt: skip
    db.create_table("segments", segment, pk="id", not_null=set(segment))
    db["segments"].create_index(["analysis_id"], index_name="segments_analysis")


def m006_control_rounds(db: Database) -> None:
    """Control rounds as records (date, who walked it) and the value measured for each requirement on each.

    A requirement measured before rounds were kept becomes part of one round per check date, walked by
    nobody named, so that its history starts with the value it had.
    """
    db.create_table(
        "control_rounds",
        {"id": str, "walked_on": str, "walked_by": str, "notes": str},
        pk="id",
        not_null={"id", "walked_on", "walked_by", "notes"},
    )
    db.create_table(
        "round_values",
        {"id": str, "round_id": str, "requirement_id": str, "measured": str},
        pk="id",
        not_null={"id", "round_id", "requirement_id", "measured"},
    )
    db["round_values"].create_index(["round_id", "requirement_id"], index_name="round_values_key", unique=True)
    db["round_values"].create_index(["requirement_id"], index_name="round_values_requirement")
    rows = db.execute(
        "SELECT id, measured, checked_on FROM quality_requirements WHERE trim(measured) != '' AND checked_on != ''"
        " ORDER BY checked_on, id"
    ).fetchall()
    import uuid  # only an upgrade from before control rounds needs it (not every open)

    space = uuid.UUID(ROUNDS_NAMESPACE)
    rounds: dict[str, str] = {}
    for requirement_id, measured, checked_on in rows:
        if checked_on not in rounds:
            rounds[checked_on] = str(uuid.uuid5(space, checked_on))
            # plain SQL: sqlite-utils' insert commits, and a migration runs in one transaction
            db.execute(
                "INSERT INTO control_rounds (id, walked_on, walked_by, notes) VALUES (?, ?, '', '')",
                [rounds[checked_on], checked_on],
            )
        value_id = str(uuid.uuid5(space, f"{checked_on}/{requirement_id}"))
        db.execute(
            "INSERT INTO round_values (id, round_id, requirement_id, measured) VALUES (?, ?, ?, ?)",
            [value_id, rounds[checked_on], requirement_id, measured],
        )


def m007_contact_policies(db: Database) -> None:
    """Each customer segment's contact and content policy: a channel, contacts a month, the useful share."""
    columns = {
        "id": str, "segment_key": str, "order": float, "channel": str, "per_month": float, "useful": float,
        "notes": str,
    }  # fmt: skip
    db.create_table("contact_policies", columns, pk="id", not_null=set(columns))
    db["contact_policies"].create_index(["segment_key", "channel"], index_name="contact_policies_key", unique=True)


def m008_saved_views(db: Database) -> None:
    """Saved views: a named emotion mode, zoom and centre, with the personas, lanes and path they show."""
    view = {
        "id": str, "name": str, "order": float, "emotion_mode": str, "zoom": float, "center_x": float,
        "center_y": float,
    }  # fmt: skip
    db.create_table("saved_views", view, pk="id", not_null=set(view))
    for table, ref in (("view_personas", "persona_id"), ("view_lanes", "lane_id")):
        columns = {"id": str, "view_id": str, ref: str}
        db.create_table(table, columns, pk="id", not_null=set(columns))
        db[table].create_index(["view_id", ref], index_name=f"{table}_key", unique=True)
        db[table].create_index([ref], index_name=f"{table}_{ref.removesuffix('_id')}")
    steps = {"id": str, "view_id": str, "touchpoint_id": str, "order": float}
    db.create_table("view_steps", steps, pk="id", not_null=set(steps))
    db["view_steps"].create_index(["view_id"], index_name="view_steps_view")
    db["view_steps"].create_index(["touchpoint_id"], index_name="view_steps_touchpoint")


def m009_kpis(db: Database) -> None:
    """Improvements' business cases, their KPIs (baseline, target, review dates) and the values measured."""
    case = {
        "id": str, "improvement_id": str, "cost": float, "benefit": float, "barrier_id": str, "segment_key": str,
        "notes": str,
    }  # fmt: skip
    db.create_table("business_cases", case, pk="id", not_null=set(case) - {"cost", "benefit"})
    kpi = {
        "id": str, "improvement_id": str, "order": float, "name": str, "unit": str, "baseline": float,
        "target": float, "started_on": str, "reviews": str, "strategy_key": str,
    }  # fmt: skip
    db.create_table("kpis", kpi, pk="id", not_null=set(kpi))
    measurement = {"id": str, "kpi_id": str, "measured_on": str, "value": float}
    db.create_table("kpi_measurements", measurement, pk="id", not_null=set(measurement))
    db["business_cases"].create_index(["improvement_id"], index_name="business_cases_improvement", unique=True)
    db["kpis"].create_index(["improvement_id"], index_name="kpis_improvement")
    db["kpi_measurements"].create_index(["kpi_id", "measured_on"], index_name="kpi_measurements_key", unique=True)


def m010_pictures(db: Database) -> None:
    """Pictures carried by touchpoints: the scaled, re-encoded image with its caption and original name and size."""
    columns = {
        "id": str, "touchpoint_id": str, "order": float, "caption": str, "name": str, "original_width": int,
        "original_height": int, "original_bytes": int, "format": str, "width": int, "height": int, "data": bytes,
    }  # fmt: skip
    db.create_table("pictures", columns, pk="id", not_null=set(columns))
    db["pictures"].create_index(["touchpoint_id"], index_name="pictures_touchpoint")


def m011_expectation_stages(db: Database) -> None:
    """The stage each expectation belongs to ("" for none). An expectation that is one of the eight stage mottos
    is tied to the map's stage named as its classic stage, as new personas' are (``personas.stage_named_for``)."""
    from cxdesigner.domain.personas import stage_named_for

    db["expectations"].add_column("stage_id", str, not_null_default="")
    stages = db.execute('SELECT id, title FROM stages ORDER BY "order"').fetchall()
    for eid, text in db.execute("SELECT id, text FROM expectations").fetchall():
        stage = stage_named_for(stages, text)
        if stage:
            db.execute("UPDATE expectations SET stage_id = ? WHERE id = ?", [stage, eid])


def m012_conditions(db: Database) -> None:
    """External conditions: one note per stage in each external conditions lane."""
    columns = {"id": str, "stage_id": str, "lane_id": str, "text": str}
    db.create_table("conditions", columns, pk="id", not_null=set(columns))
    db["conditions"].create_index(["stage_id", "lane_id"], index_name="conditions_cell", unique=True)
    db["conditions"].create_index(["lane_id"], index_name="conditions_lane")


ROUNDS_NAMESPACE = "0b8f6a2e-3c4d-4e5f-8a9b-1c2d3e4f5a6b"  # ids of the rounds made from old check dates


MIGRATIONS: list[Callable[[Database], None]] = [
    m001_initial, m002_quality, m003_improvements, m004_expectations, m005_segments, m006_control_rounds,
    m007_contact_policies, m008_saved_views, m009_kpis, m010_pictures, m011_expectation_stages,
    m012_conditions,
]  # fmt: skip
SCHEMA_VERSION = len(MIGRATIONS)
APPLICATION_ID = 0x43584431  # "CXD1"
