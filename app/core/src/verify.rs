//! What a receiver checks in every report. First whether it is well formed:
//! if not, it is refused and nothing is stored. Then whether the person read
//! an approved notice: a report that fails this is still kept (the person
//! agreed to send it), marked unverified with the reason.

use crate::notice::{content_address, notice_version, Register, RegisteredNotice};
use crate::payload::{AccountReport, Content, MessageReport, ReportPayload, Reported, SentRole};
use crate::policy::Policy;
use crate::post::{Post, PostMedia};
use crate::profile::Profile;
use crate::screens::DisclosureScreen;
use crate::shown_notice::Notice;
use crate::wording::Wording;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::Arc;

pub use crate::limits::Refusal;
use crate::limits::{
    check_consented_at, check_count, check_id, check_link, check_message_kind, check_offset,
    check_opt_text, check_text, check_time, refuse, MAX_ACCOUNT_MESSAGES, MAX_COMMENT_CHARS,
    MAX_NAME_CHARS, MAX_NOT_SENT, MAX_POST_MEDIA, MAX_TEXT_CHARS,
};

/// Parses a report body strictly: unknown fields, missing fields and wrong
/// types are refused with the path of the field, then `check` runs.
pub fn parse(body: &[u8], policy: &Policy) -> Result<ReportPayload, Refusal> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let payload: ReportPayload = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." {
            "(report)".to_string()
        } else {
            path
        };
        refuse(field, e.into_inner().to_string())
    })?;
    de.end()
        .map_err(|e| refuse("(report)", format!("text after the report: {e}")))?;
    check(&payload, policy)?;
    Ok(payload)
}

/// Optional user content, when given, is not blank: a blank one is left out.
fn check_given(field: &str, value: &Option<String>) -> Result<(), Refusal> {
    if crate::profile::is_blank(value) {
        return Err(refuse(field, "is blank; leave it out instead"));
    }
    Ok(())
}

/// The invariants of a report the screen could have shown.
pub fn check(p: &ReportPayload, policy: &Policy) -> Result<(), Refusal> {
    check_id("report_id", &p.report_id)?;
    let at = p.reported.path();
    match &p.reported {
        Reported::Message(m) => check_message(&at, m, policy)?,
        Reported::Account(a) => check_account(&at, a, policy)?,
        Reported::Post(post) => check_post(&at, post)?,
    }
    check_offset("utc_offset_minutes", p.utc_offset_minutes)?;
    check_opt_text("comment", &p.comment, MAX_COMMENT_CHARS)?;
    check_consented_at("consented_at", &p.consented_at)?;
    check_id("locale", &p.locale)?;
    check_id("client_version", &p.client_version)?;
    if let Some(host) = &p.host_app_version {
        check_id("host_app_version", host)?;
    }
    check_id("notice_version", &p.notice_version)?;
    let digest = p.disclosure_digest.strip_prefix("sha256:").unwrap_or("");
    if digest.len() != 64 || !digest.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(refuse("disclosure_digest", "is not sha256:<64 hex digits>"));
    }
    Ok(())
}

