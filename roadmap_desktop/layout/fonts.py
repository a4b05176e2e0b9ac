"""Metrics of the sheet's font (IPAexGothic, bundled), without Qt.

Every output measures text with these widths, so a line broken here fits the same in the PDF
(reportlab embeds this very font) and on the printer (Qt draws the same TTF).
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import resources_dir
from .geometry import PT_MM as PT_MM  # re-exported: the layout measures with it

FONT_NAME = "IPAexGothic"
FONT_FILE = "ipaexg.ttf"


def font_path() -> str:
    return str(resources_dir() / "fonts" / FONT_FILE)


@cache
def register_font() -> str:
    """Register the bundled font with reportlab (once) and return its name."""
    pdfmetrics.registerFont(TTFont(FONT_NAME, font_path()))
    return FONT_NAME


class Metrics:
    """Advance widths in em (1.0 = the font size), cached per character: text fitting is the hot spot."""

    def __init__(self) -> None:
        face = pdfmetrics.getFont(register_font()).face
        self._widths = face.charWidths  # code point -> 1/1000 em
        self._default = face.defaultWidth
        self.ascent = face.ascent / 1000.0  # above the baseline, in em
        self.descent = -face.descent / 1000.0  # below the baseline, in em (positive)
        self._cache: dict[str, float] = {}

    def char_em(self, ch: str) -> float:
        w = self._cache.get(ch)
        if w is None:
            w = self._widths.get(ord(ch), self._default) / 1000.0
            self._cache[ch] = w
        return w

    def text_em(self, text: str) -> float:
        cache_get = self._cache.get
        total = 0.0
        for ch in text:
            w = cache_get(ch)
            if w is None:
                w = self.char_em(ch)
            total += w
        return total

    def width_mm(self, text: str, size_pt: float) -> float:
        return self.text_em(text) * size_pt * PT_MM


@cache
def metrics() -> Metrics:
    return Metrics()
