"""版を比較: the differences between the open roadmap and another file, in a window, with Excel/PDF reports.

The comparison itself is core/diff.py; this window shows it with the changed characters coloured
(deleted: red, struck through; inserted: blue, underlined) and writes the same report to a file.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.diff import ProjectDiff, RoadmapDiff, Status, Total, compare, status_name
from ..core.diff_text import (
    bar_line,
    budget_lines,
    char_diff,
    department_note,
    edition_line,
    renumbered_lines,
    summary_line,
    total_rows,
)
from ..core.errors import RoadmapError
from ..core.model import Roadmap
from ..storage import RoadmapFile
from ..storage.roadmap_file import SUFFIX
from .contrast import on_base
from .export_done import show_exported
from .messages import show_error
from .screen_fit import fit_to_screen

if TYPE_CHECKING:
    from .main_window import MainWindow

DELETED_STYLE = "color:#c62828; background-color:#fdecea; text-decoration:line-through;"  # a pair: reads on any palette
INSERTED_STYLE = "color:#1565c0; background-color:#e3f2fd; text-decoration:underline;"


def _h(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def marked_html(old: str, new: str) -> str:
    out = []
    for op, text in char_diff(old, new):
        if op == "=":
            out.append(_h(text))
        else:
            out.append(f'<span style="{DELETED_STYLE if op == "-" else INSERTED_STYLE}">{_h(text)}</span>')
    return "".join(out)


def _totals_html(diff: RoadmapDiff, totals: list[Total]) -> str:
    rows = total_rows(diff, [*totals, diff.total])
    head = "".join(f'<th style="background:#d9e2f3; color:#000000; padding:2px 6px;">{_h(c)}</th>' for c in rows[0])
    body = []
    for r in rows[1:]:
        cells = [f'<td style="padding:2px 6px;">{_h(r[0])}</td>'] + [
            f'<td align="right" style="padding:2px 6px;">{_h(c)}</td>' for c in r[1:]
        ]
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table border="1" cellspacing="0" style="border-color:#999;"><tr>{head}</tr>{"".join(body)}</table>'


def anchor(index: int) -> str:
    return f"project-{index}"


def _project_html(d: ProjectDiff, index: int) -> str:
    items = [f"<li>{_h(d.note)}</li>"] if d.note else []
    items += [f"<li><b>{_h(c.label)}</b>: {marked_html(c.old, c.new)}</li>" for c in d.texts]
    items += [f"<li>{_h(line)}</li>" for line in budget_lines(d)]
    process = _h(QCoreApplication.translate("DiffView", "工程"))
    items += [f"<li>{process} {_h(bar_line(b))}</li>" for b in d.bars]
    status = _h(status_name(d.status))
    head = f'<h3><a name="{anchor(index)}"></a>{_h(d.no_text)} {_h(d.name)}　<small>［{status}］</small></h3>'
    return head + (f"<ul>{''.join(items)}</ul>" if items else "")


def diff_html(diff: RoadmapDiff) -> str:
    """The whole comparison as the window's rich text."""
    tr = QCoreApplication.translate
    title, legend = tr("DiffView", "ロードマップの比較"), tr("DiffView", "変更箇所: ")
    deleted, inserted = tr("DiffView", "削除した文字"), tr("DiffView", "追加した文字")
    by_field, by_department = tr("DiffView", "事業費（千円）: 分野別"), tr("DiffView", "事業費（千円）: 部局別")
    parts = [
        f"<h2>{_h(title)}</h2>",
        f"<p>A {_h(edition_line(diff.a_name, diff.a.title, diff.a.window_years))}<br>"
        f"B {_h(edition_line(diff.b_name, diff.b.title, diff.b.window_years))}<br>"
        f"<b>{_h(summary_line(diff))}</b><br>"
        f'{_h(legend)}<span style="{DELETED_STYLE}">{_h(deleted)}</span>　'
        f'<span style="{INSERTED_STYLE}">{_h(inserted)}</span></p>',
        f"<h3>{_h(by_field)}</h3>",
        _totals_html(diff, diff.by_field),
        f"<h3>{_h(by_department)}</h3>",
        _totals_html(diff, diff.by_department),
        f"<p><small>※{_h(department_note())}</small></p>",
    ]
    if diff.renumbered:  # a reader who looks a sheet up by its old number must know
        heading = tr("DiffView", "シート番号の変更（{n}件）").format(n=len(diff.renumbered))
        parts.append(f"<h3>{_h(heading)}</h3><p>" + "<br>".join(_h(x) for x in renumbered_lines(diff)) + "</p>")
    for status, title in (
        (Status.NEW, QCoreApplication.translate("DiffView", "新規の事業")),
        (Status.ENDED, QCoreApplication.translate("DiffView", "終了・削除の事業")),
        (Status.CHANGED, QCoreApplication.translate("DiffView", "変更のあった事業")),
    ):
        items = diff.of(status)
        if items:
            parts.append(f"<h2>{_h(title)}</h2>")
            parts += [_project_html(d, diff.projects.index(d)) for d in items]
    if not diff.projects:
        parts.append(f"<p>{_h(tr('DiffView', '違いはありません。'))}</p>")
    return "".join(parts)


