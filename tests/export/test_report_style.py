"""The report's one rule for user text, whether worked out again or remembered for a short text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cxdesigner.export.report_style import SHORT, _plain, plain_text

pieces = [*"ab <&>\t\r\n\x00\x07\u200d\U0001f600", "שלום", "Жёлтый"]
hostile = st.lists(st.sampled_from(pieces), max_size=40).map("".join)


@settings(max_examples=200, deadline=None)
@given(text=hostile, limit=st.sampled_from([5, SHORT, 20_000]))
def test_a_remembered_text_prints_as_it_would_be_worked_out(text: str, limit: int) -> None:
    first, again = plain_text(text, limit), plain_text(text, limit)
    assert first == again == _plain(text, limit)


def test_controls_out_right_to_left_in_display_order_and_cut_at_the_limit() -> None:
    assert plain_text("a\x07b\tc") == "a b c"
    assert plain_text("abc שלום") != "abc שלום"  # the Hebrew run is put in display order
    assert plain_text("x" * (SHORT + 10), SHORT) == "x" * SHORT + "…"
