//! The data inventory: every field a report carries, and the part of the
//! disclosure screen that names it. A field that is not listed here is not
//! sent (a test serializes the payload of every scenario and checks).

/// Where on the disclosure screen a field is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NamedBy {
    /// The headline's counts.
    Headline,
    /// The preview card of each message (sender, time, marker, media, text).
    Preview,
    /// A line of the "Also sent with the report" list, by its key.
    Detail(&'static str),
}

/// Every JSON path of a report (array items as `[]`), in payload order.
pub const FIELDS: &[(&str, NamedBy)] = &[
    ("report_id", NamedBy::Detail("report-id")),
    // A reported message and the messages around it.
    ("reported.message.conversation_id", NamedBy::Detail("ids")),
    ("reported.message.chosen_message_id", NamedBy::Detail("ids")),
    ("reported.message.messages[].role", NamedBy::Preview),
    ("reported.message.messages[].id", NamedBy::Detail("ids")),
    (
        "reported.message.messages[].sender.id",
        NamedBy::Detail("ids"),
    ),
    (
        "reported.message.messages[].sender.display_name",
        NamedBy::Preview,
    ),
    ("reported.message.messages[].sent_at", NamedBy::Preview),
    ("reported.message.messages[].content.kind", NamedBy::Preview),
    ("reported.message.messages[].content.text", NamedBy::Preview),
    (
        "reported.message.messages[].content.media_url",
        NamedBy::Preview,
    ),
    (
        "reported.message.messages[].content.caption",
        NamedBy::Preview,
    ),
    (
        "reported.message.messages[].content.size_bytes",
        NamedBy::Preview,
    ),
    (
        "reported.message.messages[].content.duration_seconds",
        NamedBy::Preview,
    ),
    (
        "reported.message.messages[].content.file_name",
        NamedBy::Preview,
    ),
    (
        "reported.message.messages[].content.sticker_name",
        NamedBy::Preview,
    ),
    (
        "reported.message.not_sent[].before_message_id",
        NamedBy::Detail("not-sent-marks"),
    ),
    (
        "reported.message.not_sent[].kind",
        NamedBy::Detail("not-sent-marks"),
    ),
    ("reported.message.counts.before", NamedBy::Headline),
    ("reported.message.counts.after", NamedBy::Headline),
    ("reported.message.counts.total", NamedBy::Headline),
    // A reported account: its facts and the messages received from it.
    ("reported.account.profile.id", NamedBy::Detail("ids")),
    ("reported.account.profile.display_name", NamedBy::Preview),
    ("reported.account.profile.status_message", NamedBy::Preview),
    ("reported.account.profile.photo_url", NamedBy::Preview),
    ("reported.account.messages[].id", NamedBy::Detail("ids")),
    ("reported.account.messages[].sent_at", NamedBy::Preview),
    ("reported.account.messages[].content.kind", NamedBy::Preview),
    ("reported.account.messages[].content.text", NamedBy::Preview),
    (
        "reported.account.messages[].content.media_url",
        NamedBy::Preview,
    ),
    (
        "reported.account.messages[].content.caption",
        NamedBy::Preview,
    ),
    (
        "reported.account.messages[].content.size_bytes",
        NamedBy::Preview,
    ),
    (
        "reported.account.messages[].content.duration_seconds",
        NamedBy::Preview,
    ),
    (
        "reported.account.messages[].content.file_name",
        NamedBy::Preview,
    ),
    (
        "reported.account.messages[].content.sticker_name",
        NamedBy::Preview,
    ),
    // A reported post, its media and its author's facts.
    ("reported.post.id", NamedBy::Detail("ids")),
    ("reported.post.author.id", NamedBy::Detail("ids")),
    ("reported.post.author.display_name", NamedBy::Preview),
    ("reported.post.author.status_message", NamedBy::Preview),
    ("reported.post.author.photo_url", NamedBy::Preview),
    ("reported.post.posted_at", NamedBy::Preview),
    ("reported.post.text", NamedBy::Preview),
    ("reported.post.media[].kind", NamedBy::Preview),
    ("reported.post.media[].media_url", NamedBy::Preview),
    ("reported.post.media[].size_bytes", NamedBy::Preview),
    ("reported.post.media[].duration_seconds", NamedBy::Preview),
    ("reason", NamedBy::Detail("reason")),
    ("comment", NamedBy::Detail("reason")),
    ("locale", NamedBy::Detail("settings")),
    ("platform", NamedBy::Detail("settings")),
    ("utc_offset_minutes", NamedBy::Detail("settings")),
    ("consented_at", NamedBy::Detail("consent")),
    // The shape follows from the report screen's version.
    ("payload_shape", NamedBy::Detail("versions")),
    ("client_version", NamedBy::Detail("versions")),
    ("host_app_version", NamedBy::Detail("versions")),
    ("notice_version", NamedBy::Detail("consent")),
    ("disclosure_digest", NamedBy::Detail("consent")),
    ("display_check.result", NamedBy::Detail("display-check")),
    (
        "display_check.confirmed_lines",
        NamedBy::Detail("display-check"),
    ),
];

pub fn named_by(path: &str) -> Option<NamedBy> {
    FIELDS.iter().find(|(p, _)| *p == path).map(|(_, n)| *n)
}

/// Every leaf path of a JSON value, array items written `[]`. An empty array
/// or object carries nothing, so it has no leaf.
pub fn leaf_paths(value: &serde_json::Value) -> Vec<String> {
    fn walk(v: &serde_json::Value, at: String, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(map) if !map.is_empty() => {
                for (k, child) in map {
                    let path = if at.is_empty() {
                        k.clone()
                    } else {
                        format!("{at}.{k}")
                    };
                    walk(child, path, out);
                }
            }
            serde_json::Value::Array(items) if !items.is_empty() => {
                for child in items {
                    walk(child, format!("{at}[]"), out);
                }
            }
            serde_json::Value::Object(_) | serde_json::Value::Array(_) => {}
            _ => {
                if !out.contains(&at) {
                    out.push(at);
                }
            }
        }
    }
    let mut out = vec![];
    walk(value, String::new(), &mut out);
    out
}
