# English (reference locale).
# NEEDS REVIEW by a native speaker of English before release. Remove this line
# once a native speaker has reviewed the file.
# Reference locale. Every other locale must define the same messages with the
# same variables. Variables:
#   $platform  ios | android | desktop (choose "tap" or "click")
#   $total, $before, $after  message counts of this report
#   $operator  the operator's name (a proper noun)

## Chat page hosting the report flow (demo)

chat-heading = Chats
chat-settings = Display settings
chat-language = Language
chat-platform = Platform
chat-conversation = Chat
platform-ios = iOS
platform-android = Android
platform-desktop = Desktop
chat-report-button = Report
chat-report-button-label = Report the message from { $sender }, sent { $time }
chat-message-unsent = This message was unsent.
chat-server-heading = What the demo server received
chat-server-empty = The server has received no report yet.

## Step 1: the reason

report-title = Report a message
reason-intro = Why are you reporting this message?
reason-spam = Spam or unwanted advertising
reason-harassment = Harassment or bullying
reason-hate = Hate speech or discrimination
reason-violence = Violence or threats
reason-sexual = Sexual content
reason-scam = Scam or fraud
reason-other = Something else
comment-label = Add details (optional)
comment-hint = What you write here is sent with the report.
button-next = Next
button-cancel = Cancel
button-back = Back

## Step 2: what is sent, why, to whom, where, for how long

disclosure-title = Before you send this report
disclosure-headline =
    If you send this report, { $total ->
        [one] 1 message
       *[other] { $total } messages
    } from this chat will be sent to { $operator }: the message you chose, { $before ->
        [0] no messages before it
        [one] the 1 message before it
       *[other] the { $before } messages before it
    }, and { $after ->
        [0] no messages after it
        [one] the 1 message after it
       *[other] the { $after } messages after it
    }, with their senders, times, texts, photos, videos and files.
preview-heading = Messages that will be sent
preview-chosen = The message you are reporting
preview-not-sent-notice = Not sent: notice from the app
preview-not-sent-unsent = Not sent: this message was unsent
message-time = { $year }-{ $month }-{ $day } { $hour }:{ $minute }
media-image = Photo ({ $size })
media-video = Video, { $duration } ({ $size })
media-file = File: { $name } ({ $size })
media-sticker = Sticker: { $name }
size-kb = { $kb } KB
size-mb = { $mb } MB
why-heading = Why it is sent
purpose-review = To check whether the reported message breaks the Terms of Use, read in the context of the messages around it.
purpose-enforce = To act against the account that sent it, for example with a warning or a suspension.
purpose-protect = To protect you and other people from the same kind of harm.
who-heading = Who receives it
recipient-trust-safety = The Trust and Safety team of { $operator }
recipient-moderation-contractor = A content review company that works for { $operator } under contract
where-heading = Where it is processed
country-JP = Japan
country-KR = South Korea
country-PH = The Philippines
retention-heading = How long it is kept
retention = { $days ->
        [one] 1 day
       *[other] { $days } days
    } after the review of your report ends. Then it is deleted.
not-sent-heading = What is not sent
not-sent-other-messages = Any other message in this chat or in your other chats
not-sent-contacts = Your contacts and friends list
not-sent-location = Your location
consent-note = By { $platform ->
        [ios] tapping
        [android] tapping
       *[desktop] clicking
    } “Agree and send”, you agree to send { $total ->
        [one] this message
       *[other] these { $total } messages
    } to { $operator } for the purposes above.
button-agree = Agree and send

## Step 3: sending

send-in-progress = Sending your report…
send-failed = Your report could not be sent. Nothing is lost: check your connection and try again.
button-retry = Try again

## Step 4: receipt

receipt-title = Report sent
receipt-reference = Report reference: { $reference }
receipt-summary = { $total ->
        [one] 1 message was
       *[other] { $total } messages were
    } sent to { $operator }: the message you reported, { $before } before it and { $after } after it.
receipt-reason = Reason: { $reason }
flow-unavailable = This report cannot be sent right now, because its notice could not be shown completely. Nothing has been sent.
button-close = Close
