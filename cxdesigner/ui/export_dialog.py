"""File > Export…: the poster or report as PDF, or a picture of the map as PNG or SVG.

Only the options of the chosen format show (paper, orientation and margins for the PDFs; fitting or tiling
at a scale with an overlap for the poster; the language of PDFs and slides; the zoom of a PNG), and the
preview shows that format: the poster on its paper, the report's first page itself, the slides' or the
workbook's shape and contents. An untitled map is exported to the last export folder (or Documents) under
a name made from its title. PDFs are written in a worker thread on a copy of the map (``export_worker``)
with a progress bar and Cancel, so the window stays usable; pictures render the canvas's scene in the
window's thread, under a busy bar. "Open when done" hands the file to the system's viewer, and says so,
offering its folder instead, when no viewer takes it. "View" exports the map as one of its saved views shows
it: only its lanes and personas (``domain.saved_views.focus``), its emotion mode and its path.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QImage, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cxdesigner import workers
from cxdesigner.document import Document
from cxdesigner.domain import saved_views
from cxdesigner.domain.geometry import Rect
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.saved_views import SavedView
from cxdesigner.export.deck import SLIDE_H, SLIDE_W, DeckOptions, write_deck
from cxdesigner.export.paper import PAPERS, page_size, points
from cxdesigner.export.poster import PosterOptions, compose, write_poster
from cxdesigner.export.report import ReportOptions, write_report
from cxdesigner.export.tiling import tiles
from cxdesigner.io.files import clash_with_input, read_only, reason, shown
from cxdesigner.io.workbook import write_workbook
from cxdesigner.ui import image_export, page_picture, preferences
from cxdesigner.ui.export_preview import ExportPreview
from cxdesigner.ui.export_worker import ExportJob, snapshot_of
from cxdesigner.ui.opening import file_stem
from cxdesigner.ui.settings import app_settings
from cxdesigner.viewstate import ViewState

OPEN_KEY = "export/open_when_done"
FOLDER_KEY = "export/last_folder"
CUSTOM = "custom"
SUFFIXES = {"poster": ".pdf", "report": ".pdf", "pptx": ".pptx", "png": ".png", "svg": ".svg", "xlsx": ".xlsx"}
PAPER_ROWS = ("paper", "custom", "orientation", "margin")
ROWS = {  # the option rows each format shows
    "poster": (*PAPER_ROWS, "fit", "tile", "scale", "overlap", "language"),
    "report": (*PAPER_ROWS, "language"),
    "pptx": ("language",),
    "png": ("zoom",),
    "svg": (),
    "xlsx": (),
}


class ExportDialog(QDialog):
    """Choose a format and its options, see the page layout, and write the file."""

    exported = Signal(str)
    """A file was written (its path)."""

    @staticmethod
    def open_file(path: Path) -> bool:
        """Show ``path`` (a written file or its folder) in the system's viewer; False when none opened it."""
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))

    def __init__(self, document: Document, parent: QWidget | None = None, view_state: ViewState | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.document = document
        self.view_state = view_state  # the window's: the poster shows its emotion mode and visible personas
        self.job: ExportJob | None = None
        self._target = Path()
        self._composition = None
        self._map_size = (1.0, 1.0)
        self._cover: tuple[object, object] | None = None  # (report options, picture of its first page)
        self.preview = ExportPreview(self)
        self._build()
        self._picture()
        self._update()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.saved_view = QComboBox(self)
        self.saved_view.addItem(self.tr("As the window shows it"), "")
        for view in saved_views.views(self.document.model):
            self.saved_view.addItem(view.name, view.id)
        current = getattr(getattr(self.parent(), "saved_views", None), "current", "")
        self.saved_view.setCurrentIndex(max(0, self.saved_view.findData(current)))
        self.format = QComboBox(self)
        for key, text in (
            ("poster", self.tr("Poster (PDF)")),
            ("report", self.tr("Report (PDF)")),
            ("pptx", self.tr("Slides for stakeholders (PowerPoint)")),
            ("png", self.tr("Picture of the map (PNG)")),
            ("svg", self.tr("Vector picture of the map (SVG)")),
            ("xlsx", self.tr("Excel workbook: touchpoints, quality, voice, emotions (XLSX)")),
        ):
            self.format.addItem(text, key)
        self.paper = QComboBox(self)
        for name in PAPERS:
            self.paper.addItem(name, name)
        self.paper.addItem(self.tr("Custom size"), CUSTOM)
        self.paper.setCurrentIndex(max(0, self.paper.findData(preferences.default_paper_size().value)))
        self.custom_w, self.custom_h = self._mm(self, 50, 5080, 500), self._mm(self, 50, 5080, 700)
        custom = QHBoxLayout()
        custom.addWidget(self.custom_w)
        custom.addWidget(QLabel("×", self))
        custom.addWidget(self.custom_h)
        self.orientation = QComboBox(self)
        self.orientation.addItem(self.tr("Landscape"), True)
        self.orientation.addItem(self.tr("Portrait"), False)
        self.margin = self._mm(self, 0, 100, 10)
        self.fit = QRadioButton(self.tr("Fit on one sheet"), self)
        self.tile = QRadioButton(self.tr("Tile across sheets at a scale"), self)
        self.fit.setChecked(True)
        self.scale = QDoubleSpinBox(self)
        self.scale.setRange(5, 1000)
        self.scale.setValue(100)
        self.scale.setSuffix(" %")
        self.overlap = self._mm(self, 0, 50, 10)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("The map's language"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Русский", "ru")
        self.zoom = QDoubleSpinBox(self)
        self.zoom.setRange(0.1, 8.0)
        self.zoom.setSingleStep(0.5)
        self.zoom.setValue(1.0)
        self.zoom.setSuffix(" ×")
        self.output = QLineEdit(self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.output, 1)
        where.addWidget(browse)
        self.open_when_done = QCheckBox(self.tr("Open when done"), self)
        self.open_when_done.setChecked(app_settings().value(OPEN_KEY, "true") in (True, "true"))
        self.sheets = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.show_folder = QPushButton(self.tr("Show Folder"), self)
        self.show_folder.setVisible(False)
        self.show_folder.clicked.connect(self._show_folder)
        form = self._form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("View:"), self.saved_view)
        self._form.setRowVisible(self.saved_view, self.saved_view.count() > 1)
        form.addRow(self.tr("Paper:"), self.paper)
        self._custom_row = QWidget(self)
        self._custom_row.setLayout(custom)
        form.addRow(self.tr("Size (mm):"), self._custom_row)
        form.addRow(self.tr("Orientation:"), self.orientation)
        form.addRow(self.tr("Margins:"), self.margin)
        form.addRow(self.fit)
        form.addRow(self.tile)
        form.addRow(self.tr("Scale:"), self.scale)
        form.addRow(self.tr("Overlap:"), self.overlap)
        form.addRow(self.tr("Labels in:"), self.language)
        form.addRow(self.tr("Zoom:"), self.zoom)
        form.addRow(self.tr("Save to:"), where)
        form.addRow(self.open_when_done)
        self._rows = {
            "paper": self.paper,
            "custom": self._custom_row,
            "orientation": self.orientation,
            "margin": self.margin,
            "fit": self.fit,
            "tile": self.tile,
            "scale": self.scale,
            "overlap": self.overlap,
            "language": self.language,
            "zoom": self.zoom,
        }
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self._close_or_cancel)
        side = QVBoxLayout()
        side.addWidget(self.preview, 1)
        side.addWidget(self.sheets)
        top = QHBoxLayout()
        top.addLayout(form)
        top.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.progress)
        said = QHBoxLayout()
        said.addWidget(self.status, 1)
        said.addWidget(self.show_folder)
        layout.addLayout(said)
        layout.addWidget(self.buttons)
        for signal in (self.format.currentIndexChanged, self.paper.currentIndexChanged):
            signal.connect(self._update)
        for spin in (self.custom_w, self.custom_h, self.margin, self.scale, self.overlap):
            spin.valueChanged.connect(self._update)
        for widget in (self.orientation, self.language):
            widget.currentIndexChanged.connect(self._update)
        self.tile.toggled.connect(self._update)
        self.saved_view.currentIndexChanged.connect(self._view_chosen)
        self.format.currentIndexChanged.connect(self._suggest_output)
        self._suggest_output()
        self.resize(QSize(820, 520))

    @staticmethod
    def _mm(parent: QWidget, low: float, high: float, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(parent)
        spin.setRange(low, high)
        spin.setDecimals(0)
        spin.setValue(value)
        spin.setSuffix(" mm")
        return spin

    # ------------------------------------------------------------------ reading the form
    @property
    def kind(self) -> str:
        return str(self.format.currentData())

    def paper_name(self) -> str:
        """The paper as the writers take it: a name, or "WxH" in mm."""
        if self.paper.currentData() == CUSTOM:
            return f"{self.custom_w.value():g}x{self.custom_h.value():g}"
        return str(self.paper.currentData())

    def chosen_view(self) -> SavedView | None:
        """The saved view to export from, or None for the map as the window shows it."""
        view = self.document.model.find(str(self.saved_view.currentData() or ""))
        return view if isinstance(view, SavedView) else None

    def export_model(self) -> JourneyMap:
        """The map to write: as the chosen view shows it (its lanes and personas only), or the whole map."""
        view = self.chosen_view()
        return saved_views.focus(self.document.model, view.id) if view is not None else self.document.model

    def picture_state(self) -> ViewState | None:
        """What pictures of the map show: the chosen view's lanes, personas, emotions and path (None: all)."""
        view = self.chosen_view()
        if view is None:
            return None
        model, state = self.document.model, ViewState()
        shown = saved_views.content(model, view.id)
        state.set_hidden_personas(p.id for p in model.personas() if p.id not in shown.personas)
        state.set_hidden_lanes(lane.id for lane in model.lanes() if lane.id not in shown.lanes)
        state.set_emotion_mode(str(view.emotion_mode))
        state.set_path(shown.path)
        return state

    def _view_chosen(self) -> None:
        self._composition, self._cover = None, None
        self._picture()
        self._update()

    def poster_options(self) -> PosterOptions:
        view, chosen = self.view_state, self.chosen_view()
        hidden = frozenset(
            p.id for p in self.document.model.personas() if view is not None and not view.persona_visible(p.id)
        )
        if chosen is not None:  # the focused map has the view's personas only
            return dataclasses.replace(
                self._poster_options(),
                emotions=str(chosen.emotion_mode),
                path=saved_views.content(self.document.model, chosen.id).path,
            )
        return dataclasses.replace(
            self._poster_options(), emotions=view.emotion_mode if view is not None else "both", hidden_personas=hidden
        )

    def _poster_options(self) -> PosterOptions:
        return PosterOptions(
            paper=self.paper_name(),
            landscape=bool(self.orientation.currentData()),
            margin_mm=self.margin.value(),
            tile=self.tile.isChecked(),
            scale=self.scale.value() / 100.0,
            overlap_mm=self.overlap.value(),
            language=str(self.language.currentData()),
        )

    def report_options(self) -> ReportOptions:
        chosen = self.chosen_view()
        if chosen is not None:
            emotions = str(chosen.emotion_mode)
        else:
            emotions = self.view_state.emotion_mode if self.view_state is not None else "both"
        return ReportOptions(
            paper=self.paper_name(),
            landscape=bool(self.orientation.currentData()),
            margin_mm=self.margin.value(),
            language=str(self.language.currentData()),
            emotions=emotions,
        )

    # ------------------------------------------------------------------ keeping the form consistent
    def _composition_of_map(self):  # noqa: ANN202 - export.poster.Composition, computed once
        if self._composition is None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._composition, layout, _parts = compose(self.export_model())
                self._map_size = (layout.bounds.w, layout.bounds.h)
            finally:
                QApplication.restoreOverrideCursor()
        return self._composition

    def _picture(self) -> None:
        """A small picture of the map for the preview, from the canvas's own drawing."""
        scene = image_export.picture_scene(self.document, self.picture_state())
        bounds = scene.layout.bounds
        k = min(600.0 / max(bounds.w, 1.0), 300.0 / max(bounds.h, 1.0))
        image = QImage(QSize(max(1, int(bounds.w * k)), max(1, int(bounds.h * k))), QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        scene.render(painter, QRectF(0, 0, image.width(), image.height()), QRectF(0, 0, bounds.w, bounds.h))
        painter.end()
        scene.deleteLater()
        self.preview.picture = image

    def _update(self) -> None:
        kind, tiled = self.kind, self.tile.isChecked()
        pdf = kind in ("poster", "report")
        for name, widget in self._rows.items():
            shown_here = name in ROWS[kind] and (name != "custom" or self.paper.currentData() == CUSTOM)
            self._form.setRowVisible(widget, shown_here)
        for widget in (self.paper, self.orientation, self.margin, self.language):
            widget.setEnabled(pdf)
        self.language.setEnabled(pdf or kind == "pptx")
        self._custom_row.setEnabled(pdf and self.paper.currentData() == CUSTOM)
        for widget in (self.fit, self.tile):
            widget.setEnabled(kind == "poster")
        self.scale.setEnabled(kind == "poster" and tiled)
        self.overlap.setEnabled(kind == "poster" and tiled)
        self.zoom.setEnabled(kind == "png")
        self.export_button.setEnabled(True)
        comp = self._composition_of_map()
        poster = Rect(0, 0, comp.width, comp.height)
        area = Rect(0, comp.map_top, self._map_size[0], self._map_size[1])
        if not pdf:
            self._preview_other(kind)
            return
        try:
            size = page_size(self.paper_name(), bool(self.orientation.currentData()))
            margin = points(self.margin.value())
            sheets = (
                tiles(poster, size, margin, self.scale.value() / 100, points(self.overlap.value()))
                if (kind == "poster" and tiled)
                else []
            )
        except ValueError as exc:
            self.sheets.setText(str(exc))
            self.export_button.setEnabled(False)
            return
        if kind == "report":
            self._preview_report(size)
            return
        self.preview.show_layout(poster, area, size, margin, sheets)
        if len(sheets) > 1:
            rows, cols = sheets[-1].row + 1, sheets[-1].col + 1
            text = self.tr("%1 sheets: %2 rows × %3 columns")
            self.sheets.setText(text.replace("%1", str(len(sheets))).replace("%2", str(rows)).replace("%3", str(cols)))
        else:
            self.sheets.setText(self.tr("One sheet"))

    def _preview_report(self, size: tuple[float, float]) -> None:
        """The report's first page, drawn from the PDF these options print (kept while they stay the same)."""
        options = self.report_options()
        if self._cover is None or self._cover[0] != options:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._cover = (options, page_picture.report_cover(self.export_model(), options))
            except ValueError as exc:
                self._cover = (options, None)
                self.sheets.setText(str(exc))
                self.export_button.setEnabled(False)
                return
            finally:
                QApplication.restoreOverrideCursor()
        image = self._cover[1]
        note = "" if image is not None else self.tr("Install poppler-utils (pdftoppm) to see the report's page here.")
        self.preview.show_page(image if isinstance(image, QImage) else None, size, note)
        self.sheets.setText(self.tr("The report's first page"))

    def _preview_other(self, kind: str) -> None:
        """Slides and workbooks as a page of their shape saying what they hold; pictures as the map."""
        model = self.export_model()
        if kind == "pptx":
            stages = len(model.stages())
            lines = [
                self.tr("Title slide"),
                self.tr("The whole map"),
                self.tr("One slide per stage: %1").replace("%1", str(stages)),
                self.tr("The emotion curve"),
                self.tr("The worst moments and the improvements"),
            ]
            self.preview.show_outline((SLIDE_W, SLIDE_H), lines)
            self.sheets.setText(self.tr("Slides, 16:9"))
        elif kind == "xlsx":
            lines = [
                self.tr("Touchpoints: %1 rows").replace("%1", str(len(model.touchpoints()))),
                self.tr("Requirements"),
                self.tr("Voice of the customer"),
                self.tr("Emotions"),
                self.tr("Barriers"),
                self.tr("Improvements"),
            ]
            self.preview.show_outline((842.0, 595.0), lines)
            self.sheets.setText(self.tr("Six sheets"))
        else:
            whole = Rect(0, 0, *self._map_size)
            self.preview.show_layout(whole, whole, self._map_size, 0, [])
            self.sheets.setText("")

    def _suggest_output(self) -> None:
        path = self.document.path
        suffix = ("-report" if self.kind == "report" else "") + SUFFIXES[self.kind]
        if not self.document.is_untitled:
            self.output.setText(str(path.parent / (path.stem + suffix)))
            return
        stem = file_stem(self.document.model.info.title) or self.tr("untitled")
        self.output.setText(str(self.default_folder() / (stem + suffix)))

    @staticmethod
    def default_folder() -> Path:
        """Where an untitled map is exported: the last export folder while it exists, else Documents."""
        last = str(app_settings().value(FOLDER_KEY, "") or "")
        if last and Path(last).is_dir():
            return Path(last)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _browse(self) -> None:
        suffix = SUFFIXES[self.kind]
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.output.text(), f"*{suffix}")
        if chosen:
            self.output.setText(chosen if chosen.lower().endswith(suffix) else chosen + suffix)

    # ------------------------------------------------------------------ exporting
    def start(self) -> None:
        """Write the file: PDFs in a worker thread, pictures here under a busy bar."""
        path = Path(self.output.text().strip()).expanduser()
        if not self.output.text().strip() or not path.parent.is_dir():
            self.status.setText(self.tr("Choose a file in an existing folder to export to."))
            return
        if clash_with_input(path, [self.document.path]):
            text = self.tr("%1 is this project's own file; choose another name to export to.")
            self.status.setText(text.replace("%1", shown(path)))
            return
        if read_only(path) and not self._replace_read_only(path):
            self.status.setText(self.tr("%1 is read-only and was left as it is.").replace("%1", shown(path)))
            return
        app_settings().setValue(OPEN_KEY, "true" if self.open_when_done.isChecked() else "false")
        self.show_folder.setVisible(False)
        self.export_button.setEnabled(False)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Exporting…"))
        if self.kind in ("png", "svg"):
            self._picture_export(path)
            return
        writer, options = {
            "poster": lambda: (write_poster, self.poster_options()),
            "report": lambda: (write_report, self.report_options()),
            "xlsx": lambda: (write_workbook, None),
            "pptx": lambda: (write_deck, self.deck_options()),
        }[self.kind]()
        self.progress.setRange(0, 0)
        self.job = ExportJob(writer, snapshot_of(self.export_model()), path, options, self)
        self.job.progressed.connect(self._progressed)
        self._target = path
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self.close_button.setText(self.tr("Cancel"))
        workers.held_while_running(self.job)  # no collection in its thread (see workers)
        self.job.start()

    def _replace_read_only(self, path: Path) -> bool:
        """Ask before replacing a file the user marked read-only (the command line wants --force)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Replace a read-only file?"),
                          self.tr("%1 is marked read-only. Replace it with the export?").replace("%1", shown(path)),
                          QMessageBox.StandardButton.NoButton, self)  # fmt: skip
        box.setObjectName("replace-read-only")
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is replace

    def deck_options(self) -> DeckOptions:
        """The deck's options; its picture of the map is drawn here, in the window's thread, as Qt requires."""
        scene = image_export.picture_scene(self.document, self.picture_state())
        try:
            picture, _size = image_export.png_bytes(scene, image_export.DECK_ZOOM)
        finally:
            scene.deleteLater()
        return DeckOptions(picture, self.language.currentData() or "")

    def _picture_export(self, path: Path) -> None:
        self.progress.setRange(0, 0)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents()  # show the busy bar before the window's thread renders
        try:
            scene = image_export.picture_scene(self.document, self.picture_state())
            if self.kind == "svg":
                image_export.render_svg(scene, path, self.document.model.info.title)
            else:
                image_export.render_png(scene, path, self.zoom.value())
            scene.deleteLater()
        except OSError as exc:
            self._failed(reason(exc))
        except ValueError as exc:
            self._failed(str(exc))
        else:
            self._done(path)
        finally:
            QApplication.restoreOverrideCursor()

    def _succeeded(self, _result: object) -> None:
        self._done(self._target)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finish(self) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))

    def _done(self, path: Path) -> None:
        self._finish()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self._target = path
        self.status.setText(self.tr("Exported to %1").replace("%1", str(path)))
        app_settings().setValue(FOLDER_KEY, str(path.parent))
        self.exported.emit(str(path))
        if self.open_when_done.isChecked() and not type(self).open_file(path):
            text = self.tr("Exported to %1, but no program opened it; show its folder instead?")
            self.status.setText(text.replace("%1", str(path)))
            self.show_folder.setVisible(True)

    def _show_folder(self) -> None:
        folder = self._target.parent
        if type(self).open_file(folder):
            self.show_folder.setVisible(False)
        else:
            self.status.setText(
                self.tr("No program could show %1 either; open it from your file manager.").replace("%1", str(folder))
            )

    def _failed(self, message: str) -> None:
        self._finish()
        self.progress.setVisible(False)
        self.status.setText(self.tr("The export failed: %1").replace("%1", message))

    def _cancelled(self) -> None:
        self._finish()
        self.progress.setVisible(False)
        self.status.setText(self.tr("The export was cancelled; no file was written."))

    def _close_or_cancel(self) -> None:
        if self.job is not None:
            self.status.setText(self.tr("Cancelling…"))
            self.job.cancel()
        else:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.job is not None:  # the thread must end before its dialog goes
            self.job.cancel()
            self.job.wait()
        super().closeEvent(event)
