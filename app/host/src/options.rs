//! The host's options, read from a plain JS object. Read by hand rather than
//! through serde: a JSON deserializer would add about 13 KiB (brotli) to
//! every host's download, and reading by hand names the wrong field just as
//! well (`conversation.messages[3].kind`).

use js_sys::{Array, Object, Reflect};
use report_core::{
    Conversation, Message, MessageKind, Platform, Policy, Post, PostMedia, Profile, Reason,
    ReportKind, ReportRequest, Sender,
};
use wasm_bindgen::JsValue;

pub struct Options {
    pub request: ReportRequest,
    pub languages: Vec<String>,
    pub platform: Platform,
    pub endpoint: Option<String>,
    pub host_app_version: Option<String>,
    pub policy: Option<Policy>,
    pub send_timeout_ms: Option<u32>,
}

const OPTIONS: &[&str] = &[
    "kind",
    "conversation",
    "chosenMessageId",
    "account",
    "post",
    "languages",
    "platform",
    "endpoint",
    "hostAppVersion",
    "policy",
    "sendTimeoutMs",
];

struct At<'a> {
    value: JsValue,
    path: &'a str,
}

fn field(obj: &JsValue, path: &str, key: &str) -> (JsValue, String) {
    let value = Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
    let path = if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    };
    (value, path)
}

fn missing(v: &JsValue) -> bool {
    v.is_undefined() || v.is_null()
}

fn string(v: &JsValue, path: &str) -> Result<String, String> {
    v.as_string()
        .ok_or_else(|| format!("{path}: expected a string"))
}

fn opt_string(v: &JsValue, path: &str) -> Result<Option<String>, String> {
    if missing(v) {
        Ok(None)
    } else {
        string(v, path).map(Some)
    }
}

fn whole(v: &JsValue, path: &str, max: f64) -> Result<f64, String> {
    match v.as_f64() {
        Some(n) if n.fract() == 0.0 && (0.0..=max).contains(&n) => Ok(n),
        _ => Err(format!("{path}: expected a whole number from 0 to {max}")),
    }
}

/// The items of a list, each with its path (`path[i]`); `expected` names
/// what the list should have held when it is not one.
fn items(v: &JsValue, path: &str, expected: &str) -> Result<Vec<(JsValue, String)>, String> {
    if !Array::is_array(v) {
        return Err(format!("{path}: expected {expected}"));
    }
    Ok(Array::from(v)
        .iter()
        .enumerate()
        .map(|(i, item)| (item, format!("{path}[{i}]")))
        .collect())
}

fn strings(v: &JsValue, path: &str) -> Result<Vec<String>, String> {
    items(v, path, "a list of strings")?
        .iter()
        .map(|(s, p)| string(s, p))
        .collect()
}

fn object<'a>(v: JsValue, path: &'a str) -> Result<At<'a>, String> {
    if v.is_object() && !Array::is_array(&v) {
        Ok(At { value: v, path })
    } else {
        Err(format!("{path}: expected an object"))
    }
}

impl At<'_> {
    fn get(&self, key: &str) -> (JsValue, String) {
        field(&self.value, self.path, key)
    }
    fn string(&self, key: &str) -> Result<String, String> {
        let (v, p) = self.get(key);
        string(&v, &p)
    }
    fn opt_string(&self, key: &str) -> Result<Option<String>, String> {
        let (v, p) = self.get(key);
        opt_string(&v, &p)
    }
    fn whole(&self, key: &str, max: f64) -> Result<f64, String> {
        let (v, p) = self.get(key);
        whole(&v, &p, max)
    }
}

