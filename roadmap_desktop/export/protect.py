"""Password protection of a written workbook, as Excel's 「パスワードを付けて保存」 does it.

Offices mail workbooks locked with a password; a locked workbook is the OOXML package encrypted
(ECMA-376 agile encryption, AES-256) inside an OLE compound file. msoffcrypto-tool does the
encryption from bytes in memory, so the workbook in the clear never touches the disk: the caller
writes only the encrypted bytes (through :func:`export.atomic.atomic_output`).
"""

from __future__ import annotations

import io

from ..core.errors import RoadmapError
from ..core.i18n import translate

MAX_PASSWORD = 255  # Excel's limit: a longer password could not be typed there to open the file


def check_password(password: str) -> None:
    """Refuse a password Excel could not open the file with."""
    if not password:
        raise RoadmapError(translate("export", "パスワードが空です。"))
    if len(password) > MAX_PASSWORD:
        raise RoadmapError(translate("export", "パスワードが長すぎます（{n} 文字まで）。").format(n=MAX_PASSWORD))


def encrypt_workbook(plain: bytes, password: str) -> bytes:
    """The workbook *plain* (an .xlsx package's bytes) locked with *password*, as bytes."""
    from msoffcrypto.format.ooxml import OOXMLFile  # type: ignore[import-untyped]

    check_password(password)
    out = io.BytesIO()
    OOXMLFile(io.BytesIO(plain)).encrypt(password, out)
    return out.getvalue()
