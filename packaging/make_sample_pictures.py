"""Draw the sample's pictures with Qt: resources/samples/pictures/*.jpg (our own drawings, no licence needed).

Each is drawn at 960 x 640 and goes through ``picture_intake`` like any picture a user adds, so the files are
exactly what the editor stores. Run it, then ``packaging/make_sample.py``, and commit both.

    .venv/bin/python packaging/make_sample_pictures.py
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen  # noqa: E402

W, H = 960, 640
FOLDER = ROOT / "resources" / "samples" / "pictures"


def _shirt(p: QPainter, cx: float, cy: float, s: float, colour: str, print_colour: str = "#f08c00") -> None:
    path = QPainterPath()
    pts = [(-0.5, -0.5), (-0.2, -0.6), (0.2, -0.6), (0.5, -0.5), (0.75, -0.2), (0.5, -0.05), (0.42, -0.2),
           (0.42, 0.6), (-0.42, 0.6), (-0.42, -0.2), (-0.5, -0.05), (-0.75, -0.2)]  # fmt: skip
    path.moveTo(cx + pts[0][0] * s, cy + pts[0][1] * s)
    for x, y in pts[1:]:
        path.lineTo(cx + x * s, cy + y * s)
    path.closeSubpath()
    p.setPen(QPen(QColor("#343a40"), 3))
    p.setBrush(QColor(colour))
    p.drawPath(path)
    p.setBrush(QColor(print_colour))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(QPointF(cx, cy), s * 0.16, s * 0.16)


def stand(p: QPainter) -> None:
    p.fillRect(0, 0, W, H, QColor("#e9ecef"))
    p.fillRect(0, 470, W, 170, QColor("#ced4da"))
    p.fillRect(120, 60, 720, 90, QColor("#1864ab"))
    p.setPen(QColor("white"))
    p.setFont(QFont("DejaVu Sans", 40, QFont.Weight.Bold))
    p.drawText(QRectF(120, 60, 720, 90), Qt.AlignmentFlag.AlignCenter, "PRINT & TEE")
    p.setPen(QPen(QColor("#495057"), 6))
    p.drawLine(150, 190, 810, 190)
    for i, colour in enumerate(("#fa5252", "#fab005", "#40c057", "#228be6", "#be4bdb")):
        _shirt(p, 210 + i * 135, 280, 130, colour)
    p.fillRect(100, 400, 760, 90, QColor("#a0522d"))
    p.fillRect(100, 400, 760, 14, QColor("#8b4513"))


def website(p: QPainter) -> None:
    p.fillRect(0, 0, W, H, QColor("#f8f9fa"))
    p.fillRect(0, 0, W, 56, QColor("#dee2e6"))
    for i, colour in enumerate(("#fa5252", "#fab005", "#40c057")):
        p.setBrush(QColor(colour))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QPointF(28 + i * 26, 28), 8, 8)
    p.setBrush(QColor("white"))
    p.drawRoundedRect(QRectF(120, 14, 600, 28), 14, 14)
    p.setPen(QColor("#495057"))
    p.setFont(QFont("DejaVu Sans", 14))
    p.drawText(QRectF(140, 14, 580, 28), Qt.AlignmentFlag.AlignVCenter, "printandtee.shop")
    p.fillRect(0, 56, W, 70, QColor("#1864ab"))
    p.setPen(QColor("white"))
    p.setFont(QFont("DejaVu Sans", 26, QFont.Weight.Bold))
    p.drawText(QRectF(40, 56, 600, 70), Qt.AlignmentFlag.AlignVCenter, "Print & Tee")
    for i, colour in enumerate(("#fa5252", "#fab005", "#40c057", "#228be6", "#be4bdb", "#fd7e14")):
        x, y = 60 + (i % 3) * 290, 160 + (i // 3) * 235
        p.setPen(QPen(QColor("#dee2e6"), 2))
        p.setBrush(QColor("white"))
        p.drawRoundedRect(QRectF(x, y, 260, 210), 10, 10)
        _shirt(p, x + 130, y + 95, 120, colour)
        p.fillRect(QRectF(x + 20, y + 175, 120, 14), QColor("#adb5bd"))
        p.fillRect(QRectF(x + 180, y + 172, 60, 20), QColor("#2f9e44"))


def chat(p: QPainter) -> None:
    p.fillRect(0, 0, W, H, QColor("#dbe4ff"))
    p.fillRect(0, 0, W, 70, QColor("#364fc7"))
    p.setPen(QColor("white"))
    p.setFont(QFont("DejaVu Sans", 22, QFont.Weight.Bold))
    p.drawText(QRectF(30, 0, 600, 70), Qt.AlignmentFlag.AlignVCenter, "Print & Tee")
    p.setFont(QFont("DejaVu Sans", 20))
    bubbles = [(40, 100, 520, 70, "white", "Can I see it on a person?"), (400, 200, 520, 230, "#d3f9d8", ""),
               (40, 460, 460, 70, "white", "Great, I'll take the blue one!")]  # fmt: skip
    for x, y, w, h, colour, text in bubbles:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(colour))
        p.drawRoundedRect(QRectF(x, y, w, h), 22, 22)
        p.setPen(QColor("#212529"))
        if text:
            p.drawText(QRectF(x + 24, y, w - 48, h), Qt.AlignmentFlag.AlignVCenter, text)
    _shirt(p, 560, 310, 170, "#228be6")
    _shirt(p, 780, 310, 170, "#40c057")


def bag(p: QPainter) -> None:
    p.fillRect(0, 0, W, H, QColor("#fff4e6"))
    p.setPen(QPen(QColor("#5c3d1e"), 10))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(360, 70, 240, 200), 0, 180 * 16)
    p.setPen(QPen(QColor("#5c3d1e"), 3))
    p.setBrush(QColor("#d9a066"))
    p.drawRect(QRectF(250, 170, 460, 420))
    p.setBrush(QColor("#fab005"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(QPointF(480, 370), 110, 110)
    p.setBrush(QColor("#212529"))
    p.drawEllipse(QPointF(445, 345), 14, 14)
    p.drawEllipse(QPointF(515, 345), 14, 14)
    p.setPen(QPen(QColor("#212529"), 8))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(420, 340, 120, 90), 200 * 16, 140 * 16)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("white"))
    p.save()
    p.translate(700, 470)
    p.rotate(-12)
    p.drawRect(QRectF(0, 0, 200, 120))
    p.restore()


def wash(p: QPainter) -> None:
    p.fillRect(0, 0, W, H, QColor("#e7f5ff"))
    p.setPen(QPen(QColor("#868e96"), 4))
    p.setBrush(QColor("white"))
    p.drawRoundedRect(QRectF(280, 60, 400, 540), 30, 30)
    p.fillRect(QRectF(300, 80, 360, 70), QColor("#dee2e6"))
    p.setBrush(QColor("#a5d8ff"))
    p.drawEllipse(QPointF(480, 370), 150, 150)
    _shirt(p, 480, 380, 170, "#228be6", "#f0c674")
    p.setBrush(QColor("#74c0fc"))
    p.setPen(Qt.PenStyle.NoPen)
    for x, y in ((340, 480), (600, 300), (560, 470)):
        p.drawEllipse(QPointF(x, y), 16, 16)


def selfie(p: QPainter) -> None:
    p.fillRect(0, 0, W, H, QColor("#ffe3e3"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#ffc9c9"))
    p.drawEllipse(QPointF(160, 120), 90, 90)
    p.drawEllipse(QPointF(820, 520), 120, 120)
    p.setBrush(QColor("#e0a96d"))
    p.drawEllipse(QPointF(480, 190), 95, 105)
    p.setBrush(QColor("#5c3d1e"))
    p.drawChord(QRectF(380, 80, 200, 150), 0, 180 * 16)
    _shirt(p, 480, 470, 330, "#228be6")
    p.setPen(QColor("#c92a2a"))
    p.setFont(QFont("DejaVu Sans", 28, QFont.Weight.Bold))
    p.drawText(QRectF(540, 40, 400, 80), Qt.AlignmentFlag.AlignCenter, "♥ @printandtee")


DRAWINGS: dict[str, Callable[[QPainter], None]] = {
    "website": website, "stand": stand, "chat": chat, "bag": bag, "wash": wash, "selfie": selfie,
}  # fmt: skip


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    from cxdesigner.picture_intake import from_image

    FOLDER.mkdir(parents=True, exist_ok=True)
    for name, draw in DRAWINGS.items():
        image = QImage(W, H, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw(painter)
        painter.end()
        picture = from_image(image, "sample")
        target = FOLDER / f"{name}.jpg"
        target.write_bytes(picture.data)
        print(f"wrote {target.relative_to(ROOT)} ({picture.width} x {picture.height}, {len(picture.data):,} bytes)")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
