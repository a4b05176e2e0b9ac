"""ヘルプ: the short manual, the key list (the window's shortcuts read from its menus, the timeline's from
core/timeline_keys.py, the table the timeline itself acts on), version and licences. Not modal."""

from __future__ import annotations

import platform
from collections.abc import Iterable

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.timeline_keys import key_bindings
from ..paths import resources_dir
from .actions import plain_text, shortcut_text
from .help_text import manual_html
from .screen_fit import fit_to_screen

PAGES = ("manual", "keys", "about")
LICENSE_FILE = ("fonts", "IPAexGothic-LICENSE.txt")


def menu_shortcuts(menus: Iterable[QMenu]) -> list[tuple[str, str]]:
    """(keys, what) for every action with a shortcut in *menus* (and their submenus), in menu order."""
    rows: list[tuple[str, str]] = []
    seen: set[int] = set()

    def walk(actions: Iterable[QAction]) -> None:
        for action in actions:
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub.actions())
                continue
            keys = shortcut_text(action)
            if keys and id(action) not in seen:
                seen.add(id(action))
                rows.append((keys, plain_text(action).split(": ")[0]))

    for menu in menus:
        walk(menu.actions())
    return rows


def timeline_shortcuts() -> list[tuple[str, str]]:
    return [(b.shown, b.action) for b in key_bindings()]


def licence_text() -> str:
    try:
        return resources_dir().joinpath(*LICENSE_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None, window_keys: list[tuple[str, str]], log_folder: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ヘルプ — Roadmap Desktop"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("ヘルプのページ"))
        self.manual = QTextBrowser(self)
        self.manual.setAccessibleName(self.tr("使い方"))
        self.manual.setOpenExternalLinks(False)
        # the manual's pictures (made from the application itself by tools/make_manual_pictures.py)
        self.manual.setSearchPaths([str(resources_dir() / "help")])
        self.manual.setHtml(manual_html())
        self.tabs.addTab(self.manual, self.tr("使い方"))
        self.keys = self._key_table(window_keys)
        self.tabs.addTab(self.keys, self.tr("キー操作の一覧"))
        self.tabs.addTab(self._about(log_folder), self.tr("バージョン情報とライセンス"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("閉じる"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 560)

    def show_page(self, page: str) -> None:
        self.tabs.setCurrentIndex(PAGES.index(page) if page in PAGES else 0)

    def _key_table(self, window_keys: list[tuple[str, str]]) -> QTableWidget:
        sections = [(self.tr("画面全体（どこにフォーカスがあっても使えます）"), window_keys),
                    (self.tr("タイムライン（タイムラインをクリックしてから）"), timeline_shortcuts())]  # fmt: skip
        rows = sum(len(r) + 1 for _, r in sections)
        table = QTableWidget(rows, 2, self)
        table.setObjectName("keyTable")
        table.setAccessibleName(self.tr("キー操作の一覧"))
        table.setHorizontalHeaderLabels([self.tr("キー"), self.tr("操作")])
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        r = 0
        for title, items in sections:
            head = QTableWidgetItem(title)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            table.setItem(r, 0, head)
            table.setSpan(r, 0, 1, 2)
            r += 1
            for keys, what in items:
                table.setItem(r, 0, QTableWidgetItem(keys))
                table.setItem(r, 1, QTableWidgetItem(what))
                r += 1
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def key_rows(self) -> list[tuple[str, str]]:
        def text(r: int, c: int) -> str:
            item = self.keys.item(r, c)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1)) for r in range(self.keys.rowCount())]

    def _about(self, log_folder: str) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.version_label = QLabel(
            self.tr("Roadmap Desktop バージョン {version}<br>Python {python}・Qt {qt}・PySide6 {pyside}").format(
                version=__version__, python=platform.python_version(), qt=qVersion(), pyside=pyside_version
            ),
            page,
        )
        layout.addWidget(self.version_label)
        credits = QLabel(self.tr(
            "使用しているソフトウェア: Qt・PySide6（LGPL v3）、openpyxl（MIT）、ReportLab（BSD）、"
            "pdfplumber（MIT）、platformdirs（MIT）、defusedxml（PSF）。"
            "フォント: IPAexゴシック（IPAフォントライセンスv1.0、全文は下のとおり）。"), page)  # fmt: skip
        credits.setWordWrap(True)
        layout.addWidget(credits)
        self.licence = QPlainTextEdit(page)
        self.licence.setAccessibleName(self.tr("フォントのライセンス"))
        self.licence.setReadOnly(True)
        self.licence.setPlainText(licence_text())
        layout.addWidget(self.licence, 1)
        self.log_label = QLabel(self.tr("ログのフォルダー: {path}").format(path=log_folder), page)
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # to copy the path
        layout.addWidget(self.log_label)
        self.log_button = QPushButton(self.tr("ログのフォルダーを開く(&L)"), page)
        layout.addWidget(self.log_button)
        return page
