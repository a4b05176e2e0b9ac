"""The main window's actions (with their shortcuts and tooltips), its toolbar and the toolbar's icons.

Kept apart from the window so that it reads as one table: what each action is called, its keys,
what it runs. The menus that hold them are built in main_window.py, one method per menu.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QIconEngine, QKeySequence, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QToolBar

from ..core.timeline_keys import display_key

if TYPE_CHECKING:
    pass

# The mixin's strings belong to the window's translation context: self.tr here would look them up
# under "MainWindow" while lupdate files them under this class's name.
translate = QCoreApplication.translate
ICON_PX = 32
# An access key written after the text as Japanese applications do: 保存(&S), 開く(&O)…
_ACCESS_KEY = re.compile(r"[(（]&([^&])[)）]")
_INK = QColor("#1f4e79")
_ACCENT = QColor("#2e7d32")


def plain(text: str) -> str:
    """A control's text as a person reads it: no access key, neither 「(&S)」 (the Japanese way) nor a
    bare 「&」 (&& is a real ampersand)."""
    return _ACCESS_KEY.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def plain_text(action: QAction) -> str:
    """An action's text as a person reads it: no access key, no trailing …."""
    return plain(action.text()).rstrip("…")


def shortcut_text(action: QAction) -> str:
    """The action's keys as a Japanese manual writes them (Ctrl+↑, not Ctrl+Up)."""
    keys = (k.toString(QKeySequence.SequenceFormat.PortableText) for k in action.shortcuts() if not k.isEmpty())
    return " / ".join(display_key(k) for k in keys)


def set_tip(action: QAction, tip: str | None = None) -> None:
    """Tooltip in Japanese with the shortcut, e.g. 「新規作成（Ctrl+N）」."""
    text = tip or plain_text(action)
    keys = shortcut_text(action)
    action.setToolTip(f"{text}（{keys}）" if keys else text)


_CLONES: list[QIconEngine] = []


class _PaintedIcon(QIconEngine):
    """An icon drawn on a 32-unit grid at the size and scale it is shown at, when it is first shown
    (crisp at any size, no files; nothing is drawn before the window needs it). Disabled, it is the
    same drawing, faint."""

    def __init__(self, draw: Callable[[QPainter], None]) -> None:
        super().__init__()
        self._draw = draw
        self._drawn: dict[tuple[int, int, bool, float], QPixmap] = {}

    def clone(self) -> QIconEngine:
        # Qt owns the copy it asks for (an icon changed after a copy was made), but PySide6 does not hand
        # it over: kept here, or Python would free it under Qt's feet (a crash, found by a test). Rare.
        copy = _PaintedIcon(self._draw)
        _CLONES.append(copy)
        return copy

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        faint = mode == QIcon.Mode.Disabled
        key = (size.width(), size.height(), faint, scale)
        if key not in self._drawn:
            pixmap = QPixmap(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            if faint:  # the whole drawing at once, so that overlapping strokes stay as faint as the rest
                painter.setOpacity(0.35)
                painter.drawPixmap(0, 0, self.scaledPixmap(size, QIcon.Mode.Normal, state, scale))
            else:
                side = min(pixmap.width(), pixmap.height())
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.translate((pixmap.width() - side) / 2, (pixmap.height() - side) / 2)
                painter.scale(side / ICON_PX, side / ICON_PX)
                self._draw(painter)
            painter.end()
            pixmap.setDevicePixelRatio(scale)
            self._drawn[key] = pixmap
        return self._drawn[key]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()  # drawn at the device's scale: crisp at 150 % too
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))


def _painted(draw: Callable[[QPainter], None]) -> QIcon:
    return QIcon(_PaintedIcon(draw))


def _pen(p: QPainter, color: QColor = _INK, width: float = 2.4) -> None:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)


def _plus(p: QPainter, cx: float, cy: float, r: float) -> None:
    _pen(p, _ACCENT, 3.2)
    p.drawLine(QPointF(cx - r, cy), QPointF(cx + r, cy))
    p.drawLine(QPointF(cx, cy - r), QPointF(cx, cy + r))