pub fn read(options: &JsValue) -> Result<Options, String> {
    let o = object(options.clone(), "options")?;
    for key in Object::keys(&Object::from(o.value.clone())).iter() {
        let key = key.as_string().unwrap_or_default();
        if !OPTIONS.contains(&key.as_str()) {
            return Err(format!(
                "options.{key}: not an option (known: {})",
                OPTIONS.join(", ")
            ));
        }
    }
    let (languages, lp) = o.get("languages");
    let (platform, pp) = o.get("platform");
    let platform = Platform::from_id(&string(&platform, &pp)?)
        .ok_or_else(|| format!("{pp}: expected \"ios\", \"android\" or \"desktop\""))?;
    let (timeout, tp) = o.get("sendTimeoutMs");
    let (policy, ppath) = o.get("policy");
    Ok(Options {
        request: read_request(&o)?,
        languages: if missing(&languages) {
            vec![]
        } else {
            strings(&languages, &lp)?
        },
        platform,
        endpoint: o.opt_string("endpoint")?,
        host_app_version: o.opt_string("hostAppVersion")?,
        policy: if missing(&policy) {
            None
        } else {
            Some(read_policy(policy, &ppath)?)
        },
        send_timeout_ms: if missing(&timeout) {
            None
        } else {
            Some(send_timeout(&timeout, &tp)?)
        },
    })
}

/// Shorter than a second fails sends on any real network; longer than two
/// minutes leaves the person waiting at a spinner they cannot leave.
pub const SEND_TIMEOUT_MS: std::ops::RangeInclusive<u32> = 1000..=120_000;

fn send_timeout(v: &JsValue, path: &str) -> Result<u32, String> {
    match v.as_f64() {
        Some(n)
            if n.fract() == 0.0
                && n >= 0.0
                && SEND_TIMEOUT_MS.contains(&(n.min(u32::MAX as f64) as u32)) =>
        {
            Ok(n as u32)
        }
        _ => Err(format!(
            "{path}: expected a whole number of milliseconds from {} to {}",
            SEND_TIMEOUT_MS.start(),
            SEND_TIMEOUT_MS.end()
        )),
    }
}

/// Which kind the host reports, and only the options that kind uses: a
/// stray option would be a sign the host means another kind.
fn read_request(o: &At) -> Result<ReportRequest, String> {
    let (kind, kp) = o.get("kind");
    let kind = kind
        .as_string()
        .and_then(|k| ReportKind::from_id(&k))
        .ok_or_else(|| format!("{kp}: expected \"message\", \"account\" or \"post\""))?;
    let uses: &[&str] = match kind {
        ReportKind::Message => &["conversation", "chosenMessageId"],
        ReportKind::Account => &["account", "conversation"],
        ReportKind::Post => &["post"],
    };
    for key in ["conversation", "chosenMessageId", "account", "post"] {
        let (v, path) = o.get(key);
        if !missing(&v) && !uses.contains(&key) {
            return Err(format!("{path}: not used when kind is \"{}\"", kind.id()));
        }
    }
    let (conversation, cp) = o.get("conversation");
    Ok(match kind {
        ReportKind::Message => ReportRequest::Message {
            conversation: read_conversation(conversation, &cp)?,
            message_id: o.string("chosenMessageId")?,
        },
        ReportKind::Account => {
            let (account, ap) = o.get("account");
            ReportRequest::Account {
                account: read_profile(account, &ap)?,
                conversation: if missing(&conversation) {
                    None
                } else {
                    Some(read_conversation(conversation, &cp)?)
                },
            }
        }
        ReportKind::Post => {
            let (post, pp) = o.get("post");
            ReportRequest::Post {
                post: read_post(post, &pp)?,
            }
        }
    })
}

fn read_profile(v: JsValue, path: &str) -> Result<Profile, String> {
    let p = object(v, path)?;
    Ok(Profile {
        id: p.string("id")?,
        display_name: p.string("display_name")?,
        status_message: p.opt_string("status_message")?,
        photo_url: p.opt_string("photo_url")?,
    })
}

fn read_post(v: JsValue, path: &str) -> Result<Post, String> {
    let p = object(v, path)?;
    let (author, ap) = p.get("author");
    let (media, mp) = p.get("media");
    let media = items(&media, &mp, "a list of photos and videos")?;
    Ok(Post {
        id: p.string("id")?,
        author: read_profile(author, &ap)?,
        posted_at: p.whole("posted_at", LAST_TIME)? as i64,
        text: p.opt_string("text")?,
        media: media
            .into_iter()
            .map(|(m, path)| read_post_media(m, &path))
            .collect::<Result<_, _>>()?,
    })
}

