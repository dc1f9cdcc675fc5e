# 한국어
# NEEDS REVIEW by a native speaker of Korean before release. Remove this line
# once a native speaker has reviewed the file.

## Chat page hosting the report flow (demo)

chat-heading = 채팅
chat-settings = 표시 설정
chat-language = 언어
chat-platform = 플랫폼
chat-conversation = 채팅방
platform-ios = iOS
platform-android = Android
platform-desktop = 데스크톱
chat-report-button = 신고
chat-report-button-label = { $sender }님이 { $time }에 보낸 메시지 신고
chat-message-unsent = 전송이 취소된 메시지입니다.
chat-server-heading = 데모 서버가 받은 내용
chat-server-empty = 서버가 아직 신고를 받지 않았습니다.
chat-server-verified = 검증됨: 사용자에게 승인된 안내가 정확히 그대로 표시되었습니다.
chat-server-unverified = 검증 안 됨: 사용자에게 표시된 내용과 일치하는 승인된 안내를 확인할 수 없습니다.
chat-page-chat = 채팅
chat-page-account = 프로필
chat-page-feed = 피드
account-report-button = 계정 신고
account-report-button-label = { $name }님의 계정 신고
post-report-button-label = { $sender }님이 { $time }에 올린 게시물 신고
account-no-status = 상태 메시지 없음

## Step 1: the reason

report-title = 메시지 신고
reason-intro = 이 메시지를 신고하는 이유를 선택하세요.
reason-spam = 스팸 또는 원치 않는 광고
reason-harassment = 괴롭힘 또는 따돌림
reason-hate = 혐오 발언 또는 차별
reason-violence = 폭력 또는 협박
reason-sexual = 성적인 콘텐츠
reason-scam = 사기
reason-other = 기타
comment-label = 자세한 내용 (선택 사항)
comment-hint = 여기에 입력한 내용은 신고와 함께 전송됩니다.
button-next = 다음
button-cancel = 취소
button-back = 뒤로

## Step 2: what is sent, why, to whom, where, for how long

disclosure-title = 신고를 보내기 전에 확인하세요
disclosure-headline =
    이 신고를 보내면 { $total ->
        [1] 선택한 메시지 1개(이 채팅방에는 앞뒤 메시지가 없습니다)가
       *[other] 선택한 메시지{ $before ->
            [0] (앞의 메시지 없음)
           *[other] , 그 앞의 메시지 { $before }개
        }{ $after ->
            [0] (뒤의 메시지 없음)
           *[other] , 그 뒤의 메시지 { $after }개
        } 등 총 { $total }개의 메시지가
    } { $operator }에 전송됩니다.
disclosure-summary = { $operator } 신뢰 및 안전팀과 { $operator }의 위탁을 받은 검토 업체가 이용약관 위반 여부를 확인하고 보낸 사람에 대해 조치를 하기 위해 이 메시지를 읽습니다. 각 메시지는 보낸 사람, 시간, 텍스트와 함께 전송되며, 사진·동영상·스티커가 있으면 그 링크도 함께 전송됩니다.
preview-heading = 전송될 메시지
preview-chosen = 신고하는 메시지
preview-not-sent-notice = 전송 안 됨: 앱에서 보낸 알림
preview-not-sent-unsent = 전송 안 됨: 보낸 사람이 전송을 취소한 메시지
message-time = { $year }. { $month }. { $day }. { $hour }:{ $minute }
media-image = 사진({ $size }): 검토팀이 열어 볼 수 있는 링크가 전송됩니다.
media-video = 동영상 { $duration }({ $size }): 검토팀이 열어 볼 수 있는 링크가 전송됩니다.
media-file = 파일: { $name }({ $size }). 파일 자체는 전송되지 않고 이름과 크기만 전송됩니다.
media-sticker = 스티커: { $name }. 검토팀이 열어 볼 수 있는 링크가 전송됩니다.
size-kb = { $kb }KB
size-mb = { $mb }MB
why-heading = 전송 목적
purpose-review = 신고된 메시지가 이용약관을 위반하는지 앞뒤 메시지와 함께 확인하기 위해
purpose-enforce = 메시지를 보낸 계정에 경고나 이용 정지 등의 조치를 하기 위해
purpose-protect = 회원님과 다른 사용자를 같은 피해로부터 보호하기 위해
who-heading = 받는 곳
recipient-trust-safety = { $operator } 신뢰 및 안전팀
recipient-moderation-contractor = { $operator }의 위탁을 받은 콘텐츠 검토 업체
where-heading = 처리 국가
country-JP = 일본
country-KR = 대한민국
country-PH = 필리핀
retention-heading = 보관 기간
retention = 신고 검토가 끝난 후 { $days }일 동안 보관한 뒤 삭제합니다.
details-heading = 신고와 함께 전송되는 그 밖의 정보
detail-reason = 선택한 신고 사유와, 입력한 경우 자세한 내용
detail-ids = 이 채팅방의 ID, 위의 각 메시지의 ID, 각 보낸 사람의 계정 ID
detail-not-sent-marks = 위에서 '전송 안 됨'으로 표시된 메시지는 그 자리에 메시지가 있었다는 사실만 전송되며, 내용, 보낸 사람, 시간은 전송되지 않습니다.
detail-settings = 회원님의 언어({ $locale }), 플랫폼({ $platform ->
        [ios] iOS
        [android] Android
       *[desktop] 데스크톱
    }), 위의 시간을 표시하는 데 사용된 시간대({ $utc_offset })
