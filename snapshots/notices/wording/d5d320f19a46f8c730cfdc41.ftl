# NEEDS REVIEW by a native speaker of Japanese before release. Remove this line
# once a native speaker has reviewed the file.
# 日本語。参照ロケール (en) と同じメッセージと変数を定義すること。

## Chat page hosting the report flow (demo)

chat-heading = トーク
chat-settings = 表示設定
chat-language = 言語
chat-platform = プラットフォーム
chat-conversation = トーク
platform-ios = iOS
platform-android = Android
platform-desktop = デスクトップ
chat-report-button = 通報
chat-report-button-label = { $sender }さんが{ $time }に送信したメッセージを通報
chat-message-unsent = このメッセージは送信取消されました。
chat-server-heading = デモサーバーが受信した内容
chat-server-empty = サーバーはまだ通報を受信していません。
chat-server-verified = 検証済み：利用者には、承認済みの通知がそのとおりに表示されました。
chat-server-unverified = 未検証：利用者に表示された内容を、承認済みの通知と照合できません。
chat-page-chat = トーク
chat-page-account = プロフィール
chat-page-feed = フィード
account-report-button = アカウントを通報
account-report-button-label = { $name }さんのアカウントを通報
post-report-button-label = { $sender }さんが{ $time }にした投稿を通報
account-no-status = ステータスメッセージはありません

## Step 1: the reason

report-title = メッセージを通報
reason-intro = 通報する理由を選んでください。
reason-spam = スパム・迷惑な広告
reason-harassment = 嫌がらせ・いじめ
reason-hate = ヘイトスピーチ・差別
reason-violence = 暴力・脅迫
reason-sexual = 性的なコンテンツ
reason-scam = 詐欺
reason-other = その他
comment-label = 詳しい内容（任意）
comment-hint = ここに入力した内容は通報と一緒に送信されます。
button-next = 次へ
button-cancel = キャンセル
button-back = 戻る

## Step 2: what is sent, why, to whom, where, for how long

disclosure-title = 通報を送信する前に
disclosure-headline =
    この通報を送信すると、{ $total ->
        [1] 選んだメッセージ1件（このトークには前後のメッセージがありません）
       *[other] 選んだメッセージ{ $before ->
            [0] （この前のメッセージはありません）
           *[other] 、その前の{ $before }件
        }{ $after ->
            [0] （この後のメッセージはありません）
           *[other] 、その後の{ $after }件
        }の合計{ $total }件のメッセージ
    }が{ $operator }に送信されます。
disclosure-summary = { $operator }の安全対策チームと、{ $operator }から委託を受けた審査会社が、利用規約に違反しているかを確認し、送信者に対して措置をとるために、これらのメッセージを読みます。各メッセージは、送信者、日時、テキストと、写真・動画・スタンプがあればそのリンクとともに送信されます。
preview-heading = 送信されるメッセージ
preview-chosen = 通報するメッセージ
preview-not-sent-notice = 送信されません：アプリからのお知らせ
preview-not-sent-unsent = 送信されません：送信者が送信取消したメッセージ
message-time = { $year }年{ $month }月{ $day }日 { $hour }:{ $minute }
media-image = 写真（{ $size }）：審査チームが開けるリンクが送信されます。
media-video = 動画 { $duration }（{ $size }）：審査チームが開けるリンクが送信されます。
media-file = ファイル：{ $name }（{ $size }）。送信されるのはファイルの名前とサイズだけで、ファイル自体は送信されません。
media-sticker = スタンプ：{ $name }。審査チームが開けるリンクが送信されます。
size-kb = { $kb } KB
size-mb = { $mb } MB
why-heading = 送信する目的
purpose-review = 通報されたメッセージが利用規約に違反しているかを、前後のメッセージとあわせて確認するため。
purpose-enforce = 送信したアカウントに対して、警告や利用停止などの措置をとるため。
purpose-protect = あなたや他の利用者を同じような被害から守るため。
who-heading = 受け取る人
recipient-trust-safety = { $operator }の安全対策チーム
recipient-moderation-contractor = { $operator }から委託を受けたコンテンツ審査会社
where-heading = 取り扱われる国
country-JP = 日本
country-KR = 韓国
country-PH = フィリピン
retention-heading = 保存期間
retention = 通報の審査が終わってから{ $days }日間保存し、その後削除します。
details-heading = このほかに通報と一緒に送信されるもの
detail-reason = 選んだ理由と、入力した場合は詳しい内容。
detail-ids = このトークのID、上記の各メッセージのID、各送信者のアカウントのID。
detail-not-sent-marks = 上記で「送信されません」と表示されているメッセージについては、そこにメッセージがあったという事実だけが送信されます。内容、送信者、日時は送信されません。
detail-settings = お使いの言語（{ $locale }）、プラットフォーム（{ $platform ->
        [ios] iOS
        [android] Android
       *[desktop] デスクトップ
    }）、タイムゾーン（{ $utc_offset }）。上記の日時は、このタイムゾーンで表示されています。