fn read_post_media(v: JsValue, path: &str) -> Result<PostMedia, String> {
    let m = object(v, path)?;
    let size = || m.whole("size_bytes", MAX_SIZE).map(|n| n as u64);
    match m.string("kind")?.as_str() {
        "image" => Ok(PostMedia::Image {
            media_url: m.string("media_url")?,
            size_bytes: size()?,
        }),
        "video" => Ok(PostMedia::Video {
            media_url: m.string("media_url")?,
            duration_seconds: m.whole("duration_seconds", u32::MAX as f64)? as u32,
            size_bytes: size()?,
        }),
        other => Err(format!(
            "{path}.kind: unknown kind \"{}\" (known: image, video)",
            other.escape_default()
        )),
    }
}

fn read_conversation(v: JsValue, path: &str) -> Result<Conversation, String> {
    let c = object(v, path)?;
    let (is_group, gp) = c.get("is_group");
    let (messages, mp) = c.get("messages");
    let messages = items(&messages, &mp, "a list of messages")?;
    Ok(Conversation {
        id: c.string("id")?,
        title: c.string("title")?,
        is_group: is_group
            .as_bool()
            .ok_or_else(|| format!("{gp}: expected true or false"))?,
        messages: messages
            .into_iter()
            .map(|(m, path)| read_message(m, &path))
            .collect::<Result<_, _>>()?,
    })
}

/// Seconds since 1970, up to the year 9999.
const LAST_TIME: f64 = 253_402_300_799.0;
const MAX_SIZE: f64 = 9_007_199_254_740_991.0;

fn read_message(v: JsValue, path: &str) -> Result<Message, String> {
    let m = object(v, path)?;
    let (sender, sp) = m.get("sender");
    let sender = object(sender, &sp)?;
    let kind = m.string("kind")?;
    let caption = || m.opt_string("caption");
    let size = || m.whole("size_bytes", MAX_SIZE).map(|n| n as u64);
    let kind = match kind.as_str() {
        "text" => MessageKind::Text {
            text: m.string("text")?,
        },
        "image" => MessageKind::Image {
            media_url: m.string("media_url")?,
            caption: caption()?,
            size_bytes: size()?,
        },
        "video" => MessageKind::Video {
            media_url: m.string("media_url")?,
            caption: caption()?,
            duration_seconds: m.whole("duration_seconds", u32::MAX as f64)? as u32,
            size_bytes: size()?,
        },
        "file" => MessageKind::File {
            file_name: m.string("file_name")?,
            size_bytes: size()?,
        },
        "sticker" => MessageKind::Sticker {
            sticker_name: m.string("sticker_name")?,
            media_url: m.string("media_url")?,
        },
        "system_notice" => MessageKind::SystemNotice {
            text: m.string("text")?,
        },
        "unsent" => MessageKind::Unsent,
        other => {
            return Err(format!(
                "{path}.kind: unknown kind \"{}\" (known: text, image, video, file, sticker, system_notice, unsent)",
                other.escape_default()
            ))
        }
    };
    Ok(Message {
        id: m.string("id")?,
        sender: Sender {
            id: sender.string("id")?,
            display_name: sender.string("display_name")?,
        },
        sent_at: m.whole("sent_at", LAST_TIME)? as i64,
        kind,
    })
}

fn read_policy(v: JsValue, path: &str) -> Result<Policy, String> {
    let p = object(v, path)?;
    let list = |key: &str| {
        let (v, path) = p.get(key);
        strings(&v, &path)
    };
    Ok(Policy {
        operator: p.string("operator")?,
        purposes: list("purposes")?,
        recipients: list("recipients")?,
        processing_countries: list("processing_countries")?,
        retention_days: p.whole("retention_days", u32::MAX as f64)? as u32,
        context_size: p.whole("context_size", 1000.0)? as usize,
        account_messages: p.whole("account_messages", 1000.0)? as usize,
    })
}

/// The first step as the person left it in `index.js`: `{ reason, comment }`.
pub fn read_start(start: &JsValue) -> Result<(Reason, String), String> {
    let o = object(start.clone(), "start")?;
    let reason = o.string("reason")?;
    let reason = Reason::from_id(&reason)
        .ok_or_else(|| format!("start.reason: not a reason: \"{reason}\""))?;
    let comment = o.string("comment")?;
    if comment.chars().count() > report_core::limits::MAX_COMMENT_CHARS {
        return Err("start.comment: longer than the receiver takes".to_string());
    }
    Ok((reason, comment))
}
