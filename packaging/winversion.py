"""The Windows file properties (Explorer's 詳細 tab) of the two executables: product name and version."""

from __future__ import annotations

import re
from typing import Any


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``"0.1.0"`` → ``(0, 1, 0, 0)``: Windows wants four numbers; anything after them (``rc1``) is dropped."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def version_info(version: str, description: str, exe_name: str) -> Any:
    """A PyInstaller ``VSVersionInfo`` for ``EXE(version=...)`` (Windows builds only: it needs ``pefile``)."""
    from PyInstaller.utils.win32 import versioninfo as vi

    numbers = version_tuple(version)
    strings = [
        vi.StringStruct("CompanyName", "Roadmap Desktop"),
        vi.StringStruct("FileDescription", description),
        vi.StringStruct("FileVersion", version),
        vi.StringStruct("InternalName", exe_name),
        vi.StringStruct("OriginalFilename", exe_name + ".exe"),
        vi.StringStruct("ProductName", "Roadmap Desktop"),
        vi.StringStruct("ProductVersion", version),
    ]
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers),
        # 0411 = Japanese, 04B0 = Unicode (1200)
        kids=[
            vi.StringFileInfo([vi.StringTable("041104B0", strings)]),
            vi.VarFileInfo([vi.VarStruct("Translation", [0x0411, 1200])]),
        ],
    )