detail-version = 이 신고 화면의 버전({ $client })
detail-versions-with-app = 이 신고 화면의 버전({ $client }) 및 앱 버전({ $host })
detail-consent = 동의한 시간과 코드 2개. 하나는 승인된 상태의 이 안내를 나타내고, 다른 하나는 회원님에게 표시된 안내 문구를 그대로 사용해 만들어집니다.
detail-display-check = 동의할 수 있기 전에 이 안내가 가려지거나 잘리지 않고 읽을 수 있게 화면에 모두 표시되었다는 확인.
detail-report-id = 무작위 신고 번호. 같은 신고가 두 번 전송되어도 한 번만 접수되도록 하기 위한 것입니다.
not-sent-heading = 전송되지 않는 정보
not-sent-other-messages = 이 채팅방과 다른 채팅방의 그 밖의 메시지
not-sent-contacts = 연락처와 친구 목록
not-sent-location = 위치 정보
consent-note = '동의하고 보내기'를 { $platform ->
        [ios] 탭하면
        [android] 탭하면
       *[desktop] 클릭하면
    } 위 목적을 위해 메시지 { $total }개를 { $operator }에 보내는 데 동의하게 됩니다.
button-agree = 동의하고 보내기

## Step 1 and 2 when reporting an account (its profile) or a post (in the feed)
## instead of a message. Each kind has its own exact notice.

report-title-account = 계정 신고
report-title-post = 게시물 신고
reason-intro-account = 이 계정을 신고하는 이유를 선택하세요.
reason-intro-post = 이 게시물을 신고하는 이유를 선택하세요.
disclosure-headline-account = { $received ->
        [0] 이 신고를 보내면 이 계정에 관한 정보가 { $operator }에 전송됩니다. 이 계정으로부터 받은 메시지가 없으므로 메시지는 함께 전송되지 않습니다.
        [1] 이 신고를 보내면 이 계정에 관한 정보와 이 계정으로부터 가장 최근에 받은 메시지 1개가 { $operator }에 전송됩니다.
       *[other] 이 신고를 보내면 이 계정에 관한 정보와 이 계정으로부터 가장 최근에 받은 메시지 { $received }개가 { $operator }에 전송됩니다.
    }
disclosure-summary-account = { $received ->
        [0] { $operator } 신뢰 및 안전팀과 { $operator }의 위탁을 받은 검토 업체가 이 계정의 이용약관 위반 여부를 확인하고 이 계정에 대해 조치를 하기 위해 전송되는 내용을 읽습니다.
       *[other] { $operator } 신뢰 및 안전팀과 { $operator }의 위탁을 받은 검토 업체가 이 계정의 이용약관 위반 여부를 확인하고 이 계정에 대해 조치를 하기 위해 전송되는 내용을 읽습니다. 각 메시지는 시간, 텍스트와 함께 전송되며, 사진·동영상·스티커가 있으면 그 링크도 함께 전송됩니다.
    }
disclosure-headline-post = { $media ->
        [0] 이 신고를 보내면 이 게시물과 게시물 작성자에 관한 정보가 { $operator }에 전송됩니다.
        [1] 이 신고를 보내면 이 게시물과 게시물에 포함된 사진 또는 동영상 1개, 게시물 작성자에 관한 정보가 { $operator }에 전송됩니다.
       *[other] 이 신고를 보내면 이 게시물과 게시물에 포함된 사진 및 동영상 { $media }개, 게시물 작성자에 관한 정보가 { $operator }에 전송됩니다.
    }
