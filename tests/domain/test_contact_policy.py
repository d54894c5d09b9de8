"""Contact and content policy per segment: the weighted mix, the 50/50 check and the model's rules."""

from __future__ import annotations

import pytest

from cxdesigner.domain import analysis, contact_policy, templates
from cxdesigner.domain.contact_policy import ContactPolicy, useful_share
from cxdesigner.domain.entities import Channel
from cxdesigner.domain.journey import ModelError


def row(key: str, channel: Channel, per_month: float, useful: float) -> ContactPolicy:
    return ContactPolicy(id=f"{key}/{channel}", segment_key=key, channel=channel, per_month=per_month, useful=useful)


def test_the_mix_is_weighted_by_contacts_a_month() -> None:
    rows = [row("loyal", Channel.SOCIAL, 8, 0.25), row("loyal", Channel.ADVERT, 4, 0.0)]
    assert useful_share(rows) == pytest.approx(2 / 12)
    assert useful_share([row("loyal", Channel.EMAIL, 3, 0.9), row("loyal", Channel.SOCIAL, 1, 0.1)]) == pytest.approx(
        0.7
    )
    assert useful_share([row("new", Channel.EMAIL, 0, 0.8), row("new", Channel.SOCIAL, 0, 0.4)]) == pytest.approx(0.6)
    assert useful_share([]) is None


@pytest.mark.parametrize(
    ("share", "far"),
    [(0.5, False), (0.35, False), (0.65, False), (0.34, True), (0.66, True), (0.0, True), (None, False)],
)
def test_far_from_half_and_half_means_outside_35_to_65_percent(share: float | None, far: bool) -> None:
    assert contact_policy.far_from_balance(share) is far


def test_a_segment_far_from_50_50_is_a_finding_in_the_analysis_and_named_in_the_map_language() -> None:
    journey = templates.build("sample")
    found = [f for f in analysis.analyse(journey).findings if f.kind == "content_mix"]
    assert len(found) == 1
    assert found[0].message.startswith("New or promising: the contact policy is mostly offers (17 % useful")
    assert set(found[0].ids) == {p.id for p in contact_policy.policy_of(journey, "new")}
    loyal = contact_policy.policy_of(journey, "loyal")
    journey.put(ContactPolicy(**{**_fields(loyal[0]), "useful": 1.0}))
    journey.put(ContactPolicy(**{**_fields(loyal[1]), "useful": 1.0}))
    messages = [f.message for f in contact_policy.findings(journey) if f.kind == "content_mix"]
    assert messages[0].startswith("Loyal: the contact policy has few offers (100 % useful, 0 % offers)")
    ru = templates.build("sample", language="ru")
    assert contact_policy.findings(ru)[0].message.startswith("Новые и перспективные: в контактной политике почти")


def _fields(entity: ContactPolicy) -> dict[str, object]:
    return {name: getattr(entity, name) for name in entity.__slots__}


def test_the_model_refuses_a_second_row_for_the_same_channel_and_bad_values() -> None:
    journey = templates.build("sample")
    with pytest.raises(ModelError):
        journey.add(ContactPolicy(id="x", segment_key="new", channel=Channel.SOCIAL))
    journey.add(ContactPolicy(id="y", segment_key="lost", channel=Channel.SOCIAL))  # another segment may
    for bad in ({"useful": 1.5}, {"useful": -0.1}, {"per_month": -1.0}, {"per_month": 101.0}, {"segment_key": " "}):
        with pytest.raises(ModelError) as caught:
            journey.add(ContactPolicy(**{"id": "z", "segment_key": "at_risk", "channel": Channel.EMAIL, **bad}))
        assert caught.value.field == next(iter(bad))


def test_channels_offered_are_the_map_s_own_and_every_default_segment_can_have_a_policy() -> None:
    journey = templates.build("sample")
    assert contact_policy.map_channels(journey) == [
        Channel.WEBSITE, Channel.ADVERT, Channel.SOCIAL, Channel.MESSENGER, Channel.SHOP, Channel.PRODUCT,
        Channel.STAFF, Channel.PRINT, Channel.WORD_OF_MOUTH,
    ]  # fmt: skip
    assert contact_policy.segment_keys(journey) == ["true_loyalty", "at_risk", "loyal", "new", "lost"]
    assert contact_policy.segment_name(journey, "new") == "New or promising"
