# 繁體中文（臺灣）
# NEEDS REVIEW by a native speaker of Traditional Chinese (Taiwan) before
# release. Remove this line once a native speaker has reviewed the file.

## Chat page hosting the report flow (demo)

chat-heading = 聊天
chat-settings = 顯示設定
chat-language = 語言
chat-platform = 平台
chat-conversation = 聊天室
platform-ios = iOS
platform-android = Android
platform-desktop = 電腦版
chat-report-button = 檢舉
chat-report-button-label = 檢舉 { $sender } 於 { $time } 傳送的訊息
chat-message-unsent = 此訊息已收回。
chat-server-heading = 示範伺服器收到的內容
chat-server-empty = 伺服器尚未收到任何檢舉。
chat-server-verified = 已驗證：使用者看到的正是經核准的通知，內容完全一致。
chat-server-unverified = 未驗證：無法將使用者看到的內容與任何經核准的通知比對相符。
chat-page-chat = 聊天
chat-page-account = 個人檔案
chat-page-feed = 動態
account-report-button = 檢舉帳號
account-report-button-label = 檢舉帳號：{ $name }
post-report-button-label = 檢舉 { $sender } 於 { $time } 發布的貼文
account-no-status = 沒有狀態消息

## Step 1: the reason

report-title = 檢舉訊息
reason-intro = 你為什麼要檢舉這則訊息？
reason-spam = 垃圾訊息或不想要的廣告
reason-harassment = 騷擾或霸凌
reason-hate = 仇恨言論或歧視
reason-violence = 暴力或威脅
reason-sexual = 色情內容
reason-scam = 詐騙
reason-other = 其他
comment-label = 補充說明（選填）
comment-hint = 你在這裡輸入的內容會和檢舉一起傳送。
button-next = 下一步
button-cancel = 取消
button-back = 返回

## Step 2: what is sent, why, to whom, where, for how long

disclosure-title = 傳送檢舉前請確認
disclosure-headline =
    傳送這則檢舉後，{ $total ->
        [1] 你選擇的這 1 則訊息（這個聊天室中沒有其他前後訊息）
       *[other] 你選擇的訊息{ $before ->
            [0] （之前沒有訊息）
           *[other] 、之前的 { $before } 則
        }{ $after ->
            [0] （之後沒有訊息）
           *[other] 、之後的 { $after } 則
        }，共 { $total } 則訊息
    }，將傳送給 { $operator }。
disclosure-summary = { $operator } 的信任與安全團隊和受 { $operator } 委託的審查公司會閱讀這些訊息，以確認是否違反使用條款，並對傳送者採取措施。每則訊息都會附上傳送者、時間和文字，以及其中照片、影片或貼圖的連結（如有）。
preview-heading = 將會傳送的訊息
preview-chosen = 你要檢舉的訊息
preview-not-sent-notice = 不會傳送：來自應用程式的通知
preview-not-sent-unsent = 不會傳送：傳送者已收回的訊息
message-time = { $year }/{ $month }/{ $day } { $hour }:{ $minute }
media-image = 照片（{ $size }）：會傳送審查團隊可以開啟的連結。
media-video = 影片 { $duration }（{ $size }）：會傳送審查團隊可以開啟的連結。
media-file = 檔案：{ $name }（{ $size }）。只會傳送檔案的名稱和大小，不會傳送檔案本身。
media-sticker = 貼圖：{ $name }。會傳送審查團隊可以開啟的連結。
size-kb = { $kb } KB
size-mb = { $mb } MB
why-heading = 傳送的目的
purpose-review = 確認被檢舉的訊息是否違反使用條款，並參考前後的訊息了解來龍去脈。
purpose-enforce = 對傳送該訊息的帳號採取措施，例如警告或停權。
purpose-protect = 保護你和其他使用者免於受到同樣的傷害。
who-heading = 接收者
recipient-trust-safety = { $operator } 的信任與安全團隊
recipient-moderation-contractor = 受 { $operator } 委託的內容審查公司
where-heading = 處理地點
country-JP = 日本
country-KR = 南韓
country-PH = 菲律賓
retention-heading = 保存期間
retention = 檢舉審查結束後保存 { $days } 天，之後即會刪除。
details-heading = 也會和檢舉一起傳送的內容
detail-reason = 你選擇的原因，以及你填寫的補充說明（如有）。
detail-ids = 這個聊天室的 ID、上方每則訊息的 ID，以及每位傳送者的帳號 ID。
detail-not-sent-marks = 上方標示為「不會傳送」的訊息，只會傳送「這裡曾有一則訊息」這項事實，不會傳送其內容、傳送者或時間。
detail-settings = 你的語言（{ $locale }）、平台（{ $platform ->
        [ios] iOS
        [android] Android
       *[desktop] 電腦版
    }）和時區（{ $utc_offset }），上方的時間即以此時區顯示。
