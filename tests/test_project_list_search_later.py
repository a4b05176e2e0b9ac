"""The list folds its search text only when a search needs it (not at start-up), and an edited project
is searched by what it says now."""

from __future__ import annotations

import copy

import pytest

from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.ui.project_list import ProjectListPanel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_search_text_is_made_on_the_first_search_and_follows_an_edit(qtbot, sample: Roadmap) -> None:
    panel = ProjectListPanel()
    qtbot.addWidget(panel)
    panel.set_roadmap(sample, Month(2026, 11))
    assert panel.model._search == [None] * 20  # opening the roadmap folded nothing
    panel.ui.search.setText("ぺーぱーれす")  # hiragana finds katakana
    found = [p.name for p in panel.proxy.projects()]
    assert found and all(text is not None for text in panel.model._search)
    edited = copy.deepcopy(sample.projects[0])
    assert edited.name not in found
    edited.overview = "ペーパーレス化を全庁で進める"
    sample.projects[0] = edited
    panel.refresh_project(edited.id)
    panel.ui.search.setText("")
    panel.ui.search.setText("ぺーぱーれす")
    assert edited.name in [p.name for p in panel.proxy.projects()]
