"""A tree whose items wrap to the panel's width instead of ending in "…".

``QTreeView.setWordWrap`` wraps the painted text, but the rows keep one line's height: the delegate is asked
for its size without the column's width. ``WrappingTree`` measures each item's text at the width it will be
drawn in (the column less the indentation of its depth) and lays the rows out again when the width changes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget, QWidget

_TALL = 1_000_000


class _WrappingDelegate(QStyledItemDelegate):
    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        indent = self._tree.indentation() * (depth + int(self._tree.rootIsDecorated()))
        margin = 2 * (self._tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, opt, self._tree) + 1)
        width = max(40, self._tree.columnWidth(index.column()) - indent - margin)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        height = QFontMetrics(opt.font).boundingRect(QRect(0, 0, width, _TALL), flags, opt.text).height()
        return QSize(size.width(), max(size.height(), height + 4))


class WrappingTree(QTreeWidget):
    """A one-column tree of plain texts that wrap at the view's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setStretchLastSection(True)
        self.setItemDelegate(_WrappingDelegate(self))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.doItemsLayout()  # the rows' heights follow the new width
