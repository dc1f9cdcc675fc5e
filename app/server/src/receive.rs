//! From request bytes to a report ready to file: the checks that refuse,
//! then verification, which never refuses. No HTTP here, so tests and the
//! load tool share it.

use crate::consent_record;
use crate::operator::OperatorSettings;
use crate::store::NewReport;
use report_core::notice::{Register, REGISTER_FILE};
use report_core::payload_shape::{shape_of, ShapeAnswer, TakenShapes, PAYLOAD_SHAPE};
use report_core::verify::{parse, Approved, NoticeFileSource, NoticeFolder};
use report_core::wording::all_locales;
use report_core::{Policy, Wording};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant, SystemTime};

/// The approved notices as committed (`report_core::notice::REGISTER_PATH`),
/// compiled in with every wording and policy file they name, so the receiver
/// started without `--register` verifies against exactly what was approved
/// when it was built.
pub const REGISTER: &str = include_str!("../../../snapshots/approved-notices.snap");

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/notice_files.rs"));
}

struct Embedded;

impl NoticeFileSource for Embedded {
    fn wording(&self, address: &str) -> Result<String, String> {
        embedded::WORDINGS
            .iter()
            .find(|(a, _)| *a == address)
            .map(|(_, t)| t.to_string())
            .ok_or_else(|| format!("wording {address} is not compiled in"))
    }
    fn policy(&self, address: &str) -> Result<String, String> {
        embedded::POLICIES
            .iter()
            .find(|(a, _)| *a == address)
            .map(|(_, t)| t.to_string())
            .ok_or_else(|| format!("policy {address} is not compiled in"))
    }
}

/// A register folder as the refresh writes it (`snapshots/` of a release):
/// `approved-notices.snap`, `notices/wording/*.ftl`, `notices/policy/*.json`.
pub struct RegisterDir(pub PathBuf);

impl RegisterDir {
    pub fn register_file(&self) -> PathBuf {
        self.0.join(REGISTER_FILE)
    }

    /// What `bash .ci/refresh-snapshots` does to the folder for a release
    /// whose wording is `sources` (locale, file text), approved on `day`
    /// after `commit`: the new notices added, the ones no longer produced
    /// superseded, their wordings and policy stored; the register file is
    /// written last, as an operator deploys.
    pub fn add_release(
        &self,
        sources: &[(String, String)],
        policy: &Policy,
        day: &str,
        commit: &str,
    ) -> Result<Register, String> {
        let path = self.register_file();
        let before = match std::fs::read_to_string(&path) {
            Ok(text) => Register::parse(&text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Register::default(),
            Err(e) => return Err(format!("{}: {e}", path.display())),
        };
        let (produced, files) =
            Register::produced(sources, policy, day, commit).map_err(|e| e.to_string())?;
        let after = before.refresh(&produced, day);
        after
            .keeps_every_row_of(&before)
            .map_err(|e| e.join("; "))?;
        NoticeFolder(self.0.clone()).store(&files)?;
        std::fs::write(&path, after.render()).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(after)
    }

    /// Every notice of the folder's register, each with its own wording and
    /// policy; consent records are worded under this receiver's policy.
    pub fn load(&self) -> Result<Approved, String> {
        let path = self.register_file();
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let register = Register::parse(&text);
        if register.notices.is_empty() {
            return Err(format!("{}: lists no notice", path.display()));
        }
        let files = NoticeFolder(self.0.clone());
        Approved::with_history(register, Policy::default(), shipped()?, &files)
            .map_err(|e| format!("{}: {e}", self.0.display()))
    }
}

fn shipped() -> Result<Vec<Wording>, String> {
    all_locales()
        .map(|l| Wording::shipped(l).map_err(|e| e.to_string()))
        .collect()
}

/// The compiled-in register, this receiver's policy and the wording of every
/// locale the client can show; fails when the register does not list the
/// compiled-in wording as current (a stale register).
pub fn approved() -> Result<Approved, String> {
    let wordings = shipped()?;
    let register = Register::parse(REGISTER);
    let policy = Policy::default();
    Approved::check_current(&register, &policy, &wordings)?;
    Approved::with_history(register, policy, wordings, &Embedded)
}

/// Where the receiver's register comes from, and when it last looked.
struct Source {
    dir: RegisterDir,
    every: Duration,
    started: Instant,
    /// Milliseconds after `started` of the last look at the file.
    last_look: AtomicU64,
    /// Modification time and length of the file loaded.
    stamp: Mutex<Option<(SystemTime, u64)>>,
}

fn stamp(path: &Path) -> Option<(SystemTime, u64)> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
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
    approved: RwLock<Arc<Approved>>,
    operator: OperatorSettings,
    source: Option<Source>,
    shapes: TakenShapes,
}

/// The register's status of the notice a report names, as the receipt
/// gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoticeStatus {
    /// `current`, `superseded` or `unknown`.
    pub status: &'static str,
    pub days_since_superseded: Option<i64>,
}

impl NoticeStatus {
    pub fn of(report: &NewReport) -> NoticeStatus {
        let v = &report.consent_record.notice_verification;
        NoticeStatus {
            status: v.notice_status,
            days_since_superseded: v.days_since_superseded,
        }
    }
}

impl Receiver {
    /// Fails when a consent record could not be worded for some report: at
    /// start, rather than for a person's report later.
    pub fn new(approved: Approved, operator: OperatorSettings) -> Result<Receiver, String> {
        Receiver::check(&approved, &operator)?;
        Ok(Receiver {
            approved: RwLock::new(Arc::new(approved)),
            operator,
            source: None,
            shapes: TakenShapes::DURING_ROLLOUT,
        })
    }

