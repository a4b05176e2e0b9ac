"""What the pointer finds on the timeline: the tooltip at a spot and the context menu for it.

Each menu entry shows its key from the key table (core/timeline_keys.py) after a tab, the way Qt
menus show shortcuts; the key itself is handled by the widget through the same table.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ..core.i18n import translate
from ..core.labels import ACTUAL_LABEL
from ..core.model import Bar, Row
from ..core.timeline_keys import shortcut_text
from .timeline_layout import Zone

if TYPE_CHECKING:
    from .timeline import TimelineWidget


def tooltip_text(w: TimelineWidget, x: float, y: float) -> str:
    """The tooltip text at (x, y): a bar's label, exact period and row; a name; a delay."""
    s = w.state
    if s.project is None:
        return ""
    hit = w.bar_at(x, y)
    if hit is not None:
        (i, row, k), _part = hit
        bar = s.bar((i, row, k))
        assert bar is not None
        ini = s.project.initiatives[i]
        lines = [bar.label or translate("TimelineWidget", "（ラベルなし）"), bar.period_text()]
        if bar.continues:
            lines[1] += translate("TimelineWidget", "（以降も継続）")
        row_word = ini.plan_label if row is Row.PLAN else ACTUAL_LABEL
        lines.append(
            translate("TimelineWidget", "{name}・{row}").format(
                name=ini.name.replace("\n", ""), row=translate("TimelineWidget", row_word)
            )
        )
        for first, last in s.overrun.get((i, k), ()) if row is Row.ACTUAL else ():
            lines.append(
                translate("TimelineWidget", "計画を超えた期間: {period}").format(
                    period=Bar(s.month(first), s.month(last)).period_text()
                )
            )
        if row is Row.ACTUAL and (i, k) in s.late and s.today is not None:
            lines.append(
                translate("TimelineWidget", "基準月（{month}）より後の実績です").format(month=s.today.japanese())
            )
        return "\n".join(lines)
    spot = w.layout_().spot(x, y)
    if spot.initiative is None:
        return ""
    ini = s.project.initiatives[spot.initiative]
    if spot.zone is Zone.NAME:
        text = ini.name
        if spot.initiative in s.behind:
            text += "\n" + translate("TimelineWidget", "⚠ 計画より遅れている月があります")
        return text
    if spot.zone is Zone.KIND and spot.row is Row.PLAN:
        return translate("TimelineWidget", "ダブルクリックで「計画」と「目標」を切り替えます")
    if spot.zone is Zone.MONTHS and spot.row is Row.ACTUAL and spot.month is not None:
        for first, last in s.behind.get(spot.initiative, ()):
            if first <= spot.month <= last:
                period = Bar(s.month(first), s.month(last)).period_text()
                return translate("TimelineWidget", "計画より遅れています（実績なし）: {period}").format(period=period)
    return ""


def _entry(menu: QMenu, text: str, slot: Callable[[], object], command: str | None = None) -> QAction:
    key = shortcut_text(command) if command else ""
    return menu.addAction(text + ("\t" + key if key else ""), slot)


def context_menu(w: TimelineWidget, pos: QPoint) -> QMenu:
    """The context menu for the spot at *pos*: bar entries on a bar, else the month's and the initiative's."""
    menu = QMenu(w)
    project = w.state.project
    if project is None:
        return menu
    hit = w.bar_at(pos.x(), pos.y())
    spot = w.layout_().spot(pos.x(), pos.y())
    if hit is not None:
        ref = hit[0]
        bar = w.state.bar(ref)
        assert bar is not None
        _entry(menu, translate("TimelineWidget", "ラベルを編集(&E)"), lambda: w.edit_label(ref), "edit")
        if ref[1] is Row.PLAN:
            _entry(
                menu,
                translate("TimelineWidget", "実績として記録(&R)（計画と同じ期間）"),
                lambda: w.record_actual(ref),
                "record_actual",
            )
        act = _entry(
            menu,
            translate("TimelineWidget", "表示期間後も継続(&C)（矢印）"),
            lambda: w.toggle_continues(ref),
            "toggle_continues",
        )
        act.setCheckable(True)
        act.setChecked(bar.continues)
        menu.addSeparator()
        _entry(menu, translate("TimelineWidget", "バーを削除(&D)"), lambda: w.delete_bar(ref), "delete")
        return menu
    i = spot.initiative
    if i is not None and spot.zone is Zone.MONTHS and spot.row is not None and spot.month is not None:
        row, month = spot.row, spot.month
        if 0 <= month < w.layout_().n_months:
            _entry(
                menu,
                translate("TimelineWidget", "バーを追加(&B)"),
                lambda: w.add_bar(i, row, month, month, edit_label=True),
                "add_bar",
            )
            menu.addSeparator()
    if i is not None:
        n = len(project.initiatives)
        target = w.controller.plan_label_target(i)
        _entry(menu, translate("TimelineWidget", "取組の名前を変更(&N)"), lambda: w.edit_name(i), "edit")
        up = _entry(
            menu, translate("TimelineWidget", "上へ移動(&U)"), lambda: w.move_initiative(i, -1), "initiative_up"
        )
        up.setEnabled(i > 0)
        down = _entry(
            menu, translate("TimelineWidget", "下へ移動(&W)"), lambda: w.move_initiative(i, 1), "initiative_down"
        )
        down.setEnabled(i < n - 1)
        _entry(
            menu,
            translate("TimelineWidget", "「{label}」にする(&L)").format(label=translate("TimelineWidget", target)),
            lambda: w.toggle_plan_label(i),
            "toggle_plan_label",
        )
        _entry(menu, translate("TimelineWidget", "取組を削除(&D)"), lambda: w.delete_initiative(i), "delete")
        menu.addSeparator()
    _entry(
        menu,
        translate("TimelineWidget", "取組を追加(&A)"),
        lambda: w.add_initiative(None if i is None else i + 1, edit_name=True),
        "add_initiative",
    )
    return menu
