"""紙面チェック (preflight): every place where a laid-out page falls short, per sheet, before printing.

Reads the pages the layout made (nothing is measured again): text printed below the minimum size
(which the layout never does; a finding here is a bug, and ``roadmap check`` exits with 1), text
shrunk near the minimum, bar labels moved to numbered notes, a sheet continued on a （続き） page,
text that did not fit its cell, a budget not entered. Qt-free: the CLI and the GUI's dialog list
the same findings.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from ..core.i18n import translate
from ..core.labels import FIELD_LABELS
from ..core.model import Project, Roadmap
from .labels import MIN_PT
from .sheet import NEAR_MIN_PT, SheetLayout, TextRun, layout_projects


class Severity(StrEnum):
    BELOW_MIN = "below_min"  # something would print below MIN_PT: must not be printed so
    WARN = "warn"  # the page falls short somewhere a person should look at


@dataclass(frozen=True)
class Finding:
    sheet_no: int  # 0: a page of the book that is not a sheet
    project_id: str  # "" for a page of the book that is not a sheet
    severity: Severity
    message: str


class _Page(Protocol):
    def texts(self) -> list[TextRun]: ...


def _name(project: Project) -> str:
    return project.name.replace("\n", "")


def _below_min(runs: Iterable[TextRun]) -> list[TextRun]:
    return [r for r in runs if r.text.strip() and r.size < MIN_PT - 1e-6]


def check_sheet(sheet: SheetLayout) -> list[Finding]:
    """The findings of one laid-out sheet."""
    p, no = sheet.project, sheet.sheet_no
    out: list[Finding] = []

    def add(severity: Severity, message: str) -> None:
        out.append(Finding(no, p.id, severity, message))

    small = [r for page in sheet.pages for r in _below_min(page.texts())]
    if small:
        add(
            Severity.BELOW_MIN,
            translate("preflight", "{n}か所の文字が{pt}ポイント未満です（最小 {pt} ポイント）：{text}").format(
                n=len(small), pt=f"{MIN_PT:g}", text="、".join(dict.fromkeys(r.text for r in small))
            ),
        )
    if sheet.text_size and sheet.text_size <= NEAR_MIN_PT:
        add(
            Severity.WARN,
            translate("preflight", "現状・課題などの文章が{pt}ポイントまで縮んでいます").format(
                pt=f"{sheet.text_size:g}"
            ),
        )
    first = sheet.pages[0]
    for attr, fit in first.fields.items():
        if fit.lines and fit.size <= NEAR_MIN_PT and attr in ("overview", "name", "items", "sections", "departments"):
            add(
                Severity.WARN,
                translate("preflight", "「{field}」の文字が{pt}ポイントまで縮んでいます").format(
                    field=FIELD_LABELS.get(attr, attr), pt=f"{fit.size:g}"
                ),
            )
    notes = [(mark, label) for page in sheet.pages for mark, label in page.notes]
    if notes:
        add(
            Severity.WARN,
            translate("preflight", "バーの文字{n}件がバーに入らず、注記（※）になっています：{labels}").format(
                n=len(notes), labels="、".join(f"{m} {label.replace(chr(10), '')}" for m, label in notes)
            ),
        )
    if len(sheet.pages) > 1:
        add(
            Severity.WARN,
            translate("preflight", "{n}ページに分かれます（2ページ目から（続き））").format(n=len(sheet.pages)),
        )
    for problem in sheet.problems:
        add(Severity.WARN, problem)
    if p.budget is None:
        add(Severity.WARN, translate("preflight", "事業費が未入力です"))
    return out


def check_pages(pages: Sequence[_Page]) -> list[Finding]:
    """Findings of the book's other pages (cover, 目次, 一覧, 全体工程表): only text below the minimum."""
    out = []
    for number, page in enumerate(pages, 1):
        small = _below_min(page.texts())
        if small:
            out.append(
                Finding(
                    0,
                    "",
                    Severity.BELOW_MIN,
                    translate("preflight", "{page}ページ目：{n}か所の文字が{pt}ポイント未満です：{text}").format(
                        page=number,
                        n=len(small),
                        pt=f"{MIN_PT:g}",
                        text="、".join(dict.fromkeys(r.text for r in small))[:80],
                    ),
                )
            )
    return out


def check_roadmap(roadmap: Roadmap, projects: Iterable[Project] | None = None) -> list[Finding]:
    """The findings of every sheet of *projects* (all of the roadmap's by default), in sheet order."""
    chosen = roadmap.projects if projects is None else list(projects)
    return [f for sheet in layout_projects(roadmap, chosen) for f in check_sheet(sheet)]


def describe(finding: Finding, names: dict[str, str]) -> str:
    """One line for a person: 'No.63「…」: …'."""
    if not finding.project_id:
        return finding.message
    return translate("preflight", "No.{no}「{name}」：{message}").format(
        no=finding.sheet_no, name=names.get(finding.project_id, ""), message=finding.message
    )


def project_names(roadmap: Roadmap) -> dict[str, str]:
    return {p.id: _name(p) for p in roadmap.projects}
