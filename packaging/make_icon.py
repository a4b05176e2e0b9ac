"""Draw the application icon with Qt (a roadmap sheet: plan bars over actual bars) and save it as PNG and ICO.

    .venv/bin/python packaging/make_icon.py      # writes resources/icons/roadmap-desktop.{png,ico}

The ICO (several sizes, for Windows' Explorer, taskbar and Start menu) is converted from the PNG
with Pillow, which reportlab already depends on. The files are committed; run this only to redraw.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZE = 256
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw(path: Path) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    # The sheet: a white page on a blue tile.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1f5fa8"))
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 40, 40)
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(QRectF(36, 52, 184, 152), 10, 10)
    # Year columns of the timeline.
    p.setPen(QPen(QColor("#b8c7da"), 3))
    for x in (82, 128, 174):
        p.drawLine(x, 64, x, 192)
    # Three initiatives: plan bar (outlined) above actual bar (filled), as on the printed sheet.
    bars = [(48, 130, 76), (84, 170, 112), (120, 208, 148)]
    for left, right, y in bars:
        p.setPen(QPen(QColor("#1f5fa8"), 5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(left, y, right - left, 14), 4, 4)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#e8792b"))
        p.drawRoundedRect(QRectF(left, y + 20, (right - left) * 0.8, 12), 4, 4)
    p.end()
    if not image.save(str(path)):
        raise SystemExit(f"could not write {path}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    ICONS.mkdir(parents=True, exist_ok=True)
    png = ICONS / "roadmap-desktop.png"
    draw(png)
    from PIL import Image

    Image.open(png).save(ICONS / "roadmap-desktop.ico", sizes=ICO_SIZES)
    print(f"wrote {png} and {png.with_suffix('.ico')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
