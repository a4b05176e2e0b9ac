"""The timeline's keyboard, as one table: what the widget handles, what the help and the menus show.

Qt-free so that the help window, the context menus, the controller and the tests read the same rows
the timeline acts on. Each row names, per key, the command the controller runs
(:meth:`roadmap_desktop.core.timeline_controller.TimelineController.run`); ``keys`` names the keys
in Qt's portable key names (e.g. ``Ctrl+Left``; several keys joined with " / ", each with its own
entry in ``commands``); ``shown`` is the same as the user reads it (``Ctrl+←``). ``also`` lists further keys for the same commands that
the help does not show (keypad and keyboard-layout variants).
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from .i18n import translate

MODIFIERS = ("Ctrl", "Shift", "Alt", "Meta")
Combo = tuple[frozenset[str], str]  # (modifiers, key name) — order-free, e.g. ({"Shift", "Alt"}, "Left")


class KeyBinding(NamedTuple):  # a NamedTuple, not a dataclass: architecture.md, Start-up
    keys: str  # Qt's portable key names; several keys joined with " / " (``shown`` is what the user reads)
    action: str  # what it does, in the user's language
    commands: tuple[str, ...] = ()  # the controller command per key in *keys*, in the same order
    also: tuple[tuple[str, str], ...] = ()  # (further key, command) pairs not shown to the user

    def key_list(self) -> list[str]:
        return split_keys(self.keys)

    @property
    def shown(self) -> str:
        """*keys* as Japanese manuals write them (↑ / ↓, ← / →, メニュー)."""
        return " / ".join(display_key(k) for k in self.key_list())


# Key names as a Japanese manual writes them; the portable names stay the table's keys.
_DISPLAY = {"Up": "↑", "Down": "↓", "Left": "←", "Right": "→", "Menu": "メニュー"}


def display_key(key: str) -> str:
    """``"Shift+Alt+Left"`` → ``"Shift+Alt+←"``; ``"Ctrl++"`` stays as it is."""
    try:
        mods, name = parse_combo(key)
    except ValueError:
        return key
    shown = _DISPLAY.get(name, name)
    return "+".join([*(m for m in MODIFIERS if m in mods), shown])


def split_keys(keys: str) -> list[str]:
    return [k.strip() for k in keys.split(" / ")]


def parse_combo(text: str) -> Combo:
    """``"Shift+Alt+Left"`` → ({"Shift", "Alt"}, "Left"); ``"Ctrl++"`` → ({"Ctrl"}, "+")."""
    parts = text.split("+")
    if text.endswith("++"):  # the key itself is "+"
        parts = [*text[:-2].split("+"), "+"]
    *mods, key = parts
    unknown = [m for m in mods if m not in MODIFIERS]
    if unknown or not key:
        raise ValueError(f"not a key: {text!r}")
    return frozenset(mods), key


def key_bindings() -> tuple[KeyBinding, ...]:
    """Every key the timeline handles, in the order the help lists them."""
    t = translate
    return (
        KeyBinding("Tab / Shift+Tab", t("timeline_keys", "次のバー／前のバー"), ("next_bar", "previous_bar")),
        KeyBinding("Up / Down", t("timeline_keys", "上の行／下の行"), ("row_up", "row_down")),
        KeyBinding(
            "Left / Right",
            t("timeline_keys", "行の前のバー／次のバー（バー未選択時はカーソル月を移動）"),
            ("left", "right"),
        ),
        KeyBinding(
            "Enter / Esc",
            t("timeline_keys", "カーソル月のバーを選択（もう一度Enterでラベル編集）／選択解除"),
            ("enter", "escape"),
        ),
        KeyBinding("Space", t("timeline_keys", "カーソル月のバーを選択"), ("select_under_cursor",)),
        KeyBinding(
            "Ctrl+Left / Ctrl+Right", t("timeline_keys", "選択したバーを1か月移動"), ("move_bar_left", "move_bar_right")
        ),
        KeyBinding(
            "Shift+Left / Shift+Right", t("timeline_keys", "バーの終わりを1か月動かす"), ("end_earlier", "end_later")
        ),
        KeyBinding(
            "Shift+Alt+Left / Shift+Alt+Right",
            t("timeline_keys", "バーの始まりを1か月動かす"),
            ("start_earlier", "start_later"),
        ),
        KeyBinding("F2", t("timeline_keys", "バーのラベルを編集（取組名のセルでは取組名を変更）"), ("edit",)),
        KeyBinding("Delete", t("timeline_keys", "バーを削除（取組名のセルでは取組を削除）"), ("delete",)),
        KeyBinding("Insert", t("timeline_keys", "カーソル月に1か月のバーを追加"), ("add_bar",)),
        KeyBinding("Ctrl+Insert", t("timeline_keys", "現在の取組の下に取組を追加"), ("add_initiative",)),
        KeyBinding(
            "Ctrl+Up / Ctrl+Down",
            t("timeline_keys", "現在の取組を上へ／下へ移動"),
            ("initiative_up", "initiative_down"),
        ),
        KeyBinding(
            "Ctrl+T", t("timeline_keys", "計画行の見出しを「計画」と「目標」で切り替え"), ("toggle_plan_label",)
        ),
        KeyBinding("Ctrl+R", t("timeline_keys", "選択した計画バーを同じ期間で実績に記録"), ("record_actual",)),
        KeyBinding(
            "Ctrl+Shift+E",
            t("timeline_keys", "選択したバーの「表示期間後も継続」（矢印）を切り替え"),
            ("toggle_continues",),
        ),
        KeyBinding("Menu / Shift+F10", t("timeline_keys", "右クリックメニューを開く"), ("menu", "menu")),
        KeyBinding(
            "Ctrl++ / Ctrl+- / Ctrl+0",
            t("timeline_keys", "月の幅を広く／狭く／画面に合わせる"),
            ("zoom_in", "zoom_out", "zoom_fit"),
            also=(("Ctrl+=", "zoom_in"), ("Ctrl+Shift++", "zoom_in"), ("Ctrl+Shift+=", "zoom_in")),
        ),
        KeyBinding("Esc", t("timeline_keys", "ドラッグ中：ドラッグを取り消す"), ("cancel_drag",)),
    )


@cache
def _table() -> dict[Combo, tuple[str, ...]]:
    """Each key combination → the commands it may run, first the one tried first.

    Esc appears twice (deselect; cancel a drag): the controller runs the one that applies."""
    table: dict[Combo, tuple[str, ...]] = {}
    for b in key_bindings():
        keys = b.key_list()
        if len(keys) != len(b.commands):
            raise ValueError(f"{b.keys}: {len(keys)} keys, {len(b.commands)} commands")
        for key, command in [*zip(keys, b.commands, strict=True), *b.also]:
            combo = parse_combo(key)
            table[combo] = (*table.get(combo, ()), command)
    return table


def commands_for(modifiers: frozenset[str], key: str) -> tuple[str, ...]:
    """The commands bound to *key* with exactly *modifiers* (empty when the timeline does not handle it)."""
    return _table().get((modifiers, key), ())


def all_combos() -> list[Combo]:
    return list(_table())


def shortcut_text(command: str) -> str:
    """The key shown beside a menu entry for *command* ('' when none), e.g. ``"F2"``."""
    for b in key_bindings():
        for key, c in zip(b.key_list(), b.commands, strict=True):
            if c == command:
                return display_key(key)
    return ""
