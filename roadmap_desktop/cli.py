"""The ``roadmap`` command line: batch work and scripting over roadmap files.

Errors go to stderr in plain Japanese with exit status 1; nothing is changed on error.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from .cli_text import japanese_argparse
from .core.dump import dumps
from .core.errors import RoadmapError
from .core.fiscal import Month, format_budget, parse_month
from .core.i18n import translate
from .core.model import Project, Roadmap
from .core.os_errors import os_error_text
from .core.sample import load_sample
from .core.values import printable
from .paths import sample_path
from .storage import RoadmapFile


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def format_table(rows: list[list[str]], right: frozenset[int] = frozenset()) -> str:
    """A plain-text table whose columns line up in a Japanese terminal."""
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for r in rows:
        cells = [
            (" " * (w - _width(c)) + c) if i in right else _pad(c, w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def _open_read(path: str) -> Roadmap:
    with RoadmapFile.open(path, readonly=True) as f:
        return f.load()


def cmd_new(args: argparse.Namespace) -> int:
    roadmap = load_sample(sample_path()) if args.sample else Roadmap()
    RoadmapFile.create(args.file, roadmap).close()
    print(translate("cli", "作成しました: {file}（{n} 事業）").format(file=args.file, n=len(roadmap.projects)))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    roadmap = _open_read(args.file)
    header = [
        translate("cli", "No."),
        translate("cli", "事業名"),
        translate("cli", "担当部局"),
        translate("cli", "期間"),
        translate("cli", "事業費（千円）"),
    ]
    rows = [header]
    for no, p in zip(roadmap.sheet_numbers(), roadmap.projects, strict=True):
        rows.append(
            [str(no), p.name.replace("\n", ""), "・".join(p.departments), p.period_text(), format_budget(p.budget)]
        )
    rows.append(
        [
            "",
            translate("cli", "合計（{n} 事業）").format(n=len(roadmap.projects)),
            "",
            "",
            format_budget(roadmap.total_budget()),
        ]
    )
    print(format_table(rows, right=frozenset({0, 4})))
    return 0


def cmd_dump(args: argparse.Namespace) -> int:
    # JSON escapes for what the terminal must not receive raw: the same JSON value, unlike printable()'s symbols.
    text = re.sub(
        "[\x7f-\x9f\u202a-\u202e\u2066-\u2069]", lambda m: f"\\u{ord(m.group()):04x}", dumps(_open_read(args.file))
    )
    sys.stdout.write(text)
    return 0


def _select(roadmap: Roadmap, numbers: Sequence[int] | None) -> list[Project]:
    if not numbers:
        return list(roadmap.projects)
    by_no = dict(zip(roadmap.sheet_numbers(), roadmap.projects, strict=True))
    missing = [n for n in numbers if n not in by_no]
    if missing:
        raise RoadmapError(translate("cli", "No.{nos} の事業はありません。").format(nos=", ".join(map(str, missing))))
    return [by_no[n] for n in numbers]


def _reference(text: str) -> Month:
    """A 基準月 written YYYY-MM (or as the edition dialog accepts it)."""
    try:
        return parse_month(text)
    except (RoadmapError, ValueError):
        raise RoadmapError(
            translate("cli", "基準月「{text}」は 2025-03 の形で指定してください。").format(text=text)
        ) from None


def cmd_export(args: argparse.Namespace) -> int:
    if not (args.pdf or args.xlsx or args.per_department):
        raise RoadmapError(translate("cli", "--pdf、--xlsx、--per-department のどれかで出力先を指定してください。"))
    if args.book and not args.pdf:
        raise RoadmapError(translate("cli", "--book は --pdf と一緒に指定してください。"))
    if args.password is not None and not (args.xlsx or args.per_department):
        raise RoadmapError(
            translate("cli", "--password は Excel の書き出し（--xlsx、--per-department）に付けてください。")
        )
    if args.password is not None and args.pdf:
        print(
            translate("cli", "注意: パスワードは Excel のブックにだけ付けます（PDF には付けません）。"), file=sys.stderr
        )
    if args.progress:
        from .layout.book import progress_reference

        if not (args.book or args.xlsx):
            raise RoadmapError(translate("cli", "--progress は --book か --xlsx と一緒に指定してください。"))
        progress_reference(_open_read(args.file).edition)  # refused without the file's 基準月
    if args.reference_month:  # a published page comes from the file alone: its 基準月 is the edition's
        raise RoadmapError(
            translate(
                "cli", "基準月はファイルの版の設定で決めます: roadmap edition {file} --reference-month {month}"
            ).format(file=args.file, month=args.reference_month)
        )
    from .operations.rounds import export_workbook, open_for_round

    # writable when possible: an export (a workbook, and our PDF too) records its base there, so what
    # comes back imports three-way
    with open_for_round(args.file) as session:
        if session.readonly:
            print(
                translate(
                    "cli",
                    "注意: ロードマップに書き込めないため、書き出した内容を記録しません（返信は2者比較になります）。",
                ),
                file=sys.stderr,
            )
        roadmap = session.roadmap
        projects = _select(roadmap, args.project)
        if args.pdf:
            _export_pdf(args, roadmap, projects, None if session.readonly else session.file)
        if args.xlsx:
            export_workbook(
                session,
                projects,
                Path(args.xlsx),
                Path(args.xlsx).stem,
                password=args.password,
                progress_report=args.progress,
            )
            print(
                translate("cli", "Excel ファイルを書き出しました: {out}（{n} 事業）").format(
                    out=args.xlsx, n=len(projects)
                )
            )
        if args.per_department:
            written = session.export_departments(Path(args.per_department), projects, password=args.password).written
            for path in written:
                print(translate("cli", "Excel ファイルを書き出しました: {out}").format(out=path))
            print(translate("cli", "担当部局ごとに {n} 個のブックを書き出しました。").format(n=len(written)))
    return 0


def _export_pdf(
    args: argparse.Namespace, roadmap: Roadmap, projects: list[Project], file: RoadmapFile | None = None
) -> None:
    from .layout.palette import COLOUR, PRINT

    palette = COLOUR if args.colour else PRINT
    if args.book:
        from .export.book import export_book

        chosen = export_book(
            roadmap, projects, Path(args.pdf), palette=palette, progress_report=args.progress, file=file
        )
        for problem in chosen:
            print(translate("cli", "注意: {msg}").format(msg=problem), file=sys.stderr)
        print(translate("cli", "冊子の PDF を書き出しました: {out}（{n} 事業）").format(out=args.pdf, n=len(projects)))
        return
    from .export.pdf import export_pdf

    for problem in export_pdf(roadmap, projects, Path(args.pdf), palette=palette, file=file):
        print(translate("cli", "注意: {msg}").format(msg=problem), file=sys.stderr)
    print(translate("cli", "PDF を書き出しました: {out}（{n} 事業）").format(out=args.pdf, n=len(projects)))


def cmd_check(args: argparse.Namespace) -> int:
    """紙面チェック: per sheet, where the printed page falls short; exit 1 if anything would print below the minimum."""
    from .layout.preflight import Severity, check_pages, check_roadmap, describe, project_names

    roadmap = _open_read(args.file)
    projects = _select(roadmap, args.project)
    findings = check_roadmap(roadmap, projects)
    if args.book:
        from .layout.book import layout_book
        from .layout.pages import ShapePage

        book = layout_book(roadmap, projects)  # the publication, as it would print
        findings += check_pages([page for page in book.pages if isinstance(page, ShapePage)])
    names = project_names(roadmap)
    for finding in findings:
        print(describe(finding, names))
    bad = sum(1 for f in findings if f.severity is Severity.BELOW_MIN)
    print(
        translate("cli", "紙面チェック: {n}事業、指摘{k}件（最小の文字サイズ未満{bad}件）").format(
            n=len(projects), k=len(findings), bad=bad
        )
    )
    return 1 if bad else 0


def cmd_edition(args: argparse.Namespace) -> int:
    """Show the edition's settings; with options, change them (one transaction)."""
    from .core.fiscal import format_fiscal_year, japanese_date, parse_date

    changes = (args.reference_month, args.issuer, args.issued)
    with RoadmapFile.open(args.file, readonly=all(c is None for c in changes)) as f:
        edition = f.load().edition
        if args.reference_month is not None:
            edition.reference_month = _reference(args.reference_month) if args.reference_month.strip() else None
        if args.issuer is not None:
            edition.issuer = " ".join(args.issuer.split())
        if args.issued is not None:
            edition.issued = parse_date(args.issued) if args.issued.strip() else None
        if any(c is not None for c in changes):
            f.save_edition(edition)
    unset = translate("cli", "（未設定）")
    issued = edition.issued
    rows = [
        [translate("cli", "題名"), edition.title],
        [translate("cli", "年度"), format_fiscal_year(edition.fiscal_year, "long")],
        [translate("cli", "基準月"), edition.reference_month.japanese() if edition.reference_month else unset],
        [translate("cli", "発行"), edition.issuer or unset],
        [translate("cli", "発行日"), japanese_date(issued.year, issued.month, issued.day) if issued else unset],
    ]
    print(format_table(rows))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from .importing.attachments import PasswordNeeded, terminal_prompt
    from .importing.round_plan import allow_deletions
    from .operations.session import Session

    if args.project and not args.take:
        raise RoadmapError(translate("cli", "--project は --take と一緒に指定してください。"))
    # read-only unless applying; every format is checked before anything is read
    with Session.open(args.file, readonly=not args.apply) as session:
        try:
            plan = session.plan_import([Path(s) for s in args.sources], password=terminal_prompt(args.password))
        except PasswordNeeded as e:
            raise RoadmapError(f"{e}\n" + translate("cli", "--password でパスワードを指定してください。")) from None
        assert plan is not None  # without a cancel and with errors raised, every file was read
        if args.allow_deletions:  # a file without a base deletes or empties nothing unless asked
            allow_deletions(plan.plans)
        taken = plan.take(args.take, args.project) if args.take else 0
        print(plan.describe(show_unchanged=args.all))
        if plan.conflicts:
            if not args.take:
                print(
                    translate(
                        "cli",
                        "競合{n}件は、ロードマップの現在の値のままにします（返信の値を採るには --take reply、事業を絞るには --project NO）。",
                    ).format(n=plan.conflicts)
                )
            elif args.take == "reply":
                print(translate("cli", "競合{n}件は、返信の値を採ります（--take reply）。").format(n=taken))
            else:
                print(
                    translate("cli", "競合{n}件は、ロードマップの現在の値のままにします（--take roadmap）。").format(
                        n=taken
                    )
                )
        if args.apply and not plan.has_accepted():
            print(translate("cli", "取り込める変更がないため、何も書き込みませんでした。"))
        elif args.apply:
            done = session.apply_import(plan)
            print(translate("cli", "取り込みました（変更前のバックアップ: {backup}）").format(backup=done.backup))
        else:
            print(translate("cli", "（確認のみ。取り込むには --apply を付けてください）"))
    return 0


