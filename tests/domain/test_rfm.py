"""RFM scores and segments: a small base worked out by hand, and properties of every base."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cxdesigner.domain import rfm
from cxdesigner.domain.rfm import Customer, Rule

AS_OF = date(2025, 1, 31)
# customer: days since the last purchase, purchases, total spent
HAND = {"A": (1, 10, 1000.0), "B": (6, 8, 800.0), "C": (21, 6, 600.0), "D": (61, 4, 400.0),
        "E": (122, 2, 200.0), "F": (2, 1, 50.0)}  # fmt: skip


def _base(rows: dict[str, tuple[int, int, float]]) -> dict[str, Customer]:
    return {k: Customer(AS_OF - timedelta(days=d), f, m) for k, (d, f, m) in rows.items()}


def test_scores_by_quintiles_with_ties_sharing_a_score() -> None:
    assert rfm.scores([10.0, 20.0, 30.0, 40.0, 50.0]) == [1, 2, 3, 4, 5]
    assert rfm.scores([1.0, 1.0, 2.0, 3.0]) == [1, 1, 3, 4]  # 1 + 5 * (values below) // 4
    assert rfm.scores([7.0] * 9) == [1] * 9


def test_a_base_worked_out_by_hand() -> None:
    # R: E 1, D 1, C 2, B 3, F 4, A 5; F and M: F 1, E 1, D 2, C 3, B 4, A 5 (1 + 5 * below // 6)
    # A (5,5,5) true loyalty; B (3,4,4) loyal; C (2,3,3) at risk; F (4,1,1) new; D (1,2,2), E (1,1,1) lost
    analysis = rfm.analyse(_base(HAND), AS_OF)
    got = {s.key: s.customers for s in analysis.segments}
    assert got == {"true_loyalty": 1, "at_risk": 1, "loyal": 1, "new": 1, "lost": 2}
    loyal = analysis.segments[0]
    assert loyal.revenue_share == pytest.approx(1000 / 3050) and loyal.mean_recency_days == 1
    lost = analysis.segments[-1]
    assert lost.mean_recency_days == (61 + 122) / 2 and lost.mean_frequency == 3 and lost.mean_monetary == 300
    assert lost.customer_share == pytest.approx(2 / 6)
    assert analysis.as_of == AS_OF and analysis.revenue == 3050


def test_the_analysis_date_defaults_to_the_latest_purchase_and_may_not_precede_one() -> None:
    assert rfm.analyse(_base(HAND)).as_of == AS_OF - timedelta(days=1)
    with pytest.raises(ValueError, match="before a purchase"):
        rfm.analyse(_base(HAND), AS_OF - timedelta(days=30))
    with pytest.raises(ValueError, match="empty"):
        rfm.analyse({})


def test_rules_are_editable_but_the_last_takes_everyone() -> None:
    two = (Rule("big", m=(4, 5)), Rule("rest"))
    assert [s.customers for s in rfm.analyse(_base(HAND), AS_OF, two).segments] == [2, 4]
    with pytest.raises(ValueError, match="last segment rule"):
        rfm.analyse(_base(HAND), AS_OF, (Rule("big", m=(4, 5)),))


bases = st.dictionaries(
    st.text(min_size=1, max_size=4),
    st.tuples(st.integers(0, 400), st.integers(1, 50), st.floats(0, 1e6, allow_subnormal=False)),
    min_size=1,
    max_size=60,
)


@given(bases)
def test_every_customer_lands_in_exactly_one_segment(rows) -> None:
    analysis = rfm.analyse(_base(rows), AS_OF)
    assert sum(s.customers for s in analysis.segments) == len(rows)
    assert sum(s.customer_share for s in analysis.segments) == pytest.approx(1.0)


@given(bases, st.sampled_from([0.5, 4.0, 1024.0]))  # powers of two scale floats exactly
def test_scaling_every_amount_changes_no_score(rows, factor: float) -> None:
    amounts = [m for _d, _f, m in rows.values()]
    assert rfm.scores(amounts) == rfm.scores([m * factor for m in amounts])
    scaled = {k: (d, f, m * factor) for k, (d, f, m) in rows.items()}
    counts = [s.customers for s in rfm.analyse(_base(rows), AS_OF).segments]
    assert counts == [s.customers for s in rfm.analyse(_base(scaled), AS_OF).segments]


def _reference_scores(values: list[float]) -> list[int]:
    """The definition, value by value: 1 + 5 * (values strictly below) // n, at most 5."""
    return [min(5, 1 + 5 * sum(w < v for w in values) // len(values)) for v in values]


def _reference_analyse(base: dict[str, Customer], as_of: date) -> list[tuple[str, int, float, float, float, float]]:
    """The figures customer by customer, as the analysis was first written (its sums in the base's order)."""
    customers = list(base.values())
    recency = [(as_of - c.last).days for c in customers]
    triples = zip(_reference_scores([-d for d in recency]), _reference_scores([c.frequency for c in customers]),
                  _reference_scores([c.monetary for c in customers]), strict=True)  # fmt: skip
    members: dict[str, list[int]] = {rule.key: [] for rule in rfm.RULES}
    for i, (r, f, m) in enumerate(triples):
        members[rfm.segment(r, f, m)].append(i)
    revenue = sum(c.monetary for c in customers)
    out = []
    for key, idx in members.items():
        spent = sum(customers[i].monetary for i in idx)
        n = len(idx) or 1
        out.append((key, len(idx), spent / revenue if revenue else 0.0, sum(recency[i] for i in idx) / n,
                    sum(customers[i].frequency for i in idx) / n, spent / n))  # fmt: skip
    return out


@given(st.lists(st.floats(-1e6, 1e6, allow_subnormal=False) | st.integers(-50, 50), min_size=1, max_size=80))
def test_scores_follow_their_definition(values: list[float]) -> None:
    assert rfm.scores(values) == _reference_scores(values)


@given(bases)
def test_the_figures_are_those_of_the_customer_by_customer_definition(rows) -> None:
    base = _base(rows)
    analysis = rfm.analyse(base, AS_OF)
    got = [(s.key, s.customers, s.revenue_share, s.mean_recency_days, s.mean_frequency, s.mean_monetary)
           for s in analysis.segments]  # fmt: skip
    assert got == _reference_analyse(base, AS_OF)  # exactly: the same sums in the same order
    assert analysis.revenue == sum(c.monetary for c in base.values())
