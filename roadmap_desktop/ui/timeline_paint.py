"""How the timeline paints: grid, bars, the 基準月 line, labels, each step only inside the repainted rectangle.

:class:`TimelinePainter` draws one :class:`PaintFrame` — the controller's state (selection, cursor,
drag, delay marks) with the pixel layout and bar boxes — and reads nothing else of the widget. Pens,
brushes, fonts, label places and wrapped names are made once and cached. The 基準月 line is drawn
after the bars and before the labels, and every label sits on a patch of its own background, so
the line passes behind the words. Where a label goes is the printed sheet's one rule (layout/labels.py,
asked at the screen's scale by timeline_labels.py): inside the bar, else on a label line above or below
it within its own months (the row grows a line), else a numbered mark (※1) at the bar and the whole
label in the legend. Never beside the bar (another period's column), never vertical, never cut or
dropped; the tooltip always has it whole.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPolygonF,
    QStaticText,
    QTextOption,
)

from ..core.fiscal import format_fiscal_year, period_in_words
from ..core.labels import ACTUAL_LABEL, TIMELINE_NAME_HEADER, TIMELINE_ROW_HEADER
from ..core.model import Bar, Row
from ..core.timeline_state import BarRef, TimelineState
from ..layout.content import initiative_rows, printable
from ..layout.geometry import MIN_ROW_H, PT_MM, ROW_H
from ..layout.palette import COLOUR, Colour
from .paint_pixels import Words, box_pixels, brush, grid_line
from .timeline_labels import body_w, line_px, px_per_mm, span_px
from .timeline_layout import MONTH_HEAD_PX, RIGHT_GUTTER_PX, PxRect, TimelineLayout

if TYPE_CHECKING:
    from ..layout.labels import LabelHow

# The sheet's colours come from the one palette (layout/palette.py), as in the Excel workbook; the rest
# are the editor's own: selection, keyboard cursor, the note patch, months recorded ahead of time.
_PAL = COLOUR


def _q(colour: Colour, alpha: int = 255) -> QColor:
    c = QColor.fromRgbF(*colour)
    c.setAlpha(alpha)
    return c


GRID_FAINT = _q(_PAL.grid_month)
GRID_QUARTER = _q(_PAL.grid_quarter)
GRID_STRONG = _q(_PAL.grid_year)
HEAD_FILL = _q(_PAL.label_fill)
KIND_FILL = _q(_PAL.label_fill)
PLAN_FILL = _q(_PAL.plan_fill)
PLAN_LINE = _q(_PAL.bar_line)
ACTUAL_FILL = _q(_PAL.actual_fill)
DELAY = _q(_PAL.delay)
OVERRUN_FILL = _q(_PAL.delay, 0x70)
TEXT = _q(_PAL.ink)
SELECT = QColor(0x1A, 0x73, 0xE8)
CURSOR_FILL = QColor(0x1A, 0x73, 0xE8, 0x40)
LATE = QColor(0xF5, 0xA6, 0x23)  # actual months after the 基準月: recorded before they happened
NOTE_FILL = QColor(0xFF, 0xF8, 0xE1)
NOTE_MARK = "※{n}"  # at a bar whose label is too long to show there; the label is listed under the timeline
LABEL_PAD = 3.0  # the background patch around a label


class LabelPlace(NamedTuple):  # a NamedTuple, not a dataclass: architecture.md, Start-up
    """Where a bar's label is drawn: its text (or its note's mark ※n), how the rule placed it, each
    line's words with the pen's start and baseline, the font's pixel size, the patch under them all."""

    text: str
    how: LabelHow
    lines: tuple[tuple[str, float, float], ...]  # (words, x, baseline)
    px: int
    patch: PxRect

    @property
    def on_line(self) -> bool:
        """Set on a label line above or below the bar (dark words on the row's white)."""
        return self.how in ("above", "below")  # LabelHow.ABOVE / BELOW (a StrEnum)


class PaintFrame(NamedTuple):  # a NamedTuple, not a dataclass: architecture.md, Start-up
    """What one paint draws: the controller's state and the widget's pixels for it."""

    state: TimelineState
    layout: TimelineLayout
    bar_items: list[tuple[BarRef, Bar, PxRect]]  # every shown bar, clipped to the window
    bar_rects: dict[BarRef, PxRect]
    lanes: dict[tuple[int, Row, int], list[PxRect]]  # bar boxes per (initiative, row, lane), by x
    focused: bool
    width: float  # the widget's width
    message: tuple[str, PxRect] | None  # a note shown at a spot


# kind cells, then the faint, quarter and strong lines (see paint_pixels.grid_line)
GridRects = tuple[list[QRectF], list[QRect], list[QRect], list[QRect]]


class LabelDraw(NamedTuple):  # a NamedTuple, not a dataclass: architecture.md, Start-up
    """A placed label ready to draw: each line's laid-out text (None: drawText) and where, its patch,
    its font."""

    lines: tuple[tuple[QStaticText | None, QPointF, str], ...]  # at: the static text's top left, or the baseline
    patch: QRectF
    font: QFont


BarBoxes = tuple[list[tuple[BarRef, Bar, PxRect]], dict[BarRef, PxRect], dict[tuple[int, Row, int], list[PxRect]]]