def _sheet(p: QPainter) -> None:
    _pen(p)
    p.drawRect(QRectF(5, 3, 18, 24))
    for y in (10, 15, 20):
        p.drawLine(QPointF(9, y), QPointF(19, y))


def _bars(p: QPainter) -> None:
    _pen(p)
    p.setBrush(QColor("#bcd3ea"))
    p.drawRect(QRectF(3, 6, 16, 6))
    p.setBrush(_INK)
    p.drawRect(QRectF(8, 16, 12, 6))


def _tray(p: QPainter, up: bool) -> None:
    _pen(p)
    path = QPainterPath(QPointF(4, 19))
    path.lineTo(4, 27)
    path.lineTo(28, 27)
    path.lineTo(28, 19)
    p.drawPath(path)
    _pen(p, _ACCENT, 3.0)
    top, bottom = (4.0, 20.0) if not up else (20.0, 4.0)
    p.drawLine(QPointF(16, top), QPointF(16, bottom))
    tip = bottom
    back = tip - 6 if not up else tip + 6
    p.drawLine(QPointF(10, back), QPointF(16, tip))
    p.drawLine(QPointF(22, back), QPointF(16, tip))


def _printer(p: QPainter) -> None:
    _pen(p)
    p.drawRect(QRectF(9, 3, 14, 8))
    p.setBrush(QColor("#dfe7ef"))
    p.drawRoundedRect(QRectF(3, 11, 26, 11), 2, 2)
    p.setBrush(QColor("white"))
    p.drawRect(QRectF(9, 18, 14, 11))


def _lens(p: QPainter, sign: str) -> None:
    _pen(p)
    p.drawEllipse(QRectF(3, 3, 19, 19))
    _pen(p, _INK, 4.0)
    p.drawLine(QPointF(19, 19), QPointF(28, 28))
    _pen(p, _ACCENT, 2.8)
    if sign in "+-":
        p.drawLine(QPointF(8, 12.5), QPointF(17, 12.5))
    if sign == "+":
        p.drawLine(QPointF(12.5, 8), QPointF(12.5, 17))
    if sign == "fit":
        p.drawRect(QRectF(8, 9, 9, 7))


def _new_file(p: QPainter) -> None:
    """A page with a folded corner, in ink on white: the style's pale page looked disabled."""
    _pen(p)
    p.setBrush(QColor("white"))
    page = QPainterPath(QPointF(6, 3))
    page.lineTo(19, 3)
    page.lineTo(26, 10)
    page.lineTo(26, 29)
    page.lineTo(6, 29)
    page.closeSubpath()
    p.drawPath(page)
    p.drawPolyline([QPointF(19, 3), QPointF(19, 10), QPointF(26, 10)])


def _add_project(p: QPainter) -> None:
    _sheet(p)
    _plus(p, 24, 24, 6)


def _add_initiative(p: QPainter) -> None:
    _bars(p)
    _plus(p, 24, 24, 6)


def _folder(p: QPainter) -> None:
    """開く: an open folder (ours, like the others: the style's own cost 8 ms of every start to load)."""
    _pen(p)
    p.setBrush(QColor("#f3d58c"))
    back = QPainterPath(QPointF(3, 26))
    back.lineTo(3, 6)
    back.lineTo(12, 6)
    back.lineTo(15, 9)
    back.lineTo(26, 9)
    back.lineTo(26, 14)
    p.drawPath(back)
    front = QPainterPath(QPointF(3, 26))
    front.lineTo(8, 14)
    front.lineTo(30, 14)
    front.lineTo(25, 26)
    front.closeSubpath()
    p.drawPath(front)


def _turn(p: QPainter, forward: bool) -> None:
    """元に戻す / やり直し: a curved arrow, back (left) or forward (right)."""
    if forward:
        p.translate(32, 0)
        p.scale(-1, 1)
    _pen(p, _INK, 3.0)
    path = QPainterPath(QPointF(9, 12))
    path.cubicTo(QPointF(20, 6), QPointF(30, 12), QPointF(26, 22))
    path.cubicTo(QPointF(24, 26), QPointF(20, 27), QPointF(16, 27))
    p.drawPath(path)
    p.drawLine(QPointF(9, 12), QPointF(15, 5))
    p.drawLine(QPointF(9, 12), QPointF(17, 15))