fn check_message(at: &str, p: &MessageReport, policy: &Policy) -> Result<(), Refusal> {
    check_id(&format!("{at}.conversation_id"), &p.conversation_id)?;
    check_id(&format!("{at}.chosen_message_id"), &p.chosen_message_id)?;
    let chosen: Vec<usize> = (0..p.messages.len())
        .filter(|&i| p.messages[i].role == SentRole::Chosen)
        .collect();
    let [chosen] = chosen[..] else {
        return Err(refuse(
            format!("{at}.messages"),
            format!(
                "holds {} chosen messages; exactly one is reported",
                chosen.len()
            ),
        ));
    };
    if p.messages[chosen].id != p.chosen_message_id {
        return Err(refuse(
            format!("{at}.messages[{chosen}].id"),
            "the chosen message is not chosen_message_id",
        ));
    }
    let mut ids = HashSet::new();
    for (i, m) in p.messages.iter().enumerate() {
        let field = format!("{at}.messages[{i}]");
        check_id(&format!("{field}.id"), &m.id)?;
        check_id(&format!("{field}.sender.id"), &m.sender.id)?;
        check_text(
            &format!("{field}.sender.display_name"),
            &m.sender.display_name,
            MAX_NAME_CHARS,
        )?;
        if !ids.insert(m.id.as_str()) {
            return Err(refuse(format!("{field}.id"), "is sent twice"));
        }
        let expected = match i.cmp(&chosen) {
            std::cmp::Ordering::Less => SentRole::Before,
            std::cmp::Ordering::Equal => SentRole::Chosen,
            std::cmp::Ordering::Greater => SentRole::After,
        };
        if m.role != expected {
            return Err(refuse(
                format!("{field}.role"),
                "messages must be in chat order: before, chosen, after",
            ));
        }
        check_time(&format!("{field}.sent_at"), m.sent_at)?;
        check_content(&format!("{field}.content"), &m.content)?;
    }
    check_count(
        &format!("{at}.not_sent"),
        p.not_sent.len(),
        MAX_NOT_SENT,
        "not-sent marks",
    )?;
    let (before, after) = (chosen, p.messages.len() - chosen - 1);
    for (field, counted, actual) in [
        ("counts.before", p.counts.before, before),
        ("counts.after", p.counts.after, after),
        ("counts.total", p.counts.total, p.messages.len()),
    ] {
        if counted != actual {
            return Err(refuse(
                format!("{at}.{field}"),
                format!("says {counted}, but the report holds {actual}"),
            ));
        }
    }
    for (field, n) in [("counts.before", before), ("counts.after", after)] {
        if n > policy.context_size {
            return Err(refuse(
                format!("{at}.{field}"),
                format!(
                    "{n} is more than the {} a report may carry",
                    policy.context_size
                ),
            ));
        }
    }
    for (i, mark) in p.not_sent.iter().enumerate() {
        let found = p
            .messages
            .iter()
            .position(|m| m.id == mark.before_message_id);
        if !matches!(found, Some(found) if found > 0) {
            return Err(refuse(
                format!("{at}.not_sent[{i}].before_message_id"),
                "names no sent message after the first",
            ));
        }
    }
    Ok(())
}

fn check_content(at: &str, c: &Content) -> Result<(), Refusal> {
    check_message_kind(at, &c.to_kind())
}

fn check_profile(at: &str, p: &Profile) -> Result<(), Refusal> {
    check_id(&format!("{at}.id"), &p.id)?;
    check_text(
        &format!("{at}.display_name"),
        &p.display_name,
        MAX_NAME_CHARS,
    )?;
    check_given(&format!("{at}.status_message"), &p.status_message)?;
    check_opt_text(
        &format!("{at}.status_message"),
        &p.status_message,
        MAX_TEXT_CHARS,
    )?;
    check_given(&format!("{at}.photo_url"), &p.photo_url)?;
    match &p.photo_url {
        Some(u) => check_link(&format!("{at}.photo_url"), u),
        None => Ok(()),
    }
}

fn check_account(at: &str, a: &AccountReport, policy: &Policy) -> Result<(), Refusal> {
    check_profile(&format!("{at}.profile"), &a.profile)?;
    check_count(
        &format!("{at}.messages"),
        a.messages.len(),
        MAX_ACCOUNT_MESSAGES,
        "messages",
    )?;
    if a.messages.len() > policy.account_messages {
        return Err(refuse(
            format!("{at}.messages"),
            format!(
                "holds {}, more than the {} a report on an account may carry",
                a.messages.len(),
                policy.account_messages
            ),
        ));
    }
    let mut ids = HashSet::new();
    for (i, m) in a.messages.iter().enumerate() {
        let field = format!("{at}.messages[{i}]");
        check_id(&format!("{field}.id"), &m.id)?;
        if !ids.insert(m.id.as_str()) {
            return Err(refuse(format!("{field}.id"), "is sent twice"));
        }
        check_time(&format!("{field}.sent_at"), m.sent_at)?;
        check_content(&format!("{field}.content"), &m.content)?;
    }
    Ok(())
}

