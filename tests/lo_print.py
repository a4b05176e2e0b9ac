"""LibreOffice as a colleague's office suite, with the font pinned: every test and bench that converts a
workbook with LibreOffice goes through :func:`convert`.

LibreOffice prints a workbook in whatever fonts the machine has: a font a workbook names (游ゴシック,
Calibri) that is not installed is replaced by fontconfig's choice, which differs from machine to
machine (IPAexGothic on one, Noto Sans CJK on the next). A test must not depend on that: each run
gets a private fontconfig (FONTCONFIG_FILE) that knows one font file only and maps every family to it,
and a private LibreOffice profile (-env:UserInstallation) in a temporary folder. On request
(``calibri=True``) Calibri, the workbook's default font whose digit width sizes every column, maps to
Carlito, its metric-compatible stand-in, as on an office PC (Windows ships Calibri): in the pinned
Japanese font the columns come out 1.32× wider and every page is printed smaller. (The printed corpora
and their expectations are made without it.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]

# family -> font file. IPAexGothic is the one the application bundles (the default: the tests need no
# system font for it); the others are Debian's packages (dev.py installs them), chosen to differ in the
# ways that move text on a page: gothic and mincho, proportional and fixed widths, tall and short lines.
FONT_FILES: dict[str, Path] = {
    "IPAexGothic": ROOT / "resources" / "fonts" / "ipaexg.ttf",
    "IPAexMincho": Path("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"),
    "Noto Sans CJK JP": Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    "VL PGothic": Path("/usr/share/fonts/truetype/vlgothic/VL-PGothic-Regular.ttf"),
}
DEFAULT_FONT = "IPAexGothic"
# The font matrix of the PDF corpus: every kind is printed in each of these.
MATRIX_FONTS = tuple(FONT_FILES)
# Families a workbook may name (our export's 游ゴシック, Excel's defaults): mapped like any other, listed
# so that the test of the pinning names them.
NAMED_FAMILIES = ("游ゴシック", "Yu Gothic", "MS Gothic", "ＭＳ Ｐゴシック", "MS PGothic", "Calibri", "Arial")
# Calibri as Windows has it: Carlito has its metrics (Debian's fonts-crosextra-carlito, dev.py installs it)
CALIBRI, CALIBRI_STANDIN = "Calibri", "Carlito"
CALIBRI_FILE = Path("/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf")


def soffice() -> str:
    found = shutil.which("soffice")
    assert found, "LibreOffice (soffice) is part of the test setup: python3 dev.py test installs it"
    return found


def font_file(font: str) -> Path:
    path = FONT_FILES[font]
    assert path.exists(), f"the font {font} ({path}) is part of the test setup: python3 dev.py test installs it"
    return path


def fontconfig(font: str, folder: Path, calibri: bool = False) -> Path:
    """A fonts.conf in *folder* that lists only the folder of *font*'s file, accepts that one file of it,
    and maps every family asked for to *font* (with *calibri*, Calibri to Carlito: the one other file).
    (A link to the file in a folder of our own would be simpler, but LibreOffice finds no font in a
    linked font collection such as Noto's .ttc.)"""
    folder.mkdir(parents=True, exist_ok=True)
    src = font_file(font).resolve()
    conf = folder / "fonts.conf"
    calibri_rule = only_others = ""
    if calibri:
        only_others = f'<test name="family" compare="not_eq" qual="all"><string>{CALIBRI}</string></test>'

        assert CALIBRI_FILE.exists(), f"{CALIBRI_FILE} is part of the test setup: python3 dev.py test installs it"
        c = escape(str(CALIBRI_FILE.resolve()))
        calibri_rule = f"""  <dir>{escape(str(CALIBRI_FILE.resolve().parent))}</dir>
  <selectfont><acceptfont><glob>{c}</glob></acceptfont></selectfont>
  <match target="pattern">
    <test name="family" compare="eq" qual="any"><string>{CALIBRI}</string></test>
    <edit name="family" mode="assign_replace" binding="strong"><string>{CALIBRI_STANDIN}</string></edit>
  </match>
"""
    conf.write_text(
        f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>{escape(str(src.parent))}</dir>
  <cachedir>{escape(str(folder / "cache"))}</cachedir>
  <selectfont>
    <acceptfont><glob>{escape(str(src))}</glob></acceptfont>
    <rejectfont><glob>*</glob></rejectfont>
  </selectfont>
  <match target="pattern">
    {only_others}
    <edit name="family" mode="assign_replace" binding="strong"><string>{escape(font)}</string></edit>
  </match>
{calibri_rule}</fontconfig>
""",
        encoding="utf-8",
    )
    return conf


def environment(font: str, folder: Path, calibri: bool = False) -> dict[str, str]:
    """The process environment of a LibreOffice (or fc-match) run that sees *font* only (and Carlito for
    Calibri, with *calibri*)."""
    env = dict(os.environ)
    env["FONTCONFIG_FILE"] = str(fontconfig(font, folder, calibri))
    env.pop("FONTCONFIG_PATH", None)
    return env


def convert(
    files: list[Path],
    outdir: Path,
    *,
    to: str = "pdf",
    font: str = DEFAULT_FONT,
    timeout: float = 600,
    calibri: bool = False,
) -> list[Path]:
    """Convert *files* with one LibreOffice run (headless, private profile, only *font*) into *outdir*;
    the converted files, in order."""
    outdir.mkdir(parents=True, exist_ok=True)
    work = outdir / f".lo-{font.replace(' ', '_')}"
    env = environment(font, work, calibri)
    subprocess.run(
        [soffice(), "--headless", f"-env:UserInstallation={(work / 'profile').as_uri()}", "--convert-to", to,
         "--outdir", str(outdir), *map(str, files)],
        check=True, capture_output=True, timeout=timeout, env=env,
    )  # fmt: skip
    suffix = "." + to.split(":")[0]
    out = [outdir / Path(f).with_suffix(suffix).name for f in files]
    missing = [p for p in out if not p.exists()]
    assert not missing, f"LibreOffice did not write {missing}"
    return out


# --- the printed corpus: every workbook LibreOffice prints in the tests, one run per font -----------

# the hand-built workbooks of tests/corpus_pdf (kind -> build options)
PDF_CORPUS_KINDS: dict[str, dict[str, int]] = {"months": {}, "quarters": {"per_page": 2}, "shapes": {}, "centred": {}}
OWN = "own"  # our own Excel export of the sample roadmap
# the hand-built department workbooks (tests/corpus_xlsx) printed in every font of the matrix too: the
# kinds whose labels and text fields move with the font (merged fills with shrunk labels, texts taller
# than their rows; a sheet printed over two pages side by side)
MATRIX_XLSX_KINDS = ("book_merged", "dept_stacked")


def build_corpus(folder: Path, xlsx_kinds: tuple[str, ...]) -> dict[str, Path]:
    """Our export of the sample, the corpus_pdf workbooks and the given corpus_xlsx kinds, built in *folder*."""
    from corpus_pdf import workbooks
    from corpus_xlsx.build import build

    from roadmap_desktop.core.sample import load_sample
    from roadmap_desktop.export.xlsx import export_xlsx
    from roadmap_desktop.paths import sample_path

    folder.mkdir(parents=True, exist_ok=True)
    books: dict[str, Path] = {}
    roadmap = load_sample(sample_path())
    books[OWN] = folder / "sample.xlsx"
    export_xlsx(roadmap, roadmap.projects, books[OWN])
    for kind, options in PDF_CORPUS_KINDS.items():
        books[kind] = folder / f"{kind}.xlsx"
        workbooks.build(books[kind], kind, **options)
    for kind in xlsx_kinds:
        books[kind] = build(kind, folder / f"{kind}.xlsx")
    return books


class PrintedCorpus:
    """The corpus printed by LibreOffice, per font, on first use (a session-scoped fixture holds one)."""

    def __init__(self, folder: Path) -> None:
        from corpus_xlsx.build import KINDS

        self.folder = folder
        self.sources = build_corpus(folder / "xlsx", KINDS)
        self._printed: dict[str, dict[str, Path]] = {}

    def pdfs(self, font: str = DEFAULT_FONT) -> dict[str, Path]:
        """kind -> PDF printed in *font*: every kind in the default font; in the other fonts of the matrix
        our own export, the corpus_pdf kinds and MATRIX_XLSX_KINDS (all in the one LibreOffice run)."""
        if font not in self._printed:
            kinds = list(self.sources) if font == DEFAULT_FONT else [OWN, *PDF_CORPUS_KINDS, *MATRIX_XLSX_KINDS]
            out = convert([self.sources[k] for k in kinds], self.folder / font.replace(" ", "_"), font=font)
            self._printed[font] = dict(zip(kinds, out, strict=True))
        return self._printed[font]
