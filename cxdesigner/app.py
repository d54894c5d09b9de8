"""Starting the editor: the QApplication, its font and icon, the error hook, and the first window.

``run_gui`` is what ``cxdesigner [FILE]`` calls. It registers the bundled DejaVu font for the map (Qt draws
boxes without fonts; the interface keeps the desktop's own font, see ``ui.theme``), installs an exception hook
that turns an unexpected error into one line for the user and a traceback in a log file, and opens the given
file or a copy of the sample; with neither it shows the welcome screen (new from a template, open, recent
projects).
"""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cxdesigner.document import Document
from cxdesigner.paths import resource_path
from cxdesigner.ui import i18n, opening, preferences, theme
from cxdesigner.ui.collect_after_paint import CollectAfterPaint
from cxdesigner.ui.log_file import ensure_log_handler, log_path, route_qt_messages  # noqa: F401 - log_path: ours
from cxdesigner.ui.settings import APPLICATION, DESKTOP_FILE, ORGANIZATION

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
EXIT_FILE_PROBLEM = 2

_log = logging.getLogger("cxdesigner")
_shown_boxes: list[QMessageBox] = []


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def main() -> int:
    """Entry point of the ``cxdesigner-gui`` launcher: the same command line as ``cxdesigner``."""
    from cxdesigner.cli import main as cli_main

    return cli_main()


def setup_application() -> QApplication:
    """The QApplication with our names, the bundled font registered for the map, the window icon, the error hook,
    and the user's theme (the desktop's UI font at the theme's size) and language (idempotent)."""
    route_qt_messages()  # before the QApplication, so nothing Qt says at start reaches the terminal
    if QApplication.instance() is None and "QT_SCALE_FACTOR_ROUNDING_POLICY" not in os.environ:
        # Qt 6's default, said out loud: fractional scales (125 %, 150 %) stay fractional, so text stays crisp.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName(DESKTOP_FILE)
    register_fonts()  # for the map; the interface keeps the desktop's font (theme.interface_font)
    app.setWindowIcon(app_icon())
    theme.apply_theme(preferences.theme(), app)
    i18n.apply_preference()
    install_excepthook()
    return app


def register_fonts() -> str:
    """Register the bundled DejaVu Sans (regular and bold); returns its family name."""
    family = ""
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else "")
    return family


def app_icon() -> QIcon:
    """The application icon: the SVG, with the rendered PNG sizes for platforms that prefer them."""
    icon = QIcon(str(resource_path("icons", "app", "cxdesigner.svg")))
    for size in (16, 32, 48, 64, 128, 256):
        png = resource_path("icons", "app", f"cxdesigner-{size}.png")
        if png.is_file():
            icon.addFile(str(png))
    return icon


# ------------------------------------------------------------------ errors
def install_excepthook() -> None:
    """Show unexpected errors as one line and log their traceback instead of printing it."""
    sys.excepthook = handle_exception


def handle_exception(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """The exception hook: log the traceback, tell the user in one line, keep the editor running."""
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    path = ensure_log_handler()
    _log.error("Unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
    detail = f"{kind.__name__}: {value}".splitlines()[0][:200] if str(value) else kind.__name__
    message = _tr("Something went wrong ({detail}). Your work is saved; details are in {log}.").format(
        detail=detail, log=path
    )
    print(message, file=sys.stderr)  # noqa: T201 - one line for whoever started us from a terminal
    report_error(message)


def report_error(message: str) -> None:
    """Put a one-line message in every window's status bar and in a non-modal message box."""
    from cxdesigner.ui.main_window import open_windows

    for window in open_windows():
        window.statusBar().showMessage(message, 15000)
    app = QApplication.instance()
    if app is None or any(box.isVisible() for box in _shown_boxes):
        return
    parent = QApplication.activeWindow()
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("CX Designer"), message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.finished.connect(lambda _result, b=box: _shown_boxes.remove(b) if b in _shown_boxes else None)
    _shown_boxes.append(box)
    box.show()


# ------------------------------------------------------------------ starting
def first_document(path: Path | None, sample: bool, read_only: bool) -> Document | None:
    """The document the first window shows; None (after telling the user) when the file cannot be opened."""
    if path is not None:
        return opening.open_project(path, read_only=read_only)
    document = opening.open_sample() if sample else opening.new_untitled()
    if read_only:
        where = document.path
        document.close()
        document = Document.open(where, read_only=True)
    return document


def run_gui(
    path: Path | None,
    sample: bool = False,
    read_only: bool = False,
    screenshot: Path | None = None,
    exit_after_paint: bool = False,
) -> int:
    """Start the editor and return its exit status. When an editor of this user is running already, ``path``
    opens there instead and this returns 0 (``single_instance``). ``screenshot`` (a developer option) saves
    the shown window as a PNG and quits; ``exit_after_paint`` (for the start-up benchmark) prints the time of
    the window's first paint and quits; neither hands over."""
    app = setup_application()
    from cxdesigner.ui import clipboard, single_instance
    from cxdesigner.ui.main_window import MainWindow

    handing = path is not None and path.exists() and screenshot is None and not exit_after_paint
    if handing and single_instance.hand_over([path], read_only):  # one editor per user
        print(_tr("cxdesigner: {path} opens in the editor already running.").format(path=path))  # noqa: T201
        return 0
    if not exit_after_paint:
        single_instance.serve()  # later launches hand their files to this editor
    app.aboutToQuit.connect(clipboard.release)  # also when the first window was the welcome screen
    if path is None and not sample and not read_only:
        from cxdesigner.ui.welcome import WelcomeWindow

        welcome = WelcomeWindow()  # new from a template, open, or a recent project
        welcome.show()
        if screenshot is not None:
            _grab_when_shown(welcome, screenshot)
        if exit_after_paint:
            FirstPaint(welcome)
        return app.exec()
    with CollectAfterPaint() as held:  # from the open until the window has painted
        document = first_document(path, sample, read_only)
        if document is None:
            print(_tr("cxdesigner: the project could not be opened."), file=sys.stderr)  # noqa: T201 - CLI line
            return EXIT_FILE_PROBLEM
        window = MainWindow.open_new(document)
        held.watch(window)
    if screenshot is not None:
        _grab_when_shown(window, screenshot)
    if exit_after_paint:
        FirstPaint(window)
    try:
        return app.exec()
    finally:
        held.release()  # the loop may end before the release it queued after the paint


class FirstPaint(QObject):
    """Prints ``painted <seconds since the epoch>`` once a window has painted, then quits.

    The window's first paint event starts the pass that paints all its children; the report waits for the
    end of that pass (a zero timer), so the time is that of a fully drawn window.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"painted {time.time():.6f}", flush=True)  # noqa: T201 - read by the benchmark
        QCoreApplication.exit(0)


def _grab_when_shown(window: QWidget, target: Path) -> None:
    """Save the window to ``target`` once it is exposed and has painted a few times, then quit."""
    timer = QTimer(window)
    ticks = [0]

    def tick() -> None:
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            return
        ticks[0] += 1
        if ticks[0] < 3:
            return
        timer.stop()
        from cxdesigner.ui.image_export import save_png

        try:
            save_png(window.grab().toImage(), target)
        except OSError as exc:
            logging.getLogger(__name__).error("screenshot %s not written: %s", target, exc)
            QCoreApplication.exit(1)
        else:
            QCoreApplication.exit(0)

    timer.timeout.connect(tick)
    timer.start(250)