def cmd_rollover(args: argparse.Namespace) -> int:
    from .operations.session import Session

    with Session.open(args.file, readonly=True) as session:  # the old file is only read
        result = session.rollover(keep_ended=args.keep_ended).write(Path(args.new))
    print(result.describe())
    print(translate("cli", "作成しました: {file}（{n} 事業）").format(file=args.new, n=len(result.roadmap.projects)))
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from .core.diff import compare
    from .core.diff_text import format_diff

    diff = compare(_open_read(args.a), _open_read(args.b), Path(args.a).name, Path(args.b).name)
    print(format_diff(diff))
    if args.xlsx:
        from .export.diff_xlsx import export_diff_xlsx

        export_diff_xlsx(diff, Path(args.xlsx))
        print(translate("cli", "Excel ファイルを書き出しました: {out}").format(out=args.xlsx))
    if args.pdf:
        from .export.diff_pdf import export_diff_pdf

        export_diff_pdf(diff, Path(args.pdf))
        print(translate("cli", "PDF を書き出しました: {out}").format(out=args.pdf))
    return 0


def cmd_rounds(args: argparse.Namespace) -> int:
    from .storage.rounds import list_exports

    with RoadmapFile.open(args.file, readonly=True) as f:
        records = list_exports(f)
    if not records:
        print(translate("cli", "書き出したブックの記録はありません。"))
        return 0
    state = {
        "out": translate("cli", "回収待ち"),
        "back": translate("cli", "返信あり"),
        "applied": translate("cli", "取り込み済み"),
    }
    rows = [[translate("cli", "宛先"), translate("cli", "ファイル"), translate("cli", "事業数"), translate("cli", "書き出し"),
             translate("cli", "状態"), translate("cli", "返信"), translate("cli", "取り込み")]]  # fmt: skip
    for r in records:
        rows.append([r.label, r.file_name, str(r.project_count), r.created.replace("T", " "), state[r.state],
                     (r.returned or "").replace("T", " "), (r.applied or "").replace("T", " ")])  # fmt: skip
    print(format_table(rows, right=frozenset({2})))
    return 0


