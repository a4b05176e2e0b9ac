"""The sheet form: every field of the selected project's sheet, laid out like the printed sheet.

A field is parsed and checked when the user leaves it (editingFinished, or focus out for the
multi-line texts). A good value becomes a new Project emitted with ``changeRequested`` (the main
window turns it into an undoable command that writes the file); a bad one is refused with a
message at the field and a red border, and nothing is saved. The message is a one-line note laid
over the form just below the field (elided, the whole text as its tooltip): it never pushes the
form's rows about.

Under each text box a gauge says how full the box is on the printed sheet and the size the text
will print at, computed by the sheet layout itself (layout/fill.py) a moment after typing stops.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QCompleter, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ..core.errors import ValidationError
from ..core.fields import FIELDS, LIST_SEPARATOR, field
from ..core.fiscal import normalize
from ..core.model import Edition, Project, validate_project
from .background import BackgroundTask
from .contrast import readable, tinted
from .first_paint import watch_events
from .forms.ui_sheet_form import Ui_SheetForm

if TYPE_CHECKING:
    from ..layout.fill import FieldFill

# layout/fill.py (the gauge's figures) is loaded by the gauge, which runs after the window's first paint.

GAUGE_DELAY_MS = 300  # the gauge is computed once typing pauses, never on the keystroke itself
_RED = "#c62828"


# The form's colours come from the palette (ui/contrast.py): a label cell a shade off the window, an
# error a red that reads on it; fixed light colours gave white on pale grey under high contrast.
def label_style(palette: QPalette) -> str:
    return (
        f"QLabel {{ background: {tinted(palette, palette.color(QPalette.ColorRole.WindowText), 0.08)};"
        f" color: {palette.color(QPalette.ColorRole.WindowText).name()};"
        f" border: 1px solid {tinted(palette, palette.color(QPalette.ColorRole.WindowText), 0.3)}; padding: 2px 6px; }}"
    )


def error_style(palette: QPalette) -> str:
    back = tinted(palette, _RED, 0.08)
    return (
        f"QLabel {{ color: {readable(_RED, QColor(back)).name()}; background: {back};"
        f" border: 1px solid {_RED}; border-radius: 3px; padding: 1px 4px; }}"
    )


def invalid_style(palette: QPalette) -> str:
    back = tinted(palette, _RED, 0.08, QPalette.ColorRole.Base)
    text = readable(palette.color(QPalette.ColorRole.Text), QColor(back)).name()
    return f"border: 2px solid {_RED}; background: {back}; color: {text};"


_SEPARATORS = re.compile(r"[・･]")


def join_list(values: list[str]) -> str:
    """担当部局 etc. are edited as text joined with ・ (split_list reads them back)."""
    return LIST_SEPARATOR.join(values)


def _parse_sheet_no(text: str) -> int | None:
    s = normalize(text).removeprefix("No.").removeprefix("No").strip()
    if not s:
        return None
    if not s.isdigit() or int(s) < 1:
        raise ValidationError(
            QCoreApplication.translate(
                "SheetForm", "シート番号は1以上の整数で入力してください（空欄なら自動で付番します）。"
            ),
            "sheet_no_override",
        )
    return int(s)


class _Field(NamedTuple):  # a NamedTuple, not a dataclass: architecture.md, Start-up
    key: str  # Project attribute
    widget: str  # attribute of Ui_SheetForm
    label: str  # for the undo text 「…を変更」
    show: Callable[[Project], str]
    parse: Callable[[str], object]
    error: str | None = None  # the error label's attribute, for fields that can be refused


def _sheet_field(attr: str, widget: str, error: str | None = None) -> _Field:
    """A field of the sheet, read, shown and parsed as the one field table (core/fields.py) says."""
    f = field(attr)
    return _Field(attr, widget, f.noun, lambda p: f.format(f.get(p)), f.parse, error)


# The form's widgets for the sheet's fields; the sheet number is the form's own (it is not printed as a field).
_WIDGETS = {"start_year": ("startYear", "startYearError"), "end_year": ("endYear", "endYearError"),
            "budget": ("budget", "budgetError")}  # fmt: skip
_FIELDS = (
    *(_sheet_field(f.attr, *_WIDGETS.get(f.attr, (f.attr, None))) for f in FIELDS),
    _Field("sheet_no_override", "sheetNo", "シート番号", lambda p: "" if p.sheet_no_override is None
           else str(p.sheet_no_override), _parse_sheet_no, "sheetNoError"),
)  # fmt: skip


class ListCompleter(QCompleter):
    """Completes the last of several values joined with ・ (担当部局 総務部・教… → 教育庁)."""

    def splitPath(self, path: str) -> list[str]:
        return [_SEPARATORS.split(path)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        done = _SEPARATORS.split(widget.text())[:-1] if isinstance(widget, QLineEdit) else []
        return join_list([*(d.strip() for d in done if d.strip()), str(index.data())])


class SheetForm(QWidget):
    """Edits one project; emits ``changeRequested(description, new_project)`` for each accepted change."""

    changeRequested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # No project yet: disabled before its fields exist, so that they are made disabled rather than
        # each told so afterwards (at start the first project enables them a moment later).
        self.setEnabled(False)
        self.ui = Ui_SheetForm()
        self.ui.setupUi(self)
        self._project: Project | None = None
        self._edition = Edition()
        self._loading = False
        self._invalid: set[str] = set()
        self._readonly = False
        self._messages: dict[str, str] = {}  # field key -> the whole error message shown at it
        self.fills: dict[str, FieldFill] = {}
        # the form's labels and editors as setupUi made them (findChildren would walk the widget tree for
        # them: ~1 ms a call at the start)
        self._labels = [w for w in vars(self.ui).values() if isinstance(w, QLabel)]
        for label in self._labels:
            if label.objectName().endswith("Error"):
                label.setWordWrap(True)
        self._style_labels()
        for f in _FIELDS:
            w = self._widget(f)
            if isinstance(w, QLineEdit):
                w.editingFinished.connect(lambda f=f: self.commit(f.key))
            else:
                w.textChanged.connect(self._schedule_gauge)
        # a multi-line field commits when the focus leaves it (a line field does at editingFinished): told
        # by the application, not by an event filter, which would hand Python each of the fields' events
        # from their making on (~100 before the first paint)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        watch_events(self, self)  # palette changes (eventFilter)
        self.gauge_timer = QTimer(self)
        self.gauge_timer.setSingleShot(True)
        self.gauge_timer.setInterval(GAUGE_DELAY_MS)
        self.gauge_timer.timeout.connect(self.update_gauge)
        self._gauge_task = BackgroundTask(self._show_gauge, self)
        self.compact = False
        self.set_project(None)

    def _widget(self, f: _Field) -> QLineEdit | QPlainTextEdit:
        widget: QLineEdit | QPlainTextEdit = getattr(self.ui, f.widget)  # the form's editor of the field
        return widget

    def editors(self) -> list[QLineEdit | QPlainTextEdit]:
        """Every field's editor, in the form's order."""
        return [self._widget(f) for f in _FIELDS]

    def field_widget(self, key: str) -> QLineEdit | QPlainTextEdit:
        return self._widget(_field(key))

    def error_label(self, key: str) -> QLabel:
        f = _field(key)
        assert f.error is not None
        label: QLabel = getattr(self.ui, f.error)
        return label

    # --- showing a project -----------------------------------------------------------------

    def set_project(
        self, project: Project | None, edition: Edition | None = None, auto_sheet_no: int | None = None
    ) -> None:
        """Show *project* (a copy is kept). Fields holding refused input of the same project stay as typed."""
        same = project is not None and self._project is not None and project.id == self._project.id
        if not same:
            self._invalid.clear()
        self._project = copy.deepcopy(project)
        if edition is not None:
            self._edition = edition
        self.ui.budgetLabel.setText(self.tr("{label}(&Y)").format(label=self._edition.budget_label))
        self.ui.sheetNo.setPlaceholderText(
            self.tr("{no}（自動）").format(no=auto_sheet_no) if auto_sheet_no is not None else self.tr("自動")
        )
        self._loading = True
        try:
            for f in _FIELDS:
                if f.key in self._invalid:
                    continue
                self._set_text(f, f.show(project) if project is not None else "")
                self._clear_error(f)
        finally:
            self._loading = False
        self._apply_enabled()
        # soon, not now: switching projects stays instant; and not before the form is on the screen (at
        # start the first paint comes first: the gauge loads the sheet layout and the font's metrics)
        if self.isVisible():
            self.gauge_timer.start()

    def set_suggestions(self, fields: list[str], departments: list[str], sections: list[str], items: list[str]) -> None:
        """Values already used in the roadmap, offered while typing (keeps the list's filters tidy)."""
        for key, values in (("field", fields), ("departments", departments), ("sections", sections), ("items", items)):
            widget = self.field_widget(key)
            assert isinstance(widget, QLineEdit)
            completer = widget.completer()
            if completer is None:
                completer = QCompleter(self) if key == "field" else ListCompleter(self)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setModel(QStringListModel(completer))
                widget.setCompleter(completer)
            model = completer.model()
            assert isinstance(model, QStringListModel)
            if model.stringList() != values:
                model.setStringList(values)

    def set_readonly(self, readonly: bool) -> None:
        if readonly != self._readonly:  # the window asks at every change of its actions' state
            self._readonly = readonly
            self._apply_enabled()

    def _style_labels(self) -> None:
        palette = self.palette()
        palette.setCurrentColorGroup(QPalette.ColorGroup.Active)  # a form with no project is disabled
        label, error = label_style(palette), error_style(palette)
        for widget in self._labels:
            name = widget.objectName()
            style = error if name.endswith("Error") else label if name.endswith("Label") else None
            if style is not None and widget.styleSheet() != style:
                widget.setStyleSheet(style)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._project is not None:
            self.gauge_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # its own palette change (the system's colours changed: high contrast on), through a filter on
        # itself installed after the window's first paint at start (ui/first_paint.py)
        if watched is self and event.type() == QEvent.Type.PaletteChange:
            self._style_labels()
            self._paint_readonly()
        return super().eventFilter(watched, event)

    def _apply_enabled(self) -> None:
        self.setEnabled(self._project is not None)
        for f in _FIELDS:
            self._widget(f).setReadOnly(self._readonly)
        self._paint_readonly()

    def _paint_readonly(self) -> None:
        """Read-only fields look it (the window's colour instead of the field's), so that nobody types
        into one and wonders. A palette per field, not a style sheet on the form: restyling the whole
        form cost 5 ms each time, twice at every start."""
        for f in _FIELDS:
            w = self._widget(f)
            if self._readonly:
                palette = self.palette()
                palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
                palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.WindowText))
                w.setPalette(palette)
            elif w.testAttribute(Qt.WidgetAttribute.WA_SetPalette):
                w.setPalette(QPalette())  # back to the window's own colours

    def project(self) -> Project | None:
        return copy.deepcopy(self._project)

    def _set_text(self, f: _Field, text: str) -> None:
        # Setting the text also clears the field's own undo history, so that Ctrl+Z in a field
        # undoes typing since the last commit only (then the window's undo takes over).
        w = self._widget(f)
        if isinstance(w, QLineEdit):
            if w.text() != text or w.isUndoAvailable():
                w.setText(text)
                if not w.hasFocus():
                    w.setCursorPosition(0)
        elif w.toPlainText() != text or w.document().isUndoAvailable():
            w.setPlainText(text)

    def _text(self, f: _Field) -> str:
        w = self._widget(f)
        return w.text() if isinstance(w, QLineEdit) else w.toPlainText()

    # --- committing ------------------------------------------------------------------------

    def _focus_changed(self, old: QWidget | None, _now: QWidget | None) -> None:
        """The focus left *old*: to another field or window (*now*), or to another application (None)."""
        if isinstance(old, QPlainTextEdit):
            for f in _FIELDS:
                if self._widget(f) is old:
                    self.commit(f.key)

    def commit_pending(self) -> None:
        """Commit every field whose text differs from the project (before switching, saving, undoing)."""
        for f in _FIELDS:
            self.commit(f.key)

    def commit(self, key: str) -> bool:
        """Parse and check one field; emit the change if valid. Returns False if the input was refused."""
        f = _field(key)
        if self._loading or self._project is None or self._readonly:
            return True
        text = self._text(f)
        try:
            value = f.parse(text)
            new = copy.deepcopy(self._project)
            setattr(new, f.key, value)
            validate_project(new, self._edition)
        except ValidationError as e:
            self._show_error(f, str(e))
            return False
        self._clear_error(f)
        self._invalid.discard(f.key)
        shown = f.show(new)
        if new == self._project:
            if text != shown:
                self._loading = True
                self._set_text(f, shown)  # show the sheet's form of what was typed (令和5年度 → R5)
                self._loading = False
            return True
        # The owner applies the change and calls set_project() with the result (or the unchanged project).
        self.changeRequested.emit(self.tr("{label}を変更").format(label=f.label), copy.deepcopy(new))
        return True

    def _show_error(self, f: _Field, message: str) -> None:
        self._invalid.add(f.key)
        w = self._widget(f)
        w.setStyleSheet(invalid_style(self.palette()))
        if f.error is not None:
            self._messages[f.key] = message
            self._place_error(f)
        else:  # the plain text fields cannot be invalid today; keep the message reachable anyway
            w.setToolTip(message)
        w.setFocus()

    def _place_error(self, f: _Field) -> None:
        """The whole message just below its field, over the form (nothing moves), on as many lines as it
        needs: a cut message (「…（例: R5、令和5年度、2…」) hid the very example that helps."""
        assert f.error is not None
        label: QLabel = getattr(self.ui, f.error)
        message = self._messages.get(f.key, "")
        w = self._widget(f)
        pos = w.mapTo(self, QPoint(0, w.height() + 1))
        width = max(w.width(), min(360, self.width() - pos.x() - 4))
        x = max(0, min(pos.x(), self.width() - width - 2))
        label.setText(message)
        label.setToolTip(message)
        label.setGeometry(x, pos.y(), width, label.heightForWidth(width))
        label.setVisible(True)
        label.raise_()

    def error_message(self, key: str) -> str:
        """The whole message shown at field *key* ("" when none)."""
        return self._messages.get(key, "") if key in self._invalid else ""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for f in _FIELDS:
            if f.error is not None and f.key in self._invalid and f.key in self._messages:
                self._place_error(f)

    def _clear_error(self, f: _Field) -> None:
        w = self._widget(f)
        if w.styleSheet():
            w.setStyleSheet("")
        if f.error is not None:
            self._messages.pop(f.key, None)
            label: QLabel = getattr(self.ui, f.error)
            label.clear()
            label.setToolTip("")
            label.setVisible(False)

    # --- the fit gauge -----------------------------------------------------------------------

    def gauge_label(self, key: str) -> QLabel:
        label: QLabel = getattr(self.ui, _field(key).widget + "Fit")
        return label

    def _schedule_gauge(self) -> None:
        if not self._loading:
            self.gauge_timer.start()  # restarted by each keystroke: computed once typing pauses

    def _typed_project(self) -> Project | None:
        """The project with the text boxes as typed (not yet committed), for the gauge."""
        if self._project is None:
            return None
        from ..layout.fill import GAUGE_FIELDS

        typed = copy.deepcopy(self._project)
        for key in GAUGE_FIELDS:
            setattr(typed, key, self._text(_field(key)))
        return typed

    def update_gauge(self) -> None:
        """Measure the typed texts on the printed sheet off the window's thread (the first measure
        loads the sheet layout and the font's metrics, about half a second that the window would
        otherwise freeze for, right after start); the gauge is shown when the result is back."""
        self.gauge_timer.stop()
        typed = self._typed_project()
        if typed is None:
            self._show_gauge({})
            return
        edition = self._edition
        from ..layout.fill import sheet_fill

        self._gauge_task.start(lambda: sheet_fill(edition, typed))

    def set_compact(self, compact: bool) -> None:
        """The form in one block of short fields (概要 and the three text columns hidden), so that the
        timeline gets the height on a laptop screen; the texts stay in the file and come back unchanged."""
        ui = self.ui
        for widget in (ui.overviewLabel, ui.overview, ui.overviewFit, ui.textColumns):
            widget.setVisible(not compact)
        self.compact = compact

    def gauge_busy(self) -> bool:
        """A measure is still running (or waiting to start after typing)."""
        return self.gauge_timer.isActive() or self._gauge_task.running > 0

    def _show_gauge(self, fills: object) -> None:
        from ..layout.fill import GAUGE_FIELDS

        assert isinstance(fills, dict)
        self.fills = fills
        for key in GAUGE_FIELDS:
            label = self.gauge_label(key)
            fill = self.fills.get(key)
            if fill is None:
                label.clear()
                label.setToolTip("")
                label.setStyleSheet("")
                continue
            text, tip, color = self._gauge_words(fill)
            label.setText(text)
            label.setToolTip(tip)
            share = min(fill.percent, 100) / 100
            bar = "#f4c7c3" if fill.too_small else "#ffe0b2" if fill.shrunk else "#d7ead7"
            stops = f"stop:0 {bar}, stop:{share:.3f} {bar}, stop:{min(share + 0.001, 1):.3f} #f6f6f6, stop:1 #f6f6f6"
            label.setStyleSheet(
                f"QLabel {{ color: {color}; border: 1px solid #c8c8c8; padding: 0 4px;"
                f" background: qlineargradient(x1:0, y1:0, x2:1, y2:0, {stops}); }}"
            )

    def _gauge_words(self, fill: FieldFill) -> tuple[str, str, str]:
        from ..layout.fill import READABLE_PT

        size = f"{fill.size:g}"
        red, brown, green = "#b71c1c", "#8a4b00", "#2e5e2e"
        if fill.overflow:
            text = self.tr("紙面 {p}%：{pt}ptでも収まりません（続きのページに回ります）").format(
                p=fill.percent, pt=size
            )
            color = red
        elif fill.shrunk and fill.percent <= 100:  # fits alone: set smaller to match a longer column
            text = self.tr("紙面 {p}%：{pt}pt（3列の大きさをそろえて縮小）").format(p=fill.percent, pt=size)
            color = red if fill.too_small else brown
        elif fill.too_small:
            text = self.tr("紙面 {p}%：{pt}ptに縮小。読みにくくなるため短くしてください").format(
                p=fill.percent, pt=size
            )
            color = red
        elif fill.shrunk:
            text = self.tr("紙面 {p}%：{pt}ptに縮小して印刷").format(p=fill.percent, pt=size)
            color = brown
        else:
            text = self.tr("紙面 {p}%：{pt}pt").format(p=fill.percent, pt=size)
            color = green
        tip = self.tr(
            "印刷したシートの枠に対して、この文章が{full}ptで必要とする高さの割合です。"
            "100%を超えると文字を小さくして収めます（{readable}pt未満は読みにくくなります）。"
            "「現状・課題」「取組」「デジタル活用によってどう変わるか」の3列は同じ大きさで印刷します。"
        ).format(full=f"{fill.full_size:g}", readable=f"{READABLE_PT:g}")
        return text, tip, color

    def has_pending_text(self, widget: QObject) -> bool:
        """True if *widget* is one of the form's fields and holds typed text not yet committed."""
        for f in _FIELDS:
            if self._widget(f) is widget:
                return self._project is not None and (f.key in self._invalid or self._text(f) != f.show(self._project))
        return False

    def owns(self, widget: QObject) -> bool:
        return any(self._widget(f) is widget for f in _FIELDS)

    def has_errors(self) -> bool:
        return bool(self._invalid)


def _field(key: str) -> _Field:
    for f in _FIELDS:
        if f.key == key:
            return f
    raise KeyError(key)