fn check_post(at: &str, p: &Post) -> Result<(), Refusal> {
    check_id(&format!("{at}.id"), &p.id)?;
    check_profile(&format!("{at}.author"), &p.author)?;
    check_time(&format!("{at}.posted_at"), p.posted_at)?;
    check_given(&format!("{at}.text"), &p.text)?;
    check_opt_text(&format!("{at}.text"), &p.text, MAX_TEXT_CHARS)?;
    check_count(
        &format!("{at}.media"),
        p.media.len(),
        MAX_POST_MEDIA,
        "photos and videos",
    )?;
    for (i, m) in p.media.iter().enumerate() {
        let (PostMedia::Image { media_url, .. } | PostMedia::Video { media_url, .. }) = m;
        check_link(&format!("{at}.media[{i}].media_url"), media_url)?;
    }
    Ok(())
}

/// Why a well-formed report could not be matched to what was approved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unverified {
    /// The notice_version is not in the register.
    UnknownNotice,
    /// The register has the version, but for another locale or platform.
    NoticeMismatch,
    /// The register has the version, but this receiver lacks its wording.
    WordingUnavailable,
    /// The approved wording, given this report, does not render what it says was shown.
    DigestMismatch,
    /// The device did not confirm every line of this disclosure on screen (or
    /// sent no display check at all).
    DisplayNotConfirmed,
}

impl Unverified {
    /// Every reason, so that a stored code can be explained again.
    pub const ALL: [Unverified; 5] = [
        Unverified::UnknownNotice,
        Unverified::NoticeMismatch,
        Unverified::WordingUnavailable,
        Unverified::DigestMismatch,
        Unverified::DisplayNotConfirmed,
    ];

    pub fn from_code(code: &str) -> Option<Unverified> {
        Unverified::ALL.into_iter().find(|u| u.code() == code)
    }

    /// Stable code for storage and the audit.
    pub fn code(&self) -> &'static str {
        match self {
            Unverified::UnknownNotice => "unknown_notice_version",
            Unverified::NoticeMismatch => "notice_of_other_locale_or_platform",
            Unverified::WordingUnavailable => "approved_wording_not_held",
            Unverified::DigestMismatch => "disclosure_differs_from_approved",
            Unverified::DisplayNotConfirmed => "display_not_confirmed",
        }
    }
}

impl fmt::Display for Unverified {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Unverified::UnknownNotice => "the notice_version is not in the approved register",
            Unverified::NoticeMismatch => {
                "the notice_version was approved for another locale or platform"
            }
            Unverified::WordingUnavailable => {
                "the notice is approved, but this receiver does not hold its wording"
            }
            Unverified::DigestMismatch => {
                "the approved wording does not render the disclosure this report says was shown"
            }
            Unverified::DisplayNotConfirmed => {
                "the device did not confirm every line of the disclosure on screen"
            }
        })
    }
}

/// What a notice is rendered from: its own wording and policy.
struct Held {
    wording: Arc<Wording>,
    policy: Arc<Policy>,
}

/// The approved notices a receiver verifies against, each with the wording
/// and policy it was rendered from, current or superseded.
pub struct Approved {
    register: Register,
    policy: Policy,
    /// Per locale, the wording the receiver words consent records in.
    wordings: Vec<Arc<Wording>>,
    /// By notice_version: what re-renders it.
    held: HashMap<String, Held>,
    /// By notice_version: its row (the current one if there are two).
    rows: HashMap<String, usize>,
}

/// Where `Approved::with_history` finds the files a register names, by
/// their content address.
pub trait NoticeFileSource {
    fn wording(&self, address: &str) -> Result<String, String>;
    fn policy(&self, address: &str) -> Result<String, String>;
}

/// A register folder as the refresh writes it (`snapshots/` of a release):
/// `notices/wording/<address>.ftl` and `notices/policy/<address>.json`.
pub struct NoticeFolder(pub std::path::PathBuf);

impl NoticeFolder {
    /// Stores the wordings and policies a refresh produced, each under its
    /// content address; a file already there is the same content and is
    /// left alone.
    pub fn store(&self, files: &crate::notice::NoticeFiles) -> Result<(), String> {
        for (dir, ext, map) in [
            (crate::notice::WORDING_DIR, "ftl", &files.wordings),
            (crate::notice::POLICY_DIR, "json", &files.policies),
        ] {
            let dir = self.0.join(dir);
            std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            for (address, content) in map {
                let path = dir.join(format!("{address}.{ext}"));
                if !path.exists() {
                    std::fs::write(&path, content)
                        .map_err(|e| format!("{}: {e}", path.display()))?;
                }
            }
        }
        Ok(())
    }

