"""The 対象 choice the export dialog and the print window share: which projects, and how many."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from ..core.model import Project

SCOPE_ORDER = ("current", "selection", "filtered", "all")


def _t(text: str) -> str:
    return QCoreApplication.translate("ScopeChoice", text)


def scope_combo(parent: QWidget, scopes: dict[str, list[Project]], wanted: str | None = None) -> QComboBox:
    """A combo box of *scopes* (only those with projects) in the usual order, each with its count;
    the item data is the scope's key. It starts on *wanted*, else on what the list shows (the same
    default in 印刷 and 書き出し: what the user sees is what goes out)."""
    names = {
        "current": _t("現在の事業"),
        "selection": _t("選択した事業"),
        "filtered": _t("一覧に表示中の事業"),
        "all": _t("すべての事業"),
    }
    combo = QComboBox(parent)
    for key in [k for k in SCOPE_ORDER if k in scopes] + [k for k in scopes if k not in SCOPE_ORDER]:
        combo.addItem(_t("{name}（{n}件）").format(name=names.get(key, key), n=len(scopes[key])), key)
    start = wanted if wanted in scopes else next((k for k in ("filtered", "all") if k in scopes), None)
    if start is not None:
        combo.setCurrentIndex(combo.findData(start))
    return combo
