//! The reference receiver of report-disclosure: refuses malformed reports,
//! files every well-formed one exactly once with a consent record, marks
//! whether its notice verifies, and counts them for the audit.

pub mod access;
pub mod args;
pub mod audit;
pub mod audit_page;
pub mod client;
pub mod compression;
pub mod consent_record;
pub mod export;
pub mod load;
pub mod load_reports;
pub mod open_store;
pub mod operator;
pub mod panic_guard;
pub mod postgres;
pub mod receive;
pub mod response;
pub mod routes;
pub mod sqlite;
pub mod static_files;
pub mod store;
pub mod synthetic_register;

use access::ReadAccess;
use operator::OperatorSettings;
use receive::Receiver;
use std::path::PathBuf;
use std::sync::Arc;
use store::ReportStore;

/// What every request handler shares.
pub struct AppState {
    pub receiver: Receiver,
    pub store: Arc<dyn ReportStore>,
    /// The demo page; `None` serves the API alone.
    pub static_dir: Option<PathBuf>,
    /// Who may read reports.
    pub access: ReadAccess,
}

/// The receiver's state over a store: the approved register compiled in,
/// this receiver's policy and every shipped wording.
pub fn app_state(
    store: Arc<dyn ReportStore>,
    operator: OperatorSettings,
    static_dir: Option<PathBuf>,
    access: ReadAccess,
) -> Result<Arc<AppState>, String> {
    app_state_with(
        Receiver::new(receive::approved()?, operator)?,
        store,
        static_dir,
        access,
    )
}

/// The receiver's state over a store, with a receiver made elsewhere (one
/// that reads its register from a folder: `Receiver::from_register_dir`).
pub fn app_state_with(
    receiver: Receiver,
    store: Arc<dyn ReportStore>,
    static_dir: Option<PathBuf>,
    access: ReadAccess,
) -> Result<Arc<AppState>, String> {
    Ok(Arc::new(AppState {
        receiver,
        store,
        static_dir,
        access,
    }))
}
