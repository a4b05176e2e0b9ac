"""Placeholder main window: the project list of the open roadmap (the editor replaces it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QMessageBox, QTableWidget, QTableWidgetItem

from ..core.errors import RoadmapError
from ..core.fiscal import format_budget
from ..storage import RoadmapFile


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("事業名"), self.tr("期間"), self.tr("事業費（千円）")])
        self.setCentralWidget(self.table)
        self.resize(1000, 700)
        self.file: RoadmapFile | None = None

    def open_path(self, path: Path) -> None:
        try:
            self.file = RoadmapFile.open(path)
        except RoadmapError as e:
            QMessageBox.warning(self, self.tr("開けません"), str(e))
            return
        roadmap = self.file.load()
        self.setWindowTitle(f"{path.name} — Roadmap Desktop")
        self.table.setRowCount(len(roadmap.projects))
        for r, (no, p) in enumerate(zip(roadmap.sheet_numbers(), roadmap.projects, strict=True)):
            for c, text in enumerate([str(no), p.name, p.period_text(), format_budget(p.budget)]):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