detail-version = この通報画面のバージョン（{ $client }）。
detail-versions-with-app = この通報画面のバージョン（{ $client }）と、アプリのバージョン（{ $host }）。
detail-consent = 同意した日時と、2つのコード。1つは承認されたときのこの通知を示すもので、もう1つはあなたに表示されたとおりの通知の文章から作られるものです。
detail-display-check = 同意できるようになる前に、この通知が隠れたり欠けたりせず、読める状態で画面にすべて表示されたことの確認。
detail-report-id = ランダムな通報番号。同じ通報が2回送信されても、1件として受け付けるためのものです。
not-sent-heading = 送信されないもの
not-sent-other-messages = このトークや他のトークにある、上記以外のメッセージ
not-sent-contacts = 連絡先と友だちリスト
not-sent-location = 位置情報
consent-note = 「同意して送信」を{ $platform ->
        [ios] タップ
        [android] タップ
       *[desktop] クリック
    }すると、上記の目的のために、{ $total }件のメッセージを{ $operator }に送信することに同意したものとみなされます。
button-agree = 同意して送信

## Step 1 and 2 when reporting an account (its profile) or a post (in the feed)
## instead of a message. Each kind has its own exact notice.

report-title-account = アカウントを通報
report-title-post = 投稿を通報
reason-intro-account = このアカウントを通報する理由を選んでください。
reason-intro-post = この投稿を通報する理由を選んでください。
disclosure-headline-account = { $received ->
        [0] この通報を送信すると、このアカウントに関する情報が{ $operator }に送信されます。このアカウントからメッセージを受け取っていないため、メッセージは一緒に送信されません。
        [1] この通報を送信すると、このアカウントに関する情報と、このアカウントから受け取ったメッセージのうち最新の1件が{ $operator }に送信されます。
       *[other] この通報を送信すると、このアカウントに関する情報と、このアカウントから受け取ったメッセージのうち最新の{ $received }件が{ $operator }に送信されます。
    }
disclosure-summary-account = { $received ->
        [0] { $operator }の安全対策チームと、{ $operator }から委託を受けた審査会社が、このアカウントが利用規約に違反しているかを確認し、このアカウントに対して措置をとるために、送信される内容を読みます。
       *[other] { $operator }の安全対策チームと、{ $operator }から委託を受けた審査会社が、このアカウントが利用規約に違反しているかを確認し、このアカウントに対して措置をとるために、送信される内容を読みます。各メッセージは、日時、テキストと、写真・動画・スタンプがあればそのリンクとともに送信されます。
    }
disclosure-headline-post = { $media ->
        [0] この通報を送信すると、この投稿と、投稿者に関する情報が{ $operator }に送信されます。
        [1] この通報を送信すると、この投稿とその写真または動画1件、および投稿者に関する情報が{ $operator }に送信されます。
       *[other] この通報を送信すると、この投稿とその写真・動画{ $media }件、および投稿者に関する情報が{ $operator }に送信されます。
    }
