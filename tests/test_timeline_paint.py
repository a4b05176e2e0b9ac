"""The timeline's fast paint draws the pixels Qt's plain calls would: lines and boxes filled as
rectangles, words laid out once, repaints served from what the last paint kept."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from PySide6.QtCore import QLineF, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QRegion
from PySide6.QtWidgets import QApplication
from timeline_projects import small_project

from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Row
from roadmap_desktop.ui.paint_pixels import Words, box_pixels, grid_line
from roadmap_desktop.ui.timeline import TimelineWidget
from roadmap_desktop.ui.timeline_layout import PxRect

INK, FILL = QColor(0x33, 0x33, 0x33), QColor(0xF4, 0xF7, 0xFC)
FRACTIONS = [0.0, 0.5, 1 / 64, 1 - 1 / 64, 0.25, 0.49, 0.51, 1 - 1e-9, 1e-9]


@pytest.fixture(autouse=True)
def _font(app_font: str) -> None:
    """Every render here uses the bundled Japanese font."""


def _image(w: int = 80, h: int = 60) -> QImage:
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    return image


def _coordinate(rng: random.Random, low: int, high: int) -> float:
    return rng.randint(low, high) + (rng.choice(FRACTIONS) if rng.random() < 0.5 else rng.random())


def test_a_grid_line_filled_as_a_rectangle_sets_the_pixels_drawlines_sets() -> None:
    rng = random.Random(7)
    for _ in range(400):
        along0, along1, across = _coordinate(rng, 2, 30), _coordinate(rng, 2, 55), _coordinate(rng, 2, 50)
        for x0, y0, x1, y1 in ((across, along0, across, along1), (along0, across, along1, across)):
            lines, rects = _image(), _image()
            p = QPainter(lines)
            p.setPen(QPen(INK, 1))
            p.drawLines([QLineF(x0, y0, x1, y1)])
            p.end()
            p = QPainter(rects)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(INK))
            p.drawRects([grid_line(x0, y0, x1, y1)])
            p.end()
            assert lines == rects, (x0, y0, x1, y1)


def test_a_box_filled_as_two_rectangles_sets_the_pixels_drawrect_sets() -> None:
    rng = random.Random(11)
    for _ in range(600):
        r = PxRect(_coordinate(rng, 2, 30), _coordinate(rng, 2, 20), _coordinate(rng, 1, 40), _coordinate(rng, 1, 25))
        pixels = box_pixels(r)
        assert pixels is not None
        plain, filled = _image(), _image()
        p = QPainter(plain)
        p.setPen(QPen(INK, 1))
        p.setBrush(QBrush(FILL))
        p.drawRect(QRectF(r.x, r.y, r.w, r.h))
        p.end()
        p = QPainter(filled)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(INK))
        p.drawRects([pixels[0]])
        p.setBrush(QBrush(FILL))
        p.drawRects([pixels[1]])
        p.end()
        assert plain == filled, r
    assert box_pixels(PxRect(3.0, 3.0, 0.6, 10.0)) is None  # under a pixel: drawn by drawRect


def test_words_laid_out_once_land_where_drawtext_puts_them(qapp: QApplication) -> None:
    laid = Words()
    rng = random.Random(3)
    words = ["計画", "実績", "目標", "区分", "取組", "R10", "12", "4", "検討会議開催"]
    for size in (9, 11, 13, 15):
        font = QFont(QApplication.font())
        font.setPixelSize(size)
        fm = QFontMetricsF(font)
        for _ in range(40):
            word = rng.choice(words)
            w = fm.horizontalAdvance(word)
            r = QRectF(rng.uniform(0, 20), rng.uniform(0, 10), w + rng.uniform(0, 40), fm.height() + rng.uniform(0, 20))
            for left in (False, True):
                align = (
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter if left else Qt.AlignmentFlag.AlignCenter
                )
                plain, fast = _image(120, 60), _image(120, 60)
                for image, fast_path in ((plain, False), (fast, True)):
                    p = QPainter(image)
                    p.setFont(font)
                    p.setPen(QColor("#111111"))
                    if fast_path:
                        laid.draw_in(p, r, word, font, fm, left=left)
                    else:
                        p.drawText(r, align, word)
                    p.end()
                assert plain == fast, (word, size, r, left)
    # text with a line break is not laid out ahead (QStaticText would break it): drawText draws it
    assert laid.laid_out("内容\n検討", font, fm) is None


def _project(arrows: bool = True) -> tuple[Project, Edition]:
    edition = Edition(fiscal_year=2024)
    rng = random.Random(5)
    initiatives = []
    for i in range(8):
        plan, pos = [], rng.randrange(0, 3)
        while pos < 60:
            end = min(59, pos + rng.choice([1, 2, 4, 7, 12]))
            plan.append(
                Bar(
                    edition.first_month.shifted(pos),
                    edition.first_month.shifted(end),
                    rng.choice(["検討", "試験導入・内容検討", "運用"]),
                )
            )
            pos = end + 1 + rng.choice([0, 0, 1])
        plan[-1].continues = arrows and plan[-1].end == edition.last_month
        actual = [Bar(b.start, b.end.shifted(rng.choice([0, 1])), b.label) for b in plan[:3]]
        initiatives.append(Initiative(f"取組{i + 1}", plan=plan, actual=actual))
    return Project(name="描画の検証", initiatives=initiatives), edition


def _render(widget: TimelineWidget, region: QRegion | None = None) -> QImage:
    image = QImage(widget.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.black)
    p = QPainter(image)
    if region is None:
        widget.render(p, QPoint(0, 0))
    else:
        widget.render(p, QPoint(0, 0), region)
    p.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def test_a_partial_repaint_sets_the_pixels_of_the_full_paint(qapp: QApplication) -> None:
    """Before, a bar's outline corner on a partial repaint could differ from the full paint (Qt's
    stroker under a clip); boxes filled as rectangles are the same under any clip. (An arrow, the bar
    that runs on past the window, is still stroked: a pixel of its outline may still differ.)"""
    project, edition = _project(arrows=False)
    widget = TimelineWidget()
    widget.set_context(edition, Month(2025, 10))
    widget.set_project(project)
    widget.resize(1200, widget.minimumHeight())
    full = _render(widget)
    for rect in (QRect(300, 0, 333, 400), QRect(0, 120, 1200, 60), QRect(517, 33, 91, 250)):
        part = _render(widget, QRegion(rect))
        assert part.copy(QRect(0, 0, rect.width(), rect.height())) == full.copy(rect), rect


def test_repaints_follow_every_change_of_project_size_and_zoom(qapp: QApplication) -> None:
    """What one paint keeps for the next never outlives the layout and bars it was made for: after each
    change, the painted widget shows what a new widget given the same steps shows."""
    project, edition = _project()
    steps: list[Callable[[TimelineWidget], None]] = [
        lambda w: w.set_context(edition, Month(2025, 10)),
        lambda w: w.set_project(project),
        lambda w: w.resize(1200, w.minimumHeight()),
    ]
    widget = TimelineWidget()
    for step in steps:
        step(widget)
    first = _render(widget)
    assert _render(widget) == first  # the second paint, from what the first kept
    for change in (
        lambda w: w.set_project(small_project()),
        lambda w: w.resize(900, w.minimumHeight()),
        lambda w: w.set_month_width(30),
        lambda w: w.select_bar((0, Row.PLAN, 0)),
        lambda w: w.set_context(edition, Month(2024, 7)),
        lambda w: w.set_project(project),
    ):
        change(widget)
        steps.append(change)
        again = _render(widget)
        fresh = TimelineWidget()
        for step in steps:
            step(fresh)
        assert again == _render(fresh)
        assert again != first or change is steps[-1]