def layout_for(
    state: TimelineState,
    width: float,
    month_px: float | None,
    painter: TimelinePainter,
    fit_height: float | None = None,
    labels: bool = True,
) -> TimelineLayout:
    """The pixel layout of *state* at *width* (None *month_px*: fit), its fixed columns wide enough
    for their words at the painter's fonts (which follow the row height when zoomed), its rows grown by
    the label lines the sheet's label rule asks for at the screen's scale (:func:`timeline_labels.decide`).
    At "fit" the lanes are fitted to *fit_height* (the view's height): the sheet's comfortable row
    (ROW_H) when the whole timeline fits, down to its least (MIN_ROW_H) before the view scrolls.
    *labels* False: no label placed yet (the first paint of the window; see TimelineWidget.defer_labels)."""
    # the content step every output draws: bars clipped to the window and stacked as on the sheet
    rows = initiative_rows(state.project, state.edition) if state.project is not None else ()
    fit = month_px is None
    lay = TimelineLayout(state.edition, rows, width, month_px)
    painter.size_fonts(FIT_FONT_LANE if fit else lay.lane_h, lay.year_head_h)
    minimums = painter.column_minimums()
    scale = px_per_mm(painter.label_px)
    lane_px = _fit_lane(lay, scale, fit_height, 0) if fit else None
    lay = TimelineLayout(state.edition, rows, width, month_px, minimums, lane_px=lane_px)
    lay.label_scale = scale
    if not labels:
        return lay
    from .timeline_labels import decide  # loads the font's metrics (reportlab) on first use

    places, lines = decide(lay, scale)  # widths and lane heights only: the lines change neither
    n_lines = sum(a + b for a, b in lines)
    if fit and n_lines:  # room for the label lines too, then the labels again at that lane height
        fitted = _fit_lane(lay, scale, fit_height, n_lines)
        if fitted != lane_px:
            lane_px = fitted
            lay = TimelineLayout(state.edition, rows, width, month_px, minimums, lane_px=lane_px)
            places, lines = decide(lay, scale)
            n_lines = sum(a + b for a, b in lines)
    if n_lines:
        lay = TimelineLayout(state.edition, rows, width, month_px, minimums, lines, line_px(scale), lane_px)
    lay.labels, lay.label_scale = places, scale
    return lay


def _fit_lane(lay: TimelineLayout, scale: float, height: float | None, n_lines: int) -> float:
    """A lane's height at "fit": the sheet's rows at the screen's scale, as tall as *height* allows."""
    comfortable, least = ROW_H * scale, MIN_ROW_H * scale
    lanes = sum(lay.lane_count(i, row) for i in range(lay.initiatives) for row in Row)
    if height is None or not lanes:
        return comfortable
    room = height - lay.header_h - n_lines * line_px(scale) - 2
    return max(least, min(comfortable, room / lanes))


def bar_boxes(state: TimelineState, lay: TimelineLayout) -> BarBoxes:
    """Every shown bar's box: (bars in order, box per bar, boxes per lane of a row)."""
    items: list[tuple[BarRef, Bar, PxRect]] = []
    rects: dict[BarRef, PxRect] = {}
    lanes: dict[tuple[int, Row, int], list[PxRect]] = {}
    if state.project is None:
        return items, rects, lanes
    for ini in lay.rows:
        i = ini.index
        for row in (Row.PLAN, Row.ACTUAL):
            # clipped to the window as on the printed sheet: a bar from another edition's window never
            # paints over the name columns, and one wholly outside it is not drawn
            for p in sorted(ini.row(row).bars, key=lambda p: p.index):
                r = lay.bar_rect(i, row, p.first, p.last, p.lane)
                rects[(i, row, p.index)] = r
                items.append(((i, row, p.index), p.bar, r))
                lanes.setdefault((i, row, p.lane), []).append(r)
    return items, rects, lanes


