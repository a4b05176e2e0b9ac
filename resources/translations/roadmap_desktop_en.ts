<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="87"/>
        <source>DiffView</source>
        <comment>ロードマップの比較</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="87"/>
        <source>DiffView</source>
        <comment>変更箇所: </comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="88"/>
        <source>DiffView</source>
        <comment>削除した文字</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="88"/>
        <source>DiffView</source>
        <comment>追加した文字</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="89"/>
        <source>DiffView</source>
        <comment>事業費（千円）: 分野別</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="89"/>
        <source>DiffView</source>
        <comment>事業費（千円）: 部局別</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionStatusDialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="193"/>
        <source>回収状況</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="196"/>
        <source>回収待ち</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="197"/>
        <source>返信あり（未取り込み）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="198"/>
        <source>取り込み済み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="202"/>
        <source>書き出し {n} 冊: 回収待ち {out}、返信あり {back}、取り込み済み {applied}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="206"/>
        <source>まだ書き出したブックはありません（「部局別に書き出し」から始めます）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="210"/>
        <source>宛先</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="210"/>
        <source>ファイル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="210"/>
        <source>事業数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="210"/>
        <source>書き出し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="210"/>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="211"/>
        <source>返信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="211"/>
        <source>取り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="229"/>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/crash.py" line="73"/>
        <source>Roadmap Desktop — 予期しないエラー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/crash.py" line="76"/>
        <source>予期しないエラーが発生しました。