def _sheet_number() -> Callable[[str], int]:
    """int() named for argparse's message on a bad value (「'x' は シート番号 の値として読めません」)."""

    def number(text: str) -> int:
        return int(text)

    number.__name__ = translate("cli", "シート番号")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="roadmap", description=translate("cli", "DX関連事業ロードマップのファイルを扱います。")
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", title=translate("cli", "コマンド"))
    sheet_no = _sheet_number()

    p = sub.add_parser("new", help=translate("cli", "新しいロードマップのファイルを作る"))
    p.add_argument("file", metavar="FILE", help=translate("cli", "ロードマップのファイル（.roadmap）"))
    p.add_argument("--sample", action="store_true", help=translate("cli", "見本の20事業を入れる"))
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("list", help=translate("cli", "事業の一覧を表示する"))
    p.add_argument("file", metavar="FILE", help=translate("cli", "ロードマップのファイル（.roadmap）"))
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("dump", help=translate("cli", "ロードマップ全体を正規化したJSONで出力する"))
    p.add_argument("file", metavar="FILE", help=translate("cli", "ロードマップのファイル（.roadmap）"))
    p.set_defaults(func=cmd_dump)

    p = sub.add_parser("export", help=translate("cli", "PDF または Excel に書き出す"))
    p.add_argument("file", metavar="FILE", help=translate("cli", "ロードマップのファイル（.roadmap）"))
    p.add_argument("--pdf", metavar="OUT.pdf", help=translate("cli", "PDF に書き出す"))
    p.add_argument("--xlsx", metavar="OUT.xlsx", help=translate("cli", "Excel のブックに書き出す"))
    p.add_argument(
        "--project", type=sheet_no, nargs="+", metavar="NO", help=translate("cli", "書き出す事業のシート番号")
    )
    p.add_argument("--book", action="store_true",
                   help=translate("cli", "PDF を冊子にする（表紙・目次・一覧・全体工程表・シート、ページ番号としおり付き）"))  # fmt: skip
    p.add_argument("--reference-month", metavar="YYYY-MM", help=argparse.SUPPRESS)  # now 版の設定: says so
    p.add_argument(
        "--progress",
        action="store_true",
        help=translate(
            "cli", "進捗報告にする: 一覧と全体工程表に状況（遅れ・超過など）を付ける（ファイルの基準月で判定）"
        ),
    )
    p.add_argument(
        "--colour",
        action="store_true",
        help=translate("cli", "PDF を画面と同じ色で書き出す（既定は白黒印刷でも見分けられる灰色）"),
    )
    p.add_argument(
        "--per-department",
        metavar="DIR",
        help=translate("cli", "担当部局ごとに1冊ずつ、部局名のブックをフォルダーに書き出す"),
    )
    p.add_argument("--password", metavar="PW",
                   help=translate("cli", "Excel のブックにパスワードを付ける（Excel の「パスワードを付けて保存」と同じ）"))  # fmt: skip
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("edition", help=translate("cli", "版の設定（基準月・発行）を表示する、または変える"))
    p.add_argument("file", metavar="FILE", help=translate("cli", "ロードマップのファイル（.roadmap）"))
    p.add_argument("--reference-month", metavar="YYYY-MM", help=translate("cli", "実績の基準月（空文字で解除）"))
    p.add_argument("--issuer", metavar="TEXT", help=translate("cli", "表紙に印刷する発行者"))
    p.add_argument("--issued", metavar="YYYY-MM-DD", help=translate("cli", "表紙に印刷する発行日（空文字で解除）"))
    p.set_defaults(func=cmd_edition)

    p = sub.add_parser("import", help=translate("cli", "Excel または PDF から取り込む（既定は確認のみ。複数可）"))
    p.add_argument("file", metavar="FILE", help=translate("cli", "ロードマップのファイル（.roadmap）"))
    p.add_argument(
        "sources", metavar="IN", nargs="+", help=translate("cli", "取り込む Excel（.xlsx）または PDF のファイル")
    )
    p.add_argument("--apply", action="store_true", help=translate("cli", "確認した内容を取り込む"))
    p.add_argument("--all", action="store_true", help=translate("cli", "変更のない事業も表示する"))
    p.add_argument("--password", metavar="PW",
                   help=translate("cli", "パスワード付きのブック・ZIP のパスワード（省略すると端末で尋ねる）"))  # fmt: skip
    p.add_argument(
        "--take",
        choices=["reply", "roadmap"],
        help=translate("cli", "競合した項目で採る側: reply（返信の値）か roadmap（現在の値、既定）"),
    )
    p.add_argument(
        "--project", type=sheet_no, nargs="+", metavar="NO", help=translate("cli", "--take を適用する事業のシート番号")
    )
    p.add_argument(
        "--allow-deletions",
        action="store_true",
        help=translate("cli", "書き出し記録のないファイルからも、削除や空欄にする変更を取り込む"),
    )
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("rollover", help=translate("cli", "次の年度の版（新年度版）を別のファイルに作る"))
    p.add_argument("file", metavar="OLD", help=translate("cli", "今の版のファイル"))
    p.add_argument("new", metavar="NEW", help=translate("cli", "作る新年度版のファイル（既にあれば作らない）"))
    p.add_argument("--keep-ended", action="store_true", help=translate("cli", "事業終期を過ぎた事業も引き継ぐ"))
    p.set_defaults(func=cmd_rollover)

    p = sub.add_parser("diff", help=translate("cli", "二つのロードマップ（版）の違いを表示する"))
    p.add_argument("a", metavar="A", help=translate("cli", "比べる元のファイル（前の版）"))
    p.add_argument("b", metavar="B", help=translate("cli", "比べる先のファイル（新しい版）"))
    p.add_argument("--xlsx", metavar="OUT.xlsx", help=translate("cli", "違いを Excel に書き出す"))
    p.add_argument("--pdf", metavar="OUT.pdf", help=translate("cli", "違いを PDF に書き出す"))
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("check", help=translate("cli", "紙面チェック: 印刷する前に紙面の足りないところを一覧にする"))
    p.add_argument("file", metavar="FILE", help=translate("cli", "ロードマップのファイル（.roadmap）"))
    p.add_argument("--book", action="store_true", help=translate("cli", "冊子の表紙・目次・一覧・全体工程表も調べる"))
    p.add_argument("--project", nargs="*", metavar="NO", help=translate("cli", "調べる事業のシート番号"))
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("rounds", help=translate("cli", "回収状況（書き出したブックの返信と取り込み）を表示する"))
    p.add_argument("file", metavar="FILE", help=translate("cli", "ロードマップのファイル（.roadmap）"))
    p.set_defaults(func=cmd_rounds)
    return parser


class _PrintableStream:
    """stdout/stderr showing control characters read from files as visible symbols (core.values.printable),
    so a 事業名 holding ESC cannot retitle or clear the user's terminal."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(printable(text))

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def _run(args: argparse.Namespace) -> int:
    """Run a command; every failure a user can meet ends as one Japanese line on stderr."""
    try:
        code = int(args.func(args))
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except BrokenPipeError:  # `roadmap list | head`: the reader has gone; stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except RoadmapError as e:
        print(translate("cli", "エラー: {msg}").format(msg=e), file=sys.stderr)
        return 1
    except OSError as e:
        print(translate("cli", "エラー: {msg}").format(msg=os_error_text(e)), file=sys.stderr)
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    with japanese_argparse():
        args = build_parser().parse_args(argv)
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _PrintableStream(out), _PrintableStream(err)
    try:
        return _run(args)
    finally:
        sys.stdout, sys.stderr = out, err


if __name__ == "__main__":
    sys.exit(main())
