"""Which project each sheet of a reply is: the hidden identity, checked against what the sheet shows.

The hidden sheet can be unhidden and edited, rows copied with a copied sheet, or swapped. A claimed
identity counts only when the sheet shows that project (its No. or its 事業名, as exported); two
sheets claiming one project keep it for the one with the exported tab title (the other is a copy: a
new project); a sheet whose identity is missing or does not hold (a renamed tab, a swapped row) is
recognised by the No. it shows when that No. was exported. Nothing here ever points a sheet at a
project it does not show.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..core.i18n import translate
from ..core.model import new_id
from .merge import IncomingSheet, _norm_name


@dataclass(frozen=True)
class Ref:
    """A project as the workbook was made to show it."""

    sheet_no: int | None
    name: str
    title: str | None = None  # the worksheet's tab title, when known (our export)


def _shows(sheet: IncomingSheet, ref: Ref) -> tuple[bool, bool]:
    """(shows the No., shows the 事業名) of *ref*."""
    no = sheet.sheet_no is not None and sheet.sheet_no == ref.sheet_no
    name = bool(ref.name.strip()) and _norm_name(sheet.project.name) == _norm_name(ref.name)
    return no, name


def _forget(sheet: IncomingSheet) -> None:
    """Drop an identity that does not hold: the sheet gets an id of its own and no fixed number."""
    sheet.identity_known = False
    sheet.project.id = new_id()
    sheet.project.sheet_no_override = None


def _where(sheet: IncomingSheet) -> str:
    return sheet.source


def resolve(sheets: Sequence[IncomingSheet], refs: dict[str, Ref], by_number: bool) -> dict[int, list[str]]:
    """Settle ``identity_known`` and ``project.id`` of each sheet (in place); notes by sheet index.

    *refs*: project id → how that project was shown (the export's base, else the roadmap now).
    *by_number*: a sheet without a holding identity may be recognised by its No. (only when *refs*
    are the export's, whose numbers are the ones the workbook shows).
    """
    notes: dict[int, list[str]] = {n: [] for n in range(len(sheets))}
    valid: dict[str, list[int]] = {}
    for n, sheet in enumerate(sheets):
        if not sheet.identity_known:
            continue
        pid = sheet.project.id
        ref = refs.get(pid)
        if ref is not None and any(_shows(sheet, ref)):
            valid.setdefault(pid, []).append(n)
            continue
        _forget(sheet)
        if ref is None:
            text = translate(
                "identity", "隠しシートの識別情報が、このファイルで書き出した事業を指していないため使いません。"
            )
        else:
            text = translate(
                "identity",
                "隠しシートの識別情報は No.{no}「{name}」のものですが、シートの表示（No.{shown}「{shown_name}」）と合わないため使いません。",
            ).format(
                no=ref.sheet_no if ref.sheet_no is not None else "－",
                name=ref.name.replace("\n", ""),
                shown=sheet.sheet_no if sheet.sheet_no is not None else "－",
                shown_name=sheet.project.name.replace("\n", ""),
            )
        notes[n].append(text)
    taken: set[str] = set()
    copies: set[int] = set()
    for pid, claimants in valid.items():
        ref = refs[pid]

        def rank(n: int, ref: Ref = ref) -> tuple[bool, int, int]:
            s = sheets[n]
            return (s.title == ref.title, sum(_shows(s, ref)), -n)

        winner = max(claimants, key=rank)
        taken.add(pid)
        for n in claimants:
            if n == winner:
                continue
            _forget(sheets[n])
            copies.add(n)
            notes[n].append(
                translate(
                    "identity", "{other}と同じ事業の識別情報を持っています（シートの写し）。新しい事業として扱います。"
                ).format(other=_where(sheets[winner]))
            )
    if not by_number:
        return notes
    by_no: dict[int, list[str]] = {}
    for pid, ref in refs.items():
        if ref.sheet_no is not None:
            by_no.setdefault(ref.sheet_no, []).append(pid)
    for n, sheet in enumerate(sheets):
        if sheet.identity_known or sheet.sheet_no is None or n in copies:
            continue
        candidates = [pid for pid in by_no.get(sheet.sheet_no, []) if pid not in taken]
        if len(candidates) != 1:
            continue
        pid = candidates[0]
        sheet.project.id, sheet.identity_known = pid, True
        taken.add(pid)
        if notes[n]:
            notes[n].append(
                translate(
                    "identity", "シートに表示された No.{no} から、書き出した「{name}」のシートと判断しました。"
                ).format(no=sheet.sheet_no, name=refs[pid].name.replace("\n", ""))
            )
    return notes