disclosure-summary-post = { $operator }の安全対策チームと、{ $operator }から委託を受けた審査会社が、この投稿が利用規約に違反しているかを確認し、投稿者に対して措置をとるために、送信される内容を読みます。投稿は、日時、テキストと、投稿に含まれる写真・動画それぞれのリンクとともに送信されます。
profile-heading-account = 送信されるアカウントの情報
profile-heading-author = 送信される投稿者の情報
profile-name = 名前
profile-status = ステータスメッセージ
profile-photo = プロフィール画像：審査チームが開けるリンクが送信されます。
received-heading = 送信される、このアカウントからのメッセージ
received-none = このアカウントからメッセージを受け取っていないため、送信されるメッセージはありません。
post-heading = 送信される投稿
purpose-review-account = 通報されたアカウントが利用規約に違反しているかを、そのプロフィールと、そのアカウントからあなたに送られたメッセージをもとに確認するため。
purpose-enforce-account = 通報されたアカウントに対して、警告や利用停止などの措置をとるため。
purpose-protect-account = あなたや他の利用者を同じような被害から守るため。
purpose-review-post = 通報された投稿が利用規約に違反しているかを確認するため。
purpose-enforce-post = 投稿とその投稿者に対して、投稿の削除やアカウントの利用停止などの措置をとるため。
purpose-protect-post = あなたや他の利用者を同じような被害から守るため。
detail-ids-account = { $received ->
        [0] このアカウントのID。
       *[other] このアカウントのIDと、上記の各メッセージのID。
    }
detail-ids-post = この投稿のIDと、投稿者のアカウントのID。
not-sent-own-messages = あなたがこのアカウントに送ったメッセージ
not-sent-unsent-messages = このアカウントが送信した後、送信取消したメッセージ
not-sent-older-messages = このアカウントからのメッセージのうち、最新の{ $limit }件より古いもの
not-sent-comments = この投稿へのコメントとリアクション
not-sent-other-posts = 投稿者の他の投稿
consent-note-account = 「同意して送信」を{ $platform ->
        [ios] タップ
        [android] タップ
       *[desktop] クリック
    }すると、上記の目的のために、{ $received ->
        [0] このアカウントに関する情報
        [1] このアカウントに関する情報とこのメッセージ
       *[other] このアカウントに関する情報とこれら{ $received }件のメッセージ
    }を{ $operator }に送信することに同意したものとみなされます。
consent-note-post = 「同意して送信」を{ $platform ->
        [ios] タップ
        [android] タップ
       *[desktop] クリック
    }すると、上記の目的のために、この投稿と投稿者に関する情報を{ $operator }に送信することに同意したものとみなされます。
receipt-summary-account = { $received ->
        [0] { $operator }にこのアカウントに関する情報を送信しました。
        [1] { $operator }にこのアカウントに関する情報と、このアカウントからのメッセージ1件を送信しました。
       *[other] { $operator }にこのアカウントに関する情報と、このアカウントからのメッセージ{ $received }件を送信しました。
    }
receipt-summary-post = { $operator }に投稿と投稿者に関する情報を送信しました。

## Step 3: sending

send-in-progress = 通報を送信しています…
send-failed = 通報を送信できませんでした。入力した内容は失われていません。接続を確認して、もう一度お試しください。
send-refused = 通報を受け付けられませんでした。同じ通報が二重に送信されたことはありません。もう一度送信しても結果は変わりません。この画面を閉じて、アプリのサポートにお知らせください。
button-retry = もう一度送信

## Step 4: receipt

receipt-title = 通報を送信しました
receipt-reference = 受付番号：{ $reference }
receipt-summary = { $operator }に{ $total }件のメッセージを送信しました（通報したメッセージ、その前の{ $before }件、その後の{ $after }件）。
receipt-reason = 理由：{ $reason }
flow-unavailable = 通知の内容を正しく表示できないため、現在この通報は送信できません。何も送信されていません。
flow-not-displayed = この通知を画面にすべて表示できなかったため、この通報は送信できません。何も送信されていません。閉じてからもう一度お試しください。再び起きる場合は、アプリのサポートにお知らせください。
button-close = 閉じる
