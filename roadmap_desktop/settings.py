"""The user's settings in one place, with defaults; stored as JSON in the per-user config folder.

``ROADMAP_DESKTOP_HOME`` overrides the folder (tests, portable use), so tests never touch the real
user's settings. Writes are atomic (temporary file, then ``os.replace``); a missing, unreadable or
corrupt file gives the defaults and never stops the application from starting.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import Any

import platformdirs

from .core.fiscal import format_fiscal_year
from .paths import APP_NAME

MAX_RECENT = 8
DEFAULT_TITLE_TEMPLATE = "{era_long_fullwidth}DX関連事業ロードマップ"
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@dataclass
class Settings:
    recent_files: list[str] = field(default_factory=list)  # most recent first
    window_geometry: str = ""  # QMainWindow.saveGeometry(), base64
    window_state: str = ""  # QMainWindow.saveState(), base64
    splitter_states: dict[str, str] = field(default_factory=dict)  # splitter name -> saveState(), base64
    export_folder: str = ""  # default folder for exports ("" = the roadmap's folder)
    title_template: str = DEFAULT_TITLE_TEMPLATE  # the sheet title of a new edition
    reference_month: str | None = None  # 基準月 override as "YYYY-MM"; None = this month
    list_header_state: str = ""  # the project list's column widths and hidden columns, base64
    sample_files: list[str] = field(default_factory=list)  # copies of the sample made on first start
    compact_form: bool = False  # 表示 →「フォームを折りたたむ」: the timeline gets the form's height

    def is_sample(self, path: str | os.PathLike[str]) -> bool:
        return str(Path(path).resolve()) in self.sample_files

    def set_sample(self, path: str | os.PathLike[str], sample: bool) -> None:
        p = str(Path(path).resolve())
        self.sample_files = [f for f in self.sample_files if f != p] + ([p] if sample else [])

    def add_recent(self, path: str | os.PathLike[str]) -> None:
        p = str(Path(path).resolve())
        self.recent_files = [p] + [r for r in self.recent_files if r != p]
        del self.recent_files[MAX_RECENT:]

    def remove_recent(self, path: str | os.PathLike[str]) -> None:
        p = str(Path(path).resolve())
        self.recent_files = [r for r in self.recent_files if r != p]

    def reference_date(self) -> date | None:
        """The 基準月 override as the first day of its month, or None for today."""
        if not self.reference_month:
            return None
        try:
            year, month = (int(x) for x in self.reference_month.split("-"))
            return date(year, month, 1)
        except ValueError:
            return None


def settings_path() -> Path:
    override = os.environ.get("ROADMAP_DESKTOP_HOME")
    folder = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    return folder / "settings.json"


def _coerce(data: Any) -> Settings:
    """Settings from parsed JSON, keeping each value only if it has the expected type."""
    s = Settings()
    if not isinstance(data, dict):
        return s
    for f in fields(Settings):
        if f.name not in data:
            continue
        value, default = data[f.name], getattr(s, f.name)
        if f.name == "reference_month":
            ok = value is None or isinstance(value, str)
        elif isinstance(default, list):
            ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        elif isinstance(default, dict):
            ok = isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
        else:
            ok = isinstance(value, type(default))
        if ok:
            setattr(s, f.name, value)
    del s.recent_files[MAX_RECENT:]
    return s


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        return _coerce(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, UnicodeDecodeError):
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> bool:
    """Write atomically; return False (settings are a convenience) if the folder is not writable.
    Settings the file already holds are not written again: every start opens a file and so "saves" its
    recent list, mostly unchanged (a new file and a rename each time, which a virus scanner reads)."""
    path = path or settings_path()
    text = json.dumps(asdict(settings), ensure_ascii=False, indent=2, sort_keys=True)
    try:
        if path.read_text(encoding="utf-8") == text:
            return True
    except (OSError, UnicodeDecodeError):
        pass  # none yet, or unreadable: written below
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return True
    except OSError:
        return False


def edition_title(template: str, fiscal_year: int) -> str:
    """Fill a title template: {era_long_fullwidth} 令和６年度, {era_long} 令和6年度, {era_short} R6, {year} 2024."""
    long = format_fiscal_year(fiscal_year, "long")
    values = {
        "era_long_fullwidth": long.translate(_FULLWIDTH),
        "era_long": long,
        "era_short": format_fiscal_year(fiscal_year),
        "year": str(fiscal_year),
    }
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return DEFAULT_TITLE_TEMPLATE.format(**values)
