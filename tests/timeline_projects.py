"""Projects the timeline tests share (Qt-free, so the controller's tests import no Qt)."""

from __future__ import annotations

from roadmap_desktop.core.fiscal import Month as M
from roadmap_desktop.core.model import Bar, Initiative, Project


def small_project() -> Project:
    """Two initiatives of sample No.56: bars in R6 and R7, one actual."""
    return Project(
        name="電子入札・電子収納導入調査事業",
        initiatives=[
            Initiative(
                name="電子入札の拡充に向けた検討",
                plan=[Bar(M(2024, 4), M(2024, 9), "内容検討"), Bar(M(2025, 4), M(2026, 3), "試験導入・内容検討")],
                actual=[Bar(M(2024, 4), M(2024, 9), "内容検討")],
            ),
            Initiative(name="電子収納の拡充に向けた検討", plan=[Bar(M(2024, 10), M(2025, 3), "先行運用")]),
        ],
    )