    fn read(&self, dir: &str, address: &str, ext: &str) -> Result<String, String> {
        let path = self.0.join(dir).join(format!("{address}.{ext}"));
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    }
}

impl NoticeFileSource for NoticeFolder {
    fn wording(&self, address: &str) -> Result<String, String> {
        self.read(crate::notice::WORDING_DIR, address, "ftl")
    }
    fn policy(&self, address: &str) -> Result<String, String> {
        self.read(crate::notice::POLICY_DIR, address, "json")
    }
}

fn index_rows(register: &Register) -> HashMap<String, usize> {
    let mut rows = HashMap::new();
    for (i, n) in register.notices.iter().enumerate() {
        if register.find(&n.notice_version) == Some(n) {
            rows.insert(n.notice_version.clone(), i);
        }
    }
    rows
}

impl Approved {
    /// Fails when a held wording gives a notice_version the register does not
    /// list: the receiver would then call approved wording unverified.
    /// Notices are re-rendered from `wordings` under `policy`.
    pub fn new(
        register: Register,
        policy: Policy,
        wordings: Vec<Wording>,
    ) -> Result<Approved, String> {
        Approved::check_current(&register, &policy, &wordings)?;
        let policy_arc = Arc::new(policy.clone());
        let wordings: Vec<Arc<Wording>> = wordings.into_iter().map(Arc::new).collect();
        let mut held = HashMap::new();
        for w in &wordings {
            for platform in crate::report::Platform::ALL {
                held.insert(
                    notice_version(w, platform, &policy),
                    Held {
                        wording: w.clone(),
                        policy: policy_arc.clone(),
                    },
                );
            }
        }
        Ok(Approved {
            rows: index_rows(&register),
            register,
            policy,
            wordings,
            held,
        })
    }

    /// Every notice `wordings` gives under `policy` is listed, and current.
    pub fn check_current(
        register: &Register,
        policy: &Policy,
        wordings: &[Wording],
    ) -> Result<(), String> {
        for w in wordings {
            for platform in crate::report::Platform::ALL {
                let version = notice_version(w, platform, policy);
                if !register.find(&version).is_some_and(|n| n.is_current()) {
                    return Err(format!(
                        "the register does not list the notice for locale {}, platform {} \
                         ({version}) as current: refresh it with bash .ci/refresh-snapshots",
                        w.locale(),
                        platform.id()
                    ));
                }
            }
        }
        Ok(())
    }

