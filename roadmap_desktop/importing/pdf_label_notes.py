"""Bar labels printed as numbered notes: a bar marked ※1 and, under the timeline, the line "※1 事例集作成".

The printed book does this for a label too long for its bar, and so does our own PDF export
(:mod:`roadmap_desktop.layout.sheet`) when a label fits neither in nor beside its bar. The reader
first takes "※1" for the bar's label; this replaces it with the note's text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from ..core.i18n import translate
from ..core.model import Bar
from .pdf_cells import Box, GlyphIndex
from .pdf_text import Line, group_lines, join_lines
from .pdf_thresholds import GUTTER, NOTE_GAP, NOTE_INDENT, NOTE_MARK, NOTE_REACH

_MARK = re.compile(r"^※\s*(\d{1,3})$")
_NOTE_START = re.compile(r"^※\s*\d{1,3}")


def _mark_no(label: str) -> int | None:
    m = _MARK.match(unicodedata.normalize("NFKC", label.replace("\n", "")).strip())
    return int(m.group(1)) if m else None


def _pieces(line: Line) -> list[Line]:
    """A line cut where a wide gap parts two columns of notes."""
    pieces = [[line.glyphs[0]]]
    for g in line.glyphs[1:]:
        prev = pieces[-1][-1]
        if g.x0 - prev.x1 > NOTE_GAP * max(g.size, prev.size):
            pieces.append([g])
        else:
            pieces[-1].append(g)
    return [Line(p) for p in pieces]


def _notes(lines: list[Line], right: float, slack: float) -> dict[int, str]:
    """Number → text of the notes in *lines* (top to bottom, in one or more columns): a note starts with
    ※n, and the pieces under it that start where its text starts belong to it (a label with line
    breaks of its own). A note's text runs at most to the next column's start, or to *right*."""
    found: list[tuple[int, float, list[Line]]] = []
    open_by_left: dict[int, tuple[int, float, list[Line]]] = {}
    marks: list[float] = []  # where each note's mark starts: the columns' left edges
    for line in lines:
        for piece in _pieces(line):
            m = _NOTE_START.match(unicodedata.normalize("NFKC", piece.text))
            if m:
                # NFKC maps ※, digits and spaces one to one: the mark is the piece's first len(mark) glyphs
                rest = [g for g in piece.glyphs[len(m.group(0)) :] if not g.text.isspace()]
                if rest:
                    note = (int(re.sub(r"\D", "", m.group(0))), rest[0].x0, [Line(rest)])
                    found.append(note)
                    open_by_left[round(rest[0].x0)] = note
                    marks.append(piece.x0)
                continue
            under = next((n for n in open_by_left.values() if abs(piece.x0 - n[1]) <= NOTE_INDENT * piece.size), None)
            if under is not None:
                under[2].append(piece)
    notes: dict[int, str] = {}
    for no, left, parts in found:
        later = [x for x in marks if x > left + NOTE_MARK]
        column_right = min(later, default=right + GUTTER) - GUTTER
        notes.setdefault(no, join_lines(parts, left, column_right, pad=0.0, slack=slack).strip())
    return notes


def apply_label_notes(
    index: GlyphIndex,
    page_height: float,
    bands: list[tuple[Box, list[Bar]]],
    slack: float,
    warn: Callable[[str], None],
    doubt: Callable[[list[Bar], str], None] = lambda bars, why: None,
) -> None:
    """Give each bar labelled only with a mark (※1) the text of its note under the timeline. A mark whose
    note is not on the page leaves its row *doubt*ed: the label is unread, so an import keeps the
    roadmap's (it would have proposed 「※16」 for the label)."""
    marked = [(bar, no, bars) for _, bars in bands for bar in bars if (no := _mark_no(bar.label)) is not None]
    if not marked:
        return
    bottom = max(box.bottom for box, _ in bands)
    right = max(box.x1 for box, _ in bands)
    notes = _notes(group_lines(index.inside(Box(0.0, bottom, right + NOTE_REACH, page_height))), right, slack)
    for bar, no, row in marked:
        text = notes.get(no)
        if text:
            bar.label = text
        else:
            message = translate("pdf", "バーの注記「{mark}」の本文が見つかりません（印のまま読みました）").format(
                mark=bar.label
            )
            warn(message)
            doubt(row, message)
