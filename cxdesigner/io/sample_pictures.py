"""The sample's pictures and its storyboard lane: our own drawings (``packaging/make_sample_pictures.py``,
drawn with Qt) in ``resources/samples/pictures``, put on six of the sample's cards, and a storyboard lane at
the top of the map that shows one of them per stage, in the sample's saved views too. The ids are
fixed, so the sample is the same every time.
"""

from __future__ import annotations

from cxdesigner.domain import sample
from cxdesigner.domain.entities import Channel, Lane, LaneKind
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.picture_layout import STORYBOARD_HEIGHT
from cxdesigner.domain.pictures import Picture, PictureFormat, image_size
from cxdesigner.domain.saved_views import SavedView, ViewLane
from cxdesigner.paths import resource_path

# file, the stage (by place) and the channel of the card that carries it, its caption in English and Russian
PICTURES = (
    ("website.jpg", 1, Channel.WEBSITE, "The site on a phone", "Сайт на телефоне"),
    ("chat.jpg", 2, Channel.MESSENGER, "Photos in the messenger", "Фото в мессенджере"),
    ("stand.jpg", 3, Channel.SHOP, "The stand in the mall", "Стенд в торговом центре"),
    ("bag.jpg", 4, Channel.PRINT, "The bag with a funny print", "Пакет со смешным принтом"),
    ("wash.jpg", 5, Channel.PRODUCT, "After the first wash", "После первой стирки"),
    ("selfie.jpg", 7, Channel.SOCIAL, "A customer's post", "Пост покупателя"),
)
STORYBOARD_TITLE = {"en": "Storyboard", "ru": "Раскадровка"}


def add_pictures(journey: JourneyMap, lang: str) -> None:
    """Put the pictures on their cards and a storyboard lane at the top (skipped if the files are missing)."""
    folder = resource_path("samples", "pictures")
    if not folder.is_dir():
        return
    stages = journey.stages()
    lanes = journey.lanes()
    board = journey.add(
        Lane(
            id=sample.entity_id(lang, "lane", "storyboard"),
            title=STORYBOARD_TITLE.get(lang, STORYBOARD_TITLE["en"]),
            order=(lanes[0].order if lanes else 0.0) - 1.0,
            kind=LaneKind.STORYBOARD,
            height=STORYBOARD_HEIGHT,
        )
    )
    for view in journey.all(SavedView):  # the sample's views show the storyboard too
        key = f"{view.id}/storyboard"
        journey.add(ViewLane(sample.entity_id(lang, "view_lane", key), view.id, board.id))
    for name, stage_index, channel, english, russian in PICTURES:
        stage = stages[stage_index]
        card = next((t for lane in lanes for t in journey.cell(stage.id, lane.id) if t.channel == channel), None)
        path = folder / name
        if card is None or not path.is_file():
            continue
        data = path.read_bytes()
        width, height = image_size(PictureFormat.JPEG, data)
        journey.add(
            Picture(
                id=sample.entity_id(lang, "picture", name),
                touchpoint_id=card.id,
                caption=russian if lang == "ru" else english,
                name=name,
                original_width=width,
                original_height=height,
                original_bytes=len(data),
                format=PictureFormat.JPEG,
                width=width,
                height=height,
                data=data,
            )
        )
