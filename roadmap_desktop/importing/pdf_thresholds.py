"""The PDF reader's thresholds, in one place, each relative to the page's own grid and with its reason.

A page printed in another font moves every character: widths, line heights and where a wrapped line
breaks all change. So the reader measures in the page's own units: *size* is a label's font size (its
characters' em), *month* the width of one month column (a year header's width / 12), *row* the height
of the 計画/実績 row at hand. Only what a drawing tool fixes in points (a hairline is a border, a
"medium" border is heavier) is in points.

Not every factor is here yet: pdf_bars.py still writes where a line bar runs within its row and a few
point tolerances between touching shapes (1–1.5 pt: drawing precision, not text); pdf_sheet.py,
pdf_cells.py and pdf_fills.py some small ones (a line within 0.45 of a character's height is one
line). They are in the same units (em, month, row), never in points of text. New thresholds go here.
"""

from __future__ import annotations

# --- drawn lines (points: what drawing programs fix, whatever the font) ---------------------------
THIN = 1.5  # pt: a rectangle thinner than this is a drawn line (spreadsheet borders are 0.5–1 pt)
HEAVY = 1.2  # pt: a rule at least this wide ends a bar (spreadsheets' "medium" border, thin is ≤ 0.75)

MM = 72 / 25.4  # points in a millimetre
# pt between two words of the first page's title, as pdfplumber's extract_text parts words (its
# x_tolerance): the title an earlier edition was read with stays the same
WORD_SPACE = 3.0
# a bar label's inner margin, and the room a label beside its bar keeps from the next one (our export's
# and spreadsheets' cell padding, a few tenths of a millimetre whatever the font): a line break well
# short of the margin was meant
BAR_PAD = 0.4 * MM
BAR_INSET = 0.4 * MM
# pt above a thin line bar where its label is written (bounded by the row's top: in effect the row
# above the line; the drawn corpus writes 6–7 pt labels there)
LABEL_ROOM = 9.0
GUTTER = 4.0 * MM  # between two columns of ※ notes under the timeline (layout/notes.py draws 4 mm)

# --- line breaks (in *size*: see pdf_text.join_lines) ---------------------------------------------
# a line break counts as meant when the next piece would have fitted with this much to spare: little
# for our own PDFs (their breaking is known), a whole character for other programs' (other fonts and
# rules move where a line wraps)
OWN_SLACK = 0.25
FOREIGN_SLACK = 1.0

# --- text runs (in *size*, the characters' own em) ------------------------------------------------
# A producer writes one cell's text as one run, character after character in its drawing order. The
# next character of the run follows on the same line (no wider gap than this) …
RUN_GAP = 0.5
# … and over a cell's border only glyph against glyph (a text running on over it); the next cell's
# own text keeps its cell's padding away from the border
RUN_TOUCH = 0.15
# … or starts the next line, this many lines' heights below at most (line spacing of 1–2.5 em: mincho
# and Noto's tall lines included)
RUN_LINE_STEP = (0.6, 2.6)
# … where the line before started, give or take a full-width indent (a centred label above its column
# is another text than the paragraph under it)
RUN_INDENT = 1.2
# … at one line pitch: a line that went on over a row's border at another pitch (by more than this)
# than the lines after it was another cell's text
RUN_PITCH = 0.1
# a run goes on over a row's border only from a full line (a paragraph wrapped there), one that ends no
# further than this from its cell's right border
RUN_FULL_LINE = 2.0
# a run belongs to the box that holds more than this share of its characters: a text that overflows
# its cell (a cell's text taller than its row, centred, spills over the rows above and below; a wider
# font spills more) is its own cell's, never the neighbour's it happens to overlap
RUN_OWNER_SHARE = 0.5
# a gap wider than this parts two words of a line (a space is 0.25–0.5 em, characters of one text touch)
WORD_GAP = 0.6
# glyphs whose sizes differ by more than this share are two texts (a cell shrinks its whole text to fit
# its cell, so one cell's text has one size; a neighbour's shrunk label differs by a fifth or more)
SIZE_STEP = 0.1

# --- bars and months (in *month*) -----------------------------------------------------------------
OFF_MONTH = 0.25  # a bar edge further than this from a month boundary is read with a doubt
# two labels in one continuous fill (adjacent bars LibreOffice prints as one area): where each label is
# centred on its own part; the boundary found from the left label and from the right label must agree
# within this, or the fill is not parted surely
CENTRED_AGREE = 0.5
# labels set at the left of their cells start this little past a month boundary (the cell's padding):
# when every label of a run does, the run is cut where each label's cell begins
LEFT_SET_PAD = 0.2
# … and one producer pads every cell alike: a text that starts past a boundary by the same padding as
# the text before it did (within this) is the next cell's, even run together with it on one line
SAME_PAD = 0.05
# (in the label's left padding, the gap from its cell's start to its first character) a centred label
# keeps about as much room on its right (a shrunk label's rounding takes up to a third of a small
# margin): one that ends closer than this to its cell's end ran into the cell's right margin, where a
# spreadsheet cuts a text; on a page of labels set at the left of their cells, any that keeps less room
# on the right than its left padding did (the next character is left out, not drawn cut)
CLIP_MARGIN = 0.6
# a label set this share or more smaller than the page's usual bar labels was shrunk to fit its cell (a
# spreadsheet's 縮小して全体を表示 takes a few percent at least; sizes are written to a thousandth): it is whole
SHRUNK = 0.01
# (in *row*) a label whose lines run over several rows is one text only when centred on one of them,
# no further than this from its centre (labels of two rows drawn one after the other are centred on
# the border between them, half a row off)
CENTRED_ON_ROW = 0.25

# --- bar shapes in their row (in *row*, the 計画/実績 row's height) -------------------------------
# a fill taller than this runs through several rows (a spreadsheet's fill over merged rows): one piece
# per row it covers, where it covers this much of the row; a drawn shape that tall is no bar
ROW_TALLER = 1.1
ROW_COVER = 0.6
# a shape lower than this is a rule or a decoration, no bar (bars are drawn a third to the whole row high)
ROW_MIN_BAR = 0.12
# an outline (unfilled) this tall is the row's own border, not a box around a bar
ROW_OUTLINE = 0.9
# a triangle up to this high is an arrow head, however small beside a tall row
HEAD_MAX = 0.8

# --- bar lengths (in *month*) ----------------------------------------------------------------------
# the shortest bar is one month; a third of a month and more is a bar drawn a little short (a shape
# off its anchor), less is a mark (a stroke, a tick), unless an arrow head follows it
BAR_MIN = 0.35
# shapes narrower than this are no bar at all (cell borders, ticks), not even a short one
SHAPE_MIN = 0.2
# parts of a fill parted by its centred labels are half a month at least (a bar is one month or more)
CENTRED_PART = 0.5
# a fill cut at its labels' boundaries into parts this short or shorter was not cut right: kept whole
CUT_PART = 0.3
# a run's first label set at its left starts within half a month of the run's start …
LEFT_SET_START = 0.5
# … and the next one within this of the boundary before it (a cell's padding, generously)
LEFT_SET_NEAR = 0.35

# --- label blocks (in *size*) ----------------------------------------------------------------------
# a glyph whose middle is within this of a line's middle is on that line (between two labels: a space)
LINE_BAND = 0.3
# the lines of one centred label: centred within this of each other, each at most this many lines'
# heights under the one before (single to generous line spacing)
BLOCK_CENTRE = 0.6
BLOCK_LINE_STEP = 1.6