    /// A receiver that verifies against the register in `dir` (as the
    /// refresh writes `snapshots/`), and loads it again when the register
    /// file changes, looking at most once per `every`. A register that does
    /// not load is refused at start; later, the one loaded before is kept.
    pub fn from_register_dir(
        dir: &Path,
        operator: OperatorSettings,
        every: Duration,
    ) -> Result<Receiver, String> {
        let dir = RegisterDir(dir.to_path_buf());
        let before = stamp(&dir.register_file());
        let approved = dir.load()?;
        Receiver::check(&approved, &operator)?;
        Ok(Receiver {
            approved: RwLock::new(Arc::new(approved)),
            operator,
            source: Some(Source {
                dir,
                every,
                started: Instant::now(),
                last_look: AtomicU64::new(0),
                stamp: Mutex::new(before),
            }),
            shapes: TakenShapes::DURING_ROLLOUT,
        })
    }

    /// Takes the payload shapes `shapes` names (by default, the current one
    /// and the one before it).
    pub fn taking(self, shapes: TakenShapes) -> Receiver {
        Receiver { shapes, ..self }
    }

    fn check(approved: &Approved, operator: &OperatorSettings) -> Result<(), String> {
        operator.check(approved.policy())?;
        for locale in all_locales() {
            let wording = approved
                .wording(locale)
                .ok_or_else(|| format!("the receiver holds no wording for {locale}"))?;
            consent_record::check_wording(wording, approved)
                .map_err(|e| format!("{locale}: {e}"))?;
        }
        Ok(())
    }

    /// The notices verified against now.
    pub fn approved(&self) -> Arc<Approved> {
        self.reload_if_changed();
        self.approved
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Loads the register folder again if its register file changed since
    /// it was loaded; one caller at a time looks, at most once per `every`.
    fn reload_if_changed(&self) {
        let Some(source) = &self.source else {
            return;
        };
        let now = source.started.elapsed().as_millis() as u64;
        let last = source.last_look.load(Ordering::Relaxed);
        if last != 0 && now.saturating_sub(last) < source.every.as_millis() as u64 {
            return;
        }
        if source
            .last_look
            .compare_exchange(last, now.max(1), Ordering::AcqRel, Ordering::Relaxed)
            .is_err()
        {
            return;
        }
        let mut loaded = source.stamp.lock().unwrap_or_else(|e| e.into_inner());
        let current = stamp(&source.dir.register_file());
        if current == *loaded {
            return;
        }
        match source
            .dir
            .load()
            .and_then(|a| Receiver::check(&a, &self.operator).map(|()| a))
        {
            Ok(approved) => {
                *self.approved.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(approved);
                *loaded = current;
            }
            Err(e) => {
                eprintln!(
                    "report-server: the register was not reloaded, the previous one stays: {e}"
                );
                *loaded = current;
            }
        }
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
        self.prepare_on(
            idempotency_key,
            body,
            time::OffsetDateTime::now_utc().date(),
        )
    }

    /// `prepare`, counting the days since a superseded notice was
    /// superseded up to `today`.
    pub fn prepare_on(
        &self,
        idempotency_key: Option<&str>,
        body: &[u8],
        today: time::Date,
    ) -> Result<NewReport, Refused> {
        let approved = self.approved();
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
        // Reading the shape checks the body is JSON too; only a body it
        // refuses is read again, to tell "not JSON" (400) from a JSON value
        // that is no report (422).
        let shape = shape_of(body).map_err(|r| {
            match serde_json::from_slice::<serde::de::IgnoredAny>(body) {
                Err(e) => refused(400, "(report)", format!("the body is not JSON: {e}")),
                Ok(_) => refused(422, &r.field, r.problem),
            }
        })?;
        match self.shapes.answer(shape) {
            ShapeAnswer::Taken => {}
            // Final: the client ends the flow rather than retrying.
            ShapeAnswer::Retired { oldest } => {
                return Err(refused(
                    410,
                    "payload_shape",
                    format!(
                        "payload shape {shape} is no longer received (the oldest taken is \
                         {oldest}): this app version must be updated to send reports"
                    ),
                ))
            }
            // Not final: the client may retry, and an updated receiver takes it.
            ShapeAnswer::Newer => {
                return Err(refused(
                    503,
                    "payload_shape",
                    format!(
                        "payload shape {shape} is newer than this receiver takes (up to \
                         {PAYLOAD_SHAPE}): receivers are updated before clients"
                    ),
                ))
            }
        }
        let payload =
            parse(body, approved.policy()).map_err(|r| refused(422, &r.field, r.problem))?;
        if key != payload.report_id {
            return Err(refused(
                400,
                IDEMPOTENCY_KEY,
                "the Idempotency-Key header must equal report_id",
            ));
        }
        let verification = approved.verify(&payload);
        let mut consent_record = consent_record::build(
            &payload,
            verification.as_ref().copied(),
            &approved,
            &self.operator,
        );
        consent_record
            .notice_verification
            .date(approved.notice(&payload), today);
        let payload_json = payload.to_json();
        let kind = payload.kind().id().to_string();
        let (verified, unverified_reason) = match &verification {
            Ok(_) => (true, None),
            Err(why) => (false, Some(why.code().to_string())),
        };
        Ok(NewReport {
            body_sha256: report_core::notice::hex(&Sha256::digest(payload_json.as_bytes())),
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
            retention_days: approved.policy().retention_days,
            consent_record,
        })
    }
}
