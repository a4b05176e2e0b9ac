"""The one field table: every layer that names a field reads it from here."""

from __future__ import annotations

import pytest

from roadmap_desktop.core.errors import ValidationError
from roadmap_desktop.core.fields import FIELDS, FieldKind, field, split_list
from roadmap_desktop.core.labels import FIELD_LABELS, label_for
from roadmap_desktop.core.model import Edition, Project


def test_every_field_is_a_project_attribute_and_labels_come_from_the_table() -> None:
    blank = Project()
    assert all(hasattr(blank, f.attr) for f in FIELDS)
    assert {f.attr: f.label for f in FIELDS} == FIELD_LABELS
    assert label_for("budget", Edition(fiscal_year=2025)) == "R7事業費（千円）"
    assert field("budget").noun == "事業費" and field("name").required


@pytest.mark.parametrize(
    ("attr", "text", "value", "printed"),
    [
        ("items", "住民の利便性の向上・質の高い自治体運営", ["住民の利便性の向上", "質の高い自治体運営"], None),
        ("departments", "総務部･教育庁・警察\n本部", ["総務部", "教育庁", "警察\n本部"], "総務部・教育庁・警察\n本部"),
        ("start_year", "Ｈ１９", 2007, "H19"),
        ("end_year", "", None, ""),
        ("budget", "５，１４４", 5144, "5,144"),
        ("name", "  電子入札事業 ", "電子入札事業", "電子入札事業"),
        ("overview", "一行目\n二行目", "一行目\n二行目", None),
    ],
)
def test_parse_and_format_follow_the_kind(attr: str, text: str, value: object, printed: str | None) -> None:
    f = field(attr)
    assert f.parse(text) == value
    assert f.format(value) == (text if printed is None else printed)


def test_a_bad_value_is_refused_in_japanese() -> None:
    with pytest.raises(ValidationError, match="事業費"):
        field("budget").parse("五千")
    with pytest.raises(ValidationError):
        field("start_year").parse("来年")


def test_lists_split_on_either_middle_dot_and_drop_blanks() -> None:
    assert split_list("・総務部・・財務部・") == ["総務部", "財務部"]
    assert [f.attr for f in FIELDS if f.kind is FieldKind.LIST] == ["items", "departments", "sections"]
