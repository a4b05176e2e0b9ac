<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="98"/>
        <source>DiffView</source>
        <comment>ロードマップの比較</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="98"/>
        <source>DiffView</source>
        <comment>変更箇所: </comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="99"/>
        <source>DiffView</source>
        <comment>削除した文字</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="99"/>
        <source>DiffView</source>
        <comment>追加した文字</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="100"/>
        <source>DiffView</source>
        <comment>事業費（千円）: 分野別</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="100"/>
        <source>DiffView</source>
        <comment>事業費（千円）: 部局別</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="115"/>
        <source>DiffView</source>
        <comment>シート番号の変更（{n}件）</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionStatusDialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="166"/>
        <source>回収状況</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="169"/>
        <source>回収待ち</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="170"/>
        <source>返信あり（未取り込み）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="171"/>
        <source>取り込み済み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="175"/>
        <source>書き出し {n} 冊: 回収待ち {out}、返信あり {back}、取り込み済み {applied}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="179"/>
        <source>まだ書き出したブックはありません（「部局別に書き出し」から始めます）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="182"/>
        <source>書き出したブックの回収状況</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="185"/>
        <source>宛先</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="185"/>
        <source>ファイル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="185"/>
        <source>事業数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="185"/>
        <source>書き出し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="185"/>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="186"/>
        <source>返信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="186"/>
        <source>取り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="205"/>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/crash.py" line="74"/>
        <source>Roadmap Desktop — 予期しないエラー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/crash.py" line="77"/>
        <source>予期しないエラーが発生しました。
