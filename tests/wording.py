"""Every user-visible string of the package, as the translation tools see it, and the wording rules.

Strings are read from the sources themselves (ast: ``translate("ctx", "…")``, ``self.tr("…")``,
``QCoreApplication.translate("ctx", "…")`` and the small wrappers around them) and from the
Designer forms (``<string>`` texts), so a new string is checked the day it is written.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "roadmap_desktop"
FORMS = ROOT / "forms"
GENERATED = PACKAGE / "ui" / "forms"

# name of the called function -> index of the text argument
_CALLS = {"tr": 0, "_tr": 0, "_t": 0, "translate": 1, "t": 1}
_TITLE_CALLS = {"setWindowTitle": 0, "warning": 1, "question": 1, "information": 1, "critical": 1, "show_error": 2}
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]")


@dataclass(frozen=True)
class Text:
    file: str  # relative to the repository
    line: int
    text: str
    title: bool = False  # a window or message box title


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BoolOp):  # title or self.tr("…"): the default is what users see
        values = [_literal(v) for v in node.values]
        return next((v for v in reversed(values) if v is not None), None)
    if isinstance(node, ast.Call) and _name(node.func) in _CALLS:  # a title given as self.tr("…")
        i = _CALLS[_name(node.func)]
        return _literal(node.args[i]) if len(node.args) > i else None
    return None


def python_texts() -> list[Text]:
    texts: list[Text] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if GENERATED in path.parents:
            continue
        rel = str(path.relative_to(ROOT))
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if name in _CALLS and len(node.args) > _CALLS[name]:
                # translate() needs its context first: a one-argument call named t/translate is something else
                text = node.args[_CALLS[name]]
                if name in ("translate", "t") and _literal(node.args[0]) is None:
                    continue
                value = _literal(text)
                if value is not None:
                    texts.append(Text(rel, node.lineno, value))
            if name in _TITLE_CALLS and len(node.args) > _TITLE_CALLS[name]:
                value = _literal(node.args[_TITLE_CALLS[name]])
                if value is not None:
                    texts.append(Text(rel, node.lineno, value, title=True))
    return texts


def form_texts() -> list[Text]:
    texts: list[Text] = []
    for path in sorted(FORMS.glob("*.ui")):
        rel = str(path.relative_to(ROOT))
        for prop in ElementTree.parse(path).iter("property"):
            s = prop.find("string")
            if s is None or s.get("notr") == "true" or not s.text:
                continue
            texts.append(Text(rel, 0, s.text, title=prop.get("name") == "windowTitle"))
    return texts


def all_texts() -> list[Text]:
    return python_texts() + form_texts()


# --- the rules: (name, test) — a test returns a short reason when the text breaks the rule ---------

# one idea, one term: the word used elsewhere -> the one to use
TERMS = {
    "No.（固定）": "シート番号（固定）",
    "最初の番号": "最初のシート番号",
    "基準日": "基準月",
    "⇄": "言葉で（「計画」と「目標」を切り替え）",
}


def problems(t: Text) -> list[str]:
    found: list[str] = []
    if "『" in t.text or "』" in t.text:
        found.append("『』 instead of 「」")
    if t.text.count("「") != t.text.count("」"):
        found.append("unbalanced 「」")
    if re.search(r"[\d}]\s+(件|千円)", t.text):
        found.append("space between a number and its counter (1 件 → 1件)")
    for word, use in TERMS.items():
        if word in t.text:
            found.append(f"「{word}」: use 「{use}」")
    if t.title and not JAPANESE.search(t.text):
        found.append("title not in Japanese")
    return found
