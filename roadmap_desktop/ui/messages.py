"""The one way the UI tells the user about an expected failure: a plain Japanese message."""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.errors import RoadmapError


def error_text(error: BaseException) -> str:
    """The message for *error*: our own errors carry it; OS errors get a plain sentence."""
    if isinstance(error, RoadmapError):
        return str(error)
    name = getattr(error, "filename", None) or ""
    # Windows: a file held open by another program (Excel, another user) is a sharing violation, not a permission.
    if getattr(error, "winerror", None) in (32, 33) or (isinstance(error, OSError) and error.errno == errno.EBUSY):
        return QCoreApplication.translate("messages", "他のプログラム（Excel など）が使用中のため使えません: {name}").format(name=name)
    if isinstance(error, OSError) and error.errno == errno.EROFS:
        return QCoreApplication.translate("messages", "読み取り専用の場所のため書き込めません: {name}").format(name=name)
    if isinstance(error, OSError) and error.errno == errno.EDQUOT:
        return QCoreApplication.translate("messages", "ディスクの空きが足りません。")
    if isinstance(error, PermissionError):
        return QCoreApplication.translate("messages", "アクセスする権限がありません: {name}").format(name=error.filename or "")
    if isinstance(error, FileNotFoundError):
        return QCoreApplication.translate("messages", "ファイルが見つかりません: {name}").format(name=error.filename or "")
    if isinstance(error, OSError) and error.errno == 28:
        return QCoreApplication.translate("messages", "ディスクの空きが足りません。")
    return str(error)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """Show *error* in a warning box (tests replace QMessageBox.warning to capture it)."""
    QMessageBox.warning(parent, title or QCoreApplication.translate("messages", "エラー"), error_text(error))
