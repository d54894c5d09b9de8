"""File > Print… (Ctrl+P): choose the poster (on one page, or tiled) or the report, preview it, print it.

The printer is Qt's (``QPrintDialog`` picks it, its paper and orientation; ``QPrintPreviewDialog`` shows the
pages); what goes on it comes from ``ui.printing``, the same PDF the export writes. The dialogs that wait for
the user are module functions (``ask_printer``, ``show_preview``) looked up at call time, so tests replace
them instead of clicking through real modal dialogs. A map that cannot be printed says why in one line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.document import Document
from cxdesigner.ui import printing
from cxdesigner.ui.preferences import PaperSize, default_paper_size
from cxdesigner.ui.printing import PrintFailed, PrintKind
from cxdesigner.viewstate import ViewState

_PAGE_SIZES = {PaperSize.LETTER: QPageSize.PageSizeId.Letter}


def ask_printer(printer: QPrinter, parent: QWidget | None) -> bool:
    """The platform's print dialog on ``printer``; True when the user chose to print."""
    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


def show_preview(dialog: QPrintPreviewDialog) -> None:
    """Show the print preview (modal; it prints from its own button)."""
    dialog.exec()


class PrintMapDialog(QDialog):
    """What to print, and Preview… / Print…."""

    def __init__(self, document: Document, view_state: ViewState | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print"))
        self.document, self.view_state = document, view_state
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        paper = _PAGE_SIZES.get(default_paper_size(), QPageSize.PageSizeId.A4)
        self.printer.setPageSize(QPageSize(paper))
        self.printer.setDocName(document.model.info.title or self.tr("Journey map"))
        self.choices: dict[PrintKind, QRadioButton] = {
            PrintKind.POSTER: QRadioButton(self.tr("The poster, fitted on one page"), self),
            PrintKind.TILED: QRadioButton(self.tr("The poster at 100 %, tiled across pages with cut marks"), self),
            PrintKind.REPORT: QRadioButton(self.tr("The report"), self),
        }
        group = QButtonGroup(self)
        for button in self.choices.values():
            group.addButton(button)
        self.choices[PrintKind.POSTER].setChecked(True)
        group.buttonToggled.connect(lambda _button, on: on and self._orient())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.preview_button = QPushButton(self.tr("Pre&view…"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setDefault(True)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Print:"), self))
        for button in self.choices.values():
            layout.addWidget(button)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._orient()

    def kind(self) -> PrintKind:
        return next(kind for kind, button in self.choices.items() if button.isChecked())

    def _orient(self) -> None:
        """A poster starts in landscape, the report in portrait (the print dialog can turn either)."""
        landscape = self.kind() is not PrintKind.REPORT
        orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        self.printer.setPageOrientation(orientation)

    def print_chosen(self) -> bool:
        """Print… : the print dialog, then the pages; the dialog closes once they are printed."""
        if not ask_printer(self.printer, self):
            return False
        if not self.render(self.printer):
            return False
        self.accept()
        return True

    def preview(self) -> QPrintPreviewDialog:
        """Preview… : the pages as they will print, in Qt's preview (which can print them too)."""
        dialog = QPrintPreviewDialog(self.printer, self)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(lambda printer: self.render(printer, printing.PREVIEW_DPI))
        show_preview(dialog)
        return dialog

    def render(self, printer: QPrinter, dpi: int | None = None) -> bool:
        """Put the chosen pages on ``printer``; a failure is one line in the dialog."""
        view = self.view_state
        model = self.document.model
        hidden = frozenset(p.id for p in model.personas() if view is not None and not view.persona_visible(p.id))
        emotions = view.emotion_mode if view is not None else "both"
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = printing.print_map(model, self.kind(), printer, dpi, emotions, hidden)
        except (PrintFailed, ValueError, OSError) as exc:
            self.message.setText(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.message.setText(self.tr("%n page(s) sent to the printer.", "", pages))
        return True
