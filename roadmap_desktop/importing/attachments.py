"""What a mailed attachment holds, as files the Excel and PDF readers can read.

Replies come as whatever the sender's office produces: an .xlsx or .xlsm; a workbook saved with
Excel's 「パスワードを付けて保存」 (an OLE compound file holding the encrypted package, not an .xls); a
.zip with or without a password (ZipCrypto or AES), perhaps holding another zip; an .ods or .xls from
LibreOffice or an old Excel. Files are told apart by their bytes, not their names. What is locked is
unlocked in memory: a decrypted workbook or a file from a password zip is never written to disk.
.ods and .xls are converted by LibreOffice when it is installed (headless, a private profile in a
private temporary folder, time-limited), then read as a workbook with a note that they were.

Qt-free: the windows and the command line only supply the password (:data:`PasswordPrompt`).
"""

from __future__ import annotations

import contextlib
import functools
import getpass
import io
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar

from ..core.errors import RoadmapError
from ..core.i18n import translate
from ..core.model import Edition
from ..core.progress import Cancelled, ProgressCallback
from .archive_guard import MAX_FILE_BYTES, MAX_PARTS, MAX_RATIO, MAX_TOTAL_BYTES, RATIO_FLOOR
from .merge import ImportResult

# Called as prompt(name, wrong): the password for the file *name* (wrong: the last one given was
# wrong), or None to give up. The import window asks in a dialog, the command line on its terminal.
PasswordPrompt = Callable[[str, bool], "str | None"]

# What the import accepts by name (the bytes decide what a file is; the name only keeps out the rest).
IMPORT_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".pdf", ".zip")
MAX_MEMBERS = 200  # files in one attached zip: a department's replies, not an archive of the office
MAX_NESTING = 2  # a zip inside a zip (mail gateways wrap attachments again); deeper is not a reply
CONVERT_TIMEOUT = 120.0  # seconds for LibreOffice to convert one file (its first start takes ~10 s)

_PDF_MAGIC = b"%PDF-"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
_SKIPPED_MEMBERS = ("__MACOSX/", "Thumbs.db", ".DS_Store", "desktop.ini")

Kind = Literal["xlsx", "pdf"]
T = TypeVar("T")


class PasswordNeeded(RoadmapError):
    """The file is password-protected and no password was given (or the prompt was cancelled)."""


class WrongPassword(RoadmapError):
    """The password given does not open the file."""


@dataclass
class Source:
    """One readable file: on disk (*data* None), or only in memory; *path* names it in messages."""

    name: str  # what the user is told: 「回答.xlsx」, 「添付.zip 内の 回答.xlsx」
    kind: Kind
    path: Path
    data: bytes | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class Attachment:
    """Every readable file an attachment holds, and the files in it that were not read (named)."""

    sources: list[Source] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class _Wrong(Exception):
    """A password attempt failed (internal: the prompt is asked again)."""


class _Passwords:
    """The passwords of one attachment: each one that worked is tried first on the next locked file
    (offices lock the zip and the workbook in it with the same word), then the user is asked."""

    def __init__(self, prompt: PasswordPrompt | None) -> None:
        self.prompt = prompt
        self.known: list[str] = []

    def unlock(self, name: str, attempt: Callable[[str], T]) -> T:
        for known in self.known:
            with contextlib.suppress(_Wrong):
                return attempt(known)
        wrong = False
        while True:
            pw = self.prompt(name, wrong) if self.prompt is not None else None
            if pw is None:
                if wrong:
                    raise WrongPassword(
                        translate("attachments", "「{name}」のパスワードが違います。").format(name=name)
                    )
                raise PasswordNeeded(
                    translate(
                        "attachments",
                        "「{name}」はパスワードで保護されています。パスワードを入力しなかったため読み込みませんでした。",
                    ).format(name=name)
                )
            try:
                result = attempt(pw)
            except _Wrong:
                wrong = True
                continue
            self.known.append(pw)
            return result


# --- telling files apart --------------------------------------------------------------------------


def _ole_streams(source: Path | bytes) -> set[str] | None:
    """The top-level stream names of an OLE compound file, or None when it is not a readable one."""
    import olefile  # type: ignore[import-untyped]  # a dependency of msoffcrypto-tool

    try:
        with olefile.OleFileIO(io.BytesIO(source) if isinstance(source, bytes) else str(source)) as ole:
            return {"/".join(entry) for entry in ole.listdir(streams=True, storages=False)}
    except Exception:  # olefile raises many kinds for damaged files
        return None