    /// Every notice of a register with history, each re-rendered from the
    /// wording and policy files its row names (read from `files`, checked
    /// against their address and the row's notice_version). A row without
    /// stored wording (from before history) is re-rendered from `fallback`
    /// when that gives its version under `policy`. Consent records are
    /// worded, per locale, in its current notices' wording, else in
    /// `fallback`'s. Fails on any file missing or not matching its row.
    pub fn with_history(
        register: Register,
        policy: Policy,
        fallback: Vec<Wording>,
        files: &dyn NoticeFileSource,
    ) -> Result<Approved, String> {
        let mut wordings: HashMap<(String, String), Arc<Wording>> = HashMap::new();
        let mut policies: HashMap<String, Arc<Policy>> = HashMap::new();
        let mut held = HashMap::new();
        let mut current: Vec<Arc<Wording>> = vec![];
        for n in &register.notices {
            let (Some(w_address), Some(p_address)) = (&n.wording, &n.policy) else {
                continue;
            };
            let row = || {
                format!(
                    "register row {} {} {}",
                    n.locale,
                    n.platform.id(),
                    n.notice_version
                )
            };
            let wording = match wordings.get(&(n.locale.clone(), w_address.clone())) {
                Some(w) => w.clone(),
                None => {
                    let text = files
                        .wording(w_address)
                        .map_err(|e| format!("{}: {e}", row()))?;
                    if content_address(text.as_bytes()) != *w_address {
                        return Err(format!(
                            "{}: the wording file {w_address} does not hash to its name",
                            row()
                        ));
                    }
                    let path = format!("{}/{w_address}.ftl", crate::notice::WORDING_DIR);
                    let w = Arc::new(
                        Wording::from_locale_text(&n.locale, &path, text)
                            .map_err(|e| format!("{}: {e}", row()))?,
                    );
                    wordings.insert((n.locale.clone(), w_address.clone()), w.clone());
                    w
                }
            };
            let notice_policy = match policies.get(p_address) {
                Some(p) => p.clone(),
                None => {
                    let text = files
                        .policy(p_address)
                        .map_err(|e| format!("{}: {e}", row()))?;
                    if content_address(text.as_bytes()) != *p_address {
                        return Err(format!(
                            "{}: the policy file {p_address} does not hash to its name",
                            row()
                        ));
                    }
                    let p: Policy = serde_json::from_str(&text)
                        .map_err(|e| format!("{}: policy {p_address}: {e}", row()))?;
                    let p = Arc::new(p);
                    policies.insert(p_address.clone(), p.clone());
                    p
                }
            };
            if notice_version(&wording, n.platform, &notice_policy) != n.notice_version {
                return Err(format!(
                    "{}: its wording and policy files give another notice_version",
                    row()
                ));
            }
            if n.is_current() && !current.iter().any(|c| c.locale() == n.locale) {
                current.push(wording.clone());
            }
            held.insert(
                n.notice_version.clone(),
                Held {
                    wording,
                    policy: notice_policy,
                },
            );
        }
        let policy_arc = Arc::new(policy.clone());
        for w in fallback {
            let w = Arc::new(w);
            for platform in crate::report::Platform::ALL {
                let version = notice_version(&w, platform, &policy);
                if register.find(&version).is_some() && !held.contains_key(&version) {
                    held.insert(
                        version,
                        Held {
                            wording: w.clone(),
                            policy: policy_arc.clone(),
                        },
                    );
                }
            }
            if !current.iter().any(|c| c.locale() == w.locale()) {
                current.push(w);
            }
        }
        Ok(Approved {
            rows: index_rows(&register),
            register,
            policy,
            wordings: current,
            held,
        })
    }

    pub fn register(&self) -> &Register {
        &self.register
    }

    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    pub fn wording(&self, locale: &str) -> Option<&Wording> {
        self.wordings
            .iter()
            .find(|w| w.locale() == locale)
            .map(|w| &**w)
    }

    /// The registered notice a report names, whether or not it verifies.
    pub fn notice(&self, p: &ReportPayload) -> Option<&RegisteredNotice> {
        self.rows
            .get(&p.notice_version)
            .map(|&i| &self.register.notices[i])
    }

    pub fn verify(&self, p: &ReportPayload) -> Result<&RegisteredNotice, Unverified> {
        let notice = self.notice(p).ok_or(Unverified::UnknownNotice)?;
        if notice.locale != p.locale || notice.platform != p.platform {
            return Err(Unverified::NoticeMismatch);
        }
        let held = self
            .held
            .get(&p.notice_version)
            .ok_or(Unverified::WordingUnavailable)?;
        let shown = Notice::from_report(p, &held.wording, &held.policy)
            .map_err(|_| Unverified::WordingUnavailable)?;
        if shown.disclosure_digest() != p.disclosure_digest {
            return Err(Unverified::DigestMismatch);
        }
        let confirmed = p.display_check.map(|c| usize::try_from(c.confirmed_lines));
        if confirmed != Some(Ok(shown.lines().len())) {
            return Err(Unverified::DisplayNotConfirmed);
        }
        Ok(notice)
    }

    /// The disclosure the approved wording gives for this report, as the
    /// person's screen would have shown it: its notice's own wording and
    /// policy when the notice is held, else the locale's current wording
    /// under this receiver's policy.
    pub fn rerender(&self, p: &ReportPayload) -> Option<DisclosureScreen> {
        let notice = match self.held.get(&p.notice_version) {
            Some(held) => Notice::from_report(p, &held.wording, &held.policy),
            None => Notice::from_report(p, self.wording(&p.locale)?, &self.policy),
        };
        notice.ok().map(|n| n.screen().clone())
    }
}
