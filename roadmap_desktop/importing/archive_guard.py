"""Check an .xlsx file before parsing it: a zip we can read, of a sane size, not a bomb, not locked.

Workbooks arrive by email from anyone, and the XML parsers stop nothing by themselves: a 1 MB file
can unpack to gigabytes of whitespace. So the archive's declared sizes and compression ratios are
checked from its directory first (nothing is decompressed), and every part is then read with a cap.
"""

from __future__ import annotations

import io
import logging
import zipfile
import zlib
from pathlib import Path

from ..core.errors import RoadmapError
from ..core.i18n import translate

MAX_FILE_BYTES = 100 * 1024 * 1024  # the file itself
MAX_PART_BYTES = 30 * 1024 * 1024  # one unpacked part: a project sheet's XML is 30–60 kB; parsing costs ~10× in memory
MAX_TOTAL_BYTES = 300 * 1024 * 1024  # everything unpacked
MAX_RATIO = 200  # real worksheets compress 5–30 times; whitespace bombs a thousand times
RATIO_FLOOR = 10 * 1024 * 1024  # parts smaller than this may compress as they like
MAX_PARTS = 20000

_log = logging.getLogger(__name__)

_PDF_MAGIC = b"%PDF"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # .xls (Excel 97–2003) and other old Office files


class BadWorkbookError(RoadmapError):
    """The file is not a workbook we are willing to read."""


def _refuse(name: str, why: str) -> BadWorkbookError:
    return BadWorkbookError(translate("xlsx", "「{name}」を読み込めません。{why}").format(name=name, why=why))


def open_checked(path: Path, data: bytes | None = None) -> zipfile.ZipFile:
    """Open *path* as a workbook archive after checking it; raise :class:`BadWorkbookError` with the reason.

    *data*: the file's bytes when they live only in memory (a decrypted or unzipped attachment, see
    :mod:`attachments`); *path* then only names it. Macro books (.xlsm) are read like any other: only
    their cells' XML is parsed, the macro part is never looked at."""
    name = path.name
    if data is not None:
        size, head = len(data), data[:8]
    else:
        try:
            size = path.stat().st_size
            with path.open("rb") as f:
                head = f.read(8)
        except FileNotFoundError:
            raise _refuse(name, translate("xlsx", "ファイルが見つかりません。")) from None
        except PermissionError:
            raise _refuse(name, translate("xlsx", "ファイルを読む権限がありません。")) from None
        except OSError as e:
            raise _refuse(name, str(e)) from None
    if size == 0:
        raise _refuse(name, translate("xlsx", "ファイルが空です（0 バイト）。"))
    if size > MAX_FILE_BYTES:
        raise _refuse(name, translate("xlsx", "ファイルが大きすぎます（{mb:,} MB）。").format(mb=size // (1024 * 1024)))
    if head.startswith(_PDF_MAGIC):
        raise _refuse(name, translate("xlsx", "中身は PDF です。PDF は拡張子を「.pdf」にして取り込んでください。"))
    if head.startswith(_OLE_MAGIC):
        from .attachments import ole_refusal  # an encrypted .xlsx is an OLE file too: say which it is

        raise _refuse(name, ole_refusal(path if data is None else data))
    try:
        archive = zipfile.ZipFile(path if data is None else io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise _refuse(
            name, translate("xlsx", "Excel（.xlsx）のファイルではないか、途中で切れて壊れています。")
        ) from None
    try:
        _check_directory(archive, name)
    except BaseException:
        archive.close()
        raise
    return archive


def _check_directory(archive: zipfile.ZipFile, name: str) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        raise _refuse(name, translate("xlsx", "ファイル内の部品の数が多すぎます（{n:,} 個）。").format(n=len(infos)))
    total = 0
    names = set()
    for info in infos:
        names.add(info.filename)
        if info.flag_bits & 0x1:  # entries encrypted with a zip password (attachments.py unlocks them)
            raise _refuse(name, translate("xlsx", "パスワードで保護されています（ZIP のパスワード）。"))
        total += info.file_size
        if info.file_size > MAX_PART_BYTES or (
            info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size)
        ):
            raise _refuse(
                name,
                translate(
                    "xlsx",
                    "展開すると異常に大きくなる部品（{part}: {mb:,} MB）を含んでいるため、安全のため読み込みません。",
                ).format(part=info.filename, mb=info.file_size // (1024 * 1024)),
            )
    if total > MAX_TOTAL_BYTES:
        raise _refuse(
            name,
            translate("xlsx", "展開すると大きすぎるため（{mb:,} MB）、安全のため読み込みません。").format(
                mb=total // (1024 * 1024)
            ),
        )
    if "xl/workbook.xml" not in names and "[Content_Types].xml" not in names:
        raise _refuse(name, translate("xlsx", "Excel（.xlsx）のファイルではありません。"))


def read_part(archive: zipfile.ZipFile, part: str) -> bytes:
    """The bytes of *part*, read with a cap (a lying directory cannot make us unpack more than it declared)."""
    info = archive.getinfo(part)
    try:
        with archive.open(info) as f:
            data = f.read(info.file_size + 1)
    except RuntimeError:  # zipfile's word for an entry encrypted with a zip password
        raise BadWorkbookError(
            translate("xlsx", "ファイル内の部品（{part}）がパスワードで暗号化されているため読み込めません。").format(
                part=part
            )
        ) from None
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError, zlib.error) as e:
        # zipfile's and zlib's words are English and say nothing to the user: the log keeps them
        _log.info("part %s of a workbook could not be unpacked: %r", part, e)
        raise BadWorkbookError(
            translate(
                "xlsx", "ファイルが壊れています（{part} を展開できません。途中で切れているか、書き換えられています）。"
            ).format(part=part)
        ) from None
    if len(data) > info.file_size:
        raise BadWorkbookError(
            translate("xlsx", "ファイルが壊れています（{part} の大きさが記録と違います）。").format(part=part)
        )
    return data