def _is_encrypted_ooxml(streams: set[str]) -> bool:
    return "EncryptionInfo" in streams and "EncryptedPackage" in streams


def ole_refusal(source: Path | bytes) -> str:
    """Why an OLE file cannot be read as an .xlsx: locked with a password, or the old format."""
    streams = _ole_streams(source) or set()
    if _is_encrypted_ooxml(streams):
        return translate(
            "attachments",
            "パスワードで保護されています。取り込みの画面（コマンドでは --password）でパスワードを入力してください。",
        )
    return translate("xlsx", "古い形式（.xls）のファイルです。Excel で「.xlsx」形式で保存し直してください。")


def _zip_names(archive: zipfile.ZipFile) -> set[str]:
    return {info.filename for info in archive.infolist()}


def _is_workbook_zip(names: set[str]) -> bool:
    return "[Content_Types].xml" in names or "xl/workbook.xml" in names


def _is_ods(archive: zipfile.ZipFile, names: set[str]) -> bool:
    if "mimetype" not in names or "content.xml" not in names:
        return False
    info = archive.getinfo("mimetype")
    if info.flag_bits & 0x1 or info.file_size > 200:
        return False
    try:
        return archive.read(info).strip() == _ODS_MIME
    except Exception:
        return False


def _display(member: zipfile.ZipInfo) -> str:
    """A member's file name: zips from Japanese Windows store names in Shift_JIS without saying so."""
    name = member.filename
    if not member.flag_bits & 0x800:
        with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
            name = name.encode("cp437").decode("cp932")
    return name.rstrip("/").rsplit("/", 1)[-1]


# --- the walk ---------------------------------------------------------------------------------------


