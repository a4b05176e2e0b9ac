"""Is a window readable? Text that contrasts with what it is drawn on, and text not cut by its widget.

``low_contrast(root)`` renders every enabled text-bearing widget under *root* (buttons without an
icon: a toolbar's pictures are no text) and compares the most
common colour of its pixels (the background) with the pixel that stands out most from it (the ink):
the WCAG ratio of the two must reach 4.5. Item views are checked through their models' foreground and
background against the view's palette. ``clipped(root)`` lists widgets smaller than their text needs.
Both return descriptions (empty when all is well), so a test failure names the culprits.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from roadmap_desktop.ui.contrast import contrast_ratio

TEXT_RATIO = 4.5


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")() if not isinstance(widget, QComboBox) else widget.currentText()
    return f"{type(widget).__name__}:{widget.objectName() or '-'}「{str(text)[:20]}」"


def ink_ratio(widget: QWidget, shot: QImage | None = None, root: QWidget | None = None) -> float:
    """Contrast of the widget's ink with its background, as rendered: cut from *shot*, the rendering
    of *root* (so that what its parents paint under it, a band's colour, counts), else its own grab."""
    if shot is not None and root is not None:
        ratio = shot.devicePixelRatio()
        top_left = widget.mapTo(root, QPoint(0, 0))
        area = QRect(top_left, widget.size())
        image = shot.copy(
            QRect(
                round(area.x() * ratio),
                round(area.y() * ratio),
                round(area.width() * ratio),
                round(area.height() * ratio),
            )
        )
    else:
        image = widget.grab().toImage()
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(image.constBits())  # type: ignore[arg-type]
    pixels = Counter(data[i : i + 3] for i in range(0, len(data), 4))
    if not pixels:
        return 21.0
    background_bytes, _ = pixels.most_common(1)[0]

    def colour(b: bytes) -> QColor:
        return QColor(b[2], b[1], b[0])  # B, G, R in memory

    background = colour(background_bytes)
    return max(contrast_ratio(colour(b), background) for b in pixels)


def _text_widgets(root: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for w in [root, *root.findChildren(QWidget)]:
        # greyed text of a disabled control is meant to be faint (WCAG exempts it too)
        if not w.isVisible() or not w.isEnabled() or w.width() < 4 or w.height() < 4:
            continue
        if (
            (isinstance(w, QLabel) and w.text().strip() and w.pixmap().isNull())
            or (isinstance(w, QAbstractButton) and w.text().strip() and w.icon().isNull())  # an icon is no ink
            or (isinstance(w, QLineEdit) and w.text().strip())
            or (isinstance(w, QComboBox) and w.currentText().strip())
        ):
            found.append(w)
    return found


def _item_colours(view: QAbstractItemView) -> list[str]:
    """Cells whose set foreground does not read on their (set or the view's) background."""
    model = view.model()
    if model is None:
        return []
    bad: list[str] = []
    base = view.palette().color(QPalette.ColorRole.Base)
    text = view.palette().color(QPalette.ColorRole.Text)

    def walk(parent: QModelIndex, depth: int) -> None:
        try:
            columns = model.columnCount(parent)
        except TypeError:  # a list model: one column, its columnCount is private
            columns = 1
        for row in range(min(model.rowCount(parent), 200)):
            for column in range(columns):
                index = model.index(row, column, parent)
                fg, bg = index.data(Qt.ItemDataRole.ForegroundRole), index.data(Qt.ItemDataRole.BackgroundRole)
                if fg is None and bg is None:
                    continue
                fore = fg.color() if isinstance(fg, QBrush) else QColor(fg) if fg is not None else text
                back = bg.color() if isinstance(bg, QBrush) else QColor(bg) if bg is not None else base
                ratio = contrast_ratio(fore, back)
                if ratio < TEXT_RATIO:
                    bad.append(f"{type(view).__name__}:{view.objectName() or '-'} cell 「{index.data()}」 {ratio:.1f}")
            if depth < 3:
                walk(model.index(row, 0, parent), depth + 1)

    walk(QModelIndex(), 0)
    return bad


def low_contrast(root: QWidget) -> list[str]:
    shot = root.grab().toImage()
    bad = [f"{_name(w)} {r:.1f}" for w in _text_widgets(root) if (r := ink_ratio(w, shot, root)) < TEXT_RATIO]
    for view in root.findChildren(QAbstractItemView):
        if view.isVisible():
            bad.extend(_item_colours(view))
    return bad


def clipped(root: QWidget) -> list[str]:
    """Visible widgets smaller than their text: a label or a button narrower (or lower) than its size
    hint, a wrapped label lower than its text at its width."""
    bad: list[str] = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or w.objectName().startswith("qt_"):  # Qt's own inner parts (a spin box's field)
            continue
        if isinstance(w, QLabel) and w.text().strip() and w.pixmap().isNull():
            if w.wordWrap():
                if w.height() + 1 < w.heightForWidth(w.width()):
                    bad.append(f"{_name(w)} {w.width()}×{w.height()} needs height {w.heightForWidth(w.width())}")
            elif w.width() + 1 < w.sizeHint().width() or w.height() + 1 < w.minimumSizeHint().height():
                bad.append(f"{_name(w)} {w.width()}×{w.height()} needs {w.sizeHint().width()}×{w.sizeHint().height()}")
        elif isinstance(w, QAbstractButton) and w.text().strip():
            hint = w.sizeHint()
            if w.width() + 1 < hint.width() or w.height() + 1 < w.minimumSizeHint().height():
                bad.append(f"{_name(w)} {w.width()}×{w.height()} needs {hint.width()}×{hint.height()}")
        elif isinstance(w, QLineEdit | QComboBox) and w.height() + 1 < w.minimumSizeHint().height():
            bad.append(f"{_name(w)} height {w.height()} needs {w.minimumSizeHint().height()}")
    return bad


def high_contrast_palette() -> QPalette:
    """Windows' 「ハイ コントラスト 黒」 as a Qt palette: white text on black, cyan selection."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#000000",
        QPalette.ColorRole.WindowText: "#ffffff",
        QPalette.ColorRole.Base: "#000000",
        QPalette.ColorRole.AlternateBase: "#000000",
        QPalette.ColorRole.Text: "#ffffff",
        QPalette.ColorRole.Button: "#000000",
        QPalette.ColorRole.ButtonText: "#ffffff",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#1aebff",
        QPalette.ColorRole.HighlightedText: "#000000",
        QPalette.ColorRole.ToolTipBase: "#000000",
        QPalette.ColorRole.ToolTipText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#c0c0c0",
        QPalette.ColorRole.Link: "#ffff00",
        QPalette.ColorRole.Light: "#ffffff",
        QPalette.ColorRole.Midlight: "#c0c0c0",
        QPalette.ColorRole.Mid: "#808080",
        QPalette.ColorRole.Dark: "#404040",
        QPalette.ColorRole.Shadow: "#ffffff",
    }
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#3ff23f"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#3ff23f"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#3ff23f"))
    return palette
