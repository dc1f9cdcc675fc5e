//! The record of the person's consent kept with each report, in the shape
//! of two standards: a Kantara Consent Receipt 1.1 (`kantara`) and an
//! ISO/IEC TS 27560:2023 consent record (`iso_27560`).
//!
//! Every worded field is resolved by the receiver from the approved notice
//! the report names (its register entry, this receiver's `Policy`, which the
//! notice_version is computed from, and that notice's wording), never taken
//! from text the client sent. When the notice cannot be verified, the fields
//! are resolved from this receiver's `Policy` in the reference locale, and
//! `notice_verification` says so and lists them.

use crate::operator::OperatorSettings;
use fluent_bundle::{FluentArgs, FluentValue};
use report_core::inventory::leaf_paths;
use report_core::notice::{hex, RegisteredNotice};
use report_core::verify::{Approved, Unverified};
use report_core::wording::REFERENCE_LOCALE;
use report_core::{ReportPayload, Wording};
use serde::Serialize;
use sha2::{Digest, Sha256};

pub const KANTARA_VERSION: &str = "KI-CR-v1.1.0";
pub const ISO_27560_VERSION: &str = "ISO/IEC TS 27560:2023";

#[derive(Clone, Debug, Serialize)]
pub struct ConsentRecord {
    pub kantara: KantaraReceipt,
    pub iso_27560: Iso27560Record,
    pub notice_verification: NoticeVerification,
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KantaraReceipt {
    pub version: &'static str,
    pub jurisdiction: String,
    /// Seconds since the epoch: when the person pressed "Agree and send".
    pub consent_timestamp: i64,
    pub collection_method: String,
    #[serde(rename = "consentReceiptID")]
    pub consent_receipt_id: String,
    pub language: String,
    pub pii_principal_id: String,
    pub pii_controllers: Vec<PiiController>,
    pub policy_url: String,
    pub services: Vec<Service>,
    pub sensitive: bool,
    pub spi_cat: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PiiController {
    pub pii_controller: String,
    pub contact: String,
    pub address: Address,
    pub email: String,
    pub phone: String,
    pub pii_controller_url: String,
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    pub street_address: String,
    pub address_locality: String,
    pub address_country: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Service {
    pub service: String,
    pub purposes: Vec<Purpose>,
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Purpose {
    pub purpose: String,
    pub purpose_category: Vec<String>,
    pub consent_type: &'static str,
    pub pii_category: Vec<String>,
    pub primary_purpose: bool,
    pub termination: String,
    pub third_party_disclosure: bool,
    pub third_party_name: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Iso27560Record {
    pub schema_version: &'static str,
    pub record_id: String,
    pub pii_principal_id: String,
    pub privacy_notice: PrivacyNotice,
    pub lawful_basis: &'static str,
    pub purposes: Vec<IsoPurpose>,
    pub pii_information: Vec<String>,
    pub pii_controllers: Vec<IsoController>,
    pub jurisdiction: String,
    pub storage_locations: Vec<Named>,
    pub retention_period: RetentionPeriod,
    pub recipient_third_parties: Vec<Named>,
    pub withdrawal_method: String,
    pub event: Vec<Event>,
}

#[derive(Clone, Debug, Serialize)]
pub struct PrivacyNotice {
    pub notice_version: String,
    pub language: String,
    pub listed_in_register: bool,
    pub verified: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct IsoPurpose {
    pub id: String,
    pub text: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct IsoController {
    pub name: String,
    pub contact: String,
    pub email: String,
}

/// An id of the `Policy` and how the notice words it.
#[derive(Clone, Debug, Serialize)]
pub struct Named {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct RetentionPeriod {
    pub days_after_review_ends: u32,
    pub text: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Event {
    /// RFC 3339, UTC.
    pub event_time: String,
    pub event_type: &'static str,
    pub event_state: &'static str,
}

#[derive(Clone, Debug, Serialize)]
pub struct NoticeVerification {
    pub verified: bool,
    pub notice_version: String,
    /// `Unverified::code`, when not verified.
    pub reason: Option<&'static str>,
    pub explanation: Option<String>,
    pub resolved_from: String,
    /// JSON paths of the fields that do not come from a notice the person is
    /// known to have read.
    pub fields_not_from_verified_notice: Vec<&'static str>,
    /// `verified` (a current notice), `verified_superseded`, or the reason
    /// code when not verified.
    pub result: String,
    /// The register's word on the notice named: `current`, `superseded` or
    /// `unknown` (not listed), whether or not the report verified.
    pub notice_status: &'static str,
    /// Whole days since the notice was superseded, on the day received.
    pub days_since_superseded: Option<i64>,
}

impl NoticeVerification {
    /// Dates a superseded notice's status on `today`.
    pub fn date(&mut self, notice: Option<&RegisteredNotice>, today: time::Date) {
        self.days_since_superseded = notice.and_then(|n| n.days_superseded(today));
    }
}

/// `current`, `superseded` or `unknown`: what the register says of a notice.
pub fn notice_status(notice: Option<&RegisteredNotice>) -> &'static str {
    match notice {
        Some(n) if n.is_current() => "current",
        Some(_) => "superseded",
        None => "unknown",
    }
}

/// The fields worded from the notice; when it is unverified, they are the
/// receiver's own wording instead.
pub const WORDED_FIELDS: &[&str] = &[
    "kantara.language",
    "kantara.services[].purposes[].purpose",
    "kantara.services[].purposes[].termination",
    "kantara.services[].purposes[].thirdPartyName",
    "iso_27560.privacy_notice.language",
    "iso_27560.purposes[].text",
    "iso_27560.storage_locations[].name",
    "iso_27560.retention_period.text",
    "iso_27560.recipient_third_parties[].name",
];

impl ConsentRecord {
    /// The reference is the record's id in both standards; only the store
    /// knows it, once the row exists.
    pub fn set_reference(&mut self, reference: &str) {
        self.kantara.consent_receipt_id = reference.to_string();
        self.iso_27560.record_id = reference.to_string();
    }
}

/// What kind of personal data each field of the data inventory is. Every
/// path of `report_core::inventory::FIELDS` has one (a test checks).
pub fn pii_category(path: &str) -> Option<&'static str> {
    let within = |prefixes: &[&str]| prefixes.iter().any(|p| path.starts_with(p));
    Some(match path {
        _ if within(&[
            "reported.message.messages[].content.",
            "reported.account.messages[].content.",
        ]) =>
        {
            "message content (text, media links, captions, file names, stickers)"
        }
        _ if within(&["reported.post.text", "reported.post.media[]."]) => {
            "post content (text, photo and video links)"
        }
        "reported.message.messages[].sender.id"
        | "reported.message.messages[].sender.display_name" => {
            "account identifiers of the message senders (id and display name)"
        }
        _ if within(&["reported.account.profile.", "reported.post.author."]) => {
            "the reported account's profile (id, name, status message, photo link)"
        }
        "reported.message.messages[].sent_at"
        | "reported.message.messages[].role"
        | "reported.account.messages[].sent_at"
        | "reported.post.posted_at" => "message and post times and order",
        "report_id"
        | "reported.message.conversation_id"
        | "reported.message.chosen_message_id"
        | "reported.message.messages[].id"
        | "reported.message.not_sent[].before_message_id"
        | "reported.message.not_sent[].kind"
        | "reported.message.counts.before"
        | "reported.message.counts.after"
        | "reported.message.counts.total"
        | "reported.account.messages[].id"
        | "reported.post.id" => "chat, message and post identifiers",
        "reason" | "comment" => "the reporter's reason and comment",
        "locale" | "platform" | "utc_offset_minutes" => {
            "device settings (language, platform, time zone)"
        }
        "payload_shape" | "client_version" | "host_app_version" => "app versions",
        "consented_at"
        | "notice_version"
        | "disclosure_digest"
        | "display_check.result"
        | "display_check.confirmed_lines" => "consent details",
        _ => return None,
    })
}

/// The categories of what this report carries, in inventory order.
fn pii_categories(p: &ReportPayload) -> Vec<String> {
    let json = serde_json::to_value(p).unwrap_or_default();
    let present = leaf_paths(&json);
    let mut out: Vec<String> = vec![];
    for (path, _) in report_core::inventory::FIELDS {
        if let Some(category) = pii_category(path).filter(|_| present.iter().any(|p| p == path)) {
            if !out.iter().any(|c| c == category) {
                out.push(category.to_string());
            }
        }
    }
    out
}

/// No identifier of the reporter is sent, and none is invented here: the
/// person is the holder of this report, known by its random id. Its hash
/// names them without adding anything the report does not already hold.
pub fn pii_principal_id(report_id: &str) -> String {
    format!(
        "not collected; pseudonym report-sha256:{}",
        hex(&Sha256::digest(report_id.as_bytes()))
    )
}

/// A message of the wording, isolation marks and layout whitespace dropped.
/// A failure cannot lose the report: the receiver checks at start that every
/// wording it holds formats every message used here.
fn text(wording: Option<&Wording>, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    wording
        .and_then(|w| w.format(id, Some(&fluent_args)).ok())
        .map(|t| report_core::snapshot::normalize(&t))
        .unwrap_or_else(|| format!("[no wording for {id}]"))
}

/// The message that words purpose `id` in the notice of `kind`: what the
/// person read, and so what the record names.
fn purpose_message(kind: report_core::ReportKind, id: &str) -> String {
    kind.wording_id(&format!("purpose-{id}"))
}

/// Every message a consent record words, for the start-up check.
pub fn check_wording(wording: &Wording, approved: &Approved) -> Result<(), String> {
    let policy = approved.policy();
    let operator = [("operator", FluentValue::from(policy.operator.clone()))];
    let mut ids: Vec<String> = vec!["retention".into()];
    for kind in report_core::ReportKind::ALL {
        ids.extend(policy.purposes.iter().map(|id| purpose_message(kind, id)));
    }
    ids.extend(policy.recipients.iter().map(|id| format!("recipient-{id}")));
    ids.extend(
        policy
            .processing_countries
            .iter()
            .map(|id| format!("country-{id}")),
    );
    for id in ids {
        let mut args = FluentArgs::new();
        for (name, value) in &operator {
            args.set(*name, value.clone());
        }
        args.set("days", FluentValue::from(policy.retention_days));
        wording
            .format(&id, Some(&args))
            .map_err(|e| format!("consent records cannot be worded: {e}"))?;
    }
    Ok(())
}

pub fn build(
    p: &ReportPayload,
    verification: Result<&RegisteredNotice, &Unverified>,
    approved: &Approved,
    operator: &OperatorSettings,
) -> ConsentRecord {
    let policy = approved.policy();
    let language = match verification {
        Ok(notice) => notice.locale.clone(),
        Err(_) => REFERENCE_LOCALE.to_string(),
    };
    let wording = approved.wording(&language);
    let op = [("operator", FluentValue::from(policy.operator.clone()))];
    let named = |ids: &[String], message: &dyn Fn(&str) -> String| -> Vec<Named> {
        ids.iter()
            .map(|id| Named {
                id: id.clone(),
                name: text(wording, &message(id), &op),
            })
            .collect()
    };
    let purposes = named(&policy.purposes, &|id| purpose_message(p.kind(), id));
    let recipients = named(&policy.recipients, &|id| format!("recipient-{id}"));
    let third_parties: Vec<Named> = recipients
        .into_iter()
        .filter(|r| !operator.internal_recipients.contains(&r.id))
        .collect();
    let countries = named(&policy.processing_countries, &|id| format!("country-{id}"));
    let retention = text(
        wording,
        "retention",
        &[("days", FluentValue::from(policy.retention_days))],
    );
    let consented = time::OffsetDateTime::parse(
        &p.consented_at,
        &time::format_description::well_known::Rfc3339,
    )
    .ok()
    // `to_offset` panics past year 9999; verify::check refuses such a time,
    // and this stays total should that rule ever change.
    .and_then(|t| t.checked_to_offset(time::UtcOffset::UTC));
    let event_time = consented
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_else(|| p.consented_at.clone());
    let categories = pii_categories(p);
    let principal = pii_principal_id(&p.report_id);
    let host = p
        .host_app_version
        .as_ref()
        .map(|h| format!(" in {h}"))
        .unwrap_or_default();
    let third_party_name = third_parties
        .iter()
        .map(|r| r.name.as_str())
        .collect::<Vec<_>>()
        .join("; ");

    let kantara = KantaraReceipt {
        version: KANTARA_VERSION,
        jurisdiction: operator.jurisdiction.clone(),
        consent_timestamp: consented.map(|t| t.unix_timestamp()).unwrap_or_default(),
        collection_method: format!(
            "report screen of {}{host} on {}, notice {}",
            p.client_version,
            p.platform.id(),
            p.notice_version
        ),
        consent_receipt_id: String::new(),
        language: language.clone(),
        pii_principal_id: principal.clone(),
        pii_controllers: vec![PiiController {
            pii_controller: policy.operator.clone(),
            contact: operator.contact.clone(),
            address: Address {
                street_address: operator.street_address.clone(),
                address_locality: operator.locality.clone(),
                address_country: operator.country.clone(),
            },
            email: operator.email.clone(),
            phone: operator.phone.clone(),
            pii_controller_url: operator.controller_url.clone(),
        }],
        policy_url: operator.policy_url.clone(),
        services: vec![Service {
            service: operator.service.clone(),
            purposes: purposes
                .iter()
                .enumerate()
                .map(|(i, purpose)| Purpose {
                    purpose: purpose.name.clone(),
                    purpose_category: operator
                        .purpose_categories
                        .get(&purpose.id)
                        .cloned()
                        .unwrap_or_default(),
                    consent_type: "EXPLICIT",
                    pii_category: categories.clone(),
                    primary_purpose: i == 0,
                    termination: retention.clone(),
                    third_party_disclosure: !third_parties.is_empty(),
                    third_party_name: third_party_name.clone(),
                })
                .collect(),
        }],
        // Reported messages are free text and media that other people chose:
        // special categories cannot be ruled out, nor told apart here.
        sensitive: true,
        spi_cat: vec![
            "not classified: message content and the comment are free text and media \
             that may hold any special category"
                .to_string(),
        ],
    };

    let notice_verification = match verification {
        Ok(notice) => NoticeVerification {
            verified: true,
            notice_version: p.notice_version.clone(),
            reason: None,
            explanation: None,
            resolved_from: format!(
                "the approved notice {} ({} on {}): this receiver's policy and that notice's wording",
                notice.notice_version,
                notice.locale,
                notice.platform.id()
            ),
            fields_not_from_verified_notice: vec![],
            result: if notice.is_current() {
                "verified".to_string()
            } else {
                "verified_superseded".to_string()
            },
            notice_status: notice_status(Some(notice)),
            days_since_superseded: None,
        },
        Err(why) => NoticeVerification {
            verified: false,
            notice_version: p.notice_version.clone(),
            reason: Some(why.code()),
            explanation: Some(format!("the notice could not be verified: {why}")),
            resolved_from: format!(
                "this receiver's policy in the reference locale {REFERENCE_LOCALE}, \
                 not the notice the person read"
            ),
            fields_not_from_verified_notice: WORDED_FIELDS.to_vec(),
            result: why.code().to_string(),
            notice_status: notice_status(approved.notice(p)),
            days_since_superseded: None,
        },
    };

    let iso_27560 = Iso27560Record {
        schema_version: ISO_27560_VERSION,
        record_id: String::new(),
        pii_principal_id: principal,
        privacy_notice: PrivacyNotice {
            notice_version: p.notice_version.clone(),
            language,
            listed_in_register: approved.notice(p).is_some(),
            verified: verification.is_ok(),
        },
        lawful_basis: "consent",
        purposes: purposes
            .iter()
            .map(|n| IsoPurpose {
                id: n.id.clone(),
                text: n.name.clone(),
            })
            .collect(),
        pii_information: categories,
        pii_controllers: vec![IsoController {
            name: policy.operator.clone(),
            contact: operator.contact.clone(),
            email: operator.email.clone(),
        }],
        jurisdiction: operator.jurisdiction.clone(),
        storage_locations: countries,
        retention_period: RetentionPeriod {
            days_after_review_ends: policy.retention_days,
            text: retention,
        },
        recipient_third_parties: third_parties,
        withdrawal_method: operator.withdrawal_method.clone(),
        event: vec![Event {
            event_time,
            event_type: "given",
            event_state: "active",
        }],
    };

    ConsentRecord {
        kantara,
        iso_27560,
        notice_verification,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_core::wording::all_locales;
    use report_core::Platform;
    use report_fixtures::sample_report::case_report;
    use report_fixtures::{scenario, SCENARIOS};
    use serde_json::Value;

    fn approved() -> Approved {
        crate::receive::approved().unwrap()
    }

    fn record(locale: &str, wording: &Wording) -> (Value, ReportPayload) {
        let _ = locale;
        record_of("group-media", wording)
    }

    fn record_of(scenario_id: &str, wording: &Wording) -> (Value, ReportPayload) {
        let approved = approved();
        let p = case_report(
            wording,
            Platform::Android,
            scenario(scenario_id).unwrap(),
            "r-1",
        )
        .unwrap();
        let verification = approved.verify(&p);
        let mut r = build(
            &p,
            verification.as_ref().copied(),
            &approved,
            &OperatorSettings::example(),
        );
        r.set_reference("R-000042");
        (serde_json::to_value(r).unwrap(), p)
    }

    #[test]
    fn each_kind_is_recorded_with_the_purposes_and_data_its_notice_named() {
        let en = Wording::shipped("en").unwrap();
        for (scenario_id, kind, category) in [
            ("account-many", "account", "the reported account's profile"),
            ("post-media", "post", "post content"),
        ] {
            let (r, _) = record_of(scenario_id, &en);
            let k = &r["kantara"];
            let shown = report_core::snapshot::normalize(
                &en.format(&format!("purpose-review-{kind}"), None).unwrap(),
            );
            assert_eq!(k["services"][0]["purposes"][0]["purpose"], shown.as_str());
            let categories = k["services"][0]["purposes"][0]["piiCategory"]
                .as_array()
                .unwrap();
            assert!(
                categories
                    .iter()
                    .any(|c| c.as_str().unwrap().starts_with(category)),
                "{scenario_id}: {categories:?}"
            );
        }
    }

    fn at<'a>(v: &'a Value, path: &str) -> Vec<&'a Value> {
        let mut here = vec![v];
        for key in path.split('.') {
            let (name, each) = match key.strip_suffix("[]") {
                Some(name) => (name, true),
                None => (key, false),
            };
            here = here
                .into_iter()
                .filter_map(|v| v.get(name))
                .flat_map(|v| match (each, v) {
                    (true, Value::Array(items)) => items.iter().collect(),
                    (true, _) => vec![],
                    (false, v) => vec![v],
                })
                .collect();
        }
        here
    }

    fn filled(v: &Value) -> bool {
        match v {
            Value::Null => false,
            Value::String(s) => !s.trim().is_empty(),
            Value::Array(a) => !a.is_empty(),
            _ => true,
        }
    }

    fn assert_fields(v: &Value, fields: &[&str]) {
        let missing: Vec<&&str> = fields
            .iter()
            .filter(|f| {
                let found = at(v, f);
                found.is_empty() || !found.iter().all(|x| filled(x))
            })
            .collect();
        assert!(missing.is_empty(), "missing or empty: {missing:?}\n{v:#}");
    }

    /// Kantara Consent Receipt Specification 1.1, section 4 (the receipt's
    /// fields: MUST ones, and those that apply here).
    #[test]
    fn kantara_1_1_fields_are_all_there() {
        let (v, p) = record("ja", &Wording::shipped("ja").unwrap());
        let k = &v["kantara"];
        assert_fields(
            k,
            &[
                "version",
                "jurisdiction",
                "consentTimestamp",
                "collectionMethod",
                "consentReceiptID",
                "language",
                "piiPrincipalId",
                "piiControllers[].piiController",
                "piiControllers[].contact",
                "piiControllers[].address.streetAddress",
                "piiControllers[].address.addressCountry",
                "piiControllers[].email",
                "piiControllers[].phone",
                "policyUrl",
                "services[].service",
                "services[].purposes[].purpose",
                "services[].purposes[].purposeCategory",
                "services[].purposes[].consentType",
                "services[].purposes[].piiCategory",
                "services[].purposes[].primaryPurpose",
                "services[].purposes[].termination",
                "services[].purposes[].thirdPartyDisclosure",
                "services[].purposes[].thirdPartyName",
                "sensitive",
                "spiCat",
            ],
        );
        assert_eq!(k["version"], "KI-CR-v1.1.0");
        assert_eq!(k["consentReceiptID"], "R-000042");
        assert_eq!(k["language"], "ja");
        assert_eq!(k["consentTimestamp"], 1_795_600_800, "2026-11-25T10:00:00Z");
        assert_eq!(k["piiControllers"][0]["piiController"], "Chatline");
        let method = k["collectionMethod"].as_str().unwrap();
        assert!(method.contains(&p.client_version) && method.contains(&p.notice_version));
        // Worded in the notice's language, from the approved wording.
        let ja = Wording::shipped("ja").unwrap();
        let purpose = report_core::snapshot::normalize(&ja.format("purpose-review", None).unwrap());
        assert_eq!(k["services"][0]["purposes"][0]["purpose"], purpose.as_str());
        assert_eq!(k["services"][0]["purposes"].as_array().unwrap().len(), 3);
        for purpose in k["services"][0]["purposes"].as_array().unwrap() {
            assert_eq!(purpose["consentType"], "EXPLICIT");
            assert_eq!(purpose["thirdPartyDisclosure"], true);
            let categories = purpose["piiCategory"].as_array().unwrap();
            assert!(categories
                .iter()
                .any(|c| c.as_str().unwrap().starts_with("message content")));
            assert!(categories
                .iter()
                .any(|c| c.as_str().unwrap().starts_with("account identifiers")));
            assert!(categories
                .iter()
                .any(|c| c.as_str().unwrap().starts_with("device settings")));
        }
        // The operator's own team is not a third party; the contractor is.
        let third = k["services"][0]["purposes"][0]["thirdPartyName"]
            .as_str()
            .unwrap();
        assert!(
            !third.contains('\u{2068}'),
            "isolation marks are dropped: {third:?}"
        );
        assert_eq!(v["notice_verification"]["verified"], true);
    }

    /// ISO/IEC TS 27560:2023: record header, PII processing, party and event
    /// sections.
    #[test]
    fn iso_27560_fields_are_all_there() {
        let (v, _) = record("en", &Wording::shipped("en").unwrap());
        let r = &v["iso_27560"];
        assert_fields(
            r,
            &[
                "schema_version",
                "record_id",
                "pii_principal_id",
                "privacy_notice.notice_version",
                "privacy_notice.language",
                "lawful_basis",
                "purposes[].id",
                "purposes[].text",
                "pii_information",
                "pii_controllers[].name",
                "pii_controllers[].contact",
                "jurisdiction",
                "storage_locations[].id",
                "storage_locations[].name",
                "retention_period.days_after_review_ends",
                "retention_period.text",
                "recipient_third_parties[].id",
                "recipient_third_parties[].name",
                "withdrawal_method",
                "event[].event_time",
                "event[].event_type",
                "event[].event_state",
            ],
        );
        assert_eq!(r["record_id"], "R-000042");
        assert_eq!(r["event"][0]["event_type"], "given");
        assert_eq!(r["event"][0]["event_time"], "2026-11-25T10:00:00Z");
        assert_eq!(r["storage_locations"][0]["name"], "Japan");
        assert_eq!(r["retention_period"]["days_after_review_ends"], 180);
        assert!(r["retention_period"]["text"]
            .as_str()
            .unwrap()
            .starts_with("180 days"));
        let third: Vec<&str> = r["recipient_third_parties"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["id"].as_str().unwrap())
            .collect();
        assert_eq!(third, ["moderation-contractor"]);
        assert!(r["pii_principal_id"]
            .as_str()
            .unwrap()
            .starts_with("not collected"));
        assert_eq!(r["privacy_notice"]["verified"], true);
    }

    #[test]
    fn an_unverified_notice_is_worded_by_the_receiver_and_says_so() {
        let draft = report_fixtures::sample_report::draft_wording();
        let (v, _) = record("en", &draft);
        let n = &v["notice_verification"];
        assert_eq!(n["verified"], false);
        assert_eq!(n["reason"], "unknown_notice_version");
        assert!(n["explanation"]
            .as_str()
            .unwrap()
            .contains("not in the approved register"));
        assert_eq!(v["kantara"]["language"], "en");
        assert_eq!(
            v["iso_27560"]["privacy_notice"]["listed_in_register"],
            false
        );
        let listed = n["fields_not_from_verified_notice"].as_array().unwrap();
        assert_eq!(listed.len(), WORDED_FIELDS.len());
        // Every listed field exists, so the list cannot drift from the record.
        for field in WORDED_FIELDS {
            assert!(
                !at(&v, field).is_empty(),
                "{field} is listed but not in the record"
            );
        }
    }

    #[test]
    fn every_inventory_field_has_a_pii_category() {
        for (path, _) in report_core::inventory::FIELDS {
            assert!(pii_category(path).is_some(), "{path} has no PII category");
        }
    }

    #[test]
    fn every_held_wording_words_a_consent_record() {
        let approved = approved();
        for locale in all_locales() {
            check_wording(approved.wording(locale).unwrap(), &approved).unwrap();
            let wording = Wording::shipped(locale).unwrap();
            let p = case_report(&wording, Platform::Ios, &SCENARIOS[0], "r").unwrap();
            let r = build(
                &p,
                approved.verify(&p).as_ref().copied(),
                &approved,
                &OperatorSettings::example(),
            );
            let json = serde_json::to_string(&r).unwrap();
            assert!(!json.contains("[no wording"), "{locale}: {json}");
        }
    }
}