class _Opener:
    def __init__(self, prompt: PasswordPrompt | None, convert: Callable[[bytes, str, str], bytes] | None) -> None:
        self.passwords = _Passwords(prompt)
        self.convert = convert if convert is not None else convert_with_libreoffice
        self.out = Attachment()

    def walk(self, path: Path, name: str, data: bytes | None, depth: int, locked: bool) -> None:
        """Add the readable files of *data* (or of the file *path* when None), shown as *name*.

        *locked*: the bytes came out of a password zip, so they may not be written to disk."""
        head = data[:1024] if data is not None else _head(path)
        suffix = Path(name).suffix.lower()
        if head.startswith(_OLE_MAGIC):
            self._ole(path, name, data, locked)
        elif head.startswith(_ZIP_MAGIC) or (head.startswith(b"PK") and suffix == ".zip"):
            self._zip(path, name, data, depth, locked)
        elif _PDF_MAGIC in head:  # anywhere in the first kilobyte, as PDF readers allow
            self.out.sources.append(Source(name, "pdf", _named(path, name, data), data))
        elif suffix == ".pdf":
            self.out.sources.append(Source(name, "pdf", _named(path, name, data), data))  # the reader says why not
        elif suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
            self.out.sources.append(Source(name, "xlsx", _named(path, name, data), data))  # the reader says why not
        else:
            raise RoadmapError(
                translate(
                    "attachments",
                    "「{name}」は取り込めない形式です（Excel のブック・PDF、またはそれを入れた ZIP を選んでください）。",
                ).format(name=name)
            )

    def _ole(self, path: Path, name: str, data: bytes | None, locked: bool) -> None:
        source: Path | bytes = path if data is None else data
        streams = _ole_streams(source)
        if streams is None:
            raise RoadmapError(translate("attachments", "「{name}」は壊れているため読み込めません。").format(name=name))
        if _is_encrypted_ooxml(streams):
            raw = data if data is not None else _read_capped(path, name)
            plain = self.passwords.unlock(name, lambda pw: _decrypt_ooxml(raw, pw, name))
            note = translate("attachments", "「{name}」はパスワードで保護されています。メモリー上で開いて読みました。")
            before = len(self.out.sources)
            self.walk(path, name, plain, MAX_NESTING, locked=True)  # a workbook inside: no zip to open
            for s in self.out.sources[before:]:
                s.notes.insert(0, note.format(name=name))
            return
        if "Workbook" in streams or "Book" in streams:  # Excel 97–2003 (.xls)
            if _xls_is_encrypted(source):  # decrypting it would mean handing LibreOffice a clear copy on disk
                raise RoadmapError(
                    translate(
                        "attachments",
                        "「{name}」はパスワードで保護された古い形式（.xls）のブックです。Excel で開いて保護を外し、「.xlsx」形式で保存し直してください。",
                    ).format(name=name)
                )
            self._converted(path, name, data, "xls", locked)
            return
        raise RoadmapError(
            translate("attachments", "「{name}」は Excel のブックではない Office の古い形式のファイルです。").format(
                name=name
            )
        )

    def _converted(self, path: Path, name: str, data: bytes | None, kind: str, locked: bool) -> None:
        if locked:
            raise RoadmapError(
                translate(
                    "attachments",
                    "「{name}」はパスワード付きの ZIP の中の {kind} ファイルです。変換のためにディスクへ書き出すことになるため読み込みません。「.xlsx」形式で保存し直してください。",
                ).format(name=name, kind="." + kind)
            )
        raw = data if data is not None else _read_capped(path, name)
        converted = self.convert(raw, kind, name)
        note = translate(
            "attachments",
            "「{name}」（{kind} 形式）は LibreOffice で .xlsx に変換してから読みました。書式の細部が変わることがあるため、内容を確かめてください。",
        ).format(name=name, kind="." + kind)
        self.out.sources.append(Source(name, "xlsx", _named(path, name, converted), converted, [note]))

    def _zip(self, path: Path, name: str, data: bytes | None, depth: int, locked: bool) -> None:
        try:
            archive = zipfile.ZipFile(path if data is None else io.BytesIO(data))
        except (zipfile.BadZipFile, EOFError, ValueError, OSError):
            if Path(name).suffix.lower() in (".xlsx", ".xlsm"):  # the workbook reader names what is wrong
                self.out.sources.append(Source(name, "xlsx", _named(path, name, data), data))
                return
            raise RoadmapError(
                translate("attachments", "「{name}」は壊れているか途中で切れているため開けません。").format(name=name)
            ) from None
        with archive:
            names = _zip_names(archive)
            encrypted = any(info.flag_bits & 0x1 for info in archive.infolist())
            if _is_workbook_zip(names):
                if encrypted:  # a workbook whose parts someone zipped with a password
                    data = self._unlock_parts(path, name, data)
                    locked = True
                if "xl/vbaProject.bin" in names or Path(name).suffix.lower() in (".xlsm", ".xltm"):
                    note = translate(
                        "attachments",
                        "「{name}」はマクロ付きのブックです。マクロは実行せず、セルの内容だけを読みました（マクロは取り込みません）。",
                    ).format(name=name)
                    self.out.sources.append(Source(name, "xlsx", _named(path, name, data), data, [note]))
                else:
                    self.out.sources.append(Source(name, "xlsx", _named(path, name, data), data))
                return
            if _is_ods(archive, names):
                self._converted(path, name, data, "ods", locked)
                return
        if depth >= MAX_NESTING:
            raise RoadmapError(
                translate(
                    "attachments", "「{name}」は ZIP の中の ZIP のさらに中にあるため、安全のため開きません。"
                ).format(name=name)
            )
        self._members(path, name, data, depth, locked)

    def _unlock_parts(self, path: Path, name: str, data: bytes | None) -> bytes:
        """A workbook zip with encrypted entries, rebuilt in memory with its entries in the clear."""

        def attempt(pw: str) -> bytes:
            with _open_zip(path, data) as archive:
                _check_members(archive, name, MAX_TOTAL_BYTES, max_count=MAX_PARTS)  # a workbook's parts
                out = io.BytesIO()
                with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as rebuilt:
                    for info in archive.infolist():
                        rebuilt.writestr(info.filename, _read_member(archive, info, pw, name))
                return out.getvalue()

        return self.passwords.unlock(name, attempt)

    def _members(self, path: Path, name: str, data: bytes | None, depth: int, locked: bool) -> None:
        with _open_zip(path, data) as archive:
            infos = [
                i
                for i in archive.infolist()
                if not i.is_dir()
                and not any(part in i.filename for part in _SKIPPED_MEMBERS)
                and not _display(i).startswith("._")
            ]
            _check_members(archive, name, MAX_TOTAL_BYTES, infos)
            if not infos:
                raise RoadmapError(translate("attachments", "「{name}」の中にファイルがありません。").format(name=name))
            before = len(self.out.sources)
            for info in infos:
                inner = translate("attachments", "{zip} 内の {name}").format(zip=name, name=_display(info))
                if Path(inner).suffix.lower() not in IMPORT_SUFFIXES:
                    self.out.problems.append(
                        translate(
                            "attachments",
                            "「{name}」は取り込める形式（Excel のブック・PDF）ではないため読みませんでした。",
                        ).format(name=inner)
                    )
                    continue
                secret = bool(info.flag_bits & 0x1)
                # the zip's own password: without it nothing in the zip can be read, so it is not caught
                content = (
                    self.passwords.unlock(name, functools.partial(_read_member, archive, info, name=name))
                    if secret
                    else _read_member(archive, info, None, name)
                )
                try:
                    self.walk(Path(inner), inner, content, depth + 1, locked or secret)
                except Cancelled:
                    raise
                except RoadmapError as e:  # this file is named; the others still come in
                    self.out.problems.append(str(e))
            if len(self.out.sources) == before and not self.out.problems:
                raise RoadmapError(
                    translate("attachments", "「{name}」の中に取り込めるファイルがありません。").format(name=name)
                )


