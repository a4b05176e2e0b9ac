"""Colours that stay readable on whatever palette the system gives (light, dark, high contrast).

The windows' own marks (a label cell, an error, a banner, a status in the list) used fixed colours
chosen against a light grey window: on Windows' high-contrast black they became grey text on black,
or white text on a pale band. Here every such colour is taken from the palette, or, where a fixed
hue carries meaning (red for an error), made light or dark enough against the background it is
drawn on (the WCAG contrast ratio: 4.5 for text).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

TEXT_RATIO = 4.5  # WCAG AA for normal text


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2): 0 for black, 1 for white."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 (same) to 21 (black on white)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def is_dark(palette: QPalette) -> bool:
    """True when the palette's windows are dark (dark mode, high-contrast black)."""
    return luminance(palette.color(QPalette.ColorRole.Window)) < 0.2


def blend(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """*a* with *share_of_b* of *b* mixed in."""
    s = max(0.0, min(1.0, share_of_b))
    return QColor.fromRgbF(
        a.redF() * (1 - s) + b.redF() * s, a.greenF() * (1 - s) + b.greenF() * s, a.blueF() * (1 - s) + b.blueF() * s
    )


def readable(colour: QColor | str, background: QColor, ratio: float = TEXT_RATIO) -> QColor:
    """*colour* itself when it reads on *background*; else the same hue made lighter (on a dark
    background) or darker (on a light one) until it does; black or white at worst."""
    c = QColor(colour)
    if contrast_ratio(c, background) >= ratio:
        return c
    target = QColor("white") if luminance(background) < 0.18 else QColor("black")
    for step in range(1, 11):
        mixed = blend(c, target, step / 10)
        if contrast_ratio(mixed, background) >= ratio:
            return mixed
    return target


def text_on(palette: QPalette, colour: QColor | str, role: QPalette.ColorRole = QPalette.ColorRole.Window) -> str:
    """``readable()`` against the palette's *role*, as a style sheet colour ("#rrggbb")."""
    return readable(colour, palette.color(role)).name()


def tinted(
    palette: QPalette, hue: QColor | str, share: float, role: QPalette.ColorRole = QPalette.ColorRole.Window
) -> str:
    """A background of the palette's *role* with a *share* of *hue*: a band or cell that stands out a
    little from the window, light on a light palette and dark on a dark one ("#rrggbb")."""
    return blend(palette.color(role), QColor(hue), share).name()


def band_style(object_name: str, palette: QPalette, hue: str, share: float, border: int = 1) -> str:
    """A band (the sample's, the read-only one): the window's colour tinted with *hue*, its text in the
    window's text colour, so it reads on a light palette and on high-contrast black alike."""
    back = tinted(palette, hue, share)
    text = readable(palette.color(QPalette.ColorRole.WindowText), QColor(back)).name()
    return (
        f"#{object_name} {{ background: {back}; border: {border}px solid {hue}; border-radius: 3px; }}"
        f" #{object_name} QLabel {{ color: {text}; }}"
    )


def app_palette() -> QPalette:
    """The application's palette (the system's colours), for colours chosen outside a widget."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.palette()


def on_base(colour: QColor | str) -> QColor:
    """*colour* made readable on the palette's field background (lists, tables, trees)."""
    return readable(colour, app_palette().color(QPalette.ColorRole.Base))


def text_for(background: QColor | str) -> QColor:
    """The palette's text colour where it reads on *background* (a fixed light chip), else black or white."""
    return readable(app_palette().color(QPalette.ColorRole.Text), QColor(background))