def _question(p: QPainter) -> None:
    """ヘルプ: a question mark in a circle."""
    _pen(p)
    p.setBrush(QColor("#dfe7ef"))
    p.drawEllipse(QRectF(3, 3, 26, 26))
    _pen(p, _INK, 3.0)
    hook = QPainterPath(QPointF(11.5, 12.5))
    hook.cubicTo(QPointF(11.5, 6.5), QPointF(21, 6.5), QPointF(20.5, 12.5))
    hook.cubicTo(QPointF(20, 16), QPointF(16, 16), QPointF(16, 19.5))
    p.drawPath(hook)
    p.drawPoint(QPointF(16, 24.5))


ICONS: dict[str, Callable[[], QIcon]] = {
    "new": lambda: _painted(_new_file),
    "open": lambda: _painted(_folder),
    "undo": lambda: _painted(lambda p: _turn(p, forward=False)),
    "redo": lambda: _painted(lambda p: _turn(p, forward=True)),
    "help": lambda: _painted(_question),
    "add_project": lambda: _painted(_add_project),
    "add_initiative": lambda: _painted(_add_initiative),
    "import": lambda: _painted(lambda p: _tray(p, up=False)),
    "export": lambda: _painted(lambda p: _tray(p, up=True)),
    "print": lambda: _painted(_printer),
    "zoom_in": lambda: _painted(lambda p: _lens(p, "+")),
    "zoom_out": lambda: _painted(lambda p: _lens(p, "-")),
    "zoom_fit": lambda: _painted(lambda p: _lens(p, "fit")),
}


