"""The word after every export: what was written where, with 「フォルダーを開く」.

A dialog that closed without a word left the user wondering whether anything happened, and where the
file went; every export (書き出し, 部局別に書き出し, 版を比較's report) ends here instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

# How many file names the message lists before it says 「ほか N 件」.
LISTED = 5


def _t(text: str) -> str:
    return QCoreApplication.translate("export_done", text)


def exported_text(paths: list[Path], note: str = "") -> str:
    """「書き出しました」 with the folder and the files' names (the first few of many)."""
    folder = paths[0].parent
    names = [p.name for p in paths[:LISTED]]
    if len(paths) > LISTED:
        names.append(_t("ほか{n}件").format(n=len(paths) - LISTED))
    text = _t("{n}件のファイルを書き出しました。").format(n=len(paths)) if len(paths) > 1 else _t("書き出しました。")
    text += "\n\n" + _t("保存先: {folder}").format(folder=folder) + "\n" + "\n".join(names)
    return text + ("\n\n" + note if note else "")


def open_folder(folder: Path) -> bool:
    """Show *folder* in the system's file manager (Explorer on Windows)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_exported(parent: QWidget | None, paths: list[Path], title: str, note: str = "") -> QMessageBox | None:
    """Tell the user what was written, with a button that opens its folder.

    The message is window-modal but does not block (``open``, not ``exec``): the export is finished
    whatever the user does with it."""
    if not paths:
        return None
    box = QMessageBox(QMessageBox.Icon.Information, title, exported_text(paths, note), parent=parent)
    box.setObjectName("ExportedMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open_button = box.addButton(_t("フォルダーを開く(&O)"), QMessageBox.ButtonRole.ActionRole)  # type: ignore[attr-defined]
    box.addButton(_t("閉じる"), QMessageBox.ButtonRole.AcceptRole)
    folder = paths[0].parent
    box.buttonClicked.connect(lambda button: open_folder(folder) if button is box.open_button else None)  # type: ignore[attr-defined]
    box.open()
    return box
