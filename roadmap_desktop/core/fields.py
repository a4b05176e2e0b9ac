"""The sheet's fields, defined once: attribute, label as printed, kind, how to parse and format it.

Storage, the canonical dump, the layout, the Excel export, both importers and the sheet form read
this table instead of keeping their own lists, so a field is added or renamed in one place. Where a
field sits on the sheet is :mod:`layout.geometry`'s business (its rows name fields by attribute).
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any, NamedTuple

from .fiscal import format_budget, format_fiscal_year, parse_budget, parse_optional_fiscal_year
from .model import Edition, Project
from .values import LINE_CAP, PARAGRAPH_CAP

LIST_SEPARATOR = "・"  # 項目, 担当部局 and 担当課等 hold several values joined with this
_LIST_SPLIT = re.compile(r"[・･]")


class FieldKind(StrEnum):
    LINE = "line"  # one line of text (分野, 事業名)
    LIST = "list"  # several values joined with ・ (項目, 担当部局, 担当課等)
    YEAR = "year"  # a fiscal year, printed R5 / H19
    BUDGET = "budget"  # a whole number of 千円, printed 5,144
    PARAGRAPH = "paragraph"  # free text that wraps (概要, 現状・課題, 取組, …)


def split_list(text: str) -> list[str]:
    """A ・-joined value (typed, or read from a cell) as its parts. A line break does not separate: in a
    cell it is usually typed only to fit (総務文書課・職員福利⏎課), and the import matches across it."""
    return [part.strip() for part in _LIST_SPLIT.split(text) if part.strip()]


class Field(NamedTuple):  # a NamedTuple, not a dataclass: architecture.md, Start-up
    attr: str  # the Project attribute, also the storage column and the dump key
    label: str  # the words on the sheet's label cell (the budget's depends on the edition: label_for)
    kind: FieldKind
    required: bool = False  # an import that empties it is refused

    def label_for(self, edition: Edition) -> str:
        """The label exactly as this edition's sheet prints it (R6事業費（千円） for the budget)."""
        return edition.budget_label if self.kind is FieldKind.BUDGET else self.label

    @property
    def noun(self) -> str:
        """The label without its unit, for sentences such as 「事業費を変更」."""
        return self.label.split("（", 1)[0]

    @property
    def cap(self) -> int | None:
        """The most characters a text of this field (each entry of a list) may have; None for numbers."""
        if self.kind in (FieldKind.LINE, FieldKind.LIST):
            return LINE_CAP
        if self.kind is FieldKind.PARAGRAPH:
            return PARAGRAPH_CAP
        return None

    def get(self, project: Project) -> Any:
        return getattr(project, self.attr)

    def format(self, value: Any) -> str:
        """The value as the sheet, the list and the preview print it ("" when not set)."""
        if self.kind is FieldKind.LIST:
            return LIST_SEPARATOR.join(value)
        if self.kind is FieldKind.YEAR:
            return "" if value is None else format_fiscal_year(value)
        if self.kind is FieldKind.BUDGET:
            return format_budget(value)
        return str(value)

    def parse(self, text: str) -> Any:
        """The value typed or read as *text*; raises ValidationError (in Japanese) when it is no value."""
        if self.kind is FieldKind.LIST:
            return split_list(text)
        if self.kind is FieldKind.YEAR:
            return parse_optional_fiscal_year(text)
        if self.kind is FieldKind.BUDGET:
            return parse_budget(text)
        if self.kind is FieldKind.LINE:
            return text.strip()
        return text

    def empty(self, value: Any) -> bool:
        return value is None or value == "" or value == []


FIELDS: tuple[Field, ...] = (
    Field("field", "分野", FieldKind.LINE),
    Field("items", "項目", FieldKind.LIST),
    Field("departments", "担当部局", FieldKind.LIST),
    Field("sections", "担当課等", FieldKind.LIST),
    Field("name", "事業名", FieldKind.LINE, required=True),
    Field("start_year", "事業始期", FieldKind.YEAR),
    Field("end_year", "事業終期", FieldKind.YEAR),
    Field("budget", "事業費（千円）", FieldKind.BUDGET),
    Field("overview", "概要", FieldKind.PARAGRAPH),
    Field("issues", "現状・課題", FieldKind.PARAGRAPH),
    Field("approach", "取組", FieldKind.PARAGRAPH),
    Field("change", "デジタル活用によってどう変わるか", FieldKind.PARAGRAPH),
)
BY_ATTR: dict[str, Field] = {f.attr: f for f in FIELDS}
# The three equal text columns under 概要, left to right.
TEXT_COLUMNS: tuple[str, ...] = ("issues", "approach", "change")


def field(attr: str) -> Field:
    return BY_ATTR[attr]