def _open_zip(path: Path, data: bytes | None) -> Any:
    """The zip for reading its members: pyzipper reads AES-encrypted entries (WinZip's and 7-Zip's
    format, which the standard zipfile cannot), ZipCrypto and plain ones alike."""
    import pyzipper  # type: ignore[import-untyped]

    return pyzipper.AESZipFile(path if data is None else io.BytesIO(data))


def _check_members(
    archive: Any, name: str, budget: int, infos: list[Any] | None = None, max_count: int = MAX_MEMBERS
) -> None:
    """Sizes from the directory, before anything is unpacked: no bombs, no archive of the whole office."""
    infos = archive.infolist() if infos is None else infos
    if len(infos) > max_count:
        raise RoadmapError(
            translate("attachments", "「{name}」には {n:,} 個のファイルが入っていて多すぎるため開きません。").format(
                name=name, n=len(infos)
            )
        )
    total = 0
    for info in infos:
        total += info.file_size
        too_big = info.file_size > MAX_FILE_BYTES
        bomb = info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size)
        if too_big or bomb:
            raise RoadmapError(
                translate(
                    "attachments",
                    "「{name}」の中の「{member}」は展開すると異常に大きくなる（{mb:,} MB）ため、安全のため開きません。",
                ).format(name=name, member=_display(info), mb=info.file_size // (1024 * 1024))
            )
    if total > budget:
        raise RoadmapError(
            translate(
                "attachments", "「{name}」は展開すると大きすぎる（{mb:,} MB）ため、安全のため開きません。"
            ).format(name=name, mb=total // (1024 * 1024))
        )


def _read_member(archive: Any, info: Any, password: str | None, name: str) -> bytes:
    """One member's bytes, read with a cap; a password that does not open it raises :class:`_Wrong`."""
    secret = bool(info.flag_bits & 0x1)
    tries = [password.encode("utf-8"), password.encode("cp932", errors="replace")] if password is not None else [None]
    if tries[0] == tries[-1]:
        tries = tries[:1]
    for k, pwd in enumerate(tries):
        try:
            with archive.open(info, pwd=pwd) as f:
                data: bytes = f.read(info.file_size + 1)
        except (RuntimeError, zipfile.BadZipFile, zlib.error, ValueError) as e:
            # a wrong password: "Bad password", or a CRC/HMAC mismatch when the check byte matched by chance
            if secret and k + 1 < len(tries):
                continue  # 7-Zip encodes the password in UTF-8, Windows' own zip in Shift_JIS
            if secret:
                raise _Wrong from None
            raise RoadmapError(
                translate("attachments", "「{name}」の中の「{member}」を展開できません（{err}）。").format(
                    name=name, member=_display(info), err=e
                )
            ) from None
        except NotImplementedError:
            raise RoadmapError(
                translate("attachments", "「{name}」は対応していない方式で圧縮されています。").format(name=name)
            ) from None
        if len(data) > info.file_size:
            raise RoadmapError(
                translate("attachments", "「{name}」は壊れています（大きさが記録と違います）。").format(name=name)
            )
        return data
    raise _Wrong  # pragma: no cover - the loop always returns or raises


def _decrypt_ooxml(data: bytes, password: str, name: str) -> bytes:
    """The workbook inside Excel's password protection, decrypted in memory (msoffcrypto-tool)."""
    import msoffcrypto  # type: ignore[import-untyped]
    from msoffcrypto.exceptions import DecryptionError, InvalidKeyError  # type: ignore[import-untyped]

    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        office.load_key(password=password, verify_password=True)
        out = io.BytesIO()
        office.decrypt(out)
    except InvalidKeyError:
        raise _Wrong from None
    except DecryptionError as e:
        raise RoadmapError(
            translate(
                "attachments", "「{name}」は対応していない方式で暗号化されているため読み込めません（{err}）。"
            ).format(name=name, err=e)
        ) from None
    except Exception:  # msoffcrypto raises many kinds for a damaged file
        raise RoadmapError(
            translate("attachments", "「{name}」は壊れているため開けません（パスワードの保護を解けません）。").format(
                name=name
            )
        ) from None
    return out.getvalue()


def _xls_is_encrypted(source: Path | bytes) -> bool:
    import msoffcrypto

    try:
        if isinstance(source, bytes):
            return bool(msoffcrypto.OfficeFile(io.BytesIO(source)).is_encrypted())
        with source.open("rb") as f:
            return bool(msoffcrypto.OfficeFile(f).is_encrypted())
    except Exception:  # unreadable: LibreOffice will say so, or we will
        return False


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(1024)
    except FileNotFoundError:
        raise RoadmapError(
            translate("attachments", "ファイルが見つかりません: {name}").format(name=path.name)
        ) from None
    except OSError as e:
        raise RoadmapError(
            translate("attachments", "「{name}」を開けません: {error}").format(name=path.name, error=e.strerror or e)
        ) from None


def _read_capped(path: Path, name: str) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise RoadmapError(
                translate("attachments", "「{name}」は大きすぎます（{mb:,} MB）。").format(
                    name=name, mb=size // (1024 * 1024)
                )
            )
        return path.read_bytes()
    except OSError as e:
        raise RoadmapError(
            translate("attachments", "「{name}」を開けません: {error}").format(name=name, error=e.strerror or e)
        ) from None


def _named(path: Path, name: str, data: bytes | None) -> Path:
    """The path a reader is given: the file itself, or (in memory) a path that only names it."""
    return path if data is None else Path(name.replace("/", "／").replace("\\", "＼"))


# --- LibreOffice ----------------------------------------------------------------------------------


def find_soffice() -> str | None:
    """LibreOffice's soffice: on PATH, or in its usual Windows install folders; None when not installed."""
    for command in ("soffice", "libreoffice"):
        found = shutil.which(command)
        if found:
            return found
    if sys.platform == "win32":
        roots = [os.environ.get(k) for k in ("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432", "LOCALAPPDATA")]
        for root in filter(None, roots):
            for folder in (Path(root), Path(root) / "Programs"):
                for candidate in sorted(folder.glob("LibreOffice*/program/soffice.exe"), reverse=True):
                    return str(candidate)
    return None


def convert_with_libreoffice(data: bytes, kind: str, name: str, timeout: float | None = None) -> bytes:
    """*data* (an .ods or .xls) converted to .xlsx by LibreOffice, returned as bytes.

    Headless, with a profile of its own (a LibreOffice the user has open is neither used nor
    disturbed), in a private temporary folder that is deleted afterwards, killed after *timeout*."""
    soffice = find_soffice()
    if soffice is None:
        raise RoadmapError(
            translate(
                "attachments",
                "「{name}」は {kind} 形式のため、読むには LibreOffice が必要ですが、このパソコンには見つかりません。Excel などで「.xlsx」形式で保存し直してから取り込んでください。",
            ).format(name=name, kind="." + kind)
        )
    with tempfile.TemporaryDirectory(prefix="roadmap-convert-") as tmp:  # mkdtemp: readable by us only
        folder = Path(tmp)
        source = folder / f"reply.{kind}"
        source.write_bytes(data)
        out = folder / "out"
        out.mkdir()
        command = [
            soffice, "--headless", "--norestore", "--nolockcheck", "--nologo", "--nodefault",
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--convert-to", "xlsx", "--outdir", str(out), str(source),
        ]  # fmt: skip
        _run(command, CONVERT_TIMEOUT if timeout is None else timeout, name)
        result = out / "reply.xlsx"
        if not result.is_file() or result.stat().st_size == 0:
            raise RoadmapError(
                translate(
                    "attachments",
                    "「{name}」を LibreOffice で変換できませんでした（壊れているか、表計算のファイルではありません）。",
                ).format(name=name)
            )
        return result.read_bytes()


def _run(command: list[str], timeout: float, name: str) -> None:
    posix = os.name == "posix"
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    try:
        proc = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=posix,  # its own process group: a timeout ends LibreOffice's children too
            creationflags=flags,
        )
    except OSError as e:
        raise RoadmapError(
            translate("attachments", "LibreOffice を起動できませんでした（{err}）。").format(err=e)
        ) from None
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        if posix:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
        proc.wait()
        raise RoadmapError(
            translate(
                "attachments", "「{name}」の LibreOffice での変換が {s:.0f} 秒で終わらなかったため中止しました。"
            ).format(name=name, s=timeout)
        ) from None


# --- entry points -----------------------------------------------------------------------------------


def terminal_prompt(given: str | None, tries: int = 3) -> PasswordPrompt:
    """The command line's prompt: *given* (--password) for every locked file; without it, asked on the
    terminal with getpass (never echoed), *tries* times at most; None when there is no terminal."""
    wrong_count = [0]

    def prompt(name: str, wrong: bool) -> str | None:
        if given is not None:
            return None if wrong else given
        if not sys.stdin or not sys.stdin.isatty():
            return None
        if wrong:
            wrong_count[0] += 1
            if wrong_count[0] >= tries:
                return None
            print(translate("attachments", "パスワードが違います。"), file=sys.stderr)
        try:
            return getpass.getpass(translate("attachments", "「{name}」のパスワード: ").format(name=name))
        except (EOFError, KeyboardInterrupt):
            return None

    return prompt


def open_attachment(
    path: Path,
    password: PasswordPrompt | None = None,
    convert: Callable[[bytes, str, str], bytes] | None = None,
) -> Attachment:
    """The readable files *path* holds: itself, or what it unlocks, unzips or converts to.

    *password* is asked for each locked file (see :data:`PasswordPrompt`); *convert* turns an .ods
    or .xls into .xlsx bytes (LibreOffice by default)."""
    path = Path(path)
    opener = _Opener(password, convert)
    opener.walk(path, path.name, None, 0, locked=False)
    if not opener.out.sources:
        raise RoadmapError("\n".join(opener.out.problems))
    return opener.out


def read_source(source: Source, edition: Edition, progress: ProgressCallback | None = None) -> ImportResult:
    """Read one file of an attachment with the reader of its kind."""
    if source.kind == "pdf":
        from .pdf import read_pdf

        result = read_pdf(source.path, edition, progress, content=source.data)
    else:
        from .xlsx import read_xlsx

        result = read_xlsx(source.path, edition, progress, content=source.data)
    result.notes = source.notes + result.notes
    return result


def read_sources(
    attachment: Attachment, edition: Edition, progress: ProgressCallback | None = None
) -> list[tuple[str, ImportResult]]:
    """(name, what was read) for every file of *attachment*. A file inside a zip that cannot be read
    is named among the first reply's problems; when nothing at all can be read, :class:`RoadmapError`
    says why for each."""
    replies: list[tuple[str, ImportResult]] = []
    problems = list(attachment.problems)
    for source in attachment.sources:
        try:
            replies.append((source.name, read_source(source, edition, progress)))
        except Cancelled:
            raise
        except RoadmapError as e:
            if len(attachment.sources) == 1 and not problems:
                raise
            problems.append(str(e))
    if not replies:
        raise RoadmapError("\n".join(problems))
    replies[0][1].problems[:0] = problems
    return replies


def read_attachment(
    path: Path,
    edition: Edition,
    password: PasswordPrompt | None = None,
    progress: ProgressCallback | None = None,
) -> list[tuple[str, ImportResult]]:
    """The import's one entry point: every readable file *path* holds, read (see :func:`open_attachment`
    and :func:`read_sources`)."""
    return read_sources(open_attachment(path, password), edition, progress)