編集した内容はその都度ファイルに保存されているため、これまでに保存された内容は失われていません。
お手数ですが、下の報告を「コピー」して、システム担当者に送ってください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/crash.py" line="81"/>
        <source>記録ファイル: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/crash.py" line="90"/>
        <source>コピー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/crash.py" line="93"/>
        <location filename="../../roadmap_desktop/ui/crash.py" line="107"/>
        <source>コピーしました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/crash.py" line="97"/>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="124"/>
        <source>部局別に書き出し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="127"/>
        <source>{dept}（{n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="133"/>
        <source>書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="139"/>
        <source>担当部局ごとに1冊のブックを、部局名を付けて書き出します。返信を取り込むと、書き出した時からの変更だけを取り込みます。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="77"/>
        <source>工程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="104"/>
        <source>新規の事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="105"/>
        <source>終了・削除の事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="106"/>
        <source>変更のあった事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="122"/>
        <source>版を比較</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="134"/>
        <source>A と B を入れ替え</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="136"/>
        <source>Excel に書き出す…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="138"/>
        <source>PDF に書き出す…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="140"/>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="164"/>
        <source>計画の終了が遅れた取組があります</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="178"/>
        <source>Excel ブック (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="178"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="180"/>
        <source>比較結果の書き出し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="197"/>
        <source>書き出せません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="219"/>
        <source>比較するロードマップ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="221"/>
        <source>ロードマップ (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="229"/>
        <source>開いているファイルそのものです。比較する別のファイルを選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="236"/>
        <source>比較できません</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditionDialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/edition_dialog.py" line="67"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/edition_dialog.py" line="68"/>
        <source>キャンセル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/edition_dialog.py" line="73"/>
        <source>新年度版を作成…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/edition_dialog.py" line="76"/>
        <source>この画面を閉じて、次の年度の版を新しいファイルに作ります（ファイル →「新年度版を作成…」と同じ）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edition_dialog.ui" line="14"/>
        <source>版の設定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edition_dialog.ui" line="22"/>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edition_dialog.ui" line="32"/>
        <source>R6、令和6年度、2024 などの形で入力できます。タイムラインはこの年度から5年間です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edition_dialog.ui" line="39"/>
        <source>題名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edition_dialog.ui" line="49"/>
        <source>空欄なら年度から自動（例: 令和６年度DX関連事業ロードマップ）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edition_dialog.ui" line="56"/>
        <source>最初のシート番号</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="66"/>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="183"/>
        <source>書き出し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="69"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="70"/>
        <source>Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="80"/>
        <source>冊子にする（表紙・目次・一覧・全体工程表を付ける）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="81"/>
        <source>表紙、目次、一覧、全体工程表のあとに各事業のシートが続く1つのPDFにします</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="82"/>
        <source>事業ごとに別のファイルにする</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="83"/>
        <source>カラーにする（画面と同じ色）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="85"/>
        <source>選ばなければ、白黒のプリンターでも計画と実績が見分けられる灰色で書き出します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="93"/>
        <source>全体工程表の状況と赤い印をこの月の時点で判定します（冊子のPDFとExcelの全体工程表）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="102"/>
        <source>対象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="103"/>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="107"/>
        <source>基準月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="109"/>
        <source>キャンセル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="110"/>
        <source>書き出す…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="157"/>
        <source>書き出すフォルダー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="161"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="161"/>
        <source>Excel ブック (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="164"/>
        <source>書き出し先</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="182"/>
        <source>書き出しています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="182"/>
        <source>中止</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="73"/>
        <source>ヘルプ — Roadmap Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="78"/>
        <source>使い方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="80"/>
        <source>キー操作の一覧</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="81"/>
        <source>バージョン情報とライセンス</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="83"/>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="94"/>
        <source>画面全体（どこにフォーカスがあっても使えます）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="95"/>
        <source>タイムライン（タイムラインをクリックしてから）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="99"/>
        <source>キー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="99"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="132"/>
        <source>Roadmap Desktop バージョン {version}&lt;br&gt;Python {python}・Qt {qt}・PySide6 {pyside}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="139"/>
        <source>使用しているソフトウェア: Qt・PySide6（LGPL v3）、openpyxl（MIT）、ReportLab（BSD）、pdfplumber（MIT）、platformdirs（MIT）、defusedxml（PSF）。フォント: IPAexゴシック（IPAフォントライセンスv1.0、全文は下のとおり）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="148"/>
        <source>ログのフォルダー: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="152"/>
        <source>ログのフォルダーを開く</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="87"/>
        <source>取り込む内容の確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="92"/>
        <source>新規{new}件、変更{changed}件、変更なし{unchanged}件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="96"/>
        <source>競合{n}件（どちらを採るか選べます。選ばなければ現在の内容のままです）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="100"/>
        <source>{n} 個のファイル: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="101"/>
        <source>取り込む事業にチェックを付けてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="111"/>
        <source>事業・項目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="111"/>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="337"/>
        <source>変更前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="111"/>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="338"/>
        <source>変更後</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="137"/>
        <source>行を選ぶと、変更前と変更後の全文をここに表示します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="145"/>
        <source>読み込めなかった部分:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="148"/>
        <source>変更のない事業も表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="150"/>
        <source>すべて選択</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="151"/>
        <source>すべて解除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="156"/>
        <source>チェックした事業を取り込む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="157"/>
        <source>取り込まない</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="187"/>
        <source>ファイル「{name}」（{n} 事業に変更）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="227"/>
        <source>新規</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="228"/>
        <source>変更 {n} 項目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="229"/>
        <source>変更なし</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="232"/>
        <source>・競合 {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="233"/>
        <source>（事業名なし）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="239"/>
        <source>事業名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="240"/>
        <source>期間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="241"/>
        <source>事業費（千円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="242"/>
        <source>取組</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="242"/>
        <source>{n}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="263"/>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="353"/>
        <source>［競合］{label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="269"/>
        <source>書き出し時: {base}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="272"/>
        <source>そのまま: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="272"/>
        <source>採る: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="330"/>
        <source>変更箇所（赤の取り消し線: 削除、緑の下線: 追加）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="345"/>
        <source>書き出し時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="355"/>
        <source>同じ項目が両方で違う内容に変えられています。どれを採るか「変更後」の欄で選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="248"/>
        <source>（空）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="256"/>
        <source>注意: {w}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="182"/>
        <source>新規作成…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="183"/>
        <source>開く…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="184"/>
        <source>名前を付けて保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="185"/>
        <source>保存（自動で保存済み）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="186"/>
        <source>取り込み…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="187"/>
        <source>Excel・PDFから取り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="188"/>
        <source>書き出し…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="189"/>
        <source>PDF・Excelに書き出し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="190"/>
        <source>印刷…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="191"/>
        <source>印刷プレビュー…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="192"/>
        <source>終了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="194"/>
        <location filename="../../roadmap_desktop/ui/actions.py" line="246"/>
        <location filename="../../roadmap_desktop/ui/actions.py" line="276"/>
        <source>元に戻す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="195"/>
        <location filename="../../roadmap_desktop/ui/actions.py" line="251"/>
        <location filename="../../roadmap_desktop/ui/actions.py" line="276"/>
        <source>やり直し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="201"/>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="393"/>
        <source>事業を追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="202"/>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="407"/>
        <source>事業を複製</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="203"/>
        <source>事業を削除…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="206"/>
        <source>取組を追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="207"/>
        <source>現在の事業に取組を追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="208"/>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="460"/>
        <source>事業を上へ移動</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="209"/>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="460"/>
        <source>事業を下へ移動</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="210"/>
        <source>事業を検索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="211"/>
        <source>基準月を設定…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="212"/>
        <source>全体工程表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="214"/>
        <source>版の設定（年度・題名・最初のシート番号）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="216"/>
        <source>複数ファイルの取り込み…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="217"/>
        <source>部局別に書き出し…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="218"/>
        <source>回収状況…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="219"/>
        <source>新年度版を作成…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="220"/>
        <source>版を比較…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="222"/>
        <source>タイムラインを拡大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="225"/>
        <source>タイムラインを縮小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="228"/>
        <source>タイムラインを全体表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="231"/>
        <source>使い方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="233"/>
        <source>キー操作の一覧</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="234"/>
        <source>ログのフォルダーを開く</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="235"/>
        <source>バージョン情報とライセンス</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="257"/>
        <source>ツールバー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="274"/>
        <source>新規</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="274"/>
        <source>開く</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="275"/>
        <source>事業追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="275"/>
        <source>取組追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="277"/>
        <source>書き出し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="278"/>
        <source>印刷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="278"/>
        <source>拡大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="279"/>
        <source>縮小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="279"/>
        <source>全体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="301"/>
        <source>読み取り専用で開いているため、このファイルには保存しません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="303"/>
        <source>変更はその都度ファイルに保存されています。保存の操作は要りません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="346"/>
        <source>ログのフォルダーを開けませんでした: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="244"/>
        <source>元に戻す: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="249"/>
        <source>やり直し: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="149"/>
        <source>ファイル(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="151"/>
        <source>最近使ったファイル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="166"/>
        <source>編集(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="181"/>
        <source>表示(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="229"/>
        <source> [読み取り専用]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="48"/>
        <source>使用中のファイル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="50"/>
        <source>書き込めないファイル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="58"/>
        <source>読み取り専用で開きますか？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="66"/>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="72"/>
        <source>開けません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="101"/>
        <source>ファイル「{name}」が見つかりません。一覧から外します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="99"/>
        <source>状況とタイムラインの赤い印を判定する月です（表示 →「基準月を設定」で変更）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="188"/>
        <source>ツールバーを表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="193"/>
        <source>ヘルプ(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="246"/>
        <source>一覧を列で並べ替えている間は使えません（見出しの右クリック →「シート番号の順に戻す」）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="247"/>
        <source>選択した事業を1つ上へ移動します（シート番号の順）  Alt+↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="249"/>
        <source>選択した事業を1つ下へ移動します（シート番号の順）  Alt+↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="90"/>
        <source>まだ編集できません: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="96"/>
        <source>編集できる状態で開き直しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="500"/>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="130"/>
        <source>基準月: {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="144"/>
        <source>ロードマップ (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="157"/>
        <source>ロードマップを開く</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="166"/>
        <source>開いているファイルと同じ名前です。別の名前を指定してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="173"/>
        <source>「{name}」は他の人が使用中のため上書きできません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="193"/>
        <source>新しいロードマップ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="218"/>
        <source>名前を付けて保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="325"/>
        <source>保存できませんでした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="334"/>
        <source>元に戻して保存しました: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="336"/>
        <source>保存しました: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="349"/>
        <source>読み取り専用で開いているため変更できません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="392"/>
        <source>新しい事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="405"/>
        <source>{name}（複製）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="417"/>
        <source>事業「{name}」を削除しますか？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="419"/>
        <source>選択した{n}件の事業を削除しますか？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="431"/>
        <source>{n}件の事業を削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="422"/>
        <source>事業の削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="423"/>
        <source>（「元に戻す」で取り消せます）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="431"/>
        <source>事業を削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="447"/>
        <source>事業の順番を変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="482"/>
        <source>版の設定を変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_transfers.py" line="27"/>
        <source>取り込むファイル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_transfers.py" line="28"/>
        <source>Excel・PDF (*.xlsx *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_transfers.py" line="78"/>
        <source>バックアップを作れないため取り込みを中止しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_transfers.py" line="81"/>
        <source>取り込み（{name}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="277"/>
        <location filename="../../roadmap_desktop/ui/window_transfers.py" line="83"/>
        <source>取り込み</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewCanvas</name>
    <message>
        <location filename="../../roadmap_desktop/ui/overview_view.py" line="86"/>
        <source>No.{no} {name}
状況: {status}（ダブルクリックで開く）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/overview_view.py" line="87"/>
        <source>取組なし</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../roadmap_desktop/ui/overview_view.py" line="108"/>
        <source>分野</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/overview_view.py" line="109"/>
        <source>部局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/overview_view.py" line="110"/>
        <source>状況</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/overview_view.py" line="141"/>
        <source>（分野なし）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/overview_view.py" line="145"/>
        <source>{status}（{n}件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/overview_view.py" line="151"/>
        <source>すべて</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/overview_view.py" line="188"/>
        <source>{n} / {total} 事業（基準月 {month}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <location filename="../../roadmap_desktop/ui/overview_view.py" line="203"/>
        <source>全体工程表</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="57"/>
        <source>印刷と印刷プレビュー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="62"/>
        <source>冊子にする（表紙・目次・一覧・全体工程表を付ける）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="63"/>
        <source>カラーで印刷（画面と同じ色）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="64"/>
        <source>選ばなければ、白黒のプリンターでも計画と実績が見分けられる灰色で印刷します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="65"/>
        <source>すべてのページ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="66"/>
        <source>ページ指定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="79"/>
        <source>対象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="88"/>
        <source>〜</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="98"/>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="99"/>
        <source>印刷…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="160"/>
        <source>{n} ページ中 {k} ページ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="180"/>
        <source>印刷</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="100"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="100"/>
        <source>事業名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="100"/>
        <source>分野</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="100"/>
        <source>担当部局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="100"/>
        <source>担当課等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="101"/>
        <source>期間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="101"/>
        <source>事業費
（千円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="101"/>
        <source>状況</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="265"/>
        <source>基準月（{month}）までに終わる計画のうち、実績のない月がある取組があります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="267"/>
        <source>基準月（{month}）までの計画に実績が追いついています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="268"/>
        <source>実績がまだありません。基準月（{month}）までに終わる計画もありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="266"/>
        <source>計画の期間を超えて続いている実績があります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="269"/>
        <source>取組がありません。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectListPanel</name>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="481"/>
        <source>列の幅と表示を元に戻す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="482"/>
        <source>シート番号の順に戻す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="534"/>
        <source>すべての分野</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="534"/>
        <source>すべての担当部局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="534"/>
        <source>すべての担当課等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="553"/>
        <source>すべての状況</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="555"/>
        <source>{status}（{n}件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="602"/>
        <source>表示中 {shown}／{all}事業&#x3000;事業費合計 {total}千円</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="613"/>
        <source>事業がありません。「追加」で最初の事業を作成します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="615"/>
        <source>条件に合う事業はありません。検索語や絞り込みを見直してください。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectPanel</name>
    <message>
        <location filename="../../forms/project_panel.ui" line="29"/>
        <source>検索（事業名・本文・取組）  Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="41"/>
        <source>分野で絞り込む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="54"/>
        <source>担当部局で絞り込む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="67"/>
        <source>担当課等で絞り込む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="80"/>
        <source>状況（基準月の時点）で絞り込む。括弧内は件数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="126"/>
        <source>追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="133"/>
        <source>複製</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="140"/>
        <source>削除…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="160"/>
        <source>▲ 上へ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="163"/>
        <source>選択した事業を1つ上へ移動します（シート番号の順）  Alt+↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="173"/>
        <source>選択した事業を1つ下へ移動します（シート番号の順）  Alt+↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="170"/>
        <source>▼ 下へ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../roadmap_desktop/ui/readonly_banner.py" line="23"/>
        <source>編集できるように開き直す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/readonly_banner.py" line="24"/>
        <source>相手がファイルを閉じた後に押すと、編集できる状態で開き直します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/readonly_banner.py" line="39"/>
        <source>読み取り専用で開いています。{reason}見ることと印刷・書き出しはできますが、変更はできません。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/reference_dialog.py" line="27"/>
        <location filename="../../roadmap_desktop/ui/reference_dialog.py" line="43"/>
        <source>基準月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/reference_dialog.py" line="29"/>
        <source>今月を基準月にする（毎月自動で進みます）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/reference_dialog.py" line="31"/>
        <source>例: 令和7年3月、R7.3、2025年3月、2025-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/reference_dialog.py" line="32"/>
        <source>年度の欄と同じ書き方（令和・R・西暦、全角も可）に月を付けて入力します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/reference_dialog.py" line="36"/>
        <source>月を選びます（矢印キーで1か月ずつ動かせます）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/reference_dialog.py" line="44"/>
        <source>カレンダーから選ぶ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/reference_dialog.py" line="47"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/reference_dialog.py" line="48"/>
        <source>キャンセル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/reference_dialog.py" line="54"/>
        <source>状況（遅れ・超過など）とタイムラインの赤い印は、この月の時点で判定します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/reference_dialog.py" line="82"/>
        <source>{month}（{iso}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolloverDialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="52"/>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="142"/>
        <source>新年度版を作成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="59"/>
        <source>次の年度の版を新しいファイルに作成します。開いているファイル「{name}」は変更しません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="66"/>
        <source>参照…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="69"/>
        <source>作成するファイル:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="72"/>
        <source>事業終期を過ぎた事業も引き継ぐ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="81"/>
        <source>作成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="82"/>
        <source>キャンセル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="89"/>
        <source>作成される内容:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="109"/>
        <source>新年度版の保存先</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="111"/>
        <source>ロードマップ (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="128"/>
        <source>作成するファイルを指定してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="134"/>
        <source>開いているファイルと同じ名前です。別の名前を指定してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="137"/>
        <source>「{name}」は他の人が使用中のため上書きできません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="143"/>
        <source>「{name}」は既にあります。置き換えますか？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetForm</name>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="64"/>
        <source>シート番号は1以上の整数で入力してください（空欄なら自動で付番します）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="173"/>
        <source>自動（{no}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="173"/>
        <source>自動</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="273"/>
        <source>{label}を変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="370"/>
        <source>紙面 {p}%：{pt}ptでも収まりません（続きのページに回ります）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="375"/>
        <source>紙面 {p}%：{pt}pt（3列の大きさをそろえて縮小）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="378"/>
        <source>紙面 {p}%：{pt}ptに縮小。読みにくくなるため短くしてください</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="383"/>
        <source>紙面 {p}%：{pt}ptに縮小して印刷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="386"/>
        <source>紙面 {p}%：{pt}pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="389"/>
        <source>印刷したシートの枠に対して、この文章が{full}ptで必要とする高さの割合です。100%を超えると文字を小さくして収めます（{readable}pt未満は読みにくくなります）。「現状・課題」「取組」「デジタル活用によってどう変わるか」の3列は同じ大きさで印刷します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="23"/>
        <source>分野</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="36"/>
        <source>担当部局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="46"/>
        <location filename="../../forms/sheet_form.ui" line="63"/>
        <location filename="../../forms/sheet_form.ui" line="80"/>
        <source>複数あるときは「・」で区切ります</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="53"/>
        <source>担当課等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="70"/>
        <source>項目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="87"/>
        <source>シート番号（固定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="97"/>
        <source>空欄なら並び順で自動的にシート番号が付きます。数字を入れるとその番号に固定します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="104"/>
        <source>事業名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="117"/>
        <source>事業始期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="127"/>
        <source>R5、令和5年度、2023 などの形で入力できます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="130"/>
        <source>例: R5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="137"/>
        <source>事業終期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="147"/>
        <source>R10、令和10年度、2028 などの形で入力できます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="150"/>
        <source>例: R10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="157"/>
        <source>事業費（千円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="167"/>
        <source>千円単位。5,144 や ５１４４ のように入力できます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="177"/>
        <source>概要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="221"/>
        <source>現状・課題</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="244"/>
        <source>取組</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="267"/>
        <source>デジタル活用によってどう変わるか</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="27"/>
        <source>タイムラインの凡例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="37"/>
        <source>計画（目標）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="39"/>
        <source>遅れ（計画の期間を過ぎても実績がない月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="40"/>
        <source>遅れのある取組</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="41"/>
        <source>超過（計画を超えた実績）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="42"/>
        <source>基準月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="43"/>
        <source>基準月より後の実績</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_paint.py" line="235"/>
        <source>計画</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_paint.py" line="235"/>
        <source>目標</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_paint.py" line="586"/>
        <source>事業が選択されていません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_paint.py" line="588"/>
        <source>取組がありません。右クリックの「取組を追加」か Ctrl+Insert で追加できます。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="119"/>
        <source>全体表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="119"/>
        <source>5年間を幅いっぱいに表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="121"/>
        <source>縮小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="121"/>
        <source>月の幅を狭く</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="122"/>
        <source>拡大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="122"/>
        <source>月の幅を広く</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="81"/>
        <source>タイムライン（計画と実績）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="438"/>
        <source>Enter で確定、Esc で取り消し、Alt+Enter で改行（{mark}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="37"/>
        <source>（ラベルなし）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="39"/>
        <source>（以降も継続）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="42"/>
        <source>{name}・{row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="48"/>
        <source>計画を超えた期間: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="54"/>
        <source>基準月（{month}）より後の実績です</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="64"/>
        <source>⚠ 計画より遅れている月があります</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="67"/>
        <source>ダブルクリックで「計画」と「目標」を切り替えます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="72"/>
        <source>計画より遅れています（実績なし）: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="110"/>
        <source>バーを削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="133"/>
        <source>「{label}」にする</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="137"/>
        <source>取組を削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="118"/>
        <source>バーを追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="141"/>
        <source>取組を追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="93"/>
        <source>ラベルを編集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="97"/>
        <source>実績として記録（計画と同じ期間）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="103"/>
        <source>表示期間後も継続（矢印）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="126"/>
        <source>取組の名前を変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="127"/>
        <source>上へ移動</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="129"/>
        <source>下へ移動</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>book</name>
    <message>
        <location filename="../../roadmap_desktop/export/book.py" line="34"/>
        <source>表紙</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/book.py" line="35"/>
        <location filename="../../roadmap_desktop/layout/book.py" line="129"/>
        <source>目次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/book.py" line="36"/>
        <location filename="../../roadmap_desktop/layout/book.py" line="213"/>
        <location filename="../../roadmap_desktop/layout/book.py" line="296"/>
        <source>一覧</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/book.py" line="37"/>
        <location filename="../../roadmap_desktop/layout/book.py" line="296"/>
        <source>全体工程表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/book.py" line="68"/>
        <source>（分野なし）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/book.py" line="85"/>
        <source>版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/book.py" line="92"/>
        <source>{n} 事業&#x3000;{label} 合計 {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/book.py" line="95"/>
        <source>全体工程表の基準月&#x3000;{month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/book.py" line="96"/>
        <source>作成日&#x3000;{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/book.py" line="129"/>
        <location filename="../../roadmap_desktop/layout/book.py" line="213"/>
        <source>（続き）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/book.py" line="237"/>
        <source>合計（{n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/book.py" line="243"/>
        <source>{field}（{n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="55"/>
        <location filename="../../roadmap_desktop/cli.py" line="235"/>
        <source>作成しました: {file}（{n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="62"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="63"/>
        <source>事業名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="64"/>
        <source>担当部局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="65"/>
        <source>期間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="66"/>
        <source>事業費（千円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="76"/>
        <source>合計（{n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="97"/>
        <source>No.{nos} の事業はありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="171"/>
        <location filename="../../roadmap_desktop/cli.py" line="177"/>
        <source>注意: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="178"/>
        <source>PDF を書き出しました: {out}（{n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="150"/>
        <source>Excel ファイルを書き出しました: {out}（{n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="110"/>
        <source>基準月「{text}」は 2025-03 の形で指定してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="122"/>
        <source>注意: ロードマップに書き込めないため、書き出した内容を記録しません（返信は2者比較になります）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="132"/>
        <source>--pdf、--xlsx、--per-department のどれかで出力先を指定してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="134"/>
        <source>--book は --pdf と一緒に指定してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="157"/>
        <location filename="../../roadmap_desktop/cli.py" line="249"/>
        <source>Excel ファイルを書き出しました: {out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="158"/>
        <source>担当部局ごとに {n} 個のブックを書き出しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="172"/>
        <source>冊子の PDF を書き出しました: {out}（{n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="192"/>
        <source>「{name}」は読み込めない形式です（.xlsx か .pdf を指定してください）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="220"/>
        <source>取り込みました（変更前のバックアップ: {backup}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="222"/>
        <source>（確認のみ。取り込むには --apply を付けてください）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="231"/>
        <source>新年度版は元のファイルとは別の名前で作成してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="254"/>
        <source>PDF を書き出しました: {out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="264"/>
        <source>書き出したブックの記録はありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="267"/>
        <source>回収待ち</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="268"/>
        <source>返信あり</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="269"/>
        <source>取り込み済み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="271"/>
        <source>宛先</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="271"/>
        <source>ファイル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="271"/>
        <source>事業数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="271"/>
        <source>書き出し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="272"/>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="272"/>
        <source>返信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="272"/>
        <source>取り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="282"/>
        <source>DX関連事業ロードマップのファイルを扱います。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="286"/>
        <source>新しいロードマップのファイルを作る</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="288"/>
        <source>見本の20事業を入れる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="291"/>
        <source>事業の一覧を表示する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="295"/>
        <source>ロードマップ全体を正規化したJSONで出力する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="299"/>
        <source>PDF または Excel に書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="303"/>
        <source>書き出す事業のシート番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="305"/>
        <source>PDF を冊子にする（表紙・目次・一覧・全体工程表・シート、ページ番号としおり付き）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="307"/>
        <source>冊子と Excel の全体工程表の基準月（既定は今月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="312"/>
        <source>PDF を画面と同じ色で書き出す（既定は白黒印刷でも見分けられる灰色）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="317"/>
        <source>担当部局ごとに1冊ずつ、部局名のブックをフォルダーに書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="321"/>
        <source>Excel または PDF から取り込む（既定は確認のみ。複数可）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="324"/>
        <source>確認した内容を取り込む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="325"/>
        <source>変更のない事業も表示する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="328"/>
        <source>次の年度の版（新年度版）を別のファイルに作る</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="331"/>
        <source>事業終期を過ぎた事業も引き継ぐ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="334"/>
        <source>二つのロードマップ（版）の違いを表示する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="337"/>
        <source>違いを Excel に書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="338"/>
        <source>違いを PDF に書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="341"/>
        <source>回収状況（書き出したブックの返信と取り込み）を表示する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="352"/>
        <source>エラー: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="169"/>
        <source>新年度版を作成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="170"/>
        <source>「{name}」を作成しました。

新年度版を開きますか？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diff</name>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="46"/>
        <source>終了の遅れ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="47"/>
        <source>終了の前倒し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="48"/>
        <source>開始の遅れ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="49"/>
        <source>開始の前倒し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="50"/>
        <source>追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="51"/>
        <source>削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="52"/>
        <source>名称の変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="58"/>
        <source>新規</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="59"/>
        <source>終了・削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="60"/>
        <source>変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="118"/>
        <source> {n}か月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="294"/>
        <source>取組の名前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="300"/>
        <source>取組の追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="302"/>
        <source>取組の削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="304"/>
        <source>取組「{name}」の区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="309"/>
        <source>実績</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="371"/>
        <source>事業終期 {end} を過ぎたため</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="387"/>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="115"/>
        <source>合計</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="68"/>
        <source>増減</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="69"/>
        <source>未入力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="76"/>
        <source>（未設定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="87"/>
        <source>取組「{name}」 {row}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="94"/>
        <source>{year}事業費: {old} → {new}（{delta}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="105"/>
        <source>新規{new}件・終了・削除{ended}件・変更{changed}件・変更なし{same}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="113"/>
        <source>（うち計画の終了が遅れた事業{n}件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="123"/>
        <source>複数の部局が担当する事業は、各部局に全額を計上しています（部局別の計は合計と一致しません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="131"/>
        <source>比較: A {a} → B {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="137"/>
        <source>■ 事業費（千円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="141"/>
        <source>  合計: {a_label} {a} → {b_label} {b}（{delta}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="148"/>
        <source>&#x3000;未入力{n}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="150"/>
        <source>  分野別:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="152"/>
        <source>  部局別:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="158"/>
        <source>■ {status}の事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="162"/>
        <source>■ 変更のあった事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="167"/>
        <source>工程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="170"/>
        <source>違いはありません。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diff_pdf</name>
    <message>
        <location filename="../../roadmap_desktop/export/diff_pdf.py" line="60"/>
        <source>区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_pdf.py" line="86"/>
        <source>工程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_pdf.py" line="103"/>
        <location filename="../../roadmap_desktop/export/diff_pdf.py" line="135"/>
        <source>ロードマップの比較</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_pdf.py" line="108"/>
        <source>変更箇所: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_pdf.py" line="113"/>
        <source>事業費（千円）: 分野別</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_pdf.py" line="115"/>
        <source>事業費（千円）: 部局別</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_pdf.py" line="120"/>
        <source>新規の事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_pdf.py" line="121"/>
        <source>終了・削除の事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_pdf.py" line="122"/>
        <source>変更のあった事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_pdf.py" line="131"/>
        <source>違いはありません。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diff_xlsx</name>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="79"/>
        <source>概要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="80"/>
        <source>ロードマップの比較</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="85"/>
        <source>変更箇所の表示: 削除した文字は赤の取り消し線、追加した文字は青の太字・下線。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="91"/>
        <source>事業費</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="94"/>
        <source>分野別（千円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="95"/>
        <source>部局別（千円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="100"/>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="163"/>
        <source>区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="128"/>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="130"/>
        <source>事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="128"/>
        <source>新規</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="130"/>
        <source>B にありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="134"/>
        <source>{year}事業費（千円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="139"/>
        <source>工程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="156"/>
        <source>変更一覧</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="162"/>
        <source>事業名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="164"/>
        <source>項目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="165"/>
        <source>変更前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="166"/>
        <source>変更後</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="167"/>
        <source>変更箇所</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dump</name>
    <message>
        <location filename="../../roadmap_desktop/core/dump.py" line="129"/>
        <source>Roadmap Desktop のデータではありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/dump.py" line="131"/>
        <source>新しいバージョンの Roadmap Desktop で作られたデータです。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../roadmap_desktop/export/atomic.py" line="34"/>
        <source>「{name}」に書き込めません。他のプログラム（Excel など）で開いていないか確認してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/pdf.py" line="182"/>
        <source>「{name}」はフォルダーです。ファイル名を指定してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/book.py" line="86"/>
        <location filename="../../roadmap_desktop/export/pdf.py" line="202"/>
        <location filename="../../roadmap_desktop/export/pdf.py" line="229"/>
        <source>書き出す事業がありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/pdf.py" line="227"/>
        <source>フォルダー「{dir}」がありません。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>file</name>
    <message>
        <location filename="../../roadmap_desktop/fsutil.py" line="44"/>
        <source>フォルダー「{dir}」がありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/fsutil.py" line="48"/>
        <source>フォルダー「{dir}」に書き込む権限がありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/fsutil.py" line="32"/>
        <source>ディスクの空きが足りないため「{name}」を書き出せませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="78"/>
        <source>「{name}」はロードマップのファイルではありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="90"/>
        <source>「{name}」はロードマップのファイルではありません（別のデータベースです）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="96"/>
        <source>「{name}」は新しいバージョンの Roadmap Desktop で保存されています。アプリケーションを更新してから開いてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="105"/>
        <source>「{name}」は壊れています（{detail}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="112"/>
        <source>「{name}」は壊れているため開けません（{detail}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="148"/>
        <source>「{name}」は読み取り専用のファイルです。読み取り専用で開いてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="158"/>
        <source>ディスクの空きが足りないため「{name}」を編集用に開けません。空きを作るか、読み取り専用で開いてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="165"/>
        <source>「{name}」のフォルダーに書き込めません。読み取り専用で開いてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="182"/>
        <source>「{name}」を開けません: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="193"/>
        <source>「{name}」は既に存在します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="257"/>
        <source>読み取り専用で開いているため保存できません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="350"/>
        <source>ディスクの空きが足りないため「{name}」に保存できませんでした。ファイルは直前の状態のままです。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="356"/>
        <source>「{name}」に書き込む権限がありません。ファイルは直前の状態のままです。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="362"/>
        <source>ディスクへの書き込みに失敗したため「{name}」に保存できませんでした（空き容量やネットワークの接続を確認してください）。ファイルは直前の状態のままです。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="369"/>
        <source>「{name}」は他のプログラムが使用中のため保存できませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="372"/>
        <source>「{name}」に保存できませんでした（{err}）。ファイルは直前の状態のままです。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fiscal</name>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="53"/>
        <source>{era}{num}年度という年度はありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="58"/>
        <source>「{text}」は年度として読み取れません（例: R5、令和5年度、2023年度）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="64"/>
        <source>年度 {text} は扱える範囲外です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="72"/>
        <source>年度 {fy} は扱える範囲外です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="103"/>
        <source>事業費は0以上の整数（千円）で入力してください: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="129"/>
        <source>月の形式が正しくありません: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="193"/>
        <source>{era}{num}年という年はありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="201"/>
        <source>「{text}」は年月として読み取れません（例: 令和7年3月、R7.3、2025年3月、2025-03）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../roadmap_desktop/ui/help_text.py" line="10"/>
        <source>&lt;h2&gt;Roadmap Desktop の使い方&lt;/h2&gt;
&lt;p&gt;DX関連事業ロードマップ（事業ごとに1枚のシート）を作り、印刷し、PDF・Excelでやり取りするための
アプリです。変更はその都度ファイルに保存されます。「保存」の操作は要りません。&lt;/p&gt;

&lt;h3&gt;1. 事業を選ぶ・探す&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;左の一覧で事業を選ぶと、右にシートの内容（上）とタイムライン（下）が表示されます。&lt;/li&gt;
&lt;li&gt;検索欄（Ctrl+F）には事業名・本文・取組の言葉を入れます。ひらがなとカタカナ、全角と半角、
大文字と小文字は区別しません（「ぺーぱーれす」で「ペーパーレス」が見つかります）。
空白で区切った言葉はすべて含む事業を探します。
検索欄で Enter か ↓ を押すと一覧へ移り、Esc で検索語を消します。一覧の中は ↑↓ で移動し、Tab で次の欄へ移ります。&lt;/li&gt;
&lt;li&gt;分野・担当部局・状況・担当課等で絞り込めます。状況の括弧内は件数です。&lt;/li&gt;
&lt;li&gt;見出しをクリックするとその列で並べ替えます。並べ替え中は「上へ」「下へ」は使えません。
見出しの右クリックで「シート番号の順に戻す」、列の表示・非表示を選べます。&lt;/li&gt;
&lt;/ul&gt;

&lt;h3&gt;2. シートを書く&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;欄を離れたとき（Enter、Tab、クリック）に内容を確かめて保存します。
年度は R5、令和5年度、2023 などの形で入力できます。&lt;/li&gt;
&lt;li&gt;誤りがあると欄の下に赤い注意が出ます。直すまで保存されません。&lt;/li&gt;
&lt;li&gt;文章欄の下の帯は、印刷したときに枠がどれだけ埋まるかを示します。
100%を超えると文字を小さくして収めます。赤くなったら読みにくいほど小さくなるので、文章を短くしてください。&lt;/li&gt;
&lt;/ul&gt;

&lt;h3&gt;3. タイムラインを描く&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;月の欄をドラッグするとバーを描けます。バーはドラッグで移動・伸縮し、ダブルクリックでラベルを編集します。&lt;/li&gt;
&lt;li&gt;キーボードだけでも操作できます。ヘルプ →「キー操作の一覧」を見てください。&lt;/li&gt;
&lt;li&gt;赤い斜線は、計画のうち基準月までに実績のない月（遅れ）です。基準月は 表示 →「基準月を設定」で変えられます。&lt;/li&gt;
&lt;/ul&gt;

&lt;h3&gt;4. 印刷・書き出し・取り込み&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;印刷（Ctrl+P）、書き出し（Ctrl+E、PDF・Excel）は対象（この事業・選択した事業・一覧に表示中の事業・すべて）を選べます。&lt;/li&gt;
&lt;li&gt;各課から戻ってきた Excel や、以前のPDFは「取り込み」（Ctrl+I）で読み込みます。
変更点を確かめてから反映し、反映前のファイルはバックアップされます。&lt;/li&gt;
&lt;/ul&gt;

&lt;h3&gt;5. 困ったとき&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;操作はすべて「元に戻す」（Ctrl+Z）で取り消せます。&lt;/li&gt;
&lt;li&gt;ほかの人が開いているファイルは読み取り専用で開きます。上の帯に、誰が使っているかが出ます。&lt;/li&gt;
&lt;li&gt;不具合を連絡するときは、ヘルプ →「ログのフォルダーを開く」のファイルを添えてください。&lt;/li&gt;
&lt;/ul&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <location filename="../../roadmap_desktop/importing/identity.py" line="67"/>
        <source>隠しシートの識別情報が、このファイルで書き出した事業を指していないため使いません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/identity.py" line="71"/>
        <source>隠しシートの識別情報は No.{no}「{name}」のものですが、シートの表示（No.{shown}「{shown_name}」）と合わないため使いません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/identity.py" line="98"/>
        <source>{other}と同じ事業の識別情報を持っています（シートの写し）。新しい事業として扱います。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/identity.py" line="119"/>
        <source>シートに表示された No.{no} から、書き出した「{name}」のシートと判断しました。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="148"/>
        <source>なし</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="153"/>
        <source>、以降も継続</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="175"/>
        <source>取組{n}「{name}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="177"/>
        <source>取組{n}の名前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="183"/>
        <source>（なし）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="184"/>
        <source>（削除）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="255"/>
        <source>取組「{name}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="262"/>
        <source>{part}: 確実には読み取れませんでした。読めた内容で取り込みます。確かめてください（{why}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="266"/>
        <source>{part}: 読み取れなかったため、ロードマップの内容を維持します（{why}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="253"/>
        <source>工程表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="310"/>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="260"/>
        <source>新規</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="311"/>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="261"/>
        <source>変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="312"/>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="262"/>
        <source>変更なし</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="320"/>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="283"/>
        <source>注意: {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="324"/>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="301"/>
        <source>読み込めなかった部分: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="327"/>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="306"/>
        <source>新規{new}件、変更{changed}件、変更なし{unchanged}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="268"/>
        <source>（空）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="278"/>
        <source>［競合］{label}: 書き出し時: {base} ／ {sides}（--apply では現在の値のまま）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="309"/>
        <source>、競合{n}件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layout</name>
    <message>
        <location filename="../../roadmap_desktop/layout/sheet.py" line="220"/>
        <source>No.{no}「{name}」の「{label}」が{pt}ポイントでも枠に収まりません（収まらない部分は（続き）のページに載せます）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/sheet.py" line="229"/>
        <source>No.{no}「{name}」の{what}が{pt}ポイントでも枠に収まりません。短くしてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/sheet.py" line="338"/>
        <source>取組名「{name}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/sheet.py" line="499"/>
        <source>No.{no}「{name}」のバーの注記（※）が多すぎてページに収まりません。バーの文字を短くしてください。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>list</name>
    <message>
        <location filename="../../roadmap_desktop/importing/list_sheet.py" line="76"/>
        <source>期間「{t}」は「R5〜R10」の形で書いてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/list_sheet.py" line="108"/>
        <source>一覧 {row}行目: {err}（一覧のこの値は使いません）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/list_sheet.py" line="121"/>
        <source>負の事業費は取り込みません（{v}）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <location filename="../../roadmap_desktop/storage/lock.py" line="33"/>
        <source>{user}（{host}、{since}から）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/lock.py" line="40"/>
        <source>不明な利用者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/lock.py" line="42"/>
        <source>「{name}」は{who}が編集中です。読み取り専用で開くことができます。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="40"/>
        <source>このロードマップ（現在）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="44"/>
        <source>返信のシート</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="48"/>
        <source>返信の一覧</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="119"/>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="125"/>
        <source>（削除）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="199"/>
        <source>実績</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="204"/>
        <source>取組「{name}」の{row}に名前のないバー（{period}）があります。バーの名前を確認してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="261"/>
        <source>{where}の事業名が空欄です。事業名は必須のため、この変更は取り込みません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="275"/>
        <source>取組「{name}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="284"/>
        <source>の名前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="284"/>
        <source>の計画行の見出し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="285"/>
        <source>の計画</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="285"/>
        <source>の実績</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../roadmap_desktop/core/os_errors.py" line="52"/>
        <source>他のプログラム（Excel など）が使用中のため使えません: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/os_errors.py" line="56"/>
        <source>読み取り専用の場所のため書き込めません: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/os_errors.py" line="54"/>
        <source>ディスクの空きが足りません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/os_errors.py" line="58"/>
        <source>アクセスする権限がありません: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/os_errors.py" line="60"/>
        <source>ファイルが見つかりません: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/os_errors.py" line="61"/>
        <source>「{name}」を扱えませんでした（{reason}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/messages.py" line="23"/>
        <source>エラー</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <location filename="../../roadmap_desktop/core/model.py" line="174"/>
        <source>バーの終了月（{end}）が開始月（{start}）より前です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/model.py" line="181"/>
        <source>バー「{label}」（{period}）が表示期間 {first}〜{last} の外にあります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/model.py" line="191"/>
        <source>「期間後も継続」のバーは表示期間の最終月まで伸ばしてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/model.py" line="200"/>
        <source>事業費は0以上の整数（千円）で入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/model.py" line="203"/>
        <source>事業終期（{end}）が事業始期（{start}）より前です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/model.py" line="211"/>
        <source>計画行の見出しは「計画」か「目標」です: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/model.py" line="225"/>
        <source>{year}事業費は0以上の整数（千円）で入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <location filename="../../roadmap_desktop/layout/overview.py" line="125"/>
        <source>事業名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/overview.py" line="126"/>
        <source>状況</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/overview.py" line="142"/>
        <source>（分野なし）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/overview.py" line="143"/>
        <location filename="../../roadmap_desktop/layout/overview.py" line="232"/>
        <source>（続き）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/overview.py" line="219"/>
        <source>計画</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/overview.py" line="219"/>
        <source>実績</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/overview.py" line="218"/>
        <source>基準月（{month}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/overview.py" line="232"/>
        <source>全体工程表</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="57"/>
        <source>ファイルが見つかりません: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="60"/>
        <source>「{name}」を開けません: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="63"/>
        <source>「{name}」は PDF ファイルではありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="71"/>
        <source>「{name}」はパスワードで保護されているため読み込めません。保護を外した PDF を使ってください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="77"/>
        <source>「{name}」は壊れているか途中で切れているため読み込めません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="99"/>
        <source>ページが壊れているため読み取れません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="110"/>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="270"/>
        <source>このページは読み取れませんでした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="213"/>
        <source>{n}ページ目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="227"/>
        <source>{first}〜{last}ページ目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="262"/>
        <source>の{n}件目のシート</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="278"/>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="295"/>
        <source>見出しのないページを、前のページのシートの続きとして読みました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="283"/>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="150"/>
        <source>ロードマップのシートではありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="303"/>
        <source>見出しのない工程表ですが、その前のページのシートが見つかりません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="311"/>
        <source>前のシートと同じ番号 No.{no} ですが事業名が違うため、別の事業として読みました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="330"/>
        <source>続きのページですが、その前のページのシートが見つかりません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="335"/>
        <source>事業名が空欄のシートは取り込めません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="343"/>
        <source>「{label}」の欄が見つかりません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="382"/>
        <source>「{name}」には文字情報がありません（スキャン画像の PDF です）。文字を含む PDF を使ってください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="387"/>
        <source>「{name}」にはロードマップのシートが見つかりませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="124"/>
        <source>工程表の図形のうち、バーとして読み取れないものがありました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="328"/>
        <source>ひとつながりのバーに「{a}」と「{b}」が並んでいるため、その間の月で分けました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="436"/>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="556"/>
        <source>バーのない行の文字「{text}」を読み飛ばしました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="448"/>
        <source>バーの文字「{texts}」が重なって印刷されているため、隠れた部分を読み取れません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="520"/>
        <source>バーの文字「{text}」が次のバーの始まりで切れているため、続きを読み取れません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="592"/>
        <source>月の区切りからずれています</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="598"/>
        <source>{n}か月ごとの列の途中にあります</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="601"/>
        <source>バー「{label}」の端が{where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="605"/>
        <source>。近い月に合わせました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="617"/>
        <source>バー「{label}」（{period}）は表示期間の外にあるため読み飛ばしました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="111"/>
        <source>文字が横倒しになっているため読み取れません（ページを回転させた PDF です）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="114"/>
        <source>文字情報がありません（スキャン画像のページです）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="115"/>
        <source>空白のページです</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="149"/>
        <source>事業名の欄が見つかりません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="165"/>
        <source>年度の見出し（R6〜R10 など）が見つからないため、取組とバーを読み取れませんでした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="397"/>
        <source>{label}「{text}」を読み取れないため空欄にしました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="411"/>
        <source>工程表に「計画」の行が{shown}行ありますが、読み取れたのは{read}行です</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="433"/>
        <source>年度の見出しが {first} から始まっています（このロードマップは {edition} から）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="472"/>
        <source>計画の行がない実績の行を読み飛ばしました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="504"/>
        <source>工程表に {years} の年度がないため</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_book_pages.py" line="32"/>
        <source>「{title}」のページです（事業のシートではないため読み飛ばしました）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_label_notes.py" line="87"/>
        <source>バーの注記「{mark}」の本文が見つかりません（印のまま読みました）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_strips.py" line="105"/>
        <source>{right}ページ目を右に並べて、1枚のシートとして読みました</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../../roadmap_desktop/core/progress.py" line="16"/>
        <source>中止しました。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollover</name>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="86"/>
        <source>「{old}」から「{new}」を作成します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="88"/>
        <source>題名に年度が見つからないため、題名「{title}」はそのままです。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="91"/>
        <source>表示期間: {old_first}〜{old_last} → {first}〜{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="97"/>
        <source>引き継ぐ事業：{n}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="102"/>
        <source>対象外とした事業（事業終期が {year} より前）：{n}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="107"/>
        <location filename="../../roadmap_desktop/core/rollover.py" line="119"/>
        <source>  No.{no} {name}（事業終期 {end}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="114"/>
        <source>事業終期が {year} より前ですが引き継ぐ事業：{n}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="125"/>
        <source>過去の年度として保存したバー: {n} 本（計画 {plan}・実績 {actual}）。シートには描かれず、ファイルには残ります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="132"/>
        <source>うち {n} 本は {year} 以降にかかるため、{year} 4月からの部分を工程表に残しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="138"/>
        <source>「期間後も継続」のバー {n} 本を新しい表示期間の終わりまで延ばしました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="144"/>
        <source>「期間後も継続」のバー {n} 本は事業終期が表示期間内のため、事業終期の3月で終わるようにしました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="150"/>
        <source>{new}事業費は未入力から始まります（{old}事業費は年度別に保存します）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="268"/>
        <source>No.{no}「{name}」を新しい年度に移せません: {err}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>round</name>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="83"/>
        <source>の内容と比べ、返信で変えられた所だけを取り込みます（この間にロードマップで変えた所は戻しません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="89"/>
        <source>書き出した時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="92"/>
        <source>「{label}」宛てに書き出した時（{when}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="98"/>
        <source>書き出した後、このロードマップは変更されています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="103"/>
        <source>このファイルを書き出した記録がこのロードマップにありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="105"/>
        <source>書き出した時の内容を持たない（以前の版で書き出した）ファイルです</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="107"/>
        <source>ほかで作られたファイルです</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="109"/>
        <source>{why}。現在のロードマップと直接比べます（2者比較）。シートの内容が現在と違う所はすべて変更として示します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="151"/>
        <source>この事業は書き出した後にロードマップから削除されています。戻す場合だけチェックしてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="159"/>
        <source>事業名が空欄のため、新しい事業としては取り込めません（事業名は必須です）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="178"/>
        <source>一覧の No.{no} の行（{row}行目）に当たる事業のシートがないため、その行は取り込みません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="187"/>
        <source>ワークシート「{title}」（「{name}」）がこの返信にありません。ロードマップの内容はそのままです。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="197"/>
        <source>No.{no}「{name}」のシート（ワークシート「{title}」）がこの返信にありません。ロードマップの内容はそのままです。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="219"/>
        <source>「{file}」（先の返信）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="221"/>
        <source>「{a}」と「{b}」が「{label}」を違う内容に変えています。どちらを採るか選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../roadmap_desktop/core/status.py" line="44"/>
        <source>遅れ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/status.py" line="45"/>
        <source>超過</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/status.py" line="46"/>
        <source>順調</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/status.py" line="47"/>
        <source>未着手</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_edits.py" line="34"/>
        <source>その取組はありません（{no}番目）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_edits.py" line="42"/>
        <source>そのバーはありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_edits.py" line="114"/>
        <source>同じ期間の実績がすでにあります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_edits.py" line="138"/>
        <source>取組の名前を入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_edits.py" line="172"/>
        <source>これ以上上へは移動できません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_edits.py" line="174"/>
        <source>これ以上下へは移動できません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_controller.py" line="197"/>
        <source>バー「{label}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_controller.py" line="199"/>
        <source>バー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_controller.py" line="204"/>
        <source>取組「{name}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_controller.py" line="218"/>
        <source>基準月（{month}）より後の月に実績を置きました。予定なら計画の行に置いてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_controller.py" line="230"/>
        <source>バーを追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_controller.py" line="248"/>
        <source>{bar}を移動</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_controller.py" line="265"/>
        <source>{bar}の期間を変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_controller.py" line="279"/>
        <source>{bar}を削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_controller.py" line="293"/>
        <source>{bar}のラベルを変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_controller.py" line="305"/>
        <source>{bar}を実績として記録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_controller.py" line="319"/>
        <source>{bar}の「表示期間後も継続」を切り替え</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_controller.py" line="333"/>
        <source>取組を追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_controller.py" line="349"/>
        <source>{ini}の名前を変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_controller.py" line="358"/>
        <source>{ini}を上へ移動</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_controller.py" line="360"/>
        <source>{ini}を下へ移動</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_controller.py" line="372"/>
        <source>{ini}を削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_controller.py" line="390"/>
        <source>{ini}の区分を「{label}」に変更</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xlsx</name>
    <message>
        <location filename="../../roadmap_desktop/export/xlsx.py" line="232"/>
        <source>{chars:,} 文字を超える文章は Excel のセルに入りません（{start}…）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/xlsx.py" line="498"/>
        <source>合計（{n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="32"/>
        <source>「{name}」を読み込めません。{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="41"/>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="68"/>
        <source>古い形式（.xls）のファイルです。Excel で「.xlsx」形式で保存し直してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="46"/>
        <source>マクロ付きのブック（{suffix}）は取り込みません。「.xlsx」形式で保存し直してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="55"/>
        <source>ファイルが見つかりません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="57"/>
        <source>ファイルを読む権限がありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="61"/>
        <source>ファイルが空です（0 バイト）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="63"/>
        <source>ファイルが大きすぎます（{mb:,} MB）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="65"/>
        <source>中身は PDF です。PDF は拡張子を「.pdf」にして取り込んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="74"/>
        <source>Excel（.xlsx）のファイルではないか、途中で切れて壊れています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="87"/>
        <source>ファイル内の部品の数が多すぎます（{n:,} 個）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="98"/>
        <source>展開すると異常に大きくなる部品（{part}: {mb:,} MB）を含んでいるため、安全のため読み込みません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="106"/>
        <source>展開すると大きすぎるため（{mb:,} MB）、安全のため読み込みません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="112"/>
        <source>マクロを含むブックは取り込みません。「.xlsx」形式で保存し直してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="115"/>
        <source>Excel（.xlsx）のファイルではありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="126"/>
        <source>ファイルが壊れています（{part} を展開できません: {err}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="130"/>
        <source>ファイルが壊れています（{part} の大きさが記録と違います）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="262"/>
        <source>ワークシート「{sheet}」のテキストボックス「{text}」は置き場所が工程表にないため読みませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="299"/>
        <source>ワークシート「{sheet}」の{cell}の行が取組の行として読めず、その下の取組を読み取れません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="329"/>
        <source>ワークシート「{sheet}」の{cell}付近の図形「{name}」は取組の行の外にあるため読みませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="336"/>
        <source>ワークシート「{sheet}」の{cell}付近の図形「{name}」（{geom}）はバーとして読めません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="364"/>
        <source>ワークシート「{sheet}」のセル{cell}は年度の見出しのない列にあり、月を読み取れません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="398"/>
        <source>ワークシート「{sheet}」の{cell}: 「{label}」は年度の欄より右にあるため読みませんでした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="404"/>
        <source>ワークシート「{sheet}」の{cell}: バー「{label}」が年度の見出しより左から始まり、月を読み取れません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="420"/>
        <source>開始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="420"/>
        <source>終了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="423"/>
        <source>ワークシート「{sheet}」の{cell}: バー「{label}」の{edge}が月の区切りから離れています（近い月では{period}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="431"/>
        <source>{cell}: {err}（このバーは取り込みません）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="442"/>
        <source>年度の見出しが {file}〜 で、このロードマップ（{ours}〜）と違います。月はそのまま読みました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_blocks.py" line="135"/>
        <source>{label}: 0以上の整数でない事業費は取り込みません（{v}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_blocks.py" line="146"/>
        <source>{label}: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_blocks.py" line="187"/>
        <source>ワークシート「{sheet}」に見出し「{label}」が見つかりません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_blocks.py" line="223"/>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="385"/>
        <source>ワークシート「{sheet}」のセル{cell}「{text}」はロードマップに置き場所がないため読みませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_blocks.py" line="265"/>
        <source>ワークシート「{sheet}」に見出し「事業名」が見つかりません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_blocks.py" line="280"/>
        <source>ワークシート「{sheet}」の{cell}からの工程表の行（計画・実績）を読み取れません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_blocks.py" line="311"/>
        <source>ワークシート「{sheet}」の図形「{name}」の文字「{text}」はロードマップに置き場所がないため読みませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_blocks.py" line="334"/>
        <source>ワークシート「{sheet}」の{row}行目からの事業の工程表に、読み取れる年度の見出しがありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_blocks.py" line="367"/>
        <source>No.{no} が「{a}」（ワークシート「{sa}」）と「{b}」（ワークシート「{sb}」）の両方にあります。別の事業として読みました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_blocks.py" line="376"/>
        <source>ワークシート「{sheet}」の{row}行目からの続きのページは、どの事業の続きか分からないため読みませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_blocks.py" line="195"/>
        <source>事業費の見出しが「{found}」で、このロードマップの「{ours}」と違います。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx.py" line="104"/>
        <source>非表示のワークシート「{title}」は読みませんでした（取り込むには表示してください）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx.py" line="117"/>
        <source>ワークシート「{title}」: 見出し {labels} が見つからないため、事業のシートとして読めませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx.py" line="131"/>
        <source>ワークシート「{title}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx.py" line="133"/>
        <source>ワークシート「{title}」{row}行目からの事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx.py" line="155"/>
        <source>ワークシートに何も書かれていません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx.py" line="157"/>
        <source>「{name}」にはロードマップの事業シートが見つかりませんでした。
{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="45"/>
        <source>ファイル内の XML（{part}）に安全でない定義（DTD・実体参照）が含まれているため読み込みません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="51"/>
        <source>ファイルが壊れています（{part}: {err}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="133"/>
        <source>「{name}」は Excel（.xlsx）のファイルとして不完全です（{part} がありません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="345"/>
        <source>ワークシート「{sheet}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="345"/>
        <source>ブックの構成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="348"/>
        <source>「{name}」は壊れているため読み込めません（{where}: {err}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="403"/>
        <source>「{name}」は壊れています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/xlsx_overview.py" line="101"/>
        <source>全体工程表（{title}、基準月 {month}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/xlsx_overview.py" line="106"/>
        <source>計画</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/xlsx_overview.py" line="106"/>
        <source>実績</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/xlsx_overview.py" line="113"/>
        <source>事業名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/xlsx_overview.py" line="113"/>
        <source>状況</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/xlsx_overview.py" line="126"/>
        <source>（分野なし）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
