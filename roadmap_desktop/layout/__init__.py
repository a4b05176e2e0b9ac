"""The standard sheet, computed once and drawn by every output (screen, printer, PDF, Excel).

Qt-free. :mod:`.content` turns a project into what every output draws (field texts, bars clipped and
stacked in lanes, a :mod:`.palette`); :mod:`.geometry` fixes where every box of an A4-landscape sheet
lies, in millimetres; :mod:`.sheet` lays the content out into pages of shapes for PDF and the printer.
See docs/architecture.md ("One content step, one palette") and docs/sheet-layout.md.
"""