編集した内容はその都度ファイルに保存されているため、これまでに保存された内容は失われていません。
お手数ですが、下の報告を「コピー」して、システム担当者に送ってください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/crash.py" line="82"/>
        <source>記録ファイル: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/crash.py" line="87"/>
        <source>エラーの報告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/crash.py" line="92"/>
        <source>コピー(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/crash.py" line="95"/>
        <location filename="../../roadmap_desktop/ui/crash.py" line="110"/>
        <source>コピーしました(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/crash.py" line="99"/>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="76"/>
        <source>部局別に書き出し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="78"/>
        <source>書き出す担当部局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="80"/>
        <source>{dept}（{n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="86"/>
        <source>書き出す(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="103"/>
        <source>パスワード(&amp;W):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="92"/>
        <source>担当部局ごとに1冊のブックを、部局名を付けて書き出します。返信を取り込むと、書き出した時からの変更だけを取り込みます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/collection.py" line="99"/>
        <source>パスワードを付けない</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="88"/>
        <source>工程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="118"/>
        <source>新規の事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="119"/>
        <source>終了・削除の事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="120"/>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="147"/>
        <source>変更のあった事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="136"/>
        <source>版を比較</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="142"/>
        <source>比較の結果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="148"/>
        <source>選ぶと、比較の結果のその事業へ移ります</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="151"/>
        <source>A と B を入れ替え(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="153"/>
        <source>Excel に書き出す(&amp;X)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="155"/>
        <source>PDF に書き出す(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="157"/>
        <source>閉じる(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="182"/>
        <source>計画の終了が遅れた取組があります</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="196"/>
        <source>Excel ブック (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="196"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="198"/>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="217"/>
        <source>比較結果の書き出し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="215"/>
        <source>書き出せません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="238"/>
        <source>比較するロードマップ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="240"/>
        <source>ロードマップ (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="248"/>
        <source>開いているファイルそのものです。比較する別のファイルを選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/diff_view.py" line="255"/>
        <source>比較できません</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditionDialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/edition_dialog.py" line="86"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/edition_dialog.py" line="87"/>
        <source>キャンセル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/edition_dialog.py" line="92"/>
        <source>新年度版を作成(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/edition_dialog.py" line="115"/>
        <source>タイムライン: {first}〜{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/edition_dialog.py" line="95"/>
        <source>この画面を閉じて、次の年度の版を新しいファイルに作ります（ファイル →「新年度版を作成…」と同じ）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edition_dialog.ui" line="6"/>
        <source>版の設定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edition_dialog.ui" line="30"/>
        <source>R6、令和6年度、2024 などの形で入力できます。タイムラインはこの年度から5年間です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edition_dialog.ui" line="63"/>
        <source>空欄なら年度から自動（例: 令和６年度DX関連事業ロードマップ）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edition_dialog.ui" line="12"/>
        <source>版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edition_dialog.ui" line="18"/>
        <source>年度(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edition_dialog.ui" line="53"/>
        <source>題名(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edition_dialog.ui" line="70"/>
        <source>最初のシート番号(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edition_dialog.ui" line="104"/>
        <source>表紙と進捗報告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edition_dialog.ui" line="110"/>
        <source>基準月(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edition_dialog.ui" line="120"/>
        <source>実績を記入した最後の月（例: 令和7年3月、R7.3、2025-03）。表紙と全体工程表に印刷され、進捗報告はこの月で判定します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edition_dialog.ui" line="123"/>
        <source>例: 令和7年3月（空欄なら印刷しません）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edition_dialog.ui" line="130"/>
        <source>発行(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edition_dialog.ui" line="150"/>
        <source>発行日(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edition_dialog.ui" line="140"/>
        <source>表紙に印刷する発行者（例: 〇〇県 総務部 デジタル推進課）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edition_dialog.ui" line="143"/>
        <source>例: 〇〇県 総務部 デジタル推進課</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edition_dialog.ui" line="160"/>
        <source>表紙に印刷する発行日（例: 令和7年3月31日、2025-03-31）。空欄なら印刷しません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edition_dialog.ui" line="163"/>
        <source>例: 令和7年3月31日（空欄なら印刷しません）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="67"/>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="208"/>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="225"/>
        <source>書き出し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="82"/>
        <source>表紙、目次、一覧、全体工程表のあとに各事業のシートが続く1つのPDFにします</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="86"/>
        <source>選ばなければ、白黒のプリンターでも計画と実績が見分けられる灰色で書き出します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="70"/>
        <source>PDF(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="71"/>
        <source>Excel(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="81"/>
        <source>冊子にする(&amp;B)（表紙・目次・一覧・全体工程表を付ける）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="83"/>
        <source>事業ごとに別のファイルにする(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="84"/>
        <source>カラーにする(&amp;C)（画面と同じ色）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="90"/>
        <source>進捗報告(&amp;R)（状況・遅れを表示）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="93"/>
        <source>一覧と全体工程表に各事業の状況（遅れ・超過・順調・未着手）を付けます。判定は版の設定の基準月で行います。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="97"/>
        <source>基準月が未設定です（「版の設定」で入力すると進捗報告を選べます）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="99"/>
        <source>基準月 {month}（版の設定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="101"/>
        <source>。画面の基準月（{month}）は使いません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="107"/>
        <source>付けない</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="108"/>
        <source>Excel のブックにパスワードを付けます。開くときに同じパスワードが要ります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="111"/>
        <source>確認のためもう一度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="112"/>
        <source>パスワード（確認のためもう一度）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="115"/>
        <source>対象(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="126"/>
        <source>書き出す(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="226"/>
        <source>{msg}

「{other}」として書き出しますか？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="116"/>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="122"/>
        <source>パスワード(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="125"/>
        <source>キャンセル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="174"/>
        <source>書き出すフォルダー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="178"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="178"/>
        <source>Excel ブック (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="181"/>
        <source>書き出し先</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="194"/>
        <source>確認のパスワードが一致しません。同じパスワードを2回入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/export_dialog.py" line="208"/>
        <source>書き出しています…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="74"/>
        <source>ヘルプ — Roadmap Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="76"/>
        <source>ヘルプのページ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="78"/>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="83"/>
        <source>使い方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="85"/>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="104"/>
        <source>キー操作の一覧</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="86"/>
        <source>バージョン情報とライセンス</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="88"/>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="99"/>
        <source>画面全体（どこにフォーカスがあっても使えます）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="100"/>
        <source>タイムライン（タイムラインをクリックしてから）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="105"/>
        <source>キー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="105"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="138"/>
        <source>Roadmap Desktop バージョン {version}&lt;br&gt;Python {python}・Qt {qt}・PySide6 {pyside}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="145"/>
        <source>使用しているソフトウェア: Qt・PySide6（LGPL v3）、openpyxl（MIT）、ReportLab（BSD）、pdfplumber（MIT）、platformdirs（MIT）、defusedxml（PSF）。フォント: IPAexゴシック（IPAフォントライセンスv1.0、全文は下のとおり）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="151"/>
        <source>フォントのライセンス</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="155"/>
        <source>ログのフォルダー: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/help_dialog.py" line="159"/>
        <source>ログのフォルダーを開く(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="90"/>
        <source>取り込む内容の確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="95"/>
        <source>新規{new}件、変更{changed}件、変更なし{unchanged}件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="99"/>
        <source>競合{n}件（どちらを採るか選べます。選ばなければ現在の内容のままです）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="105"/>
        <source>うち{n}件は同じ書き出しへの後の回答で置き換えるため、後の回答の値を選んであります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="108"/>
        <source>{n} 個のファイル: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="110"/>
        <source>取り込む事業にチェックを付けてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="112"/>
        <source>取り込める変更はありません（ロードマップには何も書き込みません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="122"/>
        <source>取り込む変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="123"/>
        <source>チェックした事業を取り込みます。行を選ぶと下に全文を表示します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="125"/>
        <source>事業・項目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="125"/>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="359"/>
        <source>変更前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="125"/>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="360"/>
        <source>変更後</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="150"/>
        <source>選んだ行の変更前と変更後</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="152"/>
        <source>行を選ぶと、変更前と変更後の全文をここに表示します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="204"/>
        <source>ファイル「{name}」（{n} 事業に変更）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="245"/>
        <source>新規</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="246"/>
        <source>変更 {n} 項目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="247"/>
        <source>変更なし</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="250"/>
        <source>・競合 {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="251"/>
        <source>（事業名なし）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="257"/>
        <source>事業名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="258"/>
        <source>期間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="259"/>
        <source>事業費（千円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="260"/>
        <source>取組</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="260"/>
        <source>{n}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="283"/>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="375"/>
        <source>［競合］{label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="283"/>
        <source>［削除・空欄］{label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="291"/>
        <source>書き出し時: {base}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="294"/>
        <source>そのまま: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="294"/>
        <source>採る: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="352"/>
        <source>変更箇所（赤の取り消し線: 削除、緑の下線: 追加）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="367"/>
        <source>書き出し時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="377"/>
        <source>同じ項目が両方で違う内容に変えられています。どれを採るか「変更後」の欄で選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="266"/>
        <source>（空）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="157"/>
        <source>読み込めなかった部分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="161"/>
        <source>読み込めなかった部分(&amp;P):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="165"/>
        <source>変更のない事業も表示(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="167"/>
        <source>すべて選択(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="168"/>
        <source>すべて解除(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="173"/>
        <source>チェックした事業を取り込む(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="174"/>
        <source>取り込まない(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/import_dialog.py" line="275"/>
        <source>注意: {w}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="256"/>
        <source>Excel・PDFから取り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="258"/>
        <source>PDF・Excelに書き出し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="354"/>
        <source>元に戻す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="354"/>
        <source>やり直し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="443"/>
        <source>事業を追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="457"/>
        <source>事業を複製</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="277"/>
        <source>現在の事業に取組を追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="512"/>
        <source>事業を上へ移動</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="512"/>
        <source>事業を下へ移動</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="251"/>
        <source>新規作成(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="252"/>
        <source>開く(&amp;O)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="253"/>
        <source>名前を付けて保存(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="254"/>
        <source>保存(&amp;S)（自動で保存済み）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="255"/>
        <source>取り込み(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="257"/>
        <source>書き出し(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="259"/>
        <source>印刷(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="260"/>
        <source>印刷プレビュー(&amp;V)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="261"/>
        <source>紙面チェック(&amp;K)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="262"/>
        <source>終了(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="264"/>
        <location filename="../../roadmap_desktop/ui/actions.py" line="324"/>
        <source>元に戻す(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="265"/>
        <location filename="../../roadmap_desktop/ui/actions.py" line="329"/>
        <source>やり直し(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="271"/>
        <source>事業を追加(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="272"/>
        <source>事業を複製(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="273"/>
        <source>事業を削除(&amp;D)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="276"/>
        <source>取組を追加(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="278"/>
        <source>事業を上へ移動(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="279"/>
        <source>事業を下へ移動(&amp;J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="280"/>
        <source>事業を検索(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="281"/>
        <source>基準月を設定(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="282"/>
        <source>全体工程表(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="284"/>
        <source>版の設定(&amp;E)（年度・題名・最初のシート番号）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="286"/>
        <source>複数ファイルの取り込み(&amp;M)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="287"/>
        <source>部局別に書き出し(&amp;D)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="288"/>
        <source>回収状況(&amp;T)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="289"/>
        <source>新年度版を作成(&amp;Y)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="290"/>
        <source>版を比較(&amp;C)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="292"/>
        <source>フォームを折りたたむ(&amp;F)（タイムラインを広く）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="298"/>
        <source>タイムラインを拡大(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="301"/>
        <source>タイムラインを縮小(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="304"/>
        <source>タイムラインを全体表示(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="307"/>
        <source>使い方(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="309"/>
        <source>キー操作の一覧(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="310"/>
        <source>ログのフォルダーを開く(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="312"/>
        <source>バージョン情報とライセンス(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="322"/>
        <source>元に戻す(&amp;U): {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="327"/>
        <source>やり直し(&amp;R): {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="335"/>
        <source>ツールバー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="352"/>
        <source>新規</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="352"/>
        <source>開く</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="353"/>
        <source>事業追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="353"/>
        <source>取組追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="355"/>
        <source>書き出し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="356"/>
        <source>印刷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="356"/>
        <source>拡大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="357"/>
        <source>縮小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="357"/>
        <source>全体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="379"/>
        <source>読み取り専用で開いているため、このファイルには保存しません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="381"/>
        <source>変更はその都度ファイルに保存されています。保存の操作は要りません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="437"/>
        <source>ログのフォルダーを開けませんでした: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="172"/>
        <source>ファイル(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="189"/>
        <source>編集(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="204"/>
        <source>表示(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="273"/>
        <source> [読み取り専用]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="50"/>
        <source>使用中のファイル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="52"/>
        <source>書き込めないファイル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="60"/>
        <source>読み取り専用で開きますか？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="68"/>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="74"/>
        <source>開けません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="103"/>
        <source>ファイル「{name}」が見つかりません。一覧から外します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="106"/>
        <source>状況とタイムラインの赤い印を判定する月です（表示 →「基準月を設定」で変更）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="217"/>
        <source>ヘルプ(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="274"/>
        <source>（サンプル）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="291"/>
        <source>一覧を列で並べ替えている間は使えません（見出しの右クリック →「シート番号の順に戻す」）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="292"/>
        <source>選択した事業を1つ上へ移動します（シート番号の順）  Alt+↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="294"/>
        <source>選択した事業を1つ下へ移動します（シート番号の順）  Alt+↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="92"/>
        <source>まだ編集できません: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="98"/>
        <source>編集できる状態で開き直しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="552"/>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="132"/>
        <source>基準月: {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="152"/>
        <source>ロードマップ (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="165"/>
        <source>ロードマップを開く</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="194"/>
        <source>新しいロードマップ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_files.py" line="219"/>
        <source>名前を付けて保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="375"/>
        <source>保存できませんでした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="384"/>
        <source>元に戻して保存しました: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="386"/>
        <source>保存しました: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="399"/>
        <source>読み取り専用で開いているため変更できません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="442"/>
        <source>新しい事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="455"/>
        <source>{name}（複製）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="467"/>
        <source>事業「{name}」を削除しますか？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="469"/>
        <source>選択した{n}件の事業を削除しますか？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="483"/>
        <source>{n}件の事業を削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="474"/>
        <source>事業の削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="174"/>
        <source>最近使ったファイル(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="212"/>
        <source>ツールバーを表示(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="475"/>
        <source>（「元に戻す」で取り消せます）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="483"/>
        <source>事業を削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="499"/>
        <source>事業の順番を変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/main_window.py" line="534"/>
        <source>版の設定を変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_transfers.py" line="45"/>
        <source>取り込むファイル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/window_transfers.py" line="46"/>
        <source>Excel・PDF・ZIP (*.xlsx *.xlsm *.xls *.ods *.pdf *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/actions.py" line="355"/>
        <source>取り込み</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewCanvas</name>
    <message>
        <location filename="../../roadmap_desktop/ui/overview_view.py" line="90"/>
        <source>No.{no} {name}
状況: {status}（ダブルクリックで開く）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/overview_view.py" line="91"/>
        <source>取組なし</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../roadmap_desktop/ui/overview_view.py" line="112"/>
        <source>分野(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/overview_view.py" line="113"/>
        <source>部局(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/overview_view.py" line="114"/>
        <source>状況(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/overview_view.py" line="148"/>
        <source>（分野なし）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/overview_view.py" line="152"/>
        <source>{status}（{n}件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/overview_view.py" line="158"/>
        <source>すべて</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/overview_view.py" line="195"/>
        <source>{n} / {total} 事業（基準月 {month}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <location filename="../../roadmap_desktop/ui/overview_view.py" line="243"/>
        <source>全体工程表</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../roadmap_desktop/ui/page_preview.py" line="97"/>
        <source>印刷プレビュー</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/preflight_dialog.py" line="20"/>
        <source>紙面チェック</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/preflight_dialog.py" line="27"/>
        <source>印刷の前に見ておきたいところが{n}件あります。クリックするとその事業を表示します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/preflight_dialog.py" line="34"/>
        <source>（{bad}件は最小の文字サイズ未満です）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/preflight_dialog.py" line="38"/>
        <source>紙面の足りないところ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/preflight_dialog.py" line="39"/>
        <source>選ぶと、その事業を開きます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/preflight_dialog.py" line="48"/>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/preflight_dialog.py" line="31"/>
        <source>紙面に足りないところはありません。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="109"/>
        <source>印刷と印刷プレビュー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="113"/>
        <source>選ばなければ、白黒のプリンターでも計画と実績が見分けられる灰色で印刷します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="111"/>
        <source>冊子にする(&amp;B)（表紙・目次・一覧・全体工程表を付ける）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="112"/>
        <source>カラーで印刷(&amp;C)（画面と同じ色）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="114"/>
        <source>進捗報告(&amp;R)（状況・遅れを表示）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="117"/>
        <source>冊子の一覧と全体工程表に各事業の状況を付けます（判定は版の設定の基準月 {month}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="121"/>
        <source>「版の設定」で基準月を入力すると選べます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="123"/>
        <source>すべてのページ(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="124"/>
        <source>ページ指定(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="131"/>
        <source>印刷する最初のページ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="132"/>
        <source>印刷する最後のページ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="138"/>
        <source>ページを組んでいます…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="143"/>
        <source>ページを組んでいます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="149"/>
        <source>対象(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="176"/>
        <source>印刷(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="165"/>
        <source>〜</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="276"/>
        <source>{n} ページ中 {k} ページ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/print_dialog.py" line="288"/>
        <source>印刷</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="117"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="117"/>
        <source>事業名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="117"/>
        <source>分野</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="117"/>
        <source>担当部局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="117"/>
        <source>担当課等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="118"/>
        <source>期間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="118"/>
        <source>事業費
（千円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="118"/>
        <source>状況</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="285"/>
        <source>基準月（{month}）までに終わる計画のうち、実績のない月がある取組があります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="287"/>
        <source>基準月（{month}）までの計画に実績が追いついています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="288"/>
        <source>実績がまだありません。基準月（{month}）までに終わる計画もありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="286"/>
        <source>計画の期間を超えて続いている実績があります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="289"/>
        <source>取組がありません。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectListPanel</name>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="542"/>
        <source>列の幅と表示を元に戻す(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="543"/>
        <source>シート番号の順に戻す(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="595"/>
        <source>すべての分野</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="595"/>
        <source>すべての担当部局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="595"/>
        <source>すべての担当課等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="614"/>
        <source>すべての状況</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="616"/>
        <source>{status}（{n}件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="663"/>
        <source>表示中 {shown}／{all}事業&#x3000;事業費合計 {total}千円</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="677"/>
        <source>事業がありません。「追加」で最初の事業を作成します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/project_list.py" line="679"/>
        <source>条件に合う事業はありません。検索語や絞り込みを見直してください。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectPanel</name>
    <message>
        <location filename="../../forms/project_panel.ui" line="29"/>
        <source>事業を検索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="32"/>
        <source>事業名・部局・課・概要などで検索します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="35"/>
        <source>検索（事業名・本文・取組）  Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="47"/>
        <source>分野の絞り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="50"/>
        <source>分野で絞り込む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="63"/>
        <source>担当部局の絞り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="66"/>
        <source>担当部局で絞り込む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="79"/>
        <source>担当課等の絞り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="82"/>
        <source>担当課等で絞り込む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="95"/>
        <source>状況の絞り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="98"/>
        <source>状況（基準月の時点）で絞り込む。括弧内は件数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="113"/>
        <source>事業の一覧</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="116"/>
        <source>上下の矢印で事業を選び、Tab で次の欄へ移ります</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="150"/>
        <source>追加(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="157"/>
        <source>複製(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="164"/>
        <source>削除(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="184"/>
        <source>▲ 上へ(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="187"/>
        <source>選択した事業を1つ上へ移動します（シート番号の順）  Alt+↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="194"/>
        <source>▼ 下へ(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/project_panel.ui" line="197"/>
        <source>選択した事業を1つ下へ移動します（シート番号の順）  Alt+↓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../roadmap_desktop/ui/readonly_banner.py" line="24"/>
        <source>編集できるように開き直す(&amp;Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/readonly_banner.py" line="25"/>
        <source>相手がファイルを閉じた後に押すと、編集できる状態で開き直します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/readonly_banner.py" line="40"/>
        <source>読み取り専用で開いています。{reason}見ることと印刷・書き出しはできますが、変更はできません。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/reference_dialog.py" line="28"/>
        <source>基準月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/reference_dialog.py" line="32"/>
        <source>例: 令和7年3月、R7.3、2025年3月、2025-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/reference_dialog.py" line="33"/>
        <source>年度の欄と同じ書き方（令和・R・西暦、全角も可）に月を付けて入力します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/reference_dialog.py" line="37"/>
        <source>月を選びます（矢印キーで1か月ずつ動かせます）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/reference_dialog.py" line="30"/>
        <source>今月を基準月にする(&amp;A)（毎月自動で進みます）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/reference_dialog.py" line="44"/>
        <source>基準月(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/reference_dialog.py" line="45"/>
        <source>カレンダーから選ぶ(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/reference_dialog.py" line="48"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/reference_dialog.py" line="49"/>
        <source>キャンセル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/reference_dialog.py" line="55"/>
        <source>状況（遅れ・超過など）とタイムラインの赤い印は、この月の時点で判定します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/reference_dialog.py" line="83"/>
        <source>{month}（{iso}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolloverDialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="55"/>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="154"/>
        <source>新年度版を作成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="62"/>
        <source>次の年度の版を新しいファイルに作成します。開いているファイル「{name}」は変更しません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="87"/>
        <source>キャンセル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="69"/>
        <source>参照(&amp;B)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="72"/>
        <source>作成するファイル(&amp;F):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="77"/>
        <source>事業終期を過ぎた事業も引き継ぐ(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="86"/>
        <source>作成(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="94"/>
        <source>作成される内容(&amp;P):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="119"/>
        <source>新年度版の保存先</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="121"/>
        <source>ロードマップ (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="138"/>
        <source>作成するファイルを指定してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="155"/>
        <source>「{name}」は既にあります。置き換えますか？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetForm</name>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="92"/>
        <source>シート番号は1以上の整数で入力してください（空欄なら自動で付番します）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="198"/>
        <source>{label}(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="200"/>
        <source>自動</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="200"/>
        <source>{no}（自動）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="334"/>
        <source>{label}を変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="462"/>
        <source>紙面 {p}%：{pt}ptでも収まりません（続きのページに回ります）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="467"/>
        <source>紙面 {p}%：{pt}pt（3列の大きさをそろえて縮小）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="470"/>
        <source>紙面 {p}%：{pt}ptに縮小。読みにくくなるため短くしてください</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="475"/>
        <source>紙面 {p}%：{pt}ptに縮小して印刷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="478"/>
        <source>紙面 {p}%：{pt}pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/sheet_form.py" line="481"/>
        <source>印刷したシートの枠に対して、この文章が{full}ptで必要とする高さの割合です。100%を超えると文字を小さくして収めます（{readable}pt未満は読みにくくなります）。「現状・課題」「取組」「デジタル活用によってどう変わるか」の3列は同じ大きさで印刷します。</source>
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
        <location filename="../../forms/sheet_form.ui" line="97"/>
        <source>空欄なら並び順で自動的にシート番号が付きます。数字を入れるとその番号に固定します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="23"/>
        <source>分野(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="36"/>
        <source>担当部局(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="53"/>
        <source>担当課等(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="70"/>
        <source>項目(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="87"/>
        <source>シート番号(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="104"/>
        <source>事業名(&amp;J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="117"/>
        <source>事業始期(&amp;S)</source>
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
        <source>事業終期(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="157"/>
        <source>事業費（千円）(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="177"/>
        <source>概要(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="221"/>
        <source>現状・課題(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="244"/>
        <source>取組(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sheet_form.ui" line="267"/>
        <source>デジタル活用によってどう変わるか(&amp;X)</source>
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
        <location filename="../../forms/sheet_form.ui" line="167"/>
        <source>千円単位。5,144 や ５１４４ のように入力できます</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="28"/>
        <source>タイムラインの凡例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="38"/>
        <source>計画（目標）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="40"/>
        <source>遅れ（計画の期間を過ぎても実績がない月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="41"/>
        <source>遅れのある取組</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="42"/>
        <source>超過（計画を超えた実績）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="43"/>
        <source>基準月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="44"/>
        <source>基準月より後の実績</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_paint.py" line="297"/>
        <source>計画</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_paint.py" line="297"/>
        <source>目標</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_paint.py" line="630"/>
        <source>事業が選択されていません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_paint.py" line="632"/>
        <source>取組がありません。右クリックの「取組を追加」か Ctrl+Insert で追加できます。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="121"/>
        <source>全体表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="121"/>
        <source>5年間を幅いっぱいに表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="123"/>
        <source>縮小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="123"/>
        <source>月の幅を狭く</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="124"/>
        <source>拡大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_view.py" line="124"/>
        <source>月の幅を広く</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="85"/>
        <source>タイムライン（計画と実績）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="462"/>
        <source>Enter で確定、Esc で取り消し、Alt+Enter で改行（{mark}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="640"/>
        <source>取組はありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="644"/>
        <source>取組「{name}」 {row} {period} 「{label}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="650"/>
        <source>取組「{name}」の名前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="651"/>
        <source>取組「{name}」 {row} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline.py" line="656"/>
        <source>実績</source>
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
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="93"/>
        <source>ラベルを編集(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="97"/>
        <source>実績として記録(&amp;R)（計画と同じ期間）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="103"/>
        <source>表示期間後も継続(&amp;C)（矢印）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="110"/>
        <source>バーを削除(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="118"/>
        <source>バーを追加(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="126"/>
        <source>取組の名前を変更(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="128"/>
        <source>上へ移動(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="132"/>
        <source>下へ移動(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="137"/>
        <source>「{label}」にする(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="141"/>
        <source>取組を削除(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/timeline_menu.py" line="145"/>
        <source>取組を追加(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeBanner</name>
    <message>
        <location filename="../../roadmap_desktop/ui/welcome_banner.py" line="32"/>
        <source>サンプルのお知らせ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/welcome_banner.py" line="35"/>
        <source>新しいロードマップを作成(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/welcome_banner.py" line="36"/>
        <source>ファイルを開く(&amp;O)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/welcome_banner.py" line="37"/>
        <source>このまま使う(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/welcome_banner.py" line="38"/>
        <source>このファイルを自分のロードマップとして使い続けます（お知らせを閉じます）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/welcome_banner.py" line="60"/>
        <source>サンプルのロードマップ（県の公表資料から作った見本）を開いています。変更はこのファイルに保存されます: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowTransfers</name>
    <message>
        <location filename="../../roadmap_desktop/ui/window_transfers.py" line="126"/>
        <source>書き出し</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../roadmap_desktop/cli_text.py" line="22"/>
        <source>使い方: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli_text.py" line="23"/>
        <source>引数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli_text.py" line="24"/>
        <source>オプション</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli_text.py" line="25"/>
        <source>この説明を表示して終わる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli_text.py" line="26"/>
        <source>%(prog)s: エラー: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli_text.py" line="27"/>
        <source>次の引数が必要です: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli_text.py" line="28"/>
        <source>使えない引数があります: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli_text.py" line="29"/>
        <source>%(value)r は選べません（選べるもの: %(choices)s）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli_text.py" line="32"/>
        <source>引数 %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli_text.py" line="33"/>
        <source>%(value)r は %(type)s の値として読めません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli_text.py" line="34"/>
        <source>値を一つ指定してください</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli_text.py" line="35"/>
        <source>値は一つまでです</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli_text.py" line="36"/>
        <source>値を一つ以上指定してください</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli_text.py" line="37"/>
        <location filename="../../roadmap_desktop/cli_text.py" line="38"/>
        <source>値を %s 個指定してください</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli_text.py" line="39"/>
        <source>オプション %(option)s は一つに決まりません（候補: %(matches)s）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli_text.py" line="42"/>
        <source>引数 %s と一緒には使えません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli_text.py" line="43"/>
        <source>引数 %s のどれかが必要です</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli_text.py" line="44"/>
        <source>値 %r は使えません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli_text.py" line="45"/>
        <source>コマンド %(parser_name)r はありません（選べるもの: %(choices)s）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli_text.py" line="48"/>
        <source>「%(filename)s」を開けません: %(error)s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="109"/>
        <source>「{name}」のパスワードが違います。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="112"/>
        <source>「{name}」はパスワードで保護されています。パスワードを入力しなかったため読み込みませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="148"/>
        <source>パスワードで保護されています。取り込みの画面（コマンドでは --password）でパスワードを入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="211"/>
        <source>「{name}」は取り込めない形式です（Excel のブック・PDF、またはそれを入れた ZIP を選んでください）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="221"/>
        <source>「{name}」は壊れているため読み込めません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="225"/>
        <source>「{name}」はパスワードで保護されています。メモリー上で開いて読みました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="234"/>
        <source>「{name}」はパスワードで保護された古い形式（.xls）のブックです。Excel で開いて保護を外し、「.xlsx」形式で保存し直してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="242"/>
        <source>「{name}」は Excel のブックではない Office の古い形式のファイルです。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="250"/>
        <source>「{name}」はパスワード付きの ZIP の中の {kind} ファイルです。変換のためにディスクへ書き出すことになるため読み込みません。「.xlsx」形式で保存し直してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="257"/>
        <source>「{name}」（{kind} 形式）は LibreOffice で .xlsx に変換してから読みました。書式の細部が変わることがあるため、内容を確かめてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="271"/>
        <source>「{name}」は壊れているか途中で切れているため開けません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="281"/>
        <source>「{name}」はマクロ付きのブックです。マクロは実行せず、セルの内容だけを読みました（マクロは取り込みません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="294"/>
        <source>「{name}」は ZIP の中の ZIP のさらに中にあるため、安全のため開きません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="325"/>
        <source>「{name}」の中にファイルがありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="328"/>
        <source>{zip} 内の {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="331"/>
        <source>「{name}」は取り込める形式（Excel のブック・PDF）ではないため読みませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="352"/>
        <source>「{name}」の中に取り込めるファイルがありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="371"/>
        <source>「{name}」には {n:,} 個のファイルが入っていて多すぎるため開きません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="382"/>
        <source>「{name}」の中の「{member}」は展開すると異常に大きくなる（{mb:,} MB）ため、安全のため開きません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="389"/>
        <source>「{name}」は展開すると大きすぎる（{mb:,} MB）ため、安全のため開きません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="412"/>
        <source>「{name}」の中の「{member}」を展開できません（{err}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="418"/>
        <source>「{name}」は対応していない方式で圧縮されています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="422"/>
        <source>「{name}」は壊れています（大きさが記録と違います）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="442"/>
        <source>「{name}」は対応していない方式で暗号化されているため読み込めません（{err}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="448"/>
        <source>「{name}」は壊れているため開けません（パスワードの保護を解けません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="473"/>
        <source>ファイルが見つかりません: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="477"/>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="493"/>
        <source>「{name}」を開けません: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="486"/>
        <source>「{name}」は大きすぎます（{mb:,} MB）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="528"/>
        <source>「{name}」は {kind} 形式のため、読むには LibreOffice が必要ですが、このパソコンには見つかりません。Excel などで「.xlsx」形式で保存し直してから取り込んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="548"/>
        <source>「{name}」を LibreOffice で変換できませんでした（壊れているか、表計算のファイルではありません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="570"/>
        <source>LibreOffice を起動できませんでした（{err}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="582"/>
        <source>「{name}」の LibreOffice での変換が {s:.0f} 秒で終わらなかったため中止しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="605"/>
        <source>パスワードが違います。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="607"/>
        <source>「{name}」のパスワード: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <location filename="../../roadmap_desktop/ui/background.py" line="102"/>
        <source>中止</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>book</name>
    <message>
        <location filename="../../roadmap_desktop/export/book.py" line="36"/>
        <source>表紙</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/book.py" line="37"/>
        <location filename="../../roadmap_desktop/layout/book.py" line="154"/>
        <source>目次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/book.py" line="38"/>
        <location filename="../../roadmap_desktop/layout/book.py" line="272"/>
        <location filename="../../roadmap_desktop/layout/book.py" line="371"/>
        <source>一覧</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/book.py" line="39"/>
        <location filename="../../roadmap_desktop/layout/book.py" line="371"/>
        <source>全体工程表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/book.py" line="72"/>
        <source>（分野なし）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/book.py" line="108"/>
        <source>{n} 事業&#x3000;{label} 合計 {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/book.py" line="101"/>
        <source>進捗報告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/book.py" line="113"/>
        <source>実績の基準月&#x3000;{month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/book.py" line="154"/>
        <location filename="../../roadmap_desktop/layout/book.py" line="272"/>
        <source>（続き）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/book.py" line="244"/>
        <source>（未入力 {n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/book.py" line="295"/>
        <source>合計（{n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/book.py" line="299"/>
        <source>{field}（{n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/book.py" line="317"/>
        <source>進捗報告には基準月が必要です。「版の設定」で基準月（実績を記入した最後の月）を入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>budgets</name>
    <message>
        <location filename="../../roadmap_desktop/importing/budgets.py" line="77"/>
        <source>{what}が上限（{limit:,}）を超えています</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/budgets.py" line="79"/>
        <source>{what}（{found:,}）が上限（{limit:,}）を超えています</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/budgets.py" line="83"/>
        <source>「{name}」は読み込めません。{why}。ロードマップのファイルではないか、壊れています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/budgets.py" line="103"/>
        <source>「{name}」は読み込めません。読み取りにかかる時間が上限（{seconds:.0f} 秒）を超えました。ロードマップのファイルではないか、壊れています。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="59"/>
        <location filename="../../roadmap_desktop/cli.py" line="309"/>
        <source>作成しました: {file}（{n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="66"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="67"/>
        <source>事業名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="68"/>
        <source>担当部局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="69"/>
        <source>期間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="70"/>
        <source>事業費（千円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="80"/>
        <source>合計（{n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="105"/>
        <source>No.{nos} の事業はありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="126"/>
        <source>--password は Excel の書き出し（--xlsx、--per-department）に付けてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="130"/>
        <source>注意: パスワードは Excel のブックにだけ付けます（PDF には付けません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="136"/>
        <source>--progress は --book か --xlsx と一緒に指定してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="140"/>
        <source>基準月はファイルの版の設定で決めます: roadmap edition {file} --reference-month {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="196"/>
        <location filename="../../roadmap_desktop/cli.py" line="202"/>
        <source>注意: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="203"/>
        <source>PDF を書き出しました: {out}（{n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="171"/>
        <source>Excel ファイルを書き出しました: {out}（{n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="115"/>
        <source>基準月「{text}」は 2025-03 の形で指定してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="151"/>
        <source>注意: ロードマップに書き込めないため、書き出した内容を記録しません（返信は2者比較になります）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="121"/>
        <source>--pdf、--xlsx、--per-department のどれかで出力先を指定してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="123"/>
        <source>--book は --pdf と一緒に指定してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="178"/>
        <location filename="../../roadmap_desktop/cli.py" line="323"/>
        <source>Excel ファイルを書き出しました: {out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="179"/>
        <source>担当部局ごとに {n} 個のブックを書き出しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="197"/>
        <source>冊子の PDF を書き出しました: {out}（{n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="224"/>
        <source>紙面チェック: {n}事業、指摘{k}件（最小の文字サイズ未満{bad}件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="297"/>
        <source>取り込みました（変更前のバックアップ: {backup}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="299"/>
        <source>（確認のみ。取り込むには --apply を付けてください）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="246"/>
        <source>（未設定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="249"/>
        <source>題名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="250"/>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="251"/>
        <source>基準月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="252"/>
        <source>発行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="253"/>
        <source>発行日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="265"/>
        <source>--project は --take と一緒に指定してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="271"/>
        <source>--password でパスワードを指定してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="280"/>
        <source>競合{n}件は、ロードマップの現在の値のままにします（返信の値を採るには --take reply、事業を絞るには --project NO）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="286"/>
        <source>競合{n}件は、返信の値を採ります（--take reply）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="289"/>
        <source>競合{n}件は、ロードマップの現在の値のままにします（--take roadmap）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="294"/>
        <source>取り込める変更がないため、何も書き込みませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="328"/>
        <source>PDF を書き出しました: {out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="338"/>
        <source>書き出したブックの記録はありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="341"/>
        <source>回収待ち</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="342"/>
        <source>返信あり</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="343"/>
        <source>取り込み済み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="345"/>
        <source>宛先</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="345"/>
        <source>ファイル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="345"/>
        <source>事業数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="345"/>
        <source>書き出し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="346"/>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="346"/>
        <source>返信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="346"/>
        <source>取り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="360"/>
        <source>シート番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="366"/>
        <source>DX関連事業ロードマップのファイルを扱います。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="368"/>
        <source>コマンド</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="371"/>
        <source>新しいロードマップのファイルを作る</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="372"/>
        <location filename="../../roadmap_desktop/cli.py" line="377"/>
        <location filename="../../roadmap_desktop/cli.py" line="381"/>
        <location filename="../../roadmap_desktop/cli.py" line="385"/>
        <location filename="../../roadmap_desktop/cli.py" line="416"/>
        <location filename="../../roadmap_desktop/cli.py" line="423"/>
        <location filename="../../roadmap_desktop/cli.py" line="460"/>
        <location filename="../../roadmap_desktop/cli.py" line="466"/>
        <source>ロードマップのファイル（.roadmap）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="373"/>
        <source>見本の20事業を入れる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="376"/>
        <source>事業の一覧を表示する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="380"/>
        <source>ロードマップ全体を正規化したJSONで出力する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="384"/>
        <source>PDF または Excel に書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="386"/>
        <source>PDF に書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="387"/>
        <source>Excel のブックに書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="389"/>
        <source>書き出す事業のシート番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="392"/>
        <source>PDF を冊子にする（表紙・目次・一覧・全体工程表・シート、ページ番号としおり付き）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="397"/>
        <source>進捗報告にする: 一覧と全体工程表に状況（遅れ・超過など）を付ける（ファイルの基準月で判定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="404"/>
        <source>PDF を画面と同じ色で書き出す（既定は白黒印刷でも見分けられる灰色）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="409"/>
        <source>担当部局ごとに1冊ずつ、部局名のブックをフォルダーに書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="412"/>
        <source>Excel のブックにパスワードを付ける（Excel の「パスワードを付けて保存」と同じ）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="415"/>
        <source>版の設定（基準月・発行）を表示する、または変える</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="417"/>
        <source>実績の基準月（空文字で解除）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="418"/>
        <source>表紙に印刷する発行者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="419"/>
        <source>表紙に印刷する発行日（空文字で解除）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="422"/>
        <source>Excel または PDF から取り込む（既定は確認のみ。複数可）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="425"/>
        <source>取り込む Excel（.xlsx）または PDF のファイル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="427"/>
        <source>確認した内容を取り込む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="428"/>
        <source>変更のない事業も表示する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="430"/>
        <source>パスワード付きのブック・ZIP のパスワード（省略すると端末で尋ねる）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="434"/>
        <source>競合した項目で採る側: reply（返信の値）か roadmap（現在の値、既定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="437"/>
        <source>--take を適用する事業のシート番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="442"/>
        <source>書き出し記録のないファイルからも、削除や空欄にする変更を取り込む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="446"/>
        <source>次の年度の版（新年度版）を別のファイルに作る</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="447"/>
        <source>今の版のファイル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="448"/>
        <source>作る新年度版のファイル（既にあれば作らない）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="449"/>
        <source>事業終期を過ぎた事業も引き継ぐ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="452"/>
        <source>二つのロードマップ（版）の違いを表示する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="453"/>
        <source>比べる元のファイル（前の版）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="454"/>
        <source>比べる先のファイル（新しい版）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="455"/>
        <source>違いを Excel に書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="456"/>
        <source>違いを PDF に書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="459"/>
        <source>紙面チェック: 印刷する前に紙面の足りないところを一覧にする</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="461"/>
        <source>冊子の表紙・目次・一覧・全体工程表も調べる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="462"/>
        <source>調べる事業のシート番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="465"/>
        <source>回収状況（書き出したブックの返信と取り込み）を表示する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/cli.py" line="496"/>
        <location filename="../../roadmap_desktop/cli.py" line="499"/>
        <source>エラー: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="180"/>
        <source>新年度版を作成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/ui/rollover_dialog.py" line="181"/>
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
        <location filename="../../roadmap_desktop/core/diff.py" line="123"/>
        <source> {n}か月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="320"/>
        <source>取組の名前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="326"/>
        <source>取組の追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="328"/>
        <source>取組の削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="330"/>
        <source>取組「{name}」の区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="335"/>
        <source>実績</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="398"/>
        <source>事業終期 {end} を過ぎたため</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff.py" line="416"/>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="121"/>
        <source>合計</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="72"/>
        <source>増減</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="73"/>
        <source>未入力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="78"/>
        <source>（未設定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="83"/>
        <source>取組「{name}」 {row}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="90"/>
        <source>{year}事業費: {old} → {new}（{delta}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="101"/>
        <source>新規{new}件・終了・削除{ended}件・変更{changed}件・変更なし{same}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="109"/>
        <source>（うち計画の終了が遅れた事業{n}件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="111"/>
        <source>・シート番号の変わった事業{n}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="126"/>
        <source>複数の部局が担当する事業は、各部局に全額を計上しています（部局別の計は合計と一致しません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="134"/>
        <source>比較: A {a} → B {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="140"/>
        <source>■ 事業費（千円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="144"/>
        <source>  合計: {a_label} {a} → {b_label} {b}（{delta}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="152"/>
        <source>  分野別:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="154"/>
        <source>  部局別:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="160"/>
        <source>■ {status}の事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="163"/>
        <source>■ シート番号の変更（{n}件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="167"/>
        <source>■ 変更のあった事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="172"/>
        <source>工程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/diff_text.py" line="175"/>
        <source>違いはありません。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diff_pdf</name>
    <message>
        <location filename="../../roadmap_desktop/export/diff_pdf.py" line="69"/>
        <source>区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_pdf.py" line="95"/>
        <source>工程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_pdf.py" line="112"/>
        <location filename="../../roadmap_desktop/export/diff_pdf.py" line="148"/>
        <source>ロードマップの比較</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_pdf.py" line="117"/>
        <source>変更箇所: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_pdf.py" line="122"/>
        <source>事業費（千円）: 分野別</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_pdf.py" line="124"/>
        <source>事業費（千円）: 部局別</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_pdf.py" line="129"/>
        <source>シート番号の変更（{n}件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_pdf.py" line="133"/>
        <source>新規の事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_pdf.py" line="134"/>
        <source>終了・削除の事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_pdf.py" line="135"/>
        <source>変更のあった事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_pdf.py" line="144"/>
        <source>違いはありません。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diff_xlsx</name>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="81"/>
        <source>概要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="82"/>
        <source>ロードマップの比較</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="87"/>
        <source>変更箇所の表示: 削除した文字は赤の取り消し線、追加した文字は青の太字・下線。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="90"/>
        <source>シート番号の変更（{n}件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="97"/>
        <source>事業費</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="100"/>
        <source>分野別（千円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="101"/>
        <source>部局別（千円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="106"/>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="174"/>
        <source>区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="139"/>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="141"/>
        <source>事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="139"/>
        <source>新規</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="141"/>
        <source>B にありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="145"/>
        <source>{year}事業費（千円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="150"/>
        <source>工程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="167"/>
        <source>変更一覧</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="173"/>
        <source>事業名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="175"/>
        <source>項目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="176"/>
        <source>変更前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="177"/>
        <source>変更後</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/diff_xlsx.py" line="178"/>
        <source>変更箇所</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dump</name>
    <message>
        <location filename="../../roadmap_desktop/core/dump.py" line="138"/>
        <source>Roadmap Desktop のデータではありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/dump.py" line="140"/>
        <source>新しいバージョンの Roadmap Desktop で作られたデータです。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/dump.py" line="153"/>
        <source>発行日「{text}」は 2025-03-31 の形で書いてください。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edition</name>
    <message>
        <location filename="../../roadmap_desktop/importing/edition.py" line="69"/>
        <source>このファイルは{edition}版です。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../roadmap_desktop/export/pdf.py" line="209"/>
        <source>「{name}」はフォルダーです。ファイル名を指定してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/book.py" line="89"/>
        <location filename="../../roadmap_desktop/export/pdf.py" line="233"/>
        <location filename="../../roadmap_desktop/export/pdf.py" line="260"/>
        <source>書き出す事業がありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/pdf.py" line="258"/>
        <source>フォルダー「{dir}」がありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/atomic.py" line="36"/>
        <source>「{name}」は他のプログラム（Excel など）で開かれているため書き込めません。元のファイルはそのままです。閉じてからやり直すか、「{other}」など別の名前で書き出してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/protect.py" line="22"/>
        <source>パスワードが空です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/protect.py" line="24"/>
        <source>パスワードが長すぎます（{n} 文字まで）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>file</name>
    <message>
        <location filename="../../roadmap_desktop/fsutil.py" line="127"/>
        <source>フォルダー「{dir}」がありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/fsutil.py" line="131"/>
        <source>フォルダー「{dir}」に書き込む権限がありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/fsutil.py" line="43"/>
        <source>ディスクの空きが足りないため「{name}」を書き出せませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="94"/>
        <source>「{name}」はロードマップのファイルではありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="106"/>
        <source>「{name}」はロードマップのファイルではありません（別のデータベースです）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="112"/>
        <source>「{name}」は新しいバージョンの Roadmap Desktop で保存されています。アプリケーションを更新してから開いてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="121"/>
        <source>「{name}」は壊れています（{detail}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="128"/>
        <source>「{name}」は壊れているため開けません（{detail}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="164"/>
        <source>「{name}」は読み取り専用のファイルです。読み取り専用で開いてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="174"/>
        <source>ディスクの空きが足りないため「{name}」を編集用に開けません。空きを作るか、読み取り専用で開いてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="181"/>
        <source>「{name}」のフォルダーに書き込めません。読み取り専用で開いてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="198"/>
        <source>「{name}」を開けません: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="209"/>
        <source>「{name}」は既に存在します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="305"/>
        <source>大きすぎる数値があるため「{name}」に保存できませんでした。ファイルは直前の状態のままです。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="386"/>
        <source>変更前のバックアップを作れなかったため、何も変更していません（{detail}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/operations/imports.py" line="332"/>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="282"/>
        <source>読み取り専用で開いているため保存できません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="406"/>
        <source>ディスクの空きが足りないため「{name}」に保存できませんでした。ファイルは直前の状態のままです。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="412"/>
        <source>「{name}」に書き込む権限がありません。ファイルは直前の状態のままです。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="418"/>
        <source>ディスクへの書き込みに失敗したため「{name}」に保存できませんでした（空き容量やネットワークの接続を確認してください）。ファイルは直前の状態のままです。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="425"/>
        <source>「{name}」は他のプログラムが使用中のため保存できませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/roadmap_file.py" line="428"/>
        <source>「{name}」に保存できませんでした（{err}）。ファイルは直前の状態のままです。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../roadmap_desktop/operations/targets.py" line="38"/>
        <source>元のファイルと同じ名前です。別の名前を指定してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/operations/targets.py" line="43"/>
        <source>「{name}」は他の人が使用中のため上書きできません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/operations/targets.py" line="47"/>
        <source>「{name}」は既に存在します。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fiscal</name>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="56"/>
        <source>{era}{num}年度という年度はありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="61"/>
        <source>「{text}」は年度として読み取れません（例: R5、令和5年度、2023年度）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="67"/>
        <source>年度 {text} は扱える範囲外です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="75"/>
        <source>年度 {fy} は扱える範囲外です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="106"/>
        <source>事業費は0以上の整数（千円）で入力してください: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="127"/>
        <source>未入力（{n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="129"/>
        <source>{total}（未入力 {n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="206"/>
        <source>月の形式が正しくありません: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="230"/>
        <source>{era}{num}年という年はありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="238"/>
        <source>「{text}」は年月として読み取れません（例: 令和7年3月、R7.3、2025年3月、2025-03）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/fiscal.py" line="258"/>
        <source>「{text}」は日付として読み取れません（例: 令和7年3月31日、2025-03-31）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guard</name>
    <message>
        <location filename="../../roadmap_desktop/importing/value_guard.py" line="57"/>
        <source>取組名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/value_guard.py" line="60"/>
        <source>取組名が{cap}文字を超えているため、{cap}文字までにしました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/value_guard.py" line="65"/>
        <source>バーの名前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/value_guard.py" line="68"/>
        <source>バーの名前が{cap}文字を超えているため、{cap}文字までにしました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/value_guard.py" line="75"/>
        <source>{parts}にあった制御文字を取り除きました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/value_guard.py" line="98"/>
        <source>一覧の{label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/value_guard.py" line="104"/>
        <source>一覧の{label}は使いません: {why}</source>
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
&lt;p&gt;マウスを使わなくても操作できます。メニューやボタン、欄の名前の括弧内の英字（例: 冊子にする(B)）は、
Alt キーを押しながらその英字を押すと、そのボタンを押したり欄へ移ったりします（メニューを開いているときは英字だけ）。
Tab で次の欄へ、Esc で画面を閉じます。&lt;/p&gt;

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

&lt;h3&gt;5. 一年の流れ（DX推進課の年間作業）&lt;/h3&gt;
&lt;p&gt;毎年のロードマップは、次の順で作ります。メニューの名前はアプリの表示のとおりです。&lt;/p&gt;
&lt;h4&gt;(1) 各部局へ照会する: ファイル →「部局別に書き出し…」&lt;/h4&gt;
&lt;p&gt;担当部局ごとに1冊の Excel ブックを書き出します。部局を選び、書き出すフォルダーを選ぶと、
部局名の付いたブックができます。これを各部局へメールで送ります。
書き出した内容はロードマップのファイルに記録され、返信を取り込むときの比べる元になります。&lt;/p&gt;
&lt;p&gt;&lt;img src=&quot;round_departments.png&quot;&gt;&lt;/p&gt;
&lt;h4&gt;(2) 返信を待つ: ファイル →「回収状況…」&lt;/h4&gt;
&lt;p&gt;書き出したブックごとに、回収待ち・返信あり・取り込み済みと、その日時が一覧になります。&lt;/p&gt;
&lt;p&gt;&lt;img src=&quot;round_status.png&quot;&gt;&lt;/p&gt;
&lt;h4&gt;(3) 返信を取り込む: ファイル →「複数ファイルの取り込み…」&lt;/h4&gt;
&lt;p&gt;戻ってきたブックを複数まとめて選ぶか、ウィンドウへドラッグします。
書き出した時からの各部局の変更だけが、ファイルごとにまとめて表示されます。
こちらでも同じ欄を変えていたときは「競合」として両方が並び、どちらを採るか選べます。
チェックした変更だけを反映し、反映前のファイルはバックアップされます。&lt;/p&gt;
&lt;p&gt;&lt;img src=&quot;round_preview.png&quot;&gt;&lt;/p&gt;
&lt;h4&gt;(4) 全体を確かめる: 表示 →「全体工程表…」&lt;/h4&gt;
&lt;p&gt;すべての事業のタイムラインを1行ずつ並べて見られます。分野・部局・状況で絞り込め、
Ctrl+ホイール（Ctrl++ / Ctrl+- / Ctrl+0）で拡大・縮小します。行をダブルクリックすると、その事業のシートを開きます。&lt;/p&gt;
&lt;p&gt;&lt;img src=&quot;overview.png&quot;&gt;&lt;/p&gt;
&lt;h4&gt;(5) 冊子を作る: ファイル →「書き出し…」で「冊子にする」&lt;/h4&gt;
&lt;p&gt;表紙・目次・一覧・全体工程表・各シートを1つの PDF にまとめます。印刷（Ctrl+P）でも「冊子にする」を選べます。
公表用の冊子には、その日の日付や遅れの判定は入りません。&lt;/p&gt;
&lt;h4&gt;(6) 翌年度の版を作る: ファイル →「新年度版を作成…」&lt;/h4&gt;
&lt;p&gt;今のファイルはそのまま残し、新しいファイルに翌年度の版を作ります。題名の年度と表示する5年度が進み、
始まる年度より前のバーは履歴に移ります。新しい年度の事業費は「未入力」になります。&lt;/p&gt;
&lt;p&gt;&lt;img src=&quot;rollover.png&quot;&gt;&lt;/p&gt;
&lt;h4&gt;(7) 前年度と比べる: ファイル →「版を比較…」&lt;/h4&gt;
&lt;p&gt;2つのファイル（前年度の版と今年度の版など）の違いを、事業ごとに一覧にします。結果は Excel・PDF に書き出せます。&lt;/p&gt;
&lt;p&gt;&lt;img src=&quot;compare.png&quot;&gt;&lt;/p&gt;

&lt;h3&gt;6. 困ったとき&lt;/h3&gt;
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
        <location filename="../../roadmap_desktop/importing/merge.py" line="160"/>
        <source>なし</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="165"/>
        <source>、以降も継続</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="184"/>
        <source>取組の順序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="194"/>
        <source>取組{n}「{name}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="196"/>
        <source>取組{n}の名前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="202"/>
        <location filename="../../roadmap_desktop/importing/merge.py" line="251"/>
        <source>（なし）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="203"/>
        <location filename="../../roadmap_desktop/importing/merge.py" line="252"/>
        <source>（削除）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="238"/>
        <source>{year}事業費（千円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="250"/>
        <source>過去の工程「{name}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="324"/>
        <source>取組「{name}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="331"/>
        <source>{part}: 確実には読み取れませんでした。読めた内容で取り込みます。確かめてください（{why}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="335"/>
        <source>{part}: 読み取れなかったため、ロードマップの内容を維持します（{why}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="322"/>
        <source>工程表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="381"/>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="405"/>
        <source>新規</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="382"/>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="406"/>
        <source>変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="383"/>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="407"/>
        <source>変更なし</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="391"/>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="443"/>
        <source>注意: {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="395"/>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="461"/>
        <source>読み込めなかった部分: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/merge.py" line="398"/>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="466"/>
        <source>新規{new}件、変更{changed}件、変更なし{unchanged}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="413"/>
        <source>（空）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="426"/>
        <source>［削除・空欄］{label}: {old} → {new}（取り込みます）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="428"/>
        <source>［削除・空欄］{label}: {old} → {new}（既定では現在の値のまま。--allow-deletions で取り込み）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="436"/>
        <source>［競合］{label}: 書き出し時: {base} ／ {sides}（--apply では現在の値のまま）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="438"/>
        <source>［競合］{label}: 書き出し時: {base} ／ {sides}（採る: {chosen}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="469"/>
        <source>、競合{n}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/operations/imports.py" line="57"/>
        <source>「{name}」は取り込めない形式です（.xlsx・.xlsm・.xls・.ods・.pdf、またはそれを入れた .zip を指定してください）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/operations/imports.py" line="122"/>
        <source>No.{nos} の事業はありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/operations/imports.py" line="322"/>
        <source>取り込み（{name}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/operations/imports.py" line="324"/>
        <source>取り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/operations/imports.py" line="338"/>
        <source>バックアップを作れないため取り込みを中止しました: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layout</name>
    <message>
        <location filename="../../roadmap_desktop/layout/sheet.py" line="251"/>
        <source>No.{no}「{name}」の「{label}」が{pt}ポイントでも枠に収まりません（収まらない部分は（続き）のページに載せます）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/sheet.py" line="260"/>
        <source>No.{no}「{name}」の{what}が{pt}ポイントでも枠に収まりません。短くしてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/sheet.py" line="372"/>
        <source>取組名「{name}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/sheet.py" line="579"/>
        <source>No.{no}「{name}」のバーの注記（※）が多すぎてページに収まりません。バーの文字を短くしてください。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>list</name>
    <message>
        <location filename="../../roadmap_desktop/importing/list_sheet.py" line="77"/>
        <source>期間「{t}」は「R5〜R10」の形で書いてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/list_sheet.py" line="109"/>
        <source>一覧 {row}行目: {err}（一覧のこの値は使いません）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/list_sheet.py" line="122"/>
        <source>負の事業費は取り込みません（{v}）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <location filename="../../roadmap_desktop/storage/lock.py" line="57"/>
        <source>{user}（{host}、{since}から）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/lock.py" line="64"/>
        <source>不明な利用者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/lock.py" line="66"/>
        <source>「{name}」の編集の権利が失われました（現在は{who}が編集中です）。保存していません。開き直してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/storage/lock.py" line="72"/>
        <source>「{name}」は{who}が編集中です。読み取り専用で開くことができます。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="41"/>
        <source>このロードマップ（現在）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="45"/>
        <source>返信のシート</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="49"/>
        <source>返信の一覧</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="122"/>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="128"/>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="341"/>
        <source>（削除）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="202"/>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="326"/>
        <source>実績</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="207"/>
        <source>取組「{name}」の{row}に名前のないバー（{period}）があります。バーの名前を確認してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="292"/>
        <source>{where}の事業名が空欄です。事業名は必須のため、この変更は取り込みません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="314"/>
        <source>{year}事業費（千円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="325"/>
        <source>過去の工程「{name}」の{row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="345"/>
        <source>取組「{name}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="355"/>
        <source>の名前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="355"/>
        <source>の計画行の見出し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="356"/>
        <source>の計画</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="356"/>
        <source>の実績</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/three_way.py" line="427"/>
        <source>取組の順序</source>
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
        <location filename="../../roadmap_desktop/ui/messages.py" line="25"/>
        <source>エラー</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <location filename="../../roadmap_desktop/core/model.py" line="183"/>
        <source>バーの終了月（{end}）が開始月（{start}）より前です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/model.py" line="190"/>
        <source>バー「{label}」（{period}）が表示期間 {first}〜{last} の外にあります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/model.py" line="200"/>
        <source>「期間後も継続」のバーは表示期間の最終月まで伸ばしてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/model.py" line="209"/>
        <source>{label}に制御文字は使えません（タブと改行のほか）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/model.py" line="213"/>
        <source>{label}は{cap:,}文字までです（{n:,}文字）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/model.py" line="228"/>
        <source>取組名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/model.py" line="230"/>
        <source>バーの名前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/model.py" line="238"/>
        <source>事業費は0以上の整数（千円）で入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/model.py" line="244"/>
        <source>事業終期（{end}）が事業始期（{start}）より前です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/model.py" line="252"/>
        <source>計画行の見出しは「計画」か「目標」です: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/model.py" line="266"/>
        <source>{year}事業費は0以上の整数（千円）で入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <location filename="../../roadmap_desktop/layout/overview.py" line="137"/>
        <source>事業名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/overview.py" line="139"/>
        <source>状況</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/overview.py" line="156"/>
        <source>（分野なし）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/overview.py" line="157"/>
        <location filename="../../roadmap_desktop/layout/overview.py" line="245"/>
        <source>（続き）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/overview.py" line="227"/>
        <source>計画（上段）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/overview.py" line="228"/>
        <source>実績（下段）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/overview.py" line="231"/>
        <source>基準月（{month}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/overview.py" line="245"/>
        <source>全体工程表</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="80"/>
        <source>ファイルが見つかりません: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="83"/>
        <source>「{name}」を開けません: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="86"/>
        <source>「{name}」は PDF ファイルではありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="97"/>
        <source>「{name}」はパスワードで保護されているため読み込めません。保護を外した PDF を使ってください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="103"/>
        <source>「{name}」は壊れているか途中で切れているため読み込めません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="181"/>
        <source>ページの描画命令が上限（{mb} MB）を超えているため読みませんでした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="185"/>
        <source>ページの図形と文字の数（{n:,}）が上限（{limit:,}）を超えているため読みませんでした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="189"/>
        <source>自分自身を描くよう指定された図形（XObject）があり、壊れているため読みませんでした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="193"/>
        <source>図形（XObject）の入れ子の深さが上限（{limit}）を超えているため読みませんでした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="199"/>
        <source>ファイル全体の図形と文字の数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="223"/>
        <source>ページが壊れているため読み取れません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="234"/>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="461"/>
        <source>このページは読み取れませんでした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="339"/>
        <source>「{name}」は読み込めません。最初の {limit} ページにロードマップのシートがないため、残りの {rest} ページは読みませんでした（シートのページだけの PDF にしてください）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="404"/>
        <source>{n}ページ目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="418"/>
        <source>{first}〜{last}ページ目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="453"/>
        <source>の{n}件目のシート</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="469"/>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="486"/>
        <source>見出しのないページを、前のページのシートの続きとして読みました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="474"/>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="185"/>
        <source>ロードマップのシートではありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="494"/>
        <source>見出しのない工程表ですが、その前のページのシートが見つかりません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="502"/>
        <source>前のシートと同じ番号 No.{no} ですが事業名が違うため、別の事業として読みました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="521"/>
        <source>続きのページですが、その前のページのシートが見つかりません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="526"/>
        <source>事業名が空欄のシートは取り込めません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="534"/>
        <source>「{label}」の欄が見つかりません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="600"/>
        <source>「{name}」には文字情報がありません（スキャン画像の PDF です）。文字を含む PDF を使ってください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf.py" line="605"/>
        <source>「{name}」にはロードマップのシートが見つかりませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="264"/>
        <source>工程表の図形のうち、バーとして読み取れないものがありました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="483"/>
        <source>ひとつながりのバーに「{a}」と「{b}」が並んでいるため、その間の月で分けました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="612"/>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="780"/>
        <source>バーのない行の文字「{text}」を読み飛ばしました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="624"/>
        <source>バーの文字「{texts}」が重なって印刷されているため、隠れた部分を読み取れません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="742"/>
        <source>バーの文字「{text}」が次のバーの始まりで切れているため、続きを読み取れません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="821"/>
        <source>月の区切りからずれています</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="827"/>
        <source>{n}か月ごとの列の途中にあります</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="830"/>
        <source>バー「{label}」の端が{where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="834"/>
        <source>。近い月に合わせました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_bars.py" line="846"/>
        <source>バー「{label}」（{period}）は表示期間の外にあるため読み飛ばしました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="146"/>
        <source>文字が横倒しになっているため読み取れません（ページを回転させた PDF です）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="149"/>
        <source>文字情報がありません（スキャン画像のページです）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="150"/>
        <source>空白のページです</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="184"/>
        <source>事業名の欄が見つかりません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="203"/>
        <source>年度の見出し（R6〜R10 など）が見つからないため、取組とバーを読み取れませんでした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="461"/>
        <source>{label}「{text}」を読み取れないため空欄にしました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="475"/>
        <source>工程表に「計画」の行が{shown}行ありますが、読み取れたのは{read}行です</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="497"/>
        <source>年度の見出しが {first} から始まっています（このロードマップは {edition} から）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="536"/>
        <source>計画の行がない実績の行を読み飛ばしました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_sheet.py" line="571"/>
        <source>工程表に {years} の年度がないため</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_book_pages.py" line="33"/>
        <source>「{title}」のページです（事業のシートではないため読み飛ばしました）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_label_notes.py" line="93"/>
        <source>バーの注記「{mark}」の本文が見つかりません（印のまま読みました）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/pdf_strips.py" line="151"/>
        <source>{right}ページ目を右に並べて、1枚のシートとして読みました</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>preflight</name>
    <message>
        <location filename="../../roadmap_desktop/layout/preflight.py" line="61"/>
        <source>{n}か所の文字が{pt}ポイント未満です（最小 {pt} ポイント）：{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/preflight.py" line="68"/>
        <source>現状・課題などの文章が{pt}ポイントまで縮んでいます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/preflight.py" line="77"/>
        <source>「{field}」の文字が{pt}ポイントまで縮んでいます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/preflight.py" line="85"/>
        <source>バーの文字{n}件がバーに入らず、注記（※）になっています：{labels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/preflight.py" line="92"/>
        <source>{n}ページに分かれます（2ページ目から（続き））</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/preflight.py" line="97"/>
        <source>事業費が未入力です</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/preflight.py" line="112"/>
        <source>{page}ページ目：{n}か所の文字が{pt}ポイント未満です：{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/layout/preflight.py" line="133"/>
        <source>No.{no}「{name}」：{message}</source>
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
        <location filename="../../roadmap_desktop/core/rollover.py" line="88"/>
        <source>「{old}」から「{new}」を作成します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="90"/>
        <source>題名に年度が見つからないため、題名「{title}」はそのままです。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="93"/>
        <source>表示期間: {old_first}〜{old_last} → {first}〜{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="99"/>
        <source>引き継ぐ事業：{n}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="104"/>
        <source>対象外とした事業（事業終期が {year} より前）：{n}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="109"/>
        <location filename="../../roadmap_desktop/core/rollover.py" line="121"/>
        <source>  No.{no} {name}（事業終期 {end}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="116"/>
        <source>事業終期が {year} より前ですが引き継ぐ事業：{n}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="127"/>
        <source>過去の年度として保存したバー: {n} 本（計画 {plan}・実績 {actual}）。シートには描かれず、ファイルには残ります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="134"/>
        <source>うち {n} 本は {year} 以降にかかるため、{year} 4月からの部分を工程表に残しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="140"/>
        <source>「期間後も継続」のバー {n} 本を新しい表示期間の終わりまで延ばしました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="146"/>
        <source>「期間後も継続」のバー {n} 本は事業終期が表示期間内のため、事業終期の3月で終わるようにしました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="152"/>
        <source>{new}事業費は未入力から始まります（{old}事業費は年度別に保存します）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/rollover.py" line="271"/>
        <source>No.{no}「{name}」を新しい年度に移せません: {err}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>round</name>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="93"/>
        <source>の内容と比べ、返信で変えられた所だけを取り込みます（この間にロードマップで変えた所は戻しません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="99"/>
        <source>書き出した時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="103"/>
        <source>PDF「{file}」を書き出した時（{when}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="107"/>
        <source>「{label}」宛てに書き出した時（{when}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="112"/>
        <source>書き出した後、このロードマップは変更されています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="117"/>
        <source>このファイルを書き出した記録がこのロードマップにありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="119"/>
        <source>書き出した時の内容を持たない（以前の版で書き出した）ファイルです</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="121"/>
        <source>ほかで作られたファイルです</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="123"/>
        <source>{why}。現在のロードマップと直接比べます（2者比較）。シートの内容が現在と違う所はすべて変更として示します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="161"/>
        <source>シートの No.{no} と事業名から、このロードマップの「{name}」と判断しました（このブックで書き出した事業ではないため、現在の内容と直接比べます）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="199"/>
        <source>この事業は書き出した後にロードマップから削除されています。戻す場合だけチェックしてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="207"/>
        <source>事業名が空欄のため、新しい事業としては取り込めません（事業名は必須です）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="212"/>
        <source>前の年度版のファイルにあり、このロードマップにない事業です。追加する場合だけチェックしてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="221"/>
        <source>{other}と同じ No. と事業名のシートです。新しい事業としては取り込みません（必要な場合だけチェックしてください）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="251"/>
        <source>前の年度版のファイルで書き出した時の内容もないため、どちらが新しいか分かりません。既定ではこのロードマップの内容のままです（選べば取り込めます）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="258"/>
        <source>削除や空欄にする変更は、書き出した時の内容がないファイルからは既定では取り込みません（選べば取り込めます）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="266"/>
        <source>事業終期を過ぎ、このロードマップ（{year}〜）にない事業は取り込みません: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="274"/>
        <source>このロードマップ（{ours}版）より後の版のため、内容は取り込みません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="281"/>
        <source>{ours}版に読み替えて比べます（事業費は{year}の事業費に、表示期間より前のバーは過去の工程にします。{ours}の事業費は変えません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="290"/>
        <source>一覧の No.{no} の行（{row}行目）に当たる事業のシートがないため、その行は取り込みません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="299"/>
        <source>ワークシート「{title}」（「{name}」）がこの返信にありません。ロードマップの内容はそのままです。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="309"/>
        <source>No.{no}「{name}」のシート（ワークシート「{title}」）がこの返信にありません。ロードマップの内容はそのままです。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="351"/>
        <source>「{file}」（先の返信）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/round_plan.py" line="353"/>
        <source>「{a}」と「{b}」が「{label}」を違う内容に変えています。どちらを採るか選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/operations/imports.py" line="247"/>
        <source>先の回答「{earlier}」と同じ内容です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/operations/imports.py" line="251"/>
        <source>「{earlier}」と同じ書き出しへの後の回答です。先の回答と違う所は、この回答（後の回答）で置き換えます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/operations/imports.py" line="258"/>
        <source>同じ書き出しへの後の回答「{later}」があります。違う所は後の回答で置き換えます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/operations/imports.py" line="296"/>
        <source>「{label}」: 同じ書き出しへの後の回答で置き換えます（先の回答「{file}」: {old} → {new}）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../roadmap_desktop/operations/session.py" line="117"/>
        <source>元に戻す履歴が食い違っています。</source>
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
    <name>values</name>
    <message>
        <location filename="../../roadmap_desktop/core/values.py" line="60"/>
        <source>事業費は0〜{max:,}の整数（千円）です</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/core/values.py" line="64"/>
        <source>{cap:,}文字を超えています（{n:,}文字）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xlsx</name>
    <message>
        <location filename="../../roadmap_desktop/export/xlsx.py" line="307"/>
        <source>{chars:,} 文字を超える文章は Excel のセルに入りません（{start}…）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/xlsx.py" line="868"/>
        <source>合計（{n} 事業）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="37"/>
        <source>「{name}」を読み込めません。{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/attachments.py" line="152"/>
        <source>古い形式（.xls）のファイルです。Excel で「.xlsx」形式で保存し直してください。</source>
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
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="93"/>
        <source>パスワードで保護されています（ZIP のパスワード）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="100"/>
        <source>展開すると異常に大きくなる部品（{part}: {mb:,} MB）を含んでいるため、安全のため読み込みません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="108"/>
        <source>展開すると大きすぎるため（{mb:,} MB）、安全のため読み込みません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="124"/>
        <source>ファイル内の部品（{part}）がパスワードで暗号化されているため読み込めません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="132"/>
        <source>ファイルが壊れています（{part} を展開できません。途中で切れているか、書き換えられています）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="113"/>
        <source>Excel（.xlsx）のファイルではありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/archive_guard.py" line="138"/>
        <source>ファイルが壊れています（{part} の大きさが記録と違います）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="271"/>
        <source>ワークシート「{sheet}」のテキストボックス「{text}」は置き場所が工程表にないため読みませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="303"/>
        <source>ワークシート「{sheet}」の工程表の行と月の列のセルの数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="334"/>
        <source>ワークシート「{sheet}」の{cell}の行が取組の行として読めず、その下の取組を読み取れません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="364"/>
        <source>ワークシート「{sheet}」の{cell}付近の図形「{name}」は取組の行の外にあるため読みませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="371"/>
        <source>ワークシート「{sheet}」の{cell}付近の図形「{name}」（{geom}）はバーとして読めません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="401"/>
        <source>ワークシート「{sheet}」のセル{cell}は年度の見出しのない列にあり、月を読み取れません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="446"/>
        <source>ワークシート「{sheet}」のセル{cell}「{text}」は、バーに書かれた「{label}」をラベルとして読みました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="480"/>
        <source>ワークシート「{sheet}」の{cell}: 「{label}」は年度の欄より右にあるため読みませんでした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="486"/>
        <source>ワークシート「{sheet}」の{cell}: バー「{label}」が年度の見出しより左から始まり、月を読み取れません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="502"/>
        <source>開始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="502"/>
        <source>終了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="505"/>
        <source>ワークシート「{sheet}」の{cell}: バー「{label}」の{edge}が月の区切りから離れています（近い月では{period}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="513"/>
        <source>{cell}: {err}（このバーは取り込みません）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="524"/>
        <source>年度の見出しが {file}〜 で、このロードマップ（{ours}〜）と違います。月はそのまま読みました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_blocks.py" line="137"/>
        <source>{label}: 0以上の整数でない事業費は取り込みません（{v}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_blocks.py" line="148"/>
        <source>{label}: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_blocks.py" line="200"/>
        <source>ワークシート「{sheet}」に見出し「{label}」が見つかりません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_blocks.py" line="236"/>
        <location filename="../../roadmap_desktop/importing/xlsx_timeline.py" line="467"/>
        <source>ワークシート「{sheet}」のセル{cell}「{text}」はロードマップに置き場所がないため読みませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_blocks.py" line="288"/>
        <source>ワークシート「{sheet}」に見出し「事業名」が見つかりません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_blocks.py" line="306"/>
        <source>ワークシート「{sheet}」の{cell}からの工程表の行（計画・実績）を読み取れません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_blocks.py" line="342"/>
        <source>ワークシート「{sheet}」の図形「{name}」の文字「{text}」はロードマップに置き場所がないため読みませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_blocks.py" line="365"/>
        <source>ワークシート「{sheet}」の{row}行目からの事業の工程表に、読み取れる年度の見出しがありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_blocks.py" line="398"/>
        <source>No.{no} が「{a}」（ワークシート「{sa}」）と「{b}」（ワークシート「{sb}」）の両方にあります。別の事業として読みました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_blocks.py" line="407"/>
        <source>ワークシート「{sheet}」の{row}行目からの続きのページは、どの事業の続きか分からないため読みませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_blocks.py" line="208"/>
        <source>事業費の見出しが「{found}」で、このロードマップの「{ours}」と違います。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx.py" line="132"/>
        <source>非表示のワークシート「{title}」は読みませんでした（取り込むには表示してください）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx.py" line="145"/>
        <source>ワークシート「{title}」: 見出し {labels} が見つからないため、事業のシートとして読めませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx.py" line="159"/>
        <source>ワークシート「{title}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx.py" line="161"/>
        <source>ワークシート「{title}」{row}行目からの事業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx.py" line="183"/>
        <source>ワークシートに何も書かれていません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx.py" line="185"/>
        <source>「{name}」にはロードマップの事業シートが見つかりませんでした。
{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="62"/>
        <source>ファイル内の部品（{part}）の XML の要素の数（{n:,}）が上限（{limit:,}）を超えているため読み込みません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="72"/>
        <source>ファイル内の XML（{part}）に安全でない定義（DTD・実体参照）が含まれているため読み込みません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="79"/>
        <source>ファイルが壊れています（{part} の {line} 行 {column} 文字目が XML として読めません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="211"/>
        <source>「{name}」はバイナリ形式のブック（.xlsb）です。Excel で「Excel ブック（.xlsx）」形式で保存し直してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="294"/>
        <source>ワークシート「{sheet}」の行番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="305"/>
        <source>ワークシート「{sheet}」のセルの数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="324"/>
        <source>ワークシート「{sheet}」の列番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="373"/>
        <source>ワークシート「{sheet}」の結合セル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="375"/>
        <source>の範囲の数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="376"/>
        <source>が覆うセルの数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="416"/>
        <source>ワークシート「{sheet}」の図形の数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="426"/>
        <source>: {part} がありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="430"/>
        <source>「{name}」は壊れているため読み込めません（{where}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="442"/>
        <source>「{name}」は壊れているため読み込めません（{where} の番号「{text}」が数ではありません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="456"/>
        <source>「{name}」は壊れているため読み込めません（ワークシート「{sheet}」の行番号「{text}」が数ではありません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="167"/>
        <source>「{name}」は Excel（.xlsx）のファイルとして不完全です（{part} がありません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_drawing.py" line="174"/>
        <source>「{name}」は壊れているため読み込めません（ワークシート「{sheet}」の図形の位置「{text}」が範囲内の数ではありません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_drawing.py" line="265"/>
        <source>の図形のグループの入れ子の深さ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_drawing.py" line="295"/>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="423"/>
        <source>ワークシート「{sheet}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_drawing.py" line="300"/>
        <location filename="../../roadmap_desktop/importing/xlsx_drawing.py" line="383"/>
        <source>の図形の数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_drawing.py" line="365"/>
        <source>の図形の入れ子の深さ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="423"/>
        <source>ブックの構成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/importing/xlsx_package.py" line="513"/>
        <source>「{name}」は壊れています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/xlsx_overview.py" line="134"/>
        <source>全体工程表（{title}、基準月 {month}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/xlsx_overview.py" line="138"/>
        <source>全体工程表（{title}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/xlsx_overview.py" line="142"/>
        <source>計画（上の行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/xlsx_overview.py" line="143"/>
        <source>実績（下の行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/xlsx_overview.py" line="152"/>
        <source>区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/xlsx_overview.py" line="179"/>
        <source>計画</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/xlsx_overview.py" line="180"/>
        <source>実績</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/xlsx_overview.py" line="152"/>
        <source>事業名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/xlsx_overview.py" line="154"/>
        <source>状況</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../roadmap_desktop/export/xlsx_overview.py" line="168"/>
        <source>（分野なし）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
