"""The timeline's keyboard, as one table: what the widget handles, what the help lists.

Qt-free so that the help window, the context menus and the tests read the same rows the timeline
acts on. ``keys`` is the text shown to the user (Qt's portable key names, e.g. ``Ctrl+Left``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import translate


@dataclass(frozen=True)
class KeyBinding:
    keys: str  # as shown to the user; several keys or ranges joined with " / "
    action: str  # what it does, in the user's language


def key_bindings() -> tuple[KeyBinding, ...]:
    """Every key the timeline handles, in the order the help lists them."""
    t = translate
    return (
        KeyBinding("Tab / Shift+Tab", t("timeline_keys", "次のバー／前のバー")),
        KeyBinding("Up / Down", t("timeline_keys", "上の行／下の行")),
        KeyBinding("Left / Right", t("timeline_keys", "行の前のバー／次のバー（バー未選択時はカーソル月を移動）")),
        KeyBinding("Enter / Esc", t("timeline_keys", "カーソル月のバーを選択（もう一度Enterでラベル編集）／選択解除")),
        KeyBinding("Ctrl+Left / Ctrl+Right", t("timeline_keys", "選択したバーを1か月移動")),
        KeyBinding("Shift+Left / Shift+Right", t("timeline_keys", "バーの終わりを1か月動かす")),
        KeyBinding("Shift+Alt+Left / Shift+Alt+Right", t("timeline_keys", "バーの始まりを1か月動かす")),
        KeyBinding("F2", t("timeline_keys", "バーのラベルを編集（取組名のセルでは取組名を変更）")),
        KeyBinding("Delete", t("timeline_keys", "バーを削除（取組名のセルでは取組を削除）")),
        KeyBinding("Insert", t("timeline_keys", "カーソル月に1か月のバーを追加")),
        KeyBinding("Ctrl+Insert", t("timeline_keys", "現在の取組の下に取組を追加")),
        KeyBinding("Ctrl+Up / Ctrl+Down", t("timeline_keys", "現在の取組を上へ／下へ移動")),
        KeyBinding("Ctrl+T", t("timeline_keys", "計画行の見出しを「計画」と「目標」で切り替え")),
        KeyBinding("Ctrl+R", t("timeline_keys", "選択した計画バーを同じ期間で実績に記録")),
        KeyBinding("Ctrl+E", t("timeline_keys", "選択したバーの「表示期間後も継続」（矢印）を切り替え")),
        KeyBinding("Menu / Shift+F10", t("timeline_keys", "右クリックメニューを開く")),
        KeyBinding("Ctrl++ / Ctrl+- / Ctrl+0", t("timeline_keys", "月の幅を広く／狭く／画面に合わせる")),
        KeyBinding("Esc", t("timeline_keys", "ドラッグ中：ドラッグを取り消す")),
    )