detail-version = 這個檢舉畫面的版本（{ $client }）。
detail-versions-with-app = 這個檢舉畫面的版本（{ $client }）和應用程式的版本（{ $host }）。
detail-consent = 你同意的時間，以及兩組代碼：一組代表這份通知經核准時的版本，另一組則完全根據向你顯示的通知文字產生。
detail-display-check = 確認在你能夠同意之前，你的螢幕已完整顯示這份通知，內容可以閱讀且沒有被遮住。
detail-report-id = 一組隨機的檢舉編號，讓同一則檢舉即使傳送了兩次，也只會受理一次。
not-sent-heading = 不會傳送的內容
not-sent-other-messages = 此聊天室或其他聊天室中除上述以外的訊息
not-sent-contacts = 你的聯絡人和好友名單
not-sent-location = 你的位置資訊
consent-note = { $platform ->
        [ios] 點選
        [android] 點選
       *[desktop] 按一下
    }「同意並傳送」，即表示你同意為上述目的將這 { $total } 則訊息傳送給 { $operator }。
button-agree = 同意並傳送

## Step 1 and 2 when reporting an account (its profile) or a post (in the feed)
## instead of a message. Each kind has its own exact notice.

report-title-account = 檢舉帳號
report-title-post = 檢舉貼文
reason-intro-account = 你為什麼要檢舉這個帳號？
reason-intro-post = 你為什麼要檢舉這則貼文？
disclosure-headline-account = { $received ->
        [0] 傳送這則檢舉後，這個帳號的相關資訊將傳送給 { $operator }。不會一併傳送任何訊息，因為你沒有收到這個帳號傳來的訊息。
        [1] 傳送這則檢舉後，這個帳號的相關資訊，以及你從這個帳號收到的最近 1 則訊息，將傳送給 { $operator }。
       *[other] 傳送這則檢舉後，這個帳號的相關資訊，以及你從這個帳號收到的最近 { $received } 則訊息，將傳送給 { $operator }。
    }
disclosure-summary-account = { $received ->
        [0] { $operator } 的信任與安全團隊和受 { $operator } 委託的審查公司會閱讀這些資訊，以確認這個帳號是否違反使用條款，並對這個帳號採取措施。
       *[other] { $operator } 的信任與安全團隊和受 { $operator } 委託的審查公司會閱讀這些內容，以確認這個帳號是否違反使用條款，並對這個帳號採取措施。每則訊息都會附上時間和文字，以及其中照片、影片或貼圖的連結（如有）。
    }
disclosure-headline-post = { $media ->
        [0] 傳送這則檢舉後，這則貼文和貼文作者的相關資訊，將傳送給 { $operator }。
        [1] 傳送這則檢舉後，這則貼文連同其中的照片或影片（共 1 個），以及貼文作者的相關資訊，將傳送給 { $operator }。
       *[other] 傳送這則檢舉後，這則貼文連同其中的照片和影片（共 { $media } 個），以及貼文作者的相關資訊，將傳送給 { $operator }。
    }
