"""Safe, unique Windows file names made from what users type (a department, a title).

Windows refuses ``<>:"/\\|?*`` and control characters, reserves CON, PRN, AUX, NUL, COM1–9 and
LPT1–9 (with any extension), drops trailing dots and spaces, and compares names without case. Bidi
controls (U+202E …) are legal but let a name show a false extension (``…gpj.xlsx`` read as
``…xlsx.jpg``), so they go too. A name is cut to :data:`MAX_NAME_BYTES` bytes of UTF-8 — below the
255 bytes Linux allows and, since UTF-8 never takes fewer bytes than UTF-16 takes code units, below
the 255 UTF-16 units of Windows — with a short hash of the whole name, so two long names that share
their beginning stay apart.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

MAX_NAME_BYTES = 200

_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
# C0/C1 controls, and the bidi embeddings, overrides, isolates and marks (plus the Arabic letter mark).
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{kind}{n}" for kind in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]
}


def short_hash(text: str, length: int = 8) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:length]


def _utf8_len(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def _cut(text: str, max_bytes: int) -> str:
    """The longest beginning of *text* within *max_bytes* of UTF-8, never splitting a character."""
    out = []
    used = 0
    for ch in text:
        n = _utf8_len(ch)
        if used + n > max_bytes:
            break
        out.append(ch)
        used += n
    return "".join(out)


def _tidy(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = "".join(ch for ch in text if not 0xD800 <= ord(ch) <= 0xDFFF)  # lone surrogates: not a file name
    text = _FORBIDDEN.sub("_", text)
    return text.strip(" ").rstrip(". ")


def safe_stem(text: str, suffix: str = "", max_bytes: int = MAX_NAME_BYTES) -> str:
    """*text* as a file name stem Windows accepts, so that stem + *suffix* fits in *max_bytes*."""
    stem = _tidy(text) or "_"
    if stem.split(".")[0].rstrip(" ").upper() in _RESERVED:
        stem = "_" + stem
    room = max_bytes - _utf8_len(suffix)
    if _utf8_len(stem) > room:
        tail = "_" + short_hash(text)
        stem = _cut(stem, room - len(tail)).rstrip(". ") + tail
    return stem


def name_key(name: str) -> str:
    """Names equal under this key are one file on Windows (and on macOS by default)."""
    return unicodedata.normalize("NFC", name).casefold()


def unique_names(texts: Iterable[str], suffix: str, max_bytes: int = MAX_NAME_BYTES) -> dict[str, str]:
    """text → a safe file name (stem + *suffix*) per distinct *text*, no two the same file on Windows.

    Decided before anything is written. A text that needed no change keeps its name; one that was
    changed (or that collides with an earlier unchanged one) gets a short hash of the text, so the
    same departments get the same names at every export.
    """
    texts = list(dict.fromkeys(texts))
    stems = {t: safe_stem(t, suffix, max_bytes) for t in texts}
    taken: set[str] = set()
    out: dict[str, str] = {}
    for unchanged_first in (True, False):
        for t in texts:
            if (stems[t] == t) != unchanged_first:
                continue
            stem = stems[t]
            n = 0
            while name_key(stem + suffix) in taken:
                n += 1
                tail = f"_{short_hash(t)}" + (f"_{n}" if n > 1 else "")
                stem = _cut(stems[t], max_bytes - _utf8_len(suffix) - len(tail)).rstrip(". ") + tail
            taken.add(name_key(stem + suffix))
            out[t] = stem + suffix
    return out