class DiffView(QDialog):
    """The differences between two roadmaps (A → B), with A and B swappable and the report exportable."""

    def __init__(self, parent: QWidget | None, a: tuple[str, Roadmap], b: tuple[str, Roadmap]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("版を比較"))
        fit_to_screen(self, 980, 760)
        self._a, self._b = a, b
        self._folder = Path.home()  # where the report goes: run_compare sets the open file's folder
        self.diff: RoadmapDiff = compare(a[1], b[1], a[0], b[0])
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("比較の結果"))
        self.browser.setOpenLinks(False)
        self.summary = QLabel()
        # Every project that changed, to jump to: the report of 150 projects is long.
        self.projects = QListWidget()
        self.projects.setAccessibleName(self.tr("変更のあった事業"))
        self.projects.setAccessibleDescription(self.tr("選ぶと、比較の結果のその事業へ移ります"))
        self.projects.setMaximumWidth(300)
        self.projects.currentRowChanged.connect(self._jump)
        swap = QPushButton(self.tr("A と B を入れ替え(&S)"))
        swap.clicked.connect(self.swap)
        self.xlsx_button = QPushButton(self.tr("Excel に書き出す(&X)…"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button = QPushButton(self.tr("PDF に書き出す(&P)…"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        close = QPushButton(self.tr("閉じる(&C)"))
        close.clicked.connect(self.accept)
        close.setDefault(True)  # Enter closes the report; it swapped A and B, the first button
        buttons = QHBoxLayout()
        buttons.addWidget(swap)
        buttons.addStretch(1)
        for w in (self.xlsx_button, self.pdf_button, close):
            buttons.addWidget(w)
        body = QHBoxLayout()
        body.addWidget(self.projects)
        body.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self._show()

    def _show(self) -> None:
        self.summary.setText(summary_line(self.diff))
        self.browser.setHtml(diff_html(self.diff))
        self.projects.clear()
        for d in self.diff.projects:
            item = QListWidgetItem(f"［{status_name(d.status)}］{d.no_text} {d.name}")
            if d.delays:
                item.setForeground(on_base("#c62828"))
                item.setToolTip(self.tr("計画の終了が遅れた取組があります"))
            self.projects.addItem(item)

    def _jump(self, row: int) -> None:
        if row >= 0:
            self.browser.scrollToAnchor(anchor(row))

    def swap(self) -> None:
        self._a, self._b = self._b, self._a
        self.diff = compare(self._a[1], self._b[1], self._a[0], self._b[0])
        self._show()

    def export(self, kind: str) -> Path | None:
        folder = self._folder
        filter_text = self.tr("Excel ブック (*.xlsx)") if kind == "xlsx" else self.tr("PDF (*.pdf)")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("比較結果の書き出し"), str(folder / f"比較.{kind}"), filter_text
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(f"{path.name}.{kind}")
        try:
            if kind == "xlsx":
                from ..export.diff_xlsx import export_diff_xlsx

                export_diff_xlsx(self.diff, path)
            else:
                from ..export.diff_pdf import export_diff_pdf

                export_diff_pdf(self.diff, path)
        except (RoadmapError, OSError) as e:
            show_error(self, e, self.tr("書き出せません"))
            return None
        show_exported(self, [path], self.tr("比較結果の書き出し"))
        return path


def sides(
    open_name: str, open_roadmap: Roadmap, other_name: str, other: Roadmap
) -> tuple[tuple[str, Roadmap], tuple[str, Roadmap]]:
    """(A, B): the earlier edition first; for two files of one edition, the open one is B (what it changed)."""
    if other.edition.fiscal_year > open_roadmap.edition.fiscal_year:
        return (open_name, open_roadmap), (other_name, other)
    return (other_name, other), (open_name, open_roadmap)


def run_compare(window: MainWindow, other: Path | None = None) -> DiffView | None:
    """The menu command: pick the other file, then show the differences (not modal: the editor stays usable)."""
    doc = window.document
    if doc is None:
        return None
    if other is None:
        name, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("DiffView", "比較するロードマップ"),
            str(doc.file.path.parent),
            QCoreApplication.translate("DiffView", "ロードマップ (*{suffix})").format(suffix=SUFFIX),
        )
        if not name:
            return None
        other = Path(name)
    try:
        if other.resolve() == doc.file.path.resolve():
            raise RoadmapError(
                QCoreApplication.translate(
                    "DiffView", "開いているファイルそのものです。比較する別のファイルを選んでください。"
                )
            )
        with RoadmapFile.open(other, readonly=True) as f:
            roadmap = f.load()
    except (RoadmapError, OSError) as e:
        show_error(window, e, QCoreApplication.translate("DiffView", "比較できません"))
        return None
    a, b = sides(doc.file.path.name, doc.roadmap, other.name, roadmap)
    view = DiffView(window, a, b)
    view._folder = doc.file.path.parent
    view.show()
    return view