disclosure-summary-post = { $operator } 的信任與安全團隊和受 { $operator } 委託的審查公司會閱讀這些內容，以確認這則貼文是否違反使用條款，並對貼文作者採取措施。貼文會附上時間和文字，以及其中每個照片或影片的連結。
profile-heading-account = 將會傳送的帳號資訊
profile-heading-author = 將會傳送的貼文作者資訊
profile-name = 名稱
profile-status = 狀態消息
profile-photo = 大頭貼：會傳送審查團隊可以開啟的連結。
received-heading = 將會傳送的、來自這個帳號的訊息
received-none = 你沒有收到這個帳號傳來的訊息，因此不會傳送任何訊息。
post-heading = 將會傳送的貼文
purpose-review-account = 根據被檢舉帳號的個人檔案及其傳給你的訊息，確認該帳號是否違反使用條款。
purpose-enforce-account = 對被檢舉的帳號採取措施，例如警告或停權。
purpose-protect-account = 保護你和其他使用者免於受到同樣的傷害。
purpose-review-post = 確認被檢舉的貼文是否違反使用條款。
purpose-enforce-post = 對貼文及其作者採取措施，例如移除貼文或將帳號停權。
purpose-protect-post = 保護你和其他使用者免於受到同樣的傷害。
detail-ids-account = { $received ->
        [0] 這個帳號的 ID。
       *[other] 這個帳號的 ID，以及上方每則訊息的 ID。
    }
detail-ids-post = 這則貼文的 ID，以及貼文作者的帳號 ID。
not-sent-own-messages = 你傳給這個帳號的訊息
not-sent-unsent-messages = 這個帳號傳送後又收回的訊息
not-sent-older-messages = 這個帳號傳來的訊息中，比最近 { $limit } 則更早的訊息
not-sent-comments = 這則貼文的留言和表情回應
not-sent-other-posts = 貼文作者的其他貼文
consent-note-account = { $platform ->
        [ios] 點選
        [android] 點選
       *[desktop] 按一下
    }「同意並傳送」，即表示你同意為上述目的將{ $received ->
        [0] 這個帳號的相關資訊
        [1] 這個帳號的相關資訊和這則訊息
       *[other] 這個帳號的相關資訊和這 { $received } 則訊息
    }傳送給 { $operator }。
consent-note-post = { $platform ->
        [ios] 點選
        [android] 點選
       *[desktop] 按一下
    }「同意並傳送」，即表示你同意為上述目的將這則貼文和貼文作者的相關資訊傳送給 { $operator }。
receipt-summary-account = { $received ->
        [0] 已將這個帳號的相關資訊傳送給 { $operator }。
        [1] 已將這個帳號的相關資訊和該帳號的 1 則訊息傳送給 { $operator }。
       *[other] 已將這個帳號的相關資訊和該帳號的 { $received } 則訊息傳送給 { $operator }。
    }
receipt-summary-post = 已將貼文和貼文作者的相關資訊傳送給 { $operator }。

## Step 3: sending

send-in-progress = 正在傳送檢舉…
send-failed = 無法傳送檢舉。你輸入的內容並未遺失，請檢查網路連線後再試一次。
send-refused = 無法受理你的檢舉，也沒有任何內容被重複傳送。再試一次也不會改變結果。請關閉此視窗，並告知應用程式的客服人員發生了什麼事。
button-retry = 再試一次

## Step 4: receipt

receipt-title = 已傳送檢舉
receipt-reference = 檢舉編號：{ $reference }
receipt-summary = 已將 { $total } 則訊息傳送給 { $operator }：你檢舉的訊息、之前的 { $before } 則和之後的 { $after } 則。
receipt-reason = 原因：{ $reason }
flow-unavailable = 由於無法完整顯示通知內容，目前無法傳送這則檢舉。沒有傳送任何內容。
flow-not-displayed = 這份通知無法在你的螢幕上完整顯示，因此無法傳送這則檢舉。沒有傳送任何內容。請關閉後再試一次；如果再次發生，請告知應用程式的客服。
button-close = 關閉
