//! From request bytes to a report ready to file: the checks that refuse,
//! then verification, which never refuses. No HTTP here, so tests and the
//! load tool share it.

use crate::consent_record;
use crate::operator::OperatorSettings;
use crate::store::NewReport;
use report_core::notice::Register;
use report_core::verify::{parse, Approved};
use report_core::wording::all_locales;
use report_core::{Policy, Wording};
use sha2::{Digest, Sha256};

/// The approved notices as committed (`report_core::notice::REGISTER_PATH`),
/// compiled in so the receiver verifies against exactly what was approved
/// when it was built.
pub const REGISTER: &str = include_str!("../../../snapshots/approved-notices.snap");

/// The register, this receiver's policy and the wording of every locale the
/// client can show.
pub fn approved() -> Result<Approved, String> {
    let wordings = all_locales()
        .map(|l| Wording::shipped(l).map_err(|e| e.to_string()))
        .collect::<Result<Vec<_>, _>>()?;
    Approved::new(Register::parse(REGISTER), Policy::default(), wordings)
}

/// A refusal: nothing is stored, and the sender is told which field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    pub status: u16,
    pub field: String,
    pub error: String,
}

pub fn refused(status: u16, field: &str, error: impl Into<String>) -> Refused {
    Refused {
        status,
        field: field.to_string(),
        error: error.into(),
    }
}

pub const IDEMPOTENCY_KEY: &str = "Idempotency-Key";

pub struct Receiver {
    approved: Approved,
    operator: OperatorSettings,
}

impl Receiver {
    /// Fails when a consent record could not be worded for some report: at
    /// start, rather than for a person's report later.
    pub fn new(approved: Approved, operator: OperatorSettings) -> Result<Receiver, String> {
        operator.check(approved.policy())?;
        for locale in all_locales() {
            let wording = approved
                .wording(locale)
                .ok_or_else(|| format!("the receiver holds no wording for {locale}"))?;
            consent_record::check_wording(wording, &approved)
                .map_err(|e| format!("{locale}: {e}"))?;
        }
        Ok(Receiver { approved, operator })
    }

    pub fn approved(&self) -> &Approved {
        &self.approved
    }

    /// Refuses what is not a well-formed report (400 for a body that is not
    /// JSON or an Idempotency-Key that does not match, 422 for JSON that is
    /// not a valid report); otherwise verifies it and builds the row, verified
    /// or not.
    pub fn prepare(
        &self,
        idempotency_key: Option<&str>,
        body: &[u8],
    ) -> Result<NewReport, Refused> {
        let Some(key) = idempotency_key else {
            return Err(refused(
                400,
                IDEMPOTENCY_KEY,
                "the Idempotency-Key header is missing; it must equal report_id",
            ));
        };
        // serde_json skips ignored strings without checking their UTF-8.
        if let Err(e) = std::str::from_utf8(body) {
            return Err(refused(
                400,
                "(report)",
                format!("the body is not UTF-8: {e}"),
            ));
        }
        if let Err(e) = serde_json::from_slice::<serde::de::IgnoredAny>(body) {
            return Err(refused(
                400,
                "(report)",
                format!("the body is not JSON: {e}"),
            ));
        }
        let payload =
            parse(body, self.approved.policy()).map_err(|r| refused(422, &r.field, r.problem))?;
        if key != payload.report_id {
            return Err(refused(
                400,
                IDEMPOTENCY_KEY,
                "the Idempotency-Key header must equal report_id",
            ));
        }
        let verification = self.approved.verify(&payload);
        let consent_record = consent_record::build(
            &payload,
            verification.as_ref().copied(),
            &self.approved,
            &self.operator,
        );
        let payload_json = payload.to_json();
        let kind = payload.kind().id().to_string();
        let (verified, unverified_reason) = match &verification {
            Ok(_) => (true, None),
            Err(why) => (false, Some(why.code().to_string())),
        };
        Ok(NewReport {
            body_sha256: Sha256::digest(payload_json.as_bytes())
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect(),
            payload_json,
            report_id: payload.report_id,
            verified,
            unverified_reason,
            notice_version: payload.notice_version,
            client_version: payload.client_version,
            host_app_version: payload.host_app_version,
            platform: payload.platform.id().to_string(),
            kind,
            locale: payload.locale,
            retention_days: self.approved.policy().retention_days,
            consent_record,
        })
    }
}
