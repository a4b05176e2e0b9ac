"""The differences between two roadmaps in words: changed characters marked, and the report as text.

:func:`char_diff` is shared by every output (terminal, window, Excel, PDF): each marks the same
deleted and inserted runs its own way (``[-old-]{+new+}`` here).
"""

from __future__ import annotations

import difflib
import unicodedata

from .diff import (
    BarChange,
    ProjectDiff,
    RoadmapDiff,
    Status,
    Total,
    budget_text,
    status_name,
)
from .fiscal import format_fiscal_year
from .i18n import translate

Segment = tuple[str, str]  # ("=", text) unchanged, ("-", text) deleted, ("+", text) inserted


def char_diff(old: str, new: str) -> list[Segment]:
    """*old* → *new* as runs of unchanged, deleted and inserted characters (Japanese has no words to split)."""
    segments: list[Segment] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            segments.append(("=", old[i1:i2]))
            continue
        if op in ("delete", "replace"):
            segments.append(("-", old[i1:i2]))
        if op in ("insert", "replace"):
            segments.append(("+", new[j1:j2]))
    return segments


def marked(old: str, new: str) -> str:
    """The change in one line of text: 電子[-入札-]{+収納+}."""
    out = []
    for op, text in char_diff(old, new):
        out.append(text if op == "=" else f"[-{text}-]" if op == "-" else f"{{+{text}+}}")
    return "".join(out).replace("\n", "⏎")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _table(rows: list[list[str]], indent: str = "    ") -> list[str]:
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for r in rows:
        cells = [
            c + " " * (w - _width(c)) if i == 0 else " " * (w - _width(c)) + c
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        ]
        lines.append(indent + "  ".join(cells).rstrip())
    return lines


def total_rows(diff: RoadmapDiff, totals: list[Total]) -> list[list[str]]:
    """Header and one row per 分野/部局: old, new, difference, and how many budgets are 未入力."""
    head = [
        "",
        "A " + diff.a_budget_label.replace("（千円）", ""),
        "B " + diff.b_budget_label.replace("（千円）", ""),
        translate("diff", "増減"),
        translate("diff", "未入力"),
    ]
    rows = [head]
    for t in totals:
        unset = f"{t.old_unset}→{t.new_unset}" if (t.old_unset or t.new_unset) else ""
        rows.append([t.key or translate("diff", "（未設定）"), t.old_text, t.new_text, t.delta_text, unset])
    return rows


def bar_line(b: BarChange) -> str:
    return translate("diff", "取組「{name}」 {row}: {what}").format(
        name=b.initiative, row=b.row_label, what=b.describe()
    )


def budget_lines(d: ProjectDiff) -> list[str]:
    return [
        translate("diff", "{year}事業費: {old} → {new}（{delta}）").format(
            year=format_fiscal_year(c.fiscal_year),
            old=budget_text(c.old),
            new=budget_text(c.new),
            delta=c.delta_text,
        )
        for c in d.budgets
    ]


def summary_line(diff: RoadmapDiff) -> str:
    line = translate("diff", "新規{new}件・終了・削除{ended}件・変更{changed}件・変更なし{same}件").format(
        new=len(diff.of(Status.NEW)),
        ended=len(diff.of(Status.ENDED)),
        changed=len(diff.of(Status.CHANGED)),
        same=diff.unchanged,
    )
    delays = [d for d in diff.projects if d.delays]
    if delays:  # what a reader looks for first
        line += translate("diff", "（うち計画の終了が遅れた事業{n}件）").format(n=len(delays))
    if diff.renumbered:  # a reader who looks a sheet up by its old number must know
        line += translate("diff", "・シート番号の変わった事業{n}件").format(n=len(diff.renumbered))
    return line


def renumbered_lines(diff: RoadmapDiff) -> list[str]:
    """One line per renumbered sheet: No.66→65 生活保護システム標準化移行事業."""
    return [f"No.{a}→{b} {name}" for a, b, name in sorted(diff.renumbered)]


def edition_line(name: str, roadmap_title: str, years: list[int]) -> str:
    return f"{name}（{roadmap_title}、{format_fiscal_year(years[0])}〜{format_fiscal_year(years[-1])}）"


def department_note() -> str:
    """How a project of several departments is counted in the totals by 部局."""
    return translate(
        "diff", "複数の部局が担当する事業は、各部局に全額を計上しています（部局別の計は合計と一致しません）。"
    )


def format_diff(diff: RoadmapDiff) -> str:
    """The whole report for the terminal."""
    out = [
        translate("diff", "比較: A {a} → B {b}").format(
            a=edition_line(diff.a_name, diff.a.title, diff.a.window_years),
            b=edition_line(diff.b_name, diff.b.title, diff.b.window_years),
        ),
        summary_line(diff),
        "",
        translate("diff", "■ 事業費（千円）"),
    ]
    tot = diff.total
    out.append(
        translate("diff", "  合計: {a_label} {a} → {b_label} {b}（{delta}）").format(
            a_label=diff.a_budget_label.replace("（千円）", ""),
            a=tot.old_text,
            b_label=diff.b_budget_label.replace("（千円）", ""),
            b=tot.new_text,
            delta=tot.delta_text,
        )
    )
    out.append(translate("diff", "  分野別:"))
    out += _table(total_rows(diff, diff.by_field))
    out.append(translate("diff", "  部局別:"))
    out += _table(total_rows(diff, diff.by_department))
    out.append("    ※" + department_note())
    for status in (Status.NEW, Status.ENDED):
        items = diff.of(status)
        if items:
            out += ["", translate("diff", "■ {status}の事業").format(status=status_name(status))]
            out += [f"  {d.no_text} {d.name}" + (f"（{d.note}）" if d.note else "") for d in items]
    if diff.renumbered:
        out += ["", translate("diff", "■ シート番号の変更（{n}件）").format(n=len(diff.renumbered))]
        out += [f"  {line}" for line in renumbered_lines(diff)]
    changed = diff.of(Status.CHANGED)
    if changed:
        out += ["", translate("diff", "■ 変更のあった事業")]
    for d in changed:
        out.append(f"  {d.no_text} {d.name}")
        out += [f"    {c.label}: {marked(c.old, c.new)}" for c in d.texts]
        out += [f"    {line}" for line in budget_lines(d)]
        process = translate("diff", "工程")
        out += [f"    {process} {bar_line(b)}" for b in d.bars]
    if not diff.projects:
        out += ["", translate("diff", "違いはありません。")]
    return "\n".join(out)
