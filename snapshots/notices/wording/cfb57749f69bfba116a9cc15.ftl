# English (reference locale).
# NEEDS REVIEW by a native speaker of English before release. Remove this line
# once a native speaker has reviewed the file.
# Reference locale. Every other locale must define the same messages with the
# same variables. Variables:
#   $platform  ios | android | desktop (choose "tap" or "click")
#   $total, $before, $after  message counts of this report
#   $received  how many messages received from the reported account are sent
#   $limit  at most how many received messages a report on an account sends
#   $media  how many photos and videos of the reported post are sent
#   $operator  the operator's name (a proper noun)
#   $locale  the language tag of this wording, for example "en" (keep as is)
#   $utc_offset  the person's time zone, for example "UTC+09:00" (keep as is)
#   $client, $host  version names of the report screen and of the app (keep as is)

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
chat-server-verified = Verified: the person was shown an approved notice, exactly.
chat-server-unverified = Not verified: what the person was shown cannot be matched to an approved notice.
chat-page-chat = Chat
chat-page-account = Profile
chat-page-feed = Feed
account-report-button = Report account
account-report-button-label = Report account: { $name }
post-report-button-label = Report the post by { $sender }, posted { $time }
account-no-status = No status message

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
    }.
disclosure-summary = The Trust and Safety team of { $operator } and a review company working for it read them, to check them against the Terms of Use and act against the sender. Each goes with its sender, time and text, and a link to any photo, video or sticker in it.
preview-heading = Messages that will be sent
preview-chosen = The message you are reporting
preview-not-sent-notice = Not sent: a notice from the app
preview-not-sent-unsent = Not sent: a message its sender unsent
message-time = { $year }-{ $month }-{ $day } { $hour }:{ $minute }
media-image = Photo ({ $size }): a link to it is sent, which the review team can open.
media-video = Video, { $duration } ({ $size }): a link to it is sent, which the review team can open.
media-file = File: { $name } ({ $size }). Only its name and size are sent, not the file.
media-sticker = Sticker: { $name }: a link to it is sent, which the review team can open.
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
details-heading = Also sent with the report
detail-reason = The reason you chose and, if you wrote any, your details.
detail-ids = The ID of this chat, of each message above and of each sender’s account.
detail-not-sent-marks = Where a message above is marked “Not sent”, only that fact is sent: not its content, sender or time.
detail-settings = Your language ({ $locale }), your platform ({ $platform ->
        [ios] iOS
        [android] Android
       *[desktop] desktop
    }) and your time zone ({ $utc_offset }), in which the times above are shown.
detail-version = The version of this report screen ({ $client }).
detail-versions-with-app = The version of this report screen ({ $client }) and of the app ({ $host }).
detail-consent = The time you agree, and two codes: one names this notice as it was approved, the other is made from its text exactly as shown to you.
detail-display-check = A confirmation that your screen showed this notice in full, readable and not covered, before you could agree.
detail-report-id = A random report number, so that a report sent twice is filed only once.
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

## Step 1 and 2 when reporting an account (its profile) or a post (in the feed)
## instead of a message. Each kind has its own exact notice.

report-title-account = Report an account
report-title-post = Report a post
reason-intro-account = Why are you reporting this account?
reason-intro-post = Why are you reporting this post?
disclosure-headline-account = { $received ->
        [0] If you send this report, information about this account will be sent to { $operator }. No messages are sent with it: you have received none from this account.
        [one] If you send this report, information about this account and the 1 most recent message you received from it will be sent to { $operator }.
       *[other] If you send this report, information about this account and the { $received } most recent messages you received from it will be sent to { $operator }.
    }
disclosure-summary-account = { $received ->
        [0] The Trust and Safety team of { $operator } and a review company working for it read it, to check the account against the Terms of Use and act against it.
        [one] The Trust and Safety team of { $operator } and a review company working for it read them, to check the account against the Terms of Use and act against it. The message goes with its time and text, and a link to any photo, video or sticker in it.
       *[other] The Trust and Safety team of { $operator } and a review company working for it read them, to check the account against the Terms of Use and act against it. Each message goes with its time and text, and a link to any photo, video or sticker in it.
    }
disclosure-headline-post = { $media ->
        [0] If you send this report, this post and information about its author will be sent to { $operator }.
        [one] If you send this report, this post with its 1 photo or video and information about its author will be sent to { $operator }.
       *[other] If you send this report, this post with its { $media } photos and videos and information about its author will be sent to { $operator }.
    }
disclosure-summary-post = The Trust and Safety team of { $operator } and a review company working for it read them, to check the post against the Terms of Use and act against its author. The post goes with its time and text, and a link to each photo or video in it.
profile-heading-account = Information about the account that will be sent
profile-heading-author = Information about its author that will be sent
profile-name = Name
profile-status = Status message
profile-photo = Profile photo: a link to it is sent, which the review team can open.
received-heading = Messages from this account that will be sent
received-none = You have received no messages from this account, so none are sent.
post-heading = The post that will be sent
purpose-review-account = To check whether the reported account breaks the Terms of Use, from its profile and the messages it sent you.
purpose-enforce-account = To act against the account, for example with a warning or a suspension.
purpose-protect-account = To protect you and other people from the same kind of harm.
purpose-review-post = To check whether the reported post breaks the Terms of Use.
purpose-enforce-post = To act against the post and its author, for example by removing the post or suspending the account.
purpose-protect-post = To protect you and other people from the same kind of harm.
detail-ids-account = { $received ->
        [0] The ID of this account.
        [one] The ID of this account and of the message above.
       *[other] The ID of this account and of each message above.
    }
detail-ids-post = The ID of this post and of its author’s account.
not-sent-own-messages = The messages you sent to this account
not-sent-unsent-messages = Messages this account sent and then unsent
not-sent-older-messages = Messages from this account older than the { $limit } most recent
not-sent-comments = Comments and reactions on this post
not-sent-other-posts = Other posts by its author
consent-note-account = By { $platform ->
        [ios] tapping
        [android] tapping
       *[desktop] clicking
    } “Agree and send”, you agree to send the information about this account { $received ->
        [0] to { $operator } for the purposes above.
        [one] and this message to { $operator } for the purposes above.
       *[other] and these { $received } messages to { $operator } for the purposes above.
    }
consent-note-post = By { $platform ->
        [ios] tapping
        [android] tapping
       *[desktop] clicking
    } “Agree and send”, you agree to send this post and the information about its author to { $operator } for the purposes above.
receipt-summary-account = { $received ->
        [0] The information about this account was sent to { $operator }.
        [one] The information about this account and 1 message from it were sent to { $operator }.
       *[other] The information about this account and { $received } messages from it were sent to { $operator }.
    }
receipt-summary-post = The post and the information about its author were sent to { $operator }.

## Step 3: sending

send-in-progress = Sending your report…
send-failed = Your report could not be sent. Nothing is lost: check your connection and try again.
send-refused = Your report could not be accepted. Nothing was sent twice, and trying again would not change this. Close this window and tell the app's support what happened.
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
flow-not-displayed = This notice could not be shown in full on your screen, so this report cannot be sent. Nothing has been sent. Close it and try again; if it happens again, tell the app's support.
button-close = Close