class WindowActions:
    """Mixed into MainWindow: creates ``self.<name>_action`` for every command and the toolbar."""

    def _action(
        self: Any,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: str | None = None,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutVisibleInContextMenu(True)
        if icon is not None:
            action.setIcon(ICONS[icon]())
        set_tip(action, tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self: Any) -> None:
        K = QKeySequence.StandardKey
        a = self._action
        self.new_action = a(translate("MainWindow", "新規作成(&N)…"), self.new_file_dialog, K.New, "new")
        self.open_action = a(translate("MainWindow", "開く(&O)…"), self.open_file_dialog, K.Open, "open")
        self.save_as_action = a(translate("MainWindow", "名前を付けて保存(&A)…"), self.save_as_dialog, "Ctrl+Shift+S")
        self.save_action = a(translate("MainWindow", "保存(&S)（自動で保存済み）"), self.explain_saving, K.Save)
        self.import_action = a(translate("MainWindow", "取り込み(&I)…"), self.import_dialog, "Ctrl+I", "import",
                               translate("MainWindow", "Excel・PDFから取り込み"))  # fmt: skip
        self.export_action = a(translate("MainWindow", "書き出し(&E)…"), self.export_dialog, "Ctrl+E", "export",
                               translate("MainWindow", "PDF・Excelに書き出し"))  # fmt: skip
        self.print_action = a(translate("MainWindow", "印刷(&P)…"), self.print_dialog, K.Print, "print")
        self.preview_action = a(translate("MainWindow", "印刷プレビュー(&V)…"), self.print_preview, "Ctrl+Shift+P")
        self.preflight_action = a(translate("MainWindow", "紙面チェック(&K)…"), self.preflight_dialog)
        self.quit_action = a(translate("MainWindow", "終了(&X)"), self.close, "Ctrl+Q")
        # Own actions rather than QUndoGroup's: typed text not yet committed becomes a step first.
        self.undo_action = a(translate("MainWindow", "元に戻す(&U)"), self.undo, "Ctrl+Z", "undo")
        self.redo_action = a(translate("MainWindow", "やり直し(&R)"), self.redo, "Ctrl+Y", "redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        for signal in (self.undo_group.canUndoChanged, self.undo_group.canRedoChanged,
                       self.undo_group.undoTextChanged, self.undo_group.redoTextChanged):  # fmt: skip
            signal.connect(lambda _v: self._update_undo_actions())
        self._update_undo_actions()
        self.add_action = a(translate("MainWindow", "事業を追加(&A)"), self.add_project, "Ctrl+Shift+N", "add_project")
        self.duplicate_action = a(translate("MainWindow", "事業を複製(&C)"), self.duplicate_project, "Ctrl+D")
        self.delete_action = a(translate("MainWindow", "事業を削除(&D)…"), self.delete_project, K.Delete)
        # Delete belongs to the list: in a text field or the timeline it deletes what is there.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_initiative_action = a(translate("MainWindow", "取組を追加(&I)"), self.add_initiative, "Ctrl+Insert", "add_initiative",
                                       translate("MainWindow", "現在の事業に取組を追加"))  # fmt: skip
        self.up_action = a(translate("MainWindow", "事業を上へ移動(&K)"), lambda: self.move_project(-1), "Alt+Up")
        self.down_action = a(translate("MainWindow", "事業を下へ移動(&J)"), lambda: self.move_project(1), "Alt+Down")
        self.find_action = a(translate("MainWindow", "事業を検索(&F)"), self.focus_search, K.Find)
        self.reference_action = a(translate("MainWindow", "基準月を設定(&R)…"), self.reference_dialog)
        self.overview_action = a(translate("MainWindow", "全体工程表(&S)…"), self.overview_window)
        self.edition_action = a(
            translate("MainWindow", "版の設定(&E)（年度・題名・最初のシート番号）…"), self.edition_dialog
        )
        self.import_many_action = a(translate("MainWindow", "複数ファイルの取り込み(&M)…"), self.import_many)
        self.export_departments_action = a(translate("MainWindow", "部局別に書き出し(&D)…"), self.export_departments)
        self.collection_status_action = a(translate("MainWindow", "回収状況(&T)…"), self.collection_status)
        self.rollover_action = a(translate("MainWindow", "新年度版を作成(&Y)…"), self.rollover_dialog)
        self.compare_action = a(translate("MainWindow", "版を比較(&C)…"), self.compare_dialog)
        self.compact_action = a(
            translate("MainWindow", "フォームを折りたたむ(&F)（タイムラインを広く）"),
            lambda: self.set_compact_form(self.compact_action.isChecked()),
            "Ctrl+Shift+T",
        )
        self.compact_action.setCheckable(True)
        self.zoom_in_action = a(
            translate("MainWindow", "タイムラインを拡大(&I)"), self.timeline.zoom_in, K.ZoomIn, "zoom_in"
        )
        self.zoom_out_action = a(
            translate("MainWindow", "タイムラインを縮小(&O)"), self.timeline.zoom_out, K.ZoomOut, "zoom_out"
        )
        self.zoom_fit_action = a(
            translate("MainWindow", "タイムラインを全体表示(&A)"), self.timeline.set_zoom_fit, "Ctrl+0", "zoom_fit"
        )
        self.help_action = a(
            translate("MainWindow", "使い方(&M)"), lambda: self.show_help("manual"), K.HelpContents, "help"
        )
        self.keys_action = a(translate("MainWindow", "キー操作の一覧(&K)"), lambda: self.show_help("keys"))
        self.log_folder_action = a(translate("MainWindow", "ログのフォルダーを開く(&L)"), self.open_log_folder)
        self.about_action = a(
            translate("MainWindow", "バージョン情報とライセンス(&A)"), lambda: self.show_help("about")
        )

    def _update_undo_actions(self: Any) -> None:
        g = self.undo_group
        writable = self.document is not None and not self.document.readonly
        self.undo_action.setEnabled(g.canUndo() and writable)
        self.redo_action.setEnabled(g.canRedo() and writable)
        undo_text, redo_text = g.undoText(), g.redoText()
        self.undo_action.setText(
            translate("MainWindow", "元に戻す(&U): {what}").format(what=undo_text)
            if undo_text
            else translate("MainWindow", "元に戻す(&U)")
        )
        self.redo_action.setText(
            translate("MainWindow", "やり直し(&R): {what}").format(what=redo_text)
            if redo_text
            else translate("MainWindow", "やり直し(&R)")
        )
        set_tip(self.undo_action)
        set_tip(self.redo_action)

    def _build_toolbar(self: Any) -> QToolBar:
        bar = QToolBar(translate("MainWindow", "ツールバー"), self)
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        bar.setIconSize(QSize(20, 20))
        # words under the icons where the screen has the height; icons alone (tooltips) on a small screen
        screen = self.screen()
        tall = screen is None or screen.availableGeometry().height() >= 700
        style = Qt.ToolButtonStyle.ToolButtonTextUnderIcon if tall else Qt.ToolButtonStyle.ToolButtonIconOnly
        bar.setToolButtonStyle(style)
        groups = [
            [self.new_action, self.open_action],
            [self.add_action, self.add_initiative_action],
            [self.undo_action, self.redo_action],
            [self.import_action, self.export_action, self.print_action],
            [self.zoom_in_action, self.zoom_out_action, self.zoom_fit_action],
        ]
        short = {
            self.new_action: translate("MainWindow", "新規"), self.open_action: translate("MainWindow", "開く"),
            self.add_action: translate("MainWindow", "事業追加"), self.add_initiative_action: translate("MainWindow", "取組追加"),
            self.undo_action: translate("MainWindow", "元に戻す"), self.redo_action: translate("MainWindow", "やり直し"),
            self.import_action: translate("MainWindow", "取り込み"), self.export_action: translate("MainWindow", "書き出し"),
            self.print_action: translate("MainWindow", "印刷"), self.zoom_in_action: translate("MainWindow", "拡大"),
            self.zoom_out_action: translate("MainWindow", "縮小"), self.zoom_fit_action: translate("MainWindow", "全体"),
        }  # fmt: skip
        for i, group in enumerate(groups):
            if i:
                bar.addSeparator()
            for action in group:
                # the button shows a short word (iconText); the undo text and the keys are in its tooltip
                action.setIconText(short[action])
                bar.addAction(action)
        return bar

    def _separator(self: Any) -> QAction:
        separator = QAction(self)
        separator.setSeparator(True)
        return separator

    # --- the everyday commands that are not edits --------------------------------------------

    def explain_saving(self: Any) -> None:
        """Ctrl+S: nothing to do, and the user is told so (every edit is written as it is made)."""
        self.form.commit_pending()
        if self.document is not None and self.document.readonly:
            text = translate("MainWindow", "読み取り専用で開いているため、このファイルには保存しません。")
        else:
            text = translate("MainWindow", "変更はその都度ファイルに保存されています。保存の操作は要りません。")
        self.statusBar().showMessage(text, 6000)

    def preflight_dialog(self: Any) -> None:
        """紙面チェック: where the printed sheets fall short, before printing (layout/preflight.py)."""
        from .preflight_dialog import PreflightDialog

        roadmap = self.roadmap
        if roadmap is None:
            return
        self.form.commit_pending()
        dialog = PreflightDialog(roadmap, self.list_panel.select_project, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preflight = dialog  # kept: the dialog is not modal
        dialog.show()

    def focus_search(self: Any) -> None:
        search = self.list_panel.ui.search
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    def add_initiative(self: Any) -> None:
        """取組を追加 from the toolbar or Ctrl+Insert anywhere: below the timeline's current 取組."""
        if self._writable_document() is None or self.current_project() is None:
            return
        self.form.commit_pending()
        shown = self.timeline.project()
        row = self.timeline.cursor_cell()[0] if shown is not None and shown.initiatives else -1
        self.timeline.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.timeline.add_initiative(row + 1, edit_name=True)

    def show_help(self: Any, page: str = "manual") -> None:
        from ..logging_setup import logs_dir
        from .help_dialog import HelpDialog, menu_shortcuts

        dialog = getattr(self, "help_dialog", None)
        if dialog is None:
            menus = [self.file_menu, self.edit_menu, self.view_menu, self.help_menu]
            dialog = HelpDialog(self, menu_shortcuts(menus), str(logs_dir()))
            dialog.log_button.clicked.connect(self.open_log_folder)
            self.help_dialog = dialog
        dialog.show_page(page)
        dialog.show()  # not modal: the manual can stay open beside the work
        dialog.raise_()
        dialog.activateWindow()

    def open_log_folder(self: Any) -> bool:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from ..logging_setup import logs_dir

        folder = logs_dir()
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            return True
        self.statusBar().showMessage(
            translate("MainWindow", "ログのフォルダーを開けませんでした: {path}").format(path=folder), 10000
        )
        return False