class TimelinePainter:
    """Pens, fonts and caches, and the paint steps; see the module docstring."""

    def __init__(self, font: QFont, tr: Callable[[str], str]) -> None:
        self.tr = tr
        self._notes: list[tuple[str, str]] = []
        self._names: dict[tuple[str, int, int], tuple[QStaticText, QFont, float]] = {}
        self._places: dict[BarRef, LabelPlace] = {}
        self._places_key: tuple[TimelineLayout, list[tuple[BarRef, Bar, PxRect]]] | None = None
        self.words = Words()  # words are shaped once, not at every paint
        # What a repaint of the same rectangle over the same layout and bars computes again, kept from
        # the last one: the grid's rectangles, the bars meeting it, each box's pixels, each label's drawing.
        self._grid_cache: tuple[TimelineLayout, tuple[int, ...], GridRects] | None = None
        self._visible_cache: (
            tuple[list[tuple[BarRef, Bar, PxRect]], tuple[int, ...], list[tuple[BarRef, Bar, PxRect]]] | None
        ) = None
        self._boxes: dict[BarRef, tuple[QRect, QRect] | None] = {}
        self._boxes_key: list[tuple[BarRef, Bar, PxRect]] | None = None
        self._label_draws: dict[BarRef, LabelDraw] = {}
        self._sized: dict[int, tuple[QFont, QFontMetricsF]] = {}  # label fonts by pixel size
        self.pens = {
            "faint": QPen(GRID_FAINT, 1),
            "quarter": QPen(GRID_QUARTER, 1),
            "strong": QPen(GRID_STRONG, 1),
            "plan": QPen(PLAN_LINE, 1),
            "actual": QPen(ACTUAL_FILL, 1),
            "select": QPen(SELECT, 2.5),
            "overrun": QPen(DELAY, 2),
            "late": QPen(LATE, 2, Qt.PenStyle.DashLine),
            "today": QPen(DELAY, 1.5, Qt.PenStyle.DashLine),
            "ghost": QPen(SELECT, 1.5, Qt.PenStyle.DashLine),
            "ghost_bad": QPen(DELAY, 1.5, Qt.PenStyle.DashLine),
            "text": QPen(TEXT),
            "white": QPen(QColor(Qt.GlobalColor.white)),
            "focus": QPen(SELECT, 1.5, Qt.PenStyle.DotLine),
        }
        self.brushes = {
            "head": brush(HEAD_FILL),
            "kind": brush(KIND_FILL),
            "plan": brush(PLAN_FILL),
            "actual": brush(ACTUAL_FILL),
            "cursor": brush(CURSOR_FILL),
            "delay": brush(DELAY, Qt.BrushStyle.BDiagPattern),
            "delay_mark": brush(DELAY),
            "white": brush(QColor(Qt.GlobalColor.white)),
            "note": brush(NOTE_FILL),
            "overrun": brush(OVERRUN_FILL),
            "late": brush(LATE, Qt.BrushStyle.FDiagPattern),
        }
        # the grid's lines and the boxes' outlines, filled as rectangles (see paint_pixels.py)
        self.grid_brushes = {name: brush(self.pens[name].color()) for name in ("faint", "quarter", "strong")}
        self.outline_brushes = {
            row: brush(self.pens[name].color()) for row, name in ((Row.PLAN, "plan"), (Row.ACTUAL, "actual"))
        }
        self.set_font(font)

    def set_font(self, font: QFont) -> None:
        base = QFont(font)
        self.font_label = QFont(base)
        self.font_name = QFont(base)
        self.font_head = QFont(base)
        self.font_head.setBold(True)
        self.font_small = QFont(base)
        self._label_px = -1
        self.size_fonts(MIN_LANE_FOR_FONTS, MIN_LANE_FOR_FONTS)

    def size_fonts(self, lane_h: float, year_head_h: float) -> None:
        """Font sizes follow the row height; a change drops the cached label fonts and wrapped names."""
        label_px = int(max(10, min(14, lane_h * 0.5)))
        if self._label_px == label_px:
            return
        self._label_px = label_px
        self.font_label.setPixelSize(label_px)
        self.font_name.setPixelSize(max(10, min(14, label_px + 1)))
        self.font_head.setPixelSize(max(11, min(15, int(year_head_h * 0.55))))
        self.font_small.setPixelSize(max(11, int(MONTH_HEAD_PX * 0.62)))  # month digits readable on a laptop
        self.fm_label = QFontMetricsF(self.font_label)
        self.fm_small = QFontMetricsF(self.font_small)
        self.fm_head = QFontMetricsF(self.font_head)
        self._sized.clear()
        self._names.clear()
        self.words.clear()
        self._places_key = None

    @property
    def label_px(self) -> int:
        """The bar label font's pixel size: the sheet's full-size bar label at the screen's scale."""
        return self._label_px

    def label_font(self, px: int) -> tuple[QFont, QFontMetricsF]:
        hit = self._sized.get(px)
        if hit is None:
            font = QFont(self.font_label)
            font.setPixelSize(px)
            hit = self._sized[px] = (font, QFontMetricsF(font))
        return hit

    def column_minimums(self) -> tuple[float, float]:
        """(name column, 区分 column) widths that hold their words at the current fonts."""
        kind_words = [self.tr(TIMELINE_ROW_HEADER), self.tr("計画"), self.tr("目標"), self.tr(ACTUAL_LABEL)]
        kind = max(
            max(self.fm_label.horizontalAdvance(w) for w in kind_words[1:]),
            self.fm_head.horizontalAdvance(kind_words[0]),
        )
        # a name column under five characters wide wraps every name into a tower of words
        name = max(
            self.fm_head.horizontalAdvance(self.tr(TIMELINE_NAME_HEADER)), self.fm_label.horizontalAdvance("あ") * 5
        )
        return name + 12, kind + 10

    # --- the paint ---------------------------------------------------------------------------------

    def paint(self, p: QPainter, clip: QRect, f: PaintFrame) -> None:
        p.fillRect(clip, Qt.GlobalColor.white)
        rows = f.layout.rows_in(clip.top(), clip.bottom()) if f.state.project is not None else range(0)
        visible = self.visible_bars(f, clip, rows)
        self._paint_grid(p, clip, rows, f)
        self._paint_bars(p, visible, f)
        self._paint_today(p, clip, f)  # behind the labels
        self._paint_labels(p, clip, rows, visible, f)
        self._paint_drag_note(p, f)
        self._paint_message(p, clip, f)

    def visible_bars(self, f: PaintFrame, clip: QRect, rows: range) -> list[tuple[BarRef, Bar, PxRect]]:
        """The bars meeting the repainted rectangle (an arrow's tip reaches into the right gutter)."""
        if not rows:
            return []
        key = (clip.x(), clip.y(), clip.width(), clip.height(), rows.start, rows.stop)
        cached = self._visible_cache
        if cached is not None and cached[0] is f.bar_items and cached[1] == key:
            return cached[2]
        cx, cy = float(clip.x()) - RIGHT_GUTTER_PX, float(clip.y())
        cw, ch = float(clip.width()) + RIGHT_GUTTER_PX, float(clip.height())
        first, last = rows.start, rows.stop - 1
        visible = [item for item in f.bar_items if first <= item[0][0] <= last and item[2].intersects(cx, cy, cw, ch)]
        self._visible_cache = (f.bar_items, key, visible)
        return visible

    def _preview_rect(self, f: PaintFrame) -> tuple[BarRef | None, int, int, PxRect] | None:
        preview = f.state.drag_preview()
        d = f.state.drag
        if preview is None or d is None:
            return None
        ref, first, last = preview
        lay = f.layout
        return ref, first, last, lay.bar_rect(d.initiative, d.row, first, last, lay.bar_lane(*ref) if ref else 0)

    def _paint_drag_note(self, p: QPainter, f: PaintFrame) -> None:
        """While dragging: the period the bar would get, in words, just above it."""
        pr = self._preview_rect(f)
        if pr is None:
            return
        _ref, first, last, r = pr
        lay = f.layout
        text = period_in_words(f.state.month(first), f.state.month(last))
        w, h = self.fm_label.horizontalAdvance(text) + 12, self.fm_label.height() + 6
        x = max(lay.months_x, min(r.x, lay.width - w))
        y = r.y - h - 3 if r.y - h - 3 >= lay.header_h else r.bottom + 3
        p.setPen(self.pens["ghost"])
        p.setBrush(self.brushes["note"])
        p.drawRect(QRectF(x, y, w, h))
        p.setPen(self.pens["text"])
        p.setFont(self.font_label)
        p.drawText(QRectF(x, y, w, h), Qt.AlignmentFlag.AlignCenter, text)

    def _paint_message(self, p: QPainter, clip: QRect, f: PaintFrame) -> None:
        if f.message is None:
            return
        text, r = f.message
        if not r.intersects(clip.x(), clip.y(), clip.width(), clip.height()):
            return
        p.setPen(self.pens["overrun"])
        p.setBrush(self.brushes["note"])
        p.drawRect(QRectF(r.x, r.y, r.w, r.h))
        p.setPen(self.pens["text"])
        p.setFont(self.font_label)
        shown = self.fm_label.elidedText(text, Qt.TextElideMode.ElideRight, int(r.w - 12))
        p.drawText(
            QRectF(r.x + 6, r.y, r.w - 12, r.h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown
        )

    def _paint_grid(self, p: QPainter, clip: QRect, rows: range, f: PaintFrame) -> None:
        lay, s = f.layout, f.state
        cx0, cx1 = float(clip.left()), float(clip.right() + 1)
        cy0, cy1 = float(clip.top()), float(clip.bottom() + 1)
        right = lay.months_x + lay.n_months * lay.month_w
        bottom = lay.body_bottom if lay.initiatives else lay.header_h
        # Header and 区分 shading, behind-plan hatching, the cursor cell.
        if cy0 < lay.header_h:
            p.fillRect(QRectF(0, 0, right, lay.header_h), self.brushes["head"])
        kinds, faint, quarter, strong = self._grid_rects(clip, rows, lay)
        for k in kinds:
            p.fillRect(k, self.brushes["kind"])
        for i in rows:
            for first, last in s.behind.get(i, ()):
                x0, x1 = lay.month_left(first), lay.month_left(last + 1)
                y = lay.row_top(i, Row.ACTUAL)
                if x1 >= cx0 and x0 <= cx1:
                    p.fillRect(QRectF(x0, y, x1 - x0, lay.row_height(i, Row.ACTUAL)), self.brushes["delay"])
        if f.focused and s.project is not None and lay.initiatives:
            i, row, month = s.cursor
            if s.name_focus:
                r = lay.name_cell(i)
                p.fillRect(QRectF(r.x, r.y, r.w, r.h), self.brushes["cursor"])
            elif s.selection is None and i in rows:
                r = lay.month_cell(i, row, month)
                p.fillRect(QRectF(r.x, r.y, r.w, r.h), self.brushes["cursor"])
        p.setPen(Qt.PenStyle.NoPen)
        if min(cy1, bottom) > max(cy0, 0.0):
            p.setBrush(self.grid_brushes["faint"])
            p.drawRects(faint)
            p.setBrush(self.grid_brushes["quarter"])
            p.drawRects(quarter)
        p.setBrush(self.grid_brushes["strong"])
        p.drawRects(strong)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(self.pens["strong"])

    def _grid_rects(self, clip: QRect, rows: range, lay: TimelineLayout) -> GridRects:
        """The 区分 cells and the grid's lines meeting *clip* (kept for the next paint of the same)."""
        key = (clip.x(), clip.y(), clip.width(), clip.height(), rows.start, rows.stop)
        cached = self._grid_cache
        if cached is not None and cached[0] is lay and cached[1] == key:
            return cached[2]
        cx0, cx1 = float(clip.left()), float(clip.right() + 1)
        cy0, cy1 = float(clip.top()), float(clip.bottom() + 1)
        right = lay.months_x + lay.n_months * lay.month_w
        bottom = lay.body_bottom if lay.initiatives else lay.header_h
        kinds: list[QRectF] = []
        for i in rows:
            for row in (Row.PLAN, Row.ACTUAL):
                k = lay.kind_cell(i, row)
                if k.intersects(cx0, cy0, cx1 - cx0, cy1 - cy0):
                    kinds.append(QRectF(k.x, k.y, k.w, k.h))
        # Vertical lines: months faint, quarters stronger, years and the fixed columns strong.
        y_top, y_bot = max(cy0, 0.0), min(cy1, bottom)
        y_months = max(cy0, lay.year_head_h)
        faint: list[QRect] = []
        quarter: list[QRect] = []
        strong: list[QRect] = [
            grid_line(lay.name_w, y_top, lay.name_w, y_bot),
            grid_line(lay.months_x, y_top, lay.months_x, y_bot),
        ]
        for m in range(lay.n_months + 1):
            x = lay.month_left(m)
            if x < cx0 - 1 or x > cx1 + 1:
                continue
            if m % 12 == 0:
                strong.append(grid_line(x, y_top, x, y_bot))
            elif m % 3 == 0:
                quarter.append(grid_line(x, y_months, x, y_bot))
            else:
                faint.append(grid_line(x, y_months, x, y_bot))
        # Horizontal lines: under the header, between plan and actual, between initiatives.
        x_left, x_right = max(cx0, 0.0), min(cx1, right)
        strong.append(grid_line(x_left, 0.5, x_right, 0.5))
        strong.append(grid_line(x_left, lay.header_h, x_right, lay.header_h))
        quarter.append(grid_line(max(x_left, lay.months_x), lay.year_head_h, x_right, lay.year_head_h))
        for i in rows:
            y = lay.row_top(i, Row.ACTUAL)
            faint.append(grid_line(max(x_left, lay.name_w), y, x_right, y))
            y = lay.row_top(i, Row.ACTUAL) + lay.row_height(i, Row.ACTUAL)
            strong.append(grid_line(x_left, y, x_right, y))
        rects = (kinds, faint, quarter, strong)
        self._grid_cache = (lay, key, rects)
        return rects

    @staticmethod
    def bar_shape(r: PxRect, continues: bool) -> QPolygonF | None:
        """An arrow for a bar that runs on past the window (tip in the right gutter); None for a box."""
        if not continues:
            return None
        tip = r.right + RIGHT_GUTTER_PX - 3
        neck = r.right - min(4.0, r.w / 4)
        return QPolygonF(
            [
                QPointF(r.x, r.y),
                QPointF(neck, r.y),
                QPointF(neck, r.y - 2),
                QPointF(tip, r.y + r.h / 2),
                QPointF(neck, r.bottom + 2),
                QPointF(neck, r.bottom),
                QPointF(r.x, r.bottom),
            ]
        )

    def draw_box(self, p: QPainter, r: PxRect, row: Row, continues: bool) -> None:
        if row is Row.PLAN:
            p.setPen(self.pens["plan"])
            p.setBrush(self.brushes["plan"])
        else:
            p.setPen(self.pens["actual"])
            p.setBrush(self.brushes["actual"])
        shape = self.bar_shape(r, continues)
        if shape is None:
            p.drawRect(QRectF(r.x, r.y, r.w, r.h))
        else:
            p.drawPolygon(shape)

    def _paint_bars(self, p: QPainter, visible: list[tuple[BarRef, Bar, PxRect]], f: PaintFrame) -> None:
        s, lay = f.state, f.layout
        if s.project is None:
            return
        pr = self._preview_rect(f)
        dragged = pr[0] if pr else None
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        # Plain boxes of one row kind go to Qt together, as the pixels drawRect would set (box_pixels):
        # their outlines, then their insides (boxes never overlap by more than an edge: the lanes).
        outlines: list[QRect] = []
        insides: list[QRect] = []
        boxes_row = Row.PLAN

        def flush() -> None:
            if outlines:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(self.outline_brushes[boxes_row])
                p.drawRects(outlines)
                if boxes_row is Row.PLAN:  # an actual box is filled with its outline's colour
                    p.setBrush(self.brushes["plan"])
                    p.drawRects(insides)
                outlines.clear()
                insides.clear()

        if self._boxes_key is not f.bar_items:
            self._boxes_key = f.bar_items
            self._boxes = {ref: None if bar.continues else box_pixels(r) for ref, bar, r in f.bar_items}
        for ref, bar, r in visible:
            if ref == dragged:
                continue
            pixels = self._boxes[ref]
            if pixels is None:
                flush()
                self.draw_box(p, r, ref[1], bar.continues)
            else:
                if ref[1] is not boxes_row:
                    flush()
                    boxes_row = ref[1]
                outlines.append(pixels[0])
                insides.append(pixels[1])
            marks = ref[1] is Row.ACTUAL and ((ref[0], ref[2]) in s.overrun or (ref[0], ref[2]) in s.late)
            if marks:
                flush()
                for first, last in s.overrun.get((ref[0], ref[2]), ()):
                    x0, x1 = max(r.x, lay.month_left(first)), min(r.right, lay.month_left(last + 1))
                    p.setPen(self.pens["overrun"])
                    p.setBrush(self.brushes["overrun"])
                    p.drawRect(QRectF(x0 + 1, r.y + 1, x1 - x0 - 2, r.h - 2))
                for first, last in s.late.get((ref[0], ref[2]), ()):
                    x0, x1 = max(r.x, lay.month_left(first)), min(r.right, lay.month_left(last + 1))
                    if x1 > x0:
                        p.setPen(self.pens["late"])
                        p.setBrush(self.brushes["late"])
                        p.drawRect(QRectF(x0 + 1, r.y + 1, x1 - x0 - 2, r.h - 2))
        flush()
        p.setBrush(Qt.BrushStyle.NoBrush)
        sel = s.selection
        if sel is not None and sel != dragged and sel in f.bar_rects:
            r = f.bar_rects[sel]
            p.setPen(self.pens["select"] if f.focused else self.pens["focus"])
            p.drawRect(QRectF(r.x - 1.5, r.y - 1.5, r.w + 3, r.h + 3))
        if pr is not None:
            moving, first, last, r = pr
            inside = first >= 0 and last < lay.n_months
            moved = s.bar(moving) if moving is not None else None
            if moving is not None and moved is not None:
                self.draw_box(p, r, moving[1], moved.continues)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(self.pens["ghost"] if inside else self.pens["ghost_bad"])
            p.drawRect(QRectF(r.x - 1.5, r.y - 1.5, r.w + 3, r.h + 3))

    def _name_text(self, name: str, width: int, height: int) -> tuple[QStaticText, QFont, float]:
        """The initiative's name wrapped into its cell, at the largest size (down to 8 px) that fits."""
        key = (name, width, height)
        hit = self._names.get(key)
        if hit is None:
            text = name.replace("\n", "\u2028")
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            font = QFont(self.font_name)
            size = self.font_name.pixelSize()
            while True:
                font.setPixelSize(size)
                st = QStaticText(text)
                st.setTextFormat(Qt.TextFormat.PlainText)
                st.setTextOption(option)
                st.setTextWidth(width)
                st.prepare(font=font)
                h = st.size().height()
                if h <= height or size <= 8:
                    break
                size -= 1
            hit = (st, font, h)
            self._names[key] = hit
        return hit

    def _paint_header(self, p: QPainter, clip: QRect, f: PaintFrame) -> None:
        lay = f.layout
        cx0, cx1 = clip.left(), clip.right() + 1
        p.setPen(self.pens["text"])
        head, fm = self.font_head, self.fm_head
        p.setFont(head)
        self.words.draw_in(p, QRectF(0, 0, lay.name_w, lay.header_h), self.tr(TIMELINE_NAME_HEADER), head, fm)
        self.words.draw_in(p, QRectF(lay.name_w, 0, lay.kind_w, lay.header_h), self.tr(TIMELINE_ROW_HEADER), head, fm)
        for y, fy in enumerate(f.state.edition.window_years):
            r = lay.year_header(y)
            if r.right >= cx0 and r.x <= cx1:
                self.words.draw_in(p, QRectF(r.x, r.y, r.w, r.h), format_fiscal_year(fy), head, fm)
        p.setFont(self.font_small)
        every = 1 if lay.month_w >= self.fm_small.horizontalAdvance("12") + 3 else 3
        for m in range(0, lay.n_months, every):
            x = lay.month_left(m)
            if x + lay.month_w < cx0 or x > cx1:
                continue
            self.words.draw_in(
                p,
                QRectF(x, lay.year_head_h, lay.month_w * every, MONTH_HEAD_PX),
                str(f.state.month(m).month),
                self.font_small,
                self.fm_small,
                left=every != 1,
            )

    def _paint_labels(
        self, p: QPainter, clip: QRect, rows: range, visible: list[tuple[BarRef, Bar, PxRect]], f: PaintFrame
    ) -> None:
        lay, s = f.layout, f.state
        if clip.top() < lay.header_h:
            self._paint_header(p, clip, f)
        if s.project is None or not s.project.initiatives:
            p.setPen(self.pens["text"])
            p.setFont(self.font_name)
            text = (
                self.tr("事業が選択されていません。")
                if s.project is None
                else self.tr("取組がありません。右クリックの「取組を追加」か Ctrl+Insert で追加できます。")
            )
            p.drawText(
                QRectF(0, lay.header_h, max(lay.width, f.width), 3 * lay.lane_h), Qt.AlignmentFlag.AlignCenter, text
            )
            return
        # Names and 区分 words.
        for i in rows:
            ini = s.project.initiatives[i]
            if clip.left() < lay.months_x:
                cell = lay.name_cell(i)
                pad = 4
                warn = i in s.behind
                text_w = int(cell.w - 2 * pad - (12 if warn else 0))
                st, font, h = self._name_text(ini.name, max(text_w, 10), int(cell.h - 4))
                p.setFont(font)
                p.setPen(self.pens["text"])
                p.save()
                p.setClipRect(QRectF(cell.x, cell.y, cell.w, cell.h), Qt.ClipOperation.IntersectClip)
                p.drawStaticText(QPointF(cell.x + pad, cell.y + max(2.0, (cell.h - h) / 2)), st)
                p.restore()
                if warn:
                    self.paint_warning(p, cell.right - 13, cell.y + 4)
                p.setFont(self.font_label)
                p.setPen(self.pens["text"])
                for row, word in ((Row.PLAN, ini.plan_label), (Row.ACTUAL, ACTUAL_LABEL)):
                    k = lay.kind_cell(i, row)
                    self.words.draw_in(p, QRectF(k.x, k.y, k.w, k.h), self.tr(word), self.font_label, self.fm_label)
        self._paint_bar_labels(p, clip, rows, f)

    def label_places(self, f: PaintFrame) -> dict[BarRef, LabelPlace]:
        """Where each bar's label is drawn, for every shown bar (cached per layout: a partial repaint puts
        every label exactly where the full paint did), as the layout's decisions say (the sheet's rule,
        :func:`timeline_labels.decide`): inside, on a label line, or a numbered note (see :meth:`notes`)."""
        key = (f.layout, f.bar_items)  # the objects themselves: a new layout is a new object
        if self._places_key is None or self._places_key[0] is not key[0] or self._places_key[1] is not key[1]:
            self._places_key = key
            self._places = {}
            self._label_draws = {}
            self._notes = []
            lay = f.layout
            months = {
                (ini.index, row, p.index): (p.first, p.last)
                for ini in lay.rows
                for row in Row
                for p in ini.row(row).bars
            }
            for ref, bar, r in f.bar_items:
                decision = lay.labels.get(ref)
                if decision is None or ref not in months:
                    continue
                first, last = months[ref]
                if decision.how == "note":
                    label = printable(bar.label)
                    mark = next((m for m, text in self._notes if text == label), None)  # one per label
                    if mark is None:
                        mark = NOTE_MARK.format(n=len(self._notes) + 1)
                        self._notes.append((mark, label))
                    self._places[ref] = self._place_mark(lay, mark, r, first, last, bar.continues)
                else:
                    self._places[ref] = self._place_words(
                        lay, ref, bar.label, decision.how, decision.lines, decision.size, r, first, last, bar.continues
                    )
        return self._places

    def notes(self, f: PaintFrame) -> list[tuple[str, str]]:
        """(mark, whole label) of each label too long to show at its bar, once per label, in bar order."""
        self.label_places(f)
        return list(self._notes)

    def _fitted(self, lines: tuple[str, ...], size_pt: float, scale: float, width: float) -> tuple[int, QFontMetricsF]:
        """The pixel size for *lines* set at *size_pt* on the sheet: never wider than *width* (the screen's
        font is the sheet's IPAexGothic, so this only guards against a font with other widths)."""
        px = max(1, int(size_pt * PT_MM * scale + 1e-6))
        _font, fm = self.label_font(px)
        while px > 6 and max(fm.horizontalAdvance(t) for t in lines) > width + 0.5:
            px -= 1
            _font, fm = self.label_font(px)
        return px, fm

    def _set(
        self, text: str, how: LabelHow, lines: tuple[str, ...], px: int, fm: QFontMetricsF, box: PxRect, pitch: float
    ) -> LabelPlace:
        """*lines* centred in *box*, one every *pitch* pixels."""
        top = box.y + (box.h - pitch * len(lines)) / 2
        out: list[tuple[str, float, float]] = []
        x0, x1 = box.right, box.x
        for k, words in enumerate(lines):
            w = fm.horizontalAdvance(words)
            x = box.x + (box.w - w) / 2
            out.append((words, x, top + k * pitch + (pitch + fm.ascent() - fm.descent()) / 2))
            x0, x1 = min(x0, x), max(x1, x + w)
        y0 = out[0][2] - fm.ascent()
        y1 = out[-1][2] + fm.descent()
        patch = PxRect(x0 - LABEL_PAD, y0, x1 - x0 + 2 * LABEL_PAD, y1 - y0)
        return LabelPlace(text, how, tuple(out), px, patch)

    def _place_words(
        self,
        lay: TimelineLayout,
        ref: BarRef,
        label: str,
        how: LabelHow,
        lines: tuple[str, ...],
        size: float,
        r: PxRect,
        first: int,
        last: int,
        continues: bool,
    ) -> LabelPlace:
        """A label the rule set inside its bar (the body: an arrow's head left out) or on the row's label
        line over the bar's own months."""
        from ..layout.labels import BAR_LEADING, LabelHow

        if how is LabelHow.INSIDE:
            box = PxRect(r.x, r.y, body_w(r.w, continues), r.h)
            px, fm = self._fitted(lines, size, lay.label_scale, box.w)
            return self._set(label, how, lines, px, fm, box, px * BAR_LEADING)
        x, w = span_px(lay, first, last, continues)
        line = lay.label_line(ref[0], ref[1], below=how is LabelHow.BELOW)
        box = PxRect(x, line.y, w, line.h)
        px, fm = self._fitted(lines, size, lay.label_scale, box.w)
        return self._set(label, how, lines, px, fm, box, float(px))

    def _place_mark(self, lay: TimelineLayout, mark: str, r: PxRect, first: int, last: int, cont: bool) -> LabelPlace:
        """A note's mark ※n at its bar, sized by the sheet's rule (layout.labels.place_mark): in the body,
        else over the bar's months, else ※ over n."""
        from ..layout.labels import LabelHow, place_mark

        scale = lay.label_scale
        x, span = span_px(lay, first, last, cont)
        bw = body_w(r.w, cont)
        fit, wide = place_mark(mark, bw / scale, r.h / scale, span / scale)
        box = PxRect(x, r.y, span, r.h) if wide else PxRect(r.x, r.y, bw, r.h)
        px, fm = self._fitted(fit.lines, fit.size, scale, box.w if len(fit.lines) > 1 else max(box.w, span))
        return self._set(mark, LabelHow.NOTE, fit.lines, px, fm, box, float(px))

    def _dragged_place(
        self, f: PaintFrame, ref: BarRef, bar: Bar, first: int, last: int, r: PxRect
    ) -> LabelPlace | None:
        """The label of a bar being dragged, by the same rule at its new months; None where it would
        need a label line the row does not have now, or a note (shown again once it is dropped)."""
        from ..layout.labels import LabelHow, place_label

        lay = f.layout
        label = printable(bar.label)
        if not label:
            return None
        first, last = max(first, 0), min(last, lay.n_months - 1)
        if first > last:
            return None
        scale = lay.label_scale
        lanes = lay.lane_count(ref[0], ref[1])
        lane = lay.bar_lane(*ref)
        span = span_px(lay, first, last, bar.continues)[1]
        d = place_label(label, body_w(r.w, bar.continues) / scale, r.h / scale, span / scale, lane, lanes)
        above, below = lay.label_lines(ref[0], ref[1])
        if d.how is LabelHow.INSIDE or (d.how is LabelHow.ABOVE and above) or (d.how is LabelHow.BELOW and below):
            return self._place_words(lay, ref, label, d.how, d.lines, d.size, r, first, last, bar.continues)
        return None

    def _paint_bar_labels(self, p: QPainter, clip: QRect, rows: range, f: PaintFrame) -> None:
        """The labels where :meth:`label_places` put them, each on a patch of its background: the
        基準月 line passes behind the words."""
        if not rows:
            return
        places = self.label_places(f)
        pr = self._preview_rect(f)
        dragged = pr[0] if pr else None
        cx, cy, cw, ch = float(clip.x()), float(clip.y()), float(clip.width()), float(clip.height())
        today = self.today_x(f)
        marked = f.state.overrun.keys() | f.state.late.keys()  # actual bars with a hatch over them
        font, pen = self.font_label, None
        p.setFont(font)
        draws = self._label_draws
        words_to_draw: list[tuple[int, int, LabelDraw, QPen]] = []
        for ref, bar, _r in f.bar_items:
            place = places.get(ref)
            if place is None or not rows.start <= ref[0] < rows.stop:
                continue
            if ref == dragged and pr is not None:
                moved = self._dragged_place(f, ref, bar, pr[1], pr[2], pr[3])
                if moved is None:
                    continue
                place = moved
                draw = self._label_draw(place)
            elif ref in draws:
                draw = draws[ref]
            else:
                draw = draws[ref] = self._label_draw(place)
            q = place.patch
            if not q.intersects(cx, cy, cw, ch):
                continue
            if place.on_line:
                fill, want_pen = self.brushes["white"], self.pens["text"]
            elif ref[1] is Row.ACTUAL:
                fill, want_pen = self.brushes["actual"], self.pens["white"]
            else:
                fill, want_pen = self.brushes["plan"], self.pens["text"]
            # The patch hides what was drawn over the bar's own fill (or the row's white): grid lines, the
            # 基準月 line, a hatch. Inside a plain bar there is nothing to hide (and it halves the paint).
            crossed = today is not None and q.x - 1 <= today <= q.right + 1
            if place.on_line or crossed or (ref[1] is Row.ACTUAL and (ref[0], ref[2]) in marked):
                p.fillRect(draw.patch, fill)
            words_to_draw.append((id(draw.font), id(want_pen), draw, want_pen))
        # The words after every patch, grouped by font and pen (labels come in several sizes: switching
        # the font for each would double the paint). Labels never overlap: each keeps to its own months.
        words_to_draw.sort(key=lambda item: (item[0], item[1]))
        for _f, _p, draw, want_pen in words_to_draw:
            if draw.font is not font:
                font = draw.font
                p.setFont(font)
            if want_pen is not pen:
                pen = want_pen
                p.setPen(pen)
            for static, at, words in draw.lines:
                if static is None:
                    p.drawText(at, words)
                else:
                    p.drawStaticText(at, static)

    def _label_draw(self, place: LabelPlace) -> LabelDraw:
        font, fm = self.label_font(place.px)
        lines: list[tuple[QStaticText | None, QPointF, str]] = []
        for words, x, baseline in place.lines:
            hit = self.words.laid_out(words, font, fm)
            if hit is None:  # drawn by drawText from its baseline
                lines.append((None, QPointF(x, baseline), words))
            else:
                lines.append((hit[0], QPointF(x, baseline - fm.ascent()), words))
        q = place.patch
        return LabelDraw(tuple(lines), QRectF(q.x, q.y, q.w, q.h), font)

    def paint_warning(self, p: QPainter, x: float, y: float) -> None:
        """A small red warning triangle (drawn, so it never depends on a font's glyphs)."""
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.brushes["delay_mark"])
        p.drawPolygon(QPolygonF([QPointF(x + 5.5, y), QPointF(x + 11, y + 10), QPointF(x, y + 10)]))
        p.setPen(self.pens["white"])
        p.drawLine(QPointF(x + 5.5, y + 3.5), QPointF(x + 5.5, y + 6.5))
        p.drawPoint(QPointF(x + 5.5, y + 8.3))
        p.restore()

    def today_x(self, f: PaintFrame) -> float | None:
        s = f.state
        if s.today is None or not s.edition.contains(s.today):
            return None
        return f.layout.month_left(s.edition.month_offset(s.today))

    def _paint_today(self, p: QPainter, clip: QRect, f: PaintFrame) -> None:
        x = self.today_x(f)
        if x is None or not clip.left() - 2 <= x <= clip.right() + 2:
            return
        lay = f.layout
        bottom = lay.body_bottom if lay.initiatives else lay.header_h + 3 * lay.lane_h
        p.setPen(self.pens["today"])
        p.drawLine(QPointF(x, lay.year_head_h), QPointF(x, bottom))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.brushes["delay_mark"])
        y = lay.year_head_h
        p.drawPolygon(QPolygonF([QPointF(x - 4, y), QPointF(x + 4, y), QPointF(x, y + 6)]))


MIN_LANE_FOR_FONTS = 22.0
FIT_FONT_LANE = 26.0  # the fonts at "fit" (13 px bar labels), whatever height the lanes are fitted to
