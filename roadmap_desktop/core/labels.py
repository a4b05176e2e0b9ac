"""The words printed on the sheet's label cells: how a reader, and every importer, finds each field."""

from __future__ import annotations

import re

from .model import Edition

# Project attribute -> label on the sheet (the budget's label depends on the edition: see budget_label).
FIELD_LABELS: dict[str, str] = {
    "field": "分野",
    "items": "項目",
    "departments": "担当部局",
    "sections": "担当課等",
    "name": "事業名",
    "start_year": "事業始期",
    "end_year": "事業終期",
    "budget": "事業費（千円）",
    "overview": "概要",
    "issues": "現状・課題",
    "approach": "取組",
    "change": "デジタル活用によってどう変わるか",
}
LIST_SEPARATOR = "・"  # 項目, 担当部局 and 担当課等 hold several values joined with this

TIMELINE_NAME_HEADER = "取組"
TIMELINE_ROW_HEADER = "区分"
ACTUAL_LABEL = "実績"
CONTINUED_MARK = "（続き）"


def label_for(attr: str, edition: Edition) -> str:
    """The label exactly as this edition's sheet prints it (R6事業費（千円） for the budget)."""
    return edition.budget_label if attr == "budget" else FIELD_LABELS[attr]


def squeeze(text: str) -> str:
    """Drop every kind of white space, so that 分　　野 or 事業\\n始期 match their label."""
    return re.sub(r"\s+", "", text.replace("\u3000", ""))
