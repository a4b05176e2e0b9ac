"""A locked reply against a plain one: import of a 150-project workbook as it is, with Excel's password
protection (msoffcrypto-tool's encryption, decrypted in memory), and in an AES password zip.

    python bench/bench_attachments.py [N]

Prints seconds per import (best and median of a few runs) and what the lock adds; also the time to
lock an export (key derivation and encryption). No target: the figure is for the lead to watch.
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pyzipper
from generate import generate_roadmap
from msoffcrypto.format.ooxml import OOXMLFile

from roadmap_desktop.export.protect import encrypt_workbook
from roadmap_desktop.export.xlsx import export_xlsx
from roadmap_desktop.importing.attachments import _decrypt_ooxml, read_attachment

RUNS = 5
PASSWORD = "bench-パスワード"


def _times(func: Callable[[], object], runs: int = RUNS) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        func()
        times.append(time.perf_counter() - t)
    return min(times), statistics.median(times)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    roadmap = generate_roadmap(n=n, seed=0)
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "plain.xlsx"
        export_xlsx(roadmap, roadmap.projects, plain)
        locked = Path(tmp) / "locked.xlsx"
        buf = io.BytesIO()
        with plain.open("rb") as f:
            OOXMLFile(f).encrypt(PASSWORD, buf)
        locked.write_bytes(buf.getvalue())
        zipped = Path(tmp) / "aes.zip"
        with pyzipper.AESZipFile(zipped, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as z:
            z.setpassword(PASSWORD.encode())
            z.write(plain, "reply.xlsx")

        def prompt(name: str, wrong: bool) -> str | None:
            return None if wrong else PASSWORD

        size = plain.stat().st_size / 1024
        print(f"{n} sheets, workbook {size:.0f} KiB")
        base, base_med = _times(lambda: read_attachment(plain, roadmap.edition))
        print(f"plain .xlsx:         best {base:.2f} s, median {base_med:.2f} s")
        enc, enc_med = _times(lambda: read_attachment(locked, roadmap.edition, prompt))
        print(f"password-protected:  best {enc:.2f} s, median {enc_med:.2f} s  (+{enc - base:.2f} s decrypting)")
        aes, aes_med = _times(lambda: read_attachment(zipped, roadmap.edition, prompt))
        print(f"in an AES zip:       best {aes:.2f} s, median {aes_med:.2f} s  (+{aes - base:.2f} s unzipping)")
        raw, clear = locked.read_bytes(), plain.read_bytes()
        dec, _ = _times(lambda: _decrypt_ooxml(raw, PASSWORD, "locked.xlsx"))
        enc_only, _ = _times(lambda: encrypt_workbook(clear, PASSWORD))
        print(f"alone: decrypting {dec:.2f} s, encrypting {enc_only:.2f} s (the import and export run the same code)")
        out = Path(tmp) / "out.xlsx"
        exp, _ = _times(lambda: export_xlsx(roadmap, roadmap.projects, out), runs=3)
        lock, _ = _times(lambda: export_xlsx(roadmap, roadmap.projects, out, password=PASSWORD), runs=3)
        print(f"export plain {exp:.2f} s, with a password {lock:.2f} s  (+{lock - exp:.2f} s encrypting)")


if __name__ == "__main__":
    main()
