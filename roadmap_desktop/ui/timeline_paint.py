"""How the timeline widget paints: grid, bars, labels, today, each step only inside the repainted rectangle.

A mixin of :class:`~roadmap_desktop.ui.timeline.TimelineWidget`: ``paintEvent`` only draws from the
widget's state (layout, bar boxes, selection, drag preview, delay marks), with pens, brushes, fonts,
label elisions and wrapped names made once and cached.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QStaticText,
    QTextOption,
)

from ..core.fiscal import Month, format_fiscal_year, period_in_words
from ..core.labels import ACTUAL_LABEL, TIMELINE_NAME_HEADER, TIMELINE_ROW_HEADER
from ..core.model import Bar, Edition, Project, Row
from .timeline_layout import MONTH_HEAD_PX, RIGHT_GUTTER_PX, PxRect, TimelineLayout

BarRef = tuple[int, Row, int]  # (initiative, row, index in the row's list)

# Colours: plan = light outlined box, actual = dark filled box; red is kept for delays and today.
GRID_FAINT = QColor(0xDD, 0xDD, 0xDD)
GRID_QUARTER = QColor(0xAA, 0xAA, 0xAA)
GRID_STRONG = QColor(0x55, 0x55, 0x55)
HEAD_FILL = QColor(0xE6, 0xE6, 0xE6)
KIND_FILL = QColor(0xF2, 0xF2, 0xF2)
PLAN_FILL = QColor(0xF4, 0xF7, 0xFC)
PLAN_LINE = QColor(0x33, 0x33, 0x33)
ACTUAL_FILL = QColor(0x2B, 0x3A, 0x55)
SELECT = QColor(0x1A, 0x73, 0xE8)
CURSOR_FILL = QColor(0x1A, 0x73, 0xE8, 0x40)
DELAY = QColor(0xD3, 0x2F, 0x2F)
TEXT = QColor(0x11, 0x11, 0x11)


class TimelinePainting:
    """The painting half of the timeline widget (mixed into a QWidget that owns the state)."""

    # The widget's state this half reads (set by TimelineWidget).
    _edition: Edition
    _today: Month | None
    _project: Project | None
    _layout: TimelineLayout
    _bar_items: list[tuple[BarRef, Bar, PxRect]]
    _bar_rects: dict[BarRef, PxRect]
    _sel: BarRef | None
    _cursor: tuple[int, Row, int]
    _name_focus: bool
    _behind: dict[int, list[tuple[int, int]]]
    _overrun: dict[tuple[int, int], list[tuple[int, int]]]
    _message: tuple[str, PxRect] | None
    _drag: object | None  # a drag in progress (see TimelineWidget._drag_preview)

    def _init_paint_tools(self) -> None:
        self._elided: dict[tuple[str, int], tuple[str, float, bool]] = {}
        self._names: dict[tuple[str, int, int], tuple[QStaticText, QFont, float]] = {}
        self._pens = {
            "faint": QPen(GRID_FAINT, 1),
            "quarter": QPen(GRID_QUARTER, 1),
            "strong": QPen(GRID_STRONG, 1),
            "plan": QPen(PLAN_LINE, 1),
            "actual": QPen(ACTUAL_FILL, 1),
            "select": QPen(SELECT, 2.5),
            "overrun": QPen(DELAY, 2),
            "today": QPen(DELAY, 1.5, Qt.PenStyle.DashLine),
            "ghost": QPen(SELECT, 1.5, Qt.PenStyle.DashLine),
            "ghost_bad": QPen(DELAY, 1.5, Qt.PenStyle.DashLine),
            "text": QPen(TEXT),
            "white": QPen(QColor(Qt.GlobalColor.white)),
            "focus": QPen(SELECT, 1.5, Qt.PenStyle.DotLine),
        }
        self._brushes = {
            "head": QBrush(HEAD_FILL),
            "kind": QBrush(KIND_FILL),
            "plan": QBrush(PLAN_FILL),
            "actual": QBrush(ACTUAL_FILL),
            "cursor": QBrush(CURSOR_FILL),
            "delay": QBrush(DELAY, Qt.BrushStyle.BDiagPattern),
            "delay_mark": QBrush(DELAY),
            "white": QBrush(QColor(Qt.GlobalColor.white)),
            "note": QBrush(QColor(0xFF, 0xF8, 0xE1)),
            "overrun": QBrush(QColor(0xD3, 0x2F, 0x2F, 0x70)),
        }
        self._fonts()

    def _fonts(self) -> None:
        base = QFont(self.font())
        self._font_label = QFont(base)
        self._font_label_small = QFont(base)
        self._font_name = QFont(base)
        self._font_head = QFont(base)
        self._font_head.setBold(True)
        self._font_small = QFont(base)

    def _size_fonts(self, lay: TimelineLayout) -> None:
        """Font sizes follow the row height; a change drops the cached elisions and wrapped names."""
        label_px = int(max(10, min(14, lay.lane_h * 0.5)))
        if self._font_label.pixelSize() != label_px:
            self._font_label.setPixelSize(label_px)
            self._font_name.setPixelSize(max(10, min(14, label_px + 1)))
            self._font_head.setPixelSize(max(11, min(15, int(lay.year_head_h * 0.55))))
            self._font_small.setPixelSize(max(8, int(MONTH_HEAD_PX * 0.62)))
            self._font_label_small.setPixelSize(max(9, label_px - 2))
            self._fm_label = QFontMetricsF(self._font_label)
            self._fm_label_small = QFontMetricsF(self._font_label_small)
            self._fm_small = QFontMetricsF(self._font_small)
            self._fm_head = QFontMetricsF(self._font_head)
            self._elided.clear()
            self._names.clear()


    def paintEvent(self, event: QPaintEvent) -> None:
        clip = event.rect()
        painter = QPainter(self)
        painter.fillRect(clip, Qt.GlobalColor.white)
        rows = self._layout.rows_in(clip.top(), clip.bottom()) if self._project is not None else range(0)
        visible = self._visible_bars(clip, rows)
        self._paint_grid(painter, clip, rows)
        self._paint_bars(painter, visible)
        self._paint_labels(painter, clip, rows, visible)
        self._paint_today(painter, clip)
        self._paint_drag_note(painter)
        self._paint_message(painter, clip)
        painter.end()

    def _paint_drag_note(self, p: QPainter) -> None:
        """While dragging: the period the bar would get, in words, just above it."""
        preview = self._drag_preview()
        d = self._drag
        if preview is None or d is None:
            return
        ref, first, last = preview
        lay = self._layout
        r = lay.bar_rect(d.initiative, d.row, first, last, lay.bar_lane(*ref) if ref else 0)
        text = period_in_words(self._edition.first_month.shifted(first), self._edition.first_month.shifted(last))
        w, h = self._fm_label.horizontalAdvance(text) + 12, self._fm_label.height() + 6
        x = max(lay.months_x, min(r.x, lay.width - w))
        y = r.y - h - 3 if r.y - h - 3 >= lay.header_h else r.bottom + 3
        p.setPen(self._pens["ghost"])
        p.setBrush(self._brushes["note"])
        p.drawRect(QRectF(x, y, w, h))
        p.setPen(self._pens["text"])
        p.setFont(self._font_label)
        p.drawText(QRectF(x, y, w, h), Qt.AlignmentFlag.AlignCenter, text)

    def _paint_message(self, p: QPainter, clip: QRect) -> None:
        if self._message is None:
            return
        text, r = self._message
        if not r.intersects(clip.x(), clip.y(), clip.width(), clip.height()):
            return
        p.setPen(self._pens["overrun"])
        p.setBrush(self._brushes["note"])
        p.drawRect(QRectF(r.x, r.y, r.w, r.h))
        p.setPen(self._pens["text"])
        p.setFont(self._font_label)
        shown = self._fm_label.elidedText(text, Qt.TextElideMode.ElideRight, int(r.w - 12))
        p.drawText(QRectF(r.x + 6, r.y, r.w - 12, r.h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)

    def _paint_grid(self, p: QPainter, clip: QRect, rows: range) -> None:
        lay = self._layout
        cx0, cx1 = float(clip.left()), float(clip.right() + 1)
        cy0, cy1 = float(clip.top()), float(clip.bottom() + 1)
        right = lay.months_x + lay.n_months * lay.month_w
        bottom = lay.body_bottom if lay.initiatives else lay.header_h
        # Header and 区分 shading, behind-plan hatching, the cursor cell.
        if cy0 < lay.header_h:
            p.fillRect(QRectF(0, 0, right, lay.header_h), self._brushes["head"])
        for i in rows:
            for row in (Row.PLAN, Row.ACTUAL):
                k = lay.kind_cell(i, row)
                if k.intersects(cx0, cy0, cx1 - cx0, cy1 - cy0):
                    p.fillRect(QRectF(k.x, k.y, k.w, k.h), self._brushes["kind"])
            for first, last in self._behind.get(i, ()):
                x0, x1 = lay.month_left(first), lay.month_left(last + 1)
                y = lay.row_top(i, Row.ACTUAL)
                if x1 >= cx0 and x0 <= cx1:
                    p.fillRect(QRectF(x0, y, x1 - x0, lay.row_height(i, Row.ACTUAL)), self._brushes["delay"])
        if self.hasFocus() and self._project is not None and lay.initiatives:
            i, row, month = self._cursor
            if self._name_focus:
                r = lay.name_cell(i)
                p.fillRect(QRectF(r.x, r.y, r.w, r.h), self._brushes["cursor"])
            elif self._sel is None and i in rows:
                r = lay.month_cell(i, row, month)
                p.fillRect(QRectF(r.x, r.y, r.w, r.h), self._brushes["cursor"])
        # Vertical lines: months faint, quarters stronger, years and the fixed columns strong.
        y_top, y_bot = max(cy0, 0.0), min(cy1, bottom)
        y_months = max(cy0, lay.year_head_h)
        faint: list[QLineF] = []
        quarter: list[QLineF] = []
        strong: list[QLineF] = [QLineF(lay.name_w, y_top, lay.name_w, y_bot), QLineF(lay.months_x, y_top, lay.months_x, y_bot)]
        for m in range(lay.n_months + 1):
            x = lay.month_left(m)
            if x < cx0 - 1 or x > cx1 + 1:
                continue
            if m % 12 == 0:
                strong.append(QLineF(x, y_top, x, y_bot))
            elif m % 3 == 0:
                quarter.append(QLineF(x, y_months, x, y_bot))
            else:
                faint.append(QLineF(x, y_months, x, y_bot))
        # Horizontal lines: under the header, between plan and actual, between initiatives.
        x_left, x_right = max(cx0, 0.0), min(cx1, right)
        strong.append(QLineF(x_left, 0.5, x_right, 0.5))
        strong.append(QLineF(x_left, lay.header_h, x_right, lay.header_h))
        quarter.append(QLineF(max(x_left, lay.months_x), lay.year_head_h, x_right, lay.year_head_h))
        for i in rows:
            y = lay.row_top(i, Row.ACTUAL)
            faint.append(QLineF(max(x_left, lay.name_w), y, x_right, y))
            y = lay.row_top(i, Row.ACTUAL) + lay.row_height(i, Row.ACTUAL)
            strong.append(QLineF(x_left, y, x_right, y))
        if y_bot > y_top:
            p.setPen(self._pens["faint"])
            p.drawLines(faint)
            p.setPen(self._pens["quarter"])
            p.drawLines(quarter)
        p.setPen(self._pens["strong"])
        p.drawLines(strong)

    def _bar_shape(self, r: PxRect, continues: bool) -> QPolygonF | None:
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

    def _draw_box(self, p: QPainter, r: PxRect, row: Row, continues: bool) -> None:
        if row is Row.PLAN:
            p.setPen(self._pens["plan"])
            p.setBrush(self._brushes["plan"])
        else:
            p.setPen(self._pens["actual"])
            p.setBrush(self._brushes["actual"])
        shape = self._bar_shape(r, continues)
        if shape is None:
            p.drawRect(QRectF(r.x, r.y, r.w, r.h))
        else:
            p.drawPolygon(shape)

    def _visible_bars(self, clip: QRect, rows: range) -> list[tuple[BarRef, Bar, PxRect]]:
        """The bars meeting the repainted rectangle (an arrow's tip reaches into the right gutter)."""
        if not rows:
            return []
        cx, cy, cw, ch = float(clip.x()) - RIGHT_GUTTER_PX, float(clip.y()), float(clip.width()) + RIGHT_GUTTER_PX, float(clip.height())
        first, last = rows.start, rows.stop - 1
        return [item for item in self._bar_items if first <= item[0][0] <= last and item[2].intersects(cx, cy, cw, ch)]

    def _paint_bars(self, p: QPainter, visible: list[tuple[BarRef, Bar, PxRect]]) -> None:
        if self._project is None:
            return
        lay = self._layout
        preview = self._drag_preview()
        dragged = preview[0] if preview else None
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for ref, bar, r in visible:
            if ref == dragged:
                continue
            self._draw_box(p, r, ref[1], bar.continues)
            if ref[1] is Row.ACTUAL:
                for first, last in self._overrun.get((ref[0], ref[2]), ()):
                    x0, x1 = max(r.x, lay.month_left(first)), min(r.right, lay.month_left(last + 1))
                    p.setPen(self._pens["overrun"])
                    p.setBrush(self._brushes["overrun"])
                    p.drawRect(QRectF(x0 + 1, r.y + 1, x1 - x0 - 2, r.h - 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        if self._sel is not None and self._sel != dragged and self._sel in self._bar_rects:
            r = self.bar_rect(self._sel)
            p.setPen(self._pens["select"] if self.hasFocus() else self._pens["focus"])
            p.drawRect(QRectF(r.x - 1.5, r.y - 1.5, r.w + 3, r.h + 3))
        if preview is not None:
            ref, first, last = preview
            d = self._drag
            assert d is not None
            r = lay.bar_rect(d.initiative, d.row, first, last, lay.bar_lane(*ref) if ref else 0)
            inside = first >= 0 and last < lay.n_months
            if ref is not None:
                bar = self._bar(ref)
                assert bar is not None
                self._draw_box(p, r, ref[1], bar.continues)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(self._pens["ghost"] if inside else self._pens["ghost_bad"])
            p.drawRect(QRectF(r.x - 1.5, r.y - 1.5, r.w + 3, r.h + 3))

    def _elide(self, text: str, width: float) -> tuple[str, float, bool]:
        """(text to draw, its width, whether in the smaller label font): a label that does not fit
        shrinks a step first (as the printed sheet shrinks text), and only then is cut with …."""
        key = (text, int(width))
        hit = self._elided.get(key)
        if hit is None:
            if self._fm_label.horizontalAdvance(text) <= width:
                hit = (text, self._fm_label.horizontalAdvance(text), False)
            else:
                fm = self._fm_label_small
                shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(width))
                if shown == "…":  # a lone ellipsis says nothing; the tooltip has the label
                    shown = ""
                hit = (shown, fm.horizontalAdvance(shown), True)
            self._elided[key] = hit
        return hit

    def _name_text(self, name: str, width: int, height: int) -> tuple[QStaticText, QFont, float]:
        """The initiative's name wrapped into its cell, at the largest size (down to 8 px) that fits."""
        key = (name, width, height)
        hit = self._names.get(key)
        if hit is None:
            text = name.replace("\n", "\u2028")
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            font = QFont(self._font_name)
            size = self._font_name.pixelSize()
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

    def _paint_labels(self, p: QPainter, clip: QRect, rows: range, visible: list[tuple[BarRef, Bar, PxRect]]) -> None:
        lay = self._layout
        cx0, cx1 = clip.left(), clip.right() + 1
        # Header words.
        if clip.top() < lay.header_h:
            p.setPen(self._pens["text"])
            p.setFont(self._font_head)
            center = Qt.AlignmentFlag.AlignCenter
            p.drawText(QRectF(0, 0, lay.name_w, lay.header_h), center, self.tr(TIMELINE_NAME_HEADER))
            p.drawText(QRectF(lay.name_w, 0, lay.kind_w, lay.header_h), center, self.tr(TIMELINE_ROW_HEADER))
            for y, fy in enumerate(self._edition.window_years):
                r = lay.year_header(y)
                if r.right >= cx0 and r.x <= cx1:
                    p.drawText(QRectF(r.x, r.y, r.w, r.h), center, format_fiscal_year(fy))
            p.setFont(self._font_small)
            every = 1 if lay.month_w >= self._fm_small.horizontalAdvance("12") + 3 else 3
            for m in range(0, lay.n_months, every):
                x = lay.month_left(m)
                if x + lay.month_w < cx0 or x > cx1:
                    continue
                p.drawText(
                    QRectF(x, lay.year_head_h, lay.month_w * every, MONTH_HEAD_PX),
                    center if every == 1 else (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    str(self._month(m).month),
                )
        if self._project is None:
            p.setPen(self._pens["text"])
            p.setFont(self._font_name)
            p.drawText(
                QRectF(0, lay.header_h, lay.width, 3 * lay.lane_h),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("事業が選択されていません。"),
            )
            return
        if not self._project.initiatives:
            p.setPen(self._pens["text"])
            p.setFont(self._font_name)
            p.drawText(
                QRectF(0, lay.header_h, max(lay.width, self.width()), 3 * lay.lane_h),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("取組がありません。右クリックの「取組を追加」か Ctrl+Insert で追加できます。"),
            )
            return
        # Names and 区分 words.
        for i in rows:
            ini = self._project.initiatives[i]
            if cx0 < lay.months_x:
                cell = lay.name_cell(i)
                pad = 4
                warn = i in self._behind
                text_w = int(cell.w - 2 * pad - (12 if warn else 0))
                st, font, h = self._name_text(ini.name, max(text_w, 10), int(cell.h - 4))
                p.setFont(font)
                p.setPen(self._pens["text"])
                p.save()
                p.setClipRect(QRectF(cell.x, cell.y, cell.w, cell.h), Qt.ClipOperation.IntersectClip)
                p.drawStaticText(QPointF(cell.x + pad, cell.y + max(2.0, (cell.h - h) / 2)), st)
                p.restore()
                if warn:
                    self._paint_warning(p, cell.right - 13, cell.y + 4)
                p.setFont(self._font_label)
                p.setPen(self._pens["text"])
                for row, word in ((Row.PLAN, ini.plan_label), (Row.ACTUAL, ACTUAL_LABEL)):
                    k = lay.kind_cell(i, row)
                    p.drawText(QRectF(k.x, k.y, k.w, k.h), Qt.AlignmentFlag.AlignCenter, self.tr(word))
        # Bar labels, inside their boxes.
        fonts = {
            False: (self._font_label, self._fm_label.ascent() - self._fm_label.descent()),
            True: (self._font_label_small, self._fm_label_small.ascent() - self._fm_label_small.descent()),
        }
        small_now = False
        p.setFont(self._font_label)
        preview = self._drag_preview()
        dragged = preview[0] if preview else None
        for ref, bar, r in visible:
            if not bar.label:
                continue
            if ref == dragged and preview is not None:
                r = lay.bar_rect(ref[0], ref[1], preview[1], preview[2], lay.bar_lane(*ref))
            shown, w, small = self._elide(bar.label, r.w - 4)
            if not shown:
                continue
            font, rise = fonts[small]
            if small != small_now:
                p.setFont(font)
                small_now = small
            p.setPen(self._pens["white"] if ref[1] is Row.ACTUAL else self._pens["text"])
            x = r.x + (r.w - w) / 2
            p.drawText(QPointF(x, r.y + (r.h + rise) / 2), shown)

    def _paint_warning(self, p: QPainter, x: float, y: float) -> None:
        """A small red warning triangle (drawn, so it never depends on a font's glyphs)."""
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._brushes["delay_mark"])
        p.drawPolygon(QPolygonF([QPointF(x + 5.5, y), QPointF(x + 11, y + 10), QPointF(x, y + 10)]))
        p.setPen(self._pens["white"])
        p.drawLine(QPointF(x + 5.5, y + 3.5), QPointF(x + 5.5, y + 6.5))
        p.drawPoint(QPointF(x + 5.5, y + 8.3))
        p.restore()

    def _paint_today(self, p: QPainter, clip: QRect) -> None:
        if self._today is None or not self._edition.contains(self._today):
            return
        lay = self._layout
        x = lay.month_left(self._edition.month_offset(self._today))
        if not clip.left() - 2 <= x <= clip.right() + 2:
            return
        bottom = lay.body_bottom if lay.initiatives else lay.header_h + 3 * lay.lane_h
        p.setPen(self._pens["today"])
        p.drawLine(QPointF(x, lay.year_head_h), QPointF(x, bottom))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._brushes["delay_mark"])
        y = lay.year_head_h
        p.drawPolygon(QPolygonF([QPointF(x - 4, y), QPointF(x + 4, y), QPointF(x, y + 6)]))
