"""The PDF reader's thresholds, in one place, each relative to the page's own grid and with its reason.

A page printed in another font moves every character: widths, line heights and where a wrapped line
breaks all change. So the reader measures in the page's own units: *size* is a label's font size (its
characters' em), *month* the width of one month column (a year header's width / 12), *row* the height
of the 計画/実績 row at hand. Only what a drawing tool fixes in points (a hairline is a border, a
"medium" border is heavier) is in points.

Every factor, tolerance and search window the reader compares with is here, named (the test
tests/test_pdf_thresholds.py fails on a fractional one written inline in another pdf*.py module; 0.5
as a half is no threshold). What stays inline is no threshold: counts (2 to 6 lines, cells or runs),
12 months to a year, indices. Some tolerances are still in points where the page's units would be
truer (EDGE, TOUCH, FILL_EDGE, the whole-point windows at the end): they were moved here with their
values unchanged, so that moving them changed no reading. New thresholds go here.
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

# --- drawing precision (points: coordinates a drawing program rounds, whatever the font) ---------
# a point this close to a shape's, a row's or a box's edge is on it (coordinates written to a few tenths)
EDGE = 0.5
# a segment less than this across runs straight (a horizontal or vertical rule), and one is at least
# this long (a shorter one is a dot)
FLAT = 0.5
# a search box widened by this takes in a glyph that touches its edge
HAIR = 0.1
# two shapes this close touch: a line and its arrow head, a label's box and the next box, fills
# joined edge to edge (a border's width between them at most)
TOUCH = 1.5
# an arrow head whose tip is within this of a line's height ends that line
HEAD_ALIGN = 1.0
# a text box starting within this of a drawn piece's end starts where the piece ends (its label)
ABUT = 1.0
# a stroke this thick or thicker is a bar wherever it runs in its row; a thinner one is a rule (a row's
# border) unless it runs through the row's middle or ends in an arrow head
LINE_BAR_WIDTH = 2.0
# a heavy rule drawn as a filled rectangle (a "medium" border) is at least this share of HEAVY wide:
# narrower ones are thin rules (cell borders)
HEAVY_FILL = 0.8
# arrow heads drawn apart from their line are smaller than this both ways (a bar is longer)
HEAD_PT = 12
# a filled figure smaller than this both ways is a speck, not a figure the reader should name
STRAY_MIN = 1.5
# a thin line within this of a fill's bottom (or top) is the fill's border, not a line bar of its own
FILL_EDGE = 0.6
# fills of one colour this close edge to edge, top and bottom aligned this well, are one fill
ADJACENT = 0.6
# our label rule sets the size drawn within this (font sizes rounded in the PDF)
REFIT_SIZE = 0.3
# a label begins just right of a border: its first character within this of the border
LABEL_START = 2.0
# a sub-header naming columns (4～6月, 上期) is at least this tall between the year header and the rows
SUB_HEADER = 2.0
# a rule spans a row when it reaches within this of the row's top and bottom (a bar's edge is shorter)
RULE_SPAN = 1.0
# rules this close are one rule (drawn twice, or a double border)
RULE_MERGE = 1.0
# a value under its label starts this far below the label's cell (past the label's own bottom border)
BELOW_LABEL = 1.0
# ※ notes are looked for up to this right of the timeline (a note set flush with its right border)
NOTE_REACH = 1.0
# a row's pitch when the header has a single row and nothing to measure it from
DEFAULT_PITCH = 20.0
# a size or height is never taken below this: a glyph drawn at size 0 divides nothing by zero
MIN_SIZE = 0.1
# two lines of our own text set at one size (a size in the PDF is written to a hundredth)
SAME_SIZE = 0.01
# a colour component at least this is white, at most BLACK black (colours written as 0–1, rounded)
WHITE = 0.98
BLACK = 0.02

# --- in *row* (the 計画/実績 row's height) ---------------------------------------------------------
# a thin line bar runs through its row's middle: further than this from its top and bottom (an arrow
# along the row's edge is no bar) …
LINE_INSIDE = 0.2
# … unless it ends in an arrow head (lanes of lines stacked in one row): then this far from its top
# and its bottom
HEADED_TOP = 0.08
HEADED_BOTTOM = 0.05
# a line bar's box is at least this many rows high on each side of the line
LINE_BAR_HALF = 0.1

# --- in *month* --------------------------------------------------------------------------------------
# a drawn line shorter than this is no bar at all (a tick, a border's stub)
LINE_MIN = 0.1
# a bar that ends further than this past the grid's last month runs on (以降, →)
PAST_GRID = 0.3
# a border in a fill is at a month boundary when within this of one
CUT_NEAR = 0.3

# --- in *size* (the characters' own em) ----------------------------------------------------------------
# our own text's line pitch, read in lines (LEADING): whole within this, or it was not set by our sheet
OWN_PITCH = 0.02
# pieces of one cell's text: one starts within this of the other's end …
PART_JOIN = 0.3
# … on the same line (middles within this)
PART_LINE = 0.3
# without drawn borders, a gap wider than this parts two words of the page (half a character)
CELL_GAP = 0.5
# a cell's own characters are at least this share of its biggest (an overflowing label's are much smaller)
BIG_SHARE = 0.8
# glyphs of one text follow each other: the next starts no further back than this over the one before
IN_ORDER = 0.15
# a glyph just left of a label's first, its middle within this, is the text running on (no label begins)
RUN_ON_LINE = 0.3
# a gap wider than this in a line under the timeline parts two columns of ※ notes
NOTE_GAP = 1.5
# a piece of a line starting within this of an open ※ note's left edge is that note's next line
NOTE_INDENT = 0.6
# a glyph at least this share of its size wide is full-width
WIDE_GLYPH = 0.8
# a line runs on across a border when the glyphs either side are no further apart than this
RUN_ON_GAP = 0.6
# a line spilled from a neighbour's cell touches the text beyond its region within this …
SPILL_NEAR = 0.15
# … on its own line (middles within this)
SPILL_LINE = 0.3
# two glyphs whose middles are within this share of the taller's height are on one line
SAME_LINE = 0.45
# a line starting this far right of the paragraph's margin begins with a full-width space
INDENT_SPACE = 0.7
# lines of our own text all start at the margin, within this
SAME_LEFT = 0.05
# the next line of a run lies lower than this
NEXT_LINE = 0.3
# glyph after glyph on one line: middles within this …
RUN_SAME_LINE = 0.3
# … the next one starting no further back than this over the one before (kerning, italic overhang)
RUN_BACK = 0.3
# a line that fits to a rounding fits (in characters: the box's width read back from its rules differs
# from the layout's by rounding)
FIT_ROUNDING = 1e-4

# --- in shares of what they measure ---------------------------------------------------------------
# a label set at the left of its cell keeps at least its left padding's room on the right when it fits
LEFT_SET_CLIP = 1.0
# a summary page's title (目次, 一覧) lies within this share of the page's height from its top
HEADER_SHARE = 0.15
# (in the pitch between year labels) a year header is bordered when its cells are as wide as that pitch
# within this …
COLUMN_EVEN = 0.15
# … and each label is centred in its cell within this
COLUMN_CENTRED = 0.25
# a rule that crosses this share of the timeline's rows is a column's rule (not one bar's edge)
RULE_SHARE = 0.6
# (in a column's width) sub-column rules stand evenly within this
RULE_EVEN = 0.15

# --- whole points: search windows and box paddings (drawing precision, not text) --------------------
# a cell's box around a header label's ink reaches this past the ink (its border hugs its text)
INK_PAD = 1
# a shape inside another's box, to this, is drawn over it (a text box inside a bar's box)
NESTED = 1
# a border within this of a bar's end is that end, not a cut; a rule reaching within this spans the bar
BAR_END = 1
# parts of a bar cut narrower than this are slivers between two borders, no bar
SLIVER = 1
# a ※ mark further right than this of a note's left begins the next column of notes
NOTE_MARK = 1
# runs of characters whose middles differ by less than this are on one line (borderless words)
WORD_LINE = 1
# a header label on the value's line (to this) and right of its end (to this) closes the value
LABEL_ROW = 1
# the table's horizontal rules reach this far around its labels' top and bottom
TABLE_RULE = 1
# with no rule found, the table ends this right of the rightmost character
TABLE_PAST = 1
# the rows' check starts this left of the 計画/実績 column (its labels' ink touches its border)
KIND_PAD = 1
# year labels without borders: their band reaches this above and below their ink
HEADER_PAD = 2
# a text field's label reaching within this of the table's right border has its value below it
TABLE_EDGE = 2
# a value's cell border is looked for this right of its label's end
PAST_LABEL = 2
# the first 計画/実績 row, with no header band above it, starts this above its label's middle
FIRST_ROW_TOP = 10
# labels set beside a bar are looked for up to this right of the timeline, and this below its last
# row (a text box under it); a shape's text this far left of it (a short bar's label in the first months)
BESIDE = 40
BELOW_ROWS = 20
LEFT_OF_GRID = 40
# around a border in a fill: the glyphs this far left of it (the text that may run on across it) …
BORDER_BEFORE = 12
# … and this far right (a label starting there)
BORDER_AFTER = 3
# (in *month*) a column past the last year (以降, →) is looked for up to this many months wide
TRAILING_MONTHS = 6
