"""What was added and removed inside a long text, character by character (Japanese has no spaces).

One diff, two renderings: ``[-old-]{+new+}`` marks for the command line, coloured HTML for the
preview's detail pane. Equal stretches shorter than a few characters between two edits are folded
into the edit, so a rewritten phrase reads as one replacement rather than a comb of fragments.
"""

from __future__ import annotations

import html
from difflib import SequenceMatcher

Segment = tuple[str, str]  # ("=", text) | ("-", removed) | ("+", added)
_MIN_KEEP = 3


def segments(old: str, new: str) -> list[Segment]:
    sm = SequenceMatcher(None, old, new, autojunk=False)
    out: list[Segment] = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            out.append(("=", old[i1:i2]))
            continue
        if i2 > i1:
            out.append(("-", old[i1:i2]))
        if j2 > j1:
            out.append(("+", new[j1:j2]))
    return _fold(out)


def _fold(segs: list[Segment]) -> list[Segment]:
    """Fold short equal stretches lying between edits into the edits around them."""
    out: list[Segment] = []
    for n, (op, text) in enumerate(segs):
        between = 0 < n < len(segs) - 1
        if op == "=" and between and len(text) < _MIN_KEEP:
            out += [("-", text), ("+", text)]
        else:
            out.append((op, text))
    merged: list[Segment] = []
    pending = {"-": "", "+": ""}
    for op, text in out:
        if op == "=":
            merged += [(k, v) for k, v in pending.items() if v]
            pending = {"-": "", "+": ""}
            merged.append((op, text))
        else:
            pending[op] += text
    merged += [(k, v) for k, v in pending.items() if v]
    return merged


def marked(old: str, new: str) -> str:
    """The new text with removed parts as [-…-] and added parts as {+…+} (the command line)."""
    marks = {"=": "{}", "-": "[-{}-]", "+": "{{+{}+}}"}
    return "".join(marks[op].format(text) for op, text in segments(old, new))


def as_html(old: str, new: str) -> str:
    """The same as coloured HTML: removed struck through on red, added underlined on green."""
    style = {
        "-": "<span style='background:#ffd7d5;color:#82071e;text-decoration:line-through'>{}</span>",
        "+": "<span style='background:#ccf0d5;color:#055d20;text-decoration:underline'>{}</span>",
        "=": "{}",
    }
    return "".join(style[op].format(html.escape(t).replace("\n", "<br>")) for op, t in segments(old, new))


def is_long(old: str, new: str) -> bool:
    """Long or multi-line texts are shown as one marked text rather than old → new."""
    return max(len(old), len(new)) > 30 or "\n" in old or "\n" in new