disclosure-summary-post = { $operator } 신뢰 및 안전팀과 { $operator }의 위탁을 받은 검토 업체가 이 게시물의 이용약관 위반 여부를 확인하고 게시물 작성자에 대해 조치를 하기 위해 전송되는 내용을 읽습니다. 게시물은 시간, 텍스트와 함께 전송되며, 게시물에 포함된 각 사진·동영상의 링크도 함께 전송됩니다.
profile-heading-account = 전송될 계정 정보
profile-heading-author = 전송될 게시물 작성자 정보
profile-name = 이름
profile-status = 상태 메시지
profile-photo = 프로필 사진: 검토팀이 열어 볼 수 있는 링크가 전송됩니다.
received-heading = 전송될 이 계정의 메시지
received-none = 이 계정으로부터 받은 메시지가 없으므로 전송되는 메시지가 없습니다.
post-heading = 전송될 게시물
purpose-review-account = 신고된 계정이 이용약관을 위반하는지 그 계정의 프로필과 그 계정이 회원님에게 보낸 메시지를 통해 확인하기 위해
purpose-enforce-account = 신고된 계정에 경고나 이용 정지 등의 조치를 하기 위해
purpose-protect-account = 회원님과 다른 사용자를 같은 피해로부터 보호하기 위해
purpose-review-post = 신고된 게시물이 이용약관을 위반하는지 확인하기 위해
purpose-enforce-post = 게시물과 게시물 작성자에 대해 게시물 삭제나 계정 이용 정지 등의 조치를 하기 위해
purpose-protect-post = 회원님과 다른 사용자를 같은 피해로부터 보호하기 위해
detail-ids-account = { $received ->
        [0] 이 계정의 ID
       *[other] 이 계정의 ID와 위의 각 메시지의 ID
    }
detail-ids-post = 이 게시물의 ID와 게시물 작성자의 계정 ID
not-sent-own-messages = 회원님이 이 계정에 보낸 메시지
not-sent-unsent-messages = 이 계정이 보낸 뒤 전송을 취소한 메시지
not-sent-older-messages = 이 계정으로부터 받은 메시지 중 가장 최근 { $limit }개보다 오래된 메시지
not-sent-comments = 이 게시물의 댓글과 반응
not-sent-other-posts = 게시물 작성자의 다른 게시물
consent-note-account = '동의하고 보내기'를 { $platform ->
        [ios] 탭하면
        [android] 탭하면
       *[desktop] 클릭하면
    } 위 목적을 위해 { $received ->
        [0] 이 계정에 관한 정보를
        [1] 이 계정에 관한 정보와 이 메시지를
       *[other] 이 계정에 관한 정보와 이 메시지 { $received }개를
    } { $operator }에 보내는 데 동의하게 됩니다.
consent-note-post = '동의하고 보내기'를 { $platform ->
        [ios] 탭하면
        [android] 탭하면
       *[desktop] 클릭하면
    } 위 목적을 위해 이 게시물과 게시물 작성자에 관한 정보를 { $operator }에 보내는 데 동의하게 됩니다.
receipt-summary-account = { $received ->
        [0] 이 계정에 관한 정보를 { $operator }에 보냈습니다.
        [1] 이 계정에 관한 정보와 이 계정의 메시지 1개를 { $operator }에 보냈습니다.
       *[other] 이 계정에 관한 정보와 이 계정의 메시지 { $received }개를 { $operator }에 보냈습니다.
    }
receipt-summary-post = 게시물과 게시물 작성자에 관한 정보를 { $operator }에 보냈습니다.

## Step 3: sending

send-in-progress = 신고를 보내는 중…
send-failed = 신고를 보내지 못했습니다. 입력한 내용은 그대로 있습니다. 연결 상태를 확인하고 다시 시도하세요.
send-refused = 신고를 접수할 수 없었습니다. 같은 신고가 두 번 전송되지는 않았으며, 다시 시도해도 결과는 바뀌지 않습니다. 이 창을 닫고 앱 고객 지원팀에 알려 주세요.
button-retry = 다시 시도

## Step 4: receipt

receipt-title = 신고를 보냈습니다
receipt-reference = 신고 번호: { $reference }
receipt-summary = 신고한 메시지와 그 앞의 메시지 { $before }개, 뒤의 메시지 { $after }개, 총 { $total }개의 메시지를 { $operator }에 보냈습니다.
receipt-reason = 사유: { $reason }
flow-unavailable = 안내 내용을 모두 표시할 수 없어 지금은 이 신고를 보낼 수 없습니다. 아무것도 전송되지 않았습니다.
flow-not-displayed = 이 안내를 화면에 모두 표시할 수 없어 이 신고를 보낼 수 없습니다. 아무것도 전송되지 않았습니다. 닫은 후 다시 시도하세요. 다시 발생하면 앱 고객센터에 알려 주세요.
button-close = 닫기
