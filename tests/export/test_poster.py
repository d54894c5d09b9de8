"""The poster PDF read back: it opens cleanly, embeds its fonts, keeps the text, and has the asked page sizes."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A1, A3, A4, LETTER, TABLOID

from cxdesigner.domain import templates
from cxdesigner.domain.entities import Touchpoint
from cxdesigner.domain.pictures import Picture
from cxdesigner.export.poster import PosterOptions, write_poster
from tests.export import pdfcheck
from tests.export.maps import shop_map
from tests.export.samples import sample


@pytest.fixture(scope="module")
def shop_poster(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled Russian sample project's poster."""
    path = tmp_path_factory.mktemp("poster") / "shop.pdf"
    write_poster(sample("ru"), path, PosterOptions(paper="A3", landscape=True, date="2026-05-01"))
    return path


def test_the_poster_passes_qpdf_and_embeds_every_font(shop_poster: Path) -> None:
    pdfcheck.qpdf_check(shop_poster)
    fonts = pdfcheck.fonts(shop_poster)
    assert fonts and all(emb == "yes" for _, _, emb in fonts), fonts
    assert all("DejaVuSans" in name for name, _, _ in fonts), fonts  # no Helvetica sneaks in


def test_russian_titles_come_back_exactly(shop_poster: Path) -> None:
    journey = sample("ru")
    text = pdfcheck.text(shop_poster)
    lines = {line.strip() for line in text.splitlines()}
    assert journey.info.title in lines
    for stage in journey.stages():
        assert stage.title in lines and stage.expectation in lines
    for lane in journey.lanes():
        assert lane.title in lines
    flat = pdfcheck.squeeze(text)
    pictured = {p.touchpoint_id for p in journey.all(Picture)}
    for tp in journey.touchpoints():
        if tp.id in pictured:  # the title makes room for the card's picture: whole, or its start and "…"
            shown = " ".join(tp.title.split()[:1])
            assert tp.title in flat or f"{shown} " in flat and "…" in flat, tp.title
            continue
        assert tp.title in flat  # wrapped over lines, but every word in order
    for persona in journey.personas():
        assert persona.name in lines
    assert "Линия видимости" in lines and "Каналы" in lines and "2026-05-01 · CX Designer" in lines


def test_one_page_of_the_asked_paper(shop_poster: Path) -> None:
    (size,) = pdfcheck.page_sizes(shop_poster)
    assert size == pytest.approx((A3[1], A3[0]), abs=0.01)


@pytest.mark.parametrize(
    ("paper", "landscape", "expected"),
    [
        ("A4", False, A4),
        ("A1", True, (A1[1], A1[0])),
        ("Letter", False, LETTER),
        ("tabloid", True, (TABLOID[1], TABLOID[0])),
        ("500x700", False, (500 * 72 / 25.4, 700 * 72 / 25.4)),
    ],
)
def test_page_size_follows_the_paper(tmp_path: Path, paper: str, landscape: bool, expected) -> None:
    out = tmp_path / "p.pdf"
    result = write_poster(templates.eight_stages("Карта", "ru"), out, PosterOptions(paper=paper, landscape=landscape))
    assert pdfcheck.page_sizes(out) == [pytest.approx(expected, abs=0.01)]
    assert result.pages == 1


def test_tiled_poster_has_an_overview_and_one_page_per_sheet(tmp_path: Path) -> None:
    out = tmp_path / "tiles.pdf"
    result = write_poster(shop_map("en"), out, PosterOptions(paper="A4", landscape=False, tile=True, scale=1.0))
    sizes = pdfcheck.page_sizes(out)
    assert len(sizes) == result.pages == len(result.tiles) + 1 > 2
    assert all(s == pytest.approx(A4, abs=0.01) for s in sizes)
    pdfcheck.qpdf_check(out)
    first_sheet = pdfcheck.text(out, 2, 2)
    assert "A1" in first_sheet.split() and "T-shirt shop" in first_sheet  # its label and the title block
    overview = pdfcheck.text(out, 1, 1)
    assert "How the sheets fit together" in overview
    assert {t.label for t in result.tiles} <= set(overview.split())


def test_a_larger_scale_needs_more_sheets(tmp_path: Path) -> None:
    journey = shop_map("en")
    small = write_poster(journey, tmp_path / "a.pdf", PosterOptions(paper="A4", tile=True, scale=0.5))
    large = write_poster(journey, tmp_path / "b.pdf", PosterOptions(paper="A4", tile=True, scale=1.5))
    assert len(large.tiles) > len(small.tiles) >= 1


def test_language_option_overrides_the_map_language(tmp_path: Path) -> None:
    out = tmp_path / "en.pdf"
    write_poster(shop_map("ru"), out, PosterOptions(language="en"))
    text = pdfcheck.text(out)
    assert "Line of visibility" in text and "Линия видимости" not in text


