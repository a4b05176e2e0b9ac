"""Regression test for the PySide6 pin (pyproject.toml): 6.12.0 aborts with "none_dealloc" after a
few thousand QStandardItemModel.setItem calls on Python 3.11; 6.11.3 does not. Run in a subprocess
because the failure is a hard abort of the interpreter."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

app = QApplication([])
model = QStandardItemModel(600, 10)
for i in range(6000):
    model.setItem(i // 10, i % 10, QStandardItem(f"項目 {i}"))
assert model.item(599, 9).text() == "項目 5999"
print("done", model.rowCount() * model.columnCount())
"""


def test_many_set_item_calls_do_not_abort() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "none_dealloc" not in result.stderr
    assert result.stdout.strip() == "done 6000"
