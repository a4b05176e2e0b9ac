"""The words printed on the sheet's label cells: how a reader, and every importer, finds each field."""

from __future__ import annotations

import re

from .fields import FIELDS, LIST_SEPARATOR, field
from .model import Edition

__all__ = [
    "ACTUAL_LABEL",
    "CONTINUED_MARK",
    "FIELD_LABELS",
    "LIST_SEPARATOR",
    "TIMELINE_NAME_HEADER",
    "TIMELINE_ROW_HEADER",
    "continued",
    "label_for",
    "squeeze",
]

# Project attribute -> label on the sheet (the budget's label depends on the edition: see label_for).
FIELD_LABELS: dict[str, str] = {f.attr: f.label for f in FIELDS}

TIMELINE_NAME_HEADER = "取組"
TIMELINE_ROW_HEADER = "区分"
ACTUAL_LABEL = "実績"
CONTINUED_MARK = "（続き）"


def continued(title: str) -> str:
    """*title* atop a page that continues a sheet (令和６年度…ロードマップ（続き）): the PDF's （続き） page,
    the workbook's continuation page and its run-over pages' heading say it alike."""
    return title + CONTINUED_MARK


def label_for(attr: str, edition: Edition) -> str:
    """The label exactly as this edition's sheet prints it (R6事業費（千円） for the budget)."""
    return field(attr).label_for(edition)


def squeeze(text: str) -> str:
    """Drop every kind of white space, so that 分　　野 or 事業\\n始期 match their label."""
    return re.sub(r"\s+", "", text.replace("\u3000", ""))