def test_document_metadata(shop_poster: Path) -> None:
    meta = pdfcheck.metadata(shop_poster)
    assert meta["/Title"] == sample("ru").info.title
    assert meta["/Author"] == "CX Designer"
    assert meta["/Creator"].startswith("CX Designer")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (PosterOptions(paper="B9"), "Unknown paper"),
        (PosterOptions(paper="A4", margin_mm=200), "margins"),
        (PosterOptions(paper="A4", tile=True, scale=0), "scale"),
        (PosterOptions(paper="A4", tile=True, overlap_mm=150), "overlap"),
        (PosterOptions(paper="A4", tile=True, scale=400), "sheets"),
        (PosterOptions(paper="20x20"), "custom paper"),
    ],
)
def test_impossible_options_say_what_to_change(tmp_path: Path, options: PosterOptions, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        write_poster(shop_map("en"), tmp_path / "x.pdf", options)
    assert not (tmp_path / "x.pdf").exists()


def test_a_long_title_is_clipped_to_its_card(tmp_path: Path) -> None:
    journey = shop_map("en")
    tp = journey.touchpoints()[0]
    words = [f"word{i}" for i in range(200)]
    journey.update(Touchpoint, tp.id, title=" ".join(words))
    out = tmp_path / "long.pdf"
    write_poster(journey, out, PosterOptions())
    text = pdfcheck.squeeze(pdfcheck.text(out))
    assert "word0 word1" in text and "word199" not in text and "…" in text


def test_barriers_improvements_and_stage_shares_are_on_the_poster(shop_poster: Path) -> None:
    from cxdesigner.domain.improvements import Barrier, Improvement, ImprovementBarrier
    from cxdesigner.domain.quality import stage_summaries

    journey = sample("ru")
    flat = pdfcheck.squeeze(pdfcheck.text(shop_poster))
    for barrier in journey.all(Barrier):
        assert barrier.description[:20] in flat  # notes elide what does not fit
    linked = {link.improvement_id for link in journey.all(ImprovementBarrier)}  # a done one whose barrier closed is off
    for improvement in journey.all(Improvement):
        assert (improvement.title[:20] in flat) == (improvement.id in linked)
    shares = [f"{q.met}/{q.total} вып." for q in stage_summaries(journey).values() if q.total]
    assert shares and all(share in flat for share in shares)
    assert "Барьер" in flat and "Улучшение" in flat  # and the legend explains them


def test_hidden_personas_and_the_emotion_mode_choose_the_curves(tmp_path: Path) -> None:
    journey = sample("en")
    first, second = journey.personas()[:2]
    both = write_poster(journey, tmp_path / "a.pdf", PosterOptions(emotions="designed"))
    one = write_poster(
        journey, tmp_path / "b.pdf", PosterOptions(emotions="designed", hidden_personas=frozenset({first.id}))
    )
    assert both.pages == one.pages == 1
    text_both, text_one = pdfcheck.text(tmp_path / "a.pdf"), pdfcheck.text(tmp_path / "b.pdf")
    # each persona is named in the title block, and in the legend only when its curve is drawn
    a, b = first.name[:15], second.name[:15]  # the legend elides long names
    assert text_both.count(a) == 2 and text_one.count(a) == 1
    assert text_one.count(b) == 2
    assert "measured (as-is)" not in text_both  # designed only


def test_flow_labels_and_shares_are_drawn_and_bare_flows_have_no_label(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cxdesigner.domain.entities import Flow
    from cxdesigner.export import strokes

    journey = shop_map("en")
    cards = journey.touchpoints()
    journey.delete([flow.id for flow in journey.flows()])
    journey.add(Flow(id="f1", source_id=cards[0].id, target_id=cards[1].id, label="Clicks the link"))
    journey.add(Flow(id="f2", source_id=cards[1].id, target_id=cards[2].id, share=0.35))
    journey.add(Flow(id="f3", source_id=cards[2].id, target_id=cards[3].id, label="Переход по ссылке", share=0.5))
    journey.add(Flow(id="f4", source_id=cards[3].id, target_id=cards[4].id, label="  "))
    boxes: list[float] = []
    original = strokes.round_rect
    monkeypatch.setattr(strokes, "round_rect", lambda x, *rest: boxes.append(x) or original(x, *rest))
    out = tmp_path / "flows.pdf"
    write_poster(journey, out, PosterOptions(paper="A1"))
    flat = pdfcheck.squeeze(pdfcheck.text(out))
    assert "Clicks the link" in flat and "35 %" in flat and "Переход по ссылке · 50 %" in flat
    assert len(boxes) == 3  # the flow with neither words nor a share has no label box


def test_a_poster_leaves_no_cycles_and_the_collector_as_it_found_it(tmp_path: Path) -> None:
    import gc

    journey = sample("en")
    write_poster(journey, tmp_path / "warm.pdf")  # fonts and caches are made once
    gc.collect()
    write_poster(journey, tmp_path / "a.pdf", PosterOptions(tile=True, paper="A4"))
    assert gc.isenabled() and gc.collect() == 0  # the collector was paused, so nothing may be left for it
    with pytest.raises(ValueError):
        write_poster(journey, tmp_path / "b.pdf", PosterOptions(margin_mm=500))
    assert gc.isenabled()
    gc.disable()
    try:
        write_poster(journey, tmp_path / "c.pdf")
        assert not gc.isenabled()
    finally:
        gc.enable()
