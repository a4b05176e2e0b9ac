<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/crash.py" line="76"/>
        <source>Roadmap Desktop — 予期しないエラー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/crash.py" line="79"/>
        <source>予期しないエラーが発生しました。
編集した内容はその都度ファイルに保存されているため、これまでに保存された内容は失われていません。
お手数ですが、下の報告を「コピー」して、システム担当者に送ってください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/crash.py" line="84"/>
        <source>記録ファイル: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/crash.py" line="93"/>
        <source>コピー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/crash.py" line="95"/>
        <location filename="../../roadmap_desktop/ui/crash.py" line="108"/>
        <source>コピーしました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/crash.py" line="98"/>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditionDialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/edition_dialog.py" line="44"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/edition_dialog.py" line="45"/>
        <source>キャンセル</source>
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
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="55"/>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="131"/>
        <source>書き出し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="57"/>
        <source>現在の事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="58"/>
        <source>選択した事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="59"/>
        <source>表示中の事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="60"/>
        <source>すべての事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="64"/>
        <source>{name}（{n} 件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="66"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="67"/>
        <source>Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="77"/>
        <source>事業ごとに別のファイルにする</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="81"/>
        <source>対象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="82"/>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="85"/>
        <source>書き出す…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="105"/>
        <source>書き出すフォルダー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="109"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="109"/>
        <source>Excel ブック (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="112"/>
        <source>書き出し先</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="130"/>
        <source>書き出しています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="130"/>
        <source>中止</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="60"/>
        <source>取り込む内容の確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="66"/>
        <source>新規 {new} 件、変更 {changed} 件、変更なし {unchanged} 件。取り込む事業にチェックを付けてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="75"/>
        <source>事業・項目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="75"/>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="183"/>
        <source>変更前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="75"/>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="184"/>
        <source>変更後</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="91"/>
        <source>行を選ぶと、変更前と変更後の全文をここに表示します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="98"/>
        <source>読み込めなかった部分:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="101"/>
        <source>すべて選択</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="102"/>
        <source>すべて解除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="107"/>
        <source>チェックした事業を取り込む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="108"/>
        <source>取り込まない</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="128"/>
        <source>新規</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="129"/>
        <source>変更 {n} 項目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="130"/>
        <source>変更なし</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="132"/>
        <source>（事業名なし）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="149"/>
        <source>事業名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="150"/>
        <source>期間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="151"/>
        <source>事業費（千円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="152"/>
        <source>取組</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="152"/>
        <source>{n} 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="158"/>
        <source>（空）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="164"/>
        <source>注意: {w}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="134"/>
        <source>新規作成…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="135"/>
        <source>開く…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="136"/>
        <source>名前を付けて保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="137"/>
        <source>取り込み…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="138"/>
        <source>書き出し…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="139"/>
        <source>印刷…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="140"/>
        <source>印刷プレビュー…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="141"/>
        <source>終了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="143"/>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="164"/>
        <source>元に戻す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="144"/>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="165"/>
        <source>やり直し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="151"/>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="526"/>
        <source>事業を追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="152"/>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="539"/>
        <source>事業を複製</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="153"/>
        <source>事業を削除…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="154"/>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="592"/>
        <source>事業を前へ移動</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="155"/>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="592"/>
        <source>事業を後ろへ移動</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="156"/>
        <source>基準日を設定…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="157"/>
        <source>版の設定（年度・題名・最初の番号）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="164"/>
        <source>元に戻す: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="165"/>
        <source>やり直し: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="169"/>
        <source>ファイル(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="171"/>
        <source>最近使ったファイル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="180"/>
        <source>編集(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="188"/>
        <source>表示(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="223"/>
        <source> [読み取り専用]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="279"/>
        <source>使用中のファイル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="279"/>
        <source>書き込めないファイル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="283"/>
        <source>読み取り専用で開きますか？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="291"/>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="297"/>
        <source>開けません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="307"/>
        <source>ファイル「{name}」が見つかりません。一覧から外します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="336"/>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="641"/>
        <source>基準日: {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="348"/>
        <source>ロードマップ (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="361"/>
        <source>ロードマップを開く</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="368"/>
        <source>開いているファイルと同じ名前です。別の名前を指定してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="371"/>
        <source>「{name}」は他の人が使用中のため上書きできません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="389"/>
        <source>新しいロードマップ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="414"/>
        <source>名前を付けて保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="460"/>
        <source>保存できませんでした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="469"/>
        <source>元に戻して保存しました: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="471"/>
        <source>保存しました: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="482"/>
        <source>読み取り専用で開いているため変更できません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="525"/>
        <source>新しい事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="537"/>
        <source>{name}（複製）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="549"/>
        <source>事業「{name}」を削除しますか？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="551"/>
        <source>選択した {n} 件の事業を削除しますか？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="554"/>
        <source>事業の削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="555"/>
        <source>（「元に戻す」で取り消せます）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="563"/>
        <source>事業を削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="563"/>
        <source>{n} 件の事業を削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="579"/>
        <source>事業の順番を変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="612"/>
        <source>版の設定を変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="619"/>
        <source>基準日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="619"/>
        <source>遅れを判定する基準の月（例: 2025-03）。空欄なら今日。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="628"/>
        <source>「{text}」は年月として読み取れません（例: 2025-03）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="652"/>
        <source>この機能はまだ利用できません（{detail}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="656"/>
        <source>取り込むファイル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="657"/>
        <source>Excel・PDF (*.xlsx *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="681"/>
        <source>バックアップを作れないため取り込みを中止しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="683"/>
        <source>取り込み（{name}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="683"/>
        <source>取り込み</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="78"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="78"/>
        <source>事業名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="78"/>
        <source>分野</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="78"/>
        <source>担当部局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="78"/>
        <source>担当課等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="79"/>
        <source>期間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="79"/>
        <source>事業費
（千円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="79"/>
        <source>状況</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="224"/>
        <source>基準日（{month}）までに終わる計画のうち、実績のない月がある取組があります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="225"/>
        <source>計画の期間を超えて続いている実績があります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="226"/>
        <source>基準日（{month}）までの計画に実績が追いついています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="227"/>
        <source>実績がまだありません（基準日 {month} までに終わる計画もありません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="228"/>
        <source>取組がありません。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectListPanel</name>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="358"/>
        <source>すべての分野</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="358"/>
        <source>すべての担当部局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="358"/>
        <source>すべての担当課等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="383"/>
        <source>表示中 {shown} / {all} 事業&#x3000;事業費合計 {total} 千円</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectPanel</name>
    <message>
        <location filename="../../forms/project_panel.ui" line="29"/>
        <source>検索（事業名・本文・取組）</source>
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
        <location filename="../../forms/project_panel.ui" line="110"/>
        <source>追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="117"/>
        <source>複製</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="124"/>
        <source>削除…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="144"/>
        <source>▲ 上へ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="147"/>
        <source>選択した事業を1つ前へ（シート番号の順）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="154"/>
        <source>▼ 下へ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="157"/>
        <source>選択した事業を1つ後ろへ（シート番号の順）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetForm</name>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="58"/>
        <source>シート番号は1以上の整数で入力してください（空欄なら自動で付番）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="161"/>
        <source>自動（{no}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="161"/>
        <source>自動</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="256"/>
        <source>{label}を変更</source>
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
        <source>No.（固定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="97"/>
        <source>空欄なら並び順で自動的に番号が付きます。数字を入れるとその番号に固定します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="114"/>
        <source>事業名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="127"/>
        <source>事業始期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="137"/>
        <source>R5、令和5年度、2023 などの形で入力できます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="140"/>
        <source>例: R5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="147"/>
        <source>事業終期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="157"/>
        <source>R10、令和10年度、2028 などの形で入力できます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="160"/>
        <source>例: R10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="167"/>
        <source>事業費（千円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="177"/>
        <source>千円単位。5,144 や ５１４４ のように入力できます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="217"/>
        <source>概要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="258"/>
        <source>現状・課題</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="281"/>
        <source>取組</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="304"/>
        <source>デジタル活用によってどう変わるか</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePainting</name>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_paint.py" line="379"/>
        <source>事業が選択されていません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_paint.py" line="388"/>
        <source>取組がありません。右クリックの「取組を追加」か Ctrl+Insert で追加できます。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="1135"/>
        <source>全体表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="1135"/>
        <source>5年間を幅いっぱいに表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="1136"/>
        <source>縮小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="1136"/>
        <source>月の幅を狭く</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="1137"/>
        <source>拡大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="1137"/>
        <source>月の幅を広く</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="118"/>
        <source>タイムライン（計画と実績）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="374"/>
        <source>（ラベルなし）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="376"/>
        <source>（以降も継続）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="378"/>
        <source>{name}・{row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="381"/>
        <source>計画を超えた期間: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="393"/>
        <source>⚠ 計画より遅れている月があります</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="396"/>
        <source>ダブルクリックで「計画」と「目標」を切り替えます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="401"/>
        <source>計画より遅れています（実績なし）: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="479"/>
        <source>バー『{label}』</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="479"/>
        <source>バー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="483"/>
        <source>取組『{name}』</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="492"/>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="900"/>
        <source>バーを追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="508"/>
        <source>{bar}を移動</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="521"/>
        <source>{bar}の期間を変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="531"/>
        <source>{bar}を削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="545"/>
        <source>{bar}のラベルを変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="556"/>
        <source>{bar}を実績として記録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="566"/>
        <source>{bar}の「表示期間後も継続」を切り替え</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="579"/>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="916"/>
        <source>取組を追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="596"/>
        <source>{ini}の名前を変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="605"/>
        <source>{ini}を上へ移動</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="605"/>
        <source>{ini}を下へ移動</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="618"/>
        <source>{ini}を削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="634"/>
        <source>{ini}の区分を「{label}」に変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="887"/>
        <source>ラベルを編集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="889"/>
        <source>実績として記録（計画と同じ期間）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="890"/>
        <source>表示期間後も継続（矢印）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="894"/>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="913"/>
        <source>削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="905"/>
        <source>取組の名前を変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="906"/>
        <source>上へ移動</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="908"/>
        <source>下へ移動</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="911"/>
        <source>計画⇄目標（「{label}」にする）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="52"/>
        <source>作成しました: {file}（{n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="58"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="58"/>
        <source>事業名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="58"/>
        <source>担当部局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="58"/>
        <source>期間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="58"/>
        <source>事業費（千円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="62"/>
        <source>合計（{n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="78"/>
        <source>No.{nos} の事業はありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="86"/>
        <source>--pdf か --xlsx で出力先を指定してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="91"/>
        <source>注意: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="92"/>
        <source>PDF を書き出しました: {out}（{n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="97"/>
        <source>Excel ファイルを書き出しました: {out}（{n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="112"/>
        <source>「{name}」は読み込めない形式です（.xlsx か .pdf を指定してください）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="129"/>
        <source>取り込みました（変更前のバックアップ: {backup}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="131"/>
        <source>（確認のみ。取り込むには --apply を付けてください）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="136"/>
        <source>DX関連事業ロードマップのファイルを扱います。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="139"/>
        <source>新しいロードマップのファイルを作る</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="141"/>
        <source>見本の20事業を入れる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="144"/>
        <source>事業の一覧を表示する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="148"/>
        <source>ロードマップ全体を正規化したJSONで出力する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="152"/>
        <source>PDF または Excel に書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="156"/>
        <source>書き出す事業のシート番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="159"/>
        <source>Excel または PDF から取り込む（既定は確認のみ）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="162"/>
        <source>確認した内容を取り込む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="172"/>
        <source>エラー: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dump</name>
    <message>
        <location filename="../../roadmap_desktop/core/dump.py" line="116"/>
        <source>Roadmap Desktop のデータではありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/dump.py" line="118"/>
        <source>新しいバージョンの Roadmap Desktop で作られたデータです。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../roadmap_desktop/export/atomic.py" line="31"/>
        <source>「{name}」に書き込めません。他のプログラム（Excel など）で開いていないか確認してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/atomic.py" line="38"/>
        <source>ディスクの空きが足りないため「{name}」を書き出せませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/pdf.py" line="149"/>
        <source>「{name}」はフォルダーです。ファイル名を指定してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/pdf.py" line="160"/>
        <location filename="../../roadmap_desktop/export/pdf.py" line="183"/>
        <source>書き出す事業がありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/pdf.py" line="181"/>
        <source>フォルダー「{dir}」がありません。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>file</name>
    <message>
        <location filename="../../roadmap_desktop/fsutil.py" line="33"/>
        <source>フォルダー「{dir}」がありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/fsutil.py" line="37"/>
        <source>フォルダー「{dir}」に書き込む権限がありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/fsutil.py" line="41"/>
        <source>ディスクの空きが足りないため「{name}」を書き出せませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="73"/>
        <source>ファイル「{name}」が見つかりません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="75"/>
        <source>ファイル「{name}」を読む権限がありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="77"/>
        <source>ファイル「{name}」を読めません: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="79"/>
        <source>「{name}」はロードマップのファイルではありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="90"/>
        <source>「{name}」はロードマップのファイルではありません（別のデータベースです）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="94"/>
        <source>「{name}」は新しいバージョンの Roadmap Desktop で保存されています。アプリケーションを更新してから開いてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="102"/>
        <source>「{name}」は壊れています（{detail}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="108"/>
        <source>「{name}」は壊れているため開けません（{detail}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="140"/>
        <source>「{name}」は読み取り専用のファイルです。読み取り専用で開いてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="148"/>
        <source>ディスクの空きが足りないため「{name}」を編集用に開けません。空きを作るか、読み取り専用で開いてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="154"/>
        <source>「{name}」のフォルダーに書き込めません。読み取り専用で開いてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="167"/>
        <source>「{name}」を開けません: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="177"/>
        <source>「{name}」は既に存在します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="242"/>
        <source>読み取り専用で開いているため保存できません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="329"/>
        <source>ディスクの空きが足りないため「{name}」に保存できませんでした。ファイルは直前の状態のままです。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="331"/>
        <source>「{name}」に書き込む権限がありません。ファイルは直前の状態のままです。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="333"/>
        <source>ディスクへの書き込みに失敗したため「{name}」に保存できませんでした（空き容量やネットワークの接続を確認してください）。ファイルは直前の状態のままです。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="335"/>
        <source>「{name}」は他のプログラムが使用中のため保存できませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="336"/>
        <source>「{name}」に保存できませんでした（{err}）。ファイルは直前の状態のままです。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fiscal</name>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="47"/>
        <source>{era}{num}年度という年度はありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="52"/>
        <source>年度を読み取れません: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="57"/>
        <source>「{text}」は年度として読み取れません（例: R5、令和5年度、2023年度）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="63"/>
        <source>年度 {text} は扱える範囲外です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="71"/>
        <source>年度 {fy} は扱える範囲外です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="98"/>
        <source>事業費は0以上の整数（千円）で入力してください: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="124"/>
        <source>月の形式が正しくありません: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="88"/>
        <source>なし</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="93"/>
        <source>、以降も継続</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="113"/>
        <source>取組{n}「{name}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="115"/>
        <source>取組{n}の名前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="121"/>
        <source>（なし）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="122"/>
        <source>（削除）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="188"/>
        <source>新規</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="189"/>
        <source>変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="190"/>
        <source>変更なし</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="198"/>
        <source>注意: {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="200"/>
        <source>読み込めなかった部分: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="203"/>
        <source>新規 {new} 件、変更 {changed} 件、変更なし {unchanged} 件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layout</name>
    <message>
        <location filename="../../roadmap_desktop/layout/sheet.py" line="233"/>
        <source>No.{no}「{name}」の「{label}」が{pt}ポイントでも枠に収まりません（収まらない部分は（続き）のページに載せます）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/sheet.py" line="241"/>
        <source>No.{no}「{name}」の{what}が{pt}ポイントでも枠に収まりません。短くしてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/sheet.py" line="341"/>
        <source>取組名「{name}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/sheet.py" line="441"/>
        <source>バー「{label}」の文字</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <location filename="../../roadmap_desktop/storage/lock.py" line="30"/>
        <source>{user}（{host}、{since} から）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/lock.py" line="37"/>
        <source>不明な利用者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/lock.py" line="39"/>
        <source>「{name}」は {who} が編集中です。読み取り専用で開くことができます。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../roadmap_desktop/ui/messages.py" line="20"/>
        <source>他のプログラム（Excel など）が使用中のため使えません: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/messages.py" line="22"/>
        <source>読み取り専用の場所のため書き込めません: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/messages.py" line="24"/>
        <location filename="../../roadmap_desktop/ui/messages.py" line="30"/>
        <source>ディスクの空きが足りません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/messages.py" line="26"/>
        <source>アクセスする権限がありません: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/messages.py" line="28"/>
        <source>ファイルが見つかりません: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/messages.py" line="36"/>
        <source>Roadmap Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <location filename="../../roadmap_desktop/core/model.py" line="168"/>
        <source>バーの終了月（{end}）が開始月（{start}）より前です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/model.py" line="175"/>
        <source>バー「{label}」（{period}）が表示期間 {first}〜{last} の外にあります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/model.py" line="185"/>
        <source>「期間後も継続」のバーは表示期間の最終月まで伸ばしてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/model.py" line="194"/>
        <source>事業費は0以上の整数（千円）で入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/model.py" line="197"/>
        <source>事業終期（{end}）が事業始期（{start}）より前です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/model.py" line="205"/>
        <source>計画行の見出しは「計画」か「目標」です: {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="53"/>
        <source>ファイルが見つかりません: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="55"/>
        <source>「{name}」を開けません: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="57"/>
        <source>「{name}」は PDF ファイルではありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="65"/>
        <source>「{name}」はパスワードで保護されているため読み込めません。保護を外した PDF を使ってください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="70"/>
        <source>「{name}」は壊れているか途中で切れているため読み込めません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="92"/>
        <source>ページが壊れているため読み取れません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="100"/>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="239"/>
        <source>このページは読み取れませんでした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="201"/>
        <source>{n}ページ目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="215"/>
        <source>{first}〜{last}ページ目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="243"/>
        <source>見出しのないページを、前のページのシートの続きとして読みました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="248"/>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="119"/>
        <source>ロードマップのシートではありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="262"/>
        <source>続きのページですが、その前のページのシートが見つかりません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="266"/>
        <source>事業名が空欄のシートは取り込めません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="273"/>
        <source>「{label}」の欄が見つかりません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="305"/>
        <source>「{name}」には文字情報がありません（スキャン画像の PDF です）。文字を含む PDF を使ってください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="309"/>
        <source>「{name}」にはロードマップのシートが見つかりませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="274"/>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="307"/>
        <source>バーのない行の文字「{text}」を読み飛ばしました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="329"/>
        <source>バー「{label}」の端が月の区切りからずれているため、近い月に合わせました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="340"/>
        <source>バー「{label}」（{period}）は表示期間の外にあるため読み飛ばしました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="88"/>
        <source>文字が横倒しになっているため読み取れません（ページを回転させた PDF です）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="90"/>
        <source>文字情報がありません（スキャン画像のページです）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="91"/>
        <source>空白のページです</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="118"/>
        <source>事業名の欄が見つかりません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="134"/>
        <source>年度の見出し（R6〜R10 など）が見つからないため、取組とバーを読み取れませんでした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="279"/>
        <source>{label}「{text}」を読み取れないため空欄にしました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="293"/>
        <source>年度の見出しが {first} から始まっています（このロードマップは {edition} から）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="319"/>
        <source>計画の行がない実績の行を読み飛ばしました</source>
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
        <location filename="../../roadmap_desktop/core/timeline_edits.py" line="32"/>
        <source>その取組はありません（{no}番目）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_edits.py" line="39"/>
        <source>そのバーはありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_edits.py" line="109"/>
        <source>同じ期間の実績がすでにあります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_edits.py" line="133"/>
        <source>取組の名前を入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_edits.py" line="167"/>
        <source>これ以上上へは移動できません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/timeline_edits.py" line="169"/>
        <source>これ以上下へは移動できません。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xlsx</name>
    <message>
        <location filename="../../roadmap_desktop/export/xlsx.py" line="198"/>
        <source>{chars:,} 文字を超える文章は Excel のセルに入りません（{start}…）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/xlsx.py" line="456"/>
        <source>合計（{n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="32"/>
        <source>「{name}」を読み込めません。{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="40"/>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="65"/>
        <source>古い形式（.xls）のファイルです。Excel で「.xlsx」形式で保存し直してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="44"/>
        <source>マクロ付きのブック（{suffix}）は取り込みません。「.xlsx」形式で保存し直してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="53"/>
        <source>ファイルが見つかりません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="55"/>
        <source>ファイルを読む権限がありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="59"/>
        <source>ファイルが空です（0 バイト）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="61"/>
        <source>ファイルが大きすぎます（{mb:,} MB）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="63"/>
        <source>中身は PDF です。PDF は拡張子を「.pdf」にして取り込んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="69"/>
        <source>Excel（.xlsx）のファイルではないか、途中で切れて壊れています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="81"/>
        <source>ファイル内の部品の数が多すぎます（{n:,} 個）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="92"/>
        <source>展開すると異常に大きくなる部品（{part}: {mb:,} MB）を含んでいるため、安全のため読み込みません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="100"/>
        <source>展開すると大きすぎるため（{mb:,} MB）、安全のため読み込みません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="105"/>
        <source>マクロを含むブックは取り込みません。「.xlsx」形式で保存し直してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="107"/>
        <source>Excel（.xlsx）のファイルではありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="118"/>
        <source>ファイルが壊れています（{part} を展開できません: {err}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="122"/>
        <source>ファイルが壊れています（{part} の大きさが記録と違います）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx.py" line="271"/>
        <source>年度の見出しが {file}〜 で、このロードマップ（{ours}〜）と違います。月はそのまま読みました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx.py" line="306"/>
        <source>{row}行目: {err}（このバーは取り込みません）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx.py" line="322"/>
        <location filename="../../roadmap_desktop/importing/xlsx.py" line="337"/>
        <source>{label}: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx.py" line="332"/>
        <source>{label}: 負の事業費は取り込みません（{v}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx.py" line="357"/>
        <source>見出し「{label}」が見つからないため、空として読みました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx.py" line="363"/>
        <source>事業費の見出しが「{found}」で、このロードマップの「{ours}」と違います。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx.py" line="408"/>
        <source>非表示のワークシート「{title}」は読みませんでした（取り込むには表示してください）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx.py" line="421"/>
        <source>ワークシート「{title}」: 見出し {labels} が見つからないため、事業のシートとして読めませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx.py" line="434"/>
        <source>ワークシート「{title}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx.py" line="442"/>
        <source>ワークシートに何も書かれていません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx.py" line="444"/>
        <source>「{name}」にはロードマップの事業シートが見つかりませんでした。
{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="44"/>
        <source>ファイル内の XML（{part}）に安全でない定義（DTD・実体参照）が含まれているため読み込みません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="50"/>
        <source>ファイルが壊れています（{part}: {err}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="125"/>
        <source>「{name}」は Excel（.xlsx）のファイルとして不完全です（{part} がありません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="295"/>
        <source>ワークシート「{sheet}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="295"/>
        <source>ブックの構成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="297"/>
        <source>「{name}」は壊れているため読み込めません（{where}: {err}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="352"/>
        <source>「{name}」は壊れています。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
